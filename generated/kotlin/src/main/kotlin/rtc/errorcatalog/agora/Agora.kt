// Generated from spec/ by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

package rtc.errorcatalog.agora

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
 * Code of an AgoraRTCError, the error the Agora Web SDK's methods reject with (error.code).
 *
 * Upstream: AgoraRTCErrorCode in <https://api-ref.agora.io/en/voice-sdk/web/4.x/index.html> 4.24.8 (package npm:&#64;agora-js/shared&#64;4.24.8).
 */
enum class AgoraRtcErrorCode(
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
    /** An unexpected error occurred inside the SDK. */
    UNEXPECTED_ERROR(
        value = "UNEXPECTED_ERROR",
        catalogName = "UNEXPECTED_ERROR",
        upstreamName = "UNEXPECTED_ERROR",
        summary = "An unexpected error occurred inside the SDK.",
        cause = "A catch-all the SDK uses when a call fails in a way it has no more specific code for, such as an unrecognised getUserMedia error or a broken internal state.",
        whenItOccurs =
            listOf(
                "a browser API fails with an error name the SDK does not map",
                "an internal SDK invariant is broken",
            ),
        category = Category.UNKNOWN,
        retryPolicy = RetryPolicy.BACKOFF,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong. Please try again.",
        userMessageKey = "agora.agora_rtc_error_code.UNEXPECTED_ERROR",
        remediation =
            listOf(
                "Log the error's message and data: they carry the underlying browser or SDK error.",
                "Retry the call once after a short delay; if it keeps failing, report it to Agora support with the SDK logs.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
                "@agora-js/media@4.24.8 AgoraRTC_N-media.esm.mjs",
            ),
        since = null,
        retrySchedule = RetrySchedule(1000, 1600, 20000, Jitter.FULL, 5),
        runtimeSignal =
            RuntimeSignal(
                "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                listOf("terminal"),
                listOf(
                    SignalValue("DISCONNECTED", "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."),
                    SignalValue("RECONNECTING", "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."),
                    SignalValue("CONNECTED", "Only the call that rejected failed; the client is still in the channel."),
                ),
                null,
            ),
        terminality = Terminality.DEPENDS,
        terminalCondition = "Terminal for the join when join() rejects with it: the client stays DISCONNECTED and nothing was set up. When any other call rejects with it, only that call failed and the client stays in the channel.",
        terminalBasis = Basis.CATALOG,
        rationale = "The code says nothing about the cause, so one delayed retry is reasonable; repeated failures need the logs.",
        deprecation = null,
    ),

    /** An Agora server answered with an unexpected response. */
    UNEXPECTED_RESPONSE(
        value = "UNEXPECTED_RESPONSE",
        catalogName = "UNEXPECTED_RESPONSE",
        upstreamName = "UNEXPECTED_RESPONSE",
        summary = "An Agora server answered with an unexpected response.",
        cause = "A server (gateway, access point or live-streaming service) returned an error status or a body the SDK could not use; the message carries the server's description.",
        whenItOccurs =
            listOf(
                "join() or a streaming call gets an error response from an Agora service",
            ),
        category = Category.SERVICE_FAULT,
        retryPolicy = RetryPolicy.BACKOFF,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong on our side. Please try again in a moment.",
        userMessageKey = "agora.agora_rtc_error_code.UNEXPECTED_RESPONSE",
        remediation =
            listOf(
                "Read the error's data (code, desc): it names the server's reason.",
                "Retry with backoff; if the same server description repeats, check the app ID, token and channel settings.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
                "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs",
            ),
        since = null,
        retrySchedule = RetrySchedule(1000, 1600, 20000, Jitter.FULL, 5),
        runtimeSignal =
            RuntimeSignal(
                "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                listOf("terminal"),
                listOf(
                    SignalValue("DISCONNECTED", "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."),
                    SignalValue("RECONNECTING", "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."),
                    SignalValue("CONNECTED", "Only the call that rejected failed; the client is still in the channel."),
                ),
                null,
            ),
        terminality = Terminality.DEPENDS,
        terminalCondition = "Terminal for the join when join() rejects with it: the client stays DISCONNECTED and nothing was set up. When any other call rejects with it, only that call failed and the client stays in the channel.",
        terminalBasis = Basis.CATALOG,
        rationale = "The server refused or garbled the request; the SDK marks some of these retryable itself, so a delayed retry is the general answer.",
        deprecation = null,
    ),

    /** A protobuf-encoded server response could not be understood. */
    PB_ERROR(
        value = "PB_ERROR",
        catalogName = "PB_ERROR",
        upstreamName = "PB_ERROR",
        summary = "A protobuf-encoded server response could not be understood.",
        cause = "The SDK could not decode a binary (protobuf) response from Agora's access point, for example an unknown response type from the SDP endpoint.",
        whenItOccurs =
            listOf(
                "joining through the SDP endpoint returns a response the SDK does not recognise",
            ),
        category = Category.SERVICE_FAULT,
        retryPolicy = RetryPolicy.BACKOFF,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong on our side. Please try again in a moment.",
        userMessageKey = "agora.agora_rtc_error_code.PB_ERROR",
        remediation =
            listOf(
                "Retry the join with backoff.",
                "If it persists, upgrade agora-rtc-sdk-ng: the service may speak a newer protocol than this SDK release.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
                "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs",
            ),
        since = null,
        retrySchedule = RetrySchedule(1000, 1600, 20000, Jitter.FULL, 5),
        runtimeSignal =
            RuntimeSignal(
                "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                listOf("terminal"),
                listOf(
                    SignalValue("DISCONNECTED", "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."),
                    SignalValue("RECONNECTING", "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."),
                    SignalValue("CONNECTED", "Only the call that rejected failed; the client is still in the channel."),
                ),
                null,
            ),
        terminality = Terminality.DEPENDS,
        terminalCondition = "Terminal for the join when join() rejects with it: the client stays DISCONNECTED and nothing was set up. When any other call rejects with it, only that call failed and the client stays in the channel.",
        terminalBasis = Basis.CATALOG,
        rationale = "A malformed or unknown server response is usually transient or a version mismatch; one delayed retry, then report.",
        deprecation = null,
    ),

    /** An operation timed out. */
    TIMEOUT(
        value = "TIMEOUT",
        catalogName = "TIMEOUT",
        upstreamName = "TIMEOUT",
        summary = "An operation timed out.",
        cause = "A request or an internal wait (for a server reply or a state change) did not finish within the SDK's time limit.",
        whenItOccurs =
            listOf(
                "a slow or lossy network delays a server reply",
                "a signalling ping gets no answer",
            ),
        category = Category.NETWORK,
        retryPolicy = RetryPolicy.BACKOFF,
        retryBasis = Basis.CATALOG,
        userMessage = "The connection to the call was interrupted. Check your internet connection and try again.",
        userMessageKey = "agora.agora_rtc_error_code.TIMEOUT",
        remediation =
            listOf(
                "Retry the call with backoff.",
                "If timeouts are frequent, check the user's network (firewall, proxy, packet loss) and consider setting a proxy or TURN server.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
                "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs",
            ),
        since = null,
        retrySchedule = RetrySchedule(1000, 1600, 20000, Jitter.FULL, 5),
        runtimeSignal =
            RuntimeSignal(
                "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                listOf("terminal"),
                listOf(
                    SignalValue("DISCONNECTED", "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."),
                    SignalValue("RECONNECTING", "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."),
                    SignalValue("CONNECTED", "Only the call that rejected failed; the client is still in the channel."),
                ),
                null,
            ),
        terminality = Terminality.DEPENDS,
        terminalCondition = "Terminal for the join when join() rejects with it: the client stays DISCONNECTED and nothing was set up. When any other call rejects with it, only that call failed and the client stays in the channel.",
        terminalBasis = Basis.CATALOG,
        rationale = "A timeout is the typical transient failure; retrying after a delay usually works.",
        deprecation = null,
    ),

    /** A call was given an invalid parameter. */
    INVALID_PARAMS(
        value = "INVALID_PARAMS",
        catalogName = "INVALID_PARAMS",
        upstreamName = "INVALID_PARAMS",
        summary = "A call was given an invalid parameter.",
        cause = "The SDK's argument checks refused a value: a wrong type, a value outside its allowed range or set, or a malformed configuration object.",
        whenItOccurs =
            listOf(
                "passing a string where a number is expected, or an out-of-range value",
                "a ClientConfig or track configuration with an unknown option value",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        userMessageKey = "agora.agora_rtc_error_code.INVALID_PARAMS",
        remediation =
            listOf(
                "Read the error message: it names the parameter and the allowed values or range.",
                "Fix the call in the app; do not retry it unchanged.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
                "@agora-js/shared@4.24.8 AgoraRTC_N-shared.esm.mjs",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal =
            RuntimeSignal(
                "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                listOf("terminal"),
                listOf(
                    SignalValue("DISCONNECTED", "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."),
                    SignalValue("RECONNECTING", "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."),
                    SignalValue("CONNECTED", "Only the call that rejected failed; the client is still in the channel."),
                ),
                null,
            ),
        terminality = Terminality.DEPENDS,
        terminalCondition = "Terminal for the join when join() rejects with it: the client stays DISCONNECTED and nothing was set up. When any other call rejects with it, only that call failed and the client stays in the channel.",
        terminalBasis = Basis.CATALOG,
        rationale = "The same arguments fail the same checks every time; the app must change them.",
        deprecation = null,
    ),

    /** The camera or microphone could not be read. */
    NOT_READABLE(
        value = "NOT_READABLE",
        catalogName = "NOT_READABLE",
        upstreamName = "NOT_READABLE",
        summary = "The camera or microphone could not be read.",
        cause = "getUserMedia failed with NotReadableError, which the SDK maps to this code: access was granted but the device could not be started.",
        whenItOccurs =
            listOf(
                "another application or tab holds the camera or microphone",
                "a hardware or driver fault",
            ),
        category = Category.CAPACITY,
        retryPolicy = RetryPolicy.USER_ACTION,
        retryBasis = Basis.CATALOG,
        userMessage = "Your camera or microphone is being used by another application. Close it and try again.",
        userMessageKey = "agora.agora_rtc_error_code.NOT_READABLE",
        remediation =
            listOf(
                "Tell the user the device is busy and let them retry after closing the other application or tab.",
                "Offer to continue without this device or to pick another one.",
            ),
        causes =
            listOf(
                "another application or tab holds the device",
                "a hardware or driver fault",
            ),
        references =
            listOf(
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
                "@agora-js/media@4.24.8 AgoraRTC_N-media.esm.mjs",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal =
            RuntimeSignal(
                "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                listOf("terminal"),
                listOf(
                    SignalValue("DISCONNECTED", "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."),
                    SignalValue("RECONNECTING", "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."),
                    SignalValue("CONNECTED", "Only the call that rejected failed; the client is still in the channel."),
                ),
                null,
            ),
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The call can go on without the device; the user must free it (close the other app) before a retry can work.",
        deprecation = null,
    ),

    /** The browser or environment does not support the requested feature. */
    NOT_SUPPORTED(
        value = "NOT_SUPPORTED",
        catalogName = "NOT_SUPPORTED",
        upstreamName = "NOT_SUPPORTED",
        summary = "The browser or environment does not support the requested feature.",
        cause = "The SDK found that the browser lacks an API it needs (an AudioContext, an audio processor, a codec, screen-sharing audio, ...) or getUserMedia failed with NotSupportedError.",
        whenItOccurs =
            listOf(
                "creating a track or using a feature on a browser that lacks it",
                "calling a method the d.ts documents as Chrome/Edge-only on another browser",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "This feature is not supported on your browser. Please try a recent version of Chrome, Edge, Firefox or Safari.",
        userMessageKey = "agora.agora_rtc_error_code.NOT_SUPPORTED",
        remediation =
            listOf(
                "Call AgoraRTC.checkSystemRequirements() before starting, and hide features the browser lacks.",
                "Ask the user to switch to a supported browser.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
                "@agora-js/media@4.24.8 AgoraRTC_N-media.esm.mjs",
                "agora-rtc-sdk-ng@4.24.8 rtc-sdk_en.d.ts",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal =
            RuntimeSignal(
                "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                listOf("terminal"),
                listOf(
                    SignalValue("DISCONNECTED", "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."),
                    SignalValue("RECONNECTING", "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."),
                    SignalValue("CONNECTED", "Only the call that rejected failed; the client is still in the channel."),
                ),
                null,
            ),
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The same browser keeps lacking the feature; only another browser or a different feature choice helps.",
        deprecation = null,
    ),

    /** The call is not allowed in the current state. */
    INVALID_OPERATION(
        value = "INVALID_OPERATION",
        catalogName = "INVALID_OPERATION",
        upstreamName = "INVALID_OPERATION",
        summary = "The call is not allowed in the current state.",
        cause = "The SDK refused an operation that does not fit the current state: operating a closed track, joining twice, publishing before joining, calling methods in the wrong order.",
        whenItOccurs =
            listOf(
                "calling join() while already joining or joined",
                "using a track after close()",
                "publishing before join() has resolved",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        userMessageKey = "agora.agora_rtc_error_code.INVALID_OPERATION",
        remediation =
            listOf(
                "Read the error message: it says which state the call conflicts with.",
                "Fix the order of calls in the app (await join() before publish(), do not reuse closed tracks).",
            ),
        causes = listOf(),
        references =
            listOf(
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
                "@agora-js/shared@4.24.8 AgoraRTC_N-shared.esm.mjs",
                "@agora-js/media@4.24.8 AgoraRTC_N-media.esm.mjs",
                "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal =
            RuntimeSignal(
                "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                listOf("terminal"),
                listOf(
                    SignalValue("DISCONNECTED", "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."),
                    SignalValue("RECONNECTING", "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."),
                    SignalValue("CONNECTED", "Only the call that rejected failed; the client is still in the channel."),
                ),
                null,
            ),
        terminality = Terminality.DEPENDS,
        terminalCondition = "Terminal for the join when join() rejects with it: the client stays DISCONNECTED and nothing was set up. When any other call rejects with it, only that call failed and the client stays in the channel.",
        terminalBasis = Basis.CATALOG,
        rationale = "The call sequence is wrong; repeating it in the same state fails again.",
        deprecation = null,
    ),

    /** The operation was cancelled before it finished. */
    OPERATION_ABORTED(
        value = "OPERATION_ABORTED",
        catalogName = "OPERATION_ABORTED",
        upstreamName = "OPERATION_ABORTED",
        summary = "The operation was cancelled before it finished.",
        cause = "The SDK cancelled a pending request or retry loop, usually because the app called leave() or started a new operation that supersedes it.",
        whenItOccurs =
            listOf(
                "leave() is called while join() is still pending",
                "a request is cancelled when the client is reset",
            ),
        category = Category.ENDED_NORMALLY,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "You have left the call.",
        userMessageKey = "agora.agora_rtc_error_code.OPERATION_ABORTED",
        remediation =
            listOf(
                "Usually nothing to fix: the app itself cancelled the operation (for example by leaving).",
                "If it was not intended, check for a leave() or a second join() racing with the call.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
                "@agora-js/shared@4.24.8 AgoraRTC_N-shared.esm.mjs",
                "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal =
            RuntimeSignal(
                "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                listOf("terminal"),
                listOf(
                    SignalValue("DISCONNECTED", "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."),
                    SignalValue("RECONNECTING", "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."),
                    SignalValue("CONNECTED", "Only the call that rejected failed; the client is still in the channel."),
                ),
                null,
            ),
        terminality = Terminality.DEPENDS,
        terminalCondition = "Terminal for the join when join() rejects with it: the client stays DISCONNECTED and nothing was set up. When any other call rejects with it, only that call failed and the client stays in the channel.",
        terminalBasis = Basis.CATALOG,
        rationale = "The cancellation follows the app's own action, so there is nothing to retry.",
        deprecation = null,
    ),

    /** The page is not in a secure context. */
    WEB_SECURITY_RESTRICT(
        value = "WEB_SECURITY_RESTRICT",
        catalogName = "WEB_SECURITY_RESTRICT",
        upstreamName = "WEB_SECURITY_RESTRICT",
        summary = "The page is not in a secure context.",
        cause = "The browser restricts media and WebRTC APIs to secure contexts; the SDK reports this when the page is served over plain HTTP from a host other than localhost.",
        whenItOccurs =
            listOf(
                "the app is served over http:// from a real host name or IP address",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "This page cannot use your camera or microphone because it is not secure. Please use the https:// address.",
        userMessageKey = "agora.agora_rtc_error_code.WEB_SECURITY_RESTRICT",
        remediation =
            listOf(
                "Serve the app over HTTPS (or localhost during development).",
            ),
        causes = listOf(),
        references =
            listOf(
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
                "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal =
            RuntimeSignal(
                "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                listOf("terminal"),
                listOf(
                    SignalValue("DISCONNECTED", "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."),
                    SignalValue("RECONNECTING", "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."),
                    SignalValue("CONNECTED", "Only the call that rejected failed; the client is still in the channel."),
                ),
                null,
            ),
        terminality = Terminality.TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The page's origin must change (HTTPS); retrying on the same page cannot succeed. The catalog counts it terminal because nothing can start.",
        deprecation = null,
    ),

    /** The SDP offer/answer exchange with Agora failed. */
    EXCHANGE_SDP_FAILED(
        value = "EXCHANGE_SDP_FAILED",
        catalogName = "EXCHANGE_SDP_FAILED",
        upstreamName = "EXCHANGE_SDP_FAILED",
        summary = "The SDP offer/answer exchange with Agora failed.",
        cause = "Setting up or updating the WebRTC peer connection failed while exchanging session descriptions with Agora's gateway (P2PConnection connect, update or send).",
        whenItOccurs =
            listOf(
                "publishing or subscribing while the network is unstable",
                "the browser rejects the remote description",
            ),
        category = Category.MEDIA_NEGOTIATION,
        retryPolicy = RetryPolicy.BACKOFF,
        retryBasis = Basis.CATALOG,
        userMessage = "We could not connect your audio and video. Check your network, or try another browser or device.",
        userMessageKey = "agora.agora_rtc_error_code.EXCHANGE_SDP_FAILED",
        remediation =
            listOf(
                "Retry the publish or subscribe with backoff.",
                "If it keeps failing on one browser, check for browser extensions or policies that interfere with WebRTC.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
                "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs",
            ),
        since = null,
        retrySchedule = RetrySchedule(1000, 1600, 20000, Jitter.FULL, 5),
        runtimeSignal =
            RuntimeSignal(
                "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                listOf("terminal"),
                listOf(
                    SignalValue("DISCONNECTED", "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."),
                    SignalValue("RECONNECTING", "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."),
                    SignalValue("CONNECTED", "Only the call that rejected failed; the client is still in the channel."),
                ),
                null,
            ),
        terminality = Terminality.DEPENDS,
        terminalCondition = "Terminal for the join when join() rejects with it: the client stays DISCONNECTED and nothing was set up. When any other call rejects with it, only that call failed and the client stays in the channel.",
        terminalBasis = Basis.CATALOG,
        rationale = "Negotiation failures are often transient; the catalog retries with backoff and leaves repeated failures to the user's environment.",
        deprecation = null,
    ),

    /** A remote ICE candidate could not be added. */
    ADD_CANDIDATE_FAILED(
        value = "ADD_CANDIDATE_FAILED",
        catalogName = "ADD_CANDIDATE_FAILED",
        upstreamName = "ADD_CANDIDATE_FAILED",
        summary = "A remote ICE candidate could not be added.",
        cause = "The browser refused an ICE candidate received from Agora (P2PConnection.addRemoteCandidate).",
        whenItOccurs =
            listOf(
                "the peer connection was closed or reset while candidates arrived",
            ),
        category = Category.MEDIA_NEGOTIATION,
        retryPolicy = RetryPolicy.BACKOFF,
        retryBasis = Basis.CATALOG,
        userMessage = "We could not connect your audio and video. Check your network, or try another browser or device.",
        userMessageKey = "agora.agora_rtc_error_code.ADD_CANDIDATE_FAILED",
        remediation =
            listOf(
                "Retry the operation with backoff.",
                "If it repeats, collect the SDK logs and the browser version for Agora support.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
                "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs",
            ),
        since = null,
        retrySchedule = RetrySchedule(1000, 1600, 20000, Jitter.FULL, 5),
        runtimeSignal =
            RuntimeSignal(
                "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                listOf("terminal"),
                listOf(
                    SignalValue("DISCONNECTED", "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."),
                    SignalValue("RECONNECTING", "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."),
                    SignalValue("CONNECTED", "Only the call that rejected failed; the client is still in the channel."),
                ),
                null,
            ),
        terminality = Terminality.DEPENDS,
        terminalCondition = "Terminal for the join when join() rejects with it: the client stays DISCONNECTED and nothing was set up. When any other call rejects with it, only that call failed and the client stays in the channel.",
        terminalBasis = Basis.CATALOG,
        rationale = "A single refused candidate rarely stops the connection; retrying the media operation is enough.",
        deprecation = null,
    ),

    /** A data channel operation failed. */
    DATACHANNEL_FAILED(
        value = "DATACHANNEL_FAILED",
        catalogName = "DATACHANNEL_FAILED",
        upstreamName = "DATACHANNEL_FAILED",
        summary = "A data channel operation failed.",
        cause = "Creating, using or stopping a WebRTC data channel on the peer connection failed.",
        whenItOccurs =
            listOf(
                "stopping data channels on a connection that is already closing",
                "the browser refuses a data channel",
            ),
        category = Category.MEDIA_NEGOTIATION,
        retryPolicy = RetryPolicy.BACKOFF,
        retryBasis = Basis.CATALOG,
        userMessage = "Some call features are not working right now. Please try again.",
        userMessageKey = "agora.agora_rtc_error_code.DATACHANNEL_FAILED",
        remediation =
            listOf(
                "Retry the data-channel operation with backoff.",
                "If the app depends on data streams, check that the browser supports RTCDataChannel.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
                "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs",
            ),
        since = null,
        retrySchedule = RetrySchedule(1000, 1600, 20000, Jitter.FULL, 5),
        runtimeSignal =
            RuntimeSignal(
                "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                listOf("terminal"),
                listOf(
                    SignalValue("DISCONNECTED", "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."),
                    SignalValue("RECONNECTING", "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."),
                    SignalValue("CONNECTED", "Only the call that rejected failed; the client is still in the channel."),
                ),
                null,
            ),
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "Data channels carry auxiliary data; the media session usually goes on, so a delayed retry of the data operation is enough.",
        deprecation = null,
    ),

    /** An HTTP request failed because of the network. */
    NETWORK_ERROR(
        value = "NETWORK_ERROR",
        catalogName = "NETWORK_ERROR",
        upstreamName = "NETWORK_ERROR",
        summary = "An HTTP request failed because of the network.",
        cause = "An HTTP request (to the access point, log or report servers) failed without a response, typically because the host is unreachable or the connection was reset.",
        whenItOccurs =
            listOf(
                "the user is offline or behind a firewall that blocks Agora's domains",
                "DNS or proxy failures",
            ),
        category = Category.NETWORK,
        retryPolicy = RetryPolicy.BACKOFF,
        retryBasis = Basis.CATALOG,
        userMessage = "The connection to the call was interrupted. Check your internet connection and try again.",
        userMessageKey = "agora.agora_rtc_error_code.NETWORK_ERROR",
        remediation =
            listOf(
                "Retry with backoff.",
                "If it keeps failing, check that Agora's domains and ports are allowed by the user's firewall, or configure the cloud proxy.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
                "@agora-js/shared@4.24.8 AgoraRTC_N-shared.esm.mjs",
            ),
        since = null,
        retrySchedule = RetrySchedule(1000, 1600, 20000, Jitter.FULL, 5),
        runtimeSignal =
            RuntimeSignal(
                "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                listOf("terminal"),
                listOf(
                    SignalValue("DISCONNECTED", "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."),
                    SignalValue("RECONNECTING", "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."),
                    SignalValue("CONNECTED", "Only the call that rejected failed; the client is still in the channel."),
                ),
                null,
            ),
        terminality = Terminality.DEPENDS,
        terminalCondition = "Terminal for the join when join() rejects with it: the client stays DISCONNECTED and nothing was set up. When any other call rejects with it, only that call failed and the client stays in the channel.",
        terminalBasis = Basis.CATALOG,
        rationale = "Network failures are usually transient; retry with backoff.",
        deprecation = null,
    ),

    /** An HTTP request timed out. */
    NETWORK_TIMEOUT(
        value = "NETWORK_TIMEOUT",
        catalogName = "NETWORK_TIMEOUT",
        upstreamName = "NETWORK_TIMEOUT",
        summary = "An HTTP request timed out.",
        cause = "An HTTP request was aborted because it took too long (axios ECONNABORTED).",
        whenItOccurs =
            listOf(
                "a slow or congested network",
                "a proxy that holds requests",
            ),
        category = Category.NETWORK,
        retryPolicy = RetryPolicy.BACKOFF,
        retryBasis = Basis.CATALOG,
        userMessage = "The connection to the call was interrupted. Check your internet connection and try again.",
        userMessageKey = "agora.agora_rtc_error_code.NETWORK_TIMEOUT",
        remediation =
            listOf(
                "Retry with backoff.",
                "If timeouts persist, check the user's network quality and proxy settings.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
                "@agora-js/shared@4.24.8 AgoraRTC_N-shared.esm.mjs",
            ),
        since = null,
        retrySchedule = RetrySchedule(1000, 1600, 20000, Jitter.FULL, 5),
        runtimeSignal =
            RuntimeSignal(
                "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                listOf("terminal"),
                listOf(
                    SignalValue("DISCONNECTED", "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."),
                    SignalValue("RECONNECTING", "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."),
                    SignalValue("CONNECTED", "Only the call that rejected failed; the client is still in the channel."),
                ),
                null,
            ),
        terminality = Terminality.DEPENDS,
        terminalCondition = "Terminal for the join when join() rejects with it: the client stays DISCONNECTED and nothing was set up. When any other call rejects with it, only that call failed and the client stays in the channel.",
        terminalBasis = Basis.CATALOG,
        rationale = "A timed-out request is typically transient; retry with backoff.",
        deprecation = null,
    ),

    /** An HTTP request got an error status. */
    NETWORK_RESPONSE_ERROR(
        value = "NETWORK_RESPONSE_ERROR",
        catalogName = "NETWORK_RESPONSE_ERROR",
        upstreamName = "NETWORK_RESPONSE_ERROR",
        summary = "An HTTP request got an error status.",
        cause = "An HTTP request reached a server but the response had an error status; the error's message is the status code.",
        whenItOccurs =
            listOf(
                "an Agora HTTP service answers 4xx or 5xx",
            ),
        category = Category.SERVICE_FAULT,
        retryPolicy = RetryPolicy.BACKOFF,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong on our side. Please try again in a moment.",
        userMessageKey = "agora.agora_rtc_error_code.NETWORK_RESPONSE_ERROR",
        remediation =
            listOf(
                "Log the HTTP status carried in the message.",
                "Retry with backoff; a repeated 4xx points at the app's configuration (app ID, token, region).",
            ),
        causes = listOf(),
        references =
            listOf(
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
                "@agora-js/shared@4.24.8 AgoraRTC_N-shared.esm.mjs",
            ),
        since = null,
        retrySchedule = RetrySchedule(1000, 1600, 20000, Jitter.FULL, 5),
        runtimeSignal =
            RuntimeSignal(
                "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                listOf("terminal"),
                listOf(
                    SignalValue("DISCONNECTED", "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."),
                    SignalValue("RECONNECTING", "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."),
                    SignalValue("CONNECTED", "Only the call that rejected failed; the client is still in the channel."),
                ),
                null,
            ),
        terminality = Terminality.DEPENDS,
        terminalCondition = "Terminal for the join when join() rejects with it: the client stays DISCONNECTED and nothing was set up. When any other call rejects with it, only that call failed and the client stays in the channel.",
        terminalBasis = Basis.CATALOG,
        rationale = "Most such statuses are server-side or transient; retry with backoff and look at the status if it repeats.",
        deprecation = null,
    ),

    /** An SDK method call took longer than its time limit. */
    API_INVOKE_TIMEOUT(
        value = "API_INVOKE_TIMEOUT",
        catalogName = "API_INVOKE_TIMEOUT",
        upstreamName = "API_INVOKE_TIMEOUT",
        summary = "An SDK method call took longer than its time limit.",
        cause = "The SDK's API-call tracking (in @agora-js/report) records a public call such as join() or publish() as timed out when it has not settled within its timeout, and reports it with this code.",
        whenItOccurs =
            listOf(
                "a join() or publish() that hangs on a slow network",
            ),
        category = Category.NETWORK,
        retryPolicy = RetryPolicy.BACKOFF,
        retryBasis = Basis.CATALOG,
        userMessage = "The connection to the call was interrupted. Check your internet connection and try again.",
        userMessageKey = "agora.agora_rtc_error_code.API_INVOKE_TIMEOUT",
        remediation =
            listOf(
                "Retry the call with backoff.",
                "Check the user's network if calls time out often.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
                "@agora-js/report@4.24.8 AgoraRTC_N-report.esm.mjs",
            ),
        since = null,
        retrySchedule = RetrySchedule(1000, 1600, 20000, Jitter.FULL, 5),
        runtimeSignal =
            RuntimeSignal(
                "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                listOf("terminal"),
                listOf(
                    SignalValue("DISCONNECTED", "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."),
                    SignalValue("RECONNECTING", "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."),
                    SignalValue("CONNECTED", "Only the call that rejected failed; the client is still in the channel."),
                ),
                null,
            ),
        terminality = Terminality.DEPENDS,
        terminalCondition = "Terminal for the join when join() rejects with it: the client stays DISCONNECTED and nothing was set up. When any other call rejects with it, only that call failed and the client stays in the channel.",
        terminalBasis = Basis.CATALOG,
        rationale = "A timeout is treated like other timeouts: transient, retry with backoff.",
        deprecation = null,
    ),

    /** The list of media devices could not be read. */
    ENUMERATE_DEVICES_FAILED(
        value = "ENUMERATE_DEVICES_FAILED",
        catalogName = "ENUMERATE_DEVICES_FAILED",
        upstreamName = "ENUMERATE_DEVICES_FAILED",
        summary = "The list of media devices could not be read.",
        cause = "navigator.mediaDevices.enumerateDevices failed when the SDK listed cameras, microphones or speakers.",
        whenItOccurs =
            listOf(
                "calling getDevices(), getCameras() or getMicrophones() in a browser that blocks device enumeration",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.USER_ACTION,
        retryBasis = Basis.CATALOG,
        userMessage = "We could not list your cameras and microphones. Check your browser's permissions and try again.",
        userMessageKey = "agora.agora_rtc_error_code.ENUMERATE_DEVICES_FAILED",
        remediation =
            listOf(
                "Ask for media permission first (create a track), then enumerate devices.",
                "Check browser policies or iframe permissions (allow=\"camera; microphone\").",
            ),
        causes = listOf(),
        references =
            listOf(
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
                "@agora-js/media@4.24.8 AgoraRTC_N-media.esm.mjs",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal =
            RuntimeSignal(
                "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                listOf("terminal"),
                listOf(
                    SignalValue("DISCONNECTED", "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."),
                    SignalValue("RECONNECTING", "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."),
                    SignalValue("CONNECTED", "Only the call that rejected failed; the client is still in the channel."),
                ),
                null,
            ),
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "Enumeration depends on the browser's permissions and policies; the user may need to grant access or change browsers before a retry helps.",
        deprecation = null,
    ),

    /** The requested camera or microphone was not found. */
    DEVICE_NOT_FOUND(
        value = "DEVICE_NOT_FOUND",
        catalogName = "DEVICE_NOT_FOUND",
        upstreamName = "DEVICE_NOT_FOUND",
        summary = "The requested camera or microphone was not found.",
        cause = "getUserMedia failed with NotFoundError (or DevicesNotFoundError), or the device ID passed to the SDK matches no device.",
        whenItOccurs =
            listOf(
                "no camera or microphone is connected",
                "a stale deviceId after the device was unplugged",
            ),
        category = Category.USER_INPUT,
        retryPolicy = RetryPolicy.USER_ACTION,
        retryBasis = Basis.CATALOG,
        userMessage = "No camera or microphone was found. Connect one, or choose another device, and try again.",
        userMessageKey = "agora.agora_rtc_error_code.DEVICE_NOT_FOUND",
        remediation =
            listOf(
                "Tell the user no device was found and let them connect or pick one.",
                "Refresh the device list (getDevices()) instead of reusing stored device IDs.",
            ),
        causes =
            listOf(
                "no device of that kind is connected",
                "the stored deviceId no longer exists",
            ),
        references =
            listOf(
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
                "@agora-js/media@4.24.8 AgoraRTC_N-media.esm.mjs",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal =
            RuntimeSignal(
                "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                listOf("terminal"),
                listOf(
                    SignalValue("DISCONNECTED", "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."),
                    SignalValue("RECONNECTING", "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."),
                    SignalValue("CONNECTED", "Only the call that rejected failed; the client is still in the channel."),
                ),
                null,
            ),
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The user must connect or choose a device; retrying without that fails again.",
        deprecation = null,
    ),

    /** The Electron API needed for screen sharing is missing. */
    ELECTRON_IS_NULL(
        value = "ELECTRON_IS_NULL",
        catalogName = "ELECTRON_IS_NULL",
        upstreamName = "ELECTRON_IS_NULL",
        summary = "The Electron API needed for screen sharing is missing.",
        cause = "Screen sharing under Electron needs Electron's desktopCapturer, which the SDK could not find.",
        whenItOccurs =
            listOf(
                "screen sharing in an Electron app whose renderer does not expose Electron's APIs",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        userMessageKey = "agora.agora_rtc_error_code.ELECTRON_IS_NULL",
        remediation =
            listOf(
                "Expose Electron's desktopCapturer to the renderer (nodeIntegration or a preload script), or pass the source yourself.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
                "@agora-js/media@4.24.8 AgoraRTC_N-media.esm.mjs",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal =
            RuntimeSignal(
                "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                listOf("terminal"),
                listOf(
                    SignalValue("DISCONNECTED", "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."),
                    SignalValue("RECONNECTING", "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."),
                    SignalValue("CONNECTED", "Only the call that rejected failed; the client is still in the channel."),
                ),
                null,
            ),
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The app's Electron configuration must change; retrying does not help.",
        deprecation = null,
    ),

    /** Electron could not list the screens and windows to share. */
    ELECTRON_DESKTOP_CAPTURER_GET_SOURCES_ERROR(
        value = "ELECTRON_DESKTOP_CAPTURER_GET_SOURCES_ERROR",
        catalogName = "ELECTRON_DESKTOP_CAPTURER_GET_SOURCES_ERROR",
        upstreamName = "ELECTRON_DESKTOP_CAPTURER_GET_SOURCES_ERROR",
        summary = "Electron could not list the screens and windows to share.",
        cause = "The call to Electron's desktopCapturer.getSources failed.",
        whenItOccurs =
            listOf(
                "screen sharing in Electron without the needed permissions (for example macOS screen-recording permission)",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.USER_ACTION,
        retryBasis = Basis.CATALOG,
        userMessage = "We could not access your screen. Check your system's screen-recording permission and try again.",
        userMessageKey = "agora.agora_rtc_error_code.ELECTRON_DESKTOP_CAPTURER_GET_SOURCES_ERROR",
        remediation =
            listOf(
                "Check the OS screen-recording permission for the Electron app.",
                "Log the underlying Electron error carried in the message.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
                "@agora-js/media@4.24.8 AgoraRTC_N-media.esm.mjs",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal =
            RuntimeSignal(
                "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                listOf("terminal"),
                listOf(
                    SignalValue("DISCONNECTED", "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."),
                    SignalValue("RECONNECTING", "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."),
                    SignalValue("CONNECTED", "Only the call that rejected failed; the client is still in the channel."),
                ),
                null,
            ),
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "Usually an OS permission the user must grant; retry after that.",
        deprecation = null,
    ),

    /** The Chrome screen-sharing extension did not respond. */
    CHROME_PLUGIN_NO_RESPONSE(
        value = "CHROME_PLUGIN_NO_RESPONSE",
        catalogName = "CHROME_PLUGIN_NO_RESPONSE",
        upstreamName = "CHROME_PLUGIN_NO_RESPONSE",
        summary = "The Chrome screen-sharing extension did not respond.",
        cause = "Legacy Chrome screen sharing through an extension: the extension did not answer the SDK's request.",
        whenItOccurs =
            listOf(
                "screen sharing with extensionId set, but the extension is not installed properly",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.USER_ACTION,
        retryBasis = Basis.CATALOG,
        userMessage = "Screen sharing is not available right now. Please check your browser extension and try again.",
        userMessageKey = "agora.agora_rtc_error_code.CHROME_PLUGIN_NO_RESPONSE",
        remediation =
            listOf(
                "Do not use the legacy extension path: modern browsers share the screen without an extension.",
                "If it is required, check that the extension is installed and its ID matches.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
                "@agora-js/media@4.24.8 AgoraRTC_N-media.esm.mjs",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal =
            RuntimeSignal(
                "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                listOf("terminal"),
                listOf(
                    SignalValue("DISCONNECTED", "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."),
                    SignalValue("RECONNECTING", "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."),
                    SignalValue("CONNECTED", "Only the call that rejected failed; the client is still in the channel."),
                ),
                null,
            ),
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The user must install or repair the extension before it can work; modern Chrome needs no extension.",
        deprecation = null,
    ),

    /** The Chrome screen-sharing extension is not installed. */
    CHROME_PLUGIN_NOT_INSTALL(
        value = "CHROME_PLUGIN_NOT_INSTALL",
        catalogName = "CHROME_PLUGIN_NOT_INSTALL",
        upstreamName = "CHROME_PLUGIN_NOT_INSTALL",
        summary = "The Chrome screen-sharing extension is not installed.",
        cause = "Legacy Chrome screen sharing through an extension: the extension named by the app is not installed.",
        whenItOccurs =
            listOf(
                "screen sharing with extensionId set on a browser without the extension",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.USER_ACTION,
        retryBasis = Basis.CATALOG,
        userMessage = "Screen sharing is not available right now. Please check your browser extension and try again.",
        userMessageKey = "agora.agora_rtc_error_code.CHROME_PLUGIN_NOT_INSTALL",
        remediation =
            listOf(
                "Drop the extension requirement, or prompt the user to install it.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
                "@agora-js/media@4.24.8 AgoraRTC_N-media.esm.mjs",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal =
            RuntimeSignal(
                "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                listOf("terminal"),
                listOf(
                    SignalValue("DISCONNECTED", "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."),
                    SignalValue("RECONNECTING", "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."),
                    SignalValue("CONNECTED", "Only the call that rejected failed; the client is still in the channel."),
                ),
                null,
            ),
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The user must install the extension, or the app must stop requiring it.",
        deprecation = null,
    ),

    /** The media constraints cannot be met by the device. */
    MEDIA_OPTION_INVALID(
        value = "MEDIA_OPTION_INVALID",
        catalogName = "MEDIA_OPTION_INVALID",
        upstreamName = "MEDIA_OPTION_INVALID",
        summary = "The media constraints cannot be met by the device.",
        cause = "getUserMedia failed with OverconstrainedError, TrackStartError or \"Starting video failed\": the requested resolution, frame rate or device options do not fit the device.",
        whenItOccurs =
            listOf(
                "an encoder configuration the camera cannot deliver",
                "a device that fails to start with the given options",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "Your camera or microphone could not be started with these settings. Please try again or use another device.",
        userMessageKey = "agora.agora_rtc_error_code.MEDIA_OPTION_INVALID",
        remediation =
            listOf(
                "Use a lower or preset encoder configuration, or fewer exact constraints.",
                "Fall back to default options when creating the track.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
                "@agora-js/media@4.24.8 AgoraRTC_N-media.esm.mjs",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal =
            RuntimeSignal(
                "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                listOf("terminal"),
                listOf(
                    SignalValue("DISCONNECTED", "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."),
                    SignalValue("RECONNECTING", "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."),
                    SignalValue("CONNECTED", "Only the call that rejected failed; the client is still in the channel."),
                ),
                null,
            ),
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The same constraints keep failing on the same device; the app must relax them.",
        deprecation = null,
    ),

    /** Access to the camera, microphone or screen was denied. */
    PERMISSION_DENIED(
        value = "PERMISSION_DENIED",
        catalogName = "PERMISSION_DENIED",
        upstreamName = "PERMISSION_DENIED",
        summary = "Access to the camera, microphone or screen was denied.",
        cause = "getUserMedia or getDisplayMedia failed with NotAllowedError, PermissionDeniedError or InvalidStateError: the user, the browser or a policy refused access.",
        whenItOccurs =
            listOf(
                "the user clicks Block, or cancels the screen picker",
                "the site's permission is blocked in browser settings",
                "an iframe without allow=\"camera; microphone\"",
            ),
        category = Category.PERMISSION,
        retryPolicy = RetryPolicy.USER_ACTION,
        retryBasis = Basis.CATALOG,
        userMessage = "Access to your camera or microphone was blocked. Allow it in your browser settings and try again.",
        userMessageKey = "agora.agora_rtc_error_code.PERMISSION_DENIED",
        remediation =
            listOf(
                "Tell the user how to allow access in the browser, then let them retry.",
                "For embedded apps, add allow=\"camera; microphone; display-capture\" to the iframe.",
            ),
        causes =
            listOf(
                "the user refused",
                "browser or OS settings block the site",
                "a missing iframe permission",
            ),
        references =
            listOf(
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
                "@agora-js/media@4.24.8 AgoraRTC_N-media.esm.mjs",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal =
            RuntimeSignal(
                "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                listOf("terminal"),
                listOf(
                    SignalValue("DISCONNECTED", "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."),
                    SignalValue("RECONNECTING", "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."),
                    SignalValue("CONNECTED", "Only the call that rejected failed; the client is still in the channel."),
                ),
                null,
            ),
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "Only the user (or the page's policy) can grant access; the call can go on without the device.",
        deprecation = null,
    ),

    /** A media constraint cannot be satisfied. */
    CONSTRAINT_NOT_SATISFIED(
        value = "CONSTRAINT_NOT_SATISFIED",
        catalogName = "CONSTRAINT_NOT_SATISFIED",
        upstreamName = "CONSTRAINT_NOT_SATISFIED",
        summary = "A media constraint cannot be satisfied.",
        cause = "getUserMedia failed with ConstraintNotSatisfiedError (a legacy name for an unsatisfiable constraint).",
        whenItOccurs =
            listOf(
                "older browsers given exact constraints the device cannot meet",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "Your camera or microphone could not be started with these settings. Please try again or use another device.",
        userMessageKey = "agora.agora_rtc_error_code.CONSTRAINT_NOT_SATISFIED",
        remediation =
            listOf(
                "Relax exact constraints (resolution, frame rate, deviceId) or use SDK presets.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
                "@agora-js/media@4.24.8 AgoraRTC_N-media.esm.mjs",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal =
            RuntimeSignal(
                "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                listOf("terminal"),
                listOf(
                    SignalValue("DISCONNECTED", "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."),
                    SignalValue("RECONNECTING", "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."),
                    SignalValue("CONNECTED", "Only the call that rejected failed; the client is still in the channel."),
                ),
                null,
            ),
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The same constraints keep failing; relax them.",
        deprecation = null,
    ),

    /** The track is disabled. */
    TRACK_IS_DISABLED(
        value = "TRACK_IS_DISABLED",
        catalogName = "TRACK_IS_DISABLED",
        upstreamName = "TRACK_IS_DISABLED",
        summary = "The track is disabled.",
        cause = "The app tried to change a track that is disabled with setEnabled(false), for example its encoder configuration.",
        whenItOccurs =
            listOf(
                "calling setEncoderConfiguration() on a disabled track",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        userMessageKey = "agora.agora_rtc_error_code.TRACK_IS_DISABLED",
        remediation =
            listOf(
                "Enable the track (setEnabled(true)) before changing it, or apply the change when it is enabled again.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
                "@agora-js/media@4.24.8 AgoraRTC_N-media.esm.mjs",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal =
            RuntimeSignal(
                "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                listOf("terminal"),
                listOf(
                    SignalValue("DISCONNECTED", "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."),
                    SignalValue("RECONNECTING", "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."),
                    SignalValue("CONNECTED", "Only the call that rejected failed; the client is still in the channel."),
                ),
                null,
            ),
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The track's state or the app's call is wrong; repeating it unchanged fails again. The channel connection is not affected.",
        deprecation = null,
    ),

    /** The visibility of the video element could not be read. */
    GET_VIDEO_ELEMENT_VISIBLE_ERROR(
        value = "GET_VIDEO_ELEMENT_VISIBLE_ERROR",
        catalogName = "GET_VIDEO_ELEMENT_VISIBLE_ERROR",
        upstreamName = "GET_VIDEO_ELEMENT_VISIBLE_ERROR",
        summary = "The visibility of the video element could not be read.",
        cause = "getVideoElementVisibleStatus() failed to inspect the <video> element that plays the track.",
        whenItOccurs =
            listOf(
                "calling it while the track is not playing or its element is detached",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        userMessageKey = "agora.agora_rtc_error_code.GET_VIDEO_ELEMENT_VISIBLE_ERROR",
        remediation =
            listOf(
                "Call it only while the track is playing in an element attached to the page.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
                "@agora-js/media@4.24.8 AgoraRTC_N-media.esm.mjs",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal =
            RuntimeSignal(
                "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                listOf("terminal"),
                listOf(
                    SignalValue("DISCONNECTED", "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."),
                    SignalValue("RECONNECTING", "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."),
                    SignalValue("CONNECTED", "Only the call that rejected failed; the client is still in the channel."),
                ),
                null,
            ),
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The track's state or the app's call is wrong; repeating it unchanged fails again. The channel connection is not affected.",
        deprecation = null,
    ),

    /** Sharing system audio with the screen was not allowed. */
    SHARE_AUDIO_NOT_ALLOWED(
        value = "SHARE_AUDIO_NOT_ALLOWED",
        catalogName = "SHARE_AUDIO_NOT_ALLOWED",
        upstreamName = "SHARE_AUDIO_NOT_ALLOWED",
        summary = "Sharing system audio with the screen was not allowed.",
        cause = "createScreenVideoTrack() was asked for audio (withAudio: enable) but the user did not tick the share-audio option, or the browser offers none.",
        whenItOccurs =
            listOf(
                "the user unchecks \"Share audio\" in the picker",
                "sharing a source that has no audio",
            ),
        category = Category.USER_INPUT,
        retryPolicy = RetryPolicy.USER_ACTION,
        retryBasis = Basis.CATALOG,
        userMessage = "Screen audio was not shared. To share it, tick the \"Share audio\" option and try again.",
        userMessageKey = "agora.agora_rtc_error_code.SHARE_AUDIO_NOT_ALLOWED",
        remediation =
            listOf(
                "Use withAudio: \"auto\" to accept a screen share without audio, or ask the user to tick the share-audio option.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
                "@agora-js/media@4.24.8 AgoraRTC_N-media.esm.mjs",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal =
            RuntimeSignal(
                "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                listOf("terminal"),
                listOf(
                    SignalValue("DISCONNECTED", "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."),
                    SignalValue("RECONNECTING", "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."),
                    SignalValue("CONNECTED", "Only the call that rejected failed; the client is still in the channel."),
                ),
                null,
            ),
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The user decides in the browser's picker; only a new attempt with their choice can succeed.",
        deprecation = null,
    ),

    /** The low-quality video stream could not be encoded. */
    LOW_STREAM_ENCODING_ERROR(
        value = "LOW_STREAM_ENCODING_ERROR",
        catalogName = "LOW_STREAM_ENCODING_ERROR",
        upstreamName = "LOW_STREAM_ENCODING_ERROR",
        summary = "The low-quality video stream could not be encoded.",
        cause = "Setting up or updating the low-quality (dual-stream) video encoding failed. No code in the 4.24.8 bundles raises it; it is kept in the enum.",
        whenItOccurs =
            listOf(
                "not raised by agora-rtc-sdk-ng 4.24.8",
            ),
        category = Category.MEDIA_NEGOTIATION,
        retryPolicy = RetryPolicy.BACKOFF,
        retryBasis = Basis.CATALOG,
        userMessage = "We could not connect your audio and video. Check your network, or try another browser or device.",
        userMessageKey = "agora.agora_rtc_error_code.LOW_STREAM_ENCODING_ERROR",
        remediation =
            listOf(
                "Check the low-stream parameters passed to setLowStreamParameter().",
            ),
        causes = listOf(),
        references =
            listOf(
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
            ),
        since = null,
        retrySchedule = RetrySchedule(1000, 1600, 20000, Jitter.FULL, 5),
        runtimeSignal =
            RuntimeSignal(
                "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                listOf("terminal"),
                listOf(
                    SignalValue("DISCONNECTED", "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."),
                    SignalValue("RECONNECTING", "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."),
                    SignalValue("CONNECTED", "Only the call that rejected failed; the client is still in the channel."),
                ),
                null,
            ),
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "An encoding failure may be transient; retry with backoff.",
        deprecation = null,
    ),

    /** The encoding parameters could not be applied. */
    SET_ENCODING_PARAMETER_ERROR(
        value = "SET_ENCODING_PARAMETER_ERROR",
        catalogName = "SET_ENCODING_PARAMETER_ERROR",
        upstreamName = "SET_ENCODING_PARAMETER_ERROR",
        summary = "The encoding parameters could not be applied.",
        cause = "Setting the RTP encoding parameters on a sender failed. No code in the 4.24.8 bundles raises it; it is kept in the enum.",
        whenItOccurs =
            listOf(
                "not raised by agora-rtc-sdk-ng 4.24.8",
            ),
        category = Category.MEDIA_NEGOTIATION,
        retryPolicy = RetryPolicy.BACKOFF,
        retryBasis = Basis.CATALOG,
        userMessage = "We could not connect your audio and video. Check your network, or try another browser or device.",
        userMessageKey = "agora.agora_rtc_error_code.SET_ENCODING_PARAMETER_ERROR",
        remediation =
            listOf(
                "Check the encoder configuration; use presets where possible.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
            ),
        since = null,
        retrySchedule = RetrySchedule(1000, 1600, 20000, Jitter.FULL, 5),
        runtimeSignal =
            RuntimeSignal(
                "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                listOf("terminal"),
                listOf(
                    SignalValue("DISCONNECTED", "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."),
                    SignalValue("RECONNECTING", "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."),
                    SignalValue("CONNECTED", "Only the call that rejected failed; the client is still in the channel."),
                ),
                null,
            ),
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "An encoding failure may be transient; retry with backoff.",
        deprecation = null,
    ),

    /** The track cannot move to the requested state. */
    TRACK_STATE_UNREACHABLE(
        value = "TRACK_STATE_UNREACHABLE",
        catalogName = "TRACK_STATE_UNREACHABLE",
        upstreamName = "TRACK_STATE_UNREACHABLE",
        summary = "The track cannot move to the requested state.",
        cause = "setEnabled and setMuted conflict: a muted track cannot be enabled or disabled, and a disabled track cannot be muted or unmuted.",
        whenItOccurs =
            listOf(
                "calling setEnabled() on a muted track",
                "calling setMuted() on a disabled track",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        userMessageKey = "agora.agora_rtc_error_code.TRACK_STATE_UNREACHABLE",
        remediation =
            listOf(
                "Use either setEnabled() or setMuted() for a track, or undo one before calling the other.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
                "@agora-js/media@4.24.8 AgoraRTC_N-media.esm.mjs",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal =
            RuntimeSignal(
                "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                listOf("terminal"),
                listOf(
                    SignalValue("DISCONNECTED", "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."),
                    SignalValue("RECONNECTING", "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."),
                    SignalValue("CONNECTED", "Only the call that rejected failed; the client is still in the channel."),
                ),
                null,
            ),
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The track's state or the app's call is wrong; repeating it unchanged fails again. The channel connection is not affected.",
        deprecation = null,
    ),

    /** The user ID could not be mapped from a string account. */
    INVALID_UINT_UID_FROM_STRING_UID(
        value = "INVALID_UINT_UID_FROM_STRING_UID",
        catalogName = "INVALID_UINT_UID_FROM_STRING_UID",
        upstreamName = "INVALID_UINT_UID_FROM_STRING_UID",
        summary = "The user ID could not be mapped from a string account.",
        cause = "When joining with a string user account, the SDK asks Agora for the matching integer UID; the reply was missing or invalid.",
        whenItOccurs =
            listOf(
                "join() with a string uid while the user-account service fails",
            ),
        category = Category.SERVICE_FAULT,
        retryPolicy = RetryPolicy.BACKOFF,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong on our side. Please try again in a moment.",
        userMessageKey = "agora.agora_rtc_error_code.INVALID_UINT_UID_FROM_STRING_UID",
        remediation =
            listOf(
                "Retry join() with backoff.",
                "Consider integer UIDs if string accounts are not needed.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
                "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs",
            ),
        since = null,
        retrySchedule = RetrySchedule(1000, 1600, 20000, Jitter.FULL, 5),
        runtimeSignal =
            RuntimeSignal(
                "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                listOf("terminal"),
                listOf(
                    SignalValue("DISCONNECTED", "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."),
                    SignalValue("RECONNECTING", "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."),
                    SignalValue("CONNECTED", "Only the call that rejected failed; the client is still in the channel."),
                ),
                null,
            ),
        terminality = Terminality.TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The join cannot complete without the integer UID; the failure is on the service side, so a delayed new join is reasonable. Terminal because it rejects join().",
        deprecation = null,
    ),

    /** No cloud proxy server could be obtained. */
    CAN_NOT_GET_PROXY_SERVER(
        value = "CAN_NOT_GET_PROXY_SERVER",
        catalogName = "CAN_NOT_GET_PROXY_SERVER",
        upstreamName = "CAN_NOT_GET_PROXY_SERVER",
        summary = "No cloud proxy server could be obtained.",
        cause = "With the cloud proxy enabled, the SDK could not get a proxy server address. No code in the 4.24.8 bundles raises it; it is kept in the enum.",
        whenItOccurs =
            listOf(
                "startProxyServer() is used and the proxy service is unreachable",
            ),
        category = Category.NETWORK,
        retryPolicy = RetryPolicy.BACKOFF,
        retryBasis = Basis.CATALOG,
        userMessage = "The connection to the call was interrupted. Check your internet connection and try again.",
        userMessageKey = "agora.agora_rtc_error_code.CAN_NOT_GET_PROXY_SERVER",
        remediation =
            listOf(
                "Check that the cloud proxy is enabled for the project in Agora Console.",
                "Retry with backoff.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
            ),
        since = null,
        retrySchedule = RetrySchedule(1000, 1600, 20000, Jitter.FULL, 5),
        runtimeSignal =
            RuntimeSignal(
                "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                listOf("terminal"),
                listOf(
                    SignalValue("DISCONNECTED", "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."),
                    SignalValue("RECONNECTING", "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."),
                    SignalValue("CONNECTED", "Only the call that rejected failed; the client is still in the channel."),
                ),
                null,
            ),
        terminality = Terminality.TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "Without a proxy the join cannot proceed; retry with backoff. Terminal because it rejects join().",
        deprecation = null,
    ),

    /** No edge (gateway) server could be obtained. */
    CAN_NOT_GET_GATEWAY_SERVER(
        value = "CAN_NOT_GET_GATEWAY_SERVER",
        catalogName = "CAN_NOT_GET_GATEWAY_SERVER",
        upstreamName = "CAN_NOT_GET_GATEWAY_SERVER",
        summary = "No edge (gateway) server could be obtained.",
        cause = "join() asks Agora's access point for edge servers; none came back (no edge services in the response, or every access-point request failed).",
        whenItOccurs =
            listOf(
                "the access point is unreachable from the user's network",
                "the project's region or app ID gives no edge servers",
                "a wrong or disabled app ID",
            ),
        category = Category.NETWORK,
        retryPolicy = RetryPolicy.BACKOFF,
        retryBasis = Basis.CATALOG,
        userMessage = "The connection to the call was interrupted. Check your internet connection and try again.",
        userMessageKey = "agora.agora_rtc_error_code.CAN_NOT_GET_GATEWAY_SERVER",
        remediation =
            listOf(
                "Check the app ID and the area set with setArea().",
                "Retry join() with backoff; if it never succeeds, check that the user's firewall allows Agora's domains or use the cloud proxy.",
            ),
        causes =
            listOf(
                "network or firewall blocks the access point",
                "a wrong or disabled app ID",
                "an area restriction with no servers",
            ),
        references =
            listOf(
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
                "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs",
            ),
        since = null,
        retrySchedule = RetrySchedule(1000, 1600, 20000, Jitter.FULL, 5),
        runtimeSignal =
            RuntimeSignal(
                "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                listOf("terminal"),
                listOf(
                    SignalValue("DISCONNECTED", "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."),
                    SignalValue("RECONNECTING", "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."),
                    SignalValue("CONNECTED", "Only the call that rejected failed; the client is still in the channel."),
                ),
                null,
            ),
        terminality = Terminality.TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "join() rejects and nothing is connected; the access point is usually unreachable for network reasons, so the catalog retries with backoff. The SDK carries its own retry hint in the error's data.",
        deprecation = null,
    ),

    /** The gateway address is empty. */
    VOID_GATEWAY_ADDRESS(
        value = "VOID_GATEWAY_ADDRESS",
        catalogName = "VOID_GATEWAY_ADDRESS",
        upstreamName = "VOID_GATEWAY_ADDRESS",
        summary = "The gateway address is empty.",
        cause = "The access point returned an empty edge-server address. No code in the 4.24.8 bundles raises it; it is kept in the enum.",
        whenItOccurs =
            listOf(
                "not raised by agora-rtc-sdk-ng 4.24.8",
            ),
        category = Category.SERVICE_FAULT,
        retryPolicy = RetryPolicy.BACKOFF,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong on our side. Please try again in a moment.",
        userMessageKey = "agora.agora_rtc_error_code.VOID_GATEWAY_ADDRESS",
        remediation =
            listOf(
                "Retry join() with backoff.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
            ),
        since = null,
        retrySchedule = RetrySchedule(1000, 1600, 20000, Jitter.FULL, 5),
        runtimeSignal =
            RuntimeSignal(
                "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                listOf("terminal"),
                listOf(
                    SignalValue("DISCONNECTED", "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."),
                    SignalValue("RECONNECTING", "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."),
                    SignalValue("CONNECTED", "Only the call that rejected failed; the client is still in the channel."),
                ),
                null,
            ),
        terminality = Terminality.TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "Without an address the join cannot proceed; a delayed retry may get a valid one. Terminal because it rejects join().",
        deprecation = null,
    ),

    /** The same user ID is already in this channel from this page. */
    UID_CONFLICT(
        value = "UID_CONFLICT",
        catalogName = "UID_CONFLICT",
        upstreamName = "UID_CONFLICT",
        summary = "The same user ID is already in this channel from this page.",
        cause = "join() was called with a UID that another client on the same page already uses in the same channel; the SDK refuses it before contacting the server.",
        whenItOccurs =
            listOf(
                "two AgoraRTCClient instances join one channel with the same uid",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        userMessageKey = "agora.agora_rtc_error_code.UID_CONFLICT",
        remediation =
            listOf(
                "Give every client in a channel its own UID (or pass null to let Agora assign one).",
                "Leave with the other client before rejoining with the same UID.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
                "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal =
            RuntimeSignal(
                "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                listOf("terminal"),
                listOf(
                    SignalValue("DISCONNECTED", "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."),
                    SignalValue("RECONNECTING", "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."),
                    SignalValue("CONNECTED", "Only the call that rejected failed; the client is still in the channel."),
                ),
                null,
            ),
        terminality = Terminality.TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The SDK refuses the same UID every time; the app must use another UID or leave with the other client first. Terminal because it rejects join().",
        deprecation = null,
    ),

    /** The access point's combined response could not be parsed. */
    MULTI_UNILBS_RESPONSE_ERROR(
        value = "MULTI_UNILBS_RESPONSE_ERROR",
        catalogName = "MULTI_UNILBS_RESPONSE_ERROR",
        upstreamName = "MULTI_UNILBS_RESPONSE_ERROR",
        summary = "The access point's combined response could not be parsed.",
        cause = "The SDK could not parse one part of the access point's multi-service (unilbs) response during join().",
        whenItOccurs =
            listOf(
                "the access point returns an incomplete or unexpected response",
            ),
        category = Category.SERVICE_FAULT,
        retryPolicy = RetryPolicy.BACKOFF,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong on our side. Please try again in a moment.",
        userMessageKey = "agora.agora_rtc_error_code.MULTI_UNILBS_RESPONSE_ERROR",
        remediation =
            listOf(
                "Retry join() with backoff; report repeated failures to Agora support with the SDK logs.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
                "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs",
            ),
        since = null,
        retrySchedule = RetrySchedule(1000, 1600, 20000, Jitter.FULL, 5),
        runtimeSignal =
            RuntimeSignal(
                "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                listOf("terminal"),
                listOf(
                    SignalValue("DISCONNECTED", "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."),
                    SignalValue("RECONNECTING", "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."),
                    SignalValue("CONNECTED", "Only the call that rejected failed; the client is still in the channel."),
                ),
                null,
            ),
        terminality = Terminality.TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "A server-side fault; retry the join with backoff. Terminal because it rejects join().",
        deprecation = null,
    ),

    /** The access ticket could not be renewed. */
    UPDATE_TICKET_FAILED(
        value = "UPDATE_TICKET_FAILED",
        catalogName = "UPDATE_TICKET_FAILED",
        upstreamName = "UPDATE_TICKET_FAILED",
        summary = "The access ticket could not be renewed.",
        cause = "The SDK refreshes a ticket from the access point during a session; the request failed or the response had no ticket.",
        whenItOccurs =
            listOf(
                "the access point refuses or fails the ticket update",
            ),
        category = Category.SERVICE_FAULT,
        retryPolicy = RetryPolicy.AUTOMATIC,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong on our side. Please try again in a moment.",
        userMessageKey = "agora.agora_rtc_error_code.UPDATE_TICKET_FAILED",
        remediation =
            listOf(
                "Nothing to do in the app unless the connection state changes; log it.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
                "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs",
            ),
        since = null,
        retrySchedule = RetrySchedule(1000, 1600, 120000, Jitter.EQUAL, 10),
        runtimeSignal =
            RuntimeSignal(
                "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                listOf("terminal"),
                listOf(
                    SignalValue("DISCONNECTED", "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."),
                    SignalValue("RECONNECTING", "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."),
                    SignalValue("CONNECTED", "Only the call that rejected failed; the client is still in the channel."),
                ),
                null,
            ),
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The ticket is the SDK's internal concern; it decides itself whether to retry (the error carries its own retry flag). The channel connection goes on.",
        deprecation = null,
    ),

    /** The token has expired. */
    TOKEN_EXPIRE(
        value = "TOKEN_EXPIRE",
        catalogName = "TOKEN_EXPIRE",
        upstreamName = "TOKEN_EXPIRE",
        summary = "The token has expired.",
        cause = "The token used to join has passed its expiry; the server refused it (\"dynamic key expired\") and the SDK closes the connection with the disconnect reason TOKEN_EXPIRE.",
        whenItOccurs =
            listOf(
                "joining with an old token",
                "staying in the channel past the token's expiry without renewToken()",
            ),
        category = Category.CREDENTIALS,
        retryPolicy = RetryPolicy.REFRESH_CREDENTIALS,
        retryBasis = Basis.CATALOG,
        userMessage = "Your access to this call has expired. Please join again.",
        userMessageKey = "agora.agora_rtc_error_code.TOKEN_EXPIRE",
        remediation =
            listOf(
                "Fetch a new token from the app's backend and call join() again.",
                "Renew tokens before they expire: handle token-privilege-will-expire with client.renewToken().",
            ),
        causes = listOf(),
        references =
            listOf(
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
                "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs",
                "agora-rtc-sdk-ng@4.24.8 rtc-sdk_en.d.ts",
            ),
        since = null,
        retrySchedule = RetrySchedule(100, 2000, 20000, Jitter.FULL, 2),
        runtimeSignal =
            RuntimeSignal(
                "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                listOf("terminal"),
                listOf(
                    SignalValue("DISCONNECTED", "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."),
                    SignalValue("RECONNECTING", "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."),
                    SignalValue("CONNECTED", "Only the call that rejected failed; the client is still in the channel."),
                ),
                null,
            ),
        terminality = Terminality.DEPENDS,
        terminalCondition = "Terminal when the connection closes with it (connection-state-change to DISCONNECTED, reason TOKEN_EXPIRE) or when join() rejects with it; not terminal when another call rejects with it while the client is still connected.",
        terminalBasis = Basis.CATALOG,
        rationale = "A fresh token from the app's backend is all that is needed.",
        deprecation = null,
    ),

    /** The local track is not valid for this call. */
    INVALID_LOCAL_TRACK(
        value = "INVALID_LOCAL_TRACK",
        catalogName = "INVALID_LOCAL_TRACK",
        upstreamName = "INVALID_LOCAL_TRACK",
        summary = "The local track is not valid for this call.",
        cause = "A local track passed to the SDK is not usable for the operation. No code in the 4.24.8 bundles raises it; it is kept in the enum.",
        whenItOccurs =
            listOf(
                "not raised by agora-rtc-sdk-ng 4.24.8",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        userMessageKey = "agora.agora_rtc_error_code.INVALID_LOCAL_TRACK",
        remediation =
            listOf(
                "Pass a track created by the SDK's create*Track methods and not yet closed.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal =
            RuntimeSignal(
                "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                listOf("terminal"),
                listOf(
                    SignalValue("DISCONNECTED", "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."),
                    SignalValue("RECONNECTING", "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."),
                    SignalValue("CONNECTED", "Only the call that rejected failed; the client is still in the channel."),
                ),
                null,
            ),
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The track's state or the app's call is wrong; repeating it unchanged fails again. The channel connection is not affected.",
        deprecation = null,
    ),

    /** The track passed is of the wrong kind. */
    INVALID_TRACK(
        value = "INVALID_TRACK",
        catalogName = "INVALID_TRACK",
        upstreamName = "INVALID_TRACK",
        summary = "The track passed is of the wrong kind.",
        cause = "A method expecting a video track got an audio track, or the reverse.",
        whenItOccurs =
            listOf(
                "passing an audio track where a video track is expected",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        userMessageKey = "agora.agora_rtc_error_code.INVALID_TRACK",
        remediation =
            listOf(
                "Pass a track of the kind the method expects.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
                "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal =
            RuntimeSignal(
                "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                listOf("terminal"),
                listOf(
                    SignalValue("DISCONNECTED", "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."),
                    SignalValue("RECONNECTING", "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."),
                    SignalValue("CONNECTED", "Only the call that rejected failed; the client is still in the channel."),
                ),
                null,
            ),
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The track's state or the app's call is wrong; repeating it unchanged fails again. The channel connection is not affected.",
        deprecation = null,
    ),

    /** The RTP sender for the track was not found. */
    SENDER_NOT_FOUND(
        value = "SENDER_NOT_FOUND",
        catalogName = "SENDER_NOT_FOUND",
        upstreamName = "SENDER_NOT_FOUND",
        summary = "The RTP sender for the track was not found.",
        cause = "The SDK could not find the peer connection's sender for a published track. No code in the 4.24.8 bundles raises it; it is kept in the enum.",
        whenItOccurs =
            listOf(
                "not raised by agora-rtc-sdk-ng 4.24.8",
            ),
        category = Category.MEDIA_NEGOTIATION,
        retryPolicy = RetryPolicy.BACKOFF,
        retryBasis = Basis.CATALOG,
        userMessage = "We could not connect your audio and video. Check your network, or try another browser or device.",
        userMessageKey = "agora.agora_rtc_error_code.SENDER_NOT_FOUND",
        remediation =
            listOf(
                "Unpublish and publish the track again.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
            ),
        since = null,
        retrySchedule = RetrySchedule(1000, 1600, 20000, Jitter.FULL, 5),
        runtimeSignal =
            RuntimeSignal(
                "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                listOf("terminal"),
                listOf(
                    SignalValue("DISCONNECTED", "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."),
                    SignalValue("RECONNECTING", "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."),
                    SignalValue("CONNECTED", "Only the call that rejected failed; the client is still in the channel."),
                ),
                null,
            ),
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "A missing sender points at a transient negotiation state; retry the publish operation with backoff.",
        deprecation = null,
    ),

    /** The browser could not create an SDP offer. */
    CREATE_OFFER_FAILED(
        value = "CREATE_OFFER_FAILED",
        catalogName = "CREATE_OFFER_FAILED",
        upstreamName = "CREATE_OFFER_FAILED",
        summary = "The browser could not create an SDP offer.",
        cause = "RTCPeerConnection.createOffer failed while the SDK set up or renegotiated media.",
        whenItOccurs =
            listOf(
                "a browser that cannot produce an offer with the requested codecs",
                "a closed peer connection",
            ),
        category = Category.MEDIA_NEGOTIATION,
        retryPolicy = RetryPolicy.BACKOFF,
        retryBasis = Basis.CATALOG,
        userMessage = "We could not connect your audio and video. Check your network, or try another browser or device.",
        userMessageKey = "agora.agora_rtc_error_code.CREATE_OFFER_FAILED",
        remediation =
            listOf(
                "Retry with backoff.",
                "Check the codec set in ClientConfig against the browser's support (getSupportedCodec()).",
            ),
        causes = listOf(),
        references =
            listOf(
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
                "@agora-js/media@4.24.8 AgoraRTC_N-media.esm.mjs",
            ),
        since = null,
        retrySchedule = RetrySchedule(1000, 1600, 20000, Jitter.FULL, 5),
        runtimeSignal =
            RuntimeSignal(
                "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                listOf("terminal"),
                listOf(
                    SignalValue("DISCONNECTED", "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."),
                    SignalValue("RECONNECTING", "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."),
                    SignalValue("CONNECTED", "Only the call that rejected failed; the client is still in the channel."),
                ),
                null,
            ),
        terminality = Terminality.DEPENDS,
        terminalCondition = "Terminal for the join when join() rejects with it: the client stays DISCONNECTED and nothing was set up. When any other call rejects with it, only that call failed and the client stays in the channel.",
        terminalBasis = Basis.CATALOG,
        rationale = "Offer creation failures are usually transient or browser-specific; retry with backoff, then ask the user to change browsers.",
        deprecation = null,
    ),

    /** The SDP answer could not be applied. */
    SET_ANSWER_FAILED(
        value = "SET_ANSWER_FAILED",
        catalogName = "SET_ANSWER_FAILED",
        upstreamName = "SET_ANSWER_FAILED",
        summary = "The SDP answer could not be applied.",
        cause = "RTCPeerConnection.setRemoteDescription with Agora's answer failed. No code in the 4.24.8 bundles raises it; it is kept in the enum.",
        whenItOccurs =
            listOf(
                "not raised by agora-rtc-sdk-ng 4.24.8",
            ),
        category = Category.MEDIA_NEGOTIATION,
        retryPolicy = RetryPolicy.BACKOFF,
        retryBasis = Basis.CATALOG,
        userMessage = "We could not connect your audio and video. Check your network, or try another browser or device.",
        userMessageKey = "agora.agora_rtc_error_code.SET_ANSWER_FAILED",
        remediation =
            listOf(
                "Retry with backoff.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
            ),
        since = null,
        retrySchedule = RetrySchedule(1000, 1600, 20000, Jitter.FULL, 5),
        runtimeSignal =
            RuntimeSignal(
                "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                listOf("terminal"),
                listOf(
                    SignalValue("DISCONNECTED", "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."),
                    SignalValue("RECONNECTING", "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."),
                    SignalValue("CONNECTED", "Only the call that rejected failed; the client is still in the channel."),
                ),
                null,
            ),
        terminality = Terminality.DEPENDS,
        terminalCondition = "Terminal for the join when join() rejects with it: the client stays DISCONNECTED and nothing was set up. When any other call rejects with it, only that call failed and the client stays in the channel.",
        terminalBasis = Basis.CATALOG,
        rationale = "Negotiation failures are often transient; retry with backoff.",
        deprecation = null,
    ),

    /** The ICE connection failed. */
    ICE_FAILED(
        value = "ICE_FAILED",
        catalogName = "ICE_FAILED",
        upstreamName = "ICE_FAILED",
        summary = "The ICE connection failed.",
        cause = "The peer connection's ICE transport could not connect or was lost. No code in the 4.24.8 bundles raises it; it is kept in the enum.",
        whenItOccurs =
            listOf(
                "UDP blocked by a firewall without a TURN or proxy fallback",
            ),
        category = Category.MEDIA_NEGOTIATION,
        retryPolicy = RetryPolicy.BACKOFF,
        retryBasis = Basis.CATALOG,
        userMessage = "We could not connect your audio and video. Check your network, or try another browser or device.",
        userMessageKey = "agora.agora_rtc_error_code.ICE_FAILED",
        remediation =
            listOf(
                "Retry with backoff.",
                "If users sit behind restrictive firewalls, enable the cloud proxy or configure TURN servers.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
            ),
        since = null,
        retrySchedule = RetrySchedule(1000, 1600, 20000, Jitter.FULL, 5),
        runtimeSignal =
            RuntimeSignal(
                "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                listOf("terminal"),
                listOf(
                    SignalValue("DISCONNECTED", "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."),
                    SignalValue("RECONNECTING", "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."),
                    SignalValue("CONNECTED", "Only the call that rejected failed; the client is still in the channel."),
                ),
                null,
            ),
        terminality = Terminality.DEPENDS,
        terminalCondition = "Terminal for the join when join() rejects with it: the client stays DISCONNECTED and nothing was set up. When any other call rejects with it, only that call failed and the client stays in the channel.",
        terminalBasis = Basis.CATALOG,
        rationale = "ICE failures come from the network path; a retry may succeed, repeated failures need the user's network changed.",
        deprecation = null,
    ),

    /** The peer connection is closed. */
    PC_CLOSED(
        value = "PC_CLOSED",
        catalogName = "PC_CLOSED",
        upstreamName = "PC_CLOSED",
        summary = "The peer connection is closed.",
        cause = "An operation ran on a WebRTC peer connection that had already closed. No code in the 4.24.8 bundles raises it; it is kept in the enum.",
        whenItOccurs =
            listOf(
                "not raised by agora-rtc-sdk-ng 4.24.8",
            ),
        category = Category.MEDIA_NEGOTIATION,
        retryPolicy = RetryPolicy.BACKOFF,
        retryBasis = Basis.CATALOG,
        userMessage = "We could not connect your audio and video. Check your network, or try another browser or device.",
        userMessageKey = "agora.agora_rtc_error_code.PC_CLOSED",
        remediation =
            listOf(
                "Retry the operation with backoff once the client is connected.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
            ),
        since = null,
        retrySchedule = RetrySchedule(1000, 1600, 20000, Jitter.FULL, 5),
        runtimeSignal =
            RuntimeSignal(
                "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                listOf("terminal"),
                listOf(
                    SignalValue("DISCONNECTED", "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."),
                    SignalValue("RECONNECTING", "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."),
                    SignalValue("CONNECTED", "Only the call that rejected failed; the client is still in the channel."),
                ),
                null,
            ),
        terminality = Terminality.DEPENDS,
        terminalCondition = "Terminal for the join when join() rejects with it: the client stays DISCONNECTED and nothing was set up. When any other call rejects with it, only that call failed and the client stays in the channel.",
        terminalBasis = Basis.CATALOG,
        rationale = "A closed connection is rebuilt by a new operation; retry with backoff.",
        deprecation = null,
    ),

    /** The sender's track could not be replaced. */
    SENDER_REPLACE_FAILED(
        value = "SENDER_REPLACE_FAILED",
        catalogName = "SENDER_REPLACE_FAILED",
        upstreamName = "SENDER_REPLACE_FAILED",
        summary = "The sender's track could not be replaced.",
        cause = "RTCRtpSender.replaceTrack failed. No code in the 4.24.8 bundles raises it; it is kept in the enum.",
        whenItOccurs =
            listOf(
                "not raised by agora-rtc-sdk-ng 4.24.8",
            ),
        category = Category.MEDIA_NEGOTIATION,
        retryPolicy = RetryPolicy.BACKOFF,
        retryBasis = Basis.CATALOG,
        userMessage = "We could not connect your audio and video. Check your network, or try another browser or device.",
        userMessageKey = "agora.agora_rtc_error_code.SENDER_REPLACE_FAILED",
        remediation =
            listOf(
                "Retry, or unpublish and publish the new track.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
            ),
        since = null,
        retrySchedule = RetrySchedule(1000, 1600, 20000, Jitter.FULL, 5),
        runtimeSignal =
            RuntimeSignal(
                "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                listOf("terminal"),
                listOf(
                    SignalValue("DISCONNECTED", "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."),
                    SignalValue("RECONNECTING", "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."),
                    SignalValue("CONNECTED", "Only the call that rejected failed; the client is still in the channel."),
                ),
                null,
            ),
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "Replacing a track is a local operation that may succeed on retry; the channel connection is not affected.",
        deprecation = null,
    ),

    /** The browser's media capabilities could not be read. */
    GET_LOCAL_CAPABILITIES_FAILED(
        value = "GET_LOCAL_CAPABILITIES_FAILED",
        catalogName = "GET_LOCAL_CAPABILITIES_FAILED",
        upstreamName = "GET_LOCAL_CAPABILITIES_FAILED",
        summary = "The browser's media capabilities could not be read.",
        cause = "The SDK could not read the local RTP capabilities (codecs, extensions) it needs for negotiation. No code in the 4.24.8 bundles raises it; it is kept in the enum.",
        whenItOccurs =
            listOf(
                "not raised by agora-rtc-sdk-ng 4.24.8",
            ),
        category = Category.MEDIA_NEGOTIATION,
        retryPolicy = RetryPolicy.BACKOFF,
        retryBasis = Basis.CATALOG,
        userMessage = "We could not connect your audio and video. Check your network, or try another browser or device.",
        userMessageKey = "agora.agora_rtc_error_code.GET_LOCAL_CAPABILITIES_FAILED",
        remediation =
            listOf(
                "Retry with backoff; if it repeats on one browser, try another.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
            ),
        since = null,
        retrySchedule = RetrySchedule(1000, 1600, 20000, Jitter.FULL, 5),
        runtimeSignal =
            RuntimeSignal(
                "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                listOf("terminal"),
                listOf(
                    SignalValue("DISCONNECTED", "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."),
                    SignalValue("RECONNECTING", "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."),
                    SignalValue("CONNECTED", "Only the call that rejected failed; the client is still in the channel."),
                ),
                null,
            ),
        terminality = Terminality.DEPENDS,
        terminalCondition = "Terminal for the join when join() rejects with it: the client stays DISCONNECTED and nothing was set up. When any other call rejects with it, only that call failed and the client stays in the channel.",
        terminalBasis = Basis.CATALOG,
        rationale = "Likely transient; retry with backoff.",
        deprecation = null,
    ),

    /** The local connection parameters could not be gathered. */
    GET_LOCAL_CONNECTION_PARAMS_FAILED(
        value = "GET_LOCAL_CONNECTION_PARAMS_FAILED",
        catalogName = "GET_LOCAL_CONNECTION_PARAMS_FAILED",
        upstreamName = "GET_LOCAL_CONNECTION_PARAMS_FAILED",
        summary = "The local connection parameters could not be gathered.",
        cause = "Creating the initial offer or gathering ICE parameters for the connection to Agora failed (P2PConnection.connect).",
        whenItOccurs =
            listOf(
                "the browser cannot create the offer",
                "ICE gathering fails on the local network",
            ),
        category = Category.MEDIA_NEGOTIATION,
        retryPolicy = RetryPolicy.BACKOFF,
        retryBasis = Basis.CATALOG,
        userMessage = "We could not connect your audio and video. Check your network, or try another browser or device.",
        userMessageKey = "agora.agora_rtc_error_code.GET_LOCAL_CONNECTION_PARAMS_FAILED",
        remediation =
            listOf(
                "Retry with backoff.",
                "Check browser WebRTC support and local network restrictions.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
                "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs",
            ),
        since = null,
        retrySchedule = RetrySchedule(1000, 1600, 20000, Jitter.FULL, 5),
        runtimeSignal =
            RuntimeSignal(
                "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                listOf("terminal"),
                listOf(
                    SignalValue("DISCONNECTED", "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."),
                    SignalValue("RECONNECTING", "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."),
                    SignalValue("CONNECTED", "Only the call that rejected failed; the client is still in the channel."),
                ),
                null,
            ),
        terminality = Terminality.DEPENDS,
        terminalCondition = "Terminal for the join when join() rejects with it: the client stays DISCONNECTED and nothing was set up. When any other call rejects with it, only that call failed and the client stays in the channel.",
        terminalBasis = Basis.CATALOG,
        rationale = "Usually an environment or transient failure; retry with backoff.",
        deprecation = null,
    ),

    /** Subscribing to a remote user's track failed. */
    SUBSCRIBE_FAILED(
        value = "SUBSCRIBE_FAILED",
        catalogName = "SUBSCRIBE_FAILED",
        upstreamName = "SUBSCRIBE_FAILED",
        summary = "Subscribing to a remote user's track failed.",
        cause = "The gateway refused or failed a subscribe request; the message carries the server's code and description.",
        whenItOccurs =
            listOf(
                "the remote user unpublished while the subscribe was in flight",
                "a server-side failure",
            ),
        category = Category.MEDIA_NEGOTIATION,
        retryPolicy = RetryPolicy.BACKOFF,
        retryBasis = Basis.CATALOG,
        userMessage = "We could not receive another participant's audio or video. Please try again.",
        userMessageKey = "agora.agora_rtc_error_code.SUBSCRIBE_FAILED",
        remediation =
            listOf(
                "Retry subscribe() with backoff if the remote user still publishes (user-published event).",
                "Log the server code in the message.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
                "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs",
            ),
        since = null,
        retrySchedule = RetrySchedule(1000, 1600, 20000, Jitter.FULL, 5),
        runtimeSignal =
            RuntimeSignal(
                "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                listOf("terminal"),
                listOf(
                    SignalValue("DISCONNECTED", "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."),
                    SignalValue("RECONNECTING", "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."),
                    SignalValue("CONNECTED", "Only the call that rejected failed; the client is still in the channel."),
                ),
                null,
            ),
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The subscription is one operation; retry with backoff while the remote user still publishes. The channel connection is not affected.",
        deprecation = null,
    ),

    /** Unsubscribing from a remote user failed. */
    UNSUBSCRIBE_FAILED(
        value = "UNSUBSCRIBE_FAILED",
        catalogName = "UNSUBSCRIBE_FAILED",
        upstreamName = "UNSUBSCRIBE_FAILED",
        summary = "Unsubscribing from a remote user failed.",
        cause = "The request to stop receiving a remote track failed. No code in the 4.24.8 bundles raises it; it is kept in the enum.",
        whenItOccurs =
            listOf(
                "not raised by agora-rtc-sdk-ng 4.24.8",
            ),
        category = Category.MEDIA_NEGOTIATION,
        retryPolicy = RetryPolicy.BACKOFF,
        retryBasis = Basis.CATALOG,
        userMessage = "We could not connect your audio and video. Check your network, or try another browser or device.",
        userMessageKey = "agora.agora_rtc_error_code.UNSUBSCRIBE_FAILED",
        remediation =
            listOf(
                "Retry unsubscribe() with backoff.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
            ),
        since = null,
        retrySchedule = RetrySchedule(1000, 1600, 20000, Jitter.FULL, 5),
        runtimeSignal =
            RuntimeSignal(
                "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                listOf("terminal"),
                listOf(
                    SignalValue("DISCONNECTED", "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."),
                    SignalValue("RECONNECTING", "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."),
                    SignalValue("CONNECTED", "Only the call that rejected failed; the client is still in the channel."),
                ),
                null,
            ),
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "A failed unsubscribe only leaves a stream flowing; retry with backoff.",
        deprecation = null,
    ),

    /** The media connection to the gateway was lost. */
    GATEWAY_P2P_LOST(
        value = "GATEWAY_P2P_LOST",
        catalogName = "GATEWAY_P2P_LOST",
        upstreamName = "GATEWAY_P2P_LOST",
        summary = "The media connection to the gateway was lost.",
        cause = "The peer connection between the client and Agora's gateway dropped. No code in the 4.24.8 bundles raises it; it is kept in the enum.",
        whenItOccurs =
            listOf(
                "not raised by agora-rtc-sdk-ng 4.24.8",
            ),
        category = Category.NETWORK,
        retryPolicy = RetryPolicy.AUTOMATIC,
        retryBasis = Basis.CATALOG,
        userMessage = "The connection to the call was interrupted. Check your internet connection and try again.",
        userMessageKey = "agora.agora_rtc_error_code.GATEWAY_P2P_LOST",
        remediation =
            listOf(
                "Wait for the SDK to reconnect; act only if the connection state becomes DISCONNECTED.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
            ),
        since = null,
        retrySchedule = RetrySchedule(1000, 1600, 120000, Jitter.EQUAL, 10),
        runtimeSignal =
            RuntimeSignal(
                "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                listOf("terminal"),
                listOf(
                    SignalValue("DISCONNECTED", "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."),
                    SignalValue("RECONNECTING", "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."),
                    SignalValue("CONNECTED", "Only the call that rejected failed; the client is still in the channel."),
                ),
                null,
            ),
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The SDK reconnects media by itself while the client is connected; the app waits for a connection-state change.",
        deprecation = null,
    ),

    /** No ICE candidate was gathered. */
    NO_ICE_CANDIDATE(
        value = "NO_ICE_CANDIDATE",
        catalogName = "NO_ICE_CANDIDATE",
        upstreamName = "NO_ICE_CANDIDATE",
        summary = "No ICE candidate was gathered.",
        cause = "The browser gathered no usable ICE candidate. No code in the 4.24.8 bundles raises it; it is kept in the enum.",
        whenItOccurs =
            listOf(
                "WebRTC blocked by a browser policy or extension",
                "no network interface available",
            ),
        category = Category.MEDIA_NEGOTIATION,
        retryPolicy = RetryPolicy.USER_ACTION,
        retryBasis = Basis.CATALOG,
        userMessage = "We could not connect your audio and video. Check your network, or try another browser or device.",
        userMessageKey = "agora.agora_rtc_error_code.NO_ICE_CANDIDATE",
        remediation =
            listOf(
                "Check browser policies and extensions that restrict WebRTC IP handling.",
                "Configure the cloud proxy or TURN.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal =
            RuntimeSignal(
                "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                listOf("terminal"),
                listOf(
                    SignalValue("DISCONNECTED", "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."),
                    SignalValue("RECONNECTING", "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."),
                    SignalValue("CONNECTED", "Only the call that rejected failed; the client is still in the channel."),
                ),
                null,
            ),
        terminality = Terminality.DEPENDS,
        terminalCondition = "Terminal for the join when join() rejects with it: the client stays DISCONNECTED and nothing was set up. When any other call rejects with it, only that call failed and the client stays in the channel.",
        terminalBasis = Basis.CATALOG,
        rationale = "Without candidates no media path exists; the user's environment must change first.",
        deprecation = null,
    ),

    /** Only one video track can be published at a time. */
    CAN_NOT_PUBLISH_MULTIPLE_VIDEO_TRACKS(
        value = "CAN_NOT_PUBLISH_MULTIPLE_VIDEO_TRACKS",
        catalogName = "CAN_NOT_PUBLISH_MULTIPLE_VIDEO_TRACKS",
        upstreamName = "CAN_NOT_PUBLISH_MULTIPLE_VIDEO_TRACKS",
        summary = "Only one video track can be published at a time.",
        cause = "publish() was given a second video track while one is already published by this client.",
        whenItOccurs =
            listOf(
                "publishing a camera track and a screen track from one client",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        userMessageKey = "agora.agora_rtc_error_code.CAN_NOT_PUBLISH_MULTIPLE_VIDEO_TRACKS",
        remediation =
            listOf(
                "Unpublish the current video track first, or publish the second one from another client (for example a separate screen-sharing client).",
            ),
        causes = listOf(),
        references =
            listOf(
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
                "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal =
            RuntimeSignal(
                "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                listOf("terminal"),
                listOf(
                    SignalValue("DISCONNECTED", "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."),
                    SignalValue("RECONNECTING", "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."),
                    SignalValue("CONNECTED", "Only the call that rejected failed; the client is still in the channel."),
                ),
                null,
            ),
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The SDK allows one video track per client; the same call fails again. The channel connection is not affected.",
        deprecation = null,
    ),

    /** A disabled video track is already published. */
    EXIST_DISABLED_VIDEO_TRACK(
        value = "EXIST_DISABLED_VIDEO_TRACK",
        catalogName = "EXIST_DISABLED_VIDEO_TRACK",
        upstreamName = "EXIST_DISABLED_VIDEO_TRACK",
        summary = "A disabled video track is already published.",
        cause = "Publishing a video track failed because a disabled video track is still published. No code in the 4.24.8 bundles raises it; it is kept in the enum.",
        whenItOccurs =
            listOf(
                "not raised by agora-rtc-sdk-ng 4.24.8",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        userMessageKey = "agora.agora_rtc_error_code.EXIST_DISABLED_VIDEO_TRACK",
        remediation =
            listOf(
                "Unpublish or enable the existing video track first.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal =
            RuntimeSignal(
                "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                listOf("terminal"),
                listOf(
                    SignalValue("DISCONNECTED", "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."),
                    SignalValue("RECONNECTING", "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."),
                    SignalValue("CONNECTED", "Only the call that rejected failed; the client is still in the channel."),
                ),
                null,
            ),
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The call conflicts with the client's state; repeating it fails again. The channel connection is not affected.",
        deprecation = null,
    ),

    /** The remote user is not in the channel. */
    INVALID_REMOTE_USER(
        value = "INVALID_REMOTE_USER",
        catalogName = "INVALID_REMOTE_USER",
        upstreamName = "INVALID_REMOTE_USER",
        summary = "The remote user is not in the channel.",
        cause = "subscribe() or a similar call named a remote user who is not (or no longer) in the channel.",
        whenItOccurs =
            listOf(
                "subscribing to a user who just left",
                "passing a stale IAgoraRTCRemoteUser object",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "This participant is no longer in the call.",
        userMessageKey = "agora.agora_rtc_error_code.INVALID_REMOTE_USER",
        remediation =
            listOf(
                "Subscribe only in response to user-published, and drop users on user-left.",
                "Use client.remoteUsers for the current list.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
                "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal =
            RuntimeSignal(
                "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                listOf("terminal"),
                listOf(
                    SignalValue("DISCONNECTED", "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."),
                    SignalValue("RECONNECTING", "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."),
                    SignalValue("CONNECTED", "Only the call that rejected failed; the client is still in the channel."),
                ),
                null,
            ),
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The user is gone; retrying the same call fails again. The channel connection is not affected.",
        deprecation = null,
    ),

    /** The remote user has not published the requested media. */
    REMOTE_USER_IS_NOT_PUBLISHED(
        value = "REMOTE_USER_IS_NOT_PUBLISHED",
        catalogName = "REMOTE_USER_IS_NOT_PUBLISHED",
        upstreamName = "REMOTE_USER_IS_NOT_PUBLISHED",
        summary = "The remote user has not published the requested media.",
        cause = "subscribe() asked for audio or video that the remote user is not publishing.",
        whenItOccurs =
            listOf(
                "subscribing to video of a user who only publishes audio",
                "subscribing before user-published",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "This participant is not sharing audio or video right now.",
        userMessageKey = "agora.agora_rtc_error_code.REMOTE_USER_IS_NOT_PUBLISHED",
        remediation =
            listOf(
                "Subscribe in the user-published handler, using its mediaType.",
                "Check user.hasAudio / user.hasVideo before subscribing.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
                "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal =
            RuntimeSignal(
                "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                listOf("terminal"),
                listOf(
                    SignalValue("DISCONNECTED", "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."),
                    SignalValue("RECONNECTING", "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."),
                    SignalValue("CONNECTED", "Only the call that rejected failed; the client is still in the channel."),
                ),
                null,
            ),
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "Nothing can be received until the user publishes; wait for user-published instead of retrying. The channel connection is not affected.",
        deprecation = null,
    ),

    /** A custom report could not be sent. */
    CUSTOM_REPORT_SEND_FAILED(
        value = "CUSTOM_REPORT_SEND_FAILED",
        catalogName = "CUSTOM_REPORT_SEND_FAILED",
        upstreamName = "CUSTOM_REPORT_SEND_FAILED",
        summary = "A custom report could not be sent.",
        cause = "sendCustomReportMessage() failed to post the report to Agora's statistics collector; the message carries the underlying error.",
        whenItOccurs =
            listOf(
                "the statistics collector is unreachable",
            ),
        category = Category.NETWORK,
        retryPolicy = RetryPolicy.BACKOFF,
        retryBasis = Basis.CATALOG,
        userMessage = "Some call features are not working right now. Please try again.",
        userMessageKey = "agora.agora_rtc_error_code.CUSTOM_REPORT_SEND_FAILED",
        remediation =
            listOf(
                "Retry later; reports are not needed for the call itself.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
                "@agora-js/report@4.24.8 AgoraRTC_N-report.esm.mjs",
            ),
        since = null,
        retrySchedule = RetrySchedule(1000, 1600, 20000, Jitter.FULL, 5),
        runtimeSignal =
            RuntimeSignal(
                "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                listOf("terminal"),
                listOf(
                    SignalValue("DISCONNECTED", "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."),
                    SignalValue("RECONNECTING", "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."),
                    SignalValue("CONNECTED", "Only the call that rejected failed; the client is still in the channel."),
                ),
                null,
            ),
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "Reports are auxiliary and may go through later; retry with backoff. The channel connection is not affected.",
        deprecation = null,
    ),

    /** Custom reports are sent too often. */
    CUSTOM_REPORT_FREQUENCY_TOO_HIGH(
        value = "CUSTOM_REPORT_FREQUENCY_TOO_HIGH",
        catalogName = "CUSTOM_REPORT_FREQUENCY_TOO_HIGH",
        upstreamName = "CUSTOM_REPORT_FREQUENCY_TOO_HIGH",
        summary = "Custom reports are sent too often.",
        cause = "sendCustomReportMessage() was called with more messages than the SDK's limit (CUSTOM_REPORT_LIMIT) within its 5-second window.",
        whenItOccurs =
            listOf(
                "sending custom reports in a loop",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.BACKOFF,
        retryBasis = Basis.CATALOG,
        userMessage = "Some call features are not working right now. Please try again.",
        userMessageKey = "agora.agora_rtc_error_code.CUSTOM_REPORT_FREQUENCY_TOO_HIGH",
        remediation =
            listOf(
                "Send fewer custom reports; batch them.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
                "@agora-js/report@4.24.8 AgoraRTC_N-report.esm.mjs",
            ),
        since = null,
        retrySchedule = RetrySchedule(1000, 1600, 20000, Jitter.FULL, 5),
        runtimeSignal =
            RuntimeSignal(
                "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                listOf("terminal"),
                listOf(
                    SignalValue("DISCONNECTED", "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."),
                    SignalValue("RECONNECTING", "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."),
                    SignalValue("CONNECTED", "Only the call that rejected failed; the client is still in the channel."),
                ),
                null,
            ),
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "A rate limit: the same report succeeds after the window resets. The channel connection is not affected.",
        deprecation = null,
    ),

    /** The audio file could not be downloaded. */
    FETCH_AUDIO_FILE_FAILED(
        value = "FETCH_AUDIO_FILE_FAILED",
        catalogName = "FETCH_AUDIO_FILE_FAILED",
        upstreamName = "FETCH_AUDIO_FILE_FAILED",
        summary = "The audio file could not be downloaded.",
        cause = "createBufferSourceAudioTrack() could not fetch the audio file from the given URL.",
        whenItOccurs =
            listOf(
                "a wrong URL",
                "a server without CORS headers for the page's origin",
                "the network is down",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "The audio file could not be loaded.",
        userMessageKey = "agora.agora_rtc_error_code.FETCH_AUDIO_FILE_FAILED",
        remediation =
            listOf(
                "Check the URL and that its server sends CORS headers for the app's origin.",
            ),
        causes =
            listOf(
                "wrong URL",
                "missing CORS headers",
                "network outage",
            ),
        references =
            listOf(
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
                "@agora-js/media@4.24.8 AgoraRTC_N-media.esm.mjs",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal =
            RuntimeSignal(
                "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                listOf("terminal"),
                listOf(
                    SignalValue("DISCONNECTED", "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."),
                    SignalValue("RECONNECTING", "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."),
                    SignalValue("CONNECTED", "Only the call that rejected failed; the client is still in the channel."),
                ),
                null,
            ),
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "A wrong URL or missing CORS header fails every time; a network outage is the exception. The channel connection is not affected.",
        deprecation = null,
    ),

    /** The local audio file could not be read. */
    READ_LOCAL_AUDIO_FILE_ERROR(
        value = "READ_LOCAL_AUDIO_FILE_ERROR",
        catalogName = "READ_LOCAL_AUDIO_FILE_ERROR",
        upstreamName = "READ_LOCAL_AUDIO_FILE_ERROR",
        summary = "The local audio file could not be read.",
        cause = "The FileReader failed to read the File or Blob given to createBufferSourceAudioTrack().",
        whenItOccurs =
            listOf(
                "the file was removed or is not readable",
            ),
        category = Category.USER_INPUT,
        retryPolicy = RetryPolicy.USER_ACTION,
        retryBasis = Basis.CATALOG,
        userMessage = "This audio file could not be read. Please choose another file.",
        userMessageKey = "agora.agora_rtc_error_code.READ_LOCAL_AUDIO_FILE_ERROR",
        remediation =
            listOf(
                "Ask the user to choose the file again.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
                "@agora-js/media@4.24.8 AgoraRTC_N-media.esm.mjs",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal =
            RuntimeSignal(
                "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                listOf("terminal"),
                listOf(
                    SignalValue("DISCONNECTED", "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."),
                    SignalValue("RECONNECTING", "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."),
                    SignalValue("CONNECTED", "Only the call that rejected failed; the client is still in the channel."),
                ),
                null,
            ),
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The user must pick a readable file. The channel connection is not affected.",
        deprecation = null,
    ),

    /** The audio file could not be decoded. */
    DECODE_AUDIO_FILE_FAILED(
        value = "DECODE_AUDIO_FILE_FAILED",
        catalogName = "DECODE_AUDIO_FILE_FAILED",
        upstreamName = "DECODE_AUDIO_FILE_FAILED",
        summary = "The audio file could not be decoded.",
        cause = "The Web Audio API failed to decode the audio data given to createBufferSourceAudioTrack().",
        whenItOccurs =
            listOf(
                "an unsupported or corrupt audio format",
            ),
        category = Category.USER_INPUT,
        retryPolicy = RetryPolicy.USER_ACTION,
        retryBasis = Basis.CATALOG,
        userMessage = "This audio file format is not supported. Please choose another file.",
        userMessageKey = "agora.agora_rtc_error_code.DECODE_AUDIO_FILE_FAILED",
        remediation =
            listOf(
                "Use a format the browser decodes (MP3, AAC, WAV, Ogg/Opus where supported).",
            ),
        causes = listOf(),
        references =
            listOf(
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
                "@agora-js/media@4.24.8 AgoraRTC_N-media.esm.mjs",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal =
            RuntimeSignal(
                "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                listOf("terminal"),
                listOf(
                    SignalValue("DISCONNECTED", "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."),
                    SignalValue("RECONNECTING", "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."),
                    SignalValue("CONNECTED", "Only the call that rejected failed; the client is still in the channel."),
                ),
                null,
            ),
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The same file fails again; another file or format is needed. The channel connection is not affected.",
        deprecation = null,
    ),

    /** The WebSocket operation was aborted. */
    WS_ABORT(
        value = "WS_ABORT",
        catalogName = "WS_ABORT",
        upstreamName = "WS_ABORT",
        summary = "The WebSocket operation was aborted.",
        cause = "A request on the signalling WebSocket was abandoned because the socket closed or was not ready, or the choice of the best WebSocket was aborted (for example by leave()).",
        whenItOccurs =
            listOf(
                "leave() during join()",
                "a request sent while the socket is reconnecting",
            ),
        category = Category.NETWORK,
        retryPolicy = RetryPolicy.AUTOMATIC,
        retryBasis = Basis.CATALOG,
        userMessage = "The connection to the call was interrupted. Check your internet connection and try again.",
        userMessageKey = "agora.agora_rtc_error_code.WS_ABORT",
        remediation =
            listOf(
                "Wait for the connection-state-change event; rejoin only after DISCONNECTED with a reason that allows it.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
                "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs",
            ),
        since = null,
        retrySchedule = RetrySchedule(1000, 1600, 120000, Jitter.EQUAL, 10),
        runtimeSignal =
            RuntimeSignal(
                "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                listOf("terminal"),
                listOf(
                    SignalValue("DISCONNECTED", "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."),
                    SignalValue("RECONNECTING", "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."),
                    SignalValue("CONNECTED", "Only the call that rejected failed; the client is still in the channel."),
                ),
                null,
            ),
        terminality = Terminality.DEPENDS,
        terminalCondition = "Terminal for the join when join() rejects with it: the client stays DISCONNECTED and nothing was set up. When any other call rejects with it, only that call failed and the client stays in the channel.",
        terminalBasis = Basis.CATALOG,
        rationale = "While the client is connected the SDK reconnects the signalling socket by itself; the app only acts if the connection state becomes DISCONNECTED.",
        deprecation = null,
    ),

    /** The signalling WebSocket disconnected. */
    WS_DISCONNECT(
        value = "WS_DISCONNECT",
        catalogName = "WS_DISCONNECT",
        upstreamName = "WS_DISCONNECT",
        summary = "The signalling WebSocket disconnected.",
        cause = "The WebSocket to Agora's gateway closed (the message carries the close code), or its reconnection failed.",
        whenItOccurs =
            listOf(
                "network loss or change",
                "the gateway closes the socket",
            ),
        category = Category.NETWORK,
        retryPolicy = RetryPolicy.AUTOMATIC,
        retryBasis = Basis.CATALOG,
        userMessage = "The connection to the call was interrupted. Check your internet connection and try again.",
        userMessageKey = "agora.agora_rtc_error_code.WS_DISCONNECT",
        remediation =
            listOf(
                "Wait for the SDK to reconnect; handle the disconnect reason if the state becomes DISCONNECTED.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
                "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs",
            ),
        since = null,
        retrySchedule = RetrySchedule(1000, 1600, 120000, Jitter.EQUAL, 10),
        runtimeSignal =
            RuntimeSignal(
                "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                listOf("terminal"),
                listOf(
                    SignalValue("DISCONNECTED", "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."),
                    SignalValue("RECONNECTING", "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."),
                    SignalValue("CONNECTED", "Only the call that rejected failed; the client is still in the channel."),
                ),
                null,
            ),
        terminality = Terminality.DEPENDS,
        terminalCondition = "Terminal for the join when join() rejects with it: the client stays DISCONNECTED and nothing was set up. When any other call rejects with it, only that call failed and the client stays in the channel.",
        terminalBasis = Basis.CATALOG,
        rationale = "The SDK reconnects the signalling socket by itself (connection state RECONNECTING); only a final DISCONNECTED needs the app.",
        deprecation = null,
    ),

    /** The signalling WebSocket failed. */
    WS_ERR(
        value = "WS_ERR",
        catalogName = "WS_ERR",
        upstreamName = "WS_ERR",
        summary = "The signalling WebSocket failed.",
        cause = "The WebSocket could not be created or a message could not be sent on it.",
        whenItOccurs =
            listOf(
                "the browser refuses the WebSocket URL",
                "a proxy blocks WebSocket traffic",
            ),
        category = Category.NETWORK,
        retryPolicy = RetryPolicy.AUTOMATIC,
        retryBasis = Basis.CATALOG,
        userMessage = "The connection to the call was interrupted. Check your internet connection and try again.",
        userMessageKey = "agora.agora_rtc_error_code.WS_ERR",
        remediation =
            listOf(
                "Check that WebSockets to Agora's domains are allowed by the network; consider the cloud proxy.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
                "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs",
            ),
        since = null,
        retrySchedule = RetrySchedule(1000, 1600, 120000, Jitter.EQUAL, 10),
        runtimeSignal =
            RuntimeSignal(
                "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                listOf("terminal"),
                listOf(
                    SignalValue("DISCONNECTED", "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."),
                    SignalValue("RECONNECTING", "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."),
                    SignalValue("CONNECTED", "Only the call that rejected failed; the client is still in the channel."),
                ),
                null,
            ),
        terminality = Terminality.DEPENDS,
        terminalCondition = "Terminal for the join when join() rejects with it: the client stays DISCONNECTED and nothing was set up. When any other call rejects with it, only that call failed and the client stays in the channel.",
        terminalBasis = Basis.CATALOG,
        rationale = "Socket errors feed the SDK's reconnect logic; the app acts only on a final DISCONNECTED.",
        deprecation = null,
    ),

    /** An external signalling request was aborted. */
    EXTERNAL_SIGNAL_ABORT(
        value = "EXTERNAL_SIGNAL_ABORT",
        catalogName = "EXTERNAL_SIGNAL_ABORT",
        upstreamName = "EXTERNAL_SIGNAL_ABORT",
        summary = "An external signalling request was aborted.",
        cause = "A request on the external (P2P) signalling channel was abandoned before an answer arrived; the message names its type and request ID.",
        whenItOccurs =
            listOf(
                "the connection closes while the request is pending",
            ),
        category = Category.NETWORK,
        retryPolicy = RetryPolicy.BACKOFF,
        retryBasis = Basis.CATALOG,
        userMessage = "The connection to the call was interrupted. Check your internet connection and try again.",
        userMessageKey = "agora.agora_rtc_error_code.EXTERNAL_SIGNAL_ABORT",
        remediation =
            listOf(
                "Retry with backoff.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
                "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs",
            ),
        since = null,
        retrySchedule = RetrySchedule(1000, 1600, 20000, Jitter.FULL, 5),
        runtimeSignal =
            RuntimeSignal(
                "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                listOf("terminal"),
                listOf(
                    SignalValue("DISCONNECTED", "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."),
                    SignalValue("RECONNECTING", "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."),
                    SignalValue("CONNECTED", "Only the call that rejected failed; the client is still in the channel."),
                ),
                null,
            ),
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "Transient: retry the operation after a delay. The channel connection is not affected.",
        deprecation = null,
    ),

    /** A live-streaming task for this URL already exists. */
    LIVE_STREAMING_TASK_CONFLICT(
        value = "LIVE_STREAMING_TASK_CONFLICT",
        catalogName = "LIVE_STREAMING_TASK_CONFLICT",
        upstreamName = "LIVE_STREAMING_TASK_CONFLICT",
        summary = "A live-streaming task for this URL already exists.",
        cause = "startLiveStreaming() was called with a URL that already has a task.",
        whenItOccurs =
            listOf(
                "starting the same CDN URL twice",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "The live stream could not be started or updated. Please try again later.",
        userMessageKey = "agora.agora_rtc_error_code.LIVE_STREAMING_TASK_CONFLICT",
        remediation =
            listOf(
                "Stop the existing task (stopLiveStreaming) before starting it again, or use another URL.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
                "agora-rtc-sdk-ng@4.24.8 rtc-sdk_en.d.ts",
                "agora-rtc-sdk-ng@4.24.8 services/live-streaming/index.js",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal =
            RuntimeSignal(
                "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                listOf("terminal"),
                listOf(
                    SignalValue("DISCONNECTED", "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."),
                    SignalValue("RECONNECTING", "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."),
                    SignalValue("CONNECTED", "Only the call that rejected failed; the client is still in the channel."),
                ),
                null,
            ),
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The same URL keeps conflicting until the first task stops. The channel connection is not affected.",
        deprecation = null,
    ),

    /** A live-streaming argument is invalid. */
    LIVE_STREAMING_INVALID_ARGUMENT(
        value = "LIVE_STREAMING_INVALID_ARGUMENT",
        catalogName = "LIVE_STREAMING_INVALID_ARGUMENT",
        upstreamName = "LIVE_STREAMING_INVALID_ARGUMENT",
        summary = "A live-streaming argument is invalid.",
        cause = "The CDN streaming service refused the URL or transcoding settings. The SDK's d.ts documents it as: \"Invalid argument.\"",
        whenItOccurs =
            listOf(
                "a malformed RTMP URL",
                "invalid transcoding layout",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "The live stream could not be started or updated. Please try again later.",
        userMessageKey = "agora.agora_rtc_error_code.LIVE_STREAMING_INVALID_ARGUMENT",
        remediation =
            listOf(
                "Check the RTMP URL and the LiveStreamingTranscodingConfig values.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
                "agora-rtc-sdk-ng@4.24.8 rtc-sdk_en.d.ts",
                "agora-rtc-sdk-ng@4.24.8 services/live-streaming/index.js",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal =
            RuntimeSignal(
                "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                listOf("terminal"),
                listOf(
                    SignalValue("DISCONNECTED", "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."),
                    SignalValue("RECONNECTING", "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."),
                    SignalValue("CONNECTED", "Only the call that rejected failed; the client is still in the channel."),
                ),
                null,
            ),
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The same arguments are refused again. The channel connection is not affected.",
        deprecation = null,
    ),

    /** Agora's streaming server failed. */
    LIVE_STREAMING_INTERNAL_SERVER_ERROR(
        value = "LIVE_STREAMING_INTERNAL_SERVER_ERROR",
        catalogName = "LIVE_STREAMING_INTERNAL_SERVER_ERROR",
        upstreamName = "LIVE_STREAMING_INTERNAL_SERVER_ERROR",
        summary = "Agora's streaming server failed.",
        cause = "The CDN streaming service reported an internal error, or its worker was missing. The SDK's d.ts documents it as: \"An error occurs in Agora's streaming server.\"",
        whenItOccurs =
            listOf(
                "a fault in Agora's streaming service",
            ),
        category = Category.SERVICE_FAULT,
        retryPolicy = RetryPolicy.BACKOFF,
        retryBasis = Basis.CATALOG,
        userMessage = "The live stream could not be started or updated. Please try again later.",
        userMessageKey = "agora.agora_rtc_error_code.LIVE_STREAMING_INTERNAL_SERVER_ERROR",
        remediation =
            listOf(
                "Retry startLiveStreaming() with backoff; report repeated failures to Agora.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
                "agora-rtc-sdk-ng@4.24.8 rtc-sdk_en.d.ts",
                "agora-rtc-sdk-ng@4.24.8 services/live-streaming/index.js",
            ),
        since = null,
        retrySchedule = RetrySchedule(1000, 1600, 20000, Jitter.FULL, 5),
        runtimeSignal =
            RuntimeSignal(
                "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                listOf("terminal"),
                listOf(
                    SignalValue("DISCONNECTED", "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."),
                    SignalValue("RECONNECTING", "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."),
                    SignalValue("CONNECTED", "Only the call that rejected failed; the client is still in the channel."),
                ),
                null,
            ),
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "A server fault; the SDK itself marks some of these retryable. The channel connection is not affected.",
        deprecation = null,
    ),

    /** The streaming URL is already in use. */
    LIVE_STREAMING_PUBLISH_STREAM_NOT_AUTHORIZED(
        value = "LIVE_STREAMING_PUBLISH_STREAM_NOT_AUTHORIZED",
        catalogName = "LIVE_STREAMING_PUBLISH_STREAM_NOT_AUTHORIZED",
        upstreamName = "LIVE_STREAMING_PUBLISH_STREAM_NOT_AUTHORIZED",
        summary = "The streaming URL is already in use.",
        cause = "The CDN refused the push because another stream already uses the URL. The SDK's d.ts documents it as: \"The URL is occupied.\"",
        whenItOccurs =
            listOf(
                "two sources push to one RTMP URL",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "The live stream could not be started or updated. Please try again later.",
        userMessageKey = "agora.agora_rtc_error_code.LIVE_STREAMING_PUBLISH_STREAM_NOT_AUTHORIZED",
        remediation =
            listOf(
                "Use a free URL or stop the other stream.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
                "agora-rtc-sdk-ng@4.24.8 rtc-sdk_en.d.ts",
                "agora-rtc-sdk-ng@4.24.8 services/live-streaming/index.js",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal =
            RuntimeSignal(
                "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                listOf("terminal"),
                listOf(
                    SignalValue("DISCONNECTED", "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."),
                    SignalValue("RECONNECTING", "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."),
                    SignalValue("CONNECTED", "Only the call that rejected failed; the client is still in the channel."),
                ),
                null,
            ),
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The URL stays occupied until the other stream stops. The channel connection is not affected.",
        deprecation = null,
    ),

    /** Transcoding settings were given without transcoding enabled. */
    LIVE_STREAMING_TRANSCODING_NOT_SUPPORTED(
        value = "LIVE_STREAMING_TRANSCODING_NOT_SUPPORTED",
        catalogName = "LIVE_STREAMING_TRANSCODING_NOT_SUPPORTED",
        upstreamName = "LIVE_STREAMING_TRANSCODING_NOT_SUPPORTED",
        summary = "Transcoding settings were given without transcoding enabled.",
        cause = "setLiveTranscoding() was used for a task started without transcoding. The SDK's d.ts documents it as: \"Sets the transcoding parameters when the transcoding is not enabled.\"",
        whenItOccurs =
            listOf(
                "calling setLiveTranscoding() on a non-transcoded task",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "The live stream could not be started or updated. Please try again later.",
        userMessageKey = "agora.agora_rtc_error_code.LIVE_STREAMING_TRANSCODING_NOT_SUPPORTED",
        remediation =
            listOf(
                "Start the task with transcoding enabled, or drop the transcoding call.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
                "agora-rtc-sdk-ng@4.24.8 rtc-sdk_en.d.ts",
                "agora-rtc-sdk-ng@4.24.8 services/live-streaming/index.js",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal =
            RuntimeSignal(
                "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                listOf("terminal"),
                listOf(
                    SignalValue("DISCONNECTED", "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."),
                    SignalValue("RECONNECTING", "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."),
                    SignalValue("CONNECTED", "Only the call that rejected failed; the client is still in the channel."),
                ),
                null,
            ),
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The call conflicts with how the task was started. The channel connection is not affected.",
        deprecation = null,
    ),

    /** The CDN failed. */
    LIVE_STREAMING_CDN_ERROR(
        value = "LIVE_STREAMING_CDN_ERROR",
        catalogName = "LIVE_STREAMING_CDN_ERROR",
        upstreamName = "LIVE_STREAMING_CDN_ERROR",
        summary = "The CDN failed.",
        cause = "The CDN receiving the stream reported an error. The SDK's d.ts documents it as: \"An error occurs in the CDN.\"",
        whenItOccurs =
            listOf(
                "the CDN rejects or drops the stream",
            ),
        category = Category.SERVICE_FAULT,
        retryPolicy = RetryPolicy.BACKOFF,
        retryBasis = Basis.CATALOG,
        userMessage = "The live stream could not be started or updated. Please try again later.",
        userMessageKey = "agora.agora_rtc_error_code.LIVE_STREAMING_CDN_ERROR",
        remediation =
            listOf(
                "Retry with backoff; check the CDN's status and credentials.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
                "agora-rtc-sdk-ng@4.24.8 rtc-sdk_en.d.ts",
                "agora-rtc-sdk-ng@4.24.8 services/live-streaming/index.js",
            ),
        since = null,
        retrySchedule = RetrySchedule(1000, 1600, 20000, Jitter.FULL, 5),
        runtimeSignal =
            RuntimeSignal(
                "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                listOf("terminal"),
                listOf(
                    SignalValue("DISCONNECTED", "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."),
                    SignalValue("RECONNECTING", "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."),
                    SignalValue("CONNECTED", "Only the call that rejected failed; the client is still in the channel."),
                ),
                null,
            ),
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "A third-party fault, often transient. The channel connection is not affected.",
        deprecation = null,
    ),

    /** The stream to push is missing or unusable. */
    LIVE_STREAMING_INVALID_RAW_STREAM(
        value = "LIVE_STREAMING_INVALID_RAW_STREAM",
        catalogName = "LIVE_STREAMING_INVALID_RAW_STREAM",
        upstreamName = "LIVE_STREAMING_INVALID_RAW_STREAM",
        summary = "The stream to push is missing or unusable.",
        cause = "Raw (non-transcoded) streaming found no stream to push, or the stream is not H.264, or the CDN timed out waiting for it. The SDK's d.ts documents it as: \"Timeout for the CDN live streaming. Please check your media stream.\"",
        whenItOccurs =
            listOf(
                "raw streaming with a VP8 client",
                "no published stream",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "The live stream could not be started or updated. Please try again later.",
        userMessageKey = "agora.agora_rtc_error_code.LIVE_STREAMING_INVALID_RAW_STREAM",
        remediation =
            listOf(
                "Publish a stream before starting, and use codec h264 for raw streaming.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
                "agora-rtc-sdk-ng@4.24.8 rtc-sdk_en.d.ts",
                "agora-rtc-sdk-ng@4.24.8 services/live-streaming/index.js",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal =
            RuntimeSignal(
                "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                listOf("terminal"),
                listOf(
                    SignalValue("DISCONNECTED", "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."),
                    SignalValue("RECONNECTING", "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."),
                    SignalValue("CONNECTED", "Only the call that rejected failed; the client is still in the channel."),
                ),
                null,
            ),
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The stream itself must change. The channel connection is not affected.",
        deprecation = null,
    ),

    /** Too many streaming URLs. */
    LIVE_STREAMING_WARN_STREAM_NUM_REACH_LIMIT(
        value = "LIVE_STREAMING_WARN_STREAM_NUM_REACH_LIMIT",
        catalogName = "LIVE_STREAMING_WARN_STREAM_NUM_REACH_LIMIT",
        upstreamName = "LIVE_STREAMING_WARN_STREAM_NUM_REACH_LIMIT",
        summary = "Too many streaming URLs.",
        cause = "The client pushes to more URLs than the service allows (10, per the d.ts). The SDK's d.ts documents it as: \"Pushes stremas to more than 10 URLs.\"",
        whenItOccurs =
            listOf(
                "adding an eleventh URL",
            ),
        category = Category.CAPACITY,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "The live stream could not be started or updated. Please try again later.",
        userMessageKey = "agora.agora_rtc_error_code.LIVE_STREAMING_WARN_STREAM_NUM_REACH_LIMIT",
        remediation =
            listOf(
                "Stop a task before adding another; keep to 10 URLs.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
                "agora-rtc-sdk-ng@4.24.8 rtc-sdk_en.d.ts",
                "agora-rtc-sdk-ng@4.24.8 services/live-streaming/index.js",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal =
            RuntimeSignal(
                "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                listOf("terminal"),
                listOf(
                    SignalValue("DISCONNECTED", "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."),
                    SignalValue("RECONNECTING", "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."),
                    SignalValue("CONNECTED", "Only the call that rejected failed; the client is still in the channel."),
                ),
                null,
            ),
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "A fixed limit; another URL fails the same way until one stops. The channel connection is not affected.",
        deprecation = null,
    ),

    /** A transcoding image could not be loaded. */
    LIVE_STREAMING_WARN_FAILED_LOAD_IMAGE(
        value = "LIVE_STREAMING_WARN_FAILED_LOAD_IMAGE",
        catalogName = "LIVE_STREAMING_WARN_FAILED_LOAD_IMAGE",
        upstreamName = "LIVE_STREAMING_WARN_FAILED_LOAD_IMAGE",
        summary = "A transcoding image could not be loaded.",
        cause = "The streaming service could not fetch the watermark or background image of the transcoding layout. The SDK's d.ts documents it as: \"Fails to load the background image or watermark image.\"",
        whenItOccurs =
            listOf(
                "a wrong or unreachable image URL",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "The live stream is running without its image.",
        userMessageKey = "agora.agora_rtc_error_code.LIVE_STREAMING_WARN_FAILED_LOAD_IMAGE",
        remediation =
            listOf(
                "Check the image URL is public and reachable.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
                "agora-rtc-sdk-ng@4.24.8 rtc-sdk_en.d.ts",
                "agora-rtc-sdk-ng@4.24.8 services/live-streaming/index.js",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal =
            RuntimeSignal(
                "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                listOf("terminal"),
                listOf(
                    SignalValue("DISCONNECTED", "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."),
                    SignalValue("RECONNECTING", "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."),
                    SignalValue("CONNECTED", "Only the call that rejected failed; the client is still in the channel."),
                ),
                null,
            ),
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "A warning: the stream goes on without the image. The channel connection is not affected.",
        deprecation = null,
    ),

    /** Streaming requests are too frequent. */
    LIVE_STREAMING_WARN_FREQUENT_REQUEST(
        value = "LIVE_STREAMING_WARN_FREQUENT_REQUEST",
        catalogName = "LIVE_STREAMING_WARN_FREQUENT_REQUEST",
        upstreamName = "LIVE_STREAMING_WARN_FREQUENT_REQUEST",
        summary = "Streaming requests are too frequent.",
        cause = "The app starts, stops or updates streaming tasks too often. The SDK's d.ts documents it as: \"Pushes stremas to the CDN too frequently.\"",
        whenItOccurs =
            listOf(
                "updating transcoding in a tight loop",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.BACKOFF,
        retryBasis = Basis.CATALOG,
        userMessage = "The live stream could not be started or updated. Please try again later.",
        userMessageKey = "agora.agora_rtc_error_code.LIVE_STREAMING_WARN_FREQUENT_REQUEST",
        remediation =
            listOf(
                "Throttle streaming calls.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
                "agora-rtc-sdk-ng@4.24.8 rtc-sdk_en.d.ts",
                "agora-rtc-sdk-ng@4.24.8 services/live-streaming/index.js",
            ),
        since = null,
        retrySchedule = RetrySchedule(1000, 1600, 20000, Jitter.FULL, 5),
        runtimeSignal =
            RuntimeSignal(
                "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                listOf("terminal"),
                listOf(
                    SignalValue("DISCONNECTED", "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."),
                    SignalValue("RECONNECTING", "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."),
                    SignalValue("CONNECTED", "Only the call that rejected failed; the client is still in the channel."),
                ),
                null,
            ),
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "A rate limit: the request succeeds after a pause. The channel connection is not affected.",
        deprecation = null,
    ),

    /** A WebGL error occurred. */
    WEBGL_INTERNAL_ERROR(
        value = "WEBGL_INTERNAL_ERROR",
        catalogName = "WEBGL_INTERNAL_ERROR",
        upstreamName = "WEBGL_INTERNAL_ERROR",
        summary = "A WebGL error occurred.",
        cause = "The WebGL context used for video processing failed. No code in the 4.24.8 bundles raises it; it is kept in the enum.",
        whenItOccurs =
            listOf(
                "not raised by agora-rtc-sdk-ng 4.24.8",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "Video effects are not available on this device.",
        userMessageKey = "agora.agora_rtc_error_code.WEBGL_INTERNAL_ERROR",
        remediation =
            listOf(
                "Disable the effect, or check WebGL support in the browser.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal =
            RuntimeSignal(
                "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                listOf("terminal"),
                listOf(
                    SignalValue("DISCONNECTED", "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."),
                    SignalValue("RECONNECTING", "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."),
                    SignalValue("CONNECTED", "Only the call that rejected failed; the client is still in the channel."),
                ),
                null,
            ),
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The browser or GPU cannot provide WebGL; retrying does not help. The channel connection is not affected.",
        deprecation = null,
    ),

    /** The beauty effect processor failed. */
    BEAUTY_PROCESSOR_INTERNAL_ERROR(
        value = "BEAUTY_PROCESSOR_INTERNAL_ERROR",
        catalogName = "BEAUTY_PROCESSOR_INTERNAL_ERROR",
        upstreamName = "BEAUTY_PROCESSOR_INTERNAL_ERROR",
        summary = "The beauty effect processor failed.",
        cause = "The video beauty-effect processor hit an internal error. No code in the 4.24.8 bundles raises it; it is kept in the enum.",
        whenItOccurs =
            listOf(
                "not raised by agora-rtc-sdk-ng 4.24.8",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "Video effects are not available on this device.",
        userMessageKey = "agora.agora_rtc_error_code.BEAUTY_PROCESSOR_INTERNAL_ERROR",
        remediation =
            listOf(
                "Disable the beauty effect; update the extension.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal =
            RuntimeSignal(
                "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                listOf("terminal"),
                listOf(
                    SignalValue("DISCONNECTED", "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."),
                    SignalValue("RECONNECTING", "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."),
                    SignalValue("CONNECTED", "Only the call that rejected failed; the client is still in the channel."),
                ),
                null,
            ),
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The processor fails the same way on the same device. The channel connection is not affected.",
        deprecation = null,
    ),

    /** The media relay did not reach the expected state. */
    CROSS_CHANNEL_WAIT_STATUS_ERROR(
        value = "CROSS_CHANNEL_WAIT_STATUS_ERROR",
        catalogName = "CROSS_CHANNEL_WAIT_STATUS_ERROR",
        upstreamName = "CROSS_CHANNEL_WAIT_STATUS_ERROR",
        summary = "The media relay did not reach the expected state.",
        cause = "While starting or updating a channel media relay, the SDK waited for a status from the relay service that did not come, or another status came.",
        whenItOccurs =
            listOf(
                "startChannelMediaRelay() while the relay service is slow or refuses",
            ),
        category = Category.SERVICE_FAULT,
        retryPolicy = RetryPolicy.BACKOFF,
        retryBasis = Basis.CATALOG,
        userMessage = "Forwarding this call to the other channel failed. Please try again.",
        userMessageKey = "agora.agora_rtc_error_code.CROSS_CHANNEL_WAIT_STATUS_ERROR",
        remediation =
            listOf(
                "Retry startChannelMediaRelay() with backoff.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
                "agora-rtc-sdk-ng@4.24.8 services/channel-media-relay/index.js",
            ),
        since = null,
        retrySchedule = RetrySchedule(1000, 1600, 20000, Jitter.FULL, 5),
        runtimeSignal =
            RuntimeSignal(
                "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                listOf("terminal"),
                listOf(
                    SignalValue("DISCONNECTED", "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."),
                    SignalValue("RECONNECTING", "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."),
                    SignalValue("CONNECTED", "Only the call that rejected failed; the client is still in the channel."),
                ),
                null,
            ),
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "A relay-service fault or delay; retry the relay call after a delay. The channel connection is not affected.",
        deprecation = null,
    ),

    /** The media relay could not join the source channel. */
    CROSS_CHANNEL_FAILED_JOIN_SRC(
        value = "CROSS_CHANNEL_FAILED_JOIN_SEC",
        catalogName = "CROSS_CHANNEL_FAILED_JOIN_SRC",
        upstreamName = "CROSS_CHANNEL_FAILED_JOIN_SRC",
        summary = "The media relay could not join the source channel.",
        cause = "The relay service failed to set the source channel (its SetSourceChannel reply was an error). The upstream value is spelled CROSS_CHANNEL_FAILED_JOIN_SEC, unlike the name.",
        whenItOccurs =
            listOf(
                "a wrong source channel name or token in the relay configuration",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "Forwarding this call to the other channel failed. Please try again.",
        userMessageKey = "agora.agora_rtc_error_code.CROSS_CHANNEL_FAILED_JOIN_SRC",
        remediation =
            listOf(
                "Check the source channel's name, UID (0 for the source) and token in ChannelMediaRelayConfiguration.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
                "agora-rtc-sdk-ng@4.24.8 services/channel-media-relay/index.js",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal =
            RuntimeSignal(
                "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                listOf("terminal"),
                listOf(
                    SignalValue("DISCONNECTED", "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."),
                    SignalValue("RECONNECTING", "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."),
                    SignalValue("CONNECTED", "Only the call that rejected failed; the client is still in the channel."),
                ),
                null,
            ),
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "A wrong source configuration fails again until the app fixes it. The channel connection is not affected.",
        deprecation = null,
    ),

    /** The media relay could not join a destination channel. */
    CROSS_CHANNEL_FAILED_JOIN_DEST(
        value = "CROSS_CHANNEL_FAILED_JOIN_DEST",
        catalogName = "CROSS_CHANNEL_FAILED_JOIN_DEST",
        upstreamName = "CROSS_CHANNEL_FAILED_JOIN_DEST",
        summary = "The media relay could not join a destination channel.",
        cause = "The relay service failed to set a destination channel (SetDestChannelStatus reply was an error).",
        whenItOccurs =
            listOf(
                "a wrong destination channel name, UID or token",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "Forwarding this call to the other channel failed. Please try again.",
        userMessageKey = "agora.agora_rtc_error_code.CROSS_CHANNEL_FAILED_JOIN_DEST",
        remediation =
            listOf(
                "Check each destination's channel name, a UID not used in that channel, and a token generated for that channel and UID.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
                "agora-rtc-sdk-ng@4.24.8 services/channel-media-relay/index.js",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal =
            RuntimeSignal(
                "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                listOf("terminal"),
                listOf(
                    SignalValue("DISCONNECTED", "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."),
                    SignalValue("RECONNECTING", "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."),
                    SignalValue("CONNECTED", "Only the call that rejected failed; the client is still in the channel."),
                ),
                null,
            ),
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "A wrong destination configuration fails again until the app fixes it. The channel connection is not affected.",
        deprecation = null,
    ),

    /** The media relay could not send media to the destination. */
    CROSS_CHANNEL_FAILED_PACKET_SENT_TO_DEST(
        value = "CROSS_CHANNEL_FAILED_PACKET_SENT_TO_DEST",
        catalogName = "CROSS_CHANNEL_FAILED_PACKET_SENT_TO_DEST",
        upstreamName = "CROSS_CHANNEL_FAILED_PACKET_SENT_TO_DEST",
        summary = "The media relay could not send media to the destination.",
        cause = "The relay service reported that starting the packet transfer to the destination channels failed.",
        whenItOccurs =
            listOf(
                "the relay service cannot reach the destination",
                "nothing is published in the source channel",
            ),
        category = Category.SERVICE_FAULT,
        retryPolicy = RetryPolicy.BACKOFF,
        retryBasis = Basis.CATALOG,
        userMessage = "Forwarding this call to the other channel failed. Please try again.",
        userMessageKey = "agora.agora_rtc_error_code.CROSS_CHANNEL_FAILED_PACKET_SENT_TO_DEST",
        remediation =
            listOf(
                "Retry with backoff; make sure the host publishes in the source channel.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
                "agora-rtc-sdk-ng@4.24.8 services/channel-media-relay/index.js",
            ),
        since = null,
        retrySchedule = RetrySchedule(1000, 1600, 20000, Jitter.FULL, 5),
        runtimeSignal =
            RuntimeSignal(
                "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                listOf("terminal"),
                listOf(
                    SignalValue("DISCONNECTED", "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."),
                    SignalValue("RECONNECTING", "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."),
                    SignalValue("CONNECTED", "Only the call that rejected failed; the client is still in the channel."),
                ),
                null,
            ),
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "Usually a transient relay-side failure; retry after a delay. The channel connection is not affected.",
        deprecation = null,
    ),

    /** The media relay service answered with an error. */
    CROSS_CHANNEL_SERVER_ERROR_RESPONSE(
        value = "CROSS_CHANNEL_SERVER_ERROR_RESPONSE",
        catalogName = "CROSS_CHANNEL_SERVER_ERROR_RESPONSE",
        upstreamName = "CROSS_CHANNEL_SERVER_ERROR_RESPONSE",
        summary = "The media relay service answered with an error.",
        cause = "A request to the relay service got an error response; the message carries the response.",
        whenItOccurs =
            listOf(
                "the relay service refuses a start, update or stop",
            ),
        category = Category.SERVICE_FAULT,
        retryPolicy = RetryPolicy.BACKOFF,
        retryBasis = Basis.CATALOG,
        userMessage = "Forwarding this call to the other channel failed. Please try again.",
        userMessageKey = "agora.agora_rtc_error_code.CROSS_CHANNEL_SERVER_ERROR_RESPONSE",
        remediation =
            listOf(
                "Log the response in the message; retry with backoff.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
                "agora-rtc-sdk-ng@4.24.8 services/channel-media-relay/index.js",
            ),
        since = null,
        retrySchedule = RetrySchedule(1000, 1600, 20000, Jitter.FULL, 5),
        runtimeSignal =
            RuntimeSignal(
                "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                listOf("terminal"),
                listOf(
                    SignalValue("DISCONNECTED", "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."),
                    SignalValue("RECONNECTING", "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."),
                    SignalValue("CONNECTED", "Only the call that rejected failed; the client is still in the channel."),
                ),
                null,
            ),
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "A server fault; retry with backoff and read the response if it repeats. The channel connection is not affected.",
        deprecation = null,
    ),

    /** The metadata is too large. */
    METADATA_OUT_OF_RANGE(
        value = "METADATA_OUT_OF_RANGE",
        catalogName = "METADATA_OUT_OF_RANGE",
        upstreamName = "METADATA_OUT_OF_RANGE",
        summary = "The metadata is too large.",
        cause = "Media metadata (SEI) passed to the SDK exceeds the allowed size.",
        whenItOccurs =
            listOf(
                "sending SEI metadata larger than the limit",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        userMessageKey = "agora.agora_rtc_error_code.METADATA_OUT_OF_RANGE",
        remediation =
            listOf(
                "Send smaller metadata payloads.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
                "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal =
            RuntimeSignal(
                "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                listOf("terminal"),
                listOf(
                    SignalValue("DISCONNECTED", "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."),
                    SignalValue("RECONNECTING", "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."),
                    SignalValue("CONNECTED", "Only the call that rejected failed; the client is still in the channel."),
                ),
                null,
            ),
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The same payload is refused again. The channel connection is not affected.",
        deprecation = null,
    ),

    /** Local echo cancellation could not be set up. */
    LOCAL_AEC_ERROR(
        value = "LOCAL_AEC_ERROR",
        catalogName = "LOCAL_AEC_ERROR",
        upstreamName = "LOCAL_AEC_ERROR",
        summary = "Local echo cancellation could not be set up.",
        cause = "processExternalMediaAEC() could not route the media element's audio into the echo canceller (no audio track or destination node).",
        whenItOccurs =
            listOf(
                "calling it with a media element that has no audio or before it loads",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        userMessageKey = "agora.agora_rtc_error_code.LOCAL_AEC_ERROR",
        remediation =
            listOf(
                "Call it with a loaded <audio>/<video> element that plays audio.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
                "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal =
            RuntimeSignal(
                "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                listOf("terminal"),
                listOf(
                    SignalValue("DISCONNECTED", "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."),
                    SignalValue("RECONNECTING", "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."),
                    SignalValue("CONNECTED", "Only the call that rejected failed; the client is still in the channel."),
                ),
                null,
            ),
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The element or its state must change first. The channel connection is not affected.",
        deprecation = null,
    ),

    /** The extension is not valid. */
    INVALID_PLUGIN(
        value = "INVALID_PLUGIN",
        catalogName = "INVALID_PLUGIN",
        upstreamName = "INVALID_PLUGIN",
        summary = "The extension is not valid.",
        cause = "registerExtensions() was given something that is not a valid Agora extension. No code in the 4.24.8 bundles raises it; it is kept in the enum.",
        whenItOccurs =
            listOf(
                "not raised by agora-rtc-sdk-ng 4.24.8",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        userMessageKey = "agora.agora_rtc_error_code.INVALID_PLUGIN",
        remediation =
            listOf(
                "Register extensions created by their official packages, matching this SDK release.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal =
            RuntimeSignal(
                "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                listOf("terminal"),
                listOf(
                    SignalValue("DISCONNECTED", "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."),
                    SignalValue("RECONNECTING", "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."),
                    SignalValue("CONNECTED", "Only the call that rejected failed; the client is still in the channel."),
                ),
                null,
            ),
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The app must pass a valid extension. The channel connection is not affected.",
        deprecation = null,
    ),

    /** The media connection was dropped during an operation. */
    DISCONNECT_P2P(
        value = "DISCONNECT_P2P",
        catalogName = "DISCONNECT_P2P",
        upstreamName = "DISCONNECT_P2P",
        summary = "The media connection was dropped during an operation.",
        cause = "A pending request on the media (P2P) connection was abandoned because the connection was torn down, for example on leave() or a reconnect.",
        whenItOccurs =
            listOf(
                "leave() while publishing",
                "the SDK rebuilds the connection while a publish or ICE restart is pending",
            ),
        category = Category.NETWORK,
        retryPolicy = RetryPolicy.AUTOMATIC,
        retryBasis = Basis.CATALOG,
        userMessage = "The connection to the call was interrupted. Check your internet connection and try again.",
        userMessageKey = "agora.agora_rtc_error_code.DISCONNECT_P2P",
        remediation =
            listOf(
                "If the client is still connected, publish or subscribe again once it is CONNECTED.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
                "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs",
            ),
        since = null,
        retrySchedule = RetrySchedule(1000, 1600, 120000, Jitter.EQUAL, 10),
        runtimeSignal =
            RuntimeSignal(
                "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                listOf("terminal"),
                listOf(
                    SignalValue("DISCONNECTED", "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."),
                    SignalValue("RECONNECTING", "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."),
                    SignalValue("CONNECTED", "Only the call that rejected failed; the client is still in the channel."),
                ),
                null,
            ),
        terminality = Terminality.DEPENDS,
        terminalCondition = "Terminal when the client ends DISCONNECTED (after leave() or a final disconnect); not terminal while it reconnects by itself.",
        terminalBasis = Basis.CATALOG,
        rationale = "The SDK tears down and rebuilds the media connection itself; the app acts only if the connection state becomes DISCONNECTED.",
        deprecation = null,
    ),

    /** A video frame image could not be converted. */
    CONVERTING_IMAGEDATA_TO_BLOB_FAILED(
        value = "CONVERTING_IMAGEDATA_TO_BLOB_FAILED",
        catalogName = "CONVERTING_IMAGEDATA_TO_BLOB_FAILED",
        upstreamName = "CONVERTING_IMAGEDATA_TO_BLOB_FAILED",
        summary = "A video frame image could not be converted.",
        cause = "Converting captured ImageData to a Blob (for screenshots or moderation) failed. No code in the 4.24.8 bundles raises it; it is kept in the enum.",
        whenItOccurs =
            listOf(
                "not raised by agora-rtc-sdk-ng 4.24.8",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.BACKOFF,
        retryBasis = Basis.CATALOG,
        userMessage = "Some call features are not working right now. Please try again.",
        userMessageKey = "agora.agora_rtc_error_code.CONVERTING_IMAGEDATA_TO_BLOB_FAILED",
        remediation =
            listOf(
                "Retry on a later frame.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
            ),
        since = null,
        retrySchedule = RetrySchedule(1000, 1600, 20000, Jitter.FULL, 5),
        runtimeSignal =
            RuntimeSignal(
                "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                listOf("terminal"),
                listOf(
                    SignalValue("DISCONNECTED", "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."),
                    SignalValue("RECONNECTING", "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."),
                    SignalValue("CONNECTED", "Only the call that rejected failed; the client is still in the channel."),
                ),
                null,
            ),
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "A local conversion that may work on a later frame. The channel connection is not affected.",
        deprecation = null,
    ),

    /** A video frame could not be converted to an image. */
    CONVERTING_VIDEO_FRAME_TO_BLOB_FAILED(
        value = "CONVERTING_VIDEO_FRAME_TO_BLOB_FAILED",
        catalogName = "CONVERTING_VIDEO_FRAME_TO_BLOB_FAILED",
        upstreamName = "CONVERTING_VIDEO_FRAME_TO_BLOB_FAILED",
        summary = "A video frame could not be converted to an image.",
        cause = "Turning a video frame into an image Blob (canvas toBlob) failed, for example in image moderation.",
        whenItOccurs =
            listOf(
                "the canvas is tainted or the frame is empty",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.BACKOFF,
        retryBasis = Basis.CATALOG,
        userMessage = "Some call features are not working right now. Please try again.",
        userMessageKey = "agora.agora_rtc_error_code.CONVERTING_VIDEO_FRAME_TO_BLOB_FAILED",
        remediation =
            listOf(
                "Retry on a later frame; check that the video plays.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
                "agora-rtc-sdk-ng@4.24.8 services/image-moderation/index.js",
            ),
        since = null,
        retrySchedule = RetrySchedule(1000, 1600, 20000, Jitter.FULL, 5),
        runtimeSignal =
            RuntimeSignal(
                "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                listOf("terminal"),
                listOf(
                    SignalValue("DISCONNECTED", "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."),
                    SignalValue("RECONNECTING", "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."),
                    SignalValue("CONNECTED", "Only the call that rejected failed; the client is still in the channel."),
                ),
                null,
            ),
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "A local conversion that may work on a later frame. The channel connection is not affected.",
        deprecation = null,
    ),

    /** Joining through the data channel timed out. */
    INIT_DATACHANNEL_TIMEOUT(
        value = "INIT_DATACHANNEL_TIMEOUT",
        catalogName = "INIT_DATACHANNEL_TIMEOUT",
        upstreamName = "INIT_DATACHANNEL_TIMEOUT",
        summary = "Joining through the data channel timed out.",
        cause = "The SDK tried to signal over a WebRTC data channel and it did not open in time; the SDK falls back to the WebSocket (closing that attempt with the disconnect reason FALLBACK).",
        whenItOccurs =
            listOf(
                "a network that blocks or delays the data channel",
            ),
        category = Category.NETWORK,
        retryPolicy = RetryPolicy.AUTOMATIC,
        retryBasis = Basis.CATALOG,
        userMessage = "The connection to the call was interrupted. Check your internet connection and try again.",
        userMessageKey = "agora.agora_rtc_error_code.INIT_DATACHANNEL_TIMEOUT",
        remediation =
            listOf(
                "Nothing to do unless the connection state becomes DISCONNECTED; log it.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
                "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs",
            ),
        since = null,
        retrySchedule = RetrySchedule(1000, 1600, 120000, Jitter.EQUAL, 10),
        runtimeSignal =
            RuntimeSignal(
                "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                listOf("terminal"),
                listOf(
                    SignalValue("DISCONNECTED", "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."),
                    SignalValue("RECONNECTING", "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."),
                    SignalValue("CONNECTED", "Only the call that rejected failed; the client is still in the channel."),
                ),
                null,
            ),
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The SDK falls back by itself; the app need not act. The channel connection is not affected.",
        deprecation = null,
    ),

    /** The data channel could not be created. */
    CREATE_DATACHANNEL_ERROR(
        value = "CREATE_DATACHANNEL_ERROR",
        catalogName = "CREATE_DATACHANNEL_ERROR",
        upstreamName = "CREATE_DATACHANNEL_ERROR",
        summary = "The data channel could not be created.",
        cause = "The browser failed to create the data channel the SDK uses for signalling or data streams.",
        whenItOccurs =
            listOf(
                "a browser policy or a closed peer connection",
            ),
        category = Category.NETWORK,
        retryPolicy = RetryPolicy.AUTOMATIC,
        retryBasis = Basis.CATALOG,
        userMessage = "The connection to the call was interrupted. Check your internet connection and try again.",
        userMessageKey = "agora.agora_rtc_error_code.CREATE_DATACHANNEL_ERROR",
        remediation =
            listOf(
                "Nothing to do unless the connection state becomes DISCONNECTED.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
                "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs",
            ),
        since = null,
        retrySchedule = RetrySchedule(1000, 1600, 120000, Jitter.EQUAL, 10),
        runtimeSignal =
            RuntimeSignal(
                "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                listOf("terminal"),
                listOf(
                    SignalValue("DISCONNECTED", "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."),
                    SignalValue("RECONNECTING", "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."),
                    SignalValue("CONNECTED", "Only the call that rejected failed; the client is still in the channel."),
                ),
                null,
            ),
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The SDK falls back to the WebSocket by itself. The channel connection is not affected.",
        deprecation = null,
    ),

    /** The data channel did not connect in time. */
    DATACHANNEL_CONNECTION_TIMEOUT(
        value = "DATACHANNEL_CONNECTION_TIMEOUT",
        catalogName = "DATACHANNEL_CONNECTION_TIMEOUT",
        upstreamName = "DATACHANNEL_CONNECTION_TIMEOUT",
        summary = "The data channel did not connect in time.",
        cause = "A data channel did not open within the SDK's limit (DC_CONNECTION_TIMEOUT), or the channel could not be found.",
        whenItOccurs =
            listOf(
                "a network that delays or blocks data channels",
            ),
        category = Category.NETWORK,
        retryPolicy = RetryPolicy.AUTOMATIC,
        retryBasis = Basis.CATALOG,
        userMessage = "The connection to the call was interrupted. Check your internet connection and try again.",
        userMessageKey = "agora.agora_rtc_error_code.DATACHANNEL_CONNECTION_TIMEOUT",
        remediation =
            listOf(
                "Nothing to do unless the connection state becomes DISCONNECTED.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
                "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs",
            ),
        since = null,
        retrySchedule = RetrySchedule(1000, 1600, 120000, Jitter.EQUAL, 10),
        runtimeSignal =
            RuntimeSignal(
                "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                listOf("terminal"),
                listOf(
                    SignalValue("DISCONNECTED", "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."),
                    SignalValue("RECONNECTING", "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."),
                    SignalValue("CONNECTED", "Only the call that rejected failed; the client is still in the channel."),
                ),
                null,
            ),
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The SDK falls back by itself. The channel connection is not affected.",
        deprecation = null,
    ),

    /** The operation is prohibited by the project's configuration. */
    PROHIBITED_OPERATION(
        value = "PROHIBITED_OPERATION",
        catalogName = "PROHIBITED_OPERATION",
        upstreamName = "PROHIBITED_OPERATION",
        summary = "The operation is prohibited by the project's configuration.",
        cause = "setArea() was refused because the area is already fixed by Agora's distributed configuration or by access-point extensions.",
        whenItOccurs =
            listOf(
                "calling setArea() when the project's configuration sets the area",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        userMessageKey = "agora.agora_rtc_error_code.PROHIBITED_OPERATION",
        remediation =
            listOf(
                "Do not call setArea() for this project, or change the configuration with Agora.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
                "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal =
            RuntimeSignal(
                "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                listOf("terminal"),
                listOf(
                    SignalValue("DISCONNECTED", "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."),
                    SignalValue("RECONNECTING", "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."),
                    SignalValue("CONNECTED", "Only the call that rejected failed; the client is still in the channel."),
                ),
                null,
            ),
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The configuration forbids the call; retrying fails again.",
        deprecation = null,
    ),

    /** An image for content moderation could not be uploaded. */
    IMAGE_MODERATION_UPLOAD_FAILED(
        value = "IMAGE_MODERATION_UPLOAD_FAILED",
        catalogName = "IMAGE_MODERATION_UPLOAD_FAILED",
        upstreamName = "IMAGE_MODERATION_UPLOAD_FAILED",
        summary = "An image for content moderation could not be uploaded.",
        cause = "The image-moderation service failed to upload a captured frame; the message carries the server's reason.",
        whenItOccurs =
            listOf(
                "the moderation service refuses or is unreachable",
            ),
        category = Category.SERVICE_FAULT,
        retryPolicy = RetryPolicy.AUTOMATIC,
        retryBasis = Basis.CATALOG,
        userMessage = "Some call features are not working right now. Please try again.",
        userMessageKey = "agora.agora_rtc_error_code.IMAGE_MODERATION_UPLOAD_FAILED",
        remediation =
            listOf(
                "Log it; check the moderation service configuration if it repeats.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
                "agora-rtc-sdk-ng@4.24.8 services/image-moderation/index.js",
            ),
        since = null,
        retrySchedule = RetrySchedule(1000, 1600, 120000, Jitter.EQUAL, 10),
        runtimeSignal =
            RuntimeSignal(
                "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                listOf("terminal"),
                listOf(
                    SignalValue("DISCONNECTED", "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."),
                    SignalValue("RECONNECTING", "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."),
                    SignalValue("CONNECTED", "Only the call that rejected failed; the client is still in the channel."),
                ),
                null,
            ),
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The service uploads again at its next interval by itself. The channel connection is not affected.",
        deprecation = null,
    ),

    /** A peer-to-peer message request failed. */
    P2P_MESSAGE_FAILED(
        value = "P2P_MESSAGE_FAILED",
        catalogName = "P2P_MESSAGE_FAILED",
        upstreamName = "P2P_MESSAGE_FAILED",
        summary = "A peer-to-peer message request failed.",
        cause = "A request over the P2P channel was answered with a failure; the message names the request and its ID.",
        whenItOccurs =
            listOf(
                "the other peer refuses or fails the request",
            ),
        category = Category.NETWORK,
        retryPolicy = RetryPolicy.BACKOFF,
        retryBasis = Basis.CATALOG,
        userMessage = "The connection to the call was interrupted. Check your internet connection and try again.",
        userMessageKey = "agora.agora_rtc_error_code.P2P_MESSAGE_FAILED",
        remediation =
            listOf(
                "Retry with backoff.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
                "agora-rtc-sdk-ng@4.24.8 services/p2p-channel/index.js",
            ),
        since = null,
        retrySchedule = RetrySchedule(1000, 1600, 20000, Jitter.FULL, 5),
        runtimeSignal =
            RuntimeSignal(
                "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                listOf("terminal"),
                listOf(
                    SignalValue("DISCONNECTED", "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."),
                    SignalValue("RECONNECTING", "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."),
                    SignalValue("CONNECTED", "Only the call that rejected failed; the client is still in the channel."),
                ),
                null,
            ),
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "Likely transient; retry after a delay. The channel connection is not affected.",
        deprecation = null,
    ),
    ;

    override val provider: String get() = "agora"

    override val codeSet: String get() = "agora_rtc_error_code"

    override val wireValue: Any get() = value

    override val equivalent: ErrorCode? get() = null

    /** Lookups by wire value and by upstream name. */
    companion object {
        private val byValue = entries.associateBy { it.value }
        private val byName = entries.associateBy { it.upstreamName }

        /** The code with this wire value, or null for a value the catalog does not know. */
        @JvmStatic
        fun fromValue(value: String): AgoraRtcErrorCode? = byValue[value]

        /** The code with this upstream name (case-sensitive), or null. */
        @JvmStatic
        fun fromName(name: String): AgoraRtcErrorCode? = byName[name]
    }
}

/**
 * Reason the Agora Web SDK gives in connection-state-change when the connection state becomes DISCONNECTED.
 *
 * Upstream: ConnectionDisconnectedReason in <https://api-ref.agora.io/en/voice-sdk/web/4.x/index.html> 4.24.8 (package npm:&#64;agora-js/shared&#64;4.24.8).
 */
enum class ConnectionDisconnectedReason(
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
    /** The user left the channel. */
    LEAVE(
        value = "LEAVE",
        catalogName = "LEAVE",
        upstreamName = "LEAVE",
        summary = "The user left the channel.",
        cause = "The app called leave(). The SDK's d.ts says: \"The user has left the channel.\"",
        whenItOccurs =
            listOf(
                "the app calls client.leave()",
            ),
        category = Category.ENDED_NORMALLY,
        retryPolicy = RetryPolicy.NOT_AN_ERROR,
        retryBasis = Basis.CATALOG,
        userMessage = "You have left the call.",
        userMessageKey = "agora.connection_disconnected_reason.LEAVE",
        remediation =
            listOf(
                "Nothing to fix: clean up the call UI.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
                "agora-rtc-sdk-ng@4.24.8 rtc-sdk_en.d.ts",
                "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = "A deliberate local leave is not a failure, so there is nothing to retry.",
        deprecation = null,
    ),

    /** The network failed and the SDK gave up reconnecting. */
    NETWORK_ERROR(
        value = "NETWORK_ERROR",
        catalogName = "NETWORK_ERROR",
        upstreamName = "NETWORK_ERROR",
        summary = "The network failed and the SDK gave up reconnecting.",
        cause = "The connection to Agora was lost and the SDK's own reconnection attempts failed. The SDK's d.ts says: \"The network is down, and cannot recover after retry.\"",
        whenItOccurs =
            listOf(
                "a long network outage",
                "the user's network blocks Agora after a change",
            ),
        category = Category.NETWORK,
        retryPolicy = RetryPolicy.BACKOFF,
        retryBasis = Basis.CATALOG,
        userMessage = "The connection to the call was lost. Check your internet connection and join again.",
        userMessageKey = "agora.connection_disconnected_reason.NETWORK_ERROR",
        remediation =
            listOf(
                "Tell the user the connection was lost and offer to rejoin; rejoin with backoff when the browser reports it is online.",
                "If it happens often, check firewalls and consider the cloud proxy.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
                "agora-rtc-sdk-ng@4.24.8 rtc-sdk_en.d.ts",
                "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs",
            ),
        since = null,
        retrySchedule = RetrySchedule(1000, 1600, 20000, Jitter.FULL, 5),
        runtimeSignal = null,
        terminality = Terminality.TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = "The SDK has already retried; an app-level rejoin after a delay, once the network is back, is the next step.",
        deprecation = null,
    ),

    /** The server returned an error. */
    SERVER_ERROR(
        value = "SERVER_ERROR",
        catalogName = "SERVER_ERROR",
        upstreamName = "SERVER_ERROR",
        summary = "The server returned an error.",
        cause = "Agora's server refused the session. The SDK's d.ts says: \"The server returns an error. This is usually caused by incorrect parameter settings.\"",
        whenItOccurs =
            listOf(
                "join parameters the server refuses",
                "a server-side fault during the session",
            ),
        category = Category.SERVICE_FAULT,
        retryPolicy = RetryPolicy.BACKOFF,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong on our side. Please try again in a moment.",
        userMessageKey = "agora.connection_disconnected_reason.SERVER_ERROR",
        remediation =
            listOf(
                "Check the app ID, token, channel name and UID the app joins with.",
                "Rejoin with backoff; report repeated failures with the SDK logs.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
                "agora-rtc-sdk-ng@4.24.8 rtc-sdk_en.d.ts",
                "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs",
            ),
        since = null,
        retrySchedule = RetrySchedule(1000, 1600, 20000, Jitter.FULL, 5),
        runtimeSignal = null,
        terminality = Terminality.TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = "The d.ts points at parameter settings, but the SDK also uses this reason for server faults it cannot recover from; one delayed rejoin, then check the parameters.",
        deprecation = null,
    ),

    /** The user was banned from the channel. */
    UID_BANNED(
        value = "UID_BANNED",
        catalogName = "UID_BANNED",
        upstreamName = "UID_BANNED",
        summary = "The user was banned from the channel.",
        cause = "The server banned this UID, for example through the kicking-rule RESTful API; the SDK also uses this reason when the server reports the UID already joined elsewhere (ERR_REPEAT_JOIN_CHANNEL). The SDK's d.ts says: \"The user is banned.\"",
        whenItOccurs =
            listOf(
                "the app's backend bans the user",
                "the same UID joins the channel from another client",
            ),
        category = Category.ENDED_BY_SERVICE,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "You were removed from this call.",
        userMessageKey = "agora.connection_disconnected_reason.UID_BANNED",
        remediation =
            listOf(
                "Do not rejoin automatically; tell the user they were removed.",
                "If it was a duplicate UID, give each client its own UID.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
                "agora-rtc-sdk-ng@4.24.8 rtc-sdk_en.d.ts",
                "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = "The ban is another party's decision; rejoining would either be refused or undo it.",
        deprecation = null,
    ),

    /** The connection was closed to switch the signalling path. */
    FALLBACK(
        value = "FALLBACK",
        catalogName = "FALLBACK",
        upstreamName = "FALLBACK",
        summary = "The connection was closed to switch the signalling path.",
        cause = "Internal: the SDK closes its data-channel signalling attempt with this reason when it falls back to the WebSocket (marked @ignore in the d.ts). AgoraRTCClient drops gateway state changes with this reason instead of emitting connection-state-change, so an app does not receive it.",
        whenItOccurs =
            listOf(
                "data-channel signalling times out and the SDK falls back",
            ),
        category = Category.NETWORK,
        retryPolicy = RetryPolicy.AUTOMATIC,
        retryBasis = Basis.CATALOG,
        userMessage = "Reconnecting to the call...",
        userMessageKey = "agora.connection_disconnected_reason.FALLBACK",
        remediation =
            listOf(
                "Nothing to do in the app; log it.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
                "agora-rtc-sdk-ng@4.24.8 rtc-sdk_en.d.ts",
                "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs",
            ),
        since = null,
        retrySchedule = RetrySchedule(1000, 1600, 120000, Jitter.EQUAL, 10),
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The SDK switches from data-channel to WebSocket signalling by itself and goes on, and the client does not emit connection-state-change for it, so the catalog does not treat it as final; the d.ts hides it (@ignore) and documents no verdict.",
        deprecation = null,
    ),

    /** The user's IP address was banned. */
    IP_BANNED(
        value = "IP_BANNED",
        catalogName = "IP_BANNED",
        upstreamName = "IP_BANNED",
        summary = "The user's IP address was banned.",
        cause = "The server banned the client's IP address. The SDK's d.ts says: \"The IP is banned.\"",
        whenItOccurs =
            listOf(
                "the app's backend bans the IP through the kicking rules",
            ),
        category = Category.ENDED_BY_SERVICE,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "You were removed from this call.",
        userMessageKey = "agora.connection_disconnected_reason.IP_BANNED",
        remediation =
            listOf(
                "Do not rejoin automatically; the ban must be lifted by the app's backend.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
                "agora-rtc-sdk-ng@4.24.8 rtc-sdk_en.d.ts",
                "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = "The ban is a deliberate decision; rejoining from the same address is refused.",
        deprecation = null,
    ),

    /** The channel was banned. */
    CHANNEL_BANNED(
        value = "CHANNEL_BANNED",
        catalogName = "CHANNEL_BANNED",
        upstreamName = "CHANNEL_BANNED",
        summary = "The channel was banned.",
        cause = "The server banned the whole channel. The SDK's d.ts says: \"The channel is banned.\"",
        whenItOccurs =
            listOf(
                "the app's backend bans the channel through the kicking rules",
            ),
        category = Category.ENDED_BY_SERVICE,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "This call has ended.",
        userMessageKey = "agora.connection_disconnected_reason.CHANNEL_BANNED",
        remediation =
            listOf(
                "Do not rejoin; the ban must be lifted by the app's backend.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
                "agora-rtc-sdk-ng@4.24.8 rtc-sdk_en.d.ts",
                "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = "Every participant is out and the channel refuses new joins until the ban is lifted.",
        deprecation = null,
    ),

    /** The licence is missing. */
    LICENSE_MISSING(
        value = "LICENSE_MISSING",
        catalogName = "LICENSE_MISSING",
        upstreamName = "LICENSE_MISSING",
        summary = "The licence is missing.",
        cause = "The server closed the session because the client has no licence (marked @ignore in the d.ts).",
        whenItOccurs =
            listOf(
                "a project that needs a licence joins without one",
            ),
        category = Category.BILLING_QUOTA,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "This service is not available right now. Please contact the organiser or support.",
        userMessageKey = "agora.connection_disconnected_reason.LICENSE_MISSING",
        remediation =
            listOf(
                "Provide the licence the project requires; contact Agora.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
                "agora-rtc-sdk-ng@4.24.8 rtc-sdk_en.d.ts",
                "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = "The app's licence for the Agora service does not allow this session; the licence, not the app's code, must change.",
        deprecation = null,
    ),

    /** The licence has expired. */
    LICENSE_EXPIRED(
        value = "LICENSE_EXPIRED",
        catalogName = "LICENSE_EXPIRED",
        upstreamName = "LICENSE_EXPIRED",
        summary = "The licence has expired.",
        cause = "The server closed the session because the licence expired (marked @ignore in the d.ts).",
        whenItOccurs =
            listOf(
                "using a licence past its end date",
            ),
        category = Category.BILLING_QUOTA,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "This service is not available right now. Please contact the organiser or support.",
        userMessageKey = "agora.connection_disconnected_reason.LICENSE_EXPIRED",
        remediation =
            listOf(
                "Renew the licence with Agora.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
                "agora-rtc-sdk-ng@4.24.8 rtc-sdk_en.d.ts",
                "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = "The app's licence for the Agora service does not allow this session; the licence, not the app's code, must change.",
        deprecation = null,
    ),

    /** The licence's minutes are used up. */
    LICENSE_MINUTES_EXCEEDED(
        value = "LICENSE_MINUTES_EXCEEDED",
        catalogName = "LICENSE_MINUTES_EXCEEDED",
        upstreamName = "LICENSE_MINUTES_EXCEEDED",
        summary = "The licence's minutes are used up.",
        cause = "The server closed the session because the licence's usage minutes are exhausted (marked @ignore in the d.ts).",
        whenItOccurs =
            listOf(
                "usage beyond the licensed minutes",
            ),
        category = Category.BILLING_QUOTA,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "This service is not available right now. Please contact the organiser or support.",
        userMessageKey = "agora.connection_disconnected_reason.LICENSE_MINUTES_EXCEEDED",
        remediation =
            listOf(
                "Extend the licence's minutes with Agora.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
                "agora-rtc-sdk-ng@4.24.8 rtc-sdk_en.d.ts",
                "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = "The app's licence for the Agora service does not allow this session; the licence, not the app's code, must change.",
        deprecation = null,
    ),

    /** The licence is not valid for this period. */
    LICENSE_PERIOD_INVALID(
        value = "LICENSE_PERIOD_INVALID",
        catalogName = "LICENSE_PERIOD_INVALID",
        upstreamName = "LICENSE_PERIOD_INVALID",
        summary = "The licence is not valid for this period.",
        cause = "The server closed the session because the licence's validity period does not cover now (marked @ignore in the d.ts).",
        whenItOccurs =
            listOf(
                "a licence not yet valid, or with a wrong period",
            ),
        category = Category.BILLING_QUOTA,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "This service is not available right now. Please contact the organiser or support.",
        userMessageKey = "agora.connection_disconnected_reason.LICENSE_PERIOD_INVALID",
        remediation =
            listOf(
                "Check the licence's validity period with Agora.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
                "agora-rtc-sdk-ng@4.24.8 rtc-sdk_en.d.ts",
                "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = "The app's licence for the Agora service does not allow this session; the licence, not the app's code, must change.",
        deprecation = null,
    ),

    /** The licence is used by several SDK services at once. */
    LICENSE_MULTIPLE_SDK_SERVICE(
        value = "LICENSE_MULTIPLE_SDK_SERVICE",
        catalogName = "LICENSE_MULTIPLE_SDK_SERVICE",
        upstreamName = "LICENSE_MULTIPLE_SDK_SERVICE",
        summary = "The licence is used by several SDK services at once.",
        cause = "The server closed the session because one licence is in use by more than one SDK service (marked @ignore in the d.ts).",
        whenItOccurs =
            listOf(
                "the same licence used from several clients or products",
            ),
        category = Category.BILLING_QUOTA,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "This service is not available right now. Please contact the organiser or support.",
        userMessageKey = "agora.connection_disconnected_reason.LICENSE_MULTIPLE_SDK_SERVICE",
        remediation =
            listOf(
                "Use one licence per SDK service, as Agora's terms require.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
                "agora-rtc-sdk-ng@4.24.8 rtc-sdk_en.d.ts",
                "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = "The app's licence for the Agora service does not allow this session; the licence, not the app's code, must change.",
        deprecation = null,
    ),

    /** The licence is not valid. */
    LICENSE_ILLEGAL(
        value = "LICENSE_ILLEGAL",
        catalogName = "LICENSE_ILLEGAL",
        upstreamName = "LICENSE_ILLEGAL",
        summary = "The licence is not valid.",
        cause = "The server closed the session because the licence is not legitimate (marked @ignore in the d.ts).",
        whenItOccurs =
            listOf(
                "a malformed or forged licence",
            ),
        category = Category.BILLING_QUOTA,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "This service is not available right now. Please contact the organiser or support.",
        userMessageKey = "agora.connection_disconnected_reason.LICENSE_ILLEGAL",
        remediation =
            listOf(
                "Use a licence issued by Agora for this project.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
                "agora-rtc-sdk-ng@4.24.8 rtc-sdk_en.d.ts",
                "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = "The app's licence for the Agora service does not allow this session; the licence, not the app's code, must change.",
        deprecation = null,
    ),

    /** The token expired during the session. */
    TOKEN_EXPIRE(
        value = "TOKEN_EXPIRE",
        catalogName = "TOKEN_EXPIRE",
        upstreamName = "TOKEN_EXPIRE",
        summary = "The token expired during the session.",
        cause = "The server closed the session because the token expired. The SDK's d.ts says: \"The user's token expires.\"",
        whenItOccurs =
            listOf(
                "the session runs past the token's expiry without renewToken()",
            ),
        category = Category.CREDENTIALS,
        retryPolicy = RetryPolicy.REFRESH_CREDENTIALS,
        retryBasis = Basis.CATALOG,
        userMessage = "Your access to this call has expired. Please join again.",
        userMessageKey = "agora.connection_disconnected_reason.TOKEN_EXPIRE",
        remediation =
            listOf(
                "Fetch a new token and join again.",
                "Renew tokens in time: handle token-privilege-will-expire with client.renewToken().",
            ),
        causes = listOf(),
        references =
            listOf(
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
                "agora-rtc-sdk-ng@4.24.8 rtc-sdk_en.d.ts",
                "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs",
            ),
        since = null,
        retrySchedule = RetrySchedule(100, 2000, 20000, Jitter.FULL, 2),
        runtimeSignal = null,
        terminality = Terminality.TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = "A fresh token from the app's backend is all that is needed to rejoin.",
        deprecation = null,
    ),

    /** The session was moved to HLS playback. */
    FALLBACK_TO_HLS(
        value = "FALLBACK_TO_HLS",
        catalogName = "FALLBACK_TO_HLS",
        upstreamName = "FALLBACK_TO_HLS",
        summary = "The session was moved to HLS playback.",
        cause = "Internal: the server asked the client to fall back to HLS and the SDK closed the RTC connection (only with ENABLE_FALLBACK_TO_HLS set; marked @ignore in the d.ts).",
        whenItOccurs =
            listOf(
                "the service downgrades an audience member to HLS",
            ),
        category = Category.ENDED_BY_SERVICE,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "This call has moved to a different playback mode.",
        userMessageKey = "agora.connection_disconnected_reason.FALLBACK_TO_HLS",
        remediation =
            listOf(
                "Follow the HLS fallback flow the project configured; do not rejoin over RTC automatically.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
                "agora-rtc-sdk-ng@4.24.8 rtc-sdk_en.d.ts",
                "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = "The service chose another delivery path; rejoining over RTC would undo that choice.",
        deprecation = null,
    ),

    /** Another client joined with the same UID. */
    UID_CONFLICT(
        value = "UID_CONFLICT",
        catalogName = "UID_CONFLICT",
        upstreamName = "UID_CONFLICT",
        summary = "Another client joined with the same UID.",
        cause = "The server reported that the UID already joined the channel (ERR_REPEAT_JOIN_CHANNEL) and the SDK, with the IGNORE_UID_CHECK parameter set, closes with this reason (marked @ignore in the d.ts).",
        whenItOccurs =
            listOf(
                "the same UID joins from another device or tab",
            ),
        category = Category.ENDED_BY_SERVICE,
        retryPolicy = RetryPolicy.USER_ACTION,
        retryBasis = Basis.CATALOG,
        userMessage = "You joined this call from another device or window, so this one was disconnected.",
        userMessageKey = "agora.connection_disconnected_reason.UID_CONFLICT",
        remediation =
            listOf(
                "Give every client its own UID.",
                "Offer the user a button to rejoin here.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
                "agora-rtc-sdk-ng@4.24.8 rtc-sdk_en.d.ts",
                "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = "Rejoining would evict the other client; only rejoin if the user chooses to.",
        deprecation = null,
    ),
    ;

    override val provider: String get() = "agora"

    override val codeSet: String get() = "connection_disconnected_reason"

    override val wireValue: Any get() = value

    override val equivalent: ErrorCode? get() = null

    /** Lookups by wire value and by upstream name. */
    companion object {
        private val byValue = entries.associateBy { it.value }
        private val byName = entries.associateBy { it.upstreamName }

        /** The code with this wire value, or null for a value the catalog does not know. */
        @JvmStatic
        fun fromValue(value: String): ConnectionDisconnectedReason? = byValue[value]

        /** The code with this upstream name (case-sensitive), or null. */
        @JvmStatic
        fun fromName(name: String): ConnectionDisconnectedReason? = byName[name]
    }
}

/**
 * Error code of a channel media relay, reported with its state in the channel-media-relay-state event.
 *
 * Upstream: ChannelMediaRelayError in <https://api-ref.agora.io/en/voice-sdk/web/4.x/index.html> 4.24.8 (package npm:agora-rtc-sdk-ng&#64;4.24.8).
 */
enum class ChannelMediaRelayError(
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
    /** No relay error. */
    RELAY_OK(
        value = "RELAY_OK",
        catalogName = "RELAY_OK",
        upstreamName = "RELAY_OK",
        summary = "No relay error.",
        cause = "The relay is not in the failure state; the SDK reports RELAY_OK with every other relay state. The SDK's d.ts says: \"No error.\"",
        whenItOccurs =
            listOf(
                "every channel-media-relay-state event whose state is not RELAY_STATE_FAILURE",
            ),
        category = Category.NOT_AN_ERROR,
        retryPolicy = RetryPolicy.NOT_AN_ERROR,
        retryBasis = Basis.PROVIDER,
        userMessage = "Everything is working normally.",
        userMessageKey = "agora.channel_media_relay_error.RELAY_OK",
        remediation =
            listOf(
                "Nothing to fix.",
            ),
        causes = listOf(),
        references =
            listOf(
                "agora-rtc-sdk-ng@4.24.8 rtc-sdk_en.d.ts",
                "agora-rtc-sdk-ng@4.24.8 services/channel-media-relay/index.js",
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

    /** The SDK lost its connection to the relay service. */
    SERVER_CONNECTION_LOST(
        value = "SERVER_CONNECTION_LOST",
        catalogName = "SERVER_CONNECTION_LOST",
        upstreamName = "SERVER_CONNECTION_LOST",
        summary = "The SDK lost its connection to the relay service.",
        cause = "After a reconnection the SDK tried to restart the relay and failed; the relay state becomes RELAY_STATE_FAILURE. The SDK's d.ts says: \"The SDK disconnects from the relay service.\"",
        whenItOccurs =
            listOf(
                "a network drop during a relay, and the automatic restart fails",
            ),
        category = Category.NETWORK,
        retryPolicy = RetryPolicy.BACKOFF,
        retryBasis = Basis.CATALOG,
        userMessage = "Forwarding this call to the other channel stopped. Please try again.",
        userMessageKey = "agora.channel_media_relay_error.SERVER_CONNECTION_LOST",
        remediation =
            listOf(
                "Call startChannelMediaRelay() again with backoff once the client is connected.",
            ),
        causes = listOf(),
        references =
            listOf(
                "agora-rtc-sdk-ng@4.24.8 rtc-sdk_en.d.ts",
                "agora-rtc-sdk-ng@4.24.8 services/channel-media-relay/index.js",
            ),
        since = null,
        retrySchedule = RetrySchedule(1000, 1600, 20000, Jitter.FULL, 5),
        runtimeSignal = null,
        terminality = Terminality.TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = "The SDK's own restart failed; start the relay again after a delay.",
        deprecation = null,
    ),

    /** The source channel's relay token expired. */
    SRC_TOKEN_EXPIRED(
        value = "SRC_TOKEN_EXPIRED",
        catalogName = "SRC_TOKEN_EXPIRED",
        upstreamName = "SRC_TOKEN_EXPIRED",
        summary = "The source channel's relay token expired.",
        cause = "The relay service reported that the source channel's token privilege expired; the relay state becomes RELAY_STATE_FAILURE. The SDK's d.ts says: \"The token of the source channel has expired.\"",
        whenItOccurs =
            listOf(
                "a relay running past the source token's expiry",
            ),
        category = Category.CREDENTIALS,
        retryPolicy = RetryPolicy.REFRESH_CREDENTIALS,
        retryBasis = Basis.CATALOG,
        userMessage = "Forwarding this call to the other channel stopped. Please try again.",
        userMessageKey = "agora.channel_media_relay_error.SRC_TOKEN_EXPIRED",
        remediation =
            listOf(
                "Generate a new source token (UID 0, source channel) and update or restart the relay.",
            ),
        causes = listOf(),
        references =
            listOf(
                "agora-rtc-sdk-ng@4.24.8 rtc-sdk_en.d.ts",
                "agora-rtc-sdk-ng@4.24.8 services/channel-media-relay/index.js",
            ),
        since = null,
        retrySchedule = RetrySchedule(100, 2000, 20000, Jitter.FULL, 2),
        runtimeSignal = null,
        terminality = Terminality.TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = "A new token for the source channel fixes it.",
        deprecation = null,
    ),

    /** A destination channel's relay token expired. */
    DEST_TOKEN_EXPIRED(
        value = "DEST_TOKEN_EXPIRED",
        catalogName = "DEST_TOKEN_EXPIRED",
        upstreamName = "DEST_TOKEN_EXPIRED",
        summary = "A destination channel's relay token expired.",
        cause = "The relay service reported that a destination channel's token privilege expired; the relay state becomes RELAY_STATE_FAILURE. The SDK's d.ts says: \"The token of the destination channel has expired.\"",
        whenItOccurs =
            listOf(
                "a relay running past a destination token's expiry",
            ),
        category = Category.CREDENTIALS,
        retryPolicy = RetryPolicy.REFRESH_CREDENTIALS,
        retryBasis = Basis.CATALOG,
        userMessage = "Forwarding this call to the other channel stopped. Please try again.",
        userMessageKey = "agora.channel_media_relay_error.DEST_TOKEN_EXPIRED",
        remediation =
            listOf(
                "Generate a new destination token (destination UID and channel) and update or restart the relay.",
            ),
        causes = listOf(),
        references =
            listOf(
                "agora-rtc-sdk-ng@4.24.8 rtc-sdk_en.d.ts",
                "agora-rtc-sdk-ng@4.24.8 services/channel-media-relay/index.js",
            ),
        since = null,
        retrySchedule = RetrySchedule(100, 2000, 20000, Jitter.FULL, 2),
        runtimeSignal = null,
        terminality = Terminality.TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = "A new token for the destination channel fixes it.",
        deprecation = null,
    ),
    ;

    override val provider: String get() = "agora"

    override val codeSet: String get() = "channel_media_relay_error"

    override val wireValue: Any get() = value

    override val equivalent: ErrorCode? get() = null

    /** Lookups by wire value and by upstream name. */
    companion object {
        private val byValue = entries.associateBy { it.value }
        private val byName = entries.associateBy { it.upstreamName }

        /** The code with this wire value, or null for a value the catalog does not know. */
        @JvmStatic
        fun fromValue(value: String): ChannelMediaRelayError? = byValue[value]

        /** The code with this upstream name (case-sensitive), or null. */
        @JvmStatic
        fun fromName(name: String): ChannelMediaRelayError? = byName[name]
    }
}

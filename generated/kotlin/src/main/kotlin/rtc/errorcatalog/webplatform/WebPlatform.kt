// Generated from spec/ by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

package rtc.errorcatalog.webplatform

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
 * WebRTC-specific kind of an RTCError, in its errorDetail attribute.
 *
 * Upstream: RTCErrorDetailType in w3c/webref 3.85.0 (package npm:&#64;webref/idl&#64;3.85.0).
 */
enum class RtcErrorDetailType(
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
    /** A data channel has failed. */
    DATA_CHANNEL_FAILURE(
        value = "data-channel-failure",
        catalogName = "data_channel_failure",
        upstreamName = "data_channel_failure",
        summary = "A data channel has failed.",
        cause = "The specification fires an error event with this detail at an RTCDataChannel that is closed because of a failure, for example when applying a remote description closes data channels that could not be negotiated.",
        whenItOccurs =
            listOf(
                "a renegotiation leaves a data channel without a usable transport",
                "the data channel is closed with an error",
            ),
        category = Category.MEDIA_NEGOTIATION,
        retryPolicy = RetryPolicy.BACKOFF,
        retryBasis = Basis.CATALOG,
        userMessage = "We could not connect your audio and video. Check your network, or try another browser or device.",
        userMessageKey = "web_platform.rtc_error_detail_type.data_channel_failure",
        remediation =
            listOf(
                "Listen for the error and close events on each RTCDataChannel and drop the failed channel.",
                "Check connectionState: if the peer connection is still connected, open a new data channel after a short delay.",
                "If channels fail after every renegotiation, check that both offers and answers keep the data channel (m=application) section.",
            ),
        causes =
            listOf(
                "a renegotiation removed or rejected the data channel section",
                "the SCTP transport under the channel failed",
            ),
        references =
            listOf(
                "https://w3c.github.io/webrtc-pc/",
                "@webref/idl@3.85.0 webrtc.idl",
            ),
        since = null,
        retrySchedule = RetrySchedule(1000, 1600, 20000, Jitter.FULL, 5),
        runtimeSignal =
            RuntimeSignal(
                "RTCPeerConnection.connectionState",
                listOf("terminal"),
                listOf(
                    SignalValue("failed", "The error has taken the whole peer connection down; build a new one (or restart ICE)."),
                    SignalValue("connected", "The peer connection survived the error; only the channel, transport or call that reported it is affected."),
                ),
                null,
            ),
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "Only the one data channel closes while the peer connection carries on, so the app may open a new channel after a delay.",
        deprecation = null,
    ),

    /** DTLS negotiation failed, or the DTLS connection ended with a fatal error. */
    DTLS_FAILURE(
        value = "dtls-failure",
        catalogName = "dtls_failure",
        upstreamName = "dtls_failure",
        summary = "DTLS negotiation failed, or the DTLS connection ended with a fatal error.",
        cause = "The DTLS handshake failed or a fatal DTLS alert was sent or received; the error's receivedAlert or sentAlert attribute carries the alert, and the RTCDtlsTransport moves to the failed state.",
        whenItOccurs =
            listOf(
                "the peers cannot agree on DTLS parameters or certificates",
                "the remote peer rejects the local certificate with a fatal alert",
            ),
        category = Category.MEDIA_NEGOTIATION,
        retryPolicy = RetryPolicy.BACKOFF,
        retryBasis = Basis.CATALOG,
        userMessage = "We could not set up a secure connection for your audio and video. Please try again.",
        userMessageKey = "web_platform.rtc_error_detail_type.dtls_failure",
        remediation =
            listOf(
                "Read the error's receivedAlert and sentAlert to see which side aborted the handshake, and log them.",
                "Close the failed peer connection and create a new one after a delay; a failed DTLS transport does not recover.",
                "If it keeps failing, check the certificates each side uses (RTCPeerConnection.generateCertificate, expiry) and any middlebox that alters DTLS traffic.",
            ),
        causes =
            listOf(
                "the peers cannot agree on DTLS parameters",
                "a peer rejects the other's certificate with a fatal alert",
                "a fatal alert ends an established DTLS connection",
            ),
        references =
            listOf(
                "https://w3c.github.io/webrtc-pc/",
                "@webref/idl@3.85.0 webrtc.idl",
            ),
        since = null,
        retrySchedule = RetrySchedule(1000, 1600, 20000, Jitter.FULL, 5),
        runtimeSignal =
            RuntimeSignal(
                "RTCPeerConnection.connectionState",
                listOf("terminal"),
                listOf(
                    SignalValue("failed", "The error has taken the whole peer connection down; build a new one (or restart ICE)."),
                    SignalValue("connected", "The peer connection survived the error; only the channel, transport or call that reported it is affected."),
                ),
                null,
            ),
        terminality = Terminality.TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = "A failed DTLS transport puts the peer connection in the failed state and the specification defines no recovery for it, so the app needs a new connection, which may succeed after a delay.",
        deprecation = null,
    ),

    /** The remote certificate did not match the fingerprints in the SDP. */
    FINGERPRINT_FAILURE(
        value = "fingerprint-failure",
        catalogName = "fingerprint_failure",
        upstreamName = "fingerprint_failure",
        summary = "The remote certificate did not match the fingerprints in the SDP.",
        cause = "The RTCDtlsTransport received a remote certificate that matches none of the fingerprints the remote description announced; the transport moves to the failed state.",
        whenItOccurs =
            listOf(
                "the signalled SDP and the peer that answers the DTLS handshake disagree",
                "an intermediary tampers with the media path",
            ),
        category = Category.MEDIA_NEGOTIATION,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "We could not set up a secure connection for your audio and video. Please contact support if this keeps happening.",
        userMessageKey = "web_platform.rtc_error_detail_type.fingerprint_failure",
        remediation =
            listOf(
                "Do not retry with the same descriptions: the certificate will not match again.",
                "Check that the signalling path delivers the remote SDP unmodified and to the peer that generated it (no mixed-up sessions, no SDP munging of a=fingerprint).",
                "Treat repeated mismatches as a possible attack on the media path and report them.",
            ),
        causes =
            listOf(
                "the signalling paired the wrong peers",
                "the SDP fingerprint was altered",
                "an intermediary answered the DTLS handshake",
            ),
        references =
            listOf(
                "https://w3c.github.io/webrtc-pc/",
                "@webref/idl@3.85.0 webrtc.idl",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal =
            RuntimeSignal(
                "RTCPeerConnection.connectionState",
                listOf("terminal"),
                listOf(
                    SignalValue("failed", "The error has taken the whole peer connection down; build a new one (or restart ICE)."),
                    SignalValue("connected", "The peer connection survived the error; only the channel, transport or call that reported it is affected."),
                ),
                null,
            ),
        terminality = Terminality.TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = "A fingerprint mismatch means the signalling and the media peer do not belong together (a bug or an attack), so retrying with the same descriptions fails again.",
        deprecation = null,
    ),

    /** SCTP negotiation failed, or the SCTP association ended with a fatal error. */
    SCTP_FAILURE(
        value = "sctp-failure",
        catalogName = "sctp_failure",
        upstreamName = "sctp_failure",
        summary = "SCTP negotiation failed, or the SCTP association ended with a fatal error.",
        cause = "The SCTP association under the data channels failed or was closed with an error; the error's sctpCauseCode attribute carries the SCTP cause.",
        whenItOccurs =
            listOf(
                "the data channel transport closes with an error",
                "sending data leads to an SCTP-level error",
            ),
        category = Category.MEDIA_NEGOTIATION,
        retryPolicy = RetryPolicy.BACKOFF,
        retryBasis = Basis.CATALOG,
        userMessage = "We could not connect your audio and video. Check your network, or try another browser or device.",
        userMessageKey = "web_platform.rtc_error_detail_type.sctp_failure",
        remediation =
            listOf(
                "Log the error's sctpCauseCode, which names the SCTP cause.",
                "Keep the audio and video running; close the affected data channels.",
                "Renegotiate after a delay to restore the data channel transport, and open the channels again.",
            ),
        causes = listOf(),
        references =
            listOf(
                "https://w3c.github.io/webrtc-pc/",
                "@webref/idl@3.85.0 webrtc.idl",
            ),
        since = null,
        retrySchedule = RetrySchedule(1000, 1600, 20000, Jitter.FULL, 5),
        runtimeSignal =
            RuntimeSignal(
                "RTCPeerConnection.connectionState",
                listOf("terminal"),
                listOf(
                    SignalValue("failed", "The error has taken the whole peer connection down; build a new one (or restart ICE)."),
                    SignalValue("connected", "The peer connection survived the error; only the channel, transport or call that reported it is affected."),
                ),
                null,
            ),
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The failure is reported on data channels; audio and video on the same peer connection are not closed by it, and a new negotiation after a delay may restore the association.",
        deprecation = null,
    ),

    /** The SDP is not syntactically valid. */
    SDP_SYNTAX_ERROR(
        value = "sdp-syntax-error",
        catalogName = "sdp_syntax_error",
        upstreamName = "sdp_syntax_error",
        summary = "The SDP is not syntactically valid.",
        cause = "setRemoteDescription was given SDP that does not parse; the error's sdpLineNumber attribute gives the offending line.",
        whenItOccurs =
            listOf(
                "the signalling layer corrupts or truncates the SDP",
                "the app munges the SDP incorrectly",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        userMessageKey = "web_platform.rtc_error_detail_type.sdp_syntax_error",
        remediation =
            listOf(
                "Log the error's sdpLineNumber and the SDP line it points at.",
                "Fix the code that produced or modified the SDP (SDP munging, a signalling layer that truncates or re-encodes messages).",
                "Do not retry with the same SDP; the connection stays as it was, so a corrected description can be applied.",
            ),
        causes =
            listOf(
                "the signalling layer corrupted or truncated the SDP",
                "the app modified the SDP incorrectly",
            ),
        references =
            listOf(
                "https://w3c.github.io/webrtc-pc/",
                "@webref/idl@3.85.0 webrtc.idl",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal =
            RuntimeSignal(
                "RTCPeerConnection.connectionState",
                listOf("terminal"),
                listOf(
                    SignalValue("failed", "The error has taken the whole peer connection down; build a new one (or restart ICE)."),
                    SignalValue("connected", "The peer connection survived the error; only the channel, transport or call that reported it is affected."),
                ),
                null,
            ),
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = "The same SDP fails to parse again; only the code that produced or modified it can fix it. The specification only rejects the promise, the connection stays as it was.",
        deprecation = null,
    ),

    /** The hardware encoder resources for the request are not available. */
    HARDWARE_ENCODER_NOT_AVAILABLE(
        value = "hardware-encoder-not-available",
        catalogName = "hardware_encoder_not_available",
        upstreamName = "hardware_encoder_not_available",
        summary = "The hardware encoder resources for the request are not available.",
        cause = "RTCRtpSender.setParameters was rejected because configuring the media stack needed hardware encoder resources that are not available.",
        whenItOccurs =
            listOf(
                "changing encodings asks for more hardware encoder sessions than the device has free",
            ),
        category = Category.CAPACITY,
        retryPolicy = RetryPolicy.BACKOFF,
        retryBasis = Basis.CATALOG,
        userMessage = "Your device is busy and cannot send video at this quality right now.",
        userMessageKey = "web_platform.rtc_error_detail_type.hardware_encoder_not_available",
        remediation =
            listOf(
                "Keep the sender's previous parameters, which are still in effect.",
                "Ask for fewer or smaller encodings (fewer simulcast layers, lower resolution) or try setParameters again after a delay.",
                "Stop other encoders the app no longer needs to free hardware resources.",
            ),
        causes = listOf(),
        references =
            listOf(
                "https://w3c.github.io/webrtc-pc/",
                "@webref/idl@3.85.0 webrtc.idl",
            ),
        since = null,
        retrySchedule = RetrySchedule(1000, 1600, 20000, Jitter.FULL, 5),
        runtimeSignal =
            RuntimeSignal(
                "RTCPeerConnection.connectionState",
                listOf("terminal"),
                listOf(
                    SignalValue("failed", "The error has taken the whole peer connection down; build a new one (or restart ICE)."),
                    SignalValue("connected", "The peer connection survived the error; only the channel, transport or call that reported it is affected."),
                ),
                null,
            ),
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = "The resources may free up once other encoders stop; only the setParameters promise is rejected, the sender keeps its previous parameters.",
        deprecation = null,
    ),

    /** The hardware encoder does not support the provided parameters. */
    HARDWARE_ENCODER_ERROR(
        value = "hardware-encoder-error",
        catalogName = "hardware_encoder_error",
        upstreamName = "hardware_encoder_error",
        summary = "The hardware encoder does not support the provided parameters.",
        cause = "RTCRtpSender.setParameters was rejected because the hardware encoder cannot encode with the requested parameters.",
        whenItOccurs =
            listOf(
                "requesting encodings, resolutions or scalability modes the hardware encoder cannot produce",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        userMessageKey = "web_platform.rtc_error_detail_type.hardware_encoder_error",
        remediation =
            listOf(
                "Keep the sender's previous parameters, which are still in effect.",
                "Request encodings the device supports: check RTCRtpSender.getCapabilities() and drop scalability modes or resolutions the hardware cannot produce.",
                "Do not repeat the same setParameters call.",
            ),
        causes = listOf(),
        references =
            listOf(
                "https://w3c.github.io/webrtc-pc/",
                "@webref/idl@3.85.0 webrtc.idl",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal =
            RuntimeSignal(
                "RTCPeerConnection.connectionState",
                listOf("terminal"),
                listOf(
                    SignalValue("failed", "The error has taken the whole peer connection down; build a new one (or restart ICE)."),
                    SignalValue("connected", "The peer connection survived the error; only the channel, transport or call that reported it is affected."),
                ),
                null,
            ),
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = "The same parameters fail again on the same hardware; the app must request parameters the encoder supports. Only the setParameters promise is rejected.",
        deprecation = null,
    ),
    ;

    override val provider: String get() = "web_platform"

    override val codeSet: String get() = "rtc_error_detail_type"

    override val wireValue: Any get() = value

    override val equivalent: ErrorCode? get() = null

    /** Lookups by wire value and by upstream name. */
    companion object {
        private val byValue = entries.associateBy { it.value }
        private val byName = entries.associateBy { it.upstreamName }

        /** The code with this wire value, or null for a value the catalog does not know. */
        @JvmStatic
        fun fromValue(value: String): RtcErrorDetailType? = byValue[value]

        /** The code with this upstream name (case-sensitive), or null. */
        @JvmStatic
        fun fromName(name: String): RtcErrorDetailType? = byName[name]
    }
}

/**
 * Aggregate state of an RTCPeerConnection's ICE and DTLS transports, in its connectionState attribute.
 *
 * Upstream: RTCPeerConnectionState in w3c/webref 3.85.0 (package npm:&#64;webref/idl&#64;3.85.0).
 */
enum class RtcPeerConnectionState(
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
    /** The peer connection is closed. */
    CLOSED(
        value = "closed",
        catalogName = "closed",
        upstreamName = "closed",
        summary = "The peer connection is closed.",
        cause = "The ICE connection state is closed, which happens only once the app has called RTCPeerConnection.close().",
        whenItOccurs =
            listOf(
                "the app closes the peer connection",
            ),
        category = Category.ENDED_NORMALLY,
        retryPolicy = RetryPolicy.NOT_AN_ERROR,
        retryBasis = Basis.CATALOG,
        userMessage = "You have left the call.",
        userMessageKey = "web_platform.rtc_peer_connection_state.closed",
        remediation =
            listOf(
                "Nothing to fix: the app itself closed the peer connection.",
                "To talk again, create a new RTCPeerConnection; a closed one cannot be reopened.",
            ),
        causes = listOf(),
        references =
            listOf(
                "https://w3c.github.io/webrtc-pc/",
                "@webref/idl@3.85.0 webrtc.idl",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal =
            RuntimeSignal(
                "RTCPeerConnection.connectionState (connectionstatechange event)",
                listOf("terminal"),
                listOf(
                    SignalValue("disconnected", "Connectivity is lost for now; the browser keeps checking and may recover without action."),
                    SignalValue("failed", "The connection will not recover by itself; only an ICE restart (restartIce()) or a new peer connection helps."),
                    SignalValue("closed", "The app closed the peer connection; it cannot be used again."),
                ),
                null,
            ),
        terminality = Terminality.TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = "Only the app's own close() call leads here, so there is nothing to retry.",
        deprecation = null,
    ),

    /** The peer connection's transports have failed. */
    FAILED(
        value = "failed",
        catalogName = "failed",
        upstreamName = "failed",
        summary = "The peer connection's transports have failed.",
        cause = "The ICE connection state is failed, or at least one DTLS transport is in the failed state.",
        whenItOccurs =
            listOf(
                "no ICE candidate pair passes connectivity checks, for example behind a firewall without TURN",
                "a DTLS handshake fails",
            ),
        category = Category.MEDIA_NEGOTIATION,
        retryPolicy = RetryPolicy.BACKOFF,
        retryBasis = Basis.CATALOG,
        userMessage = "We could not connect your audio and video. Check your network, or try another browser or device.",
        userMessageKey = "web_platform.rtc_peer_connection_state.failed",
        remediation =
            listOf(
                "Call restartIce() (or renegotiate with an ICE restart) to try to recover the connection.",
                "If the restart fails too, close the peer connection and create a new one, with a growing delay between attempts.",
                "If it fails on some networks only, provide a TURN server (TCP or TLS on port 443) in iceServers.",
                "Tell the user that the connection was lost.",
            ),
        causes =
            listOf(
                "ICE failed: no candidate pair passed connectivity checks",
                "a DTLS transport failed",
            ),
        references =
            listOf(
                "https://w3c.github.io/webrtc-pc/",
                "@webref/idl@3.85.0 webrtc.idl",
            ),
        since = null,
        retrySchedule = RetrySchedule(1000, 1600, 20000, Jitter.FULL, 5),
        runtimeSignal =
            RuntimeSignal(
                "RTCPeerConnection.connectionState (connectionstatechange event)",
                listOf("terminal"),
                listOf(
                    SignalValue("disconnected", "Connectivity is lost for now; the browser keeps checking and may recover without action."),
                    SignalValue("failed", "The connection will not recover by itself; only an ICE restart (restartIce()) or a new peer connection helps."),
                    SignalValue("closed", "The app closed the peer connection; it cannot be used again."),
                ),
                null,
            ),
        terminality = Terminality.TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = "The specification calls a failed ICE transport terminal until ICE is restarted; an ICE restart or a new connection after a delay is the app's remaining move.",
        deprecation = null,
    ),

    /** The peer connection has lost connectivity for now. */
    DISCONNECTED(
        value = "disconnected",
        catalogName = "disconnected",
        upstreamName = "disconnected",
        summary = "The peer connection has lost connectivity for now.",
        cause = "The ICE connection state is disconnected, with no failed transport.",
        whenItOccurs =
            listOf(
                "the network drops briefly or switches interface",
            ),
        category = Category.NETWORK,
        retryPolicy = RetryPolicy.AUTOMATIC,
        retryBasis = Basis.PROVIDER,
        userMessage = "Your connection is unstable. Trying to reconnect...",
        userMessageKey = "web_platform.rtc_peer_connection_state.disconnected",
        remediation =
            listOf(
                "Wait: the browser keeps checking and the state often returns to connected.",
                "Show the user that the connection is unstable.",
                "If the state becomes failed, or stays disconnected for longer than the app accepts, handle it as failed (restartIce() or a new connection).",
            ),
        causes = listOf(),
        references =
            listOf(
                "https://w3c.github.io/webrtc-pc/",
                "@webref/idl@3.85.0 webrtc.idl",
            ),
        since = null,
        retrySchedule = RetrySchedule(1000, 1600, 120000, Jitter.EQUAL, 10),
        runtimeSignal =
            RuntimeSignal(
                "RTCPeerConnection.connectionState (connectionstatechange event)",
                listOf("terminal"),
                listOf(
                    SignalValue("disconnected", "Connectivity is lost for now; the browser keeps checking and may recover without action."),
                    SignalValue("failed", "The connection will not recover by itself; only an ICE restart (restartIce()) or a new peer connection helps."),
                    SignalValue("closed", "The app closed the peer connection; it cannot be used again."),
                ),
                null,
            ),
        terminality = Terminality.DEPENDS,
        terminalCondition = "Terminal only when the state moves on to failed; disconnected itself is transient and often returns to connected without action.",
        terminalBasis = Basis.PROVIDER,
        rationale = "The specification describes the underlying ICE disconnected state as transient and able to resolve itself without action.",
        deprecation = null,
    ),

    /** The transports have not started connecting yet. */
    NEW(
        value = "new",
        catalogName = "new",
        upstreamName = "new",
        summary = "The transports have not started connecting yet.",
        cause = "ICE is new and every DTLS transport is new or closed, or there are no transports.",
        whenItOccurs =
            listOf(
                "a peer connection has just been created",
            ),
        category = Category.NOT_AN_ERROR,
        retryPolicy = RetryPolicy.NOT_AN_ERROR,
        retryBasis = Basis.PROVIDER,
        userMessage = "Everything is working normally.",
        userMessageKey = "web_platform.rtc_peer_connection_state.new",
        remediation =
            listOf(
                "Nothing to fix: this is a normal state. Use it to drive the UI (for example a connecting indicator).",
            ),
        causes = listOf(),
        references =
            listOf(
                "https://w3c.github.io/webrtc-pc/",
                "@webref/idl@3.85.0 webrtc.idl",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal =
            RuntimeSignal(
                "RTCPeerConnection.connectionState (connectionstatechange event)",
                listOf("terminal"),
                listOf(
                    SignalValue("disconnected", "Connectivity is lost for now; the browser keeps checking and may recover without action."),
                    SignalValue("failed", "The connection will not recover by itself; only an ICE restart (restartIce()) or a new peer connection helps."),
                    SignalValue("closed", "The app closed the peer connection; it cannot be used again."),
                ),
                null,
            ),
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = null,
        deprecation = null,
    ),

    /** The transports are connecting. */
    CONNECTING(
        value = "connecting",
        catalogName = "connecting",
        upstreamName = "connecting",
        summary = "The transports are connecting.",
        cause = "No other state applies; some ICE or DTLS transport is still being set up.",
        whenItOccurs =
            listOf(
                "ICE checks or the DTLS handshake are in progress",
            ),
        category = Category.NOT_AN_ERROR,
        retryPolicy = RetryPolicy.NOT_AN_ERROR,
        retryBasis = Basis.PROVIDER,
        userMessage = "Everything is working normally.",
        userMessageKey = "web_platform.rtc_peer_connection_state.connecting",
        remediation =
            listOf(
                "Nothing to fix: this is a normal state. Use it to drive the UI (for example a connecting indicator).",
            ),
        causes = listOf(),
        references =
            listOf(
                "https://w3c.github.io/webrtc-pc/",
                "@webref/idl@3.85.0 webrtc.idl",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal =
            RuntimeSignal(
                "RTCPeerConnection.connectionState (connectionstatechange event)",
                listOf("terminal"),
                listOf(
                    SignalValue("disconnected", "Connectivity is lost for now; the browser keeps checking and may recover without action."),
                    SignalValue("failed", "The connection will not recover by itself; only an ICE restart (restartIce()) or a new peer connection helps."),
                    SignalValue("closed", "The app closed the peer connection; it cannot be used again."),
                ),
                null,
            ),
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = null,
        deprecation = null,
    ),

    /** The transports are connected. */
    CONNECTED(
        value = "connected",
        catalogName = "connected",
        upstreamName = "connected",
        summary = "The transports are connected.",
        cause = "ICE is connected and every DTLS transport is connected or closed.",
        whenItOccurs =
            listOf(
                "media can flow",
            ),
        category = Category.NOT_AN_ERROR,
        retryPolicy = RetryPolicy.NOT_AN_ERROR,
        retryBasis = Basis.PROVIDER,
        userMessage = "Everything is working normally.",
        userMessageKey = "web_platform.rtc_peer_connection_state.connected",
        remediation =
            listOf(
                "Nothing to fix: this is a normal state. Use it to drive the UI (for example a connecting indicator).",
            ),
        causes = listOf(),
        references =
            listOf(
                "https://w3c.github.io/webrtc-pc/",
                "@webref/idl@3.85.0 webrtc.idl",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal =
            RuntimeSignal(
                "RTCPeerConnection.connectionState (connectionstatechange event)",
                listOf("terminal"),
                listOf(
                    SignalValue("disconnected", "Connectivity is lost for now; the browser keeps checking and may recover without action."),
                    SignalValue("failed", "The connection will not recover by itself; only an ICE restart (restartIce()) or a new peer connection helps."),
                    SignalValue("closed", "The app closed the peer connection; it cannot be used again."),
                ),
                null,
            ),
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = null,
        deprecation = null,
    ),
    ;

    override val provider: String get() = "web_platform"

    override val codeSet: String get() = "rtc_peer_connection_state"

    override val wireValue: Any get() = value

    /** The equivalent code in `rtc_ice_connection_state`, where one exists. */
    val protocolEquivalent: RtcIceConnectionState?
        get() =
            when (this) {
                CLOSED -> RtcIceConnectionState.CLOSED
                DISCONNECTED -> RtcIceConnectionState.DISCONNECTED
                else -> null
            }

    override val equivalent: ErrorCode? get() = protocolEquivalent

    /** Lookups by wire value and by upstream name. */
    companion object {
        private val byValue = entries.associateBy { it.value }
        private val byName = entries.associateBy { it.upstreamName }

        /** The code with this wire value, or null for a value the catalog does not know. */
        @JvmStatic
        fun fromValue(value: String): RtcPeerConnectionState? = byValue[value]

        /** The code with this upstream name (case-sensitive), or null. */
        @JvmStatic
        fun fromName(name: String): RtcPeerConnectionState? = byName[name]
    }
}

/**
 * Aggregate state of an RTCPeerConnection's ICE transports, in its iceConnectionState attribute.
 *
 * Upstream: RTCIceConnectionState in w3c/webref 3.85.0 (package npm:&#64;webref/idl&#64;3.85.0).
 */
enum class RtcIceConnectionState(
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
    /** The peer connection is closed. */
    CLOSED(
        value = "closed",
        catalogName = "closed",
        upstreamName = "closed",
        summary = "The peer connection is closed.",
        cause = "The RTCPeerConnection's [[IsClosed]] slot is true, which only RTCPeerConnection.close() sets.",
        whenItOccurs =
            listOf(
                "the app closes the peer connection",
            ),
        category = Category.ENDED_NORMALLY,
        retryPolicy = RetryPolicy.NOT_AN_ERROR,
        retryBasis = Basis.CATALOG,
        userMessage = "You have left the call.",
        userMessageKey = "web_platform.rtc_ice_connection_state.closed",
        remediation =
            listOf(
                "Nothing to fix: the app itself closed the peer connection.",
                "To talk again, create a new RTCPeerConnection; a closed one cannot be reopened.",
            ),
        causes = listOf(),
        references =
            listOf(
                "https://w3c.github.io/webrtc-pc/",
                "@webref/idl@3.85.0 webrtc.idl",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal =
            RuntimeSignal(
                "RTCPeerConnection.iceConnectionState (iceconnectionstatechange event)",
                listOf("terminal"),
                listOf(
                    SignalValue("disconnected", "Connectivity is lost for now; the browser keeps checking and may recover without action."),
                    SignalValue("failed", "The connection will not recover by itself; only an ICE restart (restartIce()) or a new peer connection helps."),
                    SignalValue("closed", "The app closed the peer connection; it cannot be used again."),
                ),
                null,
            ),
        terminality = Terminality.TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = "Only the app's own close() call leads here, so there is nothing to retry.",
        deprecation = null,
    ),

    /** ICE has failed. */
    FAILED(
        value = "failed",
        catalogName = "failed",
        upstreamName = "failed",
        summary = "ICE has failed.",
        cause = "At least one ICE transport has checked every candidate pair and all of them failed connectivity checks or lost consent.",
        whenItOccurs =
            listOf(
                "a firewall or symmetric NAT blocks every path and no TURN relay works",
                "connectivity is lost for good, for example after a network change the ICE agent cannot recover from",
            ),
        category = Category.MEDIA_NEGOTIATION,
        retryPolicy = RetryPolicy.BACKOFF,
        retryBasis = Basis.CATALOG,
        userMessage = "We could not connect your audio and video. Check your network, or try another browser or device.",
        userMessageKey = "web_platform.rtc_ice_connection_state.failed",
        remediation =
            listOf(
                "Call restartIce() to gather new candidates and check again.",
                "If the restart fails too, build a new peer connection, with a growing delay between attempts.",
                "Provide a TURN server (TCP or TLS on port 443) in iceServers for networks that block direct paths.",
            ),
        causes =
            listOf(
                "a firewall or symmetric NAT blocks every candidate pair and no TURN relay works",
                "consent checks failed after a network change",
            ),
        references =
            listOf(
                "https://w3c.github.io/webrtc-pc/",
                "@webref/idl@3.85.0 webrtc.idl",
            ),
        since = null,
        retrySchedule = RetrySchedule(1000, 1600, 20000, Jitter.FULL, 5),
        runtimeSignal =
            RuntimeSignal(
                "RTCPeerConnection.iceConnectionState (iceconnectionstatechange event)",
                listOf("terminal"),
                listOf(
                    SignalValue("disconnected", "Connectivity is lost for now; the browser keeps checking and may recover without action."),
                    SignalValue("failed", "The connection will not recover by itself; only an ICE restart (restartIce()) or a new peer connection helps."),
                    SignalValue("closed", "The app closed the peer connection; it cannot be used again."),
                ),
                null,
            ),
        terminality = Terminality.TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = "The specification calls the failed state terminal until ICE is restarted; the app should call restartIce() or build a new connection, with backoff if it keeps failing.",
        deprecation = null,
    ),

    /** ICE connectivity is lost for now. */
    DISCONNECTED(
        value = "disconnected",
        catalogName = "disconnected",
        upstreamName = "disconnected",
        summary = "ICE connectivity is lost for now.",
        cause = "At least one ICE transport has determined that connectivity is currently lost, and none has failed.",
        whenItOccurs =
            listOf(
                "the network drops briefly or switches interface",
            ),
        category = Category.NETWORK,
        retryPolicy = RetryPolicy.AUTOMATIC,
        retryBasis = Basis.PROVIDER,
        userMessage = "Your connection is unstable. Trying to reconnect...",
        userMessageKey = "web_platform.rtc_ice_connection_state.disconnected",
        remediation =
            listOf(
                "Wait: the ICE agent keeps checking and the state may return to connected.",
                "Show the user that the connection is unstable.",
                "If the state becomes failed, call restartIce() or build a new connection.",
            ),
        causes = listOf(),
        references =
            listOf(
                "https://w3c.github.io/webrtc-pc/",
                "@webref/idl@3.85.0 webrtc.idl",
            ),
        since = null,
        retrySchedule = RetrySchedule(1000, 1600, 120000, Jitter.EQUAL, 10),
        runtimeSignal =
            RuntimeSignal(
                "RTCPeerConnection.iceConnectionState (iceconnectionstatechange event)",
                listOf("terminal"),
                listOf(
                    SignalValue("disconnected", "Connectivity is lost for now; the browser keeps checking and may recover without action."),
                    SignalValue("failed", "The connection will not recover by itself; only an ICE restart (restartIce()) or a new peer connection helps."),
                    SignalValue("closed", "The app closed the peer connection; it cannot be used again."),
                ),
                null,
            ),
        terminality = Terminality.DEPENDS,
        terminalCondition = "Terminal only when the state moves on to failed; disconnected itself is transient and may resolve without action.",
        terminalBasis = Basis.PROVIDER,
        rationale = "The specification describes the state as transient, one that may resolve itself without action on a flaky network.",
        deprecation = null,
    ),

    /** ICE has not started. */
    NEW(
        value = "new",
        catalogName = "new",
        upstreamName = "new",
        summary = "ICE has not started.",
        cause = "Every ICE transport is new or closed, or there are no transports.",
        whenItOccurs =
            listOf(
                "a peer connection has just been created",
            ),
        category = Category.NOT_AN_ERROR,
        retryPolicy = RetryPolicy.NOT_AN_ERROR,
        retryBasis = Basis.PROVIDER,
        userMessage = "Everything is working normally.",
        userMessageKey = "web_platform.rtc_ice_connection_state.new",
        remediation =
            listOf(
                "Nothing to fix: this is a normal state. Use it to drive the UI (for example a connecting indicator).",
            ),
        causes = listOf(),
        references =
            listOf(
                "https://w3c.github.io/webrtc-pc/",
                "@webref/idl@3.85.0 webrtc.idl",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal =
            RuntimeSignal(
                "RTCPeerConnection.iceConnectionState (iceconnectionstatechange event)",
                listOf("terminal"),
                listOf(
                    SignalValue("disconnected", "Connectivity is lost for now; the browser keeps checking and may recover without action."),
                    SignalValue("failed", "The connection will not recover by itself; only an ICE restart (restartIce()) or a new peer connection helps."),
                    SignalValue("closed", "The app closed the peer connection; it cannot be used again."),
                ),
                null,
            ),
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = null,
        deprecation = null,
    ),

    /** ICE is checking candidate pairs. */
    CHECKING(
        value = "checking",
        catalogName = "checking",
        upstreamName = "checking",
        summary = "ICE is checking candidate pairs.",
        cause = "Some ICE transport is new or checking and none is failed or disconnected.",
        whenItOccurs =
            listOf(
                "connectivity checks are running",
            ),
        category = Category.NOT_AN_ERROR,
        retryPolicy = RetryPolicy.NOT_AN_ERROR,
        retryBasis = Basis.PROVIDER,
        userMessage = "Everything is working normally.",
        userMessageKey = "web_platform.rtc_ice_connection_state.checking",
        remediation =
            listOf(
                "Nothing to fix: this is a normal state. Use it to drive the UI (for example a connecting indicator).",
            ),
        causes = listOf(),
        references =
            listOf(
                "https://w3c.github.io/webrtc-pc/",
                "@webref/idl@3.85.0 webrtc.idl",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal =
            RuntimeSignal(
                "RTCPeerConnection.iceConnectionState (iceconnectionstatechange event)",
                listOf("terminal"),
                listOf(
                    SignalValue("disconnected", "Connectivity is lost for now; the browser keeps checking and may recover without action."),
                    SignalValue("failed", "The connection will not recover by itself; only an ICE restart (restartIce()) or a new peer connection helps."),
                    SignalValue("closed", "The app closed the peer connection; it cannot be used again."),
                ),
                null,
            ),
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = null,
        deprecation = null,
    ),

    /** ICE has finished checking and found connections. */
    COMPLETED(
        value = "completed",
        catalogName = "completed",
        upstreamName = "completed",
        summary = "ICE has finished checking and found connections.",
        cause = "Every ICE transport is completed or closed.",
        whenItOccurs =
            listOf(
                "all checks finished and a pair was selected",
            ),
        category = Category.NOT_AN_ERROR,
        retryPolicy = RetryPolicy.NOT_AN_ERROR,
        retryBasis = Basis.PROVIDER,
        userMessage = "Everything is working normally.",
        userMessageKey = "web_platform.rtc_ice_connection_state.completed",
        remediation =
            listOf(
                "Nothing to fix: this is a normal state. Use it to drive the UI (for example a connecting indicator).",
            ),
        causes = listOf(),
        references =
            listOf(
                "https://w3c.github.io/webrtc-pc/",
                "@webref/idl@3.85.0 webrtc.idl",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal =
            RuntimeSignal(
                "RTCPeerConnection.iceConnectionState (iceconnectionstatechange event)",
                listOf("terminal"),
                listOf(
                    SignalValue("disconnected", "Connectivity is lost for now; the browser keeps checking and may recover without action."),
                    SignalValue("failed", "The connection will not recover by itself; only an ICE restart (restartIce()) or a new peer connection helps."),
                    SignalValue("closed", "The app closed the peer connection; it cannot be used again."),
                ),
                null,
            ),
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = null,
        deprecation = null,
    ),

    /** ICE has a usable connection. */
    CONNECTED(
        value = "connected",
        catalogName = "connected",
        upstreamName = "connected",
        summary = "ICE has a usable connection.",
        cause = "Every ICE transport is connected, completed or closed.",
        whenItOccurs =
            listOf(
                "media can flow while ICE may still be checking other pairs",
            ),
        category = Category.NOT_AN_ERROR,
        retryPolicy = RetryPolicy.NOT_AN_ERROR,
        retryBasis = Basis.PROVIDER,
        userMessage = "Everything is working normally.",
        userMessageKey = "web_platform.rtc_ice_connection_state.connected",
        remediation =
            listOf(
                "Nothing to fix: this is a normal state. Use it to drive the UI (for example a connecting indicator).",
            ),
        causes = listOf(),
        references =
            listOf(
                "https://w3c.github.io/webrtc-pc/",
                "@webref/idl@3.85.0 webrtc.idl",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal =
            RuntimeSignal(
                "RTCPeerConnection.iceConnectionState (iceconnectionstatechange event)",
                listOf("terminal"),
                listOf(
                    SignalValue("disconnected", "Connectivity is lost for now; the browser keeps checking and may recover without action."),
                    SignalValue("failed", "The connection will not recover by itself; only an ICE restart (restartIce()) or a new peer connection helps."),
                    SignalValue("closed", "The app closed the peer connection; it cannot be used again."),
                ),
                null,
            ),
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = null,
        deprecation = null,
    ),
    ;

    override val provider: String get() = "web_platform"

    override val codeSet: String get() = "rtc_ice_connection_state"

    override val wireValue: Any get() = value

    override val equivalent: ErrorCode? get() = null

    /** Lookups by wire value and by upstream name. */
    companion object {
        private val byValue = entries.associateBy { it.value }
        private val byName = entries.associateBy { it.upstreamName }

        /** The code with this wire value, or null for a value the catalog does not know. */
        @JvmStatic
        fun fromValue(value: String): RtcIceConnectionState? = byValue[value]

        /** The code with this upstream name (case-sensitive), or null. */
        @JvmStatic
        fun fromName(name: String): RtcIceConnectionState? = byName[name]
    }
}

/**
 * Name of the error that getUserMedia or getDisplayMedia rejects with, in the error's name attribute.
 *
 * Upstream: MediaDevices.getUserMedia in w3c/mediacapture-main Editor's Draft of 2025-10-20.
 */
enum class MediaCaptureError(
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
    /** Access to the camera, microphone or screen was not allowed. */
    NOT_ALLOWED_ERROR(
        value = "NotAllowedError",
        catalogName = "NotAllowedError",
        upstreamName = "NotAllowedError",
        summary = "Access to the camera, microphone or screen was not allowed.",
        cause = "The user or the browser denied permission, the permissions policy does not allow the camera or microphone in this document, or the user cancelled the screen picker.",
        whenItOccurs =
            listOf(
                "the user clicks Block or dismisses the prompt with a denial",
                "the permission was denied earlier and is remembered",
                "an iframe lacks allow=\"camera; microphone\"",
                "the user cancels the screen-share picker",
            ),
        category = Category.PERMISSION,
        retryPolicy = RetryPolicy.USER_ACTION,
        retryBasis = Basis.CATALOG,
        userMessage = "Your browser blocked access to your camera or microphone. Allow access in the browser settings for this site, then try again.",
        userMessageKey = "web_platform.media_capture_error.NotAllowedError",
        remediation =
            listOf(
                "Explain to the user why the app needs the device, and how to allow it in the browser's site settings.",
                "If the app runs in an iframe, add allow=\"camera; microphone\" (or display-capture) to the iframe and check the page's Permissions-Policy header.",
                "Offer a retry button rather than asking again automatically.",
                "For screen sharing, treat it as the user cancelling the picker.",
            ),
        causes =
            listOf(
                "the user denied permission",
                "a remembered denial",
                "the permissions policy does not allow the device in this document",
                "the user cancelled the screen-share picker",
            ),
        references =
            listOf(
                "https://w3c.github.io/mediacapture-main/",
                "https://w3c.github.io/mediacapture-screen-share/",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The same request is refused until the user changes the permission in the browser or site settings, so the app should explain and let the user retry.",
        deprecation = null,
    ),

    /** No device or capture source of the requested kind exists. */
    NOT_FOUND_ERROR(
        value = "NotFoundError",
        catalogName = "NotFoundError",
        upstreamName = "NotFoundError",
        summary = "No device or capture source of the requested kind exists.",
        cause = "getUserMedia found no device of a requested kind (reported only when permission for that kind is not denied); getDisplayMedia found no source of a requested type.",
        whenItOccurs =
            listOf(
                "no camera or microphone is attached or enabled",
                "the operating system hides every device of that kind",
            ),
        category = Category.USER_INPUT,
        retryPolicy = RetryPolicy.USER_ACTION,
        retryBasis = Basis.CATALOG,
        userMessage = "No camera or microphone was found. Connect or enable one, then try again.",
        userMessageKey = "web_platform.media_capture_error.NotFoundError",
        remediation =
            listOf(
                "Tell the user which device is missing (audio or video).",
                "Offer to join without that device, or to try again after connecting one.",
                "Use enumerateDevices() to check what is available before asking.",
            ),
        causes = listOf(),
        references =
            listOf(
                "https://w3c.github.io/mediacapture-main/",
                "https://w3c.github.io/mediacapture-screen-share/",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "Only the user can attach or enable a device; the app can then ask again.",
        deprecation = null,
    ),

    /** The device could not be read, for example because something else holds it. */
    NOT_READABLE_ERROR(
        value = "NotReadableError",
        catalogName = "NotReadableError",
        upstreamName = "NotReadableError",
        summary = "The device could not be read, for example because something else holds it.",
        cause = "Permission was granted, but a hardware error or an operating-system, program or web-page lock prevented access to every candidate device.",
        whenItOccurs =
            listOf(
                "another application or tab is using the camera exclusively",
                "the device driver fails",
            ),
        category = Category.CAPACITY,
        retryPolicy = RetryPolicy.USER_ACTION,
        retryBasis = Basis.CATALOG,
        userMessage = "Your camera or microphone is being used by another app. Close that app, then try again.",
        userMessageKey = "web_platform.media_capture_error.NotReadableError",
        remediation =
            listOf(
                "Ask the user to close other applications or tabs that use the camera or microphone.",
                "Let the user try again, or pick another device.",
                "If it persists with no other user of the device, suspect the driver or the operating system's privacy settings.",
            ),
        causes =
            listOf(
                "another application holds the device",
                "an operating-system lock",
                "a hardware or driver error",
            ),
        references =
            listOf(
                "https://w3c.github.io/mediacapture-main/",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The device is busy rather than missing, so a retry can succeed once the user closes the other application holding it.",
        deprecation = null,
    ),

    /** No device can satisfy the required constraints. */
    OVERCONSTRAINED_ERROR(
        value = "OverconstrainedError",
        catalogName = "OverconstrainedError",
        upstreamName = "OverconstrainedError",
        summary = "No device can satisfy the required constraints.",
        cause = "Every candidate device failed a required constraint (exact, min or max); the error's constraint attribute names it, or is empty if the device information may not be exposed.",
        whenItOccurs =
            listOf(
                "asking for an exact deviceId that no longer exists",
                "asking for a minimum resolution or frame rate the camera cannot deliver",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "Your camera or microphone does not support the requested settings.",
        userMessageKey = "web_platform.media_capture_error.OverconstrainedError",
        remediation =
            listOf(
                "Read the error's constraint attribute to see which constraint failed.",
                "Relax required constraints (use ideal instead of exact, min or max) or fall back to the default device.",
                "Refresh stored deviceIds with enumerateDevices(): a device may have been unplugged.",
            ),
        causes =
            listOf(
                "an exact deviceId that no longer exists",
                "a resolution or frame rate the device cannot deliver",
            ),
        references =
            listOf(
                "https://w3c.github.io/mediacapture-main/",
                "@webref/idl@3.85.0 mediacapture-streams.idl",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The same constraints fail again on the same devices; the app must relax them or choose another device.",
        deprecation = null,
    ),

    /** Device access failed for a reason no other name covers. */
    ABORT_ERROR(
        value = "AbortError",
        catalogName = "AbortError",
        upstreamName = "AbortError",
        summary = "Device access failed for a reason no other name covers.",
        cause = "Permission was granted and no lock was detected, but access to every candidate device failed for another reason.",
        whenItOccurs =
            listOf(
                "an unexpected failure in the browser's capture pipeline",
            ),
        category = Category.UNKNOWN,
        retryPolicy = RetryPolicy.BACKOFF,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong. Please try again.",
        userMessageKey = "web_platform.media_capture_error.AbortError",
        remediation =
            listOf(
                "Try the request again after a short delay, a few times at most.",
                "If it keeps failing, let the user pick another device or restart the browser.",
            ),
        causes = listOf(),
        references =
            listOf(
                "https://w3c.github.io/mediacapture-main/",
                "https://w3c.github.io/mediacapture-screen-share/",
            ),
        since = null,
        retrySchedule = RetrySchedule(1000, 1600, 20000, Jitter.FULL, 5),
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The cause is unspecified and possibly transient, so a bounded retry after a delay is reasonable.",
        deprecation = null,
    ),

    /** The request was made in a state that does not allow it. */
    INVALID_STATE_ERROR(
        value = "InvalidStateError",
        catalogName = "InvalidStateError",
        upstreamName = "InvalidStateError",
        summary = "The request was made in a state that does not allow it.",
        cause = "The document is not fully active; for getDisplayMedia also when the call lacks transient user activation, the document does not have focus, or the CaptureController passed in is already bound.",
        whenItOccurs =
            listOf(
                "getDisplayMedia is called outside a click or key handler",
                "capture is requested from a background or detached document",
                "a CaptureController is reused",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        userMessageKey = "web_platform.media_capture_error.InvalidStateError",
        remediation =
            listOf(
                "Call getDisplayMedia directly from a click or key handler (transient user activation).",
                "Only request capture from the active, focused, fully active document.",
                "Create a new CaptureController for each getDisplayMedia call.",
            ),
        causes =
            listOf(
                "no transient user activation",
                "the document is not fully active or has no focus",
                "a CaptureController was reused",
            ),
        references =
            listOf(
                "https://w3c.github.io/mediacapture-main/",
                "https://w3c.github.io/mediacapture-screen-share/",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "These conditions come from where and how the app calls the API, so the call has to move into a user gesture or an active, focused document.",
        deprecation = null,
    ),

    /** The constraints passed in are not acceptable. */
    TYPE_ERROR(
        value = "TypeError",
        catalogName = "TypeError",
        upstreamName = "TypeError",
        summary = "The constraints passed in are not acceptable.",
        cause = "getUserMedia was asked for no media type, or a required constraint not allowed for device selection; getDisplayMedia was called with video set to false, with advanced constraints, or with min or exact constraints.",
        whenItOccurs =
            listOf(
                "calling getUserMedia({}) or with audio and video both false",
                "passing exact or min constraints to getDisplayMedia",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        userMessageKey = "web_platform.media_capture_error.TypeError",
        remediation =
            listOf(
                "Fix the constraints: ask for at least one of audio and video in getUserMedia.",
                "For getDisplayMedia, do not set video to false and do not pass advanced, min or exact constraints.",
            ),
        causes =
            listOf(
                "getUserMedia asked for no media type",
                "a required constraint that may not be used for device selection",
                "getDisplayMedia with video false or with advanced, min or exact constraints",
            ),
        references =
            listOf(
                "https://w3c.github.io/mediacapture-main/",
                "https://w3c.github.io/mediacapture-screen-share/",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The arguments are wrong; the same call fails again until the code is fixed.",
        deprecation = null,
    ),
    ;

    override val provider: String get() = "web_platform"

    override val codeSet: String get() = "media_capture_error"

    override val wireValue: Any get() = value

    override val equivalent: ErrorCode? get() = null

    /** Lookups by wire value and by upstream name. */
    companion object {
        private val byValue = entries.associateBy { it.value }
        private val byName = entries.associateBy { it.upstreamName }

        /** The code with this wire value, or null for a value the catalog does not know. */
        @JvmStatic
        fun fromValue(value: String): MediaCaptureError? = byValue[value]

        /** The code with this upstream name (case-sensitive), or null. */
        @JvmStatic
        fun fromName(name: String): MediaCaptureError? = byName[name]
    }
}

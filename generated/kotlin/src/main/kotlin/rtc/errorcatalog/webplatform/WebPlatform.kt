// Generated from spec/ by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

package rtc.errorcatalog.webplatform

import rtc.errorcatalog.Basis
import rtc.errorcatalog.Category
import rtc.errorcatalog.ErrorCode
import rtc.errorcatalog.RetryPolicy
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
    override val isTerminal: Boolean,
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
        isTerminal = false,
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
        isTerminal = true,
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
        isTerminal = true,
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
        isTerminal = false,
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
        isTerminal = false,
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
        isTerminal = false,
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
        isTerminal = false,
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
    override val isTerminal: Boolean,
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
        isTerminal = true,
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
        isTerminal = true,
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
        isTerminal = false,
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
        isTerminal = false,
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
        isTerminal = false,
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
        isTerminal = false,
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
    override val isTerminal: Boolean,
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
        isTerminal = true,
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
        isTerminal = true,
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
        isTerminal = false,
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
        isTerminal = false,
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
        isTerminal = false,
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
        isTerminal = false,
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
        isTerminal = false,
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
    override val isTerminal: Boolean,
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
        isTerminal = false,
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
        isTerminal = false,
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
        isTerminal = false,
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
        isTerminal = false,
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
        isTerminal = false,
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
        isTerminal = false,
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
        isTerminal = false,
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

# Generated from spec/ by `cargo xtask codegen`. Do not edit: change the spec and regenerate.
"""The code sets of provider `web_platform`."""

from __future__ import annotations

from enum import StrEnum
from typing import Final

from rtc_error_catalog._taxonomy import (
    Basis,
    Category,
    CodeInfo,
    Jitter,
    RetryPolicy,
    RetrySchedule,
    RuntimeSignal,
    SignalValue,
    Terminality,
)


# WebRTC-specific kind of an RTCError, in its errorDetail attribute.
# Upstream: RTCErrorDetailType in w3c/webref 3.85.0 (package npm:@webref/idl@3.85.0).
class RtcErrorDetailType(StrEnum):
    """A code set of provider `web_platform`: `rtc_error_detail_type`."""

    # A data channel has failed.
    DATA_CHANNEL_FAILURE = "data-channel-failure"

    # DTLS negotiation failed, or the DTLS connection ended with a fatal error.
    DTLS_FAILURE = "dtls-failure"

    # The remote certificate did not match the fingerprints in the SDP.
    FINGERPRINT_FAILURE = "fingerprint-failure"

    # SCTP negotiation failed, or the SCTP association ended with a fatal error.
    SCTP_FAILURE = "sctp-failure"

    # The SDP is not syntactically valid.
    SDP_SYNTAX_ERROR = "sdp-syntax-error"

    # The hardware encoder resources for the request are not available.
    HARDWARE_ENCODER_NOT_AVAILABLE = "hardware-encoder-not-available"

    # The hardware encoder does not support the provided parameters.
    HARDWARE_ENCODER_ERROR = "hardware-encoder-error"

    @property
    def info(self) -> CodeInfo:
        """Everything the catalog says about the code."""
        return _RTC_ERROR_DETAIL_TYPE_INFO[self.name]

    @staticmethod
    def from_value(value: str) -> RtcErrorDetailType | None:
        """The code with this wire value, or None for a value the catalog does not know."""
        try:
            return RtcErrorDetailType(value)
        except ValueError:
            return None

    @staticmethod
    def from_name(name: str) -> RtcErrorDetailType | None:
        """The code with this upstream name (case-sensitive), or None."""
        for code in RtcErrorDetailType:
            if _RTC_ERROR_DETAIL_TYPE_INFO[code.name].name == name:
                return code
        return None


_RTC_ERROR_DETAIL_TYPE_INFO: Final = {
    "DATA_CHANNEL_FAILURE": CodeInfo(
        provider="web_platform",
        code_set="rtc_error_detail_type",
        value="data-channel-failure",
        name="data_channel_failure",
        catalog_name="data_channel_failure",
        summary="A data channel has failed.",
        cause="The specification fires an error event with this detail at an RTCDataChannel that is closed because of a failure, for example when applying a remote description closes data channels that could not be negotiated.",
        when=(
            "a renegotiation leaves a data channel without a usable transport",
            "the data channel is closed with an error",
        ),
        category=Category.MEDIA_NEGOTIATION,
        retry_policy=RetryPolicy.BACKOFF,
        retry_basis=Basis.CATALOG,
        retry_schedule=RetrySchedule(
            initial_delay_ms=1000,
            multiplier_thousandths=1600,
            max_delay_ms=20000,
            jitter=Jitter.FULL,
            max_attempts=5,
        ),
        runtime_signal=RuntimeSignal(
            name="RTCPeerConnection.connectionState",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="failed",
                    means="The error has taken the whole peer connection down; build a new one (or restart ICE).",
                ),
                SignalValue(
                    value="connected",
                    means="The peer connection survived the error; only the channel, transport or call that reported it is affected.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.CATALOG,
        user_message="We could not connect your audio and video. Check your network, or try another browser or device.",
        user_message_key="web_platform.rtc_error_detail_type.data_channel_failure",
        remediation=(
            "Listen for the error and close events on each RTCDataChannel and drop the failed channel.",
            "Check connectionState: if the peer connection is still connected, open a new data channel after a short delay.",
            "If channels fail after every renegotiation, check that both offers and answers keep the data channel (m=application) section.",
        ),
        causes=(
            "a renegotiation removed or rejected the data channel section",
            "the SCTP transport under the channel failed",
        ),
        references=(
            "https://w3c.github.io/webrtc-pc/",
            "@webref/idl@3.85.0 webrtc.idl",
        ),
        since=None,
        rationale="Only the one data channel closes while the peer connection carries on, so the app may open a new channel after a delay.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "DTLS_FAILURE": CodeInfo(
        provider="web_platform",
        code_set="rtc_error_detail_type",
        value="dtls-failure",
        name="dtls_failure",
        catalog_name="dtls_failure",
        summary="DTLS negotiation failed, or the DTLS connection ended with a fatal error.",
        cause="The DTLS handshake failed or a fatal DTLS alert was sent or received; the error's receivedAlert or sentAlert attribute carries the alert, and the RTCDtlsTransport moves to the failed state.",
        when=(
            "the peers cannot agree on DTLS parameters or certificates",
            "the remote peer rejects the local certificate with a fatal alert",
        ),
        category=Category.MEDIA_NEGOTIATION,
        retry_policy=RetryPolicy.BACKOFF,
        retry_basis=Basis.CATALOG,
        retry_schedule=RetrySchedule(
            initial_delay_ms=1000,
            multiplier_thousandths=1600,
            max_delay_ms=20000,
            jitter=Jitter.FULL,
            max_attempts=5,
        ),
        runtime_signal=RuntimeSignal(
            name="RTCPeerConnection.connectionState",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="failed",
                    means="The error has taken the whole peer connection down; build a new one (or restart ICE).",
                ),
                SignalValue(
                    value="connected",
                    means="The peer connection survived the error; only the channel, transport or call that reported it is affected.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="We could not set up a secure connection for your audio and video. Please try again.",
        user_message_key="web_platform.rtc_error_detail_type.dtls_failure",
        remediation=(
            "Read the error's receivedAlert and sentAlert to see which side aborted the handshake, and log them.",
            "Close the failed peer connection and create a new one after a delay; a failed DTLS transport does not recover.",
            "If it keeps failing, check the certificates each side uses (RTCPeerConnection.generateCertificate, expiry) and any middlebox that alters DTLS traffic.",
        ),
        causes=(
            "the peers cannot agree on DTLS parameters",
            "a peer rejects the other's certificate with a fatal alert",
            "a fatal alert ends an established DTLS connection",
        ),
        references=(
            "https://w3c.github.io/webrtc-pc/",
            "@webref/idl@3.85.0 webrtc.idl",
        ),
        since=None,
        rationale="A failed DTLS transport puts the peer connection in the failed state and the specification defines no recovery for it, so the app needs a new connection, which may succeed after a delay.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "FINGERPRINT_FAILURE": CodeInfo(
        provider="web_platform",
        code_set="rtc_error_detail_type",
        value="fingerprint-failure",
        name="fingerprint_failure",
        catalog_name="fingerprint_failure",
        summary="The remote certificate did not match the fingerprints in the SDP.",
        cause="The RTCDtlsTransport received a remote certificate that matches none of the fingerprints the remote description announced; the transport moves to the failed state.",
        when=(
            "the signalled SDP and the peer that answers the DTLS handshake disagree",
            "an intermediary tampers with the media path",
        ),
        category=Category.MEDIA_NEGOTIATION,
        retry_policy=RetryPolicy.NEVER,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=RuntimeSignal(
            name="RTCPeerConnection.connectionState",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="failed",
                    means="The error has taken the whole peer connection down; build a new one (or restart ICE).",
                ),
                SignalValue(
                    value="connected",
                    means="The peer connection survived the error; only the channel, transport or call that reported it is affected.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="We could not set up a secure connection for your audio and video. Please contact support if this keeps happening.",
        user_message_key="web_platform.rtc_error_detail_type.fingerprint_failure",
        remediation=(
            "Do not retry with the same descriptions: the certificate will not match again.",
            "Check that the signalling path delivers the remote SDP unmodified and to the peer that generated it (no mixed-up sessions, no SDP munging of a=fingerprint).",
            "Treat repeated mismatches as a possible attack on the media path and report them.",
        ),
        causes=(
            "the signalling paired the wrong peers",
            "the SDP fingerprint was altered",
            "an intermediary answered the DTLS handshake",
        ),
        references=(
            "https://w3c.github.io/webrtc-pc/",
            "@webref/idl@3.85.0 webrtc.idl",
        ),
        since=None,
        rationale="A fingerprint mismatch means the signalling and the media peer do not belong together (a bug or an attack), so retrying with the same descriptions fails again.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "SCTP_FAILURE": CodeInfo(
        provider="web_platform",
        code_set="rtc_error_detail_type",
        value="sctp-failure",
        name="sctp_failure",
        catalog_name="sctp_failure",
        summary="SCTP negotiation failed, or the SCTP association ended with a fatal error.",
        cause="The SCTP association under the data channels failed or was closed with an error; the error's sctpCauseCode attribute carries the SCTP cause.",
        when=(
            "the data channel transport closes with an error",
            "sending data leads to an SCTP-level error",
        ),
        category=Category.MEDIA_NEGOTIATION,
        retry_policy=RetryPolicy.BACKOFF,
        retry_basis=Basis.CATALOG,
        retry_schedule=RetrySchedule(
            initial_delay_ms=1000,
            multiplier_thousandths=1600,
            max_delay_ms=20000,
            jitter=Jitter.FULL,
            max_attempts=5,
        ),
        runtime_signal=RuntimeSignal(
            name="RTCPeerConnection.connectionState",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="failed",
                    means="The error has taken the whole peer connection down; build a new one (or restart ICE).",
                ),
                SignalValue(
                    value="connected",
                    means="The peer connection survived the error; only the channel, transport or call that reported it is affected.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.CATALOG,
        user_message="We could not connect your audio and video. Check your network, or try another browser or device.",
        user_message_key="web_platform.rtc_error_detail_type.sctp_failure",
        remediation=(
            "Log the error's sctpCauseCode, which names the SCTP cause.",
            "Keep the audio and video running; close the affected data channels.",
            "Renegotiate after a delay to restore the data channel transport, and open the channels again.",
        ),
        causes=(),
        references=(
            "https://w3c.github.io/webrtc-pc/",
            "@webref/idl@3.85.0 webrtc.idl",
        ),
        since=None,
        rationale="The failure is reported on data channels; audio and video on the same peer connection are not closed by it, and a new negotiation after a delay may restore the association.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "SDP_SYNTAX_ERROR": CodeInfo(
        provider="web_platform",
        code_set="rtc_error_detail_type",
        value="sdp-syntax-error",
        name="sdp_syntax_error",
        catalog_name="sdp_syntax_error",
        summary="The SDP is not syntactically valid.",
        cause="setRemoteDescription was given SDP that does not parse; the error's sdpLineNumber attribute gives the offending line.",
        when=(
            "the signalling layer corrupts or truncates the SDP",
            "the app munges the SDP incorrectly",
        ),
        category=Category.CLIENT_ERROR,
        retry_policy=RetryPolicy.NEVER,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=RuntimeSignal(
            name="RTCPeerConnection.connectionState",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="failed",
                    means="The error has taken the whole peer connection down; build a new one (or restart ICE).",
                ),
                SignalValue(
                    value="connected",
                    means="The peer connection survived the error; only the channel, transport or call that reported it is affected.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        user_message_key="web_platform.rtc_error_detail_type.sdp_syntax_error",
        remediation=(
            "Log the error's sdpLineNumber and the SDP line it points at.",
            "Fix the code that produced or modified the SDP (SDP munging, a signalling layer that truncates or re-encodes messages).",
            "Do not retry with the same SDP; the connection stays as it was, so a corrected description can be applied.",
        ),
        causes=(
            "the signalling layer corrupted or truncated the SDP",
            "the app modified the SDP incorrectly",
        ),
        references=(
            "https://w3c.github.io/webrtc-pc/",
            "@webref/idl@3.85.0 webrtc.idl",
        ),
        since=None,
        rationale="The same SDP fails to parse again; only the code that produced or modified it can fix it. The specification only rejects the promise, the connection stays as it was.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "HARDWARE_ENCODER_NOT_AVAILABLE": CodeInfo(
        provider="web_platform",
        code_set="rtc_error_detail_type",
        value="hardware-encoder-not-available",
        name="hardware_encoder_not_available",
        catalog_name="hardware_encoder_not_available",
        summary="The hardware encoder resources for the request are not available.",
        cause="RTCRtpSender.setParameters was rejected because configuring the media stack needed hardware encoder resources that are not available.",
        when=(
            "changing encodings asks for more hardware encoder sessions than the device has free",
        ),
        category=Category.CAPACITY,
        retry_policy=RetryPolicy.BACKOFF,
        retry_basis=Basis.CATALOG,
        retry_schedule=RetrySchedule(
            initial_delay_ms=1000,
            multiplier_thousandths=1600,
            max_delay_ms=20000,
            jitter=Jitter.FULL,
            max_attempts=5,
        ),
        runtime_signal=RuntimeSignal(
            name="RTCPeerConnection.connectionState",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="failed",
                    means="The error has taken the whole peer connection down; build a new one (or restart ICE).",
                ),
                SignalValue(
                    value="connected",
                    means="The peer connection survived the error; only the channel, transport or call that reported it is affected.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="Your device is busy and cannot send video at this quality right now.",
        user_message_key="web_platform.rtc_error_detail_type.hardware_encoder_not_available",
        remediation=(
            "Keep the sender's previous parameters, which are still in effect.",
            "Ask for fewer or smaller encodings (fewer simulcast layers, lower resolution) or try setParameters again after a delay.",
            "Stop other encoders the app no longer needs to free hardware resources.",
        ),
        causes=(),
        references=(
            "https://w3c.github.io/webrtc-pc/",
            "@webref/idl@3.85.0 webrtc.idl",
        ),
        since=None,
        rationale="The resources may free up once other encoders stop; only the setParameters promise is rejected, the sender keeps its previous parameters.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "HARDWARE_ENCODER_ERROR": CodeInfo(
        provider="web_platform",
        code_set="rtc_error_detail_type",
        value="hardware-encoder-error",
        name="hardware_encoder_error",
        catalog_name="hardware_encoder_error",
        summary="The hardware encoder does not support the provided parameters.",
        cause="RTCRtpSender.setParameters was rejected because the hardware encoder cannot encode with the requested parameters.",
        when=(
            "requesting encodings, resolutions or scalability modes the hardware encoder cannot produce",
        ),
        category=Category.CLIENT_ERROR,
        retry_policy=RetryPolicy.NEVER,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=RuntimeSignal(
            name="RTCPeerConnection.connectionState",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="failed",
                    means="The error has taken the whole peer connection down; build a new one (or restart ICE).",
                ),
                SignalValue(
                    value="connected",
                    means="The peer connection survived the error; only the channel, transport or call that reported it is affected.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        user_message_key="web_platform.rtc_error_detail_type.hardware_encoder_error",
        remediation=(
            "Keep the sender's previous parameters, which are still in effect.",
            "Request encodings the device supports: check RTCRtpSender.getCapabilities() and drop scalability modes or resolutions the hardware cannot produce.",
            "Do not repeat the same setParameters call.",
        ),
        causes=(),
        references=(
            "https://w3c.github.io/webrtc-pc/",
            "@webref/idl@3.85.0 webrtc.idl",
        ),
        since=None,
        rationale="The same parameters fail again on the same hardware; the app must request parameters the encoder supports. Only the setParameters promise is rejected.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
}


# Aggregate state of an RTCPeerConnection's ICE and DTLS transports, in its connectionState attribute.
# Upstream: RTCPeerConnectionState in w3c/webref 3.85.0 (package npm:@webref/idl@3.85.0).
class RtcPeerConnectionState(StrEnum):
    """A code set of provider `web_platform`: `rtc_peer_connection_state`."""

    # The peer connection is closed.
    CLOSED = "closed"

    # The peer connection's transports have failed.
    FAILED = "failed"

    # The peer connection has lost connectivity for now.
    DISCONNECTED = "disconnected"

    # The transports have not started connecting yet.
    NEW = "new"

    # The transports are connecting.
    CONNECTING = "connecting"

    # The transports are connected.
    CONNECTED = "connected"

    @property
    def info(self) -> CodeInfo:
        """Everything the catalog says about the code."""
        return _RTC_PEER_CONNECTION_STATE_INFO[self.name]

    @property
    def protocol_equivalent(self) -> RtcIceConnectionState | None:
        """The equivalent code in the linked code set, if any."""
        name = _RTC_PEER_CONNECTION_STATE_EQUIVALENT.get(self.name)
        return None if name is None else RtcIceConnectionState[name]

    @staticmethod
    def from_value(value: str) -> RtcPeerConnectionState | None:
        """The code with this wire value, or None for a value the catalog does not know."""
        try:
            return RtcPeerConnectionState(value)
        except ValueError:
            return None

    @staticmethod
    def from_name(name: str) -> RtcPeerConnectionState | None:
        """The code with this upstream name (case-sensitive), or None."""
        for code in RtcPeerConnectionState:
            if _RTC_PEER_CONNECTION_STATE_INFO[code.name].name == name:
                return code
        return None


_RTC_PEER_CONNECTION_STATE_INFO: Final = {
    "CLOSED": CodeInfo(
        provider="web_platform",
        code_set="rtc_peer_connection_state",
        value="closed",
        name="closed",
        catalog_name="closed",
        summary="The peer connection is closed.",
        cause="The ICE connection state is closed, which happens only once the app has called RTCPeerConnection.close().",
        when=("the app closes the peer connection",),
        category=Category.ENDED_NORMALLY,
        retry_policy=RetryPolicy.NOT_AN_ERROR,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=RuntimeSignal(
            name="RTCPeerConnection.connectionState (connectionstatechange event)",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="disconnected",
                    means="Connectivity is lost for now; the browser keeps checking and may recover without action.",
                ),
                SignalValue(
                    value="failed",
                    means="The connection will not recover by itself; only an ICE restart (restartIce()) or a new peer connection helps.",
                ),
                SignalValue(
                    value="closed",
                    means="The app closed the peer connection; it cannot be used again.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="You have left the call.",
        user_message_key="web_platform.rtc_peer_connection_state.closed",
        remediation=(
            "Nothing to fix: the app itself closed the peer connection.",
            "To talk again, create a new RTCPeerConnection; a closed one cannot be reopened.",
        ),
        causes=(),
        references=(
            "https://w3c.github.io/webrtc-pc/",
            "@webref/idl@3.85.0 webrtc.idl",
        ),
        since=None,
        rationale="Only the app's own close() call leads here, so there is nothing to retry.",
        deprecated=None,
        failure=None,
        protocol_equivalent="closed",
    ),
    "FAILED": CodeInfo(
        provider="web_platform",
        code_set="rtc_peer_connection_state",
        value="failed",
        name="failed",
        catalog_name="failed",
        summary="The peer connection's transports have failed.",
        cause="The ICE connection state is failed, or at least one DTLS transport is in the failed state.",
        when=(
            "no ICE candidate pair passes connectivity checks, for example behind a firewall without TURN",
            "a DTLS handshake fails",
        ),
        category=Category.MEDIA_NEGOTIATION,
        retry_policy=RetryPolicy.BACKOFF,
        retry_basis=Basis.CATALOG,
        retry_schedule=RetrySchedule(
            initial_delay_ms=1000,
            multiplier_thousandths=1600,
            max_delay_ms=20000,
            jitter=Jitter.FULL,
            max_attempts=5,
        ),
        runtime_signal=RuntimeSignal(
            name="RTCPeerConnection.connectionState (connectionstatechange event)",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="disconnected",
                    means="Connectivity is lost for now; the browser keeps checking and may recover without action.",
                ),
                SignalValue(
                    value="failed",
                    means="The connection will not recover by itself; only an ICE restart (restartIce()) or a new peer connection helps.",
                ),
                SignalValue(
                    value="closed",
                    means="The app closed the peer connection; it cannot be used again.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="We could not connect your audio and video. Check your network, or try another browser or device.",
        user_message_key="web_platform.rtc_peer_connection_state.failed",
        remediation=(
            "Call restartIce() (or renegotiate with an ICE restart) to try to recover the connection.",
            "If the restart fails too, close the peer connection and create a new one, with a growing delay between attempts.",
            "If it fails on some networks only, provide a TURN server (TCP or TLS on port 443) in iceServers.",
            "Tell the user that the connection was lost.",
        ),
        causes=(
            "ICE failed: no candidate pair passed connectivity checks",
            "a DTLS transport failed",
        ),
        references=(
            "https://w3c.github.io/webrtc-pc/",
            "@webref/idl@3.85.0 webrtc.idl",
        ),
        since=None,
        rationale="The specification calls a failed ICE transport terminal until ICE is restarted; an ICE restart or a new connection after a delay is the app's remaining move.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "DISCONNECTED": CodeInfo(
        provider="web_platform",
        code_set="rtc_peer_connection_state",
        value="disconnected",
        name="disconnected",
        catalog_name="disconnected",
        summary="The peer connection has lost connectivity for now.",
        cause="The ICE connection state is disconnected, with no failed transport.",
        when=("the network drops briefly or switches interface",),
        category=Category.NETWORK,
        retry_policy=RetryPolicy.AUTOMATIC,
        retry_basis=Basis.PROVIDER,
        retry_schedule=RetrySchedule(
            initial_delay_ms=1000,
            multiplier_thousandths=1600,
            max_delay_ms=120000,
            jitter=Jitter.EQUAL,
            max_attempts=10,
        ),
        runtime_signal=RuntimeSignal(
            name="RTCPeerConnection.connectionState (connectionstatechange event)",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="disconnected",
                    means="Connectivity is lost for now; the browser keeps checking and may recover without action.",
                ),
                SignalValue(
                    value="failed",
                    means="The connection will not recover by itself; only an ICE restart (restartIce()) or a new peer connection helps.",
                ),
                SignalValue(
                    value="closed",
                    means="The app closed the peer connection; it cannot be used again.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.DEPENDS,
        terminal_condition="Terminal only when the state moves on to failed; disconnected itself is transient and often returns to connected without action.",
        terminal_basis=Basis.PROVIDER,
        user_message="Your connection is unstable. Trying to reconnect...",
        user_message_key="web_platform.rtc_peer_connection_state.disconnected",
        remediation=(
            "Wait: the browser keeps checking and the state often returns to connected.",
            "Show the user that the connection is unstable.",
            "If the state becomes failed, or stays disconnected for longer than the app accepts, handle it as failed (restartIce() or a new connection).",
        ),
        causes=(),
        references=(
            "https://w3c.github.io/webrtc-pc/",
            "@webref/idl@3.85.0 webrtc.idl",
        ),
        since=None,
        rationale="The specification describes the underlying ICE disconnected state as transient and able to resolve itself without action.",
        deprecated=None,
        failure=None,
        protocol_equivalent="disconnected",
    ),
    "NEW": CodeInfo(
        provider="web_platform",
        code_set="rtc_peer_connection_state",
        value="new",
        name="new",
        catalog_name="new",
        summary="The transports have not started connecting yet.",
        cause="ICE is new and every DTLS transport is new or closed, or there are no transports.",
        when=("a peer connection has just been created",),
        category=Category.NOT_AN_ERROR,
        retry_policy=RetryPolicy.NOT_AN_ERROR,
        retry_basis=Basis.PROVIDER,
        retry_schedule=None,
        runtime_signal=RuntimeSignal(
            name="RTCPeerConnection.connectionState (connectionstatechange event)",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="disconnected",
                    means="Connectivity is lost for now; the browser keeps checking and may recover without action.",
                ),
                SignalValue(
                    value="failed",
                    means="The connection will not recover by itself; only an ICE restart (restartIce()) or a new peer connection helps.",
                ),
                SignalValue(
                    value="closed",
                    means="The app closed the peer connection; it cannot be used again.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="Everything is working normally.",
        user_message_key="web_platform.rtc_peer_connection_state.new",
        remediation=(
            "Nothing to fix: this is a normal state. Use it to drive the UI (for example a connecting indicator).",
        ),
        causes=(),
        references=(
            "https://w3c.github.io/webrtc-pc/",
            "@webref/idl@3.85.0 webrtc.idl",
        ),
        since=None,
        rationale=None,
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "CONNECTING": CodeInfo(
        provider="web_platform",
        code_set="rtc_peer_connection_state",
        value="connecting",
        name="connecting",
        catalog_name="connecting",
        summary="The transports are connecting.",
        cause="No other state applies; some ICE or DTLS transport is still being set up.",
        when=("ICE checks or the DTLS handshake are in progress",),
        category=Category.NOT_AN_ERROR,
        retry_policy=RetryPolicy.NOT_AN_ERROR,
        retry_basis=Basis.PROVIDER,
        retry_schedule=None,
        runtime_signal=RuntimeSignal(
            name="RTCPeerConnection.connectionState (connectionstatechange event)",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="disconnected",
                    means="Connectivity is lost for now; the browser keeps checking and may recover without action.",
                ),
                SignalValue(
                    value="failed",
                    means="The connection will not recover by itself; only an ICE restart (restartIce()) or a new peer connection helps.",
                ),
                SignalValue(
                    value="closed",
                    means="The app closed the peer connection; it cannot be used again.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="Everything is working normally.",
        user_message_key="web_platform.rtc_peer_connection_state.connecting",
        remediation=(
            "Nothing to fix: this is a normal state. Use it to drive the UI (for example a connecting indicator).",
        ),
        causes=(),
        references=(
            "https://w3c.github.io/webrtc-pc/",
            "@webref/idl@3.85.0 webrtc.idl",
        ),
        since=None,
        rationale=None,
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "CONNECTED": CodeInfo(
        provider="web_platform",
        code_set="rtc_peer_connection_state",
        value="connected",
        name="connected",
        catalog_name="connected",
        summary="The transports are connected.",
        cause="ICE is connected and every DTLS transport is connected or closed.",
        when=("media can flow",),
        category=Category.NOT_AN_ERROR,
        retry_policy=RetryPolicy.NOT_AN_ERROR,
        retry_basis=Basis.PROVIDER,
        retry_schedule=None,
        runtime_signal=RuntimeSignal(
            name="RTCPeerConnection.connectionState (connectionstatechange event)",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="disconnected",
                    means="Connectivity is lost for now; the browser keeps checking and may recover without action.",
                ),
                SignalValue(
                    value="failed",
                    means="The connection will not recover by itself; only an ICE restart (restartIce()) or a new peer connection helps.",
                ),
                SignalValue(
                    value="closed",
                    means="The app closed the peer connection; it cannot be used again.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="Everything is working normally.",
        user_message_key="web_platform.rtc_peer_connection_state.connected",
        remediation=(
            "Nothing to fix: this is a normal state. Use it to drive the UI (for example a connecting indicator).",
        ),
        causes=(),
        references=(
            "https://w3c.github.io/webrtc-pc/",
            "@webref/idl@3.85.0 webrtc.idl",
        ),
        since=None,
        rationale=None,
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
}
_RTC_PEER_CONNECTION_STATE_EQUIVALENT: Final = {
    "CLOSED": "CLOSED",
    "DISCONNECTED": "DISCONNECTED",
}


# Aggregate state of an RTCPeerConnection's ICE transports, in its iceConnectionState attribute.
# Upstream: RTCIceConnectionState in w3c/webref 3.85.0 (package npm:@webref/idl@3.85.0).
class RtcIceConnectionState(StrEnum):
    """A code set of provider `web_platform`: `rtc_ice_connection_state`."""

    # The peer connection is closed.
    CLOSED = "closed"

    # ICE has failed.
    FAILED = "failed"

    # ICE connectivity is lost for now.
    DISCONNECTED = "disconnected"

    # ICE has not started.
    NEW = "new"

    # ICE is checking candidate pairs.
    CHECKING = "checking"

    # ICE has finished checking and found connections.
    COMPLETED = "completed"

    # ICE has a usable connection.
    CONNECTED = "connected"

    @property
    def info(self) -> CodeInfo:
        """Everything the catalog says about the code."""
        return _RTC_ICE_CONNECTION_STATE_INFO[self.name]

    @staticmethod
    def from_value(value: str) -> RtcIceConnectionState | None:
        """The code with this wire value, or None for a value the catalog does not know."""
        try:
            return RtcIceConnectionState(value)
        except ValueError:
            return None

    @staticmethod
    def from_name(name: str) -> RtcIceConnectionState | None:
        """The code with this upstream name (case-sensitive), or None."""
        for code in RtcIceConnectionState:
            if _RTC_ICE_CONNECTION_STATE_INFO[code.name].name == name:
                return code
        return None


_RTC_ICE_CONNECTION_STATE_INFO: Final = {
    "CLOSED": CodeInfo(
        provider="web_platform",
        code_set="rtc_ice_connection_state",
        value="closed",
        name="closed",
        catalog_name="closed",
        summary="The peer connection is closed.",
        cause="The RTCPeerConnection's [[IsClosed]] slot is true, which only RTCPeerConnection.close() sets.",
        when=("the app closes the peer connection",),
        category=Category.ENDED_NORMALLY,
        retry_policy=RetryPolicy.NOT_AN_ERROR,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=RuntimeSignal(
            name="RTCPeerConnection.iceConnectionState (iceconnectionstatechange event)",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="disconnected",
                    means="Connectivity is lost for now; the browser keeps checking and may recover without action.",
                ),
                SignalValue(
                    value="failed",
                    means="The connection will not recover by itself; only an ICE restart (restartIce()) or a new peer connection helps.",
                ),
                SignalValue(
                    value="closed",
                    means="The app closed the peer connection; it cannot be used again.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="You have left the call.",
        user_message_key="web_platform.rtc_ice_connection_state.closed",
        remediation=(
            "Nothing to fix: the app itself closed the peer connection.",
            "To talk again, create a new RTCPeerConnection; a closed one cannot be reopened.",
        ),
        causes=(),
        references=(
            "https://w3c.github.io/webrtc-pc/",
            "@webref/idl@3.85.0 webrtc.idl",
        ),
        since=None,
        rationale="Only the app's own close() call leads here, so there is nothing to retry.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "FAILED": CodeInfo(
        provider="web_platform",
        code_set="rtc_ice_connection_state",
        value="failed",
        name="failed",
        catalog_name="failed",
        summary="ICE has failed.",
        cause="At least one ICE transport has checked every candidate pair and all of them failed connectivity checks or lost consent.",
        when=(
            "a firewall or symmetric NAT blocks every path and no TURN relay works",
            "connectivity is lost for good, for example after a network change the ICE agent cannot recover from",
        ),
        category=Category.MEDIA_NEGOTIATION,
        retry_policy=RetryPolicy.BACKOFF,
        retry_basis=Basis.CATALOG,
        retry_schedule=RetrySchedule(
            initial_delay_ms=1000,
            multiplier_thousandths=1600,
            max_delay_ms=20000,
            jitter=Jitter.FULL,
            max_attempts=5,
        ),
        runtime_signal=RuntimeSignal(
            name="RTCPeerConnection.iceConnectionState (iceconnectionstatechange event)",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="disconnected",
                    means="Connectivity is lost for now; the browser keeps checking and may recover without action.",
                ),
                SignalValue(
                    value="failed",
                    means="The connection will not recover by itself; only an ICE restart (restartIce()) or a new peer connection helps.",
                ),
                SignalValue(
                    value="closed",
                    means="The app closed the peer connection; it cannot be used again.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="We could not connect your audio and video. Check your network, or try another browser or device.",
        user_message_key="web_platform.rtc_ice_connection_state.failed",
        remediation=(
            "Call restartIce() to gather new candidates and check again.",
            "If the restart fails too, build a new peer connection, with a growing delay between attempts.",
            "Provide a TURN server (TCP or TLS on port 443) in iceServers for networks that block direct paths.",
        ),
        causes=(
            "a firewall or symmetric NAT blocks every candidate pair and no TURN relay works",
            "consent checks failed after a network change",
        ),
        references=(
            "https://w3c.github.io/webrtc-pc/",
            "@webref/idl@3.85.0 webrtc.idl",
        ),
        since=None,
        rationale="The specification calls the failed state terminal until ICE is restarted; the app should call restartIce() or build a new connection, with backoff if it keeps failing.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "DISCONNECTED": CodeInfo(
        provider="web_platform",
        code_set="rtc_ice_connection_state",
        value="disconnected",
        name="disconnected",
        catalog_name="disconnected",
        summary="ICE connectivity is lost for now.",
        cause="At least one ICE transport has determined that connectivity is currently lost, and none has failed.",
        when=("the network drops briefly or switches interface",),
        category=Category.NETWORK,
        retry_policy=RetryPolicy.AUTOMATIC,
        retry_basis=Basis.PROVIDER,
        retry_schedule=RetrySchedule(
            initial_delay_ms=1000,
            multiplier_thousandths=1600,
            max_delay_ms=120000,
            jitter=Jitter.EQUAL,
            max_attempts=10,
        ),
        runtime_signal=RuntimeSignal(
            name="RTCPeerConnection.iceConnectionState (iceconnectionstatechange event)",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="disconnected",
                    means="Connectivity is lost for now; the browser keeps checking and may recover without action.",
                ),
                SignalValue(
                    value="failed",
                    means="The connection will not recover by itself; only an ICE restart (restartIce()) or a new peer connection helps.",
                ),
                SignalValue(
                    value="closed",
                    means="The app closed the peer connection; it cannot be used again.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.DEPENDS,
        terminal_condition="Terminal only when the state moves on to failed; disconnected itself is transient and may resolve without action.",
        terminal_basis=Basis.PROVIDER,
        user_message="Your connection is unstable. Trying to reconnect...",
        user_message_key="web_platform.rtc_ice_connection_state.disconnected",
        remediation=(
            "Wait: the ICE agent keeps checking and the state may return to connected.",
            "Show the user that the connection is unstable.",
            "If the state becomes failed, call restartIce() or build a new connection.",
        ),
        causes=(),
        references=(
            "https://w3c.github.io/webrtc-pc/",
            "@webref/idl@3.85.0 webrtc.idl",
        ),
        since=None,
        rationale="The specification describes the state as transient, one that may resolve itself without action on a flaky network.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "NEW": CodeInfo(
        provider="web_platform",
        code_set="rtc_ice_connection_state",
        value="new",
        name="new",
        catalog_name="new",
        summary="ICE has not started.",
        cause="Every ICE transport is new or closed, or there are no transports.",
        when=("a peer connection has just been created",),
        category=Category.NOT_AN_ERROR,
        retry_policy=RetryPolicy.NOT_AN_ERROR,
        retry_basis=Basis.PROVIDER,
        retry_schedule=None,
        runtime_signal=RuntimeSignal(
            name="RTCPeerConnection.iceConnectionState (iceconnectionstatechange event)",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="disconnected",
                    means="Connectivity is lost for now; the browser keeps checking and may recover without action.",
                ),
                SignalValue(
                    value="failed",
                    means="The connection will not recover by itself; only an ICE restart (restartIce()) or a new peer connection helps.",
                ),
                SignalValue(
                    value="closed",
                    means="The app closed the peer connection; it cannot be used again.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="Everything is working normally.",
        user_message_key="web_platform.rtc_ice_connection_state.new",
        remediation=(
            "Nothing to fix: this is a normal state. Use it to drive the UI (for example a connecting indicator).",
        ),
        causes=(),
        references=(
            "https://w3c.github.io/webrtc-pc/",
            "@webref/idl@3.85.0 webrtc.idl",
        ),
        since=None,
        rationale=None,
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "CHECKING": CodeInfo(
        provider="web_platform",
        code_set="rtc_ice_connection_state",
        value="checking",
        name="checking",
        catalog_name="checking",
        summary="ICE is checking candidate pairs.",
        cause="Some ICE transport is new or checking and none is failed or disconnected.",
        when=("connectivity checks are running",),
        category=Category.NOT_AN_ERROR,
        retry_policy=RetryPolicy.NOT_AN_ERROR,
        retry_basis=Basis.PROVIDER,
        retry_schedule=None,
        runtime_signal=RuntimeSignal(
            name="RTCPeerConnection.iceConnectionState (iceconnectionstatechange event)",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="disconnected",
                    means="Connectivity is lost for now; the browser keeps checking and may recover without action.",
                ),
                SignalValue(
                    value="failed",
                    means="The connection will not recover by itself; only an ICE restart (restartIce()) or a new peer connection helps.",
                ),
                SignalValue(
                    value="closed",
                    means="The app closed the peer connection; it cannot be used again.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="Everything is working normally.",
        user_message_key="web_platform.rtc_ice_connection_state.checking",
        remediation=(
            "Nothing to fix: this is a normal state. Use it to drive the UI (for example a connecting indicator).",
        ),
        causes=(),
        references=(
            "https://w3c.github.io/webrtc-pc/",
            "@webref/idl@3.85.0 webrtc.idl",
        ),
        since=None,
        rationale=None,
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "COMPLETED": CodeInfo(
        provider="web_platform",
        code_set="rtc_ice_connection_state",
        value="completed",
        name="completed",
        catalog_name="completed",
        summary="ICE has finished checking and found connections.",
        cause="Every ICE transport is completed or closed.",
        when=("all checks finished and a pair was selected",),
        category=Category.NOT_AN_ERROR,
        retry_policy=RetryPolicy.NOT_AN_ERROR,
        retry_basis=Basis.PROVIDER,
        retry_schedule=None,
        runtime_signal=RuntimeSignal(
            name="RTCPeerConnection.iceConnectionState (iceconnectionstatechange event)",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="disconnected",
                    means="Connectivity is lost for now; the browser keeps checking and may recover without action.",
                ),
                SignalValue(
                    value="failed",
                    means="The connection will not recover by itself; only an ICE restart (restartIce()) or a new peer connection helps.",
                ),
                SignalValue(
                    value="closed",
                    means="The app closed the peer connection; it cannot be used again.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="Everything is working normally.",
        user_message_key="web_platform.rtc_ice_connection_state.completed",
        remediation=(
            "Nothing to fix: this is a normal state. Use it to drive the UI (for example a connecting indicator).",
        ),
        causes=(),
        references=(
            "https://w3c.github.io/webrtc-pc/",
            "@webref/idl@3.85.0 webrtc.idl",
        ),
        since=None,
        rationale=None,
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "CONNECTED": CodeInfo(
        provider="web_platform",
        code_set="rtc_ice_connection_state",
        value="connected",
        name="connected",
        catalog_name="connected",
        summary="ICE has a usable connection.",
        cause="Every ICE transport is connected, completed or closed.",
        when=("media can flow while ICE may still be checking other pairs",),
        category=Category.NOT_AN_ERROR,
        retry_policy=RetryPolicy.NOT_AN_ERROR,
        retry_basis=Basis.PROVIDER,
        retry_schedule=None,
        runtime_signal=RuntimeSignal(
            name="RTCPeerConnection.iceConnectionState (iceconnectionstatechange event)",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="disconnected",
                    means="Connectivity is lost for now; the browser keeps checking and may recover without action.",
                ),
                SignalValue(
                    value="failed",
                    means="The connection will not recover by itself; only an ICE restart (restartIce()) or a new peer connection helps.",
                ),
                SignalValue(
                    value="closed",
                    means="The app closed the peer connection; it cannot be used again.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="Everything is working normally.",
        user_message_key="web_platform.rtc_ice_connection_state.connected",
        remediation=(
            "Nothing to fix: this is a normal state. Use it to drive the UI (for example a connecting indicator).",
        ),
        causes=(),
        references=(
            "https://w3c.github.io/webrtc-pc/",
            "@webref/idl@3.85.0 webrtc.idl",
        ),
        since=None,
        rationale=None,
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
}


# Name of the error that getUserMedia or getDisplayMedia rejects with, in the error's name attribute.
# Upstream: MediaDevices.getUserMedia in w3c/mediacapture-main Editor's Draft of 2025-10-20.
class MediaCaptureError(StrEnum):
    """A code set of provider `web_platform`: `media_capture_error`."""

    # Access to the camera, microphone or screen was not allowed.
    NOT_ALLOWED_ERROR = "NotAllowedError"

    # No device or capture source of the requested kind exists.
    NOT_FOUND_ERROR = "NotFoundError"

    # The device could not be read, for example because something else holds it.
    NOT_READABLE_ERROR = "NotReadableError"

    # No device can satisfy the required constraints.
    OVERCONSTRAINED_ERROR = "OverconstrainedError"

    # Device access failed for a reason no other name covers.
    ABORT_ERROR = "AbortError"

    # The request was made in a state that does not allow it.
    INVALID_STATE_ERROR = "InvalidStateError"

    # The constraints passed in are not acceptable.
    TYPE_ERROR = "TypeError"

    @property
    def info(self) -> CodeInfo:
        """Everything the catalog says about the code."""
        return _MEDIA_CAPTURE_ERROR_INFO[self.name]

    @staticmethod
    def from_value(value: str) -> MediaCaptureError | None:
        """The code with this wire value, or None for a value the catalog does not know."""
        try:
            return MediaCaptureError(value)
        except ValueError:
            return None

    @staticmethod
    def from_name(name: str) -> MediaCaptureError | None:
        """The code with this upstream name (case-sensitive), or None."""
        for code in MediaCaptureError:
            if _MEDIA_CAPTURE_ERROR_INFO[code.name].name == name:
                return code
        return None


_MEDIA_CAPTURE_ERROR_INFO: Final = {
    "NOT_ALLOWED_ERROR": CodeInfo(
        provider="web_platform",
        code_set="media_capture_error",
        value="NotAllowedError",
        name="NotAllowedError",
        catalog_name="NotAllowedError",
        summary="Access to the camera, microphone or screen was not allowed.",
        cause="The user or the browser denied permission, the permissions policy does not allow the camera or microphone in this document, or the user cancelled the screen picker.",
        when=(
            "the user clicks Block or dismisses the prompt with a denial",
            "the permission was denied earlier and is remembered",
            'an iframe lacks allow="camera; microphone"',
            "the user cancels the screen-share picker",
        ),
        category=Category.PERMISSION,
        retry_policy=RetryPolicy.USER_ACTION,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=None,
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.CATALOG,
        user_message="Your browser blocked access to your camera or microphone. Allow access in the browser settings for this site, then try again.",
        user_message_key="web_platform.media_capture_error.NotAllowedError",
        remediation=(
            "Explain to the user why the app needs the device, and how to allow it in the browser's site settings.",
            'If the app runs in an iframe, add allow="camera; microphone" (or display-capture) to the iframe and check the page\'s Permissions-Policy header.',
            "Offer a retry button rather than asking again automatically.",
            "For screen sharing, treat it as the user cancelling the picker.",
        ),
        causes=(
            "the user denied permission",
            "a remembered denial",
            "the permissions policy does not allow the device in this document",
            "the user cancelled the screen-share picker",
        ),
        references=(
            "https://w3c.github.io/mediacapture-main/",
            "https://w3c.github.io/mediacapture-screen-share/",
        ),
        since=None,
        rationale="The same request is refused until the user changes the permission in the browser or site settings, so the app should explain and let the user retry.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "NOT_FOUND_ERROR": CodeInfo(
        provider="web_platform",
        code_set="media_capture_error",
        value="NotFoundError",
        name="NotFoundError",
        catalog_name="NotFoundError",
        summary="No device or capture source of the requested kind exists.",
        cause="getUserMedia found no device of a requested kind (reported only when permission for that kind is not denied); getDisplayMedia found no source of a requested type.",
        when=(
            "no camera or microphone is attached or enabled",
            "the operating system hides every device of that kind",
        ),
        category=Category.USER_INPUT,
        retry_policy=RetryPolicy.USER_ACTION,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=None,
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.CATALOG,
        user_message="No camera or microphone was found. Connect or enable one, then try again.",
        user_message_key="web_platform.media_capture_error.NotFoundError",
        remediation=(
            "Tell the user which device is missing (audio or video).",
            "Offer to join without that device, or to try again after connecting one.",
            "Use enumerateDevices() to check what is available before asking.",
        ),
        causes=(),
        references=(
            "https://w3c.github.io/mediacapture-main/",
            "https://w3c.github.io/mediacapture-screen-share/",
        ),
        since=None,
        rationale="Only the user can attach or enable a device; the app can then ask again.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "NOT_READABLE_ERROR": CodeInfo(
        provider="web_platform",
        code_set="media_capture_error",
        value="NotReadableError",
        name="NotReadableError",
        catalog_name="NotReadableError",
        summary="The device could not be read, for example because something else holds it.",
        cause="Permission was granted, but a hardware error or an operating-system, program or web-page lock prevented access to every candidate device.",
        when=(
            "another application or tab is using the camera exclusively",
            "the device driver fails",
        ),
        category=Category.CAPACITY,
        retry_policy=RetryPolicy.USER_ACTION,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=None,
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.CATALOG,
        user_message="Your camera or microphone is being used by another app. Close that app, then try again.",
        user_message_key="web_platform.media_capture_error.NotReadableError",
        remediation=(
            "Ask the user to close other applications or tabs that use the camera or microphone.",
            "Let the user try again, or pick another device.",
            "If it persists with no other user of the device, suspect the driver or the operating system's privacy settings.",
        ),
        causes=(
            "another application holds the device",
            "an operating-system lock",
            "a hardware or driver error",
        ),
        references=("https://w3c.github.io/mediacapture-main/",),
        since=None,
        rationale="The device is busy rather than missing, so a retry can succeed once the user closes the other application holding it.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "OVERCONSTRAINED_ERROR": CodeInfo(
        provider="web_platform",
        code_set="media_capture_error",
        value="OverconstrainedError",
        name="OverconstrainedError",
        catalog_name="OverconstrainedError",
        summary="No device can satisfy the required constraints.",
        cause="Every candidate device failed a required constraint (exact, min or max); the error's constraint attribute names it, or is empty if the device information may not be exposed.",
        when=(
            "asking for an exact deviceId that no longer exists",
            "asking for a minimum resolution or frame rate the camera cannot deliver",
        ),
        category=Category.CLIENT_ERROR,
        retry_policy=RetryPolicy.NEVER,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=None,
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.CATALOG,
        user_message="Your camera or microphone does not support the requested settings.",
        user_message_key="web_platform.media_capture_error.OverconstrainedError",
        remediation=(
            "Read the error's constraint attribute to see which constraint failed.",
            "Relax required constraints (use ideal instead of exact, min or max) or fall back to the default device.",
            "Refresh stored deviceIds with enumerateDevices(): a device may have been unplugged.",
        ),
        causes=(
            "an exact deviceId that no longer exists",
            "a resolution or frame rate the device cannot deliver",
        ),
        references=(
            "https://w3c.github.io/mediacapture-main/",
            "@webref/idl@3.85.0 mediacapture-streams.idl",
        ),
        since=None,
        rationale="The same constraints fail again on the same devices; the app must relax them or choose another device.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "ABORT_ERROR": CodeInfo(
        provider="web_platform",
        code_set="media_capture_error",
        value="AbortError",
        name="AbortError",
        catalog_name="AbortError",
        summary="Device access failed for a reason no other name covers.",
        cause="Permission was granted and no lock was detected, but access to every candidate device failed for another reason.",
        when=("an unexpected failure in the browser's capture pipeline",),
        category=Category.UNKNOWN,
        retry_policy=RetryPolicy.BACKOFF,
        retry_basis=Basis.CATALOG,
        retry_schedule=RetrySchedule(
            initial_delay_ms=1000,
            multiplier_thousandths=1600,
            max_delay_ms=20000,
            jitter=Jitter.FULL,
            max_attempts=5,
        ),
        runtime_signal=None,
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.CATALOG,
        user_message="Something went wrong. Please try again.",
        user_message_key="web_platform.media_capture_error.AbortError",
        remediation=(
            "Try the request again after a short delay, a few times at most.",
            "If it keeps failing, let the user pick another device or restart the browser.",
        ),
        causes=(),
        references=(
            "https://w3c.github.io/mediacapture-main/",
            "https://w3c.github.io/mediacapture-screen-share/",
        ),
        since=None,
        rationale="The cause is unspecified and possibly transient, so a bounded retry after a delay is reasonable.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "INVALID_STATE_ERROR": CodeInfo(
        provider="web_platform",
        code_set="media_capture_error",
        value="InvalidStateError",
        name="InvalidStateError",
        catalog_name="InvalidStateError",
        summary="The request was made in a state that does not allow it.",
        cause="The document is not fully active; for getDisplayMedia also when the call lacks transient user activation, the document does not have focus, or the CaptureController passed in is already bound.",
        when=(
            "getDisplayMedia is called outside a click or key handler",
            "capture is requested from a background or detached document",
            "a CaptureController is reused",
        ),
        category=Category.CLIENT_ERROR,
        retry_policy=RetryPolicy.NEVER,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=None,
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.CATALOG,
        user_message="Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        user_message_key="web_platform.media_capture_error.InvalidStateError",
        remediation=(
            "Call getDisplayMedia directly from a click or key handler (transient user activation).",
            "Only request capture from the active, focused, fully active document.",
            "Create a new CaptureController for each getDisplayMedia call.",
        ),
        causes=(
            "no transient user activation",
            "the document is not fully active or has no focus",
            "a CaptureController was reused",
        ),
        references=(
            "https://w3c.github.io/mediacapture-main/",
            "https://w3c.github.io/mediacapture-screen-share/",
        ),
        since=None,
        rationale="These conditions come from where and how the app calls the API, so the call has to move into a user gesture or an active, focused document.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "TYPE_ERROR": CodeInfo(
        provider="web_platform",
        code_set="media_capture_error",
        value="TypeError",
        name="TypeError",
        catalog_name="TypeError",
        summary="The constraints passed in are not acceptable.",
        cause="getUserMedia was asked for no media type, or a required constraint not allowed for device selection; getDisplayMedia was called with video set to false, with advanced constraints, or with min or exact constraints.",
        when=(
            "calling getUserMedia({}) or with audio and video both false",
            "passing exact or min constraints to getDisplayMedia",
        ),
        category=Category.CLIENT_ERROR,
        retry_policy=RetryPolicy.NEVER,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=None,
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.CATALOG,
        user_message="Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        user_message_key="web_platform.media_capture_error.TypeError",
        remediation=(
            "Fix the constraints: ask for at least one of audio and video in getUserMedia.",
            "For getDisplayMedia, do not set video to false and do not pass advanced, min or exact constraints.",
        ),
        causes=(
            "getUserMedia asked for no media type",
            "a required constraint that may not be used for device selection",
            "getDisplayMedia with video false or with advanced, min or exact constraints",
        ),
        references=(
            "https://w3c.github.io/mediacapture-main/",
            "https://w3c.github.io/mediacapture-screen-share/",
        ),
        since=None,
        rationale="The arguments are wrong; the same call fails again until the code is fixed.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
}

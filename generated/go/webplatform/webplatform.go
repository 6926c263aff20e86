// Code generated from spec/ by `cargo xtask codegen`. DO NOT EDIT.

// Package webplatform has the error codes of Web platform (WebRTC and Media Capture), one type per code set.
package webplatform

import (
	"fmt"

	errorcatalog "github.com/rtc-error-catalog/rtc-error-catalog/generated/go"
)

// RtcErrorDetailType: WebRTC-specific kind of an RTCError, in its errorDetail attribute.
//
// Upstream: RTCErrorDetailType in w3c/webref 3.85.0 (package npm:@webref/idl@3.85.0).
type RtcErrorDetailType string

// Every RtcErrorDetailType, in upstream order.
const (
	// RtcErrorDetailTypeDataChannelFailure: A data channel has failed.
	RtcErrorDetailTypeDataChannelFailure RtcErrorDetailType = "data-channel-failure"

	// RtcErrorDetailTypeDtlsFailure: DTLS negotiation failed, or the DTLS connection ended with a fatal error.
	RtcErrorDetailTypeDtlsFailure RtcErrorDetailType = "dtls-failure"

	// RtcErrorDetailTypeFingerprintFailure: The remote certificate did not match the fingerprints in the SDP.
	RtcErrorDetailTypeFingerprintFailure RtcErrorDetailType = "fingerprint-failure"

	// RtcErrorDetailTypeSctpFailure: SCTP negotiation failed, or the SCTP association ended with a fatal error.
	RtcErrorDetailTypeSctpFailure RtcErrorDetailType = "sctp-failure"

	// RtcErrorDetailTypeSdpSyntaxError: The SDP is not syntactically valid.
	RtcErrorDetailTypeSdpSyntaxError RtcErrorDetailType = "sdp-syntax-error"

	// RtcErrorDetailTypeHardwareEncoderNotAvailable: The hardware encoder resources for the request are not available.
	RtcErrorDetailTypeHardwareEncoderNotAvailable RtcErrorDetailType = "hardware-encoder-not-available"

	// RtcErrorDetailTypeHardwareEncoderError: The hardware encoder does not support the provided parameters.
	RtcErrorDetailTypeHardwareEncoderError RtcErrorDetailType = "hardware-encoder-error"
)

// RtcErrorDetailTypeFromValue returns the code with this wire value, and whether the catalog knows it.
func RtcErrorDetailTypeFromValue(value string) (RtcErrorDetailType, bool) {
	if c := RtcErrorDetailType(value); c.index() >= 0 {
		return c, true
	}
	return "", false
}

// ParseRtcErrorDetailType returns the code with this upstream name (case-sensitive), and whether
// there is one.
func ParseRtcErrorDetailType(name string) (RtcErrorDetailType, bool) {
	switch name {
	case "data_channel_failure":
		return RtcErrorDetailTypeDataChannelFailure, true
	case "dtls_failure":
		return RtcErrorDetailTypeDtlsFailure, true
	case "fingerprint_failure":
		return RtcErrorDetailTypeFingerprintFailure, true
	case "sctp_failure":
		return RtcErrorDetailTypeSctpFailure, true
	case "sdp_syntax_error":
		return RtcErrorDetailTypeSdpSyntaxError, true
	case "hardware_encoder_not_available":
		return RtcErrorDetailTypeHardwareEncoderNotAvailable, true
	case "hardware_encoder_error":
		return RtcErrorDetailTypeHardwareEncoderError, true
	}
	return "", false
}

// AllRtcErrorDetailTypeValues returns every code, in upstream order.
func AllRtcErrorDetailTypeValues() []RtcErrorDetailType {
	return []RtcErrorDetailType{
		RtcErrorDetailTypeDataChannelFailure,
		RtcErrorDetailTypeDtlsFailure,
		RtcErrorDetailTypeFingerprintFailure,
		RtcErrorDetailTypeSctpFailure,
		RtcErrorDetailTypeSdpSyntaxError,
		RtcErrorDetailTypeHardwareEncoderNotAvailable,
		RtcErrorDetailTypeHardwareEncoderError,
	}
}

// String returns the name exactly as upstream spells it, or RtcErrorDetailType(value) for a value the
// catalog does not know.
func (c RtcErrorDetailType) String() string {
	if i := c.index(); i >= 0 {
		return rtcErrorDetailTypeInfo[i].UpstreamName
	}
	return fmt.Sprintf("RtcErrorDetailType(%q)", string(c))
}

// WireValue returns the wire value, an string.
func (c RtcErrorDetailType) WireValue() any { return string(c) }

// Info returns everything the catalog says about the code, or nil for a value it does not
// know. The Info is shared: read it, do not change it.
func (c RtcErrorDetailType) Info() *errorcatalog.Info {
	if i := c.index(); i >= 0 {
		return &rtcErrorDetailTypeInfo[i]
	}
	return nil
}

// index is the code's row in rtcErrorDetailTypeInfo, or -1.
func (c RtcErrorDetailType) index() int {
	switch c {
	case RtcErrorDetailTypeDataChannelFailure:
		return 0
	case RtcErrorDetailTypeDtlsFailure:
		return 1
	case RtcErrorDetailTypeFingerprintFailure:
		return 2
	case RtcErrorDetailTypeSctpFailure:
		return 3
	case RtcErrorDetailTypeSdpSyntaxError:
		return 4
	case RtcErrorDetailTypeHardwareEncoderNotAvailable:
		return 5
	case RtcErrorDetailTypeHardwareEncoderError:
		return 6
	}
	return -1
}

var rtcErrorDetailTypeInfo = [...]errorcatalog.Info{
	{
		Provider:           "web_platform",
		CodeSet:            "rtc_error_detail_type",
		CatalogName:        "data_channel_failure",
		UpstreamName:       "data_channel_failure",
		Summary:            "A data channel has failed.",
		Cause:              "The specification fires an error event with this detail at an RTCDataChannel that is closed because of a failure, for example when applying a remote description closes data channels that could not be negotiated.",
		When:               []string{"a renegotiation leaves a data channel without a usable transport", "the data channel is closed with an error"},
		Category:           errorcatalog.CategoryMediaNegotiation,
		RetryPolicy:        errorcatalog.RetryPolicyBackoff,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "We could not connect your audio and video. Check your network, or try another browser or device.",
		UserMessageKey:     "web_platform.rtc_error_detail_type.data_channel_failure",
		Remediation:        []string{"Listen for the error and close events on each RTCDataChannel and drop the failed channel.", "Check connectionState: if the peer connection is still connected, open a new data channel after a short delay.", "If channels fail after every renegotiation, check that both offers and answers keep the data channel (m=application) section."},
		Causes:             []string{"a renegotiation removed or rejected the data channel section", "the SCTP transport under the channel failed"},
		References:         []string{"https://w3c.github.io/webrtc-pc/", "@webref/idl@3.85.0 webrtc.idl"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 1000, MultiplierThousandths: 1600, MaxDelayMs: 20000, Jitter: errorcatalog.JitterFull, MaxAttempts: 5},
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "RTCPeerConnection.connectionState", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "failed", Means: "The error has taken the whole peer connection down; build a new one (or restart ICE)."}, {Value: "connected", Means: "The peer connection survived the error; only the channel, transport or call that reported it is affected."}}, Meaning: ""},
		Rationale:          "Only the one data channel closes while the peer connection carries on, so the app may open a new channel after a delay.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "web_platform",
		CodeSet:            "rtc_error_detail_type",
		CatalogName:        "dtls_failure",
		UpstreamName:       "dtls_failure",
		Summary:            "DTLS negotiation failed, or the DTLS connection ended with a fatal error.",
		Cause:              "The DTLS handshake failed or a fatal DTLS alert was sent or received; the error's receivedAlert or sentAlert attribute carries the alert, and the RTCDtlsTransport moves to the failed state.",
		When:               []string{"the peers cannot agree on DTLS parameters or certificates", "the remote peer rejects the local certificate with a fatal alert"},
		Category:           errorcatalog.CategoryMediaNegotiation,
		RetryPolicy:        errorcatalog.RetryPolicyBackoff,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "We could not set up a secure connection for your audio and video. Please try again.",
		UserMessageKey:     "web_platform.rtc_error_detail_type.dtls_failure",
		Remediation:        []string{"Read the error's receivedAlert and sentAlert to see which side aborted the handshake, and log them.", "Close the failed peer connection and create a new one after a delay; a failed DTLS transport does not recover.", "If it keeps failing, check the certificates each side uses (RTCPeerConnection.generateCertificate, expiry) and any middlebox that alters DTLS traffic."},
		Causes:             []string{"the peers cannot agree on DTLS parameters", "a peer rejects the other's certificate with a fatal alert", "a fatal alert ends an established DTLS connection"},
		References:         []string{"https://w3c.github.io/webrtc-pc/", "@webref/idl@3.85.0 webrtc.idl"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 1000, MultiplierThousandths: 1600, MaxDelayMs: 20000, Jitter: errorcatalog.JitterFull, MaxAttempts: 5},
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "RTCPeerConnection.connectionState", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "failed", Means: "The error has taken the whole peer connection down; build a new one (or restart ICE)."}, {Value: "connected", Means: "The peer connection survived the error; only the channel, transport or call that reported it is affected."}}, Meaning: ""},
		Rationale:          "A failed DTLS transport puts the peer connection in the failed state and the specification defines no recovery for it, so the app needs a new connection, which may succeed after a delay.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "web_platform",
		CodeSet:            "rtc_error_detail_type",
		CatalogName:        "fingerprint_failure",
		UpstreamName:       "fingerprint_failure",
		Summary:            "The remote certificate did not match the fingerprints in the SDP.",
		Cause:              "The RTCDtlsTransport received a remote certificate that matches none of the fingerprints the remote description announced; the transport moves to the failed state.",
		When:               []string{"the signalled SDP and the peer that answers the DTLS handshake disagree", "an intermediary tampers with the media path"},
		Category:           errorcatalog.CategoryMediaNegotiation,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "We could not set up a secure connection for your audio and video. Please contact support if this keeps happening.",
		UserMessageKey:     "web_platform.rtc_error_detail_type.fingerprint_failure",
		Remediation:        []string{"Do not retry with the same descriptions: the certificate will not match again.", "Check that the signalling path delivers the remote SDP unmodified and to the peer that generated it (no mixed-up sessions, no SDP munging of a=fingerprint).", "Treat repeated mismatches as a possible attack on the media path and report them."},
		Causes:             []string{"the signalling paired the wrong peers", "the SDP fingerprint was altered", "an intermediary answered the DTLS handshake"},
		References:         []string{"https://w3c.github.io/webrtc-pc/", "@webref/idl@3.85.0 webrtc.idl"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "RTCPeerConnection.connectionState", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "failed", Means: "The error has taken the whole peer connection down; build a new one (or restart ICE)."}, {Value: "connected", Means: "The peer connection survived the error; only the channel, transport or call that reported it is affected."}}, Meaning: ""},
		Rationale:          "A fingerprint mismatch means the signalling and the media peer do not belong together (a bug or an attack), so retrying with the same descriptions fails again.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "web_platform",
		CodeSet:            "rtc_error_detail_type",
		CatalogName:        "sctp_failure",
		UpstreamName:       "sctp_failure",
		Summary:            "SCTP negotiation failed, or the SCTP association ended with a fatal error.",
		Cause:              "The SCTP association under the data channels failed or was closed with an error; the error's sctpCauseCode attribute carries the SCTP cause.",
		When:               []string{"the data channel transport closes with an error", "sending data leads to an SCTP-level error"},
		Category:           errorcatalog.CategoryMediaNegotiation,
		RetryPolicy:        errorcatalog.RetryPolicyBackoff,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "We could not connect your audio and video. Check your network, or try another browser or device.",
		UserMessageKey:     "web_platform.rtc_error_detail_type.sctp_failure",
		Remediation:        []string{"Log the error's sctpCauseCode, which names the SCTP cause.", "Keep the audio and video running; close the affected data channels.", "Renegotiate after a delay to restore the data channel transport, and open the channels again."},
		Causes:             nil,
		References:         []string{"https://w3c.github.io/webrtc-pc/", "@webref/idl@3.85.0 webrtc.idl"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 1000, MultiplierThousandths: 1600, MaxDelayMs: 20000, Jitter: errorcatalog.JitterFull, MaxAttempts: 5},
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "RTCPeerConnection.connectionState", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "failed", Means: "The error has taken the whole peer connection down; build a new one (or restart ICE)."}, {Value: "connected", Means: "The peer connection survived the error; only the channel, transport or call that reported it is affected."}}, Meaning: ""},
		Rationale:          "The failure is reported on data channels; audio and video on the same peer connection are not closed by it, and a new negotiation after a delay may restore the association.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "web_platform",
		CodeSet:            "rtc_error_detail_type",
		CatalogName:        "sdp_syntax_error",
		UpstreamName:       "sdp_syntax_error",
		Summary:            "The SDP is not syntactically valid.",
		Cause:              "setRemoteDescription was given SDP that does not parse; the error's sdpLineNumber attribute gives the offending line.",
		When:               []string{"the signalling layer corrupts or truncates the SDP", "the app munges the SDP incorrectly"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
		UserMessageKey:     "web_platform.rtc_error_detail_type.sdp_syntax_error",
		Remediation:        []string{"Log the error's sdpLineNumber and the SDP line it points at.", "Fix the code that produced or modified the SDP (SDP munging, a signalling layer that truncates or re-encodes messages).", "Do not retry with the same SDP; the connection stays as it was, so a corrected description can be applied."},
		Causes:             []string{"the signalling layer corrupted or truncated the SDP", "the app modified the SDP incorrectly"},
		References:         []string{"https://w3c.github.io/webrtc-pc/", "@webref/idl@3.85.0 webrtc.idl"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "RTCPeerConnection.connectionState", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "failed", Means: "The error has taken the whole peer connection down; build a new one (or restart ICE)."}, {Value: "connected", Means: "The peer connection survived the error; only the channel, transport or call that reported it is affected."}}, Meaning: ""},
		Rationale:          "The same SDP fails to parse again; only the code that produced or modified it can fix it. The specification only rejects the promise, the connection stays as it was.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "web_platform",
		CodeSet:            "rtc_error_detail_type",
		CatalogName:        "hardware_encoder_not_available",
		UpstreamName:       "hardware_encoder_not_available",
		Summary:            "The hardware encoder resources for the request are not available.",
		Cause:              "RTCRtpSender.setParameters was rejected because configuring the media stack needed hardware encoder resources that are not available.",
		When:               []string{"changing encodings asks for more hardware encoder sessions than the device has free"},
		Category:           errorcatalog.CategoryCapacity,
		RetryPolicy:        errorcatalog.RetryPolicyBackoff,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "Your device is busy and cannot send video at this quality right now.",
		UserMessageKey:     "web_platform.rtc_error_detail_type.hardware_encoder_not_available",
		Remediation:        []string{"Keep the sender's previous parameters, which are still in effect.", "Ask for fewer or smaller encodings (fewer simulcast layers, lower resolution) or try setParameters again after a delay.", "Stop other encoders the app no longer needs to free hardware resources."},
		Causes:             nil,
		References:         []string{"https://w3c.github.io/webrtc-pc/", "@webref/idl@3.85.0 webrtc.idl"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 1000, MultiplierThousandths: 1600, MaxDelayMs: 20000, Jitter: errorcatalog.JitterFull, MaxAttempts: 5},
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "RTCPeerConnection.connectionState", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "failed", Means: "The error has taken the whole peer connection down; build a new one (or restart ICE)."}, {Value: "connected", Means: "The peer connection survived the error; only the channel, transport or call that reported it is affected."}}, Meaning: ""},
		Rationale:          "The resources may free up once other encoders stop; only the setParameters promise is rejected, the sender keeps its previous parameters.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "web_platform",
		CodeSet:            "rtc_error_detail_type",
		CatalogName:        "hardware_encoder_error",
		UpstreamName:       "hardware_encoder_error",
		Summary:            "The hardware encoder does not support the provided parameters.",
		Cause:              "RTCRtpSender.setParameters was rejected because the hardware encoder cannot encode with the requested parameters.",
		When:               []string{"requesting encodings, resolutions or scalability modes the hardware encoder cannot produce"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
		UserMessageKey:     "web_platform.rtc_error_detail_type.hardware_encoder_error",
		Remediation:        []string{"Keep the sender's previous parameters, which are still in effect.", "Request encodings the device supports: check RTCRtpSender.getCapabilities() and drop scalability modes or resolutions the hardware cannot produce.", "Do not repeat the same setParameters call."},
		Causes:             nil,
		References:         []string{"https://w3c.github.io/webrtc-pc/", "@webref/idl@3.85.0 webrtc.idl"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "RTCPeerConnection.connectionState", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "failed", Means: "The error has taken the whole peer connection down; build a new one (or restart ICE)."}, {Value: "connected", Means: "The peer connection survived the error; only the channel, transport or call that reported it is affected."}}, Meaning: ""},
		Rationale:          "The same parameters fail again on the same hardware; the app must request parameters the encoder supports. Only the setParameters promise is rejected.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
}

// RtcPeerConnectionState: Aggregate state of an RTCPeerConnection's ICE and DTLS transports, in its connectionState attribute.
//
// Upstream: RTCPeerConnectionState in w3c/webref 3.85.0 (package npm:@webref/idl@3.85.0).
type RtcPeerConnectionState string

// Every RtcPeerConnectionState, in upstream order.
const (
	// RtcPeerConnectionStateClosed: The peer connection is closed.
	RtcPeerConnectionStateClosed RtcPeerConnectionState = "closed"

	// RtcPeerConnectionStateFailed: The peer connection's transports have failed.
	RtcPeerConnectionStateFailed RtcPeerConnectionState = "failed"

	// RtcPeerConnectionStateDisconnected: The peer connection has lost connectivity for now.
	RtcPeerConnectionStateDisconnected RtcPeerConnectionState = "disconnected"

	// RtcPeerConnectionStateNew: The transports have not started connecting yet.
	RtcPeerConnectionStateNew RtcPeerConnectionState = "new"

	// RtcPeerConnectionStateConnecting: The transports are connecting.
	RtcPeerConnectionStateConnecting RtcPeerConnectionState = "connecting"

	// RtcPeerConnectionStateConnected: The transports are connected.
	RtcPeerConnectionStateConnected RtcPeerConnectionState = "connected"
)

// RtcPeerConnectionStateFromValue returns the code with this wire value, and whether the catalog knows it.
func RtcPeerConnectionStateFromValue(value string) (RtcPeerConnectionState, bool) {
	if c := RtcPeerConnectionState(value); c.index() >= 0 {
		return c, true
	}
	return "", false
}

// ParseRtcPeerConnectionState returns the code with this upstream name (case-sensitive), and whether
// there is one.
func ParseRtcPeerConnectionState(name string) (RtcPeerConnectionState, bool) {
	switch name {
	case "closed":
		return RtcPeerConnectionStateClosed, true
	case "failed":
		return RtcPeerConnectionStateFailed, true
	case "disconnected":
		return RtcPeerConnectionStateDisconnected, true
	case "new":
		return RtcPeerConnectionStateNew, true
	case "connecting":
		return RtcPeerConnectionStateConnecting, true
	case "connected":
		return RtcPeerConnectionStateConnected, true
	}
	return "", false
}

// AllRtcPeerConnectionStateValues returns every code, in upstream order.
func AllRtcPeerConnectionStateValues() []RtcPeerConnectionState {
	return []RtcPeerConnectionState{
		RtcPeerConnectionStateClosed,
		RtcPeerConnectionStateFailed,
		RtcPeerConnectionStateDisconnected,
		RtcPeerConnectionStateNew,
		RtcPeerConnectionStateConnecting,
		RtcPeerConnectionStateConnected,
	}
}

// String returns the name exactly as upstream spells it, or RtcPeerConnectionState(value) for a value the
// catalog does not know.
func (c RtcPeerConnectionState) String() string {
	if i := c.index(); i >= 0 {
		return rtcPeerConnectionStateInfo[i].UpstreamName
	}
	return fmt.Sprintf("RtcPeerConnectionState(%q)", string(c))
}

// WireValue returns the wire value, an string.
func (c RtcPeerConnectionState) WireValue() any { return string(c) }

// Info returns everything the catalog says about the code, or nil for a value it does not
// know. The Info is shared: read it, do not change it.
func (c RtcPeerConnectionState) Info() *errorcatalog.Info {
	if i := c.index(); i >= 0 {
		return &rtcPeerConnectionStateInfo[i]
	}
	return nil
}

// index is the code's row in rtcPeerConnectionStateInfo, or -1.
func (c RtcPeerConnectionState) index() int {
	switch c {
	case RtcPeerConnectionStateClosed:
		return 0
	case RtcPeerConnectionStateFailed:
		return 1
	case RtcPeerConnectionStateDisconnected:
		return 2
	case RtcPeerConnectionStateNew:
		return 3
	case RtcPeerConnectionStateConnecting:
		return 4
	case RtcPeerConnectionStateConnected:
		return 5
	}
	return -1
}

var rtcPeerConnectionStateInfo = [...]errorcatalog.Info{
	{
		Provider:           "web_platform",
		CodeSet:            "rtc_peer_connection_state",
		CatalogName:        "closed",
		UpstreamName:       "closed",
		Summary:            "The peer connection is closed.",
		Cause:              "The ICE connection state is closed, which happens only once the app has called RTCPeerConnection.close().",
		When:               []string{"the app closes the peer connection"},
		Category:           errorcatalog.CategoryEndedNormally,
		RetryPolicy:        errorcatalog.RetryPolicyNotAnError,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "You have left the call.",
		UserMessageKey:     "web_platform.rtc_peer_connection_state.closed",
		Remediation:        []string{"Nothing to fix: the app itself closed the peer connection.", "To talk again, create a new RTCPeerConnection; a closed one cannot be reopened."},
		Causes:             nil,
		References:         []string{"https://w3c.github.io/webrtc-pc/", "@webref/idl@3.85.0 webrtc.idl"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "RTCPeerConnection.connectionState (connectionstatechange event)", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "disconnected", Means: "Connectivity is lost for now; the browser keeps checking and may recover without action."}, {Value: "failed", Means: "The connection will not recover by itself; only an ICE restart (restartIce()) or a new peer connection helps."}, {Value: "closed", Means: "The app closed the peer connection; it cannot be used again."}}, Meaning: ""},
		Rationale:          "Only the app's own close() call leads here, so there is nothing to retry.",
		Deprecation:        "",
		ProtocolEquivalent: "web_platform/rtc_ice_connection_state/closed",
	},
	{
		Provider:           "web_platform",
		CodeSet:            "rtc_peer_connection_state",
		CatalogName:        "failed",
		UpstreamName:       "failed",
		Summary:            "The peer connection's transports have failed.",
		Cause:              "The ICE connection state is failed, or at least one DTLS transport is in the failed state.",
		When:               []string{"no ICE candidate pair passes connectivity checks, for example behind a firewall without TURN", "a DTLS handshake fails"},
		Category:           errorcatalog.CategoryMediaNegotiation,
		RetryPolicy:        errorcatalog.RetryPolicyBackoff,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "We could not connect your audio and video. Check your network, or try another browser or device.",
		UserMessageKey:     "web_platform.rtc_peer_connection_state.failed",
		Remediation:        []string{"Call restartIce() (or renegotiate with an ICE restart) to try to recover the connection.", "If the restart fails too, close the peer connection and create a new one, with a growing delay between attempts.", "If it fails on some networks only, provide a TURN server (TCP or TLS on port 443) in iceServers.", "Tell the user that the connection was lost."},
		Causes:             []string{"ICE failed: no candidate pair passed connectivity checks", "a DTLS transport failed"},
		References:         []string{"https://w3c.github.io/webrtc-pc/", "@webref/idl@3.85.0 webrtc.idl"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 1000, MultiplierThousandths: 1600, MaxDelayMs: 20000, Jitter: errorcatalog.JitterFull, MaxAttempts: 5},
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "RTCPeerConnection.connectionState (connectionstatechange event)", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "disconnected", Means: "Connectivity is lost for now; the browser keeps checking and may recover without action."}, {Value: "failed", Means: "The connection will not recover by itself; only an ICE restart (restartIce()) or a new peer connection helps."}, {Value: "closed", Means: "The app closed the peer connection; it cannot be used again."}}, Meaning: ""},
		Rationale:          "The specification calls a failed ICE transport terminal until ICE is restarted; an ICE restart or a new connection after a delay is the app's remaining move.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "web_platform",
		CodeSet:            "rtc_peer_connection_state",
		CatalogName:        "disconnected",
		UpstreamName:       "disconnected",
		Summary:            "The peer connection has lost connectivity for now.",
		Cause:              "The ICE connection state is disconnected, with no failed transport.",
		When:               []string{"the network drops briefly or switches interface"},
		Category:           errorcatalog.CategoryNetwork,
		RetryPolicy:        errorcatalog.RetryPolicyAutomatic,
		RetryBasis:         errorcatalog.BasisProvider,
		Terminality:        errorcatalog.TerminalityDepends,
		TerminalCondition:  "Terminal only when the state moves on to failed; disconnected itself is transient and often returns to connected without action.",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "Your connection is unstable. Trying to reconnect...",
		UserMessageKey:     "web_platform.rtc_peer_connection_state.disconnected",
		Remediation:        []string{"Wait: the browser keeps checking and the state often returns to connected.", "Show the user that the connection is unstable.", "If the state becomes failed, or stays disconnected for longer than the app accepts, handle it as failed (restartIce() or a new connection)."},
		Causes:             nil,
		References:         []string{"https://w3c.github.io/webrtc-pc/", "@webref/idl@3.85.0 webrtc.idl"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 1000, MultiplierThousandths: 1600, MaxDelayMs: 120000, Jitter: errorcatalog.JitterEqual, MaxAttempts: 10},
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "RTCPeerConnection.connectionState (connectionstatechange event)", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "disconnected", Means: "Connectivity is lost for now; the browser keeps checking and may recover without action."}, {Value: "failed", Means: "The connection will not recover by itself; only an ICE restart (restartIce()) or a new peer connection helps."}, {Value: "closed", Means: "The app closed the peer connection; it cannot be used again."}}, Meaning: ""},
		Rationale:          "The specification describes the underlying ICE disconnected state as transient and able to resolve itself without action.",
		Deprecation:        "",
		ProtocolEquivalent: "web_platform/rtc_ice_connection_state/disconnected",
	},
	{
		Provider:           "web_platform",
		CodeSet:            "rtc_peer_connection_state",
		CatalogName:        "new",
		UpstreamName:       "new",
		Summary:            "The transports have not started connecting yet.",
		Cause:              "ICE is new and every DTLS transport is new or closed, or there are no transports.",
		When:               []string{"a peer connection has just been created"},
		Category:           errorcatalog.CategoryNotAnError,
		RetryPolicy:        errorcatalog.RetryPolicyNotAnError,
		RetryBasis:         errorcatalog.BasisProvider,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "Everything is working normally.",
		UserMessageKey:     "web_platform.rtc_peer_connection_state.new",
		Remediation:        []string{"Nothing to fix: this is a normal state. Use it to drive the UI (for example a connecting indicator)."},
		Causes:             nil,
		References:         []string{"https://w3c.github.io/webrtc-pc/", "@webref/idl@3.85.0 webrtc.idl"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "RTCPeerConnection.connectionState (connectionstatechange event)", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "disconnected", Means: "Connectivity is lost for now; the browser keeps checking and may recover without action."}, {Value: "failed", Means: "The connection will not recover by itself; only an ICE restart (restartIce()) or a new peer connection helps."}, {Value: "closed", Means: "The app closed the peer connection; it cannot be used again."}}, Meaning: ""},
		Rationale:          "",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "web_platform",
		CodeSet:            "rtc_peer_connection_state",
		CatalogName:        "connecting",
		UpstreamName:       "connecting",
		Summary:            "The transports are connecting.",
		Cause:              "No other state applies; some ICE or DTLS transport is still being set up.",
		When:               []string{"ICE checks or the DTLS handshake are in progress"},
		Category:           errorcatalog.CategoryNotAnError,
		RetryPolicy:        errorcatalog.RetryPolicyNotAnError,
		RetryBasis:         errorcatalog.BasisProvider,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "Everything is working normally.",
		UserMessageKey:     "web_platform.rtc_peer_connection_state.connecting",
		Remediation:        []string{"Nothing to fix: this is a normal state. Use it to drive the UI (for example a connecting indicator)."},
		Causes:             nil,
		References:         []string{"https://w3c.github.io/webrtc-pc/", "@webref/idl@3.85.0 webrtc.idl"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "RTCPeerConnection.connectionState (connectionstatechange event)", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "disconnected", Means: "Connectivity is lost for now; the browser keeps checking and may recover without action."}, {Value: "failed", Means: "The connection will not recover by itself; only an ICE restart (restartIce()) or a new peer connection helps."}, {Value: "closed", Means: "The app closed the peer connection; it cannot be used again."}}, Meaning: ""},
		Rationale:          "",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "web_platform",
		CodeSet:            "rtc_peer_connection_state",
		CatalogName:        "connected",
		UpstreamName:       "connected",
		Summary:            "The transports are connected.",
		Cause:              "ICE is connected and every DTLS transport is connected or closed.",
		When:               []string{"media can flow"},
		Category:           errorcatalog.CategoryNotAnError,
		RetryPolicy:        errorcatalog.RetryPolicyNotAnError,
		RetryBasis:         errorcatalog.BasisProvider,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "Everything is working normally.",
		UserMessageKey:     "web_platform.rtc_peer_connection_state.connected",
		Remediation:        []string{"Nothing to fix: this is a normal state. Use it to drive the UI (for example a connecting indicator)."},
		Causes:             nil,
		References:         []string{"https://w3c.github.io/webrtc-pc/", "@webref/idl@3.85.0 webrtc.idl"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "RTCPeerConnection.connectionState (connectionstatechange event)", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "disconnected", Means: "Connectivity is lost for now; the browser keeps checking and may recover without action."}, {Value: "failed", Means: "The connection will not recover by itself; only an ICE restart (restartIce()) or a new peer connection helps."}, {Value: "closed", Means: "The app closed the peer connection; it cannot be used again."}}, Meaning: ""},
		Rationale:          "",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
}

// RtcIceConnectionState: Aggregate state of an RTCPeerConnection's ICE transports, in its iceConnectionState attribute.
//
// Upstream: RTCIceConnectionState in w3c/webref 3.85.0 (package npm:@webref/idl@3.85.0).
type RtcIceConnectionState string

// Every RtcIceConnectionState, in upstream order.
const (
	// RtcIceConnectionStateClosed: The peer connection is closed.
	RtcIceConnectionStateClosed RtcIceConnectionState = "closed"

	// RtcIceConnectionStateFailed: ICE has failed.
	RtcIceConnectionStateFailed RtcIceConnectionState = "failed"

	// RtcIceConnectionStateDisconnected: ICE connectivity is lost for now.
	RtcIceConnectionStateDisconnected RtcIceConnectionState = "disconnected"

	// RtcIceConnectionStateNew: ICE has not started.
	RtcIceConnectionStateNew RtcIceConnectionState = "new"

	// RtcIceConnectionStateChecking: ICE is checking candidate pairs.
	RtcIceConnectionStateChecking RtcIceConnectionState = "checking"

	// RtcIceConnectionStateCompleted: ICE has finished checking and found connections.
	RtcIceConnectionStateCompleted RtcIceConnectionState = "completed"

	// RtcIceConnectionStateConnected: ICE has a usable connection.
	RtcIceConnectionStateConnected RtcIceConnectionState = "connected"
)

// RtcIceConnectionStateFromValue returns the code with this wire value, and whether the catalog knows it.
func RtcIceConnectionStateFromValue(value string) (RtcIceConnectionState, bool) {
	if c := RtcIceConnectionState(value); c.index() >= 0 {
		return c, true
	}
	return "", false
}

// ParseRtcIceConnectionState returns the code with this upstream name (case-sensitive), and whether
// there is one.
func ParseRtcIceConnectionState(name string) (RtcIceConnectionState, bool) {
	switch name {
	case "closed":
		return RtcIceConnectionStateClosed, true
	case "failed":
		return RtcIceConnectionStateFailed, true
	case "disconnected":
		return RtcIceConnectionStateDisconnected, true
	case "new":
		return RtcIceConnectionStateNew, true
	case "checking":
		return RtcIceConnectionStateChecking, true
	case "completed":
		return RtcIceConnectionStateCompleted, true
	case "connected":
		return RtcIceConnectionStateConnected, true
	}
	return "", false
}

// AllRtcIceConnectionStateValues returns every code, in upstream order.
func AllRtcIceConnectionStateValues() []RtcIceConnectionState {
	return []RtcIceConnectionState{
		RtcIceConnectionStateClosed,
		RtcIceConnectionStateFailed,
		RtcIceConnectionStateDisconnected,
		RtcIceConnectionStateNew,
		RtcIceConnectionStateChecking,
		RtcIceConnectionStateCompleted,
		RtcIceConnectionStateConnected,
	}
}

// String returns the name exactly as upstream spells it, or RtcIceConnectionState(value) for a value the
// catalog does not know.
func (c RtcIceConnectionState) String() string {
	if i := c.index(); i >= 0 {
		return rtcIceConnectionStateInfo[i].UpstreamName
	}
	return fmt.Sprintf("RtcIceConnectionState(%q)", string(c))
}

// WireValue returns the wire value, an string.
func (c RtcIceConnectionState) WireValue() any { return string(c) }

// Info returns everything the catalog says about the code, or nil for a value it does not
// know. The Info is shared: read it, do not change it.
func (c RtcIceConnectionState) Info() *errorcatalog.Info {
	if i := c.index(); i >= 0 {
		return &rtcIceConnectionStateInfo[i]
	}
	return nil
}

// index is the code's row in rtcIceConnectionStateInfo, or -1.
func (c RtcIceConnectionState) index() int {
	switch c {
	case RtcIceConnectionStateClosed:
		return 0
	case RtcIceConnectionStateFailed:
		return 1
	case RtcIceConnectionStateDisconnected:
		return 2
	case RtcIceConnectionStateNew:
		return 3
	case RtcIceConnectionStateChecking:
		return 4
	case RtcIceConnectionStateCompleted:
		return 5
	case RtcIceConnectionStateConnected:
		return 6
	}
	return -1
}

var rtcIceConnectionStateInfo = [...]errorcatalog.Info{
	{
		Provider:           "web_platform",
		CodeSet:            "rtc_ice_connection_state",
		CatalogName:        "closed",
		UpstreamName:       "closed",
		Summary:            "The peer connection is closed.",
		Cause:              "The RTCPeerConnection's [[IsClosed]] slot is true, which only RTCPeerConnection.close() sets.",
		When:               []string{"the app closes the peer connection"},
		Category:           errorcatalog.CategoryEndedNormally,
		RetryPolicy:        errorcatalog.RetryPolicyNotAnError,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "You have left the call.",
		UserMessageKey:     "web_platform.rtc_ice_connection_state.closed",
		Remediation:        []string{"Nothing to fix: the app itself closed the peer connection.", "To talk again, create a new RTCPeerConnection; a closed one cannot be reopened."},
		Causes:             nil,
		References:         []string{"https://w3c.github.io/webrtc-pc/", "@webref/idl@3.85.0 webrtc.idl"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "RTCPeerConnection.iceConnectionState (iceconnectionstatechange event)", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "disconnected", Means: "Connectivity is lost for now; the browser keeps checking and may recover without action."}, {Value: "failed", Means: "The connection will not recover by itself; only an ICE restart (restartIce()) or a new peer connection helps."}, {Value: "closed", Means: "The app closed the peer connection; it cannot be used again."}}, Meaning: ""},
		Rationale:          "Only the app's own close() call leads here, so there is nothing to retry.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "web_platform",
		CodeSet:            "rtc_ice_connection_state",
		CatalogName:        "failed",
		UpstreamName:       "failed",
		Summary:            "ICE has failed.",
		Cause:              "At least one ICE transport has checked every candidate pair and all of them failed connectivity checks or lost consent.",
		When:               []string{"a firewall or symmetric NAT blocks every path and no TURN relay works", "connectivity is lost for good, for example after a network change the ICE agent cannot recover from"},
		Category:           errorcatalog.CategoryMediaNegotiation,
		RetryPolicy:        errorcatalog.RetryPolicyBackoff,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "We could not connect your audio and video. Check your network, or try another browser or device.",
		UserMessageKey:     "web_platform.rtc_ice_connection_state.failed",
		Remediation:        []string{"Call restartIce() to gather new candidates and check again.", "If the restart fails too, build a new peer connection, with a growing delay between attempts.", "Provide a TURN server (TCP or TLS on port 443) in iceServers for networks that block direct paths."},
		Causes:             []string{"a firewall or symmetric NAT blocks every candidate pair and no TURN relay works", "consent checks failed after a network change"},
		References:         []string{"https://w3c.github.io/webrtc-pc/", "@webref/idl@3.85.0 webrtc.idl"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 1000, MultiplierThousandths: 1600, MaxDelayMs: 20000, Jitter: errorcatalog.JitterFull, MaxAttempts: 5},
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "RTCPeerConnection.iceConnectionState (iceconnectionstatechange event)", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "disconnected", Means: "Connectivity is lost for now; the browser keeps checking and may recover without action."}, {Value: "failed", Means: "The connection will not recover by itself; only an ICE restart (restartIce()) or a new peer connection helps."}, {Value: "closed", Means: "The app closed the peer connection; it cannot be used again."}}, Meaning: ""},
		Rationale:          "The specification calls the failed state terminal until ICE is restarted; the app should call restartIce() or build a new connection, with backoff if it keeps failing.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "web_platform",
		CodeSet:            "rtc_ice_connection_state",
		CatalogName:        "disconnected",
		UpstreamName:       "disconnected",
		Summary:            "ICE connectivity is lost for now.",
		Cause:              "At least one ICE transport has determined that connectivity is currently lost, and none has failed.",
		When:               []string{"the network drops briefly or switches interface"},
		Category:           errorcatalog.CategoryNetwork,
		RetryPolicy:        errorcatalog.RetryPolicyAutomatic,
		RetryBasis:         errorcatalog.BasisProvider,
		Terminality:        errorcatalog.TerminalityDepends,
		TerminalCondition:  "Terminal only when the state moves on to failed; disconnected itself is transient and may resolve without action.",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "Your connection is unstable. Trying to reconnect...",
		UserMessageKey:     "web_platform.rtc_ice_connection_state.disconnected",
		Remediation:        []string{"Wait: the ICE agent keeps checking and the state may return to connected.", "Show the user that the connection is unstable.", "If the state becomes failed, call restartIce() or build a new connection."},
		Causes:             nil,
		References:         []string{"https://w3c.github.io/webrtc-pc/", "@webref/idl@3.85.0 webrtc.idl"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 1000, MultiplierThousandths: 1600, MaxDelayMs: 120000, Jitter: errorcatalog.JitterEqual, MaxAttempts: 10},
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "RTCPeerConnection.iceConnectionState (iceconnectionstatechange event)", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "disconnected", Means: "Connectivity is lost for now; the browser keeps checking and may recover without action."}, {Value: "failed", Means: "The connection will not recover by itself; only an ICE restart (restartIce()) or a new peer connection helps."}, {Value: "closed", Means: "The app closed the peer connection; it cannot be used again."}}, Meaning: ""},
		Rationale:          "The specification describes the state as transient, one that may resolve itself without action on a flaky network.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "web_platform",
		CodeSet:            "rtc_ice_connection_state",
		CatalogName:        "new",
		UpstreamName:       "new",
		Summary:            "ICE has not started.",
		Cause:              "Every ICE transport is new or closed, or there are no transports.",
		When:               []string{"a peer connection has just been created"},
		Category:           errorcatalog.CategoryNotAnError,
		RetryPolicy:        errorcatalog.RetryPolicyNotAnError,
		RetryBasis:         errorcatalog.BasisProvider,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "Everything is working normally.",
		UserMessageKey:     "web_platform.rtc_ice_connection_state.new",
		Remediation:        []string{"Nothing to fix: this is a normal state. Use it to drive the UI (for example a connecting indicator)."},
		Causes:             nil,
		References:         []string{"https://w3c.github.io/webrtc-pc/", "@webref/idl@3.85.0 webrtc.idl"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "RTCPeerConnection.iceConnectionState (iceconnectionstatechange event)", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "disconnected", Means: "Connectivity is lost for now; the browser keeps checking and may recover without action."}, {Value: "failed", Means: "The connection will not recover by itself; only an ICE restart (restartIce()) or a new peer connection helps."}, {Value: "closed", Means: "The app closed the peer connection; it cannot be used again."}}, Meaning: ""},
		Rationale:          "",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "web_platform",
		CodeSet:            "rtc_ice_connection_state",
		CatalogName:        "checking",
		UpstreamName:       "checking",
		Summary:            "ICE is checking candidate pairs.",
		Cause:              "Some ICE transport is new or checking and none is failed or disconnected.",
		When:               []string{"connectivity checks are running"},
		Category:           errorcatalog.CategoryNotAnError,
		RetryPolicy:        errorcatalog.RetryPolicyNotAnError,
		RetryBasis:         errorcatalog.BasisProvider,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "Everything is working normally.",
		UserMessageKey:     "web_platform.rtc_ice_connection_state.checking",
		Remediation:        []string{"Nothing to fix: this is a normal state. Use it to drive the UI (for example a connecting indicator)."},
		Causes:             nil,
		References:         []string{"https://w3c.github.io/webrtc-pc/", "@webref/idl@3.85.0 webrtc.idl"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "RTCPeerConnection.iceConnectionState (iceconnectionstatechange event)", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "disconnected", Means: "Connectivity is lost for now; the browser keeps checking and may recover without action."}, {Value: "failed", Means: "The connection will not recover by itself; only an ICE restart (restartIce()) or a new peer connection helps."}, {Value: "closed", Means: "The app closed the peer connection; it cannot be used again."}}, Meaning: ""},
		Rationale:          "",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "web_platform",
		CodeSet:            "rtc_ice_connection_state",
		CatalogName:        "completed",
		UpstreamName:       "completed",
		Summary:            "ICE has finished checking and found connections.",
		Cause:              "Every ICE transport is completed or closed.",
		When:               []string{"all checks finished and a pair was selected"},
		Category:           errorcatalog.CategoryNotAnError,
		RetryPolicy:        errorcatalog.RetryPolicyNotAnError,
		RetryBasis:         errorcatalog.BasisProvider,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "Everything is working normally.",
		UserMessageKey:     "web_platform.rtc_ice_connection_state.completed",
		Remediation:        []string{"Nothing to fix: this is a normal state. Use it to drive the UI (for example a connecting indicator)."},
		Causes:             nil,
		References:         []string{"https://w3c.github.io/webrtc-pc/", "@webref/idl@3.85.0 webrtc.idl"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "RTCPeerConnection.iceConnectionState (iceconnectionstatechange event)", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "disconnected", Means: "Connectivity is lost for now; the browser keeps checking and may recover without action."}, {Value: "failed", Means: "The connection will not recover by itself; only an ICE restart (restartIce()) or a new peer connection helps."}, {Value: "closed", Means: "The app closed the peer connection; it cannot be used again."}}, Meaning: ""},
		Rationale:          "",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "web_platform",
		CodeSet:            "rtc_ice_connection_state",
		CatalogName:        "connected",
		UpstreamName:       "connected",
		Summary:            "ICE has a usable connection.",
		Cause:              "Every ICE transport is connected, completed or closed.",
		When:               []string{"media can flow while ICE may still be checking other pairs"},
		Category:           errorcatalog.CategoryNotAnError,
		RetryPolicy:        errorcatalog.RetryPolicyNotAnError,
		RetryBasis:         errorcatalog.BasisProvider,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "Everything is working normally.",
		UserMessageKey:     "web_platform.rtc_ice_connection_state.connected",
		Remediation:        []string{"Nothing to fix: this is a normal state. Use it to drive the UI (for example a connecting indicator)."},
		Causes:             nil,
		References:         []string{"https://w3c.github.io/webrtc-pc/", "@webref/idl@3.85.0 webrtc.idl"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "RTCPeerConnection.iceConnectionState (iceconnectionstatechange event)", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "disconnected", Means: "Connectivity is lost for now; the browser keeps checking and may recover without action."}, {Value: "failed", Means: "The connection will not recover by itself; only an ICE restart (restartIce()) or a new peer connection helps."}, {Value: "closed", Means: "The app closed the peer connection; it cannot be used again."}}, Meaning: ""},
		Rationale:          "",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
}

// MediaCaptureError: Name of the error that getUserMedia or getDisplayMedia rejects with, in the error's name attribute.
//
// Upstream: MediaDevices.getUserMedia in w3c/mediacapture-main Editor's Draft of 2025-10-20.
type MediaCaptureError string

// Every MediaCaptureError, in upstream order.
const (
	// MediaCaptureErrorNotAllowedError: Access to the camera, microphone or screen was not allowed.
	MediaCaptureErrorNotAllowedError MediaCaptureError = "NotAllowedError"

	// MediaCaptureErrorNotFoundError: No device or capture source of the requested kind exists.
	MediaCaptureErrorNotFoundError MediaCaptureError = "NotFoundError"

	// MediaCaptureErrorNotReadableError: The device could not be read, for example because something else holds it.
	MediaCaptureErrorNotReadableError MediaCaptureError = "NotReadableError"

	// MediaCaptureErrorOverconstrainedError: No device can satisfy the required constraints.
	MediaCaptureErrorOverconstrainedError MediaCaptureError = "OverconstrainedError"

	// MediaCaptureErrorAbortError: Device access failed for a reason no other name covers.
	MediaCaptureErrorAbortError MediaCaptureError = "AbortError"

	// MediaCaptureErrorInvalidStateError: The request was made in a state that does not allow it.
	MediaCaptureErrorInvalidStateError MediaCaptureError = "InvalidStateError"

	// MediaCaptureErrorTypeError: The constraints passed in are not acceptable.
	MediaCaptureErrorTypeError MediaCaptureError = "TypeError"
)

// MediaCaptureErrorFromValue returns the code with this wire value, and whether the catalog knows it.
func MediaCaptureErrorFromValue(value string) (MediaCaptureError, bool) {
	if c := MediaCaptureError(value); c.index() >= 0 {
		return c, true
	}
	return "", false
}

// ParseMediaCaptureError returns the code with this upstream name (case-sensitive), and whether
// there is one.
func ParseMediaCaptureError(name string) (MediaCaptureError, bool) {
	switch name {
	case "NotAllowedError":
		return MediaCaptureErrorNotAllowedError, true
	case "NotFoundError":
		return MediaCaptureErrorNotFoundError, true
	case "NotReadableError":
		return MediaCaptureErrorNotReadableError, true
	case "OverconstrainedError":
		return MediaCaptureErrorOverconstrainedError, true
	case "AbortError":
		return MediaCaptureErrorAbortError, true
	case "InvalidStateError":
		return MediaCaptureErrorInvalidStateError, true
	case "TypeError":
		return MediaCaptureErrorTypeError, true
	}
	return "", false
}

// AllMediaCaptureErrorValues returns every code, in upstream order.
func AllMediaCaptureErrorValues() []MediaCaptureError {
	return []MediaCaptureError{
		MediaCaptureErrorNotAllowedError,
		MediaCaptureErrorNotFoundError,
		MediaCaptureErrorNotReadableError,
		MediaCaptureErrorOverconstrainedError,
		MediaCaptureErrorAbortError,
		MediaCaptureErrorInvalidStateError,
		MediaCaptureErrorTypeError,
	}
}

// String returns the name exactly as upstream spells it, or MediaCaptureError(value) for a value the
// catalog does not know.
func (c MediaCaptureError) String() string {
	if i := c.index(); i >= 0 {
		return mediaCaptureErrorInfo[i].UpstreamName
	}
	return fmt.Sprintf("MediaCaptureError(%q)", string(c))
}

// WireValue returns the wire value, an string.
func (c MediaCaptureError) WireValue() any { return string(c) }

// Info returns everything the catalog says about the code, or nil for a value it does not
// know. The Info is shared: read it, do not change it.
func (c MediaCaptureError) Info() *errorcatalog.Info {
	if i := c.index(); i >= 0 {
		return &mediaCaptureErrorInfo[i]
	}
	return nil
}

// index is the code's row in mediaCaptureErrorInfo, or -1.
func (c MediaCaptureError) index() int {
	switch c {
	case MediaCaptureErrorNotAllowedError:
		return 0
	case MediaCaptureErrorNotFoundError:
		return 1
	case MediaCaptureErrorNotReadableError:
		return 2
	case MediaCaptureErrorOverconstrainedError:
		return 3
	case MediaCaptureErrorAbortError:
		return 4
	case MediaCaptureErrorInvalidStateError:
		return 5
	case MediaCaptureErrorTypeError:
		return 6
	}
	return -1
}

var mediaCaptureErrorInfo = [...]errorcatalog.Info{
	{
		Provider:           "web_platform",
		CodeSet:            "media_capture_error",
		CatalogName:        "NotAllowedError",
		UpstreamName:       "NotAllowedError",
		Summary:            "Access to the camera, microphone or screen was not allowed.",
		Cause:              "The user or the browser denied permission, the permissions policy does not allow the camera or microphone in this document, or the user cancelled the screen picker.",
		When:               []string{"the user clicks Block or dismisses the prompt with a denial", "the permission was denied earlier and is remembered", "an iframe lacks allow=\"camera; microphone\"", "the user cancels the screen-share picker"},
		Category:           errorcatalog.CategoryPermission,
		RetryPolicy:        errorcatalog.RetryPolicyUserAction,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Your browser blocked access to your camera or microphone. Allow access in the browser settings for this site, then try again.",
		UserMessageKey:     "web_platform.media_capture_error.NotAllowedError",
		Remediation:        []string{"Explain to the user why the app needs the device, and how to allow it in the browser's site settings.", "If the app runs in an iframe, add allow=\"camera; microphone\" (or display-capture) to the iframe and check the page's Permissions-Policy header.", "Offer a retry button rather than asking again automatically.", "For screen sharing, treat it as the user cancelling the picker."},
		Causes:             []string{"the user denied permission", "a remembered denial", "the permissions policy does not allow the device in this document", "the user cancelled the screen-share picker"},
		References:         []string{"https://w3c.github.io/mediacapture-main/", "https://w3c.github.io/mediacapture-screen-share/"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The same request is refused until the user changes the permission in the browser or site settings, so the app should explain and let the user retry.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "web_platform",
		CodeSet:            "media_capture_error",
		CatalogName:        "NotFoundError",
		UpstreamName:       "NotFoundError",
		Summary:            "No device or capture source of the requested kind exists.",
		Cause:              "getUserMedia found no device of a requested kind (reported only when permission for that kind is not denied); getDisplayMedia found no source of a requested type.",
		When:               []string{"no camera or microphone is attached or enabled", "the operating system hides every device of that kind"},
		Category:           errorcatalog.CategoryUserInput,
		RetryPolicy:        errorcatalog.RetryPolicyUserAction,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "No camera or microphone was found. Connect or enable one, then try again.",
		UserMessageKey:     "web_platform.media_capture_error.NotFoundError",
		Remediation:        []string{"Tell the user which device is missing (audio or video).", "Offer to join without that device, or to try again after connecting one.", "Use enumerateDevices() to check what is available before asking."},
		Causes:             nil,
		References:         []string{"https://w3c.github.io/mediacapture-main/", "https://w3c.github.io/mediacapture-screen-share/"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "Only the user can attach or enable a device; the app can then ask again.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "web_platform",
		CodeSet:            "media_capture_error",
		CatalogName:        "NotReadableError",
		UpstreamName:       "NotReadableError",
		Summary:            "The device could not be read, for example because something else holds it.",
		Cause:              "Permission was granted, but a hardware error or an operating-system, program or web-page lock prevented access to every candidate device.",
		When:               []string{"another application or tab is using the camera exclusively", "the device driver fails"},
		Category:           errorcatalog.CategoryCapacity,
		RetryPolicy:        errorcatalog.RetryPolicyUserAction,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Your camera or microphone is being used by another app. Close that app, then try again.",
		UserMessageKey:     "web_platform.media_capture_error.NotReadableError",
		Remediation:        []string{"Ask the user to close other applications or tabs that use the camera or microphone.", "Let the user try again, or pick another device.", "If it persists with no other user of the device, suspect the driver or the operating system's privacy settings."},
		Causes:             []string{"another application holds the device", "an operating-system lock", "a hardware or driver error"},
		References:         []string{"https://w3c.github.io/mediacapture-main/"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The device is busy rather than missing, so a retry can succeed once the user closes the other application holding it.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "web_platform",
		CodeSet:            "media_capture_error",
		CatalogName:        "OverconstrainedError",
		UpstreamName:       "OverconstrainedError",
		Summary:            "No device can satisfy the required constraints.",
		Cause:              "Every candidate device failed a required constraint (exact, min or max); the error's constraint attribute names it, or is empty if the device information may not be exposed.",
		When:               []string{"asking for an exact deviceId that no longer exists", "asking for a minimum resolution or frame rate the camera cannot deliver"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Your camera or microphone does not support the requested settings.",
		UserMessageKey:     "web_platform.media_capture_error.OverconstrainedError",
		Remediation:        []string{"Read the error's constraint attribute to see which constraint failed.", "Relax required constraints (use ideal instead of exact, min or max) or fall back to the default device.", "Refresh stored deviceIds with enumerateDevices(): a device may have been unplugged."},
		Causes:             []string{"an exact deviceId that no longer exists", "a resolution or frame rate the device cannot deliver"},
		References:         []string{"https://w3c.github.io/mediacapture-main/", "@webref/idl@3.85.0 mediacapture-streams.idl"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The same constraints fail again on the same devices; the app must relax them or choose another device.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "web_platform",
		CodeSet:            "media_capture_error",
		CatalogName:        "AbortError",
		UpstreamName:       "AbortError",
		Summary:            "Device access failed for a reason no other name covers.",
		Cause:              "Permission was granted and no lock was detected, but access to every candidate device failed for another reason.",
		When:               []string{"an unexpected failure in the browser's capture pipeline"},
		Category:           errorcatalog.CategoryUnknown,
		RetryPolicy:        errorcatalog.RetryPolicyBackoff,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Something went wrong. Please try again.",
		UserMessageKey:     "web_platform.media_capture_error.AbortError",
		Remediation:        []string{"Try the request again after a short delay, a few times at most.", "If it keeps failing, let the user pick another device or restart the browser."},
		Causes:             nil,
		References:         []string{"https://w3c.github.io/mediacapture-main/", "https://w3c.github.io/mediacapture-screen-share/"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 1000, MultiplierThousandths: 1600, MaxDelayMs: 20000, Jitter: errorcatalog.JitterFull, MaxAttempts: 5},
		RuntimeSignal:      nil,
		Rationale:          "The cause is unspecified and possibly transient, so a bounded retry after a delay is reasonable.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "web_platform",
		CodeSet:            "media_capture_error",
		CatalogName:        "InvalidStateError",
		UpstreamName:       "InvalidStateError",
		Summary:            "The request was made in a state that does not allow it.",
		Cause:              "The document is not fully active; for getDisplayMedia also when the call lacks transient user activation, the document does not have focus, or the CaptureController passed in is already bound.",
		When:               []string{"getDisplayMedia is called outside a click or key handler", "capture is requested from a background or detached document", "a CaptureController is reused"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
		UserMessageKey:     "web_platform.media_capture_error.InvalidStateError",
		Remediation:        []string{"Call getDisplayMedia directly from a click or key handler (transient user activation).", "Only request capture from the active, focused, fully active document.", "Create a new CaptureController for each getDisplayMedia call."},
		Causes:             []string{"no transient user activation", "the document is not fully active or has no focus", "a CaptureController was reused"},
		References:         []string{"https://w3c.github.io/mediacapture-main/", "https://w3c.github.io/mediacapture-screen-share/"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "These conditions come from where and how the app calls the API, so the call has to move into a user gesture or an active, focused document.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "web_platform",
		CodeSet:            "media_capture_error",
		CatalogName:        "TypeError",
		UpstreamName:       "TypeError",
		Summary:            "The constraints passed in are not acceptable.",
		Cause:              "getUserMedia was asked for no media type, or a required constraint not allowed for device selection; getDisplayMedia was called with video set to false, with advanced constraints, or with min or exact constraints.",
		When:               []string{"calling getUserMedia({}) or with audio and video both false", "passing exact or min constraints to getDisplayMedia"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
		UserMessageKey:     "web_platform.media_capture_error.TypeError",
		Remediation:        []string{"Fix the constraints: ask for at least one of audio and video in getUserMedia.", "For getDisplayMedia, do not set video to false and do not pass advanced, min or exact constraints."},
		Causes:             []string{"getUserMedia asked for no media type", "a required constraint that may not be used for device selection", "getDisplayMedia with video false or with advanced, min or exact constraints"},
		References:         []string{"https://w3c.github.io/mediacapture-main/", "https://w3c.github.io/mediacapture-screen-share/"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The arguments are wrong; the same call fails again until the code is fixed.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
}

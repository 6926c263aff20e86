// Generated from spec/ by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

//! Web platform (WebRTC and Media Capture) error codes.
/// WebRTC-specific kind of an RTCError, in its errorDetail attribute.
///
/// Upstream: RTCErrorDetailType in w3c/webref 3.85.0 (package npm:@webref/idl@3.85.0).
///
/// # Examples
///
/// ```
/// use rtc_error_catalog::web_platform::RtcErrorDetailType;
/// use rtc_error_catalog::{Category, RetryPolicy};
///
/// let code = RtcErrorDetailType::from_value("data-channel-failure").expect("a known value");
/// assert_eq!(code, RtcErrorDetailType::DataChannelFailure);
/// assert_eq!(code.value(), "data-channel-failure");
/// assert_eq!(<&str>::from(code), "data-channel-failure");
/// assert_eq!(code.name(), "data_channel_failure");
/// assert_eq!("data_channel_failure".parse::<RtcErrorDetailType>(), Ok(code));
/// assert_eq!(code.to_string(), "data_channel_failure");
/// assert_eq!(code.category(), Category::MediaNegotiation);
/// assert_eq!(code.retry_policy(), RetryPolicy::Backoff);
/// assert_eq!(code.is_terminal(), false);
///
/// // A value this catalog does not know is handled, never a panic:
/// assert_eq!(RtcErrorDetailType::from_value("not-a-code"), None);
/// assert!(RtcErrorDetailType::try_from("not-a-code").is_err());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RtcErrorDetailType {
    /// A data channel has failed.
    ///
    /// The specification fires an error event with this detail at an RTCDataChannel that is closed because of a failure, for example when applying a remote description closes data channels that could not be negotiated.
    ///
    /// Wire value "data-channel-failure".
    DataChannelFailure,
    /// DTLS negotiation failed, or the DTLS connection ended with a fatal error.
    ///
    /// The DTLS handshake failed or a fatal DTLS alert was sent or received; the error's receivedAlert or sentAlert attribute carries the alert, and the RTCDtlsTransport moves to the failed state.
    ///
    /// Wire value "dtls-failure".
    DtlsFailure,
    /// The remote certificate did not match the fingerprints in the SDP.
    ///
    /// The RTCDtlsTransport received a remote certificate that matches none of the fingerprints the remote description announced; the transport moves to the failed state.
    ///
    /// Wire value "fingerprint-failure".
    FingerprintFailure,
    /// SCTP negotiation failed, or the SCTP association ended with a fatal error.
    ///
    /// The SCTP association under the data channels failed or was closed with an error; the error's sctpCauseCode attribute carries the SCTP cause.
    ///
    /// Wire value "sctp-failure".
    SctpFailure,
    /// The SDP is not syntactically valid.
    ///
    /// setRemoteDescription was given SDP that does not parse; the error's sdpLineNumber attribute gives the offending line.
    ///
    /// Wire value "sdp-syntax-error".
    SdpSyntaxError,
    /// The hardware encoder resources for the request are not available.
    ///
    /// RTCRtpSender.setParameters was rejected because configuring the media stack needed hardware encoder resources that are not available.
    ///
    /// Wire value "hardware-encoder-not-available".
    HardwareEncoderNotAvailable,
    /// The hardware encoder does not support the provided parameters.
    ///
    /// RTCRtpSender.setParameters was rejected because the hardware encoder cannot encode with the requested parameters.
    ///
    /// Wire value "hardware-encoder-error".
    HardwareEncoderError,
}
impl RtcErrorDetailType {
    /// Every code, in upstream order.
    pub const ALL: &'static [Self] = &[
        Self::DataChannelFailure,
        Self::DtlsFailure,
        Self::FingerprintFailure,
        Self::SctpFailure,
        Self::SdpSyntaxError,
        Self::HardwareEncoderNotAvailable,
        Self::HardwareEncoderError,
    ];
    /// Number of codes in the set.
    pub const COUNT: usize = 7;
    const CODE_SET: &'static str = "web_platform/rtc_error_detail_type";
    const INFO: [crate::CodeInfo; 7] = [
        crate::CodeInfo {
            name: "data_channel_failure",
            catalog_name: "data_channel_failure",
            summary: "A data channel has failed.",
            cause: "The specification fires an error event with this detail at an RTCDataChannel that is closed because of a failure, for example when applying a remote description closes data channels that could not be negotiated.",
            when: &[
                "a renegotiation leaves a data channel without a usable transport",
                "the data channel is closed with an error",
            ],
            user_message: "We could not connect your audio and video. Check your network, or try another browser or device.",
            user_message_key: "web_platform.rtc_error_detail_type.data_channel_failure",
            remediation: &[
                "Listen for the error and close events on each RTCDataChannel and drop the failed channel.",
                "Check connectionState: if the peer connection is still connected, open a new data channel after a short delay.",
                "If channels fail after every renegotiation, check that both offers and answers keep the data channel (m=application) section.",
            ],
            causes: &[
                "a renegotiation removed or rejected the data channel section",
                "the SCTP transport under the channel failed",
            ],
            references: &[
                "https://w3c.github.io/webrtc-pc/",
                "@webref/idl@3.85.0 webrtc.idl",
            ],
            since: None,
            category: crate::Category::MediaNegotiation,
            retry_policy: crate::RetryPolicy::Backoff,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: Some(crate::RetrySchedule {
                initial_delay_ms: 1000,
                multiplier_thousandths: 1600,
                max_delay_ms: 20000,
                jitter: crate::Jitter::Full,
                max_attempts: 5,
            }),
            runtime_signal: Some(crate::RuntimeSignal {
                name: "RTCPeerConnection.connectionState",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "failed",
                        means: "The error has taken the whole peer connection down; build a new one (or restart ICE).",
                    },
                    crate::SignalValue {
                        value: "connected",
                        means: "The peer connection survived the error; only the channel, transport or call that reported it is affected.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "Only the one data channel closes while the peer connection carries on, so the app may open a new channel after a delay.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "dtls_failure",
            catalog_name: "dtls_failure",
            summary: "DTLS negotiation failed, or the DTLS connection ended with a fatal error.",
            cause: "The DTLS handshake failed or a fatal DTLS alert was sent or received; the error's receivedAlert or sentAlert attribute carries the alert, and the RTCDtlsTransport moves to the failed state.",
            when: &[
                "the peers cannot agree on DTLS parameters or certificates",
                "the remote peer rejects the local certificate with a fatal alert",
            ],
            user_message: "We could not set up a secure connection for your audio and video. Please try again.",
            user_message_key: "web_platform.rtc_error_detail_type.dtls_failure",
            remediation: &[
                "Read the error's receivedAlert and sentAlert to see which side aborted the handshake, and log them.",
                "Close the failed peer connection and create a new one after a delay; a failed DTLS transport does not recover.",
                "If it keeps failing, check the certificates each side uses (RTCPeerConnection.generateCertificate, expiry) and any middlebox that alters DTLS traffic.",
            ],
            causes: &[
                "the peers cannot agree on DTLS parameters",
                "a peer rejects the other's certificate with a fatal alert",
                "a fatal alert ends an established DTLS connection",
            ],
            references: &[
                "https://w3c.github.io/webrtc-pc/",
                "@webref/idl@3.85.0 webrtc.idl",
            ],
            since: None,
            category: crate::Category::MediaNegotiation,
            retry_policy: crate::RetryPolicy::Backoff,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: Some(crate::RetrySchedule {
                initial_delay_ms: 1000,
                multiplier_thousandths: 1600,
                max_delay_ms: 20000,
                jitter: crate::Jitter::Full,
                max_attempts: 5,
            }),
            runtime_signal: Some(crate::RuntimeSignal {
                name: "RTCPeerConnection.connectionState",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "failed",
                        means: "The error has taken the whole peer connection down; build a new one (or restart ICE).",
                    },
                    crate::SignalValue {
                        value: "connected",
                        means: "The peer connection survived the error; only the channel, transport or call that reported it is affected.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::Terminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some(
                "A failed DTLS transport puts the peer connection in the failed state and the specification defines no recovery for it, so the app needs a new connection, which may succeed after a delay.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "fingerprint_failure",
            catalog_name: "fingerprint_failure",
            summary: "The remote certificate did not match the fingerprints in the SDP.",
            cause: "The RTCDtlsTransport received a remote certificate that matches none of the fingerprints the remote description announced; the transport moves to the failed state.",
            when: &[
                "the signalled SDP and the peer that answers the DTLS handshake disagree",
                "an intermediary tampers with the media path",
            ],
            user_message: "We could not set up a secure connection for your audio and video. Please contact support if this keeps happening.",
            user_message_key: "web_platform.rtc_error_detail_type.fingerprint_failure",
            remediation: &[
                "Do not retry with the same descriptions: the certificate will not match again.",
                "Check that the signalling path delivers the remote SDP unmodified and to the peer that generated it (no mixed-up sessions, no SDP munging of a=fingerprint).",
                "Treat repeated mismatches as a possible attack on the media path and report them.",
            ],
            causes: &[
                "the signalling paired the wrong peers",
                "the SDP fingerprint was altered",
                "an intermediary answered the DTLS handshake",
            ],
            references: &[
                "https://w3c.github.io/webrtc-pc/",
                "@webref/idl@3.85.0 webrtc.idl",
            ],
            since: None,
            category: crate::Category::MediaNegotiation,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: Some(crate::RuntimeSignal {
                name: "RTCPeerConnection.connectionState",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "failed",
                        means: "The error has taken the whole peer connection down; build a new one (or restart ICE).",
                    },
                    crate::SignalValue {
                        value: "connected",
                        means: "The peer connection survived the error; only the channel, transport or call that reported it is affected.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::Terminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some(
                "A fingerprint mismatch means the signalling and the media peer do not belong together (a bug or an attack), so retrying with the same descriptions fails again.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "sctp_failure",
            catalog_name: "sctp_failure",
            summary: "SCTP negotiation failed, or the SCTP association ended with a fatal error.",
            cause: "The SCTP association under the data channels failed or was closed with an error; the error's sctpCauseCode attribute carries the SCTP cause.",
            when: &[
                "the data channel transport closes with an error",
                "sending data leads to an SCTP-level error",
            ],
            user_message: "We could not connect your audio and video. Check your network, or try another browser or device.",
            user_message_key: "web_platform.rtc_error_detail_type.sctp_failure",
            remediation: &[
                "Log the error's sctpCauseCode, which names the SCTP cause.",
                "Keep the audio and video running; close the affected data channels.",
                "Renegotiate after a delay to restore the data channel transport, and open the channels again.",
            ],
            causes: &[],
            references: &[
                "https://w3c.github.io/webrtc-pc/",
                "@webref/idl@3.85.0 webrtc.idl",
            ],
            since: None,
            category: crate::Category::MediaNegotiation,
            retry_policy: crate::RetryPolicy::Backoff,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: Some(crate::RetrySchedule {
                initial_delay_ms: 1000,
                multiplier_thousandths: 1600,
                max_delay_ms: 20000,
                jitter: crate::Jitter::Full,
                max_attempts: 5,
            }),
            runtime_signal: Some(crate::RuntimeSignal {
                name: "RTCPeerConnection.connectionState",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "failed",
                        means: "The error has taken the whole peer connection down; build a new one (or restart ICE).",
                    },
                    crate::SignalValue {
                        value: "connected",
                        means: "The peer connection survived the error; only the channel, transport or call that reported it is affected.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "The failure is reported on data channels; audio and video on the same peer connection are not closed by it, and a new negotiation after a delay may restore the association.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "sdp_syntax_error",
            catalog_name: "sdp_syntax_error",
            summary: "The SDP is not syntactically valid.",
            cause: "setRemoteDescription was given SDP that does not parse; the error's sdpLineNumber attribute gives the offending line.",
            when: &[
                "the signalling layer corrupts or truncates the SDP",
                "the app munges the SDP incorrectly",
            ],
            user_message: "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
            user_message_key: "web_platform.rtc_error_detail_type.sdp_syntax_error",
            remediation: &[
                "Log the error's sdpLineNumber and the SDP line it points at.",
                "Fix the code that produced or modified the SDP (SDP munging, a signalling layer that truncates or re-encodes messages).",
                "Do not retry with the same SDP; the connection stays as it was, so a corrected description can be applied.",
            ],
            causes: &[
                "the signalling layer corrupted or truncated the SDP",
                "the app modified the SDP incorrectly",
            ],
            references: &[
                "https://w3c.github.io/webrtc-pc/",
                "@webref/idl@3.85.0 webrtc.idl",
            ],
            since: None,
            category: crate::Category::ClientError,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: Some(crate::RuntimeSignal {
                name: "RTCPeerConnection.connectionState",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "failed",
                        means: "The error has taken the whole peer connection down; build a new one (or restart ICE).",
                    },
                    crate::SignalValue {
                        value: "connected",
                        means: "The peer connection survived the error; only the channel, transport or call that reported it is affected.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some(
                "The same SDP fails to parse again; only the code that produced or modified it can fix it. The specification only rejects the promise, the connection stays as it was.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "hardware_encoder_not_available",
            catalog_name: "hardware_encoder_not_available",
            summary: "The hardware encoder resources for the request are not available.",
            cause: "RTCRtpSender.setParameters was rejected because configuring the media stack needed hardware encoder resources that are not available.",
            when: &[
                "changing encodings asks for more hardware encoder sessions than the device has free",
            ],
            user_message: "Your device is busy and cannot send video at this quality right now.",
            user_message_key: "web_platform.rtc_error_detail_type.hardware_encoder_not_available",
            remediation: &[
                "Keep the sender's previous parameters, which are still in effect.",
                "Ask for fewer or smaller encodings (fewer simulcast layers, lower resolution) or try setParameters again after a delay.",
                "Stop other encoders the app no longer needs to free hardware resources.",
            ],
            causes: &[],
            references: &[
                "https://w3c.github.io/webrtc-pc/",
                "@webref/idl@3.85.0 webrtc.idl",
            ],
            since: None,
            category: crate::Category::Capacity,
            retry_policy: crate::RetryPolicy::Backoff,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: Some(crate::RetrySchedule {
                initial_delay_ms: 1000,
                multiplier_thousandths: 1600,
                max_delay_ms: 20000,
                jitter: crate::Jitter::Full,
                max_attempts: 5,
            }),
            runtime_signal: Some(crate::RuntimeSignal {
                name: "RTCPeerConnection.connectionState",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "failed",
                        means: "The error has taken the whole peer connection down; build a new one (or restart ICE).",
                    },
                    crate::SignalValue {
                        value: "connected",
                        means: "The peer connection survived the error; only the channel, transport or call that reported it is affected.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some(
                "The resources may free up once other encoders stop; only the setParameters promise is rejected, the sender keeps its previous parameters.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "hardware_encoder_error",
            catalog_name: "hardware_encoder_error",
            summary: "The hardware encoder does not support the provided parameters.",
            cause: "RTCRtpSender.setParameters was rejected because the hardware encoder cannot encode with the requested parameters.",
            when: &[
                "requesting encodings, resolutions or scalability modes the hardware encoder cannot produce",
            ],
            user_message: "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
            user_message_key: "web_platform.rtc_error_detail_type.hardware_encoder_error",
            remediation: &[
                "Keep the sender's previous parameters, which are still in effect.",
                "Request encodings the device supports: check RTCRtpSender.getCapabilities() and drop scalability modes or resolutions the hardware cannot produce.",
                "Do not repeat the same setParameters call.",
            ],
            causes: &[],
            references: &[
                "https://w3c.github.io/webrtc-pc/",
                "@webref/idl@3.85.0 webrtc.idl",
            ],
            since: None,
            category: crate::Category::ClientError,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: Some(crate::RuntimeSignal {
                name: "RTCPeerConnection.connectionState",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "failed",
                        means: "The error has taken the whole peer connection down; build a new one (or restart ICE).",
                    },
                    crate::SignalValue {
                        value: "connected",
                        means: "The peer connection survived the error; only the channel, transport or call that reported it is affected.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some(
                "The same parameters fail again on the same hardware; the app must request parameters the encoder supports. Only the setParameters promise is rejected.",
            ),
            deprecated: None,
            failure: None,
        },
    ];
    pub(crate) const fn index(self) -> usize {
        self as usize
    }
    /// The code with this wire value, as a `'static` trait object.
    pub fn lookup(value: crate::WireValue<'_>) -> Option<&'static dyn crate::ErrorCode> {
        match value {
            crate::WireValue::String(v) => Self::from_value(v).map(Self::as_dyn),
            _ => None,
        }
    }
    /// The code with this upstream name, as a `'static` trait object.
    pub fn lookup_name(name: &str) -> Option<&'static dyn crate::ErrorCode> {
        Self::from_name(name).map(Self::as_dyn)
    }
    /// The code as a `'static` trait object.
    pub(crate) fn as_dyn(self) -> &'static dyn crate::ErrorCode {
        &Self::ALL[self.index()]
    }
    /// The wire value.
    pub const fn value(self) -> &'static str {
        match self {
            Self::DataChannelFailure => "data-channel-failure",
            Self::DtlsFailure => "dtls-failure",
            Self::FingerprintFailure => "fingerprint-failure",
            Self::SctpFailure => "sctp-failure",
            Self::SdpSyntaxError => "sdp-syntax-error",
            Self::HardwareEncoderNotAvailable => "hardware-encoder-not-available",
            Self::HardwareEncoderError => "hardware-encoder-error",
        }
    }
    /// The code with this wire value; `None` for a value this catalog does not know.
    pub fn from_value(value: &str) -> Option<Self> {
        match value {
            "data-channel-failure" => Some(Self::DataChannelFailure),
            "dtls-failure" => Some(Self::DtlsFailure),
            "fingerprint-failure" => Some(Self::FingerprintFailure),
            "sctp-failure" => Some(Self::SctpFailure),
            "sdp-syntax-error" => Some(Self::SdpSyntaxError),
            "hardware-encoder-not-available" => Some(Self::HardwareEncoderNotAvailable),
            "hardware-encoder-error" => Some(Self::HardwareEncoderError),
            _ => None,
        }
    }
    /// The name exactly as upstream spells it.
    pub const fn name(self) -> &'static str {
        Self::INFO[self.index()].name
    }
    /// The name as the catalog keys it (the upstream name without the set's prefix).
    pub const fn catalog_name(self) -> &'static str {
        Self::INFO[self.index()].catalog_name
    }
    /// The code with this upstream name (case-sensitive); `None` if there is none.
    pub fn from_name(name: &str) -> Option<Self> {
        match name {
            "data_channel_failure" => Some(Self::DataChannelFailure),
            "dtls_failure" => Some(Self::DtlsFailure),
            "fingerprint_failure" => Some(Self::FingerprintFailure),
            "sctp_failure" => Some(Self::SctpFailure),
            "sdp_syntax_error" => Some(Self::SdpSyntaxError),
            "hardware_encoder_not_available" => Some(Self::HardwareEncoderNotAvailable),
            "hardware_encoder_error" => Some(Self::HardwareEncoderError),
            _ => None,
        }
    }
    /// Everything the catalog says about the code.
    pub const fn info(self) -> &'static crate::CodeInfo {
        &Self::INFO[self.index()]
    }
    /// One short sentence.
    pub const fn summary(self) -> &'static str {
        self.info().summary
    }
    /// What causes it.
    pub const fn cause(self) -> &'static str {
        self.info().cause
    }
    /// When it occurs.
    pub const fn when(self) -> &'static [&'static str] {
        self.info().when
    }
    /// The catalog's category.
    pub const fn category(self) -> crate::Category {
        self.info().category
    }
    /// What an app should do.
    pub const fn retry_policy(self) -> crate::RetryPolicy {
        self.info().retry_policy
    }
    /// Whether the session ends when this code is reported: yes, no, or only under a condition.
    pub const fn terminality(self) -> crate::Terminality {
        self.info().terminality
    }
    /// True only when the code always ends the session (`Terminal`); false for `NotTerminal` and for `Depends`, whose condition must be checked.
    pub const fn is_terminal(self) -> bool {
        matches!(self.info().terminality, crate::Terminality::Terminal)
    }
}
impl From<RtcErrorDetailType> for &'static str {
    fn from(code: RtcErrorDetailType) -> &'static str {
        code.value()
    }
}
impl<'a> TryFrom<&'a str> for RtcErrorDetailType {
    type Error = crate::UnknownValue<&'a str>;
    fn try_from(value: &'a str) -> Result<Self, Self::Error> {
        Self::from_value(value).ok_or(crate::UnknownValue {
            code_set: Self::CODE_SET,
            value,
        })
    }
}
impl core::str::FromStr for RtcErrorDetailType {
    type Err = crate::UnknownName;
    /// Parses the upstream name.
    fn from_str(name: &str) -> Result<Self, Self::Err> {
        Self::from_name(name).ok_or(crate::UnknownName {
            code_set: Self::CODE_SET,
        })
    }
}
/// Writes the upstream name.
impl core::fmt::Display for RtcErrorDetailType {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(self.name())
    }
}
impl core::error::Error for RtcErrorDetailType {}
impl crate::ErrorCode for RtcErrorDetailType {
    fn provider(&self) -> &'static str {
        "web_platform"
    }
    fn code_set(&self) -> &'static str {
        "rtc_error_detail_type"
    }
    fn wire_value(&self) -> crate::WireValue<'static> {
        crate::WireValue::String(self.value())
    }
    fn equivalent(&self) -> Option<&'static dyn crate::ErrorCode> {
        None
    }
    fn info(&self) -> &'static crate::CodeInfo {
        (*self).info()
    }
}
/// Aggregate state of an RTCPeerConnection's ICE and DTLS transports, in its connectionState attribute.
///
/// Upstream: RTCPeerConnectionState in w3c/webref 3.85.0 (package npm:@webref/idl@3.85.0).
///
/// # Examples
///
/// ```
/// use rtc_error_catalog::web_platform::RtcPeerConnectionState;
/// use rtc_error_catalog::{Category, RetryPolicy};
///
/// let code = RtcPeerConnectionState::from_value("closed").expect("a known value");
/// assert_eq!(code, RtcPeerConnectionState::Closed);
/// assert_eq!(code.value(), "closed");
/// assert_eq!(<&str>::from(code), "closed");
/// assert_eq!(code.name(), "closed");
/// assert_eq!("closed".parse::<RtcPeerConnectionState>(), Ok(code));
/// assert_eq!(code.to_string(), "closed");
/// assert_eq!(code.category(), Category::EndedNormally);
/// assert_eq!(code.retry_policy(), RetryPolicy::NotAnError);
/// assert_eq!(code.is_terminal(), true);
///
/// // A value this catalog does not know is handled, never a panic:
/// assert_eq!(RtcPeerConnectionState::from_value("not-a-code"), None);
/// assert!(RtcPeerConnectionState::try_from("not-a-code").is_err());
/// assert_eq!(code.protocol_equivalent(), Some(rtc_error_catalog::web_platform::RtcIceConnectionState::Closed));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RtcPeerConnectionState {
    /// The peer connection is closed.
    ///
    /// The ICE connection state is closed, which happens only once the app has called RTCPeerConnection.close().
    ///
    /// Wire value "closed".
    Closed,
    /// The peer connection's transports have failed.
    ///
    /// The ICE connection state is failed, or at least one DTLS transport is in the failed state.
    ///
    /// Wire value "failed".
    Failed,
    /// The peer connection has lost connectivity for now.
    ///
    /// The ICE connection state is disconnected, with no failed transport.
    ///
    /// Wire value "disconnected".
    Disconnected,
    /// The transports have not started connecting yet.
    ///
    /// ICE is new and every DTLS transport is new or closed, or there are no transports.
    ///
    /// Wire value "new".
    New,
    /// The transports are connecting.
    ///
    /// No other state applies; some ICE or DTLS transport is still being set up.
    ///
    /// Wire value "connecting".
    Connecting,
    /// The transports are connected.
    ///
    /// ICE is connected and every DTLS transport is connected or closed.
    ///
    /// Wire value "connected".
    Connected,
}
impl RtcPeerConnectionState {
    /// Every code, in upstream order.
    pub const ALL: &'static [Self] = &[
        Self::Closed,
        Self::Failed,
        Self::Disconnected,
        Self::New,
        Self::Connecting,
        Self::Connected,
    ];
    /// Number of codes in the set.
    pub const COUNT: usize = 6;
    const CODE_SET: &'static str = "web_platform/rtc_peer_connection_state";
    const INFO: [crate::CodeInfo; 6] = [
        crate::CodeInfo {
            name: "closed",
            catalog_name: "closed",
            summary: "The peer connection is closed.",
            cause: "The ICE connection state is closed, which happens only once the app has called RTCPeerConnection.close().",
            when: &["the app closes the peer connection"],
            user_message: "You have left the call.",
            user_message_key: "web_platform.rtc_peer_connection_state.closed",
            remediation: &[
                "Nothing to fix: the app itself closed the peer connection.",
                "To talk again, create a new RTCPeerConnection; a closed one cannot be reopened.",
            ],
            causes: &[],
            references: &[
                "https://w3c.github.io/webrtc-pc/",
                "@webref/idl@3.85.0 webrtc.idl",
            ],
            since: None,
            category: crate::Category::EndedNormally,
            retry_policy: crate::RetryPolicy::NotAnError,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: Some(crate::RuntimeSignal {
                name: "RTCPeerConnection.connectionState (connectionstatechange event)",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "disconnected",
                        means: "Connectivity is lost for now; the browser keeps checking and may recover without action.",
                    },
                    crate::SignalValue {
                        value: "failed",
                        means: "The connection will not recover by itself; only an ICE restart (restartIce()) or a new peer connection helps.",
                    },
                    crate::SignalValue {
                        value: "closed",
                        means: "The app closed the peer connection; it cannot be used again.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::Terminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some(
                "Only the app's own close() call leads here, so there is nothing to retry.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "failed",
            catalog_name: "failed",
            summary: "The peer connection's transports have failed.",
            cause: "The ICE connection state is failed, or at least one DTLS transport is in the failed state.",
            when: &[
                "no ICE candidate pair passes connectivity checks, for example behind a firewall without TURN",
                "a DTLS handshake fails",
            ],
            user_message: "We could not connect your audio and video. Check your network, or try another browser or device.",
            user_message_key: "web_platform.rtc_peer_connection_state.failed",
            remediation: &[
                "Call restartIce() (or renegotiate with an ICE restart) to try to recover the connection.",
                "If the restart fails too, close the peer connection and create a new one, with a growing delay between attempts.",
                "If it fails on some networks only, provide a TURN server (TCP or TLS on port 443) in iceServers.",
                "Tell the user that the connection was lost.",
            ],
            causes: &[
                "ICE failed: no candidate pair passed connectivity checks",
                "a DTLS transport failed",
            ],
            references: &[
                "https://w3c.github.io/webrtc-pc/",
                "@webref/idl@3.85.0 webrtc.idl",
            ],
            since: None,
            category: crate::Category::MediaNegotiation,
            retry_policy: crate::RetryPolicy::Backoff,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: Some(crate::RetrySchedule {
                initial_delay_ms: 1000,
                multiplier_thousandths: 1600,
                max_delay_ms: 20000,
                jitter: crate::Jitter::Full,
                max_attempts: 5,
            }),
            runtime_signal: Some(crate::RuntimeSignal {
                name: "RTCPeerConnection.connectionState (connectionstatechange event)",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "disconnected",
                        means: "Connectivity is lost for now; the browser keeps checking and may recover without action.",
                    },
                    crate::SignalValue {
                        value: "failed",
                        means: "The connection will not recover by itself; only an ICE restart (restartIce()) or a new peer connection helps.",
                    },
                    crate::SignalValue {
                        value: "closed",
                        means: "The app closed the peer connection; it cannot be used again.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::Terminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some(
                "The specification calls a failed ICE transport terminal until ICE is restarted; an ICE restart or a new connection after a delay is the app's remaining move.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "disconnected",
            catalog_name: "disconnected",
            summary: "The peer connection has lost connectivity for now.",
            cause: "The ICE connection state is disconnected, with no failed transport.",
            when: &["the network drops briefly or switches interface"],
            user_message: "Your connection is unstable. Trying to reconnect...",
            user_message_key: "web_platform.rtc_peer_connection_state.disconnected",
            remediation: &[
                "Wait: the browser keeps checking and the state often returns to connected.",
                "Show the user that the connection is unstable.",
                "If the state becomes failed, or stays disconnected for longer than the app accepts, handle it as failed (restartIce() or a new connection).",
            ],
            causes: &[],
            references: &[
                "https://w3c.github.io/webrtc-pc/",
                "@webref/idl@3.85.0 webrtc.idl",
            ],
            since: None,
            category: crate::Category::Network,
            retry_policy: crate::RetryPolicy::Automatic,
            retry_basis: crate::Basis::Provider,
            retry_schedule: Some(crate::RetrySchedule {
                initial_delay_ms: 1000,
                multiplier_thousandths: 1600,
                max_delay_ms: 120000,
                jitter: crate::Jitter::Equal,
                max_attempts: 10,
            }),
            runtime_signal: Some(crate::RuntimeSignal {
                name: "RTCPeerConnection.connectionState (connectionstatechange event)",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "disconnected",
                        means: "Connectivity is lost for now; the browser keeps checking and may recover without action.",
                    },
                    crate::SignalValue {
                        value: "failed",
                        means: "The connection will not recover by itself; only an ICE restart (restartIce()) or a new peer connection helps.",
                    },
                    crate::SignalValue {
                        value: "closed",
                        means: "The app closed the peer connection; it cannot be used again.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::Depends,
            terminal_condition: Some(
                "Terminal only when the state moves on to failed; disconnected itself is transient and often returns to connected without action.",
            ),
            terminal_basis: crate::Basis::Provider,
            rationale: Some(
                "The specification describes the underlying ICE disconnected state as transient and able to resolve itself without action.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "new",
            catalog_name: "new",
            summary: "The transports have not started connecting yet.",
            cause:
                "ICE is new and every DTLS transport is new or closed, or there are no transports.",
            when: &["a peer connection has just been created"],
            user_message: "Everything is working normally.",
            user_message_key: "web_platform.rtc_peer_connection_state.new",
            remediation: &[
                "Nothing to fix: this is a normal state. Use it to drive the UI (for example a connecting indicator).",
            ],
            causes: &[],
            references: &[
                "https://w3c.github.io/webrtc-pc/",
                "@webref/idl@3.85.0 webrtc.idl",
            ],
            since: None,
            category: crate::Category::NotAnError,
            retry_policy: crate::RetryPolicy::NotAnError,
            retry_basis: crate::Basis::Provider,
            retry_schedule: None,
            runtime_signal: Some(crate::RuntimeSignal {
                name: "RTCPeerConnection.connectionState (connectionstatechange event)",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "disconnected",
                        means: "Connectivity is lost for now; the browser keeps checking and may recover without action.",
                    },
                    crate::SignalValue {
                        value: "failed",
                        means: "The connection will not recover by itself; only an ICE restart (restartIce()) or a new peer connection helps.",
                    },
                    crate::SignalValue {
                        value: "closed",
                        means: "The app closed the peer connection; it cannot be used again.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: None,
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "connecting",
            catalog_name: "connecting",
            summary: "The transports are connecting.",
            cause: "No other state applies; some ICE or DTLS transport is still being set up.",
            when: &["ICE checks or the DTLS handshake are in progress"],
            user_message: "Everything is working normally.",
            user_message_key: "web_platform.rtc_peer_connection_state.connecting",
            remediation: &[
                "Nothing to fix: this is a normal state. Use it to drive the UI (for example a connecting indicator).",
            ],
            causes: &[],
            references: &[
                "https://w3c.github.io/webrtc-pc/",
                "@webref/idl@3.85.0 webrtc.idl",
            ],
            since: None,
            category: crate::Category::NotAnError,
            retry_policy: crate::RetryPolicy::NotAnError,
            retry_basis: crate::Basis::Provider,
            retry_schedule: None,
            runtime_signal: Some(crate::RuntimeSignal {
                name: "RTCPeerConnection.connectionState (connectionstatechange event)",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "disconnected",
                        means: "Connectivity is lost for now; the browser keeps checking and may recover without action.",
                    },
                    crate::SignalValue {
                        value: "failed",
                        means: "The connection will not recover by itself; only an ICE restart (restartIce()) or a new peer connection helps.",
                    },
                    crate::SignalValue {
                        value: "closed",
                        means: "The app closed the peer connection; it cannot be used again.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: None,
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "connected",
            catalog_name: "connected",
            summary: "The transports are connected.",
            cause: "ICE is connected and every DTLS transport is connected or closed.",
            when: &["media can flow"],
            user_message: "Everything is working normally.",
            user_message_key: "web_platform.rtc_peer_connection_state.connected",
            remediation: &[
                "Nothing to fix: this is a normal state. Use it to drive the UI (for example a connecting indicator).",
            ],
            causes: &[],
            references: &[
                "https://w3c.github.io/webrtc-pc/",
                "@webref/idl@3.85.0 webrtc.idl",
            ],
            since: None,
            category: crate::Category::NotAnError,
            retry_policy: crate::RetryPolicy::NotAnError,
            retry_basis: crate::Basis::Provider,
            retry_schedule: None,
            runtime_signal: Some(crate::RuntimeSignal {
                name: "RTCPeerConnection.connectionState (connectionstatechange event)",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "disconnected",
                        means: "Connectivity is lost for now; the browser keeps checking and may recover without action.",
                    },
                    crate::SignalValue {
                        value: "failed",
                        means: "The connection will not recover by itself; only an ICE restart (restartIce()) or a new peer connection helps.",
                    },
                    crate::SignalValue {
                        value: "closed",
                        means: "The app closed the peer connection; it cannot be used again.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: None,
            deprecated: None,
            failure: None,
        },
    ];
    pub(crate) const fn index(self) -> usize {
        self as usize
    }
    /// The code with this wire value, as a `'static` trait object.
    pub fn lookup(value: crate::WireValue<'_>) -> Option<&'static dyn crate::ErrorCode> {
        match value {
            crate::WireValue::String(v) => Self::from_value(v).map(Self::as_dyn),
            _ => None,
        }
    }
    /// The code with this upstream name, as a `'static` trait object.
    pub fn lookup_name(name: &str) -> Option<&'static dyn crate::ErrorCode> {
        Self::from_name(name).map(Self::as_dyn)
    }
    /// The code as a `'static` trait object.
    pub(crate) fn as_dyn(self) -> &'static dyn crate::ErrorCode {
        &Self::ALL[self.index()]
    }
    /// The wire value.
    pub const fn value(self) -> &'static str {
        match self {
            Self::Closed => "closed",
            Self::Failed => "failed",
            Self::Disconnected => "disconnected",
            Self::New => "new",
            Self::Connecting => "connecting",
            Self::Connected => "connected",
        }
    }
    /// The code with this wire value; `None` for a value this catalog does not know.
    pub fn from_value(value: &str) -> Option<Self> {
        match value {
            "closed" => Some(Self::Closed),
            "failed" => Some(Self::Failed),
            "disconnected" => Some(Self::Disconnected),
            "new" => Some(Self::New),
            "connecting" => Some(Self::Connecting),
            "connected" => Some(Self::Connected),
            _ => None,
        }
    }
    /// The name exactly as upstream spells it.
    pub const fn name(self) -> &'static str {
        Self::INFO[self.index()].name
    }
    /// The name as the catalog keys it (the upstream name without the set's prefix).
    pub const fn catalog_name(self) -> &'static str {
        Self::INFO[self.index()].catalog_name
    }
    /// The code with this upstream name (case-sensitive); `None` if there is none.
    pub fn from_name(name: &str) -> Option<Self> {
        match name {
            "closed" => Some(Self::Closed),
            "failed" => Some(Self::Failed),
            "disconnected" => Some(Self::Disconnected),
            "new" => Some(Self::New),
            "connecting" => Some(Self::Connecting),
            "connected" => Some(Self::Connected),
            _ => None,
        }
    }
    /// Everything the catalog says about the code.
    pub const fn info(self) -> &'static crate::CodeInfo {
        &Self::INFO[self.index()]
    }
    /// One short sentence.
    pub const fn summary(self) -> &'static str {
        self.info().summary
    }
    /// What causes it.
    pub const fn cause(self) -> &'static str {
        self.info().cause
    }
    /// When it occurs.
    pub const fn when(self) -> &'static [&'static str] {
        self.info().when
    }
    /// The catalog's category.
    pub const fn category(self) -> crate::Category {
        self.info().category
    }
    /// What an app should do.
    pub const fn retry_policy(self) -> crate::RetryPolicy {
        self.info().retry_policy
    }
    /// Whether the session ends when this code is reported: yes, no, or only under a condition.
    pub const fn terminality(self) -> crate::Terminality {
        self.info().terminality
    }
    /// True only when the code always ends the session (`Terminal`); false for `NotTerminal` and for `Depends`, whose condition must be checked.
    pub const fn is_terminal(self) -> bool {
        matches!(self.info().terminality, crate::Terminality::Terminal)
    }
    /// The equivalent code in the linked code set, where one exists.
    pub const fn protocol_equivalent(self) -> Option<RtcIceConnectionState> {
        match self {
            Self::Closed => Some(RtcIceConnectionState::Closed),
            Self::Failed => None,
            Self::Disconnected => Some(RtcIceConnectionState::Disconnected),
            Self::New => None,
            Self::Connecting => None,
            Self::Connected => None,
        }
    }
}
impl From<RtcPeerConnectionState> for &'static str {
    fn from(code: RtcPeerConnectionState) -> &'static str {
        code.value()
    }
}
impl<'a> TryFrom<&'a str> for RtcPeerConnectionState {
    type Error = crate::UnknownValue<&'a str>;
    fn try_from(value: &'a str) -> Result<Self, Self::Error> {
        Self::from_value(value).ok_or(crate::UnknownValue {
            code_set: Self::CODE_SET,
            value,
        })
    }
}
impl core::str::FromStr for RtcPeerConnectionState {
    type Err = crate::UnknownName;
    /// Parses the upstream name.
    fn from_str(name: &str) -> Result<Self, Self::Err> {
        Self::from_name(name).ok_or(crate::UnknownName {
            code_set: Self::CODE_SET,
        })
    }
}
/// Writes the upstream name.
impl core::fmt::Display for RtcPeerConnectionState {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(self.name())
    }
}
impl core::error::Error for RtcPeerConnectionState {}
impl crate::ErrorCode for RtcPeerConnectionState {
    fn provider(&self) -> &'static str {
        "web_platform"
    }
    fn code_set(&self) -> &'static str {
        "rtc_peer_connection_state"
    }
    fn wire_value(&self) -> crate::WireValue<'static> {
        crate::WireValue::String(self.value())
    }
    fn equivalent(&self) -> Option<&'static dyn crate::ErrorCode> {
        self.protocol_equivalent().map(|code| code.as_dyn())
    }
    fn info(&self) -> &'static crate::CodeInfo {
        (*self).info()
    }
}
/// Aggregate state of an RTCPeerConnection's ICE transports, in its iceConnectionState attribute.
///
/// Upstream: RTCIceConnectionState in w3c/webref 3.85.0 (package npm:@webref/idl@3.85.0).
///
/// # Examples
///
/// ```
/// use rtc_error_catalog::web_platform::RtcIceConnectionState;
/// use rtc_error_catalog::{Category, RetryPolicy};
///
/// let code = RtcIceConnectionState::from_value("closed").expect("a known value");
/// assert_eq!(code, RtcIceConnectionState::Closed);
/// assert_eq!(code.value(), "closed");
/// assert_eq!(<&str>::from(code), "closed");
/// assert_eq!(code.name(), "closed");
/// assert_eq!("closed".parse::<RtcIceConnectionState>(), Ok(code));
/// assert_eq!(code.to_string(), "closed");
/// assert_eq!(code.category(), Category::EndedNormally);
/// assert_eq!(code.retry_policy(), RetryPolicy::NotAnError);
/// assert_eq!(code.is_terminal(), true);
///
/// // A value this catalog does not know is handled, never a panic:
/// assert_eq!(RtcIceConnectionState::from_value("not-a-code"), None);
/// assert!(RtcIceConnectionState::try_from("not-a-code").is_err());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RtcIceConnectionState {
    /// The peer connection is closed.
    ///
    /// The RTCPeerConnection's \[\[IsClosed\]\] slot is true, which only RTCPeerConnection.close() sets.
    ///
    /// Wire value "closed".
    Closed,
    /// ICE has failed.
    ///
    /// At least one ICE transport has checked every candidate pair and all of them failed connectivity checks or lost consent.
    ///
    /// Wire value "failed".
    Failed,
    /// ICE connectivity is lost for now.
    ///
    /// At least one ICE transport has determined that connectivity is currently lost, and none has failed.
    ///
    /// Wire value "disconnected".
    Disconnected,
    /// ICE has not started.
    ///
    /// Every ICE transport is new or closed, or there are no transports.
    ///
    /// Wire value "new".
    New,
    /// ICE is checking candidate pairs.
    ///
    /// Some ICE transport is new or checking and none is failed or disconnected.
    ///
    /// Wire value "checking".
    Checking,
    /// ICE has finished checking and found connections.
    ///
    /// Every ICE transport is completed or closed.
    ///
    /// Wire value "completed".
    Completed,
    /// ICE has a usable connection.
    ///
    /// Every ICE transport is connected, completed or closed.
    ///
    /// Wire value "connected".
    Connected,
}
impl RtcIceConnectionState {
    /// Every code, in upstream order.
    pub const ALL: &'static [Self] = &[
        Self::Closed,
        Self::Failed,
        Self::Disconnected,
        Self::New,
        Self::Checking,
        Self::Completed,
        Self::Connected,
    ];
    /// Number of codes in the set.
    pub const COUNT: usize = 7;
    const CODE_SET: &'static str = "web_platform/rtc_ice_connection_state";
    const INFO: [crate::CodeInfo; 7] = [
        crate::CodeInfo {
            name: "closed",
            catalog_name: "closed",
            summary: "The peer connection is closed.",
            cause: "The RTCPeerConnection's [[IsClosed]] slot is true, which only RTCPeerConnection.close() sets.",
            when: &["the app closes the peer connection"],
            user_message: "You have left the call.",
            user_message_key: "web_platform.rtc_ice_connection_state.closed",
            remediation: &[
                "Nothing to fix: the app itself closed the peer connection.",
                "To talk again, create a new RTCPeerConnection; a closed one cannot be reopened.",
            ],
            causes: &[],
            references: &[
                "https://w3c.github.io/webrtc-pc/",
                "@webref/idl@3.85.0 webrtc.idl",
            ],
            since: None,
            category: crate::Category::EndedNormally,
            retry_policy: crate::RetryPolicy::NotAnError,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: Some(crate::RuntimeSignal {
                name: "RTCPeerConnection.iceConnectionState (iceconnectionstatechange event)",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "disconnected",
                        means: "Connectivity is lost for now; the browser keeps checking and may recover without action.",
                    },
                    crate::SignalValue {
                        value: "failed",
                        means: "The connection will not recover by itself; only an ICE restart (restartIce()) or a new peer connection helps.",
                    },
                    crate::SignalValue {
                        value: "closed",
                        means: "The app closed the peer connection; it cannot be used again.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::Terminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some(
                "Only the app's own close() call leads here, so there is nothing to retry.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "failed",
            catalog_name: "failed",
            summary: "ICE has failed.",
            cause: "At least one ICE transport has checked every candidate pair and all of them failed connectivity checks or lost consent.",
            when: &[
                "a firewall or symmetric NAT blocks every path and no TURN relay works",
                "connectivity is lost for good, for example after a network change the ICE agent cannot recover from",
            ],
            user_message: "We could not connect your audio and video. Check your network, or try another browser or device.",
            user_message_key: "web_platform.rtc_ice_connection_state.failed",
            remediation: &[
                "Call restartIce() to gather new candidates and check again.",
                "If the restart fails too, build a new peer connection, with a growing delay between attempts.",
                "Provide a TURN server (TCP or TLS on port 443) in iceServers for networks that block direct paths.",
            ],
            causes: &[
                "a firewall or symmetric NAT blocks every candidate pair and no TURN relay works",
                "consent checks failed after a network change",
            ],
            references: &[
                "https://w3c.github.io/webrtc-pc/",
                "@webref/idl@3.85.0 webrtc.idl",
            ],
            since: None,
            category: crate::Category::MediaNegotiation,
            retry_policy: crate::RetryPolicy::Backoff,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: Some(crate::RetrySchedule {
                initial_delay_ms: 1000,
                multiplier_thousandths: 1600,
                max_delay_ms: 20000,
                jitter: crate::Jitter::Full,
                max_attempts: 5,
            }),
            runtime_signal: Some(crate::RuntimeSignal {
                name: "RTCPeerConnection.iceConnectionState (iceconnectionstatechange event)",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "disconnected",
                        means: "Connectivity is lost for now; the browser keeps checking and may recover without action.",
                    },
                    crate::SignalValue {
                        value: "failed",
                        means: "The connection will not recover by itself; only an ICE restart (restartIce()) or a new peer connection helps.",
                    },
                    crate::SignalValue {
                        value: "closed",
                        means: "The app closed the peer connection; it cannot be used again.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::Terminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some(
                "The specification calls the failed state terminal until ICE is restarted; the app should call restartIce() or build a new connection, with backoff if it keeps failing.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "disconnected",
            catalog_name: "disconnected",
            summary: "ICE connectivity is lost for now.",
            cause: "At least one ICE transport has determined that connectivity is currently lost, and none has failed.",
            when: &["the network drops briefly or switches interface"],
            user_message: "Your connection is unstable. Trying to reconnect...",
            user_message_key: "web_platform.rtc_ice_connection_state.disconnected",
            remediation: &[
                "Wait: the ICE agent keeps checking and the state may return to connected.",
                "Show the user that the connection is unstable.",
                "If the state becomes failed, call restartIce() or build a new connection.",
            ],
            causes: &[],
            references: &[
                "https://w3c.github.io/webrtc-pc/",
                "@webref/idl@3.85.0 webrtc.idl",
            ],
            since: None,
            category: crate::Category::Network,
            retry_policy: crate::RetryPolicy::Automatic,
            retry_basis: crate::Basis::Provider,
            retry_schedule: Some(crate::RetrySchedule {
                initial_delay_ms: 1000,
                multiplier_thousandths: 1600,
                max_delay_ms: 120000,
                jitter: crate::Jitter::Equal,
                max_attempts: 10,
            }),
            runtime_signal: Some(crate::RuntimeSignal {
                name: "RTCPeerConnection.iceConnectionState (iceconnectionstatechange event)",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "disconnected",
                        means: "Connectivity is lost for now; the browser keeps checking and may recover without action.",
                    },
                    crate::SignalValue {
                        value: "failed",
                        means: "The connection will not recover by itself; only an ICE restart (restartIce()) or a new peer connection helps.",
                    },
                    crate::SignalValue {
                        value: "closed",
                        means: "The app closed the peer connection; it cannot be used again.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::Depends,
            terminal_condition: Some(
                "Terminal only when the state moves on to failed; disconnected itself is transient and may resolve without action.",
            ),
            terminal_basis: crate::Basis::Provider,
            rationale: Some(
                "The specification describes the state as transient, one that may resolve itself without action on a flaky network.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "new",
            catalog_name: "new",
            summary: "ICE has not started.",
            cause: "Every ICE transport is new or closed, or there are no transports.",
            when: &["a peer connection has just been created"],
            user_message: "Everything is working normally.",
            user_message_key: "web_platform.rtc_ice_connection_state.new",
            remediation: &[
                "Nothing to fix: this is a normal state. Use it to drive the UI (for example a connecting indicator).",
            ],
            causes: &[],
            references: &[
                "https://w3c.github.io/webrtc-pc/",
                "@webref/idl@3.85.0 webrtc.idl",
            ],
            since: None,
            category: crate::Category::NotAnError,
            retry_policy: crate::RetryPolicy::NotAnError,
            retry_basis: crate::Basis::Provider,
            retry_schedule: None,
            runtime_signal: Some(crate::RuntimeSignal {
                name: "RTCPeerConnection.iceConnectionState (iceconnectionstatechange event)",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "disconnected",
                        means: "Connectivity is lost for now; the browser keeps checking and may recover without action.",
                    },
                    crate::SignalValue {
                        value: "failed",
                        means: "The connection will not recover by itself; only an ICE restart (restartIce()) or a new peer connection helps.",
                    },
                    crate::SignalValue {
                        value: "closed",
                        means: "The app closed the peer connection; it cannot be used again.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: None,
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "checking",
            catalog_name: "checking",
            summary: "ICE is checking candidate pairs.",
            cause: "Some ICE transport is new or checking and none is failed or disconnected.",
            when: &["connectivity checks are running"],
            user_message: "Everything is working normally.",
            user_message_key: "web_platform.rtc_ice_connection_state.checking",
            remediation: &[
                "Nothing to fix: this is a normal state. Use it to drive the UI (for example a connecting indicator).",
            ],
            causes: &[],
            references: &[
                "https://w3c.github.io/webrtc-pc/",
                "@webref/idl@3.85.0 webrtc.idl",
            ],
            since: None,
            category: crate::Category::NotAnError,
            retry_policy: crate::RetryPolicy::NotAnError,
            retry_basis: crate::Basis::Provider,
            retry_schedule: None,
            runtime_signal: Some(crate::RuntimeSignal {
                name: "RTCPeerConnection.iceConnectionState (iceconnectionstatechange event)",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "disconnected",
                        means: "Connectivity is lost for now; the browser keeps checking and may recover without action.",
                    },
                    crate::SignalValue {
                        value: "failed",
                        means: "The connection will not recover by itself; only an ICE restart (restartIce()) or a new peer connection helps.",
                    },
                    crate::SignalValue {
                        value: "closed",
                        means: "The app closed the peer connection; it cannot be used again.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: None,
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "completed",
            catalog_name: "completed",
            summary: "ICE has finished checking and found connections.",
            cause: "Every ICE transport is completed or closed.",
            when: &["all checks finished and a pair was selected"],
            user_message: "Everything is working normally.",
            user_message_key: "web_platform.rtc_ice_connection_state.completed",
            remediation: &[
                "Nothing to fix: this is a normal state. Use it to drive the UI (for example a connecting indicator).",
            ],
            causes: &[],
            references: &[
                "https://w3c.github.io/webrtc-pc/",
                "@webref/idl@3.85.0 webrtc.idl",
            ],
            since: None,
            category: crate::Category::NotAnError,
            retry_policy: crate::RetryPolicy::NotAnError,
            retry_basis: crate::Basis::Provider,
            retry_schedule: None,
            runtime_signal: Some(crate::RuntimeSignal {
                name: "RTCPeerConnection.iceConnectionState (iceconnectionstatechange event)",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "disconnected",
                        means: "Connectivity is lost for now; the browser keeps checking and may recover without action.",
                    },
                    crate::SignalValue {
                        value: "failed",
                        means: "The connection will not recover by itself; only an ICE restart (restartIce()) or a new peer connection helps.",
                    },
                    crate::SignalValue {
                        value: "closed",
                        means: "The app closed the peer connection; it cannot be used again.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: None,
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "connected",
            catalog_name: "connected",
            summary: "ICE has a usable connection.",
            cause: "Every ICE transport is connected, completed or closed.",
            when: &["media can flow while ICE may still be checking other pairs"],
            user_message: "Everything is working normally.",
            user_message_key: "web_platform.rtc_ice_connection_state.connected",
            remediation: &[
                "Nothing to fix: this is a normal state. Use it to drive the UI (for example a connecting indicator).",
            ],
            causes: &[],
            references: &[
                "https://w3c.github.io/webrtc-pc/",
                "@webref/idl@3.85.0 webrtc.idl",
            ],
            since: None,
            category: crate::Category::NotAnError,
            retry_policy: crate::RetryPolicy::NotAnError,
            retry_basis: crate::Basis::Provider,
            retry_schedule: None,
            runtime_signal: Some(crate::RuntimeSignal {
                name: "RTCPeerConnection.iceConnectionState (iceconnectionstatechange event)",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "disconnected",
                        means: "Connectivity is lost for now; the browser keeps checking and may recover without action.",
                    },
                    crate::SignalValue {
                        value: "failed",
                        means: "The connection will not recover by itself; only an ICE restart (restartIce()) or a new peer connection helps.",
                    },
                    crate::SignalValue {
                        value: "closed",
                        means: "The app closed the peer connection; it cannot be used again.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: None,
            deprecated: None,
            failure: None,
        },
    ];
    pub(crate) const fn index(self) -> usize {
        self as usize
    }
    /// The code with this wire value, as a `'static` trait object.
    pub fn lookup(value: crate::WireValue<'_>) -> Option<&'static dyn crate::ErrorCode> {
        match value {
            crate::WireValue::String(v) => Self::from_value(v).map(Self::as_dyn),
            _ => None,
        }
    }
    /// The code with this upstream name, as a `'static` trait object.
    pub fn lookup_name(name: &str) -> Option<&'static dyn crate::ErrorCode> {
        Self::from_name(name).map(Self::as_dyn)
    }
    /// The code as a `'static` trait object.
    pub(crate) fn as_dyn(self) -> &'static dyn crate::ErrorCode {
        &Self::ALL[self.index()]
    }
    /// The wire value.
    pub const fn value(self) -> &'static str {
        match self {
            Self::Closed => "closed",
            Self::Failed => "failed",
            Self::Disconnected => "disconnected",
            Self::New => "new",
            Self::Checking => "checking",
            Self::Completed => "completed",
            Self::Connected => "connected",
        }
    }
    /// The code with this wire value; `None` for a value this catalog does not know.
    pub fn from_value(value: &str) -> Option<Self> {
        match value {
            "closed" => Some(Self::Closed),
            "failed" => Some(Self::Failed),
            "disconnected" => Some(Self::Disconnected),
            "new" => Some(Self::New),
            "checking" => Some(Self::Checking),
            "completed" => Some(Self::Completed),
            "connected" => Some(Self::Connected),
            _ => None,
        }
    }
    /// The name exactly as upstream spells it.
    pub const fn name(self) -> &'static str {
        Self::INFO[self.index()].name
    }
    /// The name as the catalog keys it (the upstream name without the set's prefix).
    pub const fn catalog_name(self) -> &'static str {
        Self::INFO[self.index()].catalog_name
    }
    /// The code with this upstream name (case-sensitive); `None` if there is none.
    pub fn from_name(name: &str) -> Option<Self> {
        match name {
            "closed" => Some(Self::Closed),
            "failed" => Some(Self::Failed),
            "disconnected" => Some(Self::Disconnected),
            "new" => Some(Self::New),
            "checking" => Some(Self::Checking),
            "completed" => Some(Self::Completed),
            "connected" => Some(Self::Connected),
            _ => None,
        }
    }
    /// Everything the catalog says about the code.
    pub const fn info(self) -> &'static crate::CodeInfo {
        &Self::INFO[self.index()]
    }
    /// One short sentence.
    pub const fn summary(self) -> &'static str {
        self.info().summary
    }
    /// What causes it.
    pub const fn cause(self) -> &'static str {
        self.info().cause
    }
    /// When it occurs.
    pub const fn when(self) -> &'static [&'static str] {
        self.info().when
    }
    /// The catalog's category.
    pub const fn category(self) -> crate::Category {
        self.info().category
    }
    /// What an app should do.
    pub const fn retry_policy(self) -> crate::RetryPolicy {
        self.info().retry_policy
    }
    /// Whether the session ends when this code is reported: yes, no, or only under a condition.
    pub const fn terminality(self) -> crate::Terminality {
        self.info().terminality
    }
    /// True only when the code always ends the session (`Terminal`); false for `NotTerminal` and for `Depends`, whose condition must be checked.
    pub const fn is_terminal(self) -> bool {
        matches!(self.info().terminality, crate::Terminality::Terminal)
    }
}
impl From<RtcIceConnectionState> for &'static str {
    fn from(code: RtcIceConnectionState) -> &'static str {
        code.value()
    }
}
impl<'a> TryFrom<&'a str> for RtcIceConnectionState {
    type Error = crate::UnknownValue<&'a str>;
    fn try_from(value: &'a str) -> Result<Self, Self::Error> {
        Self::from_value(value).ok_or(crate::UnknownValue {
            code_set: Self::CODE_SET,
            value,
        })
    }
}
impl core::str::FromStr for RtcIceConnectionState {
    type Err = crate::UnknownName;
    /// Parses the upstream name.
    fn from_str(name: &str) -> Result<Self, Self::Err> {
        Self::from_name(name).ok_or(crate::UnknownName {
            code_set: Self::CODE_SET,
        })
    }
}
/// Writes the upstream name.
impl core::fmt::Display for RtcIceConnectionState {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(self.name())
    }
}
impl core::error::Error for RtcIceConnectionState {}
impl crate::ErrorCode for RtcIceConnectionState {
    fn provider(&self) -> &'static str {
        "web_platform"
    }
    fn code_set(&self) -> &'static str {
        "rtc_ice_connection_state"
    }
    fn wire_value(&self) -> crate::WireValue<'static> {
        crate::WireValue::String(self.value())
    }
    fn equivalent(&self) -> Option<&'static dyn crate::ErrorCode> {
        None
    }
    fn info(&self) -> &'static crate::CodeInfo {
        (*self).info()
    }
}
/// Name of the error that getUserMedia or getDisplayMedia rejects with, in the error's name attribute.
///
/// Upstream: MediaDevices.getUserMedia in w3c/mediacapture-main Editor's Draft of 2025-10-20.
///
/// # Examples
///
/// ```
/// use rtc_error_catalog::web_platform::MediaCaptureError;
/// use rtc_error_catalog::{Category, RetryPolicy};
///
/// let code = MediaCaptureError::from_value("NotAllowedError").expect("a known value");
/// assert_eq!(code, MediaCaptureError::NotAllowedError);
/// assert_eq!(code.value(), "NotAllowedError");
/// assert_eq!(<&str>::from(code), "NotAllowedError");
/// assert_eq!(code.name(), "NotAllowedError");
/// assert_eq!("NotAllowedError".parse::<MediaCaptureError>(), Ok(code));
/// assert_eq!(code.to_string(), "NotAllowedError");
/// assert_eq!(code.category(), Category::Permission);
/// assert_eq!(code.retry_policy(), RetryPolicy::UserAction);
/// assert_eq!(code.is_terminal(), false);
///
/// // A value this catalog does not know is handled, never a panic:
/// assert_eq!(MediaCaptureError::from_value("not-a-code"), None);
/// assert!(MediaCaptureError::try_from("not-a-code").is_err());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum MediaCaptureError {
    /// Access to the camera, microphone or screen was not allowed.
    ///
    /// The user or the browser denied permission, the permissions policy does not allow the camera or microphone in this document, or the user cancelled the screen picker.
    ///
    /// Wire value "NotAllowedError".
    NotAllowedError,
    /// No device or capture source of the requested kind exists.
    ///
    /// getUserMedia found no device of a requested kind (reported only when permission for that kind is not denied); getDisplayMedia found no source of a requested type.
    ///
    /// Wire value "NotFoundError".
    NotFoundError,
    /// The device could not be read, for example because something else holds it.
    ///
    /// Permission was granted, but a hardware error or an operating-system, program or web-page lock prevented access to every candidate device.
    ///
    /// Wire value "NotReadableError".
    NotReadableError,
    /// No device can satisfy the required constraints.
    ///
    /// Every candidate device failed a required constraint (exact, min or max); the error's constraint attribute names it, or is empty if the device information may not be exposed.
    ///
    /// Wire value "OverconstrainedError".
    OverconstrainedError,
    /// Device access failed for a reason no other name covers.
    ///
    /// Permission was granted and no lock was detected, but access to every candidate device failed for another reason.
    ///
    /// Wire value "AbortError".
    AbortError,
    /// The request was made in a state that does not allow it.
    ///
    /// The document is not fully active; for getDisplayMedia also when the call lacks transient user activation, the document does not have focus, or the CaptureController passed in is already bound.
    ///
    /// Wire value "InvalidStateError".
    InvalidStateError,
    /// The constraints passed in are not acceptable.
    ///
    /// getUserMedia was asked for no media type, or a required constraint not allowed for device selection; getDisplayMedia was called with video set to false, with advanced constraints, or with min or exact constraints.
    ///
    /// Wire value "TypeError".
    TypeError,
}
impl MediaCaptureError {
    /// Every code, in upstream order.
    pub const ALL: &'static [Self] = &[
        Self::NotAllowedError,
        Self::NotFoundError,
        Self::NotReadableError,
        Self::OverconstrainedError,
        Self::AbortError,
        Self::InvalidStateError,
        Self::TypeError,
    ];
    /// Number of codes in the set.
    pub const COUNT: usize = 7;
    const CODE_SET: &'static str = "web_platform/media_capture_error";
    const INFO: [crate::CodeInfo; 7] = [
        crate::CodeInfo {
            name: "NotAllowedError",
            catalog_name: "NotAllowedError",
            summary: "Access to the camera, microphone or screen was not allowed.",
            cause: "The user or the browser denied permission, the permissions policy does not allow the camera or microphone in this document, or the user cancelled the screen picker.",
            when: &[
                "the user clicks Block or dismisses the prompt with a denial",
                "the permission was denied earlier and is remembered",
                "an iframe lacks allow=\"camera; microphone\"",
                "the user cancels the screen-share picker",
            ],
            user_message: "Your browser blocked access to your camera or microphone. Allow access in the browser settings for this site, then try again.",
            user_message_key: "web_platform.media_capture_error.NotAllowedError",
            remediation: &[
                "Explain to the user why the app needs the device, and how to allow it in the browser's site settings.",
                "If the app runs in an iframe, add allow=\"camera; microphone\" (or display-capture) to the iframe and check the page's Permissions-Policy header.",
                "Offer a retry button rather than asking again automatically.",
                "For screen sharing, treat it as the user cancelling the picker.",
            ],
            causes: &[
                "the user denied permission",
                "a remembered denial",
                "the permissions policy does not allow the device in this document",
                "the user cancelled the screen-share picker",
            ],
            references: &[
                "https://w3c.github.io/mediacapture-main/",
                "https://w3c.github.io/mediacapture-screen-share/",
            ],
            since: None,
            category: crate::Category::Permission,
            retry_policy: crate::RetryPolicy::UserAction,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: None,
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "The same request is refused until the user changes the permission in the browser or site settings, so the app should explain and let the user retry.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "NotFoundError",
            catalog_name: "NotFoundError",
            summary: "No device or capture source of the requested kind exists.",
            cause: "getUserMedia found no device of a requested kind (reported only when permission for that kind is not denied); getDisplayMedia found no source of a requested type.",
            when: &[
                "no camera or microphone is attached or enabled",
                "the operating system hides every device of that kind",
            ],
            user_message:
                "No camera or microphone was found. Connect or enable one, then try again.",
            user_message_key: "web_platform.media_capture_error.NotFoundError",
            remediation: &[
                "Tell the user which device is missing (audio or video).",
                "Offer to join without that device, or to try again after connecting one.",
                "Use enumerateDevices() to check what is available before asking.",
            ],
            causes: &[],
            references: &[
                "https://w3c.github.io/mediacapture-main/",
                "https://w3c.github.io/mediacapture-screen-share/",
            ],
            since: None,
            category: crate::Category::UserInput,
            retry_policy: crate::RetryPolicy::UserAction,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: None,
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "Only the user can attach or enable a device; the app can then ask again.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "NotReadableError",
            catalog_name: "NotReadableError",
            summary: "The device could not be read, for example because something else holds it.",
            cause: "Permission was granted, but a hardware error or an operating-system, program or web-page lock prevented access to every candidate device.",
            when: &[
                "another application or tab is using the camera exclusively",
                "the device driver fails",
            ],
            user_message: "Your camera or microphone is being used by another app. Close that app, then try again.",
            user_message_key: "web_platform.media_capture_error.NotReadableError",
            remediation: &[
                "Ask the user to close other applications or tabs that use the camera or microphone.",
                "Let the user try again, or pick another device.",
                "If it persists with no other user of the device, suspect the driver or the operating system's privacy settings.",
            ],
            causes: &[
                "another application holds the device",
                "an operating-system lock",
                "a hardware or driver error",
            ],
            references: &["https://w3c.github.io/mediacapture-main/"],
            since: None,
            category: crate::Category::Capacity,
            retry_policy: crate::RetryPolicy::UserAction,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: None,
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "The device is busy rather than missing, so a retry can succeed once the user closes the other application holding it.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "OverconstrainedError",
            catalog_name: "OverconstrainedError",
            summary: "No device can satisfy the required constraints.",
            cause: "Every candidate device failed a required constraint (exact, min or max); the error's constraint attribute names it, or is empty if the device information may not be exposed.",
            when: &[
                "asking for an exact deviceId that no longer exists",
                "asking for a minimum resolution or frame rate the camera cannot deliver",
            ],
            user_message: "Your camera or microphone does not support the requested settings.",
            user_message_key: "web_platform.media_capture_error.OverconstrainedError",
            remediation: &[
                "Read the error's constraint attribute to see which constraint failed.",
                "Relax required constraints (use ideal instead of exact, min or max) or fall back to the default device.",
                "Refresh stored deviceIds with enumerateDevices(): a device may have been unplugged.",
            ],
            causes: &[
                "an exact deviceId that no longer exists",
                "a resolution or frame rate the device cannot deliver",
            ],
            references: &[
                "https://w3c.github.io/mediacapture-main/",
                "@webref/idl@3.85.0 mediacapture-streams.idl",
            ],
            since: None,
            category: crate::Category::ClientError,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: None,
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "The same constraints fail again on the same devices; the app must relax them or choose another device.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "AbortError",
            catalog_name: "AbortError",
            summary: "Device access failed for a reason no other name covers.",
            cause: "Permission was granted and no lock was detected, but access to every candidate device failed for another reason.",
            when: &["an unexpected failure in the browser's capture pipeline"],
            user_message: "Something went wrong. Please try again.",
            user_message_key: "web_platform.media_capture_error.AbortError",
            remediation: &[
                "Try the request again after a short delay, a few times at most.",
                "If it keeps failing, let the user pick another device or restart the browser.",
            ],
            causes: &[],
            references: &[
                "https://w3c.github.io/mediacapture-main/",
                "https://w3c.github.io/mediacapture-screen-share/",
            ],
            since: None,
            category: crate::Category::Unknown,
            retry_policy: crate::RetryPolicy::Backoff,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: Some(crate::RetrySchedule {
                initial_delay_ms: 1000,
                multiplier_thousandths: 1600,
                max_delay_ms: 20000,
                jitter: crate::Jitter::Full,
                max_attempts: 5,
            }),
            runtime_signal: None,
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "The cause is unspecified and possibly transient, so a bounded retry after a delay is reasonable.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "InvalidStateError",
            catalog_name: "InvalidStateError",
            summary: "The request was made in a state that does not allow it.",
            cause: "The document is not fully active; for getDisplayMedia also when the call lacks transient user activation, the document does not have focus, or the CaptureController passed in is already bound.",
            when: &[
                "getDisplayMedia is called outside a click or key handler",
                "capture is requested from a background or detached document",
                "a CaptureController is reused",
            ],
            user_message: "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
            user_message_key: "web_platform.media_capture_error.InvalidStateError",
            remediation: &[
                "Call getDisplayMedia directly from a click or key handler (transient user activation).",
                "Only request capture from the active, focused, fully active document.",
                "Create a new CaptureController for each getDisplayMedia call.",
            ],
            causes: &[
                "no transient user activation",
                "the document is not fully active or has no focus",
                "a CaptureController was reused",
            ],
            references: &[
                "https://w3c.github.io/mediacapture-main/",
                "https://w3c.github.io/mediacapture-screen-share/",
            ],
            since: None,
            category: crate::Category::ClientError,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: None,
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "These conditions come from where and how the app calls the API, so the call has to move into a user gesture or an active, focused document.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "TypeError",
            catalog_name: "TypeError",
            summary: "The constraints passed in are not acceptable.",
            cause: "getUserMedia was asked for no media type, or a required constraint not allowed for device selection; getDisplayMedia was called with video set to false, with advanced constraints, or with min or exact constraints.",
            when: &[
                "calling getUserMedia({}) or with audio and video both false",
                "passing exact or min constraints to getDisplayMedia",
            ],
            user_message: "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
            user_message_key: "web_platform.media_capture_error.TypeError",
            remediation: &[
                "Fix the constraints: ask for at least one of audio and video in getUserMedia.",
                "For getDisplayMedia, do not set video to false and do not pass advanced, min or exact constraints.",
            ],
            causes: &[
                "getUserMedia asked for no media type",
                "a required constraint that may not be used for device selection",
                "getDisplayMedia with video false or with advanced, min or exact constraints",
            ],
            references: &[
                "https://w3c.github.io/mediacapture-main/",
                "https://w3c.github.io/mediacapture-screen-share/",
            ],
            since: None,
            category: crate::Category::ClientError,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: None,
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "The arguments are wrong; the same call fails again until the code is fixed.",
            ),
            deprecated: None,
            failure: None,
        },
    ];
    pub(crate) const fn index(self) -> usize {
        self as usize
    }
    /// The code with this wire value, as a `'static` trait object.
    pub fn lookup(value: crate::WireValue<'_>) -> Option<&'static dyn crate::ErrorCode> {
        match value {
            crate::WireValue::String(v) => Self::from_value(v).map(Self::as_dyn),
            _ => None,
        }
    }
    /// The code with this upstream name, as a `'static` trait object.
    pub fn lookup_name(name: &str) -> Option<&'static dyn crate::ErrorCode> {
        Self::from_name(name).map(Self::as_dyn)
    }
    /// The code as a `'static` trait object.
    pub(crate) fn as_dyn(self) -> &'static dyn crate::ErrorCode {
        &Self::ALL[self.index()]
    }
    /// The wire value.
    pub const fn value(self) -> &'static str {
        match self {
            Self::NotAllowedError => "NotAllowedError",
            Self::NotFoundError => "NotFoundError",
            Self::NotReadableError => "NotReadableError",
            Self::OverconstrainedError => "OverconstrainedError",
            Self::AbortError => "AbortError",
            Self::InvalidStateError => "InvalidStateError",
            Self::TypeError => "TypeError",
        }
    }
    /// The code with this wire value; `None` for a value this catalog does not know.
    pub fn from_value(value: &str) -> Option<Self> {
        match value {
            "NotAllowedError" => Some(Self::NotAllowedError),
            "NotFoundError" => Some(Self::NotFoundError),
            "NotReadableError" => Some(Self::NotReadableError),
            "OverconstrainedError" => Some(Self::OverconstrainedError),
            "AbortError" => Some(Self::AbortError),
            "InvalidStateError" => Some(Self::InvalidStateError),
            "TypeError" => Some(Self::TypeError),
            _ => None,
        }
    }
    /// The name exactly as upstream spells it.
    pub const fn name(self) -> &'static str {
        Self::INFO[self.index()].name
    }
    /// The name as the catalog keys it (the upstream name without the set's prefix).
    pub const fn catalog_name(self) -> &'static str {
        Self::INFO[self.index()].catalog_name
    }
    /// The code with this upstream name (case-sensitive); `None` if there is none.
    pub fn from_name(name: &str) -> Option<Self> {
        match name {
            "NotAllowedError" => Some(Self::NotAllowedError),
            "NotFoundError" => Some(Self::NotFoundError),
            "NotReadableError" => Some(Self::NotReadableError),
            "OverconstrainedError" => Some(Self::OverconstrainedError),
            "AbortError" => Some(Self::AbortError),
            "InvalidStateError" => Some(Self::InvalidStateError),
            "TypeError" => Some(Self::TypeError),
            _ => None,
        }
    }
    /// Everything the catalog says about the code.
    pub const fn info(self) -> &'static crate::CodeInfo {
        &Self::INFO[self.index()]
    }
    /// One short sentence.
    pub const fn summary(self) -> &'static str {
        self.info().summary
    }
    /// What causes it.
    pub const fn cause(self) -> &'static str {
        self.info().cause
    }
    /// When it occurs.
    pub const fn when(self) -> &'static [&'static str] {
        self.info().when
    }
    /// The catalog's category.
    pub const fn category(self) -> crate::Category {
        self.info().category
    }
    /// What an app should do.
    pub const fn retry_policy(self) -> crate::RetryPolicy {
        self.info().retry_policy
    }
    /// Whether the session ends when this code is reported: yes, no, or only under a condition.
    pub const fn terminality(self) -> crate::Terminality {
        self.info().terminality
    }
    /// True only when the code always ends the session (`Terminal`); false for `NotTerminal` and for `Depends`, whose condition must be checked.
    pub const fn is_terminal(self) -> bool {
        matches!(self.info().terminality, crate::Terminality::Terminal)
    }
}
impl From<MediaCaptureError> for &'static str {
    fn from(code: MediaCaptureError) -> &'static str {
        code.value()
    }
}
impl<'a> TryFrom<&'a str> for MediaCaptureError {
    type Error = crate::UnknownValue<&'a str>;
    fn try_from(value: &'a str) -> Result<Self, Self::Error> {
        Self::from_value(value).ok_or(crate::UnknownValue {
            code_set: Self::CODE_SET,
            value,
        })
    }
}
impl core::str::FromStr for MediaCaptureError {
    type Err = crate::UnknownName;
    /// Parses the upstream name.
    fn from_str(name: &str) -> Result<Self, Self::Err> {
        Self::from_name(name).ok_or(crate::UnknownName {
            code_set: Self::CODE_SET,
        })
    }
}
/// Writes the upstream name.
impl core::fmt::Display for MediaCaptureError {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(self.name())
    }
}
impl core::error::Error for MediaCaptureError {}
impl crate::ErrorCode for MediaCaptureError {
    fn provider(&self) -> &'static str {
        "web_platform"
    }
    fn code_set(&self) -> &'static str {
        "media_capture_error"
    }
    fn wire_value(&self) -> crate::WireValue<'static> {
        crate::WireValue::String(self.value())
    }
    fn equivalent(&self) -> Option<&'static dyn crate::ErrorCode> {
        None
    }
    fn info(&self) -> &'static crate::CodeInfo {
        (*self).info()
    }
}

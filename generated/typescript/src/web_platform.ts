// Generated from spec/ by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

/**
 * Web platform (WebRTC and Media Capture) error codes.
 *
 * @packageDocumentation
 */
import type { CodeInfo } from "./taxonomy.js";

/**
 * WebRTC-specific kind of an RTCError, in its errorDetail attribute.
 *
 * Upstream: RTCErrorDetailType in w3c/webref 3.85.0 (package npm:\@webref/idl\@3.85.0).
 */
export const RtcErrorDetailType = {
  /** A data channel has failed. */
  data_channel_failure: "data-channel-failure",
  /** DTLS negotiation failed, or the DTLS connection ended with a fatal error. */
  dtls_failure: "dtls-failure",
  /** The remote certificate did not match the fingerprints in the SDP. */
  fingerprint_failure: "fingerprint-failure",
  /** SCTP negotiation failed, or the SCTP association ended with a fatal error. */
  sctp_failure: "sctp-failure",
  /** The SDP is not syntactically valid. */
  sdp_syntax_error: "sdp-syntax-error",
  /** The hardware encoder resources for the request are not available. */
  hardware_encoder_not_available: "hardware-encoder-not-available",
  /** The hardware encoder does not support the provided parameters. */
  hardware_encoder_error: "hardware-encoder-error",
} as const;

/** A wire value of Web platform (WebRTC and Media Capture) `rtc_error_detail_type`. */
export type RtcErrorDetailType = (typeof RtcErrorDetailType)[keyof typeof RtcErrorDetailType];

/** The name of a RtcErrorDetailType code as the catalog keys it (the upstream name without its prefix). */
export type RtcErrorDetailTypeCatalogName = keyof typeof RtcErrorDetailType;

/** What upstream writes before every RtcErrorDetailType catalog name. */
const rtcErrorDetailTypePrefix = "";

/** The name of a RtcErrorDetailType code exactly as upstream spells it. */
export type RtcErrorDetailTypeName = `${typeof rtcErrorDetailTypePrefix}${RtcErrorDetailTypeCatalogName}`;

/**
 * Aggregate state of an RTCPeerConnection's ICE and DTLS transports, in its connectionState attribute.
 *
 * Upstream: RTCPeerConnectionState in w3c/webref 3.85.0 (package npm:\@webref/idl\@3.85.0).
 */
export const RtcPeerConnectionState = {
  /** The peer connection is closed. */
  closed: "closed",
  /** The peer connection's transports have failed. */
  failed: "failed",
  /** The peer connection has lost connectivity for now. */
  disconnected: "disconnected",
  /** The transports have not started connecting yet. */
  new: "new",
  /** The transports are connecting. */
  connecting: "connecting",
  /** The transports are connected. */
  connected: "connected",
} as const;

/** A wire value of Web platform (WebRTC and Media Capture) `rtc_peer_connection_state`. */
export type RtcPeerConnectionState = (typeof RtcPeerConnectionState)[keyof typeof RtcPeerConnectionState];

/** The name of a RtcPeerConnectionState code as the catalog keys it (the upstream name without its prefix). */
export type RtcPeerConnectionStateCatalogName = keyof typeof RtcPeerConnectionState;

/** What upstream writes before every RtcPeerConnectionState catalog name. */
const rtcPeerConnectionStatePrefix = "";

/** The name of a RtcPeerConnectionState code exactly as upstream spells it. */
export type RtcPeerConnectionStateName = `${typeof rtcPeerConnectionStatePrefix}${RtcPeerConnectionStateCatalogName}`;

/**
 * Aggregate state of an RTCPeerConnection's ICE transports, in its iceConnectionState attribute.
 *
 * Upstream: RTCIceConnectionState in w3c/webref 3.85.0 (package npm:\@webref/idl\@3.85.0).
 */
export const RtcIceConnectionState = {
  /** The peer connection is closed. */
  closed: "closed",
  /** ICE has failed. */
  failed: "failed",
  /** ICE connectivity is lost for now. */
  disconnected: "disconnected",
  /** ICE has not started. */
  new: "new",
  /** ICE is checking candidate pairs. */
  checking: "checking",
  /** ICE has finished checking and found connections. */
  completed: "completed",
  /** ICE has a usable connection. */
  connected: "connected",
} as const;

/** A wire value of Web platform (WebRTC and Media Capture) `rtc_ice_connection_state`. */
export type RtcIceConnectionState = (typeof RtcIceConnectionState)[keyof typeof RtcIceConnectionState];

/** The name of a RtcIceConnectionState code as the catalog keys it (the upstream name without its prefix). */
export type RtcIceConnectionStateCatalogName = keyof typeof RtcIceConnectionState;

/** What upstream writes before every RtcIceConnectionState catalog name. */
const rtcIceConnectionStatePrefix = "";

/** The name of a RtcIceConnectionState code exactly as upstream spells it. */
export type RtcIceConnectionStateName = `${typeof rtcIceConnectionStatePrefix}${RtcIceConnectionStateCatalogName}`;

/**
 * Name of the error that getUserMedia or getDisplayMedia rejects with, in the error's name attribute.
 *
 * Upstream: MediaDevices.getUserMedia in w3c/mediacapture-main Editor's Draft of 2025-10-20.
 */
export const MediaCaptureError = {
  /** Access to the camera, microphone or screen was not allowed. */
  NotAllowedError: "NotAllowedError",
  /** No device or capture source of the requested kind exists. */
  NotFoundError: "NotFoundError",
  /** The device could not be read, for example because something else holds it. */
  NotReadableError: "NotReadableError",
  /** No device can satisfy the required constraints. */
  OverconstrainedError: "OverconstrainedError",
  /** Device access failed for a reason no other name covers. */
  AbortError: "AbortError",
  /** The request was made in a state that does not allow it. */
  InvalidStateError: "InvalidStateError",
  /** The constraints passed in are not acceptable. */
  TypeError: "TypeError",
} as const;

/** A wire value of Web platform (WebRTC and Media Capture) `media_capture_error`. */
export type MediaCaptureError = (typeof MediaCaptureError)[keyof typeof MediaCaptureError];

/** The name of a MediaCaptureError code as the catalog keys it (the upstream name without its prefix). */
export type MediaCaptureErrorCatalogName = keyof typeof MediaCaptureError;

/** What upstream writes before every MediaCaptureError catalog name. */
const mediaCaptureErrorPrefix = "";

/** The name of a MediaCaptureError code exactly as upstream spells it. */
export type MediaCaptureErrorName = `${typeof mediaCaptureErrorPrefix}${MediaCaptureErrorCatalogName}`;

let rtcErrorDetailTypeCatalogNames: Map<string, RtcErrorDetailTypeCatalogName> | undefined;

/** The catalog name of the RtcErrorDetailType code with this wire value. */
function rtcErrorDetailTypeCatalogName(value: string): RtcErrorDetailTypeCatalogName | undefined {
  rtcErrorDetailTypeCatalogNames ??= new Map(Object.entries(RtcErrorDetailType).map(([key, value]) => [value, key as RtcErrorDetailTypeCatalogName]));
  return rtcErrorDetailTypeCatalogNames.get(value);
}

/**
 * The upstream name of the RtcErrorDetailType code with this wire value, or `undefined` for a value the
 * catalog does not know (a newer provider release, or bad input). Never throws.
 */
export function rtcErrorDetailTypeName(value: string): RtcErrorDetailTypeName | undefined {
  const key = rtcErrorDetailTypeCatalogName(value);
  return key === undefined ? undefined : (`${rtcErrorDetailTypePrefix}${key}` as const);
}

/** Whether `value` is a wire value of a known RtcErrorDetailType code. */
export function isRtcErrorDetailType(value: unknown): value is RtcErrorDetailType {
  return typeof value === "string" && rtcErrorDetailTypeCatalogName(value) !== undefined;
}

/** The wire value of the RtcErrorDetailType code with this upstream name, or `undefined` if there is none. */
export function rtcErrorDetailTypeFromName(name: string): RtcErrorDetailType | undefined {
  if (!name.startsWith(rtcErrorDetailTypePrefix)) return undefined;
  const key = name.slice(rtcErrorDetailTypePrefix.length);
  return Object.hasOwn(RtcErrorDetailType, key) ? RtcErrorDetailType[key as RtcErrorDetailTypeCatalogName] : undefined;
}

/** Everything the catalog says about the RtcErrorDetailType code with this wire value, or `undefined`. */
export function rtcErrorDetailTypeInfo(value: string): CodeInfo<RtcErrorDetailType, never> | undefined {
  const key = rtcErrorDetailTypeCatalogName(value);
  return key === undefined ? undefined : rtcErrorDetailTypeInfos[key];
}

/** Everything the catalog says about each RtcErrorDetailType code, by catalog name. */
export const rtcErrorDetailTypeInfos: {
  readonly [K in RtcErrorDetailTypeCatalogName]: CodeInfo<(typeof RtcErrorDetailType)[K], never>;
} = {
  data_channel_failure: {
    provider: "web_platform",
    codeSet: "rtc_error_detail_type",
    value: "data-channel-failure",
    name: "data_channel_failure",
    catalogName: "data_channel_failure",
    summary: "A data channel has failed.",
    cause: "The specification fires an error event with this detail at an RTCDataChannel that is closed because of a failure, for example when applying a remote description closes data channels that could not be negotiated.",
    when: ["a renegotiation leaves a data channel without a usable transport", "the data channel is closed with an error"],
    userMessage: "We could not connect your audio and video. Check your network, or try another browser or device.",
    userMessageKey: "web_platform.rtc_error_detail_type.data_channel_failure",
    remediation: ["Listen for the error and close events on each RTCDataChannel and drop the failed channel.", "Check connectionState: if the peer connection is still connected, open a new data channel after a short delay.", "If channels fail after every renegotiation, check that both offers and answers keep the data channel (m=application) section."],
    causes: ["a renegotiation removed or rejected the data channel section", "the SCTP transport under the channel failed"],
    references: ["https://w3c.github.io/webrtc-pc/", "@webref/idl@3.85.0 webrtc.idl"],
    category: "media_negotiation",
    retryPolicy: "backoff",
    retryBasis: "catalog",
    retrySchedule: { initialDelayMs: 1000, multiplierThousandths: 1600, maxDelayMs: 20000, jitter: "full", maxAttempts: 5 },
    runtimeSignal: {
      name: "RTCPeerConnection.connectionState",
      overrides: ["terminal"],
      values: [
        { value: "failed", means: "The error has taken the whole peer connection down; build a new one (or restart ICE)." },
        { value: "connected", means: "The peer connection survived the error; only the channel, transport or call that reported it is affected." },
      ],
      meaning: null,
    },
    terminality: "not_terminal",
    terminal: false,
    terminalBasis: "catalog",
    rationale: "Only the one data channel closes while the peer connection carries on, so the app may open a new channel after a delay.",
  },
  dtls_failure: {
    provider: "web_platform",
    codeSet: "rtc_error_detail_type",
    value: "dtls-failure",
    name: "dtls_failure",
    catalogName: "dtls_failure",
    summary: "DTLS negotiation failed, or the DTLS connection ended with a fatal error.",
    cause: "The DTLS handshake failed or a fatal DTLS alert was sent or received; the error's receivedAlert or sentAlert attribute carries the alert, and the RTCDtlsTransport moves to the failed state.",
    when: ["the peers cannot agree on DTLS parameters or certificates", "the remote peer rejects the local certificate with a fatal alert"],
    userMessage: "We could not set up a secure connection for your audio and video. Please try again.",
    userMessageKey: "web_platform.rtc_error_detail_type.dtls_failure",
    remediation: ["Read the error's receivedAlert and sentAlert to see which side aborted the handshake, and log them.", "Close the failed peer connection and create a new one after a delay; a failed DTLS transport does not recover.", "If it keeps failing, check the certificates each side uses (RTCPeerConnection.generateCertificate, expiry) and any middlebox that alters DTLS traffic."],
    causes: ["the peers cannot agree on DTLS parameters", "a peer rejects the other's certificate with a fatal alert", "a fatal alert ends an established DTLS connection"],
    references: ["https://w3c.github.io/webrtc-pc/", "@webref/idl@3.85.0 webrtc.idl"],
    category: "media_negotiation",
    retryPolicy: "backoff",
    retryBasis: "catalog",
    retrySchedule: { initialDelayMs: 1000, multiplierThousandths: 1600, maxDelayMs: 20000, jitter: "full", maxAttempts: 5 },
    runtimeSignal: {
      name: "RTCPeerConnection.connectionState",
      overrides: ["terminal"],
      values: [
        { value: "failed", means: "The error has taken the whole peer connection down; build a new one (or restart ICE)." },
        { value: "connected", means: "The peer connection survived the error; only the channel, transport or call that reported it is affected." },
      ],
      meaning: null,
    },
    terminality: "terminal",
    terminal: true,
    terminalBasis: "provider",
    rationale: "A failed DTLS transport puts the peer connection in the failed state and the specification defines no recovery for it, so the app needs a new connection, which may succeed after a delay.",
  },
  fingerprint_failure: {
    provider: "web_platform",
    codeSet: "rtc_error_detail_type",
    value: "fingerprint-failure",
    name: "fingerprint_failure",
    catalogName: "fingerprint_failure",
    summary: "The remote certificate did not match the fingerprints in the SDP.",
    cause: "The RTCDtlsTransport received a remote certificate that matches none of the fingerprints the remote description announced; the transport moves to the failed state.",
    when: ["the signalled SDP and the peer that answers the DTLS handshake disagree", "an intermediary tampers with the media path"],
    userMessage: "We could not set up a secure connection for your audio and video. Please contact support if this keeps happening.",
    userMessageKey: "web_platform.rtc_error_detail_type.fingerprint_failure",
    remediation: ["Do not retry with the same descriptions: the certificate will not match again.", "Check that the signalling path delivers the remote SDP unmodified and to the peer that generated it (no mixed-up sessions, no SDP munging of a=fingerprint).", "Treat repeated mismatches as a possible attack on the media path and report them."],
    causes: ["the signalling paired the wrong peers", "the SDP fingerprint was altered", "an intermediary answered the DTLS handshake"],
    references: ["https://w3c.github.io/webrtc-pc/", "@webref/idl@3.85.0 webrtc.idl"],
    category: "media_negotiation",
    retryPolicy: "never",
    retryBasis: "catalog",
    retrySchedule: null,
    runtimeSignal: {
      name: "RTCPeerConnection.connectionState",
      overrides: ["terminal"],
      values: [
        { value: "failed", means: "The error has taken the whole peer connection down; build a new one (or restart ICE)." },
        { value: "connected", means: "The peer connection survived the error; only the channel, transport or call that reported it is affected." },
      ],
      meaning: null,
    },
    terminality: "terminal",
    terminal: true,
    terminalBasis: "provider",
    rationale: "A fingerprint mismatch means the signalling and the media peer do not belong together (a bug or an attack), so retrying with the same descriptions fails again.",
  },
  sctp_failure: {
    provider: "web_platform",
    codeSet: "rtc_error_detail_type",
    value: "sctp-failure",
    name: "sctp_failure",
    catalogName: "sctp_failure",
    summary: "SCTP negotiation failed, or the SCTP association ended with a fatal error.",
    cause: "The SCTP association under the data channels failed or was closed with an error; the error's sctpCauseCode attribute carries the SCTP cause.",
    when: ["the data channel transport closes with an error", "sending data leads to an SCTP-level error"],
    userMessage: "We could not connect your audio and video. Check your network, or try another browser or device.",
    userMessageKey: "web_platform.rtc_error_detail_type.sctp_failure",
    remediation: ["Log the error's sctpCauseCode, which names the SCTP cause.", "Keep the audio and video running; close the affected data channels.", "Renegotiate after a delay to restore the data channel transport, and open the channels again."],
    causes: [],
    references: ["https://w3c.github.io/webrtc-pc/", "@webref/idl@3.85.0 webrtc.idl"],
    category: "media_negotiation",
    retryPolicy: "backoff",
    retryBasis: "catalog",
    retrySchedule: { initialDelayMs: 1000, multiplierThousandths: 1600, maxDelayMs: 20000, jitter: "full", maxAttempts: 5 },
    runtimeSignal: {
      name: "RTCPeerConnection.connectionState",
      overrides: ["terminal"],
      values: [
        { value: "failed", means: "The error has taken the whole peer connection down; build a new one (or restart ICE)." },
        { value: "connected", means: "The peer connection survived the error; only the channel, transport or call that reported it is affected." },
      ],
      meaning: null,
    },
    terminality: "not_terminal",
    terminal: false,
    terminalBasis: "catalog",
    rationale: "The failure is reported on data channels; audio and video on the same peer connection are not closed by it, and a new negotiation after a delay may restore the association.",
  },
  sdp_syntax_error: {
    provider: "web_platform",
    codeSet: "rtc_error_detail_type",
    value: "sdp-syntax-error",
    name: "sdp_syntax_error",
    catalogName: "sdp_syntax_error",
    summary: "The SDP is not syntactically valid.",
    cause: "setRemoteDescription was given SDP that does not parse; the error's sdpLineNumber attribute gives the offending line.",
    when: ["the signalling layer corrupts or truncates the SDP", "the app munges the SDP incorrectly"],
    userMessage: "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
    userMessageKey: "web_platform.rtc_error_detail_type.sdp_syntax_error",
    remediation: ["Log the error's sdpLineNumber and the SDP line it points at.", "Fix the code that produced or modified the SDP (SDP munging, a signalling layer that truncates or re-encodes messages).", "Do not retry with the same SDP; the connection stays as it was, so a corrected description can be applied."],
    causes: ["the signalling layer corrupted or truncated the SDP", "the app modified the SDP incorrectly"],
    references: ["https://w3c.github.io/webrtc-pc/", "@webref/idl@3.85.0 webrtc.idl"],
    category: "client_error",
    retryPolicy: "never",
    retryBasis: "catalog",
    retrySchedule: null,
    runtimeSignal: {
      name: "RTCPeerConnection.connectionState",
      overrides: ["terminal"],
      values: [
        { value: "failed", means: "The error has taken the whole peer connection down; build a new one (or restart ICE)." },
        { value: "connected", means: "The peer connection survived the error; only the channel, transport or call that reported it is affected." },
      ],
      meaning: null,
    },
    terminality: "not_terminal",
    terminal: false,
    terminalBasis: "provider",
    rationale: "The same SDP fails to parse again; only the code that produced or modified it can fix it. The specification only rejects the promise, the connection stays as it was.",
  },
  hardware_encoder_not_available: {
    provider: "web_platform",
    codeSet: "rtc_error_detail_type",
    value: "hardware-encoder-not-available",
    name: "hardware_encoder_not_available",
    catalogName: "hardware_encoder_not_available",
    summary: "The hardware encoder resources for the request are not available.",
    cause: "RTCRtpSender.setParameters was rejected because configuring the media stack needed hardware encoder resources that are not available.",
    when: ["changing encodings asks for more hardware encoder sessions than the device has free"],
    userMessage: "Your device is busy and cannot send video at this quality right now.",
    userMessageKey: "web_platform.rtc_error_detail_type.hardware_encoder_not_available",
    remediation: ["Keep the sender's previous parameters, which are still in effect.", "Ask for fewer or smaller encodings (fewer simulcast layers, lower resolution) or try setParameters again after a delay.", "Stop other encoders the app no longer needs to free hardware resources."],
    causes: [],
    references: ["https://w3c.github.io/webrtc-pc/", "@webref/idl@3.85.0 webrtc.idl"],
    category: "capacity",
    retryPolicy: "backoff",
    retryBasis: "catalog",
    retrySchedule: { initialDelayMs: 1000, multiplierThousandths: 1600, maxDelayMs: 20000, jitter: "full", maxAttempts: 5 },
    runtimeSignal: {
      name: "RTCPeerConnection.connectionState",
      overrides: ["terminal"],
      values: [
        { value: "failed", means: "The error has taken the whole peer connection down; build a new one (or restart ICE)." },
        { value: "connected", means: "The peer connection survived the error; only the channel, transport or call that reported it is affected." },
      ],
      meaning: null,
    },
    terminality: "not_terminal",
    terminal: false,
    terminalBasis: "provider",
    rationale: "The resources may free up once other encoders stop; only the setParameters promise is rejected, the sender keeps its previous parameters.",
  },
  hardware_encoder_error: {
    provider: "web_platform",
    codeSet: "rtc_error_detail_type",
    value: "hardware-encoder-error",
    name: "hardware_encoder_error",
    catalogName: "hardware_encoder_error",
    summary: "The hardware encoder does not support the provided parameters.",
    cause: "RTCRtpSender.setParameters was rejected because the hardware encoder cannot encode with the requested parameters.",
    when: ["requesting encodings, resolutions or scalability modes the hardware encoder cannot produce"],
    userMessage: "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
    userMessageKey: "web_platform.rtc_error_detail_type.hardware_encoder_error",
    remediation: ["Keep the sender's previous parameters, which are still in effect.", "Request encodings the device supports: check RTCRtpSender.getCapabilities() and drop scalability modes or resolutions the hardware cannot produce.", "Do not repeat the same setParameters call."],
    causes: [],
    references: ["https://w3c.github.io/webrtc-pc/", "@webref/idl@3.85.0 webrtc.idl"],
    category: "client_error",
    retryPolicy: "never",
    retryBasis: "catalog",
    retrySchedule: null,
    runtimeSignal: {
      name: "RTCPeerConnection.connectionState",
      overrides: ["terminal"],
      values: [
        { value: "failed", means: "The error has taken the whole peer connection down; build a new one (or restart ICE)." },
        { value: "connected", means: "The peer connection survived the error; only the channel, transport or call that reported it is affected." },
      ],
      meaning: null,
    },
    terminality: "not_terminal",
    terminal: false,
    terminalBasis: "provider",
    rationale: "The same parameters fail again on the same hardware; the app must request parameters the encoder supports. Only the setParameters promise is rejected.",
  },
};

let rtcPeerConnectionStateCatalogNames: Map<string, RtcPeerConnectionStateCatalogName> | undefined;

/** The catalog name of the RtcPeerConnectionState code with this wire value. */
function rtcPeerConnectionStateCatalogName(value: string): RtcPeerConnectionStateCatalogName | undefined {
  rtcPeerConnectionStateCatalogNames ??= new Map(Object.entries(RtcPeerConnectionState).map(([key, value]) => [value, key as RtcPeerConnectionStateCatalogName]));
  return rtcPeerConnectionStateCatalogNames.get(value);
}

/**
 * The upstream name of the RtcPeerConnectionState code with this wire value, or `undefined` for a value the
 * catalog does not know (a newer provider release, or bad input). Never throws.
 */
export function rtcPeerConnectionStateName(value: string): RtcPeerConnectionStateName | undefined {
  const key = rtcPeerConnectionStateCatalogName(value);
  return key === undefined ? undefined : (`${rtcPeerConnectionStatePrefix}${key}` as const);
}

/** Whether `value` is a wire value of a known RtcPeerConnectionState code. */
export function isRtcPeerConnectionState(value: unknown): value is RtcPeerConnectionState {
  return typeof value === "string" && rtcPeerConnectionStateCatalogName(value) !== undefined;
}

/** The wire value of the RtcPeerConnectionState code with this upstream name, or `undefined` if there is none. */
export function rtcPeerConnectionStateFromName(name: string): RtcPeerConnectionState | undefined {
  if (!name.startsWith(rtcPeerConnectionStatePrefix)) return undefined;
  const key = name.slice(rtcPeerConnectionStatePrefix.length);
  return Object.hasOwn(RtcPeerConnectionState, key) ? RtcPeerConnectionState[key as RtcPeerConnectionStateCatalogName] : undefined;
}

/** Everything the catalog says about the RtcPeerConnectionState code with this wire value, or `undefined`. */
export function rtcPeerConnectionStateInfo(value: string): CodeInfo<RtcPeerConnectionState, RtcIceConnectionState> | undefined {
  const key = rtcPeerConnectionStateCatalogName(value);
  return key === undefined ? undefined : rtcPeerConnectionStateInfos[key];
}

/** Everything the catalog says about each RtcPeerConnectionState code, by catalog name. */
export const rtcPeerConnectionStateInfos: {
  readonly [K in RtcPeerConnectionStateCatalogName]: CodeInfo<(typeof RtcPeerConnectionState)[K], RtcIceConnectionState>;
} = {
  closed: {
    provider: "web_platform",
    codeSet: "rtc_peer_connection_state",
    value: "closed",
    name: "closed",
    catalogName: "closed",
    summary: "The peer connection is closed.",
    cause: "The ICE connection state is closed, which happens only once the app has called RTCPeerConnection.close().",
    when: ["the app closes the peer connection"],
    userMessage: "You have left the call.",
    userMessageKey: "web_platform.rtc_peer_connection_state.closed",
    remediation: ["Nothing to fix: the app itself closed the peer connection.", "To talk again, create a new RTCPeerConnection; a closed one cannot be reopened."],
    causes: [],
    references: ["https://w3c.github.io/webrtc-pc/", "@webref/idl@3.85.0 webrtc.idl"],
    category: "ended_normally",
    retryPolicy: "not_an_error",
    retryBasis: "catalog",
    retrySchedule: null,
    runtimeSignal: {
      name: "RTCPeerConnection.connectionState (connectionstatechange event)",
      overrides: ["terminal"],
      values: [
        { value: "disconnected", means: "Connectivity is lost for now; the browser keeps checking and may recover without action." },
        { value: "failed", means: "The connection will not recover by itself; only an ICE restart (restartIce()) or a new peer connection helps." },
        { value: "closed", means: "The app closed the peer connection; it cannot be used again." },
      ],
      meaning: null,
    },
    terminality: "terminal",
    terminal: true,
    terminalBasis: "provider",
    rationale: "Only the app's own close() call leads here, so there is nothing to retry.",
    protocolEquivalent: "closed",
  },
  failed: {
    provider: "web_platform",
    codeSet: "rtc_peer_connection_state",
    value: "failed",
    name: "failed",
    catalogName: "failed",
    summary: "The peer connection's transports have failed.",
    cause: "The ICE connection state is failed, or at least one DTLS transport is in the failed state.",
    when: ["no ICE candidate pair passes connectivity checks, for example behind a firewall without TURN", "a DTLS handshake fails"],
    userMessage: "We could not connect your audio and video. Check your network, or try another browser or device.",
    userMessageKey: "web_platform.rtc_peer_connection_state.failed",
    remediation: ["Call restartIce() (or renegotiate with an ICE restart) to try to recover the connection.", "If the restart fails too, close the peer connection and create a new one, with a growing delay between attempts.", "If it fails on some networks only, provide a TURN server (TCP or TLS on port 443) in iceServers.", "Tell the user that the connection was lost."],
    causes: ["ICE failed: no candidate pair passed connectivity checks", "a DTLS transport failed"],
    references: ["https://w3c.github.io/webrtc-pc/", "@webref/idl@3.85.0 webrtc.idl"],
    category: "media_negotiation",
    retryPolicy: "backoff",
    retryBasis: "catalog",
    retrySchedule: { initialDelayMs: 1000, multiplierThousandths: 1600, maxDelayMs: 20000, jitter: "full", maxAttempts: 5 },
    runtimeSignal: {
      name: "RTCPeerConnection.connectionState (connectionstatechange event)",
      overrides: ["terminal"],
      values: [
        { value: "disconnected", means: "Connectivity is lost for now; the browser keeps checking and may recover without action." },
        { value: "failed", means: "The connection will not recover by itself; only an ICE restart (restartIce()) or a new peer connection helps." },
        { value: "closed", means: "The app closed the peer connection; it cannot be used again." },
      ],
      meaning: null,
    },
    terminality: "terminal",
    terminal: true,
    terminalBasis: "provider",
    rationale: "The specification calls a failed ICE transport terminal until ICE is restarted; an ICE restart or a new connection after a delay is the app's remaining move.",
  },
  disconnected: {
    provider: "web_platform",
    codeSet: "rtc_peer_connection_state",
    value: "disconnected",
    name: "disconnected",
    catalogName: "disconnected",
    summary: "The peer connection has lost connectivity for now.",
    cause: "The ICE connection state is disconnected, with no failed transport.",
    when: ["the network drops briefly or switches interface"],
    userMessage: "Your connection is unstable. Trying to reconnect...",
    userMessageKey: "web_platform.rtc_peer_connection_state.disconnected",
    remediation: ["Wait: the browser keeps checking and the state often returns to connected.", "Show the user that the connection is unstable.", "If the state becomes failed, or stays disconnected for longer than the app accepts, handle it as failed (restartIce() or a new connection)."],
    causes: [],
    references: ["https://w3c.github.io/webrtc-pc/", "@webref/idl@3.85.0 webrtc.idl"],
    category: "network",
    retryPolicy: "automatic",
    retryBasis: "provider",
    retrySchedule: { initialDelayMs: 1000, multiplierThousandths: 1600, maxDelayMs: 120000, jitter: "equal", maxAttempts: 10 },
    runtimeSignal: {
      name: "RTCPeerConnection.connectionState (connectionstatechange event)",
      overrides: ["terminal"],
      values: [
        { value: "disconnected", means: "Connectivity is lost for now; the browser keeps checking and may recover without action." },
        { value: "failed", means: "The connection will not recover by itself; only an ICE restart (restartIce()) or a new peer connection helps." },
        { value: "closed", means: "The app closed the peer connection; it cannot be used again." },
      ],
      meaning: null,
    },
    terminality: "depends",
    terminalCondition: "Terminal only when the state moves on to failed; disconnected itself is transient and often returns to connected without action.",
    terminal: false,
    terminalBasis: "provider",
    rationale: "The specification describes the underlying ICE disconnected state as transient and able to resolve itself without action.",
    protocolEquivalent: "disconnected",
  },
  new: {
    provider: "web_platform",
    codeSet: "rtc_peer_connection_state",
    value: "new",
    name: "new",
    catalogName: "new",
    summary: "The transports have not started connecting yet.",
    cause: "ICE is new and every DTLS transport is new or closed, or there are no transports.",
    when: ["a peer connection has just been created"],
    userMessage: "Everything is working normally.",
    userMessageKey: "web_platform.rtc_peer_connection_state.new",
    remediation: ["Nothing to fix: this is a normal state. Use it to drive the UI (for example a connecting indicator)."],
    causes: [],
    references: ["https://w3c.github.io/webrtc-pc/", "@webref/idl@3.85.0 webrtc.idl"],
    category: "not_an_error",
    retryPolicy: "not_an_error",
    retryBasis: "provider",
    retrySchedule: null,
    runtimeSignal: {
      name: "RTCPeerConnection.connectionState (connectionstatechange event)",
      overrides: ["terminal"],
      values: [
        { value: "disconnected", means: "Connectivity is lost for now; the browser keeps checking and may recover without action." },
        { value: "failed", means: "The connection will not recover by itself; only an ICE restart (restartIce()) or a new peer connection helps." },
        { value: "closed", means: "The app closed the peer connection; it cannot be used again." },
      ],
      meaning: null,
    },
    terminality: "not_terminal",
    terminal: false,
    terminalBasis: "provider",
  },
  connecting: {
    provider: "web_platform",
    codeSet: "rtc_peer_connection_state",
    value: "connecting",
    name: "connecting",
    catalogName: "connecting",
    summary: "The transports are connecting.",
    cause: "No other state applies; some ICE or DTLS transport is still being set up.",
    when: ["ICE checks or the DTLS handshake are in progress"],
    userMessage: "Everything is working normally.",
    userMessageKey: "web_platform.rtc_peer_connection_state.connecting",
    remediation: ["Nothing to fix: this is a normal state. Use it to drive the UI (for example a connecting indicator)."],
    causes: [],
    references: ["https://w3c.github.io/webrtc-pc/", "@webref/idl@3.85.0 webrtc.idl"],
    category: "not_an_error",
    retryPolicy: "not_an_error",
    retryBasis: "provider",
    retrySchedule: null,
    runtimeSignal: {
      name: "RTCPeerConnection.connectionState (connectionstatechange event)",
      overrides: ["terminal"],
      values: [
        { value: "disconnected", means: "Connectivity is lost for now; the browser keeps checking and may recover without action." },
        { value: "failed", means: "The connection will not recover by itself; only an ICE restart (restartIce()) or a new peer connection helps." },
        { value: "closed", means: "The app closed the peer connection; it cannot be used again." },
      ],
      meaning: null,
    },
    terminality: "not_terminal",
    terminal: false,
    terminalBasis: "provider",
  },
  connected: {
    provider: "web_platform",
    codeSet: "rtc_peer_connection_state",
    value: "connected",
    name: "connected",
    catalogName: "connected",
    summary: "The transports are connected.",
    cause: "ICE is connected and every DTLS transport is connected or closed.",
    when: ["media can flow"],
    userMessage: "Everything is working normally.",
    userMessageKey: "web_platform.rtc_peer_connection_state.connected",
    remediation: ["Nothing to fix: this is a normal state. Use it to drive the UI (for example a connecting indicator)."],
    causes: [],
    references: ["https://w3c.github.io/webrtc-pc/", "@webref/idl@3.85.0 webrtc.idl"],
    category: "not_an_error",
    retryPolicy: "not_an_error",
    retryBasis: "provider",
    retrySchedule: null,
    runtimeSignal: {
      name: "RTCPeerConnection.connectionState (connectionstatechange event)",
      overrides: ["terminal"],
      values: [
        { value: "disconnected", means: "Connectivity is lost for now; the browser keeps checking and may recover without action." },
        { value: "failed", means: "The connection will not recover by itself; only an ICE restart (restartIce()) or a new peer connection helps." },
        { value: "closed", means: "The app closed the peer connection; it cannot be used again." },
      ],
      meaning: null,
    },
    terminality: "not_terminal",
    terminal: false,
    terminalBasis: "provider",
  },
};

let rtcIceConnectionStateCatalogNames: Map<string, RtcIceConnectionStateCatalogName> | undefined;

/** The catalog name of the RtcIceConnectionState code with this wire value. */
function rtcIceConnectionStateCatalogName(value: string): RtcIceConnectionStateCatalogName | undefined {
  rtcIceConnectionStateCatalogNames ??= new Map(Object.entries(RtcIceConnectionState).map(([key, value]) => [value, key as RtcIceConnectionStateCatalogName]));
  return rtcIceConnectionStateCatalogNames.get(value);
}

/**
 * The upstream name of the RtcIceConnectionState code with this wire value, or `undefined` for a value the
 * catalog does not know (a newer provider release, or bad input). Never throws.
 */
export function rtcIceConnectionStateName(value: string): RtcIceConnectionStateName | undefined {
  const key = rtcIceConnectionStateCatalogName(value);
  return key === undefined ? undefined : (`${rtcIceConnectionStatePrefix}${key}` as const);
}

/** Whether `value` is a wire value of a known RtcIceConnectionState code. */
export function isRtcIceConnectionState(value: unknown): value is RtcIceConnectionState {
  return typeof value === "string" && rtcIceConnectionStateCatalogName(value) !== undefined;
}

/** The wire value of the RtcIceConnectionState code with this upstream name, or `undefined` if there is none. */
export function rtcIceConnectionStateFromName(name: string): RtcIceConnectionState | undefined {
  if (!name.startsWith(rtcIceConnectionStatePrefix)) return undefined;
  const key = name.slice(rtcIceConnectionStatePrefix.length);
  return Object.hasOwn(RtcIceConnectionState, key) ? RtcIceConnectionState[key as RtcIceConnectionStateCatalogName] : undefined;
}

/** Everything the catalog says about the RtcIceConnectionState code with this wire value, or `undefined`. */
export function rtcIceConnectionStateInfo(value: string): CodeInfo<RtcIceConnectionState, never> | undefined {
  const key = rtcIceConnectionStateCatalogName(value);
  return key === undefined ? undefined : rtcIceConnectionStateInfos[key];
}

/** Everything the catalog says about each RtcIceConnectionState code, by catalog name. */
export const rtcIceConnectionStateInfos: {
  readonly [K in RtcIceConnectionStateCatalogName]: CodeInfo<(typeof RtcIceConnectionState)[K], never>;
} = {
  closed: {
    provider: "web_platform",
    codeSet: "rtc_ice_connection_state",
    value: "closed",
    name: "closed",
    catalogName: "closed",
    summary: "The peer connection is closed.",
    cause: "The RTCPeerConnection's [[IsClosed]] slot is true, which only RTCPeerConnection.close() sets.",
    when: ["the app closes the peer connection"],
    userMessage: "You have left the call.",
    userMessageKey: "web_platform.rtc_ice_connection_state.closed",
    remediation: ["Nothing to fix: the app itself closed the peer connection.", "To talk again, create a new RTCPeerConnection; a closed one cannot be reopened."],
    causes: [],
    references: ["https://w3c.github.io/webrtc-pc/", "@webref/idl@3.85.0 webrtc.idl"],
    category: "ended_normally",
    retryPolicy: "not_an_error",
    retryBasis: "catalog",
    retrySchedule: null,
    runtimeSignal: {
      name: "RTCPeerConnection.iceConnectionState (iceconnectionstatechange event)",
      overrides: ["terminal"],
      values: [
        { value: "disconnected", means: "Connectivity is lost for now; the browser keeps checking and may recover without action." },
        { value: "failed", means: "The connection will not recover by itself; only an ICE restart (restartIce()) or a new peer connection helps." },
        { value: "closed", means: "The app closed the peer connection; it cannot be used again." },
      ],
      meaning: null,
    },
    terminality: "terminal",
    terminal: true,
    terminalBasis: "provider",
    rationale: "Only the app's own close() call leads here, so there is nothing to retry.",
  },
  failed: {
    provider: "web_platform",
    codeSet: "rtc_ice_connection_state",
    value: "failed",
    name: "failed",
    catalogName: "failed",
    summary: "ICE has failed.",
    cause: "At least one ICE transport has checked every candidate pair and all of them failed connectivity checks or lost consent.",
    when: ["a firewall or symmetric NAT blocks every path and no TURN relay works", "connectivity is lost for good, for example after a network change the ICE agent cannot recover from"],
    userMessage: "We could not connect your audio and video. Check your network, or try another browser or device.",
    userMessageKey: "web_platform.rtc_ice_connection_state.failed",
    remediation: ["Call restartIce() to gather new candidates and check again.", "If the restart fails too, build a new peer connection, with a growing delay between attempts.", "Provide a TURN server (TCP or TLS on port 443) in iceServers for networks that block direct paths."],
    causes: ["a firewall or symmetric NAT blocks every candidate pair and no TURN relay works", "consent checks failed after a network change"],
    references: ["https://w3c.github.io/webrtc-pc/", "@webref/idl@3.85.0 webrtc.idl"],
    category: "media_negotiation",
    retryPolicy: "backoff",
    retryBasis: "catalog",
    retrySchedule: { initialDelayMs: 1000, multiplierThousandths: 1600, maxDelayMs: 20000, jitter: "full", maxAttempts: 5 },
    runtimeSignal: {
      name: "RTCPeerConnection.iceConnectionState (iceconnectionstatechange event)",
      overrides: ["terminal"],
      values: [
        { value: "disconnected", means: "Connectivity is lost for now; the browser keeps checking and may recover without action." },
        { value: "failed", means: "The connection will not recover by itself; only an ICE restart (restartIce()) or a new peer connection helps." },
        { value: "closed", means: "The app closed the peer connection; it cannot be used again." },
      ],
      meaning: null,
    },
    terminality: "terminal",
    terminal: true,
    terminalBasis: "provider",
    rationale: "The specification calls the failed state terminal until ICE is restarted; the app should call restartIce() or build a new connection, with backoff if it keeps failing.",
  },
  disconnected: {
    provider: "web_platform",
    codeSet: "rtc_ice_connection_state",
    value: "disconnected",
    name: "disconnected",
    catalogName: "disconnected",
    summary: "ICE connectivity is lost for now.",
    cause: "At least one ICE transport has determined that connectivity is currently lost, and none has failed.",
    when: ["the network drops briefly or switches interface"],
    userMessage: "Your connection is unstable. Trying to reconnect...",
    userMessageKey: "web_platform.rtc_ice_connection_state.disconnected",
    remediation: ["Wait: the ICE agent keeps checking and the state may return to connected.", "Show the user that the connection is unstable.", "If the state becomes failed, call restartIce() or build a new connection."],
    causes: [],
    references: ["https://w3c.github.io/webrtc-pc/", "@webref/idl@3.85.0 webrtc.idl"],
    category: "network",
    retryPolicy: "automatic",
    retryBasis: "provider",
    retrySchedule: { initialDelayMs: 1000, multiplierThousandths: 1600, maxDelayMs: 120000, jitter: "equal", maxAttempts: 10 },
    runtimeSignal: {
      name: "RTCPeerConnection.iceConnectionState (iceconnectionstatechange event)",
      overrides: ["terminal"],
      values: [
        { value: "disconnected", means: "Connectivity is lost for now; the browser keeps checking and may recover without action." },
        { value: "failed", means: "The connection will not recover by itself; only an ICE restart (restartIce()) or a new peer connection helps." },
        { value: "closed", means: "The app closed the peer connection; it cannot be used again." },
      ],
      meaning: null,
    },
    terminality: "depends",
    terminalCondition: "Terminal only when the state moves on to failed; disconnected itself is transient and may resolve without action.",
    terminal: false,
    terminalBasis: "provider",
    rationale: "The specification describes the state as transient, one that may resolve itself without action on a flaky network.",
  },
  new: {
    provider: "web_platform",
    codeSet: "rtc_ice_connection_state",
    value: "new",
    name: "new",
    catalogName: "new",
    summary: "ICE has not started.",
    cause: "Every ICE transport is new or closed, or there are no transports.",
    when: ["a peer connection has just been created"],
    userMessage: "Everything is working normally.",
    userMessageKey: "web_platform.rtc_ice_connection_state.new",
    remediation: ["Nothing to fix: this is a normal state. Use it to drive the UI (for example a connecting indicator)."],
    causes: [],
    references: ["https://w3c.github.io/webrtc-pc/", "@webref/idl@3.85.0 webrtc.idl"],
    category: "not_an_error",
    retryPolicy: "not_an_error",
    retryBasis: "provider",
    retrySchedule: null,
    runtimeSignal: {
      name: "RTCPeerConnection.iceConnectionState (iceconnectionstatechange event)",
      overrides: ["terminal"],
      values: [
        { value: "disconnected", means: "Connectivity is lost for now; the browser keeps checking and may recover without action." },
        { value: "failed", means: "The connection will not recover by itself; only an ICE restart (restartIce()) or a new peer connection helps." },
        { value: "closed", means: "The app closed the peer connection; it cannot be used again." },
      ],
      meaning: null,
    },
    terminality: "not_terminal",
    terminal: false,
    terminalBasis: "provider",
  },
  checking: {
    provider: "web_platform",
    codeSet: "rtc_ice_connection_state",
    value: "checking",
    name: "checking",
    catalogName: "checking",
    summary: "ICE is checking candidate pairs.",
    cause: "Some ICE transport is new or checking and none is failed or disconnected.",
    when: ["connectivity checks are running"],
    userMessage: "Everything is working normally.",
    userMessageKey: "web_platform.rtc_ice_connection_state.checking",
    remediation: ["Nothing to fix: this is a normal state. Use it to drive the UI (for example a connecting indicator)."],
    causes: [],
    references: ["https://w3c.github.io/webrtc-pc/", "@webref/idl@3.85.0 webrtc.idl"],
    category: "not_an_error",
    retryPolicy: "not_an_error",
    retryBasis: "provider",
    retrySchedule: null,
    runtimeSignal: {
      name: "RTCPeerConnection.iceConnectionState (iceconnectionstatechange event)",
      overrides: ["terminal"],
      values: [
        { value: "disconnected", means: "Connectivity is lost for now; the browser keeps checking and may recover without action." },
        { value: "failed", means: "The connection will not recover by itself; only an ICE restart (restartIce()) or a new peer connection helps." },
        { value: "closed", means: "The app closed the peer connection; it cannot be used again." },
      ],
      meaning: null,
    },
    terminality: "not_terminal",
    terminal: false,
    terminalBasis: "provider",
  },
  completed: {
    provider: "web_platform",
    codeSet: "rtc_ice_connection_state",
    value: "completed",
    name: "completed",
    catalogName: "completed",
    summary: "ICE has finished checking and found connections.",
    cause: "Every ICE transport is completed or closed.",
    when: ["all checks finished and a pair was selected"],
    userMessage: "Everything is working normally.",
    userMessageKey: "web_platform.rtc_ice_connection_state.completed",
    remediation: ["Nothing to fix: this is a normal state. Use it to drive the UI (for example a connecting indicator)."],
    causes: [],
    references: ["https://w3c.github.io/webrtc-pc/", "@webref/idl@3.85.0 webrtc.idl"],
    category: "not_an_error",
    retryPolicy: "not_an_error",
    retryBasis: "provider",
    retrySchedule: null,
    runtimeSignal: {
      name: "RTCPeerConnection.iceConnectionState (iceconnectionstatechange event)",
      overrides: ["terminal"],
      values: [
        { value: "disconnected", means: "Connectivity is lost for now; the browser keeps checking and may recover without action." },
        { value: "failed", means: "The connection will not recover by itself; only an ICE restart (restartIce()) or a new peer connection helps." },
        { value: "closed", means: "The app closed the peer connection; it cannot be used again." },
      ],
      meaning: null,
    },
    terminality: "not_terminal",
    terminal: false,
    terminalBasis: "provider",
  },
  connected: {
    provider: "web_platform",
    codeSet: "rtc_ice_connection_state",
    value: "connected",
    name: "connected",
    catalogName: "connected",
    summary: "ICE has a usable connection.",
    cause: "Every ICE transport is connected, completed or closed.",
    when: ["media can flow while ICE may still be checking other pairs"],
    userMessage: "Everything is working normally.",
    userMessageKey: "web_platform.rtc_ice_connection_state.connected",
    remediation: ["Nothing to fix: this is a normal state. Use it to drive the UI (for example a connecting indicator)."],
    causes: [],
    references: ["https://w3c.github.io/webrtc-pc/", "@webref/idl@3.85.0 webrtc.idl"],
    category: "not_an_error",
    retryPolicy: "not_an_error",
    retryBasis: "provider",
    retrySchedule: null,
    runtimeSignal: {
      name: "RTCPeerConnection.iceConnectionState (iceconnectionstatechange event)",
      overrides: ["terminal"],
      values: [
        { value: "disconnected", means: "Connectivity is lost for now; the browser keeps checking and may recover without action." },
        { value: "failed", means: "The connection will not recover by itself; only an ICE restart (restartIce()) or a new peer connection helps." },
        { value: "closed", means: "The app closed the peer connection; it cannot be used again." },
      ],
      meaning: null,
    },
    terminality: "not_terminal",
    terminal: false,
    terminalBasis: "provider",
  },
};

let mediaCaptureErrorCatalogNames: Map<string, MediaCaptureErrorCatalogName> | undefined;

/** The catalog name of the MediaCaptureError code with this wire value. */
function mediaCaptureErrorCatalogName(value: string): MediaCaptureErrorCatalogName | undefined {
  mediaCaptureErrorCatalogNames ??= new Map(Object.entries(MediaCaptureError).map(([key, value]) => [value, key as MediaCaptureErrorCatalogName]));
  return mediaCaptureErrorCatalogNames.get(value);
}

/**
 * The upstream name of the MediaCaptureError code with this wire value, or `undefined` for a value the
 * catalog does not know (a newer provider release, or bad input). Never throws.
 */
export function mediaCaptureErrorName(value: string): MediaCaptureErrorName | undefined {
  const key = mediaCaptureErrorCatalogName(value);
  return key === undefined ? undefined : (`${mediaCaptureErrorPrefix}${key}` as const);
}

/** Whether `value` is a wire value of a known MediaCaptureError code. */
export function isMediaCaptureError(value: unknown): value is MediaCaptureError {
  return typeof value === "string" && mediaCaptureErrorCatalogName(value) !== undefined;
}

/** The wire value of the MediaCaptureError code with this upstream name, or `undefined` if there is none. */
export function mediaCaptureErrorFromName(name: string): MediaCaptureError | undefined {
  if (!name.startsWith(mediaCaptureErrorPrefix)) return undefined;
  const key = name.slice(mediaCaptureErrorPrefix.length);
  return Object.hasOwn(MediaCaptureError, key) ? MediaCaptureError[key as MediaCaptureErrorCatalogName] : undefined;
}

/** Everything the catalog says about the MediaCaptureError code with this wire value, or `undefined`. */
export function mediaCaptureErrorInfo(value: string): CodeInfo<MediaCaptureError, never> | undefined {
  const key = mediaCaptureErrorCatalogName(value);
  return key === undefined ? undefined : mediaCaptureErrorInfos[key];
}

/** Everything the catalog says about each MediaCaptureError code, by catalog name. */
export const mediaCaptureErrorInfos: {
  readonly [K in MediaCaptureErrorCatalogName]: CodeInfo<(typeof MediaCaptureError)[K], never>;
} = {
  NotAllowedError: {
    provider: "web_platform",
    codeSet: "media_capture_error",
    value: "NotAllowedError",
    name: "NotAllowedError",
    catalogName: "NotAllowedError",
    summary: "Access to the camera, microphone or screen was not allowed.",
    cause: "The user or the browser denied permission, the permissions policy does not allow the camera or microphone in this document, or the user cancelled the screen picker.",
    when: ["the user clicks Block or dismisses the prompt with a denial", "the permission was denied earlier and is remembered", 'an iframe lacks allow="camera; microphone"', "the user cancels the screen-share picker"],
    userMessage: "Your browser blocked access to your camera or microphone. Allow access in the browser settings for this site, then try again.",
    userMessageKey: "web_platform.media_capture_error.NotAllowedError",
    remediation: ["Explain to the user why the app needs the device, and how to allow it in the browser's site settings.", 'If the app runs in an iframe, add allow="camera; microphone" (or display-capture) to the iframe and check the page\'s Permissions-Policy header.', "Offer a retry button rather than asking again automatically.", "For screen sharing, treat it as the user cancelling the picker."],
    causes: ["the user denied permission", "a remembered denial", "the permissions policy does not allow the device in this document", "the user cancelled the screen-share picker"],
    references: ["https://w3c.github.io/mediacapture-main/", "https://w3c.github.io/mediacapture-screen-share/"],
    category: "permission",
    retryPolicy: "user_action",
    retryBasis: "catalog",
    retrySchedule: null,
    runtimeSignal: null,
    terminality: "not_terminal",
    terminal: false,
    terminalBasis: "catalog",
    rationale: "The same request is refused until the user changes the permission in the browser or site settings, so the app should explain and let the user retry.",
  },
  NotFoundError: {
    provider: "web_platform",
    codeSet: "media_capture_error",
    value: "NotFoundError",
    name: "NotFoundError",
    catalogName: "NotFoundError",
    summary: "No device or capture source of the requested kind exists.",
    cause: "getUserMedia found no device of a requested kind (reported only when permission for that kind is not denied); getDisplayMedia found no source of a requested type.",
    when: ["no camera or microphone is attached or enabled", "the operating system hides every device of that kind"],
    userMessage: "No camera or microphone was found. Connect or enable one, then try again.",
    userMessageKey: "web_platform.media_capture_error.NotFoundError",
    remediation: ["Tell the user which device is missing (audio or video).", "Offer to join without that device, or to try again after connecting one.", "Use enumerateDevices() to check what is available before asking."],
    causes: [],
    references: ["https://w3c.github.io/mediacapture-main/", "https://w3c.github.io/mediacapture-screen-share/"],
    category: "user_input",
    retryPolicy: "user_action",
    retryBasis: "catalog",
    retrySchedule: null,
    runtimeSignal: null,
    terminality: "not_terminal",
    terminal: false,
    terminalBasis: "catalog",
    rationale: "Only the user can attach or enable a device; the app can then ask again.",
  },
  NotReadableError: {
    provider: "web_platform",
    codeSet: "media_capture_error",
    value: "NotReadableError",
    name: "NotReadableError",
    catalogName: "NotReadableError",
    summary: "The device could not be read, for example because something else holds it.",
    cause: "Permission was granted, but a hardware error or an operating-system, program or web-page lock prevented access to every candidate device.",
    when: ["another application or tab is using the camera exclusively", "the device driver fails"],
    userMessage: "Your camera or microphone is being used by another app. Close that app, then try again.",
    userMessageKey: "web_platform.media_capture_error.NotReadableError",
    remediation: ["Ask the user to close other applications or tabs that use the camera or microphone.", "Let the user try again, or pick another device.", "If it persists with no other user of the device, suspect the driver or the operating system's privacy settings."],
    causes: ["another application holds the device", "an operating-system lock", "a hardware or driver error"],
    references: ["https://w3c.github.io/mediacapture-main/"],
    category: "capacity",
    retryPolicy: "user_action",
    retryBasis: "catalog",
    retrySchedule: null,
    runtimeSignal: null,
    terminality: "not_terminal",
    terminal: false,
    terminalBasis: "catalog",
    rationale: "The device is busy rather than missing, so a retry can succeed once the user closes the other application holding it.",
  },
  OverconstrainedError: {
    provider: "web_platform",
    codeSet: "media_capture_error",
    value: "OverconstrainedError",
    name: "OverconstrainedError",
    catalogName: "OverconstrainedError",
    summary: "No device can satisfy the required constraints.",
    cause: "Every candidate device failed a required constraint (exact, min or max); the error's constraint attribute names it, or is empty if the device information may not be exposed.",
    when: ["asking for an exact deviceId that no longer exists", "asking for a minimum resolution or frame rate the camera cannot deliver"],
    userMessage: "Your camera or microphone does not support the requested settings.",
    userMessageKey: "web_platform.media_capture_error.OverconstrainedError",
    remediation: ["Read the error's constraint attribute to see which constraint failed.", "Relax required constraints (use ideal instead of exact, min or max) or fall back to the default device.", "Refresh stored deviceIds with enumerateDevices(): a device may have been unplugged."],
    causes: ["an exact deviceId that no longer exists", "a resolution or frame rate the device cannot deliver"],
    references: ["https://w3c.github.io/mediacapture-main/", "@webref/idl@3.85.0 mediacapture-streams.idl"],
    category: "client_error",
    retryPolicy: "never",
    retryBasis: "catalog",
    retrySchedule: null,
    runtimeSignal: null,
    terminality: "not_terminal",
    terminal: false,
    terminalBasis: "catalog",
    rationale: "The same constraints fail again on the same devices; the app must relax them or choose another device.",
  },
  AbortError: {
    provider: "web_platform",
    codeSet: "media_capture_error",
    value: "AbortError",
    name: "AbortError",
    catalogName: "AbortError",
    summary: "Device access failed for a reason no other name covers.",
    cause: "Permission was granted and no lock was detected, but access to every candidate device failed for another reason.",
    when: ["an unexpected failure in the browser's capture pipeline"],
    userMessage: "Something went wrong. Please try again.",
    userMessageKey: "web_platform.media_capture_error.AbortError",
    remediation: ["Try the request again after a short delay, a few times at most.", "If it keeps failing, let the user pick another device or restart the browser."],
    causes: [],
    references: ["https://w3c.github.io/mediacapture-main/", "https://w3c.github.io/mediacapture-screen-share/"],
    category: "unknown",
    retryPolicy: "backoff",
    retryBasis: "catalog",
    retrySchedule: { initialDelayMs: 1000, multiplierThousandths: 1600, maxDelayMs: 20000, jitter: "full", maxAttempts: 5 },
    runtimeSignal: null,
    terminality: "not_terminal",
    terminal: false,
    terminalBasis: "catalog",
    rationale: "The cause is unspecified and possibly transient, so a bounded retry after a delay is reasonable.",
  },
  InvalidStateError: {
    provider: "web_platform",
    codeSet: "media_capture_error",
    value: "InvalidStateError",
    name: "InvalidStateError",
    catalogName: "InvalidStateError",
    summary: "The request was made in a state that does not allow it.",
    cause: "The document is not fully active; for getDisplayMedia also when the call lacks transient user activation, the document does not have focus, or the CaptureController passed in is already bound.",
    when: ["getDisplayMedia is called outside a click or key handler", "capture is requested from a background or detached document", "a CaptureController is reused"],
    userMessage: "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
    userMessageKey: "web_platform.media_capture_error.InvalidStateError",
    remediation: ["Call getDisplayMedia directly from a click or key handler (transient user activation).", "Only request capture from the active, focused, fully active document.", "Create a new CaptureController for each getDisplayMedia call."],
    causes: ["no transient user activation", "the document is not fully active or has no focus", "a CaptureController was reused"],
    references: ["https://w3c.github.io/mediacapture-main/", "https://w3c.github.io/mediacapture-screen-share/"],
    category: "client_error",
    retryPolicy: "never",
    retryBasis: "catalog",
    retrySchedule: null,
    runtimeSignal: null,
    terminality: "not_terminal",
    terminal: false,
    terminalBasis: "catalog",
    rationale: "These conditions come from where and how the app calls the API, so the call has to move into a user gesture or an active, focused document.",
  },
  TypeError: {
    provider: "web_platform",
    codeSet: "media_capture_error",
    value: "TypeError",
    name: "TypeError",
    catalogName: "TypeError",
    summary: "The constraints passed in are not acceptable.",
    cause: "getUserMedia was asked for no media type, or a required constraint not allowed for device selection; getDisplayMedia was called with video set to false, with advanced constraints, or with min or exact constraints.",
    when: ["calling getUserMedia({}) or with audio and video both false", "passing exact or min constraints to getDisplayMedia"],
    userMessage: "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
    userMessageKey: "web_platform.media_capture_error.TypeError",
    remediation: ["Fix the constraints: ask for at least one of audio and video in getUserMedia.", "For getDisplayMedia, do not set video to false and do not pass advanced, min or exact constraints."],
    causes: ["getUserMedia asked for no media type", "a required constraint that may not be used for device selection", "getDisplayMedia with video false or with advanced, min or exact constraints"],
    references: ["https://w3c.github.io/mediacapture-main/", "https://w3c.github.io/mediacapture-screen-share/"],
    category: "client_error",
    retryPolicy: "never",
    retryBasis: "catalog",
    retrySchedule: null,
    runtimeSignal: null,
    terminality: "not_terminal",
    terminal: false,
    terminalBasis: "catalog",
    rationale: "The arguments are wrong; the same call fails again until the code is fixed.",
  },
};

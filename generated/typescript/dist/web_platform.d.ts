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
export declare const RtcErrorDetailType: {
  /** A data channel has failed. */
  readonly data_channel_failure: "data-channel-failure";
  /** DTLS negotiation failed, or the DTLS connection ended with a fatal error. */
  readonly dtls_failure: "dtls-failure";
  /** The remote certificate did not match the fingerprints in the SDP. */
  readonly fingerprint_failure: "fingerprint-failure";
  /** SCTP negotiation failed, or the SCTP association ended with a fatal error. */
  readonly sctp_failure: "sctp-failure";
  /** The SDP is not syntactically valid. */
  readonly sdp_syntax_error: "sdp-syntax-error";
  /** The hardware encoder resources for the request are not available. */
  readonly hardware_encoder_not_available: "hardware-encoder-not-available";
  /** The hardware encoder does not support the provided parameters. */
  readonly hardware_encoder_error: "hardware-encoder-error";
};

/** A wire value of Web platform (WebRTC and Media Capture) `rtc_error_detail_type`. */
export type RtcErrorDetailType = (typeof RtcErrorDetailType)[keyof typeof RtcErrorDetailType];

/** The name of a RtcErrorDetailType code as the catalog keys it (the upstream name without its prefix). */
export type RtcErrorDetailTypeCatalogName = keyof typeof RtcErrorDetailType;

/** What upstream writes before every RtcErrorDetailType catalog name. */
declare const rtcErrorDetailTypePrefix = "";

/** The name of a RtcErrorDetailType code exactly as upstream spells it. */
export type RtcErrorDetailTypeName = `${typeof rtcErrorDetailTypePrefix}${RtcErrorDetailTypeCatalogName}`;

/**
 * Aggregate state of an RTCPeerConnection's ICE and DTLS transports, in its connectionState attribute.
 *
 * Upstream: RTCPeerConnectionState in w3c/webref 3.85.0 (package npm:\@webref/idl\@3.85.0).
 */
export declare const RtcPeerConnectionState: {
  /** The peer connection is closed. */
  readonly closed: "closed";
  /** The peer connection's transports have failed. */
  readonly failed: "failed";
  /** The peer connection has lost connectivity for now. */
  readonly disconnected: "disconnected";
  /** The transports have not started connecting yet. */
  readonly new: "new";
  /** The transports are connecting. */
  readonly connecting: "connecting";
  /** The transports are connected. */
  readonly connected: "connected";
};

/** A wire value of Web platform (WebRTC and Media Capture) `rtc_peer_connection_state`. */
export type RtcPeerConnectionState = (typeof RtcPeerConnectionState)[keyof typeof RtcPeerConnectionState];

/** The name of a RtcPeerConnectionState code as the catalog keys it (the upstream name without its prefix). */
export type RtcPeerConnectionStateCatalogName = keyof typeof RtcPeerConnectionState;

/** What upstream writes before every RtcPeerConnectionState catalog name. */
declare const rtcPeerConnectionStatePrefix = "";

/** The name of a RtcPeerConnectionState code exactly as upstream spells it. */
export type RtcPeerConnectionStateName = `${typeof rtcPeerConnectionStatePrefix}${RtcPeerConnectionStateCatalogName}`;

/**
 * Aggregate state of an RTCPeerConnection's ICE transports, in its iceConnectionState attribute.
 *
 * Upstream: RTCIceConnectionState in w3c/webref 3.85.0 (package npm:\@webref/idl\@3.85.0).
 */
export declare const RtcIceConnectionState: {
  /** The peer connection is closed. */
  readonly closed: "closed";
  /** ICE has failed. */
  readonly failed: "failed";
  /** ICE connectivity is lost for now. */
  readonly disconnected: "disconnected";
  /** ICE has not started. */
  readonly new: "new";
  /** ICE is checking candidate pairs. */
  readonly checking: "checking";
  /** ICE has finished checking and found connections. */
  readonly completed: "completed";
  /** ICE has a usable connection. */
  readonly connected: "connected";
};

/** A wire value of Web platform (WebRTC and Media Capture) `rtc_ice_connection_state`. */
export type RtcIceConnectionState = (typeof RtcIceConnectionState)[keyof typeof RtcIceConnectionState];

/** The name of a RtcIceConnectionState code as the catalog keys it (the upstream name without its prefix). */
export type RtcIceConnectionStateCatalogName = keyof typeof RtcIceConnectionState;

/** What upstream writes before every RtcIceConnectionState catalog name. */
declare const rtcIceConnectionStatePrefix = "";

/** The name of a RtcIceConnectionState code exactly as upstream spells it. */
export type RtcIceConnectionStateName = `${typeof rtcIceConnectionStatePrefix}${RtcIceConnectionStateCatalogName}`;

/**
 * Name of the error that getUserMedia or getDisplayMedia rejects with, in the error's name attribute.
 *
 * Upstream: MediaDevices.getUserMedia in w3c/mediacapture-main Editor's Draft of 2025-10-20.
 */
export declare const MediaCaptureError: {
  /** Access to the camera, microphone or screen was not allowed. */
  readonly NotAllowedError: "NotAllowedError";
  /** No device or capture source of the requested kind exists. */
  readonly NotFoundError: "NotFoundError";
  /** The device could not be read, for example because something else holds it. */
  readonly NotReadableError: "NotReadableError";
  /** No device can satisfy the required constraints. */
  readonly OverconstrainedError: "OverconstrainedError";
  /** Device access failed for a reason no other name covers. */
  readonly AbortError: "AbortError";
  /** The request was made in a state that does not allow it. */
  readonly InvalidStateError: "InvalidStateError";
  /** The constraints passed in are not acceptable. */
  readonly TypeError: "TypeError";
};

/** A wire value of Web platform (WebRTC and Media Capture) `media_capture_error`. */
export type MediaCaptureError = (typeof MediaCaptureError)[keyof typeof MediaCaptureError];

/** The name of a MediaCaptureError code as the catalog keys it (the upstream name without its prefix). */
export type MediaCaptureErrorCatalogName = keyof typeof MediaCaptureError;

/** What upstream writes before every MediaCaptureError catalog name. */
declare const mediaCaptureErrorPrefix = "";

/** The name of a MediaCaptureError code exactly as upstream spells it. */
export type MediaCaptureErrorName = `${typeof mediaCaptureErrorPrefix}${MediaCaptureErrorCatalogName}`;

/**
 * The upstream name of the RtcErrorDetailType code with this wire value, or `undefined` for a value the
 * catalog does not know (a newer provider release, or bad input). Never throws.
 */
export declare function rtcErrorDetailTypeName(value: string): RtcErrorDetailTypeName | undefined;

/** Whether `value` is a wire value of a known RtcErrorDetailType code. */
export declare function isRtcErrorDetailType(value: unknown): value is RtcErrorDetailType;

/** The wire value of the RtcErrorDetailType code with this upstream name, or `undefined` if there is none. */
export declare function rtcErrorDetailTypeFromName(name: string): RtcErrorDetailType | undefined;

/** Everything the catalog says about the RtcErrorDetailType code with this wire value, or `undefined`. */
export declare function rtcErrorDetailTypeInfo(value: string): CodeInfo<RtcErrorDetailType, never> | undefined;

/** Everything the catalog says about each RtcErrorDetailType code, by catalog name. */
export declare const rtcErrorDetailTypeInfos: {
  readonly [K in RtcErrorDetailTypeCatalogName]: CodeInfo<(typeof RtcErrorDetailType)[K], never>;
};

/**
 * The upstream name of the RtcPeerConnectionState code with this wire value, or `undefined` for a value the
 * catalog does not know (a newer provider release, or bad input). Never throws.
 */
export declare function rtcPeerConnectionStateName(value: string): RtcPeerConnectionStateName | undefined;

/** Whether `value` is a wire value of a known RtcPeerConnectionState code. */
export declare function isRtcPeerConnectionState(value: unknown): value is RtcPeerConnectionState;

/** The wire value of the RtcPeerConnectionState code with this upstream name, or `undefined` if there is none. */
export declare function rtcPeerConnectionStateFromName(name: string): RtcPeerConnectionState | undefined;

/** Everything the catalog says about the RtcPeerConnectionState code with this wire value, or `undefined`. */
export declare function rtcPeerConnectionStateInfo(value: string): CodeInfo<RtcPeerConnectionState, RtcIceConnectionState> | undefined;

/** Everything the catalog says about each RtcPeerConnectionState code, by catalog name. */
export declare const rtcPeerConnectionStateInfos: {
  readonly [K in RtcPeerConnectionStateCatalogName]: CodeInfo<(typeof RtcPeerConnectionState)[K], RtcIceConnectionState>;
};

/**
 * The upstream name of the RtcIceConnectionState code with this wire value, or `undefined` for a value the
 * catalog does not know (a newer provider release, or bad input). Never throws.
 */
export declare function rtcIceConnectionStateName(value: string): RtcIceConnectionStateName | undefined;

/** Whether `value` is a wire value of a known RtcIceConnectionState code. */
export declare function isRtcIceConnectionState(value: unknown): value is RtcIceConnectionState;

/** The wire value of the RtcIceConnectionState code with this upstream name, or `undefined` if there is none. */
export declare function rtcIceConnectionStateFromName(name: string): RtcIceConnectionState | undefined;

/** Everything the catalog says about the RtcIceConnectionState code with this wire value, or `undefined`. */
export declare function rtcIceConnectionStateInfo(value: string): CodeInfo<RtcIceConnectionState, never> | undefined;

/** Everything the catalog says about each RtcIceConnectionState code, by catalog name. */
export declare const rtcIceConnectionStateInfos: {
  readonly [K in RtcIceConnectionStateCatalogName]: CodeInfo<(typeof RtcIceConnectionState)[K], never>;
};

/**
 * The upstream name of the MediaCaptureError code with this wire value, or `undefined` for a value the
 * catalog does not know (a newer provider release, or bad input). Never throws.
 */
export declare function mediaCaptureErrorName(value: string): MediaCaptureErrorName | undefined;

/** Whether `value` is a wire value of a known MediaCaptureError code. */
export declare function isMediaCaptureError(value: unknown): value is MediaCaptureError;

/** The wire value of the MediaCaptureError code with this upstream name, or `undefined` if there is none. */
export declare function mediaCaptureErrorFromName(name: string): MediaCaptureError | undefined;

/** Everything the catalog says about the MediaCaptureError code with this wire value, or `undefined`. */
export declare function mediaCaptureErrorInfo(value: string): CodeInfo<MediaCaptureError, never> | undefined;

/** Everything the catalog says about each MediaCaptureError code, by catalog name. */
export declare const mediaCaptureErrorInfos: {
  readonly [K in MediaCaptureErrorCatalogName]: CodeInfo<(typeof MediaCaptureError)[K], never>;
};

export {};

// Generated from spec/ by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

/**
 * Vonage Video (OpenTok) error codes.
 *
 * @packageDocumentation
 */
import type { CodeInfo } from "./taxonomy.js";

/**
 * Integer error code of OpenTok.js (OT.ExceptionCodes), carried as the code property of the errors passed to completion handlers and rejected promises, and of exception events.
 *
 * Upstream: OT.ExceptionCodes in <https://tokbox.com/developer/sdks/js/> 2.35.2 (package npm:\@opentok/client\@2.35.2).
 */
export declare const ExceptionCode: {
  /** An internal error in the SDK. */
  readonly JS_EXCEPTION: 2000;
  /** The token or API key was rejected. */
  readonly AUTHENTICATION_ERROR: 1004;
  /** The session ID is not valid. */
  readonly INVALID_SESSION_ID: 1005;
  /** The client could not connect to the session. */
  readonly CONNECT_FAILED: 1006;
  /** The connection to the session was rejected. */
  readonly CONNECT_REJECTED: 1007;
  /** Connecting to the session timed out. */
  readonly CONNECTION_TIMEOUT: 1008;
  /** The client is not connected to the session. */
  readonly NOT_CONNECTED: 1010;
  /** A parameter passed to the SDK is not valid. */
  readonly INVALID_PARAMETER: 1011;
  /** The WebRTC peer connection of a publisher or subscriber failed. */
  readonly P2P_CONNECTION_FAILED: 1013;
  /** A request to the Vonage Video API failed. */
  readonly API_RESPONSE_FAILURE: 1014;
  /** The publisher's or subscriber's peer connection is not connected. */
  readonly PEER_CONNECTION_NOT_CONNECTED: 1015;
  /** The connection is refused under the terms of service (export compliance). */
  readonly TERMS_OF_SERVICE_FAILURE: 1026;
  /** The session has reached its limit of simultaneous connections. */
  readonly CONNECTION_LIMIT_EXCEEDED: 1027;
  /** The stream could not be published. */
  readonly UNABLE_TO_PUBLISH: 1500;
  /** The stream could not be subscribed to. */
  readonly UNABLE_TO_SUBSCRIBE: 1501;
  /** The browser cannot decode the stream's video format. */
  readonly UNSUPPORTED_VIDEO_CODEC: 1502;
  /** This client may not force other clients to disconnect. */
  readonly UNABLE_TO_FORCE_DISCONNECT: 1520;
  /** This client may not force other clients to stop publishing. */
  readonly UNABLE_TO_FORCE_UNPUBLISH: 1530;
  /** This client may not force other streams to mute. */
  readonly UNABLE_TO_FORCE_MUTE: 1540;
  /** The publisher's ICE negotiation failed. */
  readonly PUBLISHER_ICE_WORKFLOW_FAILED: 1553;
  /** The subscriber's ICE negotiation failed. */
  readonly SUBSCRIBER_ICE_WORKFLOW_FAILED: 1554;
  /** The session has reached its limit of simultaneous streams. */
  readonly STREAM_LIMIT_EXCEEDED: 1605;
  /** The Vonage Video API server answered unexpectedly. */
  readonly UNEXPECTED_SERVER_RESPONSE: 2001;
  /** OT.reportIssue() could not send the report. */
  readonly REPORT_ISSUE_ERROR: 2011;
  /** OT.setProxyUrl() was called too late. */
  readonly SET_PROXY_URL_TIMING_ERROR: 2021;
  /** OT.setProxyUrl() was called a second time. */
  readonly PROXY_URL_ALREADY_SET_ERROR: 2022;
  /** The browser does not support getRtcStatsReport(). */
  readonly GET_RTC_STATS_REPORT_NOT_SUPPORTED: 2031;
  /** The session-info response was not well-formed JSON. */
  readonly ANVIL_BADLY_FORMED_RESPONSE: 3001;
  /** The session-info request got an HTTP error status. */
  readonly ANVIL_INVALID_HTTP_STATUS: 3002;
  /** The session-info response could not be parsed. */
  readonly ANVIL_XDOMAIN_OR_PARSING_ERROR: 3003;
  /** The session-info request failed before it was sent. */
  readonly ANVIL_UNKNOWN_HTTP_ERROR: 3004;
  /** The session-info service returned an error the SDK does not know. */
  readonly ANVIL_UNEXPECTED_ERROR_CODE: 3005;
  /** The session-info response was empty. */
  readonly ANVIL_EMPTY_RESPONSE_BODY: 3006;
  /** The session-info request got no response. */
  readonly ANVIL_CONNECT_FAILED: 3007;
  /** The SDK could not query the browser's media engine. */
  readonly UNABLE_TO_ACCESS_MEDIA_ENGINE: 5001;
};

/** A wire value of Vonage Video (OpenTok) `exception_code`. */
export type ExceptionCode = (typeof ExceptionCode)[keyof typeof ExceptionCode];

/** The name of a ExceptionCode code as the catalog keys it (the upstream name without its prefix). */
export type ExceptionCodeCatalogName = keyof typeof ExceptionCode;

/** What upstream writes before every ExceptionCode catalog name. */
declare const exceptionCodePrefix = "";

/** The name of a ExceptionCode code exactly as upstream spells it. */
export type ExceptionCodeName = `${typeof exceptionCodePrefix}${ExceptionCodeCatalogName}`;

/**
 * The upstream name of the ExceptionCode code with this wire value, or `undefined` for a value the
 * catalog does not know (a newer provider release, or bad input). Never throws.
 */
export declare function exceptionCodeName(value: number): ExceptionCodeName | undefined;

/** Whether `value` is a wire value of a known ExceptionCode code. */
export declare function isExceptionCode(value: unknown): value is ExceptionCode;

/** The wire value of the ExceptionCode code with this upstream name, or `undefined` if there is none. */
export declare function exceptionCodeFromName(name: string): ExceptionCode | undefined;

/** Everything the catalog says about the ExceptionCode code with this wire value, or `undefined`. */
export declare function exceptionCodeInfo(value: number): CodeInfo<ExceptionCode, never> | undefined;

/** Everything the catalog says about each ExceptionCode code, by catalog name. */
export declare const exceptionCodeInfos: {
  readonly [K in ExceptionCodeCatalogName]: CodeInfo<(typeof ExceptionCode)[K], never>;
};

export {};

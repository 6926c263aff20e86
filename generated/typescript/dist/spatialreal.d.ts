// Generated from spec/ by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

/**
 * SpatialReal AvatarKit error codes.
 *
 * @packageDocumentation
 */
import type { CodeInfo } from "./taxonomy.js";

/**
 * Stable string error code carried in AvatarSDKError.code by the SpatialReal Python server SDK.
 *
 * Upstream: AvatarSDKErrorCode in SpatialReal-ai/python-sdk 0.2.2 (package pypi:spatialreal\@0.2.2).
 */
export declare const AvatarSdkErrorCode: {
  /** The session token has expired or is no longer authorized. */
  readonly sessionTokenExpired: "sessionTokenExpired";
  /** The session token or API key was rejected. */
  readonly sessionTokenInvalid: "sessionTokenInvalid";
  /** The server does not recognize the app ID. */
  readonly appIDUnrecognized: "appIDUnrecognized";
  /** The session token belongs to a different app. */
  readonly appIDMismatch: "appIDMismatch";
  /** The requested avatar does not exist. */
  readonly avatarNotFound: "avatarNotFound";
  /** Billing requirements block the session. */
  readonly billingRequired: "billingRequired";
  /** The account has run out of credits. */
  readonly creditsExhausted: "creditsExhausted";
  /** The session reached its maximum allowed duration. */
  readonly sessionDurationExceeded: "sessionDurationExceeded";
  /** Too many concurrent sessions for the account's plan. */
  readonly concurrencyLimit: "concurrencyLimit";
  /** The handshake rejected the audio sample rate. */
  readonly unsupportedSampleRate: "unsupportedSampleRate";
  /** The egress configuration is invalid. */
  readonly invalidEgressConfig: "invalidEgressConfig";
  /** The egress service is unavailable or not configured. */
  readonly egressUnavailable: "egressUnavailable";
  /** The session was closed because no input arrived. */
  readonly idleTimeout: "idleTimeout";
  /** A server-side dependency is briefly unavailable. */
  readonly upstreamError: "upstreamError";
  /** The request payload or parameters are invalid. */
  readonly invalidRequest: "invalidRequest";
  /** The transport connection could not be set up or broke. */
  readonly connectionFailed: "connectionFailed";
  /** The WebSocket closed unexpectedly. */
  readonly connectionClosed: "connectionClosed";
  /** The server sent an invalid or unexpected message. */
  readonly protocolError: "protocolError";
  /** The server returned an unclassified error. */
  readonly serverError: "serverError";
  /** The SDK could not classify the failure. */
  readonly unknown: "unknown";
};

/** A wire value of SpatialReal AvatarKit `avatar_sdk_error_code`. */
export type AvatarSdkErrorCode = (typeof AvatarSdkErrorCode)[keyof typeof AvatarSdkErrorCode];

/** The name of a AvatarSdkErrorCode code as the catalog keys it (the upstream name without its prefix). */
export type AvatarSdkErrorCodeCatalogName = keyof typeof AvatarSdkErrorCode;

/** What upstream writes before every AvatarSdkErrorCode catalog name. */
declare const avatarSdkErrorCodePrefix = "";

/** The name of a AvatarSdkErrorCode code exactly as upstream spells it. */
export type AvatarSdkErrorCodeName = `${typeof avatarSdkErrorCodePrefix}${AvatarSdkErrorCodeCatalogName}`;

/**
 * WebSocket close code the SpatialReal server sends when it ends a session, also carried in ServerError.code.
 *
 * Upstream: CloseCode in SpatialReal-ai/python-sdk 0.2.2 (package pypi:spatialreal\@0.2.2).
 */
export declare const CloseCode: {
  /** The account is out of credits. */
  readonly CREDITS_EXHAUSTED: 4001;
  /** The session hit its maximum duration. */
  readonly SESSION_TIMEOUT: 4002;
  /** Too many concurrent connections for the plan. */
  readonly CONCURRENCY_LIMIT: 4003;
  /** Authentication of the session failed. */
  readonly AUTH_FAILED: 4010;
  /** A server-side dependency is briefly unavailable. */
  readonly UPSTREAM_UNAVAILABLE: 4503;
};

/** A wire value of SpatialReal AvatarKit `close_code`. */
export type CloseCode = (typeof CloseCode)[keyof typeof CloseCode];

/** The name of a CloseCode code as the catalog keys it (the upstream name without its prefix). */
export type CloseCodeCatalogName = keyof typeof CloseCode;

/** What upstream writes before every CloseCode catalog name. */
declare const closeCodePrefix = "";

/** The name of a CloseCode code exactly as upstream spells it. */
export type CloseCodeName = `${typeof closeCodePrefix}${CloseCodeCatalogName}`;

/**
 * The upstream name of the AvatarSdkErrorCode code with this wire value, or `undefined` for a value the
 * catalog does not know (a newer provider release, or bad input). Never throws.
 */
export declare function avatarSdkErrorCodeName(value: string): AvatarSdkErrorCodeName | undefined;

/** Whether `value` is a wire value of a known AvatarSdkErrorCode code. */
export declare function isAvatarSdkErrorCode(value: unknown): value is AvatarSdkErrorCode;

/** The wire value of the AvatarSdkErrorCode code with this upstream name, or `undefined` if there is none. */
export declare function avatarSdkErrorCodeFromName(name: string): AvatarSdkErrorCode | undefined;

/** Everything the catalog says about the AvatarSdkErrorCode code with this wire value, or `undefined`. */
export declare function avatarSdkErrorCodeInfo(value: string): CodeInfo<AvatarSdkErrorCode, never> | undefined;

/** Everything the catalog says about each AvatarSdkErrorCode code, by catalog name. */
export declare const avatarSdkErrorCodeInfos: {
  readonly [K in AvatarSdkErrorCodeCatalogName]: CodeInfo<(typeof AvatarSdkErrorCode)[K], never>;
};

/**
 * The upstream name of the CloseCode code with this wire value, or `undefined` for a value the
 * catalog does not know (a newer provider release, or bad input). Never throws.
 */
export declare function closeCodeName(value: number): CloseCodeName | undefined;

/** Whether `value` is a wire value of a known CloseCode code. */
export declare function isCloseCode(value: unknown): value is CloseCode;

/** The wire value of the CloseCode code with this upstream name, or `undefined` if there is none. */
export declare function closeCodeFromName(name: string): CloseCode | undefined;

/** Everything the catalog says about the CloseCode code with this wire value, or `undefined`. */
export declare function closeCodeInfo(value: number): CodeInfo<CloseCode, AvatarSdkErrorCode> | undefined;

/** Everything the catalog says about each CloseCode code, by catalog name. */
export declare const closeCodeInfos: {
  readonly [K in CloseCodeCatalogName]: CodeInfo<(typeof CloseCode)[K], AvatarSdkErrorCode>;
};

export {};

// Generated from spec/ by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

/**
 * Amazon IVS error codes.
 *
 * @packageDocumentation
 */
import type { CodeInfo } from "./taxonomy.js";

/**
 * Code of a StageError that an IVS real-time Stage reports when a join, publish or subscribe operation fails.
 *
 * Upstream: StageErrorCode in <https://aws.amazon.com/ivs/> 1.41.0 (package npm:amazon-ivs-web-broadcast\@1.41.0).
 */
export declare const StageErrorCode: {
  /** The stage token is malformed. */
  readonly TOKEN_MALFORMED: 1;
  /** The stage token has expired. */
  readonly TOKEN_EXPIRED: 2;
  /** The operation timed out. */
  readonly TIMEOUT: 3;
  /** The operation failed; the error details give the cause. */
  readonly FAILED: 4;
  /** The operation was canceled before it completed. */
  readonly CANCELED: 5;
  /** The stage is at capacity. */
  readonly STAGE_AT_CAPACITY: 6;
  /** The stage does not support the codec offered. */
  readonly CODEC_MISMATCH: 7;
  /** The token lacks permission for the operation. */
  readonly TOKEN_NOT_ALLOWED: 8;
  /** The stage has been deleted. */
  readonly STAGE_DELETED: 9;
  /** The participant has been disconnected from the stage. */
  readonly PARTICIPANT_DISCONNECTED: 10;
  /** The token given to exchangeToken is invalid or incompatible. */
  readonly TOKEN_EXCHANGE_REQUEST_INVALID: 11;
  /** The server rejected or did not answer the token exchange. */
  readonly TOKEN_EXCHANGE_FAILED: 12;
};

/** A wire value of Amazon IVS `stage_error_code`. */
export type StageErrorCode = (typeof StageErrorCode)[keyof typeof StageErrorCode];

/** The name of a StageErrorCode code as the catalog keys it (the upstream name without its prefix). */
export type StageErrorCodeCatalogName = keyof typeof StageErrorCode;

/** What upstream writes before every StageErrorCode catalog name. */
declare const stageErrorCodePrefix = "";

/** The name of a StageErrorCode code exactly as upstream spells it. */
export type StageErrorCodeName = `${typeof stageErrorCodePrefix}${StageErrorCodeCatalogName}`;

/**
 * Which part of a stage session a StageError concerns: the connection to the stage, publishing or subscribing.
 *
 * Upstream: StageErrorCategory in <https://aws.amazon.com/ivs/> 1.41.0 (package npm:amazon-ivs-web-broadcast\@1.41.0).
 */
export declare const StageErrorCategory: {
  /** The error concerns the connection to the stage. */
  readonly JOIN_ERROR: "JOIN_ERROR";
  /** The error concerns publishing local media to the stage. */
  readonly PUBLISH_ERROR: "PUBLISH_ERROR";
  /** The error concerns subscribing to a remote participant's media. */
  readonly SUBSCRIBE_ERROR: "SUBSCRIBE_ERROR";
};

/** A wire value of Amazon IVS `stage_error_category`. */
export type StageErrorCategory = (typeof StageErrorCategory)[keyof typeof StageErrorCategory];

/** The name of a StageErrorCategory code as the catalog keys it (the upstream name without its prefix). */
export type StageErrorCategoryCatalogName = keyof typeof StageErrorCategory;

/** What upstream writes before every StageErrorCategory catalog name. */
declare const stageErrorCategoryPrefix = "";

/** The name of a StageErrorCategory code exactly as upstream spells it. */
export type StageErrorCategoryName = `${typeof stageErrorCategoryPrefix}${StageErrorCategoryCatalogName}`;

/**
 * The upstream name of the StageErrorCode code with this wire value, or `undefined` for a value the
 * catalog does not know (a newer provider release, or bad input). Never throws.
 */
export declare function stageErrorCodeName(value: number): StageErrorCodeName | undefined;

/** Whether `value` is a wire value of a known StageErrorCode code. */
export declare function isStageErrorCode(value: unknown): value is StageErrorCode;

/** The wire value of the StageErrorCode code with this upstream name, or `undefined` if there is none. */
export declare function stageErrorCodeFromName(name: string): StageErrorCode | undefined;

/** Everything the catalog says about the StageErrorCode code with this wire value, or `undefined`. */
export declare function stageErrorCodeInfo(value: number): CodeInfo<StageErrorCode, never> | undefined;

/** Everything the catalog says about each StageErrorCode code, by catalog name. */
export declare const stageErrorCodeInfos: {
  readonly [K in StageErrorCodeCatalogName]: CodeInfo<(typeof StageErrorCode)[K], never>;
};

/**
 * The upstream name of the StageErrorCategory code with this wire value, or `undefined` for a value the
 * catalog does not know (a newer provider release, or bad input). Never throws.
 */
export declare function stageErrorCategoryName(value: string): StageErrorCategoryName | undefined;

/** Whether `value` is a wire value of a known StageErrorCategory code. */
export declare function isStageErrorCategory(value: unknown): value is StageErrorCategory;

/** The wire value of the StageErrorCategory code with this upstream name, or `undefined` if there is none. */
export declare function stageErrorCategoryFromName(name: string): StageErrorCategory | undefined;

/** Everything the catalog says about the StageErrorCategory code with this wire value, or `undefined`. */
export declare function stageErrorCategoryInfo(value: string): CodeInfo<StageErrorCategory, never> | undefined;

/** Everything the catalog says about each StageErrorCategory code, by catalog name. */
export declare const stageErrorCategoryInfos: {
  readonly [K in StageErrorCategoryCatalogName]: CodeInfo<(typeof StageErrorCategory)[K], never>;
};

export {};

// Generated from spec/ by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

/**
 * Stream Video error codes.
 *
 * @packageDocumentation
 */
import type { CodeInfo } from "./taxonomy.js";

/**
 * Code of an error the Stream SFU reports, in the \`code\` of its Error message (on the SFU \`error\` event or an RPC response).
 *
 * Upstream: ErrorCode in GetStream/stream-video-js 1.60.0 (package npm:\@stream-io/video-client\@1.60.0).
 */
export declare const SfuErrorCode: {
  /** The error carries no specific code. */
  readonly UNSPECIFIED: 0;
  /** The track to publish was not found. */
  readonly PUBLISH_TRACK_NOT_FOUND: 100;
  /** The published tracks do not match what the SFU expects. */
  readonly PUBLISH_TRACKS_MISMATCH: 101;
  /** A publishing request arrived out of order. */
  readonly PUBLISH_TRACK_OUT_OF_ORDER: 102;
  /** A video layer of a published track was not found. */
  readonly PUBLISH_TRACK_VIDEO_LAYER_NOT_FOUND: 103;
  /** The livestream has ended. */
  readonly LIVE_ENDED: 104;
  /** The SFU does not know this participant. */
  readonly PARTICIPANT_NOT_FOUND: 200;
  /** The participant is being migrated away from this SFU. */
  readonly PARTICIPANT_MIGRATING_OUT: 201;
  /** Migrating the participant to another SFU failed. */
  readonly PARTICIPANT_MIGRATION_FAILED: 202;
  /** The participant is in the middle of a migration. */
  readonly PARTICIPANT_MIGRATING: 203;
  /** Reconnecting the participant failed. */
  readonly PARTICIPANT_RECONNECT_FAILED: 204;
  /** The participant's media transport failed. */
  readonly PARTICIPANT_MEDIA_TRANSPORT_FAILURE: 205;
  /** The SFU lost the participant's signalling connection. */
  readonly PARTICIPANT_SIGNAL_LOST: 206;
  /** The call was not found on the SFU. */
  readonly CALL_NOT_FOUND: 300;
  /** The call has reached its participant limit. */
  readonly CALL_PARTICIPANT_LIMIT_REACHED: 301;
  /** The request failed validation. */
  readonly REQUEST_VALIDATION_FAILED: 400;
  /** The client is not authenticated with the SFU. */
  readonly UNAUTHENTICATED: 401;
  /** The participant lacks the permission for this request. */
  readonly PERMISSION_DENIED: 403;
  /** The client sent too many requests. */
  readonly TOO_MANY_REQUESTS: 429;
  /** The SFU failed internally. */
  readonly INTERNAL_SERVER_ERROR: 500;
  /** The SFU is shutting down. */
  readonly SFU_SHUTTING_DOWN: 600;
  /** The SFU has no capacity left. */
  readonly SFU_FULL: 700;
};

/** A wire value of Stream Video `sfu_error_code`. */
export type SfuErrorCode = (typeof SfuErrorCode)[keyof typeof SfuErrorCode];

/** The name of a SfuErrorCode code as the catalog keys it (the upstream name without its prefix). */
export type SfuErrorCodeCatalogName = keyof typeof SfuErrorCode;

/** What upstream writes before every SfuErrorCode catalog name. */
declare const sfuErrorCodePrefix = "";

/** The name of a SfuErrorCode code exactly as upstream spells it. */
export type SfuErrorCodeName = `${typeof sfuErrorCodePrefix}${SfuErrorCodeCatalogName}`;

/**
 * What the Stream SFU tells the client to do after an error, in the reconnect_strategy of its \`error\` event.
 *
 * Upstream: WebsocketReconnectStrategy in GetStream/stream-video-js 1.60.0 (package npm:\@stream-io/video-client\@1.60.0).
 */
export declare const WebsocketReconnectStrategy: {
  /** No reconnect instruction. */
  readonly UNSPECIFIED: 0;
  /** Disconnect for good. */
  readonly DISCONNECT: 1;
  /** Reconnect fast, keeping the peer connections. */
  readonly FAST: 2;
  /** Rejoin with new credentials and fresh peer connections. */
  readonly REJOIN: 3;
  /** Migrate to another SFU. */
  readonly MIGRATE: 4;
};

/** A wire value of Stream Video `websocket_reconnect_strategy`. */
export type WebsocketReconnectStrategy = (typeof WebsocketReconnectStrategy)[keyof typeof WebsocketReconnectStrategy];

/** The name of a WebsocketReconnectStrategy code as the catalog keys it (the upstream name without its prefix). */
export type WebsocketReconnectStrategyCatalogName = keyof typeof WebsocketReconnectStrategy;

/** What upstream writes before every WebsocketReconnectStrategy catalog name. */
declare const websocketReconnectStrategyPrefix = "";

/** The name of a WebsocketReconnectStrategy code exactly as upstream spells it. */
export type WebsocketReconnectStrategyName = `${typeof websocketReconnectStrategyPrefix}${WebsocketReconnectStrategyCatalogName}`;

/**
 * Why the Stream SFU ended the call, in the reason of its \`callEnded\` event.
 *
 * Upstream: CallEndedReason in GetStream/stream-video-js 1.60.0 (package npm:\@stream-io/video-client\@1.60.0).
 */
export declare const CallEndedReason: {
  /** The call ended without a stated reason. */
  readonly UNSPECIFIED: 0;
  /** The call was ended. */
  readonly ENDED: 1;
  /** The livestream ended. */
  readonly LIVE_ENDED: 2;
  /** The participant was removed from the call. */
  readonly KICKED: 3;
  /** The call session ended. */
  readonly SESSION_ENDED: 4;
};

/** A wire value of Stream Video `call_ended_reason`. */
export type CallEndedReason = (typeof CallEndedReason)[keyof typeof CallEndedReason];

/** The name of a CallEndedReason code as the catalog keys it (the upstream name without its prefix). */
export type CallEndedReasonCatalogName = keyof typeof CallEndedReason;

/** What upstream writes before every CallEndedReason catalog name. */
declare const callEndedReasonPrefix = "";

/** The name of a CallEndedReason code exactly as upstream spells it. */
export type CallEndedReasonName = `${typeof callEndedReasonPrefix}${CallEndedReasonCatalogName}`;

/**
 * Why the Stream SFU asks the client to move away from it, in the reason of its \`goAway\` event.
 *
 * Upstream: GoAwayReason in GetStream/stream-video-js 1.60.0 (package npm:\@stream-io/video-client\@1.60.0).
 */
export declare const GoAwayReason: {
  /** The SFU asks the client to migrate without a stated reason. */
  readonly UNSPECIFIED: 0;
  /** The SFU is shutting down. */
  readonly SHUTTING_DOWN: 1;
  /** The SFU is rebalancing its load. */
  readonly REBALANCE: 2;
};

/** A wire value of Stream Video `go_away_reason`. */
export type GoAwayReason = (typeof GoAwayReason)[keyof typeof GoAwayReason];

/** The name of a GoAwayReason code as the catalog keys it (the upstream name without its prefix). */
export type GoAwayReasonCatalogName = keyof typeof GoAwayReason;

/** What upstream writes before every GoAwayReason catalog name. */
declare const goAwayReasonPrefix = "";

/** The name of a GoAwayReason code exactly as upstream spells it. */
export type GoAwayReasonName = `${typeof goAwayReasonPrefix}${GoAwayReasonCatalogName}`;

/**
 * The upstream name of the SfuErrorCode code with this wire value, or `undefined` for a value the
 * catalog does not know (a newer provider release, or bad input). Never throws.
 */
export declare function sfuErrorCodeName(value: number): SfuErrorCodeName | undefined;

/** Whether `value` is a wire value of a known SfuErrorCode code. */
export declare function isSfuErrorCode(value: unknown): value is SfuErrorCode;

/** The wire value of the SfuErrorCode code with this upstream name, or `undefined` if there is none. */
export declare function sfuErrorCodeFromName(name: string): SfuErrorCode | undefined;

/** Everything the catalog says about the SfuErrorCode code with this wire value, or `undefined`. */
export declare function sfuErrorCodeInfo(value: number): CodeInfo<SfuErrorCode, CallEndedReason> | undefined;

/** Everything the catalog says about each SfuErrorCode code, by catalog name. */
export declare const sfuErrorCodeInfos: {
  readonly [K in SfuErrorCodeCatalogName]: CodeInfo<(typeof SfuErrorCode)[K], CallEndedReason>;
};

/**
 * The upstream name of the WebsocketReconnectStrategy code with this wire value, or `undefined` for a value the
 * catalog does not know (a newer provider release, or bad input). Never throws.
 */
export declare function websocketReconnectStrategyName(value: number): WebsocketReconnectStrategyName | undefined;

/** Whether `value` is a wire value of a known WebsocketReconnectStrategy code. */
export declare function isWebsocketReconnectStrategy(value: unknown): value is WebsocketReconnectStrategy;

/** The wire value of the WebsocketReconnectStrategy code with this upstream name, or `undefined` if there is none. */
export declare function websocketReconnectStrategyFromName(name: string): WebsocketReconnectStrategy | undefined;

/** Everything the catalog says about the WebsocketReconnectStrategy code with this wire value, or `undefined`. */
export declare function websocketReconnectStrategyInfo(value: number): CodeInfo<WebsocketReconnectStrategy, never> | undefined;

/** Everything the catalog says about each WebsocketReconnectStrategy code, by catalog name. */
export declare const websocketReconnectStrategyInfos: {
  readonly [K in WebsocketReconnectStrategyCatalogName]: CodeInfo<(typeof WebsocketReconnectStrategy)[K], never>;
};

/**
 * The upstream name of the CallEndedReason code with this wire value, or `undefined` for a value the
 * catalog does not know (a newer provider release, or bad input). Never throws.
 */
export declare function callEndedReasonName(value: number): CallEndedReasonName | undefined;

/** Whether `value` is a wire value of a known CallEndedReason code. */
export declare function isCallEndedReason(value: unknown): value is CallEndedReason;

/** The wire value of the CallEndedReason code with this upstream name, or `undefined` if there is none. */
export declare function callEndedReasonFromName(name: string): CallEndedReason | undefined;

/** Everything the catalog says about the CallEndedReason code with this wire value, or `undefined`. */
export declare function callEndedReasonInfo(value: number): CodeInfo<CallEndedReason, never> | undefined;

/** Everything the catalog says about each CallEndedReason code, by catalog name. */
export declare const callEndedReasonInfos: {
  readonly [K in CallEndedReasonCatalogName]: CodeInfo<(typeof CallEndedReason)[K], never>;
};

/**
 * The upstream name of the GoAwayReason code with this wire value, or `undefined` for a value the
 * catalog does not know (a newer provider release, or bad input). Never throws.
 */
export declare function goAwayReasonName(value: number): GoAwayReasonName | undefined;

/** Whether `value` is a wire value of a known GoAwayReason code. */
export declare function isGoAwayReason(value: unknown): value is GoAwayReason;

/** The wire value of the GoAwayReason code with this upstream name, or `undefined` if there is none. */
export declare function goAwayReasonFromName(name: string): GoAwayReason | undefined;

/** Everything the catalog says about the GoAwayReason code with this wire value, or `undefined`. */
export declare function goAwayReasonInfo(value: number): CodeInfo<GoAwayReason, never> | undefined;

/** Everything the catalog says about each GoAwayReason code, by catalog name. */
export declare const goAwayReasonInfos: {
  readonly [K in GoAwayReasonCatalogName]: CodeInfo<(typeof GoAwayReason)[K], never>;
};

export {};

// Generated from spec/ by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

/**
 * Error codes of real-time audio/video providers, with causes and retry guidance.
 *
 * Each provider is a module (`import { livekit } from "rtc-error-catalog"`, or
 * `import { DisconnectReason } from "rtc-error-catalog/livekit"`); `lookup` finds a code
 * of any provider by its provider, code set and wire value.
 *
 * @packageDocumentation
 */
export * from "./taxonomy.js";
export * from "./registry.js";

/** Agora Web SDK error codes. */
export * as agora from "./agora.js";

/** Amazon Chime SDK error codes. */
export * as amazonChime from "./amazon_chime.js";

/** Amazon IVS error codes. */
export * as amazonIvs from "./amazon_ivs.js";

/** Daily error codes. */
export * as daily from "./daily.js";

/** 100ms error codes. */
export * as hms from "./hms.js";

/** Jitsi error codes. */
export * as jitsi from "./jitsi.js";

/** LiveKit error codes. */
export * as livekit from "./livekit.js";

/** SpatialReal AvatarKit error codes. */
export * as spatialreal from "./spatialreal.js";

/** Stream Video error codes. */
export * as streamVideo from "./stream_video.js";

/** Vonage Video (OpenTok) error codes. */
export * as vonageVideo from "./vonage_video.js";

/** Web platform (WebRTC and Media Capture) error codes. */
export * as webPlatform from "./web_platform.js";

/** Zoom Video SDK error codes. */
export * as zoomVideo from "./zoom_video.js";

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

/** Acme RTC error codes. */
export * as acme from "./acme.js";

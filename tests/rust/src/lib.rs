//! Checks of the generated crate `rtc-error-catalog`; the binaries and tests do the work.

/// The README's Rust examples run as doc tests against the generated crate, so they cannot rot.
#[cfg(doctest)]
#[doc = include_str!("../../../README.md")]
struct ReadmeDoctests;

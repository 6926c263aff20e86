//! A `#![no_std]` library that depends on generated/rust by path, as firmware would: it maps a
//! LiveKit failure reason to an action without the standard library or an allocator.

#![no_std]

use rtc_error_catalog::livekit::FailureReason;
use rtc_error_catalog::{RetryPolicy, WireValue};

/// Whether the device should reconnect after the server reported `value`.
pub fn should_reconnect(value: i32) -> bool {
    match FailureReason::from_value(value) {
        Some(reason) => !reason.is_terminal() && reason.retry_policy() != RetryPolicy::Never,
        None => false,
    }
}

/// The upstream name of a wire value of any provider's code set, if the catalog knows it.
pub fn name_of(provider: &str, code_set: &str, value: i32) -> Option<&'static str> {
    rtc_error_catalog::lookup(provider, code_set, WireValue::Integer(value)).map(|c| c.name())
}

#[cfg(test)]
mod tests {
    #[test]
    fn unknown_values_never_reconnect() {
        assert!(!super::should_reconnect(i32::MIN));
    }

    #[test]
    fn names_come_from_the_registry() {
        assert_eq!(
            super::name_of("livekit", "failure_reason", 0),
            Some("LIVEKIT_FAILURE_REASON_NONE")
        );
        assert_eq!(super::name_of("livekit", "no_such_set", 0), None);
    }
}

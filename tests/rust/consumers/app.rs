//! A binary that depends on generated/rust by path, as an application would: it looks codes up
//! by provider, code set and value, and by name, and prints what it checked.

use rtc_error_catalog::livekit::FailureReason;
use rtc_error_catalog::{CODE_SETS, ErrorCode, WireValue, lookup};

fn main() {
    let mut passed = 0;
    let mut failed = 0;
    let mut check = |ok: bool, what: &str| {
        if ok {
            passed += 1;
            println!("checked: {what}");
        } else {
            failed += 1;
            eprintln!("FAIL {what}");
        }
    };
    let code = lookup("livekit", "disconnect_reason", WireValue::Integer(2));
    check(
        code.map(ErrorCode::name) == Some("DUPLICATE_IDENTITY"),
        "lookup(\"livekit\", \"disconnect_reason\", 2) is DUPLICATE_IDENTITY",
    );
    check(
        lookup("livekit", "no_such_set", WireValue::Integer(2)).is_none(),
        "lookup of an unknown code set is None",
    );
    let none = FailureReason::from_name("LIVEKIT_FAILURE_REASON_NONE");
    check(
        none.map(FailureReason::catalog_name) == Some("NONE"),
        "from_name takes the upstream name; catalog_name() is the catalog's key",
    );
    let total: usize = CODE_SETS.iter().map(|s| s.len).sum();
    check(
        CODE_SETS.iter().all(|s| s.len > 0) && total > 0,
        &format!("CODE_SETS: {} code sets, {total} codes", CODE_SETS.len()),
    );
    println!("RESULT {passed} passed, {failed} failed");
    if failed > 0 {
        std::process::exit(1);
    }
}

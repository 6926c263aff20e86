//! The real catalog's typed Rust API, as the README shows it. Every code's value, name, metadata,
//! link and retry delays are checked by the `vectors` binary, which `cargo xtask test` runs on
//! every generated tree, this one included.

use rtc_error_catalog::ErrorCode;
use std::path::Path;

include!("../vectors_check.rs");

fn catalog() -> Value {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    serde_json::from_str(&std::fs::read_to_string(root.join("generated/catalog.json")).unwrap())
        .unwrap()
}

#[test]
fn typed_conversions_and_the_typed_link() {
    use rtc_error_catalog::livekit::{DisconnectReason, FailureReason};
    // Values from the ESP32 SDK's livekit_failure_reason_t and livekit_models.proto.
    let reason = FailureReason::try_from(12).expect("JOIN_INCOMPLETE is 12");
    assert_eq!(reason, FailureReason::JoinIncomplete);
    assert_eq!(
        reason.protocol_equivalent(),
        Some(DisconnectReason::JoinFailure)
    );
    assert_eq!(DisconnectReason::JoinFailure.value(), 7);
    assert_eq!(
        "JOIN_FAILURE".parse::<DisconnectReason>(),
        Ok(DisconnectReason::JoinFailure)
    );
    let err = DisconnectReason::try_from(4242).unwrap_err();
    assert_eq!(
        err.to_string(),
        "unknown livekit/disconnect_reason value `4242`"
    );
    assert!(
        "join_failure".parse::<DisconnectReason>().is_err(),
        "names are case-sensitive"
    );
    let dyn_code: &dyn ErrorCode = &reason;
    assert_eq!(
        dyn_code.equivalent().map(|e| e.name()),
        Some("JOIN_FAILURE")
    );
}

/// What an app does about a code: written once, against the shared interface only.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Action {
    Nothing,
    WaitForSdk,
    RetryLater,
    Reauthenticate,
    AskUser,
    GiveUp,
    DecideFromDetail,
}

fn what_to_do(code: &dyn ErrorCode) -> Action {
    use rtc_error_catalog::RetryPolicy;
    match code.retry_policy() {
        RetryPolicy::NotAnError => Action::Nothing,
        RetryPolicy::Automatic => Action::WaitForSdk,
        RetryPolicy::Backoff => Action::RetryLater,
        RetryPolicy::RefreshCredentials => Action::Reauthenticate,
        RetryPolicy::UserAction => Action::AskUser,
        RetryPolicy::Never => Action::GiveUp,
        // `Depends`, and any policy a later catalog adds.
        _ => Action::DecideFromDetail,
    }
}

#[test]
fn one_policy_function_serves_every_provider() {
    let catalog = catalog();
    let expected = |retry: &str| match retry {
        "not_an_error" => Action::Nothing,
        "automatic" => Action::WaitForSdk,
        "backoff" => Action::RetryLater,
        "refresh_credentials" => Action::Reauthenticate,
        "user_action" => Action::AskUser,
        "never" => Action::GiveUp,
        _ => Action::DecideFromDetail,
    };
    let mut providers = std::collections::BTreeSet::new();
    let mut actions = std::collections::BTreeSet::new();
    for provider in catalog["providers"].as_array().unwrap() {
        for set in provider["code_sets"].as_array().unwrap() {
            for c in set["codes"].as_array().unwrap() {
                let code = rtc_error_catalog::lookup(
                    provider["id"].as_str().unwrap(),
                    set["id"].as_str().unwrap(),
                    wire(&c["value"]),
                )
                .unwrap();
                let action = what_to_do(code);
                assert_eq!(
                    action,
                    expected(c["retry"].as_str().unwrap()),
                    "{} {}",
                    code.provider(),
                    code.name()
                );
                providers.insert(code.provider());
                actions.insert(action);
            }
        }
    }
    assert_eq!(
        providers.len(),
        catalog["providers"].as_array().unwrap().len(),
        "codes from every provider: {providers:?}"
    );
    assert_eq!(
        actions.len(),
        7,
        "every action is reached by some code: {actions:?}"
    );

    // The same event from different providers gets the same handling.
    let group = |id: &str| -> Vec<&'static dyn ErrorCode> {
        let g = catalog["equivalents"]
            .as_array()
            .unwrap()
            .iter()
            .find(|g| g["id"] == id)
            .unwrap();
        g["codes"]
            .as_array()
            .unwrap()
            .iter()
            .map(|link| {
                let parts: Vec<&str> = link.as_str().unwrap().split('/').collect();
                let set = CODE_SETS
                    .iter()
                    .find(|s| s.provider == parts[0] && s.id == parts[1])
                    .unwrap();
                let prefix = catalog["providers"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .find(|p| p["id"] == parts[0])
                    .unwrap()["code_sets"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .find(|s| s["id"] == parts[1])
                    .unwrap()["name_prefix"]
                    .as_str()
                    .unwrap()
                    .to_owned();
                (set.lookup_name)(&format!("{prefix}{}", parts[2])).unwrap()
            })
            .collect()
    };
    let room_ended = group("room_ended");
    assert!(room_ended.len() >= 4);
    for code in &room_ended {
        assert_eq!(
            (what_to_do(*code), code.is_terminal()),
            (Action::GiveUp, true),
            "{} {}",
            code.provider(),
            code.name()
        );
    }
    for code in group("joined_elsewhere") {
        assert_eq!(
            what_to_do(code),
            Action::AskUser,
            "{} {}",
            code.provider(),
            code.name()
        );
    }
}

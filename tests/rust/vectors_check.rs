// The Rust binding against test vectors: every code in a `catalog.json` must come back from the
// generated crate with the same value, name, metadata and link. Included (`include!`) by the
// `vectors` binary, which `cargo xtask test` builds against every generated tree, and by
// tests/real_catalog.rs, so all run the same assertions.

use rtc_error_catalog::{Basis, CODE_SETS, Terminality, WireValue};
use serde_json::Value;

fn wire(value: &Value) -> WireValue<'_> {
    match value {
        Value::Number(n) => WireValue::Integer(i32::try_from(n.as_i64().unwrap()).unwrap()),
        Value::String(s) => WireValue::String(s),
        other => panic!("not a wire value: {other}"),
    }
}

fn basis(b: Basis) -> &'static str {
    match b {
        Basis::Provider => "provider",
        Basis::Catalog => "catalog",
    }
}

/// Checks every code of `catalog` against the crate; returns how many codes were checked.
pub fn every_code_round_trips(catalog: &Value) -> usize {
    let mut checked = 0;
    let mut sets_checked = 0;
    for provider in catalog["providers"].as_array().unwrap() {
        let pid = provider["id"].as_str().unwrap();
        for set in provider["code_sets"].as_array().unwrap() {
            let sid = set["id"].as_str().unwrap();
            let entry = CODE_SETS
                .iter()
                .find(|s| s.provider == pid && s.id == sid)
                .unwrap_or_else(|| panic!("{pid}/{sid} missing from CODE_SETS"));
            let codes = set["codes"].as_array().unwrap();
            assert_eq!(entry.len, codes.len(), "{pid}/{sid}: code count");
            for c in codes {
                let at = format!("{pid}/{sid}/{}", c["name"].as_str().unwrap());
                let value = wire(&c["value"]);
                let code = (entry.lookup)(value)
                    .unwrap_or_else(|| panic!("{at}: value {value} not found"));
                // Wire value to code to wire value is lossless.
                assert_eq!(code.wire_value(), value, "{at}");
                assert_eq!(code.provider(), pid, "{at}");
                assert_eq!(code.code_set(), sid, "{at}");
                // Upstream name to code and back.
                let upstream = c["upstream_name"].as_str().unwrap();
                assert_eq!(code.name(), upstream, "{at}");
                assert_eq!(
                    (entry.lookup_name)(upstream).map(|c| c.wire_value()),
                    Some(value),
                    "{at}"
                );
                assert_eq!(
                    format!("{code:?}"),
                    c["identifiers"]["rust"].as_str().unwrap(),
                    "{at}: variant name"
                );
                // Metadata.
                let info = code.info();
                assert_eq!(info.summary, c["summary"].as_str().unwrap(), "{at}");
                assert_eq!(info.cause, c["cause"].as_str().unwrap(), "{at}");
                let when: Vec<&str> = c["when"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|w| w.as_str().unwrap())
                    .collect();
                assert_eq!(info.when, when.as_slice(), "{at}");
                assert_eq!(
                    code.category().id(),
                    c["category"].as_str().unwrap(),
                    "{at}"
                );
                assert_eq!(
                    code.retry_policy().id(),
                    c["retry"].as_str().unwrap(),
                    "{at}"
                );
                assert_eq!(
                    basis(info.retry_basis),
                    c["retry_basis"].as_str().unwrap(),
                    "{at}"
                );
                let terminality = match &c["terminal"] {
                    Value::Bool(true) => Terminality::Terminal,
                    Value::Bool(false) => Terminality::NotTerminal,
                    Value::String(s) if s == "depends" => Terminality::Depends,
                    other => panic!("{at}: terminal {other}"),
                };
                assert_eq!(code.terminality(), terminality, "{at}");
                assert_eq!(code.is_terminal(), terminality == Terminality::Terminal, "{at}");
                assert_eq!(info.terminal_condition, c["terminal_condition"].as_str(), "{at}");
                assert_eq!(info.user_message, c["user_message"].as_str().unwrap(), "{at}");
                assert_eq!(info.user_message_key, c["user_message_key"].as_str().unwrap(), "{at}");
                assert_eq!(info.since, c["since"].as_str(), "{at}");
                for (field, ours) in [
                    ("remediation", info.remediation),
                    ("causes", info.causes),
                    ("references", info.references),
                ] {
                    let theirs: Vec<&str> =
                        c[field].as_array().unwrap().iter().map(|w| w.as_str().unwrap()).collect();
                    assert_eq!(ours, theirs.as_slice(), "{at}: {field}");
                }
                assert_eq!(
                    info.retry_schedule.map(|s| (s.initial_delay_ms, s.multiplier_thousandths, s.max_delay_ms, s.max_attempts)),
                    c["retry_schedule"].as_object().map(|s| (
                        s["initial_delay_ms"].as_u64().unwrap() as u32,
                        s["multiplier_thousandths"].as_u64().unwrap() as u32,
                        s["max_delay_ms"].as_u64().unwrap() as u32,
                        s["max_attempts"].as_u64().unwrap() as u32,
                    )),
                    "{at}: retry_schedule"
                );
                assert_eq!(
                    info.runtime_signal.map(|s| s.name),
                    c["runtime_signal"]["name"].as_str(),
                    "{at}: runtime_signal"
                );
                assert_eq!(
                    basis(info.terminal_basis),
                    c["terminal_basis"].as_str().unwrap(),
                    "{at}"
                );
                assert_eq!(info.rationale, c["rationale"].as_str(), "{at}");
                assert_eq!(info.deprecated, c["deprecated"].as_str(), "{at}");
                assert_eq!(info.failure, c["failure"].as_bool(), "{at}: failure flag");
                // The link is a real code of the linked set.
                let link = code.equivalent().map(|e| {
                    let name = c["protocol_equivalent"]
                        .as_str()
                        .unwrap_or("")
                        .rsplit('/')
                        .next()
                        .unwrap()
                        .to_owned();
                    let (p, s) = (e.provider(), e.code_set());
                    let set_prefix = catalog["providers"]
                        .as_array()
                        .unwrap()
                        .iter()
                        .find(|x| x["id"] == p)
                        .unwrap()["code_sets"]
                        .as_array()
                        .unwrap()
                        .iter()
                        .find(|x| x["id"] == s)
                        .unwrap()["name_prefix"]
                        .as_str()
                        .unwrap()
                        .to_owned();
                    assert_eq!(e.name(), format!("{set_prefix}{name}"), "{at}: linked name");
                    format!("{p}/{s}/{name}")
                });
                assert_eq!(
                    link.as_deref(),
                    c["protocol_equivalent"].as_str(),
                    "{at}: link"
                );
                checked += 1;
            }
            // An unknown value is handled, never a panic.
            let unknown = match set["values"].as_str().unwrap() {
                "integer" => {
                    let values: Vec<i64> = codes.iter().map(|c| c["value"].as_i64().unwrap()).collect();
                    let (min, max) = (*values.iter().min().unwrap(), *values.iter().max().unwrap());
                    let unknown = if max < i64::from(i32::MAX) { max + 1 } else if min > i64::from(i32::MIN) { min - 1 } else { (0..).find(|v| !values.contains(v)).unwrap() };
                    WireValue::Integer(i32::try_from(unknown).unwrap())
                }
                _ => WireValue::String("\u{0}not a code"),
            };
            assert!(
                (entry.lookup)(unknown).is_none(),
                "{pid}/{sid}: unknown value {unknown} was found"
            );
            assert!(
                (entry.lookup_name)("\u{0}not a name").is_none(),
                "{pid}/{sid}"
            );
            sets_checked += 1;
        }
    }
    assert_eq!(sets_checked, CODE_SETS.len(), "code sets checked");
    assert_eq!(
        checked,
        catalog["counts"]["codes"].as_u64().unwrap() as usize,
        "codes checked"
    );
    assert!(checked > 0);
    checked
}


/// Asks the crate's `retry_delay` every question of `catalog`'s `retry_vectors`; returns how many.
pub fn every_retry_vector_agrees(catalog: &Value) -> usize {
    let vectors = catalog["retry_vectors"].as_array().unwrap();
    for v in vectors {
        let link = v["code"].as_str().unwrap();
        let mut parts = link.split('/');
        let (pid, sid, name) = (parts.next().unwrap(), parts.next().unwrap(), parts.next().unwrap());
        let set = catalog["providers"].as_array().unwrap().iter().find(|p| p["id"] == pid).unwrap()["code_sets"]
            .as_array().unwrap().iter().find(|s| s["id"] == sid).unwrap();
        let upstream = format!("{}{name}", set["name_prefix"].as_str().unwrap());
        let entry = CODE_SETS.iter().find(|s| s.provider == pid && s.id == sid).unwrap();
        let code = (entry.lookup_name)(&upstream).unwrap_or_else(|| panic!("{link} not found"));
        let attempt = v["attempt"].as_u64().unwrap() as u32;
        let random = v["random"].as_f64().unwrap();
        let expected = v["delay_ms"].as_u64().map(|d| d as u32);
        assert_eq!(
            rtc_error_catalog::retry_delay(code, attempt, random),
            expected,
            "{link} attempt {attempt} random {random}"
        );
    }
    vectors.len()
}

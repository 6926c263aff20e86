//! The compatibility guard: the codes are a public contract that apps match on, so a release
//! may add codes but never silently remove one, change its value, or give its value a new name.
//! Like buf's breaking-change check, it compares the spec with an earlier catalog (the committed
//! `generated/catalog.json`, or one from a git revision); a change passes only when the spec
//! records the old code as retired.

use crate::diagnostics::Diagnostic;
use crate::model::{Catalog, CodeSet, Origin, Value};
use serde::Deserialize;
use serde_json::Value as Json;

const HINT: &str = "codes are a public contract: keep the code, or record the old one under the code set's `retired:` (name, value, reason, retired_in)";

/// The parts of an earlier `catalog.json` the guard compares; everything else is skipped unread.
#[derive(Deserialize)]
struct Earlier {
    providers: Vec<EarlierProvider>,
}

#[derive(Deserialize)]
struct EarlierProvider {
    id: String,
    code_sets: Vec<EarlierSet>,
}

#[derive(Deserialize)]
struct EarlierSet {
    id: String,
    codes: Vec<EarlierCode>,
    #[serde(default)]
    retired: Vec<EarlierCode>,
}

#[derive(Deserialize)]
struct EarlierCode {
    name: String,
    value: Json,
    /// Absent in tombstones.
    #[serde(default)]
    upstream_name: Option<String>,
}

/// Every breaking difference between the earlier catalog `old` (JSON text, shown as `old_name`)
/// and `new`.
pub fn breaking_changes(old: &str, old_name: &str, new: &Catalog) -> Vec<Diagnostic> {
    let old: Earlier = match serde_json::from_str(old) {
        Ok(earlier) => earlier,
        Err(e) => {
            return vec![
                Diagnostic::file(old_name, format!("cannot read the earlier catalog: {e}")).hint(
                    "regenerate it from the earlier spec, or compare against a git revision with `--breaking-against REV`",
                ),
            ];
        }
    };
    let mut problems = Vec::new();
    for old_provider in &old.providers {
        let pid = old_provider.id.as_str();
        let Some(provider) = new.providers.iter().find(|p| p.id.raw == pid) else {
            problems.push(
                Diagnostic::file(old_name, format!("provider `{pid}` was removed")).hint(HINT),
            );
            continue;
        };
        for old_set in &old_provider.code_sets {
            let sid = old_set.id.as_str();
            let Some(set) = provider.code_sets.iter().find(|s| s.id.raw == sid) else {
                problems.push(
                    Diagnostic::file(old_name, format!("code set `{pid}/{sid}` was removed"))
                        .hint(HINT),
                );
                continue;
            };
            for old_code in &old_set.codes {
                let Some(value) = wire(&old_code.value) else {
                    problems.push(
                        Diagnostic::file(
                            old_name,
                            format!(
                                "{pid}/{sid}: `{}` has a value this tool cannot read",
                                old_code.name
                            ),
                        )
                        .hint("regenerate the earlier catalog with this version of the tool"),
                    );
                    continue;
                };
                if let Some(message) = code_change(set, &old_code.name, &value) {
                    problems
                        .push(at(&set.defined_at, format!("{pid}/{sid}: {message}")).hint(HINT));
                } else if let (Some(old_upstream), Some(code)) = (
                    &old_code.upstream_name,
                    set.codes.iter().find(|c| c.name.raw == old_code.name),
                ) && set.upstream_name(code) != *old_upstream
                {
                    // A changed `name_prefix` renames every code in every binding.
                    problems.push(
                        at(
                            &set.defined_at,
                            format!("{pid}/{sid}: the upstream name of `{}` changed from `{old_upstream}` to `{}`", old_code.name, set.upstream_name(code)),
                        )
                        .hint("upstream names are part of the contract (`name()`, `from_name`): restore the `name_prefix`, or retire the old codes"),
                    );
                }
            }
            for old_tomb in &old_set.retired {
                let Some(value) = wire(&old_tomb.value) else {
                    continue;
                };
                let name = old_tomb.name.as_str();
                if !set
                    .retired
                    .iter()
                    .any(|t| t.name == name && t.value == value)
                {
                    problems.push(
                        at(
                            &set.defined_at,
                            format!(
                                "{pid}/{sid}: the tombstone of retired code `{name}` ({}) was removed",
                                show(&value)
                            ),
                        )
                        .hint("tombstones stay forever, so the retired name and value are never reused: restore it"),
                    );
                }
            }
        }
    }
    problems
}

/// What happened to an earlier code, if that breaks the contract.
fn code_change(set: &CodeSet, name: &str, value: &Value) -> Option<String> {
    if set
        .codes
        .iter()
        .any(|c| c.name.raw == name && c.value == *value)
    {
        return None;
    }
    if set
        .retired
        .iter()
        .any(|t| t.name == name && t.value == *value)
    {
        return None;
    }
    let same_name = set.codes.iter().find(|c| c.name.raw == name);
    let same_value = set.codes.iter().find(|c| c.value == *value);
    Some(match (same_name, same_value) {
        (Some(c), _) => format!(
            "the value of `{name}` changed from {} to {}",
            show(value),
            show(&c.value)
        ),
        (None, Some(c)) => format!(
            "value {} was `{name}` and is now `{}`",
            show(value),
            c.name.raw
        ),
        (None, None) => format!("code `{name}` ({}) was removed", show(value)),
    })
}

fn wire(json: &Json) -> Option<Value> {
    match json {
        Json::Number(n) => n
            .as_i64()
            .and_then(|i| i32::try_from(i).ok())
            .map(Value::Integer),
        Json::String(s) => Some(Value::String(s.clone())),
        _ => None,
    }
}

fn show(value: &Value) -> String {
    match value {
        Value::Integer(i) => i.to_string(),
        Value::String(s) => format!("\"{s}\""),
    }
}

fn at(origin: &Origin, message: String) -> Diagnostic {
    Diagnostic {
        file: origin.file.clone(),
        at: Some((origin.line, origin.column)),
        message,
        hint: None,
    }
}

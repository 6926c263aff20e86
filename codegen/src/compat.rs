//! The compatibility guard: the codes are a public contract that apps match on, so a release
//! may add codes but never silently remove one, change its value, or give its value a new name.
//! Like buf's breaking-change check, it compares the spec with an earlier catalog (the committed
//! `generated/catalog.json`, or one from a git revision); a change passes only when the spec
//! records the old code as retired.
//!
//! It also holds the catalog's version to semantic versioning against that baseline
//! ([`check`]): each change needs a bump ([`changes::Group::bump`]), and the changes become the
//! new version's changelog entry, carried forward with the baseline's history.

pub mod changes;

use crate::diagnostics::Diagnostic;
use crate::model::{Catalog, CodeSet, Origin, Release, Value};
use crate::version::{Bump, Version};
use changes::{Change, Group};
use serde::Deserialize;
use serde_json::Value as Json;

const HINT: &str = "codes are a public contract: keep the code, or record the old one under the code set's `retired:` (name, value, reason, retired_in)";

/// The parts of an earlier `catalog.json` the guard compares; everything else is skipped unread.
#[derive(Deserialize)]
struct Earlier {
    providers: Vec<EarlierProvider>,
    /// Absent in catalogs written before the catalog had a version.
    #[serde(default)]
    version: Option<String>,
    #[serde(default)]
    changelog: Vec<EarlierRelease>,
}

#[derive(Deserialize)]
struct EarlierRelease {
    version: String,
    #[serde(default)]
    added: Vec<String>,
    #[serde(default)]
    retired: Vec<String>,
    #[serde(default)]
    reclassified: Vec<String>,
    #[serde(default)]
    other: Vec<String>,
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

/// The whole guard: no breaking change without a tombstone, and a version bump that covers
/// every change. Returns the changelog to write: the earlier one, with an entry for this version
/// when it is new.
pub fn check(old: &str, old_name: &str, new: &Catalog) -> Result<Vec<Release>, Vec<Diagnostic>> {
    let earlier = read(old, old_name).map_err(|d| vec![d])?;
    let problems = breaking(&earlier, old_name, new);
    if !problems.is_empty() {
        return Err(problems);
    }
    let Some(old_version) = &earlier.version else {
        // The catalogs before versioning: this version is the first.
        return Ok(new.changelog.clone());
    };
    let Some(old_version) = Version::parse(old_version) else {
        return Err(vec![
            Diagnostic::file(
                old_name,
                format!("the earlier catalog's version `{old_version}` is not a semantic version"),
            )
            .hint("compare against a catalog this tool wrote, e.g. `--breaking-against REV`"),
        ]);
    };
    let old_json: Json =
        serde_json::from_str(old).map_err(|e| vec![Diagnostic::file(old_name, e.to_string())])?;
    let changes = changes::between(&old_json, &crate::emit::json::to_value(new));
    let history = earlier.changelog.into_iter().map(|r| Release {
        version: r.version,
        added: r.added,
        retired: r.retired,
        reclassified: r.reclassified,
        other: r.other,
    });
    let version = Version::parse(&new.package.version).expect("validated");
    if let Some(problem) = version_problem(&old_version, &version, &changes) {
        return Err(vec![at(&new.package.version_at, problem).hint(
            "raise `version` in the `package:` block; spec/README.md (\"Versions\") says which change needs which bump",
        )]);
    }
    if version == old_version {
        return Ok(history.collect());
    }
    Ok(std::iter::once(release(&new.package.version, &changes))
        .chain(history)
        .collect())
}

/// What is wrong with going from `old` to `new` with these changes, if anything.
fn version_problem(old: &Version, new: &Version, changes: &[Change]) -> Option<String> {
    if new < old {
        return Some(format!(
            "the version went down from {old} to {new}: versions only go up"
        ));
    }
    let bump = changes.iter().map(|c| c.group.bump()).max()?;
    let minimum = old.minimum_after(bump);
    if *new >= minimum {
        return None;
    }
    let why = summary(changes, bump);
    Some(if new == old {
        format!(
            "the catalog changed but its version is still {old}: {why}: the version must be at least {minimum} (a {} change)",
            bump.as_str()
        )
    } else {
        format!(
            "{why}: the version must be at least {minimum} (a {} change from {old}), not {new}",
            bump.as_str()
        )
    })
}

/// The changes that need `bump`, counted per kind with the first few named.
fn summary(changes: &[Change], bump: Bump) -> String {
    let mut parts = Vec::new();
    let mut groups: Vec<Group> = changes
        .iter()
        .map(|c| c.group)
        .filter(|g| g.bump() == bump)
        .collect();
    groups.dedup();
    for group in groups {
        let items: Vec<&str> = changes
            .iter()
            .filter(|c| c.group == group)
            .map(|c| c.item.as_str())
            .collect();
        let (one, many) = group.label();
        let label = if items.len() == 1 { one } else { many };
        let more = if items.len() > 3 { ", ..." } else { "" };
        parts.push(format!(
            "{} {label} ({}{more})",
            items.len(),
            items[..items.len().min(3)].join(", ")
        ));
    }
    parts.join("; ")
}

/// The changelog entry of `version`.
fn release(version: &str, changes: &[Change]) -> Release {
    let items = |groups: &[Group]| -> Vec<String> {
        changes
            .iter()
            .filter(|c| groups.contains(&c.group))
            .map(|c| c.item.clone())
            .collect()
    };
    let mut other = items(&[
        Group::Removed,
        Group::IdentifierChanged,
        Group::FieldRemoved,
        Group::Relinked,
        Group::FieldAdded,
    ]);
    other.extend(
        items(&[Group::TextEdited])
            .into_iter()
            .map(|i| format!("text edited: {i}")),
    );
    Release {
        version: version.to_owned(),
        added: items(&[Group::CodeAdded, Group::Added]),
        retired: items(&[Group::CodeRetired]),
        reclassified: items(&[Group::Reclassified]),
        other,
    }
}

fn read(old: &str, old_name: &str) -> Result<Earlier, Diagnostic> {
    serde_json::from_str(old).map_err(|e| {
        Diagnostic::file(old_name, format!("cannot read the earlier catalog: {e}")).hint(
            "regenerate it from the earlier spec, or compare against a git revision with `--breaking-against REV`",
        )
    })
}

/// Every breaking difference between the earlier catalog `old` (JSON text, shown as `old_name`)
/// and `new`: removed, renumbered or renamed codes without a tombstone.
pub fn breaking_changes(old: &str, old_name: &str, new: &Catalog) -> Vec<Diagnostic> {
    match read(old, old_name) {
        Ok(earlier) => breaking(&earlier, old_name, new),
        Err(d) => vec![d],
    }
}

fn breaking(old: &Earlier, old_name: &str, new: &Catalog) -> Vec<Diagnostic> {
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

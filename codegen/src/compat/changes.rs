//! What changed between two catalog.json files, each change with the version bump it needs.
//!
//! The comparison walks the JSON itself rather than the model, so a field added to catalog.json
//! later is compared too (as text, or as a new field) without a change here. Lists of codes,
//! code sets, providers and vocabulary are matched by their key, so order changes nothing.

use crate::version::Bump;
use serde_json::{Map, Value as Json};

/// One difference.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    pub group: Group,
    /// What changed: `provider/code_set/NAME`, with details where they help.
    pub item: String,
}

/// Kinds of change; each needs one kind of bump and goes in one changelog section.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Group {
    CodeRetired,
    Removed,
    IdentifierChanged,
    FieldRemoved,
    CodeAdded,
    Added,
    Reclassified,
    Relinked,
    FieldAdded,
    TextEdited,
}

impl Group {
    /// The bump this kind of change needs.
    pub fn bump(self) -> Bump {
        use Group::*;
        match self {
            CodeRetired | Removed | IdentifierChanged | FieldRemoved => Bump::Major,
            CodeAdded | Added | Reclassified | Relinked | FieldAdded => Bump::Minor,
            TextEdited => Bump::Patch,
        }
    }

    /// How to count it in a message: (one, many).
    pub fn label(self) -> (&'static str, &'static str) {
        use Group::*;
        match self {
            CodeRetired => ("code retired", "codes retired"),
            Removed => ("entry removed", "entries removed"),
            IdentifierChanged => (
                "generated identifier changed",
                "generated identifiers changed",
            ),
            FieldRemoved => ("field removed", "fields removed"),
            CodeAdded => ("code added", "codes added"),
            Added => (
                "code set, provider or vocabulary entry added",
                "code sets, providers or vocabulary entries added",
            ),
            Reclassified => ("code reclassified", "codes reclassified"),
            Relinked => ("link or flag changed", "links or flags changed"),
            FieldAdded => ("field added", "fields added"),
            TextEdited => ("text edited", "texts edited"),
        }
    }
}

/// The fields of a code that say how an app should handle it.
const CLASSIFICATION: [&str; 8] = [
    "category",
    "retry",
    "retry_basis",
    "retry_schedule",
    "runtime_signal",
    "terminal",
    "terminal_basis",
    "terminal_condition",
];
/// Other values apps act on: links, flags and deprecation.
const BEHAVIOUR: [&str; 6] = [
    "failure",
    "protocol_equivalent",
    "deprecated",
    "has_failure_flag",
    "links_to",
    "codes",
];
/// What a code is on the wire: changing it is a renumbering.
const WIRE: [&str; 3] = ["value", "upstream_name", "values"];
/// Top-level fields about the file rather than the catalog's content.
/// (`retry_vectors` are derived from the schedules, which are compared themselves.)
const ABOUT_THE_FILE: [&str; 8] = [
    "$comment",
    "$schema",
    "changelog",
    "counts",
    "package",
    "retry_vectors",
    "schema_version",
    "version",
];

/// What each object in catalog.json is, for keys and messages.
#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Catalog,
    Provider,
    CodeSet,
    Code,
    Tombstone,
    Term,
    Nested,
}

/// Every change from `old` to `new` (both whole catalog.json values).
pub fn between(old: &Json, new: &Json) -> Vec<Change> {
    let mut out = Vec::new();
    if let (Some(old), Some(new)) = (old.as_object(), new.as_object()) {
        object("", Kind::Catalog, old, new, &mut out);
    }
    let retired: Vec<String> = out
        .iter()
        .filter(|c| c.group == Group::CodeRetired)
        .map(|c| format!("{}: tombstone recorded", c.item))
        .collect();
    out.retain(|c| !retired.contains(&c.item));
    out.sort_by(|a, b| (a.group, &a.item).cmp(&(b.group, &b.item)));
    out.dedup();
    out
}

fn object(
    path: &str,
    kind: Kind,
    old: &Map<String, Json>,
    new: &Map<String, Json>,
    out: &mut Vec<Change>,
) {
    let mut text = Vec::new();
    let mut reclassified = Vec::new();
    for key in old
        .keys()
        .chain(new.keys().filter(|k| !old.contains_key(*k)))
    {
        if kind == Kind::Catalog && ABOUT_THE_FILE.contains(&key.as_str()) {
            continue;
        }
        let (a, b) = match (old.get(key), new.get(key)) {
            (Some(a), Some(b)) => (a, b),
            (None, _) => {
                out.push(change(
                    Group::FieldAdded,
                    format!("`{key}` on {}", plural(kind)),
                ));
                continue;
            }
            (_, None) => {
                out.push(change(
                    Group::FieldRemoved,
                    format!("`{key}` on {}", plural(kind)),
                ));
                continue;
            }
        };
        if a == b {
            continue;
        }
        if let Some(child) = child_kind(kind, key) {
            list(path, child, key, a, b, out);
        } else if key == "identifiers" {
            identifiers(path, kind, a, b, out);
        } else if kind == Kind::Code && CLASSIFICATION.contains(&key.as_str()) {
            reclassified.push(format!("{key} {} → {}", short(a), short(b)));
        } else if BEHAVIOUR.contains(&key.as_str()) && kind != Kind::Nested {
            out.push(change(Group::Relinked, format!("{}: {key}", shown(path))));
        } else if WIRE.contains(&key.as_str()) && kind != Kind::Nested {
            out.push(change(
                Group::CodeRetired,
                format!("{}: {key} {} → {}", shown(path), short(a), short(b)),
            ));
        } else if let (Some(a), Some(b)) = (a.as_object(), b.as_object()) {
            object(&format!("{path}.{key}"), Kind::Nested, a, b, out);
        } else if is_text(a) && is_text(b) {
            text.push(key.as_str());
        } else {
            // A number, a flag or a list of values an app acts on (a policy's schedule, a
            // signal's overrides): never a text edit.
            out.push(change(Group::Relinked, format!("{}: {key}", shown(path))));
        }
    }
    if !reclassified.is_empty() {
        out.push(change(
            Group::Reclassified,
            format!("{}: {}", shown(path), reclassified.join(", ")),
        ));
    }
    if !text.is_empty() {
        out.push(change(
            Group::TextEdited,
            format!("{} ({})", shown(path), text.join(", ")),
        ));
    }
}

/// A binding's identifiers changed or went away: a breaking change for its users. A language
/// that was not there before is a new binding, an addition (one change per language and kind,
/// not one per code).
fn identifiers(path: &str, kind: Kind, old: &Json, new: &Json, out: &mut Vec<Change>) {
    let (Some(old_ids), Some(new_ids)) = (old.as_object(), new.as_object()) else {
        out.push(change(
            Group::IdentifierChanged,
            format!("{path}: {}", short(new)),
        ));
        return;
    };
    if old_ids
        .iter()
        .any(|(lang, id)| new_ids.get(lang) != Some(id))
    {
        out.push(change(
            Group::IdentifierChanged,
            format!("{path}: {}", short(new)),
        ));
    }
    for lang in new_ids.keys().filter(|lang| !old_ids.contains_key(*lang)) {
        out.push(change(
            Group::FieldAdded,
            format!("`identifiers.{lang}` on {} (a new binding)", plural(kind)),
        ));
    }
}

/// Lists matched by key: what was added, removed, or changed inside.
fn list(path: &str, kind: Kind, key: &str, old: &Json, new: &Json, out: &mut Vec<Change>) {
    let (Some(old_items), Some(new_items)) = (old.as_array(), new.as_array()) else {
        out.push(change(
            Group::TextEdited,
            format!("{} ({key})", shown(path)),
        ));
        return;
    };
    let keyed = |items: &Vec<Json>| -> Vec<(String, Map<String, Json>)> {
        items
            .iter()
            .filter_map(Json::as_object)
            .map(|o| (item_key(kind, o), o.clone()))
            .collect()
    };
    let (old_items, new_items) = (keyed(old_items), keyed(new_items));
    let find = |items: &[(String, Map<String, Json>)], k: &str| {
        items.iter().find(|(i, _)| i == k).map(|(_, o)| o.clone())
    };
    for (k, o) in &old_items {
        let child = child_path(path, kind, key, k);
        match find(&new_items, k) {
            Some(n) => object(&child, kind, o, &n, out),
            None => out.push(change(removed_group(kind), shown(&child))),
        }
    }
    for (k, n) in &new_items {
        if find(&old_items, k).is_some() {
            continue;
        }
        let child = child_path(path, kind, key, k);
        match kind {
            Kind::Code => out.push(change(Group::CodeAdded, child)),
            // Dropped in `between` when it records a code retired in this same change.
            Kind::Tombstone => out.push(change(
                Group::TextEdited,
                format!("{child}: tombstone recorded"),
            )),
            _ => out.push(change(Group::Added, added_item(kind, &child, n))),
        }
    }
}

fn change(group: Group, item: String) -> Change {
    Change { group, item }
}

fn child_kind(kind: Kind, key: &str) -> Option<Kind> {
    Some(match (kind, key) {
        (Kind::Catalog, "providers") => Kind::Provider,
        (Kind::Catalog, "categories" | "retry_policies" | "equivalents") => Kind::Term,
        (Kind::Provider, "code_sets") => Kind::CodeSet,
        (Kind::CodeSet, "codes") => Kind::Code,
        (Kind::CodeSet, "retired") => Kind::Tombstone,
        _ => return None,
    })
}

/// Codes and tombstones are keyed by name (a tombstone also by value), everything else by id.
fn item_key(kind: Kind, o: &Map<String, Json>) -> String {
    let field = |name: &str| o.get(name).map_or_else(String::new, short);
    match kind {
        Kind::Code => field("name").trim_matches('`').to_owned(),
        Kind::Tombstone => field("name").trim_matches('`').to_owned(),
        _ => field("id").trim_matches('`').to_owned(),
    }
}

fn child_path(path: &str, kind: Kind, key: &str, k: &str) -> String {
    match kind {
        Kind::Term => format!(
            "{} `{k}`",
            key.trim_end_matches('s')
                .replace('_', " ")
                .replace("retry policie", "retry policy")
                .replace("categorie", "category")
                .replace("equivalent", "equivalence group")
        ),
        _ if path.is_empty() => k.to_owned(),
        _ => format!("{path}/{k}"),
    }
}

fn removed_group(kind: Kind) -> Group {
    match kind {
        Kind::Code => Group::CodeRetired,
        _ => Group::Removed,
    }
}

fn added_item(kind: Kind, path: &str, new: &Map<String, Json>) -> String {
    let codes = |o: &Map<String, Json>| o.get("codes").and_then(Json::as_array).map_or(0, Vec::len);
    match kind {
        Kind::Provider => {
            let sets = new
                .get("code_sets")
                .and_then(Json::as_array)
                .map_or(&[][..], Vec::as_slice);
            let n: usize = sets.iter().filter_map(Json::as_object).map(codes).sum();
            format!("provider {path} ({n} codes)")
        }
        Kind::CodeSet => format!("code set {path} ({} codes)", codes(new)),
        _ => path.to_owned(),
    }
}

fn plural(kind: Kind) -> &'static str {
    match kind {
        Kind::Catalog => "the catalog",
        Kind::Provider => "providers",
        Kind::CodeSet => "code sets",
        Kind::Code => "codes",
        Kind::Tombstone => "retired codes",
        Kind::Term => "vocabulary entries",
        Kind::Nested => "nested objects",
    }
}

/// The path as shown: the catalog itself has none.
fn shown(path: &str) -> String {
    if path.is_empty() {
        "the catalog".to_owned()
    } else {
        path.to_owned()
    }
}

/// A value in one line: strings in backticks, long ones cut.
fn short(v: &Json) -> String {
    let text = match v {
        Json::String(s) => format!("`{s}`"),
        other => other.to_string(),
    };
    if text.chars().count() > 60 {
        format!("{}…", text.chars().take(57).collect::<String>())
    } else {
        text
    }
}

/// Prose: a string, or a list of strings (`when`, `remediation`, `causes`...).
fn is_text(value: &Json) -> bool {
    value.is_string()
        || value
            .as_array()
            .is_some_and(|items| items.iter().all(Json::is_string))
}

//! After a shape error in a provider file, a lenient second pass finds every unknown and
//! missing field of the file's code sets and codes, each named by its code
//! (`acme/error/TIMEOUT: missing field `cause``), so one typo does not hide the rest.
//!
//! serde-saphyr stops at the first error; this pass reads only the keys (with their spans) and
//! the labels (`provider`, `id`, `name`), and takes the field lists from the JSON Schema of the
//! spec types, so it never disagrees with the strict parse about which fields exist.

use crate::diagnostics::{Diagnostic, SourceFile};
use crate::spec::{CodeSetSpec, CodeSpec, ProviderFile};
use serde::de::{Deserialize, Deserializer, IgnoredAny, MapAccess, Visitor};
use serde_saphyr::Spanned;

/// A mapping's keys, its label and the mappings under `code_sets` or `codes`.
#[derive(Default)]
struct Node {
    keys: Vec<Spanned<String>>,
    label: Option<String>,
    children: Vec<Spanned<Node>>,
}

impl<'de> Deserialize<'de> for Node {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct NodeVisitor;
        impl<'de> Visitor<'de> for NodeVisitor {
            type Value = Node;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a mapping")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Node, A::Error> {
                let mut node = Node::default();
                while let Some(key) = map.next_key::<Spanned<String>>()? {
                    match key.value.as_str() {
                        // `provider` and `id` name their mapping; `name` names a code (a
                        // provider's `name` is its display name, so it never replaces an id).
                        "provider" | "id" => node.label = map.next_value::<Label>()?.0,
                        "name" => {
                            let name = map.next_value::<Label>()?.0;
                            if !node
                                .keys
                                .iter()
                                .any(|k| k.value == "provider" || k.value == "id")
                            {
                                node.label = name;
                            }
                        }
                        "code_sets" | "codes" => node.children = map.next_value()?,
                        _ => {
                            map.next_value::<IgnoredAny>()?;
                        }
                    }
                    node.keys.push(key);
                }
                Ok(node)
            }
        }
        d.deserialize_map(NodeVisitor)
    }
}

/// A label if the value is a scalar, else nothing (the strict pass reports the type).
struct Label(Option<String>);

impl<'de> Deserialize<'de> for Label {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let value = serde_json::Value::deserialize(d)?;
        Ok(Label(match value {
            serde_json::Value::String(s) => Some(s),
            serde_json::Value::Number(n) => Some(n.to_string()),
            _ => None,
        }))
    }
}

/// (known fields, required fields) of a spec type, from its JSON Schema.
fn fields<T: schemars::JsonSchema>() -> (Vec<String>, Vec<String>) {
    let schema = schemars::schema_for!(T);
    let names = |key: &str| -> Vec<String> {
        match schema.get(key) {
            Some(serde_json::Value::Object(m)) => m.keys().cloned().collect(),
            Some(serde_json::Value::Array(a)) => a
                .iter()
                .filter_map(|v| v.as_str().map(str::to_owned))
                .collect(),
            _ => Vec::new(),
        }
    };
    (names("properties"), names("required"))
}

/// Every unknown and missing field of the file, or nothing if the lenient pass cannot read it.
pub fn field_problems(file: &SourceFile) -> Vec<Diagnostic> {
    let Ok(root) = serde_saphyr::from_str::<Spanned<Node>>(&file.text) else {
        return Vec::new();
    };
    let levels = [
        fields::<ProviderFile>(),
        fields::<CodeSetSpec>(),
        fields::<CodeSpec>(),
    ];
    let mut problems = Vec::new();
    check(file, &root, &levels, 0, "", &mut problems);
    problems
}

fn check(
    file: &SourceFile,
    node: &Spanned<Node>,
    levels: &[(Vec<String>, Vec<String>)],
    depth: usize,
    parent: &str,
    problems: &mut Vec<Diagnostic>,
) {
    let (known, required) = &levels[depth];
    let what = match depth {
        0 => "the provider".to_owned(),
        _ => {
            let label = node
                .value
                .label
                .clone()
                .unwrap_or_else(|| "(unnamed)".into());
            if parent.is_empty() {
                label
            } else {
                format!("{parent}/{label}")
            }
        }
    };
    for key in &node.value.keys {
        if !known.contains(&key.value) {
            problems.push(
                Diagnostic::at(
                    &file.path,
                    key.referenced,
                    format!(
                        "{what}: unknown field `{}`, expected one of {}",
                        key.value,
                        known.join(", ")
                    ),
                )
                .hint("remove the field or correct its spelling; spec/README.md lists every field"),
            );
        }
    }
    for field in required {
        if !node.value.keys.iter().any(|k| &k.value == field) {
            problems.push(
                Diagnostic::at(
                    &file.path,
                    node.referenced,
                    format!("{what}: missing field `{field}`"),
                )
                .hint("add the field; spec/README.md lists the required fields"),
            );
        }
    }
    if depth + 1 < levels.len() {
        let prefix = if depth == 0 {
            node.value.label.clone().unwrap_or_default()
        } else {
            what
        };
        for child in &node.value.children {
            check(file, child, levels, depth + 1, &prefix, problems);
        }
    }
}

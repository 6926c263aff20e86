//! Where a declaration reads its members: the keys `verify` and its cross checks share, and
//! the declaration as catalog.json carries it for the checkers.

use crate::spec::{CrossCheckSpec, VerifySpec};
use serde_json::{Map, Value as Json, json};
use serde_saphyr::Spanned;
use std::collections::BTreeMap;

/// The keys that say where and how members are read, shared by `verify` and its cross checks.
pub(super) struct Reads<'a> {
    pub(super) export: Option<&'a String>,
    pub(super) dts_type: Option<&'a String>,
    pub(super) json_file: Option<&'a String>,
    pub(super) error_classes: Option<&'a String>,
    pub(super) python_enum: Option<&'a String>,
    pub(super) webidl_enum: Option<&'a String>,
    pub(super) source_map: Option<&'a String>,
    pub(super) source_file: Option<&'a String>,
    pub(super) file: Option<&'a String>,
    pub(super) pointer: Option<&'a String>,
    pub(super) dom: Option<&'a Spanned<String>>,
    pub(super) globals: &'a BTreeMap<String, Json>,
    pub(super) keys_as_values: bool,
}

impl<'a> Reads<'a> {
    pub(super) fn of_verify(s: &'a VerifySpec) -> Self {
        Reads {
            export: s.export.as_ref(),
            dts_type: s.dts_type.as_ref(),
            json_file: s.json_file.as_ref(),
            error_classes: s.error_classes.as_ref(),
            python_enum: s.python_enum.as_ref(),
            webidl_enum: s.webidl_enum.as_ref(),
            source_map: s.source_map.as_ref(),
            source_file: s.source_file.as_ref(),
            file: s.file.as_ref(),
            pointer: s.pointer.as_ref(),
            dom: s.dom.as_ref(),
            globals: &s.globals,
            keys_as_values: s.keys_as_values,
        }
    }

    pub(super) fn of_cross_check(s: &'a CrossCheckSpec) -> Self {
        Reads {
            export: s.export.as_ref(),
            dts_type: s.dts_type.as_ref(),
            json_file: s.json_file.as_ref(),
            error_classes: s.error_classes.as_ref(),
            python_enum: None,
            webidl_enum: s.webidl_enum.as_ref(),
            source_map: s.source_map.as_ref(),
            source_file: s.source_file.as_ref(),
            file: s.file.as_ref(),
            pointer: s.pointer.as_ref(),
            dom: s.dom.as_ref(),
            globals: &s.globals,
            keys_as_values: s.keys_as_values,
        }
    }
}

/// The read shapes the declaration names, with their targets. With `source_map`, `export`
/// names what to take from that source, so it is not a shape of its own.
pub(super) fn shapes(s: &Reads) -> Vec<(&'static str, String)> {
    let source_map = s.source_map.map(|_| s.export.cloned().unwrap_or_default());
    let export = if s.source_map.is_some() {
        None
    } else {
        s.export
    };
    [
        ("export", export.cloned()),
        ("dts_type", s.dts_type.cloned()),
        ("json_file", s.json_file.cloned()),
        ("error_classes", s.error_classes.cloned()),
        ("python_enum", s.python_enum.cloned()),
        ("webidl_enum", s.webidl_enum.cloned()),
        ("source_map", source_map),
    ]
    .into_iter()
    .filter_map(|(k, v)| v.map(|v| (k, v)))
    .collect()
}

/// How the members are read, in words, for the docs.
pub(super) fn describe(shape: &str) -> &'static str {
    match shape {
        "export" => "runtime export",
        "dts_type" => "type declared in the package's `.d.ts`:",
        "json_file" => "JSON file",
        "error_classes" => "the `code` of every exported subclass of",
        "python_enum" => "Python enum",
        "source_map" => "export of a source in the package's source map:",
        _ => "WebIDL enum",
    }
}

/// The declaration as catalog.json carries it for the checkers (without verdicts).
pub(super) fn declaration(
    s: &Reads,
    registry: &str,
    name: &str,
    version: &str,
) -> Map<String, Json> {
    let mut m = Map::new();
    m.insert("registry".into(), json!(registry));
    m.insert("name".into(), json!(name));
    m.insert("version".into(), json!(version));
    let options = [
        ("export", s.export),
        ("dts_type", s.dts_type),
        ("json_file", s.json_file),
        ("error_classes", s.error_classes),
        ("python_enum", s.python_enum),
        ("webidl_enum", s.webidl_enum),
        ("source_map", s.source_map),
        ("source_file", s.source_file),
        ("file", s.file),
        ("pointer", s.pointer),
        ("dom", s.dom.map(|d| &d.value)),
    ];
    for (k, v) in options {
        if let Some(v) = v {
            m.insert(k.into(), json!(v));
        }
    }
    if !s.globals.is_empty() {
        m.insert("globals".into(), json!(s.globals));
    }
    if s.keys_as_values {
        m.insert("keys_as_values".into(), json!(true));
    }
    m
}

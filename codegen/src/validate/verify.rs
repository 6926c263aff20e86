//! A code set's `source.verify`: a pinned package reference and exactly one place to read the
//! members from, so the generic conformance checkers can compare them with no per-provider code.

use super::{Validator, place};
use crate::model::Origin;
use crate::model::Verify;
use crate::spec::{CodeSetSpec, CrossCheckSpec, VerdictSpec, VerifySpec, WireValue};
use serde_json::{Map, Value as Json, json};
use serde_saphyr::Spanned;
use std::collections::BTreeMap;

/// The fields a verdict may compare, and whether each is a boolean in the catalog.
const VERDICT_FIELDS: [(&str, bool); 4] = [
    ("terminal", true),
    ("failure", true),
    ("retry", false),
    ("protocol_equivalent", false),
];

impl Validator {
    /// The checked declaration, or `None` (with a located error) when it cannot be used.
    pub(super) fn verify(
        &mut self,
        path: &str,
        set: &CodeSetSpec,
        spec: &VerifySpec,
    ) -> Option<Verify> {
        let set_id = set.id.value.as_str();
        let at = place(path, spec.package.referenced);
        let package = self.verify_package(&at, set_id, &spec.package.value);
        let reads = Reads::of_verify(spec);
        let shape = self.reads(path, &at, set_id, "`verify`", &reads);
        let (registry, name, version) = package?;
        let (shape, target) = shape?;
        let wanted = if shape == "python_enum" {
            "pypi"
        } else {
            "npm"
        };
        if registry != wanted {
            self.error(at, format!("code set `{set_id}`: `{shape}` reads an {wanted} package, but `{}` is from {registry}", spec.package.value), &format!("write `package: {wanted}:<name>@<version>`, or read the members another way"));
            return None;
        }
        for verdict in &spec.verdicts {
            self.verdict(path, set_id, verdict);
        }
        let pin = (registry, name, version);
        let cross_checks: Vec<Verify> = spec
            .cross_checks
            .iter()
            .enumerate()
            .filter_map(|(i, c)| self.cross_check(path, set, &pin, i + 1, c))
            .collect();
        let (registry, name, version) = pin;
        let mut declaration = declaration(&reads, &registry, &name, &version);
        let verdicts: Vec<Json> = spec.verdicts.iter().map(|v| json!({
            "field": v.field.value, "equals": v.equals, "construct": v.construct, "call": v.call,
            "args": v.args, "keywords": v.keywords, "method": v.method, "read": v.read,
        })).collect();
        declaration.insert("verdicts".into(), Json::Array(verdicts));
        if !cross_checks.is_empty() {
            let crossed: Vec<&Json> = cross_checks.iter().map(|c| &c.declaration).collect();
            declaration.insert("cross_checks".into(), json!(crossed));
        }
        Some(Verify {
            registry,
            name,
            version,
            reads: describe(shape),
            target,
            verdict_fields: spec
                .verdicts
                .iter()
                .map(|v| v.field.value.clone())
                .collect(),
            declaration: Json::Object(declaration),
            cross_checks,
        })
    }

    /// `package:` parsed, or a located error and `None`.
    fn verify_package(
        &mut self,
        at: &Origin,
        set_id: &str,
        text: &str,
    ) -> Option<(String, String, String)> {
        match parse_package(text) {
            Ok(p) => Some(p),
            Err((what, fix)) => {
                self.error(
                    at.clone(),
                    format!("code set `{set_id}`: package `{text}` {what}"),
                    &fix,
                );
                None
            }
        }
    }

    /// Exactly one place to read the members, with the options it needs: (shape, target).
    fn reads(
        &mut self,
        path: &str,
        at: &Origin,
        set_id: &str,
        what: &str,
        r: &Reads,
    ) -> Option<(&'static str, String)> {
        let shapes = shapes(r);
        if shapes.len() != 1 {
            let named: Vec<String> = shapes.iter().map(|(k, _)| format!("`{k}`")).collect();
            self.error(
                at.clone(),
                format!("code set `{set_id}`: {what} names {} places to read the members ({})", shapes.len(), if named.is_empty() { "none".into() } else { named.join(", ") }),
                "give exactly one of `export`, `dts_type`, `json_file`, `error_classes`, `python_enum`, `webidl_enum`, `source_map` (with `source_file` and `export`)",
            );
        }
        if r.source_map.is_some() != r.source_file.is_some()
            || (r.source_map.is_some() && r.export.is_none())
        {
            self.error(at.clone(), format!("code set `{set_id}`: {what} reads a source map with `source_map`, `source_file` and `export`, not some of them"), "write `source_map: <path of the .js.map in the package>`, `source_file: <end of one of its sources>` and `export: <the dotted export of that source>`");
        }
        if let Some(dom) = r.dom.filter(|d| d.value != "jsdom") {
            self.error(place(path, dom.referenced), format!("code set `{set_id}`: {what} asks for `dom: {}`, which the checker does not have", dom.value), "write `dom: jsdom` (the only DOM the npm checker provides), or define what the bundle reads with `globals:`");
        }
        if shapes.len() == 1 {
            shapes.into_iter().next()
        } else {
            None
        }
    }

    /// A cross check: a readable npm source in the package, and differences that can hold.
    fn cross_check(
        &mut self,
        path: &str,
        set: &CodeSetSpec,
        pin: &(String, String, String),
        number: usize,
        spec: &Spanned<CrossCheckSpec>,
    ) -> Option<Verify> {
        let set_id = set.id.value.as_str();
        let what = format!("cross check {number}");
        let c = &spec.value;
        let at = place(
            path,
            c.package.as_ref().map_or(spec.referenced, |p| p.referenced),
        );
        let package = match &c.package {
            Some(p) => self.verify_package(&at, set_id, &p.value),
            None => Some(pin.clone()),
        };
        let reads = Reads::of_cross_check(c);
        let shape = self.reads(path, &at, set_id, &what, &reads);
        self.differences(path, set, &what, &at, c);
        let (registry, name, version) = package?;
        let (shape, target) = shape?;
        if registry != "npm" {
            self.error(at, format!("code set `{set_id}`: {what} reads `{name}` from {registry}; cross checks read npm packages"), "give the cross check an `npm:` package, or leave it out");
            return None;
        }
        let mut declaration = declaration(&reads, &registry, &name, &version);
        let d = &c.differences;
        declaration.insert(
            "differences".into(),
            json!({
                "missing": d.missing.iter().map(|m| wire(&m.value)).collect::<Vec<_>>(),
                "extra": d.extra.iter().map(|m| wire(&m.value)).collect::<Vec<_>>(),
                "values": d.values.iter().map(|m| m.value.clone()).collect::<Vec<_>>(),
            }),
        );
        declaration.insert("note".into(), json!(c.note));
        Some(Verify {
            registry,
            name,
            version,
            reads: describe(shape),
            target,
            verdict_fields: Vec::new(),
            declaration: Json::Object(declaration),
            cross_checks: Vec::new(),
        })
    }

    /// Each declared difference can hold: `missing` and `values` name the set's members (or
    /// values), `extra` names what the set does not have; a difference needs a `note`.
    fn differences(
        &mut self,
        path: &str,
        set: &CodeSetSpec,
        what: &str,
        at: &Origin,
        c: &CrossCheckSpec,
    ) {
        let set_id = set.id.value.as_str();
        let prefix = set.name_prefix.as_deref().unwrap_or("");
        let names: Vec<String> = set
            .codes
            .value
            .iter()
            .map(|c| format!("{prefix}{}", c.name.value))
            .collect();
        let is_member = |v: &WireValue| match v {
            WireValue::String(s) => {
                names.contains(s) || set.codes.value.iter().any(|c| &c.value.value == v)
            }
            WireValue::Integer(_) => set.codes.value.iter().any(|c| &c.value.value == v),
        };
        let d = &c.differences;
        for (kind, item, member) in d
            .missing
            .iter()
            .map(|m| ("missing", m, true))
            .chain(d.extra.iter().map(|m| ("extra", m, false)))
        {
            if is_member(&item.value) != member {
                let (state, fix) = if member {
                    (
                        "is not a member of the code set",
                        "`missing` lists the set's members (upstream names, or values for a values-only source) that this source lacks",
                    )
                } else {
                    (
                        "is a member of the code set",
                        "`extra` lists what this source has and the set does not; a member that differs belongs in `values`",
                    )
                };
                self.error(
                    place(path, item.referenced),
                    format!(
                        "code set `{set_id}`: {what} declares `{}` {kind}, but it {state}",
                        shown(&item.value)
                    ),
                    fix,
                );
            }
        }
        for item in d.values.iter().filter(|v| !names.contains(&v.value)) {
            self.error(place(path, item.referenced), format!("code set `{set_id}`: {what} declares `{}` with another value, but it is not a member of the code set", item.value), "`values` lists members (upstream names, with the set's `name_prefix`) whose value differs in this source");
        }
        let declared = d.missing.len() + d.extra.len() + d.values.len();
        if declared > 0 && c.note.as_deref().is_none_or(|n| n.trim().is_empty()) {
            self.error(
                at.clone(),
                format!(
                    "code set `{set_id}`: {what} declares differences ({declared}) without a `note`"
                ),
                "say in `note:` why this source differs from the one the catalog follows",
            );
        }
    }

    fn verdict(&mut self, path: &str, set_id: &str, v: &VerdictSpec) {
        let at = place(path, v.field.referenced);
        match VERDICT_FIELDS.iter().find(|(f, _)| *f == v.field.value) {
            None => self.error(
                at,
                format!(
                    "code set `{set_id}`: a verdict compares field `{}`, which it cannot",
                    v.field.value
                ),
                "compare `terminal`, `failure`, `retry` (with `equals:`) or `protocol_equivalent`",
            ),
            Some((_, boolean)) if !boolean && v.field.value == "retry" && v.equals.is_none() => {
                self.error(
                    at,
                    format!("code set `{set_id}`: a `retry` verdict needs `equals:`"),
                    "say which retry policy the SDK's `true` means, e.g. `equals: backoff`",
                )
            }
            _ => {}
        }
        if v.construct.is_some() == v.call.is_some() {
            self.error(place(path, v.field.referenced), format!("code set `{set_id}`: a verdict needs exactly one of `construct` and `call`"), "`construct: Class` makes an instance from `args`; `call: function` calls a function with them");
        }
    }
}

/// `npm:<name>@<version>` or `pypi:<name>@<version>`, the version exact: (registry, name, version).
fn parse_package(text: &str) -> Result<(String, String, String), (String, String)> {
    let fix = "write `npm:<name>@<version>` or `pypi:<name>@<version>` with an exact version, e.g. `npm:livekit-client@2.23.0`".to_owned();
    let Some((registry, rest)) = text
        .split_once(':')
        .filter(|(r, _)| ["npm", "pypi"].contains(r))
    else {
        return Err((
            "does not start with a registry (`npm:` or `pypi:`)".into(),
            fix,
        ));
    };
    // An npm scope starts with `@`: the version is after the last `@`.
    let Some((name, version)) = rest.rsplit_once('@').filter(|(n, _)| !n.is_empty()) else {
        return Err((
            "has no `@<version>`: the conformance test needs the exact version".into(),
            fix,
        ));
    };
    let name_ok = name
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || "-_.@/".contains(c));
    if !name_ok {
        return Err((
            format!("has a package name `{name}` that {registry} would not accept"),
            fix,
        ));
    }
    if !is_exact_version(version) {
        return Err((format!("has version `{version}`, which is not exact (a range or a tag)"), "pin one release: digits and dots, e.g. `2.23.0` or `0.2.2` (pre-releases like `1.0.0-rc.1` are fine)".into()));
    }
    Ok((registry.into(), name.into(), version.into()))
}

/// `1.2.3`, `0.2`, `1.0.0-rc.1`: starts with a digit, no range operators, wildcards or spaces.
fn is_exact_version(v: &str) -> bool {
    let core = v.split(['-', '+']).next().unwrap_or("");
    !core.is_empty()
        && core
            .split('.')
            .all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_digit()))
        && v.chars()
            .all(|c| c.is_ascii_alphanumeric() || ".-+".contains(c))
}

/// The keys that say where and how members are read, shared by `verify` and its cross checks.
struct Reads<'a> {
    export: Option<&'a String>,
    dts_type: Option<&'a String>,
    json_file: Option<&'a String>,
    error_classes: Option<&'a String>,
    python_enum: Option<&'a String>,
    webidl_enum: Option<&'a String>,
    source_map: Option<&'a String>,
    source_file: Option<&'a String>,
    file: Option<&'a String>,
    pointer: Option<&'a String>,
    dom: Option<&'a Spanned<String>>,
    globals: &'a BTreeMap<String, Json>,
}

impl<'a> Reads<'a> {
    fn of_verify(s: &'a VerifySpec) -> Self {
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
        }
    }

    fn of_cross_check(s: &'a CrossCheckSpec) -> Self {
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
        }
    }
}

/// The read shapes the declaration names, with their targets. With `source_map`, `export`
/// names what to take from that source, so it is not a shape of its own.
fn shapes(s: &Reads) -> Vec<(&'static str, String)> {
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
fn describe(shape: &str) -> &'static str {
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

/// A difference as a message shows it: the name or the number, unquoted.
fn shown(v: &WireValue) -> String {
    match v {
        WireValue::Integer(i) => i.to_string(),
        WireValue::String(s) => s.clone(),
    }
}

/// A difference as catalog.json writes it: a name or value, as in the spec.
fn wire(v: &WireValue) -> Json {
    match v {
        WireValue::Integer(i) => json!(i),
        WireValue::String(s) => json!(s),
    }
}

/// The declaration as catalog.json carries it for the checkers (without verdicts).
fn declaration(s: &Reads, registry: &str, name: &str, version: &str) -> Map<String, Json> {
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
    m
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exact_versions_only() {
        for good in ["2.23.0", "0.2.2", "1.0.0-rc.1", "10"] {
            assert!(is_exact_version(good), "{good}");
        }
        for bad in [
            "^2.23.0",
            "~1.0",
            "latest",
            "1.x",
            ">=1",
            "1.0 || 2.0",
            "",
            "1..0",
        ] {
            assert!(!is_exact_version(bad), "{bad}");
        }
    }

    #[test]
    fn scoped_npm_names_keep_their_at() {
        assert_eq!(
            parse_package("npm:@livekit/protocol@1.52.1").unwrap(),
            ("npm".into(), "@livekit/protocol".into(), "1.52.1".into())
        );
        assert!(parse_package("livekit-client@2.23.0").is_err());
        assert!(parse_package("npm:livekit-client").is_err());
        assert!(parse_package("npm:@livekit/protocol").is_err());
    }
}

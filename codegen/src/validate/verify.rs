//! A code set's `source.verify`: a pinned package reference and exactly one place to read the
//! members from, so the generic conformance checkers can compare them with no per-provider code.

use super::{Validator, place};
use crate::model::Origin;
use crate::model::Verify;
use crate::spec::{CodeSetSpec, VerdictSpec, VerifySpec};
use serde_json::{Value as Json, json};

mod cross_check;
mod reads;

use reads::{Reads, declaration, describe, shapes};

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

//! A cross check: another source of a code set's members in the package, compared with the
//! catalog; every difference it has is declared, and each declared one must be able to hold.

use super::reads::{Reads, declaration, describe};
use crate::model::{Origin, Verify};
use crate::spec::{CodeSetSpec, CrossCheckSpec, WireValue};
use crate::validate::{Validator, place};
use serde_json::{Value as Json, json};
use serde_saphyr::Spanned;

impl Validator {
    /// A cross check: a readable npm source in the package, and differences that can hold.
    pub(super) fn cross_check(
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

//! The codes of one set: names and values each once, taxonomy terms that exist, texts that say
//! something, and a rationale wherever the catalog classified a code itself.

use super::{PendingLink, Validator, is_identifier, place};
use crate::model::*;
use crate::spec::{self, CodeSpec, WireValue};
use serde_saphyr::Spanned;
use std::collections::HashMap;

impl Validator {
    /// Every code of `set`; each `protocol_equivalent` is queued in `links`.
    pub(super) fn codes(
        &mut self,
        path: &str,
        set: &spec::CodeSetSpec,
        taxonomy: &Taxonomy,
        set_signal: Option<&RuntimeSignal>,
        from: CodeSetRef,
        links: &mut Vec<PendingLink>,
    ) -> Vec<Code> {
        // Hash maps: only looked up, never iterated, so their order cannot show in output.
        let count = set.codes.value.len();
        let mut names: HashMap<&str, u64> = HashMap::with_capacity(count);
        let mut values: HashMap<Value, (&str, u64)> = HashMap::with_capacity(count);
        let mut codes = Vec::new();
        for (code_index, c) in set.codes.value.iter().enumerate() {
            let raw = &c.name.value;
            if !is_identifier(raw) {
                self.error(place(path, c.name.referenced), format!("code name `{raw}` is not an identifier"), "names use ASCII letters, digits and underscores and start with a letter; put other spellings in `value`");
            }
            if let Some(line) = names.get(raw.as_str()) {
                self.error(
                    place(path, c.name.referenced),
                    format!(
                        "duplicate name `{raw}` in code set `{}` (first on line {line})",
                        set.id.value
                    ),
                    "each name appears once per code set: remove or rename one",
                );
            } else {
                names.insert(raw, c.name.referenced.line());
            }
            let value = self.value(path, set, raw, &c.value);
            if let Some(value) = &value {
                if let Some((other, line)) = values.get(value) {
                    self.error(place(path, c.value.referenced), format!("duplicate value {} in code set `{}`: `{other}` on line {line} has it too", show(value), set.id.value), "values are unique within a code set; check the upstream source");
                } else {
                    values.insert(value.clone(), (raw, c.value.referenced.line()));
                }
            }
            if let Some(link) = &c.protocol_equivalent {
                links.push(PendingLink {
                    file: path.to_owned(),
                    at: link.referenced,
                    target: link.value.clone(),
                    from,
                    code: code_index,
                });
            }
            let label = format!("{}/{}/{raw}", self.provider, set.id.value);
            codes.push(self.code(path, &label, c, value, taxonomy, set_signal));
        }
        codes
    }

    /// One code; its link is resolved later.
    fn code(
        &mut self,
        path: &str,
        label: &str,
        c: &CodeSpec,
        value: Option<Value>,
        taxonomy: &Taxonomy,
        set_signal: Option<&RuntimeSignal>,
    ) -> Code {
        let category = self.term(path, &c.category, "category", &taxonomy.categories);
        let retry = self.term(path, &c.retry, "retry policy", &taxonomy.retry_policies);
        self.texts(path, c);
        let catalog_basis = c.retry_basis == Basis::Catalog || c.terminal_basis == Basis::Catalog;
        if catalog_basis
            && c.rationale
                .as_ref()
                .is_none_or(|r| r.value.trim().is_empty())
        {
            self.error(place(path, c.name.referenced), format!("code `{}` is classified by the catalog but gives no `rationale`", c.name.value), "add `rationale:` with one sentence saying why, or set the basis to `provider` if the provider documents it");
        }
        let guidance = self.guidance(path, label, c, category.map(|i| &taxonomy.categories[i]));
        let policy_schedule = retry.and_then(|i| taxonomy.retry_policies[i].schedule.as_ref());
        let schedule = self.code_schedule(
            path,
            label,
            c.name.referenced,
            policy_schedule,
            c.retry_schedule.as_ref(),
        );
        let runtime_signal = match &c.runtime_signal {
            Some(own) => Some(self.runtime_signal(path, label, own)),
            None => set_signal.cloned(),
        };
        Code {
            name: Name::new(&c.name.value),
            value: value.unwrap_or(Value::Integer(0)),
            summary: c.summary.clone(),
            cause: c.cause.clone(),
            when: c.when.value.clone(),
            user_message: guidance.user_message,
            own_user_message: guidance.own_user_message,
            remediation: guidance.remediation,
            causes: guidance.causes,
            references: guidance.references,
            since: guidance.since,
            category: category.unwrap_or(0),
            retry: retry.unwrap_or(0),
            retry_basis: c.retry_basis,
            schedule,
            runtime_signal,
            terminal: guidance.terminal,
            terminal_basis: c.terminal_basis,
            rationale: c.rationale.as_ref().map(|r| r.value.clone()),
            failure: c.failure.as_ref().map(|f| f.value),
            protocol_equivalent: None,
            deprecated: c.deprecated.clone(),
            defined_at: place(path, c.name.referenced),
        }
    }

    /// The wire value, if it has the set's type and range.
    pub(super) fn value(
        &mut self,
        path: &str,
        set: &spec::CodeSetSpec,
        name: &str,
        value: &Spanned<WireValue>,
    ) -> Option<Value> {
        let at = value.referenced;
        match (&value.value, set.values) {
            (WireValue::Integer(i), ValueKind::Integer) => match i32::try_from(*i) {
                Ok(i) => Some(Value::Integer(i)),
                Err(_) => {
                    self.error(
                        place(path, at),
                        format!("value {i} of `{}` is outside the 32-bit signed range", name),
                        "integer values must lie in -2147483648..=2147483647",
                    );
                    None
                }
            },
            (WireValue::String(s), ValueKind::String) => {
                if s.is_empty() {
                    self.error(
                        place(path, at),
                        format!("value of `{}` is an empty string", name),
                        "write the exact string the SDK uses",
                    );
                    None
                } else {
                    Some(Value::String(s.clone()))
                }
            }
            (WireValue::String(s), ValueKind::Integer) => {
                self.error(
                    place(path, at),
                    format!(
                        "value `{s}` of `{}` is a string, but code set `{}` has integer values",
                        name, set.id.value
                    ),
                    "write an integer, or set `values: string` on the code set",
                );
                None
            }
            (WireValue::Integer(i), ValueKind::String) => {
                self.error(
                    place(path, at),
                    format!(
                        "value {i} of `{}` is an integer, but code set `{}` has string values",
                        name, set.id.value
                    ),
                    &format!(
                        "quote it (`value: \"{i}\"`) or set `values: integer` on the code set"
                    ),
                );
                None
            }
        }
    }

    fn term(
        &mut self,
        path: &str,
        id: &Spanned<String>,
        what: &str,
        terms: &[Term],
    ) -> Option<usize> {
        let found = terms.iter().position(|t| t.id.raw == id.value);
        if found.is_none() {
            let known: Vec<&str> = terms.iter().map(|t| t.id.raw.as_str()).collect();
            self.error(
                place(path, id.referenced),
                format!("unknown {what} `{}`", id.value),
                &format!(
                    "use one defined in spec/taxonomy.yaml: {}",
                    known.join(", ")
                ),
            );
        }
        found
    }

    fn texts(&mut self, path: &str, c: &CodeSpec) {
        let at = c.name.referenced;
        for (field, text) in [("summary", &c.summary), ("cause", &c.cause)] {
            if text.trim().is_empty() {
                self.error(
                    place(path, at),
                    format!("code `{}` has an empty `{field}`", c.name.value),
                    "write a short sentence in your own words, or a short attributed quote",
                );
            }
        }
        if c.when.value.is_empty() || c.when.value.iter().any(|w| w.trim().is_empty()) {
            self.error(
                place(path, c.when.referenced),
                format!(
                    "code `{}` needs at least one non-empty `when` item",
                    c.name.value
                ),
                "list when the code occurs, one situation per item",
            );
        }
    }
}

fn show(value: &Value) -> String {
    match value {
        Value::Integer(i) => i.to_string(),
        Value::String(s) => format!("`{s}`"),
    }
}

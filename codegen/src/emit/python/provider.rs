//! One provider's module: an `IntEnum` or `StrEnum` per code set, with `info`, the lookups
//! `from_value` and `from_name` (None for what the catalog does not know), the link to the
//! equivalent code and the failure flag, and the table of each code's `CodeInfo`.

use super::names::{self, equivalent_table, info_table, linked_type, member, type_name};
use super::taxonomy::schedule_literal;
use super::{
    class_assignment, comment_line, from_import, header, optional, seq, string, value_literal,
};
use crate::model::*;
use std::fmt::Write;

/// The module of provider `pi`.
pub fn module(catalog: &Catalog, pi: usize) -> String {
    let provider = &catalog.providers[pi];
    let mut out = header(&format!("The code sets of provider `{}`.", provider.id.raw));
    out.push('\n');
    let sets = &provider.code_sets;
    let codes = || sets.iter().flat_map(|s| &s.codes);
    let mut bases = Vec::new();
    if sets.iter().any(|s| s.values == ValueKind::Integer) {
        bases.push("IntEnum");
    }
    if sets.iter().any(|s| s.values == ValueKind::String) {
        bases.push("StrEnum");
    }
    if !bases.is_empty() {
        out.push_str(&from_import("enum", &bases));
    }
    out.push_str("from typing import Final\n\n");
    let linked: Vec<String> = names::imported(catalog, pi)
        .into_iter()
        .map(names::module)
        .collect();
    if !linked.is_empty() {
        let linked: Vec<&str> = linked.iter().map(String::as_str).collect();
        out.push_str(&from_import(&package(catalog), &linked));
    }
    // Only what the module uses: ruff refuses an unused import.
    let mut used = vec![
        "Basis",
        "Category",
        "CodeInfo",
        "RetryPolicy",
        "Terminality",
    ];
    if codes().any(|c| c.schedule.is_some()) {
        used.extend(["Jitter", "RetrySchedule"]);
    }
    if codes().any(|c| c.runtime_signal.is_some()) {
        used.push("RuntimeSignal");
    }
    if codes().any(|c| {
        c.runtime_signal
            .as_ref()
            .is_some_and(|s| !s.values.is_empty())
    }) {
        used.push("SignalValue");
    }
    let taxonomy = format!("{}.{}", package(catalog), names::TAXONOMY_MODULE);
    out.push_str(&from_import(&taxonomy, &used));
    for set in sets {
        enum_class(&mut out, catalog, pi, set);
        info_dict(&mut out, catalog, pi, set);
    }
    out
}

fn package(catalog: &Catalog) -> String {
    names::import_package(catalog)
}

/// The enum class of one code set.
fn enum_class(out: &mut String, catalog: &Catalog, pi: usize, set: &CodeSet) {
    let ty = type_name(set);
    let (base, wire) = match set.values {
        ValueKind::Integer => ("IntEnum", "int"),
        ValueKind::String => ("StrEnum", "str"),
    };
    let _ = write!(
        out,
        "\n\n{}\n{}\nclass {ty}({base}):\n    \"\"\"A code set of provider `{}`: `{}`.\"\"\"\n",
        comment_line(&set.summary),
        comment_line(&set.source.describe()),
        catalog.providers[pi].id.raw,
        set.id.raw,
    );
    for code in &set.codes {
        let _ = write!(
            out,
            "\n    {}\n{}",
            comment_line(&code.summary),
            class_assignment(&member(code), &value_literal(&code.value))
        );
    }
    let table = info_table(set);
    let _ = write!(
        out,
        r#"
    @property
    def info(self) -> CodeInfo:
        """Everything the catalog says about the code."""
        return {table}[self.name]
"#
    );
    if let Some(target) = set.links_to {
        let linked = linked_type(catalog, pi, target);
        let _ = write!(
            out,
            r#"
    @property
    def protocol_equivalent(self) -> {linked} | None:
        """The equivalent code in the linked code set, if any."""
        name = {}.get(self.name)
        return None if name is None else {linked}[name]
"#,
            equivalent_table(set)
        );
    }
    if set.has_failure_flag {
        let _ = write!(
            out,
            r#"
    @property
    def is_failure(self) -> bool:
        """The provider SDK's own verdict on whether this status is a failure."""
        return {table}[self.name].failure is True
"#
        );
    }
    let _ = write!(
        out,
        r#"
    @staticmethod
    def from_value(value: {wire}) -> {ty} | None:
        """The code with this wire value, or None for a value the catalog does not know."""
        try:
            return {ty}(value)
        except ValueError:
            return None

    @staticmethod
    def from_name(name: str) -> {ty} | None:
        """The code with this upstream name (case-sensitive), or None."""
        for code in {ty}:
            if {table}[code.name].name == name:
                return code
        return None
"#
    );
}

/// The module-level tables of one code set: each code's `CodeInfo`, and its links.
fn info_dict(out: &mut String, catalog: &Catalog, pi: usize, set: &CodeSet) {
    let _ = write!(out, "\n\n{}: Final = {{\n", info_table(set));
    for code in &set.codes {
        code_info(out, catalog, pi, set, code);
    }
    out.push_str("}\n");
    if set.links_to.is_some() {
        equivalents(out, catalog, set);
    }
}

/// One code's `"MEMBER": CodeInfo(...)` entry, one keyword argument per line.
fn code_info(out: &mut String, catalog: &Catalog, pi: usize, set: &CodeSet, code: &Code) {
    let provider = &catalog.providers[pi];
    let tax = &catalog.taxonomy;
    let strings = |items: &[String]| items.iter().map(|s| string(s)).collect::<Vec<_>>();
    let _ = writeln!(out, "    {}: CodeInfo(", string(&member(code)));
    let line = |out: &mut String, key: &str, value: String| {
        for part in ["        ", key, "=", &value, ",\n"] {
            out.push_str(part);
        }
    };
    line(out, "provider", string(&provider.id.raw));
    line(out, "code_set", string(&set.id.raw));
    line(out, "value", value_literal(&code.value));
    line(out, "name", string(&set.upstream_name(code)));
    line(out, "catalog_name", string(&code.name.raw));
    line(out, "summary", string(&code.summary));
    line(out, "cause", string(&code.cause));
    out.push_str(&seq(8, "when", &strings(&code.when)));
    line(
        out,
        "category",
        format!(
            "Category.{}",
            names::term_member(&tax.categories[code.category])
        ),
    );
    line(
        out,
        "retry_policy",
        format!(
            "RetryPolicy.{}",
            names::term_member(&tax.retry_policies[code.retry])
        ),
    );
    line(out, "retry_basis", basis(code.retry_basis));
    line(
        out,
        "retry_schedule",
        schedule_literal(8, code.schedule.as_ref()),
    );
    line(
        out,
        "runtime_signal",
        signal_literal(code.runtime_signal.as_ref()),
    );
    line(out, "terminality", terminality(&code.terminal));
    line(
        out,
        "terminal_condition",
        optional(code.terminal.condition()),
    );
    line(out, "terminal_basis", basis(code.terminal_basis));
    line(out, "user_message", string(&code.user_message));
    line(
        out,
        "user_message_key",
        string(&set.message_key(provider, code)),
    );
    out.push_str(&seq(8, "remediation", &strings(&code.remediation)));
    out.push_str(&seq(8, "causes", &strings(&code.causes)));
    out.push_str(&seq(8, "references", &strings(&code.references)));
    line(out, "since", optional(code.since.as_deref()));
    line(out, "rationale", optional(code.rationale.as_deref()));
    line(out, "deprecated", optional(code.deprecated.as_deref()));
    line(
        out,
        "failure",
        code.failure.map_or("None".into(), |f| {
            if f { "True".into() } else { "False".into() }
        }),
    );
    let equivalent = code
        .protocol_equivalent
        .map(|r| value_literal(&catalog.code(r).2.value));
    line(
        out,
        "protocol_equivalent",
        equivalent.unwrap_or_else(|| "None".into()),
    );
    out.push_str("    ),\n");
}

/// The table of a linked set's links: member name to the linked member's name.
fn equivalents(out: &mut String, catalog: &Catalog, set: &CodeSet) {
    let _ = writeln!(out, "{}: Final = {{", equivalent_table(set));
    for code in &set.codes {
        if let Some(r) = code.protocol_equivalent {
            let _ = writeln!(
                out,
                "    {}: {},",
                string(&member(code)),
                string(&member(catalog.code(r).2))
            );
        }
    }
    out.push_str("}\n");
}

fn basis(b: Basis) -> String {
    match b {
        Basis::Provider => "Basis.PROVIDER".into(),
        Basis::Catalog => "Basis.CATALOG".into(),
    }
}

fn terminality(t: &Terminality) -> String {
    format!("Terminality.{}", t.as_str().to_uppercase())
}

/// A runtime signal as a call at indent 8, or `None`.
fn signal_literal(s: Option<&RuntimeSignal>) -> String {
    let Some(s) = s else {
        return "None".into();
    };
    let overrides: Vec<String> = s.overrides.iter().map(|o| string(o.as_str())).collect();
    let values: Vec<String> = s
        .values
        .iter()
        .map(|v| {
            format!(
                "SignalValue(\n                    value={},\n                    means={},\n                )",
                string(&v.value),
                string(&v.means)
            )
        })
        .collect();
    format!(
        "RuntimeSignal(\n            name={},\n{}{}            meaning={},\n        )",
        string(&s.name),
        seq(12, "overrides", &overrides),
        seq(12, "values", &values),
        optional(s.meaning.as_deref()),
    )
}

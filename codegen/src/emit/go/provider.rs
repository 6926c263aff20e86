//! A provider's package: per code set, a type with a constant per code, its lookups, its
//! methods (`String`, `WireValue`, `Info`, `IsFailure`) and its table of `errorcatalog.Info`.

use super::names::{ROOT_PACKAGE, constant, module_path, package, set_functions, table, type_name};
use super::root::{INFO_FIELDS, schedule_literal};
use super::{comment, header, string};
use crate::model::*;
use std::fmt::Write;

/// The provider's one file.
pub fn file(catalog: &Catalog, pi: usize) -> String {
    let provider = &catalog.providers[pi];
    let mut out = header();
    let _ = writeln!(
        out,
        "// Package {pkg} has the error codes of {}, one type per code set.\npackage {pkg}\n\nimport (\n\t\"fmt\"\n\n\t{ROOT_PACKAGE} {}\n)",
        comment(&provider.name),
        string(&module_path(catalog)),
        pkg = package(provider),
    );
    for set in &provider.code_sets {
        out.push('\n');
        code_set(&mut out, catalog, provider, set);
    }
    out
}

fn code_set(out: &mut String, catalog: &Catalog, provider: &Provider, set: &CodeSet) {
    let ty = type_name(set);
    let (wire, zero, verb) = match set.values {
        ValueKind::Integer => ("int32", "0", "%d"),
        ValueKind::String => ("string", "\"\"", "%q"),
    };
    let _ = writeln!(
        out,
        "// {ty}: {}\n//\n// {}\ntype {ty} {wire}\n\n// Every {ty}, in upstream order.\nconst (",
        comment(&set.summary),
        comment(&set.source.describe())
    );
    // Every function below names the constants: case each once.
    let constants: Vec<String> = set.codes.iter().map(|c| constant(set, c)).collect();
    for (i, (code, name)) in set.codes.iter().zip(&constants).enumerate() {
        if i > 0 {
            out.push('\n');
        }
        let value = match &code.value {
            Value::Integer(v) => v.to_string(),
            Value::String(v) => string(v),
        };
        let summary = comment(&code.summary);
        push_all(
            out,
            &["\t// ", name, ": ", &summary, "\n\t", name, " ", &ty, " = "],
        );
        push_all(out, &[&value, "\n"]);
    }
    out.push_str(")\n\n");
    let [from_value, from_name, values] = set_functions(set);
    let _ = writeln!(
        out,
        "// {from_value} returns the code with this wire value, and whether the catalog knows it.\nfunc {from_value}(value {wire}) ({ty}, bool) {{\n\tif c := {ty}(value); c.index() >= 0 {{\n\t\treturn c, true\n\t}}\n\treturn {zero}, false\n}}\n"
    );
    let _ = writeln!(
        out,
        "// {from_name} returns the code with this upstream name (case-sensitive), and whether\n// there is one.\nfunc {from_name}(name string) ({ty}, bool) {{\n\tswitch name {{"
    );
    for (code, name) in set.codes.iter().zip(&constants) {
        let upstream = string(&set.upstream_name(code));
        push_all(
            out,
            &["\tcase ", &upstream, ":\n\t\treturn ", name, ", true\n"],
        );
    }
    let _ = writeln!(out, "\t}}\n\treturn {zero}, false\n}}\n");
    let _ = writeln!(
        out,
        "// {values} returns every code, in upstream order.\nfunc {values}() []{ty} {{\n\treturn []{ty}{{"
    );
    for name in &constants {
        push_all(out, &["\t\t", name, ",\n"]);
    }
    out.push_str("\t}\n}\n\n");
    let conversion = match set.values {
        ValueKind::Integer => "int32(c)",
        ValueKind::String => "string(c)",
    };
    let table = table(set);
    let _ = writeln!(
        out,
        "// String returns the name exactly as upstream spells it, or {ty}(value) for a value the\n// catalog does not know.\nfunc (c {ty}) String() string {{\n\tif i := c.index(); i >= 0 {{\n\t\treturn {table}[i].UpstreamName\n\t}}\n\treturn fmt.Sprintf(\"{ty}({verb})\", {conversion})\n}}\n"
    );
    let _ = writeln!(
        out,
        "// WireValue returns the wire value, an {wire}.\nfunc (c {ty}) WireValue() any {{ return {conversion} }}\n"
    );
    let _ = writeln!(
        out,
        "// Info returns everything the catalog says about the code, or nil for a value it does not\n// know. The Info is shared: read it, do not change it.\nfunc (c {ty}) Info() *{ROOT_PACKAGE}.Info {{\n\tif i := c.index(); i >= 0 {{\n\t\treturn &{table}[i]\n\t}}\n\treturn nil\n}}\n"
    );
    if set.has_failure_flag {
        failure(out, set, &constants, &ty);
    }
    let _ = writeln!(
        out,
        "// index is the code's row in {table}, or -1.\nfunc (c {ty}) index() int {{\n\tswitch c {{"
    );
    for (i, name) in constants.iter().enumerate() {
        push_all(
            out,
            &["\tcase ", name, ":\n\t\treturn ", &i.to_string(), "\n"],
        );
    }
    out.push_str("\t}\n\treturn -1\n}\n\n");
    let _ = writeln!(out, "var {table} = [...]{ROOT_PACKAGE}.Info{{");
    for code in &set.codes {
        info(out, catalog, provider, set, code);
    }
    out.push_str("}\n");
}

fn failure(out: &mut String, set: &CodeSet, constants: &[String], ty: &str) {
    let failing: Vec<&str> = set
        .codes
        .iter()
        .zip(constants)
        .filter(|(c, _)| c.failure == Some(true))
        .map(|(_, name)| name.as_str())
        .collect();
    let _ = writeln!(
        out,
        "// IsFailure returns the provider SDK's own verdict on whether this status is a failure.\nfunc (c {ty}) IsFailure() bool {{"
    );
    if failing.is_empty() {
        out.push_str("\treturn false\n}\n\n");
    } else {
        let _ = writeln!(
            out,
            "\tswitch c {{\n\tcase {}:\n\t\treturn true\n\t}}\n\treturn false\n}}\n",
            failing.join(", ")
        );
    }
}

/// One code's `errorcatalog.Info` literal: every field on one line, aligned as gofmt aligns them.
fn info(out: &mut String, catalog: &Catalog, provider: &Provider, set: &CodeSet, code: &Code) {
    let tax = &catalog.taxonomy;
    let root = ROOT_PACKAGE;
    let opt = |s: Option<&str>| string(s.unwrap_or(""));
    let link = code.protocol_equivalent.map(|r| {
        let (p, s, c) = catalog.code(r);
        format!("{}/{}/{}", p.id.raw, s.id.raw, c.name.raw)
    });
    let values: [String; 24] = [
        string(&provider.id.raw),
        string(&set.id.raw),
        string(&code.name.raw),
        string(&set.upstream_name(code)),
        string(&code.summary),
        string(&code.cause),
        list(&code.when),
        format!(
            "{root}.{}",
            super::names::term_constant("Category", &tax.categories[code.category])
        ),
        format!(
            "{root}.{}",
            super::names::term_constant("RetryPolicy", &tax.retry_policies[code.retry])
        ),
        basis(code.retry_basis),
        terminality(&code.terminal),
        opt(code.terminal.condition()),
        basis(code.terminal_basis),
        string(&code.user_message),
        string(&set.message_key(provider, code)),
        list(&code.remediation),
        list(&code.causes),
        list(&code.references),
        opt(code.since.as_deref()),
        schedule_literal(code.schedule.as_ref(), &format!("{root}.")),
        signal(code.runtime_signal.as_ref()),
        opt(code.rationale.as_deref()),
        opt(code.deprecated.as_deref()),
        opt(link.as_deref()),
    ];
    let width = INFO_FIELDS
        .iter()
        .map(|(n, _, _)| n.len())
        .max()
        .unwrap_or(0);
    out.push_str("\t{\n");
    for ((name, _, _), value) in INFO_FIELDS.iter().zip(values) {
        push_all(out, &["\t\t", name, ":"]);
        for _ in name.len()..width {
            out.push(' ');
        }
        push_all(out, &[" ", &value, ",\n"]);
    }
    out.push_str("\t},\n");
}

/// Appends each of `parts`.
fn push_all(out: &mut String, parts: &[&str]) {
    for part in parts {
        out.push_str(part);
    }
}

fn list(items: &[String]) -> String {
    if items.is_empty() {
        return "nil".into();
    }
    let mut out = String::from("[]string{");
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(&string(item));
    }
    out.push('}');
    out
}

fn basis(b: Basis) -> String {
    match b {
        Basis::Provider => format!("{ROOT_PACKAGE}.BasisProvider"),
        Basis::Catalog => format!("{ROOT_PACKAGE}.BasisCatalog"),
    }
}

fn terminality(t: &Terminality) -> String {
    let member = match t {
        Terminality::Terminal => "Terminal",
        Terminality::NotTerminal => "NotTerminal",
        Terminality::Depends { .. } => "Depends",
    };
    format!("{ROOT_PACKAGE}.Terminality{member}")
}

/// `&errorcatalog.RuntimeSignal{...}` on one line, or `nil`.
fn signal(s: Option<&RuntimeSignal>) -> String {
    let Some(s) = s else {
        return "nil".into();
    };
    let overrides: Vec<String> = s.overrides.iter().map(|o| string(o.as_str())).collect();
    let values: Vec<String> = s
        .values
        .iter()
        .map(|v| {
            format!(
                "{{Value: {}, Means: {}}}",
                string(&v.value),
                string(&v.means)
            )
        })
        .collect();
    let values = if values.is_empty() {
        "nil".to_owned()
    } else {
        format!("[]{ROOT_PACKAGE}.SignalValue{{{}}}", values.join(", "))
    };
    format!(
        "&{ROOT_PACKAGE}.RuntimeSignal{{Name: {}, Overrides: []string{{{}}}, Values: {values}, Meaning: {}}}",
        string(&s.name),
        overrides.join(", "),
        string(s.meaning.as_deref().unwrap_or(""))
    )
}

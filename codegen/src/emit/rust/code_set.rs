//! `src/{provider}.rs`: one enum per code set, with its docs, doc test, inherent impl and trait
//! impls.

use super::code_set_impl as members;
use super::example::example;
use super::{doc, docs, notice, type_name, variant_name};
use crate::model::*;

/// The whole of one provider's file.
pub fn provider_rs(catalog: &Catalog, provider: &Provider) -> String {
    let mut out = format!("// {}\n\n", notice());
    out.push_str(&format!(
        "//! {}\n",
        doc(&format!("{} error codes.", provider.name))
    ));
    for set in &provider.code_sets {
        code_set(&mut out, catalog, provider, set);
    }
    out
}

/// Everything generated for one code set, in the order the file declares it.
fn code_set(out: &mut String, catalog: &Catalog, provider: &Provider, set: &CodeSet) {
    let ty = type_name(set);
    let integer = set.values == ValueKind::Integer;
    // Every member names the variants: case each code's name once.
    let variants: Vec<String> = set.codes.iter().map(variant_name).collect();
    // Each part appended as it is made: the parts of a large set are megabytes.
    for part in [
        enum_docs(catalog, provider, set),
        enum_decl(set, &ty, &variants),
        format!("impl {ty} {{\n"),
        members::tables(catalog, provider, set, &variants),
        members::lookups(&variants, integer),
        members::values(set, &variants, integer),
        members::names(set, &variants),
        members::accessors(),
        members::protocol_equivalent(catalog, provider, set, &variants),
        members::failure(set, &variants),
        "}\n".to_owned(),
        members::wire_conversions(&ty, integer),
        members::name_conversions(&ty),
        members::error_code_impl(provider, set, &ty, integer),
    ] {
        out.push_str(&part);
    }
}

/// The enum's summary, its source, and a doc test derived from the spec.
fn enum_docs(catalog: &Catalog, provider: &Provider, set: &CodeSet) -> String {
    let mut lines = vec![
        doc(&set.summary),
        String::new(),
        doc(&set.source.describe()),
    ];
    lines.extend(example(catalog, provider, set));
    docs("", &lines.iter().map(String::as_str).collect::<Vec<_>>())
}

/// `pub enum`, one variant per code with its docs; integer sets carry their wire values.
fn enum_decl(set: &CodeSet, ty: &str, variants: &[String]) -> String {
    let mut out =
        String::from("#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]\n#[non_exhaustive]\n");
    if set.values == ValueKind::Integer {
        out.push_str("#[repr(i32)]\n");
    }
    out.push_str(&format!("pub enum {ty} {{\n"));
    for (code, v) in set.codes.iter().zip(variants) {
        out.push_str(&variant_docs(code));
        match code.value {
            Value::Integer(i) => out.push_str(&format!("    {v} = {i},\n")),
            Value::String(_) => out.push_str(&format!("    {v},\n")),
        }
    }
    out.push_str("}\n");
    out
}

/// A variant's docs: summary, cause, wire value and any deprecation.
fn variant_docs(code: &Code) -> String {
    let value = match &code.value {
        Value::Integer(i) => format!("Wire value {i}."),
        Value::String(s) => format!("Wire value \"{}\".", doc(s)),
    };
    let (summary, cause) = (doc(&code.summary), doc(&code.cause));
    let mut lines = vec![summary.as_str(), "", cause.as_str(), "", value.as_str()];
    let deprecated = code
        .deprecated
        .as_ref()
        .map(|d| format!("Deprecated upstream: {}", doc(d)));
    if let Some(d) = &deprecated {
        lines.extend(["", d.as_str()]);
    }
    docs("    ", &lines)
}

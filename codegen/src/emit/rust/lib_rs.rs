//! `src/lib.rs`: the crate docs, one module per provider, the taxonomy enums, the shared types
//! and the `CODE_SETS` registry.

use super::layout::{arm, array, field};
use super::{doc, docs, lib_name, module, notice, shared_types, string, term_variant, type_name};
use crate::emit::text;
use crate::model::*;

/// The whole of `lib.rs`.
pub fn lib_rs(catalog: &Catalog) -> String {
    let mut out = format!("// {}\n\n", notice());
    out.push_str(&crate_docs(catalog));
    out.push_str("#![no_std]\n#![forbid(unsafe_code)]\n#![deny(missing_docs)]\n");
    out.push_str(&provider_modules(catalog));
    out.push_str(&term_enum(
        "Category",
        text::CATEGORY,
        &catalog.taxonomy.categories,
    ));
    out.push_str(&term_enum(
        "RetryPolicy",
        text::RETRY_POLICY,
        &catalog.taxonomy.retry_policies,
    ));
    out.push_str(&shared_types::all());
    out.push_str(&code_sets_registry(catalog));
    out
}

/// The crate's `//!` docs: what it is, the `ErrorCode` example, and what this catalog holds.
fn crate_docs(catalog: &Catalog) -> String {
    format!(
        r#"//! Error codes of real-time audio/video providers, with what causes them and how to retry.
//!
//! Every provider is a module and every upstream enum (a *code set*) a `#[non_exhaustive]` enum in it. Each converts losslessly from and to its wire value (`from_value`, `value`, `TryFrom`) and its upstream name (`from_name`, `name`, `FromStr`, `Display`), and carries the provider's description and the catalog's classification: [`Category`], [`RetryPolicy`], whether the session ends, and where each of those comes from ([`Basis`]).
//!
//! Every code set implements [`ErrorCode`], so a retry or messaging policy can be written once for codes from any provider.
//!
//! ```
//! use {lib}::{{ErrorCode, RetryPolicy}};
//!
//! fn should_retry(code: &dyn ErrorCode) -> bool {{
//!     code.retry_policy() == RetryPolicy::{retry}
//! }}
//! ```
//!
//! {providers} providers ({names}), {sets} code sets, {codes} codes. This crate is generated from the catalog's YAML spec; the same codes exist as TypeScript and Kotlin bindings.
"#,
        lib = lib_name(catalog),
        retry = example_retry_policy(catalog),
        providers = catalog.providers.len(),
        names = doc(&text::provider_names(catalog)),
        sets = catalog.code_set_count(),
        codes = catalog.code_count(),
    )
}

/// The retry policy the crate example names: `backoff` where the taxonomy has it, else its first
/// policy, so the example compiles for any catalog.
fn example_retry_policy(catalog: &Catalog) -> String {
    let policies = &catalog.taxonomy.retry_policies;
    policies
        .iter()
        .find(|t| t.id.raw == "backoff")
        .or(policies.first())
        .map(term_variant)
        .unwrap_or_default()
}

/// `pub mod livekit;` and its doc line, for every provider.
fn provider_modules(catalog: &Catalog) -> String {
    let mut out = String::new();
    for p in &catalog.providers {
        let summary = format!("{}: {} code sets.", p.name, p.code_sets.len());
        out.push_str(&docs("", &[&doc(&summary)]));
        out.push_str(&format!("pub mod {};\n", module(p)));
    }
    out
}

/// A taxonomy enum (`Category`, `RetryPolicy`): its variants, accessors and `Display`.
fn term_enum(name: &str, summary: &str, terms: &[Term]) -> String {
    let variants: Vec<String> = terms.iter().map(term_variant).collect();
    let mut out = docs("", &[summary]);
    out.push_str("#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]\n");
    out.push_str(&format!("#[non_exhaustive]\npub enum {name} {{\n"));
    for (t, v) in terms.iter().zip(&variants) {
        let title = format!("{}.", doc(&t.title));
        out.push_str(&docs("    ", &[&title, "", &doc(&t.meaning)]));
        out.push_str(&format!("    {v},\n"));
    }
    out.push_str(&format!("}}\nimpl {name} {{\n"));
    out.push_str("    /// Every value, in the order the taxonomy defines them.\n");
    let all: Vec<String> = variants.iter().map(|v| format!("Self::{v}")).collect();
    out.push_str(&array(
        4,
        "pub const ALL: &'static [Self] =",
        &all,
        ";",
        false,
    ));
    out.push_str(&term_accessor(
        text::term::ID,
        "id",
        &variants,
        terms,
        |t| &t.id.raw,
    ));
    out.push_str(&term_accessor(
        text::term::TITLE,
        "title",
        &variants,
        terms,
        |t| &t.title,
    ));
    out.push_str(&term_accessor(
        text::term::MEANING,
        "meaning",
        &variants,
        terms,
        |t| &t.meaning,
    ));
    out.push_str("    /// The value with this id.\n    pub fn from_id(id: &str) -> Option<Self> {\n        match id {\n");
    for (t, v) in terms.iter().zip(&variants) {
        out.push_str(&arm(12, &string(&t.id.raw), &format!("Some(Self::{v})")));
    }
    out.push_str("            _ => None,\n        }\n    }\n}\n");
    out.push_str(&format!(
        "impl core::fmt::Display for {name} {{\n    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {{\n        f.write_str(self.id())\n    }}\n}}\n"
    ));
    out
}

/// `pub const fn {name}(self) -> &'static str`, one string per term.
fn term_accessor(
    summary: &str,
    name: &str,
    variants: &[String],
    terms: &[Term],
    value: fn(&Term) -> &str,
) -> String {
    let mut out = format!(
        "    /// {summary}\n    pub const fn {name}(self) -> &'static str {{\n        match self {{\n"
    );
    for (t, v) in terms.iter().zip(variants) {
        out.push_str(&arm(12, &format!("Self::{v}"), &string(value(t))));
    }
    out.push_str("        }\n    }\n");
    out
}

/// `CODE_SETS`: every code set of every provider, in catalog order.
fn code_sets_registry(catalog: &Catalog) -> String {
    let sets: Vec<(&Provider, &CodeSet)> = catalog
        .providers
        .iter()
        .flat_map(|p| p.code_sets.iter().map(move |s| (p, s)))
        .collect();
    let mut out = String::from("/// Every code set of every provider, in catalog order.\n");
    // A lone element hugs the brackets, as rustfmt writes a one-element array.
    let (open, indent, close) = match sets.len() {
        0 => return out + "pub const CODE_SETS: &[CodeSet] = &[];\n",
        1 => (
            "pub const CODE_SETS: &[CodeSet] = &[CodeSet {\n",
            4,
            "}];\n",
        ),
        _ => ("pub const CODE_SETS: &[CodeSet] = &[\n", 8, "];\n"),
    };
    out.push_str(open);
    for (p, set) in sets {
        let path = format!("{}::{}", module(p), type_name(set));
        let mut fields = field(indent, "provider", &string(&p.id.raw));
        fields += &field(indent, "id", &string(&set.id.raw));
        fields += &field(indent, "len", &format!("{path}::COUNT"));
        fields += &field(indent, "lookup", &format!("{path}::lookup"));
        fields += &field(indent, "lookup_name", &format!("{path}::lookup_name"));
        if indent == 4 {
            out.push_str(&fields);
        } else {
            out.push_str(&format!("    CodeSet {{\n{fields}    }},\n"));
        }
    }
    out.push_str(close);
    out
}

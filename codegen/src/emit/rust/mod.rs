//! The Rust crate under `generated/rust`: zero dependencies, `no_std`, one enum per code set.
//!
//! Written as text, like the other targets: building tokens with `quote!` and printing them with
//! `prettyplease` cost 130 µs per code (a 10,000-code catalog took 1.3 s in this emitter alone)
//! and two syn builds on every cold start. Validity is checked instead: the crate is compiled,
//! clippy-linted and doc-tested on every `cargo xtask test`, the hostile fixture included.
//! Spec strings become literals through [`string`], the one escaping function for Rust string
//! data; doc comments are Markdown, so their text goes through [`super::docs::escape`].

pub mod names;

use super::docs::escape as doc;
use super::{Files, is_invisible, notice};
use crate::model::*;
pub use names::variant_name;
use names::{module, module_file, term_variant, type_name};
use std::fmt::Write;

/// The crate's package name.
pub const PACKAGE: &str = "rtc-error-catalog";

/// Every file of the Rust crate.
pub fn emit(catalog: &Catalog) -> Files {
    let mut files = Files::new();
    files.insert("rust/Cargo.toml".into(), cargo_toml());
    // The files are laid out here; `cargo fmt` on the workspace must leave them be.
    files.insert(
        "rust/rustfmt.toml".into(),
        format!("# {}\ndisable_all_formatting = true\n", notice()),
    );
    files.insert("rust/src/lib.rs".into(), lib_rs(catalog));
    for (pi, provider) in catalog.providers.iter().enumerate() {
        files.insert(
            format!("rust/src/{}.rs", module_file(provider)),
            provider_rs(catalog, pi),
        );
    }
    files
}

/// A Rust string literal: the one escaping function for string data.
///
/// Escapes quotes, backslashes, every control character, and invisible or bidirectional format
/// characters (which rustc would rightly refuse to see unescaped in a literal).
pub fn string(text: &str) -> String {
    // Most text needs no escape: check once, then copy it whole.
    if !text
        .chars()
        .any(|c| matches!(c, '"' | '\\') || c.is_control() || is_invisible(c))
    {
        return format!("\"{text}\"");
    }
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() || is_invisible(c) => {
                let _ = write!(out, "\\u{{{:x}}}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Lines of a doc comment at `indent`, an empty string making an empty `///` line.
fn docs(out: &mut String, indent: &str, lines: &[&str]) {
    for line in lines {
        if line.is_empty() {
            let _ = writeln!(out, "{indent}///");
        } else {
            let _ = writeln!(out, "{indent}/// {line}");
        }
    }
}

fn basis(b: Basis) -> &'static str {
    match b {
        Basis::Provider => "crate::Basis::Provider",
        Basis::Catalog => "crate::Basis::Catalog",
    }
}

fn opt_str(s: Option<&str>) -> String {
    s.map(|s| format!("Some({})", string(s)))
        .unwrap_or_else(|| "None".into())
}

fn cargo_toml() -> String {
    format!(
        r#"# {notice}
[package]
name = "{PACKAGE}"
version = "0.1.0"
edition = "2021"
rust-version = "1.81"
description = "Error codes of real-time audio/video providers (LiveKit, Jitsi, Amazon Chime, Amazon IVS, SpatialReal), with causes and retry guidance."
license = "MIT OR Apache-2.0"
keywords = ["webrtc", "error-codes", "livekit", "chime", "no-std"]
categories = ["no-std", "api-bindings"]

[lib]
name = "rtc_error_catalog"
path = "src/lib.rs"

[dependencies]
"#,
        notice = notice()
    )
}

fn lib_rs(catalog: &Catalog) -> String {
    let mut out = format!("// {}\n\n", notice());
    out.push_str(
        r#"//! Error codes of real-time audio/video providers, with what causes them and how to retry.
//!
//! Every provider is a module and every upstream enum (a *code set*) a `#[non_exhaustive]` enum in it. Each converts losslessly from and to its wire value (`from_value`, `value`, `TryFrom`) and its upstream name (`from_name`, `name`, `FromStr`, `Display`), and carries the provider's description and the catalog's classification: [`Category`], [`RetryPolicy`], whether the session ends, and where each of those comes from ([`Basis`]).
//!
//! Every code set implements [`ErrorCode`], so a retry or messaging policy can be written once for codes from any provider.
//!
//! ```
//! use rtc_error_catalog::{ErrorCode, RetryPolicy};
//!
//! fn should_retry(code: &dyn ErrorCode) -> bool {
//!     matches!(code.retry_policy(), RetryPolicy::Backoff | RetryPolicy::RefreshCredentials)
//! }
//! ```
//!
"#,
    );
    let _ = writeln!(
        out,
        "//! {} providers, {} code sets, {} codes. This crate is generated from the catalog's YAML spec; the same codes exist as TypeScript and Kotlin bindings.",
        catalog.providers.len(),
        catalog.code_set_count(),
        catalog.code_count()
    );
    out.push_str("#![no_std]\n#![forbid(unsafe_code)]\n#![deny(missing_docs)]\n");
    for p in &catalog.providers {
        docs(
            &mut out,
            "",
            &[&doc(&format!(
                "{}: {} code sets.",
                p.name,
                p.code_sets.len()
            ))],
        );
        let _ = writeln!(out, "pub mod {};", module(p));
    }
    term_enum(
        &mut out,
        "Category",
        "What kind of event a code reports, the same across providers (the catalog's own taxonomy).",
        &catalog.taxonomy.categories,
    );
    term_enum(
        &mut out,
        "RetryPolicy",
        "What an app should do about a code, the same across providers (the catalog's own taxonomy).",
        &catalog.taxonomy.retry_policies,
    );
    out.push_str(SHARED_TYPES);
    out.push_str("/// Every code set of every provider, in catalog order.\npub const CODE_SETS: &[CodeSet] = &[\n");
    for p in &catalog.providers {
        for set in &p.code_sets {
            let path = format!("{}::{}", module(p), type_name(set));
            let _ = writeln!(
                out,
                "    CodeSet {{\n        provider: {},\n        id: {},\n        len: {path}::COUNT,\n        lookup: {path}::lookup,\n        lookup_name: {path}::lookup_name,\n    }},",
                string(&p.id.raw),
                string(&set.id.raw)
            );
        }
    }
    out.push_str("];\n");
    out
}

/// The types every code set shares; constant text, written once.
const SHARED_TYPES: &str = r#"/// Where a code's retry policy or terminal flag comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Basis {
    /// The provider documents it, or its SDK implements it.
    Provider,
    /// The catalog's own classification; the code's `rationale` says why.
    Catalog,
}
/// A wire value as the provider sends it: an integer or a string.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum WireValue<'a> {
    /// An integer code.
    Integer(i32),
    /// A string code.
    String(&'a str),
}
impl core::fmt::Display for WireValue<'_> {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        match self {
            WireValue::Integer(v) => core::fmt::Display::fmt(v, f),
            WireValue::String(v) => f.write_str(v),
        }
    }
}
/// What the catalog says about one code; every accessor of a code set reads from it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct CodeInfo {
    /// The name exactly as upstream spells it.
    pub name: &'static str,
    /// One short sentence.
    pub summary: &'static str,
    /// What causes it.
    pub cause: &'static str,
    /// When it occurs.
    pub when: &'static [&'static str],
    /// The catalog's category.
    pub category: Category,
    /// What an app should do.
    pub retry_policy: RetryPolicy,
    /// Where the retry policy comes from.
    pub retry_basis: Basis,
    /// Whether the session ends when this code is reported.
    pub terminal: bool,
    /// Where the terminal flag comes from.
    pub terminal_basis: Basis,
    /// Why the catalog classified it so, where the basis is the catalog.
    pub rationale: Option<&'static str>,
    /// Set when upstream deprecates the code.
    pub deprecated: Option<&'static str>,
    /// The provider SDK's own failure verdict, for code sets that have one.
    pub failure: Option<bool>,
}
/// The interface every code set implements, for policies written once for all providers.
pub trait ErrorCode: core::fmt::Debug {
    /// The provider's id, e.g. `livekit`.
    fn provider(&self) -> &'static str;
    /// The code set's id, e.g. `disconnect_reason`.
    fn code_set(&self) -> &'static str;
    /// The wire value.
    fn wire_value(&self) -> WireValue<'static>;
    /// The equivalent code in the linked code set, if any.
    fn equivalent(&self) -> Option<&'static dyn ErrorCode>;
    /// Everything the catalog says about the code.
    fn info(&self) -> &'static CodeInfo;
    /// The name exactly as upstream spells it.
    fn name(&self) -> &'static str {
        self.info().name
    }
    /// One short sentence.
    fn summary(&self) -> &'static str {
        self.info().summary
    }
    /// The catalog's category.
    fn category(&self) -> Category {
        self.info().category
    }
    /// What an app should do.
    fn retry_policy(&self) -> RetryPolicy {
        self.info().retry_policy
    }
    /// Whether the session ends when this code is reported.
    fn is_terminal(&self) -> bool {
        self.info().terminal
    }
}
/// One code set, for tools that handle every provider's codes generically.
#[derive(Debug, Clone, Copy)]
pub struct CodeSet {
    /// The provider's id, e.g. `livekit`.
    pub provider: &'static str,
    /// The code set's id, e.g. `disconnect_reason`.
    pub id: &'static str,
    /// Number of codes.
    pub len: usize,
    /// The code with a wire value; `None` for a value the catalog does not know.
    pub lookup: fn(WireValue<'_>) -> Option<&'static dyn ErrorCode>,
    /// The code with an upstream name; `None` if there is none.
    pub lookup_name: fn(&str) -> Option<&'static dyn ErrorCode>,
}
/// The code with this wire value in `provider`'s code set `code_set`, if both exist.
pub fn lookup(
    provider: &str,
    code_set: &str,
    value: WireValue<'_>,
) -> Option<&'static dyn ErrorCode> {
    CODE_SETS
        .iter()
        .find(|s| s.provider == provider && s.id == code_set)
        .and_then(|s| (s.lookup)(value))
}
/// A wire value that no code of the set has: a newer provider release, or a bad input.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct UnknownValue<T> {
    /// The code set that was asked, e.g. `livekit/disconnect_reason`.
    pub code_set: &'static str,
    /// The value that matched no code.
    pub value: T,
}
impl<T: core::fmt::Display> core::fmt::Display for UnknownValue<T> {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        write!(f, "unknown {} value `{}`", self.code_set, self.value)
    }
}
impl<T: core::fmt::Display + core::fmt::Debug> core::error::Error for UnknownValue<T> {}
/// A name that no code of the set has.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct UnknownName {
    /// The code set that was asked, e.g. `livekit/disconnect_reason`.
    pub code_set: &'static str,
}
impl core::fmt::Display for UnknownName {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        write!(f, "unknown {} name", self.code_set)
    }
}
impl core::error::Error for UnknownName {}
"#;

fn term_enum(out: &mut String, name: &str, summary: &str, terms: &[Term]) {
    let variants: Vec<String> = terms.iter().map(term_variant).collect();
    docs(out, "", &[summary]);
    let _ = writeln!(
        out,
        "#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]\n#[non_exhaustive]\npub enum {name} {{"
    );
    for (t, v) in terms.iter().zip(&variants) {
        docs(
            out,
            "    ",
            &[&format!("{}.", doc(&t.title)), "", &doc(&t.meaning)],
        );
        let _ = writeln!(out, "    {v},");
    }
    let _ = writeln!(
        out,
        "}}\nimpl {name} {{\n    /// Every value, in the order the taxonomy defines them.\n    pub const ALL: &'static [Self] = &["
    );
    for v in &variants {
        let _ = writeln!(out, "        Self::{v},");
    }
    out.push_str("    ];\n");
    let mut accessor = |doc_line: &str, signature: &str, value: &dyn Fn(&Term) -> String| {
        let _ = writeln!(
            out,
            "    /// {doc_line}\n    pub const fn {signature} {{\n        match self {{"
        );
        for (t, v) in terms.iter().zip(&variants) {
            let _ = writeln!(out, "            Self::{v} => {},", value(t));
        }
        out.push_str("        }\n    }\n");
    };
    accessor(
        "The id used in the spec and in every binding, e.g. `network`.",
        "id(self) -> &'static str",
        &|t| string(&t.id.raw),
    );
    accessor(
        "A short human-readable name.",
        "title(self) -> &'static str",
        &|t| string(&t.title),
    );
    accessor(
        "One paragraph: what it means and what an app should do.",
        "meaning(self) -> &'static str",
        &|t| string(&t.meaning),
    );
    out.push_str("    /// The value with this id.\n    pub fn from_id(id: &str) -> Option<Self> {\n        match id {\n");
    for (t, v) in terms.iter().zip(&variants) {
        let _ = writeln!(out, "            {} => Some(Self::{v}),", string(&t.id.raw));
    }
    out.push_str("            _ => None,\n        }\n    }\n}\n");
    let _ = writeln!(
        out,
        "impl core::fmt::Display for {name} {{\n    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {{\n        f.write_str(self.id())\n    }}\n}}"
    );
}

fn provider_rs(catalog: &Catalog, pi: usize) -> String {
    let provider = &catalog.providers[pi];
    let mut out = format!("// {}\n\n", notice());
    let _ = writeln!(
        out,
        "//! {}",
        doc(&format!("{} error codes.", provider.name))
    );
    for set in &provider.code_sets {
        code_set(&mut out, catalog, provider, set);
    }
    out
}

fn code_set(out: &mut String, catalog: &Catalog, provider: &Provider, set: &CodeSet) {
    let tax = &catalog.taxonomy;
    let ty = type_name(set);
    let variants: Vec<String> = set.codes.iter().map(variant_name).collect();
    let path = string(&format!("{}/{}", provider.id.raw, set.id.raw));
    let integer = set.values == ValueKind::Integer;
    let count = set.codes.len();

    // The type, its docs and a doc test derived from the spec.
    let mut head = vec![
        doc(&set.summary),
        String::new(),
        doc(&set.source.describe()),
    ];
    head.extend(example(catalog, provider, set));
    docs(
        out,
        "",
        &head.iter().map(String::as_str).collect::<Vec<_>>(),
    );
    out.push_str("#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]\n#[non_exhaustive]\n");
    if integer {
        out.push_str("#[repr(i32)]\n");
    }
    let _ = writeln!(out, "pub enum {ty} {{");
    for (code, v) in set.codes.iter().zip(&variants) {
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
        docs(out, "    ", &lines);
        match code.value {
            Value::Integer(i) => {
                let _ = writeln!(out, "    {v} = {i},");
            }
            Value::String(_) => {
                let _ = writeln!(out, "    {v},");
            }
        }
    }
    out.push_str("}\n");

    // Inherent items: the table every accessor reads, lookups, conversions.
    let _ = writeln!(
        out,
        "impl {ty} {{\n    /// Every code, in upstream order.\n    pub const ALL: &'static [Self] = &["
    );
    for v in &variants {
        let _ = writeln!(out, "        Self::{v},");
    }
    let _ = writeln!(
        out,
        "    ];\n    /// Number of codes in the set.\n    pub const COUNT: usize = {count};\n    const INFO: [crate::CodeInfo; {count}] = ["
    );
    for code in &set.codes {
        let when: Vec<String> = code.when.iter().map(|w| string(w)).collect();
        let _ = writeln!(
            out,
            "        crate::CodeInfo {{\n            name: {},\n            summary: {},\n            cause: {},\n            when: &[{}],\n            category: crate::Category::{},\n            retry_policy: crate::RetryPolicy::{},\n            retry_basis: {},\n            terminal: {},\n            terminal_basis: {},\n            rationale: {},\n            deprecated: {},\n            failure: {},\n        }},",
            string(&set.upstream_name(code)),
            string(&code.summary),
            string(&code.cause),
            when.join(", "),
            term_variant(&tax.categories[code.category]),
            term_variant(&tax.retry_policies[code.retry]),
            basis(code.retry_basis),
            code.terminal,
            basis(code.terminal_basis),
            opt_str(code.rationale.as_deref()),
            opt_str(code.deprecated.as_deref()),
            code.failure
                .map_or("None".to_owned(), |f| format!("Some({f})")),
        );
    }
    out.push_str("    ];\n");
    // Variants without explicit values are numbered 0.. in order, so the index is the discriminant.
    if integer {
        out.push_str("    pub(crate) const fn index(self) -> usize {\n        match self {\n");
        for (i, v) in variants.iter().enumerate() {
            let _ = writeln!(out, "            Self::{v} => {i},");
        }
        out.push_str("        }\n    }\n");
    } else {
        out.push_str(
            "    pub(crate) const fn index(self) -> usize {\n        self as usize\n    }\n",
        );
    }
    let arm = if integer { "Integer" } else { "String" };
    let _ = writeln!(
        out,
        "    /// The code with this wire value, as a `'static` trait object.\n    pub fn lookup(value: crate::WireValue<'_>) -> Option<&'static dyn crate::ErrorCode> {{\n        match value {{\n            crate::WireValue::{arm}(v) => Self::from_value(v).map(|c| &Self::ALL[c.index()] as &'static dyn crate::ErrorCode),\n            _ => None,\n        }}\n    }}\n    /// The code with this upstream name, as a `'static` trait object.\n    pub fn lookup_name(name: &str) -> Option<&'static dyn crate::ErrorCode> {{\n        Self::from_name(name).map(|c| &Self::ALL[c.index()] as &'static dyn crate::ErrorCode)\n    }}"
    );
    if integer {
        out.push_str("    /// The wire value.\n    pub const fn value(self) -> i32 {\n        self as i32\n    }\n");
        out.push_str("    /// The code with this wire value; `None` for a value this catalog does not know.\n    pub const fn from_value(value: i32) -> Option<Self> {\n        match value {\n");
        for (code, v) in set.codes.iter().zip(&variants) {
            if let Value::Integer(i) = code.value {
                let _ = writeln!(out, "            {i} => Some(Self::{v}),");
            }
        }
    } else {
        out.push_str("    /// The wire value.\n    pub const fn value(self) -> &'static str {\n        match self {\n");
        for (code, v) in set.codes.iter().zip(&variants) {
            if let Value::String(s) = &code.value {
                let _ = writeln!(out, "            Self::{v} => {},", string(s));
            }
        }
        out.push_str("        }\n    }\n");
        out.push_str("    /// The code with this wire value; `None` for a value this catalog does not know.\n    pub fn from_value(value: &str) -> Option<Self> {\n        match value {\n");
        for (code, v) in set.codes.iter().zip(&variants) {
            if let Value::String(s) = &code.value {
                let _ = writeln!(out, "            {} => Some(Self::{v}),", string(s));
            }
        }
    }
    out.push_str("            _ => None,\n        }\n    }\n");
    out.push_str("    /// The name exactly as upstream spells it.\n    pub const fn name(self) -> &'static str {\n        Self::INFO[self.index()].name\n    }\n");
    out.push_str("    /// The code with this upstream name (case-sensitive); `None` if there is none.\n    pub fn from_name(name: &str) -> Option<Self> {\n        match name {\n");
    for (code, v) in set.codes.iter().zip(&variants) {
        let _ = writeln!(
            out,
            "            {} => Some(Self::{v}),",
            string(&set.upstream_name(code))
        );
    }
    out.push_str("            _ => None,\n        }\n    }\n");
    for (what, name, ty_out) in [
        (
            "Everything the catalog says about the code.",
            "info",
            "&'static crate::CodeInfo",
        ),
        ("One short sentence.", "summary", "&'static str"),
        ("What causes it.", "cause", "&'static str"),
        ("When it occurs.", "when", "&'static [&'static str]"),
        ("The catalog's category.", "category", "crate::Category"),
        (
            "What an app should do.",
            "retry_policy",
            "crate::RetryPolicy",
        ),
        (
            "Whether the session ends when this code is reported.",
            "is_terminal",
            "bool",
        ),
    ] {
        let body = match name {
            "info" => "&Self::INFO[self.index()]",
            "is_terminal" => "self.info().terminal",
            "summary" => "self.info().summary",
            "cause" => "self.info().cause",
            "when" => "self.info().when",
            "category" => "self.info().category",
            _ => "self.info().retry_policy",
        };
        let _ = writeln!(
            out,
            "    /// {what}\n    pub const fn {name}(self) -> {ty_out} {{\n        {body}\n    }}"
        );
    }
    let mut equivalent = "None".to_owned();
    if let Some(target) = set.links_to {
        let (target_provider, target_set) = catalog.code_set(target);
        let target_path = if std::ptr::eq(target_provider, provider) {
            type_name(target_set)
        } else {
            format!(
                "crate::{}::{}",
                module(target_provider),
                type_name(target_set)
            )
        };
        let _ = writeln!(
            out,
            "    /// The equivalent code in the linked code set, where one exists.\n    pub const fn protocol_equivalent(self) -> Option<{target_path}> {{\n        match self {{"
        );
        for (code, v) in set.codes.iter().zip(&variants) {
            match code.protocol_equivalent {
                Some(r) => {
                    let _ = writeln!(
                        out,
                        "            Self::{v} => Some({target_path}::{}),",
                        variant_name(catalog.code(r).2)
                    );
                }
                None => {
                    let _ = writeln!(out, "            Self::{v} => None,");
                }
            }
        }
        out.push_str("        }\n    }\n");
        equivalent = format!(
            "self.protocol_equivalent().map(|c| &crate::{}::{}::ALL[c.index()] as &'static dyn crate::ErrorCode)",
            module(target_provider),
            type_name(target_set)
        );
    }
    if set.has_failure_flag {
        out.push_str("    /// The provider SDK's own verdict on whether this status is a failure.\n    pub const fn is_failure(self) -> bool {\n        match self {\n");
        for (code, v) in set.codes.iter().zip(&variants) {
            let _ = writeln!(
                out,
                "            Self::{v} => {},",
                code.failure.unwrap_or(false)
            );
        }
        out.push_str("        }\n    }\n");
    }
    out.push_str("}\n");

    // Trait implementations.
    let (wire_impl, wire_value) = if integer {
        (
            format!(
                "impl From<{ty}> for i32 {{\n    fn from(code: {ty}) -> i32 {{\n        code.value()\n    }}\n}}\nimpl TryFrom<i32> for {ty} {{\n    type Error = crate::UnknownValue<i32>;\n    fn try_from(value: i32) -> Result<Self, Self::Error> {{\n        Self::from_value(value).ok_or(crate::UnknownValue {{ code_set: {path}, value }})\n    }}\n}}\n"
            ),
            "crate::WireValue::Integer(self.value())",
        )
    } else {
        (
            format!(
                "impl From<{ty}> for &'static str {{\n    fn from(code: {ty}) -> &'static str {{\n        code.value()\n    }}\n}}\nimpl<'a> TryFrom<&'a str> for {ty} {{\n    type Error = crate::UnknownValue<&'a str>;\n    fn try_from(value: &'a str) -> Result<Self, Self::Error> {{\n        Self::from_value(value).ok_or(crate::UnknownValue {{ code_set: {path}, value }})\n    }}\n}}\n"
            ),
            "crate::WireValue::String(self.value())",
        )
    };
    out.push_str(&wire_impl);
    let _ = writeln!(
        out,
        "impl core::str::FromStr for {ty} {{\n    type Err = crate::UnknownName;\n    /// Parses the upstream name.\n    fn from_str(name: &str) -> Result<Self, Self::Err> {{\n        Self::from_name(name).ok_or(crate::UnknownName {{ code_set: {path} }})\n    }}\n}}\n/// Writes the upstream name.\nimpl core::fmt::Display for {ty} {{\n    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {{\n        f.write_str(self.name())\n    }}\n}}\nimpl core::error::Error for {ty} {{}}\nimpl crate::ErrorCode for {ty} {{\n    fn provider(&self) -> &'static str {{\n        {}\n    }}\n    fn code_set(&self) -> &'static str {{\n        {}\n    }}\n    fn wire_value(&self) -> crate::WireValue<'static> {{\n        {wire_value}\n    }}\n    fn equivalent(&self) -> Option<&'static dyn crate::ErrorCode> {{\n        {equivalent}\n    }}\n    fn info(&self) -> &'static crate::CodeInfo {{\n        (*self).info()\n    }}\n}}",
        string(&provider.id.raw),
        string(&set.id.raw),
    );
}

/// A doc test for the set, derived from the spec: conversions both ways, metadata, an unknown
/// value, and the typed link. rustdoc runs it, so every code set's behaviour is tested.
fn example(catalog: &Catalog, provider: &Provider, set: &CodeSet) -> Vec<String> {
    let ty = type_name(set);
    let code = set
        .codes
        .iter()
        .find(|c| c.protocol_equivalent.is_some())
        .unwrap_or(&set.codes[0]);
    let var = variant_name(code);
    let name = string(&set.upstream_name(code));
    let (value, unknown, from_value) = match &code.value {
        Value::Integer(i) => (
            i.to_string(),
            unknown_integer(set).to_string(),
            format!("i32::from(code), {i}"),
        ),
        Value::String(s) => {
            let mut unknown = "not-a-code".to_owned();
            while set
                .codes
                .iter()
                .any(|c| c.value == Value::String(unknown.clone()))
            {
                unknown.push('!');
            }
            (
                string(s),
                string(&unknown),
                format!("<&str>::from(code), {}", string(s)),
            )
        }
    };
    let category = term_variant(&catalog.taxonomy.categories[code.category]);
    let retry = term_variant(&catalog.taxonomy.retry_policies[code.retry]);
    let mut lines = vec![
        String::new(),
        "# Examples".to_owned(),
        String::new(),
        "```".to_owned(),
        format!("use rtc_error_catalog::{}::{ty};", module(provider)),
        "use rtc_error_catalog::{Category, RetryPolicy};".to_owned(),
        String::new(),
        format!("let code = {ty}::from_value({value}).expect(\"a known value\");"),
        format!("assert_eq!(code, {ty}::{var});"),
        format!("assert_eq!(code.value(), {value});"),
        format!("assert_eq!({from_value});"),
        format!("assert_eq!(code.name(), {name});"),
        format!("assert_eq!({name}.parse::<{ty}>(), Ok(code));"),
        format!("assert_eq!(code.to_string(), {name});"),
        format!("assert_eq!(code.category(), Category::{category});"),
        format!("assert_eq!(code.retry_policy(), RetryPolicy::{retry});"),
        format!("assert_eq!(code.is_terminal(), {});", code.terminal),
        String::new(),
        "// A value this catalog does not know is handled, never a panic:".to_owned(),
        format!("assert_eq!({ty}::from_value({unknown}), None);"),
        format!("assert!({ty}::try_from({unknown}).is_err());"),
    ];
    if let Some(link) = code.protocol_equivalent {
        let (target_provider, target_set, target) = catalog.code(link);
        lines.push(format!(
            "assert_eq!(code.protocol_equivalent(), Some(rtc_error_catalog::{}::{}::{}));",
            module(target_provider),
            type_name(target_set),
            variant_name(target)
        ));
    }
    lines.push("```".to_owned());
    // A literal holding a code fence would end the example early: spell its backticks as escapes.
    let fence_end = lines.len() - 1;
    for line in &mut lines[4..fence_end] {
        *line = line.replace("```", "\\u{60}\\u{60}\\u{60}");
    }
    lines
}

/// An integer no code of the set has: just above the largest, or below the smallest, or the
/// first gap from zero.
fn unknown_integer(set: &CodeSet) -> i32 {
    let values: std::collections::BTreeSet<i32> = set
        .codes
        .iter()
        .filter_map(|c| match c.value {
            Value::Integer(i) => Some(i),
            Value::String(_) => None,
        })
        .collect();
    let above = values.last().and_then(|max| max.checked_add(1));
    let below = values.first().and_then(|min| min.checked_sub(1));
    above
        .or(below)
        .unwrap_or_else(|| (0..).find(|i| !values.contains(i)).unwrap_or(0))
}

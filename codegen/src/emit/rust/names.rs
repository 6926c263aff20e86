//! Every identifier the Rust crate writes, and what each scope of the crate declares.

use crate::emit::names::{Declared, Kind};
use crate::model::*;

/// Strict and reserved keywords: an identifier equal to one is written raw (`r#type`).
const KEYWORDS: &[&str] = &[
    "as", "async", "await", "break", "const", "continue", "crate", "dyn", "else", "enum", "extern",
    "false", "fn", "for", "gen", "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut",
    "pub", "ref", "return", "self", "Self", "static", "struct", "super", "trait", "true", "type",
    "unsafe", "use", "where", "while", "abstract", "become", "box", "do", "final", "macro",
    "override", "priv", "try", "typeof", "unsized", "virtual", "yield",
];

/// Types the crate root defines: a provider module may not take their place.
const ROOT_TYPES: &[&str] = &[
    "Basis",
    "CodeInfo",
    "CodeSet",
    "Category",
    "ErrorCode",
    "Jitter",
    "RetryPolicy",
    "RetrySchedule",
    "RuntimeSignal",
    "SignalValue",
    "Terminality",
    "UnknownName",
    "UnknownValue",
    "WireValue",
];

/// Crates every file names by path (`core::fmt`): a module of that name would shadow them.
const CRATES: &[&str] = &["alloc", "core", "std"];

/// Names a provider module (or its doc examples) uses unqualified: a code set type may not
/// shadow them.
const UNQUALIFIED: &[&str] = &[
    "Category",
    "Err",
    "From",
    "None",
    "Ok",
    "Option",
    "Result",
    "RetryPolicy",
    "Some",
    "TryFrom",
];

/// An identifier that is never a keyword: `r#type`, or `Self_` where a raw identifier is refused.
pub fn ident(name: &str) -> String {
    if !KEYWORDS.contains(&name) {
        name.to_owned()
    } else if matches!(name, "self" | "Self" | "super" | "crate") {
        format!("{name}_")
    } else {
        format!("r#{name}")
    }
}

/// The crate's library name, as code that uses it writes it (`rtc_error_catalog`): the spec's
/// crate name with `-` as `_`.
pub fn lib_name(catalog: &Catalog) -> String {
    catalog.package.crate_name.replace('-', "_")
}

/// The module a provider becomes.
pub fn module(provider: &Provider) -> String {
    ident(&provider.id.snake())
}

/// The file stem of a provider's module: `mod r#type;` lives in `type.rs`.
pub fn module_file(provider: &Provider) -> String {
    let module = module(provider);
    module.strip_prefix("r#").unwrap_or(&module).to_owned()
}

/// The enum a code set becomes.
pub fn type_name(set: &CodeSet) -> String {
    ident(&set.id.upper_camel())
}

/// The enum variant a code becomes.
pub fn variant_name(code: &Code) -> String {
    ident(&code.name.upper_camel())
}

/// The variant a category or retry policy becomes.
pub fn term_variant(term: &Term) -> String {
    ident(&term.id.upper_camel())
}

/// Everything the crate declares, scope by scope, the crate's own names first.
pub fn declared(catalog: &Catalog) -> Vec<Declared> {
    let root = "Rust crate root";
    let mut out = vec![Declared::builtin(
        root,
        "lib",
        "module",
        "the crate root `lib.rs`".into(),
    )];
    for name in CRATES {
        out.push(Declared::builtin(
            root,
            name,
            "module",
            format!("the `{name}` crate"),
        ));
    }
    for name in ROOT_TYPES {
        out.push(Declared::builtin(
            root,
            name,
            "type",
            format!("the crate's own `{name}`"),
        ));
    }
    for p in &catalog.providers {
        let item = format!("provider `{}`", p.id.raw);
        out.push(Declared::spec(
            root,
            module_file(p),
            "module",
            item,
            Kind::Provider,
            &p.defined_at,
        ));
        let scope = format!("Rust module `{}`", module(p));
        for name in UNQUALIFIED {
            out.push(Declared::builtin(
                &scope,
                name,
                "type",
                format!("the `{name}` it uses"),
            ));
        }
        for set in &p.code_sets {
            let item = format!("code set `{}`", set.id.raw);
            out.push(Declared::spec(
                &scope,
                type_name(set),
                "type",
                item,
                Kind::CodeSet,
                &set.defined_at,
            ));
            let scope = format!("Rust enum `{}::{}`", module(p), type_name(set));
            for code in &set.codes {
                let item = format!("code `{}`", code.name.raw);
                out.push(Declared::spec(
                    &scope,
                    variant_name(code),
                    "variant",
                    item,
                    Kind::Code,
                    &code.defined_at,
                ));
            }
        }
    }
    out
}

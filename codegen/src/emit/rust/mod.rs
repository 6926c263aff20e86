//! The Rust crate under `generated/rust`: zero dependencies, `no_std`, one enum per code set.
//!
//! Written as text, like the other targets: building tokens with `quote!` and printing them with
//! `prettyplease` cost 130 µs per code (a 10,000-code catalog took 1.3 s in this emitter alone)
//! and two syn builds on every cold start. Validity is checked instead: the crate is compiled,
//! clippy-linted and doc-tested on every `cargo xtask test`, the hostile fixture included.
//! Spec strings become literals through [`string`], the one escaping function for Rust string
//! data; doc comments are Markdown, so their text goes through [`super::docs::escape`].
//!
//! One function per generated item, in one file per part of the crate: `manifest` (Cargo.toml),
//! `lib_rs` (crate docs, taxonomy enums, shared types, the registry), `code_set` (each code
//! set's enum, impls and doc test). Line breaks follow rustfmt's rules (`layout`), so the crate
//! is formatted as `cargo fmt` would format it.

mod code_set;
mod code_set_impl;
mod example;
mod guidance;
mod layout;
mod lib_rs;
mod manifest;
mod shared_types;

pub mod names;

use super::docs::escape as doc;
use super::text::escape_into;
use super::{Out, is_invisible, notice};
use crate::model::*;
pub use names::variant_name;
use names::{lib_name, module, module_file, term_variant, type_name};
use std::fmt::Write;

/// Every file of the Rust crate.
pub fn emit(catalog: &Catalog, out: &mut dyn Out) {
    out.file("rust/Cargo.toml".into(), manifest::cargo_toml(catalog));
    out.file("rust/README.md".into(), manifest::readme(catalog));
    for (path, text) in crate::emit::licenses::files("rust") {
        out.file(path, text);
    }
    out.file("rust/src/lib.rs".into(), lib_rs::lib_rs(catalog));
    for provider in &catalog.providers {
        out.file(
            format!("rust/src/{}.rs", module_file(provider)),
            code_set::provider_rs(catalog, provider),
        );
    }
}

/// A Rust string literal: the one escaping function for string data.
///
/// Escapes quotes, backslashes, every control character, and invisible or bidirectional format
/// characters (which rustc would rightly refuse to see unescaped in a literal).
pub fn string(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    escape_into(
        &mut out,
        text,
        |c| matches!(c, '"' | '\\') || c.is_control() || is_invisible(c),
        |out, c| match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c => {
                let _ = write!(out, "\\u{{{:x}}}", c as u32);
            }
        },
    );
    out.push('"');
    out
}

/// Lines of a doc comment at `indent`, an empty string making an empty `///` line.
fn docs(indent: &str, lines: &[&str]) -> String {
    let mut out = String::new();
    for line in lines {
        if line.is_empty() {
            let _ = writeln!(out, "{indent}///");
        } else {
            let _ = writeln!(out, "{indent}/// {line}");
        }
    }
    out
}

/// The path of a taxonomy term's variant, e.g. `crate::Category::Network`.
fn term_path(kind: &str, term: &Term) -> String {
    format!("crate::{kind}::{}", term_variant(term))
}

//! The npm package under `generated/typescript`: ES modules, erasable syntax only.
//!
//! Each code set is an `as const` object plus a same-named union type (no `enum`, no
//! `namespace`), so the files pass `tsc --erasableSyntaxOnly`, run after type stripping and
//! tree-shake. Every spec string reaches the output through [`string`] (literals) or [`doc`]
//! (TSDoc comments): the one escaping function for each context.

mod guidance;
mod lookups;
mod modules;
pub mod names;
mod package;
mod piece;

use super::docs::escape;
use super::text::escape_into;
use super::{Out, is_invisible, notice};
use crate::model::*;
use std::fmt::Write;

/// Every file of the package: each module as `src/<m>.ts`, `dist/<m>.js` and `dist/<m>.d.ts`,
/// with the manifest, README, licences and a copy of `catalog.json`.
pub fn emit(catalog: &Catalog, out: &mut dyn Out) {
    for (path, text) in package::files(catalog) {
        out.file(path, text);
    }
    let header = format!("// {}\n", notice());
    for (stem, pieces) in modules::modules(catalog) {
        let rendered = piece::render(&header, &pieces);
        out.file(format!("typescript/src/{stem}.ts"), rendered.ts);
        out.file(format!("typescript/dist/{stem}.js"), rendered.js);
        out.file(format!("typescript/dist/{stem}.d.ts"), rendered.dts);
    }
}

/// A JavaScript string literal: the one escaping function for string data.
///
/// Quoted as prettier would (double quotes unless the text holds more double than single
/// quotes), with backslashes, the chosen quote, every control character, the line and paragraph
/// separators, and invisible or bidirectional format characters escaped, so no text can end the
/// literal, change the meaning of the source, or hide in it.
pub fn string(text: &str) -> String {
    // Double quotes, unless the text holds more of them than single quotes.
    let quote = if text.contains('"') && text.matches('"').count() > text.matches('\'').count() {
        '\''
    } else {
        '"'
    };
    let mut out = String::with_capacity(text.len() + 2);
    out.push(quote);
    escape_into(
        &mut out,
        text,
        |c| c == quote || c == '\\' || c.is_control() || is_invisible(c),
        |out, c| match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c => {
                let _ = write!(out, "\\u{{{:x}}}", c as u32);
            }
        },
    );
    out.push(quote);
    out
}

/// Spec text for a TSDoc comment: Markdown-escaped (one line), and nothing can close the
/// comment or start a TSDoc tag.
pub fn doc(text: &str) -> String {
    let escaped = escape(text);
    // Most text has neither: no copies then.
    if !escaped.contains("*/") && !escaped.contains('@') {
        return escaped;
    }
    escaped.replace("*/", "*&#x2F;").replace('@', "\\@")
}

/// A wire value as a literal.
pub fn value_literal(v: &Value) -> String {
    match v {
        Value::Integer(i) => i.to_string(),
        Value::String(s) => string(s),
    }
}

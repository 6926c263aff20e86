//! The Python package under `generated/python`: a src-layout distribution with `py.typed`, one
//! module per provider, a `StrEnum` or `IntEnum` per code set.
//!
//! The output is already in `ruff format`'s layout: calls and tuples of two or more items are
//! written one item per line with a trailing comma (which ruff keeps), so no layout depends on
//! line width except one-item tuples ([`seq`]). Every spec string reaches the output through
//! [`string`] (literals) or [`comment`] (`#` comments): the one escaping function for each
//! context. Docstrings hold only the generator's own text.

pub mod names;
mod package;
mod provider;
mod taxonomy;

use super::text::escape_into;
use super::{Out, is_invisible, notice};
use crate::model::*;
use std::fmt::Write;

/// The line length `ruff format` keeps to by default.
const LINE_LENGTH: usize = 88;

/// Every file of the package: manifest, README, licences, `py.typed` and the modules.
pub fn emit(catalog: &Catalog, out: &mut dyn Out) {
    for (path, text) in package::files(catalog) {
        out.file(path, text);
    }
    let root = format!("python/src/{}", names::import_package(catalog));
    out.file(format!("{root}/py.typed"), String::new());
    out.file(format!("{root}/__init__.py"), package::init_py(catalog));
    out.file(
        format!("{root}/{}.py", names::TAXONOMY_MODULE),
        taxonomy::module(catalog),
    );
    out.file(
        format!("{root}/{}.py", names::REGISTRY_MODULE),
        package::registry_py(catalog),
    );
    for (pi, p) in catalog.providers.iter().enumerate() {
        out.file(
            format!("{root}/{}.py", names::module(p)),
            provider::module(catalog, pi),
        );
    }
}

/// A Python string literal: the one escaping function for string data.
///
/// Quoted as `ruff format` would (double quotes unless the text holds more double than single
/// quotes), with backslashes, the chosen quote, every control character and invisible or
/// bidirectional format characters escaped (lower-case hex, as ruff normalises it), so no text
/// can end the literal, change the meaning of the source, or hide in it.
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
        |out, c| {
            let _ = match c {
                '\\' => out.write_str("\\\\"),
                '\n' => out.write_str("\\n"),
                '\r' => out.write_str("\\r"),
                '\t' => out.write_str("\\t"),
                c if c == quote => write!(out, "\\{c}"),
                c => match c as u32 {
                    n @ 0..=0xff => write!(out, "\\x{n:02x}"),
                    n @ 0x100..=0xffff => write!(out, "\\u{n:04x}"),
                    n => write!(out, "\\U{n:08x}"),
                },
            };
        },
    );
    out.push(quote);
    out
}

/// Spec text for a `#` comment: one line (any line break or control character becomes a
/// space), and invisible or bidirectional format characters spelled as `<U+XXXX>`.
pub fn comment(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    escape_into(
        &mut out,
        text,
        |c| c != ' ' && (is_invisible(c) || c.is_control() || c.is_whitespace()),
        |out, c| {
            if is_invisible(c) {
                let _ = write!(out, "<U+{:04X}>", c as u32);
            } else {
                out.push(' ');
            }
        },
    );
    out.truncate(out.trim_end().len());
    out
}

/// A whole `#` comment of spec text (`#` alone when the text is blank).
pub fn comment_line(text: &str) -> String {
    match comment(text).as_str() {
        "" => "#".into(),
        text => format!("# {text}"),
    }
}

/// A wire value as a literal.
pub fn value_literal(v: &Value) -> String {
    match v {
        Value::Integer(i) => i.to_string(),
        Value::String(s) => string(s),
    }
}

/// `None` or the string.
pub fn optional(text: Option<&str>) -> String {
    text.map_or_else(|| "None".into(), string)
}

/// The header of every module: the notice, a docstring of the generator's own text, and the
/// `annotations` import (annotations name classes defined further down).
pub fn header(docstring: &str) -> String {
    format!(
        "# {}\n\"\"\"{docstring}\"\"\"\n\nfrom __future__ import annotations\n",
        notice()
    )
}

/// `name = value` in a class body as ruff formats it: a value that makes the line too long goes
/// in parentheses on a line of its own, unless it would not fit there either (then ruff leaves
/// the line as it is).
pub fn class_assignment(name: &str, value: &str) -> String {
    let line = format!("    {name} = {value}");
    if width(&line) <= LINE_LENGTH || width(&format!("        {value}")) > LINE_LENGTH {
        return line + "\n";
    }
    format!("    {name} = (\n        {value}\n    )\n")
}

/// `from module import a, b` as ruff's isort rules want it: constants, then classes, then the
/// rest, each group sorted; on one line when it fits, else one name per line.
pub fn from_import(module: &str, names: &[&str]) -> String {
    let mut names = names.to_vec();
    names.sort_by_key(|n| (isort_group(n), *n));
    names.dedup();
    let line = format!("from {module} import {}", names.join(", "));
    if width(&line) <= LINE_LENGTH {
        return line + "\n";
    }
    let mut out = format!("from {module} import (\n");
    for name in names {
        let _ = writeln!(out, "    {name},");
    }
    out + ")\n"
}

/// isort's order by type: SCREAMING_CASE constants, CamelCase classes, then everything else.
pub fn isort_group(name: &str) -> u8 {
    if name.len() > 1
        && name.chars().any(char::is_alphabetic)
        && !name.chars().any(char::is_lowercase)
    {
        0
    } else if name.starts_with(char::is_uppercase) {
        1
    } else {
        2
    }
}

/// `key=(...)` at `indent` spaces, as ruff lays it out: `()` when empty, one line for one item
/// that fits in the line length, otherwise one item per line with a trailing comma.
pub fn seq(indent: usize, key: &str, items: &[String]) -> String {
    let pad = " ".repeat(indent);
    match items {
        [] => format!("{pad}{key}=(),\n"),
        [one]
            if !one.contains('\n')
                && indent + width(key) + width(one) + "=(,),".len() <= LINE_LENGTH =>
        {
            format!("{pad}{key}=({one},),\n")
        }
        _ => {
            let mut out = format!("{pad}{key}=(\n");
            for item in items {
                let _ = writeln!(out, "{pad}    {item},");
            }
            let _ = writeln!(out, "{pad}),");
            out
        }
    }
}

/// The width ruff measures a line with: East Asian wide characters and emoji count two,
/// combining marks and zero-width characters none.
fn width(line: &str) -> usize {
    // ASCII is one column a byte: counted without decoding.
    if line.is_ascii() {
        return line.len();
    }
    line.chars()
        .map(|c| match c as u32 {
            0x0300..=0x036F | 0x200B..=0x200F | 0xFE00..=0xFE0F => 0,
            0x1100..=0x115F | 0x2E80..=0xA4CF | 0xAC00..=0xD7A3 | 0xF900..=0xFAFF => 2,
            0xFF00..=0xFF60 | 0xFFE0..=0xFFE6 | 0x1F300..=0x1FAFF | 0x20000..=0x3FFFD => 2,
            _ => 1,
        })
        .sum()
}

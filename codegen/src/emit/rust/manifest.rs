//! `Cargo.toml`: the crate's manifest, its description and keywords derived from the catalog.

use super::{PACKAGE, notice};
use crate::emit::text;
use crate::model::Catalog;
use std::fmt::Write;

/// The manifest: no dependencies, the catalog's providers in its description and keywords.
pub fn cargo_toml(catalog: &Catalog) -> String {
    let keywords: Vec<String> = text::keywords(catalog)
        .iter()
        .map(|k| toml_string(k))
        .collect();
    format!(
        r#"# {notice}
[package]
name = "{PACKAGE}"
version = "0.1.0"
edition = "2021"
rust-version = "1.81"
description = {description}
license = "MIT OR Apache-2.0"
keywords = [{keywords}]
categories = ["no-std", "api-bindings"]

[lib]
name = "rtc_error_catalog"
path = "src/lib.rs"

[dependencies]
"#,
        notice = notice(),
        description = toml_string(&text::description(catalog)),
        keywords = keywords.join(", "),
    )
}

/// A TOML basic string: quotes, backslashes and control characters escaped.
fn toml_string(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if c.is_control() => {
                let _ = write!(out, "\\u{:04X}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn toml_strings_escape_what_toml_requires() {
        assert_eq!(
            super::toml_string("a \"b\" \\ c\n"),
            r#""a \"b\" \\ c\u000A""#
        );
    }
}

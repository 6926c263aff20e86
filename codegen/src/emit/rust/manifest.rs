//! `Cargo.toml` and `README.md`: the crate's manifest (name, version and URLs from
//! `catalog.package`, description and keywords derived from the catalog) and its README.

use super::notice;
use crate::emit::text;
use crate::model::Catalog;
use std::fmt::Write;

/// The oldest Rust the crate builds with: `core::error::Error` (the `UnknownValue` and
/// `UnknownName` error impls in a `no_std` crate) is stable since 1.81; nothing else the crate
/// uses is newer (edition 2021 needs 1.56, `const fn` with `match` 1.46). Clippy's
/// `incompatible_msrv` lint holds the crate's library calls to it on every test run.
pub const RUST_VERSION: &str = "1.81";

/// The manifest: no dependencies, the catalog's providers in its description and keywords.
pub fn cargo_toml(catalog: &Catalog) -> String {
    let package = &catalog.package;
    let keywords: Vec<String> = text::keywords(catalog)
        .iter()
        .map(|k| toml_string(k))
        .collect();
    format!(
        r#"# {notice}
[package]
name = {name}
version = {version}
edition = "2021"
rust-version = "{RUST_VERSION}"
description = {description}
license = {license}
repository = {repository}
documentation = {documentation}
readme = "README.md"
keywords = [{keywords}]
categories = ["no-std", "api-bindings"]

[lib]
name = {lib}
path = "src/lib.rs"

[dependencies]
"#,
        notice = notice(),
        name = toml_string(&package.crate_name),
        lib = toml_string(&super::lib_name(catalog)),
        version = toml_string(&package.version),
        license = toml_string(&package.license),
        repository = toml_string(&package.repository),
        documentation = toml_string(&format!("https://docs.rs/{}", package.crate_name)),
        description = toml_string(&text::description(catalog)),
        keywords = keywords.join(", "),
    )
}

/// The crate's README: what it is, how to depend on it, its floors and how they were chosen.
pub fn readme(catalog: &Catalog) -> String {
    let package = &catalog.package;
    format!(
        r#"<!-- {notice} -->
# {name}

{description}

```toml
[dependencies]
{name} = "{version}"
```

- One module per provider, one enum per code set, each implementing `ErrorCode`; `CODE_SETS`
  lists every code set and `lookup(provider, code_set, value)` finds a code in any of them.
- `name()` / `from_name` are the upstream name (with a set's prefix, if it has one);
  `catalog_name()` is the catalog's key, without it.
- `#![no_std]`, no dependencies, no allocation.
- Minimum supported Rust version: {RUST_VERSION}. It was chosen by reading what the generated
  code uses: `core::error::Error` (stable in 1.81) is the newest library item, and the language
  features are older (edition 2021: 1.56). Clippy's `incompatible_msrv` lint checks library
  calls against it on every test run of the catalog.

Licensed under either of MIT (`LICENSE-MIT`) or Apache-2.0 (`LICENSE-APACHE`), at your option.
Source: {repository}
"#,
        notice = notice(),
        name = package.crate_name,
        version = package.version,
        repository = package.repository,
        description = text::description(catalog),
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

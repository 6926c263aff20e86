//! The Go module `generated/go`: the root package `errorcatalog` with the shared types, one
//! package per provider with a typed constant per code, and the registry package `codesets`.
//!
//! Every spec string reaches the output through [`string`] (literals) or [`comment`] (`//`
//! comments): the one escaping function for each context.

pub mod names;
mod provider;
mod registry;
mod root;

use super::text::escape_into;
use super::{Out, REGENERATE, is_invisible, licenses, text};
use crate::model::Catalog;
use std::fmt::Write;

/// The oldest Go the module builds with: generics (1.18) in the registry, and 1.21 is the first
/// release where go.mod's `go` line is an enforced minimum that `go vet` checks API use against.
pub const GO_VERSION: &str = "1.21";

/// The module: go.mod, README, licences, the root package, each provider's and the registry.
pub fn emit(catalog: &Catalog, out: &mut dyn Out) {
    out.file("go/go.mod".into(), go_mod(catalog));
    out.file("go/README.md".into(), readme(catalog));
    for (path, text) in licenses::files("go") {
        out.file(path, text);
    }
    out.file("go/errorcatalog.go".into(), root::taxonomy(catalog));
    out.file("go/retry.go".into(), root::retry());
    for (pi, provider) in catalog.providers.iter().enumerate() {
        let package = names::package(provider);
        out.file(
            format!("go/{package}/{package}.go"),
            provider::file(catalog, pi),
        );
    }
    let registry = names::REGISTRY_PACKAGE;
    out.file(
        format!("go/{registry}/{registry}.go"),
        registry::file(catalog),
    );
}

/// A double-quoted Go string literal: the one escaping function for string data.
///
/// Escapes quotes and backslashes, every control character (C1 controls as `\u`, never as a
/// byte) and invisible or bidirectional format characters; everything else stays as UTF-8.
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
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
        },
    );
    out.push('"');
    out
}

/// Spec text for a one-line `//` comment: control and invisible characters are spelled as
/// `\uXXXX` (a line break would end the comment), trailing spaces dropped (gofmt drops them).
pub fn comment(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    escape_into(
        &mut out,
        text,
        |c| c.is_control() || is_invisible(c),
        |out, c| {
            let _ = write!(out, "\\u{:04X}", c as u32);
        },
    );
    out.truncate(out.trim_end().len());
    out
}

/// The first lines of every Go file: the standard generated-code marker, then a blank line.
pub(crate) fn header() -> String {
    format!("// Code generated from spec/ by `{REGENERATE}`. DO NOT EDIT.\n\n")
}

fn go_mod(catalog: &Catalog) -> String {
    format!(
        "// {}\n\nmodule {}\n\ngo {GO_VERSION}\n",
        super::notice(),
        names::module_path(catalog)
    )
}

fn readme(catalog: &Catalog) -> String {
    let p = &catalog.package;
    let module = names::module_path(catalog);
    format!(
        r#"<!-- {notice} -->
# {name} for Go

{description}

```sh
go get {module}@v{version}
```

```go
import (
	errorcatalog "{module}"
	"{module}/codesets"
)

{example}
```

- The root package `errorcatalog` (at the module root) has the shared types: `Category`,
  `RetryPolicy`, `Basis`, `Terminality`, `RetrySchedule`, `RuntimeSignal`, the metadata struct
  `Info`, the interface `ErrorCode` every code type implements, and `RetryDelay`.
- One package per provider (`{module}/<provider>`), a type per code set (`int32` or `string`)
  with a constant per code; `String()` returns the upstream name, `Info()` everything the
  catalog says; `<Type>FromValue` and `Parse<Type>` (by upstream name) return `(code, ok)`;
  `All<Type>Values` lists the codes in upstream order.
- The package `codesets` lists every code set (`All`), finds a code in any of them
  (`Lookup(provider, codeSet, value)`) and resolves a link such as `Info.ProtocolEquivalent`
  (`Resolve`).
- Optional texts (`Since`, `TerminalCondition`, `Rationale`, `Deprecation`,
  `ProtocolEquivalent`) are empty when the catalog has none.
- Go {GO_VERSION} or later; only the standard library.

Licensed under either of MIT (`LICENSE-MIT`) or Apache-2.0 (`LICENSE-APACHE`), at your option.
Source: {repository}
"#,
        notice = super::notice(),
        name = p.npm,
        version = p.version,
        repository = p.repository,
        description = text::description(catalog),
        example = example(catalog),
    )
}

/// A few lines using the first code of the catalog, or the registry alone when it has none.
fn example(catalog: &Catalog) -> String {
    let first = catalog.providers.iter().find_map(|p| {
        let set = p.code_sets.iter().find(|s| !s.codes.is_empty())?;
        Some((p, set, &set.codes[0]))
    });
    let generic = "code, ok := codesets.Lookup(provider, codeSet, value) // value: int32 or string\nif ok {\n\tfmt.Println(code, code.Info().Category, errorcatalog.RetryDelay(code, 1, rand.Float64()))\n}";
    let Some((p, set, code)) = first else {
        return generic.to_owned();
    };
    format!(
        "// import \"{}/{pkg}\"\nvar code errorcatalog.ErrorCode = {pkg}.{}\nfmt.Println(code, code.Info().UserMessage)\n\n{generic}",
        names::module_path(catalog),
        names::constant(set, code),
        pkg = names::package(p),
    )
}

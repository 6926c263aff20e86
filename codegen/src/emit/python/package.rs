//! The distribution around the modules: `pyproject.toml`, README, licences, `__init__.py` (the
//! public names) and `_registry.py` (every code set, and `lookup`).
//!
//! Every name, version and URL comes from `catalog.package`.

use super::names::{self, REGISTRY_EXPORTS, TAXONOMY_EXPORTS, import_package};
use super::{from_import, header, isort_group, string};
use crate::emit::{Files, licenses, notice, text};
use crate::model::*;
use std::fmt::Write;

/// The oldest Python the package supports: `enum.StrEnum` is new in 3.11.
pub const PYTHON_FLOOR: &str = ">=3.11";

/// The build backend: flit_core has no dependencies of its own, so a wheel builds from this
/// folder with one small download (or none, with `--no-build-isolation`).
pub const BUILD_REQUIRES: &str = "flit_core>=3.12,<5";

/// The package's files other than its modules.
pub fn files(catalog: &Catalog) -> Files {
    let mut files = Files::new();
    files.insert("python/pyproject.toml".into(), pyproject(catalog));
    files.insert("python/README.md".into(), readme(catalog));
    files.extend(licenses::files("python"));
    files
}

/// A TOML basic string: quotes, backslashes and control characters escaped.
fn toml_string(text: &str) -> String {
    let mut out = String::from("\"");
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

fn pyproject(catalog: &Catalog) -> String {
    let package = &catalog.package;
    let keywords: Vec<String> = text::keywords(catalog)
        .iter()
        .map(|k| toml_string(k))
        .collect();
    format!(
        r#"# {notice}

[build-system]
requires = ["{BUILD_REQUIRES}"]
build-backend = "flit_core.buildapi"

[project]
name = {name}
version = {version}
description = {description}
readme = "README.md"
requires-python = "{PYTHON_FLOOR}"
license = {license}
license-files = ["LICENSE-MIT", "LICENSE-APACHE"]
keywords = [{keywords}]
classifiers = [
    "Programming Language :: Python :: 3",
    "Typing :: Typed",
]
dependencies = []

[project.urls]
Repository = {repository}

[tool.flit.module]
name = {module}
"#,
        notice = notice(),
        name = toml_string(&names::distribution(catalog)),
        version = toml_string(&package.version),
        description = toml_string(&text::description(catalog)),
        license = toml_string(&package.license),
        keywords = keywords.join(", "),
        repository = toml_string(&package.repository),
        module = toml_string(&import_package(catalog)),
    )
}

fn readme(catalog: &Catalog) -> String {
    let package = &catalog.package;
    let module = import_package(catalog);
    format!(
        r#"<!-- {notice} -->

# {name}

{description}

Version {version}. Generated from the catalog's YAML spec ({repository}); do not edit.

## Use

```python
from {module} import lookup, retry_delay

info = lookup("provider_id", "code_set_id", 42)  # CodeInfo | None
```

Each provider is a module (`{module}.<provider>`). Each code set is an `IntEnum` or `StrEnum`
`Foo` in it, with `Foo.from_value(value)` and `Foo.from_name(upstream_name)` (None for what
the catalog does not know) and, on every member, `info`: a frozen `CodeInfo` whose `name` is
the upstream name and `catalog_name` the catalog's key. `CODE_SETS` lists every code set;
`retry_delay(info, attempt, random)` gives the wait before a retry.

## Requirements

Python 3.11 or later (`requires-python = "{PYTHON_FLOOR}"`); no dependencies. Typed (`py.typed`):
checked with mypy and pyright in strict mode.

## Licence

MIT OR Apache-2.0, at your option: see LICENSE-MIT and LICENSE-APACHE.
"#,
        notice = notice(),
        name = names::distribution(catalog),
        description = text::description(catalog),
        version = package.version,
        repository = package.repository,
    )
}

/// `__init__.py`: the provider modules, the shared types and the registry, and `__version__`.
pub fn init_py(catalog: &Catalog) -> String {
    let package = import_package(catalog);
    let mut out = header("The RTC error catalog: error codes of real-time audio/video providers.");
    out.push('\n');
    let modules: Vec<String> = catalog.providers.iter().map(names::module).collect();
    out.push_str(&provider_imports(&package, &modules));
    let registry = format!("{package}.{}", names::REGISTRY_MODULE);
    out.push_str(&from_import(&registry, REGISTRY_EXPORTS));
    let taxonomy = format!("{package}.{}", names::TAXONOMY_MODULE);
    out.push_str(&from_import(&taxonomy, TAXONOMY_EXPORTS));
    let mut all = modules;
    all.extend(
        REGISTRY_EXPORTS
            .iter()
            .chain(TAXONOMY_EXPORTS)
            .map(|s| (*s).to_owned()),
    );
    all.push("__version__".into());
    // Ruff's RUF022 order: isort's groups, then the names.
    all.sort_by(|a, b| (isort_group(a), a).cmp(&(isort_group(b), b)));
    out.push_str("\n__all__ = [\n");
    for name in all {
        let _ = writeln!(out, "    \"{name}\",");
    }
    let _ = writeln!(
        out,
        "]\n\n__version__ = {}",
        string(&catalog.package.version)
    );
    out
}

/// `from package import provider_a, provider_b`.
fn provider_imports(package: &str, modules: &[String]) -> String {
    let modules: Vec<&str> = modules.iter().map(String::as_str).collect();
    from_import(package, &modules)
}

/// `_registry.py`: `CodeSet`, `CODE_SETS` and `lookup`.
pub fn registry_py(catalog: &Catalog) -> String {
    let package = import_package(catalog);
    let mut out = header("Every code set of the catalog, and lookups across them.");
    out.push_str("\nfrom dataclasses import dataclass\nfrom typing import Final\n\n");
    let modules: Vec<String> = catalog.providers.iter().map(names::module).collect();
    out.push_str(&provider_imports(&package, &modules));
    let taxonomy = format!("{package}.{}", names::TAXONOMY_MODULE);
    out.push_str(&from_import(&taxonomy, &["CodeInfo", "ErrorCode"]));
    out.push_str(
        r#"

@dataclass(frozen=True, slots=True, kw_only=True)
class CodeSet:
    """One code set: its provider, its id and its codes (the enum's members)."""

    #: The provider's id, e.g. `livekit`.
    provider: str
    #: The code set's id, e.g. `disconnect_reason`.
    id: str
    #: Its codes, in catalog order.
    codes: tuple[ErrorCode, ...]


#: Every code set, in catalog order.
CODE_SETS: Final[tuple[CodeSet, ...]] = (
"#,
    );
    for p in &catalog.providers {
        for set in &p.code_sets {
            let _ = write!(
                out,
                "    CodeSet(\n        provider={},\n        id={},\n        codes=tuple({}.{}),\n    ),\n",
                string(&p.id.raw),
                string(&set.id.raw),
                names::module(p),
                names::type_name(set)
            );
        }
    }
    out.push_str(
        r#")


def lookup(provider: str, code_set: str, value: int | str) -> CodeInfo | None:
    """The code with this wire value in a provider's code set, or None if there is none."""
    for entry in CODE_SETS:
        if entry.provider == provider and entry.id == code_set:
            for code in entry.codes:
                info = code.info
                if type(info.value) is type(value) and info.value == value:
                    return info
    return None
"#,
    );
    out
}

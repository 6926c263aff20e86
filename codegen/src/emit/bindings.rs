//! The language bindings as the docs name them: each binding's folder, and the type a code set
//! has in it (spelled by that target's own naming authority, as catalog.json's `identifiers`).

use super::{c, go, kotlin, python, rust, typescript};
use crate::model::*;

/// Each binding: its name in the docs, its folder under `generated/`, and what it is.
pub const BINDINGS: [(&str, &str, &str); 6] = [
    ("Rust", "rust", "a `no_std` crate"),
    (
        "TypeScript",
        "typescript",
        "an npm package (ES modules, types included)",
    ),
    ("Kotlin / Java", "kotlin", "a Maven module"),
    (
        "Python",
        "python",
        "a typed package (`pyproject.toml`, `py.typed`)",
    ),
    ("Go", "go", "a module with a package per provider"),
    (
        "C / C++",
        "c",
        "a C99 header and source, no heap, with a CMake target",
    ),
];

/// The type a code set has in each binding, in the order of [`BINDINGS`], qualified by the
/// provider's module where the language names types that way (the TypeScript package exports
/// each provider as a namespace: `import { livekit } from "<package>"`).
pub fn set_types(provider: &Provider, set: &CodeSet) -> [(&'static str, String); 6] {
    [
        (
            "Rust",
            format!(
                "{}::{}",
                rust::names::module(provider),
                rust::names::type_name(set)
            ),
        ),
        (
            "TypeScript",
            format!(
                "{}.{}",
                typescript::names::namespace(provider),
                typescript::names::type_name(set)
            ),
        ),
        (
            "Kotlin",
            format!(
                "{}.{}",
                kotlin::names::package(provider),
                kotlin::names::type_name(set)
            ),
        ),
        (
            "Python",
            format!(
                "{}.{}",
                python::names::module(provider),
                python::names::type_name(set)
            ),
        ),
        (
            "Go",
            format!(
                "{}.{}",
                go::names::package(provider),
                go::names::type_name(set)
            ),
        ),
        ("C", c::names::type_name(provider, set)),
    ]
}

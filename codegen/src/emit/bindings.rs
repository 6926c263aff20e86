//! The language bindings as the docs name them: each binding's folder, what it is, and the type
//! a code set has in it (spelled by that target's own naming authority, as catalog.json's
//! `identifiers`). One list, so a new language is one entry.

use super::{c, go, kotlin, python, rust, typescript};
use crate::model::*;

/// One binding.
pub struct Binding {
    /// Its name in the docs.
    pub name: &'static str,
    /// Its folder under `generated/`.
    pub folder: &'static str,
    /// What it is, in a few words.
    pub what: &'static str,
    /// A code set's type, qualified by the provider's module where the language names types
    /// that way (the TypeScript package exports each provider as a namespace).
    pub set_type: fn(&Provider, &CodeSet) -> String,
}

pub const BINDINGS: &[Binding] = &[
    Binding {
        name: "Rust",
        folder: "rust",
        what: "a `no_std` crate",
        set_type: |p, s| format!("{}::{}", rust::names::module(p), rust::names::type_name(s)),
    },
    Binding {
        name: "TypeScript",
        folder: "typescript",
        what: "an npm package (ES modules, types included)",
        set_type: |p, s| {
            let namespace = typescript::names::namespace(p);
            format!("{namespace}.{}", typescript::names::type_name(s))
        },
    },
    Binding {
        name: "Kotlin",
        folder: "kotlin",
        what: "a Maven module, for Kotlin and Java",
        set_type: |p, s| {
            format!(
                "{}.{}",
                kotlin::names::package(p),
                kotlin::names::type_name(s)
            )
        },
    },
    Binding {
        name: "Python",
        folder: "python",
        what: "a typed package (`pyproject.toml`, `py.typed`)",
        set_type: |p, s| {
            format!(
                "{}.{}",
                python::names::module(p),
                python::names::type_name(s)
            )
        },
    },
    Binding {
        name: "Go",
        folder: "go",
        what: "a module with a package per provider",
        set_type: |p, s| format!("{}.{}", go::names::package(p), go::names::type_name(s)),
    },
    Binding {
        name: "C",
        folder: "c",
        what: "a C99 header and source for C and C++, no heap, with a CMake target",
        set_type: c::names::type_name,
    },
];

//! Emit: pure functions from the [`Catalog`] to files. No I/O here.
//!
//! Each target language is one module with one `emit` function. Every string taken from the spec
//! reaches a target through that language's one escaping function, named in its module doc.

pub mod bindings;
pub mod c;
pub mod changelog;
pub mod docs;
mod docs_guidance;
pub mod go;
pub mod json;
pub mod kotlin;
pub mod licenses;
pub mod names;
pub mod python;
pub mod retry;
pub mod rust;
pub mod schema;
pub mod site;
pub mod text;
pub mod typescript;

use crate::model::Catalog;
use std::collections::BTreeMap;

/// Generated files: path relative to `generated/` (with `/` separators) → contents.
///
/// A `BTreeMap`, so iteration, writing and diffs are in path order.
pub type Files = BTreeMap<String, String>;

/// Invisible and bidirectional format characters: every language's escaping function spells
/// them as escapes, so no text can hide in or reorder a generated source file.
pub fn is_invisible(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200F}' | '\u{2028}' | '\u{2029}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2069}' | '\u{FEFF}')
}

/// The command every generated file names in its first line.
pub const REGENERATE: &str = "cargo xtask codegen";

/// The first-line notice, without comment markers.
pub fn notice() -> String {
    format!("Generated from spec/ by `{REGENERATE}`. Do not edit: change the spec and regenerate.")
}

/// An emitter: a target's name (for timings) and its pure function.
pub type Emitter = (&'static str, fn(&Catalog) -> Files);

/// Every emitter [`all`] runs, in order; `cargo xtask bench` times each from this same list.
pub const EMITTERS: &[Emitter] = &[
    ("rust", rust::emit),
    ("typescript", typescript::emit),
    ("kotlin", kotlin::emit),
    ("go", go::emit),
    ("c", c::emit),
    ("python", python::emit),
    ("docs", docs::emit),
    ("json", json::emit),
    ("changelog", changelog::emit),
    ("schema", |_| schema::emit()),
    ("site", site::emit),
];

/// Every output of the catalog, all targets together.
pub fn all(catalog: &Catalog) -> Files {
    // The emitters are independent pure functions: run them side by side, unless the catalog is
    // so small that starting threads would cost more than it saves.
    if catalog.code_count() < 2_000 {
        return EMITTERS
            .iter()
            .flat_map(|(_, emit)| emit(catalog))
            .collect();
    }
    std::thread::scope(|scope| {
        let handles: Vec<_> = EMITTERS
            .iter()
            .map(|(_, emit)| scope.spawn(move || emit(catalog)))
            .collect();
        let mut files = Files::new();
        for handle in handles {
            files.extend(handle.join().expect("an emitter panicked"));
        }
        files
    })
}

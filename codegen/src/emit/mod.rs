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

/// Where an emitter hands each file as soon as it is made: the writer stages it, the check
/// compares it, and the text is dropped right after, so no run holds every output at once.
pub trait Out {
    /// One generated file: its path under `generated/` (with `/` separators) and contents.
    fn file(&mut self, path: String, text: String);
}

/// Collecting into a map: for tests and the bench, which want every file in memory.
impl Out for Files {
    fn file(&mut self, path: String, text: String) {
        self.insert(path, text);
    }
}

/// An emitter: a target's name (for timings and `--only`) and its pure function.
pub type Emitter = (&'static str, fn(&Catalog, &mut dyn Out));

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
    ("schema", |_, out| schema::emit(out)),
    ("site", site::emit),
];

/// The emitters named in `names` (a comma-separated list such as `rust,typescript`), in
/// [`EMITTERS`] order; an unknown name is an error that lists the valid ones.
pub fn select(names: &str) -> Result<Vec<Emitter>, String> {
    let wanted: Vec<&str> = names.split(',').map(str::trim).collect();
    if let Some(unknown) = wanted
        .iter()
        .find(|w| !EMITTERS.iter().any(|(name, _)| name == *w))
    {
        let valid: Vec<&str> = EMITTERS.iter().map(|(name, _)| *name).collect();
        return Err(format!(
            "unknown target `{unknown}`; the targets are: {}",
            valid.join(", ")
        ));
    }
    Ok(EMITTERS
        .iter()
        .filter(|(name, _)| wanted.contains(name))
        .copied()
        .collect())
}

/// Every output of the catalog, all targets together, collected in memory.
pub fn all(catalog: &Catalog) -> Files {
    let mut files = Files::new();
    run(catalog, EMITTERS, &mut files);
    files
}

/// Runs `emitters` one after another, handing each file to `out` as it is made.
///
/// One at a time on purpose: each emitter in flight holds its largest file (23 MB of
/// `catalog.json` at 10,000 codes), and two side by side raised the peak memory at 10,000 codes
/// from 84 to 106-119 MiB for no wall time measurable on two shared cores.
pub fn run(catalog: &Catalog, emitters: &[Emitter], out: &mut dyn Out) {
    for (_, emit) in emitters {
        emit(catalog, out);
    }
}

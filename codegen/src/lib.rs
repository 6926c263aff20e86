//! The RTC error catalog's generator. One pass, one direction:
//!
//! ```text
//! spec/*.yaml --load--> spec types --validate--> Catalog --emit (pure, per target)--> Out --write | check
//! ```
//!
//! - [`load`] reads `spec/` and parses each file with serde-saphyr, keeping spans;
//! - [`validate`] checks everything at once and builds the [`model::Catalog`];
//! - [`emit`] has one module per target (Rust, TypeScript, Kotlin, Markdown, JSON, JSON Schema),
//!   each a pure function;
//! - [`compat`] refuses a spec that silently removes or renumbers a published code;
//! - [`write`] makes `generated/` match, all-or-nothing, or reports the drift; each file goes
//!   there as soon as its emitter makes it ([`emit::Out`]), so no run holds every output.

pub mod compat;
pub mod diagnostics;
pub mod diff;
pub mod emit;
pub mod load;
pub mod model;
pub mod spec;
pub mod validate;
pub mod version;
pub mod write;

use diagnostics::{Diagnostics, SourceFile};
use model::Catalog;
use std::path::Path;

/// Parses and validates spec files already in memory.
pub fn catalog_from_sources(sources: Vec<SourceFile>) -> Result<Catalog, Diagnostics> {
    parse_and_validate(&sources).map_err(|problems| {
        let mut d = Diagnostics {
            items: problems,
            sources,
        };
        d.sort();
        d
    })
}

/// The catalog, or every problem found; borrows the sources, so a caller that keeps them for
/// its messages holds one copy of the spec's text, not two.
fn parse_and_validate(sources: &[SourceFile]) -> Result<Catalog, Vec<diagnostics::Diagnostic>> {
    let (raw, mut problems) = load::parse(sources);
    match validate::validate(raw) {
        Ok(catalog) if problems.is_empty() => Ok(catalog),
        Ok(_) => Err(problems),
        Err(more) => {
            problems.extend(more);
            Err(problems)
        }
    }
}

/// Reads `spec_dir` (shown in messages as `shown_as`), then parses and validates it.
pub fn load_catalog(spec_dir: &Path, shown_as: &str) -> Result<Catalog, Diagnostics> {
    load_spec(spec_dir, shown_as).map(|(catalog, _)| catalog)
}

/// Like [`load_catalog`], also returning the files read, for later messages with snippets.
pub fn load_spec(
    spec_dir: &Path,
    shown_as: &str,
) -> Result<(Catalog, Vec<SourceFile>), Diagnostics> {
    let (sources, problems) = load::read_dir(spec_dir, shown_as);
    // Files that could not be read are reported; the rest are still checked, for one full report.
    let items = match parse_and_validate(&sources) {
        Ok(catalog) if problems.is_empty() => return Ok((catalog, sources)),
        Ok(_) => problems,
        Err(mut items) => {
            items.extend(problems);
            items
        }
    };
    let mut diagnostics = Diagnostics { items, sources };
    diagnostics.sort();
    Err(diagnostics)
}

/// The compatibility guard against an earlier `catalog.json` (text, shown as `old_name`): no
/// breaking change without a tombstone, a version bump that covers every change. On success the
/// catalog carries the earlier changelog forward, with this version's entry when it is new.
pub fn check_compatibility(
    catalog: &mut Catalog,
    sources: Vec<SourceFile>,
    old: &str,
    old_name: &str,
) -> Result<(), Diagnostics> {
    match compat::check(old, old_name, catalog) {
        Ok(changelog) => {
            catalog.changelog = changelog;
            Ok(())
        }
        Err(items) => {
            let mut d = Diagnostics { items, sources };
            d.sort();
            Err(d)
        }
    }
}

/// Every generated file, keyed by its path under `generated/`, in memory (for tests; `codegen`
/// streams them instead: [`emit::run`] into [`write::run`]).
pub fn generate(catalog: &Catalog) -> emit::Files {
    emit::all(catalog)
}

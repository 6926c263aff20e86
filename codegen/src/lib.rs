//! The RTC error catalog's generator. One pass, one direction:
//!
//! ```text
//! spec/*.yaml --load--> spec types --validate--> Catalog --emit (pure, per target)--> Files --write | check
//! ```
//!
//! - [`load`] reads `spec/` and parses each file with serde-saphyr, keeping spans;
//! - [`validate`] checks everything at once and builds the [`model::Catalog`];
//! - [`emit`] has one module per target (Rust, Markdown, JSON Schema), each a pure function;
//! - [`write`] makes `generated/` match, all-or-nothing, or reports the drift.

pub mod diagnostics;
pub mod emit;
pub mod load;
pub mod model;
pub mod spec;
pub mod validate;
pub mod write;

use diagnostics::{Diagnostics, SourceFile};
use model::Catalog;
use std::path::Path;

/// Parses and validates spec files already in memory.
pub fn catalog_from_sources(sources: Vec<SourceFile>) -> Result<Catalog, Diagnostics> {
    let (raw, mut problems) = load::parse(&sources);
    let validated = validate::validate(raw);
    let catalog = match validated {
        Ok(catalog) if problems.is_empty() => Some(catalog),
        Ok(_) => None,
        Err(more) => {
            problems.extend(more);
            None
        }
    };
    catalog.ok_or_else(|| {
        let mut d = Diagnostics {
            items: problems,
            sources,
        };
        d.sort();
        d
    })
}

/// Reads `spec_dir` (shown in messages as `shown_as`), then parses and validates it.
pub fn load_catalog(spec_dir: &Path, shown_as: &str) -> Result<Catalog, Diagnostics> {
    let sources = load::read_dir(spec_dir, shown_as).map_err(|items| {
        let mut d = Diagnostics {
            items,
            sources: Vec::new(),
        };
        d.sort();
        d
    })?;
    catalog_from_sources(sources)
}

/// Every generated file, keyed by its path under `generated/`.
pub fn generate(catalog: &Catalog) -> emit::Files {
    emit::all(catalog)
}

/// The README's Rust examples run as doc tests, so they cannot rot.
#[cfg(doctest)]
#[doc = include_str!("../../README.md")]
struct ReadmeDoctests;

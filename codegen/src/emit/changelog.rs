//! `CHANGELOG.md`: every version's changes, newest first, rendered from [`Catalog::changelog`].
//!
//! The history itself lives in catalog.json (`changelog`): the compatibility guard reads it from
//! the catalog being replaced and adds the new version's entry, so this file is always a pure
//! function of the model and `--check` catches a hand edit. Every item goes through
//! [`docs::escape`], the Markdown escaping function.

use super::{Files, docs, notice};
use crate::model::*;
use std::fmt::Write;

/// `CHANGELOG.md`.
pub fn emit(catalog: &Catalog) -> Files {
    let mut out = format!("<!-- {} -->\n\n# Changelog\n\n", notice());
    out.push_str("Every version of the RTC error catalog, newest first, as the compatibility guard found it against the version before. Versions follow semantic versioning, before 1.0.0 in Cargo's way (the minor digit is the breaking one); `spec/README.md` says which change needs which bump.\n");
    for release in &catalog.changelog {
        let _ = write!(out, "\n## {}\n", docs::escape(&release.version));
        let sections = [
            ("Added", &release.added),
            ("Retired", &release.retired),
            ("Reclassified", &release.reclassified),
            ("Other changes", &release.other),
        ];
        let mut empty = true;
        for (title, items) in sections.iter().filter(|(_, items)| !items.is_empty()) {
            empty = false;
            let _ = write!(out, "\n### {title}\n\n");
            for item in items.iter() {
                let _ = writeln!(out, "- {}", docs::escape(item));
            }
        }
        if empty {
            out.push_str("\nNo changes to the catalog's content.\n");
        }
    }
    Files::from([("CHANGELOG.md".to_owned(), out)])
}

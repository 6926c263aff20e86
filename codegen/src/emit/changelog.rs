//! `CHANGELOG.md`: every version's changes, newest first, rendered from [`Catalog::changelog`].
//!
//! The history itself lives in catalog.json (`changelog`): the compatibility guard reads it from
//! the catalog being replaced and adds the new version's entry, so this file is always a pure
//! function of the model and `--check` catches a hand edit. Every item goes through the docs'
//! escaping ([`docs::escape`] for text, [`docs::code`] for the names the guard quotes).

use super::{Out, docs, notice};
use crate::model::*;
use std::fmt::Write;

/// `CHANGELOG.md`.
pub fn emit(catalog: &Catalog, sink: &mut dyn Out) {
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
                let _ = writeln!(out, "- {}", item_text(item));
            }
        }
        if empty {
            out.push_str("\nNo changes to the catalog's content.\n");
        }
    }
    sink.file("CHANGELOG.md".to_owned(), out);
}

/// An item as Markdown: the guard quotes names in backticks (`` `identifiers.go` on codes ``);
/// those become code spans and the rest is escaped text. Unpaired backticks: all escaped text.
fn item_text(item: &str) -> String {
    let parts: Vec<&str> = item.split('`').collect();
    if parts.len().is_multiple_of(2) {
        return docs::escape(item);
    }
    parts
        .iter()
        .enumerate()
        .map(|(i, part)| {
            if i % 2 == 1 {
                docs::code(part)
            } else {
                // Escaping drops a text part's outer spaces; keep them around the code spans.
                let lead = if part.starts_with(' ') { " " } else { "" };
                let trail = if part.ends_with(' ') && !part.trim().is_empty() {
                    " "
                } else {
                    ""
                };
                format!("{lead}{}{trail}", docs::escape(part.trim()))
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::item_text;

    #[test]
    fn quoted_names_become_code_spans_and_the_rest_is_escaped() {
        let rows = [
            (
                "equivalence group `room_full`: codes",
                "equivalence group `room_full`: codes",
            ),
            (
                "`identifiers.go` on codes (a new binding)",
                "`identifiers.go` on codes (a new binding)",
            ),
            ("a `x` and `y`", "a `x` and `y`"),
            (
                "an unpaired ` tick *here*",
                "an unpaired \\` tick \\*here\\*",
            ),
            ("*bold* `a_b`", "\\*bold\\* `a_b`"),
        ];
        for (item, want) in rows {
            assert_eq!(item_text(item), want, "{item}");
        }
    }
}

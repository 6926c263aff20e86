//! Problems found in the spec, rendered rustc-style: `file:line:col`, a snippet, a hint.

use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};
use serde_saphyr::Location;
use std::fmt;

/// A spec file as read from disk.
#[derive(Debug, Clone)]
pub struct SourceFile {
    /// Path shown in messages (relative to the repository root where possible).
    pub path: String,
    /// Contents.
    pub text: String,
}

/// One problem in one place.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// Path of the file, as in [`SourceFile::path`].
    pub file: String,
    /// 1-based line and column, when the problem has a place.
    pub at: Option<(usize, usize)>,
    /// What is wrong.
    pub message: String,
    /// How to fix it.
    pub hint: Option<String>,
}

impl Diagnostic {
    /// A problem about a whole file (unreadable, wrong name, ...).
    pub fn file(file: &str, message: impl Into<String>) -> Self {
        Diagnostic {
            file: file.to_owned(),
            at: None,
            message: message.into(),
            hint: None,
        }
    }

    /// A problem at a YAML location.
    pub fn at(file: &str, location: Location, message: impl Into<String>) -> Self {
        let at = (location.line() > 0)
            .then(|| (location.line() as usize, location.column().max(1) as usize));
        Diagnostic {
            file: file.to_owned(),
            at,
            message: message.into(),
            hint: None,
        }
    }

    /// Adds the hint that says how to fix it.
    pub fn hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }
}

/// Every problem found in one run, sorted by file and place.
#[derive(Debug, Clone, Default)]
pub struct Diagnostics {
    /// The problems.
    pub items: Vec<Diagnostic>,
    /// The files they refer to, for snippets.
    pub sources: Vec<SourceFile>,
}

impl Diagnostics {
    /// Sorts by file, line, column, message: the order never depends on discovery order.
    pub fn sort(&mut self) {
        self.items
            .sort_by(|a, b| (&a.file, a.at, &a.message).cmp(&(&b.file, b.at, &b.message)));
        self.items.dedup();
    }

    /// Renders every problem, then a one-line count.
    pub fn render(&self) -> String {
        let renderer = Renderer::plain();
        let mut out = String::new();
        for d in &self.items {
            out.push_str(&render_one(&renderer, d, self.source_text(&d.file)));
            out.push_str("\n\n");
        }
        let n = self.items.len();
        out.push_str(&format!(
            "error: the spec has {n} problem{}; nothing was generated",
            if n == 1 { "" } else { "s" }
        ));
        out
    }

    fn source_text(&self, file: &str) -> Option<&str> {
        self.sources
            .iter()
            .find(|s| s.path == file)
            .map(|s| s.text.as_str())
    }
}

impl fmt::Display for Diagnostics {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render())
    }
}

fn render_one(renderer: &Renderer, d: &Diagnostic, text: Option<&str>) -> String {
    let title = Level::ERROR.primary_title(d.message.as_str());
    let mut groups: Vec<Group> = Vec::new();
    let group = match (d.at, text) {
        (Some((line, col)), Some(text)) => {
            let (line_text, start) = line_of(text, line, col);
            let end = token_end(line_text, start);
            title.element(
                Snippet::source(line_text)
                    .line_start(line)
                    .path(d.file.as_str())
                    .fold(false)
                    .annotation(AnnotationKind::Primary.span(start..end)),
            )
        }
        (Some((line, col)), None) => {
            title.element(Level::NOTE.message(format!("at {}:{line}:{col}", d.file)))
        }
        (None, _) => title.element(Level::NOTE.message(format!("in {}", d.file))),
    };
    groups.push(match &d.hint {
        Some(hint) => group.element(Level::HELP.message(hint.as_str())),
        None => group,
    });
    renderer.render(&groups).to_string()
}

/// The text of 1-based `line`, and the byte offset of 1-based character column `col` in it.
fn line_of(text: &str, line: usize, col: usize) -> (&str, usize) {
    let line_text = text.lines().nth(line - 1).unwrap_or("");
    let line_text = line_text.strip_suffix('\r').unwrap_or(line_text);
    let start = line_text
        .char_indices()
        .nth(col - 1)
        .map(|(i, _)| i)
        .unwrap_or(line_text.len());
    (line_text, start)
}

/// End of the YAML token starting at `start`: up to `: `, a comment or the end of the line.
fn token_end(line: &str, start: usize) -> usize {
    let rest = &line[start..];
    let end = rest
        .find(": ")
        .or_else(|| rest.find(" #"))
        .unwrap_or(rest.trim_end().len());
    let end = if end == 0 {
        rest.chars().next().map_or(0, char::len_utf8)
    } else {
        end
    };
    start + end
}

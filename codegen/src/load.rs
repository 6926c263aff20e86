//! Load: read `spec/` (the only file I/O before writing) and parse each file into [`crate::spec`].

use crate::diagnostics::{Diagnostic, SourceFile};
use crate::spec::{ProviderFile, TaxonomyFile};
use std::path::Path;

mod recover;

/// The file that defines categories and retry policies; every other `*.yaml` is a provider.
pub const TAXONOMY_FILE: &str = "taxonomy.yaml";

/// The spec as parsed, before any semantic check.
#[derive(Debug, Default)]
pub struct RawSpec {
    /// `taxonomy.yaml`, if it parsed.
    pub taxonomy: Option<(String, TaxonomyFile)>,
    /// Provider files that parsed: (path, file stem, contents).
    pub providers: Vec<(String, String, ProviderFile)>,
    /// Stems of provider files that did not parse: links into them cannot be checked yet.
    pub unparsed: Vec<String>,
}

/// Spec files are tens of kilobytes; anything near this size is not a spec file.
pub const MAX_FILE_BYTES: u64 = 16 * 1024 * 1024;

/// Reads every `*.yaml` file of `dir`, sorted by name so the file system's order never matters.
///
/// `shown_as` is the folder's name in messages (e.g. `spec`). Returns the files that could be
/// read and a problem for each that could not; a file that is not UTF-8 is returned too (with
/// the bad bytes replaced), so its problem can show the line.
pub fn read_dir(dir: &Path, shown_as: &str) -> (Vec<SourceFile>, Vec<Diagnostic>) {
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) => {
            let d = Diagnostic::file(shown_as, format!("cannot read the spec folder: {e}")).hint(
                "run the command in the repository (it has a `spec/` folder), or pass `--spec DIR`",
            );
            return (Vec::new(), vec![d]);
        }
    };
    let mut names = Vec::new();
    let mut problems = Vec::new();
    for entry in entries {
        match entry {
            Ok(entry) => names.push(entry.file_name()),
            Err(e) => problems.push(Diagnostic::file(
                shown_as,
                format!("cannot list the spec folder: {e}"),
            )),
        }
    }
    names.sort();
    let mut files = Vec::new();
    for name in names {
        let Some(name) = name.to_str().map(str::to_owned) else {
            problems.push(
                Diagnostic::file(shown_as, format!("{name:?} is not a UTF-8 file name"))
                    .hint("rename the file"),
            );
            continue;
        };
        let shown = format!("{shown_as}/{name}");
        if name.ends_with(".yml") {
            problems.push(
                Diagnostic::file(&shown, "spec files end in `.yaml`")
                    .hint(format!("rename it to `{}`", name.replace(".yml", ".yaml"))),
            );
        }
        if !name.ends_with(".yaml") {
            continue;
        }
        let path = dir.join(&name);
        // `metadata` follows symlinks: a dangling link or a loop fails here, with the OS's reason.
        match std::fs::metadata(&path) {
            Err(e) => {
                problems.push(
                    Diagnostic::file(&shown, format!("cannot read: {e}"))
                        .hint("fix or remove the file (a broken or looping symlink?)"),
                );
                continue;
            }
            Ok(meta) if meta.is_dir() => {
                problems.push(
                    Diagnostic::file(&shown, "is a folder, not a spec file").hint(
                        "spec files sit directly in the spec folder: rename or move this folder",
                    ),
                );
                continue;
            }
            Ok(meta) if meta.len() > MAX_FILE_BYTES => {
                problems.push(
                    Diagnostic::file(&shown, format!("is {} bytes; spec files are limited to {} MiB", meta.len(), MAX_FILE_BYTES / (1024 * 1024)))
                        .hint("a provider file is tens of kilobytes: check that this is the right file, or split the provider"),
                );
                continue;
            }
            Ok(_) => {}
        }
        match std::fs::read(&path) {
            Ok(bytes) => match String::from_utf8(bytes) {
                Ok(text) => files.push(SourceFile { path: shown, text }),
                Err(e) => {
                    let valid = e.utf8_error().valid_up_to();
                    let bytes = e.into_bytes();
                    let before = String::from_utf8_lossy(&bytes[..valid]);
                    let line = before.matches('\n').count() + 1;
                    let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
                    let text = String::from_utf8_lossy(&bytes).into_owned();
                    problems.push(Diagnostic {
                        file: shown.clone(),
                        at: Some((line, col)),
                        message: format!("not valid UTF-8 (byte {valid})"),
                        hint: Some("save the file as UTF-8".into()),
                    });
                    files.push(SourceFile { path: shown, text });
                }
            },
            Err(e) => problems.push(
                Diagnostic::file(&shown, format!("cannot read: {e}"))
                    .hint("check the file's permissions"),
            ),
        }
    }
    (files, problems)
}

/// Parses every file; a file with a YAML or shape error contributes one diagnostic and no data.
pub fn parse(files: &[SourceFile]) -> (RawSpec, Vec<Diagnostic>) {
    let mut raw = RawSpec::default();
    let mut problems = Vec::new();
    for (file, parsed) in files.iter().zip(parse_all(files)) {
        let name = file.path.rsplit('/').next().unwrap_or(&file.path);
        let stem = name.strip_suffix(".yaml").unwrap_or(name).to_owned();
        match parsed {
            Ok(Parsed::Taxonomy(t)) => raw.taxonomy = Some((file.path.clone(), *t)),
            Ok(Parsed::Provider(p)) => raw.providers.push((file.path.clone(), stem, p)),
            Err(d) => {
                if name != TAXONOMY_FILE {
                    raw.unparsed.push(stem);
                }
                problems.extend(d);
            }
        }
    }
    if raw.taxonomy.is_none()
        && !files
            .iter()
            .any(|f| f.path.rsplit('/').next() == Some(TAXONOMY_FILE))
    {
        problems.push(
            Diagnostic::file(TAXONOMY_FILE, "the spec has no taxonomy file")
                .hint("add `spec/taxonomy.yaml` defining `categories` and `retry_policies`"),
        );
    }
    (raw, problems)
}

enum Parsed {
    /// Boxed: with its `package` block it is much larger than a provider file's top level.
    Taxonomy(Box<TaxonomyFile>),
    Provider(ProviderFile),
}

fn parse_one(file: &SourceFile) -> Result<Parsed, Vec<Diagnostic>> {
    if file.path.rsplit('/').next() == Some(TAXONOMY_FILE) {
        return from_yaml(file)
            .map(|t| Parsed::Taxonomy(Box::new(t)))
            .map_err(|d| vec![d]);
    }
    from_yaml(file).map(Parsed::Provider).map_err(|first| {
        // A field error hides the rest of the file: report every field problem, each named
        // by its code; any other error (syntax, a type) stays, beside them.
        let mut all = recover::field_problems(file);
        let is_field_error = first.message.starts_with("unknown field")
            || first.message.starts_with("missing field");
        if all.is_empty() || !is_field_error {
            all.retain(|d| d.at != first.at);
            all.insert(0, first);
        }
        all
    })
}

/// Parses the files on every core (YAML parsing is most of loading), results in file order.
fn parse_all(files: &[SourceFile]) -> Vec<Result<Parsed, Vec<Diagnostic>>> {
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(files.len());
    let total: usize = files.iter().map(|f| f.text.len()).sum();
    if threads < 2 || total < 64 * 1024 {
        return files.iter().map(parse_one).collect();
    }
    // Contiguous chunks of about equal size, so the results stay in order.
    let mut chunks: Vec<&[SourceFile]> = Vec::new();
    let (mut start, mut size) = (0, 0);
    for (i, f) in files.iter().enumerate() {
        size += f.text.len();
        if size * threads >= total * (chunks.len() + 1) || i + 1 == files.len() {
            chunks.push(&files[start..=i]);
            start = i + 1;
        }
    }
    std::thread::scope(|scope| {
        let handles: Vec<_> = chunks
            .into_iter()
            .map(|chunk| scope.spawn(move || chunk.iter().map(parse_one).collect::<Vec<_>>()))
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().expect("a parser thread panicked"))
            .collect()
    })
}

fn from_yaml<T: serde::de::DeserializeOwned>(file: &SourceFile) -> Result<T, Diagnostic> {
    if file.text.trim_start_matches('\u{feff}').trim().is_empty() {
        return Err(Diagnostic::file(&file.path, "the file is empty")
            .hint("a provider file needs `provider`, `name` and `code_sets` (see spec/README.md); or delete the file"));
    }
    let options = serde_saphyr::options! {
        strict_booleans: true,
        with_snippet: false,
    };
    serde_saphyr::from_str_with_options::<T>(&file.text, options).map_err(|err| {
        let message = message_of(&err);
        let mut d = match err.location() {
            Some(loc) => Diagnostic::at(&file.path, loc, message),
            None => Diagnostic::file(&file.path, message),
        };
        if d.message.contains("found a tab") {
            d.at = d.at.and_then(|at| first_tab_from(&file.text, at)).or(d.at);
        }
        d.hint(hint_for(&err))
    })
}

/// The scanner reports a tab where the token before it ended (often the line above): the
/// first tab at or after that place, as 1-based (line, column), is the one to point at.
fn first_tab_from(text: &str, (line, column): (usize, usize)) -> Option<(usize, usize)> {
    let line_start: usize = text
        .split_inclusive('\n')
        .take(line - 1)
        .map(str::len)
        .sum();
    let start = line_start
        + text[line_start..]
            .chars()
            .take(column - 1)
            .map(char::len_utf8)
            .sum::<usize>();
    let tab = start + text[start..].find('\t')?;
    let before = &text[..tab];
    let tab_line = before.matches('\n').count() + 1;
    let tab_column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    Some((tab_line, tab_column))
}

/// The error's message without serde-saphyr's own location suffix (we render our own).
fn message_of(err: &serde_saphyr::Error) -> String {
    use serde_saphyr::MessageFormatter;
    let text = serde_saphyr::UserMessageFormatter
        .format_message(err)
        .into_owned();
    text.replace('\n', " ")
}

/// How to fix each kind of load error.
fn hint_for(err: &serde_saphyr::Error) -> &'static str {
    use serde_saphyr::Error as E;
    match err {
        E::WithSnippet { error, .. } | E::AliasError { error, .. } => hint_for(error),
        E::SerdeUnknownField { .. } => {
            "remove the field or correct its spelling; spec/README.md lists every field"
        }
        E::SerdeMissingField { .. } => "add the field; spec/README.md lists the required fields",
        E::DuplicateMappingKey { .. } => {
            "a key may appear once per mapping: remove or merge the repeated one"
        }
        E::SerdeUnknownVariant { .. } => "use one of the listed spellings",
        E::SerdeInvalidType { .. }
        | E::SerdeInvalidValue { .. }
        | E::InvalidScalar { .. }
        | E::InvalidBooleanStrict { .. }
        | E::NullIntoString { .. } => {
            "give the value the type spec/README.md shows (quote text that YAML would read as a number or boolean)"
        }
        E::AliasReplayLimitExceeded { .. }
        | E::AliasExpansionLimitExceeded { .. }
        | E::AliasReplayStackDepthExceeded { .. }
        | E::Budget { .. } => "the spec does not need anchors and aliases: write the values out",
        other => {
            let message = message_of(other).to_lowercase();
            if message.contains("tab") {
                "indent with spaces: YAML does not allow tabs for indentation"
            } else if message.contains("recursion") || message.contains("depth") {
                "the spec nests a few levels deep at most: this nesting is far too deep"
            } else {
                "fix the YAML syntax at this place (check quotes, brackets and indentation)"
            }
        }
    }
}

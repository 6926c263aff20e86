//! Validate: turn the parsed spec into a [`Catalog`], or report every problem at once.
//!
//! One module per concern, in the order they run: the package block, the taxonomy, each provider, its code sets,
//! their codes and tombstones, then the links and equivalence groups that need every provider,
//! and last the names every target writes. Every problem goes through [`Validator::error`].

mod code_set;
mod codes;
mod equivalents;
mod guidance;
mod links;
mod names;
mod package;
mod provider;
mod schedule;
mod signal;
mod taxonomy;
mod tombstones;
mod verify;

use crate::diagnostics::Diagnostic;
use crate::load::RawSpec;
use crate::model::*;
use links::PendingLink;
use serde_saphyr::{Location, Spanned};

/// Checks everything that the YAML shape cannot express and resolves every reference.
pub fn validate(raw: RawSpec) -> Result<Catalog, Vec<Diagnostic>> {
    let mut v = Validator {
        problems: Vec::new(),
        unparsed: raw.unparsed.clone(),
        provider: String::new(),
    };
    let Some((taxonomy_path, taxonomy_file)) = &raw.taxonomy else {
        return Err(v.problems);
    };
    let package = v.package(taxonomy_path, &taxonomy_file.package);
    let mut taxonomy = v.taxonomy(taxonomy_path, taxonomy_file);
    let mut links: Vec<PendingLink> = Vec::new();
    let mut providers = Vec::new();
    for (index, (path, stem, file)) in raw.providers.iter().enumerate() {
        providers.push(v.provider(path, stem, file, &taxonomy, index, &mut links));
    }
    let mut providers = sort_by_id(providers, &mut links);
    v.resolve_links(&mut providers, &links);
    taxonomy.equivalents = v.equivalents(taxonomy_path, &taxonomy_file.equivalents, &providers);
    let mut catalog = Catalog {
        taxonomy,
        providers,
        package,
        changelog: Vec::new(),
    };
    catalog.changelog = vec![Release::first(&catalog)];
    v.names(&catalog);
    if v.problems.is_empty() {
        Ok(catalog)
    } else {
        Err(v.problems)
    }
}

/// Providers ordered by id, whatever order the files came in; links follow their provider.
fn sort_by_id(providers: Vec<Provider>, links: &mut [PendingLink]) -> Vec<Provider> {
    let mut indexed: Vec<(usize, Provider)> = providers.into_iter().enumerate().collect();
    indexed.sort_by(|a, b| a.1.id.raw.cmp(&b.1.id.raw));
    let mut position = vec![0; indexed.len()];
    for (new, (old, _)) in indexed.iter().enumerate() {
        position[*old] = new;
    }
    for link in links {
        link.from.provider = position[link.from.provider];
    }
    indexed.into_iter().map(|(_, p)| p).collect()
}

/// The place a YAML location points at, in the form the model and messages use.
fn place(file: &str, location: Location) -> Origin {
    Origin {
        file: file.to_owned(),
        line: location.line() as usize,
        column: location.column() as usize,
    }
}

/// ASCII letters, digits and underscores, starting with a letter: what a code name may be.
fn is_identifier(name: &str) -> bool {
    name.starts_with(|c: char| c.is_ascii_alphabetic())
        && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
}

struct Validator {
    problems: Vec<Diagnostic>,
    /// Providers whose file did not parse (already reported): links into them are not checked.
    unparsed: Vec<String>,
    /// The id of the provider being validated, for labels like `livekit/failure_reason/NAME`.
    provider: String,
}

impl Validator {
    /// Records one problem: the only place that does.
    fn error(&mut self, at: Origin, message: String, hint: &str) {
        let place = (at.line > 0).then(|| (at.line, at.column.max(1)));
        self.problems.push(Diagnostic {
            file: at.file,
            at: place,
            message,
            hint: Some(hint.to_owned()),
        });
    }

    /// Ids are lower snake_case ASCII: they become module, file and type names everywhere.
    fn check_id(&mut self, path: &str, id: &Spanned<String>, what: &str) {
        let ok = id.value.starts_with(|c: char| c.is_ascii_lowercase())
            && id
                .value
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
            && !id.value.ends_with('_')
            && !id.value.contains("__");
        if !ok {
            self.error(
                place(path, id.referenced),
                format!("{what} id `{}` is not lower snake_case", id.value),
                "use lower-case ASCII letters, digits and single underscores, starting with a letter (e.g. `disconnect_reason`)",
            );
        }
    }
}

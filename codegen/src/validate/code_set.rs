//! A code set: its source, its prefix, and the failure flag all of its codes share or none.

use super::{PendingLink, Validator, place};
use crate::model::*;
use crate::spec;

impl Validator {
    /// The code set `set`, its codes checked and its links queued.
    pub(super) fn code_set(
        &mut self,
        path: &str,
        set: &spec::CodeSetSpec,
        taxonomy: &Taxonomy,
        from: CodeSetRef,
        links: &mut Vec<PendingLink>,
    ) -> CodeSet {
        self.source_and_prefix(path, set);
        if set.codes.value.is_empty() {
            self.error(
                place(path, set.codes.referenced),
                format!("code set `{}` has no codes", set.id.value),
                "add at least one code under `codes`",
            );
        }
        let label = format!("{}/{}", self.provider, set.id.value);
        let runtime_signal = set
            .runtime_signal
            .as_ref()
            .map(|s| self.runtime_signal(path, &label, s));
        let codes = self.codes(path, set, taxonomy, runtime_signal.as_ref(), from, links);
        let has_failure_flag = self.failure_flags(path, set);
        CodeSet {
            id: Name::new(&set.id.value),
            summary: set.summary.clone(),
            values: set.values,
            name_prefix: set.name_prefix.clone().unwrap_or_default(),
            source: Source {
                repository: set.source.repository.as_ref().map(|r| r.value.clone()),
                homepage: set.source.homepage.clone(),
                symbol: set.source.symbol.clone(),
                version: set.source.version.clone(),
                commit: set.source.commit.clone(),
                path: set.source.path.clone(),
                verify: set
                    .source
                    .verify
                    .as_ref()
                    .and_then(|v| self.verify(path, set, v)),
            },
            notes: set.notes.clone(),
            runtime_signal,
            has_failure_flag,
            links_to: None,
            retired: self.tombstones(path, set, &codes),
            defined_at: place(path, set.id.referenced),
            codes,
        }
    }

    /// The source names a full commit and a real place; the prefix can precede an identifier.
    fn source_and_prefix(&mut self, path: &str, set: &spec::CodeSetSpec) {
        if let Some(commit) = &set.source.commit
            && (commit.len() != 40 || !commit.chars().all(|c| c.is_ascii_hexdigit()))
        {
            self.error(
                place(path, set.id.referenced),
                format!(
                    "code set `{}`: source commit `{commit}` is not a full 40-digit hex commit",
                    set.id.value
                ),
                "write the full commit id (`git rev-parse HEAD`)",
            );
        }
        match (&set.source.repository, &set.source.homepage) {
            (Some(repo), _) => {
                let mut parts = repo.value.split('/');
                let valid = |p: Option<&str>| p.is_some_and(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_alphanumeric() || "-_.".contains(c)));
                if !(valid(parts.next()) && valid(parts.next()) && parts.next().is_none()) {
                    self.error(place(path, repo.referenced), format!("repository `{}` is not a GitHub `owner/name`", repo.value), "write `owner/name`; for a source without a public repository, use `homepage:` instead");
                }
            }
            (None, None) => self.error(place(path, set.id.referenced), format!("code set `{}`: source names neither a `repository` nor a `homepage`", set.id.value), "add `repository: owner/name`, or `homepage:` for a source without a public repository"),
            (None, Some(_)) => {}
        }
        if let Some(prefix) = &set.name_prefix
            && !prefix
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '_')
        {
            self.error(
                place(path, set.id.referenced),
                format!(
                    "code set `{}`: `name_prefix` `{prefix}` is not part of an identifier",
                    set.id.value
                ),
                "a prefix uses ASCII letters, digits and underscores, like the names it precedes",
            );
        }
    }

    /// Whether the set carries the SDK's failure flag: on every code, or on none.
    fn failure_flags(&mut self, path: &str, set: &spec::CodeSetSpec) -> bool {
        let with_flag = set
            .codes
            .value
            .iter()
            .filter(|c| c.failure.is_some())
            .count();
        if with_flag != 0 && with_flag != set.codes.value.len() {
            let first_without = set
                .codes
                .value
                .iter()
                .find(|c| c.failure.is_none())
                .unwrap();
            self.error(
                place(path, first_without.name.referenced),
                format!(
                    "code `{}` has no `failure` flag, but {with_flag} other codes of `{}` do",
                    first_without.name.value, set.id.value
                ),
                "give `failure:` to every code of the set or to none",
            );
        }
        with_flag != 0
    }
}

//! A provider file: its id, and its code sets each once.

use super::{PendingLink, Validator, place};
use crate::model::*;
use crate::spec;
use std::collections::BTreeMap;

impl Validator {
    /// The provider of one file; its links wait in `links` until every provider is known.
    pub(super) fn provider(
        &mut self,
        path: &str,
        stem: &str,
        file: &spec::ProviderFile,
        taxonomy: &Taxonomy,
        index: usize,
        links: &mut Vec<PendingLink>,
    ) -> Provider {
        self.check_id(path, &file.provider, "provider");
        self.provider = file.provider.value.clone();
        if file.provider.value != stem {
            self.error(
                place(path, file.provider.referenced),
                format!(
                    "provider id `{}` does not match the file name `{stem}.yaml`",
                    file.provider.value
                ),
                &format!(
                    "rename the file to `{}.yaml` or set `provider: {stem}`",
                    file.provider.value
                ),
            );
        }
        if file.code_sets.is_empty() {
            self.error(
                place(path, file.provider.referenced),
                "the provider has no code sets".into(),
                "add at least one entry under `code_sets`",
            );
        }
        let mut lines: BTreeMap<&str, u64> = BTreeMap::new();
        let mut code_sets = Vec::new();
        for (set_index, set) in file.code_sets.iter().enumerate() {
            self.check_id(path, &set.id, "code set");
            let line = set.id.referenced.line();
            if let Some(first) = lines.insert(&set.id.value, line) {
                self.error(
                    place(path, set.id.referenced),
                    format!(
                        "code set `{}` is defined twice (first on line {first})",
                        set.id.value
                    ),
                    "give each code set of a provider a distinct id",
                );
            }
            let from = CodeSetRef {
                provider: index,
                code_set: set_index,
            };
            code_sets.push(self.code_set(path, set, taxonomy, from, links));
        }
        Provider {
            id: Name::new(&file.provider.value),
            name: file.name.clone(),
            code_sets,
            defined_at: place(path, file.provider.referenced),
        }
    }
}

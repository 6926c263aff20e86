//! Equivalence groups: codes of different providers that report the same event.

use super::links::CodeIndex;
use super::{Validator, place};
use crate::model::*;
use crate::spec;
use std::collections::{BTreeMap, BTreeSet};

impl Validator {
    /// Resolves the taxonomy's groups of equivalent codes: real codes, from two providers or
    /// more, each code in one group at most.
    pub(super) fn equivalents(
        &mut self,
        path: &str,
        specs: &[spec::EquivalentSpec],
        providers: &[Provider],
    ) -> Vec<Equivalence> {
        let mut groups = Vec::new();
        let mut seen: BTreeMap<String, String> = BTreeMap::new();
        let mut ids: BTreeMap<String, u64> = BTreeMap::new();
        let mut index = CodeIndex::new(providers);
        for g in specs {
            self.check_id(path, &g.id, "equivalence group");
            if let Some(line) = ids.insert(g.id.value.clone(), g.id.referenced.line()) {
                self.error(
                    place(path, g.id.referenced),
                    format!(
                        "equivalence group `{}` is defined twice (first on line {line})",
                        g.id.value
                    ),
                    "give each group id once",
                );
            }
            let mut codes = Vec::new();
            for link in &g.codes {
                let Some(code) = self.resolve(&mut index, path, link.referenced, &link.value)
                else {
                    continue;
                };
                if let Some(other) = seen.insert(link.value.clone(), g.id.value.clone()) {
                    self.error(
                        place(path, link.referenced),
                        format!("`{}` is already in equivalence group `{other}`", link.value),
                        "a code belongs to one group at most: merge the groups or drop one entry",
                    );
                }
                codes.push(code);
            }
            // Equivalent codes are the same kind of event, and where the retry policy is the
            // catalog's own call it is the same call; a provider's documented guidance may differ.
            let code_of =
                |r: &CodeRef| &providers[r.set.provider].code_sets[r.set.code_set].codes[r.code];
            let categories: BTreeSet<usize> = codes.iter().map(|r| code_of(r).category).collect();
            if categories.len() > 1 {
                self.error(place(path, g.id.referenced), format!("the codes of equivalence group `{}` have different categories", g.id.value), "equivalent codes report the same kind of event: give them one category, or split the group");
            }
            let ours: BTreeSet<usize> = codes
                .iter()
                .map(code_of)
                .filter(|c| c.retry_basis == Basis::Catalog)
                .map(|c| c.retry)
                .collect();
            if ours.len() > 1 {
                self.error(place(path, g.id.referenced), format!("the codes of equivalence group `{}` have different catalog-classified retry policies", g.id.value), "where the catalog classifies equivalent codes itself, give them one retry policy (a provider's documented policy may differ)");
            }
            let owners: BTreeSet<usize> = codes.iter().map(|c| c.set.provider).collect();
            if codes.len() == g.codes.len() && owners.len() < 2 {
                self.error(place(path, g.id.referenced), format!("equivalence group `{}` names codes of fewer than two providers", g.id.value), "a group says codes of different providers mean the same; within one provider, use `protocol_equivalent`");
            }
            groups.push(Equivalence {
                id: Name::new(&g.id.value),
                title: g.name.clone(),
                meaning: g.meaning.clone(),
                codes,
            });
        }
        groups
    }
}

//! The taxonomy: categories and retry policies, each id once.

use super::{Validator, place};
use crate::model::*;
use crate::spec;
use std::collections::BTreeMap;

impl Validator {
    /// Categories and retry policies.
    pub(super) fn taxonomy(&mut self, path: &str, t: &spec::TaxonomyFile) -> Taxonomy {
        let categories = self.terms(path, "category", &t.categories);
        let retry_policies = self.terms(path, "retry policy", &t.retry_policies);
        Taxonomy {
            categories,
            retry_policies,
            equivalents: Vec::new(),
        }
    }

    fn terms(&mut self, path: &str, what: &str, specs: &[spec::TermSpec]) -> Vec<Term> {
        let mut seen: BTreeMap<String, usize> = BTreeMap::new();
        let mut terms = Vec::new();
        for s in specs {
            self.check_id(path, &s.id, what);
            let id = Name::new(&s.id.value);
            let key = id.upper_camel();
            if let Some(line) = seen.insert(key.clone(), s.id.referenced.line() as usize) {
                self.error(place(path, s.id.referenced),
                    format!("{what} `{}` is defined twice (first on line {line})", s.id.value),
                    "give each id once; ids that differ only in case or separators count as the same",
                );
            }
            terms.push(Term {
                id,
                title: s.name.clone(),
                meaning: s.meaning.clone(),
            });
        }
        terms
    }
}

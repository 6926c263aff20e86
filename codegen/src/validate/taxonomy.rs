//! The taxonomy: categories and retry policies, each id once.

use super::{Validator, place};
use crate::model::*;
use crate::spec;
use serde_saphyr::Spanned;
use std::collections::BTreeMap;

impl Validator {
    /// Categories and retry policies.
    pub(super) fn taxonomy(&mut self, path: &str, t: &spec::TaxonomyFile) -> Taxonomy {
        let mut categories = self.terms(
            path,
            "category",
            t.categories.iter().map(|c| (&c.id, &c.name, &c.meaning)),
        );
        for (term, spec) in categories.iter_mut().zip(&t.categories) {
            term.user_message = spec.user_message.as_ref().map(|m| {
                if m.value.trim().is_empty() {
                    self.error(
                        place(path, m.referenced),
                        format!("category `{}`: `user_message` is empty", spec.id.value),
                        "write one or two plain sentences an end user can read, or leave it out",
                    );
                }
                m.value.clone()
            });
        }
        let mut retry_policies = self.terms(
            path,
            "retry policy",
            t.retry_policies
                .iter()
                .map(|p| (&p.id, &p.name, &p.meaning)),
        );
        for (term, spec) in retry_policies.iter_mut().zip(&t.retry_policies) {
            term.schedule = spec
                .schedule
                .as_ref()
                .map(|s| self.policy_schedule(path, &spec.id.value, s));
        }
        Taxonomy {
            categories,
            retry_policies,
            equivalents: Vec::new(),
        }
    }

    fn terms<'a>(
        &mut self,
        path: &str,
        what: &str,
        specs: impl Iterator<Item = (&'a Spanned<String>, &'a String, &'a String)>,
    ) -> Vec<Term> {
        let mut seen: BTreeMap<String, usize> = BTreeMap::new();
        let mut terms = Vec::new();
        for (spec_id, title, meaning) in specs {
            self.check_id(path, spec_id, what);
            let id = Name::new(&spec_id.value);
            let key = id.upper_camel();
            if let Some(line) = seen.insert(key.clone(), spec_id.referenced.line() as usize) {
                self.error(place(path, spec_id.referenced),
                    format!("{what} `{}` is defined twice (first on line {line})", spec_id.value),
                    "give each id once; ids that differ only in case or separators count as the same",
                );
            }
            terms.push(Term {
                id,
                title: title.clone(),
                meaning: meaning.clone(),
                user_message: None,
                schedule: None,
            });
        }
        terms
    }
}

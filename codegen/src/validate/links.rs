//! Links (`protocol_equivalent`): resolved once every provider is known.

use super::{Validator, place};
use crate::model::*;
use serde_saphyr::Location;
use std::collections::HashMap;

/// A `protocol_equivalent` waiting for every provider to be known.
pub(super) struct PendingLink {
    pub file: String,
    pub at: Location,
    pub target: String,
    pub from: CodeSetRef,
    pub code: usize,
}

/// The providers, with each code set's names indexed once it is first linked into: a link
/// then costs one hash lookup, not a scan of the set (10,000 codes with 1,000 links were
/// 10 million string comparisons).
pub(super) struct CodeIndex<'a> {
    providers: &'a [Provider],
    names: HashMap<(usize, usize), HashMap<&'a str, usize>>,
}

impl<'a> CodeIndex<'a> {
    pub(super) fn new(providers: &'a [Provider]) -> Self {
        CodeIndex {
            providers,
            names: HashMap::new(),
        }
    }

    /// The position of code `name` in code set `set` of provider `provider`.
    fn code(&mut self, provider: usize, set: usize, name: &str) -> Option<usize> {
        let providers = self.providers;
        let names = self.names.entry((provider, set)).or_insert_with(|| {
            let codes = &providers[provider].code_sets[set].codes;
            let mut names = HashMap::with_capacity(codes.len());
            // The first code of a name wins, as a scan would find it (a duplicate is reported).
            for (i, c) in codes.iter().enumerate().rev() {
                names.insert(c.name.raw.as_str(), i);
            }
            names
        });
        names.get(name).copied()
    }
}

impl Validator {
    /// The code a `provider/code_set/NAME` link names, or a diagnostic at the link.
    pub(super) fn resolve(
        &mut self,
        index: &mut CodeIndex,
        file: &str,
        at: Location,
        target: &str,
    ) -> Option<CodeRef> {
        let hint = "write `provider/code_set/NAME` naming an existing code (NAME without the set's prefix)";
        let mut parts = target.split('/');
        let (Some(p), Some(s), Some(n), None) =
            (parts.next(), parts.next(), parts.next(), parts.next())
        else {
            self.error(
                place(file, at),
                format!("`{target}` is not a link of the form provider/code_set/NAME"),
                hint,
            );
            return None;
        };
        let providers = index.providers;
        let Some(pi) = providers.iter().position(|x| x.id.raw == p) else {
            if self.unparsed.iter().any(|u| u == p) {
                return None;
            }
            self.error(
                place(file, at),
                format!("dangling link `{target}`: there is no provider `{p}`"),
                hint,
            );
            return None;
        };
        let Some(si) = providers[pi].code_sets.iter().position(|x| x.id.raw == s) else {
            self.error(
                place(file, at),
                format!("dangling link `{target}`: provider `{p}` has no code set `{s}`"),
                hint,
            );
            return None;
        };
        let Some(ci) = index.code(pi, si, n) else {
            self.error(
                place(file, at),
                format!("dangling link `{target}`: code set `{p}/{s}` has no code `{n}`"),
                hint,
            );
            return None;
        };
        Some(CodeRef {
            set: CodeSetRef {
                provider: pi,
                code_set: si,
            },
            code: ci,
        })
    }

    /// Points each link at its code; all links of one code set go into one set, so it is typed.
    pub(super) fn resolve_links(&mut self, providers: &mut [Provider], links: &[PendingLink]) {
        let mut index = CodeIndex::new(providers);
        let targets: Vec<Option<CodeRef>> = links
            .iter()
            .map(|link| self.resolve(&mut index, &link.file, link.at, &link.target))
            .collect();
        for (link, target) in links.iter().zip(targets) {
            let Some(target) = target else {
                continue;
            };
            let from = &mut providers[link.from.provider].code_sets[link.from.code_set];
            match from.links_to {
                Some(existing) if existing != target.set => {
                    self.error(place(&link.file, link.at),
                        format!("`{}` points into a different code set than the other links of `{}`", link.target, from.id.raw),
                        "all links of one code set must point into the same code set, so the link can be typed",
                    );
                    continue;
                }
                _ => from.links_to = Some(target.set),
            }
            from.codes[link.code].protocol_equivalent = Some(target);
        }
    }
}

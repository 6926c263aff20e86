//! Links (`protocol_equivalent`): resolved once every provider is known.

use super::{Validator, place};
use crate::model::*;
use serde_saphyr::Location;

/// A `protocol_equivalent` waiting for every provider to be known.
pub(super) struct PendingLink {
    pub file: String,
    pub at: Location,
    pub target: String,
    pub from: CodeSetRef,
    pub code: usize,
}

impl Validator {
    /// The code a `provider/code_set/NAME` link names, or a diagnostic at the link.
    pub(super) fn resolve(
        &mut self,
        providers: &[Provider],
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
        let Some(ci) = providers[pi].code_sets[si]
            .codes
            .iter()
            .position(|x| x.name.raw == n)
        else {
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
        for link in links {
            let Some(target) = self.resolve(providers, &link.file, link.at, &link.target) else {
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

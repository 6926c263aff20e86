//! Runtime signals: the SDK's own verdict at run time, which takes precedence over the catalog.

use super::{Validator, place};
use crate::model::*;
use crate::spec::RuntimeSignalSpec;
use std::collections::BTreeSet;

impl Validator {
    /// A runtime signal of `owner` (a code set or a code), checked.
    pub(super) fn runtime_signal(
        &mut self,
        path: &str,
        owner: &str,
        s: &RuntimeSignalSpec,
    ) -> RuntimeSignal {
        let at = place(path, s.name.referenced);
        if s.name.value.trim().is_empty() {
            self.error(
                at.clone(),
                format!("{owner}: the runtime signal's `name` is empty"),
                "name the field or call, e.g. `MeetingSessionStatus.isTerminal()`",
            );
        }
        let mut overrides = Vec::new();
        for o in &s.overrides.value {
            if overrides.contains(o) {
                self.error(
                    place(path, s.overrides.referenced),
                    format!(
                        "{owner}: the runtime signal overrides `{}` twice",
                        o.as_str()
                    ),
                    "list each field once",
                );
            } else {
                overrides.push(*o);
            }
        }
        if overrides.is_empty() {
            self.error(
                place(path, s.overrides.referenced),
                format!("{owner}: the runtime signal overrides nothing"),
                "list the catalog fields it takes precedence over: `retry`, `terminal`",
            );
        }
        let meaning = s.meaning.as_ref().filter(|m| !m.trim().is_empty());
        if s.values.is_empty() == meaning.is_none() {
            self.error(at.clone(), format!("{owner}: the runtime signal needs either `values` or `meaning`"), "list `values:` with `value` and `means` when they can be enumerated, otherwise one `meaning:`");
        }
        let mut seen = BTreeSet::new();
        for v in &s.values {
            if v.value.trim().is_empty()
                || v.means.trim().is_empty()
                || !seen.insert(v.value.as_str())
            {
                self.error(
                    at.clone(),
                    format!(
                        "{owner}: the runtime signal's value `{}` is empty or listed twice",
                        v.value
                    ),
                    "give each value once, with what it `means`",
                );
            }
        }
        RuntimeSignal {
            name: s.name.value.clone(),
            overrides,
            values: s
                .values
                .iter()
                .map(|v| SignalValue {
                    value: v.value.clone(),
                    means: v.means.clone(),
                })
                .collect(),
            meaning: meaning.cloned(),
        }
    }
}

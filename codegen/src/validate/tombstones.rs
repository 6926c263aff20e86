//! Retired codes (tombstones): the compatibility guard's memory of what once existed.

use super::{Validator, is_identifier, place};
use crate::model::*;
use crate::spec;

impl Validator {
    /// Retired codes: well-typed, each once, and never silently shadowed by an active code.
    pub(super) fn tombstones(
        &mut self,
        path: &str,
        set: &spec::CodeSetSpec,
        codes: &[Code],
    ) -> Vec<Tombstone> {
        let mut out: Vec<Tombstone> = Vec::new();
        for t in &set.retired {
            let raw = &t.name.value;
            if !is_identifier(raw) {
                self.error(
                    place(path, t.name.referenced),
                    format!("retired code name `{raw}` is not an identifier"),
                    "names use ASCII letters, digits and underscores and start with a letter",
                );
            }
            let Some(value) = self.value(path, set, &t.name.value, &t.value) else {
                continue;
            };
            if out
                .iter()
                .any(|o| o.name == t.name.value && o.value == value)
            {
                self.error(
                    place(path, t.name.referenced),
                    format!("retired code `{}` is listed twice", t.name.value),
                    "keep one tombstone per retired code",
                );
            }
            if codes
                .iter()
                .any(|c| c.name.raw == t.name.value && c.value == value)
            {
                self.error(
                    place(path, t.name.referenced),
                    format!(
                        "`{}` is retired but still an active code with the same value",
                        t.name.value
                    ),
                    "remove the tombstone, or the active code",
                );
            }
            let reused_by = codes.iter().find(|c| c.value == value);
            match (reused_by, &t.value_reused_by) {
                (Some(c), None) if c.name.raw != t.name.value => self.error(place(path, t.value.referenced),
                    format!("the value of retired code `{}` is used again by `{}`", t.name.value, c.name.raw),
                    &format!("a retired value is never reused; if upstream did reuse it, say so with `value_reused_by: {}`", c.name.raw),
                ),
                (Some(c), Some(named)) if c.name.raw != named.value => self.error(place(path, named.referenced),
                    format!("the value of retired code `{}` is used by `{}`, not `{}`", t.name.value, c.name.raw, named.value),
                    &format!("write `value_reused_by: {}`", c.name.raw),
                ),
                (None, Some(named)) => self.error(place(path, named.referenced),
                    format!("no active code has the value of retired code `{}`", t.name.value),
                    "remove `value_reused_by`",
                ),
                _ => {}
            }
            for (field, text) in [("reason", &t.reason), ("retired_in", &t.retired_in)] {
                if text.trim().is_empty() {
                    self.error(
                        place(path, t.name.referenced),
                        format!("retired code `{}` has an empty `{field}`", t.name.value),
                        "say why and when the code went away",
                    );
                }
            }
            out.push(Tombstone {
                name: t.name.value.clone(),
                value,
                reason: t.reason.clone(),
                retired_in: t.retired_in.clone(),
                value_reused_by: t.value_reused_by.as_ref().map(|v| v.value.clone()),
            });
        }
        out
    }
}

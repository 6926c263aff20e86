//! What a code tells people: the end user's message (its own or its category's), the ordered
//! remediation, known causes, references, `since`, and whether the session ends.

use super::{Validator, place};
use crate::model::*;
use crate::spec::{self, CodeSpec};
use serde_saphyr::Spanned;

/// A code's texts for people, checked.
pub(super) struct Guidance {
    pub user_message: String,
    pub own_user_message: bool,
    pub remediation: Vec<String>,
    pub causes: Vec<String>,
    pub references: Vec<String>,
    pub since: Option<String>,
    pub terminal: Terminality,
}

impl Validator {
    /// The guidance of code `c`, labelled `label` (`provider/code_set/NAME`) in messages.
    pub(super) fn guidance(
        &mut self,
        path: &str,
        label: &str,
        c: &CodeSpec,
        category: Option<&Term>,
    ) -> Guidance {
        let at = place(path, c.name.referenced);
        let (user_message, own_user_message) = self.user_message(path, label, c, category);
        let remediation = match &c.remediation {
            None => {
                self.error(at.clone(), format!("{label}: missing remediation"), "add `remediation:` with the ordered steps a developer or operator takes, at least one");
                Vec::new()
            }
            Some(steps) => {
                self.items(
                    path,
                    label,
                    "remediation",
                    steps.referenced,
                    &steps.value,
                    true,
                );
                steps.value.clone()
            }
        };
        self.items(path, label, "causes", c.name.referenced, &c.causes, false);
        self.items(
            path,
            label,
            "references",
            c.name.referenced,
            &c.references,
            false,
        );
        let since = c.since.as_ref().map(|s| {
            if s.value.trim().is_empty() {
                self.error(place(path, s.referenced), format!("{label}: `since` is empty"), "write the upstream release that introduced the code (e.g. `3.27.0`), or leave `since` out");
            }
            s.value.clone()
        });
        Guidance {
            user_message,
            own_user_message,
            remediation,
            causes: c.causes.clone(),
            references: c.references.clone(),
            since,
            terminal: self.terminality(path, label, c),
        }
    }

    /// The code's own message, or its category's; an error when neither exists.
    fn user_message(
        &mut self,
        path: &str,
        label: &str,
        c: &CodeSpec,
        category: Option<&Term>,
    ) -> (String, bool) {
        if let Some(own) = &c.user_message {
            if own.value.trim().is_empty() {
                self.error(place(path, own.referenced), format!("{label}: `user_message` is empty"), "write one or two plain sentences an end user can read, or leave it out to use the category's");
            }
            return (own.value.clone(), true);
        }
        match category {
            Some(term) => {
                match &term.user_message {
                    Some(message) => (message.clone(), false),
                    None => {
                        self.error(place(path, c.category.referenced), format!("{label}: no `user_message`, and its category `{}` has none", term.id.raw), "add `user_message:` to the code, or to the category in spec/taxonomy.yaml");
                        (String::new(), false)
                    }
                }
            }
            // An unknown category is reported already.
            None => (String::new(), false),
        }
    }

    /// A list whose items must say something; `required` lists need at least one.
    fn items(
        &mut self,
        path: &str,
        label: &str,
        field: &str,
        at: serde_saphyr::Location,
        items: &[String],
        required: bool,
    ) {
        if required && items.is_empty() {
            self.error(
                place(path, at),
                format!("{label}: `{field}` has no items"),
                "list at least one step",
            );
        }
        if items.iter().any(|i| i.trim().is_empty()) {
            self.error(
                place(path, at),
                format!("{label}: `{field}` has an empty item"),
                "remove the empty item or write it out",
            );
        }
    }

    /// `terminal` as the model keeps it; `depends` needs a condition, a boolean takes none.
    fn terminality(&mut self, path: &str, label: &str, c: &CodeSpec) -> Terminality {
        let condition: Option<&Spanned<String>> = c.terminal_condition.as_ref();
        match (c.terminal.value, condition) {
            (spec::Terminal::Depends(_), Some(text)) if !text.value.trim().is_empty() => {
                Terminality::Depends {
                    condition: text.value.clone(),
                }
            }
            (spec::Terminal::Depends(_), _) => {
                self.error(
                    place(path, c.terminal.referenced),
                    format!("{label}: `terminal: depends` needs a `terminal_condition`"),
                    "add `terminal_condition:` saying in words when the code ends the session",
                );
                Terminality::Depends {
                    condition: String::new(),
                }
            }
            (spec::Terminal::Bool(_), Some(text)) => {
                self.error(
                    place(path, text.referenced),
                    format!("{label}: `terminal_condition` is only for `terminal: depends`"),
                    "remove `terminal_condition`, or set `terminal: depends`",
                );
                Terminality::NotTerminal
            }
            (spec::Terminal::Bool(true), None) => Terminality::Terminal,
            (spec::Terminal::Bool(false), None) => Terminality::NotTerminal,
        }
    }
}

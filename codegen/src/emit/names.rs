//! What a target declares: every identifier it writes, in the scope it writes it.
//!
//! Each target's `names` module is the one place that spells its identifiers; its `declared`
//! function lists them, so the validator checks the very strings the emitter writes.

use crate::model::Origin;

/// One identifier a target writes (or reserves) in one scope.
#[derive(Debug, Clone)]
pub struct Declared {
    /// Where the identifier must be unique, e.g. "Rust module `livekit`".
    pub scope: String,
    /// The identifier exactly as written.
    pub ident: String,
    /// What it is in the target, e.g. "type", "package", "export".
    pub role: &'static str,
    /// Who asks for it.
    pub owner: Owner,
}

/// Whose identifier it is.
#[derive(Debug, Clone)]
pub enum Owner {
    /// A spec item (`provider `x``, `code set `y``, `code `Z``), found where it is defined.
    Spec {
        /// The item, as messages name it.
        item: String,
        /// What kind of item: it picks the hint.
        kind: Kind,
        /// Where it is defined.
        at: Origin,
    },
    /// A name the generated code defines or uses itself, described for messages.
    Builtin(String),
    /// A keyword of the target language: never usable in this scope.
    Keyword,
}

/// The kinds of spec item that become identifiers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Kind {
    /// A provider id.
    Provider,
    /// A code set id.
    CodeSet,
    /// A code name.
    Code,
}

impl Declared {
    /// An identifier of a spec item.
    pub fn spec(
        scope: &str,
        ident: String,
        role: &'static str,
        item: String,
        kind: Kind,
        at: &Origin,
    ) -> Self {
        Declared {
            scope: scope.to_owned(),
            ident,
            role,
            owner: Owner::Spec {
                item,
                kind,
                at: at.clone(),
            },
        }
    }

    /// An identifier the generated code owns, described as `what`.
    pub fn builtin(scope: &str, ident: &str, role: &'static str, what: String) -> Self {
        Declared {
            scope: scope.to_owned(),
            ident: ident.to_owned(),
            role,
            owner: Owner::Builtin(what),
        }
    }

    /// Every keyword of a target, reserved in `scope`.
    pub fn keywords(scope: &str, role: &'static str, keywords: &[&str]) -> Vec<Self> {
        keywords
            .iter()
            .map(|k| Declared {
                scope: scope.to_owned(),
                ident: (*k).to_owned(),
                role,
                owner: Owner::Keyword,
            })
            .collect()
    }
}

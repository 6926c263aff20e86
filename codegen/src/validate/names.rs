//! Names: every identifier a target writes is unique in its scope and never a keyword.
//!
//! The targets list their own names (`emit::<target>::names::declared`, `emit::docs::declared`),
//! the same functions their emitters write with; this pass only compares, so it checks exactly
//! the strings that end up in the generated files.

use super::Validator;
use crate::emit::names::{Declared, Kind, Owner};
use crate::emit::{c, docs, go, kotlin, python, rust, typescript};
use crate::model::*;
use std::collections::HashMap;

/// A target's list of the names it writes.
type DeclaredBy = fn(&Catalog) -> Vec<Declared>;

/// Every target that writes identifiers, as messages name it.
const TARGETS: &[(&str, DeclaredBy)] = &[
    ("Rust", rust::names::declared),
    ("TypeScript", typescript::names::declared),
    ("Kotlin", kotlin::names::declared),
    ("Go", go::names::declared),
    ("C", c::names::declared),
    ("Python", python::names::declared),
    ("docs", docs::declared),
];

/// A spec item that takes a name someone else has, in one or more targets.
struct Clash {
    at: Origin,
    item: String,
    kind: Kind,
    /// What else has the name; `None` for a keyword.
    other: Option<String>,
    /// Each target's identifier, e.g. "Kotlin package `in`".
    places: Vec<String>,
}

impl Validator {
    /// Reports each identifier that a spec item shares with another name in one scope: one
    /// message per pair of items, naming every target where they collide.
    pub(super) fn names(&mut self, catalog: &Catalog) {
        let mut clashes: Vec<Clash> = Vec::new();
        for &(target, declared) in TARGETS {
            let declared = declared(catalog);
            // A hash map: only looked up, never iterated, so its order cannot show in output.
            let mut first: HashMap<(&str, &str), &Declared> =
                HashMap::with_capacity(declared.len());
            for d in &declared {
                let earlier = *first.entry((&d.scope, &d.ident)).or_insert(d);
                if let Some(clash) = clash(target, earlier, d) {
                    merge(&mut clashes, clash);
                }
            }
        }
        for c in clashes {
            let places = c.places.join(", ");
            let message = match &c.other {
                Some(other) => format!("{} clashes with {other}: both would be {places}", c.item),
                None => format!("{} would be {places}, a keyword", c.item),
            };
            self.error(c.at, message, hint(c.kind));
        }
    }
}

/// The clash of `later` with the `earlier` holder of its name, if it is one worth reporting.
fn clash(target: &str, earlier: &Declared, later: &Declared) -> Option<Clash> {
    let Owner::Spec { item, kind, at } = &later.owner else {
        return None;
    };
    let other = match &earlier.owner {
        _ if std::ptr::eq(earlier, later) => return None,
        // The same spec item twice (a duplicate name) is reported where it is written.
        Owner::Spec { item: other, .. } if other == item => return None,
        Owner::Spec { item: other, .. } => Some(other.clone()),
        Owner::Builtin(what) => Some(what.clone()),
        Owner::Keyword => None,
    };
    Some(Clash {
        at: at.clone(),
        item: item.clone(),
        kind: *kind,
        other,
        places: vec![format!("{target} {} `{}`", later.role, later.ident)],
    })
}

/// Adds `clash` to the one already found for the same pair of items, or as a new one.
fn merge(clashes: &mut Vec<Clash>, clash: Clash) {
    let same = clashes
        .iter_mut()
        .find(|c| c.at == clash.at && c.item == clash.item && c.other == clash.other);
    match same {
        Some(c) => {
            for place in clash.places {
                if !c.places.contains(&place) {
                    c.places.push(place);
                }
            }
        }
        None => clashes.push(clash),
    }
}

fn hint(kind: Kind) -> &'static str {
    match kind {
        Kind::Provider => "choose another provider id (and rename its file to match)",
        Kind::CodeSet => {
            "choose another code set id, for example the upstream symbol's name in snake_case"
        }
        Kind::Code => "rename one so the names differ by more than case or separators",
    }
}

//! The registry package `codesets`: every code set of every provider (`All`), and the lookups
//! across them (`Lookup` by wire value, `Resolve` by link). It imports every provider package,
//! which the root package cannot do (each of them imports the root).

use super::names::{REGISTRY_PACKAGE, ROOT_PACKAGE, module_path, package, set_functions};
use super::{header, string};
use crate::emit::text::field;
use crate::model::Catalog;
use std::fmt::Write;

/// `codesets/codesets.go`.
pub fn file(catalog: &Catalog) -> String {
    let module = module_path(catalog);
    let mut out = header();
    let _ = writeln!(
        out,
        "// Package {REGISTRY_PACKAGE} lists every code set of every provider, and finds a code in any of them.\npackage {REGISTRY_PACKAGE}\n\nimport (\n\t\"strings\"\n\n\t{ROOT_PACKAGE} {}",
        string(&module)
    );
    for p in &catalog.providers {
        let _ = writeln!(out, "\t{}", string(&format!("{module}/{}", package(p))));
    }
    out.push_str(")\n\n// sets is every code set, in catalog order.\nvar sets = []CodeSet{\n");
    for p in &catalog.providers {
        let pkg = package(p);
        for set in &p.code_sets {
            let [from_value, from_name, values] = set_functions(set);
            let _ = writeln!(
                out,
                "\tentry({}, {}, {pkg}.{values}(), {pkg}.{from_value}, {pkg}.{from_name}),",
                string(&p.id.raw),
                string(&set.id.raw)
            );
        }
    }
    out.push_str("}\n\n");
    out.push_str(
        &TEMPLATE
            .replace("{provider}", field::PROVIDER)
            .replace("{code_set}", field::CODE_SET),
    );
    out
}

/// Everything after the list: the type, the lookups and the generic helpers (gofmt-clean).
const TEMPLATE: &str = r#"// CodeSet is one code set, for tools that handle every provider's codes generically.
type CodeSet struct {
	// Provider: {provider}
	Provider string

	// ID: {code_set}
	ID string

	// Codes: every code, in upstream order.
	Codes []errorcatalog.ErrorCode

	fromValue func(value any) (errorcatalog.ErrorCode, bool)
	fromName  func(name string) (errorcatalog.ErrorCode, bool)
}

// FromValue returns the code with this wire value (an int32 or a string, as the set's type
// has it), and whether the set has it.
func (s CodeSet) FromValue(value any) (errorcatalog.ErrorCode, bool) { return s.fromValue(value) }

// FromName returns the code with this upstream name (case-sensitive), and whether the set has it.
func (s CodeSet) FromName(name string) (errorcatalog.ErrorCode, bool) { return s.fromName(name) }

// All returns every code set, in catalog order.
func All() []CodeSet { return append([]CodeSet(nil), sets...) }

// Lookup returns the code with this wire value (an int32 or a string) in provider's code set
// codeSet, and whether there is one.
func Lookup(provider, codeSet string, value any) (errorcatalog.ErrorCode, bool) {
	for _, s := range sets {
		if s.Provider == provider && s.ID == codeSet {
			return s.FromValue(value)
		}
	}
	return nil, false
}

// Resolve returns the code a link names (`provider/code_set/NAME`, NAME as the catalog keys
// it, e.g. Info.ProtocolEquivalent), and whether there is one.
func Resolve(link string) (errorcatalog.ErrorCode, bool) {
	parts := strings.SplitN(link, "/", 3)
	if len(parts) != 3 {
		return nil, false
	}
	for _, s := range sets {
		if s.Provider != parts[0] || s.ID != parts[1] {
			continue
		}
		for _, c := range s.Codes {
			if c.Info().CatalogName == parts[2] {
				return c, true
			}
		}
	}
	return nil, false
}

// entry is one code set's row in sets, from its type's functions.
func entry[T errorcatalog.ErrorCode, V any](provider, id string, codes []T, fromValue func(V) (T, bool), fromName func(string) (T, bool)) CodeSet {
	all := make([]errorcatalog.ErrorCode, len(codes))
	for i, c := range codes {
		all[i] = c
	}
	return CodeSet{
		Provider: provider,
		ID:       id,
		Codes:    all,
		fromValue: func(value any) (errorcatalog.ErrorCode, bool) {
			v, ok := value.(V)
			if !ok {
				return nil, false
			}
			return found(fromValue(v))
		},
		fromName: func(name string) (errorcatalog.ErrorCode, bool) {
			return found(fromName(name))
		},
	}
}

// found turns a typed lookup's answer into the interface's, nil when there is none.
func found[T errorcatalog.ErrorCode](code T, ok bool) (errorcatalog.ErrorCode, bool) {
	if !ok {
		return nil, false
	}
	return code, true
}
"#;

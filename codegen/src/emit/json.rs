//! `generated/catalog.json`: the whole validated model, for any other language or tool, and the
//! test vectors every binding's tests read.
//!
//! Keys come out sorted (serde_json's map is ordered by key), arrays keep the catalog's order, so
//! the file is deterministic. serde_json is the one escaping function here.

use super::{Files, kotlin, notice, rust, typescript};
use crate::model::*;
use serde_json::{Value as Json, json};

/// `catalog.json`.
pub fn emit(catalog: &Catalog) -> Files {
    let mut text =
        serde_json::to_string_pretty(&catalog_json(catalog)).expect("JSON always serializes");
    text.push('\n');
    Files::from([("catalog.json".to_owned(), text)])
}

fn term(t: &Term) -> Json {
    json!({ "id": t.id.raw, "name": t.title, "meaning": t.meaning })
}

fn basis(b: Basis) -> &'static str {
    match b {
        Basis::Provider => "provider",
        Basis::Catalog => "catalog",
    }
}

fn value(v: &Value) -> Json {
    match v {
        Value::Integer(i) => json!(i),
        Value::String(s) => json!(s),
    }
}

/// `provider/code_set/NAME`, the spec's link syntax.
pub fn link(catalog: &Catalog, r: CodeRef) -> String {
    let (p, s, c) = catalog.code(r);
    format!("{}/{}/{}", p.id.raw, s.id.raw, c.name.raw)
}

fn catalog_json(catalog: &Catalog) -> Json {
    let tax = &catalog.taxonomy;
    let providers: Vec<Json> = catalog
        .providers
        .iter()
        .map(|p| {
            let sets: Vec<Json> = p
                .code_sets
                .iter()
                .map(|s| {
                    let codes: Vec<Json> = s
                        .codes
                        .iter()
                        .map(|c| {
                            json!({
                                "name": c.name.raw,
                                "upstream_name": s.upstream_name(c),
                                "value": value(&c.value),
                                "summary": c.summary,
                                "cause": c.cause,
                                "when": c.when,
                                "category": tax.categories[c.category].id.raw,
                                "retry": tax.retry_policies[c.retry].id.raw,
                                "retry_basis": basis(c.retry_basis),
                                "terminal": c.terminal,
                                "terminal_basis": basis(c.terminal_basis),
                                "rationale": c.rationale,
                                "failure": c.failure,
                                "protocol_equivalent": c.protocol_equivalent.map(|r| link(catalog, r)),
                                "deprecated": c.deprecated,
                                "identifiers": {
                                    "rust": rust::variant_name(c),
                                    "typescript": c.name.raw,
                                    "kotlin": kotlin::constant(&c.name),
                                },
                            })
                        })
                        .collect();
                    let links_to = s.links_to.map(|r| {
                        let (lp, ls) = catalog.code_set(r);
                        format!("{}/{}", lp.id.raw, ls.id.raw)
                    });
                    json!({
                        "id": s.id.raw,
                        "summary": s.summary,
                        "values": match s.values { ValueKind::Integer => "integer", ValueKind::String => "string" },
                        "name_prefix": s.name_prefix,
                        "source": {
                            "repository": s.source.repository,
                            "homepage": s.source.homepage,
                            "package": s.source.package,
                            "symbol": s.source.symbol,
                            "version": s.source.version,
                            "commit": s.source.commit,
                            "path": s.source.path,
                        },
                        "notes": s.notes,
                        "has_failure_flag": s.has_failure_flag,
                        "links_to": links_to,
                        "identifiers": {
                            "rust": s.id.upper_camel(),
                            "typescript": typescript::type_name(s),
                            "kotlin": s.id.upper_camel(),
                        },
                        "codes": codes,
                        "retired": s.retired.iter().map(|t| json!({
                            "name": t.name,
                            "value": value(&t.value),
                            "reason": t.reason,
                            "retired_in": t.retired_in,
                            "value_reused_by": t.value_reused_by,
                        })).collect::<Vec<_>>(),
                    })
                })
                .collect();
            json!({ "id": p.id.raw, "name": p.name, "code_sets": sets })
        })
        .collect();
    json!({
        "$comment": notice(),
        "categories": tax.categories.iter().map(term).collect::<Vec<_>>(),
        "retry_policies": tax.retry_policies.iter().map(term).collect::<Vec<_>>(),
        "equivalents": tax.equivalents.iter().map(|g| json!({
            "id": g.id.raw,
            "name": g.title,
            "meaning": g.meaning,
            "codes": g.codes.iter().map(|&r| link(catalog, r)).collect::<Vec<_>>(),
        })).collect::<Vec<_>>(),
        "providers": providers,
        "counts": {
            "providers": catalog.providers.len(),
            "code_sets": catalog.code_set_count(),
            "codes": catalog.code_count(),
        },
    })
}

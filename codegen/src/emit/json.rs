//! `generated/catalog.json`: the whole validated model, for any other language or tool, and the
//! test vectors every binding's tests read.
//!
//! Serialized from structs that borrow from the model, with fields declared in alphabetical
//! order, so keys come out sorted and the file is deterministic; serde_json is the one escaping
//! function here.

use super::{Files, kotlin, notice, rust, typescript};
use crate::model::*;
use serde::Serialize;

/// `catalog.json`.
pub fn emit(catalog: &Catalog) -> Files {
    let mut text = serde_json::to_string_pretty(&catalog_json(catalog))
        .expect("the catalog always serializes");
    text.push('\n');
    Files::from([("catalog.json".to_owned(), text)])
}

/// `provider/code_set/NAME`, the spec's link syntax.
pub fn link(catalog: &Catalog, r: CodeRef) -> String {
    let (p, s, c) = catalog.code(r);
    format!("{}/{}/{}", p.id.raw, s.id.raw, c.name.raw)
}

#[derive(Serialize)]
struct JsonCatalog<'a> {
    #[serde(rename = "$comment")]
    comment: String,
    categories: Vec<JsonTerm<'a>>,
    counts: JsonCounts,
    equivalents: Vec<JsonEquivalence<'a>>,
    providers: Vec<JsonProvider<'a>>,
    retry_policies: Vec<JsonTerm<'a>>,
}

#[derive(Serialize)]
struct JsonTerm<'a> {
    id: &'a str,
    meaning: &'a str,
    name: &'a str,
}

#[derive(Serialize)]
struct JsonCounts {
    code_sets: usize,
    codes: usize,
    providers: usize,
}

#[derive(Serialize)]
struct JsonEquivalence<'a> {
    codes: Vec<String>,
    id: &'a str,
    meaning: &'a str,
    name: &'a str,
}

#[derive(Serialize)]
struct JsonProvider<'a> {
    code_sets: Vec<JsonCodeSet<'a>>,
    id: &'a str,
    name: &'a str,
}

#[derive(Serialize)]
struct JsonCodeSet<'a> {
    codes: Vec<JsonCode<'a>>,
    has_failure_flag: bool,
    id: &'a str,
    identifiers: JsonIdentifiers,
    links_to: Option<String>,
    name_prefix: &'a str,
    notes: &'a [String],
    retired: Vec<JsonTombstone<'a>>,
    source: JsonSource<'a>,
    summary: &'a str,
    values: &'static str,
}

#[derive(Serialize)]
struct JsonIdentifiers {
    kotlin: String,
    rust: String,
    typescript: String,
}

#[derive(Serialize)]
struct JsonSource<'a> {
    commit: Option<&'a str>,
    homepage: Option<&'a str>,
    path: Option<&'a str>,
    repository: Option<&'a str>,
    symbol: &'a str,
    /// The conformance check's declaration: what `tests/conformance` reads.
    verify: Option<&'a serde_json::Value>,
    version: &'a str,
}

#[derive(Serialize)]
struct JsonCode<'a> {
    category: &'a str,
    cause: &'a str,
    deprecated: Option<&'a str>,
    failure: Option<bool>,
    identifiers: JsonIdentifiers,
    name: &'a str,
    protocol_equivalent: Option<String>,
    rationale: Option<&'a str>,
    retry: &'a str,
    retry_basis: &'static str,
    summary: &'a str,
    terminal: bool,
    terminal_basis: &'static str,
    upstream_name: String,
    value: JsonValue<'a>,
    when: &'a [String],
}

#[derive(Serialize)]
struct JsonTombstone<'a> {
    name: &'a str,
    reason: &'a str,
    retired_in: &'a str,
    value: JsonValue<'a>,
    value_reused_by: Option<&'a str>,
}

#[derive(Serialize)]
#[serde(untagged)]
enum JsonValue<'a> {
    Integer(i32),
    String(&'a str),
}

fn value(v: &Value) -> JsonValue<'_> {
    match v {
        Value::Integer(i) => JsonValue::Integer(*i),
        Value::String(s) => JsonValue::String(s),
    }
}

fn term(t: &Term) -> JsonTerm<'_> {
    JsonTerm {
        id: &t.id.raw,
        meaning: &t.meaning,
        name: &t.title,
    }
}

fn catalog_json(catalog: &Catalog) -> JsonCatalog<'_> {
    let tax = &catalog.taxonomy;
    let providers = catalog
        .providers
        .iter()
        .map(|p| JsonProvider {
            id: &p.id.raw,
            name: &p.name,
            code_sets: p.code_sets.iter().map(|s| code_set(catalog, s)).collect(),
        })
        .collect();
    JsonCatalog {
        comment: notice(),
        categories: tax.categories.iter().map(term).collect(),
        counts: JsonCounts {
            code_sets: catalog.code_set_count(),
            codes: catalog.code_count(),
            providers: catalog.providers.len(),
        },
        equivalents: tax
            .equivalents
            .iter()
            .map(|g| JsonEquivalence {
                codes: g.codes.iter().map(|&r| link(catalog, r)).collect(),
                id: &g.id.raw,
                meaning: &g.meaning,
                name: &g.title,
            })
            .collect(),
        providers,
        retry_policies: tax.retry_policies.iter().map(term).collect(),
    }
}

fn code_set<'a>(catalog: &'a Catalog, s: &'a CodeSet) -> JsonCodeSet<'a> {
    let tax = &catalog.taxonomy;
    JsonCodeSet {
        codes: s
            .codes
            .iter()
            .map(|c| JsonCode {
                category: &tax.categories[c.category].id.raw,
                cause: &c.cause,
                deprecated: c.deprecated.as_deref(),
                failure: c.failure,
                identifiers: JsonIdentifiers {
                    kotlin: kotlin::names::constant(&c.name),
                    rust: rust::names::variant_name(c),
                    typescript: typescript::names::member(c),
                },
                name: &c.name.raw,
                protocol_equivalent: c.protocol_equivalent.map(|r| link(catalog, r)),
                rationale: c.rationale.as_deref(),
                retry: &tax.retry_policies[c.retry].id.raw,
                retry_basis: c.retry_basis.as_str(),
                summary: &c.summary,
                terminal: c.terminal,
                terminal_basis: c.terminal_basis.as_str(),
                upstream_name: s.upstream_name(c),
                value: value(&c.value),
                when: &c.when,
            })
            .collect(),
        has_failure_flag: s.has_failure_flag,
        id: &s.id.raw,
        identifiers: JsonIdentifiers {
            kotlin: kotlin::names::type_name(s),
            rust: rust::names::type_name(s),
            typescript: typescript::names::type_name(s),
        },
        links_to: s.links_to.map(|r| {
            let (lp, ls) = catalog.code_set(r);
            format!("{}/{}", lp.id.raw, ls.id.raw)
        }),
        name_prefix: &s.name_prefix,
        notes: &s.notes,
        retired: s
            .retired
            .iter()
            .map(|t| JsonTombstone {
                name: &t.name,
                reason: &t.reason,
                retired_in: &t.retired_in,
                value: value(&t.value),
                value_reused_by: t.value_reused_by.as_deref(),
            })
            .collect(),
        source: JsonSource {
            commit: s.source.commit.as_deref(),
            homepage: s.source.homepage.as_deref(),
            path: s.source.path.as_deref(),
            repository: s.source.repository.as_deref(),
            symbol: &s.source.symbol,
            verify: s.source.verify.as_ref().map(|v| &v.declaration),
            version: &s.source.version,
        },
        summary: &s.summary,
        values: match s.values {
            ValueKind::Integer => "integer",
            ValueKind::String => "string",
        },
    }
}

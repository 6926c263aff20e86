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
    /// Questions to every binding's retry-delay helper, with the rule's answers.
    retry_vectors: Vec<super::retry::RetryVector>,
}

#[derive(Serialize)]
struct JsonTerm<'a> {
    id: &'a str,
    meaning: &'a str,
    name: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    schedule: Option<JsonSchedule<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    user_message: Option<&'a str>,
}

#[derive(Serialize)]
struct JsonSchedule<'a> {
    basis: &'a str,
    initial_delay_ms: u32,
    jitter: &'static str,
    max_attempts: u32,
    max_delay_ms: u32,
    multiplier_thousandths: u32,
    reference: Option<&'a str>,
}

#[derive(Serialize)]
struct JsonSignal<'a> {
    meaning: Option<&'a str>,
    name: &'a str,
    overrides: Vec<&'static str>,
    values: Vec<JsonSignalValue<'a>>,
}

#[derive(Serialize)]
struct JsonSignalValue<'a> {
    means: &'a str,
    value: &'a str,
}

/// `true`, `false` or `"depends"`, as the spec writes it.
#[derive(Serialize)]
#[serde(untagged)]
enum JsonTerminal {
    Bool(bool),
    Word(&'static str),
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
    runtime_signal: Option<JsonSignal<'a>>,
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
    causes: &'a [String],
    deprecated: Option<&'a str>,
    failure: Option<bool>,
    identifiers: JsonIdentifiers,
    name: &'a str,
    protocol_equivalent: Option<String>,
    rationale: Option<&'a str>,
    references: &'a [String],
    remediation: &'a [String],
    retry: &'a str,
    retry_basis: &'static str,
    retry_schedule: Option<JsonSchedule<'a>>,
    runtime_signal: Option<JsonSignal<'a>>,
    since: Option<&'a str>,
    summary: &'a str,
    terminal: JsonTerminal,
    terminal_basis: &'static str,
    terminal_condition: Option<&'a str>,
    upstream_name: String,
    user_message: &'a str,
    user_message_key: String,
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
        schedule: t.schedule.as_ref().map(schedule),
        user_message: t.user_message.as_deref(),
    }
}

fn schedule(s: &Schedule) -> JsonSchedule<'_> {
    JsonSchedule {
        basis: &s.basis,
        initial_delay_ms: s.initial_delay_ms,
        jitter: s.jitter.as_str(),
        max_attempts: s.max_attempts,
        max_delay_ms: s.max_delay_ms,
        multiplier_thousandths: s.multiplier_thousandths,
        reference: s.reference.as_deref(),
    }
}

fn signal(s: &RuntimeSignal) -> JsonSignal<'_> {
    JsonSignal {
        meaning: s.meaning.as_deref(),
        name: &s.name,
        overrides: s.overrides.iter().map(|o| o.as_str()).collect(),
        values: s
            .values
            .iter()
            .map(|v| JsonSignalValue {
                means: &v.means,
                value: &v.value,
            })
            .collect(),
    }
}

fn terminal(t: &Terminality) -> JsonTerminal {
    match t {
        Terminality::Terminal => JsonTerminal::Bool(true),
        Terminality::NotTerminal => JsonTerminal::Bool(false),
        Terminality::Depends { .. } => JsonTerminal::Word("depends"),
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
            code_sets: p.code_sets.iter().map(|s| code_set(catalog, p, s)).collect(),
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
        retry_vectors: super::retry::vectors(catalog),
    }
}

fn code_set<'a>(catalog: &'a Catalog, p: &'a Provider, s: &'a CodeSet) -> JsonCodeSet<'a> {
    let tax = &catalog.taxonomy;
    JsonCodeSet {
        codes: s
            .codes
            .iter()
            .map(|c| JsonCode {
                category: &tax.categories[c.category].id.raw,
                cause: &c.cause,
                causes: &c.causes,
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
                references: &c.references,
                remediation: &c.remediation,
                retry: &tax.retry_policies[c.retry].id.raw,
                retry_basis: c.retry_basis.as_str(),
                retry_schedule: c.schedule.as_ref().map(schedule),
                runtime_signal: c.runtime_signal.as_ref().map(signal),
                since: c.since.as_deref(),
                summary: &c.summary,
                terminal: terminal(&c.terminal),
                terminal_basis: c.terminal_basis.as_str(),
                terminal_condition: c.terminal.condition(),
                upstream_name: s.upstream_name(c),
                user_message: &c.user_message,
                user_message_key: s.message_key(p, c),
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
        runtime_signal: s.runtime_signal.as_ref().map(signal),
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

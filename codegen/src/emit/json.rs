//! `generated/catalog.json`: the whole validated model, for any other language or tool, and the
//! test vectors every binding's tests read.
//!
//! Serialized from structs that borrow from the model, with fields declared in alphabetical
//! order, so keys come out sorted and the file is deterministic; serde_json is the one escaping
//! function here. The same structs derive the file's JSON Schema (`schema/catalog.schema.json`,
//! see [`schema`]), so the schema cannot drift from what is written.

use super::{Out, c, go, kotlin, notice, python, rust, typescript};
use crate::model::*;
use schemars::JsonSchema;
use serde::Serialize;

/// The version of catalog.json's shape: raised when a field is removed or changes its meaning,
/// so a tool can refuse a file it does not understand. Added fields keep it.
pub const SCHEMA_VERSION: u32 = 1;

/// Where catalog.json's schema is, relative to catalog.json.
pub const SCHEMA_PATH: &str = "schema/catalog.schema.json";

/// `catalog.json`.
pub fn emit(catalog: &Catalog, out: &mut dyn Out) {
    out.file("catalog.json".to_owned(), text(catalog));
}

/// `catalog.json`'s contents (the TypeScript package carries a copy).
pub fn text(catalog: &Catalog) -> String {
    let mut text = serde_json::to_string_pretty(&catalog_json(catalog))
        .expect("the catalog always serializes");
    text.push('\n');
    text
}

/// catalog.json as a JSON value, for the compatibility guard's comparison.
pub fn to_value(catalog: &Catalog) -> serde_json::Value {
    serde_json::to_value(catalog_json(catalog)).expect("the catalog always serializes")
}

/// The JSON Schema of catalog.json (draft-07), derived from the structs that write it.
pub fn schema() -> schemars::Schema {
    schemars::generate::SchemaSettings::draft07()
        .into_generator()
        .into_root_schema_for::<JsonCatalog>()
}

/// `provider/code_set/NAME`, the spec's link syntax.
pub fn link(catalog: &Catalog, r: CodeRef) -> String {
    let (p, s, c) = catalog.code(r);
    format!("{}/{}/{}", p.id.raw, s.id.raw, c.name.raw)
}

/// The RTC error catalog: every provider's codes with their classification (catalog.json).
#[derive(Serialize, JsonSchema)]
#[schemars(title = "RTC error catalog", deny_unknown_fields)]
struct JsonCatalog<'a> {
    /// The notice that the file is generated.
    #[serde(rename = "$comment")]
    comment: String,
    /// This file's schema, relative to the file.
    #[serde(rename = "$schema")]
    schema: &'static str,
    /// What kind of event a code reports.
    categories: Vec<JsonTerm<'a>>,
    /// Every version's changes, newest first.
    changelog: Vec<JsonRelease<'a>>,
    counts: JsonCounts,
    /// Codes of different providers that report the same event.
    equivalents: Vec<JsonEquivalence<'a>>,
    /// The names the catalog is published under.
    package: JsonPackage<'a>,
    providers: Vec<JsonProvider<'a>>,
    /// What an app should do about a code.
    retry_policies: Vec<JsonTerm<'a>>,
    /// The version of this file's shape (see `SCHEMA_VERSION`).
    #[schemars(range(min = 1, max = 1))]
    schema_version: u32,
    /// The catalog's semantic version.
    #[schemars(regex(
        pattern = r"^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$"
    ))]
    version: &'a str,
    /// Questions to every binding's retry-delay helper, with the rule's answers.
    retry_vectors: Vec<super::retry::RetryVector>,
}

/// One version's changes.
#[derive(Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
struct JsonRelease<'a> {
    added: &'a [String],
    other: &'a [String],
    reclassified: &'a [String],
    retired: &'a [String],
    version: &'a str,
}

#[derive(Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
struct JsonPackage<'a> {
    crate_name: &'a str,
    license: &'a str,
    maven_artifact: &'a str,
    maven_group: &'a str,
    npm: &'a str,
    repository: &'a str,
}

#[derive(Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
struct JsonTerm<'a> {
    id: &'a str,
    meaning: &'a str,
    name: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    schedule: Option<JsonSchedule<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    user_message: Option<&'a str>,
}

#[derive(Serialize, JsonSchema)]
struct JsonSchedule<'a> {
    basis: &'a str,
    initial_delay_ms: u32,
    jitter: &'static str,
    max_attempts: u32,
    max_delay_ms: u32,
    multiplier_thousandths: u32,
    reference: Option<&'a str>,
}

#[derive(Serialize, JsonSchema)]
struct JsonSignal<'a> {
    meaning: Option<&'a str>,
    name: &'a str,
    overrides: Vec<&'static str>,
    values: Vec<JsonSignalValue<'a>>,
}

#[derive(Serialize, JsonSchema)]
struct JsonSignalValue<'a> {
    means: &'a str,
    value: &'a str,
}

/// `true`, `false` or `"depends"`, as the spec writes it.
#[derive(Serialize, JsonSchema)]
#[serde(untagged)]
enum JsonTerminal {
    Bool(bool),
    Word(Depends),
}

/// The one word `terminal` may hold: the schema allows `"depends"` and nothing else.
#[derive(Serialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
enum Depends {
    Depends,
}

#[derive(Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
struct JsonCounts {
    code_sets: usize,
    codes: usize,
    providers: usize,
}

#[derive(Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
struct JsonEquivalence<'a> {
    codes: Vec<String>,
    id: &'a str,
    meaning: &'a str,
    name: &'a str,
}

#[derive(Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
struct JsonProvider<'a> {
    code_sets: Vec<JsonCodeSet<'a>>,
    id: &'a str,
    name: &'a str,
}

#[derive(Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
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

#[derive(Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
struct JsonIdentifiers {
    go: String,
    c: String,
    kotlin: String,
    python: String,
    rust: String,
    typescript: String,
}

#[derive(Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
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

#[derive(Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
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

#[derive(Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
struct JsonTombstone<'a> {
    name: &'a str,
    reason: &'a str,
    retired_in: &'a str,
    value: JsonValue<'a>,
    value_reused_by: Option<&'a str>,
}

#[derive(Serialize, JsonSchema)]
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
        Terminality::Depends { .. } => JsonTerminal::Word(Depends::Depends),
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
            code_sets: p
                .code_sets
                .iter()
                .map(|s| code_set(catalog, p, s))
                .collect(),
        })
        .collect();
    JsonCatalog {
        comment: notice(),
        schema: SCHEMA_PATH,
        categories: tax.categories.iter().map(term).collect(),
        changelog: catalog
            .changelog
            .iter()
            .map(|r| JsonRelease {
                added: &r.added,
                other: &r.other,
                reclassified: &r.reclassified,
                retired: &r.retired,
                version: &r.version,
            })
            .collect(),
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
        package: JsonPackage {
            crate_name: &catalog.package.crate_name,
            license: &catalog.package.license,
            maven_artifact: &catalog.package.maven_artifact,
            maven_group: &catalog.package.maven_group,
            npm: &catalog.package.npm,
            repository: &catalog.package.repository,
        },
        schema_version: SCHEMA_VERSION,
        version: &catalog.package.version,
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
                    go: go::names::constant(s, c),
                    c: c::names::constant(p, s, c),
                    kotlin: kotlin::names::constant(&c.name),
                    python: python::names::member(c),
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
            go: go::names::type_name(s),
            c: c::names::type_name(p, s),
            kotlin: kotlin::names::type_name(s),
            python: python::names::type_name(s),
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

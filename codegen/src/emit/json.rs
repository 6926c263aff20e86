//! `generated/catalog.json`: the whole validated model, for any other language or tool, and the
//! test vectors every binding's tests read.
//!
//! Serialized from structs that borrow from the model, with fields declared in alphabetical
//! order, so keys come out sorted and the file is deterministic; serde_json is the one escaping
//! function here. The same structs derive the file's JSON Schema (`schema/catalog.schema.json`,
//! see [`schema`]), so the schema cannot drift from what is written.

use super::{Files, kotlin, notice, rust, typescript};
use crate::model::*;
use schemars::JsonSchema;
use serde::Serialize;

/// The version of catalog.json's shape: raised when a field is removed or changes its meaning,
/// so a tool can refuse a file it does not understand. Added fields keep it.
pub const SCHEMA_VERSION: u32 = 1;

/// Where catalog.json's schema is, relative to catalog.json.
pub const SCHEMA_PATH: &str = "schema/catalog.schema.json";

/// `catalog.json`.
pub fn emit(catalog: &Catalog) -> Files {
    let mut text = serde_json::to_string_pretty(&catalog_json(catalog))
        .expect("the catalog always serializes");
    text.push('\n');
    Files::from([("catalog.json".to_owned(), text)])
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
    source: JsonSource<'a>,
    summary: &'a str,
    values: &'static str,
}

#[derive(Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
struct JsonIdentifiers {
    kotlin: String,
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

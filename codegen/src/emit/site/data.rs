//! The data the page searches and renders: a compact JSON view of the model, embedded in
//! `index.html` (a local `fetch()` is refused over `file://`, an inline block is not).
//!
//! Smaller than catalog.json: a code carries its schedule and runtime signal only where they
//! differ from its policy's and its set's, and nulls are left out. Fields are declared in a
//! fixed order, so the bytes are deterministic.

use crate::emit::{c, go, json, kotlin, python, retry, rust, typescript};
use crate::model::*;
use serde::Serialize;

#[derive(Serialize)]
pub struct SiteData<'a> {
    version: &'a str,
    categories: Vec<SiteTerm<'a>>,
    policies: Vec<SiteTerm<'a>>,
    providers: Vec<SiteProvider<'a>>,
    equivalents: Vec<SiteEquivalence<'a>>,
}

#[derive(Serialize)]
struct SiteTerm<'a> {
    id: &'a str,
    title: &'a str,
    meaning: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    schedule: Option<SiteSchedule<'a>>,
}

#[derive(Serialize)]
struct SiteSchedule<'a> {
    /// The capped delay before each retry, before jitter: the schedule spelled out.
    delays_ms: Vec<u32>,
    jitter: &'static str,
    basis: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    reference: Option<&'a str>,
}

#[derive(Serialize)]
struct SiteSignal<'a> {
    name: &'a str,
    overrides: Vec<&'static str>,
    values: Vec<(&'a str, &'a str)>,
    #[serde(skip_serializing_if = "Option::is_none")]
    meaning: Option<&'a str>,
}

#[derive(Serialize)]
struct SiteProvider<'a> {
    id: &'a str,
    name: &'a str,
    sets: Vec<SiteSet<'a>>,
}

#[derive(Serialize)]
struct SiteSet<'a> {
    id: &'a str,
    summary: &'a str,
    /// Where the codes come from, in words.
    source: String,
    /// What the codes were verified against, in words.
    verified: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    signal: Option<SiteSignal<'a>>,
    ids: Identifiers,
    codes: Vec<SiteCode<'a>>,
}

/// The same code (or type) in each binding.
#[derive(Serialize)]
struct Identifiers {
    rust: String,
    typescript: String,
    kotlin: String,
    go: String,
    c: String,
    python: String,
}

#[derive(Serialize)]
struct SiteCode<'a> {
    name: &'a str,
    upstream: String,
    value: serde_json::Value,
    summary: &'a str,
    cause: &'a str,
    when: &'a [String],
    message: &'a str,
    remediation: &'a [String],
    #[serde(skip_serializing_if = "<[String]>::is_empty")]
    causes: &'a [String],
    #[serde(skip_serializing_if = "<[String]>::is_empty")]
    references: &'a [String],
    category: usize,
    retry: usize,
    retry_basis: &'static str,
    /// Only where it differs from the policy's schedule.
    #[serde(skip_serializing_if = "Option::is_none")]
    schedule: Option<SiteSchedule<'a>>,
    terminal: &'static str,
    terminal_basis: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    condition: Option<&'a str>,
    /// Only where it differs from the set's signal.
    #[serde(skip_serializing_if = "Option::is_none")]
    signal: Option<SiteSignal<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    failure: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    protocol: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    rationale: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    deprecated: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    since: Option<&'a str>,
    ids: Identifiers,
}

#[derive(Serialize)]
struct SiteEquivalence<'a> {
    id: &'a str,
    title: &'a str,
    meaning: &'a str,
    codes: Vec<String>,
}

/// The page's data as JSON (not yet escaped for the script block).
pub fn to_json(catalog: &Catalog) -> String {
    let tax = &catalog.taxonomy;
    let data = SiteData {
        version: &catalog.package.version,
        categories: tax.categories.iter().map(term).collect(),
        policies: tax.retry_policies.iter().map(term).collect(),
        providers: catalog
            .providers
            .iter()
            .map(|p| SiteProvider {
                id: &p.id.raw,
                name: &p.name,
                sets: p.code_sets.iter().map(|s| set(catalog, p, s)).collect(),
            })
            .collect(),
        equivalents: tax
            .equivalents
            .iter()
            .map(|g| SiteEquivalence {
                id: &g.id.raw,
                title: &g.title,
                meaning: &g.meaning,
                codes: g.codes.iter().map(|&r| json::link(catalog, r)).collect(),
            })
            .collect(),
    };
    serde_json::to_string(&data).expect("the site data always serializes")
}

fn term(t: &Term) -> SiteTerm<'_> {
    SiteTerm {
        id: &t.id.raw,
        title: &t.title,
        meaning: &t.meaning,
        schedule: t.schedule.as_ref().map(schedule),
    }
}

fn schedule(s: &Schedule) -> SiteSchedule<'_> {
    let unjittered = Schedule {
        jitter: Jitter::None,
        ..s.clone()
    };
    SiteSchedule {
        delays_ms: (1..=s.max_attempts)
            .filter_map(|attempt| retry::delay_ms(&unjittered, attempt, 0.0))
            .collect(),
        jitter: s.jitter.as_str(),
        basis: &s.basis,
        reference: s.reference.as_deref(),
    }
}

fn signal(s: &RuntimeSignal) -> SiteSignal<'_> {
    SiteSignal {
        name: &s.name,
        overrides: s.overrides.iter().map(|o| o.as_str()).collect(),
        values: s
            .values
            .iter()
            .map(|v| (v.value.as_str(), v.means.as_str()))
            .collect(),
        meaning: s.meaning.as_deref(),
    }
}

fn set<'a>(catalog: &'a Catalog, p: &'a Provider, s: &'a CodeSet) -> SiteSet<'a> {
    SiteSet {
        id: &s.id.raw,
        summary: &s.summary,
        source: s.source.describe(),
        verified: verified(s),
        signal: s.runtime_signal.as_ref().map(signal),
        ids: Identifiers {
            rust: rust::names::type_name(s),
            typescript: typescript::names::type_name(s),
            kotlin: kotlin::names::type_name(s),
            go: go::names::type_name(s),
            c: c::names::type_name(p, s),
            python: python::names::type_name(s),
        },
        codes: s.codes.iter().map(|c| code(catalog, p, s, c)).collect(),
    }
}

fn code<'a>(catalog: &'a Catalog, p: &'a Provider, s: &'a CodeSet, code: &'a Code) -> SiteCode<'a> {
    let policy = &catalog.taxonomy.retry_policies[code.retry];
    SiteCode {
        name: &code.name.raw,
        upstream: s.upstream_name(code),
        value: match &code.value {
            Value::Integer(i) => (*i).into(),
            Value::String(v) => v.as_str().into(),
        },
        summary: &code.summary,
        cause: &code.cause,
        when: &code.when,
        message: &code.user_message,
        remediation: &code.remediation,
        causes: &code.causes,
        references: &code.references,
        category: code.category,
        retry: code.retry,
        retry_basis: code.retry_basis.as_str(),
        schedule: code
            .schedule
            .as_ref()
            .filter(|own| Some(*own) != policy.schedule.as_ref())
            .map(schedule),
        terminal: code.terminal.as_str(),
        terminal_basis: code.terminal_basis.as_str(),
        condition: code.terminal.condition(),
        signal: code
            .runtime_signal
            .as_ref()
            .filter(|own| Some(*own) != s.runtime_signal.as_ref())
            .map(signal),
        failure: code.failure,
        protocol: code.protocol_equivalent.map(|r| json::link(catalog, r)),
        rationale: code.rationale.as_deref(),
        deprecated: code.deprecated.as_deref(),
        since: code.since.as_deref(),
        ids: Identifiers {
            rust: rust::names::variant_name(code),
            typescript: typescript::names::member(code),
            kotlin: kotlin::names::constant(&code.name),
            go: go::names::constant(s, code),
            c: c::names::constant(p, s, code),
            python: python::names::member(code),
        },
    }
}

/// How the set was checked against upstream, in words.
fn verified(s: &CodeSet) -> String {
    match (&s.source.verify, &s.source.commit) {
        (Some(v), _) => format!(
            "Verified against {}:{}@{} ({} {}) by the conformance test on every `cargo xtask test`.",
            v.registry, v.name, v.version, v.reads, v.target
        ),
        (None, Some(commit)) => format!(
            "Not verified by a test; checked by hand against commit {}.",
            &commit[..12.min(commit.len())]
        ),
        (None, None) => "Not verified by a test; checked by hand.".to_owned(),
    }
}

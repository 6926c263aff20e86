//! The validated catalog: the only thing emitters see.
//!
//! Everything here is already checked and resolved: links are indices of real codes, taxonomy
//! references are indices of real terms, names are split into words once so every emitter can
//! case them its own way. Vectors keep a stable order (providers by id, everything else in spec
//! order), so emitters that iterate them are deterministic.

pub use crate::spec::{Basis, Jitter, SignalOverride, ValueKind};

/// The whole catalog.
#[derive(Debug, Clone)]
pub struct Catalog {
    /// The categories and retry policies shared by all providers.
    pub taxonomy: Taxonomy,
    /// Providers, sorted by id.
    pub providers: Vec<Provider>,
    /// The catalog's one version and the names it is published under.
    pub package: Package,
    /// Every version's changes, newest first: the first release alone until the compatibility
    /// guard carries the earlier catalog's history forward (`crate::check_compatibility`).
    pub changelog: Vec<Release>,
}

/// The catalog's identity as a package, the same in every ecosystem (`package:` in
/// `spec/taxonomy.yaml`).
#[derive(Debug, Clone)]
pub struct Package {
    /// The catalog's semantic version, written into every manifest, catalog.json and the docs.
    pub version: String,
    /// The source repository's URL.
    pub repository: String,
    /// SPDX license expression.
    pub license: String,
    /// The npm package name.
    pub npm: String,
    /// The Rust crate name.
    pub crate_name: String,
    /// The Maven group id.
    pub maven_group: String,
    /// The Maven artifact id.
    pub maven_artifact: String,
    /// Where the version is written: the compatibility guard points there when it needs a bump.
    pub version_at: Origin,
}

/// One version's entry in the changelog: what changed since the version before it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Release {
    /// The catalog version.
    pub version: String,
    /// Codes, code sets, providers and vocabulary added (`provider/code_set/NAME`, ...).
    pub added: Vec<String>,
    /// Codes retired (tombstoned): removed, renamed or renumbered.
    pub retired: Vec<String>,
    /// Codes whose category, retry policy, terminal flag or their bases changed, with how.
    pub reclassified: Vec<String>,
    /// Everything else, one line each (text edits, new fields, the first release).
    pub other: Vec<String>,
}

/// The cross-provider vocabulary from `spec/taxonomy.yaml`.
#[derive(Debug, Clone)]
pub struct Taxonomy {
    /// What kind of event a code reports.
    pub categories: Vec<Term>,
    /// What an app should do about a code.
    pub retry_policies: Vec<Term>,
    /// Codes of different providers that report the same event.
    pub equivalents: Vec<Equivalence>,
}

/// Codes of several providers that report the same event (the catalog's own judgement).
#[derive(Debug, Clone)]
pub struct Equivalence {
    /// Identifier.
    pub id: Name,
    /// Human-readable name of the event.
    pub title: String,
    /// What the codes have in common.
    pub meaning: String,
    /// The codes, in spec order.
    pub codes: Vec<CodeRef>,
}

/// A category or a retry policy.
#[derive(Debug, Clone)]
pub struct Term {
    /// Identifier.
    pub id: Name,
    /// Human-readable name.
    pub title: String,
    /// One paragraph of meaning.
    pub meaning: String,
    /// Categories: the default end-user message of their codes.
    pub user_message: Option<String>,
    /// Retry policies that retry: how long to wait before each retry.
    pub schedule: Option<Schedule>,
}

/// A concrete retry schedule; spec/README.md defines the rule every binding follows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Schedule {
    /// Delay before the first retry, in milliseconds.
    pub initial_delay_ms: u32,
    /// Growth per attempt in thousandths (1500 = x1.5).
    pub multiplier_thousandths: u32,
    /// Cap on one delay, in milliseconds.
    pub max_delay_ms: u32,
    /// How the delay is randomised.
    pub jitter: Jitter,
    /// Retries after which to give up.
    pub max_attempts: u32,
    /// Where the numbers come from, in words (`provider` or `catalog` for a code's own).
    pub basis: String,
    /// Where the provider documents it, for a code's own schedule with `basis: provider`.
    pub reference: Option<String>,
}

/// Whether a code ends the session.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Terminality {
    /// The session is over.
    Terminal,
    /// The session goes on.
    NotTerminal,
    /// Terminal only under a condition, in words.
    Depends {
        /// When it is terminal.
        condition: String,
    },
}

impl Terminality {
    /// The spelling in the spec and in every binding: `terminal`, `not_terminal`, `depends`.
    pub fn as_str(&self) -> &'static str {
        match self {
            Terminality::Terminal => "terminal",
            Terminality::NotTerminal => "not_terminal",
            Terminality::Depends { .. } => "depends",
        }
    }

    /// The condition, for `Depends`.
    pub fn condition(&self) -> Option<&str> {
        match self {
            Terminality::Depends { condition } => Some(condition),
            _ => None,
        }
    }

    /// True only for `Terminal`: what the old boolean meant, and what `is_terminal()` returns.
    pub fn is_terminal(&self) -> bool {
        *self == Terminality::Terminal
    }
}

/// A verdict the provider's SDK gives at run time, taking precedence over the catalog.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RuntimeSignal {
    /// The field or call, e.g. `MeetingSessionStatus.isTerminal()`.
    pub name: String,
    /// Catalog fields it takes precedence over, in spec order.
    pub overrides: Vec<SignalOverride>,
    /// Each value and what it means (empty when the values cannot be listed).
    pub values: Vec<SignalValue>,
    /// What it means, when the values cannot be listed.
    pub meaning: Option<String>,
}

/// One value of a runtime signal.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SignalValue {
    /// The value as the SDK gives it.
    pub value: String,
    /// What it means.
    pub means: String,
}

/// One provider and its code sets.
#[derive(Debug, Clone)]
pub struct Provider {
    /// Provider id (the spec file stem).
    pub id: Name,
    /// Display name.
    pub name: String,
    /// Code sets in spec order.
    pub code_sets: Vec<CodeSet>,
    /// Where the id is written, for messages about the names it becomes.
    pub defined_at: Origin,
}

/// One upstream enum.
#[derive(Debug, Clone)]
pub struct CodeSet {
    /// Identifier; the generated type name is its UpperCamelCase.
    pub id: Name,
    /// What the codes report.
    pub summary: String,
    /// Type of the wire values.
    pub values: ValueKind,
    /// Prefix of every upstream name (empty if none).
    pub name_prefix: String,
    /// Upstream source.
    pub source: Source,
    /// Remarks.
    pub notes: Vec<String>,
    /// The SDK's run-time verdict for the set's codes (a code may have its own instead).
    pub runtime_signal: Option<RuntimeSignal>,
    /// Whether every code carries the SDK's own failure flag.
    pub has_failure_flag: bool,
    /// The code set all this set's links point into, if any.
    pub links_to: Option<CodeSetRef>,
    /// Codes in spec order.
    pub codes: Vec<Code>,
    /// Retired codes, in spec order.
    pub retired: Vec<Tombstone>,
    /// Where the set is defined, for messages about it.
    pub defined_at: Origin,
}

/// A code that no longer exists.
#[derive(Debug, Clone)]
pub struct Tombstone {
    /// The name it had, without the set's prefix.
    pub name: String,
    /// The wire value it had.
    pub value: Value,
    /// Why it was retired.
    pub reason: String,
    /// The upstream release or date it went away.
    pub retired_in: String,
    /// The active code upstream gave its value to, if any.
    pub value_reused_by: Option<String>,
}

/// A place in a spec file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Origin {
    /// The file, as shown in messages.
    pub file: String,
    /// 1-based line.
    pub line: usize,
    /// 1-based column.
    pub column: usize,
}

/// Where a code set's codes come from.
#[derive(Debug, Clone)]
pub struct Source {
    /// GitHub `owner/name`.
    pub repository: Option<String>,
    /// Web page, for sources without a public repository.
    pub homepage: Option<String>,
    /// Upstream symbol.
    pub symbol: String,
    /// Upstream version.
    pub version: String,
    /// Full commit.
    pub commit: Option<String>,
    /// File in the repository or package.
    pub path: Option<String>,
    /// How the conformance test checks the set against the provider's package, if it does.
    pub verify: Option<Verify>,
}

/// A code set's conformance check: which pinned package, and where its members are read.
#[derive(Debug, Clone)]
pub struct Verify {
    /// `npm` or `pypi`.
    pub registry: String,
    /// Package name in that registry.
    pub name: String,
    /// Exact version.
    pub version: String,
    /// How the members are read, in words (`runtime export`).
    pub reads: &'static str,
    /// What is read: the export, type, file, base class or enum named by the declaration.
    pub target: String,
    /// The code fields the package's own verdicts are compared with (`terminal`, ...).
    pub verdict_fields: Vec<String>,
    /// The whole declaration as catalog.json shows it; the checkers read it from there.
    pub declaration: serde_json::Value,
    /// Further sources in the package compared with the catalog (their own pins and reads).
    pub cross_checks: Vec<Verify>,
}

/// One code.
#[derive(Debug, Clone)]
pub struct Code {
    /// Name as upstream spells it, without the set's prefix.
    pub name: Name,
    /// Wire value.
    pub value: Value,
    /// One short sentence.
    pub summary: String,
    /// What causes it.
    pub cause: String,
    /// When it occurs.
    pub when: Vec<String>,
    /// What to tell the end user: the code's own message or its category's.
    pub user_message: String,
    /// Whether `user_message` is the code's own (not its category's).
    pub own_user_message: bool,
    /// Ordered steps for developers or operators.
    pub remediation: Vec<String>,
    /// The known root causes (may be empty).
    pub causes: Vec<String>,
    /// Where the remediation comes from.
    pub references: Vec<String>,
    /// The upstream release that introduced the code, where known.
    pub since: Option<String>,
    /// Index into [`Taxonomy::categories`].
    pub category: usize,
    /// Index into [`Taxonomy::retry_policies`].
    pub retry: usize,
    /// Where the retry policy comes from.
    pub retry_basis: Basis,
    /// The retry schedule: the policy's, with the code's own fields over it; `None` if the
    /// policy does not retry on a schedule.
    pub schedule: Option<Schedule>,
    /// The SDK's run-time verdict: the code's own, or its set's.
    pub runtime_signal: Option<RuntimeSignal>,
    /// Whether the session ends.
    pub terminal: Terminality,
    /// Where the terminal flag comes from.
    pub terminal_basis: Basis,
    /// Why the catalog classified it so.
    pub rationale: Option<String>,
    /// The SDK's own failure flag, when the set has one.
    pub failure: Option<bool>,
    /// The equivalent code.
    pub protocol_equivalent: Option<CodeRef>,
    /// Deprecation note.
    pub deprecated: Option<String>,
    /// Where the name is written, for messages about the identifiers it becomes.
    pub defined_at: Origin,
}

/// A wire value, already checked against its set's [`ValueKind`].
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Value {
    /// Fits `i32`.
    Integer(i32),
    /// A string.
    String(String),
}

/// A resolved link to a code set.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CodeSetRef {
    /// Index into [`Catalog::providers`].
    pub provider: usize,
    /// Index into [`Provider::code_sets`].
    pub code_set: usize,
}

/// A resolved link to a code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CodeRef {
    /// The set it lives in.
    pub set: CodeSetRef,
    /// Index into [`CodeSet::codes`].
    pub code: usize,
}

impl Catalog {
    /// The code set a reference points to.
    pub fn code_set(&self, r: CodeSetRef) -> (&Provider, &CodeSet) {
        let provider = &self.providers[r.provider];
        (provider, &provider.code_sets[r.code_set])
    }

    /// The code a reference points to.
    pub fn code(&self, r: CodeRef) -> (&Provider, &CodeSet, &Code) {
        let (provider, set) = self.code_set(r.set);
        (provider, set, &set.codes[r.code])
    }

    /// Number of codes over all providers.
    pub fn code_count(&self) -> usize {
        self.providers
            .iter()
            .flat_map(|p| &p.code_sets)
            .map(|s| s.codes.len())
            .sum()
    }

    /// Number of code sets over all providers.
    pub fn code_set_count(&self) -> usize {
        self.providers.iter().map(|p| p.code_sets.len()).sum()
    }
}

impl Release {
    /// The entry of a catalog with no earlier version to compare with.
    pub fn first(catalog: &Catalog) -> Release {
        Release {
            version: catalog.package.version.clone(),
            other: vec![format!(
                "First release: {} providers, {} code sets, {} codes.",
                catalog.providers.len(),
                catalog.code_set_count(),
                catalog.code_count()
            )],
            ..Release::default()
        }
    }
}

impl Source {
    /// One line for doc comments: `symbol in place version (package ...)`, plain text.
    pub fn describe(&self) -> String {
        let place = self
            .repository
            .as_deref()
            .or(self.homepage.as_deref())
            .unwrap_or("");
        let mut s = format!("Upstream: {} in {place} {}", self.symbol, self.version);
        if let Some(v) = &self.verify {
            s.push_str(&format!(
                " (package {}:{}@{})",
                v.registry, v.name, v.version
            ));
        }
        s.push('.');
        s
    }
}

impl CodeSet {
    /// The stable key apps localise the code's user message under: `provider.code_set.NAME`.
    pub fn message_key(&self, provider: &Provider, code: &Code) -> String {
        format!("{}.{}.{}", provider.id.raw, self.id.raw, code.name.raw)
    }

    /// The name exactly as upstream spells it (prefix included).
    pub fn upstream_name(&self, code: &Code) -> String {
        format!("{}{}", self.name_prefix, code.name.raw)
    }
}

/// An identifier as written, split into lower-case words once.
///
/// Every target casing is derived from the same words, so the collision check in `validate`
/// and the emitters agree on what a name becomes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Name {
    /// As written in the spec.
    pub raw: String,
    /// Lower-case words.
    pub words: Vec<String>,
}

impl Name {
    /// Splits `raw` into words (`fooBar`, `FOO_BAR`, `foo-bar`, `foo.bar` → `foo`, `bar`).
    pub fn new(raw: &str) -> Self {
        let words = heck::ToSnakeCase::to_snake_case(raw)
            .split('_')
            .filter(|w| !w.is_empty())
            .map(str::to_owned)
            .collect();
        Name {
            raw: raw.to_owned(),
            words,
        }
    }

    /// `UpperCamelCase`.
    pub fn upper_camel(&self) -> String {
        let mut out = String::with_capacity(self.raw.len());
        for w in &self.words {
            push_capitalized(&mut out, w);
        }
        out
    }

    /// `lowerCamelCase`.
    pub fn lower_camel(&self) -> String {
        let mut out = String::with_capacity(self.raw.len());
        for (i, w) in self.words.iter().enumerate() {
            if i == 0 {
                out.push_str(w)
            } else {
                push_capitalized(&mut out, w)
            }
        }
        out
    }

    /// `snake_case`.
    pub fn snake(&self) -> String {
        self.words.join("_")
    }

    /// `SCREAMING_SNAKE_CASE`.
    pub fn shouty_snake(&self) -> String {
        self.snake().to_uppercase()
    }

    /// `kebab-case`, for Markdown anchors.
    pub fn kebab(&self) -> String {
        self.words.join("-")
    }
}

/// Appends `word` with its first letter upper-cased (one string for the whole name, not one a word).
fn push_capitalized(out: &mut String, word: &str) {
    let mut chars = word.chars();
    if let Some(first) = chars.next() {
        out.extend(first.to_uppercase());
        out.push_str(chars.as_str());
    }
}

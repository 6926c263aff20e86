//! The spec files as written: serde types that mirror the YAML one to one.
//!
//! Nothing here is checked beyond its shape; `validate` turns these into the [`crate::model`].
//! Fields that a semantic check may need to point at are [`Spanned`], so the check can report
//! `file:line:col`. Every struct denies unknown fields: a typo is an error, never ignored.

use schemars::JsonSchema;
use serde::Deserialize;
use serde_saphyr::Spanned;

/// `spec/taxonomy.yaml`: the catalog's own categories and retry policies.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "RTC error catalog taxonomy")]
pub struct TaxonomyFile {
    /// The catalog's one version and the names it is published under, in every ecosystem.
    pub package: PackageSpec,
    /// What kind of event a code reports, across providers.
    pub categories: Vec<CategorySpec>,
    /// What an app should do about a code, across providers.
    pub retry_policies: Vec<RetryPolicySpec>,
    /// Groups of codes from different providers that report the same event.
    #[serde(default)]
    pub equivalents: Vec<EquivalentSpec>,
}

/// The catalog as a package: declared once, written into every manifest, catalog.json and the docs.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PackageSpec {
    /// Semantic version (`MAJOR.MINOR.PATCH`); the compatibility guard says which bump a change needs.
    #[schemars(with = "String")]
    pub version: Spanned<String>,
    /// The source repository's `https://` URL.
    #[schemars(with = "String")]
    pub repository: Spanned<String>,
    /// SPDX license expression, e.g. `MIT OR Apache-2.0`.
    #[schemars(with = "String")]
    pub license: Spanned<String>,
    /// The npm package name (lower case, optionally `@scope/name`).
    #[schemars(with = "String")]
    pub npm: Spanned<String>,
    /// The Rust crate name on crates.io.
    #[schemars(with = "String")]
    pub crate_name: Spanned<String>,
    /// The Maven group id (dot-separated, e.g. `io.github.example`).
    #[schemars(with = "String")]
    pub maven_group: Spanned<String>,
    /// The Maven artifact id.
    #[schemars(with = "String")]
    pub maven_artifact: Spanned<String>,
}

/// Codes of several providers that report the same event.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct EquivalentSpec {
    /// Identifier in lower snake_case.
    #[schemars(with = "String")]
    pub id: Spanned<String>,
    /// Human-readable name of the event.
    pub name: String,
    /// One sentence on what the codes have in common.
    pub meaning: String,
    /// Links `provider/code_set/NAME`, from at least two providers.
    #[schemars(with = "Vec<String>")]
    pub codes: Vec<Spanned<String>>,
}

/// One category: what kind of event a code reports.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CategorySpec {
    /// Identifier in lower snake_case; codes refer to it.
    #[schemars(with = "String")]
    pub id: Spanned<String>,
    /// Human-readable name.
    pub name: String,
    /// One paragraph saying what it means and what an app should do.
    pub meaning: String,
    /// Default message for end users, for codes of this category without their own: one or
    /// two plain sentences, no jargon, no code names, no blame.
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub user_message: Option<Spanned<String>>,
}

/// One retry policy: what an app should do about a code.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RetryPolicySpec {
    /// Identifier in lower snake_case; codes refer to it.
    #[schemars(with = "String")]
    pub id: Spanned<String>,
    /// Human-readable name.
    pub name: String,
    /// One paragraph saying what it means and what an app should do.
    pub meaning: String,
    /// How long to wait before each retry, for policies that retry.
    #[serde(default)]
    pub schedule: Option<ScheduleSpec>,
}

/// A concrete retry schedule (see spec/README.md for the exact rule).
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ScheduleSpec {
    /// Delay before the first retry, in milliseconds.
    #[schemars(with = "u64")]
    pub initial_delay_ms: Spanned<u64>,
    /// Growth per attempt (1 = constant), at most three decimals.
    #[schemars(with = "f64")]
    pub multiplier: Spanned<f64>,
    /// Cap on one delay, in milliseconds.
    #[schemars(with = "u64")]
    pub max_delay_ms: Spanned<u64>,
    /// How the delay is randomised.
    pub jitter: Jitter,
    /// Retries after which to give up.
    #[schemars(with = "u64")]
    pub max_attempts: Spanned<u64>,
    /// Where the numbers come from (gRPC retry design, AWS SDK standard mode, an SDK's own
    /// constants, ...).
    pub basis: String,
}

/// A code's own schedule: only the fields given override its policy's schedule.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ScheduleOverrideSpec {
    /// Delay before the first retry, in milliseconds.
    #[serde(default)]
    #[schemars(with = "Option<u64>")]
    pub initial_delay_ms: Option<Spanned<u64>>,
    /// Growth per attempt (1 = constant), at most three decimals.
    #[serde(default)]
    #[schemars(with = "Option<f64>")]
    pub multiplier: Option<Spanned<f64>>,
    /// Cap on one delay, in milliseconds.
    #[serde(default)]
    #[schemars(with = "Option<u64>")]
    pub max_delay_ms: Option<Spanned<u64>>,
    /// How the delay is randomised.
    #[serde(default)]
    pub jitter: Option<Jitter>,
    /// Retries after which to give up.
    #[serde(default)]
    #[schemars(with = "Option<u64>")]
    pub max_attempts: Option<Spanned<u64>>,
    /// Who says so: `provider` when the provider documents the delay or limit.
    #[serde(default)]
    #[schemars(with = "Option<Basis>")]
    pub basis: Option<Spanned<Basis>>,
    /// Where the provider documents it (URL, or `package@version file`); required with
    /// `basis: provider`.
    #[serde(default)]
    pub reference: Option<String>,
}

/// How a delay is randomised (names from AWS's "exponential backoff and jitter").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Jitter {
    /// A random delay between 0 and the delay.
    Full,
    /// Half the delay plus a random part up to the other half.
    Equal,
    /// The delay itself.
    None,
}

impl Jitter {
    /// The spelling in the spec and in every binding.
    pub fn as_str(self) -> &'static str {
        match self {
            Jitter::Full => "full",
            Jitter::Equal => "equal",
            Jitter::None => "none",
        }
    }
}

/// A verdict the provider's SDK gives at run time, taking precedence over the catalog.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RuntimeSignalSpec {
    /// The field or call, e.g. `MeetingSessionStatus.isTerminal()`.
    #[schemars(with = "String")]
    pub name: Spanned<String>,
    /// Catalog fields it takes precedence over.
    #[schemars(with = "Vec<SignalOverride>")]
    pub overrides: Spanned<Vec<SignalOverride>>,
    /// What each value means, when the values can be listed.
    #[serde(default)]
    pub values: Vec<SignalValueSpec>,
    /// What it means, when the values cannot be listed.
    #[serde(default)]
    pub meaning: Option<String>,
}

/// A catalog field a runtime signal takes precedence over.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum SignalOverride {
    /// The retry policy.
    Retry,
    /// The terminal flag.
    Terminal,
}

impl SignalOverride {
    /// The spelling in the spec and in every binding.
    pub fn as_str(self) -> &'static str {
        match self {
            SignalOverride::Retry => "retry",
            SignalOverride::Terminal => "terminal",
        }
    }
}

/// One value of a runtime signal and what it means.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SignalValueSpec {
    /// The value as the SDK gives it.
    pub value: String,
    /// What it means for the app.
    pub means: String,
}

/// `spec/<provider>.yaml`: every code set of one provider.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "RTC error catalog provider")]
pub struct ProviderFile {
    /// Provider id in lower snake_case; must equal the file stem.
    #[schemars(with = "String")]
    pub provider: Spanned<String>,
    /// Display name.
    pub name: String,
    /// The provider's code sets (enums), in the order the docs show them.
    pub code_sets: Vec<CodeSetSpec>,
}

/// One upstream enum or set of constants.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CodeSetSpec {
    /// Identifier in lower snake_case; the generated type is its UpperCamelCase.
    #[schemars(with = "String")]
    pub id: Spanned<String>,
    /// One sentence: what the set's codes report.
    pub summary: String,
    /// Type of the wire value.
    pub values: ValueKind,
    /// Prefix shared by every upstream name; the full upstream name is prefix + name.
    #[serde(default)]
    pub name_prefix: Option<String>,
    /// Where the codes were taken from.
    pub source: SourceSpec,
    /// Remarks: where upstream and earlier documents disagree, and similar.
    #[serde(default)]
    pub notes: Vec<String>,
    /// The codes, in upstream order.
    #[schemars(with = "Vec<CodeSpec>")]
    pub codes: Spanned<Vec<CodeSpec>>,
    /// Codes that no longer exist: kept so their name and value are never silently reused.
    #[serde(default)]
    pub retired: Vec<TombstoneSpec>,
    /// The SDK's run-time verdict for the set's codes, which takes precedence over the catalog.
    #[serde(default)]
    pub runtime_signal: Option<RuntimeSignalSpec>,
}

/// A retired code: what it was, why and when it went away.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct TombstoneSpec {
    /// The name it had (without the set's prefix).
    #[schemars(with = "String")]
    pub name: Spanned<String>,
    /// The wire value it had.
    #[schemars(with = "WireValue")]
    pub value: Spanned<WireValue>,
    /// Why it was retired.
    pub reason: String,
    /// When: the upstream release or date it went away.
    pub retired_in: String,
    /// The active code upstream gave this value to, when upstream reused it.
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub value_reused_by: Option<Spanned<String>>,
}

/// Type of a code set's wire values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum ValueKind {
    /// A 32-bit signed integer.
    Integer,
    /// A string.
    String,
}

/// The upstream source a code set follows.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SourceSpec {
    /// GitHub repository, `owner/name`, where the provider publishes its source.
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub repository: Option<Spanned<String>>,
    /// Web page of the SDK, for sources without a public repository.
    #[serde(default)]
    pub homepage: Option<String>,
    /// Upstream symbol (enum or constant group).
    pub symbol: String,
    /// Upstream release the codes follow.
    pub version: String,
    /// Full commit the codes were read from.
    #[serde(default)]
    pub commit: Option<String>,
    /// File inside the repository or package.
    #[serde(default)]
    pub path: Option<String>,
    /// How the conformance test reads the members from the provider's own package; without
    /// it the set is checked by hand.
    #[serde(default)]
    pub verify: Option<VerifySpec>,
}

/// Where the conformance test finds a code set's members in a pinned package. Exactly one of
/// `export`, `dts_type`, `json_file`, `error_classes`, `python_enum` and `webidl_enum`.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct VerifySpec {
    /// `npm:<name>@<exact version>` or `pypi:<name>@<exact version>`.
    #[schemars(with = "String")]
    pub package: Spanned<String>,
    /// (a) A runtime export of the package (dotted path): an enum or a plain object.
    #[serde(default)]
    pub export: Option<String>,
    /// Browser globals to define before loading the package, as JSON values; the string
    /// `"function"` stands for a function that does nothing.
    #[serde(default)]
    pub globals: std::collections::BTreeMap<String, serde_json::Value>,
    /// (b) A string-literal union or enum declared in the package's `.d.ts`.
    #[serde(default)]
    pub dts_type: Option<String>,
    /// (c) A JSON file shipped in the package (path inside it).
    #[serde(default)]
    pub json_file: Option<String>,
    /// With `json_file`: a JSON pointer to the object of members (default: the whole file).
    #[serde(default)]
    pub pointer: Option<String>,
    /// (d) Every exported class that extends this exported class; member = class name,
    /// value = the `code` of an instance made with no arguments.
    #[serde(default)]
    pub error_classes: Option<String>,
    /// (e) A Python enum, `module.Class`.
    #[serde(default)]
    pub python_enum: Option<String>,
    /// (f) A WebIDL enum from npm `@webref/idl`: values only, each member's value is compared.
    #[serde(default)]
    pub webidl_enum: Option<String>,
    /// `.d.ts` file inside the package for `dts_type` (default: its `types`), or the module to
    /// import for the other shapes (default: the package's main entry).
    #[serde(default)]
    pub file: Option<String>,
    /// Verdicts the package computes for each member, compared with the catalog's.
    #[serde(default)]
    pub verdicts: Vec<VerdictSpec>,
    /// (npm) `jsdom`: load the package inside a jsdom window (its globals defined first).
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub dom: Option<Spanned<String>>,
    /// (g) A source map inside the package: with `source_file` and `export`, the export of
    /// that source, read from the map's sourcesContent.
    #[serde(default)]
    pub source_map: Option<String>,
    /// With `source_map`: the end of the path of exactly one of the map's sources.
    #[serde(default)]
    pub source_file: Option<String>,
    /// With `export`, `source_map` or `json_file`: the object is a table keyed by the members'
    /// values (`{1004: "Authentication error"}`), so its keys are compared as values only.
    #[serde(default)]
    pub keys_as_values: bool,
    /// Further sources in the package, compared with the catalog (which follows this
    /// declaration); every difference is declared.
    #[serde(default)]
    #[schemars(with = "Vec<CrossCheckSpec>")]
    pub cross_checks: Vec<Spanned<CrossCheckSpec>>,
}

/// Another source of the same members, compared with the catalog: the read keys of `verify`,
/// the package defaulting to the declaration's, and the differences that source has.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CrossCheckSpec {
    /// `npm:<name>@<exact version>`; default: the `verify` package.
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub package: Option<Spanned<String>>,
    /// As in `verify`.
    #[serde(default)]
    pub export: Option<String>,
    /// As in `verify`.
    #[serde(default)]
    pub dts_type: Option<String>,
    /// As in `verify`.
    #[serde(default)]
    pub json_file: Option<String>,
    /// As in `verify`.
    #[serde(default)]
    pub pointer: Option<String>,
    /// As in `verify`.
    #[serde(default)]
    pub error_classes: Option<String>,
    /// As in `verify`.
    #[serde(default)]
    pub webidl_enum: Option<String>,
    /// As in `verify`.
    #[serde(default)]
    pub file: Option<String>,
    /// As in `verify`.
    #[serde(default)]
    pub globals: std::collections::BTreeMap<String, serde_json::Value>,
    /// As in `verify`.
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub dom: Option<Spanned<String>>,
    /// As in `verify`.
    #[serde(default)]
    pub source_map: Option<String>,
    /// As in `verify`.
    #[serde(default)]
    pub source_file: Option<String>,
    /// As in `verify`.
    #[serde(default)]
    pub keys_as_values: bool,
    /// Where this source differs from the catalog, every difference.
    #[serde(default)]
    pub differences: DifferencesSpec,
    /// Why the sources differ (required when a difference is declared).
    #[serde(default)]
    pub note: Option<String>,
}

/// A cross check's differences from the catalog. For a source with values only (a `.d.ts`
/// union, a WebIDL enum), `missing` and `extra` hold values, and `values` is empty.
#[derive(Debug, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DifferencesSpec {
    /// In the catalog, not in this source: upstream names (or values).
    #[serde(default)]
    #[schemars(with = "Vec<WireValue>")]
    pub missing: Vec<Spanned<WireValue>>,
    /// In this source, not in the catalog: upstream names (or values).
    #[serde(default)]
    #[schemars(with = "Vec<WireValue>")]
    pub extra: Vec<Spanned<WireValue>>,
    /// In both, with another value in this source: upstream names.
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub values: Vec<Spanned<String>>,
}

/// A verdict the package computes for each member, compared with a field of each code:
/// `new <construct>(args)` or `<call>(args)`, then `.<method>()` and `.<read>` if given.
/// In `args` and `keywords`, `$member` is the SDK's member, `$value` its value, and
/// `$linked_from` the value of the code whose `protocol_equivalent` links to it (or null).
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct VerdictSpec {
    /// The code's field: `terminal`, `failure`, `retry` or `protocol_equivalent` (compared
    /// with the upstream name of the code it links to).
    #[schemars(with = "String")]
    pub field: Spanned<String>,
    /// For `retry`: the catalog's verdict is `retry == equals` (e.g. `backoff`).
    #[serde(default)]
    pub equals: Option<String>,
    /// The exported class to construct (npm: export name; PyPI: `module.Class`).
    #[serde(default)]
    pub construct: Option<String>,
    /// The exported function to call instead (npm: export name; PyPI: `module.function`).
    #[serde(default)]
    pub call: Option<String>,
    /// Positional arguments.
    #[serde(default)]
    pub args: Vec<String>,
    /// Keyword arguments (PyPI only).
    #[serde(default)]
    pub keywords: std::collections::BTreeMap<String, String>,
    /// A method of the result to call with no arguments.
    #[serde(default)]
    pub method: Option<String>,
    /// An attribute of the result to read.
    #[serde(default)]
    pub read: Option<String>,
}

/// One code.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CodeSpec {
    /// Name exactly as upstream spells it, without the code set's `name_prefix`.
    #[schemars(with = "String")]
    pub name: Spanned<String>,
    /// Wire value: an integer or a string, as the code set's `values` says.
    #[schemars(with = "WireValue")]
    pub value: Spanned<WireValue>,
    /// One short sentence.
    pub summary: String,
    /// What causes it.
    pub cause: String,
    /// When it occurs: at least one item.
    #[schemars(with = "Vec<String>")]
    pub when: Spanned<Vec<String>>,
    /// What to tell the end user; without it, the category's `user_message`.
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub user_message: Option<Spanned<String>>,
    /// Ordered steps for developers or operators: at least one.
    #[serde(default)]
    #[schemars(with = "Option<Vec<String>>")]
    pub remediation: Option<Spanned<Vec<String>>>,
    /// The known root causes, for codes that cover several.
    #[serde(default)]
    pub causes: Vec<String>,
    /// Where the remediation comes from: a URL of the provider's docs or `package@version file`.
    #[serde(default)]
    pub references: Vec<String>,
    /// The upstream release that introduced the code, where known (e.g. `3.27.0`).
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub since: Option<Spanned<String>>,
    /// Category id from taxonomy.yaml.
    #[schemars(with = "String")]
    pub category: Spanned<String>,
    /// Retry policy id from taxonomy.yaml.
    #[schemars(with = "String")]
    pub retry: Spanned<String>,
    /// Who says so: the provider's own docs or SDK behaviour, or the catalog.
    pub retry_basis: Basis,
    /// Whether the session ends when this code is reported: `true`, `false` or `depends`.
    #[schemars(with = "Terminal")]
    pub terminal: Spanned<Terminal>,
    /// With `terminal: depends`: when it is terminal, in words.
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub terminal_condition: Option<Spanned<String>>,
    /// Who says so.
    pub terminal_basis: Basis,
    /// This code's own retry schedule: only the fields given override its policy's.
    #[serde(default)]
    pub retry_schedule: Option<ScheduleOverrideSpec>,
    /// The SDK's run-time verdict for this code, overriding its code set's.
    #[serde(default)]
    pub runtime_signal: Option<RuntimeSignalSpec>,
    /// Why the catalog classified it so; required when either basis is `catalog`.
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub rationale: Option<Spanned<String>>,
    /// The SDK's own failure flag (all codes of a set or none).
    #[serde(default)]
    #[schemars(with = "Option<bool>")]
    pub failure: Option<Spanned<bool>>,
    /// Link to the equivalent code: `provider/code_set/NAME`.
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub protocol_equivalent: Option<Spanned<String>>,
    /// Upstream marks the code deprecated; says why or what to use instead.
    #[serde(default)]
    pub deprecated: Option<String>,
}

/// Where a retry policy or terminal flag comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Basis {
    /// The provider documents it or its SDK implements it.
    Provider,
    /// The catalog's own classification.
    Catalog,
}

impl Basis {
    /// The spelling in the spec and in every binding.
    pub fn as_str(self) -> &'static str {
        match self {
            Basis::Provider => "provider",
            Basis::Catalog => "catalog",
        }
    }
}

/// Whether a code ends the session: a boolean, or `depends` (with a condition in words).
#[derive(Debug, Clone, Copy, PartialEq, Eq, JsonSchema)]
#[serde(untagged)]
pub enum Terminal {
    /// `true` or `false`.
    Bool(bool),
    /// The string `depends`.
    Depends(DependsWord),
}

/// The one string `terminal` accepts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, JsonSchema)]
pub enum DependsWord {
    /// Terminal under the code's `terminal_condition`, not otherwise.
    #[serde(rename = "depends")]
    Depends,
}

impl<'de> Deserialize<'de> for Terminal {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl serde::de::Visitor<'_> for Visitor {
            type Value = Terminal;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("true, false or depends")
            }
            fn visit_bool<E>(self, v: bool) -> Result<Terminal, E> {
                Ok(Terminal::Bool(v))
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Terminal, E> {
                match v {
                    "depends" => Ok(Terminal::Depends(DependsWord::Depends)),
                    _ => Err(E::invalid_value(serde::de::Unexpected::Str(v), &self)),
                }
            }
        }
        d.deserialize_any(Visitor)
    }
}

/// A wire value as written: YAML decides integer or string, validation checks it fits the set.
#[derive(Debug, Clone, PartialEq, Eq, JsonSchema)]
#[serde(untagged)]
pub enum WireValue {
    /// An integer (range is checked by validation, so any YAML integer is accepted here).
    Integer(i128),
    /// A string.
    String(String),
}

impl<'de> Deserialize<'de> for WireValue {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl serde::de::Visitor<'_> for Visitor {
            type Value = WireValue;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("an integer or a string")
            }
            fn visit_i64<E>(self, v: i64) -> Result<WireValue, E> {
                Ok(WireValue::Integer(v.into()))
            }
            fn visit_u64<E>(self, v: u64) -> Result<WireValue, E> {
                Ok(WireValue::Integer(v.into()))
            }
            fn visit_i128<E>(self, v: i128) -> Result<WireValue, E> {
                Ok(WireValue::Integer(v))
            }
            fn visit_u128<E: serde::de::Error>(self, v: u128) -> Result<WireValue, E> {
                i128::try_from(v)
                    .map(WireValue::Integer)
                    .map_err(|_| E::custom("integer is far outside the 32-bit signed range"))
            }
            fn visit_str<E>(self, v: &str) -> Result<WireValue, E> {
                Ok(WireValue::String(v.to_owned()))
            }
        }
        d.deserialize_any(Visitor)
    }
}

//! The Maven module `generated/kotlin`: one file per provider in a package of its own, an
//! `enum class` per code set, only the standard library.
//!
//! Every spec string reaches the output through [`string`] (literals) or [`doc`] (KDoc): the
//! one escaping function for each context.

mod guidance;
pub mod maven;
pub mod names;
mod registry;

use super::docs::escape;
use super::text::escape_into;
use super::{Out, is_invisible, licenses, notice, text};
use crate::model::*;
pub use maven::{KOTLIN_VERSION, LANGUAGE_VERSION};
pub use names::PACKAGE;
use names::{constant, linked_type, package, package_segment, type_name};
use std::fmt::Write;

/// Where the sources live in the Maven module: the standard layout.
pub const SOURCES: &str = "kotlin/src/main/kotlin";

/// The Maven module: `pom.xml`, README, licences, the `.editorconfig` ktlint reads, and every
/// Kotlin source under [`SOURCES`].
pub fn emit(catalog: &Catalog, out: &mut dyn Out) {
    out.file("kotlin/.editorconfig".into(), editorconfig());
    out.file("kotlin/pom.xml".into(), maven::pom(catalog));
    out.file("kotlin/README.md".into(), maven::readme(catalog));
    for (path, text) in licenses::files("kotlin") {
        out.file(path, text);
    }
    let root = format!("{SOURCES}/{}", PACKAGE.replace('.', "/"));
    out.file(format!("{root}/Taxonomy.kt"), taxonomy(catalog));
    out.file(format!("{root}/CodeSet.kt"), registry::code_set_kt());
    out.file(format!("{root}/Retry.kt"), guidance::retry_kt());
    out.file(
        format!("{root}/CodeSets.kt"),
        registry::code_sets_kt(catalog),
    );
    for (pi, provider) in catalog.providers.iter().enumerate() {
        // ktlint wants a file holding a single class named after it; otherwise after the provider.
        let file = match provider.code_sets.as_slice() {
            [only] => type_name(only),
            _ => provider.id.upper_camel(),
        };
        out.file(
            format!("{root}/{}/{file}.kt", package_segment(provider)),
            provider_kt(catalog, pi),
        );
    }
}

/// A double-quoted Kotlin string literal: the one escaping function for string data.
///
/// Escapes quotes, backslashes and `$` (no text can become a string template), every control
/// character, and invisible or bidirectional format characters.
pub fn string(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    escape_into(
        &mut out,
        text,
        |c| matches!(c, '"' | '\\' | '$') || c.is_control() || is_invisible(c),
        |out, c| match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '$' => out.push_str("\\$"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c => {
                let _ = write!(out, "\\u{:04X}", c as u32);
            }
        },
    );
    out.push('"');
    out
}

/// Spec text for a KDoc comment: Markdown-escaped (one line; `*` is escaped, so neither `*/`
/// nor a nested `/*` can survive), and no KDoc tag can start.
pub fn doc(text: &str) -> String {
    let escaped = escape(text);
    // Most text has neither: no copies then.
    if !escaped.contains("*/") && !escaped.contains('@') {
        return escaped;
    }
    escaped.replace("*/", "*&#x2F;").replace('@', "&#64;")
}

fn editorconfig() -> String {
    format!(
        "# {}\nroot = true\n\n[*.{{kt,kts}}]\nktlint_code_style = ktlint_official\n# Descriptions are long string literals that cannot be wrapped.\nmax_line_length = off\n",
        notice()
    )
}

pub(crate) fn header() -> String {
    format!("// {}\n\n", notice())
}

fn taxonomy(catalog: &Catalog) -> String {
    let mut out = header();
    let _ = writeln!(
        out,
        "package {PACKAGE}\n\nimport kotlin.jvm.JvmStatic\nimport kotlin.math.floor\n"
    );
    term_enum(
        &mut out,
        ("Category", text::CATEGORY),
        &catalog.taxonomy.categories,
        (
            "The default end-user message of the category's codes.",
            "userMessage: String?",
        ),
        &|t| opt(t.user_message.as_deref()),
    );
    term_enum(
        &mut out,
        ("RetryPolicy", text::RETRY_POLICY),
        &catalog.taxonomy.retry_policies,
        (
            "How long to wait before each retry; null when the policy does not retry on a schedule.",
            "schedule: RetrySchedule?",
        ),
        &|t| guidance::schedule_literal(t.schedule.as_ref()),
    );
    out.push_str(
        &text::fill(
            r#"/** «basis::TYPE» */
enum class Basis {
    /** «basis::PROVIDER» */
    PROVIDER,

    /** «basis::CATALOG» */
    CATALOG,
}

/**
 * Everything the catalog says about one code: the interface every code set's enum implements,
 * so a retry or messaging policy can be written once for codes from any provider.
 */
interface ErrorCode {
    /** «field::PROVIDER» */
    val provider: String

    /** «field::CODE_SET» */
    val codeSet: String

    /** The wire value: an [Int] or a [String]. */
    val wireValue: Any

    /** «field::CATALOG_NAME» */
    val catalogName: String

    /** «field::NAME» */
    val upstreamName: String

    /** «field::SUMMARY» */
    val summary: String

    /** «field::CAUSE» */
    val cause: String

    /** «field::WHEN» */
    val whenItOccurs: List<String>

    /** «field::CATEGORY» */
    val category: Category

    /** «field::RETRY_POLICY» */
    val retryPolicy: RetryPolicy

    /** «field::RETRY_BASIS» */
    val retryBasis: Basis

    /** {is_terminal} */
    val isTerminal: Boolean
        get() = terminality == Terminality.TERMINAL

    /** {terminality} */
    val terminality: Terminality

    /** {terminal_condition} */
    val terminalCondition: String?

    /** {user_message} */
    val userMessage: String

    /** {user_message_key} */
    val userMessageKey: String

    /** {remediation} */
    val remediation: List<String>

    /** {causes} */
    val causes: List<String>

    /** {references} */
    val references: List<String>

    /** {since} */
    val since: String?

    /** {retry_schedule} */
    val retrySchedule: RetrySchedule?

    /** {runtime_signal} */
    val runtimeSignal: RuntimeSignal?

    /** «field::TERMINAL_BASIS» */
    val terminalBasis: Basis

    /** «field::RATIONALE» */
    val rationale: String?

    /** «field::DEPRECATED» */
    val deprecation: String?

    /** «field::EQUIVALENT» */
    val equivalent: ErrorCode?
}
"#,
        )
        .replace("{is_terminal}", text::field::IS_TERMINAL)
        .replace("{terminality}", text::field::TERMINALITY)
        .replace("{terminal_condition}", text::field::TERMINAL_CONDITION)
        .replace("{user_message}", text::field::USER_MESSAGE)
        .replace("{user_message_key}", text::field::USER_MESSAGE_KEY)
        .replace("{remediation}", text::field::REMEDIATION)
        .replace("{causes}", text::field::CAUSES)
        .replace("{references}", text::field::REFERENCES)
        .replace("{since}", text::field::SINCE)
        .replace("{retry_schedule}", text::field::RETRY_SCHEDULE)
        .replace("{runtime_signal}", text::field::RUNTIME_SIGNAL),
    );
    out.push_str(&guidance::types());
    out
}

/// A taxonomy enum; `extra` is one more member (its KDoc and declaration) and its value per term.
fn term_enum(
    out: &mut String,
    (name, summary): (&str, &str),
    terms: &[Term],
    (extra_doc, extra): (&str, &str),
    value: &dyn Fn(&Term) -> String,
) {
    let _ = writeln!(out, "/** {summary} */");
    out.push_str(&text::fill(&format!(
        "enum class {name}(\n    /** «term::ID» */\n    val id: String,\n    /** «term::TITLE» */\n    val title: String,\n    /** «term::MEANING» */\n    val meaning: String,\n    /** {extra_doc} */\n    val {extra},\n) {{\n"
    )));
    for (i, t) in terms.iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        let _ = writeln!(out, "    /** {}: {} */", doc(&t.title), doc(&t.meaning));
        let _ = writeln!(
            out,
            "    {}(\n        {},\n        {},\n        {},\n        {},\n    ),",
            constant(&t.id),
            string(&t.id.raw),
            string(&t.title),
            string(&t.meaning),
            value(t)
        );
    }
    let _ = writeln!(
        out,
        "    ;\n\n    /** Lookups. */\n    companion object {{\n        private val byId = entries.associateBy {{ it.id }}\n\n        /** The value with this id, or null. */\n        @JvmStatic\n        fun fromId(id: String): {name}? = byId[id]\n    }}\n}}\n"
    );
}

fn basis(b: Basis) -> &'static str {
    match b {
        Basis::Provider => "Basis.PROVIDER",
        Basis::Catalog => "Basis.CATALOG",
    }
}

fn opt(s: Option<&str>) -> String {
    s.map(string).unwrap_or_else(|| "null".into())
}

fn provider_kt(catalog: &Catalog, pi: usize) -> String {
    let provider = &catalog.providers[pi];
    let mut out = header();
    let _ = writeln!(out, "package {}\n", package(provider));
    // Linked classes of other providers are written fully qualified, never imported, so equal
    // class names in two providers, or in this one, never collide.
    for class in names::imports(provider) {
        let _ = writeln!(out, "import {PACKAGE}.{class}");
    }
    // Explicit: the import is implicit on the JVM only, and the sources are multiplatform.
    out.push_str("import kotlin.jvm.JvmStatic\n");
    for set in &provider.code_sets {
        out.push('\n');
        code_set(&mut out, catalog, pi, set);
    }
    out
}

fn code_set(out: &mut String, catalog: &Catalog, pi: usize, set: &CodeSet) {
    let provider = &catalog.providers[pi];
    let ty = type_name(set);
    let tax = &catalog.taxonomy;
    let wire = match set.values {
        ValueKind::Integer => "Int",
        ValueKind::String => "String",
    };
    let _ = writeln!(
        out,
        "/**\n * {}\n *\n * {}\n */",
        doc(&set.summary),
        doc(&set.source.describe())
    );
    out.push_str(&text::fill(&format!(
        r#"enum class {ty}(
    /** «field::WIRE_VALUE» */
    val value: {wire},
    override val catalogName: String,
    override val upstreamName: String,
    override val summary: String,
    override val cause: String,
    override val whenItOccurs: List<String>,
    override val category: Category,
    override val retryPolicy: RetryPolicy,
    override val retryBasis: Basis,
    override val userMessage: String,
    override val userMessageKey: String,
    override val remediation: List<String>,
    override val causes: List<String>,
    override val references: List<String>,
    override val since: String?,
    override val retrySchedule: RetrySchedule?,
    override val runtimeSignal: RuntimeSignal?,
    override val terminality: Terminality,
    override val terminalCondition: String?,
    override val terminalBasis: Basis,
    override val rationale: String?,
    override val deprecation: String?,
) : ErrorCode {{
"#
    )));
    for (i, code) in set.codes.iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        let value = match &code.value {
            Value::Integer(v) => v.to_string(),
            Value::String(v) => string(v),
        };
        let when = code
            .when
            .iter()
            .map(|w| format!("                {},\n", string(w)))
            .collect::<String>();
        let _ = writeln!(out, "    /** {} */", doc(&code.summary));
        let _ = writeln!(
            out,
            "    {}(\n        value = {value},\n        catalogName = {},\n        upstreamName = {},\n        summary = {},\n        cause = {},\n        whenItOccurs =\n            listOf(\n{when}            ),\n        category = Category.{},\n        retryPolicy = RetryPolicy.{},\n        retryBasis = {},\n        userMessage = {},\n        userMessageKey = {},\n        remediation ={},\n        causes ={},\n        references ={},\n        since = {},\n        retrySchedule = {},\n        runtimeSignal ={},\n        terminality = {},\n        terminalCondition = {},\n        terminalBasis = {},\n        rationale = {},\n        deprecation = {},\n    ),",
            constant(&code.name),
            string(&code.name.raw),
            string(&set.upstream_name(code)),
            string(&code.summary),
            string(&code.cause),
            constant(&tax.categories[code.category].id),
            constant(&tax.retry_policies[code.retry].id),
            basis(code.retry_basis),
            string(&code.user_message),
            string(&set.message_key(provider, code)),
            guidance::list(&code.remediation),
            guidance::list(&code.causes),
            guidance::list(&code.references),
            opt(code.since.as_deref()),
            guidance::schedule_literal(code.schedule.as_ref()),
            guidance::signal_literal(code.runtime_signal.as_ref()),
            guidance::terminality(&code.terminal),
            opt(code.terminal.condition()),
            basis(code.terminal_basis),
            opt(code.rationale.as_deref()),
            opt(code.deprecated.as_deref()),
        );
    }
    out.push_str("    ;\n\n");
    let _ = writeln!(
        out,
        "    override val provider: String get() = {}\n",
        string(&provider.id.raw)
    );
    let _ = writeln!(
        out,
        "    override val codeSet: String get() = {}\n",
        string(&set.id.raw)
    );
    let _ = writeln!(out, "    override val wireValue: Any get() = value\n");
    match set.links_to {
        Some(target) => {
            let target_ty = linked_type(catalog, pi, target);
            let _ = writeln!(
                out,
                "    /** The equivalent code in `{}`, where one exists. */",
                doc(&catalog.code_set(target).1.id.raw)
            );
            let _ = writeln!(
                out,
                "    val protocolEquivalent: {target_ty}?\n        get() =\n            when (this) {{"
            );
            for code in &set.codes {
                if let Some(r) = code.protocol_equivalent {
                    let _ = writeln!(
                        out,
                        "                {} -> {target_ty}.{}",
                        constant(&code.name),
                        constant(&catalog.code(r).2.name)
                    );
                }
            }
            let all_linked = set.codes.iter().all(|c| c.protocol_equivalent.is_some());
            if !all_linked {
                out.push_str("                else -> null\n");
            }
            out.push_str("            }\n\n");
            out.push_str("    override val equivalent: ErrorCode? get() = protocolEquivalent\n\n");
        }
        None => out.push_str("    override val equivalent: ErrorCode? get() = null\n\n"),
    }
    if set.has_failure_flag {
        out.push_str("    /** The provider SDK's own verdict on whether this status is a failure. */\n    val isFailure: Boolean\n        get() =\n            when (this) {\n");
        let failing: Vec<String> = set
            .codes
            .iter()
            .filter(|c| c.failure == Some(true))
            .map(|c| constant(&c.name))
            .collect();
        if failing.is_empty() {
            out.push_str("                else -> false\n");
        } else {
            let _ = writeln!(
                out,
                "                {},\n                -> true\n",
                failing.join(",\n                ")
            );
            out.push_str("                else -> false\n");
        }
        out.push_str("            }\n\n");
    }
    let _ = writeln!(
        out,
        r#"    /** Lookups by wire value and by upstream name. */
    companion object {{
        private val byValue = entries.associateBy {{ it.value }}
        private val byName = entries.associateBy {{ it.upstreamName }}

        /** The code with this wire value, or null for a value the catalog does not know. */
        @JvmStatic
        fun fromValue(value: {wire}): {ty}? = byValue[value]

        /** The code with this upstream name (case-sensitive), or null. */
        @JvmStatic
        fun fromName(name: String): {ty}? = byName[name]
    }}
}}"#
    );
}

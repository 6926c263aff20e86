//! Kotlin sources under `generated/kotlin`: one file per provider in a package of its own, an
//! `enum class` per code set, only the standard library.
//!
//! Every spec string reaches the output through [`string`] (literals) or [`doc`] (KDoc): the
//! one escaping function for each context.

pub mod names;

use super::docs::escape;
use super::{Files, is_invisible, notice};
use crate::model::*;
pub use names::PACKAGE;
use names::{constant, linked_type, package, package_segment, type_name};
use std::fmt::Write;

/// Every Kotlin file, plus the `.editorconfig` ktlint reads.
pub fn emit(catalog: &Catalog) -> Files {
    let mut files = Files::new();
    files.insert("kotlin/.editorconfig".into(), editorconfig());
    files.insert(
        format!("kotlin/{}/Taxonomy.kt", PACKAGE.replace('.', "/")),
        taxonomy(catalog),
    );
    for (pi, provider) in catalog.providers.iter().enumerate() {
        // ktlint wants a file holding a single class named after it; otherwise after the provider.
        let file = match provider.code_sets.as_slice() {
            [only] => type_name(only),
            _ => provider.id.upper_camel(),
        };
        files.insert(
            format!(
                "kotlin/{}/{}/{file}.kt",
                PACKAGE.replace('.', "/"),
                package_segment(provider)
            ),
            provider_kt(catalog, pi),
        );
    }
    files
}

/// A double-quoted Kotlin string literal: the one escaping function for string data.
///
/// Escapes quotes, backslashes and `$` (no text can become a string template), every control
/// character, and invisible or bidirectional format characters.
pub fn string(text: &str) -> String {
    // Most text needs no escape: check once, then copy it whole.
    if !text
        .chars()
        .any(|c| matches!(c, '"' | '\\' | '$') || c.is_control() || is_invisible(c))
    {
        return format!("\"{text}\"");
    }
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '$' => out.push_str("\\$"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() || is_invisible(c) => {
                let _ = write!(out, "\\u{:04X}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Spec text for a KDoc comment: Markdown-escaped (one line; `*` is escaped, so neither `*/`
/// nor a nested `/*` can survive), and no KDoc tag can start.
pub fn doc(text: &str) -> String {
    escape(text).replace("*/", "*&#x2F;").replace('@', "&#64;")
}

fn editorconfig() -> String {
    format!(
        "# {}\nroot = true\n\n[*.{{kt,kts}}]\nktlint_code_style = ktlint_official\n# Descriptions are long string literals that cannot be wrapped.\nmax_line_length = off\n",
        notice()
    )
}

fn header() -> String {
    format!("// {}\n\n", notice())
}

fn taxonomy(catalog: &Catalog) -> String {
    let mut out = header();
    let _ = writeln!(out, "package {PACKAGE}\n");
    term_enum(
        &mut out,
        "Category",
        "What kind of event a code reports, the same across providers (the catalog's own taxonomy).",
        &catalog.taxonomy.categories,
    );
    term_enum(
        &mut out,
        "RetryPolicy",
        "What an app should do about a code, the same across providers (the catalog's own taxonomy).",
        &catalog.taxonomy.retry_policies,
    );
    out.push_str(
        r#"/** Where a code's retry policy or terminal flag comes from. */
enum class Basis {
    /** The provider documents it, or its SDK implements it. */
    PROVIDER,

    /** The catalog's own classification; the code's `rationale` says why. */
    CATALOG,
}

/**
 * Everything the catalog says about one code: the interface every code set's enum implements,
 * so a retry or messaging policy can be written once for codes from any provider.
 */
interface ErrorCode {
    /** The provider's id, e.g. `livekit`. */
    val provider: String

    /** The code set's id, e.g. `disconnect_reason`. */
    val codeSet: String

    /** The wire value: an [Int] or a [String]. */
    val wireValue: Any

    /** The name as the catalog keys it (the upstream name without the set's prefix). */
    val catalogName: String

    /** The name exactly as upstream spells it. */
    val upstreamName: String

    /** One short sentence. */
    val summary: String

    /** What causes it. */
    val cause: String

    /** When it occurs. */
    val whenItOccurs: List<String>

    /** The catalog's category. */
    val category: Category

    /** What an app should do. */
    val retryPolicy: RetryPolicy

    /** Where the retry policy comes from. */
    val retryBasis: Basis

    /** Whether the session ends when this code is reported. */
    val isTerminal: Boolean

    /** Where the terminal flag comes from. */
    val terminalBasis: Basis

    /** Why the catalog classified it so, where a basis is the catalog. */
    val rationale: String?

    /** Set when upstream deprecates the code. */
    val deprecation: String?

    /** The equivalent code in the linked code set, if any. */
    val equivalent: ErrorCode?
}
"#,
    );
    out
}

fn term_enum(out: &mut String, name: &str, summary: &str, terms: &[Term]) {
    let _ = writeln!(out, "/** {summary} */");
    let _ = writeln!(
        out,
        "enum class {name}(\n    /** The id used in the spec and in every binding. */\n    val id: String,\n    /** A short human-readable name. */\n    val title: String,\n    /** One paragraph: what it means and what an app should do. */\n    val meaning: String,\n) {{"
    );
    for (i, t) in terms.iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        let _ = writeln!(out, "    /** {}: {} */", doc(&t.title), doc(&t.meaning));
        let _ = writeln!(
            out,
            "    {}(\n        {},\n        {},\n        {},\n    ),",
            constant(&t.id),
            string(&t.id.raw),
            string(&t.title),
            string(&t.meaning)
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
    for class in names::ROOT_CLASSES {
        let _ = writeln!(out, "import {PACKAGE}.{class}");
    }
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
    let _ = writeln!(
        out,
        r#"enum class {ty}(
    /** The wire value. */
    val value: {wire},
    override val catalogName: String,
    override val upstreamName: String,
    override val summary: String,
    override val cause: String,
    override val whenItOccurs: List<String>,
    override val category: Category,
    override val retryPolicy: RetryPolicy,
    override val retryBasis: Basis,
    override val isTerminal: Boolean,
    override val terminalBasis: Basis,
    override val rationale: String?,
    override val deprecation: String?,
) : ErrorCode {{"#
    );
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
            "    {}(\n        value = {value},\n        catalogName = {},\n        upstreamName = {},\n        summary = {},\n        cause = {},\n        whenItOccurs =\n            listOf(\n{when}            ),\n        category = Category.{},\n        retryPolicy = RetryPolicy.{},\n        retryBasis = {},\n        isTerminal = {},\n        terminalBasis = {},\n        rationale = {},\n        deprecation = {},\n    ),",
            constant(&code.name),
            string(&code.name.raw),
            string(&set.upstream_name(code)),
            string(&code.summary),
            string(&code.cause),
            constant(&tax.categories[code.category].id),
            constant(&tax.retry_policies[code.retry].id),
            basis(code.retry_basis),
            code.terminal,
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

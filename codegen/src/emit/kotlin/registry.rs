//! The cross-provider registry in the root package: `CodeSet` (one code set, generically) and
//! `CodeSets` (`ALL`, and `lookup(provider, codeSet, value)` with `@JvmStatic` for Java).

use super::names::{PACKAGE, package, type_name};
use super::{header, string};
use crate::emit::text;
use crate::model::Catalog;
use std::fmt::Write;

/// `CodeSet.kt`: the generic view of one code set, with its lookups.
pub fn code_set_kt() -> String {
    let mut out = header();
    let _ = writeln!(out, "package {PACKAGE}\n");
    out.push_str(&text::fill(
        r#"/** One code set, for tools that handle every provider's codes generically. */
class CodeSet internal constructor(
    /** «field::PROVIDER» */
    val provider: String,
    /** «field::CODE_SET» */
    val id: String,
    /** Every code, in upstream order. */
    val codes: List<ErrorCode>,
) {
    private val byValue = codes.associateBy { it.wireValue }
    private val byName = codes.associateBy { it.upstreamName }

    /** The code with this wire value (an [Int] or a [String]), or null. */
    fun lookup(value: Any): ErrorCode? = byValue[value]

    /** The code with this upstream name (case-sensitive), or null. */
    fun lookupName(name: String): ErrorCode? = byName[name]
}
"#,
    ));
    out
}

/// `CodeSets.kt`: every code set of every provider, and the lookup across them.
pub fn code_sets_kt(catalog: &Catalog) -> String {
    let mut out = header();
    let _ = writeln!(
        out,
        "package {PACKAGE}\n\nimport kotlin.jvm.JvmField\nimport kotlin.jvm.JvmStatic\n"
    );
    let mut entries = String::new();
    for provider in &catalog.providers {
        for set in &provider.code_sets {
            // Fully qualified: two providers may both have a `Reason`.
            let _ = writeln!(
                entries,
                "            CodeSet({}, {}, {}.{}.entries),",
                string(&provider.id.raw),
                string(&set.id.raw),
                package(provider),
                type_name(set)
            );
        }
    }
    let all = if entries.is_empty() {
        " emptyList()\n".to_owned()
    } else {
        format!("\n        listOf(\n{entries}        )\n")
    };
    let _ = write!(
        out,
        r#"/** Every code set of every provider, and the lookup across them. */
object CodeSets {{
    /** Every code set, in catalog order. */
    @JvmField
    val ALL: List<CodeSet> ={all}
    /**
     * The code with this wire value (an [Int] or a [String]) in `provider`'s code set
     * `codeSet`, or null if the set or the value is unknown.
     */
    @JvmStatic
    fun lookup(
        provider: String,
        codeSet: String,
        value: Any,
    ): ErrorCode? = ALL.firstOrNull {{ it.provider == provider && it.id == codeSet }}?.lookup(value)
}}
"#
    );
    out
}

//! Every identifier the C library writes: the one place that spells them.
//!
//! C has one scope for every external name and macro, so every identifier here is declared in
//! the scope "C global scope". Each starts with `rtc_` or `RTC_`, so none can be a keyword or a
//! reserved identifier (`_X...`, `__`); the keyword lists are declared anyway, and an identifier
//! with a double underscore (reserved in C++) is declared as reserved, so the validator says so.

use crate::emit::names::{Declared, Kind};
use crate::model::*;

/// The one scope every C identifier lives in.
const SCOPE: &str = "C global scope";

/// The library's name: the header, source and CMake target (`rtc_error_catalog`).
pub const LIBRARY: &str = "rtc_error_catalog";

/// The header's include guard.
pub const GUARD: &str = "RTC_ERROR_CATALOG_H";

/// The macro holding the catalog's version.
pub const VERSION_MACRO: &str = "RTC_ERROR_CATALOG_VERSION";

/// C99 and C++11 keywords, and the macros of `<stdbool.h>`, `<stddef.h>` and `<stdint.h>`
/// the library includes.
const KEYWORDS: &[&str] = &[
    "_Bool",
    "_Complex",
    "_Imaginary",
    "alignas",
    "alignof",
    "and",
    "and_eq",
    "asm",
    "auto",
    "bitand",
    "bitor",
    "bool",
    "break",
    "case",
    "catch",
    "char",
    "char16_t",
    "char32_t",
    "class",
    "compl",
    "const",
    "const_cast",
    "constexpr",
    "continue",
    "decltype",
    "default",
    "delete",
    "do",
    "double",
    "dynamic_cast",
    "else",
    "enum",
    "explicit",
    "export",
    "extern",
    "false",
    "float",
    "for",
    "friend",
    "goto",
    "if",
    "inline",
    "int",
    "long",
    "mutable",
    "namespace",
    "new",
    "noexcept",
    "not",
    "not_eq",
    "nullptr",
    "operator",
    "or",
    "or_eq",
    "private",
    "protected",
    "public",
    "register",
    "reinterpret_cast",
    "restrict",
    "return",
    "short",
    "signed",
    "sizeof",
    "static",
    "static_assert",
    "static_cast",
    "struct",
    "switch",
    "template",
    "this",
    "thread_local",
    "throw",
    "true",
    "try",
    "typedef",
    "typeid",
    "typename",
    "union",
    "unsigned",
    "using",
    "virtual",
    "void",
    "volatile",
    "wchar_t",
    "while",
    "xor",
    "xor_eq",
    "NULL",
    "size_t",
    "int32_t",
    "uint32_t",
    "uint64_t",
];

/// The shared types the header defines (typedef and tag alike).
pub const TYPES: &[&str] = &[
    "rtc_category",
    "rtc_retry_policy",
    "rtc_basis",
    "rtc_jitter",
    "rtc_terminality",
    "rtc_term",
    "rtc_retry_schedule",
    "rtc_signal_value",
    "rtc_runtime_signal",
    "rtc_code_info",
    "rtc_code_set",
];

/// The shared functions and tables the header declares.
pub const FUNCTIONS: &[&str] = &[
    "rtc_categories",
    "rtc_category_from_id",
    "rtc_retry_policies",
    "rtc_retry_policy_from_id",
    "rtc_code_sets",
    "rtc_code_set_count",
    "rtc_code_set_find",
    "rtc_lookup_value",
    "rtc_lookup_string",
    "rtc_lookup_name",
    "rtc_retry_schedule_delay",
    "rtc_retry_delay",
];

/// The fixed enumerators: basis, jitter and terminality.
pub const BASIS: [&str; 2] = ["RTC_BASIS_PROVIDER", "RTC_BASIS_CATALOG"];
pub const JITTER: [&str; 3] = ["RTC_JITTER_NONE", "RTC_JITTER_FULL", "RTC_JITTER_EQUAL"];
pub const TERMINALITY: [&str; 3] = [
    "RTC_TERMINALITY_TERMINAL",
    "RTC_TERMINALITY_NOT_TERMINAL",
    "RTC_TERMINALITY_DEPENDS",
];

/// The count macros of the taxonomy enums.
pub const CATEGORY_COUNT: &str = "RTC_CATEGORY_COUNT";
pub const RETRY_POLICY_COUNT: &str = "RTC_RETRY_POLICY_COUNT";

/// A category's enumerator, e.g. `RTC_CATEGORY_NETWORK`.
pub fn category(term: &Term) -> String {
    format!("RTC_CATEGORY_{}", term.id.shouty_snake())
}

/// A retry policy's enumerator, e.g. `RTC_RETRY_POLICY_BACKOFF`.
pub fn retry_policy(term: &Term) -> String {
    format!("RTC_RETRY_POLICY_{}", term.id.shouty_snake())
}

/// A code set's enum type, e.g. `rtc_livekit_disconnect_reason`.
pub fn type_name(provider: &Provider, set: &CodeSet) -> String {
    format!("rtc_{}_{}", provider.id.snake(), set.id.snake())
}

/// A code's enumerator, e.g. `RTC_LIVEKIT_DISCONNECT_REASON_DUPLICATE_IDENTITY`.
pub fn constant(provider: &Provider, set: &CodeSet, code: &Code) -> String {
    format!(
        "{}_{}",
        type_name(provider, set).to_uppercase(),
        code.name.shouty_snake()
    )
}

/// The functions and tables of a code set, after its type name: `<type>_from_value`, ...
pub const SET_SUFFIXES: [&str; 5] = ["_from_value", "_from_name", "_info", "_infos", "_count"];

/// Whether C or C++ reserves the identifier: a leading underscore and a capital, or a double
/// underscore anywhere (C++).
pub fn is_reserved(ident: &str) -> bool {
    let b = ident.as_bytes();
    ident.contains("__") || (b.len() > 1 && b[0] == b'_' && b[1].is_ascii_uppercase())
}

/// Everything the library declares in its one scope: keywords, its own names, then each
/// provider's code sets and codes.
pub fn declared(catalog: &Catalog) -> Vec<Declared> {
    let mut out = Declared::keywords(SCOPE, "identifier", KEYWORDS);
    let own = |ident: &str, role: &'static str| {
        Declared::builtin(SCOPE, ident, role, format!("the library's own `{ident}`"))
    };
    out.extend([GUARD, VERSION_MACRO, CATEGORY_COUNT, RETRY_POLICY_COUNT].map(|m| own(m, "macro")));
    out.extend(TYPES.iter().map(|t| own(t, "type")));
    out.extend(FUNCTIONS.iter().map(|f| own(f, "function")));
    out.extend(
        BASIS
            .iter()
            .chain(&JITTER)
            .chain(&TERMINALITY)
            .map(|e| own(e, "enumerator")),
    );
    let tax = &catalog.taxonomy;
    out.extend(
        tax.categories
            .iter()
            .map(|t| own(&category(t), "enumerator")),
    );
    out.extend(
        tax.retry_policies
            .iter()
            .map(|t| own(&retry_policy(t), "enumerator")),
    );
    for p in &catalog.providers {
        for set in &p.code_sets {
            let item = format!("code set `{}/{}`", p.id.raw, set.id.raw);
            let ty = type_name(p, set);
            let mut names = vec![(ty.clone(), "type")];
            names.extend(
                SET_SUFFIXES
                    .iter()
                    .map(|s| (format!("{ty}{s}"), "function")),
            );
            for (ident, role) in names {
                push(&mut out, ident, role, &item, Kind::CodeSet, &set.defined_at);
            }
            for code in &set.codes {
                let item = format!("code `{}`", code.name.raw);
                let ident = constant(p, set, code);
                push(
                    &mut out,
                    ident,
                    "enumerator",
                    &item,
                    Kind::Code,
                    &code.defined_at,
                );
            }
        }
    }
    out
}

/// Declares a spec item's identifier, and reserves it too when C or C++ would not allow it.
fn push(
    out: &mut Vec<Declared>,
    ident: String,
    role: &'static str,
    item: &str,
    kind: Kind,
    at: &Origin,
) {
    if is_reserved(&ident) {
        out.extend(Declared::keywords(
            SCOPE,
            "reserved identifier",
            &[ident.as_str()],
        ));
    }
    out.push(Declared::spec(
        SCOPE,
        ident,
        role,
        item.to_owned(),
        kind,
        at,
    ));
}

#[cfg(test)]
mod tests {
    use super::is_reserved;

    #[test]
    fn reserved_identifiers() {
        assert!(is_reserved("rtc_a__b"));
        assert!(is_reserved("_Foo"));
        assert!(!is_reserved("_foo"));
        assert!(!is_reserved("rtc_a_b"));
    }
}

//! `include/rtc_error_catalog.h`: the shared types, one enum per code set, and every function.

use super::names::{self, CATEGORY_COUNT, GUARD, RETRY_POLICY_COUNT, VERSION_MACRO};
use super::shared_types::{SHARED, fill};
use super::{comment, int_literal, string};
use crate::emit::text;
use crate::model::*;
use std::fmt::Write;

/// The whole header.
pub fn header(catalog: &Catalog) -> String {
    let mut out = format!(
        "/* {} */\n\n/**\n * Error codes of real-time audio/video providers, with causes and retry guidance.\n *\n * C99, no heap allocation: every table is `const`. Each code set is an enum with\n * `<type>_from_value`, `<type>_from_name` and `<type>_info`; `rtc_lookup_value`,\n * `rtc_lookup_string` and `rtc_lookup_name` find a code of any provider.\n */\n#ifndef {GUARD}\n#define {GUARD}\n\n#include <stdbool.h>\n#include <stddef.h>\n#include <stdint.h>\n\n#ifdef __cplusplus\nextern \"C\" {{\n#endif\n\n/** The catalog's version. */\n#define {VERSION_MACRO} {}\n\n",
        crate::emit::notice(),
        string(&catalog.package.version)
    );
    let tax = &catalog.taxonomy;
    term_enum(
        &mut out,
        "rtc_category",
        text::CATEGORY,
        &tax.categories,
        names::category,
        CATEGORY_COUNT,
    );
    term_enum(
        &mut out,
        "rtc_retry_policy",
        text::RETRY_POLICY,
        &tax.retry_policies,
        names::retry_policy,
        RETRY_POLICY_COUNT,
    );
    out.push_str(&fill(SHARED));
    for p in &catalog.providers {
        for set in &p.code_sets {
            code_set(&mut out, p, set);
        }
    }
    let _ = write!(
        out,
        "#ifdef __cplusplus\n}}\n#endif\n\n#endif /* {GUARD} */\n"
    );
    out
}

/// A taxonomy enum and its count macro.
fn term_enum(
    out: &mut String,
    ty: &str,
    summary: &str,
    terms: &[Term],
    constant: fn(&Term) -> String,
    count: &str,
) {
    let _ = writeln!(out, "/** {summary} */\ntypedef enum {ty} {{");
    for t in terms {
        let _ = writeln!(
            out,
            "    /** {}: {} */\n    {},",
            comment(&t.title),
            comment(&t.meaning),
            constant(t)
        );
    }
    let _ = write!(
        out,
        "}} {ty};\n\n/** The number of `{ty}` values (they count from 0). */\n#define {count} {}\n\n",
        terms.len()
    );
}

/// One code set: its enum, table and functions.
fn code_set(out: &mut String, p: &Provider, set: &CodeSet) {
    let ty = names::type_name(p, set);
    let _ = writeln!(
        out,
        "/**\n * {}: {}\n *\n * {}",
        comment(&p.name),
        comment(&set.summary),
        comment(&set.source.describe())
    );
    let wire = match set.values {
        ValueKind::Integer => {
            out.push_str(" *\n * Each enumerator's value is the code's wire value.\n */\n");
            "int32_t value"
        }
        ValueKind::String => {
            out.push_str(" *\n * The wire values are strings: each code's `string_value` in its info.\n */\n");
            "const char *value"
        }
    };
    let _ = writeln!(out, "typedef enum {ty} {{");
    for (i, code) in set.codes.iter().enumerate() {
        let value = match &code.value {
            Value::Integer(v) => int_literal(*v),
            Value::String(_) => i.to_string(),
        };
        let _ = writeln!(
            out,
            "    /** {} */\n    {} = {value},",
            comment(&code.summary),
            names::constant(p, set, code)
        );
    }
    let _ = write!(
        out,
        "}} {ty};\n\n/** Every `{ty}` code, in spec order. */\nextern const rtc_code_info {ty}_infos[];\n/** The number of entries in `{ty}_infos`. */\nextern const size_t {ty}_count;\n/** Sets `*out` to the code with this wire value; false (and `*out` untouched) if there is none. */\nbool {ty}_from_value({wire}, {ty} *out);\n/** Sets `*out` to the code with this upstream name; false (and `*out` untouched) if there is none. */\nbool {ty}_from_name(const char *name, {ty} *out);\n/** Everything the catalog says about `code`, or NULL for a value that is no code. */\nconst rtc_code_info *{ty}_info({ty} code);\n\n"
    );
}

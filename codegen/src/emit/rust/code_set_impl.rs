//! A code set's members: the inherent impl's tables, lookups and accessors, and its trait impls.
//! Each function writes one group of items; `code_set` puts them in order.

use super::layout::{arm, array, assign, field, option_field, self_method};
use super::{module, string, term_path, type_name, variant_name};
use crate::emit::text::field as docs;
use crate::model::*;

/// `ALL`, `COUNT`, the private `CODE_SET` path and `INFO`, the table every accessor reads.
pub fn tables(
    catalog: &Catalog,
    provider: &Provider,
    set: &CodeSet,
    variants: &[String],
) -> String {
    let all: Vec<String> = variants.iter().map(|v| format!("Self::{v}")).collect();
    let count = set.codes.len();
    let path = string(&format!("{}/{}", provider.id.raw, set.id.raw));
    // About two kilobytes a code: one allocation for the table.
    let mut out = String::with_capacity(set.codes.len() * 2048 + 256);
    out.push_str("    /// Every code, in upstream order.\n");
    out.push_str(&array(
        4,
        "pub const ALL: &'static [Self] =",
        &all,
        ";",
        false,
    ));
    out.push_str(&format!(
        "    /// Number of codes in the set.\n    pub const COUNT: usize = {count};\n"
    ));
    out.push_str(&assign(4, "const CODE_SET: &'static str =", &path));
    out.push_str(&format!("    const INFO: [crate::CodeInfo; {count}] = ["));
    // A lone element hugs the brackets, as rustfmt writes a one-element array.
    if let [code] = set.codes.as_slice() {
        out.push_str("crate::CodeInfo {\n");
        info_fields(&mut out, catalog, provider, set, code, 8);
        out.push_str("    }];\n");
        return out;
    }
    out.push('\n');
    for code in &set.codes {
        out.push_str("        crate::CodeInfo {\n");
        info_fields(&mut out, catalog, provider, set, code, 12);
        out.push_str("        },\n");
    }
    out.push_str("    ];\n");
    out
}

/// The fields of one code's `CodeInfo` literal.
fn info_fields(
    out: &mut String,
    catalog: &Catalog,
    provider: &Provider,
    set: &CodeSet,
    code: &Code,
    indent: usize,
) {
    let tax = &catalog.taxonomy;
    let strings = |items: &[String]| -> Vec<String> { items.iter().map(|i| string(i)).collect() };
    let when = strings(&code.when);
    let rationale = code.rationale.as_deref().map(string);
    let deprecated = code.deprecated.as_deref().map(string);
    let failure = code.failure.map(|f| f.to_string());
    let parts = [
        field(indent, "name", &string(&set.upstream_name(code))),
        field(indent, "catalog_name", &string(&code.name.raw)),
        field(indent, "summary", &string(&code.summary)),
        field(indent, "cause", &string(&code.cause)),
        array(indent, "when:", &when, ",", true),
        field(indent, "user_message", &string(&code.user_message)),
        field(
            indent,
            "user_message_key",
            &string(&set.message_key(provider, code)),
        ),
        array(
            indent,
            "remediation:",
            &strings(&code.remediation),
            ",",
            true,
        ),
        array(indent, "causes:", &strings(&code.causes), ",", true),
        array(indent, "references:", &strings(&code.references), ",", true),
        option_field(
            indent,
            "since",
            code.since.as_deref().map(string).as_deref(),
        ),
        field(
            indent,
            "category",
            &term_path("Category", &tax.categories[code.category]),
        ),
        field(
            indent,
            "retry_policy",
            &term_path("RetryPolicy", &tax.retry_policies[code.retry]),
        ),
        field(indent, "retry_basis", basis(code.retry_basis)),
        super::guidance::schedule(indent, code.schedule.as_ref()),
        super::guidance::signal(indent, code.runtime_signal.as_ref()),
        field(indent, "terminality", terminality(&code.terminal)),
        option_field(
            indent,
            "terminal_condition",
            code.terminal.condition().map(string).as_deref(),
        ),
        field(indent, "terminal_basis", basis(code.terminal_basis)),
        option_field(indent, "rationale", rationale.as_deref()),
        option_field(indent, "deprecated", deprecated.as_deref()),
        option_field(indent, "failure", failure.as_deref()),
    ];
    for part in parts {
        out.push_str(&part);
    }
}

fn terminality(t: &Terminality) -> &'static str {
    match t {
        Terminality::Terminal => "crate::Terminality::Terminal",
        Terminality::NotTerminal => "crate::Terminality::NotTerminal",
        Terminality::Depends { .. } => "crate::Terminality::Depends",
    }
}

fn basis(b: Basis) -> &'static str {
    match b {
        Basis::Provider => "crate::Basis::Provider",
        Basis::Catalog => "crate::Basis::Catalog",
    }
}

/// `index` (the code's row in `INFO`), the trait-object lookups, and `as_dyn`.
pub fn lookups(variants: &[String], integer: bool) -> String {
    // Variants without explicit values are numbered 0.. in order, so the index is the discriminant.
    let mut out = String::from("    pub(crate) const fn index(self) -> usize {\n");
    if integer {
        out.push_str("        match self {\n");
        for (i, variant) in variants.iter().enumerate() {
            out.push_str(&arm(12, &format!("Self::{variant}"), &i.to_string()));
        }
        out.push_str("        }\n");
    } else {
        out.push_str("        self as usize\n");
    }
    let arm = if integer { "Integer" } else { "String" };
    out.push_str(&format!(
        r#"    }}
    /// The code with this wire value, as a `'static` trait object.
    pub fn lookup(value: crate::WireValue<'_>) -> Option<&'static dyn crate::ErrorCode> {{
        match value {{
            crate::WireValue::{arm}(v) => Self::from_value(v).map(Self::as_dyn),
            _ => None,
        }}
    }}
    /// The code with this upstream name, as a `'static` trait object.
    pub fn lookup_name(name: &str) -> Option<&'static dyn crate::ErrorCode> {{
        Self::from_name(name).map(Self::as_dyn)
    }}
    /// The code as a `'static` trait object.
    pub(crate) fn as_dyn(self) -> &'static dyn crate::ErrorCode {{
        &Self::ALL[self.index()]
    }}
"#
    ));
    out
}

/// `value` and `from_value`: the wire value both ways.
pub fn values(set: &CodeSet, variants: &[String], integer: bool) -> String {
    let mut out = String::from("    /// The wire value.\n");
    let from_value =
        "    /// The code with this wire value; `None` for a value this catalog does not know.\n";
    if integer {
        out.push_str("    pub const fn value(self) -> i32 {\n        self as i32\n    }\n");
        out.push_str(from_value);
        out.push_str(
            "    pub const fn from_value(value: i32) -> Option<Self> {\n        match value {\n",
        );
    } else {
        out.push_str("    pub const fn value(self) -> &'static str {\n        match self {\n");
        for (code, variant) in set.codes.iter().zip(variants) {
            if let Value::String(s) = &code.value {
                out.push_str(&arm(12, &format!("Self::{variant}"), &string(s)));
            }
        }
        out.push_str("        }\n    }\n");
        out.push_str(from_value);
        out.push_str(
            "    pub fn from_value(value: &str) -> Option<Self> {\n        match value {\n",
        );
    }
    for (code, variant) in set.codes.iter().zip(variants) {
        let pattern = match &code.value {
            Value::Integer(i) => i.to_string(),
            Value::String(s) => string(s),
        };
        out.push_str(&arm(12, &pattern, &format!("Some(Self::{variant})")));
    }
    out.push_str("            _ => None,\n        }\n    }\n");
    out
}

/// `name` and `from_name`: the upstream name both ways; `catalog_name`, the catalog's key.
pub fn names(set: &CodeSet, variants: &[String]) -> String {
    let mut out = format!(
        "    /// {}\n    pub const fn name(self) -> &'static str {{\n        Self::INFO[self.index()].name\n    }}\n    /// {}\n    pub const fn catalog_name(self) -> &'static str {{\n        Self::INFO[self.index()].catalog_name\n    }}\n",
        docs::NAME,
        docs::CATALOG_NAME
    );
    out.push_str("    /// The code with this upstream name (case-sensitive); `None` if there is none.\n    pub fn from_name(name: &str) -> Option<Self> {\n        match name {\n");
    for (code, variant) in set.codes.iter().zip(variants) {
        let name = string(&set.upstream_name(code));
        out.push_str(&arm(12, &name, &format!("Some(Self::{variant})")));
    }
    out.push_str("            _ => None,\n        }\n    }\n");
    out
}

/// `info` and the accessors that read one of its fields.
pub fn accessors() -> String {
    let mut out = String::new();
    for (doc, name, ty, body) in [
        (
            docs::INFO,
            "info",
            "&'static crate::CodeInfo",
            "&Self::INFO[self.index()]",
        ),
        (
            docs::SUMMARY,
            "summary",
            "&'static str",
            "self.info().summary",
        ),
        (docs::CAUSE, "cause", "&'static str", "self.info().cause"),
        (
            docs::WHEN,
            "when",
            "&'static [&'static str]",
            "self.info().when",
        ),
        (
            docs::CATEGORY,
            "category",
            "crate::Category",
            "self.info().category",
        ),
        (
            docs::RETRY_POLICY,
            "retry_policy",
            "crate::RetryPolicy",
            "self.info().retry_policy",
        ),
        (
            docs::TERMINALITY,
            "terminality",
            "crate::Terminality",
            "self.info().terminality",
        ),
        (
            docs::IS_TERMINAL,
            "is_terminal",
            "bool",
            "matches!(self.info().terminality, crate::Terminality::Terminal)",
        ),
    ] {
        out.push_str(&format!(
            "    /// {doc}\n    pub const fn {name}(self) -> {ty} {{\n        {body}\n    }}\n"
        ));
    }
    out
}

/// `protocol_equivalent`, for a set that links to another: the linked code, typed.
pub fn protocol_equivalent(
    catalog: &Catalog,
    provider: &Provider,
    set: &CodeSet,
    variants: &[String],
) -> String {
    let Some(target) = set.links_to else {
        return String::new();
    };
    let (target_provider, target_set) = catalog.code_set(target);
    let target_path = if std::ptr::eq(target_provider, provider) {
        type_name(target_set)
    } else {
        format!(
            "crate::{}::{}",
            module(target_provider),
            type_name(target_set)
        )
    };
    let mut out =
        String::from("    /// The equivalent code in the linked code set, where one exists.\n");
    out.push_str(&self_method(
        4,
        "pub const fn protocol_equivalent(",
        &format!(") -> Option<{target_path}>"),
    ));
    out.push_str("        match self {\n");
    for (code, variant) in set.codes.iter().zip(variants) {
        let body = match code.protocol_equivalent {
            Some(r) => format!("Some({target_path}::{})", variant_name(catalog.code(r).2)),
            None => "None".to_owned(),
        };
        out.push_str(&arm(12, &format!("Self::{variant}"), &body));
    }
    out.push_str("        }\n    }\n");
    out
}

/// `is_failure`, for a set whose provider SDK gives each code a failure verdict.
pub fn failure(set: &CodeSet, variants: &[String]) -> String {
    if !set.has_failure_flag {
        return String::new();
    }
    let mut out = String::from(
        "    /// The provider SDK's own verdict on whether this status is a failure.\n    pub const fn is_failure(self) -> bool {\n        match self {\n",
    );
    for (code, variant) in set.codes.iter().zip(variants) {
        let verdict = if code.failure.unwrap_or(false) {
            "true"
        } else {
            "false"
        };
        out.push_str(&arm(12, &format!("Self::{variant}"), verdict));
    }
    out.push_str("        }\n    }\n");
    out
}

/// `From` the code to its wire value, and `TryFrom` the wire value to the code.
pub fn wire_conversions(ty: &str, integer: bool) -> String {
    let (wire, lifetime) = if integer {
        ("i32", "")
    } else {
        ("&'a str", "<'a>")
    };
    let owned_wire = if integer { "i32" } else { "&'static str" };
    format!(
        r#"impl From<{ty}> for {owned_wire} {{
    fn from(code: {ty}) -> {owned_wire} {{
        code.value()
    }}
}}
impl{lifetime} TryFrom<{wire}> for {ty} {{
    type Error = crate::UnknownValue<{wire}>;
    fn try_from(value: {wire}) -> Result<Self, Self::Error> {{
        Self::from_value(value).ok_or(crate::UnknownValue {{
            code_set: Self::CODE_SET,
            value,
        }})
    }}
}}
"#
    )
}

/// `FromStr` and `Display` by upstream name, and `Error`.
pub fn name_conversions(ty: &str) -> String {
    format!(
        r#"impl core::str::FromStr for {ty} {{
    type Err = crate::UnknownName;
    /// Parses the upstream name.
    fn from_str(name: &str) -> Result<Self, Self::Err> {{
        Self::from_name(name).ok_or(crate::UnknownName {{
            code_set: Self::CODE_SET,
        }})
    }}
}}
/// Writes the upstream name.
impl core::fmt::Display for {ty} {{
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {{
        f.write_str(self.name())
    }}
}}
impl core::error::Error for {ty} {{}}
"#
    )
}

/// `ErrorCode`, the interface shared with every other code set.
pub fn error_code_impl(provider: &Provider, set: &CodeSet, ty: &str, integer: bool) -> String {
    let wire = if integer { "Integer" } else { "String" };
    let equivalent = if set.links_to.is_some() {
        "self.protocol_equivalent().map(|code| code.as_dyn())"
    } else {
        "None"
    };
    format!(
        r#"impl crate::ErrorCode for {ty} {{
    fn provider(&self) -> &'static str {{
        {provider}
    }}
    fn code_set(&self) -> &'static str {{
        {set}
    }}
    fn wire_value(&self) -> crate::WireValue<'static> {{
        crate::WireValue::{wire}(self.value())
    }}
    fn equivalent(&self) -> Option<&'static dyn crate::ErrorCode> {{
        {equivalent}
    }}
    fn info(&self) -> &'static crate::CodeInfo {{
        (*self).info()
    }}
}}
"#,
        provider = string(&provider.id.raw),
        set = string(&set.id.raw),
    )
}

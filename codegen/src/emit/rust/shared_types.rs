//! The types every code set shares. Constant code; its doc text comes from `emit::text`, which the
//! other bindings read too.

use crate::emit::text::{basis, field};

/// Every shared type, in the order `lib.rs` declares them.
pub fn all() -> String {
    [
        basis_enum(),
        wire_value(),
        code_info(),
        error_code_trait(),
        code_set_struct(),
        lookup_fn(),
        unknown_value(),
        unknown_name(),
    ]
    .concat()
}

fn basis_enum() -> String {
    format!(
        r#"/// {ty}
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Basis {{
    /// {provider}
    Provider,
    /// {catalog}
    Catalog,
}}
"#,
        ty = basis::TYPE,
        provider = basis::PROVIDER,
        catalog = basis::CATALOG,
    )
}

fn wire_value() -> String {
    r#"/// A wire value as the provider sends it: an integer or a string.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum WireValue<'a> {
    /// An integer code.
    Integer(i32),
    /// A string code.
    String(&'a str),
}
impl core::fmt::Display for WireValue<'_> {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        match self {
            WireValue::Integer(v) => core::fmt::Display::fmt(v, f),
            WireValue::String(v) => f.write_str(v),
        }
    }
}
"#
    .to_owned()
}

/// `CodeInfo`'s fields: name, type and doc.
const CODE_INFO_FIELDS: [(&str, &str, &str); 13] = [
    ("name", "&'static str", field::NAME),
    ("catalog_name", "&'static str", field::CATALOG_NAME),
    ("summary", "&'static str", field::SUMMARY),
    ("cause", "&'static str", field::CAUSE),
    ("when", "&'static [&'static str]", field::WHEN),
    ("category", "Category", field::CATEGORY),
    ("retry_policy", "RetryPolicy", field::RETRY_POLICY),
    ("retry_basis", "Basis", field::RETRY_BASIS),
    ("terminal", "bool", field::TERMINAL),
    ("terminal_basis", "Basis", field::TERMINAL_BASIS),
    ("rationale", "Option<&'static str>", field::RATIONALE),
    ("deprecated", "Option<&'static str>", field::DEPRECATED),
    ("failure", "Option<bool>", field::FAILURE),
];

fn code_info() -> String {
    let mut out = String::from(
        "/// What the catalog says about one code; every accessor of a code set reads from it.\n#[derive(Debug, Clone, Copy, PartialEq, Eq)]\n#[non_exhaustive]\npub struct CodeInfo {\n",
    );
    for (name, ty, doc) in CODE_INFO_FIELDS {
        out.push_str(&format!("    /// {doc}\n    pub {name}: {ty},\n"));
    }
    out.push_str("}\n");
    out
}

fn error_code_trait() -> String {
    let mut out = format!(
        r#"/// The interface every code set implements, for policies written once for all providers.
pub trait ErrorCode: core::fmt::Debug {{
    /// {provider}
    fn provider(&self) -> &'static str;
    /// {code_set}
    fn code_set(&self) -> &'static str;
    /// {wire_value}
    fn wire_value(&self) -> WireValue<'static>;
    /// {equivalent}
    fn equivalent(&self) -> Option<&'static dyn ErrorCode>;
    /// {info}
    fn info(&self) -> &'static CodeInfo;
"#,
        provider = field::PROVIDER,
        code_set = field::CODE_SET,
        wire_value = field::WIRE_VALUE,
        equivalent = field::EQUIVALENT,
        info = field::INFO,
    );
    for (doc, name, ty, member) in [
        (field::NAME, "name", "&'static str", "name"),
        (
            field::CATALOG_NAME,
            "catalog_name",
            "&'static str",
            "catalog_name",
        ),
        (field::SUMMARY, "summary", "&'static str", "summary"),
        (field::CATEGORY, "category", "Category", "category"),
        (
            field::RETRY_POLICY,
            "retry_policy",
            "RetryPolicy",
            "retry_policy",
        ),
        (field::TERMINAL, "is_terminal", "bool", "terminal"),
    ] {
        out.push_str(&format!(
            "    /// {doc}\n    fn {name}(&self) -> {ty} {{\n        self.info().{member}\n    }}\n"
        ));
    }
    out.push_str("}\n");
    out
}

fn code_set_struct() -> String {
    format!(
        r#"/// One code set, for tools that handle every provider's codes generically.
#[derive(Debug, Clone, Copy)]
pub struct CodeSet {{
    /// {provider}
    pub provider: &'static str,
    /// {code_set}
    pub id: &'static str,
    /// Number of codes.
    pub len: usize,
    /// The code with a wire value; `None` for a value the catalog does not know.
    pub lookup: fn(WireValue<'_>) -> Option<&'static dyn ErrorCode>,
    /// The code with an upstream name; `None` if there is none.
    pub lookup_name: fn(&str) -> Option<&'static dyn ErrorCode>,
}}
"#,
        provider = field::PROVIDER,
        code_set = field::CODE_SET,
    )
}

fn lookup_fn() -> String {
    r#"/// The code with this wire value in `provider`'s code set `code_set`, if both exist.
pub fn lookup(
    provider: &str,
    code_set: &str,
    value: WireValue<'_>,
) -> Option<&'static dyn ErrorCode> {
    CODE_SETS
        .iter()
        .find(|s| s.provider == provider && s.id == code_set)
        .and_then(|s| (s.lookup)(value))
}
"#
    .to_owned()
}

fn unknown_value() -> String {
    r#"/// A wire value that no code of the set has: a newer provider release, or a bad input.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct UnknownValue<T> {
    /// The code set that was asked, e.g. `livekit/disconnect_reason`.
    pub code_set: &'static str,
    /// The value that matched no code.
    pub value: T,
}
impl<T: core::fmt::Display> core::fmt::Display for UnknownValue<T> {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        write!(f, "unknown {} value `{}`", self.code_set, self.value)
    }
}
impl<T: core::fmt::Display + core::fmt::Debug> core::error::Error for UnknownValue<T> {}
"#
    .to_owned()
}

fn unknown_name() -> String {
    r#"/// A name that no code of the set has.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct UnknownName {
    /// The code set that was asked, e.g. `livekit/disconnect_reason`.
    pub code_set: &'static str,
}
impl core::fmt::Display for UnknownName {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        write!(f, "unknown {} name", self.code_set)
    }
}
impl core::error::Error for UnknownName {}
"#
    .to_owned()
}

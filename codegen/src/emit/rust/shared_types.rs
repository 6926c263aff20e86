//! The types every code set shares. Constant code; its doc text comes from `emit::text`, which the
//! other bindings read too.

use crate::emit::text::{basis, field, schedule, signal, terminality};

/// Every shared type, in the order `lib.rs` declares them.
pub fn all() -> String {
    [
        basis_enum(),
        terminality_enum(),
        retry_schedule(),
        runtime_signal(),
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
const CODE_INFO_FIELDS: [(&str, &str, &str); 22] = [
    ("name", "&'static str", field::NAME),
    ("catalog_name", "&'static str", field::CATALOG_NAME),
    ("summary", "&'static str", field::SUMMARY),
    ("cause", "&'static str", field::CAUSE),
    ("when", "&'static [&'static str]", field::WHEN),
    ("user_message", "&'static str", field::USER_MESSAGE),
    ("user_message_key", "&'static str", field::USER_MESSAGE_KEY),
    ("remediation", "&'static [&'static str]", field::REMEDIATION),
    ("causes", "&'static [&'static str]", field::CAUSES),
    ("references", "&'static [&'static str]", field::REFERENCES),
    ("since", "Option<&'static str>", field::SINCE),
    ("category", "Category", field::CATEGORY),
    ("retry_policy", "RetryPolicy", field::RETRY_POLICY),
    ("retry_basis", "Basis", field::RETRY_BASIS),
    (
        "retry_schedule",
        "Option<RetrySchedule>",
        field::RETRY_SCHEDULE,
    ),
    (
        "runtime_signal",
        "Option<RuntimeSignal>",
        field::RUNTIME_SIGNAL,
    ),
    ("terminality", "Terminality", field::TERMINALITY),
    (
        "terminal_condition",
        "Option<&'static str>",
        field::TERMINAL_CONDITION,
    ),
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
        (
            field::TERMINALITY,
            "terminality",
            "Terminality",
            "terminality",
        ),
    ] {
        out.push_str(&format!(
            "    /// {doc}\n    fn {name}(&self) -> {ty} {{\n        self.info().{member}\n    }}\n"
        ));
    }
    out.push_str(&format!(
        "    /// {}\n    fn is_terminal(&self) -> bool {{\n        self.info().terminality == Terminality::Terminal\n    }}\n",
        field::IS_TERMINAL
    ));
    out.push_str("}\n");
    out.push_str(&format!(
        r#"/// {}
pub fn retry_delay(code: &dyn ErrorCode, attempt: u32, random: f64) -> Option<u32> {{
    code.info().retry_schedule?.delay_ms(attempt, random)
}}
"#,
        schedule::HELPER
    ));
    out
}

fn terminality_enum() -> String {
    format!(
        r#"/// {ty}
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Terminality {{
    /// {terminal}
    Terminal,
    /// {not_terminal}
    NotTerminal,
    /// {depends}
    Depends,
}}
"#,
        ty = terminality::TYPE,
        terminal = terminality::TERMINAL,
        not_terminal = terminality::NOT_TERMINAL,
        depends = terminality::DEPENDS,
    )
}

fn retry_schedule() -> String {
    format!(
        r#"/// {jitter}
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Jitter {{
    /// {full}
    Full,
    /// {equal}
    Equal,
    /// {none}
    None,
}}
/// {ty}
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct RetrySchedule {{
    /// {initial}
    pub initial_delay_ms: u32,
    /// {multiplier}
    pub multiplier_thousandths: u32,
    /// {max_delay}
    pub max_delay_ms: u32,
    /// {jitter_field}
    pub jitter: Jitter,
    /// {max_attempts}
    pub max_attempts: u32,
}}
impl RetrySchedule {{
    /// {delay}
    pub fn delay_ms(&self, attempt: u32, random: f64) -> Option<u32> {{
        if attempt == 0 || attempt > self.max_attempts {{
            return None;
        }}
        let random = if (0.0..1.0).contains(&random) {{
            random
        }} else {{
            0.0
        }};
        let cap = u64::from(self.max_delay_ms);
        let mut delay = u64::from(self.initial_delay_ms).min(cap);
        for _ in 1..attempt {{
            if delay == cap {{
                break;
            }}
            delay = (delay * u64::from(self.multiplier_thousandths) / 1000).min(cap);
        }}
        // `as` truncates toward zero, which is the floor of a non-negative number.
        let jittered = match self.jitter {{
            Jitter::None => delay,
            Jitter::Full => (random * (delay + 1) as f64) as u64,
            Jitter::Equal => {{
                let half = delay / 2;
                half + (random * (delay - half + 1) as f64) as u64
            }}
        }};
        Some(jittered.min(delay) as u32)
    }}
}}
"#,
        jitter = schedule::JITTER,
        full = schedule::FULL,
        equal = schedule::EQUAL,
        none = schedule::NONE,
        ty = schedule::TYPE,
        initial = schedule::INITIAL_DELAY,
        multiplier = schedule::MULTIPLIER,
        max_delay = schedule::MAX_DELAY,
        jitter_field = schedule::JITTER_FIELD,
        max_attempts = schedule::MAX_ATTEMPTS,
        delay = schedule::DELAY,
    )
}

fn runtime_signal() -> String {
    format!(
        r#"/// {ty}
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct RuntimeSignal {{
    /// {name}
    pub name: &'static str,
    /// {overrides}
    pub overrides: &'static [&'static str],
    /// {values}
    pub values: &'static [SignalValue],
    /// {meaning}
    pub meaning: Option<&'static str>,
}}
/// {value_ty}
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct SignalValue {{
    /// {value}
    pub value: &'static str,
    /// {means}
    pub means: &'static str,
}}
"#,
        ty = signal::TYPE,
        name = signal::NAME,
        overrides = signal::OVERRIDES,
        values = signal::VALUES,
        meaning = signal::MEANING,
        value_ty = signal::VALUE_TYPE,
        value = signal::VALUE,
        means = signal::MEANS,
    )
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

//! Every identifier the Kotlin sources write, and what each package and class declares.

use crate::emit::names::{Declared, Kind};
use crate::model::*;

/// The root package.
pub const PACKAGE: &str = "rtc.errorcatalog";

/// Words a package segment may not be: Kotlin's hard keywords, and Java's reserved words (the
/// sources are for Java callers too, and Java cannot name a package `int` or `new`).
const KEYWORDS: &[&str] = &[
    "abstract",
    "as",
    "assert",
    "boolean",
    "break",
    "byte",
    "case",
    "catch",
    "char",
    "class",
    "const",
    "continue",
    "default",
    "do",
    "double",
    "else",
    "enum",
    "extends",
    "false",
    "final",
    "finally",
    "float",
    "for",
    "fun",
    "goto",
    "if",
    "implements",
    "import",
    "in",
    "instanceof",
    "int",
    "interface",
    "is",
    "long",
    "native",
    "new",
    "null",
    "object",
    "package",
    "private",
    "protected",
    "public",
    "return",
    "short",
    "static",
    "strictfp",
    "super",
    "switch",
    "synchronized",
    "this",
    "throw",
    "throws",
    "transient",
    "true",
    "try",
    "typealias",
    "typeof",
    "val",
    "var",
    "void",
    "volatile",
    "when",
    "while",
];

/// Classes `Taxonomy.kt` defines in the root package; every provider package imports them.
pub const ROOT_CLASSES: &[&str] = &["Basis", "Category", "ErrorCode", "RetryPolicy"];

/// Root classes for issue 12's guidance: a provider file imports those its codes use.
pub const GUIDANCE_CLASSES: &[&str] = &[
    "Jitter",
    "RetrySchedule",
    "RuntimeSignal",
    "SignalValue",
    "Terminality",
];

/// The root classes a provider's file imports, sorted: the shared ones, and the guidance types
/// its codes use (ktlint rejects an unused import).
pub fn imports(provider: &Provider) -> Vec<&'static str> {
    let codes = || provider.code_sets.iter().flat_map(|s| &s.codes);
    let scheduled = codes().any(|c| c.schedule.is_some());
    let values = codes().any(|c| {
        c.runtime_signal
            .as_ref()
            .is_some_and(|s| !s.values.is_empty())
    });
    let mut out: Vec<&str> = ROOT_CLASSES.to_vec();
    // The constructor names these three whatever the codes hold.
    out.extend(["RetrySchedule", "RuntimeSignal", "Terminality"]);
    if scheduled {
        out.push("Jitter");
    }
    if values {
        out.push("SignalValue");
    }
    out.sort_unstable();
    out
}

/// Classes only the root package defines (the registry); provider files never name them.
pub const REGISTRY_CLASSES: &[&str] = &["CodeSet", "CodeSets", "Retry", "RetryKt"];

/// Standard-library names a provider file uses unqualified: a class may not shadow them.
const STDLIB_USES: &[&str] = &["Any", "Boolean", "Int", "JvmStatic", "List", "String"];

/// The provider's package segment: its words run together, lower case (`amazonchime`).
pub fn package_segment(provider: &Provider) -> String {
    provider.id.words.concat()
}

/// The provider's full package.
pub fn package(provider: &Provider) -> String {
    format!("{PACKAGE}.{}", package_segment(provider))
}

/// The enum class a code set becomes.
pub fn type_name(set: &CodeSet) -> String {
    set.id.upper_camel()
}

/// An enum constant: SCREAMING_SNAKE_CASE of the name's words.
pub fn constant(name: &Name) -> String {
    name.shouty_snake()
}

/// How a provider's file names a linked code set's class: bare in its own package, fully
/// qualified otherwise (no import, so equal class names never collide).
pub fn linked_type(catalog: &Catalog, from: usize, target: CodeSetRef) -> String {
    let (provider, set) = catalog.code_set(target);
    if target.provider == from {
        type_name(set)
    } else {
        format!("{}.{}", package(provider), type_name(set))
    }
}

/// Everything the sources declare, package by package, the sources' own names first.
pub fn declared(catalog: &Catalog) -> Vec<Declared> {
    let root = format!("Kotlin package `{PACKAGE}`");
    let mut out = Declared::keywords(&root, "package", KEYWORDS);
    for name in ROOT_CLASSES.iter().chain(GUIDANCE_CLASSES) {
        out.push(Declared::builtin(
            &root,
            name,
            "class",
            format!("the root package's `{name}`"),
        ));
    }
    for name in REGISTRY_CLASSES {
        out.push(Declared::builtin(
            &root,
            name,
            "class",
            format!("the root package's `{name}`"),
        ));
    }
    for p in &catalog.providers {
        let item = format!("provider `{}`", p.id.raw);
        out.push(Declared::spec(
            &root,
            package_segment(p),
            "package",
            item,
            Kind::Provider,
            &p.defined_at,
        ));
        let scope = format!("Kotlin package `{}`", package(p));
        for name in ROOT_CLASSES.iter().chain(GUIDANCE_CLASSES) {
            out.push(Declared::builtin(
                &scope,
                name,
                "class",
                format!("the imported `{name}`"),
            ));
        }
        for name in STDLIB_USES {
            out.push(Declared::builtin(
                &scope,
                name,
                "class",
                format!("the standard library's `{name}`"),
            ));
        }
        for set in &p.code_sets {
            let item = format!("code set `{}`", set.id.raw);
            out.push(Declared::spec(
                &scope,
                type_name(set),
                "class",
                item,
                Kind::CodeSet,
                &set.defined_at,
            ));
            let scope = format!("Kotlin enum `{}.{}`", package_segment(p), type_name(set));
            for code in &set.codes {
                let item = format!("code `{}`", code.name.raw);
                out.push(Declared::spec(
                    &scope,
                    constant(&code.name),
                    "constant",
                    item,
                    Kind::Code,
                    &code.defined_at,
                ));
            }
        }
    }
    out
}

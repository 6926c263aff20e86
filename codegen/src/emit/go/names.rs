//! Every identifier the Go module writes, and what each of its packages declares.
//!
//! Layout: the root package `errorcatalog` at the module root (the shared types), one package
//! per provider in a folder of its own, and the registry package `codesets` that imports them all.

use crate::emit::names::{Declared, Kind};
use crate::model::*;

/// The root package's name (its folder is the module root, whose last path element is `go`).
pub const ROOT_PACKAGE: &str = "errorcatalog";

/// The registry package: every code set of every provider, and the lookups across them.
pub const REGISTRY_PACKAGE: &str = "codesets";

/// Go's keywords: no package may be named so.
const KEYWORDS: &[&str] = &[
    "break",
    "case",
    "chan",
    "const",
    "continue",
    "default",
    "defer",
    "else",
    "fallthrough",
    "for",
    "func",
    "go",
    "goto",
    "if",
    "import",
    "interface",
    "map",
    "package",
    "range",
    "return",
    "select",
    "struct",
    "switch",
    "type",
    "var",
];

/// Predeclared identifiers: a package so named would shadow them in every file importing it.
const PREDECLARED: &[&str] = &[
    "any",
    "append",
    "bool",
    "byte",
    "cap",
    "clear",
    "close",
    "comparable",
    "complex",
    "complex128",
    "complex64",
    "copy",
    "delete",
    "error",
    "false",
    "float32",
    "float64",
    "imag",
    "int",
    "int16",
    "int32",
    "int64",
    "int8",
    "iota",
    "len",
    "make",
    "max",
    "min",
    "new",
    "nil",
    "panic",
    "print",
    "println",
    "real",
    "recover",
    "rune",
    "string",
    "true",
    "uint",
    "uint16",
    "uint32",
    "uint64",
    "uint8",
    "uintptr",
];

/// Folder names the go command treats specially (`main` would make a command, not a library).
const SPECIAL_FOLDERS: &[&str] = &["internal", "main", "testdata", "vendor"];

/// Packages the registry file imports beside the providers, and its own lower-case names.
const REGISTRY_IMPORTS: &[&str] = &[ROOT_PACKAGE, "strings", "entry", "found", "sets"];

/// What the root package declares.
pub const ROOT_TYPES: &[&str] = &[
    "Basis",
    "BasisCatalog",
    "BasisProvider",
    "Category",
    "CategoryByID",
    "ErrorCode",
    "Info",
    "Jitter",
    "JitterEqual",
    "JitterFull",
    "JitterNone",
    "RetryDelay",
    "RetryPolicy",
    "RetryPolicyByID",
    "RetrySchedule",
    "RuntimeSignal",
    "SignalValue",
    "Terminality",
    "TerminalityDepends",
    "TerminalityNotTerminal",
    "TerminalityTerminal",
    "term",
];

/// What a provider package declares beside its code sets' names: its imports.
const PROVIDER_IMPORTS: &[&str] = &[ROOT_PACKAGE, "fmt"];

/// The module path: the repository's host and path, then `generated/go`.
pub fn module_path(catalog: &Catalog) -> String {
    let repo = catalog.package.repository.trim_end_matches('/');
    let repo = repo.strip_suffix(".git").unwrap_or(repo);
    let repo = repo.strip_prefix("https://").unwrap_or(repo);
    format!("{repo}/generated/go")
}

/// The provider's package name and folder: its words run together, lower case (`amazonchime`).
pub fn package(provider: &Provider) -> String {
    provider.id.words.concat()
}

/// The type a code set becomes.
pub fn type_name(set: &CodeSet) -> String {
    set.id.upper_camel()
}

/// A code's constant: the set's type name, then the code's words (`DisconnectReasonJoinFailure`).
pub fn constant(set: &CodeSet, code: &Code) -> String {
    format!("{}{}", type_name(set), code.name.upper_camel())
}

/// A taxonomy term's constant: the type, then the term's words (`CategoryNetwork`).
pub fn term_constant(ty: &str, term: &Term) -> String {
    format!("{ty}{}", term.id.upper_camel())
}

/// The functions each code set gets beside its type: its lookups by value and by name, and its
/// list. Only the first starts with the type's name, so fewer code names can take theirs.
pub fn set_functions(set: &CodeSet) -> [String; 3] {
    let ty = type_name(set);
    [
        format!("{ty}FromValue"),
        format!("Parse{ty}"),
        format!("All{ty}Values"),
    ]
}

/// The set's unexported table of metadata, in spec order.
pub fn table(set: &CodeSet) -> String {
    format!("{}Info", set.id.lower_camel())
}

/// Everything the module declares: package names, then each package's own names.
pub fn declared(catalog: &Catalog) -> Vec<Declared> {
    let module = format!("Go module `{}`", module_path(catalog));
    let mut out = Declared::keywords(&module, "package", KEYWORDS);
    out.extend(Declared::keywords(&module, "package", PREDECLARED));
    for name in SPECIAL_FOLDERS {
        let what = format!("the go command's special folder `{name}`");
        out.push(Declared::builtin(&module, name, "package", what));
    }
    for name in REGISTRY_IMPORTS.iter().chain([&REGISTRY_PACKAGE]) {
        let what = format!("the registry's `{name}`");
        out.push(Declared::builtin(&module, name, "package", what));
    }
    for p in &catalog.providers {
        let item = format!("provider `{}`", p.id.raw);
        out.push(Declared::spec(
            &module,
            package(p),
            "package",
            item,
            Kind::Provider,
            &p.defined_at,
        ));
        out.extend(provider_declared(p));
    }
    out
}

/// A provider package's names: its imports, and each code set's type, functions and constants.
fn provider_declared(p: &Provider) -> Vec<Declared> {
    let scope = format!("Go package `{}`", package(p));
    let mut out = Vec::new();
    for name in PROVIDER_IMPORTS {
        let what = format!("the imported package `{name}`");
        out.push(Declared::builtin(&scope, name, "identifier", what));
    }
    for set in &p.code_sets {
        let item = || format!("code set `{}`", set.id.raw);
        let mut names = vec![(type_name(set), "type"), (table(set), "variable")];
        names.extend(set_functions(set).map(|f| (f, "function")));
        for (ident, role) in names {
            out.push(Declared::spec(
                &scope,
                ident,
                role,
                item(),
                Kind::CodeSet,
                &set.defined_at,
            ));
        }
        for code in &set.codes {
            out.push(Declared::spec(
                &scope,
                constant(set, code),
                "constant",
                format!("code `{}`", code.name.raw),
                Kind::Code,
                &code.defined_at,
            ));
        }
    }
    out
}

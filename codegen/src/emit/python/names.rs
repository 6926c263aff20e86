//! Every identifier the Python package writes, and what each of its modules declares.

use crate::emit::names::{Declared, Kind};
use crate::model::*;

/// Python's keywords (`keyword.kwlist`) and soft keywords (`keyword.softkwlist`, with `type`
/// from 3.12): a module or class may not be named so. Soft keywords are legal names, but a
/// module called `match` reads badly in `match match:`, so they are refused too.
const KEYWORDS: &[&str] = &[
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "case", "class",
    "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if",
    "import", "in", "is", "lambda", "match", "nonlocal", "not", "or", "pass", "raise", "return",
    "try", "type", "while", "with", "yield",
];

/// The private modules of the package, beside the provider modules.
pub const TAXONOMY_MODULE: &str = "_taxonomy";
/// The registry module: `CODE_SETS` and `lookup`.
pub const REGISTRY_MODULE: &str = "_registry";

/// What `_taxonomy.py` defines; `__init__.py` re-exports all of it.
pub const TAXONOMY_EXPORTS: &[&str] = &[
    "Basis",
    "Category",
    "CodeInfo",
    "ErrorCode",
    "Jitter",
    "RetryPolicy",
    "RetrySchedule",
    "RuntimeSignal",
    "SignalValue",
    "Term",
    "Terminality",
    "retry_delay",
];

/// What `_registry.py` defines; `__init__.py` re-exports all of it.
pub const REGISTRY_EXPORTS: &[&str] = &["CODE_SETS", "CodeSet", "lookup"];

/// Names `__init__.py` binds beside the exports and the provider modules.
const INIT_USES: &[&str] = &["__all__", "__version__"];

/// Names `_registry.py` imports or defines beside the provider modules.
const REGISTRY_USES: &[&str] = &["CodeInfo", "ErrorCode", "Final", "annotations", "dataclass"];

/// Names a provider module imports (from the standard library and `_taxonomy`).
pub const PROVIDER_IMPORTS: &[&str] = &[
    "Basis",
    "Category",
    "CodeInfo",
    "Final",
    "IntEnum",
    "Jitter",
    "RetryPolicy",
    "RetrySchedule",
    "RuntimeSignal",
    "SignalValue",
    "StrEnum",
    "Terminality",
    "annotations",
];

/// Members every code set's enum defines beside its codes (codes are SCREAMING_SNAKE_CASE, so
/// they never meet these, nor Enum's `name`, `value`, `mro` or `_sunder_` names).
const ENUM_MEMBERS: &[&str] = &[
    "from_name",
    "from_value",
    "info",
    "is_failure",
    "name",
    "protocol_equivalent",
    "value",
];

/// The distribution name on PyPI: the crate's name, the one name everywhere.
pub fn distribution(catalog: &Catalog) -> String {
    catalog.package.crate_name.clone()
}

/// The import package: the distribution name with `-` as `_`.
pub fn import_package(catalog: &Catalog) -> String {
    catalog.package.crate_name.replace(['-', '.'], "_")
}

/// The module a provider's code sets live in: `rtc_error_catalog.<module>`.
pub fn module(provider: &Provider) -> String {
    provider.id.snake()
}

/// The enum class of a code set.
pub fn type_name(set: &CodeSet) -> String {
    set.id.upper_camel()
}

/// A code's enum member: SCREAMING_SNAKE_CASE of its name's words.
pub fn member(code: &Code) -> String {
    code.name.shouty_snake()
}

/// A taxonomy term's member in `Category` or `RetryPolicy`.
pub fn term_member(term: &Term) -> String {
    term.id.shouty_snake()
}

/// The module-level dict of a code set's infos, keyed by member name.
pub fn info_table(set: &CodeSet) -> String {
    format!("_{}_INFO", set.id.shouty_snake())
}

/// The module-level dict of a code set's links, member name to linked member name.
pub fn equivalent_table(set: &CodeSet) -> String {
    format!("_{}_EQUIVALENT", set.id.shouty_snake())
}

/// How a provider's module names a linked code set's class: bare in its own module, through
/// the other provider's module (imported by its name) otherwise.
pub fn linked_type(catalog: &Catalog, from: usize, target: CodeSetRef) -> String {
    let (provider, set) = catalog.code_set(target);
    if target.provider == from {
        type_name(set)
    } else {
        format!("{}.{}", module(provider), type_name(set))
    }
}

/// The providers whose modules a provider's module imports for its links, in catalog order.
pub fn imported(catalog: &Catalog, from: usize) -> Vec<&Provider> {
    let mut indices: Vec<usize> = catalog.providers[from]
        .code_sets
        .iter()
        .filter_map(|s| s.links_to)
        .map(|t| t.provider)
        .filter(|&p| p != from)
        .collect();
    indices.sort_unstable();
    indices.dedup();
    indices.into_iter().map(|p| &catalog.providers[p]).collect()
}

/// Everything the package declares, module by module, the package's own names first.
pub fn declared(catalog: &Catalog) -> Vec<Declared> {
    let package = format!("Python package `{}`", import_package(catalog));
    let registry = format!("Python module `{REGISTRY_MODULE}.py`");
    let mut out = Declared::keywords(&package, "module", KEYWORDS);
    for module in [TAXONOMY_MODULE, REGISTRY_MODULE] {
        let what = format!("the module `{module}.py`");
        out.push(Declared::builtin(&package, module, "module", what));
    }
    for name in TAXONOMY_EXPORTS
        .iter()
        .chain(REGISTRY_EXPORTS)
        .chain(INIT_USES)
    {
        let what = format!("the package's `{name}`");
        out.push(Declared::builtin(&package, name, "export", what));
    }
    for name in REGISTRY_EXPORTS.iter().chain(REGISTRY_USES) {
        let what = format!("the registry's `{name}`");
        out.push(Declared::builtin(&registry, name, "name", what));
    }
    for (pi, p) in catalog.providers.iter().enumerate() {
        let item = format!("provider `{}`", p.id.raw);
        for scope in [&package, &registry] {
            out.push(Declared::spec(
                scope,
                module(p),
                "module",
                item.clone(),
                Kind::Provider,
                &p.defined_at,
            ));
        }
        out.extend(provider_module(catalog, pi));
    }
    out
}

/// What one provider's module declares: its imports, each set's class and tables, and each
/// enum's members.
fn provider_module(catalog: &Catalog, pi: usize) -> Vec<Declared> {
    let p = &catalog.providers[pi];
    let scope = format!("Python module `{}.py`", module(p));
    let mut out = Declared::keywords(&scope, "class", KEYWORDS);
    for name in PROVIDER_IMPORTS {
        let what = format!("the imported `{name}`");
        out.push(Declared::builtin(&scope, name, "name", what));
    }
    for target in imported(catalog, pi) {
        let item = format!("provider `{}` (imported for a link)", target.id.raw);
        out.push(Declared::spec(
            &scope,
            module(target),
            "module import",
            item,
            Kind::Provider,
            &target.defined_at,
        ));
    }
    for set in &p.code_sets {
        let item = format!("code set `{}`", set.id.raw);
        for (name, role) in [
            (type_name(set), "class"),
            (info_table(set), "module variable"),
            (equivalent_table(set), "module variable"),
        ] {
            out.push(Declared::spec(
                &scope,
                name,
                role,
                item.clone(),
                Kind::CodeSet,
                &set.defined_at,
            ));
        }
        let scope = format!("Python enum `{}.{}`", module(p), type_name(set));
        for name in ENUM_MEMBERS {
            let what = format!("the enum's `{name}`");
            out.push(Declared::builtin(&scope, name, "member", what));
        }
        for code in &set.codes {
            let item = format!("code `{}`", code.name.raw);
            out.push(Declared::spec(
                &scope,
                member(code),
                "member",
                item,
                Kind::Code,
                &code.defined_at,
            ));
        }
    }
    out
}

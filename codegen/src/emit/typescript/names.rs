//! Every identifier the TypeScript package writes, and what each of its modules declares.

use crate::emit::names::{Declared, Kind};
use crate::model::*;

/// Words no binding may take: reserved words, strict-mode reserved words, contextual words
/// an import or export cannot safely bind, and globals the generated modules use.
const RESERVED: &[&str] = &[
    "arguments",
    "await",
    "break",
    "case",
    "catch",
    "class",
    "const",
    "continue",
    "debugger",
    "default",
    "delete",
    "do",
    "else",
    "enum",
    "eval",
    "export",
    "extends",
    "false",
    "finally",
    "for",
    "function",
    "if",
    "implements",
    "import",
    "in",
    "instanceof",
    "interface",
    "let",
    "new",
    "null",
    "package",
    "private",
    "protected",
    "public",
    "return",
    "static",
    "super",
    "switch",
    "this",
    "throw",
    "true",
    "try",
    "type",
    "typeof",
    "undefined",
    "var",
    "void",
    "while",
    "with",
    "yield",
];

/// What `taxonomy.ts` exports; `index.ts` re-exports all of it beside the provider namespaces.
const TAXONOMY_EXPORTS: &[&str] = &[
    "Basis",
    "Category",
    "CodeInfo",
    "Jitter",
    "RetryPolicy",
    "RetrySchedule",
    "RuntimeSignal",
    "SignalValue",
    "Terminality",
    "categoryInfo",
    "retryDelay",
    "retryPolicyInfo",
];

/// What `registry.ts` exports; `index.ts` re-exports all of it beside the provider namespaces.
const REGISTRY_EXPORTS: &[&str] = &["CodeSet", "codeSets", "lookup"];

/// Names `registry.ts` uses beside its imports of every provider namespace: the taxonomy's
/// `CodeInfo`, and the parameters of its functions (a namespace must not shadow them).
const REGISTRY_USES: &[&str] = &["CodeInfo", "name", "provider", "codeSet", "set", "value"];

/// Names a provider module imports or uses from the global scope, and its functions' parameters.
const PROVIDER_MODULE_USES: &[&str] = &["CodeInfo", "Map", "Object", "key", "name", "value"];

/// The file stem of the taxonomy module.
pub const TAXONOMY_MODULE: &str = "taxonomy";
/// The file stem of the cross-provider registry module.
pub const REGISTRY_MODULE: &str = "registry";

/// The namespace a provider's module is exported (and imported) as.
pub fn namespace(provider: &Provider) -> String {
    provider.id.lower_camel()
}

/// The file stem of a provider's module: `src/<stem>.ts`, subpath `./<stem>`.
pub fn module_file(provider: &Provider) -> String {
    provider.id.raw.clone()
}

/// The exported type (and const object) of a code set.
pub fn type_name(set: &CodeSet) -> String {
    set.id.upper_camel()
}

/// Prefix of a code set's functions, e.g. `failureReason` in `failureReasonName`.
pub fn function_prefix(set: &CodeSet) -> String {
    set.id.lower_camel()
}

/// The key a code has in its set's object: the name as written (validated as an identifier).
pub fn member(code: &Code) -> String {
    code.name.raw.clone()
}

/// The key a category or retry policy has in its object.
pub fn term_key(term: &Term) -> String {
    term.id.upper_camel()
}

/// How a provider's module names the type of a linked code set: bare when it is its own,
/// through the owner's namespace import otherwise (so equal type names never collide).
pub fn linked_type(catalog: &Catalog, from: usize, target: CodeSetRef) -> String {
    let (provider, set) = catalog.code_set(target);
    if target.provider == from {
        type_name(set)
    } else {
        format!("{}.{}", namespace(provider), type_name(set))
    }
}

/// The providers whose namespaces a provider's module imports, in catalog order.
pub fn imported(catalog: &Catalog, from: usize) -> Vec<&Provider> {
    let mut indices: Vec<usize> = catalog.providers[from]
        .code_sets
        .iter()
        .filter_map(|s| s.links_to)
        .map(|t| t.provider)
        .filter(|&p| p != from)
        .collect();
    indices.sort();
    indices.dedup();
    indices.into_iter().map(|p| &catalog.providers[p]).collect()
}

/// The module-level names a code set brings into its provider's module: exported first, then
/// the private ones.
pub fn set_names(set: &CodeSet) -> Vec<(String, &'static str)> {
    let (ty, f) = (type_name(set), function_prefix(set));
    vec![
        (ty.clone(), "export"),
        (format!("{ty}Name"), "export"),
        (format!("{ty}CatalogName"), "export"),
        (format!("is{ty}"), "export"),
        (format!("{f}Name"), "export"),
        (format!("{f}FromName"), "export"),
        (format!("{f}Info"), "export"),
        (format!("{f}Infos"), "export"),
        (format!("{f}Prefix"), "module constant"),
        (format!("{f}CatalogName"), "module function"),
        (format!("{f}CatalogNames"), "module variable"),
    ]
}

/// Everything the package declares, module by module, the package's own names first.
pub fn declared(catalog: &Catalog) -> Vec<Declared> {
    let (files, index) = ("TypeScript `src/`", "TypeScript `index.ts`");
    let registry = "TypeScript `registry.ts`";
    let mut out = vec![Declared::builtin(
        files,
        "index",
        "module file",
        "the package entry `index.ts`".into(),
    )];
    for stem in [TAXONOMY_MODULE, REGISTRY_MODULE] {
        let what = format!("the module `{stem}.ts`");
        out.push(Declared::builtin(files, stem, "module file", what));
    }
    out.extend(Declared::keywords(index, "export", RESERVED));
    out.extend(Declared::keywords(registry, "namespace import", RESERVED));
    for name in TAXONOMY_EXPORTS {
        let what = format!("the taxonomy's `{name}`");
        out.push(Declared::builtin(index, name, "export", what));
    }
    for name in REGISTRY_EXPORTS {
        let what = format!("the registry's `{name}`");
        out.push(Declared::builtin(index, name, "export", what.clone()));
        out.push(Declared::builtin(registry, name, "declaration", what));
    }
    for name in REGISTRY_USES {
        let what = format!("the `{name}` it uses");
        out.push(Declared::builtin(registry, name, "name", what));
    }
    for (pi, p) in catalog.providers.iter().enumerate() {
        let item = format!("provider `{}`", p.id.raw);
        out.push(Declared::spec(
            files,
            module_file(p),
            "module file",
            item.clone(),
            Kind::Provider,
            &p.defined_at,
        ));
        out.push(Declared::spec(
            index,
            namespace(p),
            "namespace export",
            item.clone(),
            Kind::Provider,
            &p.defined_at,
        ));
        out.push(Declared::spec(
            registry,
            namespace(p),
            "namespace import",
            item,
            Kind::Provider,
            &p.defined_at,
        ));
        out.extend(provider_module(catalog, pi));
    }
    out
}

/// What one provider's module declares: the names it uses, its imports, each set's names, and
/// each set object's keys.
fn provider_module(catalog: &Catalog, pi: usize) -> Vec<Declared> {
    let p = &catalog.providers[pi];
    let scope = format!("TypeScript `{}.ts`", module_file(p));
    let mut out = Declared::keywords(&scope, "namespace import", RESERVED);
    for name in PROVIDER_MODULE_USES {
        out.push(Declared::builtin(
            &scope,
            name,
            "name",
            format!("the `{name}` it uses"),
        ));
    }
    for target in imported(catalog, pi) {
        let item = format!("provider `{}` (imported for a link)", target.id.raw);
        out.push(Declared::spec(
            &scope,
            namespace(target),
            "namespace import",
            item,
            Kind::Provider,
            &target.defined_at,
        ));
    }
    for set in &p.code_sets {
        let item = format!("code set `{}`", set.id.raw);
        for (name, role) in set_names(set) {
            out.push(Declared::spec(
                &scope,
                name,
                role,
                item.clone(),
                Kind::CodeSet,
                &set.defined_at,
            ));
        }
        let scope = format!("TypeScript object `{}.{}`", namespace(p), type_name(set));
        for code in &set.codes {
            let item = format!("code `{}`", code.name.raw);
            out.push(Declared::spec(
                &scope,
                member(code),
                "key",
                item,
                Kind::Code,
                &code.defined_at,
            ));
        }
    }
    out
}

//! Validate: turn the parsed spec into a [`Catalog`], or report every problem at once.

use crate::diagnostics::Diagnostic;
use crate::load::RawSpec;
use crate::model::*;
use crate::spec::{self, CodeSpec, WireValue};
use serde_saphyr::{Location, Spanned};
use std::collections::BTreeMap;

/// Checks everything that the YAML shape cannot express and resolves every reference.
pub fn validate(raw: RawSpec) -> Result<Catalog, Vec<Diagnostic>> {
    let mut v = Validator {
        problems: Vec::new(),
        unparsed: raw.unparsed.clone(),
    };
    let taxonomy = raw.taxonomy.as_ref().map(|(path, t)| v.taxonomy(path, t));
    let mut providers: Vec<Provider> = Vec::new();
    let mut links: Vec<PendingLink> = Vec::new();
    for (path, stem, file) in &raw.providers {
        let Some(taxonomy) = &taxonomy else { break };
        providers.push(v.provider(path, stem, file, taxonomy, providers.len(), &mut links));
    }
    // Providers are ordered by id, whatever order the files came in.
    let mut order: Vec<usize> = (0..providers.len()).collect();
    order.sort_by(|&a, &b| providers[a].id.raw.cmp(&providers[b].id.raw));
    let position: Vec<usize> = {
        let mut p = vec![0; order.len()];
        for (new, &old) in order.iter().enumerate() {
            p[old] = new;
        }
        p
    };
    let mut slots: Vec<Option<Provider>> = providers.into_iter().map(Some).collect();
    let mut providers: Vec<Provider> = order.iter().map(|&i| slots[i].take().unwrap()).collect();
    for link in &mut links {
        link.from.provider = position[link.from.provider];
    }
    v.resolve_links(&mut providers, &links);
    // Kotlin packages run a provider id's words together: `amazon_chime` and `amazonchime` clash.
    let mut packages: BTreeMap<String, String> = BTreeMap::new();
    for (path, _, file) in &raw.providers {
        let package: String = Name::new(&file.provider.value).words.concat();
        if let Some(other) = packages.insert(package.clone(), file.provider.value.clone()) {
            v.error(
                path,
                file.provider.referenced,
                format!(
                    "providers `{other}` and `{}` would share the Kotlin package `{package}`",
                    file.provider.value
                ),
                "choose provider ids that differ by more than underscores",
            );
        }
    }
    let taxonomy = taxonomy.map(|mut t| {
        if let Some((path, file)) = &raw.taxonomy {
            t.equivalents = v.equivalents(path, &file.equivalents, &providers);
        }
        t
    });
    match taxonomy {
        Some(taxonomy) if v.problems.is_empty() => Ok(Catalog {
            taxonomy,
            providers,
        }),
        _ => Err(v.problems),
    }
}

/// Type names the generated code defines itself or uses from a target's standard library: a
/// code set named like one of them would shadow it.
const RESERVED_TYPE_NAMES: &[&str] = &[
    "Any",
    "Basis",
    "Boolean",
    "Category",
    "CodeInfo",
    "Err",
    "ErrorCode",
    "From",
    "Int",
    "JvmStatic",
    "List",
    "Map",
    "None",
    "Object",
    "Ok",
    "Option",
    "Result",
    "RetryPolicy",
    "Self",
    "Some",
    "String",
    "TryFrom",
    "UnknownName",
    "UnknownValue",
    "WireValue",
];

/// Provider ids that would clash with a generated file (`lib.rs`, `index.ts`, `matrix.md`,
/// `taxonomy.yaml`), a crate every Rust file refers to, or a keyword of a target language (the id
/// becomes a Rust module, a TypeScript namespace and a Kotlin package).
const RESERVED_PROVIDER_IDS: &[&str] = &[
    "lib",
    "index",
    "matrix",
    "taxonomy",
    "readme",
    "core",
    "std",
    "alloc",
    "crate",
    "self",
    "super",
    "as",
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
    "export",
    "extends",
    "false",
    "finally",
    "for",
    "fun",
    "function",
    "if",
    "implements",
    "import",
    "in",
    "instanceof",
    "interface",
    "is",
    "let",
    "new",
    "null",
    "object",
    "package",
    "private",
    "protected",
    "public",
    "return",
    "static",
    "switch",
    "this",
    "throw",
    "true",
    "try",
    "typealias",
    "typeof",
    "val",
    "var",
    "void",
    "when",
    "while",
    "with",
    "yield",
    "await",
    "type",
    "mod",
    "fn",
    "impl",
    "trait",
    "struct",
    "use",
    "where",
    "async",
    "dyn",
    "loop",
    "match",
    "move",
    "mut",
    "pub",
    "ref",
    "unsafe",
];

/// A target language and how it cases a name.
type Casing = (&'static str, fn(&Name) -> String);

/// A `protocol_equivalent` waiting for every provider to be known.
struct PendingLink {
    file: String,
    at: Location,
    target: String,
    from: CodeSetRef,
    code: usize,
}

struct Validator {
    problems: Vec<Diagnostic>,
    /// Providers whose file did not parse (already reported): links into them are not checked.
    unparsed: Vec<String>,
}

impl Validator {
    fn error(&mut self, file: &str, at: Location, message: String, hint: &str) {
        self.problems
            .push(Diagnostic::at(file, at, message).hint(hint));
    }

    fn taxonomy(&mut self, path: &str, t: &spec::TaxonomyFile) -> Taxonomy {
        let categories = self.terms(path, "category", &t.categories);
        let retry_policies = self.terms(path, "retry policy", &t.retry_policies);
        Taxonomy {
            categories,
            retry_policies,
            equivalents: Vec::new(),
        }
    }

    fn terms(&mut self, path: &str, what: &str, specs: &[spec::TermSpec]) -> Vec<Term> {
        let mut seen: BTreeMap<String, usize> = BTreeMap::new();
        let mut terms = Vec::new();
        for s in specs {
            self.check_id(path, &s.id, what);
            let id = Name::new(&s.id.value);
            let key = id.upper_camel();
            if let Some(line) = seen.insert(key.clone(), s.id.referenced.line() as usize) {
                self.error(
                    path,
                    s.id.referenced,
                    format!("{what} `{}` is defined twice (first on line {line})", s.id.value),
                    "give each id once; ids that differ only in case or separators count as the same",
                );
            }
            terms.push(Term {
                id,
                title: s.name.clone(),
                meaning: s.meaning.clone(),
            });
        }
        terms
    }

    /// Ids are lower snake_case ASCII: they become module, file and type names everywhere.
    fn check_id(&mut self, path: &str, id: &Spanned<String>, what: &str) {
        let ok = id.value.starts_with(|c: char| c.is_ascii_lowercase())
            && id
                .value
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
            && !id.value.ends_with('_')
            && !id.value.contains("__");
        if !ok {
            self.error(
                path,
                id.referenced,
                format!("{what} id `{}` is not lower snake_case", id.value),
                "use lower-case ASCII letters, digits and single underscores, starting with a letter (e.g. `disconnect_reason`)",
            );
        }
    }

    fn provider(
        &mut self,
        path: &str,
        stem: &str,
        file: &spec::ProviderFile,
        taxonomy: &Taxonomy,
        index: usize,
        links: &mut Vec<PendingLink>,
    ) -> Provider {
        self.check_id(path, &file.provider, "provider");
        if RESERVED_PROVIDER_IDS.contains(&file.provider.value.as_str()) {
            self.error(
                path,
                file.provider.referenced,
                format!("provider id `{}` is reserved: it names a generated file, a crate or a keyword", file.provider.value),
                "choose another id (and rename the file to match), e.g. with the company's name in it",
            );
        }
        if file.provider.value != stem {
            self.error(
                path,
                file.provider.referenced,
                format!(
                    "provider id `{}` does not match the file name `{stem}.yaml`",
                    file.provider.value
                ),
                &format!(
                    "rename the file to `{}.yaml` or set `provider: {stem}`",
                    file.provider.value
                ),
            );
        }
        let mut code_sets = Vec::new();
        let mut type_names: BTreeMap<String, String> = BTreeMap::new();
        // Every exported TypeScript name a set brings into the provider's module.
        let mut exports: BTreeMap<String, String> = BTreeMap::new();
        for (set_index, set) in file.code_sets.iter().enumerate() {
            self.check_id(path, &set.id, "code set");
            let id = Name::new(&set.id.value);
            if RESERVED_TYPE_NAMES.contains(&id.upper_camel().as_str()) {
                self.error(
                    path,
                    set.id.referenced,
                    format!(
                        "code set `{}` would be named `{}`, which the bindings already use",
                        set.id.value,
                        id.upper_camel()
                    ),
                    "choose another id, for example the upstream symbol's name in snake_case",
                );
            }
            if let Some(other) = type_names.insert(id.upper_camel(), set.id.value.clone()) {
                self.error(
                    path,
                    set.id.referenced,
                    format!(
                        "code set `{}` collides with `{other}`: both become type `{}`",
                        set.id.value,
                        id.upper_camel()
                    ),
                    "give each code set of a provider a distinct id",
                );
            }
            let (ty, f) = (id.upper_camel(), id.lower_camel());
            let names = [
                ty.clone(),
                format!("{ty}Name"),
                format!("is{ty}"),
                format!("{f}Name"),
                format!("{f}Names"),
                format!("{f}FromName"),
                format!("{f}Info"),
                format!("{f}Infos"),
            ];
            for name in names {
                if let Some(other) = exports.insert(name.clone(), set.id.value.clone())
                    && other != set.id.value
                {
                    self.error(
                        path,
                        set.id.referenced,
                        format!("code sets `{other}` and `{}` would both define `{name}` in TypeScript", set.id.value),
                        "give the code sets ids that do not extend each other (`foo` and `foo_name` clash)",
                    );
                }
            }
            let from = CodeSetRef {
                provider: index,
                code_set: set_index,
            };
            code_sets.push(self.code_set(path, set, id, taxonomy, from, links));
        }
        if file.code_sets.is_empty() {
            self.error(
                path,
                file.provider.referenced,
                "the provider has no code sets".into(),
                "add at least one entry under `code_sets`",
            );
        }
        Provider {
            id: Name::new(&file.provider.value),
            name: file.name.clone(),
            code_sets,
        }
    }

    fn code_set(
        &mut self,
        path: &str,
        set: &spec::CodeSetSpec,
        id: Name,
        taxonomy: &Taxonomy,
        from: CodeSetRef,
        links: &mut Vec<PendingLink>,
    ) -> CodeSet {
        if let Some(commit) = &set.source.commit
            && (commit.len() != 40 || !commit.chars().all(|c| c.is_ascii_hexdigit()))
        {
            self.error(
                path,
                set.id.referenced,
                format!(
                    "code set `{}`: source commit `{commit}` is not a full 40-digit hex commit",
                    set.id.value
                ),
                "write the full commit id (`git rev-parse HEAD`)",
            );
        }
        match (&set.source.repository, &set.source.homepage) {
            (Some(repo), _) => {
                let mut parts = repo.value.split('/');
                let valid = |p: Option<&str>| p.is_some_and(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_alphanumeric() || "-_.".contains(c)));
                if !(valid(parts.next()) && valid(parts.next()) && parts.next().is_none()) {
                    self.error(path, repo.referenced, format!("repository `{}` is not a GitHub `owner/name`", repo.value), "write `owner/name`; for a source without a public repository, use `homepage:` instead");
                }
            }
            (None, None) => self.error(path, set.id.referenced, format!("code set `{}`: source names neither a `repository` nor a `homepage`", set.id.value), "add `repository: owner/name`, or `homepage:` for a source without a public repository"),
            (None, Some(_)) => {}
        }
        if let Some(prefix) = &set.name_prefix
            && !prefix
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '_')
        {
            self.error(
                path,
                set.id.referenced,
                format!(
                    "code set `{}`: `name_prefix` `{prefix}` is not part of an identifier",
                    set.id.value
                ),
                "a prefix uses ASCII letters, digits and underscores, like the names it precedes",
            );
        }
        if set.codes.value.is_empty() {
            self.error(
                path,
                set.codes.referenced,
                format!("code set `{}` has no codes", set.id.value),
                "add at least one code under `codes`",
            );
        }
        // Every casing a target derives from a name must stay unique within the set.
        // TypeScript keys are the names as written, so exact duplicates are all it can clash on.
        let casings: [Casing; 2] = [("Rust", Name::upper_camel), ("Kotlin", Name::shouty_snake)];
        let mut names: BTreeMap<String, (String, u64)> = BTreeMap::new();
        let mut cased: Vec<BTreeMap<String, String>> = vec![BTreeMap::new(); casings.len()];
        let mut values: BTreeMap<Value, (String, u64)> = BTreeMap::new();
        let mut codes = Vec::new();
        for (code_index, c) in set.codes.value.iter().enumerate() {
            let name = Name::new(&c.name.value);
            let raw = &c.name.value;
            if !raw.starts_with(|ch: char| ch.is_ascii_alphabetic())
                || !raw
                    .chars()
                    .all(|ch| ch.is_ascii_alphanumeric() || ch == '_')
            {
                self.error(path, c.name.referenced, format!("code name `{raw}` is not an identifier"), "names use ASCII letters, digits and underscores and start with a letter; put other spellings in `value`");
            }
            if let Some((_, line)) = names.get(raw) {
                self.error(
                    path,
                    c.name.referenced,
                    format!(
                        "duplicate name `{raw}` in code set `{}` (first on line {line})",
                        set.id.value
                    ),
                    "each name appears once per code set: remove or rename one",
                );
            } else {
                names.insert(raw.clone(), (raw.clone(), c.name.referenced.line()));
                let mut collisions: BTreeMap<String, Vec<String>> = BTreeMap::new();
                for ((target, case), seen) in casings.iter().zip(cased.iter_mut()) {
                    let ident = case(&name);
                    if let Some(other) = seen.insert(ident.clone(), raw.clone()) {
                        collisions
                            .entry(other)
                            .or_default()
                            .push(format!("`{ident}` in {target}"));
                    }
                }
                for (other, places) in collisions {
                    self.error(
                        path,
                        c.name.referenced,
                        format!(
                            "`{raw}` collides with `{other}` after case conversion: both become {}",
                            places.join(", ")
                        ),
                        "rename one so the names differ by more than case or separators",
                    );
                }
            }
            let value = self.value(path, set, &c.name.value, &c.value);
            if let Some(value) = &value {
                if let Some((other, line)) = values.get(value) {
                    self.error(path, c.value.referenced, format!("duplicate value {} in code set `{}`: `{other}` on line {line} has it too", show(value), set.id.value), "values are unique within a code set; check the upstream source");
                } else {
                    values.insert(value.clone(), (raw.clone(), c.value.referenced.line()));
                }
            }
            let category = self.term(path, &c.category, "category", &taxonomy.categories);
            let retry = self.term(path, &c.retry, "retry policy", &taxonomy.retry_policies);
            self.texts(path, c);
            let catalog_basis =
                c.retry_basis == Basis::Catalog || c.terminal_basis == Basis::Catalog;
            if catalog_basis
                && c.rationale
                    .as_ref()
                    .is_none_or(|r| r.value.trim().is_empty())
            {
                self.error(path, c.name.referenced, format!("code `{raw}` is classified by the catalog but gives no `rationale`"), "add `rationale:` with one sentence saying why, or set the basis to `provider` if the provider documents it");
            }
            if let Some(link) = &c.protocol_equivalent {
                links.push(PendingLink {
                    file: path.to_owned(),
                    at: link.referenced,
                    target: link.value.clone(),
                    from,
                    code: code_index,
                });
            }
            codes.push(Code {
                name,
                value: value.unwrap_or(Value::Integer(0)),
                summary: c.summary.clone(),
                cause: c.cause.clone(),
                when: c.when.value.clone(),
                category: category.unwrap_or(0),
                retry: retry.unwrap_or(0),
                retry_basis: c.retry_basis,
                terminal: c.terminal,
                terminal_basis: c.terminal_basis,
                rationale: c.rationale.as_ref().map(|r| r.value.clone()),
                failure: c.failure.as_ref().map(|f| f.value),
                protocol_equivalent: None,
                deprecated: c.deprecated.clone(),
            });
        }
        let with_flag = set
            .codes
            .value
            .iter()
            .filter(|c| c.failure.is_some())
            .count();
        if with_flag != 0 && with_flag != set.codes.value.len() {
            let first_without = set
                .codes
                .value
                .iter()
                .find(|c| c.failure.is_none())
                .unwrap();
            self.error(
                path,
                first_without.name.referenced,
                format!(
                    "code `{}` has no `failure` flag, but {with_flag} other codes of `{}` do",
                    first_without.name.value, set.id.value
                ),
                "give `failure:` to every code of the set or to none",
            );
        }
        CodeSet {
            id,
            summary: set.summary.clone(),
            values: set.values,
            name_prefix: set.name_prefix.clone().unwrap_or_default(),
            source: Source {
                repository: set.source.repository.as_ref().map(|r| r.value.clone()),
                homepage: set.source.homepage.clone(),
                package: set.source.package.clone(),
                symbol: set.source.symbol.clone(),
                version: set.source.version.clone(),
                commit: set.source.commit.clone(),
                path: set.source.path.clone(),
            },
            notes: set.notes.clone(),
            has_failure_flag: with_flag != 0,
            links_to: None,
            retired: self.tombstones(path, set, &codes),
            defined_at: Origin {
                file: path.to_owned(),
                line: set.id.referenced.line() as usize,
                column: set.id.referenced.column() as usize,
            },
            codes,
        }
    }

    /// Retired codes: well-typed, each once, and never silently shadowed by an active code.
    fn tombstones(
        &mut self,
        path: &str,
        set: &spec::CodeSetSpec,
        codes: &[Code],
    ) -> Vec<Tombstone> {
        let mut out: Vec<Tombstone> = Vec::new();
        for t in &set.retired {
            let raw = &t.name.value;
            if !raw.starts_with(|ch: char| ch.is_ascii_alphabetic())
                || !raw
                    .chars()
                    .all(|ch| ch.is_ascii_alphanumeric() || ch == '_')
            {
                self.error(
                    path,
                    t.name.referenced,
                    format!("retired code name `{raw}` is not an identifier"),
                    "names use ASCII letters, digits and underscores and start with a letter",
                );
            }
            let Some(value) = self.value(path, set, &t.name.value, &t.value) else {
                continue;
            };
            if out
                .iter()
                .any(|o| o.name == t.name.value && o.value == value)
            {
                self.error(
                    path,
                    t.name.referenced,
                    format!("retired code `{}` is listed twice", t.name.value),
                    "keep one tombstone per retired code",
                );
            }
            if codes
                .iter()
                .any(|c| c.name.raw == t.name.value && c.value == value)
            {
                self.error(
                    path,
                    t.name.referenced,
                    format!(
                        "`{}` is retired but still an active code with the same value",
                        t.name.value
                    ),
                    "remove the tombstone, or the active code",
                );
            }
            let reused_by = codes.iter().find(|c| c.value == value);
            match (reused_by, &t.value_reused_by) {
                (Some(c), None) if c.name.raw != t.name.value => self.error(
                    path,
                    t.value.referenced,
                    format!("the value of retired code `{}` is used again by `{}`", t.name.value, c.name.raw),
                    &format!("a retired value is never reused; if upstream did reuse it, say so with `value_reused_by: {}`", c.name.raw),
                ),
                (Some(c), Some(named)) if c.name.raw != named.value => self.error(
                    path,
                    named.referenced,
                    format!("the value of retired code `{}` is used by `{}`, not `{}`", t.name.value, c.name.raw, named.value),
                    &format!("write `value_reused_by: {}`", c.name.raw),
                ),
                (None, Some(named)) => self.error(
                    path,
                    named.referenced,
                    format!("no active code has the value of retired code `{}`", t.name.value),
                    "remove `value_reused_by`",
                ),
                _ => {}
            }
            for (field, text) in [("reason", &t.reason), ("retired_in", &t.retired_in)] {
                if text.trim().is_empty() {
                    self.error(
                        path,
                        t.name.referenced,
                        format!("retired code `{}` has an empty `{field}`", t.name.value),
                        "say why and when the code went away",
                    );
                }
            }
            out.push(Tombstone {
                name: t.name.value.clone(),
                value,
                reason: t.reason.clone(),
                retired_in: t.retired_in.clone(),
                value_reused_by: t.value_reused_by.as_ref().map(|v| v.value.clone()),
            });
        }
        out
    }

    fn value(
        &mut self,
        path: &str,
        set: &spec::CodeSetSpec,
        name: &str,
        value: &Spanned<WireValue>,
    ) -> Option<Value> {
        let at = value.referenced;
        match (&value.value, set.values) {
            (WireValue::Integer(i), ValueKind::Integer) => match i32::try_from(*i) {
                Ok(i) => Some(Value::Integer(i)),
                Err(_) => {
                    self.error(
                        path,
                        at,
                        format!("value {i} of `{}` is outside the 32-bit signed range", name),
                        "integer values must lie in -2147483648..=2147483647",
                    );
                    None
                }
            },
            (WireValue::String(s), ValueKind::String) => {
                if s.is_empty() {
                    self.error(
                        path,
                        at,
                        format!("value of `{}` is an empty string", name),
                        "write the exact string the SDK uses",
                    );
                    None
                } else {
                    Some(Value::String(s.clone()))
                }
            }
            (WireValue::String(s), ValueKind::Integer) => {
                self.error(
                    path,
                    at,
                    format!(
                        "value `{s}` of `{}` is a string, but code set `{}` has integer values",
                        name, set.id.value
                    ),
                    "write an integer, or set `values: string` on the code set",
                );
                None
            }
            (WireValue::Integer(i), ValueKind::String) => {
                self.error(
                    path,
                    at,
                    format!(
                        "value {i} of `{}` is an integer, but code set `{}` has string values",
                        name, set.id.value
                    ),
                    &format!(
                        "quote it (`value: \"{i}\"`) or set `values: integer` on the code set"
                    ),
                );
                None
            }
        }
    }

    fn term(
        &mut self,
        path: &str,
        id: &Spanned<String>,
        what: &str,
        terms: &[Term],
    ) -> Option<usize> {
        let found = terms.iter().position(|t| t.id.raw == id.value);
        if found.is_none() {
            let known: Vec<&str> = terms.iter().map(|t| t.id.raw.as_str()).collect();
            self.error(
                path,
                id.referenced,
                format!("unknown {what} `{}`", id.value),
                &format!(
                    "use one defined in spec/taxonomy.yaml: {}",
                    known.join(", ")
                ),
            );
        }
        found
    }

    fn texts(&mut self, path: &str, c: &CodeSpec) {
        let at = c.name.referenced;
        for (field, text) in [("summary", &c.summary), ("cause", &c.cause)] {
            if text.trim().is_empty() {
                self.error(
                    path,
                    at,
                    format!("code `{}` has an empty `{field}`", c.name.value),
                    "write a short sentence in your own words, or a short attributed quote",
                );
            }
        }
        if c.when.value.is_empty() || c.when.value.iter().any(|w| w.trim().is_empty()) {
            self.error(
                path,
                c.when.referenced,
                format!(
                    "code `{}` needs at least one non-empty `when` item",
                    c.name.value
                ),
                "list when the code occurs, one situation per item",
            );
        }
    }

    /// The code a `provider/code_set/NAME` link names, or a diagnostic at the link.
    fn resolve(
        &mut self,
        providers: &[Provider],
        file: &str,
        at: Location,
        target: &str,
    ) -> Option<CodeRef> {
        let hint = "write `provider/code_set/NAME` naming an existing code (NAME without the set's prefix)";
        let mut parts = target.split('/');
        let (Some(p), Some(s), Some(n), None) =
            (parts.next(), parts.next(), parts.next(), parts.next())
        else {
            self.error(
                file,
                at,
                format!("`{target}` is not a link of the form provider/code_set/NAME"),
                hint,
            );
            return None;
        };
        let Some(pi) = providers.iter().position(|x| x.id.raw == p) else {
            if self.unparsed.iter().any(|u| u == p) {
                return None;
            }
            self.error(
                file,
                at,
                format!("dangling link `{target}`: there is no provider `{p}`"),
                hint,
            );
            return None;
        };
        let Some(si) = providers[pi].code_sets.iter().position(|x| x.id.raw == s) else {
            self.error(
                file,
                at,
                format!("dangling link `{target}`: provider `{p}` has no code set `{s}`"),
                hint,
            );
            return None;
        };
        let Some(ci) = providers[pi].code_sets[si]
            .codes
            .iter()
            .position(|x| x.name.raw == n)
        else {
            self.error(
                file,
                at,
                format!("dangling link `{target}`: code set `{p}/{s}` has no code `{n}`"),
                hint,
            );
            return None;
        };
        Some(CodeRef {
            set: CodeSetRef {
                provider: pi,
                code_set: si,
            },
            code: ci,
        })
    }

    fn resolve_links(&mut self, providers: &mut [Provider], links: &[PendingLink]) {
        for link in links {
            let Some(target) = self.resolve(providers, &link.file, link.at, &link.target) else {
                continue;
            };
            // The linked type is named in the linking provider's files: it must not be shadowed.
            if target.set.provider != link.from.provider {
                let target_type = providers[target.set.provider].code_sets[target.set.code_set]
                    .id
                    .upper_camel();
                if providers[link.from.provider]
                    .code_sets
                    .iter()
                    .any(|s| s.id.upper_camel() == target_type)
                {
                    self.error(
                        &link.file,
                        link.at,
                        format!("`{}` links to a code set of another provider named like one of this provider's (`{target_type}`)", link.target),
                        "rename one of the two code sets so the bindings can name both",
                    );
                    continue;
                }
            }
            let from = &mut providers[link.from.provider].code_sets[link.from.code_set];
            match from.links_to {
                Some(existing) if existing != target.set => {
                    self.error(
                        &link.file,
                        link.at,
                        format!("`{}` points into a different code set than the other links of `{}`", link.target, from.id.raw),
                        "all links of one code set must point into the same code set, so the link can be typed",
                    );
                    continue;
                }
                _ => from.links_to = Some(target.set),
            }
            from.codes[link.code].protocol_equivalent = Some(target);
        }
    }

    /// Resolves the taxonomy's groups of equivalent codes: real codes, from two providers or
    /// more, each code in one group at most.
    fn equivalents(
        &mut self,
        path: &str,
        specs: &[spec::EquivalentSpec],
        providers: &[Provider],
    ) -> Vec<Equivalence> {
        let mut groups = Vec::new();
        let mut seen: BTreeMap<String, String> = BTreeMap::new();
        let mut ids: BTreeMap<String, u64> = BTreeMap::new();
        for g in specs {
            self.check_id(path, &g.id, "equivalence group");
            if let Some(line) = ids.insert(g.id.value.clone(), g.id.referenced.line()) {
                self.error(
                    path,
                    g.id.referenced,
                    format!(
                        "equivalence group `{}` is defined twice (first on line {line})",
                        g.id.value
                    ),
                    "give each group id once",
                );
            }
            let mut codes = Vec::new();
            for link in &g.codes {
                let Some(code) = self.resolve(providers, path, link.referenced, &link.value) else {
                    continue;
                };
                if let Some(other) = seen.insert(link.value.clone(), g.id.value.clone()) {
                    self.error(
                        path,
                        link.referenced,
                        format!("`{}` is already in equivalence group `{other}`", link.value),
                        "a code belongs to one group at most: merge the groups or drop one entry",
                    );
                }
                codes.push(code);
            }
            // Equivalent codes are the same kind of event, and where the retry policy is the
            // catalog's own call it is the same call; a provider's documented guidance may differ.
            let code_of =
                |r: &CodeRef| &providers[r.set.provider].code_sets[r.set.code_set].codes[r.code];
            let categories: std::collections::BTreeSet<usize> =
                codes.iter().map(|r| code_of(r).category).collect();
            if categories.len() > 1 {
                self.error(path, g.id.referenced, format!("the codes of equivalence group `{}` have different categories", g.id.value), "equivalent codes report the same kind of event: give them one category, or split the group");
            }
            let ours: std::collections::BTreeSet<usize> = codes
                .iter()
                .map(code_of)
                .filter(|c| c.retry_basis == Basis::Catalog)
                .map(|c| c.retry)
                .collect();
            if ours.len() > 1 {
                self.error(path, g.id.referenced, format!("the codes of equivalence group `{}` have different catalog-classified retry policies", g.id.value), "where the catalog classifies equivalent codes itself, give them one retry policy (a provider's documented policy may differ)");
            }
            let owners: std::collections::BTreeSet<usize> =
                codes.iter().map(|c| c.set.provider).collect();
            if codes.len() == g.codes.len() && owners.len() < 2 {
                self.error(path, g.id.referenced, format!("equivalence group `{}` names codes of fewer than two providers", g.id.value), "a group says codes of different providers mean the same; within one provider, use `protocol_equivalent`");
            }
            groups.push(Equivalence {
                id: Name::new(&g.id.value),
                title: g.name.clone(),
                meaning: g.meaning.clone(),
                codes,
            });
        }
        groups
    }
}

fn show(value: &Value) -> String {
    match value {
        Value::Integer(i) => i.to_string(),
        Value::String(s) => format!("`{s}`"),
    }
}

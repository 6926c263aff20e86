//! The package's modules as pieces: the index, the taxonomy, the cross-provider registry and one
//! module per provider. Each is rendered to `src/<m>.ts`, `dist/<m>.js` and `dist/<m>.d.ts`.

use super::names::{
    REGISTRY_MODULE, TAXONOMY_MODULE, function_prefix, linked_type, member, module_file, namespace,
    term_key, type_name,
};
use super::piece::{Const, ConstValue, Piece};
use super::{doc, string, value_literal};
use crate::emit::text;
use crate::model::*;

/// Every module of the package: file stem → pieces, in a fixed order.
pub fn modules(catalog: &Catalog) -> Vec<(String, Vec<Piece>)> {
    let mut out = vec![
        ("index".to_owned(), index(catalog)),
        (TAXONOMY_MODULE.to_owned(), taxonomy(catalog)),
        (REGISTRY_MODULE.to_owned(), registry(catalog)),
    ];
    for pi in 0..catalog.providers.len() {
        out.push((module_file(&catalog.providers[pi]), provider(catalog, pi)));
    }
    out
}

fn index(catalog: &Catalog) -> Vec<Piece> {
    let mut pieces = vec![Piece::Everywhere(format!(
        "/**\n * Error codes of real-time audio/video providers, with causes and retry guidance.\n *\n * Each provider is a module (`import {{ livekit }} from \"rtc-error-catalog\"`, or\n * `import {{ DisconnectReason }} from \"rtc-error-catalog/livekit\"`); `lookup` finds a code\n * of any provider by its provider, code set and wire value.\n *\n * @packageDocumentation\n */\nexport * from \"./{TAXONOMY_MODULE}.js\";\nexport * from \"./{REGISTRY_MODULE}.js\";\n"
    ))];
    for p in &catalog.providers {
        pieces.push(Piece::Everywhere(format!(
            "/** {} error codes. */\nexport * as {} from \"./{}.js\";\n",
            doc(&p.name),
            namespace(p),
            module_file(p)
        )));
    }
    pieces
}

/// A term's optional extra member in its info table: its declaration, and its literal where
/// the term has it (categories: the default user message; retry policies: the schedule).
struct Extra {
    declaration: &'static str,
    literal: fn(&Term) -> Option<String>,
}

const CATEGORY_EXTRA: Extra = Extra {
    declaration: "    /** The end-user message of the category's codes that have none of their own. */\n    readonly userMessage?: string;\n",
    literal: |t| {
        t.user_message
            .as_deref()
            .map(|m| format!("userMessage: {}", string(m)))
    },
};

const POLICY_EXTRA: Extra = Extra {
    declaration: "    /** How long to wait before each retry, for a policy that retries on a schedule. */\n    readonly schedule?: RetrySchedule;\n",
    literal: |t| {
        t.schedule
            .as_ref()
            .map(|s| format!("schedule: {}", super::guidance::schedule_literal(Some(s))))
    },
};

/// A taxonomy type: its const object, its union type and its info table.
fn term_pieces(name: &str, summary: &str, terms: &[Term], extra: &Extra) -> Vec<Piece> {
    let members = terms
        .iter()
        .map(|t| {
            let member_doc = format!("  /** {}: {} */\n", doc(&t.title), doc(&t.meaning));
            (member_doc, term_key(t), string(&t.id.raw))
        })
        .collect();
    let mut infos = String::from("{\n");
    for t in terms {
        let more = (extra.literal)(t)
            .map(|m| format!("    {m},\n"))
            .unwrap_or_default();
        infos.push_str(&format!(
            "  {}: {{\n    title: {},\n    meaning: {},\n{more}  }},\n",
            t.id.raw,
            string(&t.title),
            string(&t.meaning)
        ));
    }
    infos.push('}');
    vec![
        Piece::Const(Const {
            doc: format!("/** {summary} */\n"),
            exported: true,
            name: name.to_owned(),
            value: ConstValue::Literals(members),
        }),
        Piece::TypeOnly(format!(
            "/** {summary} */\nexport type {name} = (typeof {name})[keyof typeof {name}];\n"
        )),
        Piece::Const(Const {
            doc: format!(
                "/** A short human-readable name and a paragraph of meaning for each {name}. */\n"
            ),
            exported: true,
            name: format!("{}Info", lower_first(name)),
            value: ConstValue::Typed {
                ty: format!(
                    "{{\n  readonly [K in {name}]: {{\n    readonly title: string;\n    readonly meaning: string;\n{}  }};\n}}",
                    extra.declaration
                ),
                value: infos,
            },
        }),
    ]
}

fn lower_first(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_lowercase().chain(c).collect())
        .unwrap_or_default()
}

fn taxonomy(catalog: &Catalog) -> Vec<Piece> {
    let tax = &catalog.taxonomy;
    let mut pieces = term_pieces("Category", text::CATEGORY, &tax.categories, &CATEGORY_EXTRA);
    pieces.extend(term_pieces(
        "RetryPolicy",
        text::RETRY_POLICY,
        &tax.retry_policies,
        &POLICY_EXTRA,
    ));
    pieces.push(Piece::Const(Const {
        doc: format!("/** {} */\n", text::basis::TYPE),
        exported: true,
        name: "Basis".into(),
        value: ConstValue::Literals(vec![
            (
                format!("  /** {} */\n", text::basis::PROVIDER),
                "Provider".into(),
                "\"provider\"".into(),
            ),
            (
                format!("  /** {} */\n", text::basis::CATALOG),
                "Catalog".into(),
                "\"catalog\"".into(),
            ),
        ]),
    }));
    pieces.push(Piece::TypeOnly(format!(
        "/** {} */\nexport type Basis = (typeof Basis)[keyof typeof Basis];\n",
        text::basis::TYPE
    )));
    pieces.extend(super::guidance::pieces());
    let code_info = CODE_INFO
        .replace("{members}", &super::guidance::code_info_members())
        .replace("{verdict}", &super::guidance::code_info_verdict_members());
    pieces.push(Piece::TypeOnly(text::fill(&code_info)));
    pieces
}

/// The interface every code set's info shares.
const CODE_INFO: &str = r#"/**
 * Everything the catalog says about one code: the interface every code set shares, so a retry
 * or messaging policy can be written once for codes from any provider.
 *
 * @typeParam V - the code set's wire value type
 * @typeParam L - the wire value type of the linked code set, if the set links to one
 */
export interface CodeInfo<V extends number | string = number | string, L = unknown> {
  /** «field::PROVIDER» */
  readonly provider: string;
  /** «field::CODE_SET» */
  readonly codeSet: string;
  /** «field::WIRE_VALUE» */
  readonly value: V;
  /** «field::NAME» */
  readonly name: string;
  /** «field::CATALOG_NAME» */
  readonly catalogName: string;
  /** «field::SUMMARY» */
  readonly summary: string;
  /** «field::CAUSE» */
  readonly cause: string;
  /** «field::WHEN» */
  readonly when: readonly string[];
{members}  /** «field::CATEGORY» */
  readonly category: Category;
  /** «field::RETRY_POLICY» */
  readonly retryPolicy: RetryPolicy;
  /** «field::RETRY_BASIS» */
  readonly retryBasis: Basis;
{verdict}  /** «field::TERMINAL_BASIS» */
  readonly terminalBasis: Basis;
  /** «field::RATIONALE» */
  readonly rationale?: string;
  /** «field::DEPRECATED» */
  readonly deprecated?: string;
  /** «field::FAILURE» */
  readonly failure?: boolean;
  /** The wire value of the equivalent code in the linked code set. */
  readonly protocolEquivalent?: L;
}
"#;

/// The cross-provider registry: every code set, and `lookup` across all of them.
fn registry(catalog: &Catalog) -> Vec<Piece> {
    let mut imports = String::new();
    let mut sets = String::from("[\n");
    for p in &catalog.providers {
        let ns = namespace(p);
        imports.push_str(&format!(
            "import * as {ns} from \"./{}.js\";\n",
            module_file(p)
        ));
        for set in &p.code_sets {
            let f = function_prefix(set);
            let wire = wire_type(set);
            sets.push_str(&format!(
                "  {{\n    provider: {},\n    id: {},\n    lookup: (value) => (typeof value === \"{wire}\" ? {ns}.{f}Info(value) : undefined),\n    lookupName: (name) => {{\n      const value = {ns}.{f}FromName(name);\n      return value === undefined ? undefined : {ns}.{f}Info(value);\n    }},\n  }},\n",
                string(&p.id.raw),
                string(&set.id.raw),
            ));
        }
    }
    sets.push(']');
    vec![
        Piece::TypeOnly(format!(
            "import type {{ CodeInfo }} from \"./{TAXONOMY_MODULE}.js\";\n"
        )),
        Piece::ValueOnly(imports),
        Piece::TypeOnly(text::fill(CODE_SET)),
        Piece::Const(Const {
            doc: "/** Every code set of every provider, in catalog order. */\n".into(),
            exported: true,
            name: "codeSets".into(),
            value: ConstValue::Typed {
                ty: "readonly CodeSet[]".into(),
                value: sets,
            },
        }),
        Piece::Function {
            doc: "/**\n * The code with this wire value in `provider`'s code set `codeSet`, or `undefined` if the\n * provider, the code set or the value is unknown. Never throws.\n */\n".into(),
            signature: "lookup(provider⟦: string⟧, codeSet⟦: string⟧, value⟦: number | string⟧)⟦: CodeInfo | undefined⟧".into(),
            body: "  return codeSets.find((set) => set.provider === provider && set.id === codeSet)?.lookup(value);\n".into(),
        },
    ]
}

/// One code set in the registry.
const CODE_SET: &str = r#"/** One code set, for tools that handle every provider's codes generically. */
export interface CodeSet {
  /** «field::PROVIDER» */
  readonly provider: string;
  /** «field::CODE_SET» */
  readonly id: string;
  /** The code with this wire value, or `undefined` for a value the catalog does not know. */
  readonly lookup: (value: number | string) => CodeInfo | undefined;
  /** The code with this upstream name, or `undefined` if there is none. */
  readonly lookupName: (name: string) => CodeInfo | undefined;
}
"#;

pub fn wire_type(set: &CodeSet) -> &'static str {
    match set.values {
        ValueKind::Integer => "number",
        ValueKind::String => "string",
    }
}

fn provider(catalog: &Catalog, pi: usize) -> Vec<Piece> {
    let p = &catalog.providers[pi];
    let mut imports = format!(
        "/**\n * {} error codes.\n *\n * @packageDocumentation\n */\nimport type {{ CodeInfo }} from \"./{TAXONOMY_MODULE}.js\";\n",
        doc(&p.name)
    );
    // Linked sets in other providers' modules, through a namespace each: equal type names
    // in two providers, or in this one, never collide.
    for target in super::names::imported(catalog, pi) {
        imports.push_str(&format!(
            "import type * as {} from \"./{}.js\";\n",
            namespace(target),
            module_file(target)
        ));
    }
    let mut pieces = vec![Piece::TypeOnly(imports)];
    // All const objects first, so every info table below can refer to any of them.
    for set in &p.code_sets {
        pieces.extend(codes(p, set));
    }
    for set in &p.code_sets {
        pieces.extend(super::lookups::lookups(catalog, pi, set));
    }
    pieces
}

/// A code set's const object, its value and name types, and its upstream prefix.
fn codes(p: &Provider, set: &CodeSet) -> Vec<Piece> {
    let ty = type_name(set);
    let f = function_prefix(set);
    let members = set
        .codes
        .iter()
        .map(|code| {
            let member_doc = format!("  /** {} */\n", doc(&code.summary));
            // Validated identifiers: none is special to an object literal.
            (member_doc, member(code), value_literal(&code.value))
        })
        .collect();
    vec![
        Piece::Const(Const {
            doc: format!(
                "/**\n * {}\n *\n * {}\n */\n",
                doc(&set.summary),
                doc(&set.source.describe())
            ),
            exported: true,
            name: ty.clone(),
            value: ConstValue::Literals(members),
        }),
        Piece::TypeOnly(format!(
            "/** A wire value of {} `{}`. */\nexport type {ty} = (typeof {ty})[keyof typeof {ty}];\n",
            doc(&p.name),
            set.id.raw
        )),
        Piece::TypeOnly(format!(
            "/** The name of a {ty} code as the catalog keys it (the upstream name without its prefix). */\nexport type {ty}CatalogName = keyof typeof {ty};\n"
        )),
        Piece::Const(Const {
            doc: format!("/** What upstream writes before every {ty} catalog name. */\n"),
            exported: false,
            name: format!("{f}Prefix"),
            value: ConstValue::Literal(string(&set.name_prefix)),
        }),
        Piece::TypeOnly(format!(
            "/** The name of a {ty} code exactly as upstream spells it. */\nexport type {ty}Name = `${{typeof {f}Prefix}}${{{ty}CatalogName}}`;\n"
        )),
    ]
}

/// The type a provider's module gives a linked set's values (`never` without a link).
pub fn link_type(catalog: &Catalog, pi: usize, set: &CodeSet) -> String {
    set.links_to
        .map(|t| linked_type(catalog, pi, t))
        .unwrap_or_else(|| "never".into())
}

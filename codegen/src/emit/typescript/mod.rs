//! The npm package under `generated/typescript`: ES modules, erasable syntax only.
//!
//! Each code set is an `as const` object plus a same-named union type (no `enum`, no
//! `namespace`), so the files pass `tsc --erasableSyntaxOnly`, run after type stripping and
//! tree-shake. Every spec string reaches the output through [`string`] (literals) or [`doc`]
//! (TSDoc comments): the one escaping function for each context.

pub mod names;

use super::docs::escape;
use super::{Files, is_invisible, notice, text};
use crate::model::*;
use names::{function_prefix, linked_type, member, module_file, namespace, term_key, type_name};
use std::fmt::Write;

/// The npm package name.
pub const PACKAGE: &str = "rtc-error-catalog";

/// Every file of the package.
pub fn emit(catalog: &Catalog) -> Files {
    let mut files = Files::new();
    files.insert("typescript/package.json".into(), package_json(catalog));
    files.insert("typescript/tsconfig.json".into(), tsconfig());
    // Descriptions are long literals: keep each on one line rather than wrapping at 80 columns.
    files.insert(
        "typescript/.prettierrc.json".into(),
        "{ \"printWidth\": 100000 }\n".into(),
    );
    files.insert("typescript/src/index.ts".into(), index(catalog));
    files.insert("typescript/src/taxonomy.ts".into(), taxonomy(catalog));
    for (pi, provider) in catalog.providers.iter().enumerate() {
        files.insert(
            format!("typescript/src/{}.ts", module_file(provider)),
            provider_ts(catalog, pi),
        );
    }
    files
}

/// A JavaScript string literal: the one escaping function for string data.
///
/// Quoted as prettier would (double quotes unless the text holds more double than single
/// quotes), with backslashes, the chosen quote, every control character, the line and paragraph
/// separators, and invisible or bidirectional format characters escaped, so no text can end the
/// literal, change the meaning of the source, or hide in it.
pub fn string(text: &str) -> String {
    // Most text needs no escape: check once, then copy it whole.
    if !text
        .chars()
        .any(|c| matches!(c, '"' | '\'' | '\\') || c.is_control() || is_invisible(c))
    {
        return format!("\"{text}\"");
    }
    let doubles = text.matches('"').count();
    let singles = text.matches('\'').count();
    let quote = if doubles > singles { '\'' } else { '"' };
    let mut out = String::with_capacity(text.len() + 2);
    out.push(quote);
    for c in text.chars() {
        match c {
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() || is_invisible(c) => {
                let _ = write!(out, "\\u{{{:x}}}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

/// Spec text for a TSDoc comment: Markdown-escaped (one line), and nothing can close the
/// comment or start a TSDoc tag.
pub fn doc(text: &str) -> String {
    escape(text).replace("*/", "*&#x2F;").replace('@', "\\@")
}

fn package_json(catalog: &Catalog) -> String {
    let mut exports = String::new();
    let entry = |out: &mut String, key: &str, file: &str| {
        let _ = write!(
            out,
            "    {}: {{\n      \"types\": \"./dist/{file}.d.ts\",\n      \"default\": \"./dist/{file}.js\"\n    }}",
            string(key)
        );
    };
    entry(&mut exports, ".", "index");
    for p in &catalog.providers {
        exports.push_str(",\n");
        let file = module_file(p);
        entry(&mut exports, &format!("./{file}"), &file);
    }
    format!(
        r#"{{
  "//": {notice},
  "name": "{PACKAGE}",
  "version": "0.1.0",
  "description": {description},
  "license": "MIT OR Apache-2.0",
  "type": "module",
  "sideEffects": false,
  "exports": {{
{exports}
  }},
  "types": "./dist/index.d.ts",
  "files": [
    "dist",
    "src"
  ],
  "scripts": {{
    "build": "tsc -p tsconfig.json",
    "prepack": "tsc -p tsconfig.json"
  }}
}}
"#,
        notice = string(&notice()),
        description = json_string(&text::description(catalog)),
    )
}

/// A JSON string literal (package.json is JSON, not JavaScript).
fn json_string(text: &str) -> String {
    serde_json::Value::from(text).to_string()
}

fn tsconfig() -> String {
    format!(
        r#"{{
  "//": {},
  "compilerOptions": {{
    "target": "es2022",
    "lib": ["es2022"],
    "module": "nodenext",
    "moduleResolution": "nodenext",
    "strict": true,
    "isolatedModules": true,
    "erasableSyntaxOnly": true,
    "verbatimModuleSyntax": true,
    "noUncheckedIndexedAccess": true,
    "exactOptionalPropertyTypes": true,
    "declaration": true,
    "rootDir": "src",
    "outDir": "dist"
  }},
  "include": ["src"]
}}
"#,
        string(&notice())
    )
}

fn header() -> String {
    format!("// {}\n\n", notice())
}

fn index(catalog: &Catalog) -> String {
    let mut out = header();
    out.push_str(
        "/**\n * Error codes of real-time audio/video providers, with causes and retry guidance.\n *\n * Each provider is a module (`import { livekit } from \"rtc-error-catalog\"`, or\n * `import { DisconnectReason } from \"rtc-error-catalog/livekit\"`).\n *\n * @packageDocumentation\n */\n\n",
    );
    out.push_str("export * from \"./taxonomy.js\";\n");
    for p in &catalog.providers {
        let _ = writeln!(out, "/** {} error codes. */", doc(&p.name));
        let _ = writeln!(
            out,
            "export * as {} from \"./{}.js\";",
            namespace(p),
            module_file(p)
        );
    }
    out
}

fn term_object(out: &mut String, name: &str, summary: &str, terms: &[Term]) {
    let _ = writeln!(out, "/** {summary} */\nexport const {name} = {{");
    for t in terms {
        let _ = writeln!(out, "  /** {}: {} */", doc(&t.title), doc(&t.meaning));
        let _ = writeln!(out, "  {}: {},", term_key(t), string(&t.id.raw));
    }
    let _ = writeln!(
        out,
        "}} as const;\n\n/** {summary} */\nexport type {name} = (typeof {name})[keyof typeof {name}];\n"
    );
    let _ = writeln!(
        out,
        "/** A short human-readable name and a paragraph of meaning for each {name}. */"
    );
    let _ = writeln!(
        out,
        "export const {}Info: {{\n  readonly [K in {name}]: {{ readonly title: string; readonly meaning: string }};\n}} = {{",
        lower_first(name)
    );
    for t in terms {
        let _ = writeln!(
            out,
            "  {}: {{\n    title: {},\n    meaning: {},\n  }},",
            t.id.raw,
            string(&t.title),
            string(&t.meaning)
        );
    }
    out.push_str("};\n\n");
}

fn lower_first(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_lowercase().chain(c).collect())
        .unwrap_or_default()
}

fn taxonomy(catalog: &Catalog) -> String {
    let mut out = header();
    term_object(
        &mut out,
        "Category",
        text::CATEGORY,
        &catalog.taxonomy.categories,
    );
    term_object(
        &mut out,
        "RetryPolicy",
        text::RETRY_POLICY,
        &catalog.taxonomy.retry_policies,
    );
    out.push_str(&text::fill(
        r#"/** «basis::TYPE» */
export const Basis = {
  /** «basis::PROVIDER» */
  Provider: "provider",
  /** «basis::CATALOG» */
  Catalog: "catalog",
} as const;

/** «basis::TYPE» */
export type Basis = (typeof Basis)[keyof typeof Basis];

/**
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
  /** «field::CATALOG_NAME» */
  readonly name: string;
  /** «field::NAME» */
  readonly upstreamName: string;
  /** «field::SUMMARY» */
  readonly summary: string;
  /** «field::CAUSE» */
  readonly cause: string;
  /** «field::WHEN» */
  readonly when: readonly string[];
  /** «field::CATEGORY» */
  readonly category: Category;
  /** «field::RETRY_POLICY» */
  readonly retryPolicy: RetryPolicy;
  /** «field::RETRY_BASIS» */
  readonly retryBasis: Basis;
  /** «field::TERMINAL» */
  readonly terminal: boolean;
  /** «field::TERMINAL_BASIS» */
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
"#,
    ));
    out
}

fn value_literal(v: &Value) -> String {
    match v {
        Value::Integer(i) => i.to_string(),
        Value::String(s) => string(s),
    }
}

fn provider_ts(catalog: &Catalog, pi: usize) -> String {
    let provider = &catalog.providers[pi];
    let mut out = header();
    let _ = writeln!(
        out,
        "/**\n * {} error codes.\n *\n * @packageDocumentation\n */\n",
        doc(&provider.name)
    );
    let _ = writeln!(out, "import type {{ CodeInfo }} from \"./taxonomy.js\";");
    // Linked sets in other providers' modules, through a namespace each: equal type names
    // in two providers, or in this one, never collide.
    for target in names::imported(catalog, pi) {
        let _ = writeln!(
            out,
            "import type * as {} from \"./{}.js\";",
            namespace(target),
            module_file(target)
        );
    }
    out.push('\n');
    // All const objects first, so every info table below can refer to any of them.
    for set in &provider.code_sets {
        codes_object(&mut out, provider, set);
    }
    for set in &provider.code_sets {
        lookups_and_info(&mut out, catalog, pi, set);
    }
    out.truncate(out.trim_end().len());
    out.push('\n');
    out
}

fn codes_object(out: &mut String, provider: &Provider, set: &CodeSet) {
    let ty = type_name(set);
    let _ = writeln!(
        out,
        "/**\n * {}\n *\n * {}\n */",
        doc(&set.summary),
        doc(&set.source.describe())
    );
    let _ = writeln!(out, "export const {ty} = {{");
    for code in &set.codes {
        let _ = writeln!(out, "  /** {} */", doc(&code.summary));
        let _ = writeln!(
            out,
            "  {}: {},",
            member(code), // validated identifiers: none is special to an object literal
            value_literal(&code.value)
        );
    }
    let _ = writeln!(out, "}} as const;\n");
    let _ = writeln!(
        out,
        "/** A wire value of {} `{}`. */",
        doc(&provider.name),
        set.id.raw
    );
    let _ = writeln!(
        out,
        "export type {ty} = (typeof {ty})[keyof typeof {ty}];\n"
    );
    let _ = writeln!(
        out,
        "/** The name of a {ty} code, as the catalog keys it. */"
    );
    let _ = writeln!(out, "export type {ty}Name = keyof typeof {ty};\n");
}

fn lookups_and_info(out: &mut String, catalog: &Catalog, pi: usize, set: &CodeSet) {
    let provider = &catalog.providers[pi];
    let ty = type_name(set);
    let f = function_prefix(set);
    let wire = match set.values {
        ValueKind::Integer => "number",
        ValueKind::String => "string",
    };
    let link_ty = set
        .links_to
        .map(|t| linked_type(catalog, pi, t))
        .unwrap_or_else(|| "never".into());
    let _ = writeln!(
        out,
        r#"let {f}Names: Map<{wire}, {ty}Name> | undefined;

/**
 * The name of the {ty} code with this wire value, or `undefined` for a value the catalog does
 * not know (a newer provider release, or bad input). Never throws.
 */
export function {f}Name(value: {wire}): {ty}Name | undefined {{
  {f}Names ??= new Map(Object.entries({ty}).map(([name, value]) => [value, name as {ty}Name]));
  return {f}Names.get(value);
}}

/** Whether `value` is a wire value of a known {ty} code. */
export function is{ty}(value: unknown): value is {ty} {{
  return typeof value === "{wire}" && {f}Name(value) !== undefined;
}}

/** The wire value of the {ty} code with this name, or `undefined` if there is none. */
export function {f}FromName(name: string): {ty} | undefined {{
  return Object.hasOwn({ty}, name) ? {ty}[name as {ty}Name] : undefined;
}}

/** Everything the catalog says about the {ty} code with this wire value, or `undefined`. */
export function {f}Info(value: {wire}): CodeInfo<{ty}, {link_ty}> | undefined {{
  const name = {f}Name(value);
  return name === undefined ? undefined : {f}Infos[name];
}}
"#
    );
    let _ = writeln!(
        out,
        "/** Everything the catalog says about each {ty} code, by name. */"
    );
    let _ = writeln!(
        out,
        "export const {f}Infos: {{\n  readonly [N in {ty}Name]: CodeInfo<(typeof {ty})[N], {link_ty}>;\n}} = {{"
    );
    let tax = &catalog.taxonomy;
    for code in &set.codes {
        let _ = writeln!(out, "  {}: {{", member(code));
        let mut field = |k: &str, v: String| {
            let _ = writeln!(out, "    {k}: {v},");
        };
        field("provider", string(&provider.id.raw));
        field("codeSet", string(&set.id.raw));
        // Literal values, not `Type.NAME` member reads: bundlers can only drop an unused table
        // whose every part is a literal, so an app that needs only the codes never ships this text.
        field("value", value_literal(&code.value));
        field("name", string(&code.name.raw));
        field("upstreamName", string(&set.upstream_name(code)));
        field("summary", string(&code.summary));
        field("cause", string(&code.cause));
        field(
            "when",
            format!(
                "[{}]",
                code.when
                    .iter()
                    .map(|w| string(w))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        );
        field("category", string(&tax.categories[code.category].id.raw));
        field(
            "retryPolicy",
            string(&tax.retry_policies[code.retry].id.raw),
        );
        field("retryBasis", string(code.retry_basis.as_str()));
        field("terminal", code.terminal.to_string());
        field("terminalBasis", string(code.terminal_basis.as_str()));
        if let Some(r) = &code.rationale {
            field("rationale", string(r));
        }
        if let Some(d) = &code.deprecated {
            field("deprecated", string(d));
        }
        if let Some(failure) = code.failure {
            field("failure", failure.to_string());
        }
        if let Some(link) = code.protocol_equivalent {
            field(
                "protocolEquivalent",
                value_literal(&catalog.code(link).2.value),
            );
        }
        out.push_str("  },\n");
    }
    out.push_str("};\n\n");
}

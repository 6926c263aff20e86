//! A code set's functions (by wire value, by upstream name) and its info table.

use super::modules::{link_type, wire_type};
use super::names::{function_prefix, member, type_name};
use super::piece::{Const, ConstValue, Piece};
use super::{guidance, string, value_literal};
use crate::model::*;

/// The cache, the lookup functions and the info table of one code set.
pub fn lookups(catalog: &Catalog, pi: usize, set: &CodeSet) -> Vec<Piece> {
    let ty = type_name(set);
    let f = function_prefix(set);
    let wire = wire_type(set);
    let link = link_type(catalog, pi, set);
    vec![
        Piece::ValueOnly(format!(
            "let {f}CatalogNames⟦: Map<{wire}, {ty}CatalogName> | undefined⟧;\n\n/** The catalog name of the {ty} code with this wire value. */\nfunction {f}CatalogName(value⟦: {wire}⟧)⟦: {ty}CatalogName | undefined⟧ {{\n  {f}CatalogNames ??= new Map(Object.entries({ty}).map(([key, value]) => [value, key⟦ as {ty}CatalogName⟧]));\n  return {f}CatalogNames.get(value);\n}}\n"
        )),
        Piece::Function {
            doc: format!(
                "/**\n * The upstream name of the {ty} code with this wire value, or `undefined` for a value the\n * catalog does not know (a newer provider release, or bad input). Never throws.\n */\n"
            ),
            signature: format!("{f}Name(value⟦: {wire}⟧)⟦: {ty}Name | undefined⟧"),
            body: format!(
                "  const key = {f}CatalogName(value);\n  return key === undefined ? undefined : ⟦(⟧`${{{f}Prefix}}${{key}}`⟦ as const)⟧;\n"
            ),
        },
        Piece::Function {
            doc: format!("/** Whether `value` is a wire value of a known {ty} code. */\n"),
            signature: format!("is{ty}(value⟦: unknown⟧)⟦: value is {ty}⟧"),
            body: format!(
                "  return typeof value === \"{wire}\" && {f}CatalogName(value) !== undefined;\n"
            ),
        },
        Piece::Function {
            doc: format!(
                "/** The wire value of the {ty} code with this upstream name, or `undefined` if there is none. */\n"
            ),
            signature: format!("{f}FromName(name⟦: string⟧)⟦: {ty} | undefined⟧"),
            body: format!(
                "  if (!name.startsWith({f}Prefix)) return undefined;\n  const key = name.slice({f}Prefix.length);\n  return Object.hasOwn({ty}, key) ? {ty}[key⟦ as {ty}CatalogName⟧] : undefined;\n"
            ),
        },
        Piece::Function {
            doc: format!(
                "/** Everything the catalog says about the {ty} code with this wire value, or `undefined`. */\n"
            ),
            signature: format!("{f}Info(value⟦: {wire}⟧)⟦: CodeInfo<{ty}, {link}> | undefined⟧"),
            body: format!(
                "  const key = {f}CatalogName(value);\n  return key === undefined ? undefined : {f}Infos[key];\n"
            ),
        },
        Piece::Const(Const {
            doc: format!(
                "/** Everything the catalog says about each {ty} code, by catalog name. */\n"
            ),
            exported: true,
            name: format!("{f}Infos"),
            value: ConstValue::Typed {
                ty: format!(
                    "{{\n  readonly [K in {ty}CatalogName]: CodeInfo<(typeof {ty})[K], {link}>;\n}}"
                ),
                value: infos(catalog, pi, set),
            },
        }),
    ]
}

/// The info table's value: one object of literals per code.
fn infos(catalog: &Catalog, pi: usize, set: &CodeSet) -> String {
    let provider = &catalog.providers[pi];
    let tax = &catalog.taxonomy;
    let mut out = String::from("{\n");
    for code in &set.codes {
        out.push_str(&format!("  {}: {{\n", member(code)));
        let mut field = |k: &str, v: String| out.push_str(&format!("    {k}: {v},\n"));
        field("provider", string(&provider.id.raw));
        field("codeSet", string(&set.id.raw));
        // Literal values, not `Type.NAME` member reads: bundlers can only drop an unused table
        // whose every part is a literal, so an app that needs only the codes never ships this text.
        field("value", value_literal(&code.value));
        field("name", string(&set.upstream_name(code)));
        field("catalogName", string(&code.name.raw));
        field("summary", string(&code.summary));
        field("cause", string(&code.cause));
        field("when", strings(&code.when));
        field("userMessage", string(&code.user_message));
        field("userMessageKey", string(&set.message_key(provider, code)));
        field("remediation", strings(&code.remediation));
        field("causes", strings(&code.causes));
        field("references", strings(&code.references));
        if let Some(since) = &code.since {
            field("since", string(since));
        }
        field("category", string(&tax.categories[code.category].id.raw));
        field(
            "retryPolicy",
            string(&tax.retry_policies[code.retry].id.raw),
        );
        field("retryBasis", string(code.retry_basis.as_str()));
        field(
            "retrySchedule",
            guidance::schedule_literal(code.schedule.as_ref()),
        );
        field(
            "runtimeSignal",
            guidance::signal_literal(4, code.runtime_signal.as_ref()),
        );
        field("terminality", string(code.terminal.as_str()));
        if let Some(condition) = code.terminal.condition() {
            field("terminalCondition", string(condition));
        }
        field("terminal", code.terminal.is_terminal().to_string());
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
    out.push('}');
    out
}

/// A list of texts as an array literal on one line.
fn strings(texts: &[String]) -> String {
    let items: Vec<String> = texts.iter().map(|t| string(t)).collect();
    format!("[{}]", items.join(", "))
}

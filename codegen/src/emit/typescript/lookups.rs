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
    // One growing string for the whole table (about a kilobyte a code), not one a line.
    let mut out = String::with_capacity(set.codes.len() * 1536 + 4);
    out.push_str("{\n");
    let (provider_id, set_id) = (string(&provider.id.raw), string(&set.id.raw));
    for code in &set.codes {
        push_all(&mut out, &["  ", &member(code), ": {\n"]);
        let out = &mut out;
        field(out, "provider", &provider_id);
        field(out, "codeSet", &set_id);
        // Literal values, not `Type.NAME` member reads: bundlers can only drop an unused table
        // whose every part is a literal, so an app that needs only the codes never ships this text.
        field(out, "value", &value_literal(&code.value));
        field(out, "name", &string(&set.upstream_name(code)));
        field(out, "catalogName", &string(&code.name.raw));
        field(out, "summary", &string(&code.summary));
        field(out, "cause", &string(&code.cause));
        field(out, "when", &strings(&code.when));
        field(out, "userMessage", &string(&code.user_message));
        field(
            out,
            "userMessageKey",
            &string(&set.message_key(provider, code)),
        );
        field(out, "remediation", &strings(&code.remediation));
        field(out, "causes", &strings(&code.causes));
        field(out, "references", &strings(&code.references));
        if let Some(since) = &code.since {
            field(out, "since", &string(since));
        }
        field(
            out,
            "category",
            &string(&tax.categories[code.category].id.raw),
        );
        let retry = &tax.retry_policies[code.retry].id.raw;
        field(out, "retryPolicy", &string(retry));
        field(out, "retryBasis", &string(code.retry_basis.as_str()));
        let schedule = guidance::schedule_literal(code.schedule.as_ref());
        field(out, "retrySchedule", &schedule);
        let signal = guidance::signal_literal(4, code.runtime_signal.as_ref());
        field(out, "runtimeSignal", &signal);
        field(out, "terminality", &string(code.terminal.as_str()));
        if let Some(condition) = code.terminal.condition() {
            field(out, "terminalCondition", &string(condition));
        }
        field(out, "terminal", bool_literal(code.terminal.is_terminal()));
        field(out, "terminalBasis", &string(code.terminal_basis.as_str()));
        if let Some(r) = &code.rationale {
            field(out, "rationale", &string(r));
        }
        if let Some(d) = &code.deprecated {
            field(out, "deprecated", &string(d));
        }
        if let Some(failure) = code.failure {
            field(out, "failure", bool_literal(failure));
        }
        if let Some(link) = code.protocol_equivalent {
            let value = value_literal(&catalog.code(link).2.value);
            field(out, "protocolEquivalent", &value);
        }
        out.push_str("  },\n");
    }
    out.push('}');
    out
}

/// One `key: value,` line of a code's object.
fn field(out: &mut String, key: &str, value: &str) {
    push_all(out, &["    ", key, ": ", value, ",\n"]);
}

fn push_all(out: &mut String, parts: &[&str]) {
    for part in parts {
        out.push_str(part);
    }
}

fn bool_literal(b: bool) -> &'static str {
    if b { "true" } else { "false" }
}

/// A list of texts as an array literal on one line.
fn strings(texts: &[String]) -> String {
    let mut out = String::from("[");
    for (i, text) in texts.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(&string(text));
    }
    out.push(']');
    out
}

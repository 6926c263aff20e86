//! The doc test on each code set's enum, derived from the spec: rustdoc runs it, so every code
//! set's conversions and metadata are tested in the generated crate itself.

use super::{lib_name, module, string, term_variant, type_name, variant_name};
use crate::model::*;

/// A doc test for the set, derived from the spec: conversions both ways, metadata, an unknown
/// value, and the typed link. rustdoc runs it, so every code set's behaviour is tested.
pub fn example(catalog: &Catalog, provider: &Provider, set: &CodeSet) -> Vec<String> {
    let ty = type_name(set);
    let code = set
        .codes
        .iter()
        .find(|c| c.protocol_equivalent.is_some())
        .unwrap_or(&set.codes[0]);
    let var = variant_name(code);
    let name = string(&set.upstream_name(code));
    let (value, unknown, from_value) = match &code.value {
        Value::Integer(i) => (
            i.to_string(),
            unknown_integer(set).to_string(),
            format!("i32::from(code), {i}"),
        ),
        Value::String(s) => {
            let mut unknown = "not-a-code".to_owned();
            while set
                .codes
                .iter()
                .any(|c| c.value == Value::String(unknown.clone()))
            {
                unknown.push('!');
            }
            (
                string(s),
                string(&unknown),
                format!("<&str>::from(code), {}", string(s)),
            )
        }
    };
    let category = term_variant(&catalog.taxonomy.categories[code.category]);
    let retry = term_variant(&catalog.taxonomy.retry_policies[code.retry]);
    let lib = lib_name(catalog);
    let mut lines = vec![
        String::new(),
        "# Examples".to_owned(),
        String::new(),
        "```".to_owned(),
        format!("use {lib}::{}::{ty};", module(provider)),
        format!("use {lib}::{{Category, RetryPolicy}};"),
        String::new(),
        format!("let code = {ty}::from_value({value}).expect(\"a known value\");"),
        format!("assert_eq!(code, {ty}::{var});"),
        format!("assert_eq!(code.value(), {value});"),
        format!("assert_eq!({from_value});"),
        format!("assert_eq!(code.name(), {name});"),
        format!("assert_eq!({name}.parse::<{ty}>(), Ok(code));"),
        format!("assert_eq!(code.to_string(), {name});"),
        format!("assert_eq!(code.category(), Category::{category});"),
        format!("assert_eq!(code.retry_policy(), RetryPolicy::{retry});"),
        format!(
            "assert_eq!(code.is_terminal(), {});",
            code.terminal.is_terminal()
        ),
        String::new(),
        "// A value this catalog does not know is handled, never a panic:".to_owned(),
        format!("assert_eq!({ty}::from_value({unknown}), None);"),
        format!("assert!({ty}::try_from({unknown}).is_err());"),
    ];
    if let Some(link) = code.protocol_equivalent {
        let (target_provider, target_set, target) = catalog.code(link);
        lines.push(format!(
            "assert_eq!(code.protocol_equivalent(), Some({lib}::{}::{}::{}));",
            module(target_provider),
            type_name(target_set),
            variant_name(target)
        ));
    }
    lines.push("```".to_owned());
    // A literal holding a code fence would end the example early: spell its backticks as escapes.
    let fence_end = lines.len() - 1;
    for line in &mut lines[4..fence_end] {
        *line = line.replace("```", "\\u{60}\\u{60}\\u{60}");
    }
    lines
}

/// An integer no code of the set has: just above the largest, or below the smallest, or the
/// first gap from zero.
fn unknown_integer(set: &CodeSet) -> i32 {
    let values: std::collections::BTreeSet<i32> = set
        .codes
        .iter()
        .filter_map(|c| match c.value {
            Value::Integer(i) => Some(i),
            Value::String(_) => None,
        })
        .collect();
    let above = values.last().and_then(|max| max.checked_add(1));
    let below = values.first().and_then(|min| min.checked_sub(1));
    above
        .or(below)
        .unwrap_or_else(|| (0..).find(|i| !values.contains(i)).unwrap_or(0))
}

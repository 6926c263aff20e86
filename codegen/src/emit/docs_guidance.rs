//! The parts of a code's docs section that guide people: the runtime signal first (it takes
//! precedence over everything below it), the user message and its key; after the occurrences,
//! the known causes, the remediation steps, the retry schedule, references and `since`.

use super::docs::escape;
use crate::model::*;
use std::fmt::Write;

/// Runtime signal, user message and key: what comes before the cause.
pub fn before(provider: &Provider, set: &CodeSet, code: &Code) -> String {
    let mut out = String::new();
    if let Some(s) = &code.runtime_signal {
        let overrides: Vec<&str> = s.overrides.iter().map(|o| o.as_str()).collect();
        let _ = writeln!(
            out,
            "**Runtime signal:** `{}` takes precedence over the catalog's {} below.",
            escape(&s.name),
            overrides.join(" and ")
        );
        if let Some(m) = &s.meaning {
            let _ = writeln!(out, "{}", escape(m));
        }
        for v in &s.values {
            let _ = writeln!(out, "- `{}`: {}", escape(&v.value), escape(&v.means));
        }
        out.push('\n');
    }
    let source = if code.own_user_message {
        ""
    } else {
        " (the category's)"
    };
    let _ = write!(
        out,
        "**User message{source}:** {}\n\nMessage key: `{}`\n\n",
        escape(&code.user_message),
        set.message_key(provider, code)
    );
    out
}

/// Causes, remediation, schedule, references and `since`: what comes after the occurrences.
pub fn after(code: &Code) -> String {
    let mut out = String::new();
    list(&mut out, "Known causes:", &code.causes, "-");
    list(&mut out, "Remediation:", &code.remediation, "1.");
    if let Some(s) = &code.schedule {
        let reference = s
            .reference
            .as_ref()
            .map(|r| format!(", {}", escape(r)))
            .unwrap_or_default();
        let _ = writeln!(
            out,
            "\n**Retry schedule:** first delay {} ms, x{}.{:03} per retry, at most {} ms, {} jitter, give up after {} retries (basis: {}{reference}).",
            s.initial_delay_ms,
            s.multiplier_thousandths / 1000,
            s.multiplier_thousandths % 1000,
            s.max_delay_ms,
            s.jitter.as_str(),
            s.max_attempts,
            escape(&s.basis),
        );
    }
    list(&mut out, "References:", &code.references, "-");
    if let Some(since) = &code.since {
        let _ = writeln!(out, "\n**Since:** {}", escape(since));
    }
    out
}

fn list(out: &mut String, title: &str, items: &[String], marker: &str) {
    if items.is_empty() {
        return;
    }
    for part in ["\n**", title, "**\n\n"] {
        out.push_str(part);
    }
    for item in items {
        for part in [marker, " ", &escape(item), "\n"] {
            out.push_str(part);
        }
    }
}

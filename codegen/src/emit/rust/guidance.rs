//! The `CodeInfo` fields that hold a struct: the retry schedule and the runtime signal, laid
//! out as rustfmt does (a struct literal inside `Some(..)` overflows onto its own lines).

use super::layout::{array, field, option_field};
use super::string;
use crate::model::*;

/// `retry_schedule: Some(crate::RetrySchedule { .. }),` or `None`.
pub fn schedule(indent: usize, schedule: Option<&Schedule>) -> String {
    let Some(s) = schedule else {
        return field(indent, "retry_schedule", "None");
    };
    let pad = " ".repeat(indent);
    let jitter = match s.jitter {
        Jitter::Full => "crate::Jitter::Full",
        Jitter::Equal => "crate::Jitter::Equal",
        Jitter::None => "crate::Jitter::None",
    };
    format!(
        "{pad}retry_schedule: Some(crate::RetrySchedule {{\n{}{}{}{}{}{pad}}}),\n",
        field(
            indent + 4,
            "initial_delay_ms",
            &s.initial_delay_ms.to_string()
        ),
        field(
            indent + 4,
            "multiplier_thousandths",
            &s.multiplier_thousandths.to_string()
        ),
        field(indent + 4, "max_delay_ms", &s.max_delay_ms.to_string()),
        field(indent + 4, "jitter", jitter),
        field(indent + 4, "max_attempts", &s.max_attempts.to_string()),
    )
}

/// `runtime_signal: Some(crate::RuntimeSignal { .. }),` or `None`.
pub fn signal(indent: usize, signal: Option<&RuntimeSignal>) -> String {
    let Some(s) = signal else {
        return field(indent, "runtime_signal", "None");
    };
    let pad = " ".repeat(indent);
    let inner = indent + 4;
    let overrides: Vec<String> = s.overrides.iter().map(|o| string(o.as_str())).collect();
    let values = if s.values.is_empty() {
        field(inner, "values", "&[]")
    } else {
        let ipad = " ".repeat(inner);
        let mut out = format!("{ipad}values: &[\n");
        for v in &s.values {
            out.push_str(&format!("{ipad}    crate::SignalValue {{\n"));
            out.push_str(&field(inner + 8, "value", &string(&v.value)));
            out.push_str(&field(inner + 8, "means", &string(&v.means)));
            out.push_str(&format!("{ipad}    }},\n"));
        }
        out.push_str(&format!("{ipad}],\n"));
        out
    };
    format!(
        "{pad}runtime_signal: Some(crate::RuntimeSignal {{\n{}{}{}{}{pad}}}),\n",
        field(inner, "name", &string(&s.name)),
        array(inner, "overrides:", &overrides, ",", true),
        values,
        option_field(
            inner,
            "meaning",
            s.meaning.as_deref().map(string).as_deref()
        ),
    )
}

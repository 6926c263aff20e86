//! `src/rtc_error_catalog.c`: every table as `const` data (flash on a microcontroller) and the
//! functions, which only scan those tables: no heap, no state.

use super::functions::FUNCTIONS;
use super::names::{self, LIBRARY};
use super::{int_literal, string};
use crate::model::*;
use std::fmt::Write;

/// The whole source file.
pub fn source(catalog: &Catalog) -> String {
    let mut shared = Shared::default();
    let mut tables = String::new();
    let tax = &catalog.taxonomy;
    tables.push_str("const rtc_term rtc_categories[RTC_CATEGORY_COUNT] = {\n");
    for t in &tax.categories {
        let message = t.user_message.as_deref().map_or("NULL".into(), string);
        let _ = writeln!(
            tables,
            "    {{{}, {}, {}, {message}, NULL}},",
            string(&t.id.raw),
            string(&t.title),
            string(&t.meaning)
        );
    }
    tables.push_str("};\n\nconst rtc_term rtc_retry_policies[RTC_RETRY_POLICY_COUNT] = {\n");
    for t in &tax.retry_policies {
        let schedule = shared.schedule(t.schedule.as_ref());
        let _ = writeln!(
            tables,
            "    {{{}, {}, {}, NULL, {schedule}}},",
            string(&t.id.raw),
            string(&t.title),
            string(&t.meaning)
        );
    }
    tables.push_str("};\n\n");
    let mut registry = String::from("const rtc_code_set rtc_code_sets[] = {\n");
    for (pi, p) in catalog.providers.iter().enumerate() {
        for (si, set) in p.code_sets.iter().enumerate() {
            let ty = names::type_name(p, set);
            tables.push_str(&code_set(catalog, &mut shared, (pi, si)));
            let strings = set.values == ValueKind::String;
            let _ = writeln!(
                registry,
                "    {{{}, {}, {strings}, {ty}_infos, {}}},",
                string(&p.id.raw),
                string(&set.id.raw),
                set.codes.len()
            );
        }
    }
    let _ = write!(
        registry,
        "}};\n\nconst size_t rtc_code_set_count = {};\n\n",
        catalog.code_set_count()
    );
    let mut functions = String::new();
    for p in &catalog.providers {
        for set in &p.code_sets {
            functions.push_str(&set_functions(p, set));
        }
    }
    let notice = crate::emit::notice();
    let parts = [
        "/* ",
        &notice,
        " */\n\n#include \"",
        LIBRARY,
        ".h\"\n\n#include <string.h>\n\n",
        &shared.out,
        &tables,
        &registry,
        FUNCTIONS,
        &functions,
    ];
    parts.concat()
}

/// The schedules and runtime signals codes share, each written once as a static object.
#[derive(Default)]
struct Shared {
    schedules: Vec<Schedule>,
    signals: Vec<RuntimeSignal>,
    out: String,
}

impl Shared {
    /// The address of the static copy of `schedule`, or `NULL`.
    fn schedule(&mut self, schedule: Option<&Schedule>) -> String {
        let Some(s) = schedule else {
            return "NULL".into();
        };
        let i = match self.schedules.iter().position(|x| x == s) {
            Some(i) => i,
            None => {
                let i = self.schedules.len();
                let jitter = match s.jitter {
                    Jitter::None => names::JITTER[0],
                    Jitter::Full => names::JITTER[1],
                    Jitter::Equal => names::JITTER[2],
                };
                let _ = write!(
                    self.out,
                    "static const rtc_retry_schedule schedule_{i} = {{{}u, {}u, {}u, {jitter}, {}u}};\n\n",
                    s.initial_delay_ms, s.multiplier_thousandths, s.max_delay_ms, s.max_attempts
                );
                self.schedules.push(s.clone());
                i
            }
        };
        format!("&schedule_{i}")
    }

    /// The address of the static copy of `signal`, or `NULL`.
    fn signal(&mut self, signal: Option<&RuntimeSignal>) -> String {
        let Some(s) = signal else {
            return "NULL".into();
        };
        if let Some(i) = self.signals.iter().position(|x| x == s) {
            return format!("&signal_{i}");
        }
        let i = self.signals.len();
        let overrides: Vec<String> = s.overrides.iter().map(|o| o.as_str().to_owned()).collect();
        let (overrides, override_count) =
            list(&mut self.out, &format!("signal_{i}_overrides"), &overrides);
        let values = if s.values.is_empty() {
            "NULL".to_owned()
        } else {
            let _ = writeln!(
                self.out,
                "static const rtc_signal_value signal_{i}_values[] = {{"
            );
            for v in &s.values {
                let _ = writeln!(
                    self.out,
                    "    {{{}, {}}},",
                    string(&v.value),
                    string(&v.means)
                );
            }
            self.out.push_str("};\n");
            format!("signal_{i}_values")
        };
        let meaning = s.meaning.as_deref().map_or("NULL".into(), string);
        let _ = write!(
            self.out,
            "static const rtc_runtime_signal signal_{i} = {{{}, {overrides}, {override_count}, {values}, {}, {meaning}}};\n\n",
            string(&s.name),
            s.values.len()
        );
        self.signals.push(s.clone());
        format!("&signal_{i}")
    }
}

/// Writes a static array of strings named `name` (none when empty); returns what a pointer
/// field holds and the count.
fn list(out: &mut String, name: &str, items: &[String]) -> (String, usize) {
    if items.is_empty() {
        return ("NULL".into(), 0);
    }
    for part in ["static const char *const ", name, "[] = {\n"] {
        out.push_str(part);
    }
    for item in items {
        for part in ["    ", &string(item), ",\n"] {
            out.push_str(part);
        }
    }
    out.push_str("};\n");
    (name.to_owned(), items.len())
}

/// One code set's lists and its info table.
fn code_set(catalog: &Catalog, shared: &mut Shared, (pi, si): (usize, usize)) -> String {
    let p = &catalog.providers[pi];
    let set = &p.code_sets[si];
    let tax = &catalog.taxonomy;
    let ty = names::type_name(p, set);
    let mut lists = String::new();
    // About a kilobyte a code: one allocation for the table.
    let mut infos = String::with_capacity(set.codes.len() * 1024 + 64);
    let _ = writeln!(infos, "const rtc_code_info {ty}_infos[] = {{");
    for (ci, code) in set.codes.iter().enumerate() {
        let mut texts = |k: &str, count: &str, items: &[String]| {
            let (ptr, n) = list(&mut lists, &format!("list_{pi}_{si}_{ci}_{k}"), items);
            format!("        .{k} = {ptr},\n        .{count} = {n},\n")
        };
        let when = texts("when", "when_count", &code.when);
        let remediation = texts("remediation", "remediation_count", &code.remediation);
        let causes = texts("causes", "cause_count", &code.causes);
        let references = texts("references", "reference_count", &code.references);
        infos.push_str("    {\n");
        field(&mut infos, "provider", string(&p.id.raw));
        field(&mut infos, "code_set", string(&set.id.raw));
        match &code.value {
            Value::Integer(v) => field(&mut infos, "value", int_literal(*v)),
            Value::String(s) => {
                field(&mut infos, "value", ci.to_string());
                field(&mut infos, "string_value", string(s));
            }
        }
        field(&mut infos, "name", string(&set.upstream_name(code)));
        field(&mut infos, "catalog_name", string(&code.name.raw));
        field(&mut infos, "summary", string(&code.summary));
        field(&mut infos, "cause", string(&code.cause));
        infos.push_str(&when);
        field(&mut infos, "user_message", string(&code.user_message));
        field(
            &mut infos,
            "user_message_key",
            string(&set.message_key(p, code)),
        );
        infos.push_str(&remediation);
        infos.push_str(&causes);
        infos.push_str(&references);
        if let Some(since) = &code.since {
            field(&mut infos, "since", string(since));
        }
        field(
            &mut infos,
            "category",
            names::category(&tax.categories[code.category]),
        );
        field(
            &mut infos,
            "retry_policy",
            names::retry_policy(&tax.retry_policies[code.retry]),
        );
        field(&mut infos, "retry_basis", basis(code.retry_basis));
        field(
            &mut infos,
            "retry_schedule",
            shared.schedule(code.schedule.as_ref()),
        );
        field(
            &mut infos,
            "runtime_signal",
            shared.signal(code.runtime_signal.as_ref()),
        );
        let terminality = match code.terminal {
            Terminality::Terminal => names::TERMINALITY[0],
            Terminality::NotTerminal => names::TERMINALITY[1],
            Terminality::Depends { .. } => names::TERMINALITY[2],
        };
        field(&mut infos, "terminality", terminality.into());
        if let Some(condition) = code.terminal.condition() {
            field(&mut infos, "terminal_condition", string(condition));
        }
        field(
            &mut infos,
            "terminal",
            code.terminal.is_terminal().to_string(),
        );
        field(&mut infos, "terminal_basis", basis(code.terminal_basis));
        if let Some(r) = &code.rationale {
            field(&mut infos, "rationale", string(r));
        }
        if let Some(d) = &code.deprecated {
            field(&mut infos, "deprecated", string(d));
        }
        if let Some(failure) = code.failure {
            field(&mut infos, "has_failure", "true".into());
            field(&mut infos, "failure", failure.to_string());
        }
        if let Some(link) = code.protocol_equivalent {
            let (lp, ls, _) = catalog.code(link);
            field(
                &mut infos,
                "protocol_equivalent",
                format!("&{}_infos[{}]", names::type_name(lp, ls), link.code),
            );
        }
        infos.push_str("    },\n");
    }
    let _ = write!(
        infos,
        "}};\n\nconst size_t {ty}_count = {};\n\n",
        set.codes.len()
    );
    lists.push('\n');
    lists + &infos
}

/// One designated initializer of an info.
fn field(out: &mut String, key: &str, value: String) {
    for part in ["        .", key, " = ", &value, ",\n"] {
        out.push_str(part);
    }
}

fn basis(b: Basis) -> String {
    match b {
        Basis::Provider => names::BASIS[0],
        Basis::Catalog => names::BASIS[1],
    }
    .into()
}

/// A code set's typed functions, over the table's shared scans.
fn set_functions(p: &Provider, set: &CodeSet) -> String {
    let ty = names::type_name(p, set);
    let n = set.codes.len();
    let (wire, find) = match set.values {
        ValueKind::Integer => ("int32_t value", "find_value"),
        ValueKind::String => ("const char *value", "find_string"),
    };
    format!(
        "bool {ty}_from_value({wire}, {ty} *out) {{\n    const rtc_code_info *info = {find}({ty}_infos, {n}, value);\n    if (info == NULL || out == NULL) {{\n        return false;\n    }}\n    *out = ({ty})info->value;\n    return true;\n}}\n\nbool {ty}_from_name(const char *name, {ty} *out) {{\n    const rtc_code_info *info = find_name({ty}_infos, {n}, name);\n    if (info == NULL || out == NULL) {{\n        return false;\n    }}\n    *out = ({ty})info->value;\n    return true;\n}}\n\nconst rtc_code_info *{ty}_info({ty} code) {{\n    return find_value({ty}_infos, {n}, (int32_t)code);\n}}\n\n"
    )
}

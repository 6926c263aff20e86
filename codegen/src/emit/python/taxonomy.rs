//! `_taxonomy.py`: the shared types (`Category`, `RetryPolicy`, `Basis`, `Terminality`,
//! `Jitter`, `RetrySchedule`, `RuntimeSignal`, `SignalValue`, `Term`, `CodeInfo`, the
//! `ErrorCode` protocol) and `retry_delay`, emit/retry.rs's rule. Doc text from emit/text.rs.

use super::{class_assignment, comment_line, header, names, optional, string};
use crate::emit::text::{self, basis, field, schedule, signal, term, terminality};
use crate::model::*;
use std::fmt::Write;

/// The whole module.
pub fn module(catalog: &Catalog) -> String {
    let mut out = header("The catalog's shared types and the retry helper.");
    out.push_str(
        "\nimport math\nfrom dataclasses import dataclass\nfrom enum import StrEnum\nfrom typing import Final, Protocol\n",
    );
    out.push_str(&str_enum(
        "Basis",
        basis::TYPE,
        &[
            ("PROVIDER", "provider", basis::PROVIDER),
            ("CATALOG", "catalog", basis::CATALOG),
        ],
    ));
    out.push_str(&str_enum(
        "Terminality",
        terminality::TYPE,
        &[
            ("TERMINAL", "terminal", terminality::TERMINAL),
            ("NOT_TERMINAL", "not_terminal", terminality::NOT_TERMINAL),
            ("DEPENDS", "depends", terminality::DEPENDS),
        ],
    ));
    out.push_str(&str_enum(
        "Jitter",
        schedule::JITTER,
        &[
            ("FULL", "full", schedule::FULL),
            ("EQUAL", "equal", schedule::EQUAL),
            ("NONE", "none", schedule::NONE),
        ],
    ));
    out.push_str(&classes());
    let tax = &catalog.taxonomy;
    out.push_str(&term_enum(
        ("Category", "_CATEGORY_TERMS"),
        text::CATEGORY,
        &tax.categories,
    ));
    out.push_str(&term_enum(
        ("RetryPolicy", "_RETRY_POLICY_TERMS"),
        text::RETRY_POLICY,
        &tax.retry_policies,
    ));
    out.push_str(&code_info());
    out.push_str(RETRY_DELAY);
    out
}

/// A `StrEnum` of the generator's own members: (member, value, doc).
fn str_enum(name: &str, doc: &str, members: &[(&str, &str, &str)]) -> String {
    let mut out = format!("\n\nclass {name}(StrEnum):\n    \"\"\"{doc}\"\"\"\n");
    for (member, value, doc) in members {
        let _ = write!(out, "\n    #: {doc}\n    {member} = \"{value}\"\n");
    }
    out
}

/// The schedule, signal and term dataclasses.
fn classes() -> String {
    let field_doc = |name: &str, ty: &str, doc: &str| format!("    #: {doc}\n    {name}: {ty}\n");
    let mut out = format!(
        "\n\n@dataclass(frozen=True, slots=True, kw_only=True)\nclass RetrySchedule:\n    \"\"\"{}\"\"\"\n\n",
        schedule::TYPE
    );
    out.push_str(&field_doc(
        "initial_delay_ms",
        "int",
        schedule::INITIAL_DELAY,
    ));
    out.push_str(&field_doc(
        "multiplier_thousandths",
        "int",
        schedule::MULTIPLIER,
    ));
    out.push_str(&field_doc("max_delay_ms", "int", schedule::MAX_DELAY));
    out.push_str(&field_doc("jitter", "Jitter", schedule::JITTER_FIELD));
    out.push_str(&field_doc("max_attempts", "int", schedule::MAX_ATTEMPTS));
    let _ = write!(
        out,
        "\n\n@dataclass(frozen=True, slots=True, kw_only=True)\nclass SignalValue:\n    \"\"\"{}\"\"\"\n\n",
        signal::VALUE_TYPE
    );
    out.push_str(&field_doc("value", "str", signal::VALUE));
    out.push_str(&field_doc("means", "str", signal::MEANS));
    let _ = write!(
        out,
        "\n\n@dataclass(frozen=True, slots=True, kw_only=True)\nclass RuntimeSignal:\n    \"\"\"{}\"\"\"\n\n",
        signal::TYPE
    );
    out.push_str(&field_doc("name", "str", signal::NAME));
    out.push_str(&field_doc(
        "overrides",
        "tuple[str, ...]",
        signal::OVERRIDES,
    ));
    out.push_str(&field_doc(
        "values",
        "tuple[SignalValue, ...]",
        signal::VALUES,
    ));
    out.push_str(&field_doc("meaning", "str | None", signal::MEANING));
    out.push_str(
        "\n\n@dataclass(frozen=True, slots=True, kw_only=True)\nclass Term:\n    \"\"\"A category or a retry policy, as the taxonomy defines it.\"\"\"\n\n",
    );
    out.push_str(&field_doc("id", "str", term::ID));
    out.push_str(&field_doc("title", "str", term::TITLE));
    out.push_str(&field_doc("meaning", "str", term::MEANING));
    out.push_str(&field_doc(
        "user_message",
        "str | None",
        "Categories: the default end-user message of their codes.",
    ));
    out.push_str(&field_doc(
        "schedule",
        "RetrySchedule | None",
        field::RETRY_SCHEDULE,
    ));
    out
}

/// `Category` or `RetryPolicy`: a `StrEnum` of the term ids, its `info`, and the table of terms.
fn term_enum((name, table): (&str, &str), doc: &str, terms: &[Term]) -> String {
    let mut out = format!("\n\nclass {name}(StrEnum):\n    \"\"\"{doc}\"\"\"\n");
    for t in terms {
        let _ = write!(
            out,
            "\n    {}\n{}",
            comment_line(&format!("{}: {}", t.title, t.meaning)),
            class_assignment(&names::term_member(t), &string(&t.id.raw))
        );
    }
    let _ = write!(
        out,
        "\n    @property\n    def info(self) -> Term:\n        \"\"\"The term's title, meaning, default user message and schedule.\"\"\"\n        return {table}[self.name]\n\n\n{table}: Final = {{\n"
    );
    for t in terms {
        let _ = write!(
            out,
            "    {}: Term(\n        id={},\n        title={},\n        meaning={},\n        user_message={},\n        schedule={},\n    ),\n",
            string(&names::term_member(t)),
            string(&t.id.raw),
            string(&t.title),
            string(&t.meaning),
            optional(t.user_message.as_deref()),
            schedule_literal(8, t.schedule.as_ref()),
        );
    }
    out.push_str("}\n");
    out
}

/// A schedule as a call at `indent` (the line it starts on is already indented), or `None`.
pub fn schedule_literal(indent: usize, s: Option<&Schedule>) -> String {
    let Some(s) = s else {
        return "None".into();
    };
    let pad = " ".repeat(indent);
    format!(
        "RetrySchedule(\n{pad}    initial_delay_ms={},\n{pad}    multiplier_thousandths={},\n{pad}    max_delay_ms={},\n{pad}    jitter=Jitter.{},\n{pad}    max_attempts={},\n{pad})",
        s.initial_delay_ms,
        s.multiplier_thousandths,
        s.max_delay_ms,
        s.jitter.as_str().to_uppercase(),
        s.max_attempts
    )
}

/// `CodeInfo` and the `ErrorCode` protocol.
fn code_info() -> String {
    let fields: [(&str, &str, &str); 26] = [
        ("provider", "str", field::PROVIDER),
        ("code_set", "str", field::CODE_SET),
        ("value", "int | str", field::WIRE_VALUE),
        ("name", "str", field::NAME),
        ("catalog_name", "str", field::CATALOG_NAME),
        ("summary", "str", field::SUMMARY),
        ("cause", "str", field::CAUSE),
        ("when", "tuple[str, ...]", field::WHEN),
        ("category", "Category", field::CATEGORY),
        ("retry_policy", "RetryPolicy", field::RETRY_POLICY),
        ("retry_basis", "Basis", field::RETRY_BASIS),
        (
            "retry_schedule",
            "RetrySchedule | None",
            field::RETRY_SCHEDULE,
        ),
        (
            "runtime_signal",
            "RuntimeSignal | None",
            field::RUNTIME_SIGNAL,
        ),
        ("terminality", "Terminality", field::TERMINALITY),
        (
            "terminal_condition",
            "str | None",
            field::TERMINAL_CONDITION,
        ),
        ("terminal_basis", "Basis", field::TERMINAL_BASIS),
        ("user_message", "str", field::USER_MESSAGE),
        ("user_message_key", "str", field::USER_MESSAGE_KEY),
        ("remediation", "tuple[str, ...]", field::REMEDIATION),
        ("causes", "tuple[str, ...]", field::CAUSES),
        ("references", "tuple[str, ...]", field::REFERENCES),
        ("since", "str | None", field::SINCE),
        ("rationale", "str | None", field::RATIONALE),
        ("deprecated", "str | None", field::DEPRECATED),
        ("failure", "bool | None", field::FAILURE),
        (
            "protocol_equivalent",
            "int | str | None",
            "The wire value of the equivalent code in the linked code set, if any.",
        ),
    ];
    let mut out = format!(
        "\n\n@dataclass(frozen=True, slots=True, kw_only=True)\nclass CodeInfo:\n    \"\"\"{}\"\"\"\n\n",
        field::INFO
    );
    for (name, ty, doc) in fields {
        let _ = write!(out, "    #: {doc}\n    {name}: {ty}\n");
    }
    let _ = write!(
        out,
        "\n    @property\n    def terminal(self) -> bool:\n        \"\"\"{}\"\"\"\n        return self.terminality is Terminality.TERMINAL\n",
        field::IS_TERMINAL
    );
    out.push_str(
        "\n\nclass ErrorCode(Protocol):\n    \"\"\"A code of any provider: every code set's enum has these members.\"\"\"\n\n    @property\n    def info(self) -> CodeInfo:\n        \"\"\"Everything the catalog says about the code.\"\"\"\n        ...\n",
    );
    out
}

/// `retry_delay`: emit/retry.rs's rule, in Python's exact integers.
const RETRY_DELAY: &str = r#"

def retry_delay(info: CodeInfo, attempt: int, random: float) -> int | None:
    """Milliseconds to wait before retry number `attempt` (1 = the first retry).

    None to give up (attempt 0 or past the schedule's `max_attempts`) or when the code has
    no schedule; `random` is a number in [0, 1) (anything else counts as 0). The rule is in
    spec/README.md.
    """
    schedule = info.retry_schedule
    if schedule is None or attempt < 1 or attempt > schedule.max_attempts:
        return None
    r = random if 0.0 <= random < 1.0 else 0.0
    cap = schedule.max_delay_ms
    delay = min(schedule.initial_delay_ms, cap)
    for _ in range(1, attempt):
        delay = min(delay * schedule.multiplier_thousandths // 1000, cap)
    if schedule.jitter is Jitter.FULL:
        jittered = math.floor(r * (delay + 1))
    elif schedule.jitter is Jitter.EQUAL:
        half = delay // 2
        jittered = half + math.floor(r * (delay - half + 1))
    else:
        jittered = delay
    return min(jittered, delay)
"#;

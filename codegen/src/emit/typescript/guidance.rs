//! Issue 12's guidance in the TypeScript package: `Terminality`, `Jitter`, the `RetrySchedule`
//! and `RuntimeSignal` types, `retryDelay`, and the literals the info tables write for them.
//! The same shapes as the Rust binding's (emit/rust/shared_types.rs), in lowerCamel.

use super::piece::{Const, ConstValue, Piece};
use super::string;
use crate::emit::text::{field, schedule, signal, terminality};
use crate::model::*;

/// The taxonomy module's guidance pieces: the two const objects with their types, the
/// interfaces, and the delay helper.
pub fn pieces() -> Vec<Piece> {
    let mut out = literals(
        "Terminality",
        terminality::TYPE,
        &[
            ("Terminal", "terminal", terminality::TERMINAL),
            ("NotTerminal", "not_terminal", terminality::NOT_TERMINAL),
            ("Depends", "depends", terminality::DEPENDS),
        ],
    );
    out.extend(literals(
        "Jitter",
        schedule::JITTER,
        &[
            ("Full", "full", schedule::FULL),
            ("Equal", "equal", schedule::EQUAL),
            ("None", "none", schedule::NONE),
        ],
    ));
    out.push(Piece::TypeOnly(interfaces()));
    out.push(retry_delay());
    out
}

/// A const object of string literals and its same-named union type.
fn literals(name: &str, summary: &str, members: &[(&str, &str, &str)]) -> Vec<Piece> {
    let members = members
        .iter()
        .map(|(key, id, doc)| (format!("  /** {doc} */\n"), (*key).to_owned(), string(id)))
        .collect();
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
    ]
}

fn interfaces() -> String {
    format!(
        r#"/** {ty} */
export interface RetrySchedule {{
  /** {initial} */
  readonly initialDelayMs: number;
  /** {multiplier} */
  readonly multiplierThousandths: number;
  /** {max_delay} */
  readonly maxDelayMs: number;
  /** {jitter} */
  readonly jitter: Jitter;
  /** {max_attempts} */
  readonly maxAttempts: number;
}}

/** {signal_ty} */
export interface RuntimeSignal {{
  /** {name} */
  readonly name: string;
  /** {overrides} */
  readonly overrides: readonly ("retry" | "terminal")[];
  /** {values} */
  readonly values: readonly SignalValue[];
  /** {meaning} */
  readonly meaning: string | null;
}}

/** {value_ty} */
export interface SignalValue {{
  /** {value} */
  readonly value: string;
  /** {means} */
  readonly means: string;
}}
"#,
        ty = schedule::TYPE,
        initial = schedule::INITIAL_DELAY,
        multiplier = schedule::MULTIPLIER,
        max_delay = schedule::MAX_DELAY,
        jitter = schedule::JITTER_FIELD,
        max_attempts = schedule::MAX_ATTEMPTS,
        signal_ty = signal::TYPE,
        name = signal::NAME,
        overrides = signal::OVERRIDES,
        values = signal::VALUES,
        meaning = signal::MEANING,
        value_ty = signal::VALUE_TYPE,
        value = signal::VALUE,
        means = signal::MEANS,
    )
}

/// `retryDelay`: emit/retry.rs's rule. The validator bounds every schedule (delay <= one day,
/// multiplier <= x100), so `delay * multiplierThousandths` stays an exact integer below 2^53;
/// the remainder is taken off before dividing, so the division is exact too.
fn retry_delay() -> Piece {
    Piece::Function {
        doc: format!(
            "/**\n * {}\n * Undefined also for an `attempt` that is not a whole number.\n */\n",
            schedule::HELPER
        ),
        signature: "retryDelay(info⟦: CodeInfo⟧, attempt⟦: number⟧, random⟦: number⟧)⟦: number | undefined⟧".into(),
        body: r#"  const s = info.retrySchedule;
  if (s === null || !Number.isInteger(attempt) || attempt < 1 || attempt > s.maxAttempts) return undefined;
  const r = random >= 0 && random < 1 ? random : 0;
  const cap = s.maxDelayMs;
  let delay = Math.min(s.initialDelayMs, cap);
  for (let i = 1; i < attempt; i++) {
    const grown = delay * s.multiplierThousandths;
    delay = Math.min((grown - (grown % 1000)) / 1000, cap);
  }
  let jittered = delay;
  if (s.jitter === "full") jittered = Math.floor(r * (delay + 1));
  else if (s.jitter === "equal") {
    const half = (delay - (delay % 2)) / 2;
    jittered = half + Math.floor(r * (delay - half + 1));
  }
  return Math.min(jittered, delay);
"#
        .into(),
    }
}

/// The new `CodeInfo` members' declarations, after `when` (docs from emit/text.rs).
pub fn code_info_members() -> String {
    [
        ("userMessage", "string", field::USER_MESSAGE),
        ("userMessageKey", "string", field::USER_MESSAGE_KEY),
        ("remediation", "readonly string[]", field::REMEDIATION),
        ("causes", "readonly string[]", field::CAUSES),
        ("references", "readonly string[]", field::REFERENCES),
        ("since?", "string", field::SINCE),
    ]
    .iter()
    .map(|(name, ty, doc)| format!("  /** {doc} */\n  readonly {name}: {ty};\n"))
    .collect()
}

/// The `CodeInfo` members about retrying and ending, after `retryBasis`.
pub fn code_info_verdict_members() -> String {
    format!(
        r#"  /** {schedule} */
  readonly retrySchedule: RetrySchedule | null;
  /** {signal} */
  readonly runtimeSignal: RuntimeSignal | null;
  /** {terminality} */
  readonly terminality: Terminality;
  /** {condition} */
  readonly terminalCondition?: string;
  /**
   * True only when the code always ends the session (`terminality` is `"terminal"`); false for
   * `"not_terminal"` and for `"depends"`, whose `terminalCondition` must be checked.
   */
  readonly terminal: boolean;
"#,
        schedule = field::RETRY_SCHEDULE,
        signal = field::RUNTIME_SIGNAL,
        terminality = field::TERMINALITY,
        condition = field::TERMINAL_CONDITION.replace("`Depends`", "`\"depends\"`"),
    )
}

/// A schedule as an object literal on one line, or `null`.
pub fn schedule_literal(s: Option<&Schedule>) -> String {
    let Some(s) = s else {
        return "null".into();
    };
    format!(
        "{{ initialDelayMs: {}, multiplierThousandths: {}, maxDelayMs: {}, jitter: {}, maxAttempts: {} }}",
        s.initial_delay_ms,
        s.multiplier_thousandths,
        s.max_delay_ms,
        string(s.jitter.as_str()),
        s.max_attempts
    )
}

/// A runtime signal as an object literal laid out as prettier does at `indent`, or `null`.
pub fn signal_literal(indent: usize, s: Option<&RuntimeSignal>) -> String {
    let Some(s) = s else {
        return "null".into();
    };
    let pad = " ".repeat(indent);
    let overrides: Vec<String> = s.overrides.iter().map(|o| string(o.as_str())).collect();
    let values: Vec<String> = s
        .values
        .iter()
        .map(|v| {
            format!(
                "{{ value: {}, means: {} }}",
                string(&v.value),
                string(&v.means)
            )
        })
        .collect();
    // Prettier breaks an array of two or more objects onto one line each.
    let values = if values.len() > 1 {
        let inner = format!("{pad}    ");
        format!(
            "[\n{inner}{},\n{pad}  ]",
            values.join(&format!(",\n{inner}"))
        )
    } else {
        format!("[{}]", values.join(""))
    };
    let meaning = s.meaning.as_deref().map_or("null".into(), string);
    format!(
        "{{\n{pad}  name: {},\n{pad}  overrides: [{}],\n{pad}  values: {values},\n{pad}  meaning: {meaning},\n{pad}}}",
        string(&s.name),
        overrides.join(", "),
    )
}

//! Issue 12's guidance in Kotlin: the shared types (`Terminality`, `Jitter`, `RetrySchedule` with
//! the delay rule, `RuntimeSignal`, `SignalValue`), the `Retry.kt` helper, and the literals a
//! code's schedule and signal become.

use super::{header, string};
use crate::emit::text::{schedule, signal, terminality};
use crate::model::*;
use names::PACKAGE;

use super::names;

/// The shared types, appended to `Taxonomy.kt`. The delay rule is spec/README.md's, the same
/// integer steps as `emit/retry.rs`: Long arithmetic, one Double multiplication, then floor.
pub fn types() -> String {
    format!(
        r#"
/** {terminality} */
enum class Terminality {{
    /** {terminal} */
    TERMINAL,

    /** {not_terminal} */
    NOT_TERMINAL,

    /** {depends} */
    DEPENDS,
}}

/** {jitter} */
enum class Jitter {{
    /** {full} */
    FULL,

    /** {equal} */
    EQUAL,

    /** {none} */
    NONE,
}}

/** {schedule} */
data class RetrySchedule(
    /** {initial} */
    val initialDelayMs: Int,
    /** {multiplier} */
    val multiplierThousandths: Int,
    /** {max_delay} */
    val maxDelayMs: Int,
    /** {jitter_field} */
    val jitter: Jitter,
    /** {max_attempts} */
    val maxAttempts: Int,
) {{
    /** {delay} */
    fun delayMs(
        attempt: Int,
        random: Double,
    ): Long? {{
        if (attempt < 1 || attempt > maxAttempts) return null
        // Outside [0, 1), NaN included (every comparison with NaN is false), counts as 0.
        val r = if (random >= 0.0 && random < 1.0) random else 0.0
        val cap = maxDelayMs.toLong()
        var delay = minOf(initialDelayMs.toLong(), cap)
        repeat(attempt - 1) {{
            delay = minOf(delay * multiplierThousandths.toLong() / 1000L, cap)
        }}
        val jittered =
            when (jitter) {{
                Jitter.NONE -> delay
                Jitter.FULL -> floor(r * (delay + 1).toDouble()).toLong()
                Jitter.EQUAL -> delay / 2 + floor(r * (delay - delay / 2 + 1).toDouble()).toLong()
            }}
        return minOf(jittered, delay)
    }}
}}

/** {signal} */
data class RuntimeSignal(
    /** {signal_name} */
    val name: String,
    /** {overrides} */
    val overrides: List<String>,
    /** {values} */
    val values: List<SignalValue>,
    /** {meaning} */
    val meaning: String?,
)

/** {value_ty} */
data class SignalValue(
    /** {value} */
    val value: String,
    /** {means} */
    val means: String,
)
"#,
        terminality = terminality::TYPE,
        terminal = terminality::TERMINAL,
        not_terminal = terminality::NOT_TERMINAL,
        depends = terminality::DEPENDS,
        jitter = schedule::JITTER,
        full = schedule::FULL,
        equal = schedule::EQUAL,
        none = schedule::NONE,
        schedule = schedule::TYPE,
        initial = schedule::INITIAL_DELAY,
        multiplier = schedule::MULTIPLIER,
        max_delay = schedule::MAX_DELAY,
        jitter_field = schedule::JITTER_FIELD,
        max_attempts = schedule::MAX_ATTEMPTS,
        delay = schedule::DELAY,
        signal = signal::TYPE,
        signal_name = signal::NAME,
        overrides = signal::OVERRIDES,
        values = signal::VALUES,
        meaning = signal::MEANING,
        value_ty = signal::VALUE_TYPE,
        value = signal::VALUE,
        means = signal::MEANS,
    )
}

/// `Retry.kt`: the helper as a top-level function, and as `Retry.delay` for Java callers.
pub fn retry_kt() -> String {
    format!(
        r#"{header}package {PACKAGE}

import kotlin.jvm.JvmStatic

/** {helper} */
fun retryDelay(
    code: ErrorCode,
    attempt: Int,
    random: Double,
): Long? = code.retrySchedule?.delayMs(attempt, random)

/** The retry-delay helper for Java callers: `Retry.delay(code, attempt, random)`. */
object Retry {{
    /** {helper} */
    @JvmStatic
    fun delay(
        code: ErrorCode,
        attempt: Int,
        random: Double,
    ): Long? = retryDelay(code, attempt, random)
}}
"#,
        header = header(),
        helper = schedule::HELPER,
    )
}

/// A schedule as a Kotlin expression: `RetrySchedule(...)` or `null`.
pub fn schedule_literal(s: Option<&Schedule>) -> String {
    let Some(s) = s else {
        return "null".into();
    };
    let jitter = match s.jitter {
        Jitter::Full => "FULL",
        Jitter::Equal => "EQUAL",
        Jitter::None => "NONE",
    };
    format!(
        "RetrySchedule({}, {}, {}, Jitter.{jitter}, {})",
        s.initial_delay_ms, s.multiplier_thousandths, s.max_delay_ms, s.max_attempts
    )
}

/// A runtime signal as a Kotlin expression after `runtimeSignal =`: ` null`, or on its own lines.
pub fn signal_literal(s: Option<&RuntimeSignal>) -> String {
    let Some(s) = s else {
        return " null".into();
    };
    let overrides: Vec<String> = s.overrides.iter().map(|o| string(o.as_str())).collect();
    let values = if s.values.is_empty() {
        "listOf()".to_string()
    } else {
        let rows: String = s
            .values
            .iter()
            .map(|v| {
                format!(
                    "                    SignalValue({}, {}),\n",
                    string(&v.value),
                    string(&v.means)
                )
            })
            .collect();
        format!("listOf(\n{rows}                )")
    };
    format!(
        "\n            RuntimeSignal(\n                {},\n                listOf({}),\n                {values},\n                {},\n            )",
        string(&s.name),
        overrides.join(", "),
        s.meaning
            .as_deref()
            .map(string)
            .unwrap_or_else(|| "null".into())
    )
}

/// `Terminality.X` for a code.
pub fn terminality(t: &Terminality) -> &'static str {
    match t {
        Terminality::Terminal => "Terminality.TERMINAL",
        Terminality::NotTerminal => "Terminality.NOT_TERMINAL",
        Terminality::Depends { .. } => "Terminality.DEPENDS",
    }
}

/// A list of strings after `name =`: ` listOf()`, or one string per line below.
pub fn list(items: &[String]) -> String {
    if items.is_empty() {
        return " listOf()".into();
    }
    let lines: String = items
        .iter()
        .map(|i| format!("                {},\n", string(i)))
        .collect();
    format!("\n            listOf(\n{lines}            )")
}

//! Text that several targets write: the shared types' doc comments and the package metadata.
//!
//! Written once here so the Rust, TypeScript and Kotlin bindings describe the same concept in the
//! same words. Each target wraps the text in its own comment syntax; none of it comes from the
//! spec, so it needs no escaping. Metadata that names providers is derived from the catalog.

use crate::model::Catalog;

/// The summary of the category taxonomy type.
pub const CATEGORY: &str =
    "What kind of event a code reports, the same across providers (the catalog's own taxonomy).";
/// The summary of the retry policy taxonomy type.
pub const RETRY_POLICY: &str =
    "What an app should do about a code, the same across providers (the catalog's own taxonomy).";

/// The `Basis` type and its two values.
pub mod basis {
    /// The type.
    pub const TYPE: &str = "Where a code's retry policy or terminal flag comes from.";
    /// `Basis::Provider`.
    pub const PROVIDER: &str = "The provider documents it, or its SDK implements it.";
    /// `Basis::Catalog`.
    pub const CATALOG: &str = "The catalog's own classification; the code's `rationale` says why.";
}

/// The `Terminality` type and its three values.
pub mod terminality {
    /// The type.
    pub const TYPE: &str = "Whether a code ends the session: yes, no, or only under a condition.";
    /// `Terminality::Terminal`.
    pub const TERMINAL: &str = "The session is over.";
    /// `Terminality::NotTerminal`.
    pub const NOT_TERMINAL: &str = "The session goes on.";
    /// `Terminality::Depends`.
    pub const DEPENDS: &str =
        "The session ends only under the code's terminal condition (its text says when).";
}

/// The retry schedule types and the delay helper.
pub mod schedule {
    /// The schedule type.
    pub const TYPE: &str = "How long to wait before each retry, and when to give up.";
    /// Its first delay.
    pub const INITIAL_DELAY: &str = "Delay before the first retry, in milliseconds.";
    /// Its multiplier.
    pub const MULTIPLIER: &str = "Growth per retry in thousandths (1500 = x1.5, 1000 = constant).";
    /// Its cap.
    pub const MAX_DELAY: &str = "Cap on one delay, in milliseconds (applied before jitter).";
    /// Its jitter.
    pub const JITTER_FIELD: &str = "How the delay is randomised.";
    /// Its attempt limit.
    pub const MAX_ATTEMPTS: &str = "Retries after which to give up.";
    /// The jitter type.
    pub const JITTER: &str =
        "How a delay is randomised (AWS's \"exponential backoff and jitter\").";
    /// Full jitter.
    pub const FULL: &str = "A random whole delay from 0 to the delay.";
    /// Equal jitter.
    pub const EQUAL: &str = "Half the delay plus a random part up to the other half.";
    /// No jitter.
    pub const NONE: &str = "The delay itself.";
    /// The schedule's delay method.
    pub const DELAY: &str = "Milliseconds to wait before retry number `attempt` (1 = the first retry), or none to give up (attempt 0 or past `max_attempts`); `random` is a number in [0, 1) (anything else counts as 0). The rule is in spec/README.md.";
    /// The helper taking a code.
    pub const HELPER: &str = "Milliseconds to wait before retry number `attempt` (1 = the first retry) of `code`, or none to give up or when the code has no schedule; `random` is a number in [0, 1) (anything else counts as 0). The rule is in spec/README.md.";
}

/// The runtime signal types.
pub mod signal {
    /// The signal type.
    pub const TYPE: &str = "A verdict the provider's SDK gives at run time; it takes precedence over the catalog's static guidance.";
    /// Its name.
    pub const NAME: &str = "The SDK's field or call, e.g. `MeetingSessionStatus.isTerminal()`.";
    /// What it overrides.
    pub const OVERRIDES: &str = "The catalog fields it takes precedence over: `retry`, `terminal`.";
    /// Its values.
    pub const VALUES: &str = "Each value and what it means (empty when they cannot be listed).";
    /// Its meaning.
    pub const MEANING: &str = "What it means, when the values cannot be listed.";
    /// The value type.
    pub const VALUE_TYPE: &str = "One value of a runtime signal.";
    /// A value.
    pub const VALUE: &str = "The value as the SDK gives it.";
    /// What it means.
    pub const MEANS: &str = "What it means for the app.";
}

/// The members of a taxonomy term.
pub mod term {
    /// The term's id.
    pub const ID: &str = "The id used in the spec and in every binding, e.g. `network`.";
    /// The term's title.
    pub const TITLE: &str = "A short human-readable name.";
    /// The term's meaning.
    pub const MEANING: &str = "One paragraph: what it means and what an app should do.";
}

/// What every binding says about one code: `CodeInfo` and `ErrorCode` members.
pub mod field {
    /// The provider's id.
    pub const PROVIDER: &str = "The provider's id, e.g. `livekit`.";
    /// The code set's id.
    pub const CODE_SET: &str = "The code set's id, e.g. `disconnect_reason`.";
    /// The wire value.
    pub const WIRE_VALUE: &str = "The wire value.";
    /// The name without the set's prefix (TypeScript and Kotlin carry both names).
    pub const CATALOG_NAME: &str =
        "The name as the catalog keys it (the upstream name without the set's prefix).";
    /// The upstream name.
    pub const NAME: &str = "The name exactly as upstream spells it.";
    /// The summary.
    pub const SUMMARY: &str = "One short sentence.";
    /// The cause.
    pub const CAUSE: &str = "What causes it.";
    /// When it occurs.
    pub const WHEN: &str = "When it occurs.";
    /// The category.
    pub const CATEGORY: &str = "The catalog's category.";
    /// The retry policy.
    pub const RETRY_POLICY: &str = "What an app should do.";
    /// Where the retry policy comes from.
    pub const RETRY_BASIS: &str = "Where the retry policy comes from.";
    /// The terminal flag.
    pub const TERMINAL: &str = "Whether the session ends when this code is reported.";
    /// Terminality.
    pub const TERMINALITY: &str =
        "Whether the session ends when this code is reported: yes, no, or only under a condition.";
    /// The boolean shortcut.
    pub const IS_TERMINAL: &str = "True only when the code always ends the session (`Terminal`); false for `NotTerminal` and for `Depends`, whose condition must be checked.";
    /// The condition.
    pub const TERMINAL_CONDITION: &str =
        "With `Depends`: when the code ends the session, in words.";
    /// The user message.
    pub const USER_MESSAGE: &str =
        "What to tell the end user (the code's own message or its category's).";
    /// The message key.
    pub const USER_MESSAGE_KEY: &str =
        "A stable key for localising the user message: `provider.code_set.NAME`.";
    /// The remediation.
    pub const REMEDIATION: &str = "Ordered steps for developers or operators.";
    /// The causes.
    pub const CAUSES: &str = "The known root causes, for codes that cover several.";
    /// The references.
    pub const REFERENCES: &str = "Where the remediation comes from.";
    /// Since.
    pub const SINCE: &str = "The upstream release that introduced the code, where known.";
    /// The schedule.
    pub const RETRY_SCHEDULE: &str = "How long to wait before each retry; none when the retry policy does not retry on a schedule.";
    /// The runtime signal.
    pub const RUNTIME_SIGNAL: &str =
        "The SDK's run-time verdict that takes precedence over this guidance, if any.";
    /// Where the terminal flag comes from.
    pub const TERMINAL_BASIS: &str = "Where the terminal flag comes from.";
    /// The rationale.
    pub const RATIONALE: &str = "Why the catalog classified it so, where a basis is the catalog.";
    /// The deprecation note.
    pub const DEPRECATED: &str = "Set when upstream deprecates the code.";
    /// The failure flag.
    pub const FAILURE: &str =
        "The provider SDK's own failure verdict, for code sets that have one.";
    /// The linked code.
    pub const EQUIVALENT: &str = "The equivalent code in the linked code set, if any.";
    /// The whole record.
    pub const INFO: &str = "Everything the catalog says about the code.";
}

/// `template` with every `«key»` hole (e.g. `«field::NAME»`) replaced by that text, so a
/// target's template can name the shared text it writes.
pub fn fill(template: &str) -> String {
    let mut out = template.to_owned();
    for (key, text) in HOLES {
        out = out.replace(&format!("«{key}»"), text);
    }
    debug_assert!(
        !out.contains('«'),
        "a template names a text that does not exist"
    );
    out
}

/// Every text a template can name.
const HOLES: [(&str, &str); 26] = [
    ("CATEGORY", CATEGORY),
    ("RETRY_POLICY", RETRY_POLICY),
    ("basis::TYPE", basis::TYPE),
    ("basis::PROVIDER", basis::PROVIDER),
    ("basis::CATALOG", basis::CATALOG),
    ("term::ID", term::ID),
    ("term::TITLE", term::TITLE),
    ("term::MEANING", term::MEANING),
    ("field::PROVIDER", field::PROVIDER),
    ("field::CODE_SET", field::CODE_SET),
    ("field::WIRE_VALUE", field::WIRE_VALUE),
    ("field::CATALOG_NAME", field::CATALOG_NAME),
    ("field::NAME", field::NAME),
    ("field::SUMMARY", field::SUMMARY),
    ("field::CAUSE", field::CAUSE),
    ("field::WHEN", field::WHEN),
    ("field::CATEGORY", field::CATEGORY),
    ("field::RETRY_POLICY", field::RETRY_POLICY),
    ("field::RETRY_BASIS", field::RETRY_BASIS),
    ("field::TERMINAL", field::TERMINAL),
    ("field::TERMINAL_BASIS", field::TERMINAL_BASIS),
    ("field::RATIONALE", field::RATIONALE),
    ("field::DEPRECATED", field::DEPRECATED),
    ("field::FAILURE", field::FAILURE),
    ("field::EQUIVALENT", field::EQUIVALENT),
    ("field::INFO", field::INFO),
];

/// The providers' display names in catalog order, comma-separated: `LiveKit, Jitsi, ...`.
pub fn provider_names(catalog: &Catalog) -> String {
    let names: Vec<&str> = catalog.providers.iter().map(|p| p.name.as_str()).collect();
    names.join(", ")
}

/// The one-sentence package description of every binding, naming the catalog's providers.
pub fn description(catalog: &Catalog) -> String {
    format!(
        "Error codes of real-time audio/video providers ({}), with causes and retry guidance.",
        provider_names(catalog)
    )
}

/// The most keywords crates.io accepts, and the longest.
const MAX_KEYWORDS: usize = 5;
const MAX_KEYWORD_LEN: usize = 20;
/// Keywords every catalog gets, before its providers'.
const GENERIC_KEYWORDS: [&str; 2] = ["webrtc", "error-codes"];

/// Package keywords: the generic ones, then provider ids in catalog order, each made valid for
/// crates.io (ASCII alphanumerics, `_`, `-`, `+`, starting with a letter, at most 20 chars) and
/// skipped if nothing valid is left or it repeats; at most five.
pub fn keywords(catalog: &Catalog) -> Vec<String> {
    let mut keywords: Vec<String> = GENERIC_KEYWORDS.iter().map(|k| (*k).to_owned()).collect();
    for provider in &catalog.providers {
        if keywords.len() == MAX_KEYWORDS {
            break;
        }
        if let Some(keyword) = keyword(&provider.id.raw)
            && !keywords.contains(&keyword)
        {
            keywords.push(keyword);
        }
    }
    keywords
}

/// `raw` as a crates.io keyword: other characters dropped, leading non-letters trimmed,
/// cut to the length limit; `None` if nothing is left.
fn keyword(raw: &str) -> Option<String> {
    let kept: String = raw
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '+'))
        .skip_while(|c| !c.is_ascii_alphabetic())
        .take(MAX_KEYWORD_LEN)
        .collect::<String>()
        .to_ascii_lowercase();
    (!kept.is_empty()).then_some(kept)
}

/// The repository as a git URL (`https://…/name.git`): npm's `repository.url` (behind `git+`)
/// and the POM's `scm` connection. The validator holds `repository` to `https://`.
pub fn git_url(repository: &str) -> String {
    let url = repository.trim_end_matches('/');
    if url.ends_with(".git") {
        url.to_owned()
    } else {
        format!("{url}.git")
    }
}

/// Appends `text` to `out`, each character `special` picks replaced by what `escape` writes.
///
/// The runs between special characters are copied whole: pushing character by character made
/// escaping the largest cost of every emitter. Each language's one escaping function calls this
/// with its own rules.
#[inline]
pub fn escape_into(
    out: &mut String,
    text: &str,
    special: impl Fn(char) -> bool,
    mut escape: impl FnMut(&mut String, char),
) {
    let mut start = 0;
    for (i, c) in text.char_indices() {
        if special(c) {
            out.push_str(&text[start..i]);
            escape(out, c);
            start = i + c.len_utf8();
        }
    }
    out.push_str(&text[start..]);
}

#[cfg(test)]
mod tests {
    use super::{escape_into, keyword};

    #[test]
    fn escape_into_copies_the_runs_between_special_characters() {
        let mut out = String::from(">");
        escape_into(
            &mut out,
            "a\"é\"b",
            |c| c == '"',
            |out, _| out.push_str("\\q"),
        );
        assert_eq!(out, ">a\\qé\\qb");
        let mut plain = String::new();
        escape_into(&mut plain, "ü", |_| false, |_, _| unreachable!());
        assert_eq!(plain, "ü");
    }

    #[test]
    fn keywords_are_valid_for_crates_io() {
        assert_eq!(keyword("amazon_chime").as_deref(), Some("amazon_chime"));
        assert_eq!(keyword("9lives.io").as_deref(), Some("livesio"));
        assert_eq!(keyword("ünïcode").as_deref(), Some("ncode"));
        assert_eq!(keyword("123_"), None);
        assert_eq!(
            keyword("a_provider_id_longer_than_twenty").as_deref(),
            Some("a_provider_id_longer")
        );
    }
}

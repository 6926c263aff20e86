//! The root package `errorcatalog`: the taxonomy (`Category`, `RetryPolicy`), the shared types,
//! the metadata struct `Info`, the interface `ErrorCode`, and the retry helper.

use super::names::{ROOT_PACKAGE, term_constant};
use super::{comment, header, string};
use crate::emit::text::{self, basis, field, schedule, signal, term, terminality};
use crate::model::*;
use std::fmt::Write;

/// `errorcatalog.go`: the package doc, the taxonomy and the shared types.
pub fn taxonomy(catalog: &Catalog) -> String {
    let mut out = header();
    let _ = writeln!(
        out,
        "// Package {ROOT_PACKAGE} is the shared part of the RTC error catalog: the taxonomy, the\n// metadata every code carries, and the retry helper. Each provider's codes are in a package\n// of their own below this one; the package codesets lists them all.\npackage {ROOT_PACKAGE}\n"
    );
    let tax = &catalog.taxonomy;
    term_type(&mut out, "Category", text::CATEGORY, &tax.categories);
    out.push_str(
        "// UserMessage: the default end-user message of the category's codes.\nfunc (c Category) UserMessage() string { return c.term().userMessage }\n\n",
    );
    term_type(
        &mut out,
        "RetryPolicy",
        text::RETRY_POLICY,
        &tax.retry_policies,
    );
    out.push_str(
        "// Schedule: how long to wait before each retry; nil when the policy does not retry on a\n// schedule. Each call returns a new copy.\nfunc (c RetryPolicy) Schedule() *RetrySchedule { return c.term().schedule }\n\n",
    );
    out.push_str(&term_struct());
    out.push_str(&enums());
    out.push_str(&info_struct());
    out.push_str(&interface());
    out
}

/// A taxonomy type: a string type, a constant per term, its texts and its lookup by id.
fn term_type(out: &mut String, ty: &str, summary: &str, terms: &[Term]) {
    let _ = writeln!(
        out,
        "// {ty}: {summary}\ntype {ty} string\n\n// Every {ty}.\nconst ("
    );
    for (i, t) in terms.iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        let name = term_constant(ty, t);
        let _ = writeln!(
            out,
            "\t// {name}: {}: {}\n\t{name} {ty} = {}",
            comment(&t.title),
            comment(&t.meaning),
            string(&t.id.raw)
        );
    }
    out.push_str(")\n\n");
    let _ = writeln!(
        out,
        "// {ty}ByID returns the {ty} with this id, and whether the catalog has it.\nfunc {ty}ByID(id string) ({ty}, bool) {{\n\tc := {ty}(id)\n\t_, ok := c.lookup()\n\treturn c, ok\n}}\n"
    );
    let _ = writeln!(
        out,
        "// ID: {}\nfunc (c {ty}) ID() string {{ return string(c) }}\n",
        term::ID
    );
    let _ = writeln!(
        out,
        "// Title: {}\nfunc (c {ty}) Title() string {{ return c.term().title }}\n",
        term::TITLE
    );
    let _ = writeln!(
        out,
        "// Meaning: {}\nfunc (c {ty}) Meaning() string {{ return c.term().meaning }}\n",
        term::MEANING
    );
    let _ = writeln!(
        out,
        "func (c {ty}) term() term {{\n\tt, _ := c.lookup()\n\treturn t\n}}\n\nfunc (c {ty}) lookup() (term, bool) {{\n\tswitch c {{"
    );
    for t in terms {
        let (message, schedule) = (
            t.user_message.as_deref().unwrap_or(""),
            schedule_literal(t.schedule.as_ref(), ""),
        );
        let _ = writeln!(
            out,
            "\tcase {}:\n\t\treturn term{{{}, {}, {}, {schedule}}}, true",
            term_constant(ty, t),
            string(&t.title),
            string(&t.meaning),
            string(message),
        );
    }
    out.push_str("\t}\n\treturn term{}, false\n}\n\n");
}

fn term_struct() -> String {
    "// term is a category's or retry policy's text.\ntype term struct {\n\ttitle       string\n\tmeaning     string\n\tuserMessage string\n\tschedule    *RetrySchedule\n}\n\n".to_owned()
}

/// `&RetrySchedule{...}` (with `prefix` before the type name), or `nil`.
pub fn schedule_literal(s: Option<&Schedule>, prefix: &str) -> String {
    let Some(s) = s else {
        return "nil".into();
    };
    let jitter = match s.jitter {
        Jitter::Full => "JitterFull",
        Jitter::Equal => "JitterEqual",
        Jitter::None => "JitterNone",
    };
    format!(
        "&{prefix}RetrySchedule{{InitialDelayMs: {}, MultiplierThousandths: {}, MaxDelayMs: {}, Jitter: {prefix}{jitter}, MaxAttempts: {}}}",
        s.initial_delay_ms, s.multiplier_thousandths, s.max_delay_ms, s.max_attempts
    )
}

/// A constant of a string type: its name, its value and its doc.
type Member = (&'static str, &'static str, &'static str);

/// `Basis`, `Terminality`, `Jitter`, and the structs `RetrySchedule`, `RuntimeSignal`, `SignalValue`.
fn enums() -> String {
    let mut out = String::new();
    let groups: [(&str, &str, &[Member]); 3] = [
        (
            "Basis",
            basis::TYPE,
            &[
                ("BasisProvider", "provider", basis::PROVIDER),
                ("BasisCatalog", "catalog", basis::CATALOG),
            ],
        ),
        (
            "Terminality",
            terminality::TYPE,
            &[
                ("TerminalityTerminal", "terminal", terminality::TERMINAL),
                (
                    "TerminalityNotTerminal",
                    "not_terminal",
                    terminality::NOT_TERMINAL,
                ),
                ("TerminalityDepends", "depends", terminality::DEPENDS),
            ],
        ),
        (
            "Jitter",
            schedule::JITTER,
            &[
                ("JitterFull", "full", schedule::FULL),
                ("JitterEqual", "equal", schedule::EQUAL),
                ("JitterNone", "none", schedule::NONE),
            ],
        ),
    ];
    for (ty, summary, members) in groups {
        let _ = writeln!(
            out,
            "// {ty}: {summary}\ntype {ty} string\n\n// Every {ty}.\nconst ("
        );
        for (i, (name, value, doc)) in members.iter().enumerate() {
            if i > 0 {
                out.push('\n');
            }
            let _ = writeln!(out, "\t// {name}: {doc}\n\t{name} {ty} = \"{value}\"");
        }
        out.push_str(")\n\n");
    }
    let fields = |fields: &[(&str, &str, &str)]| -> String {
        fields
            .iter()
            .map(|(name, ty, doc)| format!("\t// {name}: {doc}\n\t{name} {ty}\n"))
            .collect::<Vec<_>>()
            .join("\n")
    };
    let _ = writeln!(
        out,
        "// RetrySchedule: {}\ntype RetrySchedule struct {{\n{}}}\n",
        schedule::TYPE,
        fields(&[
            ("InitialDelayMs", "uint32", schedule::INITIAL_DELAY),
            ("MultiplierThousandths", "uint32", schedule::MULTIPLIER),
            ("MaxDelayMs", "uint32", schedule::MAX_DELAY),
            ("Jitter", "Jitter", schedule::JITTER_FIELD),
            ("MaxAttempts", "uint32", schedule::MAX_ATTEMPTS),
        ])
    );
    let _ = writeln!(
        out,
        "// RuntimeSignal: {}\ntype RuntimeSignal struct {{\n{}}}\n",
        signal::TYPE,
        fields(&[
            ("Name", "string", signal::NAME),
            ("Overrides", "[]string", signal::OVERRIDES),
            ("Values", "[]SignalValue", signal::VALUES),
            ("Meaning", "string", signal::MEANING),
        ])
    );
    let _ = writeln!(
        out,
        "// SignalValue: {}\ntype SignalValue struct {{\n{}}}\n",
        signal::VALUE_TYPE,
        fields(&[
            ("Value", "string", signal::VALUE),
            ("Means", "string", signal::MEANS),
        ])
    );
    out
}

/// The fields of `Info`, in the order the provider packages write them.
pub const INFO_FIELDS: [(&str, &str, &str); 24] = [
    ("Provider", "string", field::PROVIDER),
    ("CodeSet", "string", field::CODE_SET),
    ("CatalogName", "string", field::CATALOG_NAME),
    ("UpstreamName", "string", field::NAME),
    ("Summary", "string", field::SUMMARY),
    ("Cause", "string", field::CAUSE),
    ("When", "[]string", field::WHEN),
    ("Category", "Category", field::CATEGORY),
    ("RetryPolicy", "RetryPolicy", field::RETRY_POLICY),
    ("RetryBasis", "Basis", field::RETRY_BASIS),
    ("Terminality", "Terminality", field::TERMINALITY),
    ("TerminalCondition", "string", field::TERMINAL_CONDITION),
    ("TerminalBasis", "Basis", field::TERMINAL_BASIS),
    ("UserMessage", "string", field::USER_MESSAGE),
    ("UserMessageKey", "string", field::USER_MESSAGE_KEY),
    ("Remediation", "[]string", field::REMEDIATION),
    ("Causes", "[]string", field::CAUSES),
    ("References", "[]string", field::REFERENCES),
    ("Since", "string", field::SINCE),
    ("RetrySchedule", "*RetrySchedule", field::RETRY_SCHEDULE),
    ("RuntimeSignal", "*RuntimeSignal", field::RUNTIME_SIGNAL),
    ("Rationale", "string", field::RATIONALE),
    ("Deprecation", "string", field::DEPRECATED),
    (
        "ProtocolEquivalent",
        "string",
        "The equivalent code in the linked code set as `provider/code_set/NAME` (codesets.Resolve finds it), if any.",
    ),
];

fn info_struct() -> String {
    let fields: Vec<String> = INFO_FIELDS
        .iter()
        .map(|(name, ty, doc)| format!("\t// {name}: {doc}\n\t{name} {ty}\n"))
        .collect();
    format!(
        "// Info: {} Optional texts are empty when the catalog has none. The provider packages\n// share one Info per code: read it, do not change it.\ntype Info struct {{\n{}}}\n\n// IsTerminal: {}\nfunc (i *Info) IsTerminal() bool {{ return i.Terminality == TerminalityTerminal }}\n\n",
        field::INFO,
        fields.join("\n"),
        field::IS_TERMINAL
    )
}

fn interface() -> String {
    "// ErrorCode is implemented by every code set's type, so a retry or messaging policy can be\n// written once for codes from any provider.\ntype ErrorCode interface {\n\t// String returns the name exactly as upstream spells it.\n\tString() string\n\n\t// WireValue returns the wire value: an int32 or a string.\n\tWireValue() any\n\n\t// Info returns everything the catalog says about the code, or nil for a value the catalog\n\t// does not know.\n\tInfo() *Info\n}\n".to_owned()
}

/// `retry.go`: the delay rule of spec/README.md on `RetrySchedule`, and `RetryDelay` on a code.
pub fn retry() -> String {
    format!(
        r#"{header}package {ROOT_PACKAGE}

import "math"

// DelayMs: {delay}
func (s RetrySchedule) DelayMs(attempt int, random float64) (uint32, bool) {{
	if attempt < 1 || uint64(attempt) > uint64(s.MaxAttempts) {{
		return 0, false
	}}
	// Outside [0, 1), NaN included (every comparison with NaN is false), counts as 0.
	r := 0.0
	if random >= 0 && random < 1 {{
		r = random
	}}
	limit := uint64(s.MaxDelayMs)
	delay := min(uint64(s.InitialDelayMs), limit)
	for i := 1; i < attempt; i++ {{
		delay = min(delay*uint64(s.MultiplierThousandths)/1000, limit)
	}}
	jittered := delay
	switch s.Jitter {{
	case JitterFull:
		jittered = uint64(math.Floor(r * float64(delay+1)))
	case JitterEqual:
		half := delay / 2
		jittered = half + uint64(math.Floor(r*float64(delay-half+1)))
	}}
	return uint32(min(jittered, delay)), true
}}

// RetryDelay: {helper}
func RetryDelay(code ErrorCode, attempt int, random float64) (uint32, bool) {{
	info := code.Info()
	if info == nil || info.RetrySchedule == nil {{
		return 0, false
	}}
	return info.RetrySchedule.DelayMs(attempt, random)
}}
"#,
        header = header(),
        delay = schedule::DELAY,
        helper = schedule::HELPER,
    )
}

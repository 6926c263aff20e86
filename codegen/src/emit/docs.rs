//! Markdown docs under `generated/docs/`: an index and one page per provider.
//!
//! Every spec string goes through [`escape`], the one Markdown escaping function (the Rust
//! emitter uses it too, since rustdoc comments are Markdown).

use super::names::{Declared, Kind};
use super::{Out, bindings, notice};
use crate::model::*;
use std::fmt::Write;

/// Escapes text for Markdown: one line (so a table row stays one row), nothing interpreted as
/// emphasis, code, a link, a heading, a table cell boundary or HTML, and no invisible controls.
pub fn escape(text: &str) -> String {
    // Most text needs nothing: one pass to find out, and a copy.
    if needs_nothing(text) {
        return text.to_owned();
    }
    let mut out = String::with_capacity(text.len() + 16);
    for (i, word) in text.split_whitespace().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        // A URL becomes an autolink `<...>`, so no renderer has to guess where it ends.
        let word = match autolink(word) {
            Some((url, rest)) => {
                let _ = write!(out, "<{url}>");
                rest
            }
            None => word,
        };
        escape_word(&mut out, word);
    }
    out
}

/// Whether [`escape`] would give `text` back unchanged: only letters, digits and punctuation
/// that Markdown leaves alone, single spaces inside, and no URL.
fn needs_nothing(text: &str) -> bool {
    let plain = |c: char| c.is_alphanumeric() || PLAIN_PUNCTUATION.contains(c);
    let letters = if text.is_ascii() {
        // One table look-up a byte, for the common case.
        text.bytes().all(|b| PLAIN_ASCII[usize::from(b)])
    } else {
        text.chars().all(plain)
    };
    letters
        && !text.contains("  ")
        && !text.starts_with(' ')
        && !text.ends_with(' ')
        && !text.contains("http")
}

/// The punctuation [`escape`] leaves as it is.
const PLAIN_PUNCTUATION: &str = " .,;:()'\"-/?!=+%@${}^";

/// [`needs_nothing`]'s test for each ASCII byte: letters, digits and [`PLAIN_PUNCTUATION`].
const PLAIN_ASCII: [bool; 128] = {
    let mut table = [false; 128];
    let mut b = 0;
    while b < 128 {
        table[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    let punctuation = PLAIN_PUNCTUATION.as_bytes();
    let mut i = 0;
    while i < punctuation.len() {
        table[punctuation[i] as usize] = true;
        i += 1;
    }
    table
};

/// Appends one word of [`escape`]'s text, escaped; the runs between escapes are copied whole.
fn escape_word(out: &mut String, word: &str) {
    let mut start = 0;
    let mut previous: Option<char> = None;
    for (i, c) in word.char_indices() {
        let end = i + c.len_utf8();
        let special = matches!(
            c,
            '\\' | '`' | '[' | ']' | '*' | '_' | '#' | '|' | '~' | '<' | '>' | '&'
        ) || c.is_control()
            || invisible_in_markdown(c);
        // An underscore inside a word (`SERVER_SHUTDOWN`) never starts emphasis: keep it.
        let inside_word = c == '_'
            && previous.is_some_and(char::is_alphanumeric)
            && word[end..]
                .chars()
                .next()
                .is_some_and(char::is_alphanumeric);
        previous = Some(c);
        if !special || inside_word {
            continue;
        }
        out.push_str(&word[start..i]);
        start = end;
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            c if c.is_control() || invisible_in_markdown(c) => {
                let _ = write!(out, "&#x{:X};", c as u32);
            }
            c => {
                out.push('\\');
                out.push(c);
            }
        }
    }
    out.push_str(&word[start..]);
}

/// Spec text as inline code when it can be (a table cell's pipes escaped, as GitHub reads them),
/// otherwise as escaped text: a code span cannot hold a backtick or a line break.
pub fn code(text: &str) -> String {
    let spannable = !text.is_empty()
        && !text.contains('`')
        && text.trim() == text
        && !text
            .chars()
            .any(|c| c.is_control() || invisible_in_markdown(c));
    if spannable {
        format!("`{}`", text.replace('|', "\\|"))
    } else {
        escape(text)
    }
}

/// Splits a word that starts with an http(s) URL into the URL, as an autolink target, and what
/// follows it (closing punctuation). Characters that would end or break an autolink are
/// percent-encoded, as a browser would send them anyway.
fn autolink(word: &str) -> Option<(String, &str)> {
    if !(word.starts_with("https://") || word.starts_with("http://")) {
        return None;
    }
    let end = word
        .trim_end_matches(['.', ',', ';', ':', ')', '!', '?', '\'', '"'])
        .len();
    let (url, rest) = word.split_at(end);
    let mut encoded = String::with_capacity(url.len());
    for c in url.chars() {
        if c.is_ascii_graphic() && !matches!(c, '<' | '>' | '`' | '\\' | '"' | '|' | '[' | ']') {
            encoded.push(c);
        } else {
            for b in c.to_string().bytes() {
                let _ = write!(encoded, "%{b:02X}");
            }
        }
    }
    Some((encoded, rest))
}

/// Format and bidirectional controls that would hide or reorder text. Joiners (U+200C, U+200D)
/// stay: emoji sequences need them, and they reorder nothing.
fn invisible_in_markdown(c: char) -> bool {
    matches!(c, '\u{200B}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2069}' | '\u{FEFF}')
}

/// The index and one page per provider.
pub fn emit(catalog: &Catalog, out: &mut dyn Out) {
    out.file("docs/README.md".into(), index(catalog));
    out.file("docs/matrix.md".into(), matrix(catalog));
    for provider in &catalog.providers {
        out.file(
            format!("docs/{}.md", provider.id.raw),
            provider_page(catalog, provider),
        );
    }
}

/// Stable anchor of a code set on its provider's page.
pub fn set_anchor(set: &CodeSet) -> String {
    set.id.kebab()
}

/// Stable anchor of a code on its provider's page.
pub fn code_anchor(set: &CodeSet, code: &Code) -> String {
    // Set ids and names never hold `--`, so the double hyphen keeps every anchor unique.
    format!("{}--{}", set.id.kebab(), code.name.kebab())
}

/// The pages and, on each provider page, the anchors the docs write; page names compare in
/// lower case, as on a case-insensitive file system.
pub fn declared(catalog: &Catalog) -> Vec<Declared> {
    let pages = "docs `docs/`";
    let mut out = vec![
        Declared::builtin(pages, "readme", "page", "the index `README.md`".into()),
        Declared::builtin(pages, "matrix", "page", "the page `matrix.md`".into()),
    ];
    for p in &catalog.providers {
        let item = format!("provider `{}`", p.id.raw);
        out.push(Declared::spec(
            pages,
            p.id.raw.to_lowercase(),
            "page",
            item,
            Kind::Provider,
            &p.defined_at,
        ));
        let scope = format!("docs page `{}.md`", p.id.raw);
        for set in &p.code_sets {
            let item = format!("code set `{}`", set.id.raw);
            out.push(Declared::spec(
                &scope,
                set_anchor(set),
                "anchor",
                item,
                Kind::CodeSet,
                &set.defined_at,
            ));
            for code in &set.codes {
                let item = format!("code `{}`", code.name.raw);
                out.push(Declared::spec(
                    &scope,
                    code_anchor(set, code),
                    "anchor",
                    item,
                    Kind::Code,
                    &code.defined_at,
                ));
            }
        }
    }
    out
}

fn value_text(value: &Value) -> String {
    match value {
        Value::Integer(i) => i.to_string(),
        Value::String(s) => format!("\"{}\"", escape(s)),
    }
}

fn source_text(source: &Source) -> String {
    let version = escape(&source.version);
    let mut s = match (&source.repository, &source.commit) {
        (Some(repo), Some(commit)) => format!(
            "[{}](https://github.com/{repo}/tree/{commit}) {version} (commit `{}`)",
            escape(repo),
            &commit[..12.min(commit.len())]
        ),
        (Some(repo), None) => format!("[{}](https://github.com/{repo}) {version}", escape(repo)),
        (None, _) => format!(
            "{version} ({})",
            escape(source.homepage.as_deref().unwrap_or(""))
        ),
    };
    if let Some(v) = &source.verify {
        let _ = write!(
            s,
            ", package {}",
            code(&format!("{}:{}@{}", v.registry, v.name, v.version))
        );
    }
    s
}

/// How the catalog was checked against upstream: by the conformance test where the spec
/// declares one (naming the package, its version and where the members are read), otherwise
/// by hand against a pinned commit.
fn verification(set: &CodeSet) -> String {
    let s = &set.source;
    match (&s.verify, &s.commit) {
        (Some(v), _) => format!(
            "Verified against {} {}, {} {}{}, by the conformance test (`tests/conformance`), on every `cargo xtask test`.\n",
            code(&format!("{}:{}", v.registry, v.name)),
            escape(&v.version),
            v.reads,
            code(&v.target),
            verdicts_text(&v.verdict_fields),
        ),
        (None, Some(commit)) => format!(
            "Not verified by a test: no conformance check is declared; checked by hand against commit `{}` (see \"Updating a provider\" in the README).\n",
            &commit[..12.min(commit.len())]
        ),
        (None, None) => {
            "Not verified by a test: no conformance check is declared and no commit is pinned; checked by hand.\n".to_owned()
        }
    }
}

/// `, with the package's own verdict on `terminal` and `failure``, or nothing.
fn verdicts_text(fields: &[String]) -> String {
    if fields.is_empty() {
        return String::new();
    }
    let names: Vec<String> = fields.iter().map(|f| code(f)).collect();
    let plural = if names.len() > 1 { "s" } else { "" };
    format!(
        ", with the package's own verdict{plural} on {}",
        names.join(" and ")
    )
}

fn index(catalog: &Catalog) -> String {
    let mut out = format!("<!-- {} -->\n\n# RTC error catalog\n\n", notice());
    let _ = writeln!(
        out,
        "Version {} ([changelog](../CHANGELOG.md)).\n",
        escape(&catalog.package.version)
    );
    let _ = writeln!(
        out,
        "{} providers, {} code sets, {} codes. Each provider page has a table per code set and a section per code; [Across providers](matrix.md) groups them by category and lists equivalent codes.\n",
        catalog.providers.len(),
        catalog.code_set_count(),
        catalog.code_count()
    );
    out.push_str("| Provider | Code set | Upstream symbol | Values | Codes | Upstream source |\n");
    out.push_str("|---|---|---|---|---:|---|\n");
    for p in &catalog.providers {
        for set in &p.code_sets {
            let _ = writeln!(
                out,
                "| [{}]({}.md) | [`{}`]({}.md#{}) | {} | {} | {} | {} |",
                escape(&p.name),
                p.id.raw,
                set.id.raw,
                p.id.raw,
                set_anchor(set),
                code(&set.source.symbol),
                match set.values {
                    ValueKind::Integer => "integer",
                    ValueKind::String => "string",
                },
                set.codes.len(),
                source_text(&set.source)
            );
        }
    }
    out.push_str(&bindings_section());
    out.push_str("\n## Categories\n\nThe catalog's own classification of what a code reports, the same for every provider.\n\n| Id | Category | Meaning |\n|---|---|---|\n");
    for t in &catalog.taxonomy.categories {
        let _ = writeln!(
            out,
            "| `{}` | {} | {} |",
            t.id.raw,
            escape(&t.title),
            escape(&t.meaning)
        );
    }
    out.push_str("\n## Retry policies\n\nWhat an app should do about a code. Each code says whether its policy is documented by the provider or is the catalog's own classification.\n\n| Id | Policy | Meaning |\n|---|---|---|\n");
    for t in &catalog.taxonomy.retry_policies {
        let _ = writeln!(
            out,
            "| `{}` | {} | {} |",
            t.id.raw,
            escape(&t.title),
            escape(&t.meaning)
        );
    }
    out
}

/// A Markdown link to a code's section on its provider's page.
fn code_link(catalog: &Catalog, r: CodeRef) -> String {
    let (p, set, code) = catalog.code(r);
    format!(
        "[`{}`]({}.md#{})",
        set.upstream_name(code),
        p.id.raw,
        code_anchor(set, code)
    )
}

/// The cross-provider page: every category with each provider's codes in it, and the groups of
/// equivalent codes.
fn matrix(catalog: &Catalog) -> String {
    let tax = &catalog.taxonomy;
    let mut out = format!(
        "<!-- {} -->\n\n# Across providers\n\n[All providers](README.md)\n\n",
        notice()
    );
    out.push_str("The catalog's own classification, the same for every provider: what kind of event each code reports, and which codes of different providers report the same event. Write retry and messaging policy once against these.\n\n## By category\n\n");
    for category in &tax.categories {
        let _ = writeln!(
            out,
            "- [{}](#{})",
            escape(&category.title),
            category.id.kebab()
        );
    }
    for (ci, category) in tax.categories.iter().enumerate() {
        let _ = write!(
            out,
            "\n### <a id=\"{}\"></a>{}\n\n{}\n\n",
            category.id.kebab(),
            escape(&category.title),
            escape(&category.meaning)
        );
        out.push_str("| Provider | Codes |\n|---|---|\n");
        let mut rows = 0;
        for (pi, p) in catalog.providers.iter().enumerate() {
            let links: Vec<String> = p
                .code_sets
                .iter()
                .enumerate()
                .flat_map(|(si, set)| {
                    set.codes
                        .iter()
                        .enumerate()
                        .filter(|(_, c)| c.category == ci)
                        .map(move |(k, _)| CodeRef {
                            set: CodeSetRef {
                                provider: pi,
                                code_set: si,
                            },
                            code: k,
                        })
                })
                .map(|r| code_link(catalog, r))
                .collect();
            if !links.is_empty() {
                let _ = writeln!(
                    out,
                    "| [{}]({}.md) | {} |",
                    escape(&p.name),
                    p.id.raw,
                    links.join(", ")
                );
                rows += 1;
            }
        }
        if rows == 0 {
            out.push_str("| (none) | |\n");
        }
    }
    out.push_str("\n## Equivalent codes\n\nCodes of different providers that report the same event (the catalog's judgement).\n");
    for group in &tax.equivalents {
        let _ = write!(
            out,
            "\n### <a id=\"{}\"></a>{}\n\n{}\n\n",
            group.id.kebab(),
            escape(&group.title),
            escape(&group.meaning)
        );
        out.push_str("| Provider | Code set | Code | Category | Retry | Terminal |\n|---|---|---|---|---|---|\n");
        for &r in &group.codes {
            let (p, set, code) = catalog.code(r);
            let _ = writeln!(
                out,
                "| {} | `{}` | {} | {} | {} | {} |",
                escape(&p.name),
                set.id.raw,
                code_link(catalog, r),
                escape(&tax.categories[code.category].title),
                escape(&tax.retry_policies[code.retry].title),
                terminal_word(&code.terminal)
            );
        }
    }
    out
}

fn provider_page(catalog: &Catalog, provider: &Provider) -> String {
    let tax = &catalog.taxonomy;
    let mut out = format!("<!-- {} -->\n\n# {}\n\n", notice(), escape(&provider.name));
    out.push_str("[All providers](README.md)\n\n");
    for set in &provider.code_sets {
        let _ = writeln!(
            out,
            "- [`{}`](#{}): {}",
            set.id.raw,
            set_anchor(set),
            escape(&set.summary)
        );
    }
    for set in &provider.code_sets {
        let _ = write!(
            out,
            "\n## <a id=\"{}\"></a>`{}`\n\n{}\n\nUpstream: {} in {}",
            set_anchor(set),
            set.id.raw,
            escape(&set.summary),
            code(&set.source.symbol),
            source_text(&set.source)
        );
        if let Some(path) = &set.source.path {
            let _ = write!(out, ", file {}", code(path));
        }
        out.push_str(".\n\n");
        out.push_str(&in_code(provider, set));
        out.push_str(&verification(set));
        out.push('\n');
        if !set.notes.is_empty() {
            out.push_str("\nNotes:\n\n");
            for note in &set.notes {
                let _ = writeln!(out, "- {}", escape(note));
            }
        }
        out.push_str("\n| Value | Name | Category | Retry | Terminal | Summary |\n|---:|---|---|---|---|---|\n");
        for code in &set.codes {
            let _ = writeln!(
                out,
                "| {} | [`{}`](#{}) | {} | {} | {} | {} |",
                value_text(&code.value),
                set.upstream_name(code),
                code_anchor(set, code),
                escape(&tax.categories[code.category].title),
                escape(&tax.retry_policies[code.retry].title),
                terminal_word(&code.terminal),
                escape(&code.summary)
            );
        }
        if !set.retired.is_empty() {
            out.push_str("\nRetired codes (kept so their names and values are never mistaken for current ones):\n\n| Value | Name | Retired in | Reason |\n|---:|---|---|---|\n");
            for t in &set.retired {
                let reused = t
                    .value_reused_by
                    .as_ref()
                    .map(|r| format!(" The value now belongs to `{r}`."))
                    .unwrap_or_default();
                let _ = writeln!(
                    out,
                    "| {} | `{}{}` | {} | {}{} |",
                    value_text(&t.value),
                    set.name_prefix,
                    t.name,
                    escape(&t.retired_in),
                    escape(&t.reason),
                    reused
                );
            }
        }
        for code in &set.codes {
            code_section(catalog, provider, set, code, &mut out);
        }
    }
    out
}

/// `yes`, `no` or `depends` in the tables; a `depends` code's section gives the condition.
/// The set's type in every binding, so a reader can go from the docs to the code.
fn in_code(provider: &Provider, set: &CodeSet) -> String {
    let types: Vec<String> = bindings::BINDINGS
        .iter()
        .map(|b| format!("{} {}", b.name, code(&(b.set_type)(provider, set))))
        .collect();
    format!("In code: {}.\n\n", types.join(", "))
}

/// The bindings, each with its folder: the same codes in every language an RTC team ships.
fn bindings_section() -> String {
    let mut out = String::from(
        "\n## Bindings\n\nThe same codes and metadata in every language, generated from the same spec (the repository README says how to depend on each):\n\n",
    );
    for b in bindings::BINDINGS {
        let (name, folder, what) = (b.name, b.folder, b.what);
        let _ = writeln!(out, "- {name}: [`generated/{folder}`](../{folder}), {what}");
    }
    out.push_str("- Any other language: [`generated/catalog.json`](../catalog.json), described by [`generated/schema/catalog.schema.json`](../schema/catalog.schema.json)\n");
    out
}

fn terminal_word(t: &Terminality) -> &'static str {
    match t {
        Terminality::Terminal => "yes",
        Terminality::NotTerminal => "no",
        Terminality::Depends { .. } => "depends",
    }
}

fn code_section(
    catalog: &Catalog,
    provider: &Provider,
    set: &CodeSet,
    code: &Code,
    out: &mut String,
) {
    let tax = &catalog.taxonomy;
    let _ = write!(
        out,
        "\n### <a id=\"{}\"></a>`{}` = {}\n\n{}\n\n",
        code_anchor(set, code),
        set.upstream_name(code),
        value_text(&code.value),
        escape(&code.summary),
    );
    out.push_str(&super::docs_guidance::before(provider, set, code));
    let _ = write!(
        out,
        "**Cause:** {}\n\n**When it occurs:**\n\n",
        escape(&code.cause)
    );
    for w in &code.when {
        for part in ["- ", &escape(w), "\n"] {
            out.push_str(part);
        }
    }
    out.push_str(&super::docs_guidance::after(code));
    let _ = writeln!(
        out,
        "\n| Category | Retry | Terminal |\n|---|---|---|\n| {} | {} ({}) | {} ({}) |",
        escape(&tax.categories[code.category].title),
        escape(&tax.retry_policies[code.retry].title),
        code.retry_basis.as_str(),
        terminal_word(&code.terminal),
        code.terminal_basis.as_str()
    );
    if let Some(condition) = code.terminal.condition() {
        let _ = writeln!(out, "\n**Terminal when:** {}", escape(condition));
    }
    if code.failure == Some(true) || code.failure == Some(false) {
        let _ = writeln!(
            out,
            "\nThe SDK counts it as a failure: {}.",
            if code.failure == Some(true) {
                "yes"
            } else {
                "no"
            }
        );
    }
    if let Some(r) = &code.rationale {
        let _ = writeln!(out, "\n**Catalog's reasoning:** {}", escape(r));
    }
    if let Some(link) = code.protocol_equivalent {
        let (target_provider, target_set, target) = catalog.code(link);
        let page = if std::ptr::eq(target_provider, provider) {
            String::new()
        } else {
            format!("{}.md", target_provider.id.raw)
        };
        let _ = writeln!(
            out,
            "\n**Protocol equivalent:** [`{}`]({page}#{}) in `{}`",
            target_set.upstream_name(target),
            code_anchor(target_set, target),
            target_set.id.raw
        );
    }
    if let Some(d) = &code.deprecated {
        let _ = writeln!(out, "\n**Deprecated upstream:** {}", escape(d));
    }
}

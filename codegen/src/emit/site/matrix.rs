//! The matrix as HTML tables: categories against providers and retry policies against
//! providers, each cell the number of codes, linking to the search filtered to them.

use super::escape::html;
use crate::model::*;
use std::fmt::Write;

/// Both tables.
pub fn tables(catalog: &Catalog) -> String {
    let tax = &catalog.taxonomy;
    let mut out = table(
        catalog,
        "Codes by category and provider",
        "category",
        &tax.categories,
        |c| c.category,
    );
    out.push_str(&table(
        catalog,
        "Codes by retry policy and provider",
        "retry",
        &tax.retry_policies,
        |c| c.retry,
    ));
    out
}

/// One table: a row per term, a column per provider, and the totals.
fn table(
    catalog: &Catalog,
    caption: &str,
    filter: &str,
    terms: &[Term],
    term_of: fn(&Code) -> usize,
) -> String {
    let providers = &catalog.providers;
    let count = |term: usize, provider: Option<&Provider>| -> usize {
        providers
            .iter()
            .filter(|p| provider.is_none_or(|only| std::ptr::eq(*p, only)))
            .flat_map(|p| &p.code_sets)
            .flat_map(|s| &s.codes)
            .filter(|c| term_of(c) == term)
            .count()
    };
    let mut out = format!(
        "<div class=\"scroll\" tabindex=\"0\" role=\"group\" aria-label=\"{}\">\n<table class=\"matrix\">\n<caption>{}</caption>\n<thead><tr><th scope=\"col\">{}</th>",
        html(caption),
        html(caption),
        if filter == "category" {
            "Category"
        } else {
            "Retry policy"
        }
    );
    for p in providers {
        let _ = write!(out, "<th scope=\"col\">{}</th>", html(&p.name));
    }
    out.push_str("<th scope=\"col\">All</th></tr></thead>\n<tbody>\n");
    for (i, term) in terms.iter().enumerate() {
        let _ = write!(out, "<tr><th scope=\"row\">{}</th>", html(&term.title));
        for p in providers {
            let n = count(i, Some(p));
            let query = format!("provider={}&{filter}={}", p.id.raw, term.id.raw);
            out.push_str(&cell(n, &query, &format!("{}, {}", p.name, term.title)));
        }
        let query = format!("{filter}={}", term.id.raw);
        out.push_str(&cell(count(i, None), &query, &term.title));
        out.push_str("</tr>\n");
    }
    out.push_str("</tbody>\n</table>\n</div>\n");
    out
}

/// A count linking to the filtered search; an empty cell for none.
fn cell(n: usize, query: &str, label: &str) -> String {
    if n == 0 {
        return "<td class=\"n0\"><span class=\"none\">0</span></td>".to_owned();
    }
    let heat = match n {
        1..=2 => 1,
        3..=9 => 2,
        10..=29 => 3,
        _ => 4,
    };
    format!(
        "<td class=\"n{heat}\"><a href=\"#?{}\" aria-label=\"{n} codes: {}\">{n}</a></td>",
        html(query),
        html(label)
    )
}

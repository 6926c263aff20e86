//! `site/`: the searchable error dictionary, a static page that works opened from disk
//! (`file://`) and served as plain files, fetching nothing.
//!
//! `index.html` holds the page shell, the filters and the matrix (plain HTML, escaped by
//! [`escape::html`]) and the data the script searches (JSON in a
//! `<script type="application/json">` block, escaped by [`escape::script_json`]). `site.js`
//! renders every piece of spec text with `textContent`, never as markup, so text stays inert.
//! `site.js` and `site.css` are fixed files, the same for every catalog.

pub mod data;
pub mod escape;
mod matrix;

use super::{Out, notice};
use crate::model::*;
use escape::html;
use std::fmt::Write;

/// `site/index.html`, `site/site.js`, `site/site.css`.
pub fn emit(catalog: &Catalog, out: &mut dyn Out) {
    out.file("site/index.html".to_owned(), page(catalog));
    out.file(
        "site/site.js".to_owned(),
        format!("// {}\n{}", notice(), include_str!("site.js")),
    );
    out.file(
        "site/site.css".to_owned(),
        format!("/* {} */\n{}", notice(), include_str!("site.css")),
    );
}

/// The whole page.
fn page(catalog: &Catalog) -> String {
    let version = html(&catalog.package.version);
    let mut out = format!(
        "<!DOCTYPE html>\n<!-- {} -->\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>RTC error catalog {version}: error dictionary</title>\n\
         <link rel=\"icon\" href=\"data:,\">\n<link rel=\"stylesheet\" href=\"site.css\">\n</head>\n<body>\n\
         <a class=\"skip\" href=\"#main\">Skip to content</a>\n\
         <header>\n<p class=\"brand\">RTC error catalog <span class=\"version\">{version}</span></p>\n\
         <nav aria-label=\"Sections\"><a href=\"#?\">Search</a> <a href=\"#matrix\">Matrix</a></nav>\n</header>\n\
         <main id=\"main\" tabindex=\"-1\">\n",
        html(&notice()),
    );
    out.push_str(&search_view(catalog));
    out.push_str(
        "<section id=\"entry-view\" hidden aria-label=\"Error code\"></section>\n\
         <section id=\"matrix-view\" hidden aria-labelledby=\"matrix-title\">\n\
         <h1 id=\"matrix-title\">Codes by provider</h1>\n\
         <p>Each number is a count of codes; follow it to the list.</p>\n",
    );
    out.push_str(&matrix::tables(catalog));
    let _ = write!(
        out,
        "</section>\n</main>\n<footer>\n<p>{} providers, {} code sets, {} codes. Generated from the YAML catalog; \
         the same data ships as packages for Rust, TypeScript, Kotlin, Go, C and Python, and as catalog.json.</p>\n</footer>\n\
         <script type=\"application/json\" id=\"catalog-data\">{}</script>\n\
         <script src=\"site.js\"></script>\n</body>\n</html>\n",
        catalog.providers.len(),
        catalog.code_set_count(),
        catalog.code_count(),
        escape::script_json(&data::to_json(catalog)),
    );
    out
}

/// The search form with its filters, the result count and the (script-filled) results table.
fn search_view(catalog: &Catalog) -> String {
    let tax = &catalog.taxonomy;
    let providers: Vec<(&str, &str)> = catalog
        .providers
        .iter()
        .map(|p| (p.id.raw.as_str(), p.name.as_str()))
        .collect();
    let categories = titles(&tax.categories);
    let policies = titles(&tax.retry_policies);
    let terminal = [
        ("terminal", "Terminal"),
        ("not_terminal", "Not terminal"),
        ("depends", "Depends"),
    ];
    let mut out = String::from(
        "<section id=\"search-view\" aria-labelledby=\"search-title\">\n\
         <h1 id=\"search-title\">Search the error codes</h1>\n\
         <noscript><p>The search needs JavaScript; the same entries are in docs/ as Markdown.</p></noscript>\n\
         <form id=\"search-form\" role=\"search\">\n\
         <div class=\"field wide\"><label for=\"q\">Value, name or text</label>\
         <input id=\"q\" name=\"q\" type=\"search\" autocomplete=\"off\" spellcheck=\"false\"></div>\n",
    );
    out.push_str(&select("provider", "Provider", "All providers", &providers));
    out.push_str(&select(
        "category",
        "Category",
        "All categories",
        &categories,
    ));
    out.push_str(&select("retry", "Retry policy", "All policies", &policies));
    out.push_str(&select("terminal", "Terminal", "Any", &terminal));
    out.push_str(
        "</form>\n<p id=\"count\" role=\"status\"></p>\n\
         <table id=\"results\" class=\"results\">\n<caption class=\"visually-hidden\">Matching codes</caption>\n\
         <thead><tr><th scope=\"col\">Code</th><th scope=\"col\">Value</th><th scope=\"col\">Provider and code set</th>\
         <th scope=\"col\">User message</th><th scope=\"col\">Retry</th></tr></thead>\n<tbody></tbody>\n</table>\n\
         <p><button id=\"more\" type=\"button\" hidden>Show all</button></p>\n\
         </section>\n",
    );
    out
}

/// A labelled `<select>` of ids and titles, with an "all" option first.
fn select(id: &str, label: &str, all: &str, options: &[(&str, &str)]) -> String {
    let mut out = format!(
        "<div class=\"field\"><label for=\"{id}\">{label}</label><select id=\"{id}\" name=\"{id}\">\
         <option value=\"\">{all}</option>"
    );
    for (value, title) in options {
        let _ = write!(
            out,
            "<option value=\"{}\">{}</option>",
            html(value),
            html(title)
        );
    }
    out.push_str("</select></div>\n");
    out
}

/// Each term's id and title, for a `<select>`.
fn titles(terms: &[Term]) -> Vec<(&str, &str)> {
    terms
        .iter()
        .map(|t| (t.id.raw.as_str(), t.title.as_str()))
        .collect()
}

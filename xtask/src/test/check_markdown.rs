//! The generated Markdown of every tree: one table row per code, and every row of every table,
//! on every page, has as many cells as its header, whatever the spec's text holds.

use super::trees::{Tally, Tree};

/// Runs the table checks on every tree's `docs/`.
pub fn check(trees: &[Tree], tally: &mut Tally) -> Result<(), String> {
    for tree in trees {
        check_tree(tree, tally)?;
    }
    Ok(())
}

fn check_tree(tree: &Tree, tally: &mut Tally) -> Result<(), String> {
    let docs = tree.out.join("docs");
    let read = |page: &str| {
        std::fs::read_to_string(docs.join(page)).map_err(|e| format!("docs/{page}: {e}"))
    };
    for provider in &tree.catalog.providers {
        let page = read(&format!("{}.md", provider.id.raw))?;
        for set in &provider.code_sets {
            let anchor = format!("](#{}--", set.id.kebab());
            let rows = page
                .lines()
                .filter(|l| l.starts_with("| ") && l.ends_with(" |") && l.contains(&anchor))
                .count();
            let result = if rows == set.codes.len() {
                Ok((1, 0))
            } else {
                Err(format!(
                    "{rows} table rows for {} codes of {}",
                    set.codes.len(),
                    set.id.raw
                ))
            };
            tally.add(&format!("{}: markdown rows", tree.name), result);
        }
    }
    let pages = rtc_codegen::write::files_under(&docs, &|_| false).map_err(|e| e.to_string())?;
    for page in pages.iter().filter(|p| p.ends_with(".md")) {
        let result = table_shape(&read(page)?)
            .map(|tables| (tables, 0))
            .map_err(|e| format!("docs/{page}: {e}"));
        tally.add(&format!("{}: markdown tables", tree.name), result);
    }
    Ok(())
}

/// Cells in a Markdown table row: pipes that a backslash does not escape, minus one.
fn cells(row: &str) -> usize {
    let mut count: usize = 0;
    let mut escaped = false;
    for c in row.chars() {
        match c {
            '\\' if !escaped => escaped = true,
            '|' if !escaped => count += 1,
            _ => escaped = false,
        }
        if c != '\\' {
            escaped = false;
        }
    }
    count.saturating_sub(1)
}

/// Checks that every table of a page keeps its header's number of cells; returns the tables.
fn table_shape(page: &str) -> Result<usize, String> {
    let mut tables = 0;
    let mut header: Option<usize> = None;
    for (n, line) in page.lines().enumerate() {
        if !line.starts_with('|') {
            header = None;
            continue;
        }
        match header {
            None => {
                header = Some(cells(line));
                tables += 1;
            }
            Some(h) if cells(line) != h => {
                return Err(format!(
                    "line {} has {} cells, its table {h}",
                    n + 1,
                    cells(line)
                ));
            }
            Some(_) => {}
        }
    }
    Ok(tables)
}

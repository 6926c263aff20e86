//! `dist/` is what tsc makes of `src/`: each tree's committed `dist/` holds exactly the files tsc
//! emitted, each the same once both are formatted by prettier (formatting is not what is
//! compared), blank lines and line comments aside.
//!
//! prettier is the slow part (seconds per tree), and its own cache cannot serve fresh copies, so
//! a tree whose compared files, prettier config and prettier version are unchanged since it
//! passed is served from a pass record (`cache::Record`); the others are formatted in one run.

use super::super::cache::Record;
use super::super::check_python::npm_version;
use super::super::process::{bin, run, toolchain_dir};
use super::super::trees::{Tally, Tree};
use super::compiled_dir;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// Checks every tree whose source compiled.
pub fn check(trees: &[&Tree], tally: &mut Tally) -> Result<(), String> {
    let version = npm_version(&toolchain_dir().join("node_modules/prettier/package.json"))?;
    let mut pending: Vec<(&Tree, Record)> = Vec::new();
    for &tree in trees {
        let package = tree.out.join("typescript");
        let inputs = [
            compiled_dir(tree),
            package.join("src"),
            package.join("dist"),
            package.join(".prettierrc.json"),
        ];
        let inputs: Vec<&Path> = inputs.iter().map(PathBuf::as_path).collect();
        let record = Record::new(
            &format!("ts/{}/dist-agrees", tree.name.replace(' ', "-")),
            &inputs,
            &format!("prettier {version}"),
        )?;
        if record.passed_before() {
            tally.add(&label(tree), Ok((1, 0)));
        } else {
            pending.push((tree, record));
        }
    }
    println!(
        "  typescript: dist/ = tsc of src/ served from pass records for {} of {} trees (inputs unchanged), compared for {}",
        trees.len() - pending.len(),
        trees.len(),
        pending.len()
    );
    let mut prepared = Vec::new();
    for (tree, record) in pending {
        match prepare(tree) {
            Ok(files) => prepared.push((tree, record, files)),
            Err(e) => tally.add(&label(tree), Err(e)),
        }
    }
    let formatted = format_all(&prepared);
    for (tree, record, files) in prepared {
        let result = match &formatted {
            Ok(()) => compare(tree, &files),
            Err(e) => Err(e.clone()),
        };
        if result.is_ok() {
            record.passed();
        }
        tally.ran(&label(tree), result);
    }
    Ok(())
}

fn label(tree: &Tree) -> String {
    format!("{}: typescript dist/ is what tsc makes of src/", tree.name)
}

/// Where a tree's two sides are formatted: `compiled/` (tsc's) and `committed/` (dist/).
fn sides(tree: &Tree) -> (PathBuf, PathBuf) {
    let base = tree.scratch.join("ts-agree");
    (base.join("compiled"), base.join("committed"))
}

/// Copies both sides for formatting when tsc emitted exactly the files `dist/` ships; returns
/// them. tsc's output folder is kept for `--build`, so files of sources since removed are left
/// out: only outputs of a current `src/*.ts` count.
fn prepare(tree: &Tree) -> Result<Vec<String>, String> {
    let package = tree.out.join("typescript");
    let list = |dir: &Path| {
        rtc_codegen::write::files_under(dir, &|_| false)
            .map_err(|e| format!("{}: {e}", dir.display()))
    };
    let compiled = compiled_dir(tree);
    let has_source = |file: &String| {
        let stem = file
            .strip_suffix(".d.ts")
            .or_else(|| file.strip_suffix(".js"))
            .unwrap_or(file);
        package.join("src").join(format!("{stem}.ts")).is_file()
    };
    let expected: Vec<String> = list(&compiled)?.into_iter().filter(has_source).collect();
    let shipped: Vec<String> = list(&package.join("dist"))?.into_iter().collect();
    if expected != shipped {
        return Err(format!("dist/ has {shipped:?}, tsc emits {expected:?}"));
    }
    let (ours, theirs) = sides(tree);
    for (from, to) in [(&compiled, &ours), (&package.join("dist"), &theirs)] {
        let _ = std::fs::remove_dir_all(to);
        std::fs::create_dir_all(to).map_err(|e| e.to_string())?;
        for file in &expected {
            std::fs::copy(from.join(file), to.join(file))
                .map_err(|e| format!("{}: {e}", from.join(file).display()))?;
        }
    }
    Ok(expected)
}

/// Both sides of every prepared tree through prettier, one run per distinct prettier config
/// (every tree's is the emitter's, so in practice one run).
fn format_all(prepared: &[(&Tree, Record, Vec<String>)]) -> Result<(), String> {
    let mut by_config: BTreeMap<String, (String, Vec<String>)> = BTreeMap::new();
    for (tree, _, _) in prepared {
        let config = tree.out.join("typescript/.prettierrc.json");
        let text = std::fs::read_to_string(&config).unwrap_or_default();
        let (ours, theirs) = sides(tree);
        let entry = by_config
            .entry(text)
            .or_insert_with(|| (config.display().to_string(), Vec::new()));
        entry.1.push(ours.display().to_string());
        entry.1.push(theirs.display().to_string());
    }
    for (config, folders) in by_config.values() {
        let mut args = vec!["--write", "--config", config, "--ignore-path", "/dev/null"];
        args.extend(folders.iter().map(String::as_str));
        run("prettier", &bin("prettier"), &args)?;
    }
    Ok(())
}

/// Whether each formatted file is the same on both sides.
fn compare(tree: &Tree, files: &[String]) -> Result<String, String> {
    let (ours, theirs) = sides(tree);
    let read = |dir: &Path, file: &str| std::fs::read_to_string(dir.join(file)).unwrap_or_default();
    let differ: Vec<&str> = files
        .iter()
        .filter(|f| normalized(&read(&ours, f)) != normalized(&read(&theirs, f)))
        .map(String::as_str)
        .collect();
    if differ.is_empty() {
        Ok(format!("{} files agree", files.len()))
    } else {
        Err(format!(
            "dist/ differs from tsc's output of src/ in {}",
            differ.join(", ")
        ))
    }
}

/// The lines that carry code or doc comments (no blank lines, no `//` comments), with
/// `\u{...}` escapes read as their characters: tsc spells literal types with the raw character
/// where the emitter escapes invisible ones.
fn normalized(text: &str) -> Vec<String> {
    text.lines()
        .map(str::trim_end)
        .filter(|l| !l.is_empty() && !l.trim_start().starts_with("//"))
        .map(unescape_code_points)
        .collect()
}

fn unescape_code_points(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut rest = line;
    while let Some(at) = rest.find("\\u{") {
        out.push_str(&rest[..at]);
        let after = &rest[at + 3..];
        let decoded = after.find('}').and_then(|end| {
            let c = char::from_u32(u32::from_str_radix(&after[..end], 16).ok()?)?;
            Some((c, end))
        });
        match decoded {
            Some((c, end)) => {
                out.push(c);
                rest = &after[end + 1..];
            }
            None => {
                out.push_str(&rest[at..at + 3]);
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

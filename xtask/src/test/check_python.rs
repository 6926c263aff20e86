//! The generated Python package of every tree: `ruff check` and `ruff format --check` once over
//! all trees, pyright in strict mode once over all trees (an execution environment per tree, so
//! each resolves its own `rtc_error_catalog`; served from pass records for unchanged trees), `mypy --strict` per tree (mypy cannot hold two
//! packages of one name in a run; its cache keeps warm runs short), and the vectors harness.
//!
//! mypy and ruff are pinned in tests/python/requirements.txt and installed into
//! tests/.build/python/venv; pyright is pinned in tests/toolchain/package.json (the npm
//! package is the checker itself; PyPI's `pyright` is a wrapper that downloads it at run time).

use super::cache::Record;
use super::process::{
    bin, build_dir, harness, npm_ci, python_tools_venv, run, run_in, toolchain_dir,
};
use super::trees::{Tally, Tree};
use std::path::{Path, PathBuf};

/// Runs every Python check on every tree.
pub fn check(trees: &[Tree], tally: &mut Tally) -> Result<(), String> {
    let root = crate::root();
    let scratch = build_dir("python");
    let python = python_tools_venv()?;
    npm_ci(&toolchain_dir())?;
    let tool = |name: &str| scratch.join("venv/bin").join(name).display().to_string();
    let packages: Vec<String> = trees.iter().map(|t| show(&package(t))).collect();
    let ruff_cache = show(&scratch.join("ruff-cache"));
    let mut args = vec!["check", "--no-fix", "--cache-dir", &ruff_cache];
    args.extend(packages.iter().map(String::as_str));
    tally.ran(
        "every tree: ruff check",
        run("ruff check", &tool("ruff"), &args),
    );
    let mut args = vec!["format", "--check", "--cache-dir", &ruff_cache];
    args.extend(packages.iter().map(String::as_str));
    tally.ran(
        "every tree: ruff format --check",
        run("ruff format", &tool("ruff"), &args),
    );
    tally.ran("every tree: pyright --strict", pyright(trees, &scratch));
    for tree in trees {
        let label = |what: &str| format!("{}: python {what}", tree.name);
        let cache = show(&tree.scratch.join("mypy-cache"));
        let args = ["--strict", "--cache-dir", &cache, "src"];
        tally.ran(
            &label("mypy --strict"),
            run_in(&package(tree), &label("mypy"), &tool("mypy"), &args),
        );
        let script = show(&root.join("tests/python/vectors.py"));
        let src = show(&package(tree).join("src"));
        let args = ["-I", "-B", &script, &tree.catalog_json(), &src];
        tally.add(
            &label("vectors"),
            harness(&label("vectors"), &python, &args).map(|(p, f, _)| (p, f)),
        );
    }
    Ok(())
}

/// pyright in strict mode, once, over every tree it has not passed on as it is now. pyright keeps
/// no cache of its own, and is the slowest check here: a tree whose `src/` is unchanged since
/// pyright passed on it, with the same pyright and flags, is served from its pass record.
fn pyright(trees: &[Tree], scratch: &Path) -> Result<String, String> {
    let version = npm_version(&toolchain_dir().join("node_modules/pyright/package.json"))?;
    let mut pending = Vec::new();
    for tree in trees {
        let src = package(tree).join("src");
        let name = format!("python/{}/pyright", tree.name.replace(' ', "-"));
        // The key holds the config pyright would get for this tree alone: every flag.
        let alone = pyright_config(&[tree]);
        let record = Record::new(&name, &[&src], &format!("pyright {version}\n{alone}"))?;
        if !record.passed_before() {
            pending.push((tree, record));
        }
    }
    println!(
        "  python: pyright served from pass records for {} of {} trees (inputs unchanged), run on {}",
        trees.len() - pending.len(),
        trees.len(),
        pending.len()
    );
    if pending.is_empty() {
        return Ok(String::new());
    }
    let config = scratch.join("pyrightconfig.json");
    let checked: Vec<&Tree> = pending.iter().map(|(tree, _)| *tree).collect();
    std::fs::write(&config, pyright_config(&checked)).map_err(|e| e.to_string())?;
    let text = run("pyright", &bin("pyright"), &["-p", &show(&config)])?;
    for (_, record) in &pending {
        record.passed();
    }
    Ok(text)
}

/// An installed npm package's version, from its package.json: part of a pass record's key.
pub(super) fn npm_version(manifest: &Path) -> Result<String, String> {
    let text =
        std::fs::read_to_string(manifest).map_err(|e| format!("{}: {e}", manifest.display()))?;
    let json: serde_json::Value = serde_json::from_str(&text).map_err(|e| e.to_string())?;
    Ok(json["version"].as_str().unwrap_or("unknown").to_owned())
}

/// The tree's package folder (`pyproject.toml`, `src/`).
fn package(tree: &Tree) -> PathBuf {
    tree.out.join("python")
}

fn show(path: &Path) -> String {
    path.display().to_string()
}

/// Strict mode over every tree's `src/`, each its own execution environment. Pyright wants
/// paths relative to the config, which lives in tests/.build/python.
fn pyright_config(trees: &[&Tree]) -> String {
    let root = crate::root();
    let relative = |tree: &&Tree| {
        let src = package(tree).join("src");
        let inside = src
            .strip_prefix(&root)
            .unwrap_or(&src)
            .display()
            .to_string();
        format!("{:?}", format!("../../../{inside}"))
    };
    let roots: Vec<String> = trees.iter().map(relative).collect();
    let environments: Vec<String> = roots
        .iter()
        .map(|r| format!("    {{ \"root\": {r} }}"))
        .collect();
    format!(
        "{{\n  \"typeCheckingMode\": \"strict\",\n  \"pythonVersion\": \"3.11\",\n  \"include\": [{}],\n  \"executionEnvironments\": [\n{}\n  ]\n}}\n",
        roots.join(", "),
        environments.join(",\n")
    )
}

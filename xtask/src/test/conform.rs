//! Stage `conform`: the providers' own pinned packages against the catalog, through the two
//! generic checkers in `tests/conformance` (one per registry) that read each code set's
//! `source.verify` from catalog.json. Nothing here names a provider.
//!
//! The pins live in the spec; `tests/conformance/package.json` and `requirements.txt` are the
//! locks that install them, and this stage fails when they disagree with the spec.

mod cached;
mod scratch;

use super::Outcome;
use super::process::{self, build_dir, harness};
use rtc_codegen::model::Catalog;
use std::collections::BTreeSet;
use std::path::Path;

/// Every declared check, run; every code set with a declaration, compared.
pub fn conformance() -> Result<Outcome, String> {
    let root = crate::root();
    let dir = root.join("tests/conformance");
    let catalog_json = root.join("generated/catalog.json").display().to_string();
    let model = super::trees::real_catalog()?;
    let pin_problems = pins_disagree(model, &dir)?;
    for p in &pin_problems {
        eprintln!("{p}");
    }
    let (npm_passed, npm_failed, npm_text) = npm_conformance(&dir, &catalog_json)?;
    let python = process::python_venv(&dir.join("requirements.txt"), &build_dir("venv"))?;
    let (py_passed, py_failed, py_text) = harness(
        "python conformance",
        &python,
        &[
            &dir.join("check_pypi.py").display().to_string(),
            &catalog_json,
        ],
    )?;
    let uncovered = uncovered(model, &format!("{npm_text}{py_text}"));
    if !uncovered.is_empty() {
        eprintln!(
            "code sets with a `verify` declaration that no checker compared: {}",
            uncovered.join(", ")
        );
    }
    let (scratch_passed, scratch_failed) = scratch::scratch_provider()?;
    let sets = declared(model).len();
    Ok(Outcome {
        passed: npm_passed + py_passed + scratch_passed,
        failed: npm_failed + py_failed + uncovered.len() + pin_problems.len() + scratch_failed,
        detail: format!(
            "{sets} code sets against their packages (npm {npm_passed}, PyPI {py_passed} checks); a scratch provider green, then red in {} ways",
            scratch::RED_CASES
        ),
    })
}

/// The npm checker over the real catalog, or the output of its run that passed on these same
/// inputs (the catalog, the checker, the installed lock, Node): the slowest part of the stage.
fn npm_conformance(dir: &Path, catalog_json: &str) -> Result<(usize, usize, String), String> {
    let cached = cached::Cached::new("npm-real", &[Path::new(catalog_json)])?;
    if let Some(text) = cached.output_before() {
        let passed = cached::passed_in(&text).ok_or("a pass record's output has no RESULT line")?;
        println!(
            "  conform: npm checker served from its pass record ({passed} checks, inputs unchanged)"
        );
        return Ok((passed, 0, text));
    }
    let checker = dir.join("check_npm.mjs").display().to_string();
    let (passed, failed, text) = harness("npm conformance", "node", &[&checker, catalog_json])?;
    if failed == 0 {
        cached.passed(&text);
    }
    Ok((passed, failed, text))
}

/// `provider/set` and (registry, name, version) of every code set with a declaration.
fn declared(model: &Catalog) -> Vec<(String, (String, String, String))> {
    let mut out = Vec::new();
    for provider in &model.providers {
        for set in &provider.code_sets {
            // A cross check's package needs its lock pin too; it is reported with its set.
            for v in set
                .source
                .verify
                .iter()
                .flat_map(|v| std::iter::once(v).chain(&v.cross_checks))
            {
                let pin = (v.registry.clone(), v.name.clone(), v.version.clone());
                out.push((format!("{}/{}", provider.id.raw, set.id.raw), pin));
            }
        }
    }
    out
}

/// Code sets that declare a check but that no checker reported as compared.
fn uncovered(model: &Catalog, compared: &str) -> Vec<String> {
    let sets: BTreeSet<String> = declared(model).into_iter().map(|(set, _)| set).collect();
    sets.into_iter()
        .filter(|set| {
            let start = format!("{set}: ");
            !compared
                .lines()
                .any(|l| l.starts_with(&start) && l.ends_with(" compared"))
        })
        .collect()
}

/// Each spec pin must be the locks' exact pin, and each npm dependency must be a spec pin (or
/// the checker's own `typescript` and `jsdom`): a one-line YAML bump fails here until the lock
/// follows.
fn pins_disagree(model: &Catalog, dir: &Path) -> Result<Vec<String>, String> {
    let manifest: serde_json::Value = serde_json::from_str(&read(&dir.join("package.json"))?)
        .map_err(|e| format!("tests/conformance/package.json: {e}"))?;
    let npm_locked = manifest["dependencies"]
        .as_object()
        .cloned()
        .unwrap_or_default();
    let requirements = read(&dir.join("requirements.txt"))?;
    let mut problems = Vec::new();
    let mut npm_wanted = BTreeSet::from(["typescript".to_owned(), "jsdom".to_owned()]);
    for (set, (registry, name, version)) in declared(model) {
        let locked = if registry == "npm" {
            npm_wanted.insert(name.clone());
            npm_locked
                .get(&name)
                .and_then(|v| v.as_str())
                .map(str::to_owned)
        } else {
            requirements
                .lines()
                .find_map(|l| l.strip_prefix(&format!("{name}==")).map(str::to_owned))
        };
        if locked.as_deref() != Some(version.as_str()) {
            let fix = if registry == "npm" {
                format!("cd tests/conformance && npm install --save-exact {name}@{version}")
            } else {
                format!(
                    "write `{name}=={version}` in tests/conformance/requirements.txt (with its dependencies, `pip freeze` of a clean venv)"
                )
            };
            problems.push(format!(
                "{set}: the spec pins {registry}:{name}@{version}, the lock has {}; run `{fix}`",
                locked.as_deref().unwrap_or("nothing")
            ));
        }
    }
    for name in npm_locked.keys().filter(|n| !npm_wanted.contains(*n)) {
        problems.push(format!("tests/conformance/package.json depends on {name}, which no code set's `verify` names; remove it (`npm uninstall {name}`)"));
    }
    Ok(problems)
}

pub(super) fn read(path: &Path) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))
}

//! Stage `conform`: the providers' own pinned packages against the catalog, through the two
//! generic checkers in `tests/conformance` (one per registry) that read each code set's
//! `source.verify` from catalog.json. Nothing here names a provider.
//!
//! The pins live in the spec; `tests/conformance/package.json` and `requirements.txt` are the
//! locks that install them, and this stage fails when they disagree with the spec.

use super::Outcome;
use super::process::{self, build_dir, harness, run_in};
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
    let (npm_passed, npm_failed, npm_text) = harness(
        "npm conformance",
        "node",
        &[
            &dir.join("check_npm.mjs").display().to_string(),
            &catalog_json,
        ],
    )?;
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
    let (scratch_passed, scratch_failed) = scratch_provider()?;
    let sets = declared(model).len();
    Ok(Outcome {
        passed: npm_passed + py_passed + scratch_passed,
        failed: npm_failed + py_failed + uncovered.len() + pin_problems.len() + scratch_failed,
        detail: format!(
            "{sets} code sets against their packages (npm {npm_passed}, PyPI {py_passed} checks); a scratch provider green, then red"
        ),
    })
}

/// `provider/set` and (registry, name, version) of every code set with a declaration.
fn declared(model: &Catalog) -> Vec<(String, (String, String, String))> {
    let mut out = Vec::new();
    for provider in &model.providers {
        for set in &provider.code_sets {
            if let Some(v) = &set.source.verify {
                let pin = (v.registry.clone(), v.name.clone(), v.version.clone());
                out.push((format!("{}/{}", provider.id.raw, set.id.raw), pin));
            }
        }
    }
    out
}

/// Code sets that declare a check but that no checker reported as compared.
fn uncovered(model: &Catalog, compared: &str) -> Vec<String> {
    declared(model)
        .into_iter()
        .map(|(set, _)| set)
        .filter(|set| {
            let start = format!("{set}: ");
            !compared
                .lines()
                .any(|l| l.starts_with(&start) && l.ends_with(" compared"))
        })
        .collect()
}

/// Each spec pin must be the locks' exact pin, and each npm dependency must be a spec pin (or
/// the checker's own `typescript`): a one-line YAML bump fails here until the lock follows.
fn pins_disagree(model: &Catalog, dir: &Path) -> Result<Vec<String>, String> {
    let manifest: serde_json::Value = serde_json::from_str(&read(&dir.join("package.json"))?)
        .map_err(|e| format!("tests/conformance/package.json: {e}"))?;
    let npm_locked = manifest["dependencies"]
        .as_object()
        .cloned()
        .unwrap_or_default();
    let requirements = read(&dir.join("requirements.txt"))?;
    let mut problems = Vec::new();
    let mut npm_wanted = BTreeSet::from(["typescript".to_owned()]);
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

fn read(path: &Path) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))
}

/// A sixth provider written only in YAML, with a verify block against a fixture package made
/// here: codegen and the npm checker pass with no code change, and fail (naming the member)
/// once the fixture's value differs. Returns (passed, failed) over those two expectations.
fn scratch_provider() -> Result<(usize, usize), String> {
    let root = crate::root();
    let scratch = build_dir("scratch-provider");
    let _ = std::fs::remove_dir_all(&scratch);
    let spec = scratch.join("spec");
    let fixture = scratch.join("fixture");
    let install = scratch.join("install");
    for d in [&spec, &fixture, &install] {
        std::fs::create_dir_all(d).map_err(|e| e.to_string())?;
    }
    // The real vocabulary; its equivalence groups name the real providers' codes, so they stay out.
    let taxonomy = read(&root.join("spec/taxonomy.yaml"))?;
    let taxonomy = taxonomy
        .split("\nequivalents:")
        .next()
        .unwrap_or("")
        .to_owned()
        + "\n";
    write(&spec.join("taxonomy.yaml"), &taxonomy)?;
    write(&spec.join("scratch_rtc.yaml"), SCRATCH_PROVIDER)?;
    write(
        &fixture.join("package.json"),
        r#"{"name": "scratch-rtc-sdk", "version": "1.4.2", "main": "index.js"}"#,
    )?;
    write(
        &install.join("package.json"),
        r#"{"private": true, "dependencies": {"scratch-rtc-sdk": "file:../fixture"}}"#,
    )?;
    let catalog =
        rtc_codegen::load_catalog(&spec, "spec").map_err(|d| format!("scratch provider: {d}"))?;
    let files = rtc_codegen::generate(&catalog);
    let catalog_json = files
        .get("catalog.json")
        .ok_or("codegen wrote no catalog.json")?;
    write(&scratch.join("catalog.json"), catalog_json)?;
    run_in(
        &install,
        "npm install (scratch)",
        "npm",
        &["install", "--no-audit", "--no-fund", "--loglevel=error"],
    )?;
    let check = |index_js: &str| -> Result<(usize, usize, String), String> {
        write(&fixture.join("index.js"), index_js)?;
        let args = [
            root.join("tests/conformance/check_npm.mjs")
                .display()
                .to_string(),
            scratch.join("catalog.json").display().to_string(),
            install.display().to_string(),
        ];
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let out = std::process::Command::new("node")
            .args(&args)
            .output()
            .map_err(|e| e.to_string())?;
        let text = String::from_utf8_lossy(&out.stdout).into_owned();
        Ok((
            out.status.success() as usize,
            text.matches("MISMATCH").count(),
            text,
        ))
    };
    let (green, green_mismatches, green_text) =
        check("exports.ScratchError = { TIMEOUT: 1, DENIED: 2 };\n")?;
    let green_ok = green == 1 && green_mismatches == 0;
    if !green_ok {
        eprintln!("scratch provider should pass against its fixture:\n{green_text}");
    }
    let (_, _, red_text) = check("exports.ScratchError = { TIMEOUT: 1, DENIED: 3 };\n")?;
    let red_ok = red_text.contains("MISMATCH scratch_rtc/error DENIED value: catalog=2 sdk=3");
    if !red_ok {
        eprintln!(
            "scratch provider should fail, naming DENIED, once the fixture says 3:\n{red_text}"
        );
    }
    let passed = usize::from(green_ok) + usize::from(red_ok);
    Ok((passed, 2 - passed))
}

fn write(path: &Path, text: &str) -> Result<(), String> {
    std::fs::write(path, text).map_err(|e| format!("{}: {e}", path.display()))
}

/// The scratch provider: what a newcomer writes for a provider with an npm package.
const SCRATCH_PROVIDER: &str = r#"provider: scratch_rtc
name: Scratch RTC
code_sets:
  - id: error
    summary: Errors of a provider that exists only in this test.
    values: integer
    source:
      homepage: "https://example.com/scratch-rtc"
      symbol: ScratchError
      version: 1.4.2
      verify:
        package: npm:scratch-rtc-sdk@1.4.2
        export: ScratchError
    codes:
      - name: TIMEOUT
        value: 1
        summary: The request timed out.
        cause: The server did not answer in time.
        when: [the network is slow]
        category: network
        remediation: [retry later]
        retry: backoff
        retry_basis: provider
        terminal: false
        terminal_basis: provider
      - name: DENIED
        value: 2
        summary: The request was refused.
        cause: The credentials do not allow it.
        when: [the token lacks a grant]
        category: permission
        remediation: [ask for the grant]
        retry: user_action
        retry_basis: provider
        terminal: true
        terminal_basis: provider
"#;

//! A Python tool reading `catalog.json`: in a venv of its own with the pinned `jsonschema`
//! (tests/consumers/python/requirements.txt), it validates the committed catalog against the
//! schema its `$schema` names, then a copy broken on purpose, which it must refuse.

use super::super::process::{self, build_dir, harness};
use super::super::trees::Tally;
use std::path::Path;

/// Installs the venv when the requirements changed, then runs the checks.
pub fn run(tally: &mut Tally) -> Result<(), String> {
    let root = crate::root();
    let source = root.join("tests/consumers/python");
    let scratch = build_dir("consumers/python");
    let python = process::python_venv(&source.join("requirements.txt"), &scratch.join("venv"))?;
    let script = source.join("check_catalog.py").display().to_string();
    // The committed files, copied where a user would have them.
    let project = scratch.join("project");
    let catalog = copy_catalog(&root.join("generated"), &project)?;
    let (passed, failed, text) = harness("python consumer", &python, &[&script, &catalog])?;
    print!("{}", indent(&text));
    tally.add("python consumer", Ok((passed, failed)));
    // The same check must refuse a catalog the schema does not allow.
    let broken = scratch.join("broken");
    let broken_catalog = copy_catalog(&root.join("generated"), &broken)?;
    let text = std::fs::read_to_string(&broken_catalog).map_err(|e| e.to_string())?;
    let bad = text.replacen("\"terminal\": true", "\"terminal\": \"yes\"", 1);
    if bad == text {
        return Err("python consumer: the catalog has no terminal code to break".into());
    }
    std::fs::write(&broken_catalog, bad).map_err(|e| e.to_string())?;
    let refused = match process::run(
        "python consumer (broken catalog)",
        &python,
        &[&script, &broken_catalog],
    ) {
        Ok(_) => Err("a catalog with `\"terminal\": \"yes\"` passed the schema".to_owned()),
        Err(e) if e.contains("FAILED catalog.json is valid") => Ok((1, 0)),
        Err(e) => Err(e),
    };
    if refused.is_ok() {
        println!("  ok     a catalog with a string for `terminal` is refused");
    }
    tally.add("python consumer (broken catalog)", refused);
    Ok(())
}

/// Copies `catalog.json` and its schema from `generated` into `dir`; returns the catalog's path.
fn copy_catalog(generated: &Path, dir: &Path) -> Result<String, String> {
    let _ = std::fs::remove_dir_all(dir);
    std::fs::create_dir_all(dir.join("schema")).map_err(|e| e.to_string())?;
    for file in ["catalog.json", rtc_codegen::emit::json::SCHEMA_PATH] {
        std::fs::copy(generated.join(file), dir.join(file))
            .map_err(|e| format!("generated/{file}: {e}"))?;
    }
    Ok(dir.join("catalog.json").display().to_string())
}

fn indent(text: &str) -> String {
    text.lines().map(|l| format!("  {l}\n")).collect()
}

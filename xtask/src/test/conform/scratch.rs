//! A sixth provider written only in YAML (`tests/conformance/scratch/scratch_rtc.yaml`), with
//! verify blocks against a local fixture package (`tests/conformance/scratch/package`) that
//! uses every read shape: codegen and the npm checker pass with no code change, then each
//! breakage of the fixture (or of the declaration) fails with the line that names it.

use super::read;
use crate::test::process::{build_dir, run_in};
use std::path::{Path, PathBuf};

/// A breakage, and the line the checker must print for it.
struct RedCase {
    /// What the case breaks, for the failure message.
    what: &'static str,
    /// A fixture file (inside the package, or `catalog.json`) and a text replacement in it.
    file: &'static str,
    replace: (&'static str, &'static str),
    expect: &'static str,
}

const RED: [RedCase; 8] = [
    RedCase {
        what: "a runtime value differs",
        file: "index.js",
        replace: ("DENIED: 2", "DENIED: 3"),
        expect: "MISMATCH scratch_rtc/error DENIED value: catalog=2 sdk=3",
    },
    RedCase {
        what: "a cross check has an undeclared difference",
        file: "index.d.ts",
        replace: ("LEGACY = 9,", "LEGACY = 9,\n  EXTRA = 7,"),
        expect: "MISMATCH scratch_rtc/error cross check dts_type ScratchError \"EXTRA\" extra: an undeclared difference",
    },
    RedCase {
        what: "a declared difference no longer holds",
        file: "index.d.ts",
        replace: ("LEGACY = 9,", ""),
        expect: "MISMATCH scratch_rtc/error cross check dts_type ScratchError \"LEGACY\" extra: a stale difference",
    },
    RedCase {
        what: "the source map lacks the source file",
        file: "dist/index.js.map",
        replace: ("src/codes.ts", "src/errors.ts"),
        expect: "MISMATCH scratch_rtc/error cross check source_map src/codes.ts:Codes - cannot read the members: `source_file: src/codes.ts` must end exactly one of the map's sources, it ends none",
    },
    RedCase {
        what: "a JSON description's value differs",
        file: "codes.json",
        replace: ("\"value\": \"2\"", "\"value\": \"4\""),
        expect: "MISMATCH scratch_rtc/error cross check json_file codes.json \"DENIED\" values: an undeclared difference",
    },
    RedCase {
        what: "a DOM bundle loaded without `dom: jsdom`",
        file: "catalog.json",
        replace: ("\"dom\": \"jsdom\",", ""),
        expect: "MISMATCH scratch_rtc/dom_error - cannot read the members: document is not defined",
    },
    RedCase {
        what: "a factory's terminal verdict differs",
        file: "dist/index.js.map",
        replace: ("action === Action.JOIN", "false"),
        expect: "MISMATCH scratch_rtc/plugin_error PLUGIN_DENIED terminal: catalog=true sdk=false",
    },
    RedCase {
        what: "a factory makes another member",
        file: "dist/index.js.map",
        replace: (
            "\\\"PLUGIN_FAILED\\\", action",
            "\\\"PLUGIN_BROKEN\\\", action",
        ),
        expect: "MISMATCH scratch_rtc/plugin_error cross check source_map src/factory.ts:Factory \"PLUGIN_BROKEN\" extra: an undeclared difference",
    },
];

pub const RED_CASES: usize = RED.len();

/// Returns (passed, failed) over the green run and each red case, or, when every case passed
/// before on these same inputs (the fixture, its spec, the real vocabulary, the checker, the
/// xtask that holds the red cases and the generator, Node), the same from its pass record.
pub fn scratch_provider() -> Result<(usize, usize), String> {
    let root = crate::root();
    let inputs = [
        root.join("tests/conformance/scratch"),
        root.join("spec/taxonomy.yaml"),
    ];
    let inputs: Vec<&Path> = inputs.iter().map(PathBuf::as_path).collect();
    let cached = super::cached::Cached::new("scratch-provider", &inputs)?;
    if cached.output_before().is_some() {
        println!(
            "  conform: scratch provider served from its pass record ({} checks, inputs unchanged)",
            1 + RED.len()
        );
        return Ok((1 + RED.len(), 0));
    }
    let (passed, failed) = run_cases()?;
    if failed == 0 {
        cached.passed(&format!("RESULT {passed} passed, 0 failed\n"));
    }
    Ok((passed, failed))
}

/// Installs the fixture, runs the green case and each red case: (passed, failed).
fn run_cases() -> Result<(usize, usize), String> {
    let root = crate::root();
    let source = root.join("tests/conformance/scratch");
    let scratch = build_dir("scratch-provider");
    let _ = std::fs::remove_dir_all(&scratch);
    let (spec, fixture, install) = (
        scratch.join("spec"),
        scratch.join("fixture"),
        scratch.join("install"),
    );
    for d in [&spec, &install] {
        std::fs::create_dir_all(d).map_err(|e| e.to_string())?;
    }
    copy_dir(&source.join("package"), &fixture)?;
    // The real vocabulary; its equivalence groups name the real providers' codes, so they stay out.
    let taxonomy = read(&root.join("spec/taxonomy.yaml"))?;
    let taxonomy = taxonomy
        .split("\nequivalents:")
        .next()
        .unwrap_or("")
        .to_owned()
        + "\n";
    write(&spec.join("taxonomy.yaml"), &taxonomy)?;
    write(
        &spec.join("scratch_rtc.yaml"),
        &read(&source.join("scratch_rtc.yaml"))?,
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

    let (green_ok, green_text) = check(&scratch, &install)?;
    let green = green_ok && !green_text.contains("MISMATCH");
    if !green {
        eprintln!("scratch provider should pass against its fixture:\n{green_text}");
    }
    let mut passed = usize::from(green);
    for case in &RED {
        let path = if case.file == "catalog.json" {
            scratch.join("catalog.json")
        } else {
            fixture.join(case.file)
        };
        let good = read(&path)?;
        let broken = good.replace(case.replace.0, case.replace.1);
        if broken == good {
            eprintln!(
                "scratch provider: the case `{}` changes nothing in {}",
                case.what, case.file
            );
            continue;
        }
        write(&path, &broken)?;
        let (ok, text) = check(&scratch, &install)?;
        write(&path, &good)?;
        if !ok && text.lines().any(|l| l.starts_with(case.expect)) {
            passed += 1;
        } else {
            eprintln!(
                "scratch provider should fail when {}, printing\n  {}\nit printed:\n{text}",
                case.what, case.expect
            );
        }
    }
    Ok((passed, 1 + RED.len() - passed))
}

/// The npm checker over the scratch catalog: (exit status was success, its output).
fn check(scratch: &Path, install: &Path) -> Result<(bool, String), String> {
    let checker = crate::root().join("tests/conformance/check_npm.mjs");
    let out = std::process::Command::new("node")
        .arg(&checker)
        .arg(scratch.join("catalog.json"))
        .arg(install)
        .output()
        .map_err(|e| e.to_string())?;
    Ok((
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
    ))
}

fn copy_dir(from: &Path, to: &PathBuf) -> Result<(), String> {
    std::fs::create_dir_all(to).map_err(|e| e.to_string())?;
    for entry in std::fs::read_dir(from).map_err(|e| e.to_string())? {
        let entry = entry.map_err(|e| e.to_string())?;
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_dir(&entry.path(), &target)?;
        } else {
            std::fs::copy(entry.path(), &target).map_err(|e| e.to_string())?;
        }
    }
    Ok(())
}

fn write(path: &Path, text: &str) -> Result<(), String> {
    std::fs::write(path, text).map_err(|e| format!("{}: {e}", path.display()))
}

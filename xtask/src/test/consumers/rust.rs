//! Rust consumers of generated/rust, each in a scratch crate of its own outside the workspace:
//! an application binary (tests/rust/consumers/app.rs), a `#![no_std]` library
//! (tests/rust/consumers/no_std.rs) built and tested, and `cargo publish --dry-run` of the crate.

use super::super::cache;
use super::super::process::{self, build_dir, harness, libtest_counts};
use super::super::trees::Tally;
use std::path::Path;

/// Builds and runs both consumers, then packages the crate as crates.io would receive it.
pub fn run(tally: &mut Tally) -> Result<(), String> {
    let root = crate::root();
    let generated = root.join("generated/rust");
    let sources = root.join("tests/rust/consumers");
    let scratch = build_dir("consumers/rust");
    // The crate stage's shared target folder: generated/rust, built there already for the real
    // tree's vectors with the same flags, is compiled once for both stages.
    let target = build_dir("target").display().to_string();

    let app = write_crate(
        &scratch.join("app"),
        "bin",
        &sources.join("app.rs"),
        &generated,
    )?;
    let (passed, failed, text) = harness(
        "rust consumer app",
        "cargo",
        &[
            "run",
            "--quiet",
            "--manifest-path",
            &app,
            "--target-dir",
            &target,
        ],
    )?;
    print_checked("rust app", &text);
    tally.add("consumers: rust app", Ok((passed, failed)));

    let no_std = write_crate(
        &scratch.join("no_std"),
        "lib",
        &sources.join("no_std.rs"),
        &generated,
    )?;
    let build = process::run(
        "rust no_std consumer build",
        "cargo",
        &[
            "build",
            "--quiet",
            "--manifest-path",
            &no_std,
            "--target-dir",
            &target,
        ],
    );
    if build.is_ok() {
        println!("rust no_std: checked: the #![no_std] library builds against the crate");
    }
    tally.ran("consumers: rust no_std build", build);
    let tests = process::run(
        "rust no_std consumer tests",
        "cargo",
        &["test", "--manifest-path", &no_std, "--target-dir", &target],
    );
    let counts = match &tests {
        Ok(text) => {
            print_checked("rust no_std", text);
            libtest_counts(text)
        }
        Err(text) => (libtest_counts(text).0, libtest_counts(text).1.max(1)),
    };
    tally.add("consumers: rust no_std tests", Ok(counts));

    tally.add(
        "consumers: cargo publish --dry-run",
        publish_dry_run(&generated, &target),
    );
    Ok(())
}

/// A crate in `dir` whose only dependency is the generated crate, by path; returns its manifest.
fn write_crate(dir: &Path, kind: &str, source: &Path, generated: &Path) -> Result<String, String> {
    std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let (name, section) = match kind {
        "bin" => ("app", "[[bin]]"),
        _ => ("no-std", "[lib]"),
    };
    let manifest = format!(
        "[package]\nname = \"rtc-consumer-{name}\"\nversion = \"0.0.0\"\nedition = \"2021\"\npublish = false\n\n{section}\nname = \"consumer\"\npath = {:?}\n\n[dependencies]\nrtc-error-catalog = {{ path = {:?} }}\n\n[workspace]\n",
        source.display().to_string(),
        generated.display().to_string(),
    );
    let file = dir.join("Cargo.toml");
    if std::fs::read_to_string(&file).ok().as_deref() != Some(manifest.as_str()) {
        std::fs::write(&file, &manifest).map_err(|e| format!("{}: {e}", file.display()))?;
    }
    Ok(file.display().to_string())
}

/// `cargo publish --dry-run`: packages and verifies the crate; any warning but the dry run's
/// own notice fails. Verifying compiles the packaged crate afresh every time (cargo unpacks it
/// anew), so a verification that passed on exactly these files with this cargo and rustc is
/// served from a record (tests/.build/cache) and the run only packages.
fn publish_dry_run(generated: &Path, target: &str) -> Result<(usize, usize), String> {
    let manifest = generated.join("Cargo.toml").display().to_string();
    let mut args = vec![
        "publish",
        "--dry-run",
        "--allow-dirty",
        "--manifest-path",
        &manifest,
        "--target-dir",
        target,
    ];
    let record = verify_record(generated, &args)?;
    let cached = record.passed_before();
    if cached {
        args.push("--no-verify");
    }
    let text = process::run("cargo publish --dry-run", "cargo", &args)?;
    let warnings: Vec<&str> = text
        .lines()
        .filter(|l| l.trim_start().starts_with("warning:"))
        .filter(|l| !l.contains("aborting upload due to dry run"))
        .collect();
    if !warnings.is_empty() {
        return Err(format!(
            "cargo publish --dry-run warned: {}",
            warnings.join(" | ")
        ));
    }
    for line in text
        .lines()
        .filter(|l| l.contains("Packaged") || l.contains("Verifying"))
    {
        println!("rust publish: checked: {}", line.trim());
    }
    if cached {
        println!(
            "rust publish: cached: verifying (building the packaged crate) passed before on these same files, cargo and rustc"
        );
    } else {
        record.passed();
    }
    Ok((1, 0))
}

/// The record of the packaged crate's verification: every file of the crate (not what cargo
/// built beside it), cargo's and rustc's versions and the command's flags.
fn verify_record(generated: &Path, args: &[&str]) -> Result<cache::Record, String> {
    let not_ours = |rel: &str| rel == "target" || rel == "Cargo.lock";
    let files: Vec<_> = rtc_codegen::write::files_under(generated, &not_ours)
        .map_err(|e| e.to_string())?
        .into_iter()
        .map(|rel| generated.join(rel))
        .collect();
    let inputs: Vec<&Path> = files.iter().map(|f| f.as_path()).collect();
    let versions = format!(
        "{}{}{}",
        process::run("cargo --version", "cargo", &["--version"])?,
        process::run("rustc --version", "rustc", &["--version"])?,
        args.join(" ")
    );
    cache::Record::new("consumers/rust/publish-verify", &inputs, &versions)
}

/// Prints a consumer's `checked:` and libtest `test ... ok` lines under its name.
fn print_checked(name: &str, text: &str) {
    for line in text.lines() {
        if line.starts_with("checked: ") || (line.starts_with("test ") && line.ends_with(" ok")) {
            println!("{name}: {line}");
        }
    }
}

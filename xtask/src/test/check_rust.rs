//! The generated Rust crate of every tree: clippy and rustdoc with warnings denied, the doc
//! tests, rustfmt, and the vectors check (tests/rust/vectors_check.rs) against its catalog.json.

use super::process::{build_dir, harness, libtest_counts, run, run_env};
use super::trees::{Tally, Tree};
use std::path::Path;
use std::sync::Mutex;

/// Runs every Rust check on every tree; one target folder for all, so shared crates build once.
/// The trees are independent and most steps are one rustc at a time: one worker per core.
pub fn check(trees: &[Tree], tally: &mut Tally) -> Result<(), String> {
    let target = build_dir("target").display().to_string();
    let workers = std::thread::available_parallelism().map_or(1, |n| n.get());
    let shares: Vec<Result<Tally, String>> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..workers)
            .map(|worker| {
                let target = target.as_str();
                scope.spawn(move || {
                    let mut share = Tally::default();
                    for tree in trees.iter().skip(worker).step_by(workers) {
                        check_tree(tree, target, &mut share)?;
                    }
                    Ok(share)
                })
            })
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
            .collect()
    });
    for share in shares {
        let share = share?;
        tally.passed += share.passed;
        tally.failed += share.failed;
    }
    // The real catalog's own tests (typed API, README examples), from tests/rust.
    let manifest = crate::root()
        .join("tests/rust/Cargo.toml")
        .display()
        .to_string();
    let result = run(
        "real catalog tests",
        "cargo",
        &[
            "test",
            "--quiet",
            "--manifest-path",
            &manifest,
            "--target-dir",
            &target,
        ],
    );
    // A failed build runs no test at all: still one failure, never zero.
    let counts = match result {
        Ok(text) => libtest_counts(&text),
        Err(text) => {
            let (passed, failed) = libtest_counts(&text);
            (passed, failed.max(1))
        }
    };
    tally.add("real: tests/rust", Ok(counts));
    Ok(())
}

fn check_tree(tree: &Tree, shared_target: &str, tally: &mut Tally) -> Result<(), String> {
    let manifest = tree.out.join("rust/Cargo.toml").display().to_string();
    // Every tree's crate is `rtc-error-catalog`: in one target folder, rustdoc's doc tests link
    // whichever was built last. The crate has no dependencies, so a folder each costs little.
    let own_target = tree.scratch.join("target").display().to_string();
    let target = own_target.as_str();
    let label = |what: &str| format!("{}: rust {what}", tree.name);
    // `cargo SUBCOMMAND --quiet --manifest-path M --target-dir T [-- TOOL ARGS]`.
    let cargo = |what: &str, command: &[&str], tool_args: &[&str]| {
        let mut args = command.to_vec();
        args.extend([
            "--quiet",
            "--manifest-path",
            &manifest,
            "--target-dir",
            target,
        ]);
        if !tool_args.is_empty() {
            args.push("--");
            args.extend(tool_args);
        }
        run(&label(what), "cargo", &args)
    };
    tally.ran(
        &label("clippy"),
        cargo("clippy", &["clippy"], &["-D", "warnings"]),
    );
    tally.ran(
        &label("rustdoc"),
        run_env(
            &label("rustdoc"),
            "cargo",
            &[
                "doc",
                "--quiet",
                "--no-deps",
                "--manifest-path",
                &manifest,
                "--target-dir",
                target,
            ],
            &[("RUSTDOCFLAGS", "-D warnings")],
        ),
    );
    tally.add(
        &label("doc tests"),
        cargo("doc tests", &["test", "--doc"], &[]).map(|t| libtest_counts(&t)),
    );
    tally.ran(
        &label("rustfmt"),
        run(
            &label("rustfmt"),
            "cargo",
            &["fmt", "--check", "--manifest-path", &manifest],
        ),
    );
    let check_crate = write_vectors_crate(tree)?;
    let check_manifest = check_crate.join("Cargo.toml").display().to_string();
    let catalog_json = tree.catalog_json();
    // Every tree's `vectors` binary lands in the one shared target folder: one tree builds and
    // runs its own at a time, so no tree runs another's.
    static SHARED_TARGET: Mutex<()> = Mutex::new(());
    let _one_at_a_time = SHARED_TARGET.lock().unwrap_or_else(|e| e.into_inner());
    tally.add(
        &label("vectors"),
        harness(
            &label("vectors"),
            "cargo",
            &[
                "run",
                "--quiet",
                "--manifest-path",
                &check_manifest,
                "--target-dir",
                shared_target,
                "--bin",
                "vectors",
                "--",
                &catalog_json,
            ],
        )
        .map(|(p, f, _)| (p, f)),
    );
    Ok(())
}

/// A crate that builds tests/rust's `vectors` binary against this tree's generated crate, with
/// tests/rust's lock file, so every tree is checked by the same code and the same versions.
fn write_vectors_crate(tree: &Tree) -> Result<std::path::PathBuf, String> {
    let root = crate::root();
    let dir = tree.scratch.join("rust-vectors");
    std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let manifest = format!(
        "[package]\nname = \"rtc-catalog-vectors\"\nversion = \"0.0.0\"\nedition = \"2024\"\npublish = false\n\n[dependencies]\nrtc-error-catalog = {{ path = {:?} }}\nserde_json = \"1\"\n\n[[bin]]\nname = \"vectors\"\npath = {:?}\n\n[workspace]\n",
        path(&tree.out.join("rust")),
        path(&root.join("tests/rust/src/bin/vectors.rs")),
    );
    write_if_changed(&dir.join("Cargo.toml"), &manifest)?;
    let lock = std::fs::read_to_string(root.join("tests/rust/Cargo.lock"))
        .map_err(|e| format!("tests/rust/Cargo.lock: {e}"))?;
    write_if_changed(
        &dir.join("Cargo.lock"),
        &lock.replace("rtc-catalog-checks", "rtc-catalog-vectors"),
    )?;
    Ok(dir)
}

fn path(p: &Path) -> String {
    p.display().to_string()
}

/// Writes only when the contents differ, so cargo's fingerprints stay fresh between runs.
fn write_if_changed(file: &Path, text: &str) -> Result<(), String> {
    if std::fs::read_to_string(file).ok().as_deref() == Some(text) {
        return Ok(());
    }
    std::fs::write(file, text).map_err(|e| format!("{}: {e}", file.display()))
}

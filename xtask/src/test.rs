//! `cargo xtask test`: every test stage, one line each with its result and time, then a total.
//!
//! A stage that fails, cannot start, or runs zero checks counts as failed: a missing toolchain
//! is never a skip. The stages `crate`, `ts`, `kotlin`, `go`, `c`, `python`, `markdown` and
//! `site` run one check function per target on every generated tree: the real catalog, the
//! hostile fixture and each golden case. The npm toolchain (TypeScript, prettier, kotlinc, ktlint,
//! pyright, playwright-core, axe-core) is pinned in `tests/toolchain/package-lock.json` and
//! installed there on first use; each stage installs the rest of its own toolchain, pinned.

mod cache;
mod check_c;
mod check_go;
mod check_kotlin;
mod check_markdown;
mod check_python;
mod check_rust;
mod check_site;
mod check_ts;
mod conform;
mod consumers;
mod process;
mod trees;

pub use process::npm_ci;
use process::{libtest_counts, run};
use std::process::ExitCode;
use std::time::Instant;

/// A stage: runs, then says how many checks passed and failed.
type Stage = fn() -> Result<Outcome, String>;

/// One stage's outcome.
struct Outcome {
    passed: usize,
    failed: usize,
    detail: String,
}

impl Outcome {
    fn one(detail: &str) -> Self {
        Outcome {
            passed: 1,
            failed: 0,
            detail: detail.to_owned(),
        }
    }
}

fn drift() -> Result<Outcome, String> {
    run("drift", "cargo", &["xtask", "codegen", "--check"])?;
    // The compatibility guard against the previous commit too, so a commit cannot pass by
    // rewriting the catalog it is compared with.
    if !has_previous_commit()? {
        return Ok(Outcome::one(
            "generated/ matches spec/ (a root commit: no earlier catalog to check compatibility with)",
        ));
    }
    run(
        "compatibility",
        "cargo",
        &[
            "xtask",
            "codegen",
            "--check",
            "--breaking-against",
            "HEAD~1",
        ],
    )?;
    Ok(Outcome {
        passed: 2,
        failed: 0,
        detail: "generated/ matches spec/; compatible with HEAD~1".into(),
    })
}

/// Whether HEAD~1 exists. A shallow clone (CI's usual checkout) fetches one more commit first;
/// if HEAD~1 is still missing that is an error, never a silent pass. Only the root commit of a
/// full history has nothing before it.
fn has_previous_commit() -> Result<bool, String> {
    let exists = || {
        run(
            "git",
            "git",
            &["rev-parse", "--verify", "--quiet", "HEAD~1"],
        )
        .is_ok()
    };
    if exists() {
        return Ok(true);
    }
    let shallow = run("git", "git", &["rev-parse", "--is-shallow-repository"])?;
    if shallow.trim() != "true" {
        return Ok(false);
    }
    let fetched = run("git fetch", "git", &["fetch", "--quiet", "--deepen=1"]);
    if exists() {
        return Ok(true);
    }
    Err(format!(
        "HEAD~1 is not in this shallow clone and `git fetch --deepen=1` did not bring it ({}): the compatibility guard needs the previous commit; fetch it (`git fetch --deepen=1`, or clone with `fetch-depth: 2`)",
        fetched.err().map_or("it fetched nothing".to_owned(), |e| e
            .lines()
            .next()
            .unwrap_or("")
            .to_owned())
    ))
}

fn rust_tests() -> Result<Outcome, String> {
    let (ok, text) = match run(
        "rust tests",
        "cargo",
        &["test", "--workspace", "--no-fail-fast", "--quiet"],
    ) {
        Ok(text) => (true, text),
        Err(e) => (false, e),
    };
    let (passed, failed) = libtest_counts(&text);
    // A failed build runs no test at all: still one failure, never zero.
    let failed = if ok { failed } else { failed.max(1) };
    Ok(Outcome {
        passed,
        failed,
        detail: format!("{passed} tests and doc tests"),
    })
}

fn clippy() -> Result<Outcome, String> {
    run(
        "clippy",
        "cargo",
        &[
            "clippy",
            "--workspace",
            "--all-targets",
            "--quiet",
            "--",
            "-D",
            "warnings",
        ],
    )?;
    Ok(Outcome::one(
        "no warnings in the generator (the generated crates: stage crate)",
    ))
}

/// Installs the pinned npm packages: the test toolchain and the providers' SDKs.
fn toolchain() -> Result<Outcome, String> {
    let root = crate::root();
    let mut installed = Vec::new();
    for dir in ["tests/toolchain", "tests/conformance"] {
        if npm_ci(&root.join(dir))? {
            installed.push(dir);
        }
    }
    Ok(Outcome::one(&if installed.is_empty() {
        "pinned npm packages already installed".to_owned()
    } else {
        format!("npm ci in {}", installed.join(", "))
    }))
}

/// A stage that runs one language's checks on every generated tree.
fn on_every_tree(
    check: fn(&[trees::Tree], &mut trees::Tally) -> Result<(), String>,
    what: &str,
) -> Result<Outcome, String> {
    let trees = trees::trees()?;
    let mut tally = trees::Tally::default();
    check(trees, &mut tally)?;
    Ok(Outcome {
        passed: tally.passed,
        failed: tally.failed,
        detail: format!("{what} on {} trees; {} checks", trees.len(), tally.passed),
    })
}

fn generated_rust() -> Result<Outcome, String> {
    on_every_tree(
        check_rust::check,
        "clippy, rustdoc, doc tests, rustfmt, vectors",
    )
}

fn typescript() -> Result<Outcome, String> {
    on_every_tree(
        check_ts::check,
        "tsc --strict, dist/ = tsc of src/, vectors via exports, prettier",
    )
}

fn kotlin() -> Result<Outcome, String> {
    on_every_tree(
        check_kotlin::check,
        "kotlinc -Werror, kotlinc-js (common), vectors, Java interop, ktlint",
    )
}

fn go() -> Result<Outcome, String> {
    on_every_tree(check_go::check, "gofmt -l, go vet, staticcheck, vectors")
}

fn c() -> Result<Outcome, String> {
    on_every_tree(
        check_c::check,
        "gcc and clang -std=c99, header as C++11, vectors under ASan and UBSan",
    )
}

fn python() -> Result<Outcome, String> {
    on_every_tree(
        check_python::check,
        "ruff check, ruff format, pyright --strict, mypy --strict, vectors",
    )
}

/// Each package installed and used the way its ecosystem does (tests/.build/consumers).
fn markdown() -> Result<Outcome, String> {
    on_every_tree(check_markdown::check, "table rows and shapes")
}

fn site() -> Result<Outcome, String> {
    on_every_tree(
        check_site::check,
        "Chromium + playwright-core: search, filters, links, keyboard, axe, inert text",
    )
}

/// Runs every stage, or only the named ones (`cargo xtask test ts kotlin`).
pub fn run_all(only: &[&str]) -> ExitCode {
    let stages: &[(&str, Stage)] = &[
        ("drift", drift),
        ("rust", rust_tests),
        ("clippy", clippy),
        ("npm", toolchain),
        ("crate", generated_rust),
        ("ts", typescript),
        ("kotlin", kotlin),
        ("go", go),
        ("c", c),
        ("python", python),
        ("consumers", consumers::run),
        ("markdown", markdown),
        ("site", site),
        ("conform", conform::conformance),
    ];
    let mut passed = 0;
    let mut failed = 0;
    let started = Instant::now();
    let unknown: Vec<&&str> = only
        .iter()
        .filter(|o| !stages.iter().any(|(n, _)| n == *o))
        .collect();
    if !unknown.is_empty() {
        let names: Vec<&str> = stages.iter().map(|(n, _)| *n).collect();
        eprintln!("unknown stage {unknown:?}; stages: {}", names.join(", "));
        return ExitCode::from(2);
    }
    for &(name, stage) in stages
        .iter()
        .filter(|(n, _)| only.is_empty() || only.contains(n))
    {
        let t = Instant::now();
        let result = stage();
        let secs = t.elapsed().as_secs_f64();
        match result {
            Ok(o) if o.failed == 0 && o.passed > 0 => {
                println!("stage {name:<8} ok     {secs:>6.1} s  {}", o.detail);
                passed += o.passed;
            }
            Ok(o) => {
                println!(
                    "stage {name:<8} FAILED {secs:>6.1} s  {} passed, {} failed",
                    o.passed, o.failed
                );
                passed += o.passed;
                failed += o.failed.max(1);
            }
            Err(e) => {
                let first = e.lines().next().unwrap_or("");
                println!("stage {name:<8} FAILED {secs:>6.1} s  {first}");
                failed += 1;
            }
        }
    }
    println!("total {:.1} s", started.elapsed().as_secs_f64());
    println!("{passed} passed, {failed} failed");
    if failed == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

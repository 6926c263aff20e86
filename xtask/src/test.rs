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
mod schedule;
mod step;
mod trees;

pub use process::npm_ci;
use process::{libtest_counts, run};
use std::process::ExitCode;
use std::time::Instant;
use step::Step;

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
        // An optimised profile of the tests' own (see Cargo.toml): same tests, a tenth the CPU.
        &[
            "test",
            "--workspace",
            "--no-fail-fast",
            "--quiet",
            "--profile",
            "suite",
        ],
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

/// Installs the Debian packages of the stages `c` and `site` in turn: dpkg has one lock.
fn debian() -> Result<Outcome, String> {
    check_c::install_toolchain()?;
    check_site::install_chromium()?;
    Ok(Outcome::one("clang, cJSON and Chromium from Debian"))
}

/// Generates the fixture trees once, before the stages that read them start.
fn generate_trees() -> Result<Outcome, String> {
    let trees = trees::trees()?;
    Ok(Outcome::one(&format!(
        "{} trees generated or up to date",
        trees.len()
    )))
}

/// Installs the Python tools that the stages `python` and `consumers` share.
fn python_tools() -> Result<Outcome, String> {
    process::python_tools_venv()?;
    Ok(Outcome::one("ruff, mypy (tests/python/requirements.txt)"))
}

/// Every step in the order of the final table: the installs other stages wait for, then the
/// stages. `drift`, `rust` and `clippy` build in the workspace's target/ and take turns on it
/// (cargo would make them wait anyway, holding a CPU token for nothing).
fn steps() -> [Step; 17] {
    const WORKSPACE: &str = "the workspace's target/";
    [
        Step::setup("trees", generate_trees),
        Step::setup("apt", debian),
        Step::setup("venv", python_tools),
        Step::stage("drift", drift).lock(WORKSPACE),
        Step::stage("rust", rust_tests).lock(WORKSPACE),
        Step::stage("clippy", clippy).lock(WORKSPACE),
        Step::stage("npm", toolchain).waits(),
        Step::stage("crate", generated_rust).needs(&["trees"]),
        Step::stage("ts", typescript).needs(&["trees", "npm"]),
        Step::stage("kotlin", kotlin).needs(&["trees", "npm"]),
        Step::stage("go", go).needs(&["trees"]),
        Step::stage("c", c).needs(&["trees", "apt"]),
        Step::stage("python", python).needs(&["trees", "npm", "venv"]),
        Step::stage("consumers", consumers::run).needs(&["trees", "npm", "venv"]),
        Step::stage("markdown", markdown).needs(&["trees"]),
        Step::stage("site", site).needs(&["trees", "npm", "apt"]),
        Step::stage("conform", conform::conformance).needs(&["trees", "npm"]),
    ]
}

/// Runs every stage, or only the named ones (`cargo xtask test ts kotlin`) and what they need.
/// `--stage NAME` runs one step in this process: the runner starts each step that way.
pub fn run_all(only: &[&str]) -> ExitCode {
    let steps = steps();
    if let ["--stage", name] = only {
        return match steps.iter().find(|s| s.name == *name) {
            Some(step) if step::run_child(step) => ExitCode::SUCCESS,
            Some(_) => ExitCode::FAILURE,
            None => ExitCode::from(2),
        };
    }
    let unknown: Vec<&&str> = only
        .iter()
        .filter(|o| !steps.iter().any(|s| s.name == **o))
        .collect();
    if !unknown.is_empty() {
        let names: Vec<&str> = steps.iter().map(|s| s.name).collect();
        eprintln!("unknown stage {unknown:?}; stages: {}", names.join(", "));
        return ExitCode::from(2);
    }
    let selected = schedule::select(&steps, only);
    let jobs = schedule::jobs();
    println!(
        "{} steps, up to {jobs} CPU-heavy ones at a time (RTC_TEST_JOBS); each prints when it ends",
        selected.len()
    );
    let started = Instant::now();
    let results = schedule::run(&steps, &selected, jobs);
    schedule::print_table(
        &steps,
        only,
        &results,
        started.elapsed().as_secs_f64(),
        jobs,
    )
}

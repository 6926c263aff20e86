//! `cargo xtask test`: every test stage, one line each with its result and time, then a total.
//!
//! A stage that fails, cannot start, or runs zero checks counts as failed: a missing toolchain
//! is never a skip. The npm toolchain (TypeScript, prettier, kotlinc, ktlint) is pinned in
//! `tests/toolchain/package-lock.json` and installed there on first use.

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode, Stdio};
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

/// Runs a command from `dir` with extra environment, capturing its output. On failure the
/// output is printed and the error carries it too, so counts can still be read from it.
fn run_in_env(
    dir: &Path,
    name: &str,
    program: &str,
    args: &[&str],
    env: &[(&str, &str)],
) -> Result<String, String> {
    let output = Command::new(program)
        .args(args)
        .envs(env.iter().copied())
        .current_dir(dir)
        .stdin(Stdio::null())
        .output()
        .map_err(|e| format!("cannot start `{program}`: {e}"))?;
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    if output.status.success() {
        Ok(text)
    } else {
        eprintln!("---- {name} output ----\n{text}---- end of {name} output ----");
        Err(format!(
            "`{program} {}` exited with {}\n{text}",
            args.join(" "),
            output.status
        ))
    }
}

fn run_in(dir: &Path, name: &str, program: &str, args: &[&str]) -> Result<String, String> {
    run_in_env(dir, name, program, args, &[])
}

fn run(name: &str, program: &str, args: &[&str]) -> Result<String, String> {
    run_in_env(&crate::root(), name, program, args, &[])
}

fn run_env(
    name: &str,
    program: &str,
    args: &[&str],
    env: &[(&str, &str)],
) -> Result<String, String> {
    run_in_env(&crate::root(), name, program, args, env)
}

/// Sums libtest's `test result: ok. N passed; M failed` lines.
fn libtest_counts(output: &str) -> (usize, usize) {
    let mut passed = 0;
    let mut failed = 0;
    for line in output.lines().filter(|l| l.starts_with("test result:")) {
        let number = |word: &str| -> usize {
            line.split(';')
                .find(|part| part.trim_end().ends_with(word))
                .and_then(|part| part.split_whitespace().rev().nth(1))
                .and_then(|n| n.parse().ok())
                .unwrap_or(0)
        };
        passed += number("passed");
        failed += number("failed");
    }
    (passed, failed)
}

/// Reads a harness's last `RESULT N passed, M failed` line.
fn harness_counts(output: &str) -> Option<(usize, usize)> {
    let line = output
        .lines()
        .rev()
        .find_map(|l| l.strip_prefix("RESULT "))?;
    let mut numbers = line
        .split(|c: char| !c.is_ascii_digit())
        .filter(|s| !s.is_empty());
    Some((numbers.next()?.parse().ok()?, numbers.next()?.parse().ok()?))
}

/// Runs a harness and reads its counts; a failed run with no counts is one failure.
fn harness(name: &str, program: &str, args: &[&str]) -> Result<(usize, usize, String), String> {
    let (ok, text) = match run(name, program, args) {
        Ok(text) => (true, text),
        Err(text) => (false, text),
    };
    match harness_counts(&text) {
        Some((passed, failed)) => Ok((passed, if ok { failed } else { failed.max(1) }, text)),
        None if ok => Err(format!("{name} printed no RESULT line")),
        None => Err(text),
    }
}

fn toolchain_dir() -> PathBuf {
    crate::root().join("tests/toolchain")
}

fn bin(name: &str) -> String {
    toolchain_dir()
        .join("node_modules/.bin")
        .join(name)
        .display()
        .to_string()
}

fn build_dir(name: &str) -> PathBuf {
    crate::root().join("tests/.build").join(name)
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
    Ok(Outcome::one("no warnings, generated crate included"))
}

/// Runs `npm ci` in `dir` unless what is installed there matches its lock file.
pub fn npm_ci(dir: &Path) -> Result<bool, String> {
    let lock = std::fs::read(dir.join("package-lock.json"))
        .map_err(|e| format!("{}/package-lock.json: {e}", dir.display()))?;
    let stamp = dir.join("node_modules/.installed-lock.json");
    if std::fs::read(&stamp).ok().as_deref() == Some(lock.as_slice()) {
        return Ok(false);
    }
    run_in(
        dir,
        "npm ci",
        "npm",
        &["ci", "--no-audit", "--no-fund", "--loglevel=error"],
    )?;
    std::fs::write(&stamp, &lock).map_err(|e| e.to_string())?;
    Ok(true)
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

/// The providers' own SDKs, loaded for real, against the catalog.
fn conformance() -> Result<Outcome, String> {
    let root = crate::root();
    let dir = root.join("tests/conformance");
    let catalog = root.join("generated/catalog.json").display().to_string();
    let (npm_passed, npm_failed, npm_text) = harness(
        "npm conformance",
        "node",
        &[&dir.join("check_npm.mjs").display().to_string(), &catalog],
    )?;
    // Python: a virtual environment of our own, from the pinned requirements.
    let venv = build_dir("venv");
    let requirements = std::fs::read(dir.join("requirements.txt"))
        .map_err(|e| format!("tests/conformance/requirements.txt: {e}"))?;
    let stamp = venv.join("installed-requirements.txt");
    let python = venv.join("bin/python").display().to_string();
    if std::fs::read(&stamp).ok().as_deref() != Some(requirements.as_slice()) {
        let _ = std::fs::remove_dir_all(&venv);
        run(
            "python venv",
            "python3",
            &["-m", "venv", &venv.display().to_string()],
        )?;
        let req = dir.join("requirements.txt").display().to_string();
        run(
            "pip install",
            &python,
            &[
                "-m",
                "pip",
                "install",
                "--quiet",
                "--disable-pip-version-check",
                "--no-deps",
                "-r",
                &req,
            ],
        )?;
        std::fs::write(&stamp, &requirements).map_err(|e| e.to_string())?;
    }
    let (py_passed, py_failed, py_text) = harness(
        "python conformance",
        &python,
        &[
            &dir.join("check_spatialreal.py").display().to_string(),
            &catalog,
        ],
    )?;
    // The docs say every code set with a package is verified: hold the harnesses to it.
    let compared = format!("{npm_text}{py_text}");
    let model = rtc_codegen::load_catalog(&root.join("spec"), "spec").map_err(|d| d.to_string())?;
    let mut uncovered = Vec::new();
    let mut sets = 0;
    for provider in &model.providers {
        for set in provider
            .code_sets
            .iter()
            .filter(|s| s.source.package.is_some())
        {
            sets += 1;
            let line = format!("{}/{}: ", provider.id.raw, set.id.raw);
            if !compared
                .lines()
                .any(|l| l.starts_with(&line) && l.ends_with(" compared"))
            {
                uncovered.push(format!("{}/{}", provider.id.raw, set.id.raw));
            }
        }
    }
    if !uncovered.is_empty() {
        eprintln!(
            "code sets with a package that no conformance check compared: {}",
            uncovered.join(", ")
        );
    }
    Ok(Outcome {
        passed: npm_passed + py_passed,
        failed: npm_failed + py_failed + uncovered.len(),
        detail: format!(
            "{sets} code sets against their SDKs (npm {npm_passed}, PyPI {py_passed} checks)"
        ),
    })
}

fn typescript() -> Result<Outcome, String> {
    let tsc = bin("tsc");
    // The generated package, with the strictest flags its consumers may use.
    run(
        "tsc",
        &tsc,
        &[
            "-p",
            "generated/typescript/tsconfig.json",
            "--noEmit",
            "--strict",
            "--isolatedModules",
            "--erasableSyntaxOnly",
            "--noUncheckedIndexedAccess",
            "--exactOptionalPropertyTypes",
        ],
    )?;
    // The vectors harness, compiled together with the package, then run by Node.
    let out = build_dir("ts");
    let _ = std::fs::remove_dir_all(&out);
    run(
        "tsc (tests)",
        &tsc,
        &["-p", "tests/typescript/tsconfig.json"],
    )?;
    std::fs::write(out.join("package.json"), "{\"type\":\"module\"}\n")
        .map_err(|e| e.to_string())?;
    let script = out
        .join("tests/typescript/vectors.test.js")
        .display()
        .to_string();
    let (passed, failed, text) = harness(
        "typescript vectors",
        "node",
        &[&script, "generated/catalog.json"],
    )?;
    let detail = text
        .lines()
        .find(|l| l.starts_with("typescript vectors:"))
        .unwrap_or("")
        .to_owned();
    Ok(Outcome {
        passed: passed + 1,
        failed,
        detail: format!("tsc --strict ok; {detail}; {passed} assertions"),
    })
}

fn prettier() -> Result<Outcome, String> {
    run(
        "prettier",
        &bin("prettier"),
        &["--check", "generated/typescript"],
    )?;
    Ok(Outcome::one("generated TypeScript is prettier-formatted"))
}

fn kotlin() -> Result<Outcome, String> {
    let root = crate::root();
    let compiler = toolchain_dir().join("node_modules/kotlin-compiler");
    let out = build_dir("kotlin");
    let _ = std::fs::remove_dir_all(&out);
    let mut sources: Vec<String> = Vec::new();
    collect(&root.join("generated/kotlin"), "kt", &mut sources);
    if sources.is_empty() {
        return Err("no Kotlin sources under generated/kotlin".into());
    }
    sources.sort();
    sources.push("tests/kotlin/Vectors.kt".into());
    let out_str = out.display().to_string();
    let mut args: Vec<&str> = vec!["-Werror", "-d", &out_str];
    args.extend(sources.iter().map(String::as_str));
    run(
        "kotlinc",
        &compiler.join("bin/kotlinc").display().to_string(),
        &args,
    )?;
    let classpath = format!(
        "{out_str}:{}",
        compiler.join("lib/kotlin-stdlib.jar").display()
    );
    let (kt_passed, kt_failed, text) = harness(
        "kotlin vectors",
        "java",
        &["-cp", &classpath, "VectorsKt", "generated/catalog.json"],
    )?;
    run(
        "javac",
        "javac",
        &[
            "-Werror",
            "-cp",
            &classpath,
            "-d",
            &out_str,
            "tests/kotlin/JavaInterop.java",
        ],
    )?;
    let (java_passed, java_failed, _) =
        harness("java interop", "java", &["-cp", &classpath, "JavaInterop"])?;
    let detail = text
        .lines()
        .find(|l| l.starts_with("kotlin vectors:"))
        .unwrap_or("")
        .to_owned();
    Ok(Outcome {
        passed: kt_passed + java_passed,
        failed: kt_failed + java_failed,
        detail: format!(
            "kotlinc -Werror ok; {detail}; {kt_passed} assertions; Java interop {java_passed}"
        ),
    })
}

/// The hostile fixture (`tests/hostile/spec`): text that tries to break out of every string and
/// comment, and names that are keywords. Generated into `tests/.build/hostile`, then compiled
/// and checked in every language as the real catalog is.
fn hostile() -> Result<Outcome, String> {
    let root = crate::root();
    let dir = build_dir("hostile");
    let _ = std::fs::remove_dir_all(&dir);
    let out = dir.join("generated");
    let catalog = rtc_codegen::load_catalog(&root.join("tests/hostile/spec"), "tests/hostile/spec")
        .map_err(|d| d.to_string())?;
    let files = rtc_codegen::generate(&catalog);
    rtc_codegen::write::write(&out, &files)
        .map_err(|e| format!("cannot write {}: {e}", out.display()))?;
    let catalog_json = out.join("catalog.json").display().to_string();
    let mut passed = 0;
    let mut failed = 0;
    let mut count = |result: Result<(usize, usize), String>, what: &str| match result {
        Ok((p, f)) => {
            passed += p;
            failed += f;
        }
        Err(e) => {
            eprintln!("hostile {what}: {}", e.lines().next().unwrap_or(""));
            failed += 1;
        }
    };

    // Rust: clippy and rustdoc with warnings denied, the doc tests, and the vectors check.
    let target = build_dir("target").display().to_string();
    let manifest = out.join("rust/Cargo.toml").display().to_string();
    count(
        run(
            "hostile clippy",
            "cargo",
            &[
                "clippy",
                "--quiet",
                "--manifest-path",
                &manifest,
                "--target-dir",
                &target,
                "--",
                "-D",
                "warnings",
            ],
        )
        .map(|_| (1, 0)),
        "clippy",
    );
    count(
        run_env(
            "hostile rustdoc",
            "cargo",
            &[
                "doc",
                "--quiet",
                "--no-deps",
                "--manifest-path",
                &manifest,
                "--target-dir",
                &target,
            ],
            &[("RUSTDOCFLAGS", "-D warnings")],
        )
        .map(|_| (1, 0)),
        "rustdoc",
    );
    count(
        run(
            "hostile doc tests",
            "cargo",
            &[
                "test",
                "--quiet",
                "--doc",
                "--manifest-path",
                &manifest,
                "--target-dir",
                &target,
            ],
        )
        .map(|t| libtest_counts(&t)),
        "doc tests",
    );
    let check = dir.join("rust-check");
    std::fs::create_dir_all(check.join("src")).map_err(|e| e.to_string())?;
    std::fs::write(
        check.join("Cargo.toml"),
        "[package]\nname = \"hostile-check\"\nversion = \"0.0.0\"\nedition = \"2021\"\npublish = false\n\n[dependencies]\nrtc-error-catalog = { path = \"../generated/rust\" }\nserde_json = \"1\"\n\n[workspace]\n",
    )
    .map_err(|e| e.to_string())?;
    std::fs::write(
        check.join("src/main.rs"),
        format!(
            "include!({:?});\n\nfn main() {{\n    let path = std::env::args().nth(1).expect(\"catalog.json\");\n    let catalog: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();\n    let checked = every_code_round_trips(&catalog);\n    println!(\"RESULT {{checked}} passed, 0 failed\");\n}}\n",
            root.join("tests/rust/vectors_check.rs").display().to_string()
        ),
    )
    .map_err(|e| e.to_string())?;
    // The workspace's lock file pins serde_json and the rest: cargo keeps the versions it holds.
    std::fs::copy(root.join("Cargo.lock"), check.join("Cargo.lock")).map_err(|e| e.to_string())?;
    let check_manifest = check.join("Cargo.toml").display().to_string();
    count(
        harness(
            "hostile rust vectors",
            "cargo",
            &[
                "run",
                "--quiet",
                "--manifest-path",
                &check_manifest,
                "--target-dir",
                &target,
                "--",
                &catalog_json,
            ],
        )
        .map(|(p, f, _)| (p, f)),
        "rust vectors",
    );

    // TypeScript: the strict compile, prettier, and the vectors harness beside this package.
    let tsc = bin("tsc");
    count(
        run(
            "hostile tsc",
            &tsc,
            &[
                "-p",
                &out.join("typescript/tsconfig.json").display().to_string(),
                "--noEmit",
            ],
        )
        .map(|_| (1, 0)),
        "tsc",
    );
    count(
        run(
            "hostile prettier",
            &bin("prettier"),
            &["--check", &out.join("typescript").display().to_string()],
        )
        .map(|_| (1, 0)),
        "prettier",
    );
    let ts_tests = dir.join("tests/typescript");
    std::fs::create_dir_all(&ts_tests).map_err(|e| e.to_string())?;
    for file in ["vectors.test.ts", "package.json"] {
        std::fs::copy(
            root.join("tests/typescript").join(file),
            ts_tests.join(file),
        )
        .map_err(|e| e.to_string())?;
    }
    std::fs::write(
        ts_tests.join("tsconfig.json"),
        format!(
            "{{\n  \"extends\": {:?},\n  \"compilerOptions\": {{ \"typeRoots\": [{:?}], \"rootDir\": \"../..\", \"outDir\": \"../../ts-out\" }},\n  \"include\": [\"./*.ts\", \"../../generated/typescript/src/*.ts\"]\n}}\n",
            root.join("tests/typescript/tsconfig.json").display().to_string(),
            toolchain_dir().join("node_modules/@types").display().to_string()
        ),
    )
    .map_err(|e| e.to_string())?;
    count(
        run(
            "hostile tsc (tests)",
            &tsc,
            &["-p", &ts_tests.join("tsconfig.json").display().to_string()],
        )
        .map(|_| (1, 0)),
        "tsc tests",
    );
    let _ = std::fs::write(dir.join("ts-out/package.json"), "{\"type\":\"module\"}\n");
    let script = dir
        .join("ts-out/tests/typescript/vectors.test.js")
        .display()
        .to_string();
    count(
        harness(
            "hostile typescript vectors",
            "node",
            &[&script, &catalog_json],
        )
        .map(|(p, f, _)| (p, f)),
        "typescript vectors",
    );

    // Kotlin: kotlinc with warnings as errors, ktlint, and the vectors harness.
    let compiler = toolchain_dir().join("node_modules/kotlin-compiler");
    let classes = dir.join("kotlin-classes").display().to_string();
    let mut sources = Vec::new();
    collect(&out.join("kotlin"), "kt", &mut sources);
    sources.sort();
    sources.push(root.join("tests/kotlin/Vectors.kt").display().to_string());
    let mut args: Vec<&str> = vec!["-Werror", "-d", &classes];
    args.extend(sources.iter().map(String::as_str));
    count(
        run(
            "hostile kotlinc",
            &compiler.join("bin/kotlinc").display().to_string(),
            &args,
        )
        .map(|_| (1, 0)),
        "kotlinc",
    );
    let classpath = format!(
        "{classes}:{}",
        compiler.join("lib/kotlin-stdlib.jar").display()
    );
    count(
        harness(
            "hostile kotlin vectors",
            "java",
            &["-cp", &classpath, "VectorsKt", &catalog_json],
        )
        .map(|(p, f, _)| (p, f)),
        "kotlin vectors",
    );
    count(
        run(
            "hostile ktlint",
            &bin("ktlint"),
            &[&format!("{}/**/*.kt", out.join("kotlin").display())],
        )
        .map(|_| (1, 0)),
        "ktlint",
    );

    // Markdown: one table row per code, and every row of every table, on every page, has as
    // many cells as its header, whatever the text holds.
    for provider in &catalog.providers {
        let page = std::fs::read_to_string(out.join(format!("docs/{}.md", provider.id.raw)))
            .map_err(|e| e.to_string())?;
        for set in &provider.code_sets {
            let anchor = format!("](#{}--", set.id.kebab());
            let rows = page
                .lines()
                .filter(|l| l.starts_with("| ") && l.ends_with(" |") && l.contains(&anchor))
                .count();
            count(
                if rows == set.codes.len() {
                    Ok((1, 0))
                } else {
                    Err(format!(
                        "{} table rows for {} codes of {}",
                        rows,
                        set.codes.len(),
                        set.id.raw
                    ))
                },
                "markdown rows",
            );
        }
    }
    let mut pages = Vec::new();
    collect(&out.join("docs"), "md", &mut pages);
    for page in pages {
        let text = std::fs::read_to_string(&page).map_err(|e| e.to_string())?;
        count(
            table_shape(&text)
                .map(|tables| (tables, 0))
                .map_err(|e| format!("{page}: {e}")),
            "markdown tables",
        );
    }
    Ok(Outcome {
        passed,
        failed,
        detail: format!(
            "{} codes of hostile text and keyword names: Rust, TypeScript, Kotlin, Markdown; {passed} checks",
            catalog.code_count()
        ),
    })
}

/// Cells in a Markdown table row: pipes that a backslash does not escape, minus one.
fn cells(row: &str) -> usize {
    let mut count: usize = 0;
    let mut escaped = false;
    for c in row.chars() {
        match c {
            '\\' if !escaped => escaped = true,
            '|' if !escaped => count += 1,
            _ => escaped = false,
        }
        if c != '\\' {
            escaped = false;
        }
    }
    count.saturating_sub(1)
}

/// Checks that every table of a page keeps its header's number of cells; returns the tables.
fn table_shape(page: &str) -> Result<usize, String> {
    let mut tables = 0;
    let mut header: Option<usize> = None;
    for (n, line) in page.lines().enumerate() {
        if !line.starts_with('|') {
            header = None;
            continue;
        }
        match header {
            None => {
                header = Some(cells(line));
                tables += 1;
            }
            Some(h) if cells(line) != h => {
                return Err(format!(
                    "line {} has {} cells, its table {h}",
                    n + 1,
                    cells(line)
                ));
            }
            Some(_) => {}
        }
    }
    Ok(tables)
}

fn ktlint() -> Result<Outcome, String> {
    run("ktlint", &bin("ktlint"), &["generated/kotlin/**/*.kt"])?;
    Ok(Outcome::one("generated Kotlin is ktlint-clean"))
}

fn collect(dir: &Path, ext: &str, out: &mut Vec<String>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect(&path, ext, out);
        } else if path.extension().is_some_and(|e| e == ext) {
            out.push(path.display().to_string());
        }
    }
}

/// Runs every stage, or only the named ones (`cargo xtask test ts kotlin`).
pub fn run_all(only: &[&str]) -> ExitCode {
    let stages: [(&str, Stage); 10] = [
        ("drift", drift),
        ("rust", rust_tests),
        ("clippy", clippy),
        ("npm", toolchain),
        ("ts", typescript),
        ("prettier", prettier),
        ("kotlin", kotlin),
        ("ktlint", ktlint),
        ("conform", conformance),
        ("hostile", hostile),
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
    for (name, stage) in stages
        .into_iter()
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

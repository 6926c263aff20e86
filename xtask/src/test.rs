//! `cargo xtask test`: every test stage, one line each with its result and time, then a total.
//!
//! A stage that fails, cannot start, or runs zero tests counts as failed: a missing toolchain is
//! never a skip.

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

/// Runs a command, capturing its output; prints the output only when it fails.
fn run_command(name: &str, program: &str, args: &[&str]) -> Result<String, String> {
    let root = crate::root();
    let output = Command::new(program)
        .args(args)
        .current_dir(&root)
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

fn rust_tests() -> Result<Outcome, String> {
    let (ok, text) = match run_command(
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

fn drift() -> Result<Outcome, String> {
    run_command("drift", "cargo", &["xtask", "codegen", "--check"])?;
    Ok(Outcome {
        passed: 1,
        failed: 0,
        detail: "generated/ matches spec/".into(),
    })
}

fn clippy() -> Result<Outcome, String> {
    run_command(
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
    Ok(Outcome {
        passed: 1,
        failed: 0,
        detail: "no warnings, generated crate included".into(),
    })
}

pub fn run() -> ExitCode {
    let stages: [(&str, Stage); 3] = [("drift", drift), ("rust", rust_tests), ("clippy", clippy)];
    let mut passed = 0;
    let mut failed = 0;
    let started = Instant::now();
    for (name, stage) in stages {
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

//! Running the tools the stages use: commands with captured output, and their pass/fail counts.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// Runs a command from `dir` with extra environment, capturing its output. On failure the
/// output is printed and the error carries it too, so counts can still be read from it.
pub fn run_in_env(
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

pub fn run_in(dir: &Path, name: &str, program: &str, args: &[&str]) -> Result<String, String> {
    run_in_env(dir, name, program, args, &[])
}

pub fn run(name: &str, program: &str, args: &[&str]) -> Result<String, String> {
    run_in_env(&crate::root(), name, program, args, &[])
}

pub fn run_env(
    name: &str,
    program: &str,
    args: &[&str],
    env: &[(&str, &str)],
) -> Result<String, String> {
    run_in_env(&crate::root(), name, program, args, env)
}

/// Sums libtest's `test result: ok. N passed; M failed` lines.
pub fn libtest_counts(output: &str) -> (usize, usize) {
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
pub fn harness_counts(output: &str) -> Option<(usize, usize)> {
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
pub fn harness(name: &str, program: &str, args: &[&str]) -> Result<(usize, usize, String), String> {
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

pub fn toolchain_dir() -> PathBuf {
    crate::root().join("tests/toolchain")
}

pub fn bin(name: &str) -> String {
    toolchain_dir()
        .join("node_modules/.bin")
        .join(name)
        .display()
        .to_string()
}

pub fn build_dir(name: &str) -> PathBuf {
    crate::root().join("tests/.build").join(name)
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

/// A Python virtual environment at `venv` with the pinned `requirements` file installed, rebuilt
/// whenever that file changes; returns its python.
pub fn python_venv(requirements: &Path, venv: &Path) -> Result<String, String> {
    let pinned =
        std::fs::read(requirements).map_err(|e| format!("{}: {e}", requirements.display()))?;
    let stamp = venv.join("installed-requirements.txt");
    let python = venv.join("bin/python").display().to_string();
    if std::fs::read(&stamp).ok().as_deref() != Some(pinned.as_slice()) {
        let _ = std::fs::remove_dir_all(venv);
        run(
            "python venv",
            "python3",
            &["-m", "venv", &venv.display().to_string()],
        )?;
        let req = requirements.display().to_string();
        let pip = [
            "-m",
            "pip",
            "install",
            "--quiet",
            "--disable-pip-version-check",
            "--no-deps",
            "-r",
            &req,
        ];
        run("pip install", &python, &pip)?;
        std::fs::write(&stamp, &pinned).map_err(|e| e.to_string())?;
    }
    Ok(python)
}

/// The Python tools the stages `python` and `consumers` share (ruff, mypy), in
/// tests/.build/python/venv; returns its python.
pub fn python_tools_venv() -> Result<String, String> {
    python_venv(
        &crate::root().join("tests/python/requirements.txt"),
        &build_dir("python/venv"),
    )
}

//! `cargo xtask`: the project's commands.
//!
//! - `cargo xtask codegen` regenerates `generated/` from `spec/`;
//! - `cargo xtask codegen --check` compares instead, prints a diff and exits 1 on drift;
//! - `cargo xtask test` runs every test stage and ends with `N passed, N failed`;
//! - `cargo xtask bench` measures speed and size (a benchmark: it prints, never asserts).

mod bench;
mod fresh;
mod test;

use rtc_codegen::write::{Mode, Scope};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

const USAGE: &str = "usage: cargo xtask <command>

commands:
  codegen           regenerate generated/ from spec/ (says `up to date` without loading when
                    spec/, generated/ and the generator are as a run that changed nothing left them)
  codegen --check   compare generated/ with spec/ without writing; exit 1 on drift
  test [STAGE...]   run every test stage, or only the named ones
  bench             measure codegen against protoc, and the generated code's cost

codegen options:
  --spec DIR        read the spec from DIR instead of spec/
  --out DIR         write to (or compare with) DIR instead of generated/
  --only TARGETS    run only these emitters (comma-separated: rust,typescript,kotlin,go,c,
                    python,docs,json,changelog,schema,site) and touch only their folders
  --breaking-against REV
                    check compatibility with the catalog.json of git revision REV
                    (by default, with the catalog.json already in the output folder)";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    match args.as_slice() {
        ["codegen", options @ ..] => match CodegenOptions::parse(options) {
            Some(options) => codegen(options),
            None => {
                eprintln!("{USAGE}");
                ExitCode::from(2)
            }
        },
        ["test", only @ ..] => test::run_all(only),
        ["bench"] => bench::run(),
        ["help" | "--help" | "-h"] => {
            println!("{USAGE}");
            ExitCode::SUCCESS
        }
        _ => {
            eprintln!("{USAGE}");
            ExitCode::from(2)
        }
    }
}

/// The repository root: the xtask crate lives in `<root>/xtask`.
///
/// Read at run time (`cargo run` sets it) before the compile-time value: a target folder shared
/// by two copies of the repository holds one xtask binary, which cargo sees as fresh for both.
pub fn root() -> PathBuf {
    let manifest_dir = std::env::var_os("CARGO_MANIFEST_DIR")
        .map_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")), PathBuf::from);
    manifest_dir
        .parent()
        .expect("xtask has a parent folder")
        .to_owned()
}

/// What `codegen` reads, where it writes, and whether it only compares.
struct CodegenOptions {
    check: bool,
    spec: PathBuf,
    out: PathBuf,
    breaking_against: Option<String>,
    /// `--only`: the emitters to run (all by default).
    only: Option<String>,
}

impl CodegenOptions {
    fn parse(mut args: &[&str]) -> Option<Self> {
        let root = root();
        let mut options = CodegenOptions {
            check: false,
            spec: root.join("spec"),
            out: root.join("generated"),
            breaking_against: None,
            only: None,
        };
        while let Some((first, rest)) = args.split_first() {
            args = match (*first, rest) {
                ("--check", rest) => {
                    options.check = true;
                    rest
                }
                ("--spec", [dir, rest @ ..]) => {
                    options.spec = PathBuf::from(dir);
                    rest
                }
                ("--out", [dir, rest @ ..]) => {
                    options.out = PathBuf::from(dir);
                    rest
                }
                ("--only", [names, rest @ ..]) => {
                    options.only = Some((*names).to_owned());
                    rest
                }
                ("--breaking-against", [rev, rest @ ..]) => {
                    options.breaking_against = Some((*rev).to_owned());
                    rest
                }
                _ => return None,
            };
        }
        Some(options)
    }
}

/// The folder's name in messages: relative to the repository when it is inside it.
fn shown(path: &Path) -> String {
    let root = root();
    path.strip_prefix(&root)
        .unwrap_or(path)
        .display()
        .to_string()
}

fn codegen(options: CodegenOptions) -> ExitCode {
    let CodegenOptions {
        check,
        spec,
        out,
        breaking_against,
        only,
    } = options;
    let started = Instant::now();
    let ms = |t: Instant| t.elapsed().as_secs_f64() * 1000.0;
    // Some targets only: their emitters, and files in their folders only (see `Scope`).
    let (emitters, scope) = match only.as_deref().map(rtc_codegen::emit::select) {
        None => (rtc_codegen::emit::EMITTERS.to_vec(), Scope::All),
        Some(Ok(emitters)) => (emitters, Scope::Emitted),
        Some(Err(e)) => {
            eprintln!("error: --only: {e}");
            return ExitCode::from(2);
        }
    };
    // The fast path: a plain `codegen` whose inputs, outputs and generator are as a run that
    // changed nothing left them (see fresh.rs). `--check`, `--breaking-against` and `--only`
    // always run.
    let probe = (!check && breaking_against.is_none() && only.is_none())
        .then(|| fresh::Probe::new(&spec, &out))
        .flatten();
    if let Some(probe) = &probe {
        if let Some(summary) = probe.up_to_date() {
            println!(
                "codegen: {summary}; 0 changed, up to date since the last run ({:.1} ms)",
                ms(started)
            );
            return ExitCode::SUCCESS;
        }
        probe.forget();
    }
    let (mut catalog, sources) = match rtc_codegen::load_spec(&spec, &shown(&spec)) {
        Ok(loaded) => loaded,
        Err(diagnostics) => {
            eprintln!("{diagnostics}");
            return ExitCode::FAILURE;
        }
    };
    let loaded = started.elapsed();
    let loaded_peak = peak_mib();
    // The compatibility guard: against a git revision, or against the catalog being replaced.
    let earlier = match &breaking_against {
        Some(rev) => match git_show(rev, "generated/catalog.json") {
            Ok(text) => Some((text, format!("{rev}:generated/catalog.json"))),
            Err(e) => {
                eprintln!("error: cannot read generated/catalog.json at `{rev}`: {e}");
                return ExitCode::FAILURE;
            }
        },
        None => match std::fs::read_to_string(out.join("catalog.json")) {
            Ok(text) => Some((text, format!("{}/catalog.json", shown(&out)))),
            // A first generation has nothing to be compatible with; an output folder that lost
            // its catalog cannot be checked, and must not slip past the guard.
            Err(_) if !has_files(&out) => None,
            Err(e) => {
                eprintln!(
                    "error: cannot check compatibility: {}/catalog.json: {e}\nrestore it (`git checkout -- generated/catalog.json`), or compare with a revision: `--breaking-against REV`",
                    shown(&out)
                );
                return ExitCode::FAILURE;
            }
        },
    };
    // The spec's text serves the guard's messages; the catalog is all the emitters need.
    match earlier {
        Some((text, name)) => {
            if let Err(diagnostics) =
                rtc_codegen::check_compatibility(&mut catalog, sources, &text, &name)
            {
                eprintln!("{diagnostics}");
                return ExitCode::FAILURE;
            }
        }
        None => drop(sources),
    }
    let guarded = started.elapsed();
    let guarded_peak = peak_mib();
    let mode = if check { Mode::Check } else { Mode::Write };
    let result = rtc_codegen::write::run(&out, mode, scope, |sink| {
        rtc_codegen::emit::run(&catalog, &emitters, sink)
    });
    if std::env::var_os("RTC_CODEGEN_TIMINGS").is_some() {
        eprintln!(
            "timings: load {loaded:?}, compatibility {:?}, emit and {} {:?}; peak memory after each {loaded_peak}, {guarded_peak}, {} MiB",
            guarded - loaded,
            if check { "compare" } else { "write" },
            started.elapsed() - guarded,
            peak_mib()
        );
    }
    let files = result.as_ref().map_or(0, |outcome| outcome.files);
    let what = format!(
        "{} providers, {} code sets, {} codes, {files} files",
        catalog.providers.len(),
        catalog.code_set_count(),
        catalog.code_count(),
    );
    let result = result.map(|outcome| (outcome.changes, outcome.diff));
    if check {
        match result {
            Ok((changes, _)) if changes.is_empty() => {
                println!(
                    "codegen --check: generated/ is up to date ({what}; {:.1} ms)",
                    ms(started)
                );
                ExitCode::SUCCESS
            }
            Ok((changes, diff)) => {
                print!("{diff}");
                eprintln!(
                    "codegen --check: generated/ has drifted from spec/ in {} files:",
                    changes.len()
                );
                for change in &changes {
                    let (kind, path) = match change {
                        rtc_codegen::write::Change::Missing(p) => ("missing", p),
                        rtc_codegen::write::Change::Changed(p) => ("changed", p),
                        rtc_codegen::write::Change::Stale(p) => ("stale  ", p),
                    };
                    eprintln!("  {kind} generated/{path}");
                }
                eprintln!("run `cargo xtask codegen` and commit the result");
                ExitCode::FAILURE
            }
            Err(e) => {
                eprintln!("error: cannot compare generated/: {e}");
                ExitCode::FAILURE
            }
        }
    } else {
        match result {
            Ok((changes, _)) => {
                if let Some(probe) = probe.filter(|_| changes.is_empty()) {
                    probe.record(&what);
                }
                println!(
                    "codegen: {what}; {} changed ({:.1} ms)",
                    changes.len(),
                    ms(started)
                );
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!(
                    "error: cannot write generated/: {e}\nnothing was changed; fix the cause and run again"
                );
                ExitCode::FAILURE
            }
        }
    }
}

/// The process's peak resident memory so far, in MiB (`?` where the system does not say).
fn peak_mib() -> String {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<u64>().ok())
        .map_or("?".to_owned(), |kb| (kb / 1024).to_string())
}

/// A file as it was at a git revision.
fn git_show(rev: &str, path: &str) -> Result<String, String> {
    let output = std::process::Command::new("git")
        .args(["show", &format!("{rev}:{path}")])
        .current_dir(root())
        .output()
        .map_err(|e| format!("cannot run git: {e}"))?;
    if output.status.success() {
        String::from_utf8(output.stdout).map_err(|e| e.to_string())
    } else {
        Err(String::from_utf8_lossy(&output.stderr).trim().to_owned())
    }
}

/// Whether `dir` holds a file of a finished generation: not what cargo or npm built there, and not
/// the staged files of a `codegen` running at this moment (which renames `catalog.json`, first in
/// path order, before any other file), so two runs started together both see a first generation.
fn has_files(dir: &Path) -> bool {
    let skip = |rel: &str| rtc_codegen::write::NOT_OURS.contains(&rel);
    rtc_codegen::write::files_under(dir, &skip).map_or(true, |files| {
        files.iter().any(|f| !f.contains(".tmp-codegen-"))
    })
}

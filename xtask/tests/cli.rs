//! The `cargo xtask codegen` command as a user runs it: exit codes, messages, and what it
//! leaves on disk. Each test works on its own copy of the spec in a temporary folder.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_owned()
}

/// A fresh folder holding a copy of `spec/`, removed when dropped.
struct Workspace(PathBuf);

impl Workspace {
    fn new(name: &str) -> Self {
        let dir = std::env::temp_dir().join(format!("rtc-xtask-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        copy_dir(&root().join("spec"), &dir.join("spec"));
        Workspace(dir)
    }
    fn spec(&self) -> PathBuf {
        self.0.join("spec")
    }
    fn out(&self) -> PathBuf {
        self.0.join("generated")
    }
    fn codegen(&self, extra: &[&str]) -> Output {
        let spec = self.spec();
        let out = self.out();
        let mut args = vec![
            "codegen",
            "--spec",
            spec.to_str().unwrap(),
            "--out",
            out.to_str().unwrap(),
        ];
        args.extend_from_slice(extra);
        Command::new(env!("CARGO_BIN_EXE_xtask"))
            .args(&args)
            .output()
            .unwrap()
    }
}

impl Drop for Workspace {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let path = entry.unwrap().path();
        let target = to.join(path.file_name().unwrap());
        if path.is_dir() {
            copy_dir(&path, &target);
        } else {
            std::fs::copy(&path, &target).unwrap();
        }
    }
}

/// Every file under `dir` with its bytes.
fn snapshot(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    let mut files = BTreeMap::new();
    let mut stack = vec![dir.to_owned()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else {
                files.insert(
                    path.strip_prefix(dir).unwrap().to_owned(),
                    std::fs::read(&path).unwrap(),
                );
            }
        }
    }
    files
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn generates_from_scratch_then_reports_nothing_changed() {
    let ws = Workspace::new("scratch");
    let first = ws.codegen(&[]);
    assert!(first.status.success(), "{}", text(&first.stderr));
    let stdout = text(&first.stdout);
    assert!(
        stdout.starts_with("codegen: ") && stdout.contains(" codes, "),
        "{stdout}"
    );
    assert_eq!(
        snapshot(&ws.out()),
        snapshot(&root().join("generated")),
        "fresh output differs from the committed one"
    );
    let second = ws.codegen(&[]);
    assert!(
        text(&second.stdout).contains("; 0 changed"),
        "{}",
        text(&second.stdout)
    );
}

#[test]
fn a_bad_spec_fails_with_located_messages_and_changes_nothing() {
    let ws = Workspace::new("bad");
    assert!(ws.codegen(&[]).status.success());
    let before = snapshot(&ws.out());
    std::fs::copy(
        root().join("tests/bad-specs/many_problems/acme.yaml"),
        ws.spec().join("acme.yaml"),
    )
    .unwrap();
    let run = ws.codegen(&[]);
    let stderr = text(&run.stderr);
    assert_eq!(run.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("acme.yaml:15:19"), "{stderr}");
    assert!(stderr.contains("= help: "), "{stderr}");
    assert!(
        stderr.contains("the spec has 5 problems; nothing was generated"),
        "{stderr}"
    );
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert_eq!(
        snapshot(&ws.out()),
        before,
        "generated/ changed after a failed run"
    );
}

#[test]
fn check_reports_changed_missing_and_stale_files_and_writes_nothing() {
    let ws = Workspace::new("check");
    assert!(ws.codegen(&[]).status.success());
    assert!(ws.codegen(&["--check"]).status.success());
    let out = ws.out();
    std::fs::write(out.join("docs/jitsi.md"), "edited by hand\n").unwrap();
    std::fs::remove_file(out.join("docs/README.md")).unwrap();
    std::fs::write(out.join("docs/old.md"), "left over\n").unwrap();
    let before = snapshot(&out);
    let run = ws.codegen(&["--check"]);
    let (stdout, stderr) = (text(&run.stdout), text(&run.stderr));
    assert_eq!(run.status.code(), Some(1), "{stderr}");
    assert!(
        stdout.contains("--- a/generated/docs/jitsi.md") && stdout.contains("-edited by hand"),
        "{stdout}"
    );
    assert!(
        stdout.contains("+++ b/generated/docs/README.md"),
        "{stdout}"
    );
    assert!(stdout.contains("+++ /dev/null"), "{stdout}");
    for line in [
        "changed generated/docs/jitsi.md",
        "missing generated/docs/README.md",
        "stale   generated/docs/old.md",
    ] {
        assert!(stderr.contains(line), "no {line:?} in {stderr}");
    }
    assert_eq!(snapshot(&out), before, "--check wrote to disk");
    // A write brings everything back, stale file included.
    assert!(ws.codegen(&[]).status.success());
    assert!(!out.join("docs/old.md").exists());
    assert_eq!(snapshot(&out), snapshot(&root().join("generated")));
}

#[test]
fn a_missing_spec_folder_is_a_clear_error() {
    let ws = Workspace::new("missing");
    std::fs::remove_dir_all(ws.spec()).unwrap();
    let run = ws.codegen(&[]);
    let stderr = text(&run.stderr);
    assert_eq!(run.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("cannot read the spec folder"), "{stderr}");
    assert!(!ws.out().exists(), "an output folder was created");
}

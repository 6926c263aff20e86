//! `write::run`, fed file by file as `codegen` feeds it: what a run that stops half-way, a bad
//! hand-over or a partial run (`--only`) leaves on disk.

use rtc_codegen::emit::Out;
use rtc_codegen::write::{Change, Mode, Scope, files_under, run};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// A fresh folder holding `old.txt` and `keep/old.txt`, removed when dropped.
struct Folder(PathBuf);

impl Folder {
    fn new(name: &str) -> Self {
        let dir = std::env::temp_dir().join(format!("rtc-stream-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("keep")).unwrap();
        std::fs::write(dir.join("old.txt"), "old\n").unwrap();
        std::fs::write(dir.join("keep/old.txt"), "kept\n").unwrap();
        Folder(dir)
    }
    fn files(&self) -> BTreeSet<String> {
        files_under(&self.0, &|_| false).unwrap()
    }
}

impl Drop for Folder {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn two_files(out: &mut dyn Out) {
    out.file("new/a.txt".into(), "a\n".into());
    out.file("old.txt".into(), "new\n".into());
}

fn read(dir: &Path, path: &str) -> String {
    std::fs::read_to_string(dir.join(path)).unwrap()
}

#[test]
fn an_emitter_that_panics_half_way_leaves_the_folder_as_it_was() {
    let folder = Folder::new("panic");
    let before = folder.files();
    let result = std::panic::catch_unwind(|| {
        run(&folder.0, Mode::Write, Scope::All, |out| {
            two_files(out);
            panic!("an emitter bug");
        })
    });
    assert!(result.is_err());
    assert_eq!(folder.files(), before, "staged files were left behind");
    assert_eq!(read(&folder.0, "old.txt"), "old\n");
}

#[test]
fn a_file_handed_over_twice_is_an_error_and_nothing_is_written() {
    let folder = Folder::new("twice");
    let before = folder.files();
    let error = run(&folder.0, Mode::Write, Scope::All, |out| {
        two_files(out);
        out.file("new/a.txt".into(), "again\n".into());
    })
    .unwrap_err();
    assert!(
        error.to_string().contains("new/a.txt: emitted twice"),
        "{error}"
    );
    assert_eq!(folder.files(), before);
}

#[test]
fn a_full_run_removes_every_stale_file_and_a_partial_one_only_in_its_folders() {
    let folder = Folder::new("scope");
    let partial = run(&folder.0, Mode::Check, Scope::Emitted, two_files).unwrap();
    assert_eq!(
        partial.changes,
        [
            Change::Missing("new/a.txt".into()),
            Change::Changed("old.txt".into())
        ],
        "keep/ is no target's folder in this run"
    );
    assert!(partial.diff.contains("-old\n+new\n"), "{}", partial.diff);
    let full = run(&folder.0, Mode::Write, Scope::All, two_files).unwrap();
    assert_eq!(
        full.changes,
        [
            Change::Stale("keep/old.txt".into()),
            Change::Missing("new/a.txt".into()),
            Change::Changed("old.txt".into())
        ],
        "in path order"
    );
    assert!(!folder.0.join("keep").exists(), "the emptied folder stays");
    assert_eq!(full.files, 2);
    let expected: BTreeSet<String> = ["new/a.txt", "old.txt"].map(String::from).into();
    assert_eq!(folder.files(), expected);
    assert_eq!(read(&folder.0, "old.txt"), "new\n");
    let again = run(&folder.0, Mode::Write, Scope::All, two_files).unwrap();
    assert!(again.changes.is_empty(), "{:?}", again.changes);
}

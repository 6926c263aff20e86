//! The [`Sink`] every emitted file goes to as soon as it is made: compared with the file on disk,
//! then staged beside it (a write) or turned into a diff (a check), then dropped.

use super::{Change, at, existing};
use crate::emit::Out;
use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::io;
use std::path::{Path, PathBuf};

/// What a run does with a file that differs from the one on disk.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Stage it in a temporary file beside its target, for [`Sink::finish`] to rename.
    Write,
    /// Keep its unified diff against the file on disk.
    Check,
}

/// Which files on disk a run answers for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// Every file the generator owns: one that nobody emitted is stale.
    All,
    /// Only files in the top-level folders (or top-level files) this run emitted into: for a run
    /// of some targets, which must leave the others' files alone.
    Emitted,
}

/// What a finished run found.
#[derive(Debug, Default)]
pub struct Outcome {
    /// What differs (or differed, before a write), in path order.
    pub changes: Vec<Change>,
    /// Check mode: the unified diff of every change, in path order.
    pub diff: String,
    /// How many files were emitted.
    pub files: usize,
}

/// Receives the emitted files one by one; see the module doc.
pub struct Sink {
    dir: PathBuf,
    mode: Mode,
    on_disk: BTreeSet<String>,
    emitted: BTreeSet<String>,
    changes: Vec<Change>,
    /// Check mode: each change's unified diff, by path, so the report is in path order.
    diffs: BTreeMap<String, String>,
    /// Write mode: (path under `dir`, its temporary file), removed again unless committed.
    staged: Vec<(String, PathBuf)>,
    /// Folders known to exist, so each is created once and not once per file.
    folders: HashSet<PathBuf>,
    suffix: String,
    /// The first I/O error; later files are ignored, and [`Sink::finish`] returns it.
    error: Option<io::Error>,
    /// Write mode: concurrent runs take turns on an advisory lock on `dir`.
    _lock: Option<std::fs::File>,
}

impl Sink {
    /// A sink for `dir`: lists the files there (and, to write, takes the lock first).
    pub fn open(dir: &Path, mode: Mode) -> io::Result<Sink> {
        let lock = match mode {
            Mode::Write => {
                std::fs::create_dir_all(dir).map_err(at(dir))?;
                let lock = std::fs::File::open(dir).map_err(at(dir))?;
                lock.lock().map_err(at(dir))?;
                Some(lock)
            }
            Mode::Check => None,
        };
        Ok(Sink {
            dir: dir.to_owned(),
            mode,
            on_disk: existing(dir)?,
            emitted: BTreeSet::new(),
            changes: Vec::new(),
            diffs: BTreeMap::new(),
            staged: Vec::new(),
            folders: HashSet::from([dir.to_owned()]),
            suffix: format!(".tmp-codegen-{}", std::process::id()),
            error: None,
            _lock: lock,
        })
    }

    /// Compares one file with the disk, and stages it or keeps its diff when it differs.
    fn take(&mut self, path: String, text: String) -> io::Result<()> {
        if !self.emitted.insert(path.clone()) {
            return Err(io::Error::other(format!(
                "{path}: emitted twice (a generator bug: two targets claim one file)"
            )));
        }
        let target = self.dir.join(&path);
        let change = if self.on_disk.contains(&path) {
            if self.same_as_disk(&target, &text)? {
                return Ok(());
            }
            Change::Changed(path.clone())
        } else {
            Change::Missing(path.clone())
        };
        match self.mode {
            Mode::Check => {
                let old = match change {
                    Change::Changed(_) => read_lossy(&target)?,
                    _ => String::new(),
                };
                let diff = unified(&change, &old, &text);
                self.diffs.insert(path, diff);
            }
            Mode::Write => {
                let tmp = self.stage(&target, &text)?;
                self.staged.push((path, tmp));
            }
        }
        self.changes.push(change);
        Ok(())
    }

    /// Whether `target` already holds `text`: a size that differs answers at once, and the
    /// contents are compared a block at a time rather than read whole beside the new text.
    fn same_as_disk(&self, target: &Path, text: &str) -> io::Result<bool> {
        use std::io::Read;
        let mut file = std::fs::File::open(target).map_err(at(target))?;
        if file.metadata().map_err(at(target))?.len() != text.len() as u64 {
            return Ok(false);
        }
        let mut block = vec![0; 64 * 1024];
        let mut rest = text.as_bytes();
        loop {
            let n = file.read(&mut block).map_err(at(target))?;
            if n == 0 {
                return Ok(rest.is_empty());
            }
            if n > rest.len() || block[..n] != rest[..n] {
                return Ok(false);
            }
            rest = &rest[n..];
        }
    }

    /// Writes `text` to a temporary file beside `target`; nothing is staged where a folder
    /// stands in the generated file's place.
    fn stage(&mut self, target: &Path, text: &str) -> io::Result<PathBuf> {
        if std::fs::symlink_metadata(target).is_ok_and(|m| m.is_dir()) {
            return Err(io::Error::new(
                io::ErrorKind::IsADirectory,
                format!(
                    "{}: is a folder; the generated file needs its place",
                    target.display()
                ),
            ));
        }
        if let Some(parent) = target.parent()
            && !self.folders.contains(parent)
        {
            std::fs::create_dir_all(parent).map_err(at(parent))?;
            self.folders.insert(parent.to_owned());
        }
        let tmp = PathBuf::from(format!("{}{}", target.display(), self.suffix));
        std::fs::write(&tmp, text).map_err(at(&tmp))?;
        Ok(tmp)
    }

    /// Ends the run: adds the stale files within `scope`, then (to write) renames every staged
    /// file into place, all or nothing.
    pub fn finish(mut self, scope: Scope) -> io::Result<Outcome> {
        if let Some(e) = self.error.take() {
            return Err(e);
        }
        let stale = self.stale(scope);
        for path in &stale {
            if self.mode == Mode::Check {
                let old = read_lossy(&self.dir.join(path))?;
                let change = Change::Stale(path.clone());
                self.diffs.insert(path.clone(), unified(&change, &old, ""));
            }
            self.changes.push(Change::Stale(path.clone()));
        }
        self.changes.sort_by(|a, b| a.path().cmp(b.path()));
        if self.mode == Mode::Write {
            // Renamed in path order, whatever order the emitters ran in.
            self.staged.sort();
            let staged = std::mem::take(&mut self.staged);
            let stale: Vec<PathBuf> = stale.iter().map(|p| self.dir.join(p)).collect();
            super::commit(&self.dir, &staged, &stale)?;
        }
        Ok(Outcome {
            changes: std::mem::take(&mut self.changes),
            diff: std::mem::take(&mut self.diffs).into_values().collect(),
            files: self.emitted.len(),
        })
    }

    /// Files on disk in `scope` that this run did not emit.
    fn stale(&self, scope: Scope) -> Vec<String> {
        let top = |path: &str| path.split('/').next().unwrap_or(path).to_owned();
        let touched: BTreeSet<String> = self.emitted.iter().map(|p| top(p)).collect();
        self.on_disk
            .iter()
            .filter(|p| !self.emitted.contains(*p))
            .filter(|p| scope == Scope::All || touched.contains(&top(p)))
            .cloned()
            .collect()
    }
}

impl Out for Sink {
    fn file(&mut self, path: String, text: String) {
        if self.error.is_none()
            && let Err(e) = self.take(path, text)
        {
            self.error = Some(e);
        }
    }
}

/// A run that ends early (an error, a panic in an emitter) leaves no temporary file behind.
impl Drop for Sink {
    fn drop(&mut self) {
        for (_, tmp) in &self.staged {
            let _ = std::fs::remove_file(tmp);
        }
    }
}

fn read_lossy(path: &Path) -> io::Result<String> {
    let bytes = std::fs::read(path).map_err(at(path))?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

/// One change as `git diff` shows it.
fn unified(change: &Change, old: &str, new: &str) -> String {
    let path = change.path();
    let (a, b) = match change {
        Change::Missing(_) => ("/dev/null".to_owned(), format!("b/generated/{path}")),
        Change::Stale(_) => (format!("a/generated/{path}"), "/dev/null".to_owned()),
        Change::Changed(_) => (format!("a/generated/{path}"), format!("b/generated/{path}")),
    };
    crate::diff::unified(old, new, &a, &b)
}

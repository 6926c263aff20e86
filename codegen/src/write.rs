//! Write: bring `generated/` in line with the emitted files, or compare without writing.
//!
//! The only file I/O after loading. Each emitted file goes to a [`Sink`] as soon as it is made
//! and is dropped once compared or staged, so a run never holds every output at once. Writing is
//! all-or-nothing: every new content goes to a temporary file beside its target first; only when
//! all of them are written are they renamed into place, so a failure leaves the previous
//! `generated/` as it was.

mod sink;

pub use sink::{Mode, Outcome, Scope, Sink};

use crate::emit::{Files, Out};
use std::collections::BTreeSet;
use std::io;
use std::path::{Path, PathBuf};

/// How one file differs between `generated/` and the emitted set.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change {
    /// Emitted but not on disk.
    Missing(String),
    /// On disk with other contents.
    Changed(String),
    /// On disk but no longer emitted.
    Stale(String),
}

impl Change {
    /// The path relative to `generated/`.
    pub fn path(&self) -> &str {
        match self {
            Change::Missing(p) | Change::Changed(p) | Change::Stale(p) => p,
        }
    }
}

/// What others build inside the output folder: cargo next to the Rust crate, npm next to the
/// TypeScript package, Maven next to the Kotlin module. Never stale, never compared. Paths
/// relative to the output folder.
pub const NOT_OURS: [&str; 4] = [
    "rust/target",
    "rust/Cargo.lock",
    "kotlin/target",
    "typescript/node_modules",
];

/// Every file under `dir` that the generator owns (see [`NOT_OURS`]).
fn existing(dir: &Path) -> io::Result<BTreeSet<String>> {
    files_under(dir, &|rel| NOT_OURS.contains(&rel))
}

/// Every file under `dir`: relative, with `/` separators, sorted; a missing `dir` has none.
/// Entries (folders or files) whose relative path `skip` accepts are left out. The project's one
/// recursive directory walk: the write, the drift check and the test stages all list files here.
pub fn files_under(dir: &Path, skip: &dyn Fn(&str) -> bool) -> io::Result<BTreeSet<String>> {
    fn walk(
        dir: &Path,
        prefix: &str,
        skip: &dyn Fn(&str) -> bool,
        out: &mut BTreeSet<String>,
    ) -> io::Result<()> {
        let entries = match std::fs::read_dir(dir) {
            Ok(e) => e,
            Err(e) if e.kind() == io::ErrorKind::NotFound && prefix.is_empty() => return Ok(()),
            Err(e) => return Err(at(dir)(e)),
        };
        for entry in entries {
            let entry = entry.map_err(at(dir))?;
            let name = entry.file_name();
            let rel = format!("{prefix}{}", name.to_string_lossy());
            if skip(&rel) {
                continue;
            }
            if entry.file_type().map_err(at(&entry.path()))?.is_dir() {
                walk(&entry.path(), &format!("{rel}/"), skip, out)?;
            } else {
                out.insert(rel);
            }
        }
        Ok(())
    }
    let mut out = BTreeSet::new();
    walk(dir, "", skip, &mut out)?;
    Ok(out)
}

/// Makes `dir` match (within `scope`) what `emit` hands its [`Out`], or with [`Mode::Check`]
/// only compares. See [`Sink`].
pub fn run(
    dir: &Path,
    mode: Mode,
    scope: Scope,
    emit: impl FnOnce(&mut dyn Out),
) -> io::Result<Outcome> {
    let mut sink = Sink::open(dir, mode)?;
    emit(&mut sink);
    sink.finish(scope)
}

/// Hands every file of `files` to `out`, in path order.
fn replay(files: &Files, out: &mut dyn Out) {
    for (path, text) in files {
        out.file(path.clone(), text.clone());
    }
}

/// What differs between `dir` and `files`, in path order.
pub fn changes(dir: &Path, files: &Files) -> io::Result<Vec<Change>> {
    run(dir, Mode::Check, Scope::All, |out| replay(files, out)).map(|o| o.changes)
}

/// A unified diff of every change, as `git diff` would show it.
pub fn diff(dir: &Path, files: &Files, changes: &[Change]) -> io::Result<String> {
    let mut out = String::new();
    for change in changes {
        let path = change.path();
        let old = match change {
            Change::Missing(_) => String::new(),
            _ => String::from_utf8_lossy(&std::fs::read(dir.join(path))?).into_owned(),
        };
        let new = files.get(path).map(String::as_str).unwrap_or("");
        let (a, b) = match change {
            Change::Missing(_) => ("/dev/null".to_owned(), format!("b/generated/{path}")),
            Change::Stale(_) => (format!("a/generated/{path}"), "/dev/null".to_owned()),
            Change::Changed(_) => (format!("a/generated/{path}"), format!("b/generated/{path}")),
        };
        out.push_str(&crate::diff::unified(&old, new, &a, &b));
    }
    Ok(out)
}

/// An I/O error that names the path it happened at.
fn at(path: &Path) -> impl FnOnce(io::Error) -> io::Error + '_ {
    move |e| io::Error::new(e.kind(), format!("{}: {e}", path.display()))
}

/// Makes `dir` hold exactly `files`; returns what changed. See [`Sink`].
pub fn write(dir: &Path, files: &Files) -> io::Result<Vec<Change>> {
    run(dir, Mode::Write, Scope::All, |out| replay(files, out)).map(|o| o.changes)
}

/// Renames each staged `(path, temporary file)` to `dir/path` and removes the `stale` files,
/// all or nothing: each replaced file is kept aside until every rename succeeded, so a failure
/// at any step restores the previous tree (and removes the temporary files).
fn commit(dir: &Path, staged: &[(String, PathBuf)], stale: &[PathBuf]) -> io::Result<()> {
    let staged: Vec<(PathBuf, PathBuf)> = staged
        .iter()
        .map(|(rel, tmp)| (tmp.clone(), dir.join(rel)))
        .collect();
    // Commit: keep each replaced file aside until every rename succeeded.
    let aside = |target: &Path| {
        PathBuf::from(format!(
            "{}.old-codegen-{}",
            target.display(),
            std::process::id()
        ))
    };
    let mut done: Vec<(&PathBuf, bool)> = Vec::new();
    let mut failure = None;
    // Stale files go aside first, so a failure below can bring them back too.
    let mut set_aside: Vec<&PathBuf> = Vec::new();
    for path in stale {
        if let Err(e) = std::fs::rename(path, aside(path)) {
            failure = Some(at(path)(e));
            break;
        }
        set_aside.push(path);
    }
    for (tmp, target) in staged.iter().filter(|_| failure.is_none()) {
        let existed = target.exists();
        if existed && let Err(e) = std::fs::rename(target, aside(target)) {
            failure = Some(at(target)(e));
            break;
        }
        if let Err(e) = std::fs::rename(tmp, target) {
            if existed {
                let _ = std::fs::rename(aside(target), target);
            }
            failure = Some(at(target)(e));
            break;
        }
        done.push((target, existed));
    }
    if let Some(e) = failure {
        for path in set_aside {
            let _ = std::fs::rename(aside(path), path);
        }
        for (target, existed) in done.into_iter().rev() {
            let _ = std::fs::remove_file(target);
            if existed {
                let _ = std::fs::rename(aside(target), target);
            }
        }
        for (tmp, _) in &staged {
            let _ = std::fs::remove_file(tmp);
        }
        return Err(e);
    }
    for (target, existed) in done {
        if existed {
            let _ = std::fs::remove_file(aside(target));
        }
    }
    for path in set_aside {
        let _ = std::fs::remove_file(aside(path));
        // Drop folders the stale file leaves empty, up to `dir`.
        let mut parent = path.parent();
        while let Some(folder) = parent.filter(|f| *f != dir) {
            if std::fs::remove_dir(folder).is_err() {
                break;
            }
            parent = folder.parent();
        }
    }
    Ok(())
}

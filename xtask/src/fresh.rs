//! The up-to-date fast path of `cargo xtask codegen`: when nothing that decides the output has
//! changed since a run that found nothing to write, say so and exit without loading the spec.
//!
//! What decides the output: every entry of the spec folder, every file the generator owns in the
//! output folder (the previous `catalog.json` feeds the compatibility guard; a hand edit or a
//! deleted file must still be repaired), the generator itself (the running binary: an edited
//! emitter is a new build), and the two folders. Each file is described by its size,
//! modification time (to the nanosecond) and inode, as `git status` does; the description of the
//! whole is the *state*. A run that wrote nothing stores its state, taken *before* it read
//! anything, as the *record*; a later run whose state equals the record is up to date.
//!
//! Safe by construction:
//! - the record lives beside the binary (`target/debug/codegen-fresh/`), never in the output;
//!   one record per (spec, output) pair of canonical paths, so other `--spec`/`--out` folders
//!   and checkouts sharing one `target/` never answer for each other;
//! - only a run that compared every file and changed none records, so a record always
//!   describes a fixed point of the generator, never a run that was interrupted or refused;
//! - `--check` always compares and `--breaking-against` always runs the guard: neither consults
//!   nor writes a record;
//! - "racy" files: a file modified after the state was taken could keep its size and, within
//!   the file system's timestamp granularity, its time. So no record is written while any spec
//!   or output file's time is within [`RACY_SECONDS`] of the run's start: a later run records
//!   instead. (Not the binary's: cargo replaces it with a new file, a new inode, never in place.)

use std::fmt::Write as _;
use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

/// Coarser than any file system's timestamps (FAT's are 2 s): files modified this close to a
/// run's start might change again without their time changing, so they keep it from recording.
const RACY_SECONDS: u64 = 3;

/// What the first line of a record says, and which format follows.
const HEADER: &str = "rtc-codegen up-to-date record, format 1";

/// The state of everything that decides one (spec, output) pair's output, taken at a run's
/// start, and where its record lives.
pub struct Probe {
    state: String,
    record: PathBuf,
    started: SystemTime,
    newest: SystemTime,
}

impl Probe {
    /// Takes the state now; `None` when it cannot be described (an unreadable entry, a binary of
    /// unknown location): then the run neither skips nor records.
    pub fn new(spec: &Path, out: &Path) -> Option<Probe> {
        let started = SystemTime::now();
        let exe = std::env::current_exe().ok()?;
        let spec = spec.canonicalize().ok()?;
        let out = out.canonicalize().ok()?;
        let mut state = format!("{HEADER}\nspec {}\nout {}\n", spec.display(), out.display());
        describe(&mut state, "generator", "", &exe)?;
        let mut newest = UNIX_EPOCH;
        let mut add = |kind: &str, name: &str, path: &Path| -> Option<()> {
            newest = newest.max(describe(&mut state, kind, name, path)?);
            Some(())
        };
        for name in spec_entries(&spec)? {
            add("spec", &name, &spec.join(&name))?;
        }
        for rel in output_files(&out)? {
            add("out", &rel, &out.join(&rel))?;
        }
        let record = exe
            .parent()?
            .join("codegen-fresh")
            .join(record_name(&spec, &out));
        Some(Probe {
            state,
            record,
            started,
            newest,
        })
    }

    /// The summary the recorded run printed, when nothing has changed since.
    pub fn up_to_date(&self) -> Option<String> {
        let text = std::fs::read_to_string(&self.record).ok()?;
        let (summary, state) = text.split_once('\n')?;
        (state == self.state).then(|| summary.to_owned())
    }

    /// Records the state of a run that changed nothing, with the summary it printed. Best
    /// effort: a record that cannot be written only means the next run compares again.
    pub fn record(&self, summary: &str) {
        let racy = self.newest + Duration::from_secs(RACY_SECONDS) > self.started;
        if racy || summary.contains('\n') {
            return;
        }
        let Some(dir) = self.record.parent() else {
            return;
        };
        let tmp = self
            .record
            .with_extension(format!("tmp-{}", std::process::id()));
        let written = std::fs::create_dir_all(dir)
            .and_then(|()| std::fs::write(&tmp, format!("{summary}\n{}", self.state)))
            .and_then(|()| std::fs::rename(&tmp, &self.record));
        if written.is_err() {
            let _ = std::fs::remove_file(&tmp);
        }
    }

    /// Forgets the record: after a run that changed files or failed, nothing is up to date.
    pub fn forget(&self) {
        let _ = std::fs::remove_file(&self.record);
    }
}

/// Adds a line for one file (symlinks followed, as the loader and the comparison do) to `state`;
/// returns its modification time.
fn describe(state: &mut String, kind: &str, name: &str, path: &Path) -> Option<SystemTime> {
    let meta = std::fs::metadata(path).ok()?;
    let modified = meta.modified().ok()?;
    let nanos = modified.duration_since(UNIX_EPOCH).ok()?.as_nanos();
    let file_type = if meta.is_dir() { "dir" } else { "file" };
    let _ = writeln!(
        state,
        "{kind} {file_type} {} {nanos} {} {name}",
        meta.len(),
        inode(&meta)
    );
    Some(modified)
}

/// Every entry of the spec folder by name, sorted: the loader reads its `*.yaml` files and
/// refuses some others, so every entry counts. `None` if one is not UTF-8 (the loader refuses).
fn spec_entries(spec: &Path) -> Option<Vec<String>> {
    let mut names = Vec::new();
    for entry in std::fs::read_dir(spec).ok()? {
        names.push(entry.ok()?.file_name().into_string().ok()?);
    }
    names.sort();
    Some(names)
}

/// Every file the generator owns in the output folder, as `codegen` compares them.
fn output_files(out: &Path) -> Option<Vec<String>> {
    let skip = |rel: &str| rtc_codegen::write::NOT_OURS.contains(&rel);
    let files = rtc_codegen::write::files_under(out, &skip).ok()?;
    Some(files.into_iter().collect())
}

/// The record's file name: a hash of the two canonical folders (the record repeats them, so a
/// collision only costs a comparison).
fn record_name(spec: &Path, out: &Path) -> String {
    let mut hasher = std::hash::DefaultHasher::new();
    (spec, out).hash(&mut hasher);
    format!("{:016x}", hasher.finish())
}

#[cfg(unix)]
fn inode(meta: &std::fs::Metadata) -> u64 {
    std::os::unix::fs::MetadataExt::ino(meta)
}

#[cfg(not(unix))]
fn inode(_: &std::fs::Metadata) -> u64 {
    0
}

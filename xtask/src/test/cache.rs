//! Up-to-date records for checks whose tool keeps no cache of its own (kotlinc, ktlint, pyright):
//! a check that passed on exactly these inputs, with this tool and these flags, passes again.
//!
//! The key is a hash of every input file's path and bytes, the tool's version and flags, and the
//! xtask build (so a changed check is a changed key). A record is written only after the
//! check passed; `RTC_TEST_NO_CACHE=1` ignores every record. Records live under
//! `tests/.build/cache/`, never in git, so a fresh clone (CI) always runs everything.

use super::process::build_dir;
use std::path::{Path, PathBuf};

/// One check's record: where it is kept and the key its inputs hash to now.
pub struct Record {
    path: PathBuf,
    key: String,
}

impl Record {
    /// The record for check `name` (unique per tree and check, e.g. `kotlin/real/ktlint`) over
    /// every file under `inputs` (files or folders) and `extra` (tool version, flags).
    pub fn new(name: &str, inputs: &[&Path], extra: &str) -> Result<Record, String> {
        let mut hash = Fnv::default();
        hash.add(extra.as_bytes());
        hash.add(this_build()?.as_bytes());
        for input in inputs {
            let files = if input.is_dir() {
                rtc_codegen::write::files_under(input, &|_| false)
                    .map_err(|e| e.to_string())?
                    .into_iter()
                    .map(|rel| input.join(rel))
                    .collect()
            } else {
                vec![input.to_path_buf()]
            };
            for file in files {
                hash.add(file.to_string_lossy().as_bytes());
                hash.add(&std::fs::read(&file).map_err(|e| format!("{}: {e}", file.display()))?);
            }
        }
        Ok(Record {
            path: build_dir("cache").join(format!("{name}.key")),
            key: format!("{:016x}", hash.0),
        })
    }

    /// Whether the check passed before on these same inputs.
    pub fn passed_before(&self) -> bool {
        std::env::var_os("RTC_TEST_NO_CACHE").is_none()
            && std::fs::read_to_string(&self.path).is_ok_and(|k| k == self.key)
    }

    /// Records that the check passed on these inputs.
    pub fn passed(&self) {
        if let Some(parent) = self.path.parent() {
            let _ = std::fs::create_dir_all(parent);
        }
        let _ = std::fs::write(&self.path, &self.key);
    }
}

/// The xtask binary's size and modification time: a rebuilt xtask (a changed check) is a new key.
fn this_build() -> Result<String, String> {
    let me = std::env::current_exe().map_err(|e| format!("cannot find the xtask: {e}"))?;
    let meta = std::fs::metadata(&me).map_err(|e| format!("{}: {e}", me.display()))?;
    let modified = meta
        .modified()
        .ok()
        .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
        .unwrap_or_default();
    Ok(format!(
        "{} {} {}",
        me.display(),
        meta.len(),
        modified.as_nanos()
    ))
}

/// 64-bit FNV-1a, each part followed by its length so parts cannot run together.
struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Self {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl Fnv {
    fn add(&mut self, bytes: &[u8]) {
        for &b in bytes.iter().chain(&(bytes.len() as u64).to_le_bytes()) {
            self.0 ^= u64::from(b);
            self.0 = self.0.wrapping_mul(0x0100_0000_01b3);
        }
    }
}

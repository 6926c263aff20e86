//! Pass records for the npm checker's runs: a run that passed on exactly these inputs, with the
//! same checker, the same installed packages (the lock `npm ci` installed them from) and the same
//! Node, passes again, and its output (which the coverage check reads) is kept with the record.

use crate::test::cache::Record;
use crate::test::process::{build_dir, run};
use std::path::{Path, PathBuf};

/// One checker run's record and where its passing output is kept.
pub struct Cached {
    record: Record,
    output: PathBuf,
}

impl Cached {
    /// The record for run `name` over `inputs`, the checker's scripts and lock, and Node.
    pub fn new(name: &str, inputs: &[&Path]) -> Result<Cached, String> {
        let dir = crate::root().join("tests/conformance");
        let mut all: Vec<PathBuf> = inputs.iter().map(|p| p.to_path_buf()).collect();
        for file in [
            "check_npm.mjs",
            "read_npm.mjs",
            "package-lock.json",
            "node_modules/.installed-lock.json",
        ] {
            all.push(dir.join(file));
        }
        let all: Vec<&Path> = all.iter().map(PathBuf::as_path).collect();
        let node = run("node --version", "node", &["--version"])?;
        Ok(Cached {
            record: Record::new(&format!("conform/{name}"), &all, &format!("node {node}"))?,
            output: build_dir("cache").join(format!("conform/{name}.output")),
        })
    }

    /// The output of the run that passed on these inputs, if one did.
    pub fn output_before(&self) -> Option<String> {
        if !self.record.passed_before() {
            return None;
        }
        std::fs::read_to_string(&self.output).ok()
    }

    /// Records a passing run and keeps its output.
    pub fn passed(&self, output: &str) {
        if let Some(parent) = self.output.parent() {
            let _ = std::fs::create_dir_all(parent);
        }
        if std::fs::write(&self.output, output).is_ok() {
            self.record.passed();
        }
    }
}

/// The passed count of a kept output's `RESULT N passed, 0 failed` line.
pub fn passed_in(output: &str) -> Option<usize> {
    let line = output
        .lines()
        .rev()
        .find_map(|l| l.strip_prefix("RESULT "))?;
    line.split_whitespace().next()?.parse().ok()
}

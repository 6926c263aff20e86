//! The kotlin stage's counts: each compilation (recorded when it passed), each harness's
//! `RESULT` line, as the driver reported them.

use super::super::process::harness_counts;
use super::super::trees::Tally;
use super::batch::Ended;
use super::{Step, TreeJobs};
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// Counts a tree's checks: each compilation, and each harness that ran (as the driver ran it).
pub fn tree(tree_jobs: &TreeJobs, ended: &HashMap<PathBuf, Ended>, tally: &mut Tally) {
    let label = |what: &str| format!("{}: kotlin {what}", tree_jobs.tree.name);
    let steps = [
        (&tree_jobs.kotlinc, "kotlinc -Werror"),
        (&tree_jobs.kotlinc_js, "kotlinc-js -Werror (common sources)"),
    ];
    for (step, what) in steps {
        if let Some(result) = compiled(&label(what), step, ended) {
            tally.add(&label(what), result);
        }
    }
    harness(&label("vectors"), &tree_jobs.vectors, ended, tally);
    if let Some((javac, run)) = &tree_jobs.interop {
        if let Some(result) = compiled(&label("javac -Werror"), javac, ended) {
            tally.add(&label("javac -Werror"), result);
        }
        harness(&label("Java interop"), run, ended, tally);
    }
}

/// A compilation's result (recorded when it passed), or none when it was skipped.
fn compiled(
    label: &str,
    step: &Step,
    ended: &HashMap<PathBuf, Ended>,
) -> Option<Result<(usize, usize), String>> {
    let Step::Job(file, record) = step else {
        return Some(Ok((1, 0)));
    };
    match ended.get(file)? {
        Ended::Code(0, _) => {
            record.passed();
            Some(Ok((1, 0)))
        }
        Ended::Code(code, text) => {
            eprintln!("---- {label} output ----\n{text}---- end of {label} output ----");
            let first = text.lines().find(|l| l.contains("error:"));
            Some(Err(format!(
                "did not compile (exit {code}): {}",
                first.unwrap_or("no error line")
            )))
        }
        Ended::Skipped => None,
    }
}

/// Counts a harness's `RESULT` line; a failed run with no counts is one failure.
fn harness(label: &str, job: &Path, ended: &HashMap<PathBuf, Ended>, tally: &mut Tally) {
    let Some(Ended::Code(code, text)) = ended.get(job) else {
        return;
    };
    if *code != 0 {
        eprintln!("---- {label} output ----\n{text}---- end of {label} output ----");
    }
    let result = match harness_counts(text) {
        Some((passed, failed)) if *code == 0 => Ok((passed, failed)),
        Some((passed, failed)) => Ok((passed, failed.max(1))),
        None if *code == 0 => Err("printed no RESULT line".to_owned()),
        None => Err(text.clone()),
    };
    tally.add(label, result);
}

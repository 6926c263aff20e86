//! Runs the test steps side by side as a small dependency graph, each in a child process of its
//! own (step.rs): a stage that panics or dies is a failed stage, never a hang. A stage starts when
//! the steps it needs have ended (installs first: npm, Debian, the Python tools), when no
//! running stage holds its lock (the cargo commands on the workspace's target/ take turns), and,
//! if it is CPU-heavy, when one of the tokens is free (one per core; `RTC_TEST_JOBS=N` sets N).
//! Among the stages ready to start, the slowest of the previous run starts first.

use super::process::build_dir;
use super::step::{Finished, Step, print_report, spawn_child};
use std::collections::BTreeSet;
use std::panic::catch_unwind;
use std::process::ExitCode;
use std::sync::mpsc;
use std::time::Instant;

#[cfg(test)]
mod tests;

/// One step's end, as the runner receives it.
struct Report {
    index: usize,
    finished: Finished,
    output: String,
    secs: f64,
}

/// Where the previous run's stage times are kept (slowest starts first next time).
fn times_file() -> std::path::PathBuf {
    build_dir("stage-times.txt")
}

fn previous_times() -> Vec<(String, f64)> {
    let text = std::fs::read_to_string(times_file()).unwrap_or_default();
    text.lines()
        .filter_map(|l| {
            let (name, secs) = l.split_once(' ')?;
            Some((name.to_owned(), secs.parse().ok()?))
        })
        .collect()
}

/// The state of a run: what waits, what has ended, which locks and tokens are taken.
struct Board<'a> {
    steps: &'a [Step],
    waiting: Vec<usize>,
    ended: BTreeSet<&'static str>,
    locks: BTreeSet<&'static str>,
    tokens: usize,
    running: usize,
}

impl<'a> Board<'a> {
    /// Nothing run yet: `waiting` (indices into `steps`) in priority order, `jobs` tokens.
    fn new(steps: &'a [Step], waiting: Vec<usize>, jobs: usize) -> Self {
        Board {
            steps,
            waiting,
            ended: BTreeSet::new(),
            locks: BTreeSet::new(),
            tokens: jobs.max(1),
            running: 0,
        }
    }

    /// Whether step `i` may start now.
    fn ready(&self, i: usize) -> bool {
        let step = &self.steps[i];
        step.needs.iter().all(|n| self.ended.contains(n))
            && step.lock.is_none_or(|l| !self.locks.contains(l))
            && (!step.cpu || self.tokens > 0)
    }

    /// The first waiting step (in priority order) that may start now, taken off the waiting
    /// list with its lock and token.
    fn next_ready(&mut self) -> Option<usize> {
        let k = self.waiting.iter().position(|&i| self.ready(i))?;
        let index = self.waiting.remove(k);
        let step = &self.steps[index];
        if let Some(lock) = step.lock {
            self.locks.insert(lock);
        }
        if step.cpu {
            self.tokens -= 1;
        }
        self.running += 1;
        Some(index)
    }

    /// Takes in a step's end: frees its lock and token.
    fn end(&mut self, index: usize) {
        let step = &self.steps[index];
        self.running -= 1;
        self.ended.insert(step.name);
        if let Some(lock) = step.lock {
            self.locks.remove(lock);
        }
        if step.cpu {
            self.tokens += 1;
        }
    }
}

/// Runs step `name` in a child process on a thread of its own, which sends its report once,
/// whatever happens (a panic in the thread is caught and reported as a failure).
fn start(index: usize, name: &'static str, tx: mpsc::Sender<Report>) {
    std::thread::spawn(move || {
        let started = Instant::now();
        let (finished, output) = catch_unwind(|| spawn_child(name)).unwrap_or_else(|_| {
            let e = "the runner's thread for this stage panicked".to_owned();
            (Finished::from(Err(e)), String::new())
        });
        let secs = started.elapsed().as_secs_f64();
        let _ = tx.send(Report {
            index,
            finished,
            output,
            secs,
        });
    });
}

/// Runs the `selected` steps (indices into `steps`) with `jobs` CPU tokens, printing each one's
/// output and line as it ends; returns each one's result and seconds, indexed like `steps`.
pub fn run(steps: &[Step], selected: &[usize], jobs: usize) -> Vec<Option<(Finished, f64)>> {
    let times = previous_times();
    let previous = |i: &usize| {
        times
            .iter()
            .find(|(n, _)| n == steps[*i].name)
            .map_or(f64::INFINITY, |(_, s)| *s)
    };
    let mut waiting = selected.to_vec();
    // A stable sort: unknown times first, then the slowest; ties keep the table's order.
    waiting.sort_by(|a, b| previous(b).total_cmp(&previous(a)));
    let mut board = Board::new(steps, waiting, jobs);
    let mut results: Vec<Option<(Finished, f64)>> = steps.iter().map(|_| None).collect();
    let (tx, rx) = mpsc::channel::<Report>();
    loop {
        while let Some(index) = board.next_ready() {
            start(index, steps[index].name, tx.clone());
        }
        if board.running == 0 {
            break;
        }
        // Every thread sends once, whatever happens in it (catch_unwind), so this returns.
        let report = rx.recv().expect("the runner keeps a sender");
        board.end(report.index);
        print_report(
            &steps[report.index],
            &report.finished,
            &report.output,
            report.secs,
        );
        results[report.index] = Some((report.finished, report.secs));
    }
    // A step whose need is no step never starts: it fails rather than vanishing.
    for &index in &board.waiting {
        let needs = steps[index].needs;
        let finished = Finished::from(Err(format!("never started: it needs {needs:?}")));
        let report = Report {
            index,
            finished,
            output: String::new(),
            secs: 0.0,
        };
        print_report(&steps[index], &report.finished, "", 0.0);
        results[index] = Some((report.finished, 0.0));
    }
    save_times(steps, &results);
    results
}

/// Keeps this run's times for the next run's order (merged with the times of steps not run).
fn save_times(steps: &[Step], results: &[Option<(Finished, f64)>]) {
    let mut times = previous_times();
    for (step, result) in steps.iter().zip(results) {
        if let Some((_, secs)) = result {
            times.retain(|(n, _)| n != step.name);
            times.push((step.name.to_owned(), *secs));
        }
    }
    let text: String = times.iter().map(|(n, s)| format!("{n} {s:.1}\n")).collect();
    let _ = std::fs::create_dir_all(build_dir(""));
    let _ = std::fs::write(times_file(), text);
}

/// The steps to run: the named ones (all stages if none) and, transitively, what they need.
pub fn select(steps: &[Step], only: &[&str]) -> Vec<usize> {
    let mut wanted: Vec<&str> = if only.is_empty() {
        steps.iter().map(|s| s.name).collect()
    } else {
        only.to_vec()
    };
    let mut k = 0;
    while k < wanted.len() {
        if let Some(step) = steps.iter().find(|s| s.name == wanted[k]) {
            for need in step.needs {
                if !wanted.contains(need) {
                    wanted.push(need);
                }
            }
        }
        k += 1;
    }
    (0..steps.len())
        .filter(|&i| wanted.contains(&steps[i].name))
        .collect()
}

/// How many CPU-heavy stages run at once: `RTC_TEST_JOBS`, or one per core.
pub fn jobs() -> usize {
    std::env::var("RTC_TEST_JOBS")
        .ok()
        .and_then(|j| j.parse().ok())
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(2, |n| n.get()))
}

/// The final table in the steps' fixed order, the total, and `N passed, N failed` last.
pub fn print_table(
    steps: &[Step],
    only: &[&str],
    results: &[Option<(Finished, f64)>],
    wall: f64,
    jobs: usize,
) -> ExitCode {
    let (mut passed, mut failed, mut busy) = (0, 0, 0.0);
    println!("\nsummary:");
    for (step, result) in steps.iter().zip(results) {
        let Some((finished, secs)) = result else {
            continue;
        };
        let needed = !only.is_empty() && !only.contains(&step.name);
        let label = if needed {
            "  (needed by the stages asked for)"
        } else {
            ""
        };
        println!("{}{label}", super::step::line(step, finished, *secs));
        if !step.setup {
            passed += finished.passed;
        }
        failed += finished.failed;
        busy += secs;
    }
    println!("total {wall:.1} s (the steps' own times add up to {busy:.1} s; {jobs} at a time)");
    println!("{passed} passed, {failed} failed");
    if failed == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

//! One step of `cargo xtask test`: what it is, running it in a child process of its own, and
//! the line it ends with. The child (`cargo xtask test --stage NAME`) prints what the stage
//! prints, then a marker line with its counts; the runner captures stdout and stderr through
//! one pipe, so a stage's output stays in order and is shown whole, never interleaved.

use std::io::{Read, Write};
use std::process::{Command, Stdio};

/// One node of the graph: a stage or an install step.
pub struct Step {
    pub name: &'static str,
    pub run: super::Stage,
    /// Steps that must have ended before this one starts (whatever their result).
    pub needs: &'static [&'static str],
    /// A resource only one step at a time may use.
    pub lock: Option<&'static str>,
    /// Whether it keeps the CPU busy (takes a token) rather than waiting on the network.
    pub cpu: bool,
    /// An install other stages wait for: its line says `setup`, and only its failure counts.
    pub setup: bool,
}

impl Step {
    /// A CPU-heavy stage that needs nothing and locks nothing.
    pub const fn stage(name: &'static str, run: super::Stage) -> Self {
        Step {
            name,
            run,
            needs: &[],
            lock: None,
            cpu: true,
            setup: false,
        }
    }

    /// An install step: it mostly waits on the network.
    pub const fn setup(name: &'static str, run: super::Stage) -> Self {
        Step {
            setup: true,
            cpu: false,
            ..Step::stage(name, run)
        }
    }

    pub const fn needs(self, needs: &'static [&'static str]) -> Self {
        Step { needs, ..self }
    }

    pub const fn lock(self, lock: &'static str) -> Self {
        Step {
            lock: Some(lock),
            ..self
        }
    }

    /// A stage that mostly waits (on the network, on a lock file): it takes no token.
    pub const fn waits(self) -> Self {
        Step { cpu: false, ..self }
    }
}

/// What a step ended with: checks passed and failed, and its one-line summary.
pub struct Finished {
    pub passed: usize,
    pub failed: usize,
    pub summary: String,
}

impl Finished {
    /// A stage's result as the runner counts it: zero checks, or an error, is a failure.
    pub fn from(result: Result<super::Outcome, String>) -> Self {
        match result {
            Ok(o) if o.failed == 0 && o.passed > 0 => Finished {
                passed: o.passed,
                failed: 0,
                summary: o.detail,
            },
            Ok(o) => Finished {
                summary: format!("{} passed, {} failed", o.passed, o.failed),
                passed: o.passed,
                failed: o.failed.max(1),
            },
            Err(e) => Finished {
                passed: 0,
                failed: 1,
                summary: e.lines().next().unwrap_or("").to_owned(),
            },
        }
    }

    pub fn ok(&self) -> bool {
        self.failed == 0
    }
}

/// The line a child prints last, for the runner to read its result from.
const MARKER: &str = "@@rtc-test-stage ";

/// In the child: runs one step and prints its result on the marker line.
pub fn run_child(step: &Step) -> bool {
    let finished = Finished::from((step.run)());
    println!(
        "\n{MARKER}{} {} {}",
        finished.passed, finished.failed, finished.summary
    );
    finished.ok()
}

/// Runs step `name` in a child process; its stdout and stderr go to one pipe, in order.
pub fn spawn_child(name: &str) -> (Finished, String) {
    let result = (|| {
        let me = std::env::current_exe().map_err(|e| format!("cannot find the xtask: {e}"))?;
        let (mut reader, writer) =
            std::io::pipe().map_err(|e| format!("cannot make a pipe: {e}"))?;
        let stderr = writer.try_clone().map_err(|e| e.to_string())?;
        let mut child = Command::new(me)
            .args(["test", "--stage", name])
            .stdin(Stdio::null())
            .stdout(writer)
            .stderr(stderr)
            .spawn()
            .map_err(|e| format!("cannot start the stage: {e}"))?;
        let mut bytes = Vec::new();
        let read = reader.read_to_end(&mut bytes);
        let status = child.wait().map_err(|e| e.to_string())?;
        read.map_err(|e| format!("cannot read the stage's output: {e}"))?;
        Ok((String::from_utf8_lossy(&bytes).into_owned(), status))
    })();
    match result {
        Ok((text, status)) => parse_child(&text, status),
        Err(e) => (Finished::from(Err(e)), String::new()),
    }
}

/// Splits a child's output into what it printed and its result; no marker line is a failure.
fn parse_child(text: &str, status: std::process::ExitStatus) -> (Finished, String) {
    let missing = || Finished {
        passed: 0,
        failed: 1,
        summary: format!("the stage ended without a result ({status}): it panicked or was killed"),
    };
    let Some(at) = text.rfind(MARKER) else {
        return (missing(), text.trim_end().to_owned());
    };
    let output = text[..at].trim_end().to_owned();
    let mut fields = text[at + MARKER.len()..].trim_end().splitn(3, ' ');
    let mut number = || fields.next().and_then(|n| n.parse().ok());
    let finished = match (number(), number()) {
        (Some(passed), Some(failed)) => Finished {
            passed,
            failed,
            summary: fields.next().unwrap_or("").to_owned(),
        },
        _ => missing(),
    };
    (finished, output)
}

/// A step's line: `stage NAME ok|FAILED SECONDS s SUMMARY` (`setup` for an install).
pub fn line(step: &Step, finished: &Finished, secs: f64) -> String {
    let kind = if step.setup { "setup" } else { "stage" };
    let verdict = if finished.ok() { "ok    " } else { "FAILED" };
    format!(
        "{kind} {:<8} {verdict} {secs:>6.1} s  {}",
        step.name, finished.summary
    )
}

/// Prints what a step printed, as one block (framed when it failed), then its line.
pub fn print_report(step: &Step, finished: &Finished, text: &str, secs: f64) {
    let mut out = std::io::stdout().lock();
    let framed = !finished.ok() && !text.is_empty();
    if framed {
        let _ = writeln!(out, "---- {} output ----", step.name);
    }
    if !text.is_empty() {
        let _ = writeln!(out, "{text}");
    }
    if framed {
        let _ = writeln!(out, "---- end of {} output ----", step.name);
    }
    let _ = writeln!(out, "{}", line(step, finished, secs));
    let _ = out.flush();
}

#[cfg(test)]
mod tests {
    use super::{Finished, MARKER, parse_child};
    use std::os::unix::process::ExitStatusExt;
    use std::process::ExitStatus;

    #[test]
    fn the_marker_line_gives_the_counts_and_the_rest_is_the_output() {
        let text = format!("checked a\nchecked b\n{MARKER}12 0 twelve checks\n");
        let (finished, output) = parse_child(&text, ExitStatus::from_raw(0));
        assert_eq!((finished.passed, finished.failed), (12, 0));
        assert_eq!(finished.summary, "twelve checks");
        assert_eq!(output, "checked a\nchecked b");
    }

    #[test]
    fn a_child_that_panicked_is_one_failure_with_its_output_kept() {
        let text = "checked a\nthread 'main' panicked at src/x.rs:1:1:\nboom\n";
        let (finished, output) = parse_child(text, ExitStatus::from_raw(101 << 8));
        assert!(!finished.ok());
        assert_eq!((finished.passed, finished.failed), (0, 1));
        assert!(finished.summary.contains("101"), "{}", finished.summary);
        assert_eq!(output, text.trim_end());
    }

    #[test]
    fn a_marker_without_counts_is_a_failure() {
        let text = format!("{MARKER}many none\n");
        let (finished, _) = parse_child(&text, ExitStatus::from_raw(0));
        assert_eq!(finished.failed, 1);
    }

    #[test]
    fn zero_checks_and_errors_fail() {
        let zero = Finished::from(Ok(crate::test::Outcome {
            passed: 0,
            failed: 0,
            detail: String::new(),
        }));
        assert!(!zero.ok());
        let error = Finished::from(Err("first line\nsecond".into()));
        assert_eq!((error.failed, error.summary.as_str()), (1, "first line"));
    }
}

//! `consumers`: each package used the way its ecosystem's users use it, from the committed files
//! under generated/, in scratch projects under tests/.build/consumers. Each consumer prints what
//! it checked; one that cannot run counts as a failure, and a stage that checks nothing fails.

mod c;
mod go;
mod maven;
mod python;
mod python_package;
mod rust;
mod typescript;

use super::Outcome;
use super::trees::Tally;

/// A consumer: runs, adding its checks to the tally.
type Consumer = fn(&mut Tally) -> Result<(), String>;

/// Runs every consumer.
pub fn run() -> Result<Outcome, String> {
    let consumers: &[(&str, Consumer)] = &[
        ("rust", rust::run),
        ("typescript", typescript::run),
        ("maven", maven::run),
        ("python", python::run),
        ("go", go::run),
        ("c", c::run),
        ("python package", python_package::run),
    ];
    let mut tally = Tally::default();
    for &(name, consumer) in consumers {
        if let Err(e) = consumer(&mut tally) {
            tally.add(&format!("consumers: {name}"), Err(e));
        }
    }
    Ok(Outcome {
        passed: tally.passed,
        failed: tally.failed,
        detail: format!("{} checks by the packages' consumers", tally.passed),
    })
}

//! `consumers`: each package used the way its ecosystem's users use it, from the committed files
//! under generated/, in scratch projects under tests/.build/consumers. Each consumer prints what
//! it checked; a stage that checks nothing fails.

mod typescript;

use super::Outcome;
use super::trees::Tally;

/// Runs every consumer.
pub fn run() -> Result<Outcome, String> {
    let mut tally = Tally::default();
    typescript::run(&mut tally)?;
    Ok(Outcome {
        passed: tally.passed,
        failed: tally.failed,
        detail: format!("{} checks by the consumers", tally.passed),
    })
}

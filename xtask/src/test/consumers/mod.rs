//! Stage `consumers`: each package used the way its ecosystem does, from the committed files
//! under `generated/`, in a scratch folder under `tests/.build/consumers/`. Each consumer prints
//! what it checked; a consumer that runs nothing fails the stage.

mod python;

use super::Outcome;
use super::trees::Tally;

/// Runs every consumer.
pub fn run() -> Result<Outcome, String> {
    let mut tally = Tally::default();
    python::run(&mut tally)?;
    Ok(Outcome {
        passed: tally.passed,
        failed: tally.failed,
        detail: format!(
            "{} checks by consumers (Python: catalog.json against its schema)",
            tally.passed
        ),
    })
}

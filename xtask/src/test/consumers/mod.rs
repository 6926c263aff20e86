//! The `consumers` stage: each package used the way its ecosystem uses it, from the committed
//! files under generated/, in scratch folders under tests/.build/consumers. Every consumer
//! prints what it checked; one that cannot run counts as a failure.

mod maven;
mod rust;

use super::trees::Tally;

/// Runs every consumer; returns the passed and failed checks.
pub fn run() -> Result<Tally, String> {
    let mut tally = Tally::default();
    if let Err(e) = rust::run(&mut tally) {
        tally.add("consumers: rust", Err(e));
    }
    if let Err(e) = maven::run(&mut tally) {
        tally.add("consumers: maven", Err(e));
    }
    Ok(tally)
}

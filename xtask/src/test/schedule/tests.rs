use super::super::{Outcome, steps};
use super::{Board, select};
use crate::test::step::Step;

fn nothing() -> Result<Outcome, String> {
    Err("never run by these tests".into())
}

/// The names of the steps a board starts now, in order, until none may start.
fn start_all(board: &mut Board<'_>) -> Vec<&'static str> {
    let steps = board.steps;
    std::iter::from_fn(|| board.next_ready())
        .map(|i| steps[i].name)
        .collect()
}

fn all(steps: &[Step]) -> Vec<usize> {
    (0..steps.len()).collect()
}

#[test]
fn every_need_is_a_step_listed_before_it() {
    let steps = steps();
    for (i, step) in steps.iter().enumerate() {
        for need in step.needs {
            let at = steps.iter().position(|s| s.name == *need);
            assert!(at.is_some_and(|at| at < i), "{} needs {need}", step.name);
        }
    }
}

#[test]
fn a_named_stage_brings_what_it_needs_and_nothing_else() {
    let steps = steps();
    let names = |only: &[&str]| -> Vec<&str> {
        select(&steps, only)
            .iter()
            .map(|&i| steps[i].name)
            .collect()
    };
    assert_eq!(names(&["ts"]), ["trees", "npm", "ts"]);
    assert_eq!(names(&["drift"]), ["drift"]);
    assert_eq!(names(&[]).len(), steps.len());
}

#[test]
fn the_workspace_stages_take_turns() {
    let steps = steps();
    let workspace = ["drift", "rust", "clippy"];
    let waiting: Vec<usize> = (0..steps.len())
        .filter(|&i| workspace.contains(&steps[i].name))
        .collect();
    let mut board = Board::new(&steps, waiting, 8);
    assert_eq!(start_all(&mut board), ["drift"]);
    let drift = steps.iter().position(|s| s.name == "drift").unwrap();
    board.end(drift);
    assert_eq!(start_all(&mut board), ["rust"]);
}

#[test]
fn cpu_stages_wait_for_a_token_and_installs_do_not() {
    let steps = [
        Step::stage("a", nothing),
        Step::stage("b", nothing),
        Step::setup("install", nothing),
        Step::stage("c", nothing).waits(),
    ];
    let mut board = Board::new(&steps, all(&steps), 1);
    assert_eq!(start_all(&mut board), ["a", "install", "c"]);
    board.end(0);
    assert_eq!(start_all(&mut board), ["b"]);
}

#[test]
fn a_stage_starts_only_when_all_it_needs_has_ended() {
    let steps = [
        Step::setup("npm", nothing),
        Step::setup("trees", nothing),
        Step::stage("ts", nothing).needs(&["trees", "npm"]),
    ];
    let mut board = Board::new(&steps, all(&steps), 2);
    assert_eq!(start_all(&mut board), ["npm", "trees"]);
    board.end(1);
    assert!(start_all(&mut board).is_empty());
    board.end(0);
    assert_eq!(start_all(&mut board), ["ts"]);
}

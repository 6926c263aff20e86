//! Every class of bad spec gets a clear, stable message: one fixture folder per class under
//! `tests/bad-specs/`, each holding spec files and `expected.txt`, the exact rendered output.
//!
//! A fixture without its own `taxonomy.yaml` is checked beside the real `spec/taxonomy.yaml`
//! (its vocabulary; the equivalence groups name real codes and stay out).
//! To accept new wording after reviewing it: `UPDATE_EXPECTED=1 cargo test -p rtc-codegen --test bad_specs`.

use rtc_codegen::diagnostics::SourceFile;
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_owned()
}

fn sources(dir: &Path) -> Vec<SourceFile> {
    let (mut files, problems) = rtc_codegen::load::read_dir(dir, "spec");
    assert!(
        problems.is_empty(),
        "{}: fixture files must be readable",
        dir.display()
    );
    if !files.iter().any(|f| f.path == "spec/taxonomy.yaml") {
        // The real vocabulary, without the equivalence groups: they name the real providers'
        // codes, which a fixture does not have.
        let text = std::fs::read_to_string(root().join("spec/taxonomy.yaml")).unwrap();
        let text = text.split("\nequivalents:").next().unwrap().to_owned() + "\n";
        files.push(SourceFile {
            path: "spec/taxonomy.yaml".into(),
            text,
        });
    }
    files.sort_by(|a, b| a.path.cmp(&b.path));
    files
}

fn fixture_dirs() -> Vec<PathBuf> {
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(root().join("tests/bad-specs"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_dir())
        .collect();
    dirs.sort();
    dirs
}

#[test]
fn every_bad_spec_is_rejected_with_its_expected_message() {
    let update = std::env::var_os("UPDATE_EXPECTED").is_some();
    let dirs = fixture_dirs();
    let mut mismatches = Vec::new();
    for dir in &dirs {
        let name = dir.file_name().unwrap().to_str().unwrap();
        let rendered = match rtc_codegen::catalog_from_sources(sources(dir)) {
            Ok(_) => {
                mismatches.push(format!("{name}: the bad spec was accepted"));
                continue;
            }
            Err(diagnostics) => format!("{}\n", diagnostics.render()),
        };
        let expected_path = dir.join("expected.txt");
        if update {
            std::fs::write(&expected_path, &rendered).unwrap();
            continue;
        }
        let expected = std::fs::read_to_string(&expected_path).unwrap_or_default();
        if rendered != expected {
            mismatches.push(format!(
                "{name}:\n--- expected\n{expected}\n--- got\n{rendered}"
            ));
        }
    }
    assert!(
        dirs.len() >= 19,
        "expected a fixture per class of bad input, found {}",
        dirs.len()
    );
    assert!(mismatches.is_empty(), "{}", mismatches.join("\n\n"));
}

#[test]
fn every_message_names_file_line_and_column_and_a_hint() {
    for dir in fixture_dirs() {
        let Err(diagnostics) = rtc_codegen::catalog_from_sources(sources(&dir)) else {
            panic!("{} was accepted", dir.display());
        };
        assert!(!diagnostics.items.is_empty());
        for d in &diagnostics.items {
            assert!(
                d.at.is_some(),
                "{}: `{}` has no line and column",
                dir.display(),
                d.message
            );
            assert!(
                d.hint.is_some(),
                "{}: `{}` has no hint",
                dir.display(),
                d.message
            );
        }
    }
}

#[test]
fn all_problems_are_reported_in_one_run() {
    let dir = root().join("tests/bad-specs/many_problems");
    let Err(diagnostics) = rtc_codegen::catalog_from_sources(sources(&dir)) else {
        panic!("accepted");
    };
    let messages: Vec<&str> = diagnostics
        .items
        .iter()
        .map(|d| d.message.as_str())
        .collect();
    for needle in [
        "unknown category `netwrok`",
        "duplicate value 1",
        "unknown retry policy `soon`",
        "outside the 32-bit",
        "no provider `nobody`",
    ] {
        assert!(
            messages.iter().any(|m| m.contains(needle)),
            "no message contains {needle:?}: {messages:#?}"
        );
    }
}

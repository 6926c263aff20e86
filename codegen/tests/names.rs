//! The specs under `tests/names/` are accepted: names that once made bindings that did not
//! compile (a linked type shadowed by a local one, two linked types of one name) are now written
//! so they do. The compilers themselves run on them as the README there says.

use std::path::{Path, PathBuf};

fn cases() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/names");
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(root)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_dir())
        .collect();
    dirs.sort();
    dirs
}

#[test]
fn every_name_case_is_accepted_and_links_across_providers() {
    let cases = cases();
    assert!(!cases.is_empty(), "no cases under tests/names");
    for case in cases {
        let catalog = rtc_codegen::load_catalog(&case.join("spec"), "spec")
            .unwrap_or_else(|d| panic!("{}:\n{d}", case.display()));
        let across = catalog.providers.iter().enumerate().any(|(pi, p)| {
            p.code_sets
                .iter()
                .any(|s| s.links_to.is_some_and(|t| t.provider != pi))
        });
        assert!(
            across,
            "{}: the case has no cross-provider link",
            case.display()
        );
    }
}

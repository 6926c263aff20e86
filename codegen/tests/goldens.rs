//! Small goldens: one folder per case under `tests/goldens/<case>/`, in the style of typeshare's
//! `core/data/tests/<case>/`. Each holds a small spec in `spec/` (its own `taxonomy.yaml` and one
//! or more provider files) and, in `expected/`, every file `rtc_codegen::generate` returns for
//! it, under its path in `generated/`. The expected files are the specification of the
//! emitters: read them when they change.
//!
//! `schema/` is left out: the JSON Schemas are derived from the spec *format*, not from a spec,
//! so they are the same for every case (the drift test covers them in `generated/schema/`).
//!
//! A case whose spec is refused expects one file, `refused.txt`: the rendered diagnostics.
//!
//! To accept new output after reviewing it:
//! `UPDATE_GOLDENS=1 cargo test -p rtc-codegen --test goldens`.

use rtc_codegen::emit::Files;
use rtc_codegen::write::Change;
use std::path::{Path, PathBuf};

/// One `#[test]` per case, so `cargo test` names the case that fails, and the list of cases
/// that `every_case_folder_has_a_test` checks the folders against.
macro_rules! goldens {
    ($($case:ident),* $(,)?) => {
        $(
            #[test]
            fn $case() {
                check(stringify!($case));
            }
        )*
        const CASES: &[&str] = &[$(stringify!($case)),*];
    };
}

goldens!(
    integer_set,
    string_set,
    name_prefix,
    link_within_provider,
    links_across_providers,
    link_shadows_local_type,
    tombstones,
    keyword_names,
    failure_flag,
);

/// The file that stands for all output when the spec is refused.
const REFUSED: &str = "refused.txt";

fn goldens_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .join("tests/goldens")
}

/// What the generator makes of a case's spec: its files without `schema/`, or the refusal.
fn outputs(case: &str) -> Files {
    let spec = goldens_dir().join(case).join("spec");
    assert!(spec.is_dir(), "{}: no spec folder", spec.display());
    match rtc_codegen::load_catalog(&spec, &format!("tests/goldens/{case}/spec")) {
        Ok(catalog) => rtc_codegen::generate(&catalog)
            .into_iter()
            .filter(|(path, _)| !path.starts_with("schema/"))
            .collect(),
        Err(diagnostics) => {
            Files::from([(REFUSED.to_owned(), format!("{}\n", diagnostics.render()))])
        }
    }
}

/// Compares the case's output with its `expected/` folder, or rewrites that folder when
/// `UPDATE_GOLDENS` is set.
fn check(case: &str) {
    let files = outputs(case);
    let expected = goldens_dir().join(case).join("expected");
    if std::env::var_os("UPDATE_GOLDENS").is_some() {
        rtc_codegen::write::write(&expected, &files).unwrap();
        return;
    }
    let changes = rtc_codegen::write::changes(&expected, &files).unwrap();
    assert!(
        changes.is_empty(),
        "golden `{case}` differs from tests/goldens/{case}/expected ({} file(s)); after reviewing \
         the diff, accept it with `UPDATE_GOLDENS=1 cargo test -p rtc-codegen --test goldens`:\n{}",
        changes.len(),
        diff(case, &expected, &files, &changes),
    );
}

/// A unified diff per changed, missing or extra file, labelled with its path in the case.
fn diff(case: &str, expected: &Path, files: &Files, changes: &[Change]) -> String {
    let mut out = String::new();
    for change in changes {
        let path = change.path();
        let label = format!("tests/goldens/{case}/expected/{path}");
        let on_disk = || std::fs::read_to_string(expected.join(path)).unwrap_or_default();
        let (old, new, a, b) = match change {
            Change::Missing(_) => (
                String::new(),
                files[path].clone(),
                "/dev/null".into(),
                label,
            ),
            Change::Stale(_) => (on_disk(), String::new(), label, "/dev/null".into()),
            Change::Changed(_) => (on_disk(), files[path].clone(), label.clone(), label),
        };
        out.push_str(&rtc_codegen::diff::unified(&old, &new, &a, &b));
    }
    out
}

#[test]
fn every_case_folder_has_a_test() {
    let mut folders: Vec<String> = std::fs::read_dir(goldens_dir())
        .unwrap()
        .map(|entry| entry.unwrap())
        .filter(|entry| entry.file_type().unwrap().is_dir())
        .map(|entry| entry.file_name().to_string_lossy().into_owned())
        .collect();
    folders.sort();
    let mut cases: Vec<String> = CASES.iter().map(|c| c.to_string()).collect();
    cases.sort();
    assert_eq!(
        folders, cases,
        "every folder under tests/goldens/ needs its name in the `goldens!` list of \
         codegen/tests/goldens.rs, and every name there a folder"
    );
}

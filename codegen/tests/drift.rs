//! `cargo test` catches drift: regenerate in memory and compare with the committed `generated/`.

use std::path::Path;

#[test]
fn committed_output_matches_the_spec() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap();
    let (mut catalog, sources) =
        rtc_codegen::load_spec(&root.join("spec"), "spec").unwrap_or_else(|d| panic!("{d}"));
    let generated = root.join("generated");
    // As `cargo xtask codegen` does: the changelog is carried forward from the catalog replaced.
    let earlier = std::fs::read_to_string(generated.join("catalog.json")).unwrap();
    rtc_codegen::check_compatibility(&mut catalog, sources, &earlier, "generated/catalog.json")
        .unwrap_or_else(|d| panic!("{d}"));
    let files = rtc_codegen::generate(&catalog);
    let changes = rtc_codegen::write::changes(&generated, &files).unwrap();
    let diff = rtc_codegen::write::diff(&generated, &files, &changes).unwrap();
    assert!(
        changes.is_empty(),
        "generated/ drifted from spec/; run `cargo xtask codegen`:\n{diff}"
    );
}

#[test]
fn every_spec_file_points_the_yaml_language_server_at_its_schema() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap();
    let (files, problems) = rtc_codegen::load::read_dir(&root.join("spec"), "spec");
    assert!(problems.is_empty(), "{problems:?}");
    assert!(
        files.iter().any(|f| f.path == "spec/taxonomy.yaml") && files.len() > 1,
        "the spec has a taxonomy and providers"
    );
    for file in &files {
        let schema = if file.path.ends_with("/taxonomy.yaml") {
            "taxonomy"
        } else {
            "provider"
        };
        let first = file.text.lines().next().unwrap_or("");
        let want =
            format!("# yaml-language-server: $schema=../generated/schema/{schema}.schema.json");
        assert_eq!(first, want, "{}", file.path);
        assert!(
            root.join(format!("generated/schema/{schema}.schema.json"))
                .is_file()
        );
    }
}

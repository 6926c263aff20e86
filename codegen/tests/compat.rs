//! The compatibility guard against the committed catalog: adding is fine; removing, renumbering
//! or renaming a published code is an error unless the spec records a tombstone.

use rtc_codegen::diagnostics::SourceFile;
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_owned()
}

fn spec() -> Vec<SourceFile> {
    let (files, problems) = rtc_codegen::load::read_dir(&root().join("spec"), "spec");
    assert!(problems.is_empty());
    files
}

/// The spec with `edit` applied to one file's text.
fn edited(file: &str, edit: impl Fn(&str) -> String) -> Vec<SourceFile> {
    let mut files = spec();
    let f = files
        .iter_mut()
        .find(|f| f.path == format!("spec/{file}"))
        .unwrap();
    let new = edit(&f.text);
    assert_ne!(new, f.text, "the edit changed nothing");
    f.text = new;
    files
}

/// The text of one code's entry, `      - name: NAME` up to the next entry.
fn code_block<'a>(text: &'a str, name: &str) -> &'a str {
    let start = text.find(&format!("      - name: {name}\n")).unwrap();
    let end = text[start + 1..]
        .find("\n      - name: ")
        .map_or(text.len(), |e| start + 1 + e + 1);
    &text[start..end]
}

/// Breaking changes of `files` against the committed catalog, as messages.
fn breaking(files: Vec<SourceFile>) -> Vec<String> {
    let catalog = rtc_codegen::catalog_from_sources(files).unwrap_or_else(|d| panic!("{d}"));
    let old = std::fs::read_to_string(root().join("generated/catalog.json")).unwrap();
    rtc_codegen::compat::breaking_changes(&old, "generated/catalog.json", &catalog)
        .into_iter()
        .map(|d| d.message)
        .collect()
}

#[test]
fn the_committed_spec_is_compatible_with_itself() {
    assert_eq!(breaking(spec()), Vec::<String>::new());
}

#[test]
fn adding_a_code_is_fine() {
    let files = edited("amazon_chime.yaml", |t| {
        let ok = code_block(t, "OK").to_owned();
        t.replacen(
            &ok,
            &format!(
                "{ok}{}",
                ok.replace("name: OK", "name: Brandnew")
                    .replace("value: 0", "value: 99")
            ),
            1,
        )
    });
    assert_eq!(breaking(files), Vec::<String>::new());
}

#[test]
fn removing_a_code_is_an_error() {
    let files = edited("amazon_chime.yaml", |t| {
        t.replacen(code_block(t, "TaskFailed"), "", 1)
    });
    assert_eq!(
        breaking(files),
        ["amazon_chime/meeting_session_status_code: code `TaskFailed` (18) was removed"]
    );
}

#[test]
fn changing_a_value_is_an_error() {
    let files = edited("jitsi.yaml", |t| {
        t.replacen(
            "value: conference.chatError",
            "value: conference.chat_error",
            1,
        )
    });
    assert_eq!(
        breaking(files),
        [
            "jitsi/conference_error: the value of `CHAT_ERROR` changed from \"conference.chatError\" to \"conference.chat_error\""
        ]
    );
}

#[test]
fn renaming_is_an_error_unless_a_tombstone_records_it() {
    let rename = |t: &str| {
        t.replacen(
            "      - name: AGENT_ERROR\n",
            "      - name: AGENT_FAILURE\n",
            1,
        )
    };
    assert_eq!(
        breaking(edited("livekit.yaml", rename)),
        ["livekit/disconnect_reason: value 16 was `AGENT_ERROR` and is now `AGENT_FAILURE`"]
    );

    let with_tombstone = |t: &str| {
        let renamed = rename(t);
        let block = code_block(&renamed, "AGENT_FAILURE").to_owned();
        renamed.replacen(
            &block,
            &format!("{block}    retired:\n      - name: AGENT_ERROR\n        value: 16\n        reason: renamed upstream\n        retired_in: \"2.0\"\n        value_reused_by: AGENT_FAILURE\n"),
            1,
        )
    };
    assert_eq!(
        breaking(edited("livekit.yaml", with_tombstone)),
        Vec::<String>::new()
    );
}

#[test]
fn a_tombstone_is_never_removed() {
    let files = edited("jitsi.yaml", |t| {
        let start = t
            .find("    retired:\n      - name: CONFERENCE_RESTARTED")
            .unwrap();
        let end = t[start..].find("  - id: auth_error_type").unwrap() + start;
        format!("{}{}", &t[..start], &t[end..])
    });
    assert_eq!(
        breaking(files),
        [
            "jitsi/conference_error: the tombstone of retired code `CONFERENCE_RESTARTED` (\"conference.restarted\") was removed"
        ]
    );
}

#[test]
fn a_retired_value_is_not_reused_silently() {
    let files = edited("amazon_chime.yaml", |t| {
        t.replacen(
            "        value_reused_by: AudioVideoDisconnectedWhilePromoted\n",
            "",
            1,
        )
    });
    let Err(d) = rtc_codegen::catalog_from_sources(files) else {
        panic!("accepted")
    };
    let messages: Vec<&str> = d.items.iter().map(|d| d.message.as_str()).collect();
    assert_eq!(
        messages,
        [
            "the value of retired code `SignalChannelClosedUnexpectedly` is used again by `AudioVideoDisconnectedWhilePromoted`"
        ]
    );
    assert!(d.items[0].at.is_some());
}

// Semantic versioning against the committed catalog. The tests pin the spec's and the
// baseline's version to 0.1.0 first, so they hold whatever version the catalog has reached.

/// The version the real spec declares today.
fn current_version() -> String {
    let taxonomy = std::fs::read_to_string(root().join("spec/taxonomy.yaml")).unwrap();
    let line = taxonomy
        .lines()
        .find_map(|l| l.strip_prefix("  version: "))
        .expect("spec/taxonomy.yaml declares package.version");
    line.trim().to_owned()
}

/// An edit of one spec file's text.
type Edit<'a> = (&'a str, &'a dyn Fn(&str) -> String);

/// The spec with `edits` applied, each `(file, edit)`.
fn edited_all(edits: &[Edit]) -> Vec<SourceFile> {
    let mut files = spec();
    let taxonomy = files
        .iter_mut()
        .find(|f| f.path == "spec/taxonomy.yaml")
        .unwrap();
    taxonomy.text = taxonomy.text.replacen(
        &format!("  version: {}\n", current_version()),
        "  version: 0.1.0\n",
        1,
    );
    for (file, edit) in edits {
        let f = files
            .iter_mut()
            .find(|f| f.path == format!("spec/{file}"))
            .unwrap();
        let new = edit(&f.text);
        assert_ne!(new, f.text, "the edit of {file} changed nothing");
        f.text = new;
    }
    files
}

/// Sets the spec's version.
fn version(v: &'static str) -> impl Fn(&str) -> String {
    move |t: &str| t.replacen("  version: 0.1.0\n", &format!("  version: {v}\n"), 1)
}

fn add_code(t: &str) -> String {
    let ok = code_block(t, "OK").to_owned();
    let new = ok
        .replace("name: OK", "name: Brandnew")
        .replace("value: 0", "value: 99");
    t.replacen(&ok, &format!("{ok}{new}"), 1)
}

fn rename_with_tombstone(t: &str) -> String {
    let renamed = t.replacen(
        "      - name: AGENT_ERROR\n",
        "      - name: AGENT_FAILURE\n",
        1,
    );
    let block = code_block(&renamed, "AGENT_FAILURE").to_owned();
    renamed.replacen(
        &block,
        &format!("{block}    retired:\n      - name: AGENT_ERROR\n        value: 16\n        reason: renamed upstream\n        retired_in: \"2.0\"\n        value_reused_by: AGENT_FAILURE\n"),
        1,
    )
}

/// The guard against a baseline (the committed catalog, its version replaced by `baseline`):
/// the changelog, or the problems as `line:col message`.
fn guard_against(
    files: Vec<SourceFile>,
    baseline: &str,
) -> Result<Vec<rtc_codegen::model::Release>, Vec<String>> {
    let catalog = rtc_codegen::catalog_from_sources(files).unwrap_or_else(|d| panic!("{d}"));
    // The committed catalog as it would be at `baseline` with one release behind it (its first),
    // whatever history the real catalog has gathered since.
    let text = std::fs::read_to_string(root().join("generated/catalog.json")).unwrap();
    let mut json: serde_json::Value = serde_json::from_str(&text).unwrap();
    let object = json.as_object_mut().unwrap();
    let mut first = object["changelog"]
        .as_array()
        .unwrap()
        .last()
        .unwrap()
        .clone();
    first["version"] = baseline.into();
    object.insert("version".into(), baseline.into());
    object.insert("changelog".into(), serde_json::Value::Array(vec![first]));
    let old = serde_json::to_string_pretty(&json).unwrap();
    rtc_codegen::compat::check(&old, "generated/catalog.json", &catalog).map_err(|problems| {
        problems
            .into_iter()
            .map(|d| {
                let (line, col) = d.at.unwrap_or((0, 0));
                format!("{}:{line}:{col} {}", d.file, d.message)
            })
            .collect()
    })
}

fn guard(files: Vec<SourceFile>) -> Result<Vec<rtc_codegen::model::Release>, Vec<String>> {
    guard_against(files, "0.1.0")
}

#[test]
fn the_same_version_carries_the_changelog_forward_unchanged() {
    let changelog = guard(edited_all(&[])).unwrap();
    assert_eq!(changelog.len(), 1);
    assert_eq!(changelog[0].version, "0.1.0");
    assert!(changelog[0].other[0].starts_with("First release: "));
}

#[test]
fn any_change_under_the_same_version_is_an_error_at_the_version_line() {
    let files = edited_all(&[("amazon_chime.yaml", &add_code)]);
    assert_eq!(
        guard(files).unwrap_err(),
        [
            "spec/taxonomy.yaml:6:12 the catalog changed but its version is still 0.1.0: 1 code added (amazon_chime/meeting_session_status_code/Brandnew): the version must be at least 0.1.1 (a minor change)"
        ]
    );
}

#[test]
fn added_codes_need_a_minor_change_and_enter_the_changelog() {
    let files = edited_all(&[
        ("amazon_chime.yaml", &add_code),
        ("taxonomy.yaml", &version("0.1.1")),
    ]);
    let changelog = guard(files).unwrap();
    assert_eq!(changelog.len(), 2, "the new entry, then the first release");
    assert_eq!(changelog[0].version, "0.1.1");
    assert_eq!(
        changelog[0].added,
        ["amazon_chime/meeting_session_status_code/Brandnew"]
    );
    assert!(changelog[0].retired.is_empty() && changelog[0].reclassified.is_empty());
    assert_eq!(changelog[1].version, "0.1.0");
    // After 1.0.0 the minor digit.
    let files = edited_all(&[
        ("amazon_chime.yaml", &add_code),
        ("taxonomy.yaml", &version("1.4.3")),
    ]);
    assert_eq!(
        guard_against(files, "1.4.2").unwrap_err(),
        [
            "spec/taxonomy.yaml:6:12 1 code added (amazon_chime/meeting_session_status_code/Brandnew): the version must be at least 1.5.0 (a minor change from 1.4.2), not 1.4.3"
        ]
    );
}

#[test]
fn a_retired_code_needs_a_major_change() {
    let files = edited_all(&[
        ("livekit.yaml", &rename_with_tombstone),
        ("taxonomy.yaml", &version("0.1.1")),
    ]);
    assert_eq!(
        guard(files).unwrap_err(),
        [
            "spec/taxonomy.yaml:6:12 1 code retired (livekit/disconnect_reason/AGENT_ERROR): the version must be at least 0.2.0 (a major change from 0.1.0), not 0.1.1"
        ]
    );
    let files = edited_all(&[
        ("livekit.yaml", &rename_with_tombstone),
        ("taxonomy.yaml", &version("0.2.0")),
    ]);
    let changelog = guard(files).unwrap();
    assert_eq!(
        changelog[0].retired,
        ["livekit/disconnect_reason/AGENT_ERROR"]
    );
    assert_eq!(
        changelog[0].added,
        ["livekit/disconnect_reason/AGENT_FAILURE"]
    );
    assert!(changelog[0].other.is_empty(), "{:?}", changelog[0].other);
    let files = edited_all(&[
        ("livekit.yaml", &rename_with_tombstone),
        ("taxonomy.yaml", &version("1.9.0")),
    ]);
    assert!(
        guard_against(files, "1.2.0").unwrap_err()[0]
            .contains("must be at least 2.0.0 (a major change from 1.2.0), not 1.9.0")
    );
}

#[test]
fn a_reclassified_code_needs_a_minor_change() {
    let reclassify = |t: &str| {
        let block = code_block(t, "TaskFailed").to_owned();
        t.replacen(
            &block,
            &block.replacen("terminal: false", "terminal: true", 1),
            1,
        )
    };
    let files = edited_all(&[
        ("amazon_chime.yaml", &reclassify),
        ("taxonomy.yaml", &version("1.0.1")),
    ]);
    assert_eq!(
        guard_against(files, "1.0.0").unwrap_err(),
        [
            "spec/taxonomy.yaml:6:12 1 code reclassified (amazon_chime/meeting_session_status_code/TaskFailed: terminal false → true): the version must be at least 1.1.0 (a minor change from 1.0.0), not 1.0.1"
        ]
    );
    let files = edited_all(&[
        ("amazon_chime.yaml", &reclassify),
        ("taxonomy.yaml", &version("0.1.1")),
    ]);
    assert_eq!(
        guard(files).unwrap()[0].reclassified,
        ["amazon_chime/meeting_session_status_code/TaskFailed: terminal false → true"]
    );
}

#[test]
fn a_text_edit_needs_a_patch_change() {
    let reword = |t: &str| t.replacen("summary: No error.", "summary: No error at all.", 1);
    let files = edited_all(&[("amazon_chime.yaml", &reword)]);
    assert_eq!(
        guard(files).unwrap_err(),
        [
            "spec/taxonomy.yaml:6:12 the catalog changed but its version is still 0.1.0: 1 text edited (amazon_chime/meeting_session_status_code/OK (summary)): the version must be at least 0.1.1 (a patch change)"
        ]
    );
    let files = edited_all(&[
        ("amazon_chime.yaml", &reword),
        ("taxonomy.yaml", &version("1.0.1")),
    ]);
    assert_eq!(
        guard_against(files, "1.0.0").unwrap()[0].other,
        ["text edited: amazon_chime/meeting_session_status_code/OK (summary)"]
    );
}

#[test]
fn the_version_never_goes_down() {
    let files = edited_all(&[("taxonomy.yaml", &version("0.0.9"))]);
    assert_eq!(
        guard(files).unwrap_err(),
        ["spec/taxonomy.yaml:6:12 the version went down from 0.1.0 to 0.0.9: versions only go up"]
    );
}

#[test]
fn a_catalog_from_before_versions_starts_the_changelog() {
    let catalog =
        rtc_codegen::catalog_from_sources(edited_all(&[("amazon_chime.yaml", &add_code)])).unwrap();
    let old = std::fs::read_to_string(root().join("generated/catalog.json")).unwrap();
    let mut json: serde_json::Value = serde_json::from_str(&old).unwrap();
    let object = json.as_object_mut().unwrap();
    object.remove("version");
    object.remove("changelog");
    let changelog = rtc_codegen::compat::check(&json.to_string(), "old", &catalog).unwrap();
    assert_eq!(changelog.len(), 1);
    let first = format!(
        "First release: {} providers, {} code sets, {} codes.",
        catalog.providers.len(),
        catalog.code_set_count(),
        catalog.code_count()
    );
    assert_eq!(changelog[0].other, [first], "{changelog:?}");
}

#[test]
fn a_changed_schedule_or_runtime_signal_needs_a_minor_change() {
    // A code's own schedule, a policy's schedule: what an app waits and how often it retries.
    let faster = |t: &str| {
        t.replacen(
            "          max_delay_ms: 5000\n",
            "          max_delay_ms: 4000\n",
            1,
        )
    };
    let fewer = |t: &str| t.replacen("      max_attempts: 5\n", "      max_attempts: 4\n", 1);
    for (file, edit) in [
        ("amazon_chime.yaml", &faster as &dyn Fn(&str) -> String),
        ("taxonomy.yaml", &fewer),
    ] {
        let files = edited_all(&[(file, edit), ("taxonomy.yaml", &version("1.0.1"))]);
        let problems = guard_against(files, "1.0.0").unwrap_err();
        assert!(
            problems.len() == 1
                && problems[0].contains(
                    "the version must be at least 1.1.0 (a minor change from 1.0.0), not 1.0.1"
                ),
            "{file}: {problems:?}"
        );
    }
}

/// A new language's identifiers are a new binding (a minor change, one changelog line per kind
/// of item); a changed or dropped one breaks that binding's users.
#[test]
fn a_new_binding_is_an_addition_and_a_changed_identifier_is_breaking() {
    use rtc_codegen::compat::changes::{Group, between};
    use rtc_codegen::version::Bump;
    let catalog = |ids: &str| -> serde_json::Value {
        serde_json::from_str(&format!(
            r#"{{"providers":[{{"id":"p","code_sets":[{{"id":"s","identifiers":{ids},
               "codes":[{{"name":"A","identifiers":{ids}}},{{"name":"B","identifiers":{ids}}}]}}]}}]}}"#
        ))
        .unwrap()
    };
    let old = catalog(r#"{"rust":"X"}"#);
    let added = between(&old, &catalog(r#"{"rust":"X","go":"Y"}"#));
    let items: Vec<(Group, &str)> = added.iter().map(|c| (c.group, c.item.as_str())).collect();
    assert_eq!(
        items,
        [
            (
                Group::FieldAdded,
                "`identifiers.go` on code sets (a new binding)"
            ),
            (
                Group::FieldAdded,
                "`identifiers.go` on codes (a new binding)"
            ),
        ]
    );
    assert!(added.iter().all(|c| c.group.bump() == Bump::Minor));
    for changed in [r#"{"rust":"Z","go":"Y"}"#, r#"{"go":"Y"}"#] {
        let breaking = between(&old, &catalog(changed));
        assert!(
            breaking.iter().any(|c| c.group == Group::IdentifierChanged),
            "{changed}: {breaking:?}"
        );
    }
}

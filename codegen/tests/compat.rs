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

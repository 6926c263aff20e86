//! The `cargo xtask codegen` command as a user runs it: exit codes, messages, and what it
//! leaves on disk. Each test works on its own copy of the spec in a temporary folder.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_owned()
}

/// A fresh folder holding a copy of `spec/`, removed when dropped.
struct Workspace(PathBuf);

impl Workspace {
    fn new(name: &str) -> Self {
        let dir = std::env::temp_dir().join(format!("rtc-xtask-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        copy_dir(&root().join("spec"), &dir.join("spec"));
        seed(&dir.join("generated"));
        Workspace(dir)
    }
    fn spec(&self) -> PathBuf {
        self.0.join("spec")
    }
    fn out(&self) -> PathBuf {
        self.0.join("generated")
    }
    fn codegen(&self, extra: &[&str]) -> Output {
        let spec = self.spec();
        let out = self.out();
        let mut args = vec![
            "codegen",
            "--spec",
            spec.to_str().unwrap(),
            "--out",
            out.to_str().unwrap(),
        ];
        args.extend_from_slice(extra);
        Command::new(env!("CARGO_BIN_EXE_xtask"))
            .args(&args)
            .output()
            .unwrap()
    }
}

/// The catalog an output folder replaces, as in a checkout: the changelog's history lives there
/// (a first generation without it starts the history anew).
fn seed(out: &Path) {
    std::fs::create_dir_all(out).unwrap();
    std::fs::copy(
        root().join("generated/catalog.json"),
        out.join("catalog.json"),
    )
    .unwrap();
}

/// The catalog version the spec declares, and the next patch version.
fn versions() -> (String, String) {
    let taxonomy = std::fs::read_to_string(root().join("spec/taxonomy.yaml")).unwrap();
    let current = taxonomy
        .lines()
        .find_map(|l| l.strip_prefix("  version: "))
        .expect("spec/taxonomy.yaml declares package.version")
        .trim()
        .to_owned();
    let (head, patch) = current.rsplit_once('.').unwrap();
    let next = format!("{head}.{}", patch.parse::<u64>().unwrap() + 1);
    (current, next)
}

impl Drop for Workspace {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn copy_dir(from: &Path, to: &Path) {
    for file in rtc_codegen::write::files_under(from, &|_| false).unwrap() {
        let target = to.join(&file);
        std::fs::create_dir_all(target.parent().unwrap()).unwrap();
        std::fs::copy(from.join(&file), &target).unwrap();
    }
}

/// Every file under `dir` with its bytes, but what cargo or npm built there (`write::NOT_OURS`).
fn snapshot(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    rtc_codegen::write::files_under(dir, &|rel| rtc_codegen::write::NOT_OURS.contains(&rel))
        .unwrap()
        .into_iter()
        .map(|file| {
            (
                PathBuf::from(&file),
                std::fs::read(dir.join(&file)).unwrap(),
            )
        })
        .collect()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn generates_from_scratch_then_reports_nothing_changed() {
    let ws = Workspace::new("scratch");
    let first = ws.codegen(&[]);
    assert!(first.status.success(), "{}", text(&first.stderr));
    let stdout = text(&first.stdout);
    assert!(
        stdout.starts_with("codegen: ") && stdout.contains(" codes, "),
        "{stdout}"
    );
    assert_eq!(
        snapshot(&ws.out()),
        snapshot(&root().join("generated")),
        "fresh output differs from the committed one"
    );
    let second = ws.codegen(&[]);
    assert!(
        text(&second.stdout).contains("; 0 changed"),
        "{}",
        text(&second.stdout)
    );
}

#[test]
fn a_bad_spec_fails_with_located_messages_and_changes_nothing() {
    let ws = Workspace::new("bad");
    assert!(ws.codegen(&[]).status.success());
    let before = snapshot(&ws.out());
    std::fs::copy(
        root().join("tests/bad-specs/many_problems/acme.yaml"),
        ws.spec().join("acme.yaml"),
    )
    .unwrap();
    let run = ws.codegen(&[]);
    let stderr = text(&run.stderr);
    assert_eq!(run.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("acme.yaml:15:19"), "{stderr}");
    assert!(stderr.contains("= help: "), "{stderr}");
    assert!(
        stderr.contains("the spec has 5 problems; nothing was generated"),
        "{stderr}"
    );
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert_eq!(
        snapshot(&ws.out()),
        before,
        "generated/ changed after a failed run"
    );
}

#[test]
fn check_reports_changed_missing_and_stale_files_and_writes_nothing() {
    let ws = Workspace::new("check");
    assert!(ws.codegen(&[]).status.success());
    assert!(ws.codegen(&["--check"]).status.success());
    let out = ws.out();
    std::fs::write(out.join("docs/jitsi.md"), "edited by hand\n").unwrap();
    std::fs::remove_file(out.join("docs/README.md")).unwrap();
    std::fs::write(out.join("docs/old.md"), "left over\n").unwrap();
    let before = snapshot(&out);
    let run = ws.codegen(&["--check"]);
    let (stdout, stderr) = (text(&run.stdout), text(&run.stderr));
    assert_eq!(run.status.code(), Some(1), "{stderr}");
    assert!(
        stdout.contains("--- a/generated/docs/jitsi.md") && stdout.contains("-edited by hand"),
        "{stdout}"
    );
    assert!(
        stdout.contains("+++ b/generated/docs/README.md"),
        "{stdout}"
    );
    assert!(stdout.contains("+++ /dev/null"), "{stdout}");
    for line in [
        "changed generated/docs/jitsi.md",
        "missing generated/docs/README.md",
        "stale   generated/docs/old.md",
    ] {
        assert!(stderr.contains(line), "no {line:?} in {stderr}");
    }
    assert_eq!(snapshot(&out), before, "--check wrote to disk");
    // A write brings everything back, stale file included.
    assert!(ws.codegen(&[]).status.success());
    assert!(!out.join("docs/old.md").exists());
    assert_eq!(snapshot(&out), snapshot(&root().join("generated")));
}

#[test]
fn a_missing_spec_folder_is_a_clear_error() {
    let ws = Workspace::new("missing");
    std::fs::remove_dir_all(ws.spec()).unwrap();
    std::fs::remove_dir_all(ws.out()).unwrap();
    let run = ws.codegen(&[]);
    let stderr = text(&run.stderr);
    assert_eq!(run.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("cannot read the spec folder"), "{stderr}");
    assert!(!ws.out().exists(), "an output folder was created");
}

/// Runs codegen on a bad spec and checks the contract: exit code 1, a message naming the file
/// (and `expect`), no panic, and the output folder byte-for-byte as it was.
fn rejects(name: &str, damage: impl FnOnce(&Path), expect: &[&str]) {
    let ws = Workspace::new(name);
    assert!(ws.codegen(&[]).status.success());
    let before = snapshot(&ws.out());
    damage(&ws.spec());
    let run = ws.codegen(&[]);
    let stderr = text(&run.stderr);
    assert_eq!(run.status.code(), Some(1), "{name}: {stderr}");
    for e in expect {
        assert!(stderr.contains(e), "{name}: no {e:?} in:\n{stderr}");
    }
    assert!(stderr.contains("nothing was generated"), "{name}: {stderr}");
    for bad in ["panicked", "RUST_BACKTRACE", "stack backtrace"] {
        assert!(!stderr.contains(bad), "{name}: {stderr}");
    }
    assert_eq!(snapshot(&ws.out()), before, "{name}: generated/ changed");
}

#[test]
fn an_empty_file() {
    rejects(
        "empty",
        |spec| std::fs::write(spec.join("empty.yaml"), "").unwrap(),
        &["empty.yaml", "the file is empty"],
    );
}

#[test]
fn a_file_that_is_not_utf8() {
    rejects(
        "utf8",
        |spec| std::fs::write(spec.join("x.yaml"), b"provider: x\nname: caf\xe9\n").unwrap(),
        &["x.yaml:2:10", "not valid UTF-8"],
    );
}

#[test]
fn tabs_used_for_indentation() {
    rejects(
        "tabs",
        |spec| {
            let spec_text = std::fs::read_to_string(spec.join("jitsi.yaml")).unwrap();
            std::fs::write(
                spec.join("jitsi.yaml"),
                spec_text.replacen(
                    "\n  - id: conference_error",
                    "\n\t- id: conference_error",
                    1,
                ),
            )
            .unwrap();
        },
        &["jitsi.yaml:5:", "indent with spaces"],
    );
}

#[test]
fn a_50_mb_file() {
    rejects(
        "huge",
        |spec| {
            let spec_text = std::fs::read_to_string(spec.join("jitsi.yaml")).unwrap();
            let padding = format!("# {}\n", "x".repeat(50 * 1024 * 1024));
            std::fs::write(spec.join("jitsi.yaml"), padding + &spec_text).unwrap();
        },
        &["jitsi.yaml", "limited to 16 MiB"],
    );
}

#[test]
fn an_alias_bomb() {
    rejects(
        "bomb",
        |spec| {
            let mut text = String::from(
                "provider: bomb\nname: Bomb\nlol: &a [\"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\"]\n",
            );
            for (i, c) in ('b'..='j').enumerate() {
                let prev = (b'a' + i as u8) as char;
                text.push_str(&format!("{c}: &{c} [*{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}]\n"));
            }
            text.push_str("code_sets: *j\n");
            std::fs::write(spec.join("bomb.yaml"), text).unwrap();
        },
        &["bomb.yaml:"],
    );
}

#[test]
fn nesting_10000_deep() {
    rejects(
        "deep",
        |spec| {
            std::fs::write(
                spec.join("deep.yaml"),
                format!(
                    "provider: deep\nname: Deep\ncode_sets: {}{}\n",
                    "[".repeat(10_000),
                    "]".repeat(10_000)
                ),
            )
            .unwrap()
        },
        &["deep.yaml:3:", "too deep"],
    );
}

#[test]
fn a_yaml_file_that_holds_something_else() {
    rejects(
        "html",
        |spec| {
            std::fs::write(
                spec.join("page.yaml"),
                "<html><body>not a spec</body></html>\n",
            )
            .unwrap()
        },
        &["page.yaml:1:1"],
    );
}

#[test]
fn a_folder_named_like_a_spec_file() {
    rejects(
        "folder",
        |spec| std::fs::create_dir(spec.join("folder.yaml")).unwrap(),
        &["folder.yaml", "is a folder"],
    );
}

#[test]
fn an_unreadable_file() {
    // A symlink to nowhere cannot be read by anyone (file permissions do not stop root, which
    // CI may run as).
    rejects(
        "unreadable",
        |spec| std::os::unix::fs::symlink("missing-target.yaml", spec.join("broken.yaml")).unwrap(),
        &["broken.yaml", "cannot read"],
    );
}

#[test]
fn a_symlink_loop() {
    rejects(
        "loop",
        |spec| std::os::unix::fs::symlink("loop.yaml", spec.join("loop.yaml")).unwrap(),
        &["loop.yaml", "symbolic links"],
    );
}

/// The spec files in memory, as the loader reads them.
fn spec_sources() -> Vec<rtc_codegen::diagnostics::SourceFile> {
    let (files, problems) = rtc_codegen::load::read_dir(&root().join("spec"), "spec");
    assert!(problems.is_empty(), "{problems:?}");
    files
}

/// Every generated file's bytes for these sources.
fn generated_from(sources: Vec<rtc_codegen::diagnostics::SourceFile>) -> rtc_codegen::emit::Files {
    let catalog = rtc_codegen::catalog_from_sources(sources).unwrap_or_else(|d| panic!("{d}"));
    rtc_codegen::generate(&catalog)
}

#[test]
fn output_is_the_same_whatever_the_order_of_the_spec_files() {
    // In process: the order the sources reach the pipeline is the only order there is (the
    // loader sorts file names, and nothing in std reads the locale or the time zone).
    let sources = spec_sources();
    let expected = generated_from(sources.clone());
    let mut seed: u64 = 0x0DDB_1A5E_5BAD_5EED;
    let mut orders = vec![sources.iter().rev().cloned().collect::<Vec<_>>()];
    for _ in 0..8 {
        // Fisher-Yates with xorshift64: seeded, so a failure replays.
        let mut order = sources.clone();
        for i in (1..order.len()).rev() {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            order.swap(i, (seed % (i as u64 + 1)) as usize);
        }
        orders.push(order);
    }
    for order in orders {
        let names: Vec<&str> = order.iter().map(|f| f.path.as_str()).collect();
        let names = names.join(", ");
        let files = generated_from(order);
        assert_eq!(
            files.keys().collect::<Vec<_>>(),
            expected.keys().collect::<Vec<_>>(),
            "files differ for the order {names}"
        );
        for (path, text) in &files {
            assert!(
                text == &expected[path],
                "{path} differs for the order {names}"
            );
        }
    }
}

#[test]
fn output_is_the_same_whatever_the_line_endings_and_byte_order_mark() {
    let sources = spec_sources();
    let expected = generated_from(sources.clone());
    let rewritten = sources
        .into_iter()
        .map(|mut f| {
            f.text = format!("\u{feff}{}", f.text.replace('\n', "\r\n"));
            f
        })
        .collect();
    let files = generated_from(rewritten);
    for (path, text) in &expected {
        assert!(
            files.get(path) == Some(text),
            "{path} differs with CRLF and a BOM"
        );
    }
    assert_eq!(files.len(), expected.len());
}

#[test]
fn a_failed_write_leaves_the_previous_output_intact() {
    let ws = Workspace::new("atomic");
    assert!(ws.codegen(&[]).status.success());
    // A spec change touches several files; one target's place is taken by a folder.
    let spec_text = std::fs::read_to_string(ws.spec().join("livekit.yaml")).unwrap();
    std::fs::write(
        ws.spec().join("livekit.yaml"),
        spec_text.replacen("name: LiveKit", "name: LiveKit Cloud", 1),
    )
    .unwrap();
    // With the patch bump the compatibility guard asks of a text change.
    let taxonomy = std::fs::read_to_string(ws.spec().join("taxonomy.yaml")).unwrap();
    std::fs::write(ws.spec().join("taxonomy.yaml"), {
        let (current, next) = versions();
        taxonomy.replacen(
            &format!("  version: {current}\n"),
            &format!("  version: {next}\n"),
            1,
        )
    })
    .unwrap();
    let blocker = ws.out().join("rust/src/livekit.rs");
    std::fs::remove_file(&blocker).unwrap();
    std::fs::create_dir(&blocker).unwrap();
    let before = snapshot(&ws.out());
    let run = ws.codegen(&[]);
    let stderr = text(&run.stderr);
    assert_eq!(run.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("livekit.rs") && stderr.contains("nothing was changed"),
        "{stderr}"
    );
    assert_eq!(
        snapshot(&ws.out()),
        before,
        "a failed write changed files or left temporary ones"
    );
    // A parent folder whose place is taken by a file fails while staging, also harmlessly.
    std::fs::remove_dir(&blocker).unwrap();
    std::fs::remove_dir_all(ws.out().join("docs")).unwrap();
    std::fs::write(ws.out().join("docs"), "a file where a folder belongs\n").unwrap();
    let before = snapshot(&ws.out());
    let run = ws.codegen(&[]);
    assert_eq!(run.status.code(), Some(1), "{}", text(&run.stderr));
    assert_eq!(snapshot(&ws.out()), before);
}

#[test]
fn two_runs_at_the_same_moment_leave_a_consistent_tree() {
    let ws = Workspace::new("concurrent");
    let spec = ws.spec();
    let out = ws.out();
    let start = || {
        Command::new(env!("CARGO_BIN_EXE_xtask"))
            .args([
                "codegen",
                "--spec",
                spec.to_str().unwrap(),
                "--out",
                out.to_str().unwrap(),
            ])
            .stdout(std::process::Stdio::null())
            .spawn()
            .unwrap()
    };
    for _ in 0..5 {
        let (mut a, mut b) = (start(), start());
        assert!(a.wait().unwrap().success());
        assert!(b.wait().unwrap().success());
        assert_eq!(snapshot(&out), snapshot(&root().join("generated")));
        std::fs::remove_dir_all(&out).unwrap();
        seed(&out);
    }
}

#[test]
fn breaking_changes_are_refused_against_the_current_catalog_and_a_git_revision() {
    let ws = Workspace::new("breaking");
    assert!(ws.codegen(&[]).status.success());
    let path = ws.spec().join("livekit.yaml");
    let spec_text = std::fs::read_to_string(&path).unwrap();
    let start = spec_text.find("      - name: AGENT_ERROR\n").unwrap();
    let end = spec_text[start + 1..]
        .find("\n  - id: ")
        .map_or(spec_text.len(), |e| start + 2 + e);
    std::fs::write(
        &path,
        format!("{}{}", &spec_text[..start], &spec_text[end..]),
    )
    .unwrap();
    let before = snapshot(&ws.out());
    for extra in [
        &[][..],
        &["--breaking-against", "HEAD"][..],
        &["--check"][..],
    ] {
        let run = ws.codegen(extra);
        let stderr = text(&run.stderr);
        assert_eq!(run.status.code(), Some(1), "{extra:?}: {stderr}");
        assert!(
            stderr.contains("livekit/disconnect_reason: code `AGENT_ERROR` (16) was removed"),
            "{extra:?}: {stderr}"
        );
        assert!(stderr.contains("livekit.yaml:"), "{extra:?}: {stderr}");
        assert_eq!(snapshot(&ws.out()), before);
    }
    let run = ws.codegen(&["--breaking-against", "no-such-revision"]);
    assert_eq!(run.status.code(), Some(1));
    assert!(text(&run.stderr).contains("cannot read generated/catalog.json at `no-such-revision`"));
}

#[test]
fn a_change_needs_a_version_bump_which_then_enters_the_changelog() {
    let ws = Workspace::new("version-bump");
    assert!(ws.codegen(&[]).status.success());
    let edit = |file: &str, from: &str, to: &str| {
        let path = ws.spec().join(file);
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(text.contains(from), "{file} has no `{from}`");
        std::fs::write(&path, text.replacen(from, to, 1)).unwrap();
    };
    edit(
        "amazon_chime.yaml",
        "summary: No error.",
        "summary: No error at all.",
    );
    let before = snapshot(&ws.out());
    let run = ws.codegen(&[]);
    let stderr = text(&run.stderr);
    assert_eq!(run.status.code(), Some(1), "{stderr}");
    let (current, next) = versions();
    assert!(stderr.contains(&format!("the catalog changed but its version is still {current}: 1 text edited (amazon_chime/meeting_session_status_code/OK (summary)): the version must be at least {next} (a patch change)")), "{stderr}");
    assert!(stderr.contains("taxonomy.yaml:6:12"), "{stderr}");
    assert_eq!(snapshot(&ws.out()), before, "nothing is written");

    edit(
        "taxonomy.yaml",
        &format!("  version: {current}\n"),
        &format!("  version: {next}\n"),
    );
    let run = ws.codegen(&[]);
    assert!(run.status.success(), "{}", text(&run.stderr));
    let changelog = std::fs::read_to_string(ws.out().join("CHANGELOG.md")).unwrap();
    let newest = changelog
        .find(&format!("## {next}"))
        .expect("an entry for the new version");
    assert!(
        newest
            < changelog
                .find(&format!("## {current}"))
                .expect("the earlier entries stay")
    );
    assert!(
        changelog.contains("- text edited: amazon_chime/meeting_session_status_code/OK (summary)"),
        "{changelog}"
    );
    assert!(
        ws.codegen(&["--check"]).status.success(),
        "the carried changelog is stable"
    );

    std::fs::write(
        ws.out().join("CHANGELOG.md"),
        changelog.replace(&format!("## {next}"), "## 99.0.0"),
    )
    .unwrap();
    let run = ws.codegen(&["--check"]);
    assert_eq!(
        run.status.code(),
        Some(1),
        "a hand edit of the changelog is drift"
    );
    assert!(
        text(&run.stderr).contains("changed generated/CHANGELOG.md"),
        "{}",
        text(&run.stderr)
    );
}

#[test]
fn a_lost_catalog_does_not_slip_past_the_guard() {
    let ws = Workspace::new("lost-catalog");
    assert!(ws.codegen(&[]).status.success());
    std::fs::remove_file(ws.out().join("catalog.json")).unwrap();
    let run = ws.codegen(&[]);
    assert_eq!(run.status.code(), Some(1));
    assert!(
        text(&run.stderr).contains("cannot check compatibility"),
        "{}",
        text(&run.stderr)
    );
    assert!(
        !ws.out().join("catalog.json").exists(),
        "the guard was skipped and the catalog rewritten"
    );
}

/// A copy of the repository's generator, spec and output (no git, no build products), so a test
/// can break `generated/` and run `cargo xtask` as a user would. The copy is kept between runs
/// (in the temporary folder: inside this repository cargo would take it for a member) and brought
/// up to date by rewriting only the files that differ: the files cargo fingerprints keep their
/// times, so the copied generator is compiled once, not on every run.
struct ScratchRepository(PathBuf);

fn scratch_repository(name: &str) -> ScratchRepository {
    // One copy per checkout: the path of this repository, made into a folder name.
    let checkout: String = root()
        .display()
        .to_string()
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect();
    let repo = std::env::temp_dir().join(format!("rtc-scratch-{name}{checkout}"));
    for dir in [".cargo", "codegen", "xtask", "spec", "generated"] {
        mirror(&root().join(dir), &repo.join(dir));
    }
    for file in ["Cargo.toml", "Cargo.lock"] {
        write_if_changed(&repo.join(file), &std::fs::read(root().join(file)).unwrap());
    }
    // What cargo or npm built in the output last time is not part of a checkout.
    for built in rtc_codegen::write::NOT_OURS {
        let path = repo.join("generated").join(built);
        let _ = std::fs::remove_dir_all(&path);
        let _ = std::fs::remove_file(&path);
    }
    ScratchRepository(repo)
}

/// Makes `to` hold exactly the files of `from` (less build products): files that differ are
/// rewritten, files `from` lacks are removed, the rest are left alone.
fn mirror(from: &Path, to: &Path) {
    let not_ours = |rel: &str| rtc_codegen::write::NOT_OURS.contains(&rel);
    let wanted = rtc_codegen::write::files_under(from, &not_ours).unwrap();
    let present = rtc_codegen::write::files_under(to, &not_ours).unwrap();
    for stale in present.difference(&wanted) {
        std::fs::remove_file(to.join(stale)).unwrap();
    }
    for file in &wanted {
        write_if_changed(&to.join(file), &std::fs::read(from.join(file)).unwrap());
    }
}

fn write_if_changed(file: &Path, bytes: &[u8]) {
    if std::fs::read(file).ok().as_deref() == Some(bytes) {
        return;
    }
    std::fs::create_dir_all(file.parent().unwrap()).unwrap();
    std::fs::write(file, bytes).unwrap();
}

/// Runs cargo in `dir` with one target folder shared by every run of this test, so the copy's
/// generator is compiled once, not once per damage.
fn cargo_in(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO"))
        .args(args)
        .current_dir(dir)
        .env("CARGO_TARGET_DIR", root().join("target/scratch-repository"))
        .output()
        .unwrap()
}

#[test]
fn codegen_builds_and_repairs_a_generated_crate_that_does_not_compile() {
    let repo = scratch_repository("repair");
    let crate_dir = repo.0.join("generated/rust");
    let committed = snapshot(&root().join("generated/rust/src"));
    let damages: [(&str, &dyn Fn()); 2] = [
        ("lib.rs and Cargo.toml garbled", &|| {
            std::fs::write(crate_dir.join("src/lib.rs"), "<<<<<<< HEAD\npub fn {\n").unwrap();
            std::fs::write(crate_dir.join("Cargo.toml"), "[package\nname = \n").unwrap();
        }),
        ("a provider module renames a function", &|| {
            let module = crate_dir.join("src/livekit.rs");
            let text = std::fs::read_to_string(&module).unwrap();
            assert!(text.contains("fn from_value("));
            std::fs::write(
                &module,
                text.replace("fn from_value(", "fn from_value_renamed("),
            )
            .unwrap();
        }),
    ];
    for (damage, break_it) in damages {
        break_it();
        let broken = cargo_in(&crate_dir, &["check", "--quiet"]);
        assert!(
            !broken.status.success(),
            "{damage}: the damaged crate still compiles"
        );
        let codegen = cargo_in(&repo.0, &["xtask", "codegen"]);
        assert!(
            codegen.status.success(),
            "{damage}: cargo xtask codegen failed:\n{}",
            text(&codegen.stderr)
        );
        let build = cargo_in(&crate_dir, &["check", "--quiet"]);
        assert!(
            build.status.success(),
            "{damage}: the repaired crate does not compile:\n{}",
            text(&build.stderr)
        );
        assert!(
            snapshot(&crate_dir.join("src")) == committed,
            "{damage}: not repaired to the committed crate"
        );
        // The lock file cargo left beside the crate is not the generator's: not stale, no drift.
        assert!(
            crate_dir.join("Cargo.lock").is_file(),
            "{damage}: Cargo.lock was removed"
        );
        let check = cargo_in(&repo.0, &["xtask", "codegen", "--check"]);
        assert!(
            check.status.success(),
            "{damage}: drift after the repair:\n{}",
            text(&check.stderr)
        );
    }
}

/// `--only`: a team that ships some languages regenerates those, and every other file stays as
/// it is, neither rewritten nor called stale.
#[test]
fn only_some_targets_touches_only_their_folders() {
    let ws = Workspace::new("only");
    assert!(ws.codegen(&[]).status.success());
    let out = ws.out();
    std::fs::write(out.join("rust/src/old.rs"), "left over\n").unwrap();
    std::fs::write(out.join("kotlin/README.md"), "edited by hand\n").unwrap();
    std::fs::write(out.join("go/old.go"), "another team's leftover\n").unwrap();
    std::fs::write(out.join("docs/jitsi.md"), "edited by hand\n").unwrap();
    let three = ["--only", "rust,typescript,kotlin"];
    let check = ws.codegen(&[&three[..], &["--check"]].concat());
    let stderr = text(&check.stderr);
    assert_eq!(check.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("stale   generated/rust/src/old.rs")
            && stderr.contains("changed generated/kotlin/README.md"),
        "{stderr}"
    );
    assert!(
        !stderr.contains("go/old.go") && !stderr.contains("jitsi.md"),
        "--only compared files outside its targets: {stderr}"
    );
    let run = ws.codegen(&three);
    assert!(run.status.success(), "{}", text(&run.stderr));
    assert!(
        text(&run.stdout).contains("; 2 changed"),
        "{}",
        text(&run.stdout)
    );
    assert!(!out.join("rust/src/old.rs").exists());
    assert_eq!(
        std::fs::read_to_string(out.join("go/old.go")).unwrap(),
        "another team's leftover\n"
    );
    assert_eq!(
        std::fs::read_to_string(out.join("docs/jitsi.md")).unwrap(),
        "edited by hand\n"
    );
    assert!(
        ws.codegen(&[&three[..], &["--check"]].concat())
            .status
            .success()
    );
}

#[test]
fn only_an_unknown_target_is_a_clear_error_naming_the_valid_ones() {
    let ws = Workspace::new("only-unknown");
    let before = snapshot(&ws.out());
    let run = ws.codegen(&["--only", "rust,cobol"]);
    let stderr = text(&run.stderr);
    assert_eq!(run.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains("unknown target `cobol`")
            && stderr.contains("rust, typescript, kotlin, go, c, python"),
        "{stderr}"
    );
    assert_eq!(snapshot(&ws.out()), before, "a refused run wrote files");
}

// The up-to-date fast path (xtask/src/fresh.rs): a run that finds nothing to write records the
// state of the spec, the output and the generator; a later run with the same state skips the
// work. These tests run a private link to the generator, so its records (kept beside the binary)
// live and die with the test's folder.

/// A workspace with its own link to (or copy of) the generator binary.
struct Fresh {
    ws: Workspace,
    bin: PathBuf,
}

impl Fresh {
    fn new(name: &str) -> Self {
        let ws = Workspace::new(&format!("fresh-{name}"));
        let bin = ws.0.join("bin/xtask");
        std::fs::create_dir_all(bin.parent().unwrap()).unwrap();
        if std::fs::hard_link(env!("CARGO_BIN_EXE_xtask"), &bin).is_err() {
            std::fs::copy(env!("CARGO_BIN_EXE_xtask"), &bin).unwrap();
        }
        Fresh { ws, bin }
    }
    fn run(&self, extra: &[&str]) -> Output {
        self.run_with(&self.ws.spec(), &self.ws.out(), extra)
    }
    fn run_with(&self, spec: &Path, out: &Path, extra: &[&str]) -> Output {
        let mut args = vec![
            "codegen",
            "--spec",
            spec.to_str().unwrap(),
            "--out",
            out.to_str().unwrap(),
        ];
        args.extend_from_slice(extra);
        Command::new(&self.bin).args(&args).output().unwrap()
    }
    /// Generates, ages every file, and runs once more so that run records: the next one skips.
    fn recorded(name: &str) -> Self {
        let fresh = Fresh::new(name);
        assert!(fresh.run(&[]).status.success());
        age(&[&fresh.ws.spec(), &fresh.ws.out()]);
        let verify = fresh.run(&[]);
        assert!(verify.status.success(), "{}", text(&verify.stderr));
        assert!(!skipped(&verify), "no record yet, but skipped");
        assert!(skipped(&fresh.run(&[])), "a recorded state was not skipped");
        fresh
    }
}

/// Whether a run took the fast path.
fn skipped(run: &Output) -> bool {
    text(&run.stdout).contains("up to date since the last run")
}

/// Sets every file under `dirs` an hour back: a run only records files older than a few seconds
/// (a file modified within the file system's timestamp granularity might change unseen).
fn age(dirs: &[&Path]) {
    let hour_ago = std::time::SystemTime::now() - std::time::Duration::from_secs(3600);
    set_times(dirs, hour_ago);
}

fn set_times(dirs: &[&Path], time: std::time::SystemTime) {
    for dir in dirs {
        for file in rtc_codegen::write::files_under(dir, &|_| false).unwrap() {
            let f = std::fs::File::options()
                .write(true)
                .open(dir.join(file))
                .unwrap();
            f.set_modified(time).unwrap();
        }
    }
}

/// Every file's modification time and inode: what a write, even of the same bytes, changes.
fn stamps(dir: &Path) -> BTreeMap<String, (std::time::SystemTime, u64)> {
    use std::os::unix::fs::MetadataExt;
    rtc_codegen::write::files_under(dir, &|_| false)
        .unwrap()
        .into_iter()
        .map(|file| {
            let meta = std::fs::metadata(dir.join(&file)).unwrap();
            (file, (meta.modified().unwrap(), meta.ino()))
        })
        .collect()
}

#[test]
fn a_run_with_nothing_to_write_touches_nothing_and_the_next_one_skips_the_work() {
    let fresh = Fresh::new("untouched");
    assert!(fresh.run(&[]).status.success());
    age(&[&fresh.ws.spec(), &fresh.ws.out()]);
    let before = stamps(&fresh.ws.out());
    let compared = fresh.run(&[]);
    assert!(
        text(&compared.stdout).contains("; 0 changed"),
        "{}",
        text(&compared.stdout)
    );
    assert!(!skipped(&compared), "skipped without a record");
    assert_eq!(
        stamps(&fresh.ws.out()),
        before,
        "a run with nothing to write touched files"
    );
    let skip = fresh.run(&[]);
    assert!(skipped(&skip), "{}", text(&skip.stdout));
    assert!(
        text(&skip.stdout).contains(" codes, "),
        "the skip lost the summary"
    );
    assert_eq!(
        stamps(&fresh.ws.out()),
        before,
        "a skipped run touched files"
    );
    assert_eq!(
        snapshot(&fresh.ws.out()),
        snapshot(&root().join("generated")),
        "the output differs from the committed one"
    );
}

#[test]
fn a_hand_edit_or_a_deleted_file_in_the_output_is_repaired_after_a_skip() {
    let fresh = Fresh::recorded("repair");
    let committed = snapshot(&root().join("generated"));
    let rust = fresh.ws.out().join("rust/src/lib.rs");
    std::fs::write(&rust, "// edited by hand\n").unwrap();
    let repair = fresh.run(&[]);
    assert!(
        text(&repair.stdout).contains("; 1 changed"),
        "{}",
        text(&repair.stdout)
    );
    assert_eq!(
        snapshot(&fresh.ws.out()),
        committed,
        "the hand edit was not repaired"
    );
    // Recorded again, then a file goes missing (as after a checkout that dropped it).
    age(&[&fresh.ws.out()]);
    assert!(!skipped(&fresh.run(&[])));
    assert!(skipped(&fresh.run(&[])));
    std::fs::remove_file(fresh.ws.out().join("schema/catalog.schema.json")).unwrap();
    let restore = fresh.run(&[]);
    assert!(
        text(&restore.stdout).contains("; 1 changed"),
        "{}",
        text(&restore.stdout)
    );
    assert_eq!(
        snapshot(&fresh.ws.out()),
        committed,
        "the deleted file was not restored"
    );
}

#[test]
fn a_new_or_edited_spec_file_is_read_after_a_skip() {
    let fresh = Fresh::recorded("spec");
    std::fs::write(fresh.ws.spec().join("zz_new.yaml"), "provider: [unclosed\n").unwrap();
    let run = fresh.run(&[]);
    assert_eq!(run.status.code(), Some(1), "{}", text(&run.stdout));
    assert!(
        text(&run.stderr).contains("zz_new.yaml:"),
        "{}",
        text(&run.stderr)
    );
    std::fs::remove_file(fresh.ws.spec().join("zz_new.yaml")).unwrap();
    let taxonomy = fresh.ws.spec().join("taxonomy.yaml");
    let edited = std::fs::read_to_string(&taxonomy).unwrap() + "unknown_key: 1\n";
    std::fs::write(&taxonomy, edited).unwrap();
    let run = fresh.run(&[]);
    assert_eq!(run.status.code(), Some(1), "{}", text(&run.stdout));
    assert!(
        text(&run.stderr).contains("taxonomy.yaml:"),
        "{}",
        text(&run.stderr)
    );
}

#[test]
fn a_new_build_of_the_generator_does_not_skip() {
    let fresh = Fresh::recorded("rebuilt");
    // A rebuild writes a new binary: same bytes here, but a new file, as cargo leaves it.
    std::fs::remove_file(&fresh.bin).unwrap();
    std::fs::copy(env!("CARGO_BIN_EXE_xtask"), &fresh.bin).unwrap();
    let run = fresh.run(&[]);
    assert!(run.status.success(), "{}", text(&run.stderr));
    assert!(!skipped(&run), "a new generator build was skipped");
}

#[test]
fn check_and_breaking_against_never_skip() {
    let fresh = Fresh::recorded("check");
    // An edit that keeps the size, the time and the inode: invisible to the record, by design;
    // `--check` must still compare and see it.
    let readme = fresh.ws.out().join("CHANGELOG.md");
    let meta = std::fs::metadata(&readme).unwrap();
    let mut bytes = std::fs::read(&readme).unwrap();
    bytes[0] = if bytes[0] == b'#' { b'%' } else { b'#' };
    std::fs::write(&readme, &bytes).unwrap();
    let f = std::fs::File::options().write(true).open(&readme).unwrap();
    f.set_modified(meta.modified().unwrap()).unwrap();
    let check = fresh.run(&["--check"]);
    assert_eq!(check.status.code(), Some(1), "{}", text(&check.stdout));
    assert!(
        text(&check.stderr).contains("changed generated/CHANGELOG.md"),
        "{}",
        text(&check.stderr)
    );
    let guard = fresh.run(&["--breaking-against", "no-such-revision"]);
    assert_eq!(guard.status.code(), Some(1), "{}", text(&guard.stdout));
    assert!(
        text(&guard.stderr).contains("no-such-revision"),
        "{}",
        text(&guard.stderr)
    );
}

#[test]
fn another_output_folder_is_not_answered_by_this_ones_record() {
    // Two checkouts sharing one target folder: same generator, same spec, other output.
    let fresh = Fresh::recorded("other-out");
    let other = fresh.ws.0.join("other-generated");
    copy_dir(&fresh.ws.out(), &other);
    std::fs::write(other.join("rust/src/lib.rs"), "// edited by hand\n").unwrap();
    age(&[&other]);
    let run = fresh.run_with(&fresh.ws.spec(), &other, &[]);
    assert!(
        text(&run.stdout).contains("; 1 changed"),
        "{}",
        text(&run.stdout)
    );
    assert_eq!(snapshot(&other), snapshot(&fresh.ws.out()));
}

#[test]
fn files_modified_just_now_are_not_recorded() {
    let fresh = Fresh::new("racy");
    assert!(fresh.run(&[]).status.success());
    // Times after the run's start stand for "modified just now", without waiting on a clock.
    let soon = std::time::SystemTime::now() + std::time::Duration::from_secs(3600);
    set_times(&[&fresh.ws.spec()], soon);
    age(&[&fresh.ws.out()]);
    assert!(!skipped(&fresh.run(&[])));
    let again = fresh.run(&[]);
    assert!(again.status.success(), "{}", text(&again.stderr));
    assert!(
        !skipped(&again),
        "a run recorded spec files modified just now"
    );
}

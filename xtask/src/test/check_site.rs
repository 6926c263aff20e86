//! The generated site of every tree in a real browser: Debian's Chromium, driven by
//! playwright-core from the pinned toolchain, running `tests/site/site.test.mjs` (search,
//! filters, deep links, equivalents, keyboard, matrix and axe-core on the real catalog; inert
//! text on the hostile fixture; every entry on every tree). The screenshots it takes go to
//! `tests/.build/site/screenshots`, and to `docs/screenshots` with `UPDATE_SCREENSHOTS=1`.

use super::process::{build_dir, harness, npm_ci, run, run_env, toolchain_dir};
use super::trees::{Tally, Tree};
use std::path::Path;

/// Debian's chromium, pinned: the version the test was written against (bookworm-security).
const CHROMIUM: &str = "chromium=156.0.8078.79-1~deb12u1";
const CHROMIUM_BIN: &str = "/usr/bin/chromium";

/// Runs the browser test over every tree, one RESULT line for all.
pub fn check(trees: &[Tree], tally: &mut Tally) -> Result<(), String> {
    install_chromium()?;
    npm_ci(&toolchain_dir())?;
    let dir = build_dir("site");
    let shots = dir.join("screenshots");
    std::fs::create_dir_all(&shots).map_err(|e| format!("{}: {e}", shots.display()))?;
    let list = dir.join("trees.json");
    std::fs::write(&list, trees_json(trees)).map_err(|e| format!("{}: {e}", list.display()))?;
    let script = crate::root().join("tests/site/site.test.mjs");
    let args = [
        script.display().to_string(),
        list.display().to_string(),
        shots.display().to_string(),
    ];
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let result = harness("site browser test", "node", &args).map(|(passed, failed, text)| {
        for line in text.lines().filter(|l| l.starts_with("FAIL ")) {
            eprintln!("  {line}");
        }
        (passed, failed)
    });
    tally.add("site", result);
    if std::env::var_os("UPDATE_SCREENSHOTS").is_some() {
        copy_screenshots(&shots, &crate::root().join("docs/screenshots"))?;
    }
    Ok(())
}

/// The trees for the script: name, kind (what it checks) and generated folder.
fn trees_json(trees: &[Tree]) -> String {
    let list: Vec<serde_json::Value> = trees
        .iter()
        .map(|t| {
            let kind = match t.name.as_str() {
                "real" => "real",
                "hostile" => "hostile",
                _ => "golden",
            };
            serde_json::json!({ "name": t.name, "kind": kind, "out": t.out })
        })
        .collect();
    serde_json::to_string_pretty(&list).expect("a list of strings serializes")
}

/// Installs the pinned Chromium from Debian when it is missing.
pub(super) fn install_chromium() -> Result<(), String> {
    if Path::new(CHROMIUM_BIN).exists() {
        return Ok(());
    }
    let env = [("DEBIAN_FRONTEND", "noninteractive")];
    run_env("apt-get update", "apt-get", &["update", "-qq"], &env)?;
    run_env(
        "apt-get install chromium",
        "apt-get",
        &["install", "-y", "-qq", CHROMIUM],
        &env,
    )
    .map_err(|e| {
        format!("{e}\n(the pin {CHROMIUM} in xtask/src/test/check_site.rs may have left Debian's mirror: `apt-cache policy chromium` shows the current version to pin)")
    })?;
    let version = run("chromium --version", CHROMIUM_BIN, &["--version"])?;
    println!("  installed from Debian: {}", version.trim());
    Ok(())
}

fn copy_screenshots(from: &Path, to: &Path) -> Result<(), String> {
    std::fs::create_dir_all(to).map_err(|e| format!("{}: {e}", to.display()))?;
    for name in ["search.png", "entry.png", "matrix.png"] {
        std::fs::copy(from.join(name), to.join(name))
            .map_err(|e| format!("{}: {e}", from.join(name).display()))?;
    }
    println!("  screenshots written to {}", to.display());
    Ok(())
}

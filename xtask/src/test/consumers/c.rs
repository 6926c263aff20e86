//! A CMake project using generated/c the way a firmware project vendors it: the library folder
//! copied into the project, `add_subdirectory` and its `rtc_error_catalog::rtc_error_catalog`
//! target (tests/c/consumer), built by CMake, then run from C and from C++.

use super::super::process::{self, build_dir, harness};
use super::super::trees::Tally;
use std::path::Path;

/// Copies the library, configures and builds the project, and runs both programs.
pub fn run(tally: &mut Tally) -> Result<(), String> {
    let root = crate::root();
    let scratch = build_dir("consumers/c");
    let library = scratch.join("rtc_error_catalog");
    let _ = std::fs::remove_dir_all(&library);
    copy_dir(&root.join("generated/c"), &library)?;
    let build = scratch.join("build").display().to_string();
    let project = root.join("tests/c/consumer").display().to_string();
    let dir = format!("-DRTC_ERROR_CATALOG_DIR={}", library.display());
    process::run(
        "cmake configure",
        "cmake",
        &["-S", &project, "-B", &build, &dir],
    )?;
    process::run("cmake build", "cmake", &["--build", &build])?;
    tally.add("consumers: c cmake build", Ok((1, 0)));
    for program in ["consumer", "consumer_cpp"] {
        let binary = format!("{build}/{program}");
        let (passed, failed, text) = harness(&format!("c {program}"), &binary, &[])?;
        for line in text.lines() {
            println!("  {line}");
        }
        tally.add(&format!("consumers: c {program}"), Ok((passed, failed)));
    }
    Ok(())
}

/// Copies a folder recursively, as a user vendoring the library would.
fn copy_dir(from: &Path, to: &Path) -> Result<(), String> {
    std::fs::create_dir_all(to).map_err(|e| e.to_string())?;
    for entry in std::fs::read_dir(from).map_err(|e| format!("{}: {e}", from.display()))? {
        let entry = entry.map_err(|e| e.to_string())?;
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_dir(&entry.path(), &target)?;
        } else {
            std::fs::copy(entry.path(), &target).map_err(|e| e.to_string())?;
        }
    }
    Ok(())
}

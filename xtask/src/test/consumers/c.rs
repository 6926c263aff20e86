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
    // Files are copied only when they changed, so CMake's own build rebuilds only what did; a
    // library file since removed goes with a fresh copy.
    if !same_files(&root.join("generated/c"), &library) {
        let _ = std::fs::remove_dir_all(&library);
    }
    copy_dir(&root.join("generated/c"), &library)?;
    let build_dir = scratch.join("build");
    forget_moved_build(&build_dir);
    let build = build_dir.display().to_string();
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

/// A build folder CMake configured for another path (a moved or copied checkout) is removed:
/// CMake refuses to reuse it.
fn forget_moved_build(build: &Path) {
    let cache = std::fs::read_to_string(build.join("CMakeCache.txt")).unwrap_or_default();
    let here = format!("CMAKE_CACHEFILE_DIR:INTERNAL={}", build.display());
    if !cache.is_empty() && !cache.lines().any(|l| l == here) {
        let _ = std::fs::remove_dir_all(build);
    }
}

/// Whether both folders list the same files (contents aside: `copy_dir` rewrites those).
fn same_files(a: &Path, b: &Path) -> bool {
    let list = |dir: &Path| rtc_codegen::write::files_under(dir, &|_| false).ok();
    b.is_dir() && list(a) == list(b)
}

/// Copies a folder recursively, as a user vendoring the library would; a file whose contents
/// are already there is left alone (its time too).
fn copy_dir(from: &Path, to: &Path) -> Result<(), String> {
    std::fs::create_dir_all(to).map_err(|e| e.to_string())?;
    for entry in std::fs::read_dir(from).map_err(|e| format!("{}: {e}", from.display()))? {
        let entry = entry.map_err(|e| e.to_string())?;
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_dir(&entry.path(), &target)?;
        } else {
            let bytes = std::fs::read(entry.path())
                .map_err(|e| format!("{}: {e}", entry.path().display()))?;
            if std::fs::read(&target).ok() != Some(bytes.clone()) {
                std::fs::write(&target, bytes).map_err(|e| format!("{}: {e}", target.display()))?;
            }
        }
    }
    Ok(())
}

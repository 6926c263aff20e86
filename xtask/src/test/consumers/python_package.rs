//! The Python package installed the way its users install it: in a virtual environment of its
//! own (with the pinned build backend, tests/consumers/python/package-requirements.txt), `pip
//! install` from a copy of generated/python, then from a wheel `pip wheel` built from it; each
//! time an app script (tests/consumers/python/use_package.py) runs against the installed
//! package and mypy --strict checks that script against it (py.typed honoured).

use super::super::process::{self, build_dir, harness};
use super::super::trees::Tally;
use std::path::Path;

/// Installs from the folder, runs the app; builds a wheel, installs it, runs the app again.
pub fn run(tally: &mut Tally) -> Result<(), String> {
    let root = crate::root();
    let source = root.join("tests/consumers/python");
    let scratch = build_dir("consumers/python-package");
    let python = process::python_venv(
        &source.join("package-requirements.txt"),
        &scratch.join("venv"),
    )?;
    process::python_tools_venv()?;
    let mypy = build_dir("python/venv/bin/mypy");
    // The committed folder, copied where a user would have it.
    let folder = scratch.join("rtc-error-catalog");
    let _ = std::fs::remove_dir_all(&folder);
    copy_dir(&root.join("generated/python"), &folder)?;
    let folder = show(&folder);
    let pip = |args: &[&str]| {
        let mut all = vec!["-m", "pip", "--disable-pip-version-check", "-q"];
        all.extend(args);
        process::run("pip", &python, &all)
    };
    let install = [
        "install",
        "--no-deps",
        "--no-build-isolation",
        "--force-reinstall",
    ];
    let mut from_folder = install.to_vec();
    from_folder.push(&folder);
    pip(&from_folder)?;
    app(
        tally,
        "python package (pip install <folder>)",
        &python,
        &mypy,
    )?;
    let wheels = scratch.join("wheels");
    let _ = std::fs::remove_dir_all(&wheels);
    let dir = show(&wheels);
    pip(&[
        "wheel",
        "--no-deps",
        "--no-build-isolation",
        "-w",
        &dir,
        &folder,
    ])?;
    let wheel = std::fs::read_dir(&wheels)
        .map_err(|e| e.to_string())?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .find(|p| p.extension().is_some_and(|x| x == "whl"))
        .ok_or("pip wheel built no wheel")?;
    println!(
        "  built {}",
        wheel.file_name().unwrap_or_default().to_string_lossy()
    );
    pip(&["uninstall", "-y", "rtc-error-catalog"])?;
    let mut from_wheel = install.to_vec();
    let wheel = show(&wheel);
    from_wheel.push(&wheel);
    pip(&from_wheel)?;
    app(
        tally,
        "python package (pip install <wheel>)",
        &python,
        &mypy,
    )
}

/// The app against what is installed: its checks, then mypy --strict over it.
fn app(tally: &mut Tally, what: &str, python: &str, mypy: &Path) -> Result<(), String> {
    let root = crate::root();
    let script = show(&root.join("tests/consumers/python/use_package.py"));
    let catalog = show(&root.join("generated/catalog.json"));
    let (passed, failed, text) = harness(what, python, &["-I", &script, &catalog])?;
    print!(
        "{}",
        text.lines().map(|l| format!("  {l}\n")).collect::<String>()
    );
    tally.add(what, Ok((passed, failed)));
    let cache = show(&build_dir("consumers/python-package/mypy-cache"));
    let args = [
        "--strict",
        "--python-executable",
        python,
        "--cache-dir",
        &cache,
        &script,
    ];
    let typed = process::run("mypy (app)", &show(mypy), &args);
    if typed.is_ok() {
        println!("  ok     mypy --strict on the app against the installed package");
    }
    tally.ran(&format!("{what}: mypy --strict on the app"), typed);
    Ok(())
}

fn copy_dir(from: &Path, to: &Path) -> Result<(), String> {
    // Caches a local run may have left (`__pycache__`, `.ruff_cache`) are no part of the package.
    let skip = |p: &str| {
        p.split('/')
            .any(|s| s.starts_with('.') || s == "__pycache__")
    };
    let files = rtc_codegen::write::files_under(from, &skip).map_err(|e| e.to_string())?;
    for file in files {
        let target = to.join(&file);
        if let Some(parent) = target.parent() {
            std::fs::create_dir_all(parent).map_err(|e| e.to_string())?;
        }
        std::fs::copy(from.join(&file), &target).map_err(|e| format!("{file}: {e}"))?;
    }
    Ok(())
}

fn show(path: &Path) -> String {
    path.display().to_string()
}

//! A Go consumer of generated/go: a module of its own (tests/go/consumer/main.go) that requires
//! the binding and points a `replace` directive at the committed folder, vetted and run.

use super::super::check_go::{GoEnv, write_if_changed};
use super::super::process::{build_dir, harness};
use super::super::trees::Tally;

/// Writes the consumer module, vets it and runs it.
pub fn run(tally: &mut Tally) -> Result<(), String> {
    let root = crate::root();
    let catalog = super::super::trees::real_catalog()?;
    let module = rtc_codegen::emit::go::names::module_path(catalog);
    let dir = build_dir("consumers/go");
    std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
    let go_mod = format!(
        "module example.com/rtcservice\n\ngo {}\n\nrequire {module} v0.0.0\n\nreplace {module} => {}\n",
        rtc_codegen::emit::go::GO_VERSION,
        root.join("generated/go").display()
    );
    write_if_changed(&dir.join("go.mod"), &go_mod)?;
    let source = root.join("tests/go/consumer/main.go");
    let text =
        std::fs::read_to_string(&source).map_err(|e| format!("{}: {e}", source.display()))?;
    write_if_changed(&dir.join("main.go"), &text)?;
    let go = GoEnv::new();
    let vet = go.run(&dir, "go consumer vet", "go", &["vet", "."]);
    tally.ran("consumers: go vet", vet);
    let binary = dir.join("rtcservice").display().to_string();
    go.run(
        &dir,
        "go consumer build",
        "go",
        &["build", "-o", &binary, "."],
    )?;
    let (passed, failed, text) = harness("go consumer", &binary, &[])?;
    print!("{text}");
    tally.add("consumers: go", Ok((passed, failed)));
    Ok(())
}

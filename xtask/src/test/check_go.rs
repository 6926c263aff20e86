//! The generated Go module of every tree: gofmt once over all trees, then per tree `go vet` and
//! staticcheck over the module and the vectors harness (tests/go/vectors), and the harness run.
//!
//! The machine's Go runs with its caches under tests/.build/go (GOCACHE, GOPATH, staticcheck's
//! cache) and GOTOOLCHAIN=local; staticcheck is installed there from the Go module proxy at
//! [`STATICCHECK`], once. Every tree has the same module path, so each is checked from a
//! harness module of its own whose `replace` points at the tree.

use super::process::{build_dir, harness, run_in_env};
use super::trees::{Tally, Tree};
use std::path::{Path, PathBuf};

/// staticcheck, pinned: the release that supports the machine's Go (1.26).
pub const STATICCHECK: &str = "honnef.co/go/tools/cmd/staticcheck@v0.8.2";

/// Runs every Go check on every tree.
pub fn check(trees: &[Tree], tally: &mut Tally) -> Result<(), String> {
    let go = GoEnv::new();
    let staticcheck = go.staticcheck()?;
    let mut dirs: Vec<String> = trees
        .iter()
        .map(|t| t.out.join("go").display().to_string())
        .collect();
    dirs.push(crate::root().join("tests/go").display().to_string());
    let mut args = vec!["-l"];
    args.extend(dirs.iter().map(String::as_str));
    // gofmt -l lists unformatted files and exits 0: an empty list is the pass.
    let listed = go.run(&crate::root(), "gofmt", "gofmt", &args)?;
    for tree in trees {
        let prefix = tree.out.join("go").display().to_string();
        let bad: Vec<&str> = listed.lines().filter(|l| l.starts_with(&prefix)).collect();
        let result = if bad.is_empty() {
            Ok((1, 0))
        } else {
            Err(format!("gofmt would change {}", bad.join(", ")))
        };
        tally.add(&format!("{}: go gofmt -l", tree.name), result);
    }
    if listed.lines().any(|l| l.contains("tests/go")) {
        tally.add("tests/go: gofmt -l", Err(listed.clone()));
    }
    for tree in trees {
        check_tree(&go, &staticcheck, tree, tally)?;
    }
    Ok(())
}

fn check_tree(go: &GoEnv, staticcheck: &str, tree: &Tree, tally: &mut Tally) -> Result<(), String> {
    let label = |what: &str| format!("{}: go {what}", tree.name);
    let module = rtc_codegen::emit::go::names::module_path(&tree.catalog);
    let dir = harness_module(tree, &module)?;
    let packages = format!("{module}/...");
    tally.ran(
        &label("vet"),
        go.run(&dir, &label("vet"), "go", &["vet", ".", &packages]),
    );
    tally.ran(
        &label("staticcheck"),
        go.run(&dir, &label("staticcheck"), staticcheck, &[".", &packages]),
    );
    let binary = dir.join("vectors").display().to_string();
    let built = go.run(&dir, &label("build"), "go", &["build", "-o", &binary, "."]);
    if built.is_err() {
        tally.ran(&label("build"), built);
        return Ok(());
    }
    tally.add(
        &label("vectors"),
        harness(&label("vectors"), &binary, &[&tree.catalog_json()]).map(|(p, f, _)| (p, f)),
    );
    Ok(())
}

/// A module at `<scratch>/go-vectors` holding the harness, its `replace` pointing at the tree.
/// The harness imports the real catalog's module path; a tree with another has it replaced.
fn harness_module(tree: &Tree, module: &str) -> Result<PathBuf, String> {
    let dir = tree.scratch.join("go-vectors");
    std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
    let source = crate::root().join("tests/go/vectors/main.go");
    let text =
        std::fs::read_to_string(&source).map_err(|e| format!("{}: {e}", source.display()))?;
    let real = "github.com/rtc-error-catalog/rtc-error-catalog/generated/go";
    let go_mod = format!(
        "module vectors\n\ngo {}\n\nrequire {module} v0.0.0\n\nreplace {module} => {}\n",
        rtc_codegen::emit::go::GO_VERSION,
        tree.out.join("go").display()
    );
    write_if_changed(&dir.join("main.go"), &text.replace(real, module))?;
    write_if_changed(&dir.join("go.mod"), &go_mod)?;
    Ok(dir)
}

/// Writes only when the contents differ, so the go command's caches stay warm.
pub fn write_if_changed(path: &Path, text: &str) -> Result<(), String> {
    if std::fs::read_to_string(path).ok().as_deref() == Some(text) {
        return Ok(());
    }
    std::fs::write(path, text).map_err(|e| format!("{}: {e}", path.display()))
}

/// The environment every go command runs in: caches under tests/.build/go, no toolchain switch.
pub struct GoEnv {
    vars: Vec<(&'static str, String)>,
    bin: PathBuf,
}

impl GoEnv {
    pub fn new() -> Self {
        let base = build_dir("go");
        let dir = |d: &str| base.join(d).display().to_string();
        GoEnv {
            vars: vec![
                ("GOCACHE", dir("cache")),
                ("GOPATH", dir("gopath")),
                ("STATICCHECK_CACHE", dir("staticcheck-cache")),
                ("GOTOOLCHAIN", "local".into()),
                ("GOFLAGS", "-mod=mod".into()),
                ("GOBIN", dir("bin")),
            ],
            bin: base.join("bin"),
        }
    }

    /// Runs `program` from `dir` in this environment.
    pub fn run(
        &self,
        dir: &Path,
        name: &str,
        program: &str,
        args: &[&str],
    ) -> Result<String, String> {
        let env: Vec<(&str, &str)> = self.vars.iter().map(|(k, v)| (*k, v.as_str())).collect();
        run_in_env(dir, name, program, args, &env)
    }

    /// The pinned staticcheck, installed through the module proxy unless the stamp says it is.
    fn staticcheck(&self) -> Result<String, String> {
        let binary = self.bin.join("staticcheck");
        let stamp = self.bin.join("staticcheck.installed");
        if !binary.exists() || std::fs::read_to_string(&stamp).ok().as_deref() != Some(STATICCHECK)
        {
            self.run(
                &crate::root(),
                "go install staticcheck",
                "go",
                &["install", STATICCHECK],
            )?;
            std::fs::write(&stamp, STATICCHECK).map_err(|e| e.to_string())?;
        }
        Ok(binary.display().to_string())
    }
}

//! The generated TypeScript package of every tree: the strict compile of its source, its shipped
//! JavaScript and declarations held to what `tsc` makes of that source, the vectors harness
//! through the package's `exports`, and prettier over all trees.
//!
//! One `tsc --build` compiles every tree's source project and harness project: one process, and
//! a project whose inputs are older than its `.tsbuildinfo` is not compiled again (tsc's own
//! cache; a project that had errors is never up to date). Each error names its file, and the
//! file names the tree and the check. prettier keeps its own cache (`--cache`, by content).

mod agree;

use super::process::{bin, build_dir, harness, run};
use super::trees::{Tally, Tree};
use std::path::{Path, PathBuf};

/// Runs every TypeScript check on every tree; tsc and prettier once over all of them.
pub fn check(trees: &[Tree], tally: &mut Tally) -> Result<(), String> {
    let mut projects = Vec::new();
    for tree in trees {
        std::fs::create_dir_all(&tree.scratch).map_err(|e| e.to_string())?;
        let config = tree.scratch.join("tsconfig.json");
        write_if_changed(&config, &source_tsconfig(tree))?;
        projects.push(config.display().to_string());
        projects.push(harness_project(tree)?.display().to_string());
    }
    let mut args = vec!["--build", "--pretty", "false"];
    args.extend(projects.iter().map(String::as_str));
    let built = run("tsc --build", &bin("tsc"), &args);
    let output = built.as_ref().unwrap_or_else(|e| e);
    let mut errors = Errors::read(output);
    let mut compiled = Vec::new();
    for tree in trees {
        let label = |what: &str| format!("{}: typescript {what}", tree.name);
        let package = tree.out.join("typescript");
        let source = errors.take(&[
            package.join("src"),
            package.join("tsconfig.json"),
            tree.scratch.join("tsconfig.json"),
        ]);
        if source.is_ok() {
            compiled.push(tree);
        }
        tally.ran(&label("tsc --strict"), source);
        let project = harness_dir(tree);
        let harness_built = errors.take(&[project.clone(), package.join("dist")]);
        let ok = harness_built.is_ok();
        tally.ran(
            &label("harness tsc (nodenext, through exports)"),
            harness_built,
        );
        if ok {
            vectors(tree, &project, tally);
        }
    }
    // tsc failed, yet no tree's check holds an error of it (a crash, an unreadable project).
    if !errors.blocks.is_empty() || (built.is_err() && !errors.any_taken) {
        tally.ran(
            "every tree: tsc --build",
            Err(format!("errors that name no tree's files:\n{output}")),
        );
    }
    agree::check(&compiled, tally)?;
    prettier_check(trees, tally);
    Ok(())
}

/// tsc's error messages (`file(line,col): error TS...` and the lines indented under it).
struct Errors {
    blocks: Vec<(PathBuf, String)>,
    any_taken: bool,
}

impl Errors {
    fn read(output: &str) -> Self {
        let mut blocks: Vec<(PathBuf, String)> = Vec::new();
        for line in output.lines() {
            if line.starts_with(' ')
                && let Some((_, text)) = blocks.last_mut()
            {
                text.push('\n');
                text.push_str(line);
            } else if line.contains("error TS") {
                let file = line.split('(').next().unwrap_or("").trim();
                blocks.push((crate::root().join(file), line.to_owned()));
            }
        }
        Errors {
            blocks,
            any_taken: false,
        }
    }

    /// Takes the errors in any of `paths` (files or folders): `Ok` when there are none.
    fn take(&mut self, paths: &[PathBuf]) -> Result<String, String> {
        let (mine, rest) = std::mem::take(&mut self.blocks)
            .into_iter()
            .partition(|(file, _)| paths.iter().any(|p| file.starts_with(p)));
        self.blocks = rest;
        let mine: Vec<(PathBuf, String)> = mine;
        if mine.is_empty() {
            return Ok(String::new());
        }
        self.any_taken = true;
        let text: Vec<String> = mine.into_iter().map(|(_, text)| text).collect();
        Err(text.join("\n"))
    }
}

fn write_if_changed(path: &Path, text: &str) -> Result<(), String> {
    if std::fs::read_to_string(path).ok().as_deref() == Some(text) {
        return Ok(());
    }
    std::fs::write(path, text).map_err(|e| format!("{}: {e}", path.display()))
}

/// Where tsc compiles a tree's source, kept between runs for `--build`.
fn compiled_dir(tree: &Tree) -> PathBuf {
    tree.scratch.join("tsc-out")
}

/// The package's own tsconfig, extended with the strictest flags, emitting into `tsc-out`.
fn source_tsconfig(tree: &Tree) -> String {
    let package = tree.out.join("typescript");
    format!(
        r#"{{
  "extends": {extends},
  "compilerOptions": {{
    "strict": true,
    "isolatedModules": true,
    "erasableSyntaxOnly": true,
    "noUncheckedIndexedAccess": true,
    "exactOptionalPropertyTypes": true,
    "declaration": true,
    "noEmit": false,
    "incremental": true,
    "tsBuildInfoFile": {info},
    "rootDir": {src},
    "outDir": {out}
  }},
  "include": [{include}]
}}
"#,
        extends = show(&package.join("tsconfig.json")),
        info = show(&tree.scratch.join("tsc.tsbuildinfo")),
        src = show(&package.join("src")),
        out = show(&compiled_dir(tree)),
        include = show(&package.join("src/*.ts")),
    )
}

fn show(path: &Path) -> String {
    format!("{:?}", path.display().to_string())
}

fn harness_dir(tree: &Tree) -> PathBuf {
    tree.scratch.join("ts-harness")
}

/// The vectors harness in a scratch project that depends on the tree's package (a link in its
/// `node_modules`), so it compiles and runs through the package's `exports` (`dist/`), never
/// its `src/`. Files are written only when they change, so `--build` can find it up to date.
/// Returns its tsconfig, which extends tests/typescript/tsconfig.json.
fn harness_project(tree: &Tree) -> Result<PathBuf, String> {
    let project = harness_dir(tree);
    let modules = project.join("node_modules");
    std::fs::create_dir_all(&modules).map_err(|e| e.to_string())?;
    let link = modules.join("rtc-error-catalog");
    let target = tree.out.join("typescript");
    if std::fs::read_link(&link).ok().as_deref() != Some(target.as_path()) {
        let _ = std::fs::remove_file(&link);
        let _ = std::fs::remove_dir_all(&link);
        std::os::unix::fs::symlink(&target, &link)
            .map_err(|e| format!("cannot link the package: {e}"))?;
    }
    let tests = crate::root().join("tests/typescript");
    for file in ["vectors.test.ts", "package.json"] {
        let text = std::fs::read_to_string(tests.join(file))
            .map_err(|e| format!("tests/typescript/{file}: {e}"))?;
        write_if_changed(&project.join(file), &text)?;
    }
    let config = project.join("tsconfig.json");
    let text = format!(
        "{{\n  \"extends\": {},\n  \"compilerOptions\": {{\n    \"rootDir\": \".\",\n    \"outDir\": \"out\",\n    \"incremental\": true,\n    \"tsBuildInfoFile\": \"harness.tsbuildinfo\"\n  }},\n  \"include\": [\"./*.ts\"]\n}}\n",
        show(&tests.join("tsconfig.json"))
    );
    write_if_changed(&config, &text)?;
    Ok(config)
}

/// Runs the compiled harness against the tree's catalog.json: vectors always run.
fn vectors(tree: &Tree, project: &Path, tally: &mut Tally) {
    let label = format!("{}: typescript vectors", tree.name);
    let script = project.join("out/vectors.test.js").display().to_string();
    tally.add(
        &label,
        harness(&label, "node", &[&script, &tree.catalog_json()]).map(|(p, f, _)| (p, f)),
    );
}

/// `prettier --check` over every tree's `src/` and `dist/` in one run, with prettier's cache.
fn prettier_check(trees: &[Tree], tally: &mut Tally) {
    let cache = build_dir("ts").join("prettier-check.cache");
    let cache = cache.display().to_string();
    // `--ignore-path /dev/null`: prettier skips what .gitignore lists, which is every fixture
    // under tests/.build; without it those trees would pass unchecked. catalog.json is
    // serde_json's layout, checked by the drift stage instead.
    let mut args = vec![
        "--check",
        "--ignore-path",
        "/dev/null",
        "--cache",
        "--cache-strategy",
        "content",
        "--cache-location",
        &cache,
    ];
    let folders: Vec<String> = trees
        .iter()
        .flat_map(|t| ["src", "dist"].map(|sub| t.out.join("typescript").join(sub)))
        .map(|p| p.display().to_string())
        .collect();
    args.extend(folders.iter().map(String::as_str));
    tally.ran(
        "every tree: prettier",
        run("prettier", &bin("prettier"), &args),
    );
}

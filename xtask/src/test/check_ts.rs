//! The generated TypeScript package of every tree: the strict compile of its source, its shipped
//! JavaScript and declarations held to what `tsc` makes of that source, the vectors harness
//! through the package's `exports`, and prettier over all trees.

use super::process::{bin, harness, run, toolchain_dir};
use super::trees::{Tally, Tree};
use std::path::Path;

/// Runs every TypeScript check on every tree; prettier once over all of them.
pub fn check(trees: &[Tree], tally: &mut Tally) -> Result<(), String> {
    for tree in trees {
        check_tree(tree, tally)?;
    }
    // `--ignore-path /dev/null`: prettier skips what .gitignore lists, which is every fixture
    // under tests/.build; without it those trees would pass unchecked. catalog.json is
    // serde_json's layout, checked by the drift stage instead.
    let mut folders = Vec::new();
    for tree in trees {
        for sub in ["src", "dist"] {
            folders.push(tree.out.join("typescript").join(sub).display().to_string());
        }
    }
    let mut args = vec!["--check", "--ignore-path", "/dev/null"];
    args.extend(folders.iter().map(String::as_str));
    tally.ran(
        "every tree: prettier",
        run("prettier", &bin("prettier"), &args),
    );
    Ok(())
}

fn check_tree(tree: &Tree, tally: &mut Tally) -> Result<(), String> {
    let label = |what: &str| format!("{}: typescript {what}", tree.name);
    std::fs::create_dir_all(&tree.scratch).map_err(|e| e.to_string())?;
    let compiled = tree.scratch.join("tsc-out");
    let _ = std::fs::remove_dir_all(&compiled);
    let config = tree.scratch.join("tsconfig.json");
    write(&config, &source_tsconfig(tree, &compiled))?;
    let result = run(
        &label("tsc"),
        &bin("tsc"),
        &["-p", &config.display().to_string()],
    );
    let ok = result.is_ok();
    tally.ran(&label("tsc --strict"), result);
    if ok {
        tally.ran(
            &label("dist/ is what tsc makes of src/"),
            agrees(tree, &compiled),
        );
    }
    vectors(tree, tally)
}

fn write(path: &Path, text: &str) -> Result<(), String> {
    std::fs::write(path, text).map_err(|e| format!("{}: {e}", path.display()))
}

/// The package's own tsconfig, extended with the strictest flags, emitting into `out`.
fn source_tsconfig(tree: &Tree, out: &Path) -> String {
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
    "rootDir": {src},
    "outDir": {out}
  }},
  "include": [{include}]
}}
"#,
        extends = show(&package.join("tsconfig.json")),
        src = show(&package.join("src")),
        out = show(out),
        include = show(&package.join("src/*.ts")),
    )
}

fn show(path: &Path) -> String {
    format!("{:?}", path.display().to_string())
}

/// Whether the committed `dist/` holds exactly the files tsc emitted, each the same once both
/// are formatted by prettier, blank lines and line comments (the generated-file notice, which
/// tsc drops from declarations) aside.
fn agrees(tree: &Tree, compiled: &Path) -> Result<String, String> {
    let package = tree.out.join("typescript");
    let committed = tree.scratch.join("dist-formatted");
    let _ = std::fs::remove_dir_all(&committed);
    std::fs::create_dir_all(&committed).map_err(|e| e.to_string())?;
    let list = |dir: &Path| {
        rtc_codegen::write::files_under(dir, &|_| false)
            .map_err(|e| format!("{}: {e}", dir.display()))
    };
    let (expected, shipped) = (list(compiled)?, list(&package.join("dist"))?);
    if expected != shipped {
        return Err(format!("dist/ has {shipped:?}, tsc emits {expected:?}"));
    }
    for file in &shipped {
        std::fs::copy(package.join("dist").join(file), committed.join(file))
            .map_err(|e| format!("dist/{file}: {e}"))?;
    }
    // Both through prettier, in one run: formatting is not what is compared.
    let config = package.join(".prettierrc.json").display().to_string();
    let (a, b) = (
        compiled.display().to_string(),
        committed.display().to_string(),
    );
    let args = [
        "--write",
        "--config",
        &config,
        "--ignore-path",
        "/dev/null",
        &a,
        &b,
    ];
    run("prettier", &bin("prettier"), &args)?;
    let read = |dir: &Path, file: &str| std::fs::read_to_string(dir.join(file)).unwrap_or_default();
    let differ: Vec<&str> = expected
        .iter()
        .filter(|f| normalized(&read(compiled, f)) != normalized(&read(&committed, f)))
        .map(String::as_str)
        .collect();
    if differ.is_empty() {
        Ok(format!("{} files agree", expected.len()))
    } else {
        Err(format!(
            "dist/ differs from tsc's output of src/ in {}",
            differ.join(", ")
        ))
    }
}

/// The lines that carry code or doc comments (no blank lines, no `//` comments), with
/// `\u{...}` escapes read as their characters: tsc spells literal types with the raw character
/// where the emitter escapes invisible ones.
fn normalized(text: &str) -> Vec<String> {
    text.lines()
        .map(str::trim_end)
        .filter(|l| !l.is_empty() && !l.trim_start().starts_with("//"))
        .map(unescape_code_points)
        .collect()
}

fn unescape_code_points(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut rest = line;
    while let Some(at) = rest.find("\\u{") {
        out.push_str(&rest[..at]);
        let after = &rest[at + 3..];
        let decoded = after.find('}').and_then(|end| {
            let c = char::from_u32(u32::from_str_radix(&after[..end], 16).ok()?)?;
            Some((c, end))
        });
        match decoded {
            Some((c, end)) => {
                out.push(c);
                rest = &after[end + 1..];
            }
            None => {
                out.push_str(&rest[at..at + 3]);
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// The vectors harness in a scratch project that depends on the tree's package, type-checked
/// and run through the package's `exports` (`dist/`), never its `src/`.
fn vectors(tree: &Tree, tally: &mut Tally) -> Result<(), String> {
    let label = |what: &str| format!("{}: typescript {what}", tree.name);
    let project = tree.scratch.join("ts-harness");
    let _ = std::fs::remove_dir_all(&project);
    let modules = project.join("node_modules");
    std::fs::create_dir_all(&modules).map_err(|e| e.to_string())?;
    std::os::unix::fs::symlink(
        tree.out.join("typescript"),
        modules.join("rtc-error-catalog"),
    )
    .map_err(|e| format!("cannot link the package: {e}"))?;
    let root = crate::root();
    for file in ["vectors.test.ts", "package.json", "tsconfig.json"] {
        std::fs::copy(root.join("tests/typescript").join(file), project.join(file))
            .map_err(|e| format!("tests/typescript/{file}: {e}"))?;
    }
    let types = toolchain_dir()
        .join("node_modules/@types")
        .display()
        .to_string();
    let config = project.join("tsconfig.json").display().to_string();
    let compiled = run(
        &label("harness tsc"),
        &bin("tsc"),
        &["-p", &config, "--typeRoots", &types],
    );
    let ok = compiled.is_ok();
    tally.ran(&label("harness tsc (nodenext, through exports)"), compiled);
    if !ok {
        return Ok(());
    }
    let script = project.join("out/vectors.test.js").display().to_string();
    tally.add(
        &label("vectors"),
        harness(&label("vectors"), "node", &[&script, &tree.catalog_json()])
            .map(|(p, f, _)| (p, f)),
    );
    Ok(())
}

//! The generated TypeScript package of every tree: the strict compile (with its own tsconfig and
//! the strictest flags a consumer may add), the vectors harness, and prettier over all trees.

use super::process::{bin, harness, run, toolchain_dir};
use super::trees::{Tally, Tree};
use std::path::Path;

/// Runs every TypeScript check on every tree; prettier once over all of them.
pub fn check(trees: &[Tree], tally: &mut Tally) -> Result<(), String> {
    for tree in trees {
        check_tree(tree, tally)?;
    }
    // `--ignore-path /dev/null`: prettier skips what .gitignore lists, which is every fixture
    // under tests/.build; without it those trees would pass unchecked.
    let packages: Vec<String> = trees
        .iter()
        .map(|t| t.out.join("typescript").display().to_string())
        .collect();
    let mut args = vec!["--check", "--ignore-path", "/dev/null"];
    args.extend(packages.iter().map(String::as_str));
    tally.ran(
        "every tree: prettier",
        run("prettier", &bin("prettier"), &args),
    );
    Ok(())
}

fn check_tree(tree: &Tree, tally: &mut Tally) -> Result<(), String> {
    let root = crate::root();
    let label = |what: &str| format!("{}: typescript {what}", tree.name);
    // The harness sits beside the tree as tests/typescript/ sits beside generated/, so its
    // imports (`../../generated/typescript/src/index.js`) reach this tree's package.
    let base = tree
        .out
        .parent()
        .ok_or("a generated tree has a parent folder")?;
    let harness_dir = base.join("tests/typescript");
    if !tree.is_real() {
        std::fs::create_dir_all(&harness_dir).map_err(|e| e.to_string())?;
        for file in ["vectors.test.ts", "package.json"] {
            std::fs::copy(
                root.join("tests/typescript").join(file),
                harness_dir.join(file),
            )
            .map_err(|e| format!("{file}: {e}"))?;
        }
    }
    let out = tree.scratch.join("ts-out");
    let _ = std::fs::remove_dir_all(&out);
    std::fs::create_dir_all(&tree.scratch).map_err(|e| e.to_string())?;
    let config = tree.scratch.join("tsconfig.json");
    std::fs::write(&config, tsconfig(tree, base, &harness_dir, &out)).map_err(|e| e.to_string())?;
    let compiled = run(
        &label("tsc"),
        &bin("tsc"),
        &["-p", &config.display().to_string()],
    );
    let compiled_ok = compiled.is_ok();
    tally.ran(&label("tsc --strict"), compiled);
    if !compiled_ok {
        return Ok(());
    }
    std::fs::write(out.join("package.json"), "{\"type\":\"module\"}\n")
        .map_err(|e| e.to_string())?;
    let script = out
        .join("tests/typescript/vectors.test.js")
        .display()
        .to_string();
    tally.add(
        &label("vectors"),
        harness(&label("vectors"), "node", &[&script, &tree.catalog_json()])
            .map(|(p, f, _)| (p, f)),
    );
    Ok(())
}

/// The package's own tsconfig, extended with the strictest flags, declarations, and the harness.
fn tsconfig(tree: &Tree, base: &Path, harness_dir: &Path, out: &Path) -> String {
    let show = |p: &Path| format!("{:?}", p.display().to_string());
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
    "types": ["node"],
    "typeRoots": [{types}],
    "rootDir": {base},
    "outDir": {out}
  }},
  "include": [{harness}, {src}]
}}
"#,
        extends = show(&tree.out.join("typescript/tsconfig.json")),
        types = show(&toolchain_dir().join("node_modules/@types")),
        base = show(base),
        out = show(out),
        harness = show(&harness_dir.join("*.ts")),
        src = show(&tree.out.join("typescript/src/*.ts")),
    )
}

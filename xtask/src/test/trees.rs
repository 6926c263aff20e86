//! The generated trees every per-language check runs on: the real catalog (`generated/`), the
//! hostile fixture (`tests/hostile/spec`) and every golden case (`tests/goldens/<case>/spec`).

use super::process::build_dir;
use rtc_codegen::model::Catalog;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

/// One generated tree: what it was generated from, where it is, and a folder for build products.
pub struct Tree {
    /// Shown in messages: `real`, `hostile`, `golden infra_smoke`.
    pub name: String,
    /// The catalog it was generated from.
    pub catalog: Catalog,
    /// The generated tree (`rust/`, `typescript/`, `kotlin/`, `docs/`, `catalog.json`).
    pub out: PathBuf,
    /// Where the checks build (compiled classes, test crates); never inside `out`.
    pub scratch: PathBuf,
}

impl Tree {
    /// The tree's `catalog.json`, the test vectors of every harness.
    pub fn catalog_json(&self) -> String {
        self.out.join("catalog.json").display().to_string()
    }

    /// Whether this is the committed `generated/`: checks that name its providers apply to it only.
    pub fn is_real(&self) -> bool {
        self.name == "real"
    }
}

/// Every tree, loaded and generated once per `cargo xtask test`, whatever stages ask for them.
pub fn trees() -> Result<&'static [Tree], String> {
    static TREES: OnceLock<Result<Vec<Tree>, String>> = OnceLock::new();
    TREES
        .get_or_init(load_trees)
        .as_deref()
        .map_err(Clone::clone)
}

/// The real catalog, as loaded for the trees.
pub fn real_catalog() -> Result<&'static Catalog, String> {
    let trees = trees()?;
    let real = trees
        .iter()
        .find(|t| t.is_real())
        .expect("the real tree comes first");
    Ok(&real.catalog)
}

/// Generates the fixtures (only files that changed are written) and returns every tree.
fn load_trees() -> Result<Vec<Tree>, String> {
    let root = crate::root();
    let real = rtc_codegen::load_catalog(&root.join("spec"), "spec").map_err(|d| d.to_string())?;
    let mut trees = vec![Tree {
        name: "real".into(),
        catalog: real,
        out: root.join("generated"),
        scratch: build_dir("trees/real"),
    }];
    trees.push(fixture(
        "hostile",
        &root.join("tests/hostile/spec"),
        &build_dir("trees/hostile"),
    )?);
    for case in golden_cases(&root.join("tests/goldens"))? {
        let spec = root.join("tests/goldens").join(&case).join("spec");
        let base = build_dir("goldens").join(&case);
        trees.push(fixture(&format!("golden {case}"), &spec, &base)?);
    }
    Ok(trees)
}

/// The golden cases that have a spec folder of their own, sorted.
fn golden_cases(goldens: &Path) -> Result<Vec<String>, String> {
    let files = rtc_codegen::write::files_under(goldens, &|_| false).map_err(|e| e.to_string())?;
    let mut cases: Vec<String> = files
        .iter()
        .filter_map(|path| path.strip_suffix("/spec/taxonomy.yaml"))
        .filter(|case| !case.contains('/'))
        .map(str::to_owned)
        .collect();
    cases.dedup();
    Ok(cases)
}

/// Generates `spec` into `<base>/generated`, beside which the harnesses are copied.
fn fixture(name: &str, spec: &Path, base: &Path) -> Result<Tree, String> {
    let shown = spec
        .strip_prefix(crate::root())
        .unwrap_or(spec)
        .display()
        .to_string();
    let catalog = rtc_codegen::load_catalog(spec, &shown).map_err(|d| format!("{name}: {d}"))?;
    let out = base.join("generated");
    rtc_codegen::write::write(&out, &rtc_codegen::generate(&catalog))
        .map_err(|e| format!("{name}: cannot write {}: {e}", out.display()))?;
    Ok(Tree {
        name: name.to_owned(),
        catalog,
        out,
        scratch: base.join("check"),
    })
}

/// Passed and failed checks over every tree; each failure is printed with its tree and check.
#[derive(Default)]
pub struct Tally {
    pub passed: usize,
    pub failed: usize,
}

impl Tally {
    /// Counts one check's result (`what` names the tree and the check): `Ok((passed, failed))`,
    /// or an error that counts as one failure.
    pub fn add(&mut self, what: &str, result: Result<(usize, usize), String>) {
        match result {
            Ok((passed, failed)) => {
                self.passed += passed;
                self.failed += failed;
                if failed > 0 {
                    eprintln!("{what}: {failed} failed");
                }
            }
            Err(e) => {
                eprintln!("{what}: {}", e.lines().next().unwrap_or(""));
                self.failed += 1;
            }
        }
    }

    /// One pass if the command succeeded.
    pub fn ran(&mut self, what: &str, result: Result<String, String>) {
        self.add(what, result.map(|_| (1, 0)));
    }
}

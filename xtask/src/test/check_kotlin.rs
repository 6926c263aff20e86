//! The generated Kotlin sources of every tree: kotlinc with warnings as errors, kotlinc-js over
//! them as common sources (multiplatform-clean: no JVM-only import or API), the vectors harness,
//! the Java interop check (real catalog: it names its providers), and ktlint once over all
//! trees.
//!
//! Two JVMs at most, side by side: ktlint, and one driver (tests/kotlin/JvmBatch.java) that runs
//! every compilation (kotlinc, kotlinc-js, javac) and every harness in turn (the trees share
//! package names, so they cannot be one compilation, but they can share a warm compiler). A
//! compilation or the ktlint run whose inputs, tool and flags are unchanged since it passed is
//! served from its record (test/cache.rs) and its classes kept; the vectors and the Java interop
//! check always run.

mod batch;
mod count;
mod ktlint;

use super::cache::Record;
use super::process::toolchain_dir;
use super::trees::{Tally, Tree};
use std::path::{Path, PathBuf};

/// A compilation: served from its record, or a job for the driver (passed: record it).
enum Step {
    Cached,
    Job(PathBuf, Record),
}

impl Step {
    /// The job a later job needs to have succeeded; none when served from the cache.
    fn job(&self) -> Option<&Path> {
        match self {
            Step::Cached => None,
            Step::Job(file, _) => Some(file),
        }
    }
}

/// One tree's steps: its compilations and the harness jobs that run on their classes.
struct TreeJobs<'t> {
    tree: &'t Tree,
    kotlinc: Step,
    kotlinc_js: Step,
    vectors: PathBuf,
    /// The real tree's javac of tests/kotlin/JavaInterop.java and its run.
    interop: Option<(Step, PathBuf)>,
}

/// Runs every Kotlin check on every tree: one driver JVM for the compilations and harnesses,
/// ktlint beside it.
pub fn check(trees: &[Tree], tally: &mut Tally) -> Result<(), String> {
    let compiler = toolchain_dir().join("node_modules/kotlin-compiler");
    let jdk = jdk_release();
    let build = std::fs::read_to_string(compiler.join("build.txt")).map_err(|e| e.to_string())?;
    let version = format!("kotlinc {}\n{jdk}", build.trim());
    std::thread::scope(|scope| {
        let lint = scope.spawn(|| ktlint::check(trees, &jdk));
        let checked = compile_and_run(trees, &compiler, &version, tally);
        let lint = lint
            .join()
            .unwrap_or_else(|_| Err("ktlint thread panicked".into()));
        tally.ran("every tree: ktlint", lint);
        checked
    })
}

/// Plans every tree's jobs, runs them in the driver, then counts each tree's results.
fn compile_and_run(
    trees: &[Tree],
    compiler: &Path,
    version: &str,
    tally: &mut Tally,
) -> Result<(), String> {
    let mut planned = Vec::new();
    for tree in trees {
        planned.push(plan(tree, compiler, version)?);
    }
    let jobs: Vec<PathBuf> = planned.iter().flat_map(job_files).collect();
    let ended = batch::run_jobs(compiler, version, &jobs)?;
    let (mut compilations, mut cached) = (0, 0);
    for tree_jobs in &planned {
        let steps = [Some(&tree_jobs.kotlinc), Some(&tree_jobs.kotlinc_js)];
        let interop = tree_jobs.interop.as_ref().map(|(javac, _)| javac);
        compilations += steps.iter().chain([&interop]).flatten().count();
        cached += steps
            .iter()
            .chain([&interop])
            .flatten()
            .filter(|s| matches!(s, Step::Cached))
            .count();
        count::tree(tree_jobs, &ended, tally);
    }
    let harnesses = planned.len() + planned.iter().filter(|t| t.interop.is_some()).count();
    println!(
        "kotlin: {cached} of {compilations} compilations served from their records (same sources, \
         compiler, JDK and flags); {harnesses} harness runs"
    );
    Ok(())
}

/// Every job file of a tree, in the order the driver must run them.
fn job_files(tree_jobs: &TreeJobs) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = [&tree_jobs.kotlinc, &tree_jobs.kotlinc_js]
        .iter()
        .filter_map(|s| s.job().map(Path::to_path_buf))
        .collect();
    files.push(tree_jobs.vectors.clone());
    if let Some((javac, run)) = &tree_jobs.interop {
        files.extend(javac.job().map(Path::to_path_buf));
        files.push(run.clone());
    }
    files
}

/// A tree's compilations (each from its record, or a job) and its harness jobs.
fn plan<'t>(tree: &'t Tree, compiler: &Path, version: &str) -> Result<TreeJobs<'t>, String> {
    let sources = kotlin_sources(tree)?;
    if sources.is_empty() {
        return Err(format!("{}: no Kotlin sources", tree.name));
    }
    let kotlin_dir = tree.out.join("kotlin");
    let vectors_kt = crate::root().join("tests/kotlin/Vectors.kt");
    let classes = tree.scratch.join("kotlin-classes");
    let mut jvm_args = strings(&["-Werror", "-d", &path(&classes)]);
    jvm_args.extend(sources.iter().cloned());
    jvm_args.push(path(&vectors_kt));
    let inputs: [&Path; 2] = [&kotlin_dir, &vectors_kt];
    let kotlinc = compile_step(tree, "kotlinc", &jvm_args, &classes, &inputs, version, None)?;
    let js_out = tree.scratch.join("kotlin-js");
    let js_args = kotlinc_js_args(&sources, compiler, &js_out);
    let inputs: [&Path; 1] = [&kotlin_dir];
    let kotlinc_js = compile_step(
        tree,
        "kotlinc-js",
        &js_args,
        &js_out,
        &inputs,
        version,
        None,
    )?;
    let stdlib = compiler.join("lib/kotlin-stdlib.jar");
    let classpath = format!("{}:{}", classes.display(), stdlib.display());
    let vectors = batch::write_job(
        &tree.scratch.join("kotlin-jobs/vectors"),
        "run",
        kotlinc.job(),
        &[classpath.clone(), "VectorsKt".into(), tree.catalog_json()],
    )?;
    let interop = if tree.is_real() {
        Some(java_interop(tree, &classpath, kotlinc.job(), version)?)
    } else {
        None
    };
    Ok(TreeJobs {
        tree,
        kotlinc,
        kotlinc_js,
        vectors,
        interop,
    })
}

/// javac -Werror of tests/kotlin/JavaInterop.java against the tree's classes, then its run.
fn java_interop(
    tree: &Tree,
    classpath: &str,
    kotlinc: Option<&Path>,
    version: &str,
) -> Result<(Step, PathBuf), String> {
    let source = crate::root().join("tests/kotlin/JavaInterop.java");
    let classes = tree.scratch.join("java-classes");
    let args = strings(&[
        "-Werror",
        "-cp",
        classpath,
        "-d",
        &path(&classes),
        &path(&source),
    ]);
    // The Kotlin classes javac reads are a function of the tree's sources (and the compiler).
    let inputs: [&Path; 2] = [&tree.out.join("kotlin"), &source];
    let javac = compile_step(tree, "javac", &args, &classes, &inputs, version, kotlinc)?;
    let run = batch::write_job(
        &tree.scratch.join("kotlin-jobs/java-interop"),
        "run",
        javac.job().or(kotlinc),
        &[
            format!("{}:{classpath}", classes.display()),
            "JavaInterop".into(),
        ],
    )?;
    Ok((javac, run))
}

/// A compilation of `kind` into `out`: served from its record when its inputs, the tools and
/// `args` are unchanged since it passed and `out` is still there; else a job (after `needs`).
fn compile_step(
    tree: &Tree,
    kind: &str,
    args: &[String],
    out: &Path,
    inputs: &[&Path],
    version: &str,
    needs: Option<&Path>,
) -> Result<Step, String> {
    let slug = tree.name.replace(' ', "-");
    let key = format!("{version}\n{}", args.join("\n"));
    let record = Record::new(&format!("kotlin/{slug}/{kind}"), inputs, &key)?;
    if record.passed_before() && out.is_dir() {
        return Ok(Step::Cached);
    }
    let _ = std::fs::remove_dir_all(out);
    let file = tree.scratch.join("kotlin-jobs").join(kind);
    Ok(Step::Job(
        batch::write_job(&file, kind, needs, args)?,
        record,
    ))
}

/// kotlinc-js over the tree's sources alone, every one a common (multiplatform) source, against
/// the JS standard library only, so a JVM-only name fails the compilation.
fn kotlinc_js_args(sources: &[String], compiler: &Path, out: &Path) -> Vec<String> {
    let mut args = strings(&[
        "-Werror",
        "-libraries",
        &path(&compiler.join("lib/kotlin-stdlib-js.klib")),
        "-Xmulti-platform",
        &format!("-Xcommon-sources={}", sources.join(",")),
        "-ir-output-dir",
        &path(out),
        "-ir-output-name",
        "catalog",
    ]);
    args.extend(sources.iter().cloned());
    args
}

/// The JDK on PATH: its `release` file (version and build), else where javac resolves to.
pub fn jdk_release() -> String {
    let javac = std::env::var_os("PATH")
        .iter()
        .flat_map(std::env::split_paths)
        .map(|dir| dir.join("javac"))
        .find(|p| p.is_file())
        .and_then(|p| p.canonicalize().ok());
    let Some(javac) = javac else {
        return "no javac on PATH".into();
    };
    let home = javac.parent().and_then(Path::parent);
    home.and_then(|h| std::fs::read_to_string(h.join("release")).ok())
        .unwrap_or_else(|| javac.display().to_string())
}

/// The tree's generated `.kt` files, as full paths.
fn kotlin_sources(tree: &Tree) -> Result<Vec<String>, String> {
    let kotlin = tree.out.join("kotlin");
    let files = rtc_codegen::write::files_under(&kotlin, &|_| false).map_err(|e| e.to_string())?;
    Ok(files
        .into_iter()
        .filter(|p| p.ends_with(".kt"))
        .map(|p| kotlin.join(p).display().to_string())
        .collect())
}

fn strings(items: &[&str]) -> Vec<String> {
    items.iter().map(|s| (*s).to_owned()).collect()
}

fn path(p: &Path) -> String {
    p.display().to_string()
}

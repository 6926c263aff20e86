//! The generated Kotlin sources of every tree: kotlinc with warnings as errors, kotlinc-js over
//! them as common sources (multiplatform-clean: no JVM-only import or API), the vectors harness,
//! the Java interop check (real catalog: it names its providers), and ktlint once over all
//! trees. Every tree's compilations run in one JVM (tests/kotlin/KotlincBatch.java): the trees
//! share package names, so they cannot be one compilation, but they can share a warm compiler.

use super::process::{bin, build_dir, harness, run, toolchain_dir};
use super::trees::{Tally, Tree};
use std::path::{Path, PathBuf};

/// Runs every Kotlin check on every tree; kotlinc once for all trees, ktlint once.
pub fn check(trees: &[Tree], tally: &mut Tally) -> Result<(), String> {
    let compiler = toolchain_dir().join("node_modules/kotlin-compiler");
    let mut arg_files = Vec::new();
    let mut js_arg_files = Vec::new();
    for tree in trees {
        arg_files.push(write_kotlinc_args(tree)?);
        js_arg_files.push(write_kotlinc_js_args(tree, &compiler)?);
    }
    let all: Vec<PathBuf> = arg_files.iter().chain(&js_arg_files).cloned().collect();
    let output = compile_all(&compiler, &all)?;
    let compiled = |arg_file: &Path| {
        let line = format!("KOTLINC {} OK", arg_file.display());
        output.lines().any(|l| l == line)
    };
    for ((tree, arg_file), js_arg_file) in trees.iter().zip(&arg_files).zip(&js_arg_files) {
        let outcome = |ok: bool| {
            if ok {
                Ok((1, 0))
            } else {
                Err("did not compile".into())
            }
        };
        let jvm_ok = compiled(arg_file);
        tally.add(
            &format!("{}: kotlin kotlinc -Werror", tree.name),
            outcome(jvm_ok),
        );
        tally.add(
            &format!("{}: kotlin kotlinc-js -Werror (common sources)", tree.name),
            outcome(compiled(js_arg_file)),
        );
        if jvm_ok {
            run_harnesses(tree, &compiler, tally);
        }
    }
    // Explicit files, not globs: ktlint's globs skip hidden folders such as tests/.build, and
    // a glob that matches nothing passes.
    let mut files = Vec::new();
    for tree in trees {
        files.extend(kotlin_sources(tree)?);
    }
    let args: Vec<&str> = files.iter().map(String::as_str).collect();
    tally.ran("every tree: ktlint", run("ktlint", &bin("ktlint"), &args));
    Ok(())
}

/// The tree's kotlinc arguments, one a line: its sources and the vectors harness.
fn write_kotlinc_args(tree: &Tree) -> Result<PathBuf, String> {
    let sources = kotlin_sources(tree)?;
    if sources.is_empty() {
        return Err(format!("{}: no Kotlin sources", tree.name));
    }
    let classes = tree.scratch.join("kotlin-classes");
    let _ = std::fs::remove_dir_all(&classes);
    std::fs::create_dir_all(&tree.scratch).map_err(|e| e.to_string())?;
    let mut lines = vec![
        "-Werror".to_owned(),
        "-d".to_owned(),
        classes.display().to_string(),
    ];
    lines.extend(sources);
    lines.push(
        crate::root()
            .join("tests/kotlin/Vectors.kt")
            .display()
            .to_string(),
    );
    let file = tree.scratch.join("kotlinc.args");
    std::fs::write(&file, lines.join("\n") + "\n").map_err(|e| e.to_string())?;
    Ok(file)
}

/// The tree's kotlinc-js arguments: its sources alone, every one a common (multiplatform)
/// source, against the JS standard library only, so a JVM-only name fails the compilation.
fn write_kotlinc_js_args(tree: &Tree, compiler: &Path) -> Result<PathBuf, String> {
    let sources = kotlin_sources(tree)?;
    let out = tree.scratch.join("kotlin-js");
    let _ = std::fs::remove_dir_all(&out);
    let mut lines = vec![
        "#js".to_owned(),
        "-Werror".to_owned(),
        "-libraries".to_owned(),
        compiler
            .join("lib/kotlin-stdlib-js.klib")
            .display()
            .to_string(),
        "-Xmulti-platform".to_owned(),
        format!("-Xcommon-sources={}", sources.join(",")),
        "-ir-output-dir".to_owned(),
        out.display().to_string(),
        "-ir-output-name".to_owned(),
        "catalog".to_owned(),
    ];
    lines.extend(sources);
    let file = tree.scratch.join("kotlinc-js.args");
    std::fs::write(&file, lines.join("\n") + "\n").map_err(|e| e.to_string())?;
    Ok(file)
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

/// Compiles the batch driver, then every tree's compilation in one JVM; returns its output.
fn compile_all(compiler: &Path, arg_files: &[PathBuf]) -> Result<String, String> {
    let jar = compiler
        .join("lib/kotlin-compiler.jar")
        .display()
        .to_string();
    let driver = build_dir("kotlinc-batch").display().to_string();
    let source = crate::root().join("tests/kotlin/KotlincBatch.java");
    run(
        "javac (kotlinc batch)",
        "javac",
        &["-cp", &jar, "-d", &driver, &source.display().to_string()],
    )?;
    let home = format!("-Dkotlin.home={}", compiler.display());
    let classpath = format!("{jar}:{driver}");
    let mut args = vec![home.as_str(), "-cp", &classpath, "KotlincBatch"];
    let files: Vec<String> = arg_files.iter().map(|f| f.display().to_string()).collect();
    args.extend(files.iter().map(String::as_str));
    // A failed compilation makes the driver exit 1; its output still says which tree failed.
    Ok(run("kotlinc", "java", &args).unwrap_or_else(|text| text))
}

fn run_harnesses(tree: &Tree, compiler: &Path, tally: &mut Tally) {
    let label = |what: &str| format!("{}: kotlin {what}", tree.name);
    let classes = tree.scratch.join("kotlin-classes").display().to_string();
    let classpath = format!(
        "{classes}:{}",
        compiler.join("lib/kotlin-stdlib.jar").display()
    );
    let catalog_json = tree.catalog_json();
    tally.add(
        &label("vectors"),
        harness(
            &label("vectors"),
            "java",
            &["-cp", &classpath, "VectorsKt", &catalog_json],
        )
        .map(|(p, f, _)| (p, f)),
    );
    if !tree.is_real() {
        return;
    }
    let interop = crate::root()
        .join("tests/kotlin/JavaInterop.java")
        .display()
        .to_string();
    let javac = run(
        &label("javac"),
        "javac",
        &["-Werror", "-cp", &classpath, "-d", &classes, &interop],
    );
    let javac_ok = javac.is_ok();
    tally.ran(&label("javac -Werror"), javac);
    if javac_ok {
        tally.add(
            &label("Java interop"),
            harness(
                &label("Java interop"),
                "java",
                &["-cp", &classpath, "JavaInterop"],
            )
            .map(|(p, f, _)| (p, f)),
        );
    }
}

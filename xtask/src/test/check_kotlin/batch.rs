//! The kotlin stage's JVM jobs, run by one JVM (tests/kotlin/JvmBatch.java): each job is a file
//! (its kind, the job it needs, its arguments); the driver prints each job's output and exit
//! code between markers, read back here per job.

use super::super::cache::Record;
use super::super::process::{build_dir, run};
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// How a job ended: its exit code and everything it printed, or skipped (the job it needs failed).
pub enum Ended {
    Code(i32, String),
    Skipped,
}

/// Writes a job file: `kind` (kotlinc, kotlinc-js, javac, run), the job it needs, its arguments.
pub fn write_job(
    file: &Path,
    kind: &str,
    needs: Option<&Path>,
    args: &[String],
) -> Result<PathBuf, String> {
    let needs = needs.map_or("-".to_owned(), |p| p.display().to_string());
    let mut text = format!("{kind}\n{needs}\n");
    for arg in args {
        text.push_str(arg);
        text.push('\n');
    }
    if let Some(parent) = file.parent() {
        std::fs::create_dir_all(parent).map_err(|e| format!("{}: {e}", parent.display()))?;
    }
    std::fs::write(file, text).map_err(|e| format!("{}: {e}", file.display()))?;
    Ok(file.to_path_buf())
}

/// Runs every job in order in one JVM; returns how each ended, by job file.
pub fn run_jobs(
    compiler: &Path,
    version: &str,
    jobs: &[PathBuf],
) -> Result<HashMap<PathBuf, Ended>, String> {
    let jar = compiler.join("lib/kotlin-compiler.jar");
    let driver = compile_driver(&jar, version)?;
    let home = format!("-Dkotlin.home={}", compiler.display());
    let classpath = format!("{}:{}", jar.display(), driver.display());
    let mut args = vec![home.as_str(), "-cp", &classpath, "JvmBatch"];
    let files: Vec<String> = jobs.iter().map(|f| f.display().to_string()).collect();
    args.extend(files.iter().map(String::as_str));
    // The driver exits 0 once every job has ended; each job's result is in its output.
    let output = run("kotlin jobs", "java", &args)?;
    let ended = parse(&output);
    match jobs.iter().find(|job| !ended.contains_key(*job)) {
        Some(job) => Err(format!(
            "the JVM driver did not finish job {}\n{output}",
            job.display()
        )),
        None => Ok(ended),
    }
}

/// The driver's classes, compiled with javac unless its source, compiler and JDK are unchanged.
fn compile_driver(jar: &Path, version: &str) -> Result<PathBuf, String> {
    let source = crate::root().join("tests/kotlin/JvmBatch.java");
    let classes = build_dir("jvm-batch");
    let record = Record::new("kotlin/jvm-batch", &[&source], version)?;
    if record.passed_before() && classes.join("JvmBatch.class").is_file() {
        return Ok(classes);
    }
    let (jar, out, source) = (
        jar.display().to_string(),
        classes.display().to_string(),
        source.display().to_string(),
    );
    run(
        "javac (JVM driver)",
        "javac",
        &["-Werror", "-cp", &jar, "-d", &out, &source],
    )?;
    record.passed();
    Ok(classes)
}

/// Splits the driver's output into each job's output and exit code.
fn parse(output: &str) -> HashMap<PathBuf, Ended> {
    let mut ended = HashMap::new();
    let mut text = String::new();
    for line in output.lines() {
        if line.starts_with("JOB BEGIN ") {
            text.clear();
        } else if let Some(end) = line.strip_prefix("JOB END ") {
            let Some((file, code)) = end.rsplit_once(' ') else {
                continue;
            };
            let how = match code {
                "SKIPPED" => Ended::Skipped,
                code => Ended::Code(code.parse().unwrap_or(1), std::mem::take(&mut text)),
            };
            ended.insert(PathBuf::from(file), how);
        } else {
            text.push_str(line);
            text.push('\n');
        }
    }
    ended
}

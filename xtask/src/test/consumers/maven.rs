//! Maven consumers of generated/kotlin: the module is copied to a scratch folder and installed
//! with `mvn install` (jar, sources jar, POM), its Kotlin metadata version is read with `javap`,
//! then a Kotlin app and a Java app (tests/kotlin/consumers/) are built with Maven against the
//! artifact, naming only its coordinates (kotlin-stdlib must come with it), and run.
//!
//! The artifact goes to the default local repository (~/.m2), like the plugins: what a user's
//! `mvn install` does, and a re-install always replaces the same version, so the apps never
//! resolve a stale jar (a scratch file repository would be copied into ~/.m2 once and then kept).
//!
//! Maven starts no JVM when nothing changed: the install (and the metadata check on its jar) and
//! each app's build are served from a record (test/cache.rs) keyed by the module's sources, the
//! jar, sources jar and POM now in ~/.m2 (another checkout may have installed the same version),
//! Maven and the JDK. The installed files are checked and both apps run every time.

use super::super::cache::Record;
use super::super::check_kotlin::jdk_release;
use super::super::process::{build_dir, harness, run_in};
use super::super::trees::Tally;
use rtc_codegen::emit::kotlin::{PACKAGE, maven};
use rtc_codegen::model::Package;
use std::path::{Path, PathBuf};

/// The dependency plugin, for the apps' runtime classpath; pinned like the module's plugins.
const DEPENDENCY_PLUGIN: (&str, &str) = ("maven-dependency-plugin", "3.8.1");

/// Installs the module, checks what it installed, then builds and runs both apps.
pub fn run(tally: &mut Tally) -> Result<(), String> {
    let root = crate::root();
    let catalog = super::super::trees::real_catalog()?;
    let package = &catalog.package;
    let scratch = build_dir("consumers/maven");
    let artifacts = install_module(package, &scratch.join("module"), tally)?;
    let sources = root.join("tests/kotlin/consumers");
    for (app, source, dir, main) in [
        ("kotlin", "App.kt", "src/main/kotlin", "AppKt"),
        ("java", "JavaApp.java", "src/main/java", "JavaApp"),
    ] {
        let app_dir = scratch.join(app);
        let inputs = [
            sources.join(source),
            artifacts[0].clone(),
            artifacts[2].clone(),
        ];
        let result = build_and_run(&app_dir, app, package, &inputs, dir, main);
        tally.add(&format!("consumers: maven {app} app"), result);
    }
    Ok(())
}

/// `mvn install` of generated/kotlin copied to `module` (unless its record says this same
/// install passed), then checks what it installed; returns the installed jar, sources jar, POM.
fn install_module(
    package: &Package,
    module: &Path,
    tally: &mut Tally,
) -> Result<[PathBuf; 3], String> {
    let root = crate::root();
    let stem = format!("{}-{}", package.maven_artifact, package.version);
    let built = module.join("target").join(format!("{stem}.jar"));
    // What `mvn install` put into the default local repository, where the apps resolve it.
    let installed = std::path::PathBuf::from(std::env::var("HOME").unwrap_or_default())
        .join(".m2/repository")
        .join(package.maven_group.replace('.', "/"))
        .join(&package.maven_artifact)
        .join(&package.version);
    let artifacts = [
        installed.join(format!("{stem}.jar")),
        installed.join(format!("{stem}-sources.jar")),
        installed.join(format!("{stem}.pom")),
    ];
    let mut module_inputs = vec![root.join("generated/kotlin"), built.clone()];
    module_inputs.extend(artifacts.iter().cloned());
    let record = maven_record("maven/module", &module_inputs, "")?;
    let cached = record.as_ref().is_some_and(Record::passed_before);
    if cached {
        println!("maven: module install and metadata check served from their record");
    } else {
        let _ = std::fs::remove_dir_all(module);
        copy_tree(&root.join("generated/kotlin"), module)?;
        run_in(module, "mvn install", "mvn", &["-B", "-q", "install"])?;
    }
    let mut module_ok = true;
    for file in &artifacts {
        let name = file.file_name().unwrap_or_default().to_string_lossy();
        let ok = file.is_file();
        if ok {
            println!(
                "maven: checked: installed {}:{}:{} {name}",
                package.maven_group, package.maven_artifact, package.version
            );
        }
        module_ok &= ok;
        tally.add(
            &format!("consumers: maven {name}"),
            if ok {
                Ok((1, 0))
            } else {
                Err(format!("missing from {}", installed.display()))
            },
        );
    }
    let metadata = if cached {
        Ok((1, 0))
    } else {
        metadata_version(&built)
    };
    module_ok &= metadata.is_ok();
    tally.add("consumers: maven metadata version", metadata);
    if !cached && module_ok {
        // Keyed now that the files it hashes are there.
        if let Some(record) = maven_record("maven/module", &module_inputs, "")? {
            record.passed();
        }
    }
    Ok(artifacts)
}

/// Reads the `kotlin.Metadata` `mv` of a class in the jar: 2.0.x, so Kotlin 2.0 compilers read it.
fn metadata_version(jar: &Path) -> Result<(usize, usize), String> {
    let class = format!("{PACKAGE}.CodeSets");
    let text = run_in(
        jar.parent().unwrap_or(jar),
        "javap",
        "javap",
        &["-v", "-cp", &jar.display().to_string(), &class],
    )?;
    let mv = text
        .lines()
        .find_map(|l| l.trim().strip_prefix("mv="))
        .ok_or("javap printed no kotlin.Metadata mv")?;
    let expected = format!("[{},", maven::LANGUAGE_VERSION.replace('.', ","));
    if !mv.starts_with(&expected) {
        return Err(format!(
            "{class}: kotlin.Metadata mv={mv}, expected {expected}...]"
        ));
    }
    println!("maven: checked: {class} kotlin.Metadata mv={mv}");
    Ok((1, 0))
}

/// Builds the app (unless its record says this same build passed), then runs it on its POM's
/// runtime classpath. `inputs`: its source, then what it resolves from ~/.m2.
fn build_and_run(
    dir: &Path,
    app: &str,
    package: &Package,
    inputs: &[PathBuf],
    source_dir: &str,
    main: &str,
) -> Result<(usize, usize), String> {
    let pom = app_pom(app, package);
    let label = format!("maven {app} app");
    let classes = dir.join("target/classes");
    let listed = dir.join("classpath.txt");
    let record = maven_record(&format!("maven/{app}-app"), inputs, &pom)?;
    if record.as_ref().is_some_and(Record::passed_before) && classes.is_dir() && listed.is_file() {
        println!("{label}: build served from its record");
    } else {
        build(dir, &label, &pom, &inputs[0], source_dir)?;
        if let Some(record) = record {
            record.passed();
        }
    }
    let classpath = std::fs::read_to_string(&listed).map_err(|e| e.to_string())?;
    let classpath = format!("{}:{}", classes.display(), classpath.trim());
    let (passed, failed, text) = harness(&label, "java", &["-cp", &classpath, main])?;
    for line in text.lines().filter(|l| l.starts_with("checked: ")) {
        println!("{label}: {line}");
    }
    Ok((passed, failed))
}

/// Writes the app's POM and source, then `mvn package` and its runtime classpath.
fn build(
    dir: &Path,
    label: &str,
    pom: &str,
    source: &Path,
    source_dir: &str,
) -> Result<(), String> {
    let _ = std::fs::remove_dir_all(dir);
    let src = dir.join(source_dir);
    std::fs::create_dir_all(&src).map_err(|e| format!("{}: {e}", src.display()))?;
    let name = source.file_name().unwrap_or_default();
    std::fs::copy(source, src.join(name)).map_err(|e| format!("{}: {e}", source.display()))?;
    std::fs::write(dir.join("pom.xml"), pom).map_err(|e| e.to_string())?;
    let args = [
        "-B",
        "-q",
        "package",
        "dependency:build-classpath",
        "-Dmdep.outputFile=classpath.txt",
    ];
    run_in(dir, label, "mvn", &args).map(|_| ())
}

/// The record of a Maven step over `inputs`, Maven itself and the JDK; none (run it) when an
/// input is missing or Maven's own jar cannot be found.
fn maven_record(name: &str, inputs: &[PathBuf], extra: &str) -> Result<Option<Record>, String> {
    let Some(maven) = maven_core_jar() else {
        return Ok(None);
    };
    if !inputs.iter().all(|p| p.exists()) {
        return Ok(None);
    }
    let mut paths: Vec<&Path> = inputs.iter().map(PathBuf::as_path).collect();
    paths.push(&maven);
    Record::new(name, &paths, &format!("{extra}\n{}", jdk_release())).map(Some)
}

/// Maven's core jar, beside the `mvn` on PATH (lib/maven-core-*.jar): it names the Maven build.
fn maven_core_jar() -> Option<PathBuf> {
    let mvn = std::env::var_os("PATH")
        .iter()
        .flat_map(std::env::split_paths)
        .map(|dir| dir.join("mvn"))
        .find(|p| p.is_file())?
        .canonicalize()
        .ok()?;
    let lib = mvn.parent()?.parent()?.join("lib");
    let mut jars: Vec<PathBuf> = std::fs::read_dir(&lib)
        .ok()?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|p| {
            p.file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with("maven-core"))
        })
        .collect();
    jars.sort();
    jars.into_iter().next()
}

/// An app's POM: the catalog's coordinates as its only dependency, and the build of its language.
fn app_pom(app: &str, package: &Package) -> String {
    let mut plugins: Vec<(&str, &str)> = maven::PLUGINS.to_vec();
    plugins.push(DEPENDENCY_PLUGIN);
    let managed: String = plugins.iter().map(|(a, v)| maven::plugin(a, v)).collect();
    let build = if app == "kotlin" {
        format!(
            "    <sourceDirectory>src/main/kotlin</sourceDirectory>\n    <plugins>\n      <plugin>\n        <groupId>org.jetbrains.kotlin</groupId>\n        <artifactId>kotlin-maven-plugin</artifactId>\n        <version>{}</version>\n        <executions><execution><id>compile</id><goals><goal>compile</goal></goals></execution></executions>\n      </plugin>\n    </plugins>\n",
            maven::KOTLIN_VERSION
        )
    } else {
        String::new()
    };
    format!(
        r#"<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>consumer</groupId>
  <artifactId>{app}-app</artifactId>
  <version>0.0.0</version>
  <properties>
    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
    <maven.compiler.release>17</maven.compiler.release>
  </properties>
  <dependencies>
    <dependency>
      <groupId>{group}</groupId>
      <artifactId>{artifact}</artifactId>
      <version>{version}</version>
    </dependency>
  </dependencies>
  <build>
{build}    <pluginManagement>
      <plugins>
{managed}      </plugins>
    </pluginManagement>
  </build>
</project>
"#,
        group = maven::xml(&package.maven_group),
        artifact = maven::xml(&package.maven_artifact),
        version = maven::xml(&package.version),
    )
}

/// Copies the module's files (what the generator owns: no `target/`) from `from` to `to`.
fn copy_tree(from: &Path, to: &Path) -> Result<(), String> {
    let files =
        rtc_codegen::write::files_under(from, &|rel| rel == "target").map_err(|e| e.to_string())?;
    for rel in files {
        let dest = to.join(&rel);
        if let Some(parent) = dest.parent() {
            std::fs::create_dir_all(parent).map_err(|e| format!("{}: {e}", parent.display()))?;
        }
        std::fs::copy(from.join(&rel), &dest).map_err(|e| format!("{rel}: {e}"))?;
    }
    Ok(())
}

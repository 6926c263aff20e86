//! Maven consumers of generated/kotlin: the module is copied to a scratch folder and installed
//! with `mvn install` (jar, sources jar, POM), its Kotlin metadata version is read with `javap`,
//! then a Kotlin app and a Java app (tests/kotlin/consumers/) are built with Maven against the
//! artifact, naming only its coordinates (kotlin-stdlib must come with it), and run.
//!
//! The artifact goes to the default local repository (~/.m2), like the plugins: what a user's
//! `mvn install` does, and a re-install always replaces the same version, so the apps never
//! resolve a stale jar (a scratch file repository would be copied into ~/.m2 once and then kept).

use super::super::process::{build_dir, harness, run_in};
use super::super::trees::Tally;
use rtc_codegen::emit::kotlin::{PACKAGE, maven};
use rtc_codegen::model::Package;
use std::path::Path;

/// The dependency plugin, for the apps' runtime classpath; pinned like the module's plugins.
const DEPENDENCY_PLUGIN: (&str, &str) = ("maven-dependency-plugin", "3.8.1");

/// Installs the module, checks what it installed, then builds and runs both apps.
pub fn run(tally: &mut Tally) -> Result<(), String> {
    let root = crate::root();
    let catalog = super::super::trees::real_catalog()?;
    let package = &catalog.package;
    let scratch = build_dir("consumers/maven");
    let module = scratch.join("module");
    let _ = std::fs::remove_dir_all(&module);
    copy_tree(&root.join("generated/kotlin"), &module)?;
    run_in(&module, "mvn install", "mvn", &["-B", "-q", "install"])?;
    let stem = format!("{}-{}", package.maven_artifact, package.version);
    // What `mvn install` put into the default local repository, where the apps resolve it.
    let installed = std::path::PathBuf::from(std::env::var("HOME").unwrap_or_default())
        .join(".m2/repository")
        .join(package.maven_group.replace('.', "/"))
        .join(&package.maven_artifact)
        .join(&package.version);
    for file in [
        format!("{stem}.jar"),
        format!("{stem}-sources.jar"),
        format!("{stem}.pom"),
    ] {
        let ok = installed.join(&file).is_file();
        if ok {
            println!(
                "maven: checked: installed {}:{}:{} {file}",
                package.maven_group, package.maven_artifact, package.version
            );
        }
        tally.add(
            &format!("consumers: maven {file}"),
            if ok {
                Ok((1, 0))
            } else {
                Err(format!("missing from {}", installed.display()))
            },
        );
    }
    tally.add(
        "consumers: maven metadata version",
        metadata_version(&module.join("target").join(format!("{stem}.jar"))),
    );
    let sources = root.join("tests/kotlin/consumers");
    for (app, source, dir, main) in [
        ("kotlin", "App.kt", "src/main/kotlin", "AppKt"),
        ("java", "JavaApp.java", "src/main/java", "JavaApp"),
    ] {
        let result = build_and_run(
            &scratch.join(app),
            app,
            package,
            &sources.join(source),
            dir,
            main,
        );
        tally.add(&format!("consumers: maven {app} app"), result);
    }
    Ok(())
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

/// Writes the app's POM and source, `mvn package`, then runs it on the POM's runtime classpath.
fn build_and_run(
    dir: &Path,
    app: &str,
    package: &Package,
    source: &Path,
    source_dir: &str,
    main: &str,
) -> Result<(usize, usize), String> {
    let _ = std::fs::remove_dir_all(dir);
    let src = dir.join(source_dir);
    std::fs::create_dir_all(&src).map_err(|e| format!("{}: {e}", src.display()))?;
    let name = source.file_name().unwrap_or_default();
    std::fs::copy(source, src.join(name)).map_err(|e| format!("{}: {e}", source.display()))?;
    std::fs::write(dir.join("pom.xml"), app_pom(app, package)).map_err(|e| e.to_string())?;
    let label = format!("maven {app} app");
    run_in(
        dir,
        &label,
        "mvn",
        &[
            "-B",
            "-q",
            "package",
            "dependency:build-classpath",
            "-Dmdep.outputFile=classpath.txt",
        ],
    )?;
    let classpath =
        std::fs::read_to_string(dir.join("classpath.txt")).map_err(|e| e.to_string())?;
    let classpath = format!(
        "{}:{}",
        dir.join("target/classes").display(),
        classpath.trim()
    );
    let (passed, failed, text) = harness(&label, "java", &["-cp", &classpath, main])?;
    for line in text.lines().filter(|l| l.starts_with("checked: ")) {
        println!("maven {app} app: {line}");
    }
    Ok((passed, failed))
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

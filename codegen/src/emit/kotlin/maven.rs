//! The Maven module around the Kotlin sources: `pom.xml` and `README.md`.
//!
//! Coordinates, version, URLs and licence come from `catalog.package`; the toolchain pins
//! (Kotlin, the Maven plugins) are constants here. Spec text (the description names providers)
//! reaches the POM through [`xml`], its one escaping function.

use super::names::PACKAGE;
use crate::emit::{notice, text};
use crate::model::Catalog;

/// The Kotlin compiler plugin and standard library: the newest release that compiles with
/// language and API version 2.0 and no deprecation warning (2.3 and later warn that 2.0 is
/// deprecated, which `-Werror` turns into an error).
pub const KOTLIN_VERSION: &str = "2.2.21";

/// The language and API version the classes are compiled for: the oldest compiler that can
/// read the jar's metadata.
pub const LANGUAGE_VERSION: &str = "2.0";

/// Every Maven plugin the build runs, pinned (the defaults of Maven 3.8 are a decade old).
pub const PLUGINS: [(&str, &str); 8] = [
    ("maven-clean-plugin", "3.4.0"),
    ("maven-resources-plugin", "3.3.1"),
    ("maven-compiler-plugin", "3.13.0"),
    ("maven-surefire-plugin", "3.5.2"),
    ("maven-jar-plugin", "3.4.2"),
    ("maven-source-plugin", "3.3.1"),
    ("maven-install-plugin", "3.1.3"),
    ("maven-deploy-plugin", "3.1.3"),
];

/// A fixed jar timestamp, so a rebuild gives the same bytes.
const OUTPUT_TIMESTAMP: &str = "2000-01-01T00:00:00Z";

/// Text for an XML element or attribute value.
pub fn xml(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            // XML 1.0 has no escape for most control characters: a space keeps the text valid.
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// The POM: coordinates, metadata, kotlin-stdlib as a compile dependency, and the build.
pub fn pom(catalog: &Catalog) -> String {
    let p = &catalog.package;
    let repository = xml(&p.repository);
    let git = xml(&text::git_url(&p.repository));
    let plugins: String = PLUGINS
        .iter()
        .map(|(artifact, version)| plugin(artifact, version))
        .collect();
    format!(
        r#"<?xml version="1.0" encoding="UTF-8"?>
<!-- {notice} -->
<project xmlns="http://maven.apache.org/POM/4.0.0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://maven.apache.org/POM/4.0.0 https://maven.apache.org/xsd/maven-4.0.0.xsd">
  <modelVersion>4.0.0</modelVersion>

  <groupId>{group}</groupId>
  <artifactId>{artifact}</artifactId>
  <version>{version}</version>
  <packaging>jar</packaging>

  <name>{artifact}</name>
  <description>{description}</description>
  <url>{repository}</url>
  <licenses>
    <license>
      <name>MIT</name>
      <url>https://opensource.org/licenses/MIT</url>
    </license>
    <license>
      <name>Apache-2.0</name>
      <url>https://www.apache.org/licenses/LICENSE-2.0.txt</url>
    </license>
  </licenses>
  <scm>
    <url>{repository}</url>
    <connection>scm:git:{git}</connection>
  </scm>

  <properties>
    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
    <project.build.outputTimestamp>{OUTPUT_TIMESTAMP}</project.build.outputTimestamp>
    <kotlin.version>{KOTLIN_VERSION}</kotlin.version>
  </properties>

  <dependencies>
    <dependency>
      <groupId>org.jetbrains.kotlin</groupId>
      <artifactId>kotlin-stdlib</artifactId>
      <version>${{kotlin.version}}</version>
    </dependency>
  </dependencies>

  <build>
    <sourceDirectory>src/main/kotlin</sourceDirectory>
    <plugins>
      <plugin>
        <groupId>org.jetbrains.kotlin</groupId>
        <artifactId>kotlin-maven-plugin</artifactId>
        <version>${{kotlin.version}}</version>
        <executions>
          <execution>
            <id>compile</id>
            <goals>
              <goal>compile</goal>
            </goals>
          </execution>
        </executions>
        <configuration>
          <languageVersion>{LANGUAGE_VERSION}</languageVersion>
          <apiVersion>{LANGUAGE_VERSION}</apiVersion>
          <jvmTarget>1.8</jvmTarget>
          <args>
            <arg>-Werror</arg>
          </args>
        </configuration>
      </plugin>
      <plugin>
        <groupId>org.apache.maven.plugins</groupId>
        <artifactId>maven-source-plugin</artifactId>
        <executions>
          <execution>
            <id>attach-sources</id>
            <goals>
              <goal>jar-no-fork</goal>
            </goals>
          </execution>
        </executions>
      </plugin>
    </plugins>
    <pluginManagement>
      <plugins>
{plugins}      </plugins>
    </pluginManagement>
  </build>
</project>
"#,
        notice = xml(&notice()),
        group = xml(&p.maven_group),
        artifact = xml(&p.maven_artifact),
        version = xml(&p.version),
        description = xml(&text::description(catalog)),
    )
}

pub fn plugin(artifact: &str, version: &str) -> String {
    format!(
        "        <plugin>\n          <groupId>org.apache.maven.plugins</groupId>\n          <artifactId>{artifact}</artifactId>\n          <version>{version}</version>\n        </plugin>\n"
    )
}

/// The module's README: coordinates, floors, and a first lookup.
pub fn readme(catalog: &Catalog) -> String {
    let p = &catalog.package;
    format!(
        r#"<!-- {notice} -->
# {artifact} for Kotlin and Java

{description}

```xml
<dependency>
  <groupId>{group}</groupId>
  <artifactId>{artifact}</artifactId>
  <version>{version}</version>
</dependency>
```

Gradle: `implementation("{group}:{artifact}:{version}")`.

- One package per provider under `{PACKAGE}`, an `enum class` per code set, each implementing
  `{PACKAGE}.ErrorCode`; `CodeSets.ALL` lists every code set and
  `CodeSets.lookup(provider, codeSet, value)` finds a code in any of them (`@JvmStatic`, so Java
  calls it as written).
- `fromName` takes the upstream name (e.g. with a set's prefix), `upstreamName` returns it, and
  `catalogName` is the catalog's key; Kotlin's own `name` of an enum constant is the constant.
- Compiled with language and API version {LANGUAGE_VERSION} (Kotlin {KOTLIN_VERSION}, JVM
  target 1.8), so Kotlin {LANGUAGE_VERSION} compilers and later read it; it depends on
  kotlin-stdlib only, declared in the POM, so Java callers need nothing else.
- The sources use only the common standard library (`kotlin.jvm.JvmStatic` is imported
  explicitly), so they also compile in a Kotlin Multiplatform `commonMain`.

Build and install from this folder: `mvn install`.

Licensed under either of MIT (`LICENSE-MIT`) or Apache-2.0 (`LICENSE-APACHE`), at your option.
Source: {repository}
"#,
        notice = notice(),
        artifact = p.maven_artifact,
        group = p.maven_group,
        version = p.version,
        repository = p.repository,
        description = text::description(catalog),
    )
}

#[cfg(test)]
mod tests {
    #[test]
    fn xml_escapes_markup_and_drops_control_characters() {
        assert_eq!(
            super::xml("a<b>&\"c'\u{1}"),
            "a&lt;b&gt;&amp;&quot;c&apos; "
        );
    }
}

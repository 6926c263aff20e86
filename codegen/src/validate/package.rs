//! The `package:` block of `taxonomy.yaml`: the catalog's version and the names it is published
//! under. Each name is checked against its registry's rules here, so a bad one is a located
//! error in the spec rather than a failed `cargo publish`, `npm publish` or `mvn deploy`.

use super::{Validator, place};
use crate::model::*;
use crate::spec;
use crate::version::Version;
use serde_saphyr::Spanned;

impl Validator {
    /// The package identity; every field is checked, all problems reported.
    pub(super) fn package(&mut self, path: &str, p: &spec::PackageSpec) -> Package {
        if Version::parse(&p.version.value).is_none() {
            self.error(
                place(path, p.version.referenced),
                format!("version `{}` is not a semantic version", p.version.value),
                "write MAJOR.MINOR.PATCH without a `v`, e.g. `0.2.0` (a pre-release such as `1.0.0-rc.1` is allowed; see semver.org)",
            );
        }
        self.field(
            path,
            &p.repository,
            "repository",
            is_repository_url,
            "give the repository's `https://` URL, e.g. `https://github.com/owner/name`",
        );
        self.field(
            path,
            &p.license,
            "license",
            is_spdx_expression,
            "give an SPDX license expression, e.g. `MIT OR Apache-2.0`",
        );
        self.field(path, &p.npm, "npm package name", is_npm_name,
            "npm names are lower case, at most 214 characters, of letters, digits, `-`, `.`, `_`, `~`, optionally `@scope/name`, and do not start with `.` or `_`");
        self.field(path, &p.crate_name, "crate name", is_crate_name,
            "crates.io names are at most 64 ASCII letters, digits, `-` or `_`, starting with a letter");
        self.field(path, &p.maven_group, "Maven group id", is_maven_group,
            "a group id is dot-separated parts of letters, digits, `-` or `_`, e.g. `io.github.example`");
        self.field(
            path,
            &p.maven_artifact,
            "Maven artifact id",
            is_maven_artifact,
            "an artifact id is letters, digits, `-`, `_` or `.`, starting with a letter or digit",
        );
        Package {
            version: p.version.value.clone(),
            repository: p.repository.value.clone(),
            license: p.license.value.clone(),
            npm: p.npm.value.clone(),
            crate_name: p.crate_name.value.clone(),
            maven_group: p.maven_group.value.clone(),
            maven_artifact: p.maven_artifact.value.clone(),
            version_at: place(path, p.version.referenced),
        }
    }

    fn field(
        &mut self,
        path: &str,
        value: &Spanned<String>,
        what: &str,
        ok: fn(&str) -> bool,
        hint: &str,
    ) {
        if !ok(&value.value) {
            self.error(
                place(path, value.referenced),
                format!("{what} `{}` is not valid", value.value),
                hint,
            );
        }
    }
}

fn is_repository_url(s: &str) -> bool {
    s.strip_prefix("https://").is_some_and(|rest| {
        rest.contains('.')
            && !rest.starts_with('/')
            && !s.chars().any(|c| c.is_whitespace() || c.is_control())
    })
}

/// License ids (letters, digits, `.`, `-`, `+`) joined by `AND`, `OR`, `WITH`, with parentheses.
fn is_spdx_expression(s: &str) -> bool {
    let spaced = s.replace('(', " ( ").replace(')', " ) ");
    let tokens: Vec<&str> = spaced.split_whitespace().collect();
    let mut depth = 0i32;
    let mut want_id = true;
    for token in &tokens {
        match *token {
            "(" if want_id => depth += 1,
            ")" if !want_id => depth -= 1,
            "AND" | "OR" | "WITH" if !want_id => want_id = true,
            id if want_id && !matches!(id, "(" | ")" | "AND" | "OR" | "WITH") => {
                let ok = id
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '+'));
                if !ok {
                    return false;
                }
                want_id = false;
            }
            _ => return false,
        }
        if depth < 0 {
            return false;
        }
    }
    !tokens.is_empty() && !want_id && depth == 0
}

fn is_npm_name(s: &str) -> bool {
    let part = |p: &str| {
        !p.is_empty()
            && !p.starts_with(['.', '_'])
            && p.chars().all(|c| {
                c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, '-' | '.' | '_' | '~')
            })
    };
    let name_ok = match s.strip_prefix('@') {
        Some(scoped) => scoped
            .split_once('/')
            .is_some_and(|(scope, name)| part(scope) && part(name)),
        None => part(s),
    };
    name_ok && s.len() <= 214
}

fn is_crate_name(s: &str) -> bool {
    s.len() <= 64
        && s.starts_with(|c: char| c.is_ascii_alphabetic())
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

fn is_maven_group(s: &str) -> bool {
    s.split('.').all(|part| {
        !part.is_empty()
            && part
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
    })
}

fn is_maven_artifact(s: &str) -> bool {
    s.starts_with(|c: char| c.is_ascii_alphanumeric())
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn registry_rules() {
        assert!(is_spdx_expression("MIT OR Apache-2.0"));
        assert!(is_spdx_expression(
            "(MIT OR Apache-2.0) AND GPL-2.0+ WITH Classpath-exception-2.0"
        ));
        for bad in [
            "",
            "MIT OR",
            "OR MIT",
            "(MIT",
            "MIT)",
            "MIT Apache-2.0",
            "MIT/Apache",
        ] {
            assert!(!is_spdx_expression(bad), "{bad}");
        }
        assert!(is_npm_name("rtc-error-catalog") && is_npm_name("@acme/rtc.errors"));
        for bad in ["RTC", "_x", "@acme", "@/x", "a b", ""] {
            assert!(!is_npm_name(bad), "{bad}");
        }
        assert!(
            is_crate_name("rtc-error-catalog") && !is_crate_name("1rtc") && !is_crate_name("rtc.x")
        );
        assert!(
            is_maven_group("io.github.rtc-error-catalog")
                && !is_maven_group("io..x")
                && !is_maven_group("")
        );
        assert!(
            is_maven_artifact("rtc-error-catalog")
                && !is_maven_artifact("-x")
                && !is_maven_artifact("a/b")
        );
        assert!(
            is_repository_url("https://github.com/a/b")
                && !is_repository_url("http://github.com/a/b")
                && !is_repository_url("https://x y.com")
        );
    }
}

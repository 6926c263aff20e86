//! Semantic versions (semver.org 2.0.0): parsing, precedence, and the smallest version a change
//! needs. Small enough to write here rather than add a dependency.
//!
//! Before 1.0.0 the catalog follows Cargo's convention (npm's caret ranges agree): in `0.y.z` the
//! minor digit is the breaking one and every compatible change bumps the patch digit; in `0.0.z`
//! every release may break, so any bump of the patch digit is enough.

use std::cmp::Ordering;
use std::fmt;

/// A parsed `MAJOR.MINOR.PATCH[-PRE][+BUILD]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Version {
    pub major: u64,
    pub minor: u64,
    pub patch: u64,
    /// Dot-separated pre-release identifiers (empty for a release).
    pub pre: Vec<String>,
    /// Build metadata: kept for display, ignored by precedence.
    pub build: String,
}

/// How much a change to the catalog asks of its version.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Bump {
    /// Text only: what apps show or log, never what they match on.
    Patch,
    /// Additions and reclassifications: apps keep compiling, some behave differently.
    Minor,
    /// Something apps match on went away or changed its meaning.
    Major,
}

impl Bump {
    /// The word used in messages.
    pub fn as_str(self) -> &'static str {
        match self {
            Bump::Patch => "patch",
            Bump::Minor => "minor",
            Bump::Major => "major",
        }
    }
}

impl Version {
    /// Parses a semantic version; `None` if `text` is not one.
    pub fn parse(text: &str) -> Option<Version> {
        let (rest, build) = match text.split_once('+') {
            Some((rest, build)) => (rest, Some(build)),
            None => (text, None),
        };
        let (core, pre) = match rest.split_once('-') {
            Some((core, pre)) => (core, Some(pre)),
            None => (rest, None),
        };
        let mut digits = core.split('.');
        let mut number = || digits.next().and_then(numeric);
        let (major, minor, patch) = (number()?, number()?, number()?);
        if digits.next().is_some() {
            return None;
        }
        let pre: Vec<String> = match pre {
            Some(pre) => pre.split('.').map(str::to_owned).collect(),
            None => Vec::new(),
        };
        let valid_pre = pre.iter().all(|id| {
            is_identifier(id) && (!id.bytes().all(|b| b.is_ascii_digit()) || numeric(id).is_some())
        });
        let valid_build = build.is_none_or(|b| b.split('.').all(is_identifier));
        (valid_pre && valid_build).then(|| Version {
            major,
            minor,
            patch,
            pre,
            build: build.unwrap_or("").to_owned(),
        })
    }

    /// The smallest version after `self` that a change of kind `bump` may be released as.
    ///
    /// A pre-release promises nothing, so its own release (`1.0.0` after `1.0.0-rc.1`) is enough.
    pub fn minimum_after(&self, bump: Bump) -> Version {
        let release = |major, minor, patch| Version {
            major,
            minor,
            patch,
            pre: Vec::new(),
            build: String::new(),
        };
        let (x, y, z) = (self.major, self.minor, self.patch);
        if !self.pre.is_empty() {
            return release(x, y, z);
        }
        match (x, y, bump) {
            (0, 0, _) => release(0, 0, z + 1),
            (0, _, Bump::Major) => release(0, y + 1, 0),
            (0, _, _) => release(0, y, z + 1),
            (_, _, Bump::Major) => release(x + 1, 0, 0),
            (_, _, Bump::Minor) => release(x, y + 1, 0),
            (_, _, Bump::Patch) => release(x, y, z + 1),
        }
    }
}

impl Ord for Version {
    /// Semver precedence: build metadata is ignored, a pre-release comes before its release.
    fn cmp(&self, other: &Self) -> Ordering {
        let core =
            (self.major, self.minor, self.patch).cmp(&(other.major, other.minor, other.patch));
        core.then_with(|| match (self.pre.is_empty(), other.pre.is_empty()) {
            (true, true) => Ordering::Equal,
            (true, false) => Ordering::Greater,
            (false, true) => Ordering::Less,
            (false, false) => compare_pre(&self.pre, &other.pre),
        })
    }
}

impl PartialOrd for Version {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl fmt::Display for Version {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{}.{}", self.major, self.minor, self.patch)?;
        if !self.pre.is_empty() {
            write!(f, "-{}", self.pre.join("."))?;
        }
        if !self.build.is_empty() {
            write!(f, "+{}", self.build)?;
        }
        Ok(())
    }
}

/// Numeric identifiers compare as numbers and sort before alphanumeric ones.
fn compare_pre(a: &[String], b: &[String]) -> Ordering {
    for (x, y) in a.iter().zip(b) {
        let order = match (numeric(x), numeric(y)) {
            (Some(x), Some(y)) => x.cmp(&y),
            (Some(_), None) => Ordering::Less,
            (None, Some(_)) => Ordering::Greater,
            (None, None) => x.cmp(y),
        };
        if order != Ordering::Equal {
            return order;
        }
    }
    a.len().cmp(&b.len())
}

/// A number without leading zeros.
fn numeric(s: &str) -> Option<u64> {
    let ok =
        !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()) && (s == "0" || !s.starts_with('0'));
    ok.then(|| s.parse().ok()).flatten()
}

fn is_identifier(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v(s: &str) -> Version {
        Version::parse(s).unwrap_or_else(|| panic!("{s} did not parse"))
    }

    #[test]
    fn parses_semver_and_refuses_the_rest() {
        assert_eq!(v("1.2.3-rc.1+b.5").to_string(), "1.2.3-rc.1+b.5");
        for bad in [
            "1.2", "1.2.3.4", "01.2.3", "1.2.x", "v1.2.3", "1.2.3-", "1.2.3-01", "1.2.3+", "",
        ] {
            assert_eq!(Version::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn precedence_follows_semver() {
        let order = [
            "1.0.0-alpha",
            "1.0.0-alpha.1",
            "1.0.0-alpha.beta",
            "1.0.0-beta.2",
            "1.0.0-beta.11",
            "1.0.0-rc.1",
            "1.0.0",
            "1.0.1",
            "1.1.0",
            "2.0.0",
        ];
        for pair in order.windows(2) {
            assert!(v(pair[0]) < v(pair[1]), "{} < {}", pair[0], pair[1]);
        }
        assert_eq!(v("1.0.0+a").cmp(&v("1.0.0+b")), Ordering::Equal);
    }

    #[test]
    fn minimum_bumps_follow_cargo_before_1_0() {
        let cases = [
            ("1.4.2", Bump::Major, "2.0.0"),
            ("1.4.2", Bump::Minor, "1.5.0"),
            ("1.4.2", Bump::Patch, "1.4.3"),
            ("0.4.2", Bump::Major, "0.5.0"),
            ("0.4.2", Bump::Minor, "0.4.3"),
            ("0.4.2", Bump::Patch, "0.4.3"),
            ("0.0.3", Bump::Major, "0.0.4"),
            ("2.0.0-rc.1", Bump::Major, "2.0.0"),
        ];
        for (from, bump, want) in cases {
            assert_eq!(
                v(from).minimum_after(bump).to_string(),
                want,
                "{from} {bump:?}"
            );
        }
    }
}

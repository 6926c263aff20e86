//! The licence files every package carries (`LICENSE-MIT`, `LICENSE-APACHE`): the standard
//! texts, written once here for every target that packages the catalog.

/// The MIT licence, copyright the project's contributors.
pub const MIT: &str = include_str!("licenses/MIT.txt");

/// The Apache License 2.0, unchanged.
pub const APACHE: &str = include_str!("licenses/APACHE-2.0.txt");

/// Both licence files under `dir` (e.g. `rust`), as generated paths and contents.
pub fn files(dir: &str) -> [(String, String); 2] {
    [
        (format!("{dir}/LICENSE-MIT"), MIT.to_owned()),
        (format!("{dir}/LICENSE-APACHE"), APACHE.to_owned()),
    ]
}

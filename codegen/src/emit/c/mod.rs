//! The C library under `generated/c`: one header and one source file, C99, no heap allocation.
//!
//! A header and a source file rather than a header-only library: the tables are defined once,
//! as `const` data a microcontroller keeps in flash, whichever files include the header, and
//! the linker drops what an app does not call. Every spec string reaches the output through
//! [`string`] (literals) or [`comment`] (comments): the one escaping function for each context.

mod functions;
mod header;
pub mod names;
mod shared_types;
mod source;

use super::{Out, is_invisible, notice};
use crate::model::*;
use names::LIBRARY;
use std::fmt::Write;

/// Every file of the library: header, source, CMakeLists.txt, README and licences.
pub fn emit(catalog: &Catalog, out: &mut dyn Out) {
    out.file(format!("c/include/{LIBRARY}.h"), header::header(catalog));
    out.file(format!("c/src/{LIBRARY}.c"), source::source(catalog));
    out.file("c/CMakeLists.txt".into(), cmake(catalog));
    out.file("c/README.md".into(), readme(catalog));
    for (path, text) in super::licenses::files("c") {
        out.file(path, text);
    }
}

/// The longest string literal every C99 compiler must accept, in bytes.
const MAX_LITERAL: usize = 4095;

/// A C string literal: the one escaping function for string data.
///
/// ASCII only: `"` and `\` escaped, `\n`, `\r`, `\t`, and every other control or non-ASCII
/// byte (UTF-8) as a three-digit octal escape, which can never run into the next character.
/// A `?` after a `?` is `\?`, so no trigraph (C99 compilers read `??/` as `\`) can form.
/// Text longer than the 4095 bytes C99 promises for a literal is a compound literal of its
/// bytes instead (`(const char[]){104, 105, 0}`), which has no such limit.
pub fn string(text: &str) -> String {
    if text.len() > MAX_LITERAL {
        let bytes: Vec<String> = text.bytes().chain([0]).map(|b| b.to_string()).collect();
        return format!("(const char[]){{{}}}", bytes.join(", "));
    }
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    let bytes = text.as_bytes();
    // Runs of printable ASCII are copied whole; every other byte is escaped on its own.
    let mut start = 0;
    let mut previous = 0u8;
    for (i, &b) in bytes.iter().enumerate() {
        let plain = matches!(b, 0x20..=0x7e)
            && !matches!(b, b'"' | b'\\')
            && !(b == b'?' && previous == b'?');
        if !plain {
            out.push_str(std::str::from_utf8(&bytes[start..i]).unwrap_or_default());
            let _ = match b {
                b'"' => out.write_str("\\\""),
                b'\\' => out.write_str("\\\\"),
                b'\n' => out.write_str("\\n"),
                b'\r' => out.write_str("\\r"),
                b'\t' => out.write_str("\\t"),
                b'?' => out.write_str("\\?"),
                _ => write!(out, "\\{b:03o}"),
            };
            start = i + 1;
        }
        previous = b;
    }
    out.push_str(std::str::from_utf8(&bytes[start..]).unwrap_or_default());
    out.push('"');
    out
}

/// Spec text for a `/* */` comment: one line (whitespace runs become one space), controls and
/// invisible characters as `<U+XXXX>`, and a space between `*` and `/` (either order) and
/// between two `?`, so nothing can close or nest a comment or form a trigraph.
pub fn comment(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    // The last character written: a space goes between `*` and `/` (either way) and two `?`.
    let mut previous = None;
    for (i, word) in text.split_whitespace().enumerate() {
        if i > 0 {
            out.push(' ');
            previous = Some(' ');
        }
        for c in word.chars() {
            if matches!(
                (previous, c),
                (Some('*'), '/') | (Some('/'), '*') | (Some('?'), '?')
            ) {
                out.push(' ');
            }
            if c.is_control() || is_invisible(c) {
                let _ = write!(out, "<U+{:04X}>", c as u32);
                previous = Some('>');
            } else {
                out.push(c);
                previous = Some(c);
            }
        }
    }
    out
}

/// An `int32_t` literal; the smallest as an expression, since `2147483648` is no `int`.
pub fn int_literal(v: i32) -> String {
    if v == i32::MIN {
        "(-2147483647 - 1)".into()
    } else {
        v.to_string()
    }
}

/// The CMake project: a static library target, or an ESP-IDF component when ESP-IDF reads it.
fn cmake(catalog: &Catalog) -> String {
    format!(
        "# {}\n\n# In an ESP-IDF project (this folder under components/, or in EXTRA_COMPONENT_DIRS) the\n# library is a component; everywhere else a CMake library target.\nif(ESP_PLATFORM)\n  idf_component_register(SRCS \"src/{LIBRARY}.c\" INCLUDE_DIRS \"include\")\n  return()\nendif()\n\ncmake_minimum_required(VERSION 3.13)\nproject({LIBRARY} VERSION {} LANGUAGES C)\n\nadd_library({LIBRARY} src/{LIBRARY}.c)\nadd_library({LIBRARY}::{LIBRARY} ALIAS {LIBRARY})\ntarget_include_directories({LIBRARY} PUBLIC \"${{CMAKE_CURRENT_SOURCE_DIR}}/include\")\nset_target_properties({LIBRARY} PROPERTIES C_STANDARD 99 C_STANDARD_REQUIRED ON C_EXTENSIONS OFF)\n",
        notice(),
        catalog.package.version
    )
}

/// The library's README.
fn readme(catalog: &Catalog) -> String {
    format!(
        "<!-- {} -->\n\n# {LIBRARY} {}\n\n{}\n\nC99 (usable from C++), no heap allocation, every table `const`. Add this folder with CMake\n(`add_subdirectory(path/to/c)`, then link `{LIBRARY}`), or as an ESP-IDF component. See the\nrepository's README, \"Using the bindings\".\n\n```c\n#include \"{LIBRARY}.h\"\n```\n\nLicensed under {}.\n",
        notice(),
        catalog.package.version,
        super::text::description(catalog),
        catalog.package.license
    )
}

//! The generated C library of every tree: the source compiled by gcc and clang as strict C99,
//! the header by g++ and clang++ as strict C++11, and the vectors harness (tests/c/vectors.c,
//! reading the tree's catalog.json with Debian's cJSON) under AddressSanitizer and
//! UndefinedBehaviorSanitizer. One `make -j2 -k` builds every tree: each build is a rule whose
//! stamp says it passed, and an unchanged tree is not rebuilt.

use super::process::{build_dir, harness, run, run_env};
use super::trees::{Tally, Tree};
use rtc_codegen::emit::c::names::LIBRARY;
use serde_json::Value;
use std::fmt::Write;
use std::path::Path;

/// The Debian packages the stage needs beyond gcc, pinned (bookworm).
const PACKAGES: [&str; 2] = ["clang=1:14.0-55.7~deb12u1", "libcjson-dev=1.7.15-1+deb12u4"];

const STRICT_C: &str = "-std=c99 -Wall -Wextra -Werror -pedantic";
const STRICT_CXX: &str = "-std=c++11 -Wall -Wextra -Werror -pedantic";
const SANITIZED: &str = "-std=c99 -Wall -Wextra -Werror -pedantic -g -O1 -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer";

/// The compilations of every tree, each a Makefile rule: (stamp, what it checks).
const BUILDS: [(&str, &str); 4] = [
    ("gcc.ok", "gcc -std=c99 -pedantic -Werror"),
    ("clang.ok", "clang -std=c99 -pedantic -Werror"),
    ("gxx.ok", "header in g++ -std=c++11 -pedantic -Werror"),
    (
        "clangxx.ok",
        "header in clang++ -std=c++11 -pedantic -Werror",
    ),
];

/// Builds every tree with one make, then runs each tree's vectors.
pub fn check(trees: &[Tree], tally: &mut Tally) -> Result<(), String> {
    install_toolchain()?;
    let makefile = build_dir("c").join("Makefile");
    std::fs::create_dir_all(build_dir("c")).map_err(|e| e.to_string())?;
    let mut rules = String::from("all:");
    let mut body = String::new();
    for tree in trees {
        let dir = tree.scratch.join("c");
        std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
        write_if_changed(&dir.join("typed.c"), &typed_checks(tree)?)?;
        for (stamp, _) in BUILDS {
            let _ = write!(rules, " {}/{stamp}", dir.display());
        }
        let _ = write!(rules, " {}/vectors", dir.display());
        body.push_str(&tree_rules(tree, &dir, &makefile));
    }
    write_if_changed(&makefile, &format!("{rules}\n\n{body}"))?;
    let makefile_arg = makefile.display().to_string();
    // A failed rule fails make; its stamp is missing, which is what the tally reads.
    let _ = run("make (C)", "make", &["-k", "-j2", "-f", &makefile_arg]);
    for tree in trees {
        let dir = tree.scratch.join("c");
        for (stamp, what) in BUILDS {
            let ok = dir.join(stamp).exists();
            let result = if ok {
                Ok((1, 0))
            } else {
                Err("did not compile".into())
            };
            tally.add(&format!("{}: c {what}", tree.name), result);
        }
        let label = format!("{}: c vectors (ASan, UBSan)", tree.name);
        let binary = dir.join("vectors").display().to_string();
        let outcome = harness(&label, &binary, &[&tree.catalog_json()]);
        if let Ok((_, _, text)) = &outcome {
            print!(
                "  {label}: {}",
                text.lines()
                    .filter(|l| l.starts_with("c "))
                    .collect::<Vec<_>>()
                    .join("; ")
            );
            println!();
        }
        tally.add(&label, outcome.map(|(p, f, _)| (p, f)));
    }
    Ok(())
}

/// The Makefile rules of one tree: every stamp is touched only when its command passed.
fn tree_rules(tree: &Tree, dir: &Path, makefile: &Path) -> String {
    let c = tree.out.join("c");
    let include = c.join("include");
    let header = include.join(format!("{LIBRARY}.h"));
    let source = c.join(format!("src/{LIBRARY}.c"));
    let tests = crate::root().join("tests/c");
    let (d, i, h, s, m) = (
        dir.display(),
        include.display(),
        header.display(),
        source.display(),
        makefile.display(),
    );
    let cpp = tests.join("header_check.cpp").display().to_string();
    let vectors = tests.join("vectors.c").display().to_string();
    format!(
        "{d}/gcc.ok: {s} {h} {m}\n\tgcc {STRICT_C} -I{i} -c {s} -o {d}/gcc.o && touch $@\n\
         {d}/clang.ok: {s} {h} {m}\n\tclang {STRICT_C} -I{i} -c {s} -o {d}/clang.o && touch $@\n\
         {d}/gxx.ok: {cpp} {h} {m}\n\tg++ {STRICT_CXX} -I{i} -fsyntax-only {cpp} && touch $@\n\
         {d}/clangxx.ok: {cpp} {h} {m}\n\tclang++ {STRICT_CXX} -I{i} -fsyntax-only {cpp} && touch $@\n\
         {d}/vectors: {s} {h} {vectors} {d}/typed.c {m}\n\tgcc {SANITIZED} -I{i} {s} {vectors} {d}/typed.c -o $@ -lcjson -lm\n\n"
    )
}

/// Installs clang and cJSON from Debian when missing, and says what it installed.
pub(super) fn install_toolchain() -> Result<(), String> {
    let have_clang = run("clang --version", "clang", &["--version"]).is_ok();
    if have_clang && Path::new("/usr/include/cjson/cJSON.h").exists() {
        return Ok(());
    }
    let env = [("DEBIAN_FRONTEND", "noninteractive")];
    run_env("apt-get update", "apt-get", &["update", "-qq"], &env)?;
    let mut args = vec!["install", "-y", "-qq", "--no-install-recommends"];
    args.extend(PACKAGES);
    run_env("apt-get install", "apt-get", &args, &env)?;
    println!("  installed from Debian: {}", PACKAGES.join(", "));
    Ok(())
}

fn write_if_changed(path: &Path, text: &str) -> Result<(), String> {
    if std::fs::read_to_string(path).ok().as_deref() == Some(text) {
        return Ok(());
    }
    std::fs::write(path, text).map_err(|e| format!("{}: {e}", path.display()))
}

/// Every byte as an octal escape: a C literal that needs no escaping rules of its own (the
/// harness must not share the emitter's).
fn literal(text: &str) -> String {
    let mut out = String::from("\"");
    for b in text.bytes() {
        let _ = write!(out, "\\{b:03o}");
    }
    out.push('"');
    out
}

/// `typed_checks()`: each code set's own enum functions asked about every code, written from
/// the tree's catalog.json and its `identifiers.c`.
fn typed_checks(tree: &Tree) -> Result<String, String> {
    let text = std::fs::read_to_string(tree.catalog_json()).map_err(|e| e.to_string())?;
    let catalog: Value = serde_json::from_str(&text).map_err(|e| e.to_string())?;
    let mut out = format!(
        "#include \"{LIBRARY}.h\"\n\nvoid check(bool ok, const char *what, const char *at);\n\nvoid typed_checks(void) {{\n"
    );
    let empty = Vec::new();
    let array = |v: &Value, k: &str| v[k].as_array().unwrap_or(&empty).clone();
    for p in array(&catalog, "providers") {
        for s in array(&p, "code_sets") {
            let ty = s["identifiers"]["c"]
                .as_str()
                .ok_or("a code set without identifiers.c")?;
            let (pid, sid) = (
                literal(p["id"].as_str().unwrap_or("")),
                literal(s["id"].as_str().unwrap_or("")),
            );
            let at = literal(&format!(
                "{}/{}",
                p["id"].as_str().unwrap_or(""),
                s["id"].as_str().unwrap_or("")
            ));
            let codes = array(&s, "codes");
            let _ = writeln!(
                out,
                "    {{\n        {ty} e;\n        check({ty}_count == {}u, \"typed count\", {at});",
                codes.len()
            );
            let mut values = Vec::new();
            for c in &codes {
                let constant = c["identifiers"]["c"]
                    .as_str()
                    .ok_or("a code without identifiers.c")?;
                let value = match &c["value"] {
                    Value::String(v) => literal(v),
                    v => {
                        let n = v.as_i64().ok_or("a value that is no integer")?;
                        values.push(n);
                        int_literal(n)
                    }
                };
                let upstream = literal(c["upstream_name"].as_str().unwrap_or(""));
                let at = literal(&format!(
                    "{}/{}/{}",
                    p["id"].as_str().unwrap_or(""),
                    s["id"].as_str().unwrap_or(""),
                    c["name"].as_str().unwrap_or("")
                ));
                let _ = writeln!(
                    out,
                    "        check({ty}_from_value({value}, &e) && e == {constant}, \"typed from_value\", {at});\n        check({ty}_from_name({upstream}, &e) && e == {constant}, \"typed from_name\", {at});\n        check({ty}_info({constant}) == rtc_lookup_name({pid}, {sid}, {upstream}), \"typed info\", {at});"
                );
            }
            let unknown = if s["values"] == "string" {
                literal("\u{1}not a code")
            } else {
                int_literal((0..).find(|v| !values.contains(v)).unwrap_or(0))
            };
            let _ = writeln!(
                out,
                "        check(!{ty}_from_value({unknown}, &e), \"typed unknown value\", {at});\n        check(!{ty}_from_name(\"\\001not a name\", &e), \"typed unknown name\", {at});\n    }}"
            );
        }
    }
    out.push_str("}\n");
    Ok(out)
}

/// An `int32_t` literal, the smallest as an expression.
fn int_literal(n: i64) -> String {
    if n == i64::from(i32::MIN) {
        "(-2147483647 - 1)".into()
    } else {
        n.to_string()
    }
}

//! The npm package as its users get it: `npm pack` of the committed generated/typescript,
//! publint --strict and attw --profile esm-only on it, and two TypeScript apps (one installing
//! the tarball, one a `file:` dependency) that import the root and two providers' subpaths,
//! type-check with moduleResolution bundler, node16 and nodenext, run in Node (import and
//! require), and bundle for the browser with esbuild.

use super::super::process::{bin, build_dir, harness, run as run_tool, run_in, toolchain_dir};
use super::super::trees::Tally;
use rtc_codegen::emit::typescript::names::{function_prefix, module_file};
use rtc_codegen::emit::typescript::string as js_string;
use rtc_codegen::model::{Catalog, Value};
use std::path::{Path, PathBuf};

pub fn run(tally: &mut Tally) -> Result<(), String> {
    let root = crate::root();
    let catalog = super::super::trees::real_catalog()?;
    let package = root.join("generated/typescript");
    let scratch = build_dir("consumers/typescript");
    // The apps are kept between runs: `npm install` then finds them up to date unless the
    // package (the tarball's integrity, the linked folder) changed.
    std::fs::create_dir_all(&scratch).map_err(|e| e.to_string())?;
    let tarball = pack(&package, &scratch)?;
    let lint = run_tool("publint", &bin("publint"), &["--strict", &shown(&package)]);
    print_result("typescript: publint --strict", &lint);
    tally.ran("typescript: publint --strict", lint);
    let attw = run_tool(
        "attw",
        &bin("attw"),
        &[
            &shown(&tarball),
            "--profile",
            "esm-only",
            "--format",
            "table-flipped",
            "--no-color",
        ],
    );
    print_result("typescript: attw --profile esm-only", &attw);
    tally.ran("typescript: attw --profile esm-only", attw);
    for (name, dependency) in [
        ("tarball", format!("file:{}", tarball.display())),
        ("path", format!("file:{}", package.display())),
    ] {
        app(
            catalog,
            &scratch.join(format!("app-{name}")),
            name,
            &dependency,
            tally,
        )?;
    }
    Ok(())
}

fn shown(path: &Path) -> String {
    path.display().to_string()
}

fn print_result(what: &str, result: &Result<String, String>) {
    let verdict = if result.is_ok() { "ok" } else { "FAILED" };
    let text = result.as_ref().unwrap_or_else(|e| e);
    println!("{what}: {verdict}\n{}", text.trim_end());
}

/// `npm pack` of the committed package: the tarball's path; prints its size and file count.
fn pack(package: &Path, scratch: &Path) -> Result<PathBuf, String> {
    let out = run_in(
        package,
        "npm pack",
        "npm",
        &[
            "pack",
            "--pack-destination",
            &shown(scratch),
            "--loglevel=error",
        ],
    )?;
    let file = out
        .lines()
        .rev()
        .find(|l| l.ends_with(".tgz"))
        .ok_or("npm pack named no tarball")?;
    let tarball = scratch.join(file.trim());
    let size = std::fs::metadata(&tarball)
        .map_err(|e| format!("{file}: {e}"))?
        .len();
    let listing = run_tool("tar", "tar", &["tzf", &shown(&tarball)])?;
    let files = listing.lines().filter(|l| !l.ends_with('/')).count();
    println!(
        "typescript: npm pack {}: {size} bytes, {files} files",
        file.trim()
    );
    Ok(tarball)
}

/// One app depending on the package through `dependency`: installed, type-checked three ways,
/// run by Node (import and require), bundled for the browser and run again.
fn app(
    catalog: &Catalog,
    dir: &Path,
    name: &str,
    dependency: &str,
    tally: &mut Tally,
) -> Result<(), String> {
    let label = |what: &str| format!("typescript app ({name}): {what}");
    std::fs::create_dir_all(dir).map_err(|e| e.to_string())?;
    // What this run builds starts absent: a failed build must not leave the last one to run.
    let _ = std::fs::remove_dir_all(dir.join("out"));
    let _ = std::fs::remove_file(dir.join("bundle.js"));
    let write = |file: &str, text: String| {
        std::fs::write(dir.join(file), text).map_err(|e| format!("{file}: {e}"))
    };
    write(
        "package.json",
        format!(
            "{{\n  \"private\": true,\n  \"type\": \"module\",\n  \"dependencies\": {{ \"rtc-error-catalog\": {:?} }}\n}}\n",
            dependency
        ),
    )?;
    write("main.ts", main_ts(catalog, name))?;
    write("require.cjs", require_cjs(name))?;
    let install = run_in(
        dir,
        &label("npm install"),
        "npm",
        &[
            "install",
            "--prefer-offline",
            "--no-audit",
            "--no-fund",
            "--loglevel=error",
        ],
    );
    let installed = install.is_ok();
    tally.ran(&label("npm install"), install);
    if !installed {
        return Ok(());
    }
    let types = toolchain_dir()
        .join("node_modules/@types")
        .display()
        .to_string();
    for (resolution, module, emit) in [
        ("nodenext", "nodenext", true),
        ("node16", "node16", false),
        ("bundler", "preserve", false),
    ] {
        let mut args = vec![
            "main.ts",
            "--strict",
            "--target",
            "es2022",
            "--lib",
            "es2022",
            "--module",
            module,
            "--moduleResolution",
            resolution,
            "--resolveJsonModule",
            "--types",
            "node",
            "--typeRoots",
            &types,
        ];
        args.extend(if emit {
            &["--outDir", "out"][..]
        } else {
            &["--noEmit"][..]
        });
        let checked = run_in(dir, &label("tsc"), &bin("tsc"), &args);
        if checked.is_ok() {
            println!(
                "{}: type-checks",
                label(&format!("tsc --moduleResolution {resolution}"))
            );
        }
        tally.ran(
            &label(&format!("tsc --moduleResolution {resolution}")),
            checked,
        );
    }
    run_harness(
        &label("node import"),
        &[&shown(&dir.join("out/main.js"))],
        tally,
    );
    run_harness(
        &label("node require"),
        &[&shown(&dir.join("require.cjs"))],
        tally,
    );
    let bundle = shown(&dir.join("bundle.js"));
    let bundled = run_in(
        dir,
        &label("esbuild"),
        &bin("esbuild"),
        &[
            "main.ts",
            "--bundle",
            "--platform=browser",
            "--format=esm",
            &format!("--outfile={bundle}"),
        ],
    );
    let ok = bundled.is_ok();
    tally.ran(&label("esbuild --platform=browser"), bundled);
    if ok {
        let size = std::fs::metadata(&bundle).map(|m| m.len()).unwrap_or(0);
        println!("{}: {size} bytes", label("esbuild browser bundle"));
        run_harness(&label("browser bundle"), &[&bundle], tally);
    }
    Ok(())
}

/// Runs a script that prints its checks and a RESULT line; echoes what it checked.
fn run_harness(what: &str, args: &[&str], tally: &mut Tally) {
    let result = harness(what, "node", args).map(|(passed, failed, text)| {
        for line in text
            .lines()
            .filter(|l| !l.starts_with("(node:") && !l.contains("--trace-warnings"))
        {
            println!("{what}: {line}");
        }
        (passed, failed)
    });
    tally.add(what, result);
}

/// The first code of the first set of each of the first two providers.
fn samples(catalog: &Catalog) -> Vec<(String, String, String, String, String)> {
    catalog
        .providers
        .iter()
        .take(2)
        .filter_map(|p| {
            let set = p.code_sets.first()?;
            let code = set.codes.first()?;
            let value = match &code.value {
                Value::Integer(i) => i.to_string(),
                Value::String(s) => js_string(s),
            };
            Some((
                module_file(p),
                set.id.raw.clone(),
                function_prefix(set),
                value,
                set.upstream_name(code),
            ))
        })
        .collect()
}

/// The app: the root module and two providers' subpaths, each check printed.
fn main_ts(catalog: &Catalog, app: &str) -> String {
    let mut imports = String::from(
        "import { codeSets, lookup, categoryInfo } from \"rtc-error-catalog\";\nimport type { CodeInfo } from \"rtc-error-catalog\";\n",
    );
    let mut body = String::new();
    for (i, (module, set, f, value, upstream)) in samples(catalog).into_iter().enumerate() {
        let alias = format!("provider{i}");
        imports.push_str(&format!(
            "import * as {alias} from \"rtc-error-catalog/{module}\";\n"
        ));
        let upstream = js_string(&upstream);
        body.push_str(&format!(
            "check({alias}.{f}Name({value}) === {upstream}, `{module}: {f}Name(${{{value}}}) is ${{{alias}.{f}Name({value})}}`);\ncheck({alias}.{f}FromName({upstream}) === {value}, `{module}: {f}FromName(${{{upstream}}})`);\nconst info{i}: CodeInfo | undefined = lookup({module:?}, {set:?}, {value});\ncheck(info{i} === {alias}.{f}Info({value}) && info{i}?.name === {upstream}, `{module}: lookup(\"{module}\", \"{set}\", ${{{value}}}) is ${{info{i}?.name}} (${{info{i}?.catalogName}}), ${{info{i}?.retryPolicy}}`);\n"
        ));
    }
    format!(
        "{imports}\nlet passed = 0;\nlet failed = 0;\nfunction check(ok: boolean, what: string): void {{\n  if (ok) passed++;\n  else failed++;\n  console.log(`${{ok ? \"ok\" : \"FAIL\"}} {app}: ${{what}}`);\n}}\n{body}check(codeSets.length === {sets}, `root: codeSets has ${{codeSets.length}} code sets, the catalog {sets}`);\ncheck(Object.keys(categoryInfo).length > 0, \"root: categoryInfo\");\nconsole.log(`RESULT ${{passed}} passed, ${{failed}} failed`);\nif (failed > 0) process.exitCode = 1;\n",
        sets = catalog.code_set_count()
    )
}

/// CommonJS `require` of the ES module package (Node 20.19+ and 22.12+).
fn require_cjs(app: &str) -> String {
    format!(
        "const {{ codeSets, lookup }} = require(\"rtc-error-catalog\");\nconst catalog = require(\"rtc-error-catalog/catalog.json\");\nconst sets = catalog.providers.flatMap((p) => p.code_sets).length;\nconst ok = typeof lookup === \"function\" && codeSets.length === sets;\nconsole.log(`${{ok ? \"ok\" : \"FAIL\"}} {app}: require(\"rtc-error-catalog\") in Node ${{process.version}}: ${{codeSets.length}} code sets, catalog.json lists ${{sets}}`);\nconsole.log(`RESULT ${{ok ? 1 : 0}} passed, ${{ok ? 0 : 1}} failed`);\n"
    )
}

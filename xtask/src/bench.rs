//! `cargo xtask bench`: how fast codegen is, against protoc on the same enums, and what the
//! generated code costs its consumers. A benchmark, never a test: it prints figures, asserts
//! nothing about time. Output format is stable; the last two lines are the 10,000-code ratios
//! against protoc: every target together, then the three-language job (Rust, TypeScript and
//! Kotlin against protoc's C++, Java and Kotlin).

use rtc_codegen::emit;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode, Stdio};
use std::time::{Duration, Instant};

/// One synthetic or real catalog to measure.
struct Size {
    label: &'static str,
    codes: usize,
    runs: usize,
}

const SIZES: &[Size] = &[
    Size {
        label: "real",
        codes: 0,
        runs: 9,
    },
    Size {
        label: "1k",
        codes: 1_000,
        runs: 7,
    },
    Size {
        label: "10k",
        codes: 10_000,
        runs: 5,
    },
    Size {
        label: "100k",
        codes: 100_000,
        runs: 3,
    },
];

pub fn run() -> ExitCode {
    // Timings only mean something for an optimized build: re-run as one.
    if cfg!(debug_assertions) {
        println!("bench: building the release xtask ...");
        let status = Command::new("cargo")
            .args([
                "run",
                "--release",
                "--quiet",
                "--package",
                "xtask",
                "--",
                "bench",
            ])
            .current_dir(crate::root())
            .status();
        return match status {
            Ok(s) if s.success() => ExitCode::SUCCESS,
            _ => ExitCode::FAILURE,
        };
    }
    match bench() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("bench: {e}");
            ExitCode::FAILURE
        }
    }
}

fn bench() -> Result<(), String> {
    ensure_tools()?;
    let root = crate::root();
    let dir = root.join("tests/.build/bench");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
    let me = std::env::current_exe().map_err(|e| e.to_string())?;

    println!(
        "codegen, in process (median ms per phase) and as a process (wall ms, peak MiB; every target, then --only {THREE}), against protoc --cpp_out --java_out --kotlin_out"
    );
    let mut header = format!(
        "{:<5} {:>7} {:>6} {:>7} {:>8}",
        "spec", "codes", "load", "parse", "validate"
    );
    for (name, _) in emit::EMITTERS {
        let _ = write!(header, " {:>7}", &name[..name.len().min(7)]);
    }
    let _ = write!(
        header,
        " {:>7} {:>7} {:>7} {:>8} {:>7} | {:>8} {:>6} | {:>8} {:>6} | {:>8} {:>6} {:>6} {:>6}",
        "write",
        "check",
        "total",
        "us/code",
        "",
        "process",
        "MiB",
        "rs+ts+kt",
        "MiB",
        "protoc",
        "MiB",
        "ratio",
        "ratio3"
    );
    println!("{header}");
    let mut ratio_10k = None;
    let mut totals = Vec::new();
    let mut throughputs = Vec::new();
    // `RTC_BENCH_SIZES=real,10k` measures only those sizes (the ratios need `10k`).
    let wanted = std::env::var("RTC_BENCH_SIZES").ok();
    let sizes = SIZES.iter().filter(|size| {
        wanted
            .as_deref()
            .is_none_or(|w| w.split(',').any(|label| label == size.label))
    });
    for size in sizes {
        let spec = if size.codes == 0 {
            root.join("spec")
        } else {
            let spec = dir.join(size.label).join("spec");
            write_synthetic_spec(&spec, size.codes)?;
            spec
        };
        let phases = measure_phases(&spec, &dir.join(size.label).join("phases"), size.runs)?;
        let codes = phases.codes;
        let out = dir.join(size.label).join("generated");
        let fresh = |only: Option<&str>| {
            let out = match only {
                Some(_) => dir.join(size.label).join("generated-three"),
                None => out.clone(),
            };
            let _ = std::fs::remove_dir_all(&out);
            let mut c = Command::new(&me);
            c.args([
                "codegen",
                "--spec",
                &spec.display().to_string(),
                "--out",
                &out.display().to_string(),
            ]);
            c.args(only.map(|names| ["--only", names]).iter().flatten());
            c
        };
        let (process_ms, process_mib) = measure_process(size.runs, || fresh(None))?;
        let (three_ms, three_mib) = measure_process(size.runs, || fresh(Some(THREE)))?;
        // A write and a check on an up-to-date folder: the run a developer makes most.
        let codegen_again = |check: bool| {
            let mut c = Command::new(&me);
            c.args([
                "codegen",
                "--spec",
                &spec.display().to_string(),
                "--out",
                &out.display().to_string(),
            ]);
            if check {
                c.arg("--check");
            }
            c
        };
        // A full run that finds nothing to write records the up-to-date state, unless files
        // changed within the last 3 s (xtask/src/fresh.rs): wait that out, so every timed
        // `codegen` below takes the fast path, and every `--check` compares every file.
        std::thread::sleep(Duration::from_millis(3_100));
        let _ = codegen_again(false).stdout(Stdio::null()).status();
        let (rewrite_ms, _) = measure_process(size.runs, || codegen_again(false))?;
        let (check_ms, _) = measure_process(size.runs, || codegen_again(true))?;
        let protoc_dir = dir.join(size.label).join("proto");
        let protos = write_protos(&spec, &protoc_dir)?;
        let proto_out = protoc_dir.join("out");
        let (protoc_ms, protoc_mib) = measure_process(size.runs, || {
            let _ = std::fs::remove_dir_all(&proto_out);
            let _ = std::fs::create_dir_all(&proto_out);
            let o = proto_out.display().to_string();
            let mut c = Command::new("protoc");
            c.arg(format!("-I{}", protoc_dir.display()))
                .arg(format!("--cpp_out={o}"))
                .arg(format!("--java_out={o}"))
                .arg(format!("--kotlin_out={o}"))
                .args(&protos);
            c
        })?;
        let ratio = protoc_ms / process_ms;
        let ratio_three = protoc_ms / three_ms;
        if size.label == "10k" {
            let protoc = (protoc_ms, protoc_mib);
            ratio_10k = Some((protoc, (process_ms, process_mib), (three_ms, three_mib)));
        }
        throughputs.push((size.label, phases.throughputs()));
        let p = &phases;
        let mut row = format!(
            "{:<5} {:>7} {:>6.2} {:>7.2} {:>8.2}",
            size.label, codes, p.load, p.parse, p.validate
        );
        for (_, ms) in &p.emit {
            let _ = write!(row, " {ms:>7.2}");
        }
        let _ = write!(
            row,
            " {:>7.2} {:>7.2} {:>7.2} {:>8.2} {:>7} | {:>8.2} {:>6.1} | {:>8.2} {:>6.1} | {:>8.2} {:>6.1} {:>5.2}x {:>5.2}x",
            p.write,
            p.check,
            p.total(),
            p.total() * 1000.0 / codes as f64,
            "",
            process_ms,
            process_mib,
            three_ms,
            three_mib,
            protoc_ms,
            protoc_mib,
            ratio,
            ratio_three
        );
        println!("{row}");
        totals.push((
            size.label,
            codes,
            p.total(),
            process_ms,
            rewrite_ms,
            check_ms,
        ));
    }
    print_throughputs(&throughputs);
    // Linearity: 100k against 10k.
    if let (Some(ten), Some(hundred)) = (
        totals.iter().find(|t| t.0 == "10k"),
        totals.iter().find(|t| t.0 == "100k"),
    ) {
        println!(
            "scaling: 100k / 10k = {:.2}x in process, {:.2}x as a process (10x the codes)",
            hundred.2 / ten.2,
            hundred.3 / ten.3
        );
    }
    for (label, _, _, _, write, check) in &totals {
        println!(
            "nothing changed ({label}), as processes: codegen --check (compares every file) {check:.2} ms, codegen (up-to-date fast path) {write:.2} ms"
        );
    }

    consumers(&root, &dir)?;

    let ((protoc_ms, protoc_mib), all, three) = ratio_10k.ok_or("no 10k run")?;
    for ((ours_ms, ours_mib), job) in [
        (all, "every target".to_owned()),
        (three, format!("--only {THREE}")),
    ] {
        println!(
            "10k codes, {job}: protoc {protoc_ms:.1} ms, {protoc_mib:.1} MiB; codegen {ours_ms:.1} ms, {ours_mib:.1} MiB; codegen is {:.2}x faster than protoc",
            protoc_ms / ours_ms
        );
    }
    Ok(())
}

/// The three-language job, the same one protoc's `--cpp_out --java_out --kotlin_out` does.
const THREE: &str = "rust,typescript,kotlin";

/// Each emitter's throughput per size: MB (10^6 bytes) of output per second of its median
/// emit time, on one core (each emitter is timed alone).
fn print_throughputs(rows: &[(&str, Vec<f64>)]) {
    println!();
    println!(
        "emitter throughput, MB of output per second per core (output bytes / median emit time)"
    );
    let mut header = format!("{:<5}", "spec");
    for (name, _) in emit::EMITTERS {
        let _ = write!(header, " {:>7}", &name[..name.len().min(7)]);
    }
    println!("{header}");
    for (label, mbps) in rows {
        let mut row = format!("{label:<5}");
        for value in mbps {
            let _ = write!(row, " {value:>7.1}");
        }
        println!("{row}");
    }
    println!();
}

/// Median milliseconds of each phase; one emit phase per entry of `emit::EMITTERS`.
struct Phases {
    codes: usize,
    load: f64,
    parse: f64,
    validate: f64,
    emit: Vec<(&'static str, f64)>,
    /// Bytes each emitter makes, in `emit::EMITTERS` order.
    bytes: Vec<usize>,
    write: f64,
    check: f64,
}

impl Phases {
    /// MB of output per second, per emitter.
    fn throughputs(&self) -> Vec<f64> {
        self.emit
            .iter()
            .zip(&self.bytes)
            .map(|((_, ms), bytes)| *bytes as f64 / 1e6 / (ms / 1000.0))
            .collect()
    }

    fn total(&self) -> f64 {
        let emit: f64 = self.emit.iter().map(|(_, ms)| ms).sum();
        self.load + self.parse + self.validate + emit + self.write + self.check
    }
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(|a, b| a.partial_cmp(b).unwrap());
    v[v.len() / 2]
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn timed<T>(f: impl FnOnce() -> T) -> (T, f64) {
    let t = Instant::now();
    let r = f();
    (r, ms(t.elapsed()))
}

fn measure_phases(spec: &Path, out: &Path, runs: usize) -> Result<Phases, String> {
    let mut samples: Vec<Vec<f64>> = Vec::new();
    let mut codes = 0;
    let mut bytes = Vec::new();
    for _ in 0..runs {
        let _ = std::fs::remove_dir_all(out);
        let ((sources, problems), load) = timed(|| rtc_codegen::load::read_dir(spec, "spec"));
        if !problems.is_empty() {
            return Err(format!(
                "{} problems reading {}",
                problems.len(),
                spec.display()
            ));
        }
        let ((raw, problems), parse) = timed(|| rtc_codegen::load::parse(&sources));
        if !problems.is_empty() {
            return Err(format!("{}: {}", spec.display(), problems[0].message));
        }
        let (catalog, validate) = timed(|| rtc_codegen::validate::validate(raw));
        let catalog = catalog.map_err(|p| format!("{}: {}", spec.display(), p[0].message))?;
        codes = catalog.code_count();
        let mut files = emit::Files::new();
        let mut times = vec![load, parse, validate];
        bytes.clear();
        for (_, emitter) in emit::EMITTERS {
            let mut part = emit::Files::new();
            let ((), t) = timed(|| emitter(&catalog, &mut part));
            bytes.push(part.values().map(String::len).sum());
            files.extend(part);
            times.push(t);
        }
        let (written, t_write) = timed(|| rtc_codegen::write::write(out, &files));
        written.map_err(|e| e.to_string())?;
        let (changes, t_check) = timed(|| rtc_codegen::write::changes(out, &files));
        if !changes.map_err(|e| e.to_string())?.is_empty() {
            return Err("check found drift right after a write".into());
        }
        times.extend([t_write, t_check]);
        samples.push(times);
    }
    let col = |i: usize| median(samples.iter().map(|s| s[i]).collect());
    let emitters = emit::EMITTERS.len();
    Ok(Phases {
        codes,
        load: col(0),
        parse: col(1),
        validate: col(2),
        emit: emit::EMITTERS
            .iter()
            .enumerate()
            .map(|(i, (name, _))| (*name, col(3 + i)))
            .collect(),
        bytes,
        write: col(3 + emitters),
        check: col(4 + emitters),
    })
}

/// Median wall milliseconds and the largest peak memory (MiB) of a command, run under GNU time.
fn measure_process(runs: usize, command: impl Fn() -> Command) -> Result<(f64, f64), String> {
    let mut walls = Vec::new();
    let mut peak: f64 = 0.0;
    for _ in 0..runs {
        let c = command();
        let mut timed_cmd = Command::new("/usr/bin/time");
        timed_cmd
            .arg("-f")
            .arg("PEAK_KB=%M")
            .arg(c.get_program())
            .args(c.get_args());
        let t = Instant::now();
        let output = timed_cmd
            .stdout(Stdio::null())
            .output()
            .map_err(|e| format!("cannot run {:?}: {e}", c.get_program()))?;
        let wall = ms(t.elapsed());
        let stderr = String::from_utf8_lossy(&output.stderr);
        if !output.status.success() {
            return Err(format!("{:?} failed: {stderr}", c.get_program()));
        }
        let kb: f64 = stderr
            .lines()
            .rev()
            .find_map(|l| l.strip_prefix("PEAK_KB="))
            .and_then(|v| v.trim().parse().ok())
            .ok_or("no peak memory from /usr/bin/time")?;
        peak = peak.max(kb / 1024.0);
        walls.push(wall);
    }
    Ok((median(walls), peak))
}

/// protoc and GNU time (for peak memory) must be installed; the bench says how, and installs
/// nothing system-wide itself. The npm tools (esbuild, kotlinc) come from the same pinned
/// `npm ci` that `cargo xtask test` runs.
fn ensure_tools() -> Result<(), String> {
    let missing: Vec<&str> = [("protoc", "protobuf-compiler"), ("/usr/bin/time", "time")]
        .into_iter()
        .filter(|(bin, _)| {
            Command::new(bin)
                .arg("--version")
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .status()
                .is_err()
        })
        .map(|(_, package)| package)
        .collect();
    if !missing.is_empty() {
        return Err(format!(
            "missing {0}: install it first, e.g. `sudo apt-get install {0}` (Debian, Ubuntu) or your system's package manager",
            missing.join(" ")
        ));
    }
    crate::test::npm_ci(&crate::root().join("tests/toolchain"))?;
    Ok(())
}

/// A deterministic generator for synthetic text.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn pick<'a>(&mut self, words: &[&'a str]) -> &'a str {
        words[(self.next() % words.len() as u64) as usize]
    }
    fn sentence(&mut self, words: usize) -> String {
        let mut s: Vec<&str> = (0..words).map(|_| self.pick(WORDS)).collect();
        let first = s[0];
        let mut out = first[..1].to_uppercase() + &first[1..];
        s.remove(0);
        for w in s {
            out.push(' ');
            out.push_str(w);
        }
        out.push('.');
        out
    }
}

const WORDS: &[&str] = &[
    "the",
    "server",
    "client",
    "token",
    "room",
    "participant",
    "connection",
    "signalling",
    "media",
    "track",
    "was",
    "could",
    "not",
    "be",
    "reached",
    "expired",
    "rejected",
    "closed",
    "because",
    "network",
    "timeout",
    "capacity",
    "limit",
    "session",
    "ended",
    "by",
    "an",
    "operator",
    "after",
    "retry",
    "attempts",
    "failed",
    "while",
    "joining",
    "publishing",
    "subscribing",
    "to",
    "stage",
    "meeting",
    "credentials",
    "invalid",
    "missing",
    "quota",
    "billing",
    "backend",
    "websocket",
];

const CATEGORIES: &[&str] = &[
    "network",
    "credentials",
    "capacity",
    "service_fault",
    "client_error",
    "ended_by_service",
    "permission",
    "media_negotiation",
];
const RETRIES: &[&str] = &[
    "backoff",
    "never",
    "refresh_credentials",
    "user_action",
    "automatic",
];

/// A spec of `codes` codes over several providers, with text like the real catalog's.
fn write_synthetic_spec(spec: &Path, codes: usize) -> Result<(), String> {
    std::fs::create_dir_all(spec).map_err(|e| e.to_string())?;
    let root = crate::root();
    let taxonomy =
        std::fs::read_to_string(root.join("spec/taxonomy.yaml")).map_err(|e| e.to_string())?;
    // The equivalence groups name real codes: keep the vocabulary only.
    let taxonomy = taxonomy.split("\nequivalents:").next().unwrap_or(&taxonomy);
    let taxonomy = taxonomy[..taxonomy
        .rfind("\n# Codes of different providers")
        .unwrap_or(taxonomy.len())]
        .to_owned()
        + "\n";
    std::fs::write(spec.join("taxonomy.yaml"), taxonomy).map_err(|e| e.to_string())?;
    let per_provider = 2_000.min(codes / 5).max(1);
    let providers = codes.div_ceil(per_provider);
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    for p in 0..providers {
        let n = per_provider.min(codes - p * per_provider);
        let ints = n * 3 / 5;
        let strs = n - ints;
        let mut y = format!("provider: provider_{p:03}\nname: Provider {p}\ncode_sets:\n");
        for (set, count, integer) in [("status_code", strs, false), ("failure_code", ints, true)] {
            if count == 0 {
                continue;
            }
            let _ = write!(
                y,
                "  - id: {set}\n    summary: {}\n    values: {}\n    name_prefix: P{p}_\n    source:\n      repository: example/provider-{p}\n      symbol: {set}\n      version: 1.{p}.0\n    codes:\n",
                rng.sentence(8),
                if integer { "integer" } else { "string" }
            );
            for i in 0..count {
                let name = format!("CODE_{i}_{}", rng.pick(WORDS).to_uppercase());
                let value = if integer {
                    (i as i64 * 7 + 1).to_string()
                } else {
                    format!("\"provider{p}.{}.{i}\"", rng.pick(WORDS))
                };
                let catalog_basis = i % 3 == 0;
                let _ = write!(
                    y,
                    "      - name: {name}\n        value: {value}\n        summary: {}\n        cause: {} {}\n        when:\n          - {}\n          - {}\n        category: {}\n        retry: {}\n        retry_basis: {}\n        terminal: {}\n        terminal_basis: provider\n",
                    rng.sentence(7),
                    rng.sentence(12),
                    rng.sentence(9),
                    rng.sentence(6).trim_end_matches('.').to_lowercase(),
                    rng.sentence(5).trim_end_matches('.').to_lowercase(),
                    rng.pick(CATEGORIES),
                    rng.pick(RETRIES),
                    if catalog_basis { "catalog" } else { "provider" },
                    i % 2 == 0,
                );
                if catalog_basis {
                    let _ = writeln!(y, "        rationale: {}", rng.sentence(10));
                }
                if i % 2 == 0 {
                    let _ = writeln!(y, "        user_message: {}", rng.sentence(9));
                }
                let _ = writeln!(
                    y,
                    "        remediation:\n          - {}\n          - {}",
                    rng.sentence(10),
                    rng.sentence(8)
                );
                // Links from the integer set into the string set, as LiveKit's protocol links.
                if integer && i < strs && i % 4 == 0 {
                    let _ = writeln!(
                        y,
                        "        protocol_equivalent: provider_{p:03}/status_code/STATUS_LINK_{i}"
                    );
                }
            }
        }
        // The linked names must exist: rename the matching string codes.
        let mut text = String::new();
        let mut in_strings = false;
        let mut index = 0;
        for line in y.lines() {
            if line.starts_with("  - id: ") {
                in_strings = line.ends_with("status_code");
                index = 0;
            }
            if in_strings && line.starts_with("      - name: ") {
                let _ = writeln!(
                    text,
                    "      - name: {}",
                    if index % 4 == 0 {
                        format!("STATUS_LINK_{index}")
                    } else {
                        line[14..].to_owned()
                    }
                );
                index += 1;
                continue;
            }
            text.push_str(line);
            text.push('\n');
        }
        std::fs::write(spec.join(format!("provider_{p:03}.yaml")), text)
            .map_err(|e| e.to_string())?;
    }
    Ok(())
}

/// The same enums as protobuf files, one per provider, each value with its summary as comment.
fn write_protos(spec: &Path, dir: &Path) -> Result<Vec<String>, String> {
    let catalog = rtc_codegen::load_catalog(spec, "spec").map_err(|d| d.to_string())?;
    std::fs::create_dir_all(dir).map_err(|e| e.to_string())?;
    let mut files = Vec::new();
    for provider in &catalog.providers {
        let mut proto = format!(
            "syntax = \"proto3\";\npackage bench.{};\noption java_multiple_files = true;\n",
            provider.id.raw
        );
        for set in &provider.code_sets {
            let ty = set.id.upper_camel();
            let prefix = set.id.shouty_snake();
            // proto3 wants a zero member; a trailing underscore keeps it clear of every code's
            // name (a set may have its own `UNSPECIFIED`).
            let _ = writeln!(
                proto,
                "\n// {}\nenum {ty} {{\n  {prefix}_ZERO_ = 0;",
                set.summary.replace('\n', " ")
            );
            for (i, code) in set.codes.iter().enumerate() {
                let _ = writeln!(
                    proto,
                    "  // {}\n  {prefix}_{} = {};",
                    code.summary.replace('\n', " "),
                    code.name.shouty_snake(),
                    i + 1
                );
            }
            proto.push_str("}\n");
        }
        let name = format!("{}.proto", provider.id.raw);
        std::fs::write(dir.join(&name), proto).map_err(|e| e.to_string())?;
        files.push(name);
    }
    Ok(files)
}

/// What the generated code costs those who use it.
fn consumers(root: &Path, dir: &Path) -> Result<(), String> {
    println!();
    println!("consumers");
    // The Rust crate, built from scratch as a dependency would be.
    let target = dir.join("crate-target");
    let manifest = root.join("generated/rust/Cargo.toml").display().to_string();
    let mut builds = Vec::new();
    for _ in 0..3 {
        let _ = std::fs::remove_dir_all(&target);
        let t = Instant::now();
        let ok = Command::new("cargo")
            .args([
                "build",
                "--quiet",
                "--manifest-path",
                &manifest,
                "--target-dir",
                &target.display().to_string(),
            ])
            .status()
            .is_ok_and(|s| s.success());
        if !ok {
            return Err("building the generated crate failed".into());
        }
        builds.push(ms(t.elapsed()));
    }
    println!(
        "rust crate: clean debug build {:.0} ms (median of 3)",
        median(builds)
    );

    let (generated, hand) = lookup_bench(root, &target)?;
    println!(
        "rust lookups, wire value to code: generated {:.2} ns, hand-written match {:.2} ns ({:+.1}%)",
        generated.0,
        hand.0,
        (generated.0 / hand.0 - 1.0) * 100.0
    );
    println!(
        "rust lookups, name to code:       generated {:.2} ns, hand-written match {:.2} ns ({:+.1}%)",
        generated.1,
        hand.1,
        (generated.1 / hand.1 - 1.0) * 100.0
    );

    typescript_sizes(root, dir)?;
    kotlin_sizes(root, dir)?;
    Ok(())
}

/// Nanoseconds per lookup: (value, name) generated, then (value, name) hand-written.
type LookupTimes = ((f64, f64), (f64, f64));

/// Nanoseconds per lookup ((value, name) generated, (value, name) hand-written), from the
/// release build of `tests/rust`'s `lookup-bench`: the xtask itself never links the generated
/// crate, so it builds even when `generated/rust` does not.
fn lookup_bench(root: &Path, target: &Path) -> Result<LookupTimes, String> {
    let output = Command::new("cargo")
        .args([
            "run",
            "--release",
            "--quiet",
            "--bin",
            "lookup-bench",
            "--manifest-path",
        ])
        .arg(root.join("tests/rust/Cargo.toml"))
        .arg("--target-dir")
        .arg(target)
        .output()
        .map_err(|e| format!("cannot run cargo: {e}"))?;
    let text = String::from_utf8_lossy(&output.stdout);
    if !output.status.success() {
        return Err(format!(
            "lookup-bench failed:\n{text}{}",
            String::from_utf8_lossy(&output.stderr)
        ));
    }
    let pair = |key: &str| -> Result<(f64, f64), String> {
        let line = text
            .lines()
            .find_map(|l| l.strip_prefix(key))
            .ok_or(format!("lookup-bench printed no `{key}` line"))?;
        let mut numbers = line.split_whitespace().map(str::parse::<f64>);
        match (numbers.next(), numbers.next()) {
            (Some(Ok(g)), Some(Ok(h))) => Ok((g, h)),
            _ => Err(format!("lookup-bench: bad line `{key}{line}`")),
        }
    };
    let (value, name) = (pair("value ")?, pair("name ")?);
    Ok(((value.0, name.0), (value.1, name.1)))
}

fn gzip_size(path: &Path) -> Result<usize, String> {
    let out = Command::new("node")
        .args(["-e", "const z=require('zlib'),f=require('fs');process.stdout.write(String(z.gzipSync(f.readFileSync(process.argv[1]),{level:9}).length))", &path.display().to_string()])
        .output()
        .map_err(|e| e.to_string())?;
    String::from_utf8_lossy(&out.stdout)
        .trim()
        .parse()
        .map_err(|_| "gzip size".to_owned())
}

/// esbuild bundles: one code set's lookup, and the whole package.
fn typescript_sizes(root: &Path, dir: &Path) -> Result<(), String> {
    let esbuild = root.join("tests/toolchain/node_modules/.bin/esbuild");
    if !esbuild.exists() {
        return Err(
            "esbuild is missing: run `cargo xtask test npm` to install the toolchain".into(),
        );
    }
    let src = root.join("generated/typescript/src");
    let ts = dir.join("ts");
    std::fs::create_dir_all(&ts).map_err(|e| e.to_string())?;
    let entries = [
        (
            "one code set's lookup",
            format!(
                "import {{ disconnectReasonName }} from {:?};\nconsole.log(disconnectReasonName(2));\n",
                src.join("livekit.ts").display().to_string()
            ),
        ),
        (
            "one code set's metadata",
            format!(
                "import {{ disconnectReasonInfo }} from {:?};\nconsole.log(disconnectReasonInfo(2));\n",
                src.join("livekit.ts").display().to_string()
            ),
        ),
        (
            "the whole package",
            format!(
                "import * as all from {:?};\nconsole.log(all);\n",
                src.join("index.ts").display().to_string()
            ),
        ),
    ];
    for (label, code) in entries {
        let entry = ts.join("entry.ts");
        let out = ts.join("bundle.js");
        std::fs::write(&entry, code).map_err(|e| e.to_string())?;
        let status = Command::new(&esbuild)
            .args([
                &entry.display().to_string(),
                "--bundle",
                "--minify",
                "--format=esm",
                "--tree-shaking=true",
                "--log-level=error",
                &format!("--outfile={}", out.display()),
            ])
            .status()
            .map_err(|e| e.to_string())?;
        if !status.success() {
            return Err("esbuild failed".into());
        }
        let bundle = std::fs::read_to_string(&out).map_err(|e| e.to_string())?;
        // The long text stays out of a bundle that only needs the codes.
        let long_text = bundle.contains("cause:") || bundle.contains("The server sent a leave");
        println!(
            "typescript bundle, {label}: {} B minified, {} B gzipped{}",
            bundle.len(),
            gzip_size(&out)?,
            if long_text {
                ", includes descriptions"
            } else {
                ", no descriptions"
            }
        );
    }
    Ok(())
}

/// Compiled class sizes per provider package.
fn kotlin_sizes(root: &Path, dir: &Path) -> Result<(), String> {
    let compiler = root.join("tests/toolchain/node_modules/kotlin-compiler/bin/kotlinc");
    let out = dir.join("kotlin-classes");
    let kotlin = root.join("generated/kotlin");
    let sources: Vec<PathBuf> = rtc_codegen::write::files_under(&kotlin, &|_| false)
        .map_err(|e| e.to_string())?
        .into_iter()
        .filter(|p| p.ends_with(".kt"))
        .map(|p| kotlin.join(p))
        .collect();
    let status = Command::new(&compiler)
        .arg("-d")
        .arg(&out)
        .args(&sources)
        .stderr(Stdio::null())
        .status()
        .map_err(|e| e.to_string())?;
    if !status.success() {
        return Err("kotlinc failed".into());
    }
    let base = out.join("rtc/errorcatalog");
    let mut line = String::from("kotlin classes:");
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(&base)
        .map_err(|e| e.to_string())?
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.is_dir())
        .collect();
    dirs.sort();
    let size_of = |d: &Path| -> u64 {
        std::fs::read_dir(d)
            .map(|r| {
                r.flatten()
                    .filter_map(|e| e.metadata().ok())
                    .filter(|m| m.is_file())
                    .map(|m| m.len())
                    .sum()
            })
            .unwrap_or(0)
    };
    for d in &dirs {
        let _ = write!(
            line,
            " {} {:.1} KiB,",
            d.file_name().unwrap().to_string_lossy(),
            size_of(d) as f64 / 1024.0
        );
    }
    let _ = write!(
        line,
        " shared types {:.1} KiB",
        size_of(&base) as f64 / 1024.0
    );
    println!("{line}");
    Ok(())
}

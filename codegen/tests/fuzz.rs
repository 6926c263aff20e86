//! A property test over the loader, the validator and the emitters: whatever bytes arrive as
//! spec files, the pipeline returns a catalog or diagnostics, never panics; every diagnostic
//! points inside the input it names; a catalog it accepts emits every target, byte-identically
//! when emitted again.
//!
//! Cases: arbitrary bytes, and the real spec mutated (bytes flipped, YAML punctuation inserted,
//! lines dropped, duplicated or swapped, files truncated). `cargo xtask test` runs a bounded
//! number; a longer run is
//!     FUZZ_CASES=200000 cargo test --release -p rtc-codegen --test fuzz -- --nocapture
//! and `FUZZ_SEED=<n>` replays a run.

use rtc_codegen::diagnostics::{Diagnostic, SourceFile};
use std::collections::BTreeSet;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::Path;

/// xorshift64*: small, fast, reproducible; no dependency needed.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

fn real_spec() -> Vec<SourceFile> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .join("spec");
    let (files, problems) = rtc_codegen::load::read_dir(&dir, "spec");
    assert!(problems.is_empty());
    files
}

const PUNCTUATION: &[&str] = &[
    ":",
    "- ",
    "[",
    "]",
    "{",
    "}",
    "&a ",
    "*a",
    "!!str ",
    "\"",
    "'",
    "#",
    "|",
    ">",
    "\t",
    "\n",
    "  ",
    "~",
    "null",
    "-1",
    "99999999999",
    "0x1F",
    ".inf",
    "? ",
    "<<: *a",
    "%YAML 1.2\n",
    "---\n",
    "...\n",
    "\u{feff}",
    "\u{202e}",
    "é",
];

fn mutate(rng: &mut Rng, text: &str) -> String {
    let mut bytes = text.as_bytes().to_vec();
    for _ in 0..=rng.below(4) {
        if bytes.is_empty() {
            break;
        }
        let at = rng.below(bytes.len());
        match rng.below(7) {
            0 => bytes[at] ^= 1 << rng.below(8),
            1 => {
                let p = PUNCTUATION[rng.below(PUNCTUATION.len())].as_bytes();
                bytes.splice(at..at, p.iter().copied());
            }
            2 => {
                let end = (at + rng.below(64)).min(bytes.len());
                bytes.drain(at..end);
            }
            3 => bytes.truncate(at),
            _ => {
                // Line-level edits keep the YAML mostly valid, so the validator and emitters
                // see unusual but well-formed specs.
                let mut lines: Vec<String> = String::from_utf8_lossy(&bytes)
                    .lines()
                    .map(str::to_owned)
                    .collect();
                if lines.len() < 2 {
                    continue;
                }
                let (i, j) = (rng.below(lines.len()), rng.below(lines.len()));
                match rng.below(3) {
                    0 => {
                        lines.remove(i);
                    }
                    1 => {
                        let l = lines[i].clone();
                        lines.insert(j, l);
                    }
                    _ => lines.swap(i, j),
                }
                bytes = lines.join("\n").into_bytes();
            }
        }
    }
    String::from_utf8_lossy(&bytes).into_owned()
}

fn random_bytes(rng: &mut Rng) -> String {
    let len = rng.below(512);
    let bytes: Vec<u8> = (0..len).map(|_| rng.next() as u8).collect();
    String::from_utf8_lossy(&bytes).into_owned()
}

/// The top-level entries of the output (`rust`, `typescript`, `catalog.json`, ...): one or more
/// per emitter, so a target that emits nothing shows as missing.
fn targets(files: &rtc_codegen::emit::Files) -> BTreeSet<String> {
    files
        .keys()
        .map(|path| path.split('/').next().unwrap_or(path).to_owned())
        .collect()
}

/// A diagnostic names one of the input files (or the taxonomy file the spec lacks), and its
/// place, if it has one, lies inside that file's text.
fn assert_inside(d: &Diagnostic, files: &[SourceFile]) {
    let Some(file) = files.iter().find(|f| f.path == d.file) else {
        assert_eq!(d.file, "taxonomy.yaml", "diagnostic names no input: {d:?}");
        return;
    };
    let Some((line, col)) = d.at else { return };
    let lines: Vec<&str> = file.text.split('\n').collect();
    assert!(
        (1..=lines.len()).contains(&line),
        "{d:?}: line {line} outside the file's {} lines",
        lines.len()
    );
    assert!(
        (1..=lines[line - 1].len() + 1).contains(&col),
        "{d:?}: column {col} outside line {line} ({} bytes)",
        lines[line - 1].len()
    );
}

/// The spec files of case `case`: arbitrary bytes in one file (one case in ten), otherwise one
/// or two files mutated. Every case draws from `rng` whether it is run here or not, so the cases
/// are the same whatever the number of workers.
fn case_files(rng: &mut Rng, spec: &[SourceFile], case: usize) -> Vec<SourceFile> {
    let mut files = spec.to_vec();
    if case.is_multiple_of(10) {
        let i = rng.below(files.len());
        files[i].text = random_bytes(rng);
    } else {
        for _ in 0..=rng.below(2) {
            let i = rng.below(files.len());
            files[i].text = mutate(rng, &files[i].text);
        }
    }
    files
}

/// Runs the pipeline on one case's files: `true` if the spec was accepted, `false` if rejected;
/// panics (caught by the caller) if a property does not hold.
fn check_case(files: &[SourceFile], case: usize, every_target: &BTreeSet<String>) -> bool {
    match rtc_codegen::catalog_from_sources(files.to_vec()) {
        Ok(catalog) => {
            let generated = rtc_codegen::generate(&catalog);
            assert_eq!(
                &targets(&generated),
                every_target,
                "an accepted spec emits every target"
            );
            // Emitting twice doubles the cost: one accepted case in four.
            assert!(
                !case.is_multiple_of(4) || generated == rtc_codegen::generate(&catalog),
                "the same catalog emitted different bytes"
            );
            true
        }
        Err(diagnostics) => {
            assert!(
                !diagnostics.items.is_empty(),
                "rejected without a diagnostic"
            );
            for d in &diagnostics.items {
                assert_inside(d, files);
            }
            let rendered = diagnostics.render();
            assert!(rendered.contains("error: "), "{rendered}");
            false
        }
    }
}

/// One worker's share of the cases (`case % workers == worker`): (accepted, rejected).
fn run_share(
    seed: u64,
    cases: usize,
    (worker, workers): (usize, usize),
    spec: &[SourceFile],
    every_target: &BTreeSet<String>,
) -> (usize, usize) {
    let mut rng = Rng(seed | 1);
    let (mut accepted, mut rejected) = (0, 0);
    for case in 0..cases {
        let files = case_files(&mut rng, spec, case);
        if case % workers != worker {
            continue;
        }
        match catch_unwind(AssertUnwindSafe(|| check_case(&files, case, every_target))) {
            Ok(true) => accepted += 1,
            Ok(false) => rejected += 1,
            Err(_) => {
                let dump = std::env::temp_dir().join(format!("rtc-fuzz-case-{seed}-{case}"));
                std::fs::create_dir_all(&dump).unwrap();
                for f in &files {
                    std::fs::write(dump.join(f.path.rsplit('/').next().unwrap()), &f.text).unwrap();
                }
                panic!(
                    "case {case} (FUZZ_SEED={seed}) panicked; its spec is in {}",
                    dump.display()
                );
            }
        }
    }
    (accepted, rejected)
}

#[test]
fn the_pipeline_never_panics() {
    let cases: usize = std::env::var("FUZZ_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(400);
    let seed: u64 = std::env::var("FUZZ_SEED")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(0x5EED_CAFE);
    let spec = real_spec();
    let every_target = targets(&rtc_codegen::generate(
        &rtc_codegen::catalog_from_sources(spec.clone()).unwrap_or_else(|d| panic!("{d}")),
    ));
    // The cases are independent: one worker per core.
    let workers = std::thread::available_parallelism().map_or(1, |n| n.get());
    let shares: Vec<(usize, usize)> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..workers)
            .map(|worker| {
                let (spec, every_target) = (&spec, &every_target);
                scope.spawn(move || run_share(seed, cases, (worker, workers), spec, every_target))
            })
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
            .collect()
    });
    let accepted: usize = shares.iter().map(|s| s.0).sum();
    let rejected: usize = shares.iter().map(|s| s.1).sum();
    println!("fuzz: {cases} cases, {accepted} accepted, {rejected} rejected, seed {seed}");
    assert!(
        rejected > 0 && accepted > 0,
        "the mutations should produce both outcomes"
    );
}

//! `lookup-bench`: nanoseconds per lookup in the generated crate against hand-written matches
//! over the same LiveKit DisconnectReason values. Run by `cargo xtask bench` (release build);
//! prints `value GEN HAND` and `name GEN HAND` lines.

use rtc_error_catalog::livekit::DisconnectReason;
use std::time::Instant;

/// Hand-written lookups over the same LiveKit DisconnectReason values, as an app would write them.
#[inline(never)]
fn hand_from_value(v: i32) -> Option<u8> {
    match v {
        0 => Some(0),
        1 => Some(1),
        2 => Some(2),
        3 => Some(3),
        4 => Some(4),
        5 => Some(5),
        6 => Some(6),
        7 => Some(7),
        8 => Some(8),
        9 => Some(9),
        10 => Some(10),
        11 => Some(11),
        12 => Some(12),
        13 => Some(13),
        14 => Some(14),
        15 => Some(15),
        16 => Some(16),
        _ => None,
    }
}

#[inline(never)]
fn hand_from_name(name: &str) -> Option<u8> {
    match name {
        "UNKNOWN_REASON" => Some(0),
        "CLIENT_INITIATED" => Some(1),
        "DUPLICATE_IDENTITY" => Some(2),
        "SERVER_SHUTDOWN" => Some(3),
        "PARTICIPANT_REMOVED" => Some(4),
        "ROOM_DELETED" => Some(5),
        "STATE_MISMATCH" => Some(6),
        "JOIN_FAILURE" => Some(7),
        "MIGRATION" => Some(8),
        "SIGNAL_CLOSE" => Some(9),
        "ROOM_CLOSED" => Some(10),
        "USER_UNAVAILABLE" => Some(11),
        "USER_REJECTED" => Some(12),
        "SIP_TRUNK_FAILURE" => Some(13),
        "CONNECTION_TIMEOUT" => Some(14),
        "MEDIA_FAILURE" => Some(15),
        "AGENT_ERROR" => Some(16),
        _ => None,
    }
}

#[inline(never)]
fn generated_from_value(v: i32) -> Option<DisconnectReason> {
    DisconnectReason::from_value(v)
}

#[inline(never)]
fn generated_from_name(name: &str) -> Option<DisconnectReason> {
    DisconnectReason::from_name(name)
}

/// Nanoseconds per lookup (value, name): generated and hand-written, medians of 9 rounds.
fn lookup_bench() -> ((f64, f64), (f64, f64)) {
    use std::hint::black_box;
    let names: Vec<&str> = DisconnectReason::ALL
        .iter()
        .map(|c| c.name())
        .chain(["NOT_A_REASON"])
        .collect();
    const N: usize = 2_000_000;
    let round = |f: &dyn Fn(usize) -> bool| {
        let t = Instant::now();
        let mut hits = 0usize;
        for i in 0..N {
            hits += usize::from(f(black_box(i)));
        }
        black_box(hits);
        t.elapsed().as_secs_f64() * 1e9 / N as f64
    };
    let mut samples = [Vec::new(), Vec::new(), Vec::new(), Vec::new()];
    for _ in 0..9 {
        samples[0].push(round(&|i| {
            generated_from_value(black_box((i % 19) as i32)).is_some()
        }));
        samples[1].push(round(&|i| {
            hand_from_value(black_box((i % 19) as i32)).is_some()
        }));
        samples[2].push(round(&|i| {
            generated_from_name(black_box(names[i % names.len()])).is_some()
        }));
        samples[3].push(round(&|i| {
            hand_from_name(black_box(names[i % names.len()])).is_some()
        }));
    }
    let [gv, hv, gn, hn] = samples.map(median);
    ((gv, gn), (hv, hn))
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

fn main() {
    let ((gv, gn), (hv, hn)) = lookup_bench();
    println!("value {gv:.3} {hv:.3}");
    println!("name {gn:.3} {hn:.3}");
}

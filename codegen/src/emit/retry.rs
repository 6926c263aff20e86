//! The retry-delay rule of spec/README.md ("Retry schedules"), written once here as the
//! reference every binding's helper is checked against, and the vectors that check them.
//!
//! The vectors are derived from the spec: for each distinct schedule, the first code that has
//! it, asked at the edges (attempt 0, the first retries, the attempt where the cap is reached,
//! the last attempt, one past it) with random numbers at 0, in the middle, just under 1 and
//! out of range; plus the first code without a schedule.

use crate::model::*;

/// The random numbers every vector row is asked with (`1.0` is out of range: it counts as 0).
const RANDOMS: [f64; 4] = [0.0, 0.5, 0.999999, 1.0];

/// Milliseconds to wait before retry `attempt` (1 = the first retry), or `None` to give up.
pub fn delay_ms(s: &Schedule, attempt: u32, random: f64) -> Option<u32> {
    if attempt == 0 || attempt > s.max_attempts {
        return None;
    }
    let random = if (0.0..1.0).contains(&random) {
        random
    } else {
        0.0
    };
    let delay = base_delay(s, attempt);
    let jittered = match s.jitter {
        Jitter::None => delay,
        Jitter::Full => (random * (delay + 1) as f64).floor() as u64,
        Jitter::Equal => {
            let half = delay / 2;
            half + (random * (delay - half + 1) as f64).floor() as u64
        }
    };
    Some(jittered.min(delay) as u32)
}

/// The capped delay before jitter: `min(initial, cap)`, then `min(cap, floor(d * m / 1000))`
/// once per further attempt.
fn base_delay(s: &Schedule, attempt: u32) -> u64 {
    let cap = u64::from(s.max_delay_ms);
    let mut delay = u64::from(s.initial_delay_ms).min(cap);
    for _ in 1..attempt {
        delay = (delay * u64::from(s.multiplier_thousandths) / 1000).min(cap);
    }
    delay
}

/// One question to every binding's helper and the answer the rule gives.
#[derive(Debug, Clone, PartialEq, serde::Serialize, schemars::JsonSchema)]
pub struct RetryVector {
    /// The code asked about, `provider/code_set/NAME`.
    pub code: String,
    /// The retry number.
    pub attempt: u32,
    /// The random number passed in.
    pub random: f64,
    /// The expected delay; `None` (null) to give up.
    pub delay_ms: Option<u32>,
}

/// The vectors for `catalog`, in catalog order.
pub fn vectors(catalog: &Catalog) -> Vec<RetryVector> {
    let mut seen: Vec<&Schedule> = Vec::new();
    let mut without_schedule = false;
    let mut out = Vec::new();
    for p in &catalog.providers {
        for set in &p.code_sets {
            for code in &set.codes {
                let link = format!("{}/{}/{}", p.id.raw, set.id.raw, code.name.raw);
                let attempts = match &code.schedule {
                    Some(s) if !seen.contains(&s) => {
                        seen.push(s);
                        edge_attempts(s)
                    }
                    None if !without_schedule => {
                        without_schedule = true;
                        vec![0, 1, 2]
                    }
                    _ => continue,
                };
                for attempt in attempts {
                    for random in RANDOMS {
                        out.push(RetryVector {
                            code: link.clone(),
                            attempt,
                            random,
                            delay_ms: code
                                .schedule
                                .as_ref()
                                .and_then(|s| delay_ms(s, attempt, random)),
                        });
                    }
                }
            }
        }
    }
    out
}

/// 0, 1, 2, the first attempt whose delay is capped, the last attempt and the one after it.
fn edge_attempts(s: &Schedule) -> Vec<u32> {
    let capped = (1..=s.max_attempts)
        .find(|&a| base_delay(s, a) == u64::from(s.max_delay_ms))
        .unwrap_or(s.max_attempts);
    let mut attempts = vec![0, 1, 2, capped, s.max_attempts, s.max_attempts + 1];
    attempts.sort_unstable();
    attempts.dedup();
    attempts
}

#[cfg(test)]
mod tests {
    use super::*;

    fn schedule(jitter: Jitter) -> Schedule {
        Schedule {
            initial_delay_ms: 100,
            multiplier_thousandths: 1500,
            max_delay_ms: 1000,
            jitter,
            max_attempts: 8,
            basis: String::new(),
            reference: None,
        }
    }

    #[test]
    fn the_rule_by_hand() {
        let none = schedule(Jitter::None);
        // 100, 150, 225, 337 (floor of 337.5), 505, 757, 1000 (1135 capped), 1000.
        let expected = [100, 150, 225, 337, 505, 757, 1000, 1000];
        for (i, want) in expected.iter().enumerate() {
            assert_eq!(
                delay_ms(&none, i as u32 + 1, 0.7),
                Some(*want),
                "attempt {}",
                i + 1
            );
        }
        assert_eq!(delay_ms(&none, 0, 0.0), None);
        assert_eq!(delay_ms(&none, 9, 0.0), None);
        let full = schedule(Jitter::Full);
        assert_eq!(delay_ms(&full, 2, 0.0), Some(0));
        // floor(0.5 * 151) = 75; just under 1 gives the whole delay.
        assert_eq!(delay_ms(&full, 2, 0.5), Some(75));
        assert_eq!(delay_ms(&full, 2, 0.999999), Some(150));
        assert_eq!(delay_ms(&full, 2, f64::NAN), Some(0));
        let equal = schedule(Jitter::Equal);
        // half = 112; 112 + floor(r * 114).
        assert_eq!(delay_ms(&equal, 3, 0.0), Some(112));
        assert_eq!(delay_ms(&equal, 3, 0.5), Some(169));
        assert_eq!(delay_ms(&equal, 3, 0.999999), Some(225));
        assert_eq!(delay_ms(&equal, 3, 1.0), Some(112));
        assert_eq!(edge_attempts(&none), vec![0, 1, 2, 7, 8, 9]);
    }
}

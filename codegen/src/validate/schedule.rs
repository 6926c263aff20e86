//! Retry schedules: each policy's, and a code's own fields over its policy's. The numbers are
//! bounded so every binding computes delays in exact integers (spec/README.md, "Retry schedules").

use super::{Validator, place};
use crate::model::*;
use crate::spec::{self, ScheduleOverrideSpec, ScheduleSpec};
use serde_saphyr::Spanned;

/// The longest delay a schedule may give: one day.
const MAX_DELAY_MS: u64 = 86_400_000;
/// The most retries a schedule may allow.
const MAX_ATTEMPTS: u64 = 100;
/// The largest multiplier, in thousandths (x100).
const MAX_MULTIPLIER_THOUSANDTHS: u64 = 100_000;

impl Validator {
    /// A retry policy's schedule, checked.
    pub(super) fn policy_schedule(
        &mut self,
        path: &str,
        policy: &str,
        s: &ScheduleSpec,
    ) -> Schedule {
        let what = format!("retry policy `{policy}`");
        if s.basis.trim().is_empty() {
            self.error(place(path, s.initial_delay_ms.referenced), format!("{what}: the schedule's `basis` is empty"), "say where the numbers come from (gRPC retry design, AWS SDK standard mode, an SDK's constants)");
        }
        let schedule = Schedule {
            initial_delay_ms: self.delay(path, &what, "initial_delay_ms", &s.initial_delay_ms),
            multiplier_thousandths: self.multiplier(path, &what, &s.multiplier),
            max_delay_ms: self.delay(path, &what, "max_delay_ms", &s.max_delay_ms),
            jitter: s.jitter,
            max_attempts: self.attempts(path, &what, &s.max_attempts),
            basis: s.basis.clone(),
            reference: None,
        };
        self.cap_order(path, &what, s.max_delay_ms.referenced, &schedule);
        schedule
    }

    /// A code's schedule: its policy's with the code's own fields over it.
    pub(super) fn code_schedule(
        &mut self,
        path: &str,
        label: &str,
        at: serde_saphyr::Location,
        policy: Option<&Schedule>,
        own: Option<&ScheduleOverrideSpec>,
    ) -> Option<Schedule> {
        let Some(o) = own else {
            return policy.cloned();
        };
        let missing: Vec<&str> = [
            ("initial_delay_ms", o.initial_delay_ms.is_none()),
            ("multiplier", o.multiplier.is_none()),
            ("max_delay_ms", o.max_delay_ms.is_none()),
            ("jitter", o.jitter.is_none()),
            ("max_attempts", o.max_attempts.is_none()),
        ]
        .into_iter()
        .filter(|(_, absent)| *absent)
        .map(|(name, _)| name)
        .collect();
        let base = match policy {
            Some(p) => p.clone(),
            None if missing.is_empty() => Schedule {
                initial_delay_ms: 0,
                multiplier_thousandths: 1000,
                max_delay_ms: 0,
                jitter: spec::Jitter::None,
                max_attempts: 1,
                basis: String::new(),
                reference: None,
            },
            None => {
                self.error(place(path, at), format!("{label}: `retry_schedule` lacks {} and its retry policy has no schedule to take them from", missing.join(", ")), "give every schedule field, or use a retry policy that has a schedule");
                return None;
            }
        };
        let basis = o.basis.as_ref().map(|b| b.value);
        if basis == Some(Basis::Provider)
            && o.reference.as_ref().is_none_or(|r| r.trim().is_empty())
        {
            self.error(
                place(path, o.basis.as_ref().unwrap().referenced),
                format!("{label}: `retry_schedule` has `basis: provider` but no `reference`"),
                "add `reference:` with the provider's docs URL or `package@version file`",
            );
        }
        let schedule = Schedule {
            initial_delay_ms: o
                .initial_delay_ms
                .as_ref()
                .map_or(base.initial_delay_ms, |d| {
                    self.delay(path, label, "initial_delay_ms", d)
                }),
            multiplier_thousandths: o
                .multiplier
                .as_ref()
                .map_or(base.multiplier_thousandths, |m| {
                    self.multiplier(path, label, m)
                }),
            max_delay_ms: o.max_delay_ms.as_ref().map_or(base.max_delay_ms, |d| {
                self.delay(path, label, "max_delay_ms", d)
            }),
            jitter: o.jitter.unwrap_or(base.jitter),
            max_attempts: o
                .max_attempts
                .as_ref()
                .map_or(base.max_attempts, |a| self.attempts(path, label, a)),
            basis: basis.unwrap_or(Basis::Catalog).as_str().to_owned(),
            reference: o.reference.clone(),
        };
        self.cap_order(path, label, at, &schedule);
        Some(schedule)
    }

    fn delay(&mut self, path: &str, what: &str, field: &str, d: &Spanned<u64>) -> u32 {
        if d.value > MAX_DELAY_MS {
            self.error(
                place(path, d.referenced),
                format!("{what}: `{field}` {} is longer than a day", d.value),
                "give a delay in milliseconds of at most 86400000",
            );
            return 0;
        }
        d.value as u32
    }

    /// The multiplier in thousandths: 1 to 100, at most three decimals.
    fn multiplier(&mut self, path: &str, what: &str, m: &Spanned<f64>) -> u32 {
        let thousandths = (m.value * 1000.0).round();
        let exact = (m.value * 1000.0 - thousandths).abs() < 1e-6;
        if !(exact && (1000.0..=MAX_MULTIPLIER_THOUSANDTHS as f64).contains(&thousandths)) {
            self.error(place(path, m.referenced), format!("{what}: `multiplier` {} is not a number from 1 to 100 with at most three decimals", m.value), "write e.g. `1` (constant), `1.5` or `2`");
            return 1000;
        }
        thousandths as u32
    }

    fn attempts(&mut self, path: &str, what: &str, a: &Spanned<u64>) -> u32 {
        if !(1..=MAX_ATTEMPTS).contains(&a.value) {
            self.error(place(path, a.referenced), format!("{what}: `max_attempts` {} is not between 1 and {MAX_ATTEMPTS}", a.value), "give the number of retries after which to give up; a policy that never retries has no schedule");
            return 1;
        }
        a.value as u32
    }

    fn cap_order(&mut self, path: &str, what: &str, at: serde_saphyr::Location, s: &Schedule) {
        if s.initial_delay_ms > s.max_delay_ms {
            self.error(
                place(path, at),
                format!(
                    "{what}: `initial_delay_ms` {} is above `max_delay_ms` {}",
                    s.initial_delay_ms, s.max_delay_ms
                ),
                "the cap bounds every delay: raise `max_delay_ms` or lower `initial_delay_ms`",
            );
        }
    }
}

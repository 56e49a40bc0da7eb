//! The 72-hour compliance report: from the follow-up ledger, per library (as the destination of
//! referrals, as the origin of the chats, as the library on duty when the decision was made), by
//! rule, by category, per week or month.
//!
//! The figures (docs/FORMATS.md, "The report"):
//! - `referred`: chats with a referral (a chat without an e-mail address has none: no follow-up is
//!   owed, and it is not counted);
//! - `answered`: of those, answered, closed or marked done; `answered_within_72h`: by the deadline
//!   (72 elapsed hours after the chat's start, the deadline itself included); `late`: after it;
//! - `overdue_now`: not answered and past the deadline at the report's instant; `open_now`: not
//!   answered, not yet due;
//! - `compliance_rate`: answered within 72 hours over the chats whose outcome is settled
//!   (answered, or past the deadline): `within / (within + late + overdue_now)`; none when no chat
//!   is settled;
//! - `median_hours`, `p90_hours`: of the time from the chat's start to its follow-up, over the
//!   answered chats. The median of an even count is the mean of the two middle values; the 90th
//!   percentile is the nearest rank (the ⌈0.9·n⌉-th smallest). In hours, to one decimal.

use crate::ledger::{Followup, State};
use chrono::{DateTime, Datelike, Duration, NaiveDate, Utc};
use chrono_tz::Tz;
use serde::Serialize;
use std::collections::BTreeMap;

/// The three ways a library takes part in a chat.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Role {
    /// The library the follow-up was referred to.
    Destination,
    /// The library whose account the chat came from.
    Origin,
    /// The library on Shared Follow-Up duty when the decision was made.
    OnDuty,
}

one_name!(Role {
    Destination => "destination",
    Origin => "origin",
    OnDuty => "on-duty",
});

/// What the rows are grouped by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum By {
    /// One row per library and role (a chat counts once for each of its three libraries).
    Library,
    Rule,
    Category,
    /// The ISO week of the chat's start ("2026-W45").
    Week,
    /// The month of the chat's start ("2026-11").
    Month,
}

/// Which chats a report covers. Library names are directory ids as the ledger holds them (or,
/// for a library the directory does not know, its name; compared in any case).
#[derive(Debug, Clone, Default)]
pub struct Filter {
    /// The chat's start, civil date in the schedule's zone, from and to (both included).
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
    /// In any role.
    pub library: Option<String>,
    pub destination: Option<String>,
    pub origin: Option<String>,
}

fn same(a: &str, b: &str) -> bool {
    a.eq_ignore_ascii_case(b.trim())
}

impl Filter {
    pub fn keeps(&self, f: &Followup, tz: Tz) -> bool {
        let date = f.decision.started_at.with_timezone(&tz).date_naive();
        self.from.is_none_or(|d| date >= d)
            && self.to.is_none_or(|d| date <= d)
            && self
                .library
                .as_deref()
                .is_none_or(|l| Role::ALL.iter().any(|r| same(&library_in(f, *r), l)))
            && self
                .destination
                .as_deref()
                .is_none_or(|l| same(&library_in(f, Role::Destination), l))
            && self
                .origin
                .as_deref()
                .is_none_or(|l| same(&library_in(f, Role::Origin), l))
    }
}

/// The library a chat has in a role: its directory id, else the name as recorded.
pub fn library_in(f: &Followup, role: Role) -> String {
    let d = &f.decision;
    match role {
        Role::Destination => d
            .destination_id
            .clone()
            .or_else(|| d.destination.clone())
            .unwrap_or_default(),
        Role::Origin => d.origin_id.clone().unwrap_or_else(|| d.origin.clone()),
        Role::OnDuty => d
            .decided_by
            .clone()
            .unwrap_or_else(|| "(no one on duty)".to_string()),
    }
}

/// The figures of one group of chats.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Metrics {
    pub referred: u64,
    pub answered: u64,
    pub answered_within_72h: u64,
    pub late: u64,
    pub overdue_now: u64,
    pub open_now: u64,
    pub compliance_rate: Option<f64>,
    pub median_hours: Option<f64>,
    pub p90_hours: Option<f64>,
}

/// One row of the report: the group (the dimensions not grouped by are empty) and its figures.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Row {
    pub role: Option<Role>,
    pub library: Option<String>,
    pub rule: Option<String>,
    pub category: Option<String>,
    pub period: Option<String>,
    #[serde(flatten)]
    pub metrics: Metrics,
}

/// Adds up chats into [`Metrics`].
#[derive(Debug, Clone, Default)]
struct Acc {
    referred: u64,
    within: u64,
    late: u64,
    overdue: u64,
    open: u64,
    minutes: Vec<i64>,
}

impl Acc {
    fn add(&mut self, f: &Followup, now: DateTime<Utc>) {
        match f.state_at(now) {
            State::NotOwed => return,
            State::Open => self.open += 1,
            State::Overdue => self.overdue += 1,
            State::Done => {
                if f.within_deadline() == Some(true) {
                    self.within += 1;
                } else {
                    self.late += 1;
                }
                if let Some(d) = f.time_to_follow_up() {
                    self.minutes.push(d.num_minutes());
                }
            }
        }
        self.referred += 1;
    }

    fn metrics(mut self) -> Metrics {
        self.minutes.sort_unstable();
        let settled = self.within + self.late + self.overdue;
        Metrics {
            referred: self.referred,
            answered: self.within + self.late,
            answered_within_72h: self.within,
            late: self.late,
            overdue_now: self.overdue,
            open_now: self.open,
            compliance_rate: (settled > 0).then(|| round(self.within as f64 / settled as f64, 3)),
            median_hours: median(&self.minutes).map(|m| round(m / 60.0, 1)),
            p90_hours: nearest_rank(&self.minutes, 0.9).map(|m| round(m as f64 / 60.0, 1)),
        }
    }
}

fn round(x: f64, places: i32) -> f64 {
    let k = 10f64.powi(places);
    (x * k).round() / k
}

/// The median of sorted values: the middle one, or the mean of the two middle ones.
pub fn median(sorted: &[i64]) -> Option<f64> {
    let n = sorted.len();
    match n {
        0 => None,
        _ if n % 2 == 1 => Some(sorted[n / 2] as f64),
        _ => Some((sorted[n / 2 - 1] + sorted[n / 2]) as f64 / 2.0),
    }
}

/// The nearest-rank percentile of sorted values: the ⌈p·n⌉-th smallest.
pub fn nearest_rank(sorted: &[i64], p: f64) -> Option<i64> {
    if sorted.is_empty() {
        return None;
    }
    let rank = (p * sorted.len() as f64).ceil() as usize;
    Some(sorted[rank.clamp(1, sorted.len()) - 1])
}

/// The period a chat falls in.
pub fn period_of(f: &Followup, by: By, tz: Tz) -> String {
    let d = f.decision.started_at.with_timezone(&tz).date_naive();
    match by {
        By::Week => {
            let w = d.iso_week();
            format!("{}-W{:02}", w.year(), w.week())
        }
        _ => format!("{}-{:02}", d.year(), d.month()),
    }
}

/// The rows for the chats, grouped by every dimension of `by` at once (none: one row of totals).
/// Rows come sorted by their group.
pub fn aggregate(followups: &[&Followup], by: &[By], now: DateTime<Utc>, tz: Tz) -> Vec<Row> {
    let mut a = Aggregate::new(by, now, tz);
    for f in followups {
        a.add(f);
    }
    a.rows()
}

/// A group: role, library, rule, category, period.
type Key = (
    Option<Role>,
    Option<String>,
    Option<String>,
    Option<String>,
    Option<String>,
);

/// [`aggregate`] one chat at a time, so that a ledger is added up as it is read: what is held is
/// the groups and the answered chats' times to follow-up, not the chats.
pub struct Aggregate {
    by: Vec<By>,
    now: DateTime<Utc>,
    tz: Tz,
    groups: BTreeMap<Key, Acc>,
}

impl Aggregate {
    /// Groups by `by`; a group named twice is one group (`library,library` counted each chat
    /// once per role for every time it was named).
    pub fn new(by: &[By], now: DateTime<Utc>, tz: Tz) -> Aggregate {
        let mut once = Vec::with_capacity(by.len());
        for b in by {
            if !once.contains(b) {
                once.push(*b);
            }
        }
        Aggregate {
            by: once,
            now,
            tz,
            groups: BTreeMap::new(),
        }
    }

    pub fn add(&mut self, f: &Followup) {
        let mut keys: Vec<Key> = vec![(None, None, None, None, None)];
        for b in &self.by {
            keys = match b {
                By::Library => keys
                    .into_iter()
                    .flat_map(|k| {
                        Role::ALL.iter().map(move |&r| {
                            let mut k = k.clone();
                            k.0 = Some(r);
                            k
                        })
                    })
                    .map(|mut k| {
                        k.1 = Some(library_in(f, k.0.expect("set above")));
                        k
                    })
                    .collect(),
                By::Rule => keys
                    .into_iter()
                    .map(|mut k| {
                        // By name, so that the rows come in the order of the names.
                        k.2 = Some(f.decision.rule.as_str().to_string());
                        k
                    })
                    .collect(),
                By::Category => keys
                    .into_iter()
                    .map(|mut k| {
                        k.3 = Some(f.decision.category.clone());
                        k
                    })
                    .collect(),
                By::Week | By::Month => keys
                    .into_iter()
                    .map(|mut k| {
                        k.4 = Some(period_of(f, *b, self.tz));
                        k
                    })
                    .collect(),
            };
        }
        for k in keys {
            self.groups.entry(k).or_default().add(f, self.now);
        }
    }

    pub fn rows(self) -> Vec<Row> {
        self.groups
            .into_iter()
            .filter(|(_, acc)| acc.referred > 0)
            .map(|((role, library, rule, category, period), acc)| Row {
                role,
                library,
                rule,
                category,
                period,
                metrics: acc.metrics(),
            })
            .collect()
    }
}

/// The time-to-follow-up distribution: answered chats in each bucket of hours
/// (`[0,12)`, `[12,24)`, `[24,48)`, `[48,72]`, `(72,96]`, `(96,∞)`), labelled "0–12 h" … "96+ h".
pub fn distribution(followups: &[&Followup]) -> Vec<(&'static str, u64)> {
    let mut d = Distribution::default();
    for f in followups {
        d.add(f);
    }
    d.buckets()
}

/// [`distribution`] one chat at a time.
pub struct Distribution([(&'static str, u64); 6]);

impl Default for Distribution {
    fn default() -> Distribution {
        Distribution([
            ("0–12 h", 0),
            ("12–24 h", 0),
            ("24–48 h", 0),
            ("48–72 h", 0),
            ("72–96 h", 0),
            ("96+ h", 0),
        ])
    }
}

impl Distribution {
    pub fn add(&mut self, f: &Followup) {
        let Some(d) = f.time_to_follow_up() else {
            return;
        };
        if !f.decision.owed() {
            return;
        }
        let i = if d < Duration::hours(12) {
            0
        } else if d < Duration::hours(24) {
            1
        } else if d < Duration::hours(48) {
            2
        } else if d <= Duration::hours(72) {
            3
        } else if d <= Duration::hours(96) {
            4
        } else {
            5
        };
        self.0[i].1 += 1;
    }

    pub fn buckets(self) -> Vec<(&'static str, u64)> {
        self.0.to_vec()
    }
}

#[cfg(test)]
mod tests;

//! The weekly schedule: which library checks Shared Follow-Up in which block, who takes law chats,
//! the substitutes in order of preference, and whom to escalate to.
//!
//! Blocks are civil weekday + clock times in the schedule's zone, half-open `[start, end)`, of any
//! length; an overnight block (`overnight`, end before start) runs into the next day. Dated
//! occurrences ([`Schedule::shifts`]) are real instants, so every question about "now" is answered
//! by comparing instants, and DST nights need no special case.

mod parse;

pub use parse::{parse_schedule, parse_schedule_all, LongRow};

use crate::time::{resolve_boundary, Clock};
use anyhow::Result;
use chrono::{DateTime, Datelike, Duration, NaiveDate, Utc, Weekday};
use chrono_tz::Tz;
use serde::Serialize;

/// The default schedule (rules.md §1), compiled in.
pub const DEFAULT_SCHEDULE_CSV: &str = include_str!("../../data/schedule.csv");

/// What a row of the schedule assigns.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Duty {
    /// Checks the Shared Follow-Up folder twice in the block.
    SharedFollowUp,
    /// Takes law chats (the "anytime" law line).
    Law,
    /// A substitute library, in order of preference.
    Substitute,
    /// Whom to contact when no coverage is found.
    Escalation,
    /// Not a duty: the hours the cooperative means Shared Follow-Up to be covered (a row with a
    /// day and times, no library). Reminders of "no one on duty" are only for these hours.
    ServiceHours,
}

one_name!(Duty {
    SharedFollowUp => "shared-follow-up",
    Law => "law",
    Substitute => "substitute",
    Escalation => "escalation",
    ServiceHours => "service-hours",
} parse by hand);

impl Duty {
    pub fn parse(s: &str) -> Option<Duty> {
        let k = crate::io::header_key(s);
        Some(match k.as_str() {
            "" | "sharedfollowup" | "sharedfollowups" | "sfu" | "followup" | "shared" => {
                Duty::SharedFollowUp
            }
            "law" | "lawchats" | "lawchatsonly" | "lawline" => Duty::Law,
            "substitute" | "sub" | "substitutes" => Duty::Substitute,
            "escalation" | "escalate" | "coordinator" | "coordinators" => Duty::Escalation,
            "servicehours" | "hours" | "service" | "open" | "openinghours" => Duty::ServiceHours,
            _ => return None,
        })
    }
}

/// One weekly block of duty.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Block {
    pub day: Weekday,
    pub start: Clock,
    pub end: Clock,
    /// The library as the schedule names it ("Pratt/SLRC").
    pub library: String,
    pub duty: Duty,
    pub best_effort: bool,
    /// Marked as shared by design: not an overlap.
    pub shared: bool,
    pub note: String,
    /// First date the block is in force.
    pub effective: Option<NaiveDate>,
    /// Last date the block is in force (a library withdrawing from it); `None`: no end.
    pub until: Option<NaiveDate>,
    pub updated: Option<NaiveDate>,
    /// Where it came from, for messages ("schedule.csv: line 4").
    #[serde(skip)]
    pub origin: String,
}

impl Block {
    /// True when the block runs past midnight into the next day.
    pub fn overnight(&self) -> bool {
        self.end <= self.start
    }

    /// Civil length in minutes.
    pub fn minutes(&self) -> u32 {
        let (s, e) = (self.start.minutes() as u32, self.end.minutes() as u32);
        if e > s {
            e - s
        } else {
            e + 1440 - s
        }
    }

    /// Whether the civil weekly minute `(day, minute)` falls in the block, with `minute < 1440`.
    pub fn covers_civil(&self, day: Weekday, minute: u16) -> bool {
        if self.overnight() {
            (day == self.day && minute >= self.start.minutes())
                || (day == self.day.succ() && minute < self.end.minutes())
        } else {
            day == self.day && minute >= self.start.minutes() && minute < self.end.minutes()
        }
    }

    pub fn in_force_on(&self, date: NaiveDate) -> bool {
        self.effective.is_none_or(|e| date >= e) && self.until.is_none_or(|u| date <= u)
    }

    /// True when some date is in force for both blocks.
    pub fn in_force_together(&self, other: &Block) -> bool {
        let from = self.effective.max(other.effective);
        let to = match (self.until, other.until) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        };
        match (from, to) {
            (Some(f), Some(t)) => f <= t,
            _ => true,
        }
    }
}

/// A library named without a block: a substitute or an escalation contact.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Named {
    pub library: String,
    pub note: String,
    #[serde(skip)]
    pub origin: String,
}

/// A whole schedule.
#[derive(Debug, Clone, Default)]
pub struct Schedule {
    /// Where it was read from ("(embedded default)" or a path).
    pub source: String,
    pub blocks: Vec<Block>,
    /// In order of preference.
    pub substitutes: Vec<Named>,
    pub escalation: Vec<Named>,
    /// The service hours the schedule declares, by weekday; empty: not declared (then they run
    /// from the earliest block start to the latest block end, see [`Schedule::service_hours_on`]).
    pub service_hours: Vec<Hours>,
    /// What was read leniently (an Excel-saved file), for a note to the user.
    pub notes: Vec<String>,
}

/// Service hours on one weekday.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Hours {
    pub day: Weekday,
    pub start: Clock,
    pub end: Clock,
    #[serde(skip)]
    pub origin: String,
}

/// A dated occurrence of a block: a shift.
#[derive(Debug, Clone, PartialEq)]
pub struct Shift<'a> {
    pub block: &'a Block,
    /// The civil date the block starts on.
    pub date: NaiveDate,
    pub start: DateTime<Tz>,
    pub end: DateTime<Tz>,
}

impl Shift<'_> {
    pub fn contains(&self, t: DateTime<Utc>) -> bool {
        self.start.with_timezone(&Utc) <= t && t < self.end.with_timezone(&Utc)
    }

    /// The instant the second check window opens: half the block's real length after its start.
    pub fn midpoint(&self) -> DateTime<Tz> {
        self.start + (self.end - self.start) / 2
    }

    /// 1 in the first half of the block, 2 in the second.
    pub fn check_at(&self, t: DateTime<Utc>) -> u8 {
        if t < self.midpoint().with_timezone(&Utc) {
            1
        } else {
            2
        }
    }
}

impl Schedule {
    /// One cell of the weekly grid: the libraries on `duty` from `start` to `end` on `day`
    /// ("Pratt/SLRC (best effort)", several joined by " & "), or "—".
    pub fn grid_cell(&self, duty: Duty, start: Clock, end: Clock, day: Weekday) -> String {
        let names: Vec<String> = self
            .blocks
            .iter()
            .filter(|b| b.duty == duty && b.start == start && b.end == end && b.day == day)
            .map(|b| {
                if b.best_effort {
                    format!("{} (best effort)", b.library)
                } else {
                    b.library.clone()
                }
            })
            .collect();
        if names.is_empty() {
            "—".to_string()
        } else {
            names.join(" & ")
        }
    }

    /// The embedded default schedule.
    pub fn default_schedule() -> Schedule {
        parse_schedule(
            "(embedded default)",
            DEFAULT_SCHEDULE_CSV.as_bytes(),
            crate::io::InputFormat::Csv,
        )
        .expect("the embedded schedule is valid")
    }

    /// Reads a schedule file (long CSV/TSV, JSON, JSON Lines, or the grid CSV).
    pub fn load(path: &str, format: Option<crate::io::InputFormat>) -> Result<Schedule> {
        let bytes = crate::io::read_all(path)?;
        let name = crate::io::display_name(path);
        let format = crate::io::detect_format(format, path, &bytes[..bytes.len().min(4096)]);
        parse_schedule(&name, &bytes, format)
    }

    /// The service hours of a weekday, as civil spans `(start, end)` of that day (`24:00` ends
    /// it). Declared hours when the schedule has any; else one span from the earliest block start
    /// to the latest block end of the week (the whole day once a block runs overnight).
    pub fn service_hours_on(&self, day: Weekday) -> Vec<(Clock, Clock)> {
        if !self.service_hours.is_empty() {
            let mut out: Vec<(Clock, Clock)> = self
                .service_hours
                .iter()
                .filter(|h| h.day == day)
                .map(|h| (h.start, h.end))
                .collect();
            out.sort();
            return out;
        }
        let blocks: Vec<&Block> = self.blocks_of(Duty::SharedFollowUp).collect();
        if blocks.is_empty() {
            return Vec::new();
        }
        if blocks.iter().any(|b| b.overnight()) {
            return vec![(Clock::MIDNIGHT, Clock::END_OF_DAY)];
        }
        let from = blocks.iter().map(|b| b.start).min().expect("a block");
        let to = blocks.iter().map(|b| b.end).max().expect("a block");
        vec![(from, to)]
    }

    /// The blocks of one duty.
    pub fn blocks_of(&self, duty: Duty) -> impl Iterator<Item = &Block> {
        self.blocks.iter().filter(move |b| b.duty == duty)
    }

    /// Every shift of `duty` that starts on a civil date in `[from, to]`, in start order.
    pub fn shifts(&self, duty: Duty, from: NaiveDate, to: NaiveDate, tz: Tz) -> Vec<Shift<'_>> {
        let mut out = Vec::new();
        let mut date = from;
        while date <= to {
            for b in self
                .blocks_of(duty)
                .filter(|b| b.day == date.weekday() && b.in_force_on(date))
            {
                out.push(shift_on(b, date, tz));
            }
            date = date.succ_opt().expect("date in range");
        }
        out.sort_by_key(|s| (s.start, s.block.start));
        out
    }

    /// The shifts of `duty` whose `[start, end)` contains `t`.
    pub fn shifts_at(&self, duty: Duty, t: DateTime<Utc>, tz: Tz) -> Vec<Shift<'_>> {
        let today = t.with_timezone(&tz).date_naive();
        let yesterday = today.pred_opt().expect("date in range");
        self.shifts(duty, yesterday, today, tz)
            .into_iter()
            .filter(|s| s.contains(t))
            .collect()
    }

    /// The first shift of `duty` that starts after `t`, looking a week and a day ahead.
    pub fn next_shift(&self, duty: Duty, t: DateTime<Utc>, tz: Tz) -> Option<Shift<'_>> {
        let today = t.with_timezone(&tz).date_naive();
        self.shifts(duty, today, today + Duration::days(8), tz)
            .into_iter()
            .find(|s| s.start.with_timezone(&Utc) > t)
    }

    /// Every library the schedule names (blocks, substitutes, escalation), once each, in order,
    /// with where it is first named.
    pub fn named_libraries(&self) -> Vec<(&str, &str)> {
        let mut out: Vec<(&str, &str)> = Vec::new();
        let blocks = self
            .blocks
            .iter()
            .map(|b| (b.library.as_str(), b.origin.as_str()));
        let named = self
            .substitutes
            .iter()
            .chain(self.escalation.iter())
            .map(|n| (n.library.as_str(), n.origin.as_str()));
        for (label, origin) in blocks.chain(named) {
            if !out.iter().any(|(l, _)| *l == label) {
                out.push((label, origin));
            }
        }
        out
    }

    /// The schedule as long rows, the form `schedule show --format csv|json` writes and reads back.
    pub fn long_rows(&self, directory_id: impl Fn(&str) -> Option<String>) -> Vec<LongRow> {
        let mut rows: Vec<LongRow> = self
            .blocks
            .iter()
            .map(|b| LongRow::from_block(b, directory_id(&b.library)))
            .collect();
        for (duty, list) in [
            (Duty::Substitute, &self.substitutes),
            (Duty::Escalation, &self.escalation),
        ] {
            rows.extend(
                list.iter()
                    .map(|n| LongRow::from_named(n, duty, directory_id(&n.library))),
            );
        }
        rows.extend(self.service_hours.iter().map(LongRow::from_hours));
        rows
    }
}

impl Schedule {
    /// The schedule as the grid CSV the cooperative keeps (days across, blocks down, the law line,
    /// service hours, substitutes, escalation, dates), which [`parse_schedule`] reads back; and
    /// what the grid cannot hold (notes, per-block dates), for a note to the user.
    pub fn grid_rows(&self) -> (Vec<Vec<String>>, Vec<String>) {
        let days = crate::time::WEEK;
        let mut rows = vec![std::iter::once("block".to_string())
            .chain(
                days.iter()
                    .map(|d| crate::time::weekday_full_name(*d).to_string()),
            )
            .collect::<Vec<_>>()];
        let mut spans: Vec<(Duty, Clock, Clock)> = self
            .blocks
            .iter()
            .map(|b| (b.duty, b.start, b.end))
            .collect();
        spans.sort_by_key(|(d, a, b)| (*d == Duty::Law, *a, *b));
        spans.dedup();
        for (duty, start, end) in spans {
            let overnight = end <= start;
            let label = match duty {
                Duty::Law if start == Clock::MIDNIGHT && end == Clock::END_OF_DAY => {
                    "Anytime of the Day (Law Chats Only)".to_string()
                }
                Duty::Law => format!("law {start}-{end}"),
                _ if overnight => format!("{start}-{end} (overnight)"),
                _ => format!("{start}-{end}"),
            };
            let mut row = vec![label];
            for d in days {
                row.push(self.grid_cell(duty, start, end, d));
            }
            rows.push(row);
        }
        if !self.service_hours.is_empty() {
            let mut row = vec!["Service hours".to_string()];
            for d in days {
                let spans: Vec<String> = self
                    .service_hours
                    .iter()
                    .filter(|h| h.day == d)
                    .map(|h| format!("{}-{}", h.start, h.end))
                    .collect();
                row.push(if spans.is_empty() {
                    "—".to_string()
                } else {
                    spans.join("; ")
                });
            }
            rows.push(row);
        }
        let list = |label: &str, names: &[Named], ranked: bool| {
            std::iter::once(label.to_string())
                .chain(names.iter().enumerate().map(|(i, n)| {
                    if ranked {
                        format!("{}) {}", i + 1, n.library)
                    } else {
                        n.library.clone()
                    }
                }))
                .collect::<Vec<_>>()
        };
        if !self.substitutes.is_empty() {
            rows.push(list("Substitutes", &self.substitutes, true));
        }
        if !self.escalation.is_empty() {
            rows.push(list("Escalation", &self.escalation, false));
        }
        let mut lost = Vec::new();
        for (label, dates) in [
            (
                "Effective",
                self.blocks.iter().map(|b| b.effective).collect::<Vec<_>>(),
            ),
            ("Updated", self.blocks.iter().map(|b| b.updated).collect()),
        ] {
            let mut distinct = dates.clone();
            distinct.sort();
            distinct.dedup();
            if let Some(Some(d)) = distinct.last() {
                rows.push(vec![label.to_string(), d.to_string()]);
            }
            if distinct.len() > 1 {
                lost.push(format!(
                    "blocks have different {} dates; the grid keeps one, the latest",
                    label.to_lowercase()
                ));
            }
        }
        if self.blocks.iter().any(|b| b.until.is_some()) {
            lost.push("an assignment's until date".to_string());
        }
        let notes = self.blocks.iter().filter(|b| !b.note.is_empty()).count();
        if notes > 0 {
            lost.push(format!("the notes of {notes} blocks"));
        }
        if self.blocks.iter().any(|b| b.shared)
            && !self.blocks.iter().filter(|b| b.shared).all(|b| {
                self.blocks.iter().any(|o| {
                    !std::ptr::eq(o, b)
                        && o.day == b.day
                        && o.start == b.start
                        && o.end == b.end
                        && o.duty == b.duty
                })
            })
        {
            lost.push("a shared mark on a block that shares its cell with no one".to_string());
        }
        (rows, lost)
    }
}

/// The dated occurrence of `block` starting on `date`.
pub fn shift_on(block: &Block, date: NaiveDate, tz: Tz) -> Shift<'_> {
    let start = resolve_boundary(date.and_time(block.start.to_time()), tz);
    let end_date = if block.overnight() || block.end == Clock::END_OF_DAY {
        date.succ_opt().expect("date in range")
    } else {
        date
    };
    let end = resolve_boundary(end_date.and_time(block.end.to_time()), tz);
    Shift {
        block,
        date,
        start,
        end,
    }
}

#[cfg(test)]
mod tests;

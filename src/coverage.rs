//! Who covers Shared Follow-Up, and law chats, at an instant.

use crate::schedule::{Duty, Schedule, Shift};
use crate::time::weekday_name;
use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use serde::Serialize;

/// The answer to "who covers at this instant?", in the fields the machine formats carry.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Coverage {
    /// The instant asked about, in the schedule's zone.
    pub at: String,
    pub day: &'static str,
    pub time: String,
    pub covered: bool,
    /// The library on duty (several joined by " & " when a block is shared by design).
    pub library: Option<String>,
    pub block_start: Option<String>,
    pub block_end: Option<String>,
    pub best_effort: bool,
    /// 1 in the first half of the block, 2 in the second.
    pub check: Option<u8>,
    /// When the current check window opened.
    pub check_from: Option<String>,
    /// When the current check window closes: the check is due by then.
    pub check_due: Option<String>,
    /// The library taking law chats now, if any.
    pub law_library: Option<String>,
    /// When no one covers: the next library on duty and when its block starts.
    pub next: Option<NextDuty>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct NextDuty {
    pub library: String,
    pub start: String,
}

/// Who covers `duty` at `t`. For law questions pass `Duty::Law`: then `library` is the law library.
pub fn who_covers(schedule: &Schedule, duty: Duty, t: DateTime<Utc>, tz: Tz) -> Coverage {
    let local = t.with_timezone(&tz);
    let on_duty = schedule.shifts_at(duty, t, tz);
    let law = schedule.shifts_at(Duty::Law, t, tz);
    let first: Option<&Shift> = on_duty.first();
    let next = if on_duty.is_empty() {
        schedule.next_shift(duty, t, tz).map(|s| NextDuty {
            library: s.block.library.clone(),
            start: s.start.to_rfc3339(),
        })
    } else {
        None
    };
    let (check, check_from, check_due) = match (first, duty) {
        (Some(s), Duty::SharedFollowUp) => {
            let c = s.check_at(t);
            let (from, due) = if c == 1 {
                (s.start, s.midpoint())
            } else {
                (s.midpoint(), s.end)
            };
            (Some(c), Some(from.to_rfc3339()), Some(due.to_rfc3339()))
        }
        _ => (None, None, None),
    };
    Coverage {
        at: local.to_rfc3339(),
        day: weekday_name(chrono::Datelike::weekday(&local)),
        time: local.format("%H:%M").to_string(),
        covered: !on_duty.is_empty(),
        library: libraries(&on_duty),
        block_start: first.map(|s| s.start.to_rfc3339()),
        block_end: first.map(|s| s.end.to_rfc3339()),
        best_effort: on_duty.iter().any(|s| s.block.best_effort),
        check,
        check_from,
        check_due,
        law_library: libraries(&law),
        next,
    }
}

fn libraries(shifts: &[Shift]) -> Option<String> {
    if shifts.is_empty() {
        return None;
    }
    let mut names: Vec<&str> = shifts.iter().map(|s| s.block.library.as_str()).collect();
    names.dedup();
    Some(names.join(" & "))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::time::{parse_instant, DEFAULT_TZ};

    fn ask(t: &str) -> Coverage {
        who_covers(
            &Schedule::default_schedule(),
            Duty::SharedFollowUp,
            parse_instant(t, DEFAULT_TZ).unwrap(),
            DEFAULT_TZ,
        )
    }

    #[test]
    fn thursday_afternoon_is_fcpl() {
        let c = ask("2026-11-26T14:00");
        assert_eq!(c.library.as_deref(), Some("FCPL"));
        assert_eq!(c.check, Some(1));
        assert_eq!(c.check_due.as_deref(), Some("2026-11-26T15:00:00-05:00"));
        assert_eq!(c.law_library.as_deref(), Some("MD State Law Lib"));
        assert_eq!(c.block_start.as_deref(), Some("2026-11-26T13:00:00-05:00"));
    }

    #[test]
    fn monday_evening_is_a_gap_with_a_next() {
        let c = ask("2026-11-23T18:00");
        assert!(!c.covered);
        assert_eq!(
            c.next,
            Some(NextDuty {
                library: "Pratt/SLRC".into(),
                start: "2026-11-24T09:00:00-05:00".into()
            })
        );
    }

    #[test]
    fn sunday_is_best_effort_and_has_no_law_line() {
        let c = ask("2026-11-29T10:00");
        assert!(c.best_effort);
        assert_eq!(c.law_library, None);
    }
}

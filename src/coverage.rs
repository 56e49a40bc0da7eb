//! Who covers Shared Follow-Up, and law chats, at an instant: by the weekly schedule
//! ([`who_covers`]), or with the dated overrides applied ([`who_covers_with`]).

use crate::roster::{duty_at, next_duty, Overrides, RosterShift, Source};
use crate::schedule::{Duty, Schedule, Shift};
use crate::time::weekday_name;
use anyhow::Result;
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
    /// Only when overrides apply: where the library on duty comes from (schedule, override,
    /// proposed).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// Only when an override changed the shift: why.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct NextDuty {
    pub library: String,
    pub start: String,
}

/// Who covers `duty` at `t`, by the weekly schedule alone. For law questions pass `Duty::Law`:
/// then `library` is the law library.
pub fn who_covers(schedule: &Schedule, duty: Duty, t: DateTime<Utc>, tz: Tz) -> Coverage {
    let spans = |shifts: Vec<Shift>| shifts.iter().map(OnDuty::from_shift).collect::<Vec<_>>();
    let next = schedule.next_shift(duty, t, tz).map(|s| NextDuty {
        library: s.block.library.clone(),
        start: s.start.to_rfc3339(),
    });
    answer(
        duty,
        t,
        tz,
        spans(schedule.shifts_at(duty, t, tz)),
        spans(schedule.shifts_at(Duty::Law, t, tz)),
        next,
    )
}

/// Who covers `duty` at `t` once the dated overrides are applied: an absent or closed library is
/// replaced by its proposed substitute (`source` "proposed", `step`), and an escalation is no
/// coverage. Without overrides the answer is exactly [`who_covers`]'s.
pub fn who_covers_with(
    schedule: &Schedule,
    overrides: &Overrides,
    duty: Duty,
    t: DateTime<Utc>,
    tz: Tz,
) -> Result<Coverage> {
    if overrides.is_empty() {
        return Ok(who_covers(schedule, duty, t, tz));
    }
    let spans = |shifts: Vec<RosterShift>| {
        shifts
            .iter()
            .filter(|s| s.covered())
            .map(|s| OnDuty::from_roster(s, tz))
            .collect::<Vec<_>>()
    };
    let on_duty = duty_at(schedule, overrides, duty, t, tz)?;
    let escalation = on_duty.iter().find(|s| !s.covered()).cloned();
    let next = next_duty(schedule, overrides, duty, t, tz)?.map(|s| NextDuty {
        library: s.library.clone(),
        start: s.start.with_timezone(&tz).to_rfc3339(),
    });
    let mut c = answer(
        duty,
        t,
        tz,
        spans(on_duty),
        spans(duty_at(schedule, overrides, Duty::Law, t, tz)?),
        next,
    );
    if let (false, Some(e)) = (c.covered, escalation) {
        c.source = Some("proposed".to_string());
        c.reason = Some(format!(
            "{}; escalate to {}",
            e.reason,
            e.escalate_to.unwrap_or_default()
        ));
    }
    Ok(c)
}

/// A library on duty over an interval, whichever way it was found.
struct OnDuty {
    library: String,
    start: DateTime<Tz>,
    end: DateTime<Tz>,
    best_effort: bool,
    /// Set when overrides were applied: schedule, override or proposed.
    source: Option<&'static str>,
    reason: String,
}

impl OnDuty {
    fn from_shift(s: &Shift) -> OnDuty {
        OnDuty {
            library: s.block.library.clone(),
            start: s.start,
            end: s.end,
            best_effort: s.block.best_effort,
            source: None,
            reason: String::new(),
        }
    }

    fn from_roster(s: &RosterShift, tz: Tz) -> OnDuty {
        OnDuty {
            library: s.library.clone(),
            start: s.start.with_timezone(&tz),
            end: s.end.with_timezone(&tz),
            best_effort: s.best_effort,
            source: Some(match s.source {
                Source::Schedule => "schedule",
                Source::Override => "override",
                Source::Proposed => "proposed",
            }),
            reason: s.reason.clone(),
        }
    }

    fn midpoint(&self) -> DateTime<Tz> {
        self.start + (self.end - self.start) / 2
    }
}

fn answer(
    duty: Duty,
    t: DateTime<Utc>,
    tz: Tz,
    on_duty: Vec<OnDuty>,
    law: Vec<OnDuty>,
    next: Option<NextDuty>,
) -> Coverage {
    let local = t.with_timezone(&tz);
    let first = on_duty.first();
    let (check, check_from, check_due) = match (first, duty) {
        (Some(s), Duty::SharedFollowUp) => {
            let (c, from, due) = if t < s.midpoint() {
                (1, s.start, s.midpoint())
            } else {
                (2, s.midpoint(), s.end)
            };
            (Some(c), Some(from.to_rfc3339()), Some(due.to_rfc3339()))
        }
        _ => (None, None, None),
    };
    let reason = first.map(|s| s.reason.clone()).filter(|r| !r.is_empty());
    Coverage {
        at: local.to_rfc3339(),
        day: weekday_name(chrono::Datelike::weekday(&local)),
        time: local.format("%H:%M").to_string(),
        covered: !on_duty.is_empty(),
        library: libraries(&on_duty),
        block_start: first.map(|s| s.start.to_rfc3339()),
        block_end: first.map(|s| s.end.to_rfc3339()),
        best_effort: on_duty.iter().any(|s| s.best_effort),
        check,
        check_from,
        check_due,
        law_library: libraries(&law),
        next: if on_duty.is_empty() { next } else { None },
        source: first.and_then(|s| s.source).map(str::to_string),
        reason,
    }
}

fn libraries(shifts: &[OnDuty]) -> Option<String> {
    if shifts.is_empty() {
        return None;
    }
    let mut names: Vec<&str> = shifts.iter().map(|s| s.library.as_str()).collect();
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

    #[test]
    fn overrides_change_the_answer_for_their_date_only() {
        let s = Schedule::default_schedule();
        let o = crate::roster::parse_overrides(
            "o.csv",
            b"date,block,kind,library\n2026-11-26,13:00-17:00,absent,FCPL\n",
            crate::io::InputFormat::Csv,
            &|s| Ok(s.to_string()),
        )
        .unwrap();
        let at = |t: &str| parse_instant(t, DEFAULT_TZ).unwrap();
        let c = who_covers_with(
            &s,
            &o,
            Duty::SharedFollowUp,
            at("2026-11-26T14:00"),
            DEFAULT_TZ,
        )
        .unwrap();
        assert_eq!(c.library.as_deref(), Some("Pratt/SLRC"));
        assert_eq!(c.source.as_deref(), Some("proposed"));
        assert_eq!(c.check_due.as_deref(), Some("2026-11-26T15:00:00-05:00"));
        // A week later the schedule stands.
        let c = who_covers_with(
            &s,
            &o,
            Duty::SharedFollowUp,
            at("2026-12-03T14:00"),
            DEFAULT_TZ,
        )
        .unwrap();
        assert_eq!(c.library.as_deref(), Some("FCPL"));
        assert_eq!(c.source.as_deref(), Some("schedule"));
        // No overrides: the plain answer, field for field.
        let t = at("2026-11-23T18:00");
        assert_eq!(
            who_covers_with(&s, &Overrides::none(), Duty::SharedFollowUp, t, DEFAULT_TZ).unwrap(),
            who_covers(&s, Duty::SharedFollowUp, t, DEFAULT_TZ)
        );
    }
}

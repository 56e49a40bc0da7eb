//! Who covers Shared Follow-Up, and law chats, at an instant, with the dated overrides applied.
//!
//! The answer is cut from the roster ([`crate::roster`]), so it is the roster's own: a library
//! that agreed to the shift (the schedule's, or an override's) is on duty; a substitute only
//! proposed is reported as a proposal, not as coverage; an escalation or a closed day is no one.

use crate::roster::{roster, Overrides, RosterShift, Source};
use crate::schedule::{Duty, Schedule};
use crate::time::Instant;
use anyhow::Result;
use chrono::{DateTime, Duration, Utc, Weekday};
use chrono_tz::Tz;
use serde::Serialize;

/// What the answer amounts to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// A library that agreed to the shift is on duty.
    OnDuty,
    /// The shift's library is away and a substitute is proposed, not yet agreed.
    Proposed,
    /// The shift's library is away and no substitute could be found: the coordinators decide.
    Escalate,
    /// The cooperative is closed.
    Closed,
    /// No shift at that time.
    NoOne,
}

one_name!(Status {
    OnDuty => "on-duty",
    Proposed => "proposed",
    Escalate => "escalate",
    Closed => "closed",
    NoOne => "no-one",
});

/// The answer to "who covers at this instant?", in the fields the machine formats carry.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Coverage {
    /// The instant asked about, in the schedule's zone.
    #[serde(with = "crate::time::serde_instant")]
    pub at: Instant,
    #[serde(with = "crate::time::serde_weekday")]
    pub day: Weekday,
    pub time: String,
    /// True only when a library that agreed to the shift is on duty.
    pub covered: bool,
    pub status: Status,
    /// The library on duty (several joined by " & " when a block is shared by design).
    pub library: Option<String>,
    /// A substitute proposed for the shift and not yet agreed (then `covered` is false).
    pub proposed: Option<String>,
    /// The shift asked about: the one on duty, else the one proposed, escalated or closed.
    #[serde(with = "crate::time::serde_rfc3339")]
    pub block_start: Option<Instant>,
    #[serde(with = "crate::time::serde_rfc3339")]
    pub block_end: Option<Instant>,
    pub best_effort: bool,
    /// 1 in the first half of the block, 2 in the second (only when covered).
    pub check: Option<u8>,
    /// When the current check window opened.
    #[serde(with = "crate::time::serde_rfc3339")]
    pub check_from: Option<Instant>,
    /// When the current check window closes: the check is due by then.
    #[serde(with = "crate::time::serde_rfc3339")]
    pub check_due: Option<Instant>,
    /// The library taking law chats now, if any (agreed).
    pub law_library: Option<String>,
    /// When no one is on duty: the next library on duty and when its block starts.
    pub next: Option<NextDuty>,
    /// Where the shift's library comes from: schedule, override, proposed or closed.
    pub source: Option<Source>,
    /// When an override changed the shift: why.
    pub reason: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct NextDuty {
    pub library: String,
    #[serde(with = "crate::time::serde_instant")]
    pub start: Instant,
}

/// Who covers `duty` at `t` by the weekly schedule alone. For law questions pass `Duty::Law`:
/// then `library` is the law library.
pub fn who_covers(schedule: &Schedule, duty: Duty, t: DateTime<Utc>, tz: Tz) -> Coverage {
    who_covers_with(schedule, &Overrides::none(), duty, t, tz)
        .expect("a schedule without overrides always has a roster")
}

/// Who covers `duty` at `t` once the dated overrides are applied.
pub fn who_covers_with(
    schedule: &Schedule,
    overrides: &Overrides,
    duty: Duty,
    t: DateTime<Utc>,
    tz: Tz,
) -> Result<Coverage> {
    let today = t.with_timezone(&tz).date_naive();
    // From the day before (an overnight block) to eight days ahead (who is next).
    let shifts = roster(
        schedule,
        overrides,
        today - Duration::days(1),
        today + Duration::days(8),
        tz,
    )?;
    Ok(who_covers_in(&shifts, duty, t, tz))
}

/// Who covers `duty` at `t`, read from `shifts`: a roster that holds every shift containing `t`
/// (and, for the next library on duty, the days after it).
pub fn who_covers_in(shifts: &[RosterShift], duty: Duty, t: DateTime<Utc>, tz: Tz) -> Coverage {
    let now: Vec<&RosterShift> = shifts
        .iter()
        .filter(|s| s.duty == duty && s.contains(t))
        .collect();
    let agreed: Vec<&RosterShift> = now.iter().copied().filter(|s| s.agreed()).collect();
    let proposed: Vec<&RosterShift> = now
        .iter()
        .copied()
        .filter(|s| s.proposal().is_some())
        .collect();
    let law: Vec<&RosterShift> = shifts
        .iter()
        .filter(|s| s.duty == Duty::Law && s.contains(t) && s.agreed())
        .collect();
    let status = if !agreed.is_empty() {
        Status::OnDuty
    } else if !proposed.is_empty() {
        Status::Proposed
    } else if now.iter().any(|s| s.source == Source::Closed) {
        Status::Closed
    } else if !now.is_empty() {
        Status::Escalate
    } else {
        Status::NoOne
    };
    let shown = agreed.first().or(proposed.first()).or(now.first()).copied();
    let local = t.with_timezone(&tz);
    let rfc = |x: DateTime<Utc>| x.with_timezone(&tz);
    let (check, check_from, check_due) = match (agreed.first(), duty) {
        (Some(s), Duty::SharedFollowUp) => {
            let (c, from, due) = if t < s.midpoint() {
                (1, s.start, s.midpoint())
            } else {
                (2, s.midpoint(), s.end)
            };
            (Some(c), Some(rfc(from)), Some(rfc(due)))
        }
        _ => (None, None, None),
    };
    let reason = shown.map(|s| {
        let mut r = s.reason.clone();
        if let (false, Some(to)) = (s.covered(), &s.escalate_to) {
            r += &format!("; escalate to {to}");
        }
        r
    });
    let next = (agreed.is_empty())
        .then(|| {
            shifts
                .iter()
                .find(|s| s.duty == duty && s.start > t && s.agreed())
        })
        .flatten()
        .map(|s| NextDuty {
            library: s.library.to_string(),
            start: rfc(s.start),
        });
    Coverage {
        at: local,
        day: chrono::Datelike::weekday(&local),
        time: local.format("%H:%M").to_string(),
        covered: status == Status::OnDuty,
        status,
        library: libraries(agreed.iter().map(|s| s.library.as_str())),
        proposed: libraries(proposed.iter().filter_map(|s| s.proposal())),
        block_start: shown.map(|s| rfc(s.start)),
        block_end: shown.map(|s| rfc(s.end)),
        best_effort: shown.is_some_and(|s| s.best_effort),
        check,
        check_from,
        check_due,
        law_library: libraries(law.iter().map(|s| s.library.as_str())),
        next,
        source: shown.map(|s| s.source),
        reason: reason.filter(|r| !r.is_empty()),
    }
}

fn libraries<'a>(names: impl Iterator<Item = &'a str>) -> Option<String> {
    let mut out: Vec<&str> = Vec::new();
    for n in names {
        if !out.contains(&n) {
            out.push(n);
        }
    }
    (!out.is_empty()).then(|| out.join(" & "))
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

    fn rfc(t: &Option<Instant>) -> Option<String> {
        t.as_ref().map(crate::time::rfc3339)
    }

    #[test]
    fn thursday_afternoon_is_fcpl() {
        let c = ask("2026-11-26T14:00");
        assert_eq!(c.library.as_deref(), Some("FCPL"));
        assert_eq!(c.check, Some(1));
        assert_eq!(
            rfc(&c.check_due).as_deref(),
            Some("2026-11-26T15:00:00-05:00")
        );
        assert_eq!(c.law_library.as_deref(), Some("MD State Law Lib"));
        assert_eq!(
            rfc(&c.block_start).as_deref(),
            Some("2026-11-26T13:00:00-05:00")
        );
    }

    #[test]
    fn monday_evening_is_a_gap_with_a_next() {
        let c = ask("2026-11-23T18:00");
        assert!(!c.covered);
        assert_eq!(
            c.next,
            Some(NextDuty {
                library: "Pratt/SLRC".into(),
                start: parse_instant("2026-11-24T09:00", DEFAULT_TZ)
                    .unwrap()
                    .with_timezone(&DEFAULT_TZ)
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
        // Proposed is not agreed: no one is on duty until Pratt/SLRC says yes.
        assert!(!c.covered);
        assert_eq!(c.status, Status::Proposed);
        assert_eq!(c.library, None);
        assert_eq!(c.proposed.as_deref(), Some("Pratt/SLRC"));
        assert_eq!(c.source, Some(Source::Proposed));
        assert_eq!(
            rfc(&c.block_start).as_deref(),
            Some("2026-11-26T13:00:00-05:00")
        );
        assert_eq!(c.check, None);
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
        assert_eq!(c.source, Some(Source::Schedule));
    }
}

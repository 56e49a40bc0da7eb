//! Who covers Shared Follow-Up, and law chats, at an instant, with the dated overrides applied.
//!
//! The answer is cut from the roster ([`crate::roster`]), so it is the roster's own: a library
//! that agreed to the shift (the schedule's, or an override's) is on duty; a substitute only
//! proposed is reported as a proposal, not as coverage; an escalation or a closed day is no one.

use crate::directory::Directory;
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
    /// The full name the directory gives the library on duty, else the one proposed (the
    /// schedule's name for a library the directory does not know); several joined by " & ".
    /// Filled by [`Coverage::name_from`].
    pub library_name: Option<String>,
    /// That library's follow-up contact e-mail in the directory; several joined by ", ".
    pub contact: Option<String>,
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
    /// When no one is on duty: the next library on duty and when its block starts. Written with
    /// both members, null when there is no next (the record's shape, and its CSV columns
    /// `next.library` and `next.start`, do not depend on the answer).
    #[serde(serialize_with = "next_duty")]
    pub next: Option<NextDuty>,
    /// Where the shift's library comes from: schedule, override, proposed or closed.
    pub source: Option<Source>,
    /// When an override changed the shift: why.
    pub reason: Option<String>,
    /// The libraries on duty, else those proposed, each as the schedule names it and as the
    /// directory knows it.
    #[serde(skip)]
    pub named: Vec<NamedLibrary>,
}

/// A library of the answer, as the schedule names it and as the directory knows it.
#[derive(Debug, Clone, PartialEq)]
pub struct NamedLibrary {
    /// The schedule's name ("FCPL", "Pratt/SLRC").
    pub label: String,
    /// The directory's full name, or the label when the directory does not know it.
    pub name: String,
    /// The directory's contact e-mail, if it has one.
    pub contact: Option<String>,
}

impl Coverage {
    /// Names the libraries on duty (else proposed) as `directory` knows them, the way `schedule
    /// roster` and the reminders resolve a schedule's name: [`Directory::lookup`].
    pub fn name_from(&mut self, directory: &Directory) {
        for n in &mut self.named {
            if let Some(lib) = directory.lookup(&n.label) {
                n.name = lib.name.clone();
                n.contact = Some(lib.contact_email.trim().to_string()).filter(|c| !c.is_empty());
            }
        }
        let join = |parts: Vec<&str>, sep: &str| (!parts.is_empty()).then(|| parts.join(sep));
        self.library_name = join(self.named.iter().map(|n| n.name.as_str()).collect(), " & ");
        self.contact = join(
            self.named
                .iter()
                .filter_map(|n| n.contact.as_deref())
                .collect(),
            ", ",
        );
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct NextDuty {
    pub library: String,
    pub start: Instant,
}

/// [`Coverage::next`] as an object of its two members, each null when there is no next.
fn next_duty<S: serde::Serializer>(next: &Option<NextDuty>, s: S) -> Result<S::Ok, S::Error> {
    #[derive(Serialize)]
    struct Next<'a> {
        library: Option<&'a str>,
        #[serde(with = "crate::time::serde_rfc3339")]
        start: Option<Instant>,
    }
    Next {
        library: next.as_ref().map(|n| n.library.as_str()),
        start: next.as_ref().map(|n| n.start),
    }
    .serialize(s)
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
    let holders = if agreed.is_empty() {
        unique(proposed.iter().filter_map(|s| s.proposal()))
    } else {
        unique(agreed.iter().map(|s| s.library.as_str()))
    };
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
        library_name: None,
        contact: None,
        named: holders
            .into_iter()
            .map(|label| NamedLibrary {
                name: label.to_string(),
                label: label.to_string(),
                contact: None,
            })
            .collect(),
    }
}

fn libraries<'a>(names: impl Iterator<Item = &'a str>) -> Option<String> {
    let out = unique(names);
    (!out.is_empty()).then(|| out.join(" & "))
}

/// Each name once, in the order first met.
fn unique<'a>(names: impl Iterator<Item = &'a str>) -> Vec<&'a str> {
    let mut out: Vec<&str> = Vec::new();
    for n in names {
        if !out.contains(&n) {
            out.push(n);
        }
    }
    out
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
    fn the_record_has_the_same_fields_whatever_the_answer() {
        let fields = |t: &str| {
            crate::output::flatten(&ask(t))
                .unwrap()
                .into_iter()
                .map(|(k, _)| k)
                .collect::<Vec<_>>()
        };
        let on_duty = fields("2026-11-26T14:00");
        assert_eq!(on_duty, fields("2026-11-23T18:00"));
        assert!(on_duty.contains(&"next.library".to_string()));
        let json = serde_json::to_value(ask("2026-11-26T14:00")).unwrap();
        assert_eq!(
            json["next"],
            serde_json::json!({"library": null, "start": null})
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

    #[test]
    fn the_directory_names_the_library_on_duty_or_proposed() {
        let dir = crate::directory::parse_directory(
            "d.csv",
            b"id,name,aliases,contact_email\nFCPL,Frederick County Public Libraries,,sfu@fcpl.example.org\nEPFL,Enoch Pratt Free Library,Pratt/SLRC,\n",
            crate::io::InputFormat::Csv,
        )
        .unwrap();
        let mut c = ask("2026-11-26T14:00");
        c.name_from(&dir);
        assert_eq!(
            c.library_name.as_deref(),
            Some("Frederick County Public Libraries")
        );
        assert_eq!(c.contact.as_deref(), Some("sfu@fcpl.example.org"));
        // Proposed: the substitute is named; a gap names no one.
        let o = crate::roster::parse_overrides(
            "o.csv",
            b"date,block,kind,library\n2026-11-26,13:00-17:00,absent,FCPL\n",
            crate::io::InputFormat::Csv,
            &|s| Ok(s.to_string()),
        )
        .unwrap();
        let t = parse_instant("2026-11-26T14:00", DEFAULT_TZ).unwrap();
        let s = Schedule::default_schedule();
        let mut c = who_covers_with(&s, &o, Duty::SharedFollowUp, t, DEFAULT_TZ).unwrap();
        c.name_from(&dir);
        assert_eq!(c.library_name.as_deref(), Some("Enoch Pratt Free Library"));
        assert_eq!(c.contact, None);
        let mut c = ask("2026-11-23T18:00");
        c.name_from(&dir);
        assert_eq!((c.library_name, c.contact), (None, None));
        // A library the directory does not know keeps the schedule's name.
        let mut c = ask("2026-11-26T14:00");
        c.name_from(&Directory::from_libraries("empty", vec![]));
        assert_eq!(c.library_name.as_deref(), Some("FCPL"));
    }
}

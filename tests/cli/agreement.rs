//! One story: at every quarter hour of two months, with every kind of override, the roster,
//! `who-covers`, `remind` and the digest say the same thing about who is on Shared Follow-Up duty.
//!
//! In-process library calls (the functions the commands call), so that the ~6000 instants run in
//! seconds: the roster of the whole period, `who-covers`' own computation at each instant, the
//! duty reminders of the period, and each day's digest.

use aun::coverage::{who_covers_in, who_covers_with, Status};
use aun::directory::Directory;
use aun::io::InputFormat;
use aun::remind::digest::digest_reminders;
use aun::remind::duty::{duty_reminders, service_windows};
use aun::remind::{Kind, Recipient};
use aun::roster::{parse_overrides, roster, RosterShift, Source};
use aun::schedule::{Duty, Schedule};
use aun::time::{parse_date, DEFAULT_TZ};
use chrono::{DateTime, Duration, NaiveDate, Utc};

/// Every kind: absences (a block, a part of a block, a range on some weekdays), closures (one
/// library, a break over weeks, the whole cooperative), covers (a block, part of a block, hours
/// with no shift), a swap across two days, a law absence, and a cover confirming a proposal.
const OVERRIDES: &str = "\
date,block,kind,library,with,with_date,with_block,reason,until,weekdays
2026-12-07,09:00-13:00,absent,BCPL,,,,training,,
2026-12-10,13:00-17:00,absent,FCPL,,,,,,
2026-12-10,13:00-17:00,cover,Calvert Library,,,,FCPL asked,,
2026-12-02,09:00-13:00,swap,MCPL,AACC,2026-12-04,,staff day,,
2026-12-09,18:00-20:00,cover,Stevenson University Library,,,,half the evening,,
2026-12-14,16:00-19:00,cover,Calvert Library,,,,extra hours,,
2026-12-16,14:00-16:00,absent,Frostburg State University,,,,meeting,,
2026-12-19,,closed,Frostburg State University,,,,winter break,2027-01-19,
2026-12-24,,closed,Pratt/SLRC,,,,Christmas Eve,,
2026-12-24,,closed,FCPL,,,,Christmas Eve,,
2026-12-25,,closed,all,,,,Christmas Day,,
2026-12-31,,closed,AACC,,,,,,
2027-01-01,,closed,all,,,,New Year's Day,,
2027-01-04,,absent,BCPL,,,,,2027-01-25,mon
2027-01-05,,closed,Pratt/SLRC,,,,,,
2027-01-05,,closed,Calvert Library,,,,,,
2027-01-05,,closed,Stevenson University Library,,,,,,
2027-01-11,,absent,MD State Law Lib,,,,,,
2027-01-20,17:00-21:00,absent,CarrollCPL,,,,,,
";

fn d(s: &str) -> NaiveDate {
    parse_date(s).unwrap()
}

/// What one source says about an instant: the libraries on duty that agreed, and the substitutes
/// proposed and not agreed.
#[derive(Debug, Default, PartialEq)]
struct Said {
    agreed: Vec<String>,
    proposed: Vec<String>,
}

#[test]
fn roster_who_covers_remind_and_digest_agree_every_quarter_hour() {
    let tz = DEFAULT_TZ;
    let schedule = Schedule::default_schedule();
    let directory = Directory::default_directory();
    let overrides = parse_overrides(
        "overrides.csv",
        OVERRIDES.as_bytes(),
        InputFormat::Csv,
        &|s| Ok(s.to_string()),
    )
    .unwrap();
    let (first, last) = (d("2026-12-01"), d("2027-01-31"));
    let all = roster(
        &schedule,
        &overrides,
        first - Duration::days(1),
        last + Duration::days(9),
        tz,
    )
    .unwrap();
    for source in [
        Source::Schedule,
        Source::Override,
        Source::Proposed,
        Source::Closed,
    ] {
        assert!(all.iter().any(|s| s.source == source), "{source:?}");
    }
    let id = |library: &str| Recipient::lookup(&directory, library).id;
    let reminders = duty_reminders(&schedule, &overrides, &directory, first, last, tz).unwrap();
    let windows = service_windows(&schedule, &overrides, first, last, tz);

    let mut t: DateTime<Utc> =
        aun::time::resolve_local(first.and_hms_opt(0, 0, 0).unwrap(), tz).with_timezone(&Utc);
    let end =
        aun::time::resolve_local((last + Duration::days(1)).and_hms_opt(0, 0, 0).unwrap(), tz)
            .with_timezone(&Utc);
    let mut digest_day: Option<(NaiveDate, String)> = None;
    let (mut instants, mut proposals, mut gaps) = (0, 0, 0);
    while t < end {
        instants += 1;
        let here = |what: &str| format!("{what} at {}", t.with_timezone(&tz));
        // The roster.
        let now: Vec<&RosterShift> = all
            .iter()
            .filter(|s| s.duty == Duty::SharedFollowUp && s.contains(t))
            .collect();
        let roster_says = Said {
            agreed: now
                .iter()
                .filter(|s| s.agreed())
                .map(|s| id(s.library.as_str()))
                .collect(),
            proposed: now.iter().filter_map(|s| s.proposal()).map(id).collect(),
        };
        let closed = now.iter().any(|s| s.source == Source::Closed);

        // who-covers, as the command computes it; and read from the period's roster.
        let c = who_covers_in(&all, Duty::SharedFollowUp, t, tz);
        if instants % 16 == 1 {
            let own = who_covers_with(&schedule, &overrides, Duty::SharedFollowUp, t, tz).unwrap();
            assert_eq!(own, c, "{}", here("who-covers over its own period"));
        }
        let split = |x: &Option<String>| -> Vec<String> {
            x.iter().flat_map(|l| l.split(" & ")).map(id).collect()
        };
        let who_says = Said {
            agreed: split(&c.library),
            proposed: split(&c.proposed),
        };
        assert_eq!(who_says, roster_says, "{}", here("who-covers"));
        let want_status = if !roster_says.agreed.is_empty() {
            Status::OnDuty
        } else if !roster_says.proposed.is_empty() {
            Status::Proposed
        } else if closed {
            Status::Closed
        } else if !now.is_empty() {
            Status::Escalate
        } else {
            Status::NoOne
        };
        assert_eq!(c.status, want_status, "{}", here("who-covers status"));
        assert_eq!(c.covered, want_status == Status::OnDuty);

        // remind: whose reminder holds at t (from its moment until it is due).
        let active: Vec<_> = reminders
            .iter()
            .filter(|r| r.at <= t && t < r.until)
            .collect();
        let to = |kinds: &[Kind]| -> Vec<String> {
            active
                .iter()
                .filter(|r| kinds.contains(&r.kind))
                .map(|r| r.recipient.id.clone())
                .collect()
        };
        let remind_says = Said {
            agreed: to(&[Kind::FirstCheck, Kind::SecondCheck]),
            proposed: to(&[Kind::Proposal]),
        };
        assert_eq!(remind_says, roster_says, "{}", here("remind"));
        let in_hours = windows.iter().any(|w| w.0 <= t && t < w.1);
        let gap = active.iter().any(|r| r.kind == Kind::NoOneOnDuty);
        assert_eq!(
            gap,
            in_hours && roster_says.agreed.is_empty(),
            "{}",
            here("remind's no-one-on-duty")
        );
        if gap {
            gaps += 1;
            for p in now.iter().filter_map(|s| s.proposal()) {
                assert!(
                    active.iter().any(|r| r.kind == Kind::NoOneOnDuty
                        && r.body
                            .contains(&format!("Proposed substitute: {p}, not yet agreed"))),
                    "{}",
                    here("the coordinators hear of the proposal")
                );
            }
        }
        if !roster_says.proposed.is_empty() {
            proposals += 1;
        }

        // The digest of t's day: the line of the shift holding t.
        let local = t.with_timezone(&tz);
        let today = local.date_naive();
        if digest_day.as_ref().map(|x| x.0) != Some(today) {
            let body = digest_reminders(
                &schedule,
                &overrides,
                &directory,
                None,
                t,
                Duration::hours(24),
                tz,
            )
            .unwrap()[0]
                .body
                .clone();
            digest_day = Some((today, body));
        }
        let body = &digest_day.as_ref().unwrap().1;
        if closed {
            assert!(body.contains("The cooperative is closed today"), "{body}");
        }
        for s in &now {
            if s.date != today || s.source == Source::Closed {
                continue;
            }
            let span = format!(
                "  {}–{}  ",
                s.start.with_timezone(&tz).format("%H:%M"),
                s.end.with_timezone(&tz).format("%H:%M")
            );
            let line = body
                .lines()
                .find(|l| l.starts_with(&span))
                .unwrap_or_else(|| panic!("{}: no line {span:?} in\n{body}", here("digest")));
            match (s.agreed(), s.proposal()) {
                (true, _) => assert!(
                    line.contains(s.library.as_str()) && !line.contains("to settle"),
                    "{}: {line}",
                    here("digest")
                ),
                (false, Some(p)) => assert!(
                    line.contains("to settle") && line.ends_with(&format!("proposed {p}")),
                    "{}: {line}",
                    here("digest")
                ),
                (false, None) => assert!(
                    line.contains("no substitute found"),
                    "{}: {line}",
                    here("digest")
                ),
            }
        }
        t += Duration::minutes(15);
    }
    // Two months of quarter hours, and the interesting cases were met.
    assert_eq!(instants, 62 * 96);
    assert!(proposals >= 40 && gaps >= 40, "{proposals} {gaps}");
}

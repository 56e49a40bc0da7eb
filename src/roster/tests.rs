use super::*;
use crate::io::InputFormat;
use crate::time::{parse_instant, DEFAULT_TZ};

fn d(s: &str) -> NaiveDate {
    crate::time::parse_date(s).unwrap()
}

fn ovr(rows: &str) -> Overrides {
    let csv = format!("date,block,kind,library,with,with_date,with_block,reason\n{rows}");
    parse_overrides("o.csv", csv.as_bytes(), InputFormat::Csv, &|s| {
        Ok(s.to_string())
    })
    .unwrap()
}

fn december(o: &Overrides) -> Vec<RosterShift> {
    roster(
        &Schedule::default_schedule(),
        o,
        d("2026-12-01"),
        d("2026-12-31"),
        DEFAULT_TZ,
    )
    .unwrap()
}

/// The shifts of one date as "start library source step".
fn day(r: &[RosterShift], date: &str) -> Vec<String> {
    r.iter()
        .filter(|s| s.date == d(date) && s.duty == Duty::SharedFollowUp)
        .map(|s| {
            let step = s.step.map(|n| format!(" step {n}")).unwrap_or_default();
            format!("{} {} {:?}{step}", s.start_local, s.library, s.source)
        })
        .collect()
}

#[test]
fn without_overrides_the_roster_is_the_schedule() {
    let r = december(&Overrides::none());
    let sfu = r.iter().filter(|s| s.duty == Duty::SharedFollowUp).count();
    let law = r.iter().filter(|s| s.duty == Duty::Law).count();
    // December 2026: 31 days from a Tuesday; 15 SFU blocks a week (2 a day, 3 on Wednesdays).
    assert_eq!(sfu, 31 * 2 + 5);
    // Law: every day but Sunday (4 Sundays).
    assert_eq!(law, 31 - 4);
    assert!(r
        .iter()
        .all(|s| s.source == Source::Schedule && s.step.is_none()));
    let first = &r[0];
    assert_eq!(first.date, d("2026-12-01"));
    assert_eq!(first.start.to_rfc3339(), "2026-12-01T05:00:00+00:00");
    assert_eq!(first.duty, Duty::Law);
    assert_eq!(
        day(&r, "2026-12-03"),
        ["09:00 Pratt/SLRC Schedule", "13:00 FCPL Schedule"]
    );
    let fcpl = r.iter().find(|s| s.library.is("FCPL")).unwrap();
    assert_eq!(fcpl.uid, "20261203T1300-shared-follow-up@aun.askusnow");
    assert_eq!(fcpl.start.to_rfc3339(), "2026-12-03T18:00:00+00:00");
    assert_eq!(fcpl.midpoint().to_rfc3339(), "2026-12-03T20:00:00+00:00");
}

#[test]
fn absent_gets_a_same_day_library_at_step_1() {
    let r = december(&ovr("2026-12-07,09:00-13:00,absent,BCPL,,,,training\n"));
    assert_eq!(
        day(&r, "2026-12-07"),
        [
            "09:00 Pratt/SLRC Proposed step 1",
            "13:00 Pratt/SLRC Schedule"
        ]
    );
    let s = r.iter().find(|s| s.step == Some(1)).unwrap();
    assert_eq!(s.scheduled, "BCPL");
    assert_eq!(s.reason, "BCPL absent: training");
    // The other Mondays are untouched.
    assert_eq!(day(&r, "2026-12-14")[0], "09:00 BCPL Schedule");
}

#[test]
fn a_holiday_closure_goes_to_the_substitutes_at_step_2() {
    let r = december(&ovr(
        "2026-12-25,,closed,AACC,,,,Christmas\n2026-12-25,,closed,Pratt/SLRC,,,,Christmas\n",
    ));
    // No one left on the day: the substitutes have the fewest shifts, Calvert first.
    assert_eq!(
        day(&r, "2026-12-25"),
        [
            "09:00 Calvert Library Proposed step 2",
            "13:00 Stevenson University Library Proposed step 2"
        ]
    );
    // One closure alone is filled from the same day.
    let r = december(&ovr("2026-12-25,,closed,Pratt/SLRC,,,,Christmas\n"));
    assert_eq!(
        day(&r, "2026-12-25"),
        ["09:00 AACC Schedule", "13:00 AACC Proposed step 1"]
    );
}

#[test]
fn never_a_library_on_duty_at_the_same_time_or_away_that_day() {
    // A schedule where two libraries share a block: the other one is on duty then.
    let s = crate::schedule::parse_schedule(
        "s.csv",
        b"day,start,end,library,duty,shared\nmon,09:00,13:00,A,,yes\nmon,09:00,13:00,B,,yes\nmon,13:00,17:00,C,,\n,,,S1,substitute,\n,,,S2,substitute,\n,,,Coordinators,escalation,\n",
        InputFormat::Csv,
    )
    .unwrap();
    let o = ovr("2026-12-07,09:00-13:00,absent,A,,,,\n2026-12-07,16:00-17:00,absent,S1,,,,\n");
    let r = roster(&s, &o, d("2026-12-07"), d("2026-12-07"), DEFAULT_TZ).unwrap();
    // Not B (on duty then), C is the same day's other library.
    assert_eq!(
        day(&r, "2026-12-07"),
        [
            "09:00 C Proposed step 1",
            "09:00 B Schedule",
            "13:00 C Schedule"
        ]
    );
    // C away too: not S1 (absent part of that day) but S2.
    let o = ovr(
        "2026-12-07,09:00-13:00,absent,A,,,,\n2026-12-07,16:00-17:00,absent,S1,,,,\n2026-12-07,,closed,C,,,,\n",
    );
    let r = roster(&s, &o, d("2026-12-07"), d("2026-12-07"), DEFAULT_TZ).unwrap();
    assert_eq!(
        day(&r, "2026-12-07"),
        [
            "09:00 S2 Proposed step 2",
            "09:00 B Schedule",
            "13:00 B Proposed step 1"
        ]
    );
    assert_eq!(r.iter().filter(|s| s.source == Source::Proposed).count(), 2);
}

#[test]
fn escalation_when_no_one_is_left() {
    let s = crate::schedule::parse_schedule(
        "s.csv",
        b"day,start,end,library,duty\nmon,09:00,13:00,A,\n,,,S,substitute\n,,,AskUsNow! statewide coordinators,escalation\n",
        InputFormat::Csv,
    )
    .unwrap();
    let o = ovr("2026-12-07,,closed,A,,,,\n2026-12-07,,closed,S,,,,\n");
    let r = roster(&s, &o, d("2026-12-07"), d("2026-12-07"), DEFAULT_TZ).unwrap();
    assert_eq!(r[0].library, Coverer::Escalate);
    assert_eq!(serde_json::to_value(&r[0]).unwrap()["library"], "escalate");
    assert_eq!(r[0].step, Some(3));
    assert_eq!(
        r[0].escalate_to.as_deref(),
        Some("AskUsNow! statewide coordinators")
    );
    assert_eq!(r[0].uid, "20261207T0900-shared-follow-up@aun.askusnow");
    // A schedule that names no one to escalate to escalates to the statewide coordinators, as
    // the reminders say, never to an empty name.
    let s = crate::schedule::parse_schedule(
        "s.csv",
        b"day,start,end,library\nmon,09:00,13:00,A\n",
        InputFormat::Csv,
    )
    .unwrap();
    let r = roster(
        &s,
        &ovr("2026-12-07,,closed,A,,,,\n"),
        d("2026-12-07"),
        d("2026-12-07"),
        DEFAULT_TZ,
    )
    .unwrap();
    assert_eq!(r[0].library, Coverer::Escalate);
    assert_eq!(
        r[0].escalate_to.as_deref(),
        Some("the statewide coordinators")
    );
}

#[test]
fn law_absence_escalates() {
    let r = december(&ovr("2026-12-07,,absent,MD State Law Lib,,,,\n"));
    let law: Vec<_> = r
        .iter()
        .filter(|s| s.duty == Duty::Law && s.date == d("2026-12-07"))
        .collect();
    assert_eq!(
        (&law[0].library, law[0].step),
        (&Coverer::Escalate, Some(3))
    );
}

#[test]
fn fair_share_over_a_month() {
    // Frostburg away every Wednesday afternoon: MCPL and CarrollCPL (5 shifts each) take turns,
    // the tie going to the earlier block of the day.
    let rows: String = ["02", "09", "16", "23", "30"]
        .iter()
        .map(|dd| format!("2026-12-{dd},13:00-17:00,absent,Frostburg State University,,,,\n"))
        .collect();
    let r = december(&ovr(&rows));
    let picks: Vec<&str> = r
        .iter()
        .filter(|s| s.source == Source::Proposed)
        .map(|s| s.library.as_str())
        .collect();
    assert_eq!(picks, ["MCPL", "CarrollCPL", "MCPL", "CarrollCPL", "MCPL"]);
}

#[test]
fn a_swap_across_two_days() {
    let o = ovr("2026-12-02,09:00-13:00,swap,MCPL,AACC,2026-12-04,,staff day\n");
    let r = december(&o);
    assert_eq!(day(&r, "2026-12-02")[0], "09:00 AACC Override");
    assert_eq!(day(&r, "2026-12-04")[0], "09:00 MCPL Override");
    assert_eq!(day(&r, "2026-12-09")[0], "09:00 MCPL Schedule");
    let s = r
        .iter()
        .find(|s| s.date == d("2026-12-02") && s.source == Source::Override)
        .unwrap();
    assert!(
        s.reason.contains(
            "swap of 2026-12-02 09:00-13:00 (MCPL) and 2026-12-04 09:00-13:00 (AACC): staff day"
        ),
        "{}",
        s.reason
    );
    // Only one side in the period: it still changes.
    let r = roster(
        &Schedule::default_schedule(),
        &o,
        d("2026-12-04"),
        d("2026-12-04"),
        DEFAULT_TZ,
    )
    .unwrap();
    assert_eq!(day(&r, "2026-12-04")[0], "09:00 MCPL Override");
}

#[test]
fn a_swap_of_a_block_the_schedule_lacks_is_refused() {
    let o = ovr("2026-12-02,09:00-13:00,swap,MCPL,AACC,2026-12-05,,\n");
    let e = roster(
        &Schedule::default_schedule(),
        &o,
        d("2026-12-01"),
        d("2026-12-01"),
        DEFAULT_TZ,
    )
    .unwrap_err()
    .to_string();
    assert_eq!(e, "o.csv: line 2: AACC has no block 09:00-13:00 on 2026-12-05 (sat) in (embedded default) to swap");
}

#[test]
fn a_cover_replaces_or_fills_a_block() {
    let r = december(&ovr(
        "2026-12-10,13:00-17:00,cover,Calvert Library,,,,FCPL asked\n2026-12-07,17:00-21:00,cover,Calvert Library,,,,extra evening\n",
    ));
    assert_eq!(day(&r, "2026-12-10")[1], "13:00 Calvert Library Override");
    let evening = &day(&r, "2026-12-07");
    assert_eq!(evening[2], "17:00 Calvert Library Override");
    let s = r
        .iter()
        .find(|s| s.date == d("2026-12-07") && s.start_local == Clock::hm(17, 0))
        .unwrap();
    assert_eq!(s.scheduled, "");
    assert_eq!(s.start.to_rfc3339(), "2026-12-07T22:00:00+00:00");
    // A whole-day cover on a day with no Shared Follow-Up shift is an error, not silence.
    let s = crate::schedule::parse_schedule(
        "s.csv",
        b"day,start,end,library\nmon,09:00,13:00,A\n",
        InputFormat::Csv,
    )
    .unwrap();
    let e = roster(
        &s,
        &ovr("2026-12-08,,cover,B,,,,\n"),
        d("2026-12-08"),
        d("2026-12-08"),
        DEFAULT_TZ,
    )
    .unwrap_err();
    assert!(e
        .to_string()
        .contains("line 2: no Shared Follow-Up shift on 2026-12-08 to cover"));
}

#[test]
fn dst_weeks_keep_civil_times() {
    let r = roster(
        &Schedule::default_schedule(),
        &Overrides::none(),
        d("2026-10-26"),
        d("2026-11-08"),
        DEFAULT_TZ,
    )
    .unwrap();
    let at = |date: &str, hm: Clock, duty: Duty| {
        let s = r
            .iter()
            .find(|s| s.date == d(date) && s.start_local == hm && s.duty == duty)
            .unwrap();
        (s.start.to_rfc3339(), s.end.to_rfc3339())
    };
    let nine = Clock::hm(9, 0);
    assert_eq!(
        at("2026-10-26", nine, Duty::SharedFollowUp).0,
        "2026-10-26T13:00:00+00:00"
    );
    // 2026-11-01: clocks go back at 02:00; Sunday's 09:00 is already EST.
    assert_eq!(
        at("2026-11-01", nine, Duty::SharedFollowUp).0,
        "2026-11-01T14:00:00+00:00"
    );
    assert_eq!(
        at("2026-11-02", nine, Duty::SharedFollowUp).0,
        "2026-11-02T14:00:00+00:00"
    );
    // Saturday's law day ends at Sunday 00:00, still EDT.
    assert_eq!(
        at("2026-10-31", Clock::MIDNIGHT, Duty::Law),
        (
            "2026-10-31T04:00:00+00:00".into(),
            "2026-11-01T04:00:00+00:00".into()
        )
    );
}

#[test]
fn duty_at_applies_overrides() {
    let s = Schedule::default_schedule();
    let t = parse_instant("2026-12-10T14:00", DEFAULT_TZ).unwrap();
    let plain = duty_at(&s, &Overrides::none(), Duty::SharedFollowUp, t, DEFAULT_TZ).unwrap();
    assert!(plain[0].library.is("FCPL"));
    let o = ovr("2026-12-10,13:00-17:00,absent,FCPL,,,,\n");
    let now = duty_at(&s, &o, Duty::SharedFollowUp, t, DEFAULT_TZ).unwrap();
    assert_eq!(
        (now[0].library.as_str(), now[0].step),
        ("Pratt/SLRC", Some(1))
    );
    let next = next_duty(&s, &o, Duty::SharedFollowUp, t, DEFAULT_TZ)
        .unwrap()
        .unwrap();
    assert_eq!(
        (next.date, next.library.as_str()),
        (d("2026-12-11"), "AACC")
    );
}

#[test]
fn an_overnight_block_belongs_to_the_day_it_starts() {
    let s = crate::schedule::parse_schedule(
        "s.csv",
        b"day,start,end,library,overnight\nmon,22:00,02:00,Night Owl,yes\nmon,09:00,13:00,Day Lark,\n",
        InputFormat::Csv,
    )
    .unwrap();
    let o = ovr("2026-12-07,,absent,Night Owl,,,,\n");
    let r = roster(&s, &o, d("2026-12-07"), d("2026-12-07"), DEFAULT_TZ).unwrap();
    let night = r
        .iter()
        .find(|s| s.start_local == Clock::hm(22, 0))
        .unwrap();
    assert_eq!((night.library.as_str(), night.step), ("Day Lark", Some(1)));
    assert_eq!(night.end.to_rfc3339(), "2026-12-08T07:00:00+00:00");
    // Absent for the last hour of its day only: that part of the night is split off.
    let o = ovr("2026-12-07,23:00-24:00,absent,Night Owl,,,,\n");
    let r = roster(&s, &o, d("2026-12-07"), d("2026-12-07"), DEFAULT_TZ).unwrap();
    let night: Vec<String> = r
        .iter()
        .filter(|s| s.start_local >= Clock::hm(22, 0))
        .map(|s| {
            format!(
                "{}-{} {} {:?}",
                s.start_local, s.end_local, s.library, s.step
            )
        })
        .collect();
    assert_eq!(
        night,
        ["22:00-23:00 Night Owl None", "23:00-02:00 Day Lark Some(1)"]
    );
    assert_eq!(
        r.last().unwrap().end.to_rfc3339(),
        "2026-12-08T07:00:00+00:00"
    );
}

#[test]
fn duty_at_agrees_with_the_monthly_roster_across_a_month_end() {
    let s = Schedule::default_schedule();
    let o = ovr("2026-11-30,,closed,BCPL,,,,\n2026-12-01,,closed,Pratt/SLRC,,,,\n");
    for (at, from, to) in [
        ("2026-11-30T10:00", "2026-11-01", "2026-11-30"),
        ("2026-12-01T10:00", "2026-12-01", "2026-12-31"),
    ] {
        let t = parse_instant(at, DEFAULT_TZ).unwrap();
        let now = duty_at(&s, &o, Duty::SharedFollowUp, t, DEFAULT_TZ).unwrap();
        let month = roster(&s, &o, d(from), d(to), DEFAULT_TZ).unwrap();
        let same = month.iter().find(|r| r.uid == now[0].uid);
        assert_eq!(same, Some(&now[0]), "{at}");
    }
}

#[test]
fn a_proposal_depends_on_the_shift_not_on_the_window() {
    // Christmas Eve morning with Pratt/SLRC closed and the weeks before busy with absences:
    // every window that contains the shift must propose the same library.
    let o = ovr(
        "2026-12-02,13:00-17:00,absent,Frostburg State University,,,,\n\
         2026-12-09,13:00-17:00,absent,Frostburg State University,,,,\n\
         2026-12-17,,closed,FCPL,,,,\n\
         2026-12-21,09:00-13:00,absent,BCPL,,,,\n\
         2026-12-24,,closed,Pratt/SLRC,,,,Christmas Eve\n\
         2026-12-24,,closed,FCPL,,,,Christmas Eve\n",
    );
    let s = Schedule::default_schedule();
    let eve = |from: &str, to: &str| -> (Coverer, Option<u8>) {
        let r = roster(&s, &o, d(from), d(to), DEFAULT_TZ).unwrap();
        let x = r
            .iter()
            .find(|x| x.date == d("2026-12-24") && x.start_local == Clock::hm(9, 0))
            .unwrap();
        (x.library.clone(), x.step)
    };
    let want = eve("2026-12-01", "2026-12-31");
    for (from, to) in [
        ("2026-12-24", "2026-12-24"),
        ("2026-12-20", "2026-12-27"),
        ("2026-12-15", "2027-01-15"),
        ("2026-11-20", "2026-12-24"),
        ("2026-12-02", "2026-12-30"),
    ] {
        assert_eq!(eve(from, to), want, "window {from} to {to}");
    }
    let t = parse_instant("2026-12-24T10:00", DEFAULT_TZ).unwrap();
    let now = duty_at(&s, &o, Duty::SharedFollowUp, t, DEFAULT_TZ).unwrap();
    assert_eq!(now[0].library, want.0);
}

fn ovr10(rows: &str) -> Overrides {
    let csv =
        format!("date,block,kind,library,with,with_date,with_block,reason,until,weekdays\n{rows}");
    parse_overrides("o.csv", csv.as_bytes(), InputFormat::Csv, &|s| {
        Ok(s.to_string())
    })
    .unwrap()
}

/// The Shared Follow-Up shifts of one date as "start-end library source step".
fn parts(r: &[RosterShift], date: &str) -> Vec<String> {
    r.iter()
        .filter(|s| s.date == d(date) && s.duty == Duty::SharedFollowUp)
        .map(|s| {
            let step = s.step.map(|n| format!(" step {n}")).unwrap_or_default();
            format!(
                "{}-{} {} {:?}{step}",
                s.start_local, s.end_local, s.library, s.source
            )
        })
        .collect()
}

#[test]
fn a_partial_cover_splits_the_block() {
    // 18:00–20:00 of CarrollCPL's 17:00–21:00: the cover takes its two hours, not the block.
    let r = december(&ovr(
        "2026-12-09,18:00-20:00,cover,Calvert Library,,,,half the evening\n",
    ));
    assert_eq!(
        parts(&r, "2026-12-09")[2..],
        [
            "17:00-18:00 CarrollCPL Schedule",
            "18:00-20:00 Calvert Library Override",
            "20:00-21:00 CarrollCPL Schedule"
        ]
    );
    // With CarrollCPL away, the hours no one agreed to are proposals: the gaps show.
    let r = december(&ovr(
        "2026-12-09,17:00-21:00,absent,CarrollCPL,,,,\n2026-12-09,18:00-20:00,cover,Calvert Library,,,,\n",
    ));
    let evening = &parts(&r, "2026-12-09")[2..];
    assert_eq!(evening.len(), 3);
    assert!(evening[0].starts_with("17:00-18:00 ") && evening[0].contains("Proposed"));
    assert_eq!(evening[1], "18:00-20:00 Calvert Library Override");
    assert!(evening[2].starts_with("20:00-21:00 ") && evening[2].contains("Proposed"));
    // A cover reaching past the block adds the hours with no shift as a shift of their own.
    let r = december(&ovr("2026-12-07,16:00-19:00,cover,Calvert Library,,,,\n"));
    assert_eq!(
        parts(&r, "2026-12-07"),
        [
            "09:00-13:00 BCPL Schedule",
            "13:00-16:00 Pratt/SLRC Schedule",
            "16:00-17:00 Calvert Library Override",
            "17:00-19:00 Calvert Library Override"
        ]
    );
    // Each part has its own UID; the first keeps the block's.
    let uids: Vec<&str> = r
        .iter()
        .filter(|s| s.date == d("2026-12-07") && s.duty == Duty::SharedFollowUp)
        .map(|s| s.uid.as_str())
        .collect();
    assert_eq!(
        uids,
        [
            "20261207T0900-shared-follow-up@aun.askusnow",
            "20261207T1300-shared-follow-up@aun.askusnow",
            "20261207T1600-shared-follow-up@aun.askusnow",
            "20261207T1700-shared-follow-up@aun.askusnow"
        ]
    );
}

#[test]
fn a_library_on_a_break_is_never_proposed() {
    // New Year's Day 2027: AACC and Pratt/SLRC closed. Frostburg, on winter break, has held
    // no shift for weeks, so fair share would pick it first — but it is away.
    let holidays = "2027-01-01,,closed,AACC,,,,New Year's Day,,\n\
                    2027-01-01,,closed,Pratt/SLRC,,,,New Year's Day,,\n";
    let brk = "2026-12-07,,closed,Frostburg State University,,,,winter break,2027-01-31,\n";
    let s = Schedule::default_schedule();
    let ny = |o: &Overrides| {
        parts(
            &roster(&s, o, d("2027-01-01"), d("2027-01-01"), DEFAULT_TZ).unwrap(),
            "2027-01-01",
        )
    };
    let with_break = ny(&ovr10(&format!("{holidays}{brk}")));
    assert!(
        with_break.iter().all(|p| !p.contains("Frostburg")),
        "{with_break:?}"
    );
    assert!(with_break.iter().all(|p| p.contains("Proposed step 2")));
    // Entered as absences from its Wednesdays only, Frostburg holds no shift for weeks and,
    // first of the libraries with the fewest, would be proposed for a day it is away.
    let wednesdays: String = [
        "2026-12-09",
        "2026-12-16",
        "2026-12-23",
        "2026-12-30",
        "2027-01-06",
        "2027-01-13",
        "2027-01-20",
        "2027-01-27",
    ]
    .iter()
    .map(|w| format!("{w},,absent,Frostburg State University,,,,winter break,,\n"))
    .collect();
    let without = ny(&ovr10(&format!("{holidays}{wednesdays}")));
    assert!(without[0].contains("Frostburg"), "{without:?}");
    // The break also removes its own Wednesdays from it.
    let r = roster(
        &s,
        &ovr10(brk),
        d("2026-12-16"),
        d("2026-12-16"),
        DEFAULT_TZ,
    )
    .unwrap();
    assert!(parts(&r, "2026-12-16")[1].contains("Proposed"));
}

#[test]
fn a_cooperative_closure_closes_every_shift_and_proposes_no_one() {
    let o = ovr10("2026-12-25,,closed,all,,,,Christmas Day,,\n");
    let r = december(&o);
    let day: Vec<&RosterShift> = r.iter().filter(|s| s.date == d("2026-12-25")).collect();
    assert_eq!(day.len(), 3);
    assert!(day
        .iter()
        .all(|s| s.source == Source::Closed && !s.covered() && s.step.is_none()));
    assert_eq!(day[0].reason, "the cooperative is closed: Christmas Day");
    // A range, on some weekdays only: the Wednesday evenings of January.
    let o = ovr10("2027-01-01,17:00-21:00,absent,CarrollCPL,,,,evenings off,2027-01-31,wed\n");
    let r = roster(
        &Schedule::default_schedule(),
        &o,
        d("2027-01-01"),
        d("2027-01-31"),
        DEFAULT_TZ,
    )
    .unwrap();
    let proposed: Vec<NaiveDate> = r
        .iter()
        .filter(|s| s.source == Source::Proposed)
        .map(|s| s.date)
        .collect();
    assert_eq!(
        proposed,
        ["2027-01-06", "2027-01-13", "2027-01-20", "2027-01-27"].map(d)
    );
    assert!(r
        .iter()
        .filter(|s| s.source == Source::Proposed)
        .all(|s| s.reason == "CarrollCPL absent 2027-01-01 to 2027-01-31 (wed): evenings off"));
}

#[test]
fn overrides_are_checked_against_the_duties() {
    let s = Schedule::default_schedule();
    let today = d("2026-12-01");
    let one = |row: &str| ovr10(row).items.remove(0);
    let check = |row: &str| check_override(&one(row), &s, &Overrides::none(), today, DEFAULT_TZ);
    // Frostburg has no duty on a Friday.
    let e = check("2027-01-01,,absent,Frostburg State University,,,,,,\n")
        .unwrap_err()
        .to_string();
    assert!(
        e.starts_with("Frostburg State University has no duty on fri 2027-01-01 (its blocks: wed 13:00-17:00); an absence would change nothing. To keep it out of substitute proposals then, use --kind closed"),
        "{e}"
    );
    // BCPL's Monday block is the morning.
    let e = check("2026-12-07,13:00-17:00,absent,BCPL,,,,,,\n")
        .unwrap_err()
        .to_string();
    assert_eq!(
        e,
        "13:00-17:00 is not one of BCPL's blocks on mon 2026-12-07 (they are 2026-12-07 09:00-13:00)"
    );
    // A range holding one of its duties is fine; a past date is a warning.
    assert!(check("2026-12-01,,absent,BCPL,,,,,2026-12-31,\n")
        .unwrap()
        .is_empty());
    let w = check("2026-11-30,,absent,BCPL,,,,,,\n").unwrap();
    assert_eq!(
        w,
        ["2026-11-30 is in the past (today is 2026-12-01): the override changes only the record"]
    );
    // A closure needs no duty: it keeps the library out of proposals.
    assert!(
        check("2027-01-01,,closed,Frostburg State University,,,,,,\n")
            .unwrap()
            .is_empty()
    );
}

#[test]
fn contribution_counts_what_each_library_did() {
    let o = ovr10(
        "2026-12-10,13:00-17:00,absent,FCPL,,,,,,\n\
         2026-12-10,13:00-17:00,cover,Calvert Library,,,,,,\n\
         2026-12-17,13:00-17:00,absent,FCPL,,,,,,\n\
         2026-12-25,,closed,all,,,,,,\n",
    );
    let s = Schedule::default_schedule();
    let r = december(&o);
    let rows = contribution(&r, &s, &o);
    let get = |lib: &str| rows.iter().find(|c| c.library == lib).unwrap().clone();
    let fcpl = get("FCPL");
    // Five Thursdays; two missed; none on Christmas (a Friday) to count.
    assert_eq!(
        (
            fcpl.scheduled,
            fcpl.held,
            fcpl.missed,
            fcpl.covered_for_others
        ),
        (5, 3, 2, 0)
    );
    let calvert = get("Calvert Library");
    assert_eq!(
        (calvert.held, calvert.covered_for_others, calvert.hours),
        (1, 1, 4.0)
    );
    // The 17th's proposal went to a same-day library, Pratt/SLRC.
    assert_eq!(get("Pratt/SLRC").proposed, 1);
    let held: usize = rows.iter().map(|c| c.held).sum();
    // December: 67 blocks, 2 on Christmas closed, one proposal not agreed.
    assert_eq!(held, 67 - 2 - 1);
    let total: f64 = rows.iter().map(|c| c.share).sum();
    assert!((total - 100.0).abs() < 0.5, "{total}");
}

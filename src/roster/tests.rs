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
    let fcpl = r.iter().find(|s| s.library == "FCPL").unwrap();
    assert_eq!(fcpl.uid, "20261203T1300-shared-follow-up-fcpl@aun.askusnow");
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
            "09:00 B Schedule",
            "09:00 C Proposed step 1",
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
            "09:00 B Schedule",
            "09:00 S2 Proposed step 2",
            "13:00 B Proposed step 1"
        ]
    );
    assert_eq!(gaps(&r).len(), 2);
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
    assert_eq!(r[0].library, ESCALATE);
    assert_eq!(r[0].step, Some(3));
    assert_eq!(
        r[0].escalate_to.as_deref(),
        Some("AskUsNow! statewide coordinators")
    );
    assert_eq!(
        r[0].uid,
        "20261207T0900-shared-follow-up-escalate@aun.askusnow"
    );
}

#[test]
fn law_absence_escalates() {
    let r = december(&ovr("2026-12-07,,absent,MD State Law Lib,,,,\n"));
    let law: Vec<_> = r
        .iter()
        .filter(|s| s.duty == Duty::Law && s.date == d("2026-12-07"))
        .collect();
    assert_eq!((law[0].library.as_str(), law[0].step), (ESCALATE, Some(3)));
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
    assert_eq!(plain[0].library, "FCPL");
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
    let o = ovr("2026-12-07,23:00-24:00,absent,Night Owl,,,,\n");
    let r = roster(&s, &o, d("2026-12-07"), d("2026-12-07"), DEFAULT_TZ).unwrap();
    let night = r
        .iter()
        .find(|s| s.start_local == Clock::hm(22, 0))
        .unwrap();
    assert_eq!((night.library.as_str(), night.step), ("Day Lark", Some(1)));
    assert_eq!(night.end.to_rfc3339(), "2026-12-08T07:00:00+00:00");
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
    let eve = |from: &str, to: &str| -> (String, Option<u8>) {
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

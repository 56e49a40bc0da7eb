use super::*;
use crate::io::InputFormat;
use crate::time::{parse_instant, DEFAULT_TZ};

fn at(s: &str) -> DateTime<Utc> {
    parse_instant(s, DEFAULT_TZ).unwrap()
}

fn who(s: &Schedule, duty: Duty, t: &str) -> Vec<String> {
    s.shifts_at(duty, at(t), DEFAULT_TZ)
        .iter()
        .map(|x| x.block.library.clone())
        .collect()
}

#[test]
fn default_schedule_matches_rules_md() {
    let s = Schedule::default_schedule();
    // rules.md §1, row by row (2026-11-23 is a Monday).
    let grid = [
        (
            "09:30",
            [
                "BCPL",
                "Pratt/SLRC",
                "MCPL",
                "Pratt/SLRC",
                "AACC",
                "Pratt/SLRC",
                "Pratt/SLRC",
            ],
        ),
        (
            "14:00",
            [
                "Pratt/SLRC",
                "Pratt/SLRC",
                "Frostburg State University",
                "FCPL",
                "Pratt/SLRC",
                "Pratt/SLRC",
                "Pratt/SLRC",
            ],
        ),
        ("18:00", ["", "", "CarrollCPL", "", "", "", ""]),
    ];
    for (time, row) in grid {
        for (i, want) in row.iter().enumerate() {
            let t = format!("2026-11-{}T{time}", 23 + i);
            let got = who(&s, Duty::SharedFollowUp, &t);
            let want: Vec<String> = if want.is_empty() {
                vec![]
            } else {
                vec![want.to_string()]
            };
            assert_eq!(got, want, "{t}");
        }
    }
    for i in 0..7 {
        let got = who(&s, Duty::Law, &format!("2026-11-{}T03:00", 23 + i));
        let want: Vec<String> = if i == 6 {
            vec![]
        } else {
            vec!["MD State Law Lib".into()]
        };
        assert_eq!(got, want);
    }
    let sunday = s.shifts_at(Duty::SharedFollowUp, at("2026-11-29T10:00"), DEFAULT_TZ);
    assert!(sunday[0].block.best_effort);
    let subs: Vec<&str> = s.substitutes.iter().map(|n| n.library.as_str()).collect();
    assert_eq!(subs, ["Calvert Library", "Stevenson University Library"]);
    assert_eq!(s.escalation.len(), 1);
    assert!(s
        .blocks
        .iter()
        .all(|b| b.effective == NaiveDate::from_ymd_opt(2018, 7, 3)));
}

#[test]
fn blocks_are_half_open() {
    let s = Schedule::default_schedule();
    assert_eq!(who(&s, Duty::SharedFollowUp, "2026-11-26T13:00"), ["FCPL"]);
    assert_eq!(
        who(&s, Duty::SharedFollowUp, "2026-11-26T12:59:59"),
        ["Pratt/SLRC"]
    );
    assert!(who(&s, Duty::SharedFollowUp, "2026-11-26T17:00").is_empty());
    assert!(who(&s, Duty::SharedFollowUp, "2026-11-26T08:59").is_empty());
}

#[test]
fn check_windows_split_each_block() {
    let s = Schedule::default_schedule();
    let shift = &s.shifts_at(Duty::SharedFollowUp, at("2026-11-26T14:00"), DEFAULT_TZ)[0];
    assert_eq!(shift.check_at(at("2026-11-26T14:59")), 1);
    assert_eq!(shift.check_at(at("2026-11-26T15:00")), 2);
    assert_eq!(shift.midpoint().to_rfc3339(), "2026-11-26T15:00:00-05:00");
}

#[test]
fn next_shift_after_a_gap() {
    let s = Schedule::default_schedule();
    let next = s
        .next_shift(Duty::SharedFollowUp, at("2026-11-23T18:00"), DEFAULT_TZ)
        .unwrap();
    assert_eq!(next.block.library, "Pratt/SLRC");
    assert_eq!(next.start.to_rfc3339(), "2026-11-24T09:00:00-05:00");
}

const OVERNIGHT: &str = "day,start,end,library,overnight\nfri,21:00,01:00,Night Owl Library,true\nsat,09:00,13:00,BCPL,\n";

#[test]
fn overnight_blocks_run_into_the_next_day() {
    let s = parse_schedule("o.csv", OVERNIGHT.as_bytes(), InputFormat::Csv).unwrap();
    assert_eq!(
        who(&s, Duty::SharedFollowUp, "2026-11-27T23:00"),
        ["Night Owl Library"]
    );
    assert_eq!(
        who(&s, Duty::SharedFollowUp, "2026-11-28T00:30"),
        ["Night Owl Library"]
    );
    assert!(who(&s, Duty::SharedFollowUp, "2026-11-28T01:00").is_empty());
    assert_eq!(s.blocks[0].minutes(), 240);
    assert!(s.blocks[0].covers_civil(Weekday::Sat, 30));
}

#[test]
fn dst_nights_are_real_hours() {
    // A 00:00–04:00 block on 2024-03-10 lasts three real hours; on 2024-11-03, five.
    let s = parse_schedule(
        "d.csv",
        b"day,start,end,library\nsun,00:00,04:00,X\n",
        InputFormat::Csv,
    )
    .unwrap();
    let spring = &s.shifts(
        Duty::SharedFollowUp,
        NaiveDate::from_ymd_opt(2024, 3, 10).unwrap(),
        NaiveDate::from_ymd_opt(2024, 3, 10).unwrap(),
        DEFAULT_TZ,
    )[0];
    assert_eq!((spring.end - spring.start).num_hours(), 3);
    let fall = &s.shifts(
        Duty::SharedFollowUp,
        NaiveDate::from_ymd_opt(2024, 11, 3).unwrap(),
        NaiveDate::from_ymd_opt(2024, 11, 3).unwrap(),
        DEFAULT_TZ,
    )[0];
    assert_eq!((fall.end - fall.start).num_hours(), 5);
    // Both 01:30s of the fall-back night are inside the block.
    assert_eq!(
        who(&s, Duty::SharedFollowUp, "2024-11-03T01:30:00-04:00"),
        ["X"]
    );
    assert_eq!(
        who(&s, Duty::SharedFollowUp, "2024-11-03T01:30:00-05:00"),
        ["X"]
    );
}

const GRID: &str = "\
,Monday,Tuesday,Wednesday,Thursday,Friday,Saturday,Sunday*
9 am-1 pm,BCPL,Pratt/SLRC,MCPL,Pratt/SLRC,AACC,Pratt/SLRC,Pratt/SLRC (best effort)
1 pm-5 pm,Pratt/SLRC,Pratt/SLRC,Frostburg State University,FCPL,Pratt/SLRC,Pratt/SLRC,Pratt/SLRC (best effort)
5 pm-9 pm,—,,CarrollCPL,—,,,
Anytime of the Day (Law Chats Only),MD State Law Lib,MD State Law Lib,MD State Law Lib,MD State Law Lib,MD State Law Lib,MD State Law Lib,
Substitutes,1) Calvert Library,2) Stevenson University Library,,,,,
Escalation,AskUsNow! statewide coordinators,,,,,,
Effective,2018-07-03,,,,,,
Updated,2018-11-26,,,,,,
";

#[test]
fn the_grid_form_reads_like_the_default() {
    let grid = parse_schedule("g.csv", GRID.as_bytes(), InputFormat::Csv).unwrap();
    let default = Schedule::default_schedule();
    let key = |s: &Schedule| {
        let mut v: Vec<_> = s
            .blocks
            .iter()
            .map(|b| {
                (
                    b.day.num_days_from_monday(),
                    b.start,
                    b.end,
                    b.library.clone(),
                    b.duty.as_str(),
                    b.best_effort,
                    b.effective,
                )
            })
            .collect();
        v.sort();
        v
    };
    assert_eq!(key(&grid), key(&default));
    let subs: Vec<&str> = grid
        .substitutes
        .iter()
        .map(|n| n.library.as_str())
        .collect();
    assert_eq!(subs, ["Calvert Library", "Stevenson University Library"]);
}

#[test]
fn long_rows_round_trip_through_csv_and_json() {
    let s = Schedule::default_schedule();
    let rows = s.long_rows(|_| None);
    for format in [
        crate::output::Format::Csv,
        crate::output::Format::Json,
        crate::output::Format::Jsonl,
    ] {
        let mut w = crate::output::RecordWriter::new(format, Vec::new(), false);
        for r in &rows {
            w.write(r).unwrap();
        }
        let bytes = w.finish().unwrap();
        let input = match format {
            crate::output::Format::Csv => InputFormat::Csv,
            crate::output::Format::Json => InputFormat::Json,
            _ => InputFormat::Jsonl,
        };
        let back = parse_schedule("rt", &bytes, input).unwrap();
        assert_eq!(back.long_rows(|_| None), rows, "{format:?}");
    }
}

#[test]
fn bad_schedules_say_where_and_what() {
    let cases: &[(&str, &str)] = &[
        (
            "day,start,end,library\nthrusday,09:00,13:00,X\n",
            "s.csv: line 2: unknown day \"thrusday\"",
        ),
        (
            "day,start,end,library\nmon,09:00,25:00,X\n",
            "s.csv: line 2: end: not a time of day: \"25:00\"",
        ),
        (
            "day,start,end,library\nmon,13:00,09:00,X\n",
            "s.csv: line 2: the block ends (09:00) before it starts (13:00)",
        ),
        (
            "day,start,library\nmon,09:00,X\n",
            "s.csv: missing column \"end\" (found: day, start, library)",
        ),
        ("", "s.csv: the file is empty"),
        ("day,start,end,library\n", "s.csv: no blocks"),
        (
            "day,start,end,library,duty\nmon,09:00,13:00,X,lunch\n",
            "s.csv: line 2: unknown duty \"lunch\"",
        ),
        (
            "day,start,end,library\nmon,09:00,13:00,\n",
            "s.csv: line 2: no library named",
        ),
        (
            "day,start,end,library\nmon,24:00,13:00,X\n",
            "s.csv: line 2: a block cannot start at 24:00",
        ),
    ];
    for (input, want) in cases {
        let e = parse_schedule("s.csv", input.as_bytes(), InputFormat::Csv)
            .unwrap_err()
            .to_string();
        assert!(e.starts_with(want), "got {e:?}, want {want:?}");
    }
}

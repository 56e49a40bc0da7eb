//! `aun schedule roster`, `schedule export` and `schedule override` from the outside, and the
//! cross-check of the exported calendar by an independent iCalendar parser.

use crate::workdir::{repo_file, Workdir};
use serde_json::Value;

const NOW: &str = "2026-11-23T12:00:00Z";
const HEAD: &str = "date,block,kind,library,with,with_date,with_block,reason\n";

/// Every override kind over the eight weeks around the 2026-11-01 DST change.
const DST_OVERRIDES: &str = "\
date,block,kind,library,with,with_date,with_block,reason
2026-10-26,09:00-13:00,absent,BCPL,,,,training
2026-10-28,09:00-13:00,swap,MCPL,AACC,2026-10-30,,staff day
2026-11-01,,closed,Pratt/SLRC,,,,\"closed; a Sunday, with \\\\ and commas\"
2026-11-02,17:00-21:00,cover,Calvert Library,,,,extra evening
2026-11-25,,closed,Calvert Library,,,,
2026-11-26,,closed,Pratt/SLRC,,,,Thanksgiving
2026-11-26,,closed,FCPL,,,,Thanksgiving
2026-11-10,,absent,MD State Law Lib,,,,
";

fn roster_json(wd: &Workdir, args: &[&str]) -> Vec<Value> {
    let mut all = vec!["schedule", "roster", "--format", "json", "--now", NOW];
    all.extend_from_slice(args);
    wd.run(&all).rows()
}

fn brief(rows: &[Value]) -> Vec<String> {
    rows.iter()
        .filter(|r| r["duty"] == "shared-follow-up")
        .map(|r| {
            format!(
                "{} {} {} {}{}",
                r["date"].as_str().unwrap(),
                r["start_local"].as_str().unwrap(),
                r["library"].as_str().unwrap(),
                r["source"].as_str().unwrap(),
                r["step"]
                    .as_u64()
                    .map(|n| format!(" {n}"))
                    .unwrap_or_default()
            )
        })
        .collect()
}

#[test]
fn the_calendar_agrees_with_the_roster_by_an_independent_parser() {
    let wd = Workdir::new("ics-crosscheck");
    wd.create("overrides.csv", DST_OVERRIDES);
    let period = ["--from", "2026-10-12", "--to", "2026-12-06"];
    let mut export = vec![
        "--overrides",
        "overrides.csv",
        "schedule",
        "export",
        "--now",
        NOW,
    ];
    export.extend_from_slice(&period);
    export.extend_from_slice(&["-o", "roster.ics"]);
    wd.run(&export).ok();
    let mut roster = vec!["--overrides", "overrides.csv", "schedule", "roster"];
    roster.extend_from_slice(&["--format", "json", "-o", "roster.json", "--now", NOW]);
    roster.extend_from_slice(&period);
    wd.run(&roster).ok();
    let rows: Vec<Value> = serde_json::from_str(&wd.read("roster.json")).unwrap();
    // Eight weeks: 15 Shared Follow-Up blocks and 6 law days a week, plus one covered evening.
    assert_eq!(rows.len(), 8 * 21 + 1);
    for source in ["schedule", "override", "proposed"] {
        assert!(rows.iter().any(|r| r["source"] == source), "{source}");
    }
    assert!(rows.iter().any(|r| r["library"] == "escalate"));

    let script = repo_file("tests/ics_crosscheck.py");
    let out = std::process::Command::new("python3")
        .arg(&script)
        .args(["roster.ics", "roster.json", "2026-10-12", "2026-12-06"])
        .current_dir(&wd.dir)
        .output()
        .unwrap_or_else(|e| {
            panic!("cannot run python3 ({e}): the cross-check needs python3 with the packages of .ci/setup")
        });
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success(),
        "the iCalendar cross-check failed (exit {:?}; run .ci/setup if packages are missing):\n{stdout}{stderr}",
        out.status.code()
    );
    assert_eq!(stdout.trim(), "ok: 169 shifts agree (1 VTIMEZONE)");
}

/// Runs a Python cross-check script in the workdir; panics with its output unless it agrees.
fn python_check(wd: &Workdir, script: &str, args: &[&str]) -> String {
    let out = std::process::Command::new("python3")
        .arg(repo_file(script))
        .args(args)
        .current_dir(&wd.dir)
        .output()
        .unwrap_or_else(|e| {
            panic!(
                "cannot run python3 ({e}): the check needs python3 with the packages of .ci/setup"
            )
        });
    let stdout = String::from_utf8_lossy(&out.stdout).to_string();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success(),
        "{script} {args:?} failed (exit {:?}; run .ci/setup if packages are missing):\n{stdout}{stderr}",
        out.status.code()
    );
    stdout
}

/// Absences, a proposal, a cover confirming one, a partial cover, a swap, a break and a
/// cooperative-wide closure: the changes a coordinator makes after the calendars went out.
const CHANGES: &str = "\
date,block,kind,library,with,with_date,with_block,reason,until,weekdays
2026-12-10,13:00-17:00,absent,FCPL,,,,training,,
2026-12-17,13:00-17:00,absent,FCPL,,,,,,
2026-12-17,13:00-17:00,cover,Calvert Library,,,,FCPL asked,,
2026-12-09,18:00-20:00,cover,Stevenson University Library,,,,,,
2026-12-02,09:00-13:00,swap,MCPL,AACC,2026-12-04,,staff day,,
2026-12-14,,closed,Frostburg State University,,,,winter break,2027-01-19,
2026-12-25,,closed,all,,,,Christmas Day,,
2026-12-31,,absent,FCPL,,,,,,
";

#[test]
fn calendars_cancel_what_moved_away_after_a_re_import() {
    let wd = Workdir::new("ics-roundtrip");
    wd.create("none.csv", HEAD);
    wd.create("changes.csv", CHANGES);
    let period = ["--from", "2026-12-01", "--to", "2026-12-31"];
    for library in [
        None,
        Some("FCPL"),
        Some("Calvert Library"),
        Some("CarrollCPL"),
    ] {
        let slug = library.unwrap_or("all").replace(' ', "-");
        let lib: Vec<&str> = library.map(|l| vec!["--library", l]).unwrap_or_default();
        let (before, after, json) = (
            format!("{slug}-before.ics"),
            format!("{slug}-after.ics"),
            format!("{slug}-after.json"),
        );
        for (overrides, file) in [("none.csv", &before), ("changes.csv", &after)] {
            let mut args = vec!["--overrides", overrides, "schedule", "export", "--now", NOW];
            args.extend_from_slice(&period);
            args.extend_from_slice(&lib);
            args.extend_from_slice(&["-o", file]);
            wd.run(&args).ok();
        }
        let mut args = vec!["--overrides", "changes.csv", "schedule", "roster"];
        args.extend_from_slice(&["--format", "json", "-o", &json, "--now", NOW]);
        args.extend_from_slice(&period);
        args.extend_from_slice(&lib);
        wd.run(&args).ok();
        let out = python_check(
            &wd,
            "tests/ics_roundtrip.py",
            &[&before, &after, &json, "2026-12-01", "2026-12-31"],
        );
        assert!(out.starts_with("ok: "), "{slug}: {out}");
        if library == Some("FCPL") {
            // Three Thursdays moved away, and a UID kept while the library changed.
            assert!(out.contains("3 cancelled"), "{out}");
            let text = wd.read(&after);
            assert!(text.contains("UID:20261217T1300-shared-follow-up@aun.askusnow\r\nSEQUENCE:"));
            assert!(text.contains("SUMMARY:Cancelled: Shared Follow-Up (now Calvert Library)\r\n"));
        }
    }
    // The whole cooperative's calendar: the same UID, now another library, a higher SEQUENCE.
    let before = wd.read("all-before.ics");
    let after = wd.read("all-after.ics");
    let event = |text: &str, uid: &str| -> String {
        let at = text.find(&format!("UID:{uid}\r\n")).unwrap();
        text[at..at + text[at..].find("END:VEVENT").unwrap()].to_string()
    };
    let uid = "20261217T1300-shared-follow-up@aun.askusnow";
    assert!(event(&before, uid).contains("SEQUENCE:0\r\n"));
    assert!(event(&before, uid).contains("X-AUN-LIBRARY:FCPL\r\n"));
    assert!(
        event(&after, uid).contains("SEQUENCE:8\r\n"),
        "{}",
        event(&after, uid)
    );
    assert!(event(&after, uid).contains("X-AUN-LIBRARY:Calvert Library\r\n"));
    let christmas = event(&after, "20261225T0900-shared-follow-up@aun.askusnow");
    assert!(christmas.contains("STATUS:CANCELLED\r\n"), "{christmas}");
}

#[test]
fn uids_are_stable_and_the_default_format_is_ics() {
    let wd = Workdir::new("ics-stable");
    let args = |now: &'static str| {
        [
            "schedule",
            "export",
            "--library",
            "FCPL",
            "--from",
            "2026-12-01",
            "--to",
            "2026-12-31",
            "--now",
            now,
        ]
    };
    let a = wd.run(&args(NOW)).ok().to_string();
    let b = wd.run(&args("2026-11-30T08:00:00Z")).ok().to_string();
    let uids = |s: &str| -> Vec<String> {
        s.split("\r\n")
            .filter(|l| l.starts_with("UID:"))
            .map(String::from)
            .collect()
    };
    // Thursdays of December 2026: the 3rd, 10th, 17th, 24th and 31st.
    assert_eq!(uids(&a).len(), 5);
    assert_eq!(uids(&a), uids(&b));
    assert!(a.contains("UID:20261231T1300-shared-follow-up@aun.askusnow\r\n"));
    assert!(a.contains("X-WR-CALNAME:AskUsNow! Shared Follow-Up: FCPL\r\n"));
    assert!(a.contains("DTSTAMP:20261123T120000Z\r\n"));
    assert!(b.contains("DTSTAMP:20261130T080000Z\r\n"));
    let e = wd
        .run(&["schedule", "export", "--library", "FCLP", "--now", NOW])
        .fails(1)
        .to_string();
    assert!(e.contains("--library: unknown library \"FCLP\""), "{e}");
    let e = wd
        .run(&["schedule", "export", "--format", "json", "--now", NOW])
        .fails(1)
        .to_string();
    assert!(
        e.contains("--format json is not offered here (choose from ics)"),
        "{e}"
    );
}

#[test]
fn a_closure_on_christmas_and_an_absence() {
    let wd = Workdir::new("roster-holiday");
    wd.create(
        "o.csv",
        format!("{HEAD}2026-12-25,,closed,AACC,,,,Christmas\n2026-12-25,,closed,EPFL,,,,Christmas\n2026-12-07,09:00-13:00,absent,BCPL,,,,training\n"),
    );
    let rows = roster_json(
        &wd,
        &[
            "--overrides",
            "o.csv",
            "--from",
            "2026-12-01",
            "--to",
            "2026-12-31",
            "--gaps",
        ],
    );
    // EPFL is the directory's id for the schedule's Pratt/SLRC.
    assert_eq!(
        brief(&rows),
        [
            "2026-12-07 09:00 Pratt/SLRC proposed 1",
            "2026-12-25 09:00 Calvert Library proposed 2",
            "2026-12-25 13:00 Stevenson University Library proposed 2",
        ]
    );
    assert_eq!(rows[1]["scheduled"], "AACC");
    assert_eq!(rows[1]["reason"], "AACC closed: Christmas");
    assert_eq!(rows[1]["start"], "2026-12-25T14:00:00Z");
    // The table groups by week.
    let table = wd
        .run(&[
            "--overrides",
            "o.csv",
            "schedule",
            "roster",
            "--from",
            "2026-12-01",
            "--to",
            "2026-12-31",
            "--gaps",
        ])
        .ok()
        .to_string();
    assert!(table.starts_with("Week of Monday 2026-12-07\n"), "{table}");
    assert!(table.contains("\n\nWeek of Monday 2026-12-21\n"), "{table}");
    assert!(table.contains("proposed (step 2)"), "{table}");
}

#[test]
fn escalation_names_the_coordinators() {
    let wd = Workdir::new("roster-escalate");
    wd.create(
        "s.csv",
        "day,start,end,library,duty\nmon,09:00,13:00,BCPL,\n,,,Calvert Library,substitute\n,,,AskUsNow! statewide coordinators,escalation\n",
    );
    wd.create(
        "o.csv",
        format!("{HEAD}2026-12-07,,closed,BCPL,,,,\n2026-12-07,,closed,Calvert Library,,,,\n"),
    );
    let rows = roster_json(
        &wd,
        &[
            "--schedule",
            "s.csv",
            "--overrides",
            "o.csv",
            "--from",
            "2026-12-07",
            "--to",
            "2026-12-14",
        ],
    );
    assert_eq!(
        brief(&rows),
        [
            "2026-12-07 09:00 escalate proposed 3",
            "2026-12-14 09:00 BCPL schedule"
        ]
    );
    assert_eq!(rows[0]["escalate_to"], "AskUsNow! statewide coordinators");
    // Who covers then: no one (exit 3), and the reason.
    let out = wd.run(&[
        "--schedule",
        "s.csv",
        "--overrides",
        "o.csv",
        "who-covers",
        "--at",
        "2026-12-07T10:00",
    ]);
    out.fails(3);
    assert!(
        out.stdout
            .contains("escalate to AskUsNow! statewide coordinators"),
        "{}",
        out.stdout
    );
}

#[test]
fn a_swap_across_two_days_and_a_cover() {
    let wd = Workdir::new("roster-swap");
    wd.create(
        "o.csv",
        format!("{HEAD}2026-12-02,09:00-13:00,swap,MCPL,AACC,2026-12-04,,staff day\n2026-12-03,13:00-17:00,cover,Calvert,,,,FCPL asked\n"),
    );
    let rows = roster_json(
        &wd,
        &[
            "--overrides",
            "o.csv",
            "--from",
            "2026-12-02",
            "--to",
            "2026-12-04",
        ],
    );
    assert_eq!(
        brief(&rows),
        [
            "2026-12-02 09:00 AACC override",
            "2026-12-02 13:00 Frostburg State University schedule",
            "2026-12-02 17:00 CarrollCPL schedule",
            "2026-12-03 09:00 Pratt/SLRC schedule",
            "2026-12-03 13:00 Calvert Library override",
            "2026-12-04 09:00 MCPL override",
            "2026-12-04 13:00 Pratt/SLRC schedule",
        ]
    );
}

#[test]
fn fair_share_over_a_month_from_the_command_line() {
    let wd = Workdir::new("roster-fair");
    let rows: String = ["02", "09", "16", "23", "30"]
        .iter()
        .map(|d| format!("2026-12-{d},13:00-17:00,absent,Frostburg State University,,,,\n"))
        .collect();
    wd.create("o.csv", format!("{HEAD}{rows}"));
    let rows = roster_json(
        &wd,
        &[
            "--overrides",
            "o.csv",
            "--from",
            "2026-12-01",
            "--to",
            "2026-12-31",
            "--gaps",
        ],
    );
    let libs: Vec<&str> = rows
        .iter()
        .map(|r| r["library"].as_str().unwrap())
        .collect();
    assert_eq!(libs, ["MCPL", "CarrollCPL", "MCPL", "CarrollCPL", "MCPL"]);
}

#[test]
fn dst_weeks_in_utc() {
    let wd = Workdir::new("roster-dst");
    let rows = roster_json(&wd, &["--from", "2026-10-30", "--to", "2026-11-02"]);
    let starts: Vec<String> = rows
        .iter()
        .filter(|r| r["start_local"] == "09:00")
        .map(|r| {
            format!(
                "{} {}",
                r["date"].as_str().unwrap(),
                r["start"].as_str().unwrap()
            )
        })
        .collect();
    assert_eq!(
        starts,
        [
            "2026-10-30 2026-10-30T13:00:00Z",
            "2026-10-31 2026-10-31T13:00:00Z",
            "2026-11-01 2026-11-01T14:00:00Z",
            "2026-11-02 2026-11-02T14:00:00Z",
        ]
    );
}

/// A block inside the spring-forward gap (02:00-03:00 on 2026-03-08 in New York) is not held
/// that day: the roster says so with the reason the calendar gives, no one is proposed for it,
/// and `schedule check` warns ahead; on the fall-back night (2026-11-01) and other Sundays it is
/// an ordinary shift.
#[test]
fn a_block_in_the_spring_forward_gap_is_not_held_that_day() {
    let wd = Workdir::new("roster-not-held");
    wd.create(
        "s.csv",
        "day,start,end,library
         sun,02:30,02:45,FCPL
         sun,01:30,02:30,BCPL
         sun,09:00,13:00,MCPL
",
    );
    let o = wd.create(
        "o.csv",
        format!("{HEAD}2026-03-08,02:30-02:45,absent,FCPL,,,,sick\n"),
    );
    let rows = roster_json(
        &wd,
        &[
            "--schedule",
            "s.csv",
            "--overrides",
            o.to_str().unwrap(),
            "--from",
            "2026-03-08",
            "--to",
            "2026-03-15",
        ],
    );
    assert_eq!(
        brief(&rows),
        [
            // 01:30-02:30 keeps the half hour that exists.
            "2026-03-08 01:30 BCPL schedule",
            "2026-03-08 02:30 FCPL not-held",
            "2026-03-08 09:00 MCPL schedule",
            "2026-03-15 01:30 BCPL schedule",
            "2026-03-15 02:30 FCPL schedule",
            "2026-03-15 09:00 MCPL schedule",
        ]
    );
    let fcpl = &rows[1];
    assert_eq!(fcpl["start"], fcpl["end"]);
    assert_eq!(
        fcpl["reason"],
        "the clocks spring forward: its hours do not exist on this date"
    );
    assert!(fcpl["step"].is_null() && fcpl["escalate_to"].is_null());
    // The table shows it the way it shows a closed day: source and reason.
    let table = wd
        .run(&[
            "schedule",
            "roster",
            "--schedule",
            "s.csv",
            "--from",
            "2026-03-08",
            "--to",
            "2026-03-08",
            "--now",
            NOW,
        ])
        .ok()
        .to_string();
    let line = table.lines().find(|l| l.contains("FCPL")).unwrap();
    assert!(
        line.contains("not-held") && line.contains("the clocks spring forward"),
        "{table}"
    );
    // The calendar cancels the same shift, for the same reason.
    let ics = wd
        .run(&[
            "schedule",
            "export",
            "--schedule",
            "s.csv",
            "--from",
            "2026-03-08",
            "--to",
            "2026-03-08",
            "--now",
            NOW,
        ])
        .ok()
        .replace("\r\n ", "");
    let event = ics
        .split("BEGIN:VEVENT")
        .find(|e| e.contains("UID:20260308T0230-"))
        .unwrap();
    assert!(
        event.contains("STATUS:CANCELLED")
            && event.contains("SUMMARY:Cancelled: Shared Follow-Up (the clocks spring forward")
            && event.contains("X-AUN-SOURCE:not-held"),
        "{event}"
    );
    // The fall-back night has 02:30 once: an ordinary shift.
    let rows = roster_json(
        &wd,
        &[
            "--schedule",
            "s.csv",
            "--from",
            "2026-11-01",
            "--to",
            "2026-11-01",
        ],
    );
    assert_eq!(
        brief(&rows),
        [
            "2026-11-01 01:30 BCPL schedule",
            "2026-11-01 02:30 FCPL schedule",
            "2026-11-01 09:00 MCPL schedule",
        ]
    );
    assert_eq!(rows[1]["start"], "2026-11-01T07:30:00Z");
    // `schedule check` warns of the block, naming the day, whatever the day the check is run.
    for (now, date) in [
        ("2026-01-15T12:00:00Z", "2026-03-08"),
        ("2026-03-09T12:00:00Z", "2027-03-14"),
    ] {
        let found = wd
            .run(&[
                "schedule",
                "check",
                "--schedule",
                "s.csv",
                "--now",
                now,
                "--format",
                "json",
            ])
            .json();
        let held: Vec<&Value> = found
            .as_array()
            .unwrap()
            .iter()
            .filter(|f| f["kind"] == "not-held")
            .collect();
        assert_eq!(held.len(), 1, "{found}");
        assert_eq!(held[0]["severity"], "warning");
        assert_eq!(
            (&held[0]["library"], &held[0]["day"], &held[0]["start"]),
            (&"FCPL".into(), &"sun".into(), &"02:30".into())
        );
        let message = held[0]["message"].as_str().unwrap();
        assert!(
            message.contains(&format!("is not held on {date} (shared-follow-up)")),
            "{message}"
        );
    }
}

#[test]
fn who_covers_honours_an_override_for_its_date() {
    let wd = Workdir::new("wc-override");
    wd.create(
        "o.csv",
        format!("{HEAD}2026-11-26,13:00-17:00,absent,FCPL,,,,Thanksgiving\n"),
    );
    let ask = |at: &str| {
        let out = wd.run(&[
            "--overrides",
            "o.csv",
            "who-covers",
            "--at",
            at,
            "--format",
            "json",
        ]);
        let v: Value = serde_json::from_str(&out.stdout).unwrap();
        v[0].clone()
    };
    let c = ask("2026-11-26T14:00");
    // Proposed is not agreed: no library is on duty, the proposal is named, exit code 4.
    assert_eq!(c["covered"], false);
    assert_eq!(c["status"], "proposed");
    assert_eq!(c["library"], Value::Null);
    assert_eq!(c["proposed"], "Pratt/SLRC");
    assert_eq!(c["source"], "proposed");
    assert_eq!(c["reason"], "FCPL absent: Thanksgiving");
    let c = ask("2026-12-03T14:00");
    assert_eq!(c["library"], "FCPL");
    assert_eq!(c["status"], "on-duty");
    let out = wd.run(&[
        "--overrides",
        "o.csv",
        "who-covers",
        "--at",
        "2026-11-26T14:00",
    ]);
    out.fails(4);
    let text = out.stdout.clone();
    assert!(
        text.starts_with(
            "no one yet: Pratt/SLRC (Enoch Pratt Free Library) is proposed, not agreed\n"
        ),
        "{text}"
    );
    let c = wd
        .run(&["who-covers", "--at", "2026-11-26T14:00", "--format", "json"])
        .json()[0]
        .clone();
    assert_eq!(c["library"], "FCPL");
    assert_eq!(c["source"], "schedule");
}

#[test]
fn override_add_appends_and_list_shows() {
    let wd = Workdir::new("ovr-add");
    let add = |args: &[&str]| {
        let mut all = vec!["--overrides", "o.csv", "schedule", "override", "add"];
        all.extend_from_slice(args);
        wd.run(&all)
    };
    // A new file gets a header.
    add(&[
        "--date",
        "2026-12-07",
        "--kind",
        "absent",
        "--library",
        "BCPL",
        "--block",
        "09:00-13:00",
        "--reason",
        "training",
    ])
    .ok();
    add(&[
        "--date",
        "2026-12-02",
        "--kind",
        "swap",
        "--library",
        "MCPL",
        "--block",
        "09:00-13:00",
        "--with",
        "AACC",
        "--with-date",
        "2026-12-04",
        "--reason",
        "staff day, again",
    ])
    .ok();
    assert_eq!(
        wd.read("o.csv"),
        format!("{HEAD}2026-12-07,09:00-13:00,absent,BCPL,,,,training\n2026-12-02,09:00-13:00,swap,MCPL,AACC,2026-12-04,,\"staff day, again\"\n")
    );
    let listed = wd
        .run(&[
            "--overrides",
            "o.csv",
            "schedule",
            "override",
            "list",
            "--format",
            "json",
        ])
        .json();
    assert_eq!(listed[1]["with"], "AACC");
    assert_eq!(listed[1]["origin"], "o.csv: line 3");
}

#[test]
fn override_add_keeps_a_files_own_columns_and_line_ends() {
    let wd = Workdir::new("ovr-cols");
    wd.create(
        "o.csv",
        "Date,Kind,Library,Note\r\n2026-12-07,closed,BCPL,snow\r\n",
    );
    wd.run(&[
        "--overrides",
        "o.csv",
        "schedule",
        "override",
        "add",
        "--date",
        "2026-12-08",
        "--kind",
        "closed",
        "--library",
        "AACC",
        "--reason",
        "=1+1",
    ])
    .ok();
    assert_eq!(
        wd.read("o.csv"),
        "Date,Kind,Library,Note\r\n2026-12-07,closed,BCPL,snow\r\n2026-12-08,closed,AACC,'=1+1\n"
    );
    // A block needs a block column: refused, file untouched.
    let before = std::fs::read(wd.path("o.csv")).unwrap();
    let e = wd
        .run(&[
            "--overrides",
            "o.csv",
            "schedule",
            "override",
            "add",
            "--date",
            "2026-12-09",
            "--kind",
            "absent",
            "--library",
            "MCPL",
            "--block",
            "09:00-13:00",
        ])
        .fails(1)
        .to_string();
    assert!(e.contains("no \"block\" column"), "{e}");
    assert_eq!(std::fs::read(wd.path("o.csv")).unwrap(), before);
    // JSON files take a new object.
    wd.create(
        "o.json",
        "[{\"date\": \"2026-12-07\", \"kind\": \"closed\", \"library\": \"BCPL\", \"note\": \"snow\"}]\n",
    );
    wd.run(&[
        "--overrides",
        "o.json",
        "schedule",
        "override",
        "add",
        "--date",
        "2026-12-10",
        "--kind",
        "absent",
        "--library",
        "FCPL",
        "--block",
        "13:00-17:00",
        "--reason",
        "pipes",
    ])
    .ok();
    let v: Value = serde_json::from_str(&wd.read("o.json")).unwrap();
    assert_eq!(v[1]["block"], "13:00-17:00");
    assert_eq!(v[1]["note"], "pipes");
    assert_eq!(v[0]["library"], "BCPL");
}

#[test]
fn refused_overrides_leave_the_file_byte_for_byte() {
    let wd = Workdir::new("ovr-refuse");
    let original = format!("{HEAD}2026-12-07,09:00-13:00,absent,BCPL,,,,training\n");
    wd.create("o.csv", &original);
    let add = |args: &[&str]| {
        let mut all = vec!["--overrides", "o.csv", "schedule", "override", "add"];
        all.extend_from_slice(args);
        wd.run(&all).fails(1).to_string()
    };
    let e = add(&[
        "--date",
        "2026-12-07",
        "--kind",
        "absent",
        "--library",
        "bcpl",
        "--block",
        "09:00-13:00",
    ]);
    assert!(
        e.contains("the new override: duplicates o.csv: line 2"),
        "{e}"
    );
    let e = add(&[
        "--date",
        "2026-12-07",
        "--kind",
        "cover",
        "--library",
        "BCPL",
        "--block",
        "10:00-12:00",
    ]);
    assert!(
        e.contains("contradicts o.csv: line 2: BCPL is absent on 2026-12-07"),
        "{e}"
    );
    let e = add(&[
        "--date",
        "2026-12-02",
        "--kind",
        "swap",
        "--library",
        "MCPL",
        "--block",
        "09:00-13:00",
        "--with",
        "AACC",
        "--with-date",
        "2026-12-05",
    ]);
    assert!(
        e.contains("AACC has no block 09:00-13:00 on 2026-12-05 (sat)"),
        "{e}"
    );
    let e = add(&[
        "--date",
        "2026-12-08",
        "--kind",
        "absent",
        "--library",
        "Springfield Public",
    ]);
    assert!(
        e.contains("--library: unknown library \"Springfield Public\""),
        "{e}"
    );
    assert_eq!(wd.read("o.csv"), original);

    // A file that does not parse is refused, not rewritten.
    let broken = format!(
        "{HEAD}2026-12-07,09:00-13:00,absent,BCPL,,,,\n2026-02-30,,closed,AACC,,,,\n\"unclosed,\n"
    );
    wd.create("o.csv", &broken);
    let e = add(&[
        "--date",
        "2026-12-09",
        "--kind",
        "closed",
        "--library",
        "MCPL",
    ]);
    assert!(
        e.starts_with("aun: o.csv was not changed: o.csv: line 3: date: not a date"),
        "{e}"
    );
    assert_eq!(std::fs::read(wd.path("o.csv")).unwrap(), broken.as_bytes());
    // And the roster refuses it the same way.
    let e = wd
        .run(&[
            "--overrides",
            "o.csv",
            "schedule",
            "roster",
            "--from",
            "2026-12-01",
        ])
        .fails(1)
        .to_string();
    assert!(e.starts_with("aun: o.csv: line 3: date: not a date"), "{e}");
    let e = wd
        .run(&[
            "--overrides",
            "o.csv",
            "who-covers",
            "--at",
            "2026-12-07T10:00",
        ])
        .fails(1)
        .to_string();
    assert!(e.starts_with("aun: o.csv: line 3:"), "{e}");
}

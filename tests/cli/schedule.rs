//! `aun schedule show` and `aun schedule check` from the outside.

use crate::workdir::Workdir;

#[test]
fn show_matches_the_cooperative_table() {
    let wd = Workdir::new("show");
    let out = wd.run(&["schedule", "show", "--color", "never"]);
    let text = out.ok();
    let row = |label: &str| {
        text.lines()
            .find(|l| l.contains(label))
            .unwrap_or_else(|| panic!("no {label} row"))
            .to_string()
    };
    let cells = |line: String| {
        line.split(['│', '┆'])
            .map(|c| c.trim().to_string())
            .filter(|c| !c.is_empty())
            .collect::<Vec<_>>()
    };
    assert_eq!(
        cells(row("09:00–13:00")),
        [
            "09:00–13:00",
            "BCPL",
            "Pratt/SLRC",
            "MCPL",
            "Pratt/SLRC",
            "AACC",
            "Pratt/SLRC",
            "Pratt/SLRC (best effort)"
        ]
    );
    assert_eq!(
        cells(row("13:00–17:00")),
        [
            "13:00–17:00",
            "Pratt/SLRC",
            "Pratt/SLRC",
            "Frostburg State University",
            "FCPL",
            "Pratt/SLRC",
            "Pratt/SLRC",
            "Pratt/SLRC (best effort)"
        ]
    );
    assert_eq!(
        cells(row("17:00–21:00")),
        ["17:00–21:00", "—", "—", "CarrollCPL", "—", "—", "—", "—"]
    );
    assert_eq!(
        cells(row("law chats only")),
        [
            "law chats only, 00:00–24:00",
            "MD State Law Lib",
            "MD State Law Lib",
            "MD State Law Lib",
            "MD State Law Lib",
            "MD State Law Lib",
            "MD State Law Lib",
            "—"
        ]
    );
    assert!(
        text.contains("Substitutes, in order: 1) Calvert Library, 2) Stevenson University Library")
    );
    assert!(text.contains("In effect from 2018-07-03; updated 2018-11-26."));
}

#[test]
fn show_csv_round_trips_into_schedule() {
    let wd = Workdir::new("roundtrip");
    let csv = wd
        .run(&["schedule", "show", "--format", "csv"])
        .ok()
        .to_string();
    wd.create("mine.csv", &csv);
    let again = wd.run(&[
        "schedule",
        "show",
        "--format",
        "csv",
        "--schedule",
        "mine.csv",
    ]);
    assert_eq!(again.ok(), csv);
    let json = wd
        .run(&["schedule", "show", "--format", "json"])
        .ok()
        .to_string();
    wd.create("mine.json", &json);
    assert_eq!(
        wd.run(&[
            "schedule",
            "show",
            "--format",
            "csv",
            "--schedule",
            "mine.json"
        ])
        .ok(),
        csv
    );
}

#[test]
fn show_one_library() {
    let wd = Workdir::new("one");
    let v = wd
        .run(&["schedule", "show", "--library", "EPFL", "--format", "json"])
        .json();
    let rows = v.as_array().unwrap();
    assert_eq!(rows.len(), 9, "Pratt/SLRC has nine blocks");
    assert!(rows
        .iter()
        .all(|r| r["library"] == "Pratt/SLRC" && r["library_id"] == "EPFL"));
    wd.run(&["schedule", "show", "--library", "Nowhere"])
        .fails(1);
}

#[test]
fn the_grid_form_is_read() {
    let wd = Workdir::new("grid");
    wd.create(
        "grid.csv",
        ",Mon,Tue,Wed,Thu,Fri,Sat,Sun*\n9 am-1 pm,BCPL,Pratt/SLRC,MCPL,Pratt/SLRC,AACC,Pratt/SLRC,Pratt/SLRC\n1 pm-5 pm,Pratt/SLRC,Pratt/SLRC,Frostburg State University,FCPL,Pratt/SLRC,Pratt/SLRC,Pratt/SLRC\n5 pm-9 pm,,,CarrollCPL,,,,\nAnytime of the Day (Law Chats Only),MD State Law Lib,MD State Law Lib,MD State Law Lib,MD State Law Lib,MD State Law Lib,MD State Law Lib,—\n",
    );
    let v = wd
        .run(&[
            "who-covers",
            "--schedule",
            "grid.csv",
            "--at",
            "2026-11-29T10:00",
            "--format",
            "json",
        ])
        .json();
    assert_eq!(v[0]["library"], "Pratt/SLRC");
    assert_eq!(
        v[0]["best_effort"], true,
        "the starred Sunday column is best effort"
    );
    let v = wd
        .run(&[
            "who-covers",
            "--schedule",
            "grid.csv",
            "--at",
            "2026-11-25T18:00",
            "--format",
            "json",
        ])
        .json();
    assert_eq!(v[0]["library"], "CarrollCPL");
}

#[test]
fn check_lists_the_default_gaps_and_exits_0() {
    let wd = Workdir::new("check");
    let out = wd.run(&["schedule", "check", "--format", "json"]);
    let v = out.json();
    let gaps: Vec<String> = v
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["severity"] == "gap")
        .map(|f| {
            format!(
                "{} {} {}",
                f["kind"].as_str().unwrap(),
                f["day"].as_str().unwrap(),
                f["start"].as_str().unwrap()
            )
        })
        .collect();
    assert_eq!(
        gaps,
        [
            "gap mon 17:00",
            "gap tue 17:00",
            "gap thu 17:00",
            "gap fri 17:00",
            "gap sat 17:00",
            "gap sun 17:00",
            "law-gap sun 00:00"
        ]
    );
    assert!(out.stderr.contains("0 errors"), "{}", out.stderr);
    wd.run(&["schedule", "check", "--strict"]).fails(1);
}

#[test]
fn check_reports_every_malformed_row_and_fails() {
    let wd = Workdir::new("check-bad");
    wd.create("bad.csv", "day,start,end,library\nmon,09:00,13:00,BCPL\nfunday,09:00,13:00,BCPL\nmon,13:00,25:00,BCPL\ntue,13:00,09:00,BCPL\n");
    let out = wd.run(&[
        "schedule",
        "check",
        "--schedule",
        "bad.csv",
        "--format",
        "jsonl",
    ]);
    assert_eq!(out.code, 1);
    let errors: Vec<&str> = out
        .stdout
        .lines()
        .filter(|l| l.contains("\"malformed\""))
        .collect();
    assert_eq!(errors.len(), 3, "{}", out.stdout);
    assert!(errors[0].contains("bad.csv: line 3: unknown day"));
}

#[test]
fn bad_schedule_files_are_clear_errors() {
    let wd = Workdir::new("bad");
    let cases = [
        (
            "unknown-day.csv",
            "day,start,end,library\nThrusday,09:00,13:00,X\n",
            "aun: unknown-day.csv: line 2: unknown day \"Thrusday\"",
        ),
        (
            "late.csv",
            "day,start,end,library\nmon,09:00,25:00,X\n",
            "aun: late.csv: line 2: end: not a time of day: \"25:00\"",
        ),
        (
            "backwards.csv",
            "day,start,end,library\nmon,13:00,09:00,X\n",
            "aun: backwards.csv: line 2: the block ends (09:00) before it starts (13:00)",
        ),
        (
            "columns.csv",
            "weekday,library\nmon,X\n",
            "aun: columns.csv: missing column \"start\"",
        ),
        ("empty.csv", "", "aun: empty.csv: the file is empty"),
    ];
    for (name, body, want) in cases {
        wd.create(name, body);
        let out = wd.run(&[
            "who-covers",
            "--schedule",
            name,
            "--day",
            "mon",
            "--time",
            "10:00",
        ]);
        let err = out.fails(1);
        assert!(err.starts_with(want), "{name}: {err}");
        assert_eq!(err.lines().count(), 1, "one line: {err}");
    }
}

/// A schedule, directory or overrides file whose header names one column twice is refused: the
/// second column was ignored without a word (a second `library`, a new `Contact Email` beside an
/// old `contact_email`).
#[test]
fn a_column_named_twice_is_refused_in_every_small_file() {
    let wd = Workdir::new("same-name");
    wd.create(
        "s.csv",
        "day,start,end,library,library\nmon,09:00,13:00,FCPL,BCPL\n",
    );
    wd.create(
        "d.csv",
        "id,name,contact_email,verified,Contact Email\nFCPL,Frederick,old@example.org,2026-11-01,new@example.org\n",
    );
    wd.create(
        "o.jsonl",
        "{\"date\":\"2026-12-07\",\"kind\":\"absent\",\"library\":\"BCPL\"}\n{\"date\":\"2026-12-08\",\"kind\":\"absent\",\"Library\":\"BCPL\"}\n",
    );
    for (flag, file, want) in [
        ("--schedule", "s.csv", "aun: s.csv: line 1: the header names \"library\" twice (columns 4 and 5); it cannot tell which to read: rename or remove one"),
        ("--directory", "d.csv", "aun: d.csv: line 1: the header names \"contact_email\" (column 3) and \"Contact Email\" (column 5), which are one name to aun;"),
        ("--overrides", "o.jsonl", "aun: o.jsonl: the keys \"library\" and \"Library\" are one name to aun;"),
    ] {
        let err = wd
            .run(&[flag, file, "who-covers", "--at", "2026-12-07T10:00"])
            .fails(1)
            .to_string();
        assert!(err.starts_with(want), "{file}: {err}");
    }
}

#[test]
fn output_files_are_written_whole() {
    let wd = Workdir::new("out");
    wd.run(&["schedule", "show", "--format", "csv", "-o", "s.csv"])
        .ok();
    assert!(wd
        .read("s.csv")
        .starts_with("day,start,end,library,library_id,duty"));
    // A failing run leaves the previous file as it was.
    wd.run(&[
        "schedule",
        "show",
        "--format",
        "csv",
        "--schedule",
        "missing.csv",
        "-o",
        "s.csv",
    ])
    .fails(1);
    assert!(wd.read("s.csv").starts_with("day,start,end"));
}

#[test]
fn a_closed_pipe_is_quiet() {
    let wd = Workdir::new("pipe");
    let mut child = wd
        .command(&["schedule", "check", "--format", "jsonl"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    assert!(
        !String::from_utf8_lossy(&out.stderr).contains("Broken pipe"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn colour_only_when_asked_or_on_a_terminal() {
    let wd = Workdir::new("color");
    let always = wd.run(&["schedule", "check", "--color", "always"]);
    assert!(
        always.ok().contains("\x1b[1m"),
        "--color always styles the header"
    );
    let auto = wd.run(&["schedule", "check"]);
    assert!(!auto.ok().contains('\x1b'), "stdout is not a terminal here");
    let never = wd
        .command(&["schedule", "check", "--color", "never"])
        .env("TERM", "xterm")
        .output()
        .unwrap();
    assert!(!String::from_utf8_lossy(&never.stdout).contains('\x1b'));
}

#[test]
fn quiet_silences_the_summary() {
    let wd = Workdir::new("quiet");
    assert!(wd.run(&["schedule", "check"]).stderr.contains("gaps"));
    assert_eq!(wd.run(&["schedule", "check", "-q"]).stderr, "");
}

/// The schedule's blocks, substitutes, escalation and service hours as `--format json` gives them,
/// without the fields the grid form does not hold (notes, per-block dates, ids).
fn essentials(wd: &Workdir, schedule: Option<&str>) -> Vec<String> {
    let mut args = vec!["schedule", "show", "--format", "json"];
    if let Some(s) = schedule {
        args.extend_from_slice(&["--schedule", s]);
    }
    let v = wd.run(&args).json();
    let mut rows: Vec<String> = v
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            format!(
                "{} {} {} {} {} best_effort={} {}",
                r["day"],
                r["start"],
                r["end"],
                r["library"],
                r["duty"],
                r["best_effort"],
                r["effective"]
            )
        })
        .collect();
    rows.sort();
    rows
}

#[test]
fn the_grid_form_reads_back() {
    let wd = Workdir::new("grid-back");
    let out = wd.run(&["schedule", "show", "--format", "grid", "-o", "grid.csv"]);
    out.ok();
    // The grid cannot hold the blocks' notes, and says so.
    assert!(
        out.stderr
            .contains("the grid form does not hold the notes of"),
        "{}",
        out.stderr
    );
    let grid = wd.read("grid.csv");
    assert!(grid.starts_with("block,Monday,Tuesday,Wednesday,Thursday,Friday,Saturday,Sunday\n"));
    assert!(
        grid.contains("\n17:00-21:00,—,—,CarrollCPL,—,—,—,—\n"),
        "{grid}"
    );
    assert!(grid.contains("Pratt/SLRC (best effort)"), "{grid}");
    assert!(grid.contains("\nSubstitutes,1) Calvert Library,2) Stevenson University Library\n"));
    assert!(
        grid.contains("\nService hours,09:00-17:00,09:00-17:00,09:00-21:00,"),
        "{grid}"
    );
    assert_eq!(essentials(&wd, Some("grid.csv")), essentials(&wd, None));
    // Written again from what it read: the same bytes.
    wd.run(&[
        "--schedule",
        "grid.csv",
        "schedule",
        "show",
        "--format",
        "grid",
        "-o",
        "again.csv",
    ])
    .ok();
    assert_eq!(wd.read("again.csv"), grid);
}

#[test]
fn a_schedule_saved_by_a_spreadsheet_reads_with_a_note() {
    let wd = Workdir::new("excel");
    // The default, as Excel saves it: US dates, TRUE/FALSE, 24:00 as 0:00, times with seconds.
    let text = std::fs::read_to_string(crate::workdir::repo_file("data/schedule.csv")).unwrap();
    let excel: String = text
        .lines()
        .map(|l| {
            l.replace("2018-07-03", "7/3/2018")
                .replace("2018-11-26", "11/26/2018")
                .replace("false", "FALSE")
                .replace("true", "TRUE")
                .replace(",24:00,", ",0:00,")
                .replace(",09:00,", ",9:00:00 AM,")
                + "\r\n"
        })
        .collect();
    assert!(excel.contains(",0:00,MD State Law Lib,"));
    wd.create("excel.csv", &excel);
    let out = wd.run(&["--schedule", "excel.csv", "schedule", "check"]);
    out.ok();
    assert!(
        out.stderr.contains(
            "excel.csv: 42 dates read as month/day/year, as a US spreadsheet saves them (7/3/2018 is 2018-07-03)"
        ),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr
            .contains("excel.csv: 6 blocks ending at 0:00 read as ending at 24:00"),
        "{}",
        out.stderr
    );
    assert!(out.stderr.contains("0 errors"), "{}", out.stderr);
    assert_eq!(essentials(&wd, Some("excel.csv")), essentials(&wd, None));
}

#[test]
fn check_validates_a_hand_edited_overrides_file() {
    let wd = Workdir::new("check-overrides");
    wd.create(
        "o.csv",
        "date,block,kind,library\n2026-12-07,09:00-13:00,absent,BCPL\n2026-12-08,,absent,FCPL\n2026-12-07,13:00-17:00,absent,BCPL\n2027-01-01,,closed,Frostburg State University\n",
    );
    let out = wd.run(&[
        "--overrides",
        "o.csv",
        "schedule",
        "check",
        "--format",
        "json",
        "--now",
        "2026-11-23T12:00",
    ]);
    out.fails(1);
    let v: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    let errors: Vec<String> = v
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["kind"] == "override")
        .map(|f| f["message"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(errors.len(), 2, "{errors:?}");
    assert!(
        errors[0].starts_with("o.csv: line 3: FCPL has no duty on tue 2026-12-08"),
        "{errors:?}"
    );
    assert!(
        errors[1].starts_with(
            "o.csv: line 4: 13:00-17:00 is not one of BCPL's blocks on mon 2026-12-07"
        ),
        "{errors:?}"
    );
}

/// A bidi override in a schedule's library name or note is shown escaped in the weekly grid and
/// the notes under it, as in every table, and kept as it is in the CSV.
#[test]
fn show_escapes_bidi_controls_in_the_grid() {
    let wd = Workdir::new("show-bidi");
    let csv = wd
        .run(&["schedule", "show", "--format", "csv"])
        .ok()
        .to_string();
    let hostile = csv.replacen(",BCPL,", ",BCPL\u{202e}LPCB,", 1).replacen(
        ",Pratt/SLRC will do",
        ",\u{2067}Pratt/SLRC will do",
        1,
    );
    assert_ne!(hostile, csv);
    wd.create("mine.csv", &hostile);
    let grid = wd
        .run(&["schedule", "show", "--schedule", "mine.csv"])
        .ok()
        .to_string();
    assert!(!grid.contains(['\u{202e}', '\u{2067}']), "{grid}");
    assert!(grid.contains("BCPL\\u{202e}LPCB"), "{grid}");
    assert!(grid.contains(": \\u{2067}Pratt/SLRC will do"), "{grid}");
    let again = wd
        .run(&[
            "schedule",
            "show",
            "--schedule",
            "mine.csv",
            "--format",
            "csv",
        ])
        .ok()
        .to_string();
    assert!(
        again.contains(",BCPL\u{202e}LPCB,"),
        "the CSV keeps the data: {again}"
    );
}

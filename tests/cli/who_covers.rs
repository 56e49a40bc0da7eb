//! `aun who-covers` from the outside.

use crate::workdir::Workdir;

#[test]
fn thursday_two_pm_is_fcpl_on_a_fresh_machine() {
    let wd = Workdir::new("wc-thu");
    let out = wd.run(&[
        "who-covers",
        "--day",
        "thu",
        "--time",
        "14:00",
        "--now",
        "2026-11-23T12:00:00Z",
    ]);
    let text = out.ok();
    assert_eq!(
        text.lines().next(),
        Some("FCPL (Frederick County Public Libraries)")
    );
    assert!(text.contains("1st check window 13:00–15:00"), "{text}");
    assert!(text.contains("Law chats: MD State Law Lib"), "{text}");
}

#[test]
fn every_weekday_and_block_boundary() {
    let wd = Workdir::new("wc-grid");
    // 2026-11-23 is a Monday.
    let want = [
        ("mon", ["", "BCPL", "Pratt/SLRC", ""]),
        ("tue", ["", "Pratt/SLRC", "Pratt/SLRC", ""]),
        (
            "wed",
            ["", "MCPL", "Frostburg State University", "CarrollCPL"],
        ),
        ("thu", ["", "Pratt/SLRC", "FCPL", ""]),
        ("fri", ["", "AACC", "Pratt/SLRC", ""]),
        ("sat", ["", "Pratt/SLRC", "Pratt/SLRC", ""]),
        ("sun", ["", "Pratt/SLRC", "Pratt/SLRC", ""]),
    ];
    for (day, libs) in want {
        for (time, lib) in ["08:59", "09:00", "13:00", "17:00"].iter().zip(libs) {
            let out = wd.run(&[
                "who-covers",
                "--day",
                day,
                "--time",
                time,
                "--format",
                "json",
                "--now",
                "2026-11-23T05:00:00Z",
            ]);
            let covered = !lib.is_empty();
            assert_eq!(
                out.code,
                if covered { 0 } else { 3 },
                "{day} {time}: {}",
                out.stdout
            );
            let v: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
            let got = v[0]["library"].as_str().unwrap_or("");
            assert_eq!(got, if covered { lib } else { "" }, "{day} {time}");
        }
    }
}

#[test]
fn a_gap_names_the_next_library_and_exits_3() {
    let wd = Workdir::new("wc-gap");
    let out = wd.run(&["who-covers", "--at", "2026-11-23T18:00", "--format", "json"]);
    assert_eq!(out.code, 3);
    let v: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    assert_eq!(v[0]["covered"], false);
    assert_eq!(v[0]["next"]["library"], "Pratt/SLRC");
    assert_eq!(v[0]["next"]["start"], "2026-11-24T09:00:00-05:00");
}

#[test]
fn json_fields_and_the_second_check() {
    let wd = Workdir::new("wc-json");
    let v = wd
        .run(&[
            "who-covers",
            "--at",
            "2026-11-26T16:59:59-05:00",
            "--format",
            "json",
        ])
        .json();
    let c = &v[0];
    for k in [
        "day",
        "time",
        "block_start",
        "block_end",
        "library",
        "best_effort",
        "check",
        "law_library",
        "covered",
        "next",
    ] {
        assert!(c.get(k).is_some(), "missing {k}");
    }
    assert_eq!(c["check"], 2);
    assert_eq!(c["block_end"], "2026-11-26T17:00:00-05:00");
}

#[test]
fn sunday_is_best_effort_and_law_is_asked_separately() {
    let wd = Workdir::new("wc-sun");
    let v = wd
        .run(&["who-covers", "--at", "2026-11-29T10:00", "--format", "json"])
        .json();
    assert_eq!(v[0]["library"], "Pratt/SLRC");
    assert_eq!(v[0]["best_effort"], true);
    let out = wd.run(&[
        "who-covers",
        "--law",
        "--at",
        "2026-11-29T10:00",
        "--format",
        "json",
    ]);
    assert_eq!(out.code, 3, "no law line on Sunday");
    let v = wd
        .run(&[
            "who-covers",
            "--law",
            "--at",
            "2026-11-28T23:30",
            "--format",
            "json",
        ])
        .json();
    assert_eq!(v[0]["library"], "MD State Law Lib");
    // A block that ends at midnight ends at 24:00, as the schedule writes it, in the sentence
    // as in the JSON's next-day instant.
    let text = wd
        .run(&["who-covers", "--law", "--at", "2026-11-28T23:59"])
        .ok()
        .to_string();
    assert!(text.contains("Saturday 00:00–24:00"), "{text}");
}

#[test]
fn time_forms_and_day_names() {
    let wd = Workdir::new("wc-forms");
    for (day, time) in [
        ("thu", "2pm"),
        ("Thursday", "2:30 pm"),
        ("THU", "14"),
        ("thurs", "14:00"),
    ] {
        let out = wd.run(&[
            "who-covers",
            "--day",
            day,
            "--time",
            time,
            "--now",
            "2026-11-23T12:00:00Z",
        ]);
        assert_eq!(
            out.ok().lines().next(),
            Some("FCPL (Frederick County Public Libraries)"),
            "{day} {time}"
        );
    }
    let err = wd.run(&["who-covers", "--day", "thrusday", "--time", "14:00"]);
    assert!(
        err.fails(1)
            .starts_with("aun: --day: unknown day \"thrusday\""),
        "{}",
        err.stderr
    );
    let err = wd.run(&["who-covers", "--day", "thu", "--time", "25:00"]);
    assert!(
        err.fails(1)
            .contains("--time: not a time of day: \"25:00\""),
        "{}",
        err.stderr
    );
}

#[test]
fn dst_instants_follow_one_policy() {
    let wd = Workdir::new("wc-dst");
    let s = wd.create("night.csv", "day,start,end,library,overnight\nsat,21:00,03:00,Night Owl,true\nsun,03:00,09:00,Early Bird,\n");
    let s = s.to_str().unwrap();
    // Spring forward: 02:30 on 2024-03-10 does not exist; it is read as 03:30 EDT.
    let v = wd
        .run(&[
            "who-covers",
            "--schedule",
            s,
            "--at",
            "2024-03-10T02:30",
            "--format",
            "json",
        ])
        .json();
    assert_eq!(v[0]["library"], "Early Bird");
    assert_eq!(v[0]["at"], "2024-03-10T03:30:00-04:00");
    // Fall back: 01:30 on 2024-11-03 happens twice; the first (EDT) is meant, and both are covered.
    let v = wd
        .run(&[
            "who-covers",
            "--schedule",
            s,
            "--at",
            "2024-11-03T01:30",
            "--format",
            "json",
        ])
        .json();
    assert_eq!(v[0]["at"], "2024-11-03T01:30:00-04:00");
    assert_eq!(v[0]["library"], "Night Owl");
    let v = wd
        .run(&[
            "who-covers",
            "--schedule",
            s,
            "--at",
            "2024-11-03T06:30:00Z",
            "--format",
            "json",
        ])
        .json();
    assert_eq!(v[0]["at"], "2024-11-03T01:30:00-05:00");
    assert_eq!(v[0]["library"], "Night Owl");
    // A UTC instant is converted to the schedule's zone first.
    let v = wd
        .run(&[
            "who-covers",
            "--at",
            "2026-11-26T19:00:00Z",
            "--format",
            "json",
        ])
        .json();
    assert_eq!(v[0]["library"], "FCPL");
}

#[test]
fn aun_now_is_honoured() {
    let wd = Workdir::new("wc-now");
    let out = wd
        .command(&["who-covers"])
        .env("AUN_NOW", "2026-11-26T14:00:00-05:00")
        .output()
        .unwrap();
    assert_eq!(
        String::from_utf8_lossy(&out.stdout).lines().next(),
        Some("FCPL (Frederick County Public Libraries)")
    );
}

/// A directory with a contact for every library of the default schedule.
const CONTACTS: &str = "\
id,name,aliases,contact_email
BCPL,Baltimore County Public Library,,sfu@bcpl.example.org
EPFL,Enoch Pratt Free Library,Pratt/SLRC,sfu@pratt.example.org
MCPL,Montgomery County Public Libraries,,sfu@mcpl.example.org
FSU,Frostburg State University,,sfu@frostburg.example.edu
FCPL,Frederick County Public Libraries,,sfu@fcpl.example.org
AACC,Anne Arundel Community College,,sfu@aacc.example.edu
CARROLL,Carroll County Public Library,CarrollCPL,sfu@carroll.example.org
MSLL,Maryland State Law Library,MD State Law Lib,law@msll.example.org
CALVERT,Calvert Library,,sfu@calvert.example.org
STEVENSON,Stevenson University Library,,
";

/// The directory's (name, contact) for a library as the schedule names it.
fn listed(label: &str) -> (String, Option<String>) {
    CONTACTS
        .lines()
        .skip(1)
        .map(|l| l.split(',').collect::<Vec<_>>())
        .find(|f| f[0] == label || f[1] == label || f[2] == label)
        .map(|f| {
            (
                f[1].to_string(),
                Some(f[3].to_string()).filter(|c| !c.is_empty()),
            )
        })
        .unwrap_or_else(|| panic!("{label} is not in the test directory"))
}

/// who-covers names the library `schedule roster` gives for the same instant, as the directory
/// knows it, with its contact: a scheduled shift, an absence with a substitute proposed, a cover,
/// and a gap.
#[test]
fn who_covers_agrees_with_the_roster_and_names_the_directory_entry() {
    let wd = Workdir::new("wc-roster-directory");
    wd.create("contacts.csv", CONTACTS);
    wd.create(
        "overrides.csv",
        "date,block,kind,library,reason\n\
         2026-12-10,13:00-17:00,absent,FCPL,staff day\n\
         2026-12-09,09:00-13:00,absent,MCPL,training\n\
         2026-12-09,09:00-13:00,cover,Calvert Library,agreed\n",
    );
    let common = [
        "--directory",
        "contacts.csv",
        "--overrides",
        "overrides.csv",
    ];
    for (at, want_status) in [
        ("2026-12-03T14:00", "on-duty"),  // FCPL, as scheduled
        ("2026-12-10T14:30", "proposed"), // FCPL away: a substitute proposed
        ("2026-12-09T10:00", "on-duty"),  // MCPL away, Calvert agreed to cover
        ("2026-12-08T16:59", "on-duty"),  // Pratt/SLRC, a minute before the block ends
        ("2026-12-07T18:00", "no-one"),   // Monday evening: a gap
    ] {
        let mut args = vec!["who-covers", "--at", at, "--format", "json"];
        args.extend(common);
        let out = wd.run(&args);
        let c = &serde_json::from_str::<serde_json::Value>(&out.stdout)
            .unwrap_or_else(|e| panic!("{at}: {e}\n{}", out.stderr))[0];
        assert_eq!(c["status"], want_status, "{at}: {c}");
        let date = &at[..10];
        let mut args = vec![
            "schedule", "roster", "--from", date, "--to", date, "--format", "json",
        ];
        args.extend(common);
        let roster = wd.run(&args).json();
        let t = chrono::DateTime::parse_from_rfc3339(c["at"].as_str().unwrap()).unwrap();
        let shift = roster.as_array().unwrap().iter().find(|s| {
            let instant = |k: &str| chrono::DateTime::parse_from_rfc3339(s[k].as_str().unwrap());
            s["duty"] == "shared-follow-up"
                && instant("start").unwrap() <= t
                && t < instant("end").unwrap()
        });
        let Some(shift) = shift else {
            assert_eq!(c["library"], serde_json::Value::Null, "{at}: {c}");
            assert_eq!(c["library_name"], serde_json::Value::Null, "{at}: {c}");
            assert_eq!(c["contact"], serde_json::Value::Null, "{at}: {c}");
            out.fails(3);
            continue;
        };
        let label = shift["library"].as_str().unwrap();
        let field = if shift["source"] == "proposed" {
            out.fails(4);
            "proposed"
        } else {
            out.ok();
            "library"
        };
        assert_eq!(c[field], label, "{at}: {c}\n{shift}");
        let (name, contact) = listed(label);
        assert_eq!(c["library_name"], name.as_str(), "{at}: {c}");
        assert_eq!(c["contact"].as_str(), contact.as_deref(), "{at}: {c}");
    }
    // The sentence for people says the same.
    let mut args = vec!["who-covers", "--at", "2026-12-03T14:00"];
    args.extend(common);
    let text = wd.run(&args).ok().to_string();
    assert!(
        text.starts_with("FCPL (Frederick County Public Libraries)\n"),
        "{text}"
    );
    assert!(
        text.contains("  Follow-up contact: sfu@fcpl.example.org\n"),
        "{text}"
    );
    let mut args = vec!["who-covers", "--at", "2026-12-10T14:30", "--format", "json"];
    args.extend(common);
    let proposed = wd.run(&args).stdout;
    let proposed = serde_json::from_str::<serde_json::Value>(&proposed).unwrap()[0]["proposed"]
        .as_str()
        .unwrap()
        .to_string();
    let mut args = vec!["who-covers", "--at", "2026-12-10T14:30"];
    args.extend(common);
    let out = wd.run(&args);
    let text = out.stdout.clone();
    let (name, contact) = listed(&proposed);
    assert!(
        text.starts_with(&format!(
            "no one yet: {proposed} ({name}) is proposed, not agreed\n"
        )),
        "{text}"
    );
    // The contact line only when the directory has a contact.
    match contact {
        Some(c) => assert!(
            text.contains(&format!("  Follow-up contact: {c}\n")),
            "{text}"
        ),
        None => assert!(!text.contains("Follow-up contact"), "{text}"),
    }
}

/// The directory given is read even when no override needs it: a broken one is an error.
#[test]
fn a_broken_directory_is_an_error() {
    let wd = Workdir::new("wc-broken-directory");
    wd.create("dir.csv", "id,title\nFCPL,Frederick\n");
    let err = wd
        .run(&[
            "who-covers",
            "--at",
            "2026-12-03T14:00",
            "--directory",
            "dir.csv",
        ])
        .fails(1)
        .to_string();
    assert!(err.contains("dir.csv") && err.contains("\"name\""), "{err}");
}

#[test]
fn csv_columns_are_the_same_whatever_the_answer() {
    // On duty, no one (with a next), and law chats: one header, empty cells where a value is
    // absent, so a script reading columns by position (or a sheet appending runs) stays aligned.
    let wd = Workdir::new("wc-csv-shape");
    let header = |args: &[&str]| {
        let out = wd.run(&[&["who-covers", "--format", "csv"], args].concat());
        out.stdout.lines().next().unwrap_or_default().to_string()
    };
    let on_duty = header(&["--at", "2026-11-26T14:00"]);
    assert!(on_duty.contains(",next.library,next.start,"), "{on_duty}");
    for args in [
        &["--at", "2026-11-26T20:00"][..],
        &["--at", "2026-11-29T10:00", "--law"][..],
    ] {
        assert_eq!(header(args), on_duty, "{args:?}");
    }
    let v = wd
        .run(&["who-covers", "--at", "2026-11-26T14:00", "--format", "json"])
        .json();
    assert!(v[0]["next"]["library"].is_null(), "{v}");
    assert!(v[0]["next"]["start"].is_null(), "{v}");
}

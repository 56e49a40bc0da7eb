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
    assert_eq!(text.lines().next(), Some("FCPL"));
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
        assert_eq!(out.ok().lines().next(), Some("FCPL"), "{day} {time}");
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
        Some("FCPL")
    );
}

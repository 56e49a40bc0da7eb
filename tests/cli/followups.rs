//! `aun followups` and `aun report` from the outside: the ledger file, its lock, what is shown.

use crate::workdir::{repo_file, Run, Workdir};

const NOW: &str = "2025-03-05T12:00:00-05:00";

fn example() -> String {
    repo_file("examples/export.csv").display().to_string()
}

#[test]
fn record_appends_once_and_says_so() {
    let wd = Workdir::new("followups-record");
    let ex = example();
    let out = wd.run(&[
        "followups",
        "record",
        &ex,
        "--ledger",
        "l.jsonl",
        "--now",
        NOW,
        "--format",
        "json",
    ]);
    let rows = out.json();
    assert_eq!(rows.as_array().unwrap().len(), 6);
    assert!(rows
        .as_array()
        .unwrap()
        .iter()
        .all(|r| r["outcome"] == "new"));
    assert!(
        out.stderr.contains("l.jsonl: recorded 6 new, 0 changed"),
        "{}",
        out.stderr
    );
    let entries = wd.read_jsonl("l.jsonl");
    assert_eq!(entries.len(), 6);
    let first = &entries[0];
    assert_eq!(first["v"], 1);
    assert_eq!(first["event"], "decided");
    assert_eq!(first["chat_id"], "14000101");
    assert_eq!(first["started_at"], "2025-03-03T09:31:12-05:00");
    assert_eq!(first["due_at"], "2025-03-06T09:31:12-05:00");
    assert_eq!(first["destination_id"], "BCPL");
    assert_eq!(first["decided_at"], "2025-03-05T12:00:00-05:00");
    // Wednesday 12:00: the embedded schedule's library on duty.
    assert_eq!(first["decided_by"], "MCPL");
    // No patron data in the ledger.
    let text = wd.read("l.jsonl");
    assert!(!text.contains('@'), "{text}");

    // Again, the same decisions by someone else: nothing written, and it says so.
    let out = wd.run(&[
        "refer", &ex, "--record", "--ledger", "l.jsonl", "--now", NOW, "--by", "FCPL", "--format",
        "jsonl",
    ]);
    assert_eq!(
        out.ok().lines().count(),
        6,
        "refer still prints its referrals"
    );
    assert!(
        out.stderr.contains(
            "recorded 0 new, 0 changed; 6 already recorded with the same decision, unchanged"
        ),
        "{}",
        out.stderr
    );
    assert_eq!(wd.read_jsonl("l.jsonl").len(), 6);
}

#[test]
fn a_changed_decision_is_a_new_entry_never_an_overwrite() {
    let wd = Workdir::new("followups-changed");
    let ex = example();
    wd.run(&[
        "followups",
        "record",
        &ex,
        "--ledger",
        "l.jsonl",
        "--now",
        NOW,
    ])
    .ok();
    let before = wd.read("l.jsonl");
    // A directory that routes law chats elsewhere changes one decision.
    let dir = wd.run(&["directory", "show", "--format", "csv"]);
    let changed = dir.ok().replacen(
        "MSLL,Maryland State Law Library,Maryland State Law Library,special",
        "MSLL,Maryland State Law Library,Maryland Law Library Account,special",
        1,
    );
    assert_ne!(changed, dir.stdout);
    wd.create("dir.csv", changed);
    let out = wd.run(&[
        "followups",
        "record",
        &ex,
        "--ledger",
        "l.jsonl",
        "--now",
        NOW,
        "--directory",
        "dir.csv",
    ]);
    assert!(
        out.stderr.contains("recorded 0 new, 1 changed; 5 already"),
        "{}",
        out.stderr
    );
    let after = wd.read("l.jsonl");
    assert!(after.starts_with(&before), "appended, not rewritten");
    let entries = wd.read_jsonl("l.jsonl");
    assert_eq!(entries.len(), 7);
    assert_eq!(entries[6]["destination"], "Maryland Law Library Account");
    let list = wd
        .run(&[
            "followups",
            "list",
            "--ledger",
            "l.jsonl",
            "--now",
            NOW,
            "--format",
            "json",
            "--destination",
            "MSLL",
        ])
        .json();
    assert_eq!(list.as_array().unwrap().len(), 1);
    assert_eq!(list[0]["destination"], "Maryland Law Library Account");
}

#[test]
fn done_by_hand_list_and_states() {
    let wd = Workdir::new("followups-done");
    let ex = example();
    wd.run(&[
        "followups",
        "record",
        &ex,
        "--ledger",
        "l.jsonl",
        "--now",
        NOW,
    ])
    .ok();
    let later = "2025-03-07T10:00:00-05:00";
    let out = wd.run(&[
        "followups",
        "done",
        "14000101",
        "14000115",
        "--at",
        "2025-03-04T10:00",
        "--ledger",
        "l.jsonl",
        "--now",
        later,
    ]);
    assert!(out.stderr.contains("2 marked done"), "{}", out.stderr);
    // Twice: nothing more, and an unknown id fails.
    let out = wd.run(&[
        "followups",
        "done",
        "14000101",
        "nope",
        "--ledger",
        "l.jsonl",
        "--now",
        later,
    ]);
    let err = out.fails(1);
    assert!(err.contains("already done, unchanged: 14000101"), "{err}");
    assert!(
        err.contains("not in the ledger, nothing marked: nope"),
        "{err}"
    );
    assert_eq!(wd.read_jsonl("l.jsonl").len(), 8);

    let list = |status: &str| {
        wd.run(&[
            "followups",
            "list",
            "--ledger",
            "l.jsonl",
            "--now",
            later,
            "--format",
            "json",
            "--status",
            status,
        ])
        .json()
    };
    let done = list("done");
    assert_eq!(done.as_array().unwrap().len(), 2);
    assert_eq!(done[0]["chat_id"], "14000101");
    assert_eq!(done[0]["how"], "done");
    assert_eq!(done[0]["hours_to_follow_up"], 24.5);
    // 2025-03-07 10:00: the two chats of the 3rd are past due (one of them done).
    let overdue = list("overdue");
    let ids: Vec<&str> = overdue
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["chat_id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["14000108"]);
    // Default: what is still owed, by due time.
    let owed = wd
        .run(&[
            "followups",
            "list",
            "--ledger",
            "l.jsonl",
            "--now",
            later,
            "--format",
            "csv",
        ])
        .ok()
        .to_string();
    assert_eq!(owed.lines().count(), 1 + 4, "{owed}");
    assert!(
        owed.lines()
            .nth(1)
            .unwrap()
            .starts_with("14000108,overdue,"),
        "{owed}"
    );
}

#[test]
fn ledger_errors_name_the_file_and_line() {
    let wd = Workdir::new("followups-errors");
    let err = wd
        .run(&["followups", "list", "--now", NOW])
        .fails(1)
        .to_string();
    assert!(
        err.contains("no ledger: give --ledger FILE or set AUN_LEDGER"),
        "{err}"
    );
    let err = wd
        .run(&["followups", "list", "--ledger", "missing.jsonl"])
        .fails(1)
        .to_string();
    assert!(err.contains("missing.jsonl: no such ledger"), "{err}");
    wd.create("bad.jsonl", "{\"v\":1,\"event\":\"done\",\"chat_id\":\"A\",\"at\":\"2025-03-04T10:00:00-05:00\",\"recorded_at\":\"2025-03-04T10:00:00-05:00\",\"source\":\"by hand\"}\nnot json\n");
    let err = wd
        .run(&["report", "--ledger", "bad.jsonl"])
        .fails(1)
        .to_string();
    assert!(
        err.contains("bad.jsonl: line 2: not a ledger line"),
        "{err}"
    );
    // AUN_LEDGER is read.
    let out = wd
        .command(&["followups", "list", "--now", NOW])
        .env("AUN_LEDGER", "bad.jsonl")
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&out.stderr).contains("bad.jsonl: line 2"));
}

#[test]
fn report_rows_and_filters() {
    let wd = Workdir::new("report-rows");
    let ex = example();
    wd.run(&[
        "followups",
        "record",
        &ex,
        "--ledger",
        "l.jsonl",
        "--now",
        NOW,
    ])
    .ok();
    wd.run(&[
        "followups",
        "done",
        "14000101",
        "--at",
        "2025-03-04T10:00",
        "--ledger",
        "l.jsonl",
        "--now",
        NOW,
    ])
    .ok();
    let later = "2025-03-07T10:00:00-05:00";
    let total = wd
        .run(&[
            "report", "--ledger", "l.jsonl", "--now", later, "--by", "total", "--format", "json",
        ])
        .json();
    let t = &total[0];
    assert_eq!(t["referred"], 6);
    assert_eq!(t["answered"], 1);
    assert_eq!(t["answered_within_72h"], 1);
    // 14000108 (due 03-06 12:05) and 14000115 (due 03-07 08:50) are past due.
    assert_eq!(t["overdue_now"], 2);
    assert_eq!(t["open_now"], 3);
    assert_eq!(t["compliance_rate"], 0.333);
    assert_eq!(t["median_hours"], 24.5);
    // The Law Library's liaison sees the chats referred to it.
    let law = wd
        .run(&[
            "report",
            "--ledger",
            "l.jsonl",
            "--now",
            later,
            "--destination",
            "MD State Law Lib",
            "--by",
            "rule",
            "--format",
            "json",
        ])
        .json();
    assert_eq!(law.as_array().unwrap().len(), 1);
    assert_eq!(law[0]["rule"], "law");
    assert_eq!(law[0]["referred"], 1);
    // --library: only that library's rows, in each role it has.
    let bcpl = wd
        .run(&[
            "report",
            "--ledger",
            "l.jsonl",
            "--now",
            later,
            "--library",
            "BCPL",
            "--format",
            "csv",
        ])
        .ok()
        .to_string();
    let mut rows = bcpl.lines();
    assert!(rows.next().unwrap().starts_with(
        "role,library,rule,category,period,referred,answered,answered_within_72h,late,overdue_now,open_now,compliance_rate,median_hours,p90_hours"
    ));
    let rest: Vec<&str> = rows.collect();
    assert_eq!(
        rest,
        [
            "destination,BCPL,,,,1,1,1,0,0,0,1.0,24.5,24.5",
            "origin,BCPL,,,,1,1,1,0,0,0,1.0,24.5,24.5"
        ]
    );
    // Dates: the chats of 2025-03-04 only.
    let day = wd
        .run(&[
            "report",
            "--ledger",
            "l.jsonl",
            "--now",
            later,
            "--from",
            "2025-03-04",
            "--to",
            "2025-03-04",
            "--by",
            "total",
            "--format",
            "json",
        ])
        .json();
    assert_eq!(day[0]["referred"], 2);
    let err = wd
        .run(&[
            "report",
            "--ledger",
            "l.jsonl",
            "--from",
            "2025-03-05",
            "--to",
            "2025-03-04",
        ])
        .fails(1)
        .to_string();
    assert!(
        err.contains("--to 2025-03-04 is before --from 2025-03-05"),
        "{err}"
    );
}

#[test]
fn triage_and_refer_filter_by_destination_origin_and_date() {
    let wd = Workdir::new("filters");
    let ex = example();
    let ids = |args: &[&str]| -> Vec<String> {
        let mut all = vec![args[0], &ex, "--now", NOW, "--format", "json"];
        all.extend_from_slice(&args[1..]);
        wd.run(&all)
            .json()
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["id"].as_str().unwrap().to_string())
            .collect()
    };
    // The Law Library's liaison: the chats referred to it, by any of its names.
    assert_eq!(
        ids(&["refer", "--destination", "MD State Law Lib"]),
        ["14000115"]
    );
    assert_eq!(ids(&["triage", "--destination", "MSLL"]), ["14000115"]);
    // The chats that came in on Baltimore County's own account.
    assert_eq!(ids(&["refer", "--origin", "BCPL"]), ["14000101"]);
    assert_eq!(
        ids(&["triage", "--origin", "Baltimore County Public Library"]),
        ["14000101"]
    );
    // The chat's date, in the schedule's zone, both ends included.
    assert_eq!(
        ids(&["refer", "--from", "2025-03-04", "--to", "2025-03-04"]),
        ["14000115", "14000122"]
    );
    assert_eq!(
        ids(&["triage", "--from", "2025-03-05"]),
        ["14000129", "14000136"]
    );
    let err = wd
        .run(&["refer", &ex, "--destination", "Nowhere Library"])
        .fails(1)
        .to_string();
    assert!(
        err.contains("--destination: \"Nowhere Library\" is not in the directory"),
        "{err}"
    );
    let err = wd
        .run(&["triage", &ex, "--from", "yesterday"])
        .fails(1)
        .to_string();
    assert!(err.contains("--from"), "{err}");
    // followups record takes the same filters.
    wd.run(&[
        "followups",
        "record",
        &ex,
        "--ledger",
        "l.jsonl",
        "--now",
        NOW,
        "--destination",
        "MSLL",
    ])
    .ok();
    assert_eq!(wd.read_jsonl("l.jsonl").len(), 1);
}

#[test]
fn directory_verify_changes_one_contact_in_place() {
    let wd = Workdir::new("directory-verify");
    let csv = wd
        .run(&["directory", "show", "--format", "csv"])
        .ok()
        .to_string();
    wd.create("dir.csv", &csv);
    let out = wd.run(&[
        "directory",
        "verify",
        "--directory",
        "dir.csv",
        "--library",
        "Howard County Library System",
        "--contact",
        "askusnow@hclibrary.org",
        "--now",
        NOW,
        "--format",
        "json",
    ]);
    let v = out.json();
    assert_eq!(v[0]["library"], "HCLS");
    assert_eq!(v[0]["contact_email"], "askusnow@hclibrary.org");
    assert_eq!(v[0]["verified"], "2025-03-05");
    let after = wd.read("dir.csv");
    let changed: Vec<(&str, &str)> = csv
        .lines()
        .zip(after.lines())
        .filter(|(a, b)| a != b)
        .collect();
    assert_eq!(changed.len(), 1, "one row changed: {changed:?}");
    assert!(changed[0].1.starts_with("HCLS,"), "{changed:?}");
    let show = wd
        .run(&[
            "directory",
            "show",
            "--directory",
            "dir.csv",
            "--library",
            "HCLS",
            "--format",
            "json",
        ])
        .json();
    assert_eq!(show[0]["contact_email"], "askusnow@hclibrary.org");
    assert_eq!(show[0]["verified"], "2025-03-05");
    // The embedded directory cannot be changed; a held lock makes it wait, then fail.
    let err = wd
        .run(&["directory", "verify", "--library", "HCLS"])
        .fails(1)
        .to_string();
    assert!(err.contains("give --directory FILE"), "{err}");
    let lock = std::fs::File::create(wd.path("dir.csv.lock")).unwrap();
    fs4::FileExt::try_lock(&lock).unwrap();
    let err = wd
        .run(&[
            "directory",
            "verify",
            "--directory",
            "dir.csv",
            "--library",
            "HCLS",
            "--lock-wait",
            "1s",
        ])
        .fails(1)
        .to_string();
    assert!(err.contains("nothing was changed"), "{err}");
    assert_eq!(wd.read("dir.csv"), after);
}

#[test]
fn remind_with_the_ledger_leaves_out_answered_chats() {
    let wd = Workdir::new("remind-ledger");
    let ex = example();
    wd.run(&[
        "followups",
        "record",
        &ex,
        "--ledger",
        "l.jsonl",
        "--now",
        NOW,
    ])
    .ok();
    wd.run(&[
        "followups",
        "done",
        "14000101",
        "--at",
        "2025-03-05T11:00",
        "--ledger",
        "l.jsonl",
        "--now",
        NOW,
    ])
    .ok();
    let at = "2025-03-06T10:00";
    let bodies = |args: &[&str]| -> String {
        let mut all = vec![
            "remind", "--at", at, "--format", "jsonl", "--ledger", "l.jsonl",
        ];
        all.extend_from_slice(args);
        wd.run(&all)
            .jsonl()
            .iter()
            .map(|v| {
                format!(
                    "{} {}",
                    v["kind"].as_str().unwrap(),
                    v["body"].as_str().unwrap()
                )
            })
            .collect::<Vec<_>>()
            .join("\n")
    };
    // Without the ledger 14000101 is overdue; with it, it was answered: never named.
    let without = wd
        .run(&[
            "remind", "--at", at, "--format", "jsonl", "--state", "a.json", "--export", &ex,
        ])
        .ok()
        .to_string();
    assert!(without.contains("14000101"), "{without}");
    let with = bodies(&["--state", "b.json", "--export", &ex]);
    assert!(!with.contains("14000101"), "{with}");
    assert!(with.contains("14000108"), "{with}");
    assert!(
        !with.contains("escalation"),
        "nothing missed its deadline unanswered: {with}"
    );
    // The digest, from the ledger alone: the referrals still owed, none answered.
    let digest = bodies(&["--digest"]);
    assert!(
        digest.contains("14000108") && digest.contains("14000115"),
        "{digest}"
    );
    assert!(!digest.contains("14000101"), "{digest}");
    // Past 14000108's deadline: escalated once, to its destination and the coordinators.
    let later = "2025-03-06T12:10";
    let run = |state: &str| {
        wd.run(&[
            "remind", "--at", later, "--format", "jsonl", "--ledger", "l.jsonl", "--state", state,
        ])
        .jsonl()
        .into_iter()
        .filter(|v| v["kind"] == "escalation")
        .collect::<Vec<_>>()
    };
    let first = run("c.json");
    let to: Vec<&str> = first
        .iter()
        .map(|v| v["recipient"].as_str().unwrap())
        .collect();
    assert!(to.contains(&"PGCMLS") && to.contains(&"COORD"), "{to:?}");
    assert!(first
        .iter()
        .all(|v| v["key"].as_str().unwrap().contains("/chat/14000108/to/")));
    assert!(first[0]["subject"]
        .as_str()
        .unwrap()
        .contains("chat 14000108 missed its 72 hours"));
    assert!(run("c.json").is_empty(), "once");
}

/// A follow-up cannot go out before its chat started, nor after the run's "now": such a time
/// (a typo in `done --at`, a wrong column in a later export) is refused with the chat's id, and
/// nothing is written for that chat, since it would count as answered within 72 hours.
#[test]
fn a_follow_up_time_before_the_chat_or_in_the_future_is_refused() {
    let wd = Workdir::new("followups-impossible");
    let ex = example();
    wd.run(&[
        "followups",
        "record",
        &ex,
        "--ledger",
        "l.jsonl",
        "--now",
        NOW,
    ])
    .ok();
    let later = "2025-03-07T10:00:00-05:00";
    // 14000101 started 2025-03-03 09:31.
    let out = wd.run(&[
        "followups",
        "done",
        "14000101",
        "--at",
        "2025-03-01T10:00",
        "--ledger",
        "l.jsonl",
        "--now",
        later,
    ]);
    let err = out.fails(1);
    assert!(
        err.contains("14000101") && err.contains("before the chat started (2025-03-03 09:31)"),
        "{err}"
    );
    let out = wd.run(&[
        "followups",
        "done",
        "14000108",
        "--at",
        "2031-03-01T10:00",
        "--ledger",
        "l.jsonl",
        "--now",
        later,
    ]);
    let err = out.fails(1);
    assert!(
        err.contains("14000108") && err.contains("after now (2025-03-07 10:00)"),
        "{err}"
    );
    assert_eq!(wd.read_jsonl("l.jsonl").len(), 6, "nothing was written");
    // The same from a later export: the bad row is named, the good one is marked.
    wd.create(
        "later.csv",
        "id,started_at,resolution,answered_at,question\n\
         14000101,2025-03-03T09:31:12-05:00,Answered,2025-03-02T10:00:00-05:00,q\n\
         14000115,2025-03-04T08:50:00-05:00,Answered,2025-03-05T10:00:00-05:00,q\n",
    );
    let out = wd.run(&[
        "followups",
        "update",
        "later.csv",
        "--ledger",
        "l.jsonl",
        "--now",
        later,
    ]);
    let err = out.fails(1);
    assert!(
        err.contains("later.csv: record 1")
            && err.contains("14000101")
            && err.contains("before the chat started"),
        "{err}"
    );
    let entries = wd.read_jsonl("l.jsonl");
    assert_eq!(entries.len(), 7, "{entries:?}");
    assert_eq!(entries[6]["chat_id"], "14000115");
}

/// A line written into the ledger by hand, dated before its chat started, is what `followups done`
/// refuses: `report` and `followups list` do not count it as a follow-up in time, name its line,
/// and exit 1 with the figures still written.
#[test]
fn a_hand_written_follow_up_before_the_chat_started_is_not_counted() {
    let wd = Workdir::new("followups-hand-written");
    let ex = example();
    wd.run(&[
        "followups",
        "record",
        &ex,
        "--ledger",
        "l.jsonl",
        "--now",
        NOW,
    ])
    .ok();
    // 14000101 started 2025-03-03 09:31: line 7 is two days early, line 8 is fine.
    let mut text = wd.read("l.jsonl");
    text.push_str("{\"v\":1,\"event\":\"done\",\"chat_id\":\"14000101\",\"at\":\"2025-03-01T10:00:00-05:00\",\"recorded_at\":\"2025-03-05T10:00:00-05:00\",\"source\":\"by hand\"}\n");
    text.push_str("{\"v\":1,\"event\":\"done\",\"chat_id\":\"14000108\",\"at\":\"2025-03-04T10:00:00-05:00\",\"recorded_at\":\"2025-03-05T10:00:00-05:00\",\"source\":\"by hand\"}\n");
    wd.create("l.jsonl", text);
    let later = "2025-03-07T10:00:00-05:00";
    let out = wd.run(&[
        "report", "--ledger", "l.jsonl", "--now", later, "--by", "total", "--format", "json",
    ]);
    let err = out.fails(1);
    assert!(
        err.contains("l.jsonl: line 7: chat 14000101: done at 2025-03-01 10:00 is before the chat started (2025-03-03 09:31)"),
        "{err}"
    );
    let total: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    assert_eq!(total[0]["answered"], 1, "{total}");
    assert_eq!(total[0]["answered_within_72h"], 1, "{total}");
    let out = wd.run(&[
        "followups",
        "list",
        "--ledger",
        "l.jsonl",
        "--now",
        later,
        "--format",
        "json",
    ]);
    assert!(out.fails(1).contains("l.jsonl: line 7"), "{}", out.stderr);
    let rows: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    let row = rows
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["chat_id"] == "14000101")
        .unwrap_or_else(|| panic!("{rows}"));
    assert_eq!(row["state"], "overdue", "{row}");
    // A correct time can still be recorded for the chat.
    wd.run(&[
        "followups",
        "done",
        "14000101",
        "--at",
        "2025-03-04T10:00",
        "--ledger",
        "l.jsonl",
        "--now",
        later,
    ])
    .ok();
    assert_eq!(wd.read_jsonl("l.jsonl").len(), 9);
}

/// Every command that reads the ledger names the lines it does not count, as `done` and `update`
/// do: `followups record` and `refer --record` too, with a warning and exit 0 (the new decisions
/// are recorded all the same).
#[test]
fn record_and_refer_record_name_the_ledger_lines_not_counted() {
    let wd = Workdir::new("followups-record-not-counted");
    let ex = example();
    wd.run(&[
        "followups",
        "record",
        &ex,
        "--ledger",
        "l.jsonl",
        "--now",
        NOW,
    ])
    .ok();
    // 14000101 started 2025-03-03 09:31: line 7 is two days early.
    let mut text = wd.read("l.jsonl");
    text.push_str("{\"v\":1,\"event\":\"done\",\"chat_id\":\"14000101\",\"at\":\"2025-03-01T10:00:00-05:00\",\"recorded_at\":\"2025-03-05T10:00:00-05:00\",\"source\":\"by hand\"}\n");
    wd.create("l.jsonl", text);
    let line7 = "l.jsonl: line 7: chat 14000101: done at 2025-03-01 10:00 is before the chat started (2025-03-03 09:31); not counted as a follow-up";
    let out = wd.run(&[
        "followups",
        "record",
        &ex,
        "--ledger",
        "l.jsonl",
        "--now",
        NOW,
        "-q",
    ]);
    out.ok();
    assert!(out.stderr.contains(line7), "{}", out.stderr);
    let out = wd.run(&[
        "refer", &ex, "--record", "--ledger", "l.jsonl", "--now", NOW, "--format", "jsonl",
    ]);
    assert_eq!(
        out.ok().lines().count(),
        6,
        "refer still prints its referrals"
    );
    assert!(out.stderr.contains(line7), "{}", out.stderr);
    assert!(
        out.stderr
            .contains("6 already recorded with the same decision"),
        "{}",
        out.stderr
    );
    // `done` says the same of the same line.
    let out = wd.run(&[
        "followups",
        "done",
        "14000108",
        "--ledger",
        "l.jsonl",
        "--now",
        NOW,
    ]);
    out.ok();
    assert!(out.stderr.contains(line7), "{}", out.stderr);
}

/// An export of follow-up chats, one a line of `rows` (`id,started_at`), each with a patron's
/// e-mail address.
fn export_of(rows: &[(&str, &str)]) -> String {
    let mut text = String::from("id,started_at,resolution,transcript\n");
    for (id, start) in rows {
        text += &format!(
            "{id},{start},Follow Up By Patron Library,\"Patron: please email me at p{}@example.com\"\n",
            id.trim()
        );
    }
    text
}

/// The state of each chat of the ledger at `now`, by id.
fn states(wd: &Workdir, ledger: &str, now: &str) -> Vec<(String, String)> {
    wd.run(&[
        "followups",
        "list",
        "--ledger",
        ledger,
        "--now",
        now,
        "--status",
        "open,overdue,done,not-owed",
        "--format",
        "json",
    ])
    .rows()
    .iter()
    .map(|r| {
        (
            r["chat_id"].as_str().unwrap().to_string(),
            r["state"].as_str().unwrap().to_string(),
        )
    })
    .collect()
}

/// A later export marks a chat answered only when its status says answered or closed (or it has no
/// status): a time beside "Follow Up By Patron Library", "Unanswered" or a status aun does not know
/// is the chat session's close, so the chat stays owed; the unknown statuses are named, even with -q.
#[test]
fn update_marks_only_what_the_status_says_is_answered() {
    let wd = Workdir::new("followups-update-status");
    let start = "2025-03-03T12:05";
    wd.create(
        "up.csv",
        export_of(&[
            ("U1", start),
            ("U2", start),
            ("U3", start),
            ("U4", start),
            ("U5", start),
            ("U6", start),
        ]),
    );
    wd.run(&[
        "followups",
        "record",
        "up.csv",
        "--ledger",
        "l.jsonl",
        "--now",
        NOW,
    ])
    .ok();
    wd.create(
        "later.csv",
        "id,Resolution,Close Time,transcript\n\
         U1,Follow Up By Patron Library,2025-03-03 12:25,x\n\
         U2,Unanswered,2025-03-03 12:30,x\n\
         U3,Transferred,2025-03-03 12:30,x\n\
         U4,Answered,2025-03-04 12:30,x\n\
         U5,,2025-03-04 13:30,x\n\
         U6,Pending,2025-03-03 12:40,x\n",
    );
    let later = "2025-03-09T12:00:00-05:00";
    let out = wd.run(&[
        "followups",
        "update",
        "later.csv",
        "--ledger",
        "l.jsonl",
        "--now",
        later,
        "-q",
    ]);
    let err = out.fails(0);
    assert!(
        err.contains("later.csv: 1 row(s) with a status that says neither answered, closed nor still owed, left open: \"Transferred\" (first: record 3)"),
        "{err}"
    );
    assert_eq!(
        states(&wd, "l.jsonl", later),
        [
            ("U1".into(), "overdue".into()),
            ("U2".into(), "overdue".into()),
            ("U3".into(), "overdue".into()),
            ("U4".into(), "done".into()),
            ("U5".into(), "done".into()),
            ("U6".into(), "overdue".into()),
        ]
    );
    let entries = wd.read_jsonl("l.jsonl");
    assert_eq!(entries.len(), 8, "two answers appended: {entries:?}");
    // Without -q the still-owed rows with a time are counted.
    let out = wd.run(&[
        "followups",
        "update",
        "later.csv",
        "--ledger",
        "l.jsonl",
        "--now",
        later,
    ]);
    assert!(
        out.ok().is_empty()
            && out
                .stderr
                .contains("3 row(s) with a time but a status that says still owed"),
        "{}",
        out.stderr
    );
}

/// A chat without an id (or an id of spaces) never reaches the ledger, which knows each follow-up
/// by its chat's id: `followups record` and `refer --record` refuse it naming the record, and
/// write nothing at all; under --lenient it is left out and counted. A line without an id already
/// in a ledger is named, with what to do.
#[test]
fn a_chat_without_an_id_never_reaches_the_ledger() {
    let wd = Workdir::new("followups-no-id");
    wd.create(
        "noid.csv",
        export_of(&[
            ("A1", "2025-03-04T10:00"),
            ("", "2025-03-04T10:00"),
            ("  ", "2025-03-04T11:00"),
        ]),
    );
    let refused = "noid.csv: record 2: the chat has no id";
    let out = wd.run(&[
        "followups",
        "record",
        "noid.csv",
        "--ledger",
        "l.jsonl",
        "--now",
        NOW,
    ]);
    assert!(out.fails(1).contains(refused), "{}", out.stderr);
    assert!(out.stdout.is_empty(), "{}", out.stdout);
    let out = wd.run(&[
        "refer", "noid.csv", "--record", "--ledger", "l.jsonl", "--now", NOW, "-o", "out.csv",
    ]);
    assert!(out.fails(1).contains(refused), "{}", out.stderr);
    assert!(!wd.path("l.jsonl").exists() && !wd.path("out.csv").exists());

    let out = wd.run(&[
        "followups",
        "record",
        "noid.csv",
        "--ledger",
        "l.jsonl",
        "--now",
        NOW,
        "--lenient",
        "-q",
    ]);
    assert!(
        out.fails(0).contains(
            "noid.csv: 2 chat(s) without an id not recorded (--lenient): record 2, record 3"
        ),
        "{}",
        out.stderr
    );
    let entries = wd.read_jsonl("l.jsonl");
    assert_eq!(entries.len(), 1);
    assert_eq!(entries[0]["chat_id"], "A1");
    // Every later run still works.
    wd.run(&["followups", "list", "--ledger", "l.jsonl", "--now", NOW])
        .ok();
    wd.run(&["report", "--ledger", "l.jsonl", "--now", NOW])
        .ok();

    // A line without an id, written by hand: named, with what to do.
    let mut text = wd.read("l.jsonl");
    text.push_str("{\"v\":1,\"event\":\"done\",\"chat_id\":\"\",\"at\":\"2025-03-04T10:00:00-05:00\",\"recorded_at\":\"2025-03-04T10:00:00-05:00\",\"source\":\"by hand\"}\n");
    wd.create("l.jsonl", text);
    let err = wd
        .run(&["followups", "list", "--ledger", "l.jsonl", "--now", NOW])
        .fails(1)
        .to_string();
    assert!(
        err.contains("l.jsonl: line 2: the chat_id is empty")
            && err.contains("correct or remove the line by hand"),
        "{err}"
    );
}

/// Two chats of one export with the same id: the ledger would keep one follow-up for both (the
/// second recorded as a change of the first), so the export is refused naming both records,
/// --lenient or not, and nothing is written.
#[test]
fn one_id_on_two_chats_is_refused_naming_both_records() {
    let wd = Workdir::new("followups-duplicate-id");
    wd.create(
        "dup.csv",
        export_of(&[
            ("D1", "2025-03-04T10:00"),
            ("D2", "2025-03-04T10:30"),
            ("D1", "2025-03-04T11:00"),
        ]),
    );
    for lenient in [false, true] {
        let mut args = vec![
            "followups",
            "record",
            "dup.csv",
            "--ledger",
            "l.jsonl",
            "--now",
            NOW,
        ];
        if lenient {
            args.push("--lenient");
        }
        let out = wd.run(&args);
        assert!(
            out.fails(1).contains(
                "dup.csv: records 1 and 3: the id \"D1\" appears twice; the ledger keeps one follow-up per chat id, so nothing was recorded"
            ),
            "{}",
            out.stderr
        );
        let out = wd.run(&[
            "refer", "dup.csv", "--record", "--ledger", "l.jsonl", "--now", NOW,
        ]);
        assert!(out.fails(1).contains("records 1 and 3"), "{}", out.stderr);
        assert!(out.stdout.is_empty(), "{}", out.stdout);
        assert!(!wd.path("l.jsonl").exists());
    }
}

/// `record`'s table says what happened to each chat, and its counts are the summary's.
#[test]
fn the_record_table_agrees_with_the_summary() {
    let wd = Workdir::new("followups-table-summary");
    wd.create(
        "first.csv",
        export_of(&[("C1", "2025-03-04T10:00"), ("C2", "2025-03-04T10:30")]),
    );
    wd.run(&[
        "followups",
        "record",
        "first.csv",
        "--ledger",
        "l.jsonl",
        "--now",
        NOW,
    ])
    .ok();
    // C1 again, C2 with a changed start, C3 new.
    wd.create(
        "more.csv",
        export_of(&[
            ("C1", "2025-03-04T10:00"),
            ("C2", "2025-03-04T11:30"),
            ("C3", "2025-03-04T12:00"),
        ]),
    );
    let out = wd.run(&[
        "followups",
        "record",
        "more.csv",
        "--ledger",
        "l.jsonl",
        "--now",
        NOW,
        "--format",
        "json",
    ]);
    let rows = out.rows();
    let outcomes: Vec<(&str, &str)> = rows
        .iter()
        .map(|r| {
            (
                r["chat_id"].as_str().unwrap(),
                r["outcome"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        outcomes,
        [("C1", "unchanged"), ("C2", "changed"), ("C3", "new")]
    );
    assert!(
        out.stderr
            .contains("recorded 1 new, 1 changed; 1 already recorded with the same decision"),
        "{}",
        out.stderr
    );
}

/// A whole last line without its newline (added by hand) counts for every reader, and the next
/// writer keeps it an entry of its own; a line cut short stops readers and writers alike.
#[test]
fn a_last_line_without_its_newline() {
    let wd = Workdir::new("followups-last-line");
    wd.create(
        "up.csv",
        export_of(&[("U1", "2025-03-03T12:05"), ("U2", "2025-03-03T12:05")]),
    );
    wd.run(&[
        "followups",
        "record",
        "up.csv",
        "--ledger",
        "l.jsonl",
        "--now",
        NOW,
    ])
    .ok();
    let done_u1 = "{\"v\":1,\"event\":\"done\",\"chat_id\":\"U1\",\"at\":\"2025-03-04T10:00:00-05:00\",\"recorded_at\":\"2025-03-04T10:00:00-05:00\",\"source\":\"by hand\"}";
    let recorded = wd.read("l.jsonl");
    wd.create("l.jsonl", format!("{recorded}{done_u1}"));
    let later = "2025-03-09T12:00:00-05:00";
    assert_eq!(
        states(&wd, "l.jsonl", later),
        [
            ("U1".into(), "done".into()),
            ("U2".into(), "overdue".into())
        ]
    );
    wd.run(&[
        "followups",
        "done",
        "U2",
        "--at",
        "2025-03-04 11:00",
        "--ledger",
        "l.jsonl",
        "--now",
        later,
    ])
    .ok();
    let text = wd.read("l.jsonl");
    assert!(
        text.starts_with(&format!("{recorded}{done_u1}\n")),
        "{text}"
    );
    assert_eq!(wd.read_jsonl("l.jsonl").len(), 4);
    assert_eq!(
        states(&wd, "l.jsonl", later),
        [("U1".into(), "done".into()), ("U2".into(), "done".into())]
    );

    // Cut short: every reader and writer stops, and nothing is added.
    let torn = format!("{text}{}", &done_u1[..40]);
    wd.create("l.jsonl", &torn);
    for args in [
        vec!["followups", "list", "--ledger", "l.jsonl", "--now", later],
        vec![
            "followups",
            "done",
            "U1",
            "--ledger",
            "l.jsonl",
            "--now",
            later,
        ],
        vec![
            "followups",
            "record",
            "up.csv",
            "--ledger",
            "l.jsonl",
            "--now",
            later,
        ],
    ] {
        let err = wd.run(&args).fails(1).to_string();
        assert!(
            err.contains("l.jsonl: line 5: incomplete last line"),
            "{args:?}: {err}"
        );
    }
    assert_eq!(wd.read("l.jsonl"), torn);
}

/// A ledger of 8,000 chats (more than 3 MiB: past the memory budget of a sort), started in
/// February 2026, every other one answered the day after it started.
fn large_ledger() -> String {
    let mut text = String::new();
    for i in 0..8000 {
        let day = 1 + i % 24;
        text.push_str(&format!(
            "{{\"v\":1,\"event\":\"decided\",\"chat_id\":\"L{i:05}\",\"started_at\":\"2026-02-{day:02}T10:00:00-05:00\",\"due_at\":\"2026-02-{d2:02}T10:00:00-05:00\",\"rule\":\"local\",\"destination\":\"Howard County Library System\",\"destination_id\":\"HCLS\",\"method\":\"partner\",\"origin\":\"Maryland AskUsNow! Public Library\",\"origin_id\":\"AUN\",\"category\":\"research\",\"subject\":\"none\",\"decided_at\":\"2026-03-05T10:00:00-05:00\",\"source\":\"x.csv: record {i}\"}}\n",
            d2 = day + 3
        ));
        if i % 2 == 0 {
            text.push_str(&format!(
                "{{\"v\":1,\"event\":\"answered\",\"chat_id\":\"L{i:05}\",\"at\":\"2026-02-{d1:02}T12:00:00-05:00\",\"recorded_at\":\"2026-03-05T10:00:00-05:00\",\"source\":\"by hand\"}}\n",
                d1 = day + 1
            ));
        }
    }
    text
}

/// A ledger larger than what the readers hold in memory is folded through a temporary file:
/// the same report and list as a small one would give, and without a writable $TMPDIR an error
/// that names the directory (nothing written).
#[test]
fn a_large_ledger_is_read_through_a_temporary_file() {
    let wd = Workdir::new("followups_large_ledger");
    let text = large_ledger();
    assert!(text.len() > 3 << 20, "{}", text.len());
    wd.create("big.jsonl", &text);
    let now = "2026-03-06T12:00-05:00";
    let report = wd
        .run(&[
            "report",
            "--ledger",
            "big.jsonl",
            "--now",
            now,
            "--format",
            "json",
        ])
        .ok()
        .to_string();
    let rows: serde_json::Value = serde_json::from_str(&report).unwrap();
    let total = &rows[0];
    assert_eq!(total["referred"], 8000, "{report}");
    assert_eq!(total["answered_within_72h"], 4000, "{report}");
    assert_eq!(total["overdue_now"], 4000, "{report}");
    let list = wd
        .run(&[
            "followups",
            "list",
            "--ledger",
            "big.jsonl",
            "--now",
            now,
            "--format",
            "csv",
        ])
        .ok()
        .to_string();
    let ids: Vec<&str> = list.lines().skip(1).map(|l| &l[..6]).collect();
    assert_eq!(ids.len(), 4000);
    // By deadline, then id.
    let mut sorted = ids.clone();
    sorted.sort_by_key(|id| {
        let i: usize = id[1..].parse().unwrap();
        (i % 24, i)
    });
    assert_eq!(ids, sorted);
    let run = Run::from(
        wd.command(&["report", "--ledger", "big.jsonl", "--now", now])
            .env("TMPDIR", wd.path("no-such-dir"))
            .output()
            .unwrap(),
    );
    assert_eq!(run.code, 1);
    assert!(
        run.stderr.contains("making a temporary file in")
            && run.stderr.contains("no-such-dir")
            && run.stderr.contains("TMPDIR"),
        "{}",
        run.stderr
    );
    assert!(run.stdout.is_empty(), "{}", run.stdout);
}

/// `refer --record` records before it prints: a reader that stops early (`| head -1`, a pager
/// quit at once) does not leave the referrals shown and the ledger empty with exit 0; and a
/// ledger that cannot take the decisions (a line cut short, its lock held) leaves no output.
#[test]
fn refer_record_records_whatever_the_reader_of_its_output_does() {
    use std::process::Stdio;
    let wd = Workdir::new("refer-record-pipe");
    let ex = example();
    for (command, format) in [
        (&["refer", "--record"][..], "table"),
        (&["refer", "--record"], "csv"),
        (&["refer", "--record"], "html"),
        (&["followups", "record"], "table"),
        (&["followups", "record"], "jsonl"),
    ] {
        let ledger = format!("{}-{format}.jsonl", command[0]);
        let mut args = command.to_vec();
        args.extend([
            ex.as_str(),
            "--ledger",
            &ledger,
            "--now",
            NOW,
            "--format",
            format,
        ]);
        let mut child = wd
            .command(&args)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        // The reader is gone before a byte is written.
        drop(child.stdout.take());
        let out = child.wait_with_output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(0), "{format}: {stderr}");
        assert!(stderr.contains("recorded 6 new"), "{format}: {stderr}");
        assert_eq!(wd.read_jsonl(&ledger).len(), 6, "{format}");
    }

    wd.create(
        "cut.jsonl",
        "{\"v\":1,\"event\":\"done\",\"chat_id\":\"1\",\"at\":\"2025-03-0",
    );
    let out = wd.run(&[
        "refer",
        &ex,
        "--record",
        "--ledger",
        "cut.jsonl",
        "--now",
        NOW,
        "-o",
        "out.html",
        "--format",
        "html",
    ]);
    assert!(
        out.fails(1)
            .contains("cut.jsonl: line 1: incomplete last line"),
        "{}",
        out.stderr
    );
    assert!(
        !wd.path("out.html").exists(),
        "a page of referrals not recorded"
    );
    let out = wd.run(&[
        "refer",
        &ex,
        "--record",
        "--ledger",
        "cut.jsonl",
        "--now",
        NOW,
    ]);
    assert!(out.fails(1).contains("incomplete last line"));
    assert!(out.stdout.is_empty(), "{}", out.stdout);
}

/// The writers weigh a ledger past the memory budget through a temporary file, as the readers
/// fold it: each chat is marked once, and only a chat the ledger has; a decision already recorded
/// the same adds nothing. Without a place for the temporary file, nothing is written.
#[test]
fn the_writers_weigh_a_large_ledger_through_a_temporary_file() {
    let wd = Workdir::new("followups_large_ledger_writers");
    wd.create("big.jsonl", large_ledger());
    let lines = |wd: &Workdir| wd.read("big.jsonl").lines().count();
    let before = lines(&wd);
    let now = "2026-03-06T12:00-05:00";
    let at = "2026-02-20T09:00-05:00";
    let run = Run::from(
        wd.command(&[
            "followups",
            "done",
            "L00001",
            "--ledger",
            "big.jsonl",
            "--at",
            at,
            "--now",
            now,
        ])
        .env("TMPDIR", wd.path("no-such-dir"))
        .output()
        .unwrap(),
    );
    assert_eq!(run.code, 1);
    assert!(
        run.stderr.contains("making a temporary file in"),
        "{}",
        run.stderr
    );
    assert_eq!(lines(&wd), before);

    let out = wd.run(&[
        "followups",
        "done",
        "L00001",
        "L00002",
        "L00003",
        "L00001",
        "Z",
        "--ledger",
        "big.jsonl",
        "--at",
        at,
        "--now",
        now,
    ]);
    let err = out.fails(1);
    assert!(
        err.contains("big.jsonl: 2 marked done; already done, unchanged: L00002, L00001"),
        "{err}"
    );
    assert!(
        err.contains("not in the ledger, nothing marked: Z"),
        "{err}"
    );
    assert_eq!(lines(&wd), before + 2);
    // An empty id is in no ledger.
    let out = wd.run(&[
        "followups",
        "done",
        " ",
        "--ledger",
        "big.jsonl",
        "--now",
        now,
    ]);
    assert!(
        out.fails(1)
            .contains("not in the ledger, nothing marked: \" \""),
        "{}",
        out.stderr
    );
    assert_eq!(lines(&wd), before + 2);

    wd.create(
        "later.csv",
        "id,Resolution,Answered At\nL00005,Answered,2026-02-08 10:00\nL00004,Answered,2026-02-08 10:00\nL00007,Answered,2026-02-01 10:00\n",
    );
    let out = wd.run(&[
        "followups",
        "update",
        "later.csv",
        "--ledger",
        "big.jsonl",
        "--now",
        now,
    ]);
    let err = out.fails(1);
    assert!(
        err.contains("1 follow-up(s) marked answered or closed, 1 already done"),
        "{err}"
    );
    assert!(err.contains("not marked: chat L00007 (later.csv: record 3): answered at 2026-02-01 10:00 is before the chat started"), "{err}");
    assert_eq!(lines(&wd), before + 3);
    // A status report in JSON Lines, with no transcript either.
    wd.create(
        "later.jsonl",
        "{\"id\":\"L00009\",\"status\":\"Closed\",\"closed_at\":\"2026-02-11T10:00:00-05:00\"}\n",
    );
    let out = wd.run(&[
        "followups",
        "update",
        "later.jsonl",
        "--ledger",
        "big.jsonl",
        "--now",
        now,
    ]);
    assert!(
        out.ok().is_empty()
            && out
                .stderr
                .contains("1 follow-up(s) marked answered or closed"),
        "{}",
        out.stderr
    );
    assert_eq!(lines(&wd), before + 4);
}

/// A chat is known by its id without the spaces a spreadsheet pads a cell with: recorded from
/// `" 14000101 "`, it is marked done as `14000101`, and a later export's `"14000108 "` answers
/// `14000108`; a ledger line written with a padded id is the same chat as one without.
#[test]
fn a_chat_id_is_the_same_without_its_surrounding_spaces() {
    let wd = Workdir::new("followups-padded-id");
    let export =
        std::fs::read_to_string(example())
            .unwrap()
            .replacen("\n14000101,", "\n 14000101 ,", 1);
    wd.create("padded.csv", export);
    wd.run(&[
        "followups",
        "record",
        "padded.csv",
        "--ledger",
        "l.jsonl",
        "--now",
        NOW,
    ])
    .ok();
    assert_eq!(wd.read_jsonl("l.jsonl")[0]["chat_id"], "14000101");
    let later = "2025-03-06T12:00:00-05:00";
    let out = wd.run(&[
        "followups",
        "done",
        "14000101",
        "--ledger",
        "l.jsonl",
        "--now",
        later,
    ]);
    assert!(out.stderr.contains("1 marked done"), "{}", out.stderr);
    wd.create(
        "later.csv",
        "id,resolution,answered_at\n\"14000108 \",Answered,2025-03-05T13:00-05:00\n",
    );
    let out = wd.run(&[
        "followups",
        "update",
        "later.csv",
        "--ledger",
        "l.jsonl",
        "--now",
        later,
    ]);
    assert!(
        out.stderr.contains("1 follow-up(s) marked"),
        "{}",
        out.stderr
    );
    // A line added by hand with a padded id closes the chat recorded without one.
    let mut text = wd.read("l.jsonl");
    text.push_str(concat!(
        r#"{"v":1,"event":"done","chat_id":" 14000115","at":"2025-03-05T10:00:00-05:00","#,
        r#""recorded_at":"2025-03-05T10:00:00-05:00","source":"by hand"}"#,
        "\n"
    ));
    wd.create("l.jsonl", text);
    let rows = wd
        .run(&[
            "followups",
            "list",
            "--ledger",
            "l.jsonl",
            "--now",
            later,
            "--format",
            "json",
            "--status",
            "done",
        ])
        .json();
    let ids: Vec<&str> = rows
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["chat_id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["14000101", "14000108", "14000115"], "{rows}");
    // remind with the ledger knows the padded export's chat answered: never named.
    let reminders = wd
        .run(&[
            "remind",
            "--at",
            "2025-03-06T10:00",
            "--format",
            "jsonl",
            "--ledger",
            "l.jsonl",
            "--state",
            "s.json",
            "--export",
            "padded.csv",
        ])
        .ok()
        .to_string();
    assert!(!reminders.contains("14000101"), "{reminders}");
    assert!(
        reminders.contains("holds 3 chats waiting for follow-up"),
        "{reminders}"
    );
}

/// A line written by hand with a time no chat can have (year 1), or a deadline that is not 72
/// hours after its start (which would make a follow-up in time late, or a late one in time), is
/// named like any line that cannot be read: the report trusted it and counted it.
#[test]
fn a_ledger_line_with_impossible_times_is_named() {
    let wd = Workdir::new("followups-impossible-times");
    wd.run(&[
        "followups",
        "record",
        &example(),
        "--ledger",
        "l.jsonl",
        "--now",
        NOW,
    ])
    .ok();
    let good = wd.read("l.jsonl");
    let first = good.lines().next().unwrap();
    for (from, to, why) in [
        (
            "\"started_at\":\"2025-03-03T09:31:12-05:00\",\"due_at\":\"2025-03-06T09:31:12-05:00\"",
            "\"started_at\":\"0001-01-01T09:31:12-05:00\",\"due_at\":\"0001-01-04T09:31:12-05:00\"",
            "0001-01-01T09:31:12-05:00 is 0001-01-01 14:31 UTC, outside the years 1900 to 9998",
        ),
        (
            "\"due_at\":\"2025-03-06T09:31:12-05:00\"",
            "\"due_at\":\"2025-03-04T09:31:12-05:00\"",
            "due_at 2025-03-04T09:31:12-05:00 is not 72 hours after started_at 2025-03-03T09:31:12-05:00",
        ),
    ] {
        assert!(first.contains(from), "{first}");
        wd.create("l.jsonl", format!("{good}{}\n", first.replace(from, to)));
        for args in [&["followups", "list"][..], &["report"][..]] {
            let mut argv = args.to_vec();
            argv.extend(["--ledger", "l.jsonl", "--now", NOW]);
            let err = wd.run(&argv).fails(1).to_string();
            assert!(
                err.contains(&format!("l.jsonl: line 7: {why}"))
                    && err.contains("correct or remove the line by hand"),
                "{args:?}: {err}"
            );
        }
    }
}

//! `aun remind` from the outside: fixed instants, state across runs, DST nights, delivery by a fake
//! sendmail and by a real SMTP server on loopback.

use crate::workdir::{finish_within, json_lines, repo_file, Run, Workdir};
use serde_json::Value;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// A directory with contacts for the libraries of the default week, except MCPL and AACC.
const CONTACTS: &str = "\
id,name,kind,aliases,contact_email
COORD,AskUsNow! statewide coordinators,service,AskUsNow! statewide coordinators,coord@example.org
BCPL,Baltimore County Public Library,public,BCPL,bcpl@example.org
EPFL,Enoch Pratt Free Library,public,Pratt/SLRC,pratt@example.org
FCPL,Frederick County Public Libraries,public,FCPL,fcpl@example.org
FSU,Frostburg State University,academic,,frostburg@example.org
CARROLL,Carroll County Public Library,public,CarrollCPL,carroll@example.org
MCPL,Montgomery County Public Libraries,public,MCPL,
";

fn run_at(wd: &Workdir, at: &str, extra: &[&str]) -> Run {
    let mut args = vec!["remind", "--at", at];
    args.extend_from_slice(extra);
    wd.run(&args)
}

fn keys(records: &[Value]) -> Vec<String> {
    records
        .iter()
        .map(|r| r["key"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn a_run_at_13_07_tells_fcpl_its_first_check_is_due_by_15_00() {
    let wd = Workdir::new("remind-1307");
    let out = run_at(&wd, "2026-11-26T13:07", &[]);
    let text = out.ok();
    assert!(
        text.starts_with("To: Frederick County Public Libraries (no contact e-mail)\n"),
        "{text}"
    );
    assert!(
        text.contains("Subject: Shared Follow-Up: 1st check due by 15:00 (FCPL, Thu 13:00–17:00)"),
        "{text}"
    );
    assert!(text.contains("Key: first-check/2026-11-26T18:00:00Z/FCPL"));
    // The next run of a 15-minute cron sends nothing.
    assert_eq!(run_at(&wd, "2026-11-26T13:22", &[]).ok(), "");
}

#[test]
fn every_block_start_and_midpoint_of_the_default_week() {
    let wd = Workdir::new("remind-week");
    // 2026-11-23 is a Monday; (date, [(start hour, library id)]).
    let week: [(&str, &[(u32, &str)]); 7] = [
        ("2026-11-23", &[(9, "BCPL"), (13, "EPFL")]),
        ("2026-11-24", &[(9, "EPFL"), (13, "EPFL")]),
        ("2026-11-25", &[(9, "MCPL"), (13, "FSU"), (17, "CARROLL")]),
        ("2026-11-26", &[(9, "EPFL"), (13, "FCPL")]),
        ("2026-11-27", &[(9, "AACC"), (13, "EPFL")]),
        ("2026-11-28", &[(9, "EPFL"), (13, "EPFL")]),
        ("2026-11-29", &[(9, "EPFL"), (13, "EPFL")]),
    ];
    for (date, blocks) in week {
        for &(start, id) in blocks {
            for (kind, hour, due) in [
                ("first-check", start, start + 2),
                ("second-check", start + 2, start + 4),
            ] {
                let at = format!("{date}T{hour:02}:00");
                let records = run_at(&wd, &at, &["--format", "jsonl"]).jsonl();
                assert_eq!(records.len(), 1, "{at}: {records:?}");
                let r = &records[0];
                assert_eq!(r["kind"], kind, "{at}");
                assert_eq!(r["recipient"], id, "{at}");
                assert!(r["key"].as_str().unwrap().ends_with(&format!("/{id}")));
                let subject = r["subject"].as_str().unwrap();
                assert!(
                    subject.contains(&format!("due by {due:02}:00")),
                    "{subject}"
                );
                assert_eq!(subject.contains("(best effort)"), date == "2026-11-29");
            }
        }
    }
}

/// The default schedule without its declared service hours (then they run from the first
/// block's start to the last block's end: every evening but Wednesday's is a gap).
fn without_service_hours(wd: &Workdir) {
    let text = std::fs::read_to_string(crate::workdir::repo_file("data/schedule.csv")).unwrap();
    let rows: String = text
        .lines()
        .filter(|l| !l.contains(",service-hours,"))
        .map(|l| format!("{l}\n"))
        .collect();
    wd.create("no-hours.csv", rows);
}

#[test]
fn evenings_outside_the_declared_service_hours_send_nothing() {
    let wd = Workdir::new("remind-hours");
    let out = run_at(&wd, "2026-11-23T17:00", &["--format", "json"]);
    assert_eq!(out.json(), serde_json::json!([]));
}

#[test]
fn monday_evening_tells_the_coordinators_no_one_is_on_duty() {
    let wd = Workdir::new("remind-gap");
    wd.create("contacts.csv", CONTACTS);
    without_service_hours(&wd);
    let out = run_at(
        &wd,
        "2026-11-23T17:00",
        &[
            "--schedule",
            "no-hours.csv",
            "--directory",
            "contacts.csv",
            "--format",
            "json",
        ],
    );
    let v = out.json();
    assert_eq!(v.as_array().unwrap().len(), 1, "{v}");
    let fields: Vec<&str> = v[0]
        .as_object()
        .unwrap()
        .keys()
        .map(|k| k.as_str())
        .collect();
    assert_eq!(
        fields,
        [
            "key",
            "kind",
            "at",
            "until",
            "recipient",
            "recipient_name",
            "recipient_address",
            "subject",
            "body"
        ]
    );
    assert_eq!(v[0]["key"], "no-one-on-duty/2026-11-23T22:00:00Z/COORD");
    assert_eq!(v[0]["at"], "2026-11-23T17:00:00-05:00");
    assert_eq!(v[0]["until"], "2026-11-23T21:00:00-05:00");
    assert_eq!(v[0]["recipient_address"], "coord@example.org");
    assert_eq!(
        v[0]["subject"],
        "Shared Follow-Up: no one on duty Mon 17:00–21:00"
    );
}

#[test]
fn two_runs_in_one_window_send_once_and_a_dry_run_records_nothing() {
    let wd = Workdir::new("remind-twice");
    let state = ["--state", "state.json", "--format", "jsonl"];
    let dry = wd.run(&[
        "remind",
        "--now",
        "2026-11-26T13:07",
        "--state",
        "state.json",
        "--dry-run",
    ]);
    assert!(dry.ok().contains("first-check/2026-11-26T18:00:00Z/FCPL"));
    assert!(dry.stderr.contains("dry run"), "{}", dry.stderr);
    assert!(!wd.path("state.json").exists());

    let first = run_at(&wd, "2026-11-26T13:07", &state).jsonl();
    assert_eq!(keys(&first), ["first-check/2026-11-26T18:00:00Z/FCPL"]);
    let second = run_at(&wd, "2026-11-26T13:08", &state);
    assert_eq!(second.ok(), "");
    let saved: Value = serde_json::from_str(&wd.read("state.json")).unwrap();
    assert_eq!(saved["version"], 1);
    assert_eq!(saved["last_run"], "2026-11-26T18:08:00Z");
    assert_eq!(
        saved["sent"]["first-check/2026-11-26T18:00:00Z/FCPL"]["sent_at"],
        "2026-11-26T18:07:00Z"
    );
}

#[test]
fn a_missed_run_is_caught_up_within_catch_up_and_not_beyond() {
    let wd = Workdir::new("remind-missed");
    // The 13:00 and 13:15 runs did not happen: 13:30 catches up.
    let late = run_at(
        &wd,
        "2026-11-26T13:30",
        &["--state", "a.json", "--format", "jsonl"],
    )
    .jsonl();
    assert_eq!(keys(&late), ["first-check/2026-11-26T18:00:00Z/FCPL"]);
    // With --catch-up 20m, 13:00 is beyond reach at 13:30.
    let out = run_at(
        &wd,
        "2026-11-26T13:30",
        &[
            "--state",
            "b.json",
            "--catch-up",
            "20m",
            "--format",
            "jsonl",
        ],
    );
    assert_eq!(out.ok(), "");
    // A run after a long silence says what it could not catch up.
    wd.create(
        "c.json",
        r#"{"version":1,"last_run":"2026-11-26T12:00:00Z","sent":{}}"#,
    );
    let out = run_at(&wd, "2026-11-26T13:30", &["--state", "c.json"]);
    out.ok();
    assert!(
        out.stderr.contains("more than --catch-up 2h ago"),
        "{}",
        out.stderr
    );
}

#[test]
fn bad_state_and_bad_flags_fail_clearly() {
    let wd = Workdir::new("remind-bad");
    wd.create("state.json", "{oops");
    let err = run_at(&wd, "2026-11-26T13:07", &["--state", "state.json"])
        .fails(1)
        .to_string();
    assert!(
        err.contains("state.json: not an aun remind state file"),
        "{err}"
    );
    let err = run_at(&wd, "2026-11-26T13:07", &["--window", "8d"])
        .fails(1)
        .to_string();
    assert!(err.contains("at most 7d"), "{err}");
    let err = run_at(&wd, "2026-11-26T13:07", &["--export", "chats.csv"])
        .fails(1)
        .to_string();
    assert!(err.contains("chats.csv"), "{err}");
    wd.run(&["remind", "--window", "15m", "--state", "s.json"])
        .fails(2);
}

#[test]
fn a_second_run_waits_for_the_lock_then_fails_clearly() {
    let wd = Workdir::new("remind-lock");
    let lock = std::fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(wd.path("state.json.lock"))
        .unwrap();
    fs4::FileExt::try_lock(&lock).unwrap();
    let started = Instant::now();
    let out = run_at(
        &wd,
        "2026-11-26T13:07",
        &["--state", "state.json", "--lock-wait", "1s"],
    );
    let err = out.fails(1);
    assert!(
        err.contains("another `aun remind` run holds the lock"),
        "{err}"
    );
    assert!(started.elapsed() >= Duration::from_millis(900));
    assert!(!wd.path("state.json").exists());
    // Released while the next run waits: it goes ahead.
    let releaser = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(300));
        drop(lock);
    });
    let out = run_at(
        &wd,
        "2026-11-26T13:07",
        &["--state", "state.json", "--lock-wait", "10s"],
    );
    releaser.join().unwrap();
    assert!(out.ok().contains("first-check/2026-11-26T18:00:00Z/FCPL"));
}

#[test]
fn digest_goes_out_once_a_day() {
    let wd = Workdir::new("remind-digest");
    let args = ["--digest", "--state", "d.json", "--format", "jsonl"];
    let first = run_at(&wd, "2026-11-23T07:00", &args).jsonl();
    assert_eq!(keys(&first), ["digest/2026-11-23T05:00:00Z/COORD"]);
    let body = first[0]["body"].as_str().unwrap();
    assert!(body.contains("09:00–13:00  BCPL"), "{body}");
    assert!(
        body.contains(
            "No one on duty in the service hours:\n  none: every service hour is covered\n"
        ),
        "{body}"
    );
    assert_eq!(run_at(&wd, "2026-11-23T07:15", &args).ok(), "");
    let next_day = run_at(&wd, "2026-11-24T07:00", &args).jsonl();
    assert_eq!(keys(&next_day), ["digest/2026-11-24T05:00:00Z/COORD"]);
}

/// A schedule with blocks through every night: 22:00–02:00, 02:00–06:00, 06:00–22:00.
fn night_schedule(wd: &Workdir) {
    let mut csv = String::from("day,start,end,library,duty,overnight\n");
    for d in ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] {
        csv += &format!("{d},22:00,02:00,Night Owl,shared-follow-up,true\n");
        csv += &format!("{d},02:00,06:00,Early Bird,shared-follow-up,false\n");
        csv += &format!("{d},06:00,22:00,Day Shift,shared-follow-up,false\n");
    }
    wd.create("night.csv", csv);
}

/// Runs cron every 15 minutes (UTC instants) from `from` to `to`, with the server in `server_tz`;
/// returns (run instant, key) for everything sent.
fn cron_night(
    wd: &Workdir,
    server_tz: &str,
    state: &str,
    from: &str,
    hours: i64,
) -> Vec<(String, String)> {
    let start = chrono::DateTime::parse_from_rfc3339(from).unwrap();
    let mut sent = Vec::new();
    for i in 0..=(hours * 4) {
        let t = (start + chrono::Duration::minutes(15 * i)).to_rfc3339();
        let out = Run::from(
            wd.command(&[
                "remind",
                "--schedule",
                "night.csv",
                "--state",
                state,
                "--now",
                &t,
                "--format",
                "jsonl",
            ])
            .env("TZ", server_tz)
            .output()
            .unwrap(),
        );
        for r in out.jsonl() {
            sent.push((t.clone(), r["key"].as_str().unwrap().to_string()));
        }
    }
    sent
}

#[test]
fn spring_forward_night_from_cron_in_any_server_zone() {
    let wd = Workdir::new("remind-spring");
    night_schedule(&wd);
    // 2026-03-08 02:00 EST becomes 03:00 EDT. From Sat 21:00 EST to Sun 06:30 EDT.
    let utc = cron_night(&wd, "UTC", "utc.json", "2026-03-08T02:00:00Z", 9);
    let ny = cron_night(
        &wd,
        "America/New_York",
        "ny.json",
        "2026-03-08T02:00:00Z",
        9,
    );
    assert_eq!(utc, ny, "the server's zone changed what was sent");
    let want = [
        (
            "2026-03-08T03:00:00+00:00",
            "first-check/2026-03-08T03:00:00Z/Night Owl",
        ),
        (
            "2026-03-08T05:00:00+00:00",
            "second-check/2026-03-08T05:00:00Z/Night Owl",
        ),
        // 02:00 does not exist: Early Bird starts at 03:00 EDT, three real hours, midpoint 04:30.
        (
            "2026-03-08T07:00:00+00:00",
            "first-check/2026-03-08T07:00:00Z/Early Bird",
        ),
        (
            "2026-03-08T08:30:00+00:00",
            "second-check/2026-03-08T08:30:00Z/Early Bird",
        ),
        (
            "2026-03-08T10:00:00+00:00",
            "first-check/2026-03-08T10:00:00Z/Day Shift",
        ),
    ];
    let got: Vec<(&str, &str)> = utc.iter().map(|(t, k)| (t.as_str(), k.as_str())).collect();
    assert_eq!(got, want);
    assert_eq!(wd.read("utc.json"), wd.read("ny.json"));
}

#[test]
fn fall_back_night_from_cron_in_any_server_zone() {
    let wd = Workdir::new("remind-fall");
    night_schedule(&wd);
    // 2026-11-01 02:00 EDT becomes 01:00 EST. From Sat 21:00 EDT to Sun 06:30 EST.
    let utc = cron_night(&wd, "UTC", "utc.json", "2026-11-01T01:00:00Z", 10);
    let ny = cron_night(
        &wd,
        "America/New_York",
        "ny.json",
        "2026-11-01T01:00:00Z",
        10,
    );
    assert_eq!(utc, ny, "the server's zone changed what was sent");
    let keys: Vec<&str> = utc.iter().map(|(_, k)| k.as_str()).collect();
    assert_eq!(
        keys,
        [
            // Night Owl: 22:00 EDT to 02:00 EST, five real hours; the 2nd check at 00:30 EDT.
            "first-check/2026-11-01T02:00:00Z/Night Owl",
            "second-check/2026-11-01T04:30:00Z/Night Owl",
            "first-check/2026-11-01T07:00:00Z/Early Bird",
            "second-check/2026-11-01T09:00:00Z/Early Bird",
            "first-check/2026-11-01T11:00:00Z/Day Shift",
        ]
    );
    for (t, k) in &utc {
        // Each one sent by the run at its moment, none later, none twice.
        let moment = k.split('/').nth(1).unwrap().replace('Z', "+00:00");
        assert_eq!(t, &moment);
    }
}

/// A state file as it stood before the night, with keys of a year ago (a file never pruned) and
/// the Night Owl's 1st check already sent: through the fall-back night nothing goes out twice,
/// the 1st check not again, and the first save drops the year-old keys, keeping the format.
#[test]
fn an_old_state_file_through_the_fall_back_night_is_pruned_and_sends_each_once() {
    let wd = Workdir::new("remind-fall-pruned");
    night_schedule(&wd);
    let mut sent = serde_json::Map::new();
    let entry = |at: &str| serde_json::json!({"at": at, "sent_at": at});
    for day in 1..=28 {
        let at = format!("2025-10-{day:02}T02:00:00Z");
        sent.insert(format!("first-check/{at}/Night Owl"), entry(&at));
    }
    sent.insert(
        "first-check/2026-11-01T02:00:00Z/Night Owl".into(),
        entry("2026-11-01T02:00:00Z"),
    );
    let old = serde_json::json!({"version": 1, "last_run": "2026-11-01T00:45:00Z", "sent": sent});
    wd.create("old.json", serde_json::to_string_pretty(&old).unwrap());
    let got = cron_night(&wd, "UTC", "old.json", "2026-11-01T01:00:00Z", 10);
    let keys: Vec<&str> = got.iter().map(|(_, k)| k.as_str()).collect();
    assert_eq!(
        keys,
        [
            "second-check/2026-11-01T04:30:00Z/Night Owl",
            "first-check/2026-11-01T07:00:00Z/Early Bird",
            "second-check/2026-11-01T09:00:00Z/Early Bird",
            "first-check/2026-11-01T11:00:00Z/Day Shift",
        ]
    );
    let saved: Value = serde_json::from_str(&wd.read("old.json")).unwrap();
    let kept: Vec<&str> = saved["sent"]
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(
        kept,
        [
            "first-check/2026-11-01T02:00:00Z/Night Owl",
            "first-check/2026-11-01T07:00:00Z/Early Bird",
            "first-check/2026-11-01T11:00:00Z/Day Shift",
            "second-check/2026-11-01T04:30:00Z/Night Owl",
            "second-check/2026-11-01T09:00:00Z/Early Bird",
        ]
    );
    assert_eq!(saved["last_run"], "2026-11-01T11:00:00Z");
}

/// A fake sendmail (tests/smtp_sink.py --sendmail) that keeps each message in `inbox/`.
fn fake_sendmail(wd: &Workdir) -> PathBuf {
    let script = wd.create(
        "sendmail",
        format!(
            "#!/bin/sh\nexec python3 {} --sendmail {} \"$@\"\n",
            repo_file("tests/smtp_sink.py").display(),
            wd.path("inbox").display()
        ),
    );
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).unwrap();
    script
}

/// A message as the catcher stored it: the envelope, and the message as Python's parser reads it.
#[derive(Debug)]
struct Mail {
    mail_from: String,
    rcpt_tos: Vec<String>,
    /// The parameters of MAIL FROM (SMTP only): "SMTPUTF8" when the sender asked for it.
    mail_options: Vec<String>,
    headers: Vec<(String, String)>,
    body: String,
    raw: String,
}

impl Mail {
    #[track_caller]
    fn header(&self, name: &str) -> &str {
        let found: Vec<&str> = self
            .headers
            .iter()
            .filter(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
            .collect();
        assert_eq!(found.len(), 1, "{name} in {:?}", self.headers);
        found[0]
    }
}

/// The messages in `dir`, waiting up to `wait` until there are at least `n`.
fn inbox_within(dir: &Path, n: usize, wait: Duration) -> Vec<Mail> {
    let deadline = Instant::now() + wait;
    loop {
        let mut found: Vec<PathBuf> = std::fs::read_dir(dir)
            .map(|d| d.map(|e| e.unwrap().path()).collect())
            .unwrap_or_default();
        found.retain(|p| p.extension().is_some_and(|e| e == "json"));
        if found.len() >= n || Instant::now() > deadline {
            found.sort();
            return found.iter().map(|p| read_mail(p)).collect();
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// The messages in `dir`, once there are `n` (or 10 s have passed).
fn inbox(dir: &Path, n: usize) -> Vec<Mail> {
    inbox_within(dir, n, Duration::from_secs(10))
}

/// Asserts that `dir` holds exactly `n` messages, and no more arrive for a moment.
#[track_caller]
fn assert_no_more(dir: &Path, n: usize) {
    let got = inbox_within(dir, n + 1, Duration::from_millis(300));
    assert_eq!(got.len(), n, "{got:?}");
}

fn read_mail(p: &Path) -> Mail {
    let v: Value = serde_json::from_str(&std::fs::read_to_string(p).unwrap()).unwrap();
    let strings = |v: &Value| -> Vec<String> {
        v.as_array()
            .unwrap()
            .iter()
            .map(|s| s.as_str().unwrap().to_string())
            .collect()
    };
    Mail {
        mail_from: v["mail_from"].as_str().unwrap().to_string(),
        rcpt_tos: strings(&v["rcpt_tos"]),
        mail_options: strings(&v["mail_options"]),
        headers: v["headers"]
            .as_array()
            .unwrap()
            .iter()
            .map(|h| (h[0].as_str().unwrap().into(), h[1].as_str().unwrap().into()))
            .collect(),
        body: v["body"].as_str().unwrap().to_string(),
        raw: std::fs::read_to_string(p.with_extension("eml")).unwrap(),
    }
}

#[test]
fn sendmail_delivers_and_a_missing_contact_fails_the_run_but_not_the_others() {
    let wd = Workdir::new("remind-sendmail");
    wd.create("contacts.csv", CONTACTS);
    // FCPL and MCPL share Thursday's afternoon block; MCPL has no contact in this directory.
    wd.create(
        "shared.csv",
        "day,start,end,library,duty,shared\n\
         thu,13:00,17:00,FCPL,shared-follow-up,true\n\
         thu,13:00,17:00,MCPL,shared-follow-up,true\n",
    );
    let script = fake_sendmail(&wd);
    let args = [
        "remind",
        "--now",
        "2026-11-26T13:00",
        "--schedule",
        "shared.csv",
        "--directory",
        "contacts.csv",
        "--state",
        "state.json",
        "--sendmail",
        "--sendmail-command",
        script.to_str().unwrap(),
        "--from",
        "AskUsNow! <aun@example.org>",
    ];
    let out = wd.run(&args);
    let err = out.fails(1);
    assert!(
        err.contains("not delivered: first-check/2026-11-26T18:00:00Z/MCPL: MCPL has no contact e-mail in the directory"),
        "{err}"
    );
    assert!(err.contains("1 reminder not delivered"), "{err}");
    // FCPL's message went out, from the given sender, to its contact only.
    let mail = inbox(&wd.path("inbox"), 1);
    assert_eq!(mail.len(), 1, "{mail:?}");
    let m = &mail[0];
    assert_eq!(m.mail_from, "aun@example.org");
    assert_eq!(m.rcpt_tos, ["fcpl@example.org"]);
    // The subject's en dashes are encoded: the message as sent is plain ASCII.
    assert!(m.raw.is_ascii(), "{}", m.raw);
    assert_eq!(m.header("From"), "AskUsNow! <aun@example.org>");
    assert_eq!(
        m.header("To"),
        "Frederick County Public Libraries <fcpl@example.org>"
    );
    assert_eq!(
        m.header("Subject"),
        "Shared Follow-Up: 1st check due by 15:00 (FCPL, Thu 13:00–17:00)"
    );
    assert!(m
        .body
        .contains("1st check of the Shared Follow-Up folder: now, due by 15:00."));
    // Recorded: FCPL's; not MCPL's, which the next run tries (and reports) again.
    let state = wd.read("state.json");
    assert!(
        state.contains("first-check/2026-11-26T18:00:00Z/FCPL"),
        "{state}"
    );
    assert!(!state.contains("MCPL"), "{state}");
    let again = wd.run(&args);
    assert!(again.fails(1).contains("MCPL has no contact"));
    assert_no_more(&wd.path("inbox"), 1);
}

/// A line break in a library's name could start a header of its own: the schedule and the
/// directory refuse it when read, so nothing is sent (the mail builder keeps every header on one
/// line as well, tested in src/remind/mail.rs).
#[test]
fn a_library_name_cannot_inject_a_header() {
    let wd = Workdir::new("remind-inject");
    let evil = "Evil Library\r\nBcc: evil@example.com";
    wd.create(
        "evil-schedule.csv",
        format!("day,start,end,library,duty\nthu,13:00,17:00,\"{evil}\",shared-follow-up\n"),
    );
    wd.create(
        "evil-directory.csv",
        format!("id,name,kind,contact_email\nEVIL,\"{evil}\",public,lib@example.org\n"),
    );
    wd.create(
        "schedule.csv",
        "day,start,end,library,duty\nthu,13:00,17:00,EVIL,shared-follow-up\n",
    );
    let script = fake_sendmail(&wd);
    for (schedule, want) in [
        (
            "evil-schedule.csv",
            "evil-schedule.csv: line 2: column \"library\" (field 4): control character \\u{d} at character 13",
        ),
        (
            "schedule.csv",
            "evil-directory.csv: line 2: column \"name\" (field 2): control character \\u{d} at character 13",
        ),
    ] {
        let out = wd.run(&[
            "remind",
            "--now",
            "2026-11-26T13:00",
            "--schedule",
            schedule,
            "--directory",
            "evil-directory.csv",
            "--sendmail",
            "--sendmail-command",
            script.to_str().unwrap(),
        ]);
        let err = out.fails(1);
        assert!(err.contains(want), "{err}");
    }
    assert!(!wd.path("inbox").exists(), "nothing was sent");
}

/// A Python aiosmtpd server on loopback, killed when dropped.
struct SmtpSink {
    child: Child,
    port: u16,
    dir: PathBuf,
}

impl SmtpSink {
    fn start(dir: &Path) -> SmtpSink {
        SmtpSink::start_offering(dir, false)
    }

    /// A server whose EHLO offers SMTPUTF8 (RFC 6531) when `smtputf8`.
    fn start_offering(dir: &Path, smtputf8: bool) -> SmtpSink {
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let mut command = Command::new("python3");
        command.arg(repo_file("tests/smtp_sink.py"));
        if smtputf8 {
            command.arg("--smtputf8");
        }
        let mut child = command
            .arg(port.to_string())
            .arg(dir)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap_or_else(|e| panic!("cannot run python3 for the SMTP test ({e}); install Python 3 and run `bash .ci/setup`"));
        let stdout = child.stdout.take().unwrap();
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let mut line = String::new();
            let _ = BufReader::new(stdout).read_line(&mut line);
            let _ = tx.send(line);
        });
        match rx.recv_timeout(Duration::from_secs(20)) {
            Ok(line) if line.trim() == "ready" => SmtpSink {
                child,
                port,
                dir: dir.to_path_buf(),
            },
            other => {
                let _ = child.kill();
                let out = child.wait_with_output().unwrap();
                panic!(
                    "the SMTP test server (python3 tests/smtp_sink.py, aiosmtpd) did not start: {other:?}\n{}\n\
                     Install it with `bash .ci/setup` (pip install aiosmtpd).",
                    String::from_utf8_lossy(&out.stderr)
                )
            }
        }
    }
}

impl Drop for SmtpSink {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

#[test]
fn a_real_smtp_server_receives_the_reminders() {
    let wd = Workdir::new("remind-smtp");
    wd.create("contacts.csv", CONTACTS);
    without_service_hours(&wd);
    let sink = SmtpSink::start(&wd.path("inbox"));
    let url = format!("smtp://127.0.0.1:{}", sink.port);
    let send = |now: &str| {
        let mut cmd = wd.command(&[
            "--schedule",
            "no-hours.csv",
            "remind",
            "--now",
            now,
            "--directory",
            "contacts.csv",
            "--state",
            "state.json",
            "--send",
            &url,
            "--smtp-tls",
            "none",
            "--from",
            "aun@example.org",
        ]);
        cmd.env_remove("AUN_SMTP_USER")
            .env_remove("AUN_SMTP_PASSWORD");
        finish_within(cmd, Duration::from_secs(60))
    };
    // Thursday: FCPL's 1st check at 13:00, nothing new at 13:10, the 2nd check at 15:00; Monday
    // 17:00: the coordinators hear of the evening gap.
    // STARTTLS is the default and is required: this plain server cannot take the message, and
    // nothing is recorded, so the next run sends it.
    let mut cmd = wd.command(&[
        "remind",
        "--now",
        "2026-11-26T13:00",
        "--directory",
        "contacts.csv",
        "--state",
        "state.json",
        "--send",
        &url,
    ]);
    cmd.env_remove("AUN_SMTP_USER");
    let refused = finish_within(cmd, Duration::from_secs(60));
    let err = refused.fails(1);
    assert!(err.contains("STARTTLS is not supported"), "{err}");
    assert!(err.contains("give --smtp-tls none"), "{err}");
    assert!(!wd.read("state.json").contains("FCPL"));
    let out = send("2026-11-26T13:00");
    out.ok();
    assert!(out.stderr.contains("sent 1 reminder"), "{}", out.stderr);
    assert_eq!(send("2026-11-26T13:10").ok(), "");
    send("2026-11-26T15:00").ok();
    send("2026-11-30T17:00").ok();
    let got = inbox(&sink.dir, 3);
    assert_eq!(got.len(), 3, "{got:?}");
    let m = &got[0];
    assert_eq!(m.mail_from, "aun@example.org");
    assert_eq!(m.rcpt_tos, ["fcpl@example.org"]);
    assert_eq!(m.header("From"), "aun@example.org");
    assert_eq!(
        m.header("To"),
        "Frederick County Public Libraries <fcpl@example.org>"
    );
    assert_eq!(
        m.header("Subject"),
        "Shared Follow-Up: 1st check due by 15:00 (FCPL, Thu 13:00–17:00)"
    );
    assert_eq!(m.header("Date"), "Thu, 26 Nov 2026 18:00:00 +0000");
    assert_eq!(m.header("MIME-Version"), "1.0");
    assert_eq!(m.header("Auto-Submitted"), "auto-generated");
    let id = m.header("Message-ID");
    assert!(
        id.starts_with("<aun.first-check.20261126T180000Z.") && id.ends_with("@example.org>"),
        "{id}"
    );
    for want in [
        "FCPL is on Shared Follow-Up duty on Thursday 2026-11-26, 13:00–17:00.",
        "1st check of the Shared Follow-Up folder: now, due by 15:00.",
        "2nd check: from 15:00, due by 17:00.",
    ] {
        assert!(m.body.contains(want), "{want}\n{}", m.body);
    }
    assert_eq!(got[1].rcpt_tos, ["fcpl@example.org"]);
    assert_eq!(
        got[1].header("Subject"),
        "Shared Follow-Up: 2nd check due by 17:00 (FCPL, Thu 13:00–17:00)"
    );
    assert_eq!(got[2].rcpt_tos, ["coord@example.org"]);
    assert_eq!(
        got[2].header("Subject"),
        "Shared Follow-Up: no one on duty Mon 17:00–21:00"
    );
    assert!(got[2]
        .body
        .contains("Next on duty: Pratt/SLRC from Tuesday 09:00."));
    // Sent once each: nothing more arrives.
    assert_no_more(&sink.dir, 3);
}

#[test]
fn overrides_decide_who_is_reminded() {
    let wd = Workdir::new("remind-overrides");
    wd.create(
        "overrides.csv",
        "date,block,kind,library,with,with_date,with_block,reason\n\
         2026-12-07,09:00-13:00,absent,BCPL,,,,staff training\n\
         2026-12-14,17:00-21:00,cover,CarrollCPL,,,,extra evening before finals\n",
    );
    let at = |t: &str| {
        run_at(
            &wd,
            t,
            &["--overrides", "overrides.csv", "--format", "jsonl"],
        )
        .jsonl()
    };
    // BCPL is away: no reminder to BCPL; the coordinators hear that the block is unsettled.
    let monday = at("2026-12-07T09:00");
    assert_eq!(
        keys(&monday),
        [
            "no-one-on-duty/2026-12-07T14:00:00Z/COORD",
            "proposal/2026-12-07T14:00:00Z/EPFL"
        ]
    );
    // The proposed library is asked too, and told how to answer.
    let ask = monday[1]["body"].as_str().unwrap();
    assert!(
        ask.contains("Pratt/SLRC is proposed to check the Shared Follow-Up folder on Monday 2026-12-07, 09:00–13:00"),
        "{ask}"
    );
    assert!(ask.contains("If Pratt/SLRC cannot: tell"), "{ask}");
    let body = monday[0]["body"].as_str().unwrap();
    assert!(
        body.contains("09:00–13:00: BCPL absent: staff training."),
        "{body}"
    );
    assert!(
        body.contains("Proposed substitute: Pratt/SLRC, not yet agreed."),
        "{body}"
    );
    assert!(at("2026-12-07T11:00").is_empty());
    // A cover fills Monday evening: CarrollCPL is reminded, and there is no gap.
    let evening = at("2026-12-14T17:00");
    assert_eq!(keys(&evening), ["first-check/2026-12-14T22:00:00Z/CARROLL"]);
    // Without the overrides, BCPL is reminded.
    let plain = run_at(&wd, "2026-12-07T09:00", &["--format", "jsonl"]).jsonl();
    assert_eq!(keys(&plain), ["first-check/2026-12-07T14:00:00Z/BCPL"]);
}

/// An export in the QuestionPoint style: A (Frederick's own patron) is due soon at Thursday
/// 10:30, B (the statewide account) is overdue, C is not due for days.
const EXPORT: &str = "\
Question ID,Date,Patron Email,Library,Resolution,Question,Transcript
A-1,11/23/26 2:00 PM,ann@example.com,Frederick County Public Libraries,Follow Up By Patron Library,Do you have books on beekeeping?,14:00:10\tAnn\tDo you have books on beekeeping?
B-2,11/23/26 8:00 AM,bob@example.com,Maryland AskUsNow! Public Library,Follow Up By Patron Library,I need help with a landlord eviction notice,08:00:10\tBob\tI need help with a landlord eviction notice
C-3,11/25/26 10:00 AM,cy@example.com,Maryland AskUsNow! Public Library,Follow Up By Patron Library,What time does the library open?,10:00:10\tCy\tWhat time does the library open?
D-4,11/23/26 8:00 AM,dee@example.com,Maryland AskUsNow! Public Library,Answered,Thanks,08:00:10\tDee\tThanks
";

#[test]
fn an_export_reminds_each_library_of_its_chats_once_per_status() {
    let wd = Workdir::new("remind-export");
    wd.create("export.csv", EXPORT);
    let args = [
        "--export",
        "export.csv",
        "--state",
        "state.json",
        "--format",
        "jsonl",
    ];
    let first = run_at(&wd, "2026-11-26T10:30", &args).jsonl();
    assert_eq!(
        keys(&first),
        [
            "first-check/2026-11-26T14:00:00Z/EPFL",
            "deadline/2026-11-26T15:30:00Z/EPFL",
            "deadline/2026-11-26T15:30:00Z/FCPL",
        ]
    );
    // B came through the statewide account: the library on duty now (Pratt/SLRC) has it, and
    // the subject names it as its duty reminders do.
    let pratt = first[1]["body"].as_str().unwrap();
    assert_eq!(first[1]["recipient"], "EPFL");
    assert_eq!(
        first[1]["subject"],
        "Shared Follow-Up: 1 chat overdue (Pratt/SLRC)"
    );
    assert!(
        pratt.contains(
            "overdue   B-2  due Thursday 2026-11-26 08:00  rule law  → Maryland State Law Library"
        ),
        "{pratt}"
    );
    // A is Frederick's own patron's chat.
    let fcpl = first[2]["body"].as_str().unwrap();
    assert_eq!(
        first[2]["subject"],
        "Shared Follow-Up: 1 chat due soon (FCPL)"
    );
    assert!(
        fcpl.contains(
            "due soon  A-1  due Thursday 2026-11-26 14:00  rule local  → Frederick County Public Libraries"
        ),
        "{fcpl}"
    );
    assert!(!fcpl.contains("C-3") && !pratt.contains("C-3") && !pratt.contains("D-4"));
    // The next run: nothing new.
    assert_eq!(run_at(&wd, "2026-11-26T10:45", &args).ok(), "");
    // At 14:05 A is overdue: named once more, as overdue; FCPL's 1st check too.
    let later = run_at(&wd, "2026-11-26T14:05", &args).jsonl();
    assert_eq!(
        keys(&later),
        [
            "first-check/2026-11-26T18:00:00Z/FCPL",
            "deadline/2026-11-26T19:05:00Z/FCPL",
        ]
    );
    assert!(later[1]["body"].as_str().unwrap().contains("overdue   A-1"));
    let state = wd.read("state.json");
    for k in [
        "due-soon/2026-11-25T19:00:00Z/chat/A-1",
        "overdue/2026-11-26T19:00:00Z/chat/A-1",
        "overdue/2026-11-26T13:00:00Z/chat/B-2",
    ] {
        assert!(state.contains(k), "{k} not in {state}");
    }
}

#[test]
fn the_digest_names_the_chats_about_to_miss_72_hours() {
    let wd = Workdir::new("remind-export-digest");
    let v = wd.run_stdin(
        &[
            "remind",
            "--digest",
            "--export",
            "-",
            "--at",
            "2026-11-26T07:00",
            "--format",
            "json",
        ],
        EXPORT,
    );
    let v = v.json();
    let body = v[0]["body"].as_str().unwrap();
    assert!(body.contains("09:00–13:00  Pratt/SLRC"), "{body}");
    assert!(body.contains("13:00–17:00  FCPL"), "{body}");
    assert!(
        body.contains("Chats about to miss 72 hours (within 24h) or overdue:"),
        "{body}"
    );
    assert!(
        body.contains("due soon  B-2  due Thu 11-26 08:00  held by"),
        "{body}"
    );
    assert!(
        body.contains("due soon  A-1  due Thu 11-26 14:00  held by FCPL"),
        "{body}"
    );
    assert!(!body.contains("C-3"), "{body}");
}

/// A state file that can be written in a directory that cannot (a cron user's file in root's
/// directory): a run sends nothing and says why, instead of sending the same reminder every run
/// because it can never record it.
#[test]
fn a_state_that_cannot_be_saved_sends_nothing() {
    use std::os::unix::fs::PermissionsExt;
    use std::os::unix::process::CommandExt;
    let wd = Workdir::new("remind-unsaveable");
    let dir = wd.path("state");
    std::fs::create_dir(&dir).unwrap();
    for f in ["remind.json", "remind.json.lock"] {
        let p = dir.join(f);
        std::fs::write(
            &p,
            if f.ends_with("json") {
                "{\"version\":1,\"last_run\":null,\"sent\":{}}"
            } else {
                ""
            },
        )
        .unwrap();
        std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o666)).unwrap();
    }
    std::fs::set_permissions(&wd.dir, std::fs::Permissions::from_mode(0o755)).unwrap();
    std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o555)).unwrap();
    let root = std::fs::metadata("/proc/self").is_ok_and(|m| {
        use std::os::unix::fs::MetadataExt;
        m.uid() == 0
    });
    for _ in 0..3 {
        let mut cmd = wd.command(&[
            "remind",
            "--at",
            "2026-11-26T13:00",
            "--state",
            "state/remind.json",
        ]);
        if root {
            // root may write anywhere: run as nobody, for whom the directory is read-only.
            cmd.uid(65534).gid(65534);
        }
        let out = Run::from(cmd.output().unwrap());
        let err = out.fails(1);
        assert_eq!(out.stdout, "", "a reminder went out: {}", out.stdout);
        assert!(
            err.contains("cannot be saved, so nothing was sent"),
            "{err}"
        );
    }
    std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o755)).unwrap();
    assert!(
        std::fs::read_dir(&dir).unwrap().count() == 2,
        "a temporary file was left"
    );
}

/// A state path through a symlink takes the same lock as the file it names.
#[test]
fn a_symlinked_state_path_takes_the_same_lock() {
    let wd = Workdir::new("remind-symlink-lock");
    std::os::unix::fs::symlink("real.json", wd.path("link.json")).unwrap();
    let held = aun::io::files::FileLock::acquire(&wd.path("real.json"), Duration::ZERO)
        .unwrap()
        .unwrap();
    let out = run_at(
        &wd,
        "2026-11-26T13:00",
        &["--state", "link.json", "--lock-wait", "0s"],
    );
    let err = out.fails(1);
    assert!(err.contains("holds the lock"), "{err}");
    assert_eq!(out.stdout, "");
    drop(held);
    let out = run_at(&wd, "2026-11-26T13:00", &["--state", "link.json"]);
    assert!(out.ok().contains("first-check/2026-11-26T18:00:00Z/FCPL"));
    assert!(std::fs::symlink_metadata(wd.path("link.json"))
        .unwrap()
        .file_type()
        .is_symlink());
    assert!(wd.read("real.json").contains("FCPL"));
}

/// An export whose chats have no ids, or one id twice, cannot key its reminders: it is refused,
/// and (like any bad export) does not stop the duty reminders, which go out before the run exits 1.
#[test]
fn a_bad_export_is_reported_and_the_duty_reminders_still_go_out() {
    let wd = Workdir::new("remind-bad-export");
    let no_ids: String = EXPORT
        .lines()
        .map(|l| l.split_once(',').unwrap().1)
        .collect::<Vec<_>>()
        .join("\n");
    wd.create("no-ids.csv", no_ids);
    wd.create("twice.csv", EXPORT.replace("C-3,", "A-1,"));
    wd.create("broken.json", "[{\"id\": 1,");
    for (file, words) in [
        ("no-ids.csv", "no-ids.csv: record 1: the chat has no id"),
        (
            "twice.csv",
            "twice.csv: records 1 and 3: the id \"A-1\" appears twice",
        ),
        ("broken.json", "broken.json"),
    ] {
        let out = run_at(
            &wd,
            "2026-11-26T10:30",
            &[
                "--export",
                file,
                "--state",
                &format!("{file}.state"),
                "--format",
                "jsonl",
                "-q",
            ],
        );
        let err = out.fails(1);
        assert!(err.contains(words), "{file}: {err}");
        assert!(err.contains("the duty reminders went out"), "{file}: {err}");
        assert_eq!(
            keys(&json_lines(&out.stdout)),
            ["first-check/2026-11-26T14:00:00Z/EPFL"],
            "{file}"
        );
        assert!(wd.read(&format!("{file}.state")).contains("first-check"));
    }
}

/// Under -q, as the cron wrapper runs it, a run after a long silence still names each reminder it
/// can no longer send.
#[test]
fn missed_reminders_are_named_even_under_q() {
    let wd = Workdir::new("remind-missed-q");
    wd.create(
        "s.json",
        r#"{"version":1,"last_run":"2026-11-26T12:00:00Z","sent":{}}"#,
    );
    // Thursday from 07:00 (12:00Z) to 19:30: Pratt/SLRC's and FCPL's checks fell in the silence
    // (the evening is outside the default's service hours); those before 17:30 are past
    // --catch-up 2h.
    let out = run_at(&wd, "2026-11-26T19:30", &["--state", "s.json", "-q"]);
    out.ok();
    let err = &out.stderr;
    assert!(err.contains("more than --catch-up 2h ago"), "{err}");
    assert!(
        err.contains("4 reminders due before 2026-11-26 17:30 could no longer be sent"),
        "{err}"
    );
    assert!(
        err.contains("missed: first-check/2026-11-26T14:00:00Z/EPFL")
            && err.contains("missed: first-check/2026-11-26T18:00:00Z/FCPL")
            && err.contains("missed: second-check/2026-11-26T20:00:00Z/FCPL"),
        "{err}"
    );
}

/// A server that accepts the connection and never answers: the error says it is a timeout.
#[test]
fn an_smtp_timeout_says_so() {
    let wd = Workdir::new("remind-timeout");
    wd.create("contacts.csv", CONTACTS);
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let _silent = std::thread::spawn(move || {
        let held: Vec<_> = listener.incoming().take(4).collect();
        std::thread::sleep(Duration::from_secs(30));
        drop(held);
    });
    let url = format!("smtp://127.0.0.1:{port}");
    let mut cmd = wd.command(&[
        "remind",
        "--now",
        "2026-11-26T13:00",
        "--directory",
        "contacts.csv",
        "--send",
        &url,
        "--smtp-tls",
        "none",
        "--smtp-timeout",
        "1s",
    ]);
    cmd.env_remove("AUN_SMTP_USER");
    let out = finish_within(cmd, Duration::from_secs(30));
    let err = out.fails(1);
    assert!(err.contains("timed out"), "{err}");
    assert!(err.contains("did not answer within 1s"), "{err}");
}

#[test]
fn remind_export_reads_as_triage_does_columns_and_lenient() {
    let wd = Workdir::new("remind-export-flags");
    // Odd headers, a bad record, and lone carriage returns for line ends.
    let odd = EXPORT
        .replace("Question ID,", "Ref,")
        .replace("C-3,11/25/26 10:00 AM", "C-3,yesterday")
        .replace('\n', "\r");
    wd.create("odd.csv", odd);
    let run = run_at(
        &wd,
        "2026-11-26T10:30",
        &["--export", "odd.csv", "--format", "jsonl"],
    );
    let e = run.fails(1).to_string();
    assert!(e.contains("odd.csv: line 4: record 3: started_at"), "{e}");
    let run = run_at(
        &wd,
        "2026-11-26T10:30",
        &[
            "--export",
            "odd.csv",
            "--format",
            "jsonl",
            "--lenient",
            "--columns",
            "id=Ref",
            "--state",
            "s.json",
        ],
    );
    let got = run.jsonl();
    assert_eq!(
        keys(&got),
        [
            "first-check/2026-11-26T14:00:00Z/EPFL",
            "deadline/2026-11-26T15:30:00Z/EPFL",
            "deadline/2026-11-26T15:30:00Z/FCPL",
        ]
    );
    assert!(
        run.stderr.contains(
            "odd.csv: skipped 1 bad record(s) (--lenient): record 3 (line 4): started_at"
        ),
        "{}",
        run.stderr
    );
    // --vocabulary is read (a missing file is an error naming it).
    let e = run_at(
        &wd,
        "2026-11-26T10:30",
        &[
            "--export",
            "odd.csv",
            "--lenient",
            "--vocabulary",
            "nope.csv",
        ],
    )
    .fails(1)
    .to_string();
    assert!(e.contains("nope.csv"), "{e}");
}

/// FCPL on duty Thursday 13:00 with `address` as its contact (line 3 of contacts.csv).
fn utf8_contacts(wd: &Workdir, address: &str) {
    wd.create(
        "contacts.csv",
        format!(
            "id,name,kind,aliases,contact_email\n\
             COORD,AskUsNow! statewide coordinators,service,,coord@example.org\n\
             FCPL,Bibliothèques du comté de Frederick,public,FCPL,{address}\n"
        ),
    );
    wd.create(
        "fcpl.csv",
        "day,start,end,library,duty\nthu,13:00,17:00,FCPL,shared-follow-up\n",
    );
}

fn send_to(wd: &Workdir, sink: &SmtpSink) -> Run {
    let url = format!("smtp://127.0.0.1:{}", sink.port);
    let mut cmd = wd.command(&[
        "--schedule",
        "fcpl.csv",
        "remind",
        "--now",
        "2026-11-26T13:00",
        "--directory",
        "contacts.csv",
        "--state",
        "state.json",
        "--send",
        &url,
        "--smtp-tls",
        "none",
        "--from",
        "Rappels AskUsNow! <aun@bibliothèque.example>",
    ]);
    cmd.env_remove("AUN_SMTP_USER")
        .env_remove("AUN_SMTP_PASSWORD");
    finish_within(cmd, Duration::from_secs(60))
}

/// A non-ASCII domain goes out as its IDNA A-label, in the envelope and the headers, to a
/// server that does not offer SMTPUTF8; a non-ASCII display name is an RFC 2047 encoded word.
#[test]
fn an_internationalised_domain_is_sent_as_its_a_label() {
    let wd = Workdir::new("remind-idna");
    utf8_contacts(&wd, "sfu@bücherei.example");
    let sink = SmtpSink::start(&wd.path("inbox"));
    let out = send_to(&wd, &sink);
    out.ok();
    let mail = inbox(&wd.path("inbox"), 1);
    assert_eq!(mail.len(), 1, "{}", out.stderr);
    let m = &mail[0];
    assert_eq!(m.rcpt_tos, ["sfu@xn--bcherei-n2a.example"]);
    assert_eq!(m.mail_from, "aun@xn--bibliothque-59a.example");
    assert!(m.mail_options.is_empty(), "{:?}", m.mail_options);
    let head = m.raw.split("\r\n\r\n").next().unwrap();
    assert!(head.is_ascii(), "{head}");
    assert!(head.contains("To: =?utf-8?"), "{head}");
    // Decoded, the names are as the directory and --from wrote them.
    assert_eq!(
        m.header("To"),
        "Bibliothèques du comté de Frederick <sfu@xn--bcherei-n2a.example>"
    );
    assert_eq!(
        m.header("From"),
        "Rappels AskUsNow! <aun@xn--bibliothque-59a.example>"
    );
    // The preview shows the address as the message carries it.
    let text = wd
        .run(&[
            "--schedule",
            "fcpl.csv",
            "remind",
            "--at",
            "2026-11-26T13:00",
            "--directory",
            "contacts.csv",
        ])
        .ok()
        .to_string();
    assert!(
        text.contains("To: Bibliothèques du comté de Frederick <sfu@xn--bcherei-n2a.example>"),
        "{text}"
    );
}

/// A long non-ASCII name is cut into encoded words between its words only, so Python's parser
/// (which keeps the white space between encoded words in a name) reads it back as written.
#[test]
fn a_long_non_ascii_name_reads_back_whole() {
    let wd = Workdir::new("remind-long-name");
    utf8_contacts(&wd, "sfu@fcpl.example.org");
    let name =
        "Bibliothèques publiques régionales du comté de Frédéric et de la vallée de la Monocacy";
    let contacts = wd
        .read("contacts.csv")
        .replace("Bibliothèques du comté de Frederick", name);
    wd.create("contacts.csv", contacts);
    let sink = SmtpSink::start(&wd.path("inbox"));
    send_to(&wd, &sink).ok();
    let mail = inbox(&wd.path("inbox"), 1);
    let m = &mail[0];
    assert_eq!(m.header("To"), format!("{name} <sfu@fcpl.example.org>"));
    let head = m.raw.split("\r\n\r\n").next().unwrap();
    let to: Vec<&str> = head
        .split("\r\n")
        .skip_while(|l| !l.starts_with("To: "))
        .take_while(|l| l.starts_with("To: ") || l.starts_with(' '))
        .collect();
    assert!(to.len() > 1, "{head}");
    for line in to {
        assert!(line.len() <= 78, "{line}");
    }
}

/// A non-ASCII local part has no ASCII form: it is refused, naming the library and the line of
/// the directory, by a server that does not offer SMTPUTF8 (nothing sent, nothing recorded), and
/// sent with `MAIL FROM:<…> SMTPUTF8` to one that does.
#[test]
fn a_non_ascii_local_part_needs_a_server_that_offers_smtputf8() {
    let wd = Workdir::new("remind-smtputf8");
    utf8_contacts(&wd, "bücher@fcpl.example.org");
    let plain = SmtpSink::start(&wd.path("plain"));
    let out = send_to(&wd, &plain);
    let err = out.fails(1);
    assert!(
        err.contains(&format!(
            "not delivered: first-check/2026-11-26T18:00:00Z/FCPL: FCPL (contacts.csv: line 3): contact e-mail \"bücher@fcpl.example.org\" has a non-ASCII local part, which only a server that offers SMTPUTF8 (RFC 6531) can take, and 127.0.0.1:{} does not; not sent",
            plain.port
        )),
        "{err}"
    );
    assert_no_more(&wd.path("plain"), 0);
    assert!(!wd.read("state.json").contains("FCPL"));

    let utf8 = SmtpSink::start_offering(&wd.path("utf8"), true);
    send_to(&wd, &utf8).ok();
    let mail = inbox(&wd.path("utf8"), 1);
    assert_eq!(mail.len(), 1);
    let m = &mail[0];
    assert_eq!(m.rcpt_tos, ["bücher@fcpl.example.org"]);
    assert!(
        m.mail_options.iter().any(|o| o == "SMTPUTF8"),
        "{:?}",
        m.mail_options
    );
    // RFC 6532: the address is UTF-8 in the header; the display name is still an encoded word.
    let head = m.raw.split("\r\n\r\n").next().unwrap();
    assert!(head.contains("<bücher@fcpl.example.org>"), "{head}");
    assert!(head.contains("To: =?utf-8?"), "{head}");
    assert!(wd.read("state.json").contains("FCPL"));
}

/// sendmail: the domain goes as its A-label on the command line; a non-ASCII local part is
/// refused before sendmail runs (it has no way to ask for SMTPUTF8).
#[test]
fn sendmail_gets_a_label_domains_and_never_a_non_ascii_local_part() {
    let wd = Workdir::new("remind-sendmail-utf8");
    let script = fake_sendmail(&wd);
    let run = |wd: &Workdir| {
        wd.run(&[
            "--schedule",
            "fcpl.csv",
            "remind",
            "--now",
            "2026-11-26T13:00",
            "--directory",
            "contacts.csv",
            "--sendmail",
            "--sendmail-command",
            script.to_str().unwrap(),
        ])
    };
    utf8_contacts(&wd, "sfu@bücherei.example");
    run(&wd).ok();
    let mail = inbox(&wd.path("inbox"), 1);
    assert_eq!(mail[0].rcpt_tos, ["sfu@xn--bcherei-n2a.example"]);
    utf8_contacts(&wd, "bücher@fcpl.example.org");
    let out = run(&wd);
    let err = out.fails(1);
    assert!(
        err.contains("FCPL (contacts.csv: line 3): contact e-mail \"bücher@fcpl.example.org\" has a non-ASCII local part, which needs SMTPUTF8 (RFC 6531), and sendmail has no way to ask for it; not sent"),
        "{err}"
    );
    assert_no_more(&wd.path("inbox"), 1);
}

/// A sender with a quoted local part, as a contact may have, goes out as written: in MAIL FROM
/// and in the From header.
#[test]
fn a_quoted_sender_reaches_a_real_smtp_server() {
    let wd = Workdir::new("remind-smtp-quoted-from");
    wd.create("contacts.csv", CONTACTS);
    without_service_hours(&wd);
    let sink = SmtpSink::start(&wd.path("inbox"));
    let url = format!("smtp://127.0.0.1:{}", sink.port);
    let mut cmd = wd.command(&[
        "--schedule",
        "no-hours.csv",
        "remind",
        "--now",
        "2026-11-26T13:00",
        "--directory",
        "contacts.csv",
        "--send",
        &url,
        "--smtp-tls",
        "none",
        "--from",
        "Ask Us <\"ask us\"@example.org>",
    ]);
    cmd.env_remove("AUN_SMTP_USER")
        .env_remove("AUN_SMTP_PASSWORD");
    finish_within(cmd, Duration::from_secs(60)).ok();
    let mail = inbox(&wd.path("inbox"), 1);
    assert_eq!(mail[0].mail_from, "\"ask us\"@example.org");
    assert_eq!(mail[0].header("From"), "Ask Us <\"ask us\"@example.org>");
}

/// A chat id from an export with a right-to-left override in it is shown escaped in the reminder
/// (whose text is the message's body): it cannot turn the due time and destination after it round
/// in the librarian's mail client.
#[test]
fn a_bidi_override_in_an_exported_chat_id_is_shown_escaped() {
    let wd = Workdir::new("remind-bidi-id");
    wd.create("export.csv", EXPORT.replacen("\nB-2,", "\nB-2\u{202e},", 1));
    let out = run_at(
        &wd,
        "2026-11-26T10:30",
        &["--export", "export.csv", "--state", "state.json"],
    );
    let text = out.ok();
    assert!(!text.contains('\u{202e}'), "{text}");
    assert!(
        text.contains("overdue   B-2\\u{202e}  due Thursday 2026-11-26 08:00"),
        "{text}"
    );
}

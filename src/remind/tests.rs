//! Duty reminders at fixed instants: the default week, late and missed runs, DST nights.

use super::*;
use crate::io::InputFormat;
use crate::roster::Overrides;
use crate::schedule::parse_schedule;
use crate::time::{parse_instant, DEFAULT_TZ};

fn at(s: &str) -> DateTime<Utc> {
    parse_instant(s, DEFAULT_TZ).unwrap()
}

fn keys(rs: &[Reminder]) -> Vec<String> {
    rs.iter().map(Reminder::key).collect()
}

fn run(schedule: &Schedule, now: DateTime<Utc>, mode: &Mode) -> Vec<Reminder> {
    let directory = Directory::default_directory();
    let overrides = Overrides::none();
    let req = Request {
        schedule,
        overrides: &overrides,
        directory: &directory,
        tz: DEFAULT_TZ,
        deadlines: None,
        waiting: Waiting::default(),
        soon: Duration::hours(24),
        digest: false,
    };
    due_reminders(&req, now, mode).unwrap()
}

fn stateless(window: i64) -> Mode {
    Mode::Stateless {
        window: Duration::minutes(window),
    }
}

/// Simulates cron every `step` minutes from `from` to `to` with a state, returning what each run sent.
fn cron(schedule: &Schedule, from: &str, to: &str, step: i64) -> Vec<(DateTime<Utc>, Reminder)> {
    let mut sent = HashSet::new();
    let mut out = Vec::new();
    let (mut t, end) = (at(from), at(to));
    while t <= end {
        let mode = Mode::Stateful {
            catch_up: Duration::hours(2),
            sent: sent.clone(),
        };
        for r in run(schedule, t, &mode) {
            assert!(sent.insert(r.key()), "sent twice: {}", r.key());
            out.push((t, r));
        }
        t += Duration::minutes(step);
    }
    out
}

#[test]
fn every_block_start_and_midpoint_of_the_default_week() {
    let s = Schedule::default_schedule();
    // 2026-11-23 is a Monday.
    let week = [
        ("2026-11-23", vec!["BCPL", "Pratt/SLRC"]),
        ("2026-11-24", vec!["Pratt/SLRC", "Pratt/SLRC"]),
        (
            "2026-11-25",
            vec!["MCPL", "Frostburg State University", "CarrollCPL"],
        ),
        ("2026-11-26", vec!["Pratt/SLRC", "FCPL"]),
        ("2026-11-27", vec!["AACC", "Pratt/SLRC"]),
        ("2026-11-28", vec!["Pratt/SLRC", "Pratt/SLRC"]),
        ("2026-11-29", vec!["Pratt/SLRC", "Pratt/SLRC"]),
    ];
    let directory = Directory::default_directory();
    for (date, libs) in week {
        for (i, lib) in libs.iter().enumerate() {
            let start = 9 + 4 * i as u32;
            let id = directory.lookup(lib).unwrap().id.clone();
            for (n, hour, due) in [(1, start, start + 2), (2, start + 2, start + 4)] {
                let t = at(&format!("{date}T{hour:02}:00"));
                let got = run(&s, t, &stateless(15));
                assert_eq!(got.len(), 1, "{date} {hour}: {:?}", keys(&got));
                let r = &got[0];
                let kind = if n == 1 {
                    "first-check"
                } else {
                    "second-check"
                };
                assert_eq!(r.key(), format!("{kind}/{}/{id}", utc_key(t)));
                let nth = if n == 1 { "1st" } else { "2nd" };
                assert!(
                    r.subject
                        .contains(&format!("{nth} check due by {due:02}:00")),
                    "{}",
                    r.subject
                );
                let sunday = date == "2026-11-29";
                assert_eq!(r.subject.contains("best effort"), sunday, "{}", r.subject);
                // One minute before the moment, nothing of it.
                let before = run(&s, t - Duration::minutes(1), &stateless(15));
                assert!(!keys(&before).contains(&r.key()));
            }
        }
    }
}

#[test]
fn the_default_evenings_are_outside_the_service_hours() {
    // The default declares its service hours (the blocks' hours): Monday evening is no gap.
    let s = Schedule::default_schedule();
    assert!(run(&s, at("2026-11-23T17:00"), &stateless(15)).is_empty());
    let sent = cron(&s, "2026-11-23T00:00", "2026-11-29T23:59", 15);
    assert!(sent.iter().all(|(_, r)| r.kind != Kind::NoOneOnDuty));
}

#[test]
fn gaps_in_the_default_week_tell_the_coordinators() {
    // Without declared service hours they run from the first block's start to the last's end.
    let mut s = Schedule::default_schedule();
    s.service_hours.clear();
    // Monday 17:00: no one until Tuesday 09:00.
    let got = run(&s, at("2026-11-23T17:00"), &stateless(15));
    assert_eq!(keys(&got), ["no-one-on-duty/2026-11-23T22:00:00Z/COORD"]);
    assert!(got[0].subject.contains("no one on duty Mon 17:00–21:00"));
    assert!(
        got[0]
            .body
            .contains("Next on duty: Pratt/SLRC from Tuesday 09:00"),
        "{}",
        got[0].body
    );
    // Wednesday evening is CarrollCPL's: no gap.
    let wed = run(&s, at("2026-11-25T17:00"), &stateless(15));
    assert_eq!(keys(&wed), ["first-check/2026-11-25T22:00:00Z/CARROLL"]);
}

#[test]
fn a_run_at_13_07_sends_the_block_that_began_at_13_00() {
    let s = Schedule::default_schedule();
    let got = run(&s, at("2026-11-26T13:07"), &stateless(15));
    assert_eq!(keys(&got), ["first-check/2026-11-26T18:00:00Z/FCPL"]);
    // The next run, at 13:22, sends nothing.
    assert!(run(&s, at("2026-11-26T13:22"), &stateless(15)).is_empty());
}

#[test]
fn a_week_of_cron_sends_each_reminder_once() {
    let mut s = Schedule::default_schedule();
    s.service_hours.clear();
    let sent = cron(&s, "2026-11-23T00:00", "2026-11-29T23:59", 15);
    // 15 blocks × 2 checks, 6 evening gaps (every evening but Wednesday).
    let checks = sent
        .iter()
        .filter(|(_, r)| r.kind != Kind::NoOneOnDuty)
        .count();
    let gaps = sent
        .iter()
        .filter(|(_, r)| r.kind == Kind::NoOneOnDuty)
        .count();
    assert_eq!((checks, gaps), (30, 6));
    for (t, r) in &sent {
        assert_eq!(*t, r.at, "sent on time: {}", r.key());
    }
}

#[test]
fn a_missed_run_is_caught_up_within_the_window_not_beyond() {
    let s = Schedule::default_schedule();
    let state = |catch_up: i64| Mode::Stateful {
        catch_up: Duration::minutes(catch_up),
        sent: HashSet::new(),
    };
    // The 13:00 run did not happen; 13:15 catches up FCPL's 1st check.
    let got = run(&s, at("2026-11-26T13:15"), &state(120));
    assert_eq!(keys(&got), ["first-check/2026-11-26T18:00:00Z/FCPL"]);
    // With a 30-minute catch-up, a run at 13:45 no longer sends it.
    assert!(run(&s, at("2026-11-26T13:45"), &state(30)).is_empty());
    // Past the midpoint the 1st-check reminder is stale: only the 2nd goes out.
    let late = run(&s, at("2026-11-26T15:05"), &state(240));
    assert_eq!(keys(&late), ["second-check/2026-11-26T20:00:00Z/FCPL"]);
    // Already sent: nothing.
    let sent = Mode::Stateful {
        catch_up: Duration::hours(2),
        sent: HashSet::from(["first-check/2026-11-26T18:00:00Z/FCPL".to_string()]),
    };
    assert!(run(&s, at("2026-11-26T13:15"), &sent).is_empty());
}

/// Blocks through the night, every night: 22:00–02:00 (overnight), 02:00–06:00, 06:00–22:00.
fn night_schedule() -> Schedule {
    let mut csv = String::from("day,start,end,library,duty,overnight\n");
    for d in ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] {
        csv += &format!("{d},22:00,02:00,Night Owl,shared-follow-up,true\n");
        csv += &format!("{d},02:00,06:00,Early Bird,shared-follow-up,false\n");
        csv += &format!("{d},06:00,22:00,Day Shift,shared-follow-up,false\n");
    }
    parse_schedule("night.csv", csv.as_bytes(), InputFormat::Csv).unwrap()
}

fn sent_at(sent: &[(DateTime<Utc>, Reminder)]) -> Vec<(String, String)> {
    sent.iter()
        .map(|(_, r)| (r.key(), r.subject.clone()))
        .collect()
}

#[test]
fn spring_forward_night() {
    // 2026-03-08: 02:00 EST becomes 03:00 EDT.
    let s = night_schedule();
    let sent = cron(&s, "2026-03-07T21:00", "2026-03-08T06:30", 15);
    let got = sent_at(&sent);
    let ks: Vec<&str> = got.iter().map(|(k, _)| k.as_str()).collect();
    assert_eq!(
        ks,
        [
            // Night Owl 22:00 EST (03:00Z) to 02:00, which does not exist: 03:00 EDT (07:00Z).
            "first-check/2026-03-08T03:00:00Z/Night Owl",
            "second-check/2026-03-08T05:00:00Z/Night Owl",
            // Early Bird from 03:00 EDT to 06:00 EDT: three real hours, midpoint 04:30 EDT.
            "first-check/2026-03-08T07:00:00Z/Early Bird",
            "second-check/2026-03-08T08:30:00Z/Early Bird",
            "first-check/2026-03-08T10:00:00Z/Day Shift",
        ]
    );
    assert!(got[2].1.contains("1st check due by 04:30"), "{}", got[2].1);
    assert!(got[3].1.contains("2nd check due by 06:00"), "{}", got[3].1);
    for (t, r) in &sent {
        assert_eq!(*t, r.at);
    }
}

#[test]
fn fall_back_night() {
    // 2026-11-01: 02:00 EDT becomes 01:00 EST; 01:00–02:00 happens twice.
    let s = night_schedule();
    let sent = cron(&s, "2026-10-31T21:00", "2026-11-01T06:30", 15);
    let got = sent_at(&sent);
    let ks: Vec<&str> = got.iter().map(|(k, _)| k.as_str()).collect();
    assert_eq!(
        ks,
        [
            // Night Owl 22:00 EDT (02:00Z) to 02:00 EST (07:00Z): five real hours.
            "first-check/2026-11-01T02:00:00Z/Night Owl",
            "second-check/2026-11-01T04:30:00Z/Night Owl",
            "first-check/2026-11-01T07:00:00Z/Early Bird",
            "second-check/2026-11-01T09:00:00Z/Early Bird",
            "first-check/2026-11-01T11:00:00Z/Day Shift",
        ]
    );
    // Half of five real hours: 22:00 EDT + 2h30 = 00:30 EDT.
    assert!(got[0].1.contains("1st check due by 00:30"), "{}", got[0].1);
    assert!(got[1].1.contains("2nd check due by 02:00"), "{}", got[1].1);
}

#[test]
fn stateless_windows_do_not_overlap() {
    let s = night_schedule();
    let mut seen = HashSet::new();
    let mut t = at("2026-10-31T21:00");
    while t <= at("2026-11-01T06:30") {
        for r in run(&s, t, &stateless(15)) {
            assert!(seen.insert(r.key()), "twice: {}", r.key());
        }
        t += Duration::minutes(15);
    }
    assert_eq!(seen.len(), 5);
}

#[test]
fn a_block_starting_in_the_repeated_hour_is_reminded_once() {
    // 01:30 happens twice on 2026-11-01; the block starts at the first (05:30Z), and the run at
    // the second 01:30 (06:30Z) sends nothing.
    let csv = "day,start,end,library,duty\nsun,01:30,05:30,Fold,shared-follow-up\n";
    let s = parse_schedule("fold.csv", csv.as_bytes(), InputFormat::Csv).unwrap();
    let sent = cron(&s, "2026-10-31T20:00", "2026-11-01T06:00", 15);
    let ks: Vec<String> = sent.iter().map(|(_, r)| r.key()).collect();
    assert_eq!(
        ks,
        [
            "first-check/2026-11-01T05:30:00Z/Fold",
            // Five real hours: the 2nd check at 03:00 EST.
            "second-check/2026-11-01T08:00:00Z/Fold",
        ]
    );
    assert!(sent[0].1.subject.contains("1st check due by 03:00"));
    let second_0130 = DateTime::parse_from_rfc3339("2026-11-01T01:30:00-05:00")
        .unwrap()
        .with_timezone(&Utc);
    assert!(run(&s, second_0130, &stateless(15)).is_empty());
}

#[test]
fn a_check_reminder_says_where_the_folder_is_and_what_to_do_if_the_library_cannot() {
    let s = Schedule::default_schedule();
    let got = run(&s, at("2026-11-26T13:07"), &stateless(15));
    let body = &got[0].body;
    // Library names as the schedule writes them; the chat system's path from the page.
    assert!(
        body.starts_with("FCPL is on Shared Follow-Up duty"),
        "{body}"
    );
    assert!(
        body.contains("The folder: My QuestionPoint > Question Lists > Shared Followup"),
        "{body}"
    );
    assert!(
        body.contains(
            "If FCPL cannot check the folder in this block:\n\
             \x20 1. ask the libraries on duty that day (Pratt/SLRC) to cover or switch\n\
             \x20 2. ask the other Shared Follow-Up libraries, or the substitutes in order: Calvert Library, then Stevenson University Library\n\
             \x20 3. still no one: tell AskUsNow! statewide coordinators\n"
        ),
        "{body}"
    );
    assert!(
        body.ends_with("-- \nMaryland AskUsNow! Shared Follow-Up\nSent by aun remind for the AskUsNow! statewide coordinators.\n"),
        "{body}"
    );
    // With an export: how many chats wait, at the reminder's moment.
    let item = |id: &str, due: &str| deadline::DeadlineItem {
        chat_id: id.into(),
        holder: "FCPL".into(),
        due_at: at(due),
        rule: crate::referral::RuleId::Local,
        destination: "FCPL".into(),
        sent: Default::default(),
    };
    let items = [
        item("a", "2026-11-26T09:00"),
        item("b", "2026-11-27T09:00"),
        item("c", "2026-11-29T09:00"),
    ];
    let directory = Directory::default_directory();
    let overrides = Overrides::none();
    let req = Request {
        schedule: &s,
        overrides: &overrides,
        directory: &directory,
        tz: DEFAULT_TZ,
        deadlines: Some(&items),
        waiting: Waiting::default(),
        soon: Duration::hours(24),
        digest: false,
    };
    let got = due_reminders(&req, at("2026-11-26T13:07"), &stateless(15)).unwrap();
    let check = got.iter().find(|r| r.kind == Kind::FirstCheck).unwrap();
    assert!(
        check.body.contains(
            "\n\nThe export given holds 3 chats waiting for follow-up: 1 overdue, 1 due within 24h.\nThe folder: "
        ),
        "{}",
        check.body
    );
}

/// A run at a deadline's exact instant, and the runs around it, say what triage's status says
/// at the same instant (rules.md §4: overdue past the due time, due-soon within the 24 hours
/// before it), stateless and with a state.
#[test]
fn deadline_moments_agree_with_triage_s_status_at_the_boundaries() {
    let directory = Directory::default_directory();
    let overrides = Overrides::none();
    let schedule = Schedule::default_schedule();
    let due = at("2025-03-07T12:00");
    let soon = Duration::hours(24);
    let items = [deadline::DeadlineItem {
        chat_id: "B1".into(),
        holder: "FCPL".into(),
        due_at: due,
        rule: crate::referral::RuleId::Local,
        destination: "Frederick County Public Libraries".into(),
        sent: Default::default(),
    }];
    let req = Request {
        schedule: &schedule,
        overrides: &overrides,
        directory: &directory,
        tz: DEFAULT_TZ,
        deadlines: Some(&items),
        waiting: Waiting::default(),
        soon,
        digest: false,
    };
    let said = |now: DateTime<Utc>, mode: &Mode| {
        let out = due_reminders(&req, now, mode).unwrap();
        let deadline: Vec<&Reminder> = out.iter().filter(|r| r.kind == Kind::Deadline).collect();
        match deadline.as_slice() {
            [] => None,
            [r] if r.body.contains("overdue   B1") => Some(crate::triage::Status::Overdue),
            [r] if r.body.contains("due soon  B1") => Some(crate::triage::Status::DueSoon),
            other => panic!("{other:?}"),
        }
    };
    let status = |now| crate::triage::status_at(due, now, soon);
    use crate::triage::Status::{DueSoon, Overdue};
    // Stateless runs every 15 minutes: each moment is told by the first run past it.
    for (now, told) in [
        ("2025-03-06T11:45", None),
        ("2025-03-06T12:00", None),
        ("2025-03-06T12:15", Some(DueSoon)),
        ("2025-03-06T12:30", None),
        ("2025-03-07T12:00", None),
        ("2025-03-07T12:15", Some(Overdue)),
        ("2025-03-07T12:30", None),
    ] {
        assert_eq!(said(at(now), &stateless(15)), told, "{now}");
        if let Some(s) = told {
            assert_eq!(status(at(now)), s, "{now}");
        }
    }
    // At the instants themselves triage says the earlier status, and so does remind.
    assert_eq!(status(at("2025-03-06T12:00")), crate::triage::Status::Ok);
    assert_eq!(status(due), DueSoon);
}

/// Cron with the state file on disk, as `aun remind --state` runs: every 15 minutes across the
/// night DST ends (2026-11-01 in New York), then every 6 hours for six weeks, with chats due
/// around the changed hour. Each run reads the file as `aun remind` does ([`read_sent`]): the chat
/// moments marked on the items, the other keys only if the run may ask about them; it sends what a run
/// knowing every key ever sent would send, so nothing goes out twice, though the file forgets
/// keys past [`state::KEEP`] (and keeps every other).
#[test]
fn a_run_sequence_with_a_pruned_state_file_sends_each_reminder_once_across_dst() {
    use crate::referral::RuleId;
    use std::collections::HashMap;
    let schedule = Schedule::default_schedule();
    let directory = Directory::default_directory();
    let overrides = Overrides::none();
    let item = |id: &str, due: &str| deadline::DeadlineItem {
        chat_id: id.into(),
        holder: "FCPL".into(),
        due_at: DateTime::parse_from_rfc3339(due)
            .unwrap()
            .with_timezone(&Utc),
        rule: RuleId::Local,
        destination: "Frederick County Public Libraries".into(),
        sent: Default::default(),
    };
    // 01:30 on 2026-11-01 happens twice in New York: 05:30Z (EDT) and 06:30Z (EST).
    let items = [
        item("A-1", "2026-11-01T05:30:00Z"),
        item("A-2", "2026-11-01T06:30:00Z"),
        item("A-3", "2026-11-02T14:00:00Z"),
        item("A-4", "2026-11-20T15:00:00Z"),
    ];
    // The duty reminders; the chats' are added once the state is read.
    let duty = Request {
        schedule: &schedule,
        overrides: &overrides,
        directory: &directory,
        tz: DEFAULT_TZ,
        deadlines: None,
        waiting: Waiting::default(),
        soon: Duration::hours(24),
        digest: false,
    };
    let catch_up = Duration::hours(2);
    let stateful = |sent| Mode::Stateful { catch_up, sent };
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("state.json");
    // Every key ever sent, with its moment.
    let mut ever: HashMap<String, DateTime<Utc>> = HashMap::new();
    let mut instants = Vec::new();
    let mut t = at("2026-10-31T06:00");
    while t <= at("2026-11-02T12:00") {
        instants.push(t);
        t += Duration::minutes(15);
    }
    while t <= at("2026-12-12T12:00") {
        instants.push(t);
        t += Duration::hours(6);
    }
    for now in instants {
        let mut st = state::State::load(&path).unwrap();
        let mut asked: HashSet<String> = due_reminders(&duty, now, &stateful(HashSet::new()))
            .unwrap()
            .iter()
            .flat_map(Reminder::keys)
            .collect();
        if let Some(last) = st.last_run().filter(|last| now - *last > catch_up) {
            let missed = missed_reminders(&duty, last, now, catch_up, &HashSet::new()).unwrap();
            asked.extend(missed.iter().map(Reminder::key));
        }
        let mut marked = items.clone();
        let sent = read_sent(&st, &asked, &mut marked, duty.soon).unwrap();
        let with_chats = Request {
            deadlines: Some(&marked),
            ..duty
        };
        let sent = due_reminders(&with_chats, now, &stateful(sent)).unwrap();
        let known = stateful(ever.keys().cloned().collect());
        let all = Request {
            deadlines: Some(&items),
            ..duty
        };
        let expected = due_reminders(&all, now, &known).unwrap();
        assert_eq!(sent, expected, "at {now}");
        for r in &sent {
            for k in r.keys() {
                assert!(ever.insert(k.clone(), r.at).is_none(), "sent twice: {k}");
                st.record(k, r.at, now);
            }
        }
        st.prune(now, state::KEEP);
        st.save().unwrap();
        let kept = st.sent_among(&ever.keys().cloned().collect()).unwrap();
        for (k, at) in &ever {
            assert_eq!(kept.contains(k), *at >= now - state::KEEP, "{k} at {now}");
        }
    }
    // Each chat was named once due soon and once overdue, the doubled hour's two apart.
    for id in ["A-1", "A-2", "A-3", "A-4"] {
        let named = |kind: &str| {
            ever.keys()
                .filter(|k| k.starts_with(kind) && k.ends_with(&format!("/chat/{id}")))
                .count()
        };
        assert_eq!((named("due-soon/"), named("overdue/")), (1, 1), "{id}");
    }
    assert!(ever.contains_key("overdue/2026-11-01T05:30:00Z/chat/A-1"));
    assert!(ever.contains_key("overdue/2026-11-01T06:30:00Z/chat/A-2"));
    // The first 1st check after the change went out (09:00 EST is 14:00Z).
    assert!(ever
        .keys()
        .any(|k| k.starts_with("first-check/2026-11-01T14:00:00Z/")));
}

/// A name or id from a file reaches a message on one line, a bidi control in it shown escaped
/// rather than turning the rest of the line round in the reader's mail client.
#[test]
fn text_from_files_is_one_line_with_bidi_controls_escaped() {
    assert_eq!(
        one_line("B-2\u{202e}  due\r\nBcc: x\u{2066}y\u{2069}\u{200f}"),
        "B-2\\u{202e} due Bcc: x\\u{2066}y\\u{2069}\\u{200f}"
    );
    assert_eq!(one_line(" Frederick\tCounty "), "Frederick County");
}

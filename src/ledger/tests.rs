use super::*;
use chrono::TimeZone;

fn t(s: &str) -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339(s).unwrap()
}

/// A decision for chat `id` started at `start` (RFC 3339), referred to `dest` (its directory id
/// the first word), by rule `local`: what other modules' tests change a field or two of.
pub(crate) fn decision(id: &str, start: &str, dest: Option<&str>) -> Decision {
    let started_at = t(start);
    Decision {
        chat_id: id.into(),
        started_at,
        due_at: started_at + Duration::hours(72),
        rule: crate::referral::RuleId::Local,
        destination: dest.map(String::from),
        destination_id: dest.map(|d| d.split_whitespace().next().unwrap_or("").to_string()),
        method: crate::referral::Method::Partner,
        origin: "Maryland AskUsNow! Public Library".into(),
        origin_id: Some("AUN".into()),
        category: "research".into(),
        subject: crate::triage::Subject::None,
        needs_review: None,
        decided_at: started_at + Duration::hours(2),
        decided_by: Some("BCPL".into()),
        source: "export.csv: record 1".into(),
    }
}

fn closing(id: &str, at: &str) -> Closing {
    Closing {
        chat_id: id.into(),
        at: t(at),
        recorded_at: t(at),
        source: "later.csv: record 1".into(),
    }
}

/// Appends `events` to the ledger at `path` as one batch: what became of each, in order.
fn append(path: &std::path::Path, events: Vec<Event>) -> Result<Vec<(String, Outcome)>> {
    let mut batch = Batch::new();
    for e in events {
        batch.push(&Entry::new(e), 0)?;
    }
    let mut out = Vec::new();
    batch::append(
        path,
        std::time::Duration::from_secs(30),
        batch,
        |_| {},
        |e, o| {
            out.push((e.chat_id().to_string(), o.clone()));
            Ok(())
        },
    )?;
    Ok(out)
}

fn outcomes(o: &[(String, Outcome)]) -> Vec<Outcome> {
    o.iter().map(|(_, o)| o.clone()).collect()
}

#[test]
fn recording_twice_changes_nothing_and_a_changed_decision_is_a_new_entry() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ledger.jsonl");
    let a = decision("A", "2026-11-02T10:00:00-05:00", Some("FCPL"));
    let o = append(&path, vec![Event::Decided(a.clone())]).unwrap();
    assert_eq!(o, [("A".to_string(), Outcome::New)]);
    // The same decision, made by someone else later: nothing.
    let mut again = a.clone();
    again.decided_by = Some("MCPL".into());
    again.decided_at += Duration::hours(5);
    let o = append(&path, vec![Event::Decided(again)]).unwrap();
    assert_eq!(outcomes(&o), [Outcome::Unchanged]);
    assert_eq!(Ledger::load(&path).unwrap().entries.len(), 1);
    // Another destination: a second entry; the fold takes the latest.
    let mut moved = a.clone();
    moved.destination = Some("MSLL".into());
    moved.rule = RuleId::Law;
    let o = append(&path, vec![Event::Decided(moved)]).unwrap();
    assert_eq!(outcomes(&o), [Outcome::Changed]);
    let ledger = Ledger::load(&path).unwrap();
    assert_eq!(ledger.entries.len(), 2);
    let f = &ledger.followups()[0];
    assert_eq!(f.decisions, 2);
    assert_eq!(f.decision.rule, RuleId::Law);
}

/// Ids that differ only by surrounding spaces are two chats of the ledger, but one id twice in a
/// batch of one export's decisions: refused, naming the first such pair in record order, and
/// nothing is written.
#[test]
fn one_export_s_decisions_name_each_chat_once() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ledger.jsonl");
    let d = |id: &str| {
        Entry::new(Event::Decided(decision(
            id,
            "2026-11-02T10:00:00-05:00",
            Some("FCPL"),
        )))
    };
    let mut batch = Batch::new().one_per_chat();
    for (record, id) in [(1, "Z"), (2, "B"), (3, "A"), (4, " B "), (5, "Z")] {
        batch.push(&d(id), record).unwrap();
    }
    let e = batch::append(
        &path,
        std::time::Duration::ZERO,
        batch,
        |_| {},
        |_, _| Ok(()),
    )
    .unwrap_err();
    assert_eq!(
        e.downcast_ref::<DuplicateId>(),
        Some(&DuplicateId {
            id: "B".into(),
            first: 2,
            second: 4
        })
    );
    assert!(!path.exists());
    // Without the check: the later decision counts, weighed against the earlier (the padded id
    // is the same chat).
    let o = append(
        &path,
        vec![
            Event::Decided(decision("B", "2026-11-02T10:00:00-05:00", Some("FCPL"))),
            Event::Decided(decision(" B ", "2026-11-02T10:00:00-05:00", Some("FCPL"))),
            Event::Decided(decision("B", "2026-11-02T10:00:00-05:00", Some("MSLL"))),
        ],
    )
    .unwrap();
    assert_eq!(
        outcomes(&o),
        [Outcome::New, Outcome::Unchanged, Outcome::Changed]
    );
    assert_eq!(Ledger::load(&path).unwrap().followups().len(), 1);
}

/// A batch larger than the memory budget is weighed through temporary files, with the same
/// outcomes in the same order, and the ledger it leaves is the same.
#[test]
fn a_batch_past_the_budget_is_weighed_the_same() {
    let dir = tempfile::tempdir().unwrap();
    let events = |round: usize| -> Vec<Event> {
        (0..400)
            .map(|i| {
                let id = format!("C{}", (i * 7919) % 300);
                let dest = if (i + round) % 3 == 0 { "MSLL" } else { "FCPL" };
                Event::Decided(decision(&id, "2026-11-02T10:00:00-05:00", Some(dest)))
            })
            .chain((0..50).map(|i| {
                Event::Done(closing(
                    &format!("C{}", i * 11),
                    "2026-11-03T10:00:00-05:00",
                ))
            }))
            .collect()
    };
    let run = |budget: usize| {
        let path = dir.path().join(format!("ledger-{budget}.jsonl"));
        let mut all = Vec::new();
        for round in 0..3 {
            let mut batch = Batch::within(budget);
            for e in events(round) {
                batch.push(&Entry::new(e), 0).unwrap();
            }
            batch::append(
                &path,
                std::time::Duration::ZERO,
                batch,
                |_| {},
                |e, o| {
                    all.push((e.chat_id().to_string(), o.clone()));
                    Ok(())
                },
            )
            .unwrap();
        }
        (all, std::fs::read_to_string(&path).unwrap())
    };
    let (outcomes, ledger) = run(crate::io::spill::BUDGET);
    assert!(outcomes.iter().any(|(_, o)| *o == Outcome::Unchanged));
    assert!(outcomes.iter().any(|(_, o)| *o == Outcome::Already));
    assert_eq!(run(4 << 10), (outcomes, ledger));
}

#[test]
fn state_and_the_first_answer() {
    let mut ledger = Ledger::default();
    let start = "2026-11-02T10:00:00-05:00";
    for e in [
        Event::Decided(decision("A", start, Some("FCPL"))),
        Event::Decided(decision("B", start, Some("FCPL"))),
        Event::Decided(decision("C", start, None)),
        Event::Answered(closing("A", "2026-11-05T11:00:00-05:00")),
        // An earlier close written later still counts first.
        Event::Closed(closing("A", "2026-11-04T09:00:00-05:00")),
    ] {
        ledger.entries.push(Entry::new(e));
    }
    let now = Utc.with_ymd_and_hms(2026, 11, 6, 0, 0, 0).unwrap();
    let f = ledger.followups();
    assert_eq!(f[0].state_at(now), State::Done);
    assert_eq!(f[0].done.as_ref().unwrap().0, How::Closed);
    assert_eq!(f[0].time_to_follow_up(), Some(Duration::hours(47)));
    assert_eq!(f[0].within_deadline(), Some(true));
    assert_eq!(f[1].state_at(now), State::Overdue);
    let before = Utc.with_ymd_and_hms(2026, 11, 3, 0, 0, 0).unwrap();
    assert_eq!(f[1].state_at(before), State::Open);
    assert_eq!(f[2].state_at(now), State::NotOwed);
}

#[test]
fn the_deadline_itself_is_in_time() {
    let mut ledger = Ledger::default();
    ledger.entries.push(Entry::new(Event::Decided(decision(
        "A",
        "2026-11-02T10:00:00-05:00",
        Some("FCPL"),
    ))));
    ledger.entries.push(Entry::new(Event::Answered(closing(
        "A",
        "2026-11-05T10:00:00-05:00",
    ))));
    assert_eq!(ledger.followups()[0].within_deadline(), Some(true));
    ledger.entries.pop();
    ledger.entries.push(Entry::new(Event::Answered(closing(
        "A",
        "2026-11-05T10:00:01-05:00",
    ))));
    assert_eq!(ledger.followups()[0].within_deadline(), Some(false));
}

#[test]
fn closings_once_and_only_for_known_chats() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ledger.jsonl");
    let a = decision("A", "2026-11-02T10:00:00-05:00", Some("FCPL"));
    append(&path, vec![Event::Decided(a)]).unwrap();
    let c = || closing("A", "2026-11-03T10:00:00-05:00");
    let o = append(
        &path,
        vec![
            Event::Answered(c()),
            Event::Closed(c()),
            Event::Done(closing("Z", "2026-11-03T10:00:00-05:00")),
        ],
    )
    .unwrap();
    assert_eq!(
        o,
        [
            ("A".to_string(), Outcome::Marked),
            ("A".to_string(), Outcome::Already),
            ("Z".to_string(), Outcome::Unknown)
        ]
    );
    let o = append(&path, vec![Event::Done(c())]).unwrap();
    assert_eq!(outcomes(&o), [Outcome::Already]);
    assert_eq!(Ledger::load(&path).unwrap().entries.len(), 2);
}

#[test]
fn a_closing_before_the_start_or_after_now_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ledger.jsonl");
    let a = decision("A", "2026-11-02T10:00:00-05:00", Some("FCPL"));
    append(&path, vec![Event::Decided(a)]).unwrap();
    let early = closing("A", "2026-11-01T10:00:00-05:00");
    let mut future = closing("A", "2026-11-05T10:00:00-05:00");
    future.recorded_at = t("2026-11-04T10:00:00-05:00");
    let o = append(&path, vec![Event::Done(early), Event::Done(future)]).unwrap();
    assert_eq!(
        outcomes(&o),
        [
            Outcome::Refused("chat A (later.csv: record 1): done at 2026-11-01 10:00 is before the chat started (2026-11-02 10:00)".into()),
            Outcome::Refused("chat A (later.csv: record 1): done at 2026-11-05 10:00 is after now (2026-11-04 10:00)".into()),
        ]
    );
    assert_eq!(Ledger::load(&path).unwrap().entries.len(), 1);
}

/// A line of the ledger not counted (a closing before its chat started, written by hand) does
/// not make its chat done: a closing of the batch still counts. The line is named.
#[test]
fn a_line_not_counted_leaves_its_chat_owed() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ledger.jsonl");
    let early = Entry::new(Event::Answered(closing("A", "2026-11-01T10:00:00-05:00")));
    let a = Entry::new(Event::Decided(decision(
        "A",
        "2026-11-02T10:00:00-05:00",
        Some("FCPL"),
    )));
    std::fs::write(
        &path,
        format!(
            "{}\n{}\n",
            serde_json::to_string(&early).unwrap(),
            serde_json::to_string(&a).unwrap()
        ),
    )
    .unwrap();
    let mut batch = Batch::new();
    batch
        .push(
            &Entry::new(Event::Done(closing("A", "2026-11-03T10:00:00-05:00"))),
            0,
        )
        .unwrap();
    let mut problems = Vec::new();
    let mut o = Vec::new();
    batch::append(
        &path,
        std::time::Duration::ZERO,
        batch,
        |p| problems.push(p.to_string()),
        |_, x| {
            o.push(x.clone());
            Ok(())
        },
    )
    .unwrap();
    assert_eq!(o, [Outcome::Marked]);
    assert_eq!(problems.len(), 1);
    assert!(
        problems[0]
            .contains("line 1: chat A: answered at 2026-11-01 10:00 is before the chat started"),
        "{problems:?}"
    );
}

#[test]
fn lines_round_trip_and_errors_name_the_line() {
    let e = Entry::new(Event::Decided(decision(
        "A",
        "2026-11-02T10:00:00-05:00",
        Some("FCPL"),
    )));
    let line = serde_json::to_string(&e).unwrap();
    assert!(
        line.starts_with("{\"v\":1,\"event\":\"decided\",\"chat_id\":\"A\""),
        "{line}"
    );
    let text = format!("{line}\n\n{line}\n");
    assert_eq!(
        Ledger::parse("l.jsonl", &text).unwrap().entries,
        [e.clone(), e]
    );
    let bad = format!("{line}\n{{\"v\":1,\"event\":\"answered\",\"chat_id\":\"A\"}}\n");
    let err = Ledger::parse("l.jsonl", &bad).unwrap_err().to_string();
    assert!(err.starts_with("l.jsonl: line 2: missing field"), "{err}");
    let err = Ledger::parse("l.jsonl", "{\"v\":2,\"event\":\"done\"}\n")
        .unwrap_err()
        .to_string();
    assert!(err.contains("line 1: ledger version 2"), "{err}");
    let torn = format!("{line}\n{}", &line[..20]);
    let err = Ledger::parse("l.jsonl", &torn).unwrap_err().to_string();
    assert!(err.contains("line 2: incomplete last line"), "{err}");
    let unknown = line.replace("\"rule\":\"local\"", "\"rule\":\"nearby\"");
    let err = Ledger::parse("l.jsonl", &format!("{line}\n{unknown}\n"))
        .unwrap_err()
        .to_string();
    assert_eq!(err, "l.jsonl: line 2: unknown rule `nearby`; correct or remove the line by hand (aun only appends to the ledger)");
}

/// A chat without an id never reaches the ledger; a line without one (written by hand, or by an
/// older aun) is named with what to do.
#[test]
fn a_chat_without_an_id_is_never_written_and_its_line_is_named() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ledger.jsonl");
    for id in ["", "  "] {
        let d = decision(id, "2026-11-02T10:00:00-05:00", Some("FCPL"));
        let err = append(&path, vec![Event::Decided(d)])
            .unwrap_err()
            .to_string();
        assert!(err.contains("without a chat id"), "{err}");
        assert!(!path.exists() || std::fs::read(&path).unwrap().is_empty());
    }
    let line = serde_json::to_string(&Entry::new(Event::Decided(decision(
        " ",
        "2026-11-02T10:00:00-05:00",
        Some("FCPL"),
    ))))
    .unwrap();
    let err = Ledger::parse("l.jsonl", &format!("{line}\n"))
        .unwrap_err()
        .to_string();
    assert!(
        err.starts_with("l.jsonl: line 1: the chat_id is empty")
            && err.ends_with("correct or remove the line by hand (aun only appends to the ledger)"),
        "{err}"
    );
}

/// An endless line (a file of NUL bytes after a crash, `/dev/zero`) ends in an error naming the
/// line, with memory bounded by the line limit.
#[test]
fn a_line_is_read_with_a_bound() {
    let endless = std::io::BufReader::new(std::io::repeat(0));
    let err = Ledger::read("zero.jsonl", endless).unwrap_err().to_string();
    assert!(
        err.starts_with("zero.jsonl: line 1: longer than the limit of 4194304 bytes (4 MiB)"),
        "{err}"
    );
    let line = serde_json::to_string(&Entry::new(Event::Decided(decision(
        "A",
        "2026-11-02T10:00:00-05:00",
        Some("FCPL"),
    ))))
    .unwrap();
    let long = format!("{line}\n{}\n", " ".repeat(MAX_LINE_BYTES + 1));
    let err = Ledger::parse("l.jsonl", &long).unwrap_err().to_string();
    assert!(err.starts_with("l.jsonl: line 2: longer than"), "{err}");
    let err = Ledger::read("l.jsonl", &b"\n\xff\n"[..])
        .unwrap_err()
        .to_string();
    assert!(
        err.starts_with("l.jsonl: line 2: not UTF-8 (byte 1)"),
        "{err}"
    );
}

#[test]
fn resolutions() {
    assert_eq!(resolution_outcome("Answered"), Said::Ended(How::Answered));
    assert_eq!(
        resolution_outcome("Follow-up sent"),
        Said::Ended(How::Answered)
    );
    assert_eq!(
        resolution_outcome("Closed - no response"),
        Said::Ended(How::Closed)
    );
    assert_eq!(resolution_outcome(""), Said::Nothing);
    assert_eq!(resolution_outcome("  "), Said::Nothing);
}

/// A status that says the chat is still owed, or one aun does not know, is never an answer, even
/// beside a time (a chat export's "Close Time" is when the chat session closed).
#[test]
fn an_open_or_unknown_status_is_never_an_answer() {
    for owed in [
        "Follow Up By Patron Library",
        "follow-up by patron library",
        "Open",
        "Pending",
        "Unanswered",
        "Not answered",
        "In progress",
    ] {
        assert_eq!(resolution_outcome(owed), Said::Owed, "{owed}");
    }
    for unknown in [
        "Transferred",
        "Escalated",
        "Answer later",
        "???",
        "Unresolved",
    ] {
        assert_eq!(resolution_outcome(unknown), Said::Unknown, "{unknown}");
    }
}

#[test]
fn concurrent_writers_lose_nothing_and_write_whole_lines() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ledger.jsonl");
    let threads: Vec<_> = (0..4)
        .map(|w| {
            let path = path.clone();
            std::thread::spawn(move || {
                for i in 0..25 {
                    let id = format!("W{w}-{i}");
                    let d = decision(&id, "2026-11-02T10:00:00-05:00", Some("FCPL"));
                    append(&path, vec![Event::Decided(d.clone()), Event::Decided(d)]).unwrap();
                }
            })
        })
        .collect();
    for th in threads {
        th.join().unwrap();
    }
    let ledger = Ledger::load(&path).unwrap();
    assert_eq!(ledger.entries.len(), 100);
    assert_eq!(ledger.followups().len(), 100);
}

/// A last line cut short (an interrupted write) stops every reader and writer, naming the line;
/// nothing is appended after it.
#[test]
fn an_incomplete_last_line_stops_an_append() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ledger.jsonl");
    std::fs::write(&path, "{\"v\":1,").unwrap();
    let e = Entry::new(Event::Done(closing("A", "2026-11-03T10:00:00-05:00")));
    let err = append(&path, vec![e.event]).unwrap_err().to_string();
    assert!(err.contains("line 1: incomplete last line"), "{err}");
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "{\"v\":1,");
}

/// A whole last line without its newline (written by hand) is read, and the next append ends it
/// first: no entry is lost, none is run into the next.
#[test]
fn a_whole_last_line_without_its_newline_is_kept() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ledger.jsonl");
    let a = Entry::new(Event::Decided(decision(
        "A",
        "2026-11-02T10:00:00-05:00",
        Some("FCPL"),
    )));
    let done = Entry::new(Event::Done(closing("A", "2026-11-03T10:00:00-05:00")));
    std::fs::write(&path, serde_json::to_string(&a).unwrap()).unwrap();
    assert_eq!(
        Ledger::load(&path).unwrap().entries,
        std::slice::from_ref(&a)
    );
    append(
        &path,
        vec![Event::Done(closing("A", "2026-11-03T10:00:00-05:00"))],
    )
    .unwrap();
    let text = std::fs::read_to_string(&path).unwrap();
    assert_eq!(text.lines().count(), 2, "{text}");
    assert!(text.ends_with('\n'), "{text}");
    assert_eq!(Ledger::load(&path).unwrap().entries, [a, done]);
}

#[test]
fn a_second_writer_waits_then_fails() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ledger.jsonl");
    let first = lock(&path, std::time::Duration::ZERO).unwrap();
    let e = lock(&path, std::time::Duration::from_millis(60))
        .err()
        .unwrap();
    assert!(e.to_string().contains("nothing was written"), "{e}");
    drop(first);
    lock(&path, std::time::Duration::ZERO).unwrap();
}

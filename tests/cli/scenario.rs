//! A month of Shared Follow-Up, run as cron and the libraries would: each evening the day's export
//! is recorded in the ledger, four times a day a later export marks what was answered and
//! `remind` runs with the ledger. Most chats are answered in time, some late, some never. At the
//! end the report's figures must equal those computed here from the generated answers, and the
//! escalations must have gone out once for each chat unanswered at a run past its deadline, never
//! for one answered in time.

use crate::workdir::{repo_file, Workdir};
use chrono::{DateTime, Duration, FixedOffset, NaiveDate, TimeZone};
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};

/// November 2026 is all Eastern Standard Time after the 1st, 02:00.
fn est(date: NaiveDate, h: u32, m: u32) -> DateTime<FixedOffset> {
    FixedOffset::west_opt(5 * 3600)
        .unwrap()
        .from_local_datetime(&date.and_hms_opt(h, m, 0).unwrap())
        .unwrap()
}

struct Chat {
    id: String,
    start: DateTime<FixedOffset>,
    template: usize,
    destination: String,
    /// When the follow-up went out, and the status the later export gives it.
    answer: Option<(DateTime<FixedOffset>, &'static str)>,
}

impl Chat {
    fn due(&self) -> DateTime<FixedOffset> {
        self.start + Duration::hours(72)
    }
}

/// The figures as docs/FORMATS.md defines them, computed from the chats alone.
fn expected(chats: &[&Chat], now: DateTime<FixedOffset>) -> Value {
    let within = chats
        .iter()
        .filter(|c| c.answer.is_some_and(|(a, _)| a <= c.due()))
        .count();
    let late = chats
        .iter()
        .filter(|c| c.answer.is_some_and(|(a, _)| a > c.due()))
        .count();
    let overdue = chats
        .iter()
        .filter(|c| c.answer.is_none() && c.due() < now)
        .count();
    let open = chats
        .iter()
        .filter(|c| c.answer.is_none() && c.due() >= now)
        .count();
    let mut minutes: Vec<i64> = chats
        .iter()
        .filter_map(|c| c.answer.map(|(a, _)| (a - c.start).num_minutes()))
        .collect();
    minutes.sort();
    let n = minutes.len();
    let round1 = |x: f64| (x * 10.0).round() / 10.0;
    let median = (n > 0).then(|| {
        let m = if n % 2 == 1 {
            minutes[n / 2] as f64
        } else {
            (minutes[n / 2 - 1] + minutes[n / 2]) as f64 / 2.0
        };
        round1(m / 60.0)
    });
    let p90 = (n > 0).then(|| {
        let rank = ((n as f64) * 0.9).ceil() as usize;
        round1(minutes[rank - 1] as f64 / 60.0)
    });
    let settled = within + late + overdue;
    let rate = (settled > 0).then(|| (within as f64 / settled as f64 * 1000.0).round() / 1000.0);
    serde_json::json!({
        "referred": chats.len(),
        "answered": within + late,
        "answered_within_72h": within,
        "late": late,
        "overdue_now": overdue,
        "open_now": open,
        "compliance_rate": rate,
        "median_hours": median,
        "p90_hours": p90,
    })
}

fn figures(row: &Value) -> Value {
    let keys = [
        "referred",
        "answered",
        "answered_within_72h",
        "late",
        "overdue_now",
        "open_now",
        "compliance_rate",
        "median_hours",
        "p90_hours",
    ];
    Value::Object(
        keys.iter()
            .map(|k| (k.to_string(), row[*k].clone()))
            .collect(),
    )
}

#[test]
fn a_month_recorded_answered_reminded_and_reported() {
    let wd = Workdir::new("scenario-month");
    let example = std::fs::read_to_string(repo_file("examples/export.csv")).unwrap();
    let mut rdr = csv::Reader::from_reader(example.as_bytes());
    let header: Vec<String> = rdr.headers().unwrap().iter().map(String::from).collect();
    let templates: Vec<Vec<String>> = rdr
        .records()
        .map(|r| r.unwrap().iter().map(String::from).collect())
        .collect();
    // Where each template goes: refer's own answer is the input the ledger records.
    let refer = wd
        .run(&[
            "refer",
            repo_file("examples/export.csv").to_str().unwrap(),
            "--format",
            "json",
            "--now",
            "2025-03-05T12:00",
        ])
        .json();
    let dest_of: Vec<String> = templates
        .iter()
        .map(|t| {
            refer
                .as_array()
                .unwrap()
                .iter()
                .find(|r| r["id"] == t[0].as_str())
                .unwrap()["destination_id"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();

    // Four chats a day for November; seven in ten answered in time (one of them at 72 hours
    // exactly), three in twenty late (at least seven hours, so a run sees them overdue), three in
    // twenty never.
    let first = NaiveDate::from_ymd_opt(2026, 11, 1).unwrap();
    let mut chats: Vec<Chat> = Vec::new();
    for d in 0..30u32 {
        let date = first + Duration::days(d.into());
        for k in 0..4u32 {
            let i = (d * 4 + k) as usize;
            let start = est(date, 9 + 3 * k, 15);
            let answer = match i % 20 {
                0..=12 => Some(
                    start
                        + Duration::hours(1 + (i as i64 * 7) % 70)
                        + Duration::minutes((i as i64 * 13) % 60),
                ),
                13 => Some(start + Duration::hours(72)),
                14..=16 => Some(start + Duration::hours(79 + (i as i64 % 30))),
                _ => None,
            };
            let template = i % templates.len();
            chats.push(Chat {
                id: format!("N{}{:02}{k}", 26, d + 1),
                start,
                template,
                destination: dest_of[template].clone(),
                answer: answer.map(|a| (a, if i % 2 == 0 { "Answered" } else { "Closed" })),
            });
        }
    }

    let write_day = |date: NaiveDate| -> String {
        let name = format!("export-{date}.csv");
        let mut w = csv::Writer::from_path(wd.path(&name)).unwrap();
        w.write_record(&header).unwrap();
        for c in chats.iter().filter(|c| c.start.date_naive() == date) {
            let mut row = templates[c.template].clone();
            row[0] = c.id.clone();
            row[1] = c.start.to_rfc3339();
            w.write_record(&row).unwrap();
        }
        // A chat the librarian answered on the spot: not a follow-up, never recorded.
        let mut row = templates[0].clone();
        row[0] = format!("X{date}");
        row[1] = est(date, 11, 0).to_rfc3339();
        row[2] = "Answered".into();
        w.write_record(&row).unwrap();
        w.flush().unwrap();
        name
    };
    let write_update = |at: DateTime<FixedOffset>| {
        let mut w = csv::Writer::from_path(wd.path("later.csv")).unwrap();
        w.write_record(["Chat ID", "Status", "Closed At", "Question"])
            .unwrap();
        for c in chats.iter().filter(|c| c.start <= at) {
            match c.answer {
                Some((a, status)) if a <= at => w
                    .write_record([&c.id, status, &a.format("%Y-%m-%d %H:%M").to_string(), "q"])
                    .unwrap(),
                _ => w
                    .write_record([c.id.as_str(), "Follow Up By Patron Library", "", "q"])
                    .unwrap(),
            }
        }
        w.flush().unwrap();
    };

    let mut escalated: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let mut runs: Vec<DateTime<FixedOffset>> = Vec::new();
    for d in 0..36u32 {
        let date = first + Duration::days(d.into());
        for (h, m) in [(0, 30), (6, 30), (12, 30), (18, 30)] {
            let at = est(date, h, m);
            let now = at.to_rfc3339();
            if (h, m) == (18, 30) && d < 30 {
                let name = write_day(date);
                let out = wd.run(&[
                    "followups",
                    "record",
                    &name,
                    "--ledger",
                    "l.jsonl",
                    "--now",
                    &now,
                ]);
                assert!(
                    out.stderr.contains("recorded 4 new, 0 changed; 0 already"),
                    "{}",
                    out.stderr
                );
            }
            if (h, m) == (0, 30) && d > 0 && d <= 30 {
                // The previous evening's export again: nothing changes, and it says so.
                let name = format!("export-{}.csv", date.pred_opt().unwrap());
                let out = wd.run(&[
                    "followups",
                    "record",
                    &name,
                    "--ledger",
                    "l.jsonl",
                    "--now",
                    &now,
                ]);
                assert!(
                    out.stderr.contains("recorded 0 new, 0 changed; 4 already"),
                    "{}",
                    out.stderr
                );
            }
            if d > 0 || h >= 18 {
                write_update(at);
                wd.run(&[
                    "followups",
                    "update",
                    "later.csv",
                    "--ledger",
                    "l.jsonl",
                    "--now",
                    &now,
                ])
                .ok();
            }
            let out = wd.run(&[
                "remind", "--state", "s.json", "--ledger", "l.jsonl", "--at", &now, "--format",
                "jsonl",
            ]);
            for r in out.jsonl() {
                if r["kind"] == "escalation" {
                    // escalation/<due>/chat/<id>/to/<recipient>
                    let key = r["key"].as_str().unwrap();
                    let id = key.split('/').nth(3).unwrap().to_string();
                    escalated
                        .entry(id)
                        .or_default()
                        .push(r["recipient"].as_str().unwrap().to_string());
                }
            }
            runs.push(at);
        }
    }

    // Escalations: for exactly the chats some run saw past their deadline without an answer; once
    // to the destination and once to each coordinator.
    let expected_escalated: BTreeSet<String> = chats
        .iter()
        .filter(|c| {
            runs.iter()
                .any(|&t| t > c.due() && c.answer.is_none_or(|(a, _)| a > t))
        })
        .map(|c| c.id.clone())
        .collect();
    let late_or_never: BTreeSet<String> = chats
        .iter()
        .filter(|c| c.answer.is_none_or(|(a, _)| a > c.due()))
        .map(|c| c.id.clone())
        .collect();
    assert_eq!(
        expected_escalated, late_or_never,
        "each late one is seen by some run"
    );
    assert_eq!(
        escalated.keys().cloned().collect::<BTreeSet<_>>(),
        expected_escalated
    );
    let per_chat: BTreeSet<usize> = escalated.values().map(Vec::len).collect();
    assert_eq!(
        per_chat.len(),
        1,
        "the same recipients for every chat: {escalated:?}"
    );
    for c in chats.iter().filter(|c| expected_escalated.contains(&c.id)) {
        let to = &escalated[&c.id];
        assert!(to.contains(&c.destination), "{}: {to:?}", c.id);
        assert!(to.contains(&"COORD".to_string()), "{to:?}");
        let unique: BTreeSet<&String> = to.iter().collect();
        assert_eq!(unique.len(), to.len(), "{}: once each: {to:?}", c.id);
    }
    assert_eq!(late_or_never.len(), 36);

    // The report, at the last run.
    let last = *runs.last().unwrap();
    let now = last.to_rfc3339();
    let all: Vec<&Chat> = chats.iter().collect();
    let total = wd
        .run(&[
            "report", "--ledger", "l.jsonl", "--now", &now, "--by", "total", "--format", "json",
        ])
        .json();
    assert_eq!(figures(&total[0]), expected(&all, last));
    let by_library = wd
        .run(&[
            "report", "--ledger", "l.jsonl", "--now", &now, "--format", "json",
        ])
        .json();
    let dests: BTreeSet<&String> = chats.iter().map(|c| &c.destination).collect();
    for dest in dests {
        let mine: Vec<&Chat> = chats.iter().filter(|c| &c.destination == dest).collect();
        let row = by_library
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["role"] == "destination" && r["library"] == dest.as_str())
            .unwrap_or_else(|| panic!("no row for {dest}"));
        assert_eq!(figures(row), expected(&mine, last), "{dest}");
    }
    let weeks = wd
        .run(&[
            "report", "--ledger", "l.jsonl", "--now", &now, "--by", "week", "--format", "json",
        ])
        .json();
    for row in weeks.as_array().unwrap() {
        let period = row["period"].as_str().unwrap();
        let mine: Vec<&Chat> = chats
            .iter()
            .filter(|c| {
                let w = chrono::Datelike::iso_week(&c.start.date_naive());
                format!("{}-W{:02}", w.year(), w.week()) == period
            })
            .collect();
        assert_eq!(figures(row), expected(&mine, last), "{period}");
    }
    // Mid-month, with chats still open: the same figures as of that instant, dates filtered.
    let mid = est(NaiveDate::from_ymd_opt(2026, 11, 16).unwrap(), 12, 30);
    let in_range: Vec<&Chat> = chats
        .iter()
        .filter(|c| {
            let d = c.start.date_naive();
            d >= NaiveDate::from_ymd_opt(2026, 11, 10).unwrap()
                && d <= NaiveDate::from_ymd_opt(2026, 11, 14).unwrap()
        })
        .collect();
    // Answers after `mid` are in the ledger already; as of `mid` the report counts what it knows,
    // so compare against a ledger cut at `mid`: only answers written by then.
    let cut: Vec<String> = wd
        .read("l.jsonl")
        .lines()
        .filter(|l| {
            let v: Value = serde_json::from_str(l).unwrap();
            let written = v["recorded_at"]
                .as_str()
                .or(v["decided_at"].as_str())
                .unwrap();
            DateTime::parse_from_rfc3339(written).unwrap() <= mid
        })
        .map(String::from)
        .collect();
    wd.create("cut.jsonl", cut.join("\n") + "\n");
    let mid_rows = wd
        .run(&[
            "report",
            "--ledger",
            "cut.jsonl",
            "--now",
            &mid.to_rfc3339(),
            "--by",
            "total",
            "--from",
            "2026-11-10",
            "--to",
            "2026-11-14",
            "--format",
            "json",
        ])
        .json();
    let known: Vec<Chat> = in_range
        .iter()
        .map(|c| Chat {
            id: c.id.clone(),
            start: c.start,
            template: c.template,
            destination: c.destination.clone(),
            // What the last update before `mid` knew.
            answer: c
                .answer
                .filter(|(a, _)| runs.iter().any(|&t| t <= mid && *a <= t)),
        })
        .collect();
    let known_refs: Vec<&Chat> = known.iter().collect();
    assert_eq!(figures(&mid_rows[0]), expected(&known_refs, mid));
}

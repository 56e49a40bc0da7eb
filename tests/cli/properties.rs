//! Property tests for the readers and writers: whatever aun writes, it reads back equal; no
//! reader panics on arbitrary bytes.

use aun::io::{read_table, InputFormat};
use aun::output::{Format, RecordWriter};
use proptest::prelude::*;

/// Any text a cell may hold: quotes, separators, line breaks, formula starters, non-ASCII.
fn cell() -> impl Strategy<Value = String> {
    prop_oneof![
        "[a-zA-Z0-9 ]{0,12}",
        "[=+@\\-'\"\t,;\r\n a-z]{0,10}",
        "\\PC{0,16}",
    ]
}

fn records() -> impl Strategy<Value = Vec<Vec<String>>> {
    (1usize..5)
        .prop_flat_map(|width| prop::collection::vec(prop::collection::vec(cell(), width), 1..8))
}

fn write(format: Format, headers: &[String], rows: &[Vec<String>]) -> Vec<u8> {
    let mut w = RecordWriter::new(format, Vec::new(), false);
    for row in rows {
        let mut obj = serde_json::Map::new();
        for (h, v) in headers.iter().zip(row) {
            obj.insert(h.clone(), serde_json::Value::String(v.clone()));
        }
        w.write(&obj).unwrap();
    }
    w.finish().unwrap()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn writers_round_trip(rows in records()) {
        let headers: Vec<String> = (0..rows[0].len()).map(|i| format!("field_{i}")).collect();
        for (format, input) in [(Format::Csv, InputFormat::Csv), (Format::Json, InputFormat::Json), (Format::Jsonl, InputFormat::Jsonl)] {
            let bytes = write(format, &headers, &rows);
            // A CSV whose every cell is blank has no records for a reader to find.
            if format == Format::Csv && rows.iter().all(|r| r.iter().all(String::is_empty)) {
                continue;
            }
            let t = read_table("p", &bytes, input).unwrap_or_else(|e| panic!("{format:?}: {e}\n{}", String::from_utf8_lossy(&bytes)));
            prop_assert_eq!(&t.headers, &headers);
            let back: Vec<Vec<String>> = t.rows.iter().map(|r| r.fields.clone()).collect();
            let want: Vec<Vec<String>> = rows.iter().filter(|r| format != Format::Csv || !r.iter().all(String::is_empty)).cloned().collect();
            prop_assert_eq!(back, want, "{:?}", format);
        }
    }

    #[test]
    fn readers_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..512)) {
        for format in [InputFormat::Csv, InputFormat::Tsv, InputFormat::Json, InputFormat::Jsonl] {
            let _ = read_table("p", &bytes, format);
            let _ = aun::schedule::parse_schedule("p", &bytes, format);
            let _ = aun::directory::parse_directory("p", &bytes, format);
        }
    }

    #[test]
    fn schedule_reader_never_panics_on_plausible_rows(
        rows in prop::collection::vec(("[a-zA-Z]{0,9}", "[0-9:apm ]{0,7}", "[0-9:apm+ ]{0,8}", "[A-Za-z/ ]{0,12}", "[a-z\\-]{0,16}"), 0..6)
    ) {
        let mut csv = String::from("day,start,end,library,duty\n");
        for (d, s, e, l, duty) in rows {
            csv += &format!("{d},{s},{e},{l},{duty}\n");
        }
        let _ = aun::schedule::parse_schedule("p", csv.as_bytes(), InputFormat::Csv);
    }
}

/// The monthly roster's shifts of `duty` that contain `t` and whose library agreed.
fn roster_at(
    schedule: &aun::schedule::Schedule,
    overrides: &aun::roster::Overrides,
    duty: aun::schedule::Duty,
    t: chrono::DateTime<chrono::Utc>,
) -> Vec<String> {
    use chrono::Datelike;
    let tz = aun::time::DEFAULT_TZ;
    let local = t.with_timezone(&tz).date_naive();
    let first = local.with_day(1).unwrap();
    let last = (first + chrono::Months::new(1)).pred_opt().unwrap();
    // The previous month's last day too, for a block that runs overnight into this month.
    let mut shifts = aun::roster::roster(schedule, overrides, first, last, tz).unwrap();
    if local.day() == 1 {
        let prev = first.pred_opt().unwrap();
        shifts.extend(
            aun::roster::roster(schedule, overrides, prev.with_day(1).unwrap(), prev, tz).unwrap(),
        );
    }
    shifts
        .into_iter()
        .filter(|s| s.duty == duty && s.contains(t) && s.agreed())
        .map(|s| s.library.to_string())
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    /// For any instant of a year, who-covers names exactly one library or a gap, and the dated
    /// roster agrees, with and without overrides.
    #[test]
    fn who_covers_agrees_with_the_roster(secs in 0i64..(365 * 86_400)) {
        use aun::schedule::Duty;
        let tz = aun::time::DEFAULT_TZ;
        let t = chrono::DateTime::parse_from_rfc3339("2026-01-01T05:00:00Z").unwrap().with_timezone(&chrono::Utc) + chrono::Duration::seconds(secs);
        let schedule = aun::schedule::Schedule::default_schedule();
        let bytes = std::fs::read(crate::workdir::repo_file("examples/overrides.csv")).unwrap();
        let with = aun::roster::parse_overrides("overrides.csv", &bytes, InputFormat::Csv, &|s: &str| Ok(s.to_string())).unwrap();
        for (overrides, label) in [(aun::roster::Overrides::none(), "schedule"), (with, "overrides")] {
            for duty in [Duty::SharedFollowUp, Duty::Law] {
                let answer = aun::coverage::who_covers_with(&schedule, &overrides, duty, t, tz).unwrap();
                let roster = roster_at(&schedule, &overrides, duty, t);
                prop_assert!(roster.len() <= 1, "{label}: two libraries at {t}: {roster:?}");
                prop_assert_eq!(answer.covered, !roster.is_empty(), "{} at {}", label, t);
                prop_assert_eq!(answer.library, roster.first().cloned(), "{} at {}", label, t);
            }
        }
    }
}

/// Transcript-like text: timestamps, speaker labels, e-mail fragments, entities, library names.
fn transcript_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("\n".to_string()),
        Just("09:14:59 - Guest: ".to_string()),
        Just("[2:22:09 PM] Librarian (Kelly, Enoch Pratt Free Library): ".to_string()),
        Just("5:26PM guest@web.libraryh3lp.com: ".to_string()),
        Just("17:26\tPatron\t".to_string()),
        Just("jane dot doe at gmail dot com ".to_string()),
        Just("x@y".to_string()),
        Just("&#x27;&amp;&#".to_string()),
        Just("my BCPL card in Frederick County ".to_string()),
        Just("within 72 hours ".to_string()),
        "\\PC{0,12}",
        "[@.<>()\\[\\]a-z ]{0,12}",
    ];
    prop::collection::vec(piece, 0..24).prop_map(|v| v.concat())
}

fn triage_never_panics(transcript: &str, question: &str, name: &str, email: &str) {
    use aun::triage::{Chat, TriageOptions, Triager};
    thread_local! {
        static TRIAGER: Triager = Triager::new(aun::directory::Directory::default_directory());
    }
    let chat = Chat {
        record: 1,
        id: "1".into(),
        started_at: None,
        resolution: "Follow Up By Patron Library".into(),
        origin: name.into(),
        patron_email: email.into(),
        patron_name: name.into(),
        question: question.into(),
        transcript: transcript.into(),
        ..Chat::default()
    };
    let opts = TriageOptions::new(chrono::Utc::now(), aun::time::DEFAULT_TZ);
    TRIAGER.with(|t| {
        let triaged = t.triage(&chat, &opts);
        if let Some(e) = &triaged.email {
            assert!(e.contains('@'), "an e-mail without @: {e:?}");
        }
    });
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    /// The transcript reader and classifier never panic, whatever the text.
    #[test]
    fn triage_never_panics_on_any_transcript(t in transcript_text(), q in "\\PC{0,40}", n in "\\PC{0,10}", e in "[a-z@. ]{0,16}") {
        triage_never_panics(&t, &q, &n, &e);
    }
}

/// The fuzzing fallback where no nightly toolchain is at hand for cargo-fuzz: the same properties
/// over many more cases. Run with `cargo test --test cli long_fuzz -- --ignored` (AUN_FUZZ_CASES
/// sets the number of cases, 20,000 by default).
#[test]
#[ignore = "long: run on demand"]
fn long_fuzz_transcripts_and_schedules() {
    let cases: u32 = std::env::var("AUN_FUZZ_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(20_000);
    let mut runner = proptest::test_runner::TestRunner::new(ProptestConfig {
        cases,
        ..ProptestConfig::default()
    });
    runner
        .run(
            &(
                transcript_text(),
                "\\PC{0,40}",
                prop::collection::vec(any::<u8>(), 0..600),
            ),
            |(t, q, bytes)| {
                triage_never_panics(&t, &q, "Guest", "");
                for format in [
                    InputFormat::Csv,
                    InputFormat::Tsv,
                    InputFormat::Json,
                    InputFormat::Jsonl,
                ] {
                    let _ = aun::schedule::parse_schedule("f", &bytes, format);
                    let _ = aun::schedule::parse_schedule("f", t.as_bytes(), format);
                }
                Ok(())
            },
        )
        .unwrap();
}

/// An override of any kind for a date of December 2026 or January 2027, as a CSV row.
fn override_row() -> impl Strategy<Value = String> {
    let libs = prop::sample::select(vec![
        "BCPL",
        "Pratt/SLRC",
        "MCPL",
        "Frostburg State University",
        "CarrollCPL",
        "FCPL",
        "AACC",
        "Calvert Library",
        "Stevenson University Library",
    ]);
    let blocks = prop::sample::select(vec![
        "",
        "09:00-13:00",
        "13:00-17:00",
        "17:00-21:00",
        "14:00-16:00",
    ]);
    let kinds = prop::sample::select(vec!["absent", "closed", "cover"]);
    (0u32..62, 0u32..10, kinds, libs, blocks).prop_map(|(day, len, kind, lib, block)| {
        let date = chrono::NaiveDate::from_ymd_opt(2026, 12, 1).unwrap()
            + chrono::Duration::days(day as i64);
        let until = if len > 6 {
            (date + chrono::Duration::days(len as i64)).to_string()
        } else {
            String::new()
        };
        let block = if kind == "closed" || (kind == "cover" && block.is_empty()) {
            if kind == "cover" {
                "13:00-17:00"
            } else {
                ""
            }
        } else {
            block
        };
        format!("{date},{block},{kind},{lib},,,,,{until},\n")
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    /// A shift's proposal depends on the shift alone: every period that contains it, however it
    /// starts and ends, gives the same roster line.
    #[test]
    fn a_shift_is_the_same_in_every_period(
        rows in prop::collection::vec(override_row(), 1..12),
        a in 0i64..70, b in 0i64..70, c in 0i64..70,
    ) {
        let csv = format!("date,block,kind,library,with,with_date,with_block,reason,until,weekdays\n{}", rows.concat());
        // Rows that repeat or contradict one another are refused when read: not this test's case.
        let Ok(o) = aun::roster::parse_overrides("o.csv", csv.as_bytes(), InputFormat::Csv, &|s: &str| Ok(s.to_string())) else {
            return Ok(());
        };
        let s = aun::schedule::Schedule::default_schedule();
        let tz = aun::time::DEFAULT_TZ;
        let day0 = chrono::NaiveDate::from_ymd_opt(2026, 11, 25).unwrap();
        let whole = aun::roster::roster(&s, &o, day0, day0 + chrono::Duration::days(75), tz).unwrap();
        let (from, to) = (day0 + chrono::Duration::days(a.min(b)), day0 + chrono::Duration::days(a.max(b) + c % 5));
        let part = aun::roster::roster(&s, &o, from, to, tz).unwrap();
        let cut: Vec<_> = whole.iter().filter(|x| x.date >= from && x.date <= to).cloned().collect();
        prop_assert_eq!(part, cut);
    }
}

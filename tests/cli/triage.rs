//! `aun triage` end to end: every export style, the filters, the summary, bad input.

use crate::workdir::{fixture, Workdir};
use serde_json::Value;

const NOW: &str = "2024-11-02T12:00";

/// Runs `aun triage` on a fixture with `--now` and `--format json`, returns the records.
fn triage_json(wd: &Workdir, file: &str, extra: &[&str]) -> Vec<Value> {
    let path = fixture(&format!("triage/{file}"));
    let mut args = vec!["triage", path.as_str(), "--now", NOW, "--format", "json"];
    args.extend_from_slice(extra);
    wd.run(&args).rows()
}

fn by_id<'a>(rows: &'a [Value], id: &str) -> &'a Value {
    rows.iter()
        .find(|r| r["id"] == id)
        .unwrap_or_else(|| panic!("no row {id}"))
}

#[test]
fn libchat_export() {
    let wd = Workdir::new("triage_libchat");
    let rows = triage_json(&wd, "libchat.csv", &[]);
    // LC-1003 is "Answered": not triaged by default.
    let ids: Vec<&str> = rows.iter().map(|r| r["id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["LC-1001", "LC-1002", "LC-1004"]);

    let r = by_id(&rows, "LC-1001");
    assert_eq!(r["email"], "jane.doe@gmail.com");
    assert_eq!(r["email_source"], "written-out");
    assert_eq!(r["subject"], "law");
    assert_eq!(r["local_library"], "FCPL");
    assert_eq!(r["library_evidence"][0], "Frederick County");
    // Naive US time in New York; 72 elapsed hours cross the end of DST.
    assert_eq!(r["started_at"], "2024-11-01T10:00:00-04:00");
    assert_eq!(r["due_at"], "2024-11-04T09:00:00-05:00");
    assert_eq!(r["status"], "ok");

    let r = by_id(&rows, "LC-1002");
    assert_eq!(r["email"], "marcus.j@comcast.net");
    assert_eq!(r["email_source"], "field");
    assert_eq!(r["category"], "access");
    assert_eq!(r["local_library"], "BCPL");
    assert_eq!(r["origin_id"], "EPFL");

    let r = by_id(&rows, "LC-1004");
    assert_eq!(r["email"], Value::Null);
    assert!(r["email_problem"].as_str().unwrap().contains("pat@gmail"));
    assert_eq!(r["subject"], "print-disability");
    assert_eq!(r["local_library"], "HCLS", "{r}");
    assert_eq!(r["quality"], true);
    assert_eq!(r["status"], "overdue");
}

#[test]
fn libraryh3lp_json_export() {
    let wd = Workdir::new("triage_lh3");
    let rows = triage_json(&wd, "libraryh3lp.json", &[]);
    let r = by_id(&rows, "lh3-1");
    // The librarian's address and library are not the patron's.
    assert_eq!(r["email"], "sam.lee@students.aacc.edu");
    assert_eq!(r["local_library"], "AACC");
    assert_eq!(r["category"], "research");
    assert_eq!(r["origin_id"], "AUN");
    let r = by_id(&rows, "lh3-2");
    assert_eq!(r["email"], "jo@yahoo.com");
    assert_eq!(r["email_source"], "written-out");
    // The chat came in on the college's own account: its patron (rules.md §5).
    assert_eq!(r["local_library"], "AACC");
    assert_eq!(r["library_evidence"], serde_json::json!(["origin account"]));
    assert_eq!(r["started_at"], "2025-03-05T09:00:00-05:00");
}

#[test]
fn questionpoint_tsv_export_and_all() {
    let wd = Workdir::new("triage_qp");
    let rows = triage_json(&wd, "questionpoint.tsv", &[]);
    assert_eq!(rows.len(), 1);
    let r = &rows[0];
    assert_eq!(r["id"], "QP-77");
    assert_eq!(r["subject"], "law");
    assert_eq!(r["local_library"], "CARROLL");
    assert_eq!(r["started_at"], "2017-02-01T17:26:00-05:00");
    let rows = triage_json(&wd, "questionpoint.tsv", &["--all"]);
    let r = by_id(&rows, "QP-78");
    assert_eq!(r["resolution"], "Referred to Library");
    assert_eq!(r["subject"], "specialist");
    assert_eq!(r["local_library"], "BCPL");
}

#[test]
fn generator_csv_and_jsonl_agree() {
    let wd = Workdir::new("triage_gen");
    let a = triage_json(&wd, "generator.csv", &["--all"]);
    let b = triage_json(&wd, "generator.jsonl", &["--all"]);
    assert_eq!(a.len(), 40);
    assert_eq!(a, b);
    // Staff addresses in the generator (ask@prattlibrary.org, …) never become the patron's.
    for r in &a {
        let e = r["email"].as_str().unwrap_or("");
        assert!(
            ![
                "prattlibrary.org",
                "bcpl.net",
                "mdcourts.gov",
                "fcpl.org",
                "carr.org"
            ]
            .iter()
            .any(|d| e.ends_with(d)),
            "{e}"
        );
    }
}

#[test]
fn show_mapping() {
    let wd = Workdir::new("triage_mapping");
    let path = fixture("triage/libchat.csv");
    let out = wd
        .run(&["triage", &path, "--show-mapping", "--format", "csv"])
        .ok()
        .to_string();
    assert!(out.starts_with("field,header,how\n"), "{out}");
    assert!(out.contains("transcript,Transcript,alias\n"), "{out}");
    assert!(out.contains("origin,Department,alias\n"), "{out}");
    assert!(out.contains("patron_email,Guest Email,alias\n"), "{out}");
    let out = wd
        .run(&[
            "triage",
            &path,
            "--show-mapping",
            "--format",
            "csv",
            "--columns",
            "question=Guest Name",
        ])
        .ok()
        .to_string();
    assert!(out.contains("question,Guest Name,override\n"), "{out}");
    assert!(out.contains("patron_name,,missing\n"), "{out}");
    assert!(out.contains(",Initial Question,unused\n"), "{out}");
}

#[test]
fn columns_name_unknown_headers() {
    let wd = Workdir::new("triage_columns");
    wd.create(
        "odd.csv",
        "Ticket,When,Conversation Log\nA1,2024-11-01 10:00,10:00:01 - Jane: my MCPL card won't work\n",
    );
    let e = wd
        .run(&["triage", "odd.csv", "--now", NOW, "--all"])
        .fails(1)
        .to_string();
    assert_eq!(
        e,
        "aun: odd.csv: no transcript or question column (found: Ticket, When, Conversation Log); name one with --columns transcript=HEADER\n"
    );
    let out = wd
        .run(&[
            "triage",
            "odd.csv",
            "--now",
            NOW,
            "--all",
            "--columns",
            "transcript=Conversation Log,id=Ticket,started_at=When",
            "--format",
            "jsonl",
        ])
        .ok()
        .to_string();
    let r: Value = serde_json::from_str(out.trim()).unwrap();
    assert_eq!(r["id"], "A1");
    assert_eq!(r["local_library"], "MCPL");
}

#[test]
fn filters() {
    let wd = Workdir::new("triage_filters");
    let ids = |extra: &[&str]| -> Vec<String> {
        triage_json(&wd, "libchat.csv", extra)
            .iter()
            .map(|r| r["id"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(ids(&["--status", "overdue"]), ["LC-1004"]);
    assert_eq!(ids(&["--status", "ok,due-soon"]), ["LC-1001", "LC-1002"]);
    assert_eq!(ids(&["--no-email"]), ["LC-1004"]);
    assert_eq!(ids(&["--library", "bcpl"]), ["LC-1002"]);
    assert_eq!(ids(&["--category", "access"]), ["LC-1002"]);
    assert_eq!(ids(&["--subject", "law"]), ["LC-1001"]);
    assert!(ids(&["--subject", "specialist"]).is_empty());
    // --due-soon widens the window: LC-1001 is due in 45 hours.
    assert_eq!(
        ids(&["--due-soon", "48h", "--status", "due-soon"]),
        ["LC-1001"]
    );
    let e = wd
        .run(&[
            "triage",
            &fixture("triage/libchat.csv"),
            "--library",
            "NOPE",
        ])
        .fails(1)
        .to_string();
    assert!(
        e.contains("--library: \"NOPE\" is not in the directory"),
        "{e}"
    );
}

#[test]
fn summary_on_stderr_unless_quiet() {
    let wd = Workdir::new("triage_summary");
    let path = fixture("triage/libchat.csv");
    let run = wd.run(&[
        "triage",
        &path,
        "--now",
        NOW,
        "--format",
        "jsonl",
        "--no-email",
    ]);
    run.ok();
    assert_eq!(
        run.stderr,
        format!("aun: {path}: 4 rows read, 3 triaged Follow Up By Patron Library: 1 overdue, 0 due-soon, 2 ok; 1 shown\n")
    );
    let run = wd.run(&["triage", &path, "--now", NOW, "-q"]);
    run.ok();
    assert_eq!(run.stderr, "");
}

#[test]
fn redact_and_no_transcript_text() {
    let wd = Workdir::new("triage_redact");
    let path = fixture("triage/libchat.csv");
    for format in ["json", "csv", "table", "jsonl"] {
        let out = wd
            .run(&[
                "triage", &path, "--now", NOW, "--redact", "--format", format, "--all",
            ])
            .ok()
            .to_string();
        assert!(!out.contains("jane.doe@gmail.com"), "{format}: {out}");
        assert!(!out.contains("marcus.j@"), "{format}: {out}");
        assert!(!out.contains("pat@gmail"), "{format}: {out}");
        // No transcript text (only the few words that decided), and no patron names.
        for text in [
            "return my security deposit",
            "rent in Walkersville",
            "this is useless",
            "Jane Doe",
            "Guest4471",
            "Kelly",
        ] {
            assert!(!out.contains(text), "{format}: {text}");
        }
    }
    let rows = triage_json(&wd, "libchat.csv", &["--redact"]);
    assert_eq!(by_id(&rows, "LC-1001")["email"], "j***@g***.com");
}

#[test]
fn stdin_and_sniffing() {
    let wd = Workdir::new("triage_stdin");
    let text = std::fs::read(fixture("triage/generator.jsonl")).unwrap();
    let run = wd.run_stdin(&["triage", "-", "--now", NOW, "--format", "csv"], &text);
    let out = run.ok();
    assert!(out.starts_with("id,record,started_at,resolution,origin,origin_id,email,email_source,email_problem,category,category_evidence,category_confidence,subject,subject_evidence,local_library,library_evidence,quality,quality_evidence,needs_review,review_reasons,due_at,status\n"), "{out}");
    assert!(
        run.stderr.starts_with("aun: <stdin>: 40 rows read"),
        "{}",
        run.stderr
    );
}

#[test]
fn bad_input_fails_with_the_place() {
    let wd = Workdir::new("triage_bad");
    let header = "id,started_at,resolution,library,patron_email,question,transcript\n";
    let good = |id: u32| {
        format!("{id},2024-11-01T10:00:00-04:00,Follow Up By Patron Library,BCPL,,q,\"10:00:01 - Jane: hi\"\n")
    };
    let cases: Vec<(&str, String, &str)> = vec![
        ("empty.csv", String::new(), "aun: empty.csv: the file is empty\n"),
        (
            "header.csv",
            header.to_string(),
            "aun: header.csv: no chats: the file has a header but no records (headers: id, started_at, resolution, library, patron_email, question, transcript)\n",
        ),
        (
            "open.csv",
            format!("{header}{}2,2024-11-01T10:00:00-04:00,x,y,,q,\"never closed\n", good(1)),
            "aun: open.csv: line 3: record 2: a quoted field opened in this record is never closed\n",
        ),
        (
            "fields.csv",
            format!("{header}{}{}3,x,y\n", good(1), good(2)),
            "aun: fields.csv: line 4: record 3: 3 fields where the header has 7\n",
        ),
        (
            "date.csv",
            format!("{header}{}", good(1).replace("2024-11-01T10:00:00-04:00", "31/31/2024")),
            "aun: date.csv: line 2: record 1: started_at: not a date and time: \"31/31/2024\" (expected RFC 3339, 2025-03-04 14:22:09 or 3/4/25 2:22 PM)\n",
        ),
    ];
    for (name, text, want) in cases {
        wd.create(name, text);
        let run = wd.run(&["triage", name, "--now", NOW, "--format", "jsonl"]);
        assert_eq!(run.fails(1), want, "{name}");
    }
}

#[test]
fn a_10_mb_transcript_is_refused_or_skipped() {
    let wd = Workdir::new("triage_big");
    let header = "id,started_at,resolution,library,patron_email,question,transcript\n";
    let big = "10:00:01 - Jane: ".to_string() + &"la ".repeat(3_500_000);
    let text = format!(
        "{header}1,2024-11-01T10:00:00-04:00,Follow Up By Patron Library,BCPL,,q,\"{big}\"\n2,2024-11-01T10:00:00-04:00,Follow Up By Patron Library,BCPL,a@b.org,q,x\n"
    );
    wd.create("big.csv", text);
    let e = wd
        .run(&["triage", "big.csv", "--now", NOW, "--format", "jsonl"])
        .fails(1)
        .to_string();
    assert_eq!(
        e,
        "aun: big.csv: line 2: record 1: the record is 10500083 bytes (10.0 MiB), over the limit of 4194304 bytes (4 MiB) for one chat\n"
    );
    let run = wd.run(&[
        "triage",
        "big.csv",
        "--now",
        NOW,
        "--format",
        "jsonl",
        "--lenient",
    ]);
    let out = run.ok();
    assert_eq!(out.lines().count(), 1);
    assert!(
        run.stderr.contains(
            "skipped 1 bad record(s) (--lenient): record 1 (line 2): the record is 10500083 bytes (10.0 MiB)"
        ),
        "{}",
        run.stderr
    );
}

#[test]
fn lenient_counts_and_lists_even_when_quiet() {
    let wd = Workdir::new("triage_lenient");
    let header = "id,started_at,resolution,library,patron_email,question,transcript\n";
    let mut text = String::from(header);
    for i in 1..=10 {
        if i % 3 == 0 {
            text += &format!("{i},bad date,Follow Up By Patron Library,x,,q,t\n");
        } else {
            text += &format!("{i},2024-11-01 10:00,Follow Up By Patron Library,x,,q,t\n");
        }
    }
    wd.create("l.csv", text);
    let run = wd.run(&[
        "triage",
        "l.csv",
        "--now",
        NOW,
        "--format",
        "jsonl",
        "--lenient",
        "-q",
    ]);
    assert_eq!(run.ok().lines().count(), 7);
    assert_eq!(
        run.stderr,
        "aun: l.csv: skipped 3 bad record(s) (--lenient): record 3 (line 4): started_at: not a date and time: \"bad date\" (expected RFC 3339, 2025-03-04 14:22:09 or 3/4/25 2:22 PM); record 6 (line 7): started_at: not a date and time: \"bad date\" (expected RFC 3339, 2025-03-04 14:22:09 or 3/4/25 2:22 PM); record 9 (line 10): started_at: not a date and time: \"bad date\" (expected RFC 3339, 2025-03-04 14:22:09 or 3/4/25 2:22 PM)\n"
    );
}

#[test]
fn windows_1252_is_read_and_said() {
    let wd = Workdir::new("triage_1252");
    let mut text = b"Chat ID,Timestamp,Guest Name,Initial Question,Transcript\r\n".to_vec();
    text.extend_from_slice(b"7,11/1/24 10:00 AM,Ren\xe9e,I\x92m in Bel Air,\"10:00:01 - Ren\xe9e: email me at renee@aol.com \x96 thanks\"\r\n");
    wd.create("win.csv", &text);
    let run = wd.run(&[
        "triage", "win.csv", "--now", NOW, "--all", "--format", "jsonl",
    ]);
    let r: Value = serde_json::from_str(run.ok().trim()).unwrap();
    assert_eq!(r["email"], "renee@aol.com");
    assert_eq!(r["local_library"], "HARFORD");
    assert!(
        run.stderr.starts_with(
            "aun: win.csv: not UTF-8: read 1 record(s) as Windows-1252 (first: record 1)\n"
        ),
        "{}",
        run.stderr
    );
}

#[test]
fn output_file_is_written_whole() {
    let wd = Workdir::new("triage_out");
    let path = fixture("triage/libchat.csv");
    wd.run(&[
        "triage", &path, "--now", NOW, "--format", "csv", "-o", "out.csv",
    ])
    .ok();
    let out = std::fs::read_to_string(wd.path("out.csv")).unwrap();
    assert_eq!(out.lines().count(), 4);
    assert!(out.contains("LC-1004"));
}

#[test]
fn a_vocabulary_of_ones_own() {
    let wd = Workdir::new("triage_vocab");
    wd.create(
        "v.csv",
        "kind,phrase,value,flags\nsubject,zoning board,law,\ncategory,zoning,policy,\n",
    );
    wd.create(
        "x.csv",
        "id,question,transcript\n1,the zoning board meets when?,\n",
    );
    let out = wd
        .run(&[
            "triage",
            "x.csv",
            "--all",
            "--vocabulary",
            "v.csv",
            "--format",
            "jsonl",
        ])
        .ok()
        .to_string();
    let r: Value = serde_json::from_str(out.trim()).unwrap();
    assert_eq!(r["subject"], "law");
    assert_eq!(r["subject_evidence"][0], "zoning board");
    wd.create(
        "bad.csv",
        "kind,phrase,value,flags\nsubject,court (circuit),law,\n",
    );
    let e = wd
        .run(&["triage", "x.csv", "--vocabulary", "bad.csv"])
        .fails(1)
        .to_string();
    assert_eq!(
        e,
        "aun: bad.csv: line 2: \"court (circuit)\": a phrase starts with an ASCII letter and holds only letters (accented ones in lower case), spaces, hyphens, apostrophes and dots\n"
    );
}

#[test]
fn an_export_without_a_resolution_column_says_why_nothing_was_taken() {
    let wd = Workdir::new("triage-no-resolution");
    wd.create("libchat.csv", "Chat ID,Timestamp,Guest Email,Transcript\nLC-1,2025-03-03 09:14:22,a@example.org,\"09:14:59 - Guest: my BCPL card\"\n");
    let out = wd.run(&["triage", "libchat.csv", "--now", "2025-03-04T12:00:00Z"]);
    assert!(out.stderr.contains("libchat.csv: no resolution column (found: Chat ID, Timestamp, Guest Email, Transcript)"), "{}", out.stderr);
    assert!(
        out.stderr.contains("--all takes every row"),
        "{}",
        out.stderr
    );
    let all = wd.run(&[
        "triage",
        "libchat.csv",
        "--all",
        "--format",
        "jsonl",
        "--now",
        "2025-03-04T12:00:00Z",
    ]);
    assert!(
        !all.stderr.contains("no resolution column"),
        "{}",
        all.stderr
    );
    assert!(
        all.ok().contains("\"local_library\":\"BCPL\""),
        "{}",
        all.stdout
    );
}

#[test]
fn date_and_time_columns_are_read_together_and_the_mapping_says_so() {
    let wd = Workdir::new("triage_date_time");
    wd.create(
        "dt.csv",
        "Chat ID,Date,Time,Resolution,Transcript\r\
         1,10/31/24,2:05 PM,Follow Up By Patron Library,10:00:01 - Jane: jane@example.org\r",
    );
    let out = wd
        .run(&["triage", "dt.csv", "--show-mapping", "--format", "csv"])
        .ok()
        .to_string();
    assert!(out.contains("started_at,Date + Time,alias\n"), "{out}");
    assert!(out.contains("start_time,Time,alias\n"), "{out}");
    let out = wd
        .run(&["triage", "dt.csv", "--now", NOW, "--format", "jsonl"])
        .ok()
        .to_string();
    let v: serde_json::Value = serde_json::from_str(out.trim()).unwrap();
    assert_eq!(v["started_at"], "2024-10-31T14:05:00-04:00");
    assert_eq!(v["due_at"], "2024-11-03T13:05:00-05:00");
    // Without the time column, a date alone is refused.
    wd.create(
        "d.csv",
        "Chat ID,Date,Resolution,Transcript\n1,10/31/24,Follow Up By Patron Library,hi\n",
    );
    let e = wd
        .run(&["triage", "d.csv", "--now", NOW])
        .fails(1)
        .to_string();
    assert_eq!(
        e,
        "aun: d.csv: line 2: record 1: started_at: \"10/31/24\" is a date without a time; name the export's time column with --columns start_time=HEADER\n"
    );
}

#[test]
fn messages_separated_by_carriage_returns_are_lines_of_their_own() {
    let wd = Workdir::new("triage_cr_messages");
    // LibraryH3lp style: messages joined by a carriage return alone, inside a quoted field. The
    // librarian's library and address are never the patron's, so the transcript must be split
    // there.
    wd.create(
        "h3.csv",
        "id,started,queue,resolution,text\n\
         7,2024-11-01 10:00,aun,Follow Up By Patron Library,\"10:00AM guest@web.libraryh3lp.com: do you have books about bees\r10:01AM librarian@chat.libraryh3lp.com: I'm at Frederick County Public Libraries, write to me at kim@gmail.com\r10:02AM guest@web.libraryh3lp.com: thanks\"\n",
    );
    let out = wd
        .run(&["triage", "h3.csv", "--now", NOW, "--format", "jsonl"])
        .ok()
        .to_string();
    let v: serde_json::Value = serde_json::from_str(out.trim()).unwrap();
    assert_eq!(v["local_library"], serde_json::Value::Null, "{out}");
    assert_eq!(v["email"], serde_json::Value::Null, "{out}");
}

#[test]
fn a_period_that_ends_before_it_starts_is_refused_everywhere() {
    // triage, refer and followups record showed nothing (exit 0); report and roster refused.
    let wd = Workdir::new("triage_period");
    let export = fixture("triage/libchat.csv");
    let swapped = ["--from", "2025-03-05", "--to", "2025-03-01"];
    for args in [
        vec!["triage", export.as_str()],
        vec!["refer", export.as_str()],
        vec![
            "followups",
            "record",
            export.as_str(),
            "--ledger",
            "l.jsonl",
        ],
        vec!["report", "--ledger", "l.jsonl"],
        vec!["schedule", "roster"],
    ] {
        let out = wd.run(&[&args[..], &swapped, &["--now", NOW]].concat());
        assert_eq!(
            out.fails(1),
            "aun: --to 2025-03-01 is before --from 2025-03-05\n",
            "{args:?}"
        );
    }
    assert!(!wd.path("l.jsonl").exists(), "nothing recorded");
}

/// A transcript without times whose lines carry the patron's name as the export gives it
/// (`patron_name`, `Guest Name`): those are the patron's lines, read for the address, in CSV and
/// in JSON alike.
#[test]
fn the_patrons_name_marks_their_lines_without_times() {
    let wd = Workdir::new("triage_patron_name");
    let transcript = "Jane Roe: hi, is my hold in?\nLibrarian: I will ask. Your e-mail?\njane roe: it is jane.roe@example.org\n";
    wd.create(
        "export.csv",
        format!(
            "id,started_at,resolution,library,patron_email,patron_name,question,transcript\n\
             1,2024-11-01 10:00,Follow Up By Patron Library,BCPL,,Jane Roe,is my hold in?,\"{transcript}\"\n"
        ),
    );
    let record = serde_json::json!([{
        "id": "1",
        "started_at": "2024-11-01 10:00",
        "resolution": "Follow Up By Patron Library",
        "library": "BCPL",
        "Guest Name": " Jane Roe ",
        "question": "is my hold in?",
        "transcript": transcript,
    }]);
    wd.create("export.json", record.to_string());
    for file in ["export.csv", "export.json"] {
        let rows = wd
            .run(&["triage", file, "--now", NOW, "--format", "json"])
            .rows();
        assert_eq!(
            rows[0]["email"], "jane.roe@example.org",
            "{file}: {}",
            rows[0]
        );
        assert_eq!(rows[0]["email_source"], "transcript", "{file}: {}", rows[0]);
    }
}

/// A directory of one's own may list only some libraries: the embedded vocabulary's county
/// names of libraries it lacks ("Harford") are then no library, and every command still reads
/// chats (it stopped with a panic, the vocabulary naming a library the directory did not have).
#[test]
fn a_directory_of_a_few_libraries_still_triages() {
    let wd = Workdir::new("triage_small_directory");
    wd.create(
        "dir.csv",
        "id,name,kind,county,contact_email\n\
         BCPL,Baltimore County Public Library,public,Baltimore County,bcpl@example.org\n\
         AUN,Maryland AskUsNow! Public Library,service,,\n",
    );
    let ex = crate::workdir::repo_file("examples/export.csv")
        .display()
        .to_string();
    for command in ["triage", "refer"] {
        let out = wd.run(&[
            command,
            &ex,
            "--directory",
            "dir.csv",
            "--now",
            "2025-03-05T12:00-05:00",
            "--format",
            "json",
        ]);
        let rows = out.rows();
        assert_eq!(rows.len(), 6, "{command}: {}", out.stderr);
    }
}

#[test]
fn a_queue_named_after_a_library_is_that_librarys_account() {
    let wd = Workdir::new("triage_queue_name");
    wd.create(
        "queues.csv",
        "Chat ID,Timestamp,Department,Transcript\n\
         Q1,2024-11-01 10:00,Kuhn Library - Research Help,\"Guest 1: the article says subscription required off campus\"\n\
         Q2,2024-11-01 10:00,Library Chat,\"Guest 2: the article says subscription required off campus\"\n",
    );
    let out = wd
        .run(&[
            "triage",
            "queues.csv",
            "--now",
            NOW,
            "--all",
            "--format",
            "jsonl",
        ])
        .ok()
        .to_string();
    let rows: Vec<Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let r = by_id(&rows, "Q1");
    assert_eq!(r["origin_id"], "UMBC", "{r}");
    assert_eq!(r["local_library"], "UMBC");
    assert_eq!(r["library_evidence"], serde_json::json!(["origin account"]));
    let r = by_id(&rows, "Q2");
    assert_eq!(r["origin_id"], Value::Null, "{r}");
    assert_eq!(r["local_library"], Value::Null);
}

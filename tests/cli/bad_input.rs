//! The bad-input corpus: every input here gets a clear one-line error naming the file (exit 1), or
//! is read, or under `--lenient` is skipped and counted; none panics and none hangs.

use crate::workdir::{Run, Workdir};
use std::time::{Duration, Instant};

const HEADER: &str = "id,started_at,resolution,library,patron_email,question,transcript\n";

fn row(id: u32, transcript: &str) -> String {
    format!("{id},2026-11-20T10:00:00-05:00,Follow Up By Patron Library,Maryland AskUsNow! Public Library,pat{id}@example.org,How do I renew a book?,\"{transcript}\"\n")
}

/// The corpus: (file name, contents, what must happen: Some(prefix of the error) or None = read).
fn corpus() -> Vec<(&'static str, Vec<u8>, Option<&'static str>)> {
    let mut c: Vec<(&'static str, Vec<u8>, Option<&'static str>)> = vec![
        ("empty.csv", Vec::new(), Some("empty")),
        ("header-only.csv", HEADER.into(), Some("no chats")),
        ("truncated.csv", format!("{HEADER}{}1002,2026-11-20T10:00:00-05:00,Follow Up By Pat", row(1001, "hi")).into_bytes(), Some("line 3: record 2: 3 fields where the header has 7")),
        ("open-quote.csv", format!("{HEADER}{}1002,2026-11-20T10:00:00-05:00,Follow Up By Patron Library,X,,q,\"never closed\n", row(1001, "hi")).into_bytes(), Some("line 3: record 2: a quoted field opened in this record is never closed")),
        ("wrong-count.csv", format!("{HEADER}{}1002,2026-11-20T10:00:00-05:00,Follow Up By Patron Library\n", row(1001, "hi")).into_bytes(), Some("line 3: record 2: 3 fields where the header has 7")),
        ("mixed-delimiters.csv", format!("{HEADER}1001\t2026-11-20T10:00:00-05:00\tFollow Up By Patron Library\tX\t\tq\tt\n").into_bytes(), Some("line 2: record 1: 1 fields where the header has 7")),
        ("nul.csv", format!("{HEADER}{}", row(1001, "a\0b")).into_bytes(), None),
        ("bad-date.csv", format!("{HEADER}{}", row(1001, "hi").replace("2026-11-20T10:00:00-05:00", "2026-02-30 10:00")).into_bytes(), Some("line 2: record 1: started_at: not a date and time: \"2026-02-30 10:00\"")),
        ("nonexistent-time.csv", format!("{HEADER}{}", row(1001, "hi").replace("2026-11-20T10:00:00-05:00", "2026-03-08 02:30:00")).into_bytes(), None),
        ("nested.json", br#"[{"id": 1, "transcript": {"a": {"b": [1, [2, [3]]]}}}]"#.to_vec(), Some("record 1: field transcript is an object, expected text")),
        ("not-objects.json", b"[1, 2, 3]".to_vec(), Some("record 1: expected an object, found a number")),
        ("scalar.json", b"42".to_vec(), Some("record 1: expected an object, found a number")),
        ("deep.json", format!("{}{}", "[".repeat(10_000), "]".repeat(10_000)).into_bytes(), Some("record 1: expected an object, found a list")),
        ("huge-header.csv", format!("{}\n1\n", "h".repeat(1 << 20)).into_bytes(), Some("no transcript or question column")),
        ("escape-sequences.csv", format!("{HEADER}{}", row(1001, "\u{1b}]8;;https://evil.example\u{7}link\u{1b}]8;;\u{7} \u{1b}[2J \u{202e}gpj.exe")).into_bytes(), None),
        ("zero-width-pratt.csv", format!("{HEADER}{}", row(1001, "hi").replace("Maryland AskUsNow! Public Library", "ENOCH\u{200b} PRATT FREE LIBRARY")).into_bytes(), None),
        ("two-ids.jsonl", b"{\"id\":1,\"ID\":2,\"transcript\":\"x\",\"resolution\":\"Follow Up By Patron Library\"}\n".to_vec(), Some("line 1: record 1: the record has the keys \"id\" and \"ID\"; id cannot be read from both: rename one")),
        ("not-object-line.jsonl", b"{\"id\":1,\"transcript\":\"x\",\"resolution\":\"Follow Up By Patron Library\"}\n[1,2]\n".to_vec(), Some("line 2: record 2: expected an object, found a list")),
    ];
    let mut w1252 = HEADER.as_bytes().to_vec();
    w1252.extend_from_slice(&row(1001, "Ren\u{e9}e said \u{201c}hi\u{201d}").into_bytes());
    let w1252: Vec<u8> = String::from_utf8(w1252)
        .unwrap()
        .chars()
        .map(|ch| match ch {
            '\u{e9}' => 0xe9,
            '\u{201c}' => 0x93,
            '\u{201d}' => 0x94,
            c => c as u8,
        })
        .collect();
    c.push(("windows-1252.csv", w1252, None));
    let mut invalid = HEADER.as_bytes().to_vec();
    invalid.extend_from_slice(
        b"1001,2026-11-20T10:00:00-05:00,Follow Up By Patron Library,X,,q,\"\xff\xfe\xc3\"\n",
    );
    c.push(("invalid-utf8.csv", invalid, None));
    let mut tiny = String::from(HEADER);
    for i in 0..100_000 {
        tiny.push_str(&format!("{i},2026-11-20T10:00:00-05:00,Answered,X,,q,t\n"));
    }
    c.push(("tiny-rows.csv", tiny.into_bytes(), None));
    c
}

/// `name` is the file the error must name; `label` says which run it was.
fn check(out: &Run, name: &str, label: &str, want: &Option<&'static str>) {
    assert!(
        !out.stderr.contains("panicked"),
        "{label}: panicked\n{}",
        out.stderr
    );
    match want {
        None => assert_eq!(out.code, 0, "{label}: expected to be read\n{}", out.stderr),
        Some(words) => {
            assert_eq!(
                out.code, 1,
                "{label}: expected an error\nstdout: {}\nstderr: {}",
                out.stdout, out.stderr
            );
            let line = out
                .stderr
                .lines()
                .find(|l| l.starts_with("aun: "))
                .unwrap_or_else(|| panic!("{label}: no aun: line in {}", out.stderr));
            assert!(
                line.contains(name),
                "{label}: the error does not name the file: {line}"
            );
            assert!(line.contains(words), "{label}: {line}");
            // Quoted input is cut: a message is a few lines, whatever the input.
            assert!(
                out.stderr.len() < 3000,
                "{label}: {} bytes on stderr",
                out.stderr.len()
            );
        }
    }
}

#[test]
fn exports_get_clear_errors_and_never_panic() {
    let wd = Workdir::new("bad-exports");
    let corpus = corpus();
    for (name, bytes, want) in &corpus {
        wd.create(name, bytes);
        for cmd in ["triage", "refer"] {
            let out = wd.run_within(
                &[
                    cmd,
                    name,
                    "--format",
                    "jsonl",
                    "--now",
                    "2026-11-23T12:00:00Z",
                ],
                Duration::from_secs(60),
            );
            check(&out, name, &format!("{cmd} {name}"), want);
        }
    }
    eprintln!(
        "bad-input corpus: {} export inputs, each through triage and refer",
        corpus.len()
    );
}

#[test]
fn lenient_skips_count_and_report() {
    let wd = Workdir::new("bad-lenient");
    let body = format!(
        "{HEADER}{}1002,2026-11-20T10:00:00-05:00,Follow Up By Patron Library\n{}{}",
        row(1001, "ok"),
        row(1003, "ok").replace("2026-11-20T10:00:00-05:00", "not a date"),
        row(1004, "ok")
    );
    wd.create("mixed.csv", body);
    let out = wd.run_within(
        &[
            "triage",
            "mixed.csv",
            "--lenient",
            "--format",
            "jsonl",
            "--now",
            "2026-11-23T12:00:00Z",
        ],
        Duration::from_secs(30),
    );
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert_eq!(
        out.stdout.lines().count(),
        2,
        "two good chats: {}",
        out.stdout
    );
    assert!(
        out.stderr.contains("skipped 2"),
        "the skips are counted: {}",
        out.stderr
    );
}

#[test]
fn a_quote_that_takes_in_the_rest_of_the_file_stops_even_a_lenient_run() {
    // Not one bad record: the 1,995 lines after the stray quote would be lost with it.
    let wd = Workdir::new("bad-swallow");
    let mut body = String::from(HEADER);
    for i in 1..=5 {
        body += &row(i, "ok");
    }
    body += "6,2026-11-20T10:00:00-05:00,Follow Up By Patron Library,X,,q,\"oops\n";
    for i in 7..=2000 {
        body += &row(i, "ok").replace('"', "");
    }
    wd.create("swallow.csv", body);
    for cmd in ["triage", "refer"] {
        let out = wd.run(&[cmd, "swallow.csv", "--lenient", "-q", "--format", "jsonl"]);
        assert_eq!(
            out.stderr,
            "aun: swallow.csv: line 7: record 6: a quoted field opened in this record is never closed: \
             the rest of the input, 1995 lines (275055 bytes) from here, is inside it and may hold many \
             records (--lenient skips one bad record, not the rest of the input)\n",
            "{cmd}"
        );
        assert_eq!((out.code, out.stdout.lines().count()), (1, 5), "{cmd}");
    }
}

#[test]
fn a_50_mb_field_is_read_in_bounded_time() {
    let wd = Workdir::new("bad-huge");
    let big = "word ".repeat(10 * 1024 * 1024);
    wd.create("huge-field.csv", format!("{HEADER}{}", row(1001, &big)));
    let out = wd.run_within(
        &[
            "triage",
            "huge-field.csv",
            "--format",
            "jsonl",
            "--now",
            "2026-11-23T12:00:00Z",
        ],
        Duration::from_secs(120),
    );
    assert!(!out.stderr.contains("panicked"), "{}", out.stderr);
    assert!(
        out.code == 0 || out.stderr.contains("huge-field.csv"),
        "{}",
        out.stderr
    );
}

/// A chat with a new speaker label on every line (40,000 of them) is read: a line's speaker is
/// found by its label, not by comparing it with every label before.
#[test]
fn a_chat_of_forty_thousand_speakers_is_read() {
    let wd = Workdir::new("bad-speakers");
    let lines: String = (0..40_000)
        .map(|i| format!("10:00 - Person{i}: hello\n"))
        .collect();
    wd.create("speakers.csv", format!("{HEADER}{}", row(1001, &lines)));
    let out = wd.run_within(
        &[
            "triage",
            "speakers.csv",
            "--all",
            "--format",
            "jsonl",
            "--now",
            "2026-11-23T12:00:00Z",
        ],
        Duration::from_secs(120),
    );
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert_eq!(out.stdout.lines().count(), 1, "{}", out.stdout);
}

#[test]
fn bad_schedules_and_overrides() {
    let wd = Workdir::new("bad-schedules");
    let huge_day = format!(
        "day,start,end,library\nmon,09:00,13:00,BCPL\n{},09:00,13:00,BCPL\n",
        "funday".repeat(200_000)
    );
    let cases: &[(&str, &str, &[&str], &str)] = &[
        ("24-start.csv", "day,start,end,library\nmon,24:00,13:00,BCPL\n", &["who-covers", "--schedule"], "a block cannot start at 24:00"),
        ("25-end.csv", "day,start,end,library\nmon,09:00,25:00,BCPL\n", &["who-covers", "--schedule"], "not a time of day: \"25:00\""),
        // A control character in a name is a malformed row: `check` counts it as an error.
        ("nul-schedule.csv", "day,start,end,library\nmon,09:00,13:00,BC\0PL\n", &["schedule", "check", "--strict", "--schedule"], "1 errors, 0 warnings"),
        (
            "overlapping-overrides.csv",
            "date,block,kind,library,with,with_date,with_block,reason\n2026-12-07,09:00-13:00,absent,BCPL,,,,training\n2026-12-07,09:00-13:00,cover,BCPL,,,,contradicts\n",
            &["schedule", "roster", "--from", "2026-12-01", "--to", "2026-12-31", "--overrides"],
            "line 3: contradicts overlapping-overrides.csv: line 2: BCPL is absent on 2026-12-07",
        ),
        ("best-effort-only.csv", "Block,Mon,Tue,Wed,Thu,Fri,Sat,Sun\n9 am-1 pm,BCPL,BCPL,BCPL,BCPL,BCPL,BCPL,(best effort)\n", &["who-covers", "--schedule"], "names no library"),
        ("pratt-zero-width-directory.csv", "id,name,account\nX,Enoch Pratt,ENOCH\u{200b} PRATT FREE LIBRARY\n", &["directory", "show", "--directory"], "has the account"),
        ("huge-cell-schedule.csv", &huge_day, &["who-covers", "--schedule"], "unknown day"),
        ("bad-date-override.csv", "date,block,kind,library,with,with_date,with_block,reason\n2026-02-30,,closed,BCPL,,,,x\n", &["schedule", "roster", "--from", "2026-02-01", "--to", "2026-02-28", "--overrides"], "line 2"),
    ];
    for (name, body, args, words) in cases {
        wd.create(name, body);
        let mut argv: Vec<&str> = args.to_vec();
        argv.push(name);
        let out = wd.run_within(&argv, Duration::from_secs(30));
        check(&out, name, name, &Some(words));
    }
}

/// An interrupted run leaves the previous output file as it was: aun writes a temporary file and
/// renames it only when the output is complete.
#[test]
fn a_killed_run_leaves_the_previous_output_intact() {
    use std::io::Write;
    let wd = Workdir::new("killed");
    wd.create("out.jsonl", "previous contents\n");
    let mut child = wd
        .command(&[
            "triage",
            "-",
            "--format",
            "jsonl",
            "-o",
            "out.jsonl",
            "--input-format",
            "csv",
            "--now",
            "2026-11-23T12:00:00Z",
        ])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    stdin.write_all(HEADER.as_bytes()).unwrap();
    for i in 0..2000 {
        stdin
            .write_all(row(i, "I have a BCPL card").as_bytes())
            .unwrap();
    }
    stdin.flush().unwrap();
    // Wait until the run has started writing its temporary file, then kill it mid-run.
    let started = Instant::now();
    while !std::fs::read_dir(&wd.dir)
        .unwrap()
        .any(|e| e.unwrap().file_name().to_string_lossy().ends_with(".tmp"))
    {
        assert!(
            started.elapsed() < Duration::from_secs(20),
            "no temporary output file appeared"
        );
        std::thread::sleep(Duration::from_millis(10));
    }
    child.kill().unwrap();
    child.wait().unwrap();
    drop(stdin);
    assert_eq!(wd.read("out.jsonl"), "previous contents\n");
}

/// A read that fails (a directory given as the export, text that stops being valid UTF-16 far into
/// the file) names the file, and the line it reached, like any other bad input.
#[test]
fn read_errors_name_the_file_and_the_line() {
    let wd = Workdir::new("bad-reads");
    std::fs::create_dir(wd.path("folder.csv")).unwrap();
    let mut text = String::from(HEADER);
    for i in 0..5000 {
        text.push_str(&row(i, "hi"));
    }
    let mut utf16 = vec![0xff, 0xfe];
    for unit in text.encode_utf16() {
        utf16.extend_from_slice(&unit.to_le_bytes());
    }
    // A high surrogate without its low half, after every record.
    utf16.extend_from_slice(&[0x00, 0xd8, b'x', 0]);
    wd.create("late-utf16.csv", utf16);
    for cmd in ["triage", "refer"] {
        let out = wd.run(&[cmd, "folder.csv", "--now", "2026-11-23T12:00:00Z"]);
        check(&out, "folder.csv", cmd, &Some("Is a directory"));
        let out = wd.run(&[cmd, "late-utf16.csv", "--now", "2026-11-23T12:00:00Z"]);
        check(
            &out,
            "late-utf16.csv",
            cmd,
            &Some("line 5002: read error: not valid UTF-16LE"),
        );
    }
}

/// A header that names the column a field is read from twice is refused: reading one of the two
/// would silently drop the other (a second transcript column, a second id).
#[test]
fn a_field_header_given_twice_is_refused() {
    let wd = Workdir::new("bad-duplicate-header");
    wd.create(
        "twice.csv",
        "id,started_at,resolution,patron_email,transcript,Transcript\n\
         1,2026-11-20T10:00:00-05:00,Follow Up By Patron Library,a@example.org,renew,my BCPL card\n",
    );
    for cmd in ["triage", "refer"] {
        let out = wd.run(&[cmd, "twice.csv", "--now", "2026-11-23T12:00:00Z"]);
        check(
            &out,
            "twice.csv",
            cmd,
            &Some("line 1: the header names \"transcript\" twice (columns 5 and 6)"),
        );
    }
    // A repeated header that no field reads is no problem.
    wd.create(
        "notes.csv",
        "id,started_at,resolution,patron_email,transcript,note,note\n\
         1,2026-11-20T10:00:00-05:00,Follow Up By Patron Library,a@example.org,renew,x,y\n",
    );
    wd.run(&["triage", "notes.csv", "--now", "2026-11-23T12:00:00Z"])
        .ok();
}

/// A control character in a schedule, a directory or an overrides file is refused when the file is
/// read: the error names the file, the line, the column and the character, and nothing is written.
#[test]
fn control_characters_in_schedule_directory_and_overrides_are_refused() {
    let wd = Workdir::new("bad-input-controls");
    wd.create(
        "schedule.csv",
        "day,start,end,library\nthu,13:00,17:00,FC\u{0}PL\n",
    );
    let err = wd
        .run(&[
            "--schedule",
            "schedule.csv",
            "schedule",
            "export",
            "-o",
            "out.ics",
        ])
        .fails(1)
        .to_string();
    assert!(
        err.contains("schedule.csv: line 2: column \"library\" (field 4): control character \\u{0} at character 3"),
        "{err}"
    );
    assert!(!wd.path("out.ics").exists(), "nothing written");

    wd.create(
        "directory.csv",
        "id,name,contact_email\nFCPL,Frederick\tCounty,sfu@fcpl.example.org\n",
    );
    let err = wd
        .run(&[
            "--directory",
            "directory.csv",
            "who-covers",
            "--at",
            "2026-12-03T14:00",
        ])
        .fails(1)
        .to_string();
    assert!(
        err.contains("directory.csv: line 2: column \"name\" (field 2): control character \\u{9} at character 10"),
        "{err}"
    );

    wd.create(
        "overrides.csv",
        "date,block,kind,library,reason\n2026-12-10,13:00-17:00,absent,FCPL\u{85},\n",
    );
    let err = wd
        .run(&[
            "--overrides",
            "overrides.csv",
            "schedule",
            "roster",
            "--from",
            "2026-12-10",
            "--to",
            "2026-12-10",
        ])
        .fails(1)
        .to_string();
    assert!(
        err.contains("overrides.csv: line 2: column \"library\" (field 4): control character \\u{85} at character 5"),
        "{err}"
    );
    // The same from the command line: no file is written.
    let err = wd
        .run(&[
            "--overrides",
            "new.csv",
            "schedule",
            "override",
            "add",
            "--kind",
            "absent",
            "--library",
            "BCPL",
            "--date",
            "2026-12-07",
            "--reason",
            "bell\u{7}",
        ])
        .fails(1)
        .to_string();
    assert!(
        err.contains("--reason: control character \\u{7} at character 5"),
        "{err}"
    );
    assert!(!wd.path("new.csv").exists(), "nothing written");
}

/// A directory of more libraries than aun can tell apart is refused when read, naming the file
/// and the first library over the limit (triage stopped with a panic on one).
#[test]
fn a_directory_of_too_many_libraries_is_refused() {
    let wd = Workdir::new("too-many-libraries");
    let mut dir = String::from("id,name\n");
    for i in 0..65_537 {
        dir.push_str(&format!("L{i},Library {i}\n"));
    }
    wd.create("dir.csv", dir);
    let ex = crate::workdir::repo_file("examples/export.csv")
        .display()
        .to_string();
    let out = wd.run_within(
        &["triage", &ex, "--directory", "dir.csv"],
        Duration::from_secs(60),
    );
    check(
        &out,
        "dir.csv: line 65538: more than 65536 libraries",
        "too many libraries",
        &Some("more than 65536 libraries"),
    );
}

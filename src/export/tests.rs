use super::*;

/// (id, record, question) of one chat.
type Row = (String, u64, String);

/// Reads `text` as `name` (its extension decides the format) on two workers.
fn read(name: &str, text: &[u8], opts: &ReadOptions) -> Result<(Vec<Row>, ReadReport)> {
    let mut out = Vec::new();
    let report = for_each_chat_in(
        name,
        name,
        text,
        opts,
        2,
        |c| (c.id.clone(), c.record, c.question.clone()),
        |x| {
            out.push(x);
            Ok(())
        },
    )?;
    Ok((out, report))
}

fn err(name: &str, text: &[u8]) -> String {
    read(name, text, &ReadOptions::default())
        .unwrap_err()
        .to_string()
}

fn lenient() -> ReadOptions {
    ReadOptions {
        lenient: true,
        ..ReadOptions::default()
    }
}

const GEN_HEADER: &str = "id,started_at,resolution,library,patron_email,question,transcript\n";

fn gen_row(id: u32) -> String {
    format!(
        "{id},2024-10-21T00:00:28-04:00,Follow Up By Patron Library,BCPL,,\"q{id}, \"\"quoted\"\"\",\"10:00:01 - Jane: line 1\r\n10:00:02 - Jane: line, 2\"\n"
    )
}

#[test]
fn reads_generator_csv() {
    let csv = format!("{GEN_HEADER}{}{}", gen_row(1), gen_row(2));
    let (rows, report) = read("x.csv", csv.as_bytes(), &ReadOptions::default()).unwrap();
    assert_eq!(
        rows,
        [
            ("1".into(), 1, "q1, \"quoted\"".into()),
            ("2".into(), 2, "q2, \"quoted\"".into())
        ]
    );
    assert_eq!(report.records, 2);
    assert_eq!(report.mapping.header(Field::Origin), Some("library"));
    assert_eq!(report.mapping.header(Field::PatronName), None);
}

#[test]
fn chunk_boundaries_do_not_change_what_is_read() {
    let mut csv = String::from(GEN_HEADER);
    for i in 0..300 {
        csv += &gen_row(i);
        if i % 50 == 0 {
            csv += "\n"; // a blank line between records
        }
    }
    let (whole, _) = read("x.csv", csv.as_bytes(), &ReadOptions::default()).unwrap();
    for chunk_bytes in [1, 7, 100, 4096] {
        let opts = ReadOptions {
            chunk_bytes,
            ..ReadOptions::default()
        };
        let (pieces, report) = read("x.csv", csv.as_bytes(), &opts).unwrap();
        assert_eq!(pieces, whole, "chunk {chunk_bytes}");
        assert_eq!(report.records, 300);
    }
    assert_eq!(whole[299].1, 300);
}

#[test]
fn known_export_headers() {
    let libchat =
        "Chat ID,Timestamp,Guest Name,Guest Email,Department,Initial Question,Transcript\n\
                   77,3/4/25 2:22 PM,Jane,jane@x.org,Reference,where?,14:22:09 - Jane: hi\n";
    let (rows, r) = read("l.csv", libchat.as_bytes(), &ReadOptions::default()).unwrap();
    assert_eq!(rows[0].0, "77");
    assert_eq!(r.mapping.header(Field::StartedAt), Some("Timestamp"));
    assert_eq!(r.mapping.header(Field::Origin), Some("Department"));
    assert_eq!(r.mapping.header(Field::PatronName), Some("Guest Name"));
    let qp = "Question ID\tDate\tPatron Email\tLibrary\tResolution\tQuestion\tTranscript\n\
              9\t2/1/17 17:26\ta@b.org\tBCPL\tFollow Up By Patron Library\twhat\tPatron: hi\n";
    let (_, r) = read("q.tsv", qp.as_bytes(), &ReadOptions::default()).unwrap();
    assert_eq!(r.mapping.format, InputFormat::Tsv);
    assert_eq!(r.mapping.header(Field::Resolution), Some("Resolution"));
    let lh3 = "{\"id\": 5, \"guest\": \"guest@web.libraryh3lp.com\", \"queue\": \"aun\", \"started\": \"2025-03-04 14:22:09\", \"text\": \"5:26PM guest@web.libraryh3lp.com: hi\"}\n";
    let (rows, r) = read("h.jsonl", lh3.as_bytes(), &ReadOptions::default()).unwrap();
    assert_eq!(rows[0].0, "5");
    assert_eq!(r.mapping.header(Field::Transcript), Some("text"));
    assert_eq!(r.mapping.header(Field::Origin), Some("queue"));
}

#[test]
fn columns_override_the_aliases() {
    let csv = "Ref,When,Chat Text,Text\n1,2025-03-04 14:22:09,the chat,other\n";
    let opts = ReadOptions {
        columns: parse_columns("transcript=Chat Text, id = Ref").unwrap(),
        ..ReadOptions::default()
    };
    let (rows, r) = read("c.csv", csv.as_bytes(), &opts).unwrap();
    assert_eq!(rows[0].0, "1");
    assert_eq!(r.mapping.header(Field::Transcript), Some("Chat Text"));
    assert!(parse_columns("transcript").is_err());
    assert!(parse_columns("body=X")
        .unwrap_err()
        .to_string()
        .contains("unknown field"));
    let opts = ReadOptions {
        columns: parse_columns("transcript=Nope").unwrap(),
        ..ReadOptions::default()
    };
    let e = read("c.csv", csv.as_bytes(), &opts)
        .unwrap_err()
        .to_string();
    assert!(
        e.contains("--columns transcript=Nope: no such header"),
        "{e}"
    );
}

#[test]
fn missing_transcript_and_question_names_the_headers() {
    assert_eq!(
        err("m.csv", b"id,date,notes\n1,2025-01-01,x\n"),
        "m.csv: no transcript or question column (found: id, date, notes); name one with --columns transcript=HEADER"
    );
}

#[test]
fn empty_and_header_only() {
    assert_eq!(err("e.csv", b""), "e.csv: the file is empty");
    assert_eq!(err("e.csv", b"\n \n"), "e.csv: the file is empty");
    assert_eq!(
        err("h.csv", GEN_HEADER.as_bytes()),
        "h.csv: no chats: the file has a header but no records (headers: id, started_at, resolution, library, patron_email, question, transcript)"
    );
    assert!(err("e.json", b"[]").contains("no chats"));
}

#[test]
fn open_quote_wrong_fields_and_bad_dates() {
    let open = format!("{GEN_HEADER}{}2,x,y,z,,\"never closed\n3,a,b\n", gen_row(1));
    assert_eq!(
        err("o.csv", open.as_bytes()),
        "o.csv: line 4: record 2: a quoted field opened in this record is never closed: the rest of the input, 2 lines (29 bytes) from here, is inside it and may hold many records (--lenient skips one bad record, not the rest of the input)"
    );
    let short = format!("{GEN_HEADER}{}5,2024-10-21T00:00:28-04:00,x\n", gen_row(1));
    assert_eq!(
        err("s.csv", short.as_bytes()),
        "s.csv: line 4: record 2: 3 fields where the header has 7"
    );
    let bad_date = format!(
        "{GEN_HEADER}{}",
        gen_row(1).replace("2024-10-21T00:00:28-04:00", "yesterday")
    );
    assert!(err("d.csv", bad_date.as_bytes())
        .starts_with("d.csv: line 2: record 1: started_at: not a date and time: \"yesterday\""));
}

#[test]
fn lenient_skips_counts_and_lists() {
    let text = format!(
        "{GEN_HEADER}{}5,x\n{}6,yesterday,a,b,c,d,e\n{}",
        gen_row(1),
        gen_row(3),
        gen_row(4)
    );
    let (rows, r) = read("l.csv", text.as_bytes(), &lenient()).unwrap();
    let ids: Vec<&str> = rows.iter().map(|r| r.0.as_str()).collect();
    assert_eq!(ids, ["1", "3", "4"]);
    assert_eq!(r.records, 5);
    assert_eq!(r.skipped, 2);
    let skipped: Vec<(u64, u64)> = r.first_skipped.iter().map(|b| (b.record, b.line)).collect();
    assert_eq!(skipped, [(2, 4), (4, 7)]);
    assert_eq!(rows[2].1, 5);
}

#[test]
fn windows_1252_is_decoded_and_counted() {
    let mut text = GEN_HEADER.as_bytes().to_vec();
    text.extend_from_slice(&gen_row(1).replace("q1", "Ren\u{e9}e").into_bytes());
    let mut row2 = gen_row(2).replace("q2", "Ren?e").into_bytes();
    let at = row2.iter().position(|&b| b == b'?').unwrap();
    row2[at] = 0xe9; // é in Windows-1252
    text.extend_from_slice(&row2);
    let (rows, r) = read("w.csv", &text, &ReadOptions::default()).unwrap();
    assert_eq!(rows[0].2, "Renée, \"quoted\"");
    assert_eq!(rows[1].2, "Renée, \"quoted\"");
    assert_eq!(r.windows_1252_records, 1);
    assert_eq!(r.first_windows_1252_record, Some(2));
}

#[test]
fn a_record_over_the_limit_is_bad_input() {
    let big = "x".repeat(10 << 20);
    let text = format!(
        "{GEN_HEADER}{}2,2024-10-21T00:00:28-04:00,r,o,,q,\"{big}\"\n{}",
        gen_row(1),
        gen_row(3)
    );
    let e = err("big.csv", text.as_bytes());
    assert_eq!(
        e,
        "big.csv: line 4: record 2: the record is 10485797 bytes (10.0 MiB), over the limit of 4194304 bytes (4 MiB) for one chat"
    );
    let (rows, r) = read("big.csv", text.as_bytes(), &lenient()).unwrap();
    assert_eq!(rows.iter().map(|r| r.1).collect::<Vec<_>>(), [1, 3]);
    assert_eq!(r.skipped, 1);
}

#[test]
fn json_lines_and_arrays() {
    let jsonl = "{\"id\":1,\"started_at\":\"2024-10-21T00:00:28-04:00\",\"question\":\"a\",\"transcript\":\"x\",\"patron_email\":null}\n\
                 \n\
                 [1,2]\n\
                 {\"id\":\"3\",\"question\":{\"nested\":1},\"transcript\":\"x\"}\n\
                 {\"id\":4,\"question\":\"d\",\"transcript\":\"x\"}\n";
    assert_eq!(
        err("j.jsonl", jsonl.as_bytes()),
        "j.jsonl: line 3: record 2: expected an object, found a list"
    );
    let (rows, r) = read("j.jsonl", jsonl.as_bytes(), &lenient()).unwrap();
    assert_eq!(
        rows,
        [("1".into(), 1, "a".into()), ("4".into(), 4, "d".into())]
    );
    assert_eq!(r.skipped, 2);
    assert_eq!(
        r.first_skipped[1].problem,
        "field question is an object, expected text"
    );
    let array = "[\n{\"id\":1,\"question\":\"a }{ [\\\"\",\"transcript\":\"x\"},\n{\"id\":2,\"question\":\"b\",\"transcript\":\"y\"}\n]\n";
    let (rows, _) = read("a.json", array.as_bytes(), &ReadOptions::default()).unwrap();
    assert_eq!(
        rows,
        [
            ("1".into(), 1, "a }{ [\"".into()),
            ("2".into(), 2, "b".into())
        ]
    );
    for chunk_bytes in [1, 10] {
        let opts = ReadOptions {
            chunk_bytes,
            ..ReadOptions::default()
        };
        let (again, _) = read("a.json", array.as_bytes(), &opts).unwrap();
        assert_eq!(again, rows);
    }
    assert!(
        err("t.jsonl", b"{\"id\":1,\"transcript\":\"x\"}\n{\"id\":2,")
            .contains("line 2: record 2: invalid JSON")
    );
}

#[test]
fn format_by_sniffing_when_the_name_says_nothing() {
    let (rows, r) = read(
        "-",
        b"{\"id\":1,\"question\":\"a\"}\n",
        &ReadOptions::default(),
    )
    .unwrap();
    assert_eq!(rows.len(), 1);
    assert_eq!(r.mapping.format, InputFormat::Jsonl);
}

mod never_panics {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(200))]
        #[test]
        fn on_arbitrary_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..400), json in any::<bool>()) {
            let name = if json { "x.jsonl" } else { "x.csv" };
            let mut text = if json { Vec::new() } else { GEN_HEADER.as_bytes().to_vec() };
            text.extend_from_slice(&bytes);
            let opts = ReadOptions { chunk_bytes: 16, ..lenient() };
            let _ = read(name, &text, &opts);
            let _ = read(name, &text, &ReadOptions::default());
        }
    }
}

#[test]
fn unwanted_rows_are_counted_not_read() {
    let opts = ReadOptions {
        wanted: Some(crate::triage::is_follow_up),
        ..ReadOptions::default()
    };
    let csv = format!(
        "{GEN_HEADER}1,not a date,Answered,x,,q1,t\n2,2024-11-01 10:00,follow-up by patron library,x,,q2,t\n"
    );
    let (rows, r) = read("w.csv", csv.as_bytes(), &opts).unwrap();
    assert_eq!(rows, [("2".into(), 2, "q2".into())]);
    assert_eq!(r.records, 2);
    let jsonl = "{\"id\":1,\"resolution\":\"Answered\",\"started_at\":\"not a date\",\"question\":\"q1\"}\n\
                 {\"id\":2,\"resolution\":\"Follow Up By Patron Library\",\"started_at\":\"not a date\",\"question\":\"q2\"}\n";
    let e = read("w.jsonl", jsonl.as_bytes(), &opts)
        .unwrap_err()
        .to_string();
    assert!(
        e.starts_with("w.jsonl: line 2: record 2: started_at"),
        "{e}"
    );
}

#[test]
fn the_follow_up_code_among_a_chats_tags() {
    let opts = ReadOptions {
        wanted: Some(crate::triage::is_follow_up),
        ..ReadOptions::default()
    };
    // LibChat exports the code as one of a chat's tags.
    let csv = "Chat ID,Tags,Initial Question,Transcript\n\
               1,\"databases, Follow Up By Patron Library\",q1,t\n\
               2,databases,q2,t\n\
               3,Follow Up By Patron Library,q3,t\n";
    let (rows, r) = read("l.csv", csv.as_bytes(), &opts).unwrap();
    let ids: Vec<&str> = rows.iter().map(|r| r.0.as_str()).collect();
    assert_eq!((ids, r.records), (vec!["1", "3"], 3));
    // In JSON, a list of tags: text, numbers, or objects by their name (else their id).
    let jsonl = concat!(
        r#"{"id": 1, "tags": ["ebooks", "Follow Up By Patron Library"], "question": "q1"}"#,
        "\n",
        r#"{"id": 2, "tags": [{"id": 7, "name": "Follow Up By Patron Library"}], "question": "q2"}"#,
        "\n",
        r#"{"id": 3, "tags": [{"id": 7}, 12345678901234567890123], "question": "q3"}"#,
        "\n",
        r#"{"id": 4, "tags": [], "question": "q4"}"#,
        "\n",
    );
    let (rows, r) = read("t.jsonl", jsonl.as_bytes(), &opts).unwrap();
    let ids: Vec<&str> = rows.iter().map(|r| r.0.as_str()).collect();
    assert_eq!((ids, r.records), (vec!["1", "2"], 4));
    let (all, _) = read_all("t.jsonl", jsonl.as_bytes(), &ReadOptions::default()).unwrap();
    assert_eq!(all[2].resolution, "7, 12345678901234567890123");
    // A resolution that cannot be read is an error even in a row no one asked for.
    let e = read(
        "b.jsonl",
        br#"{"id": 1, "tags": [["x"]], "question": "q"}"#,
        &opts,
    )
    .unwrap_err()
    .to_string();
    assert_eq!(
        e,
        "b.jsonl: line 1: record 1: field resolution: tag 1 of the list is a list, expected text, a number or an object with a \"name\""
    );
    // A status of its own comes first.
    let both = r#"{"id": 1, "status": "Answered", "tags": ["Follow Up By Patron Library"], "question": "q"}"#;
    let (rows, _) = read("s.jsonl", both.as_bytes(), &opts).unwrap();
    assert!(rows.is_empty());
}

#[test]
fn every_field_has_known_headers_and_the_file_is_well_formed() {
    for f in Field::ALL {
        assert!(!f.aliases().is_empty(), "{}", f.name());
        assert_eq!(f.aliases()[0], f.name(), "the canonical name comes first");
    }
    let lines = HEADERS_CSV
        .lines()
        .skip(1)
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'));
    let total: usize = Field::ALL.iter().map(|f| f.aliases().len()).sum();
    assert_eq!(lines.count(), total);
}

/// (id, record, question, transcript, e-mail) of every chat, and the report.
fn read_all(name: &str, text: &[u8], opts: &ReadOptions) -> Result<(Vec<Chat>, ReadReport)> {
    let mut out = Vec::new();
    let report = for_each_chat_in(name, name, text, opts, 2, Chat::clone, |c| {
        out.push(c);
        Ok(())
    })?;
    Ok((out, report))
}

fn small_chunks(lenient: bool) -> ReadOptions {
    ReadOptions {
        lenient,
        chunk_bytes: 4096,
        chunk_rows: 64,
        ..ReadOptions::default()
    }
}

#[test]
fn an_inch_mark_in_an_unquoted_field_is_text() {
    // A 30,000-row TSV with one bare quote: every row is read, nothing is skipped.
    let mut tsv = String::from("id\tstarted_at\tresolution\tquestion\ttranscript\n");
    for i in 1..=30_000 {
        let q = if i == 7 { "my 5\" tablet" } else { "q" };
        tsv += &format!("{i}\t2024-11-01 10:00\tFollow Up By Patron Library\t{q}\tt {i}\n");
    }
    for lenient in [false, true] {
        let (chats, r) = read_all("x.tsv", tsv.as_bytes(), &small_chunks(lenient)).unwrap();
        assert_eq!((chats.len(), r.records, r.skipped), (30_000, 30_000, 0));
        assert_eq!(chats[6].question, "my 5\" tablet");
        assert!(chats
            .iter()
            .enumerate()
            .all(|(i, c)| c.record == i as u64 + 1
                && c.id == (i + 1).to_string()
                && c.transcript == format!("t {}", i + 1)));
    }
}

#[test]
fn multi_line_transcripts_over_a_mebibyte_are_never_cut() {
    let mut csv = String::from(GEN_HEADER);
    let mut n = 0;
    while csv.len() < 3 << 20 {
        n += 1;
        let q = if n % 500 == 3 { "a 5\" screen" } else { "q" };
        csv += &format!(
            "{n},2024-10-21T00:00:28-04:00,Follow Up By Patron Library,BCPL,,{q},\"10:00 - Guest: hi\r\n10:01 - Guest: \"\"quote\"\", me{n}@example.org\r\n10:02 - Librarian: ok\"\n"
        );
    }
    let (chats, r) = read_all("big.csv", csv.as_bytes(), &ReadOptions::default()).unwrap();
    assert_eq!((chats.len() as u64, r.records), (n, n));
    for (i, c) in chats.iter().enumerate() {
        assert!(c.transcript.ends_with("10:02 - Librarian: ok"), "{}", c.id);
        assert!(c.transcript.contains(&format!("me{}@example.org", i + 1)));
    }
}

#[test]
fn error_record_numbers_and_lines_are_exact() {
    // 3,000 records of three lines each; record 2,999 is short.
    let mut csv = String::from(GEN_HEADER);
    for i in 1..=3000u32 {
        if i == 2999 {
            csv += "2999,x\n";
        } else {
            csv += &gen_row(i).replace("line 1\r\n", "line 1\r\nline 1b\r\n");
        }
    }
    let e = read("n.csv", csv.as_bytes(), &small_chunks(false))
        .unwrap_err()
        .to_string();
    // Record k starts on line 2 + 3 (k - 1).
    assert_eq!(
        e,
        format!(
            "n.csv: line {}: record 2999: 2 fields where the header has 7",
            2 + 3 * 2998
        )
    );
    let (rows, r) = read("n.csv", csv.as_bytes(), &small_chunks(true)).unwrap();
    assert_eq!((rows.len(), r.records, r.skipped), (2999, 3000, 1));
    assert_eq!(r.first_skipped[0].line, 2 + 3 * 2998);
}

#[test]
fn an_oversize_json_record_under_lenient_loses_nothing_else() {
    let big = "x".repeat(5 << 20);
    let mut json = String::from("[\n");
    for i in 1..=100 {
        let t = if i == 2 { big.as_str() } else { "t" };
        if i > 1 {
            json += ",\n";
        }
        json += &format!("{{\"id\": {i}, \"question\": \"q{i}\", \"transcript\": \"{t}\"}}");
    }
    json += "\n]\n";
    for one_line in [false, true] {
        let text = if one_line {
            json.replace('\n', "")
        } else {
            json.clone()
        };
        let (rows, r) = read("a.json", text.as_bytes(), &lenient()).unwrap();
        assert_eq!(
            (rows.len(), r.records, r.skipped),
            (99, 100, 1),
            "one line: {one_line}"
        );
        assert_eq!(r.first_skipped[0].record, 2);
        assert_eq!(r.first_skipped[0].line, if one_line { 1 } else { 3 });
        assert_eq!(rows[1], ("3".into(), 3, "q3".into()));
        let jsonl = text
            .trim_start_matches('[')
            .trim_end_matches(['\n', ']'])
            .replace("},", "}\n");
        let (rows, r) = read("a.jsonl", jsonl.as_bytes(), &lenient()).unwrap();
        assert_eq!((rows.len(), r.records, r.skipped), (99, 100, 1));
    }
}

#[test]
fn the_record_limit_is_exact() {
    let opts = |lenient| ReadOptions {
        lenient,
        max_record_bytes: 100,
        ..ReadOptions::default()
    };
    let header = "id,question\n";
    for (len, ok) in [(100usize, true), (101, false)] {
        let row = format!("1,{}", "q".repeat(len - 2));
        assert_eq!(row.len(), len);
        let text = format!("{header}{row}\r\n2,q\r\n");
        let result = read("l.csv", text.as_bytes(), &opts(false));
        assert_eq!(result.is_ok(), ok, "{len}: {result:?}");
        let (rows, r) = read("l.csv", text.as_bytes(), &opts(true)).unwrap();
        assert_eq!(
            (rows.len(), r.skipped),
            (if ok { 2 } else { 1 }, u64::from(!ok))
        );
        // The same record at the end of the input, without a line end.
        let text = format!("{header}2,q\n{row}");
        assert_eq!(read("l.csv", text.as_bytes(), &opts(false)).is_ok(), ok);
    }
    assert_eq!(MAX_RECORD_BYTES, 4_194_304);
}

#[test]
fn a_first_record_over_the_limit_is_named_as_a_record_or_a_header() {
    let opts = ReadOptions {
        max_record_bytes: 100,
        ..ReadOptions::default()
    };
    let long = "q".repeat(200);
    for (name, text, what) in [
        ("l.csv", format!("id,{long}\n1,q\n"), "the header"),
        (
            "l.jsonl",
            format!("{{\"id\":\"{long}\"}}\n"),
            "the first record",
        ),
        (
            "l.json",
            format!("[{{\"id\":\"{long}\"}}]"),
            "the first record",
        ),
    ] {
        let e = read(name, text.as_bytes(), &opts).unwrap_err().to_string();
        assert!(
            e.contains(&format!(
                "line 1: {what} is longer than the limit of 100 bytes"
            )),
            "{name}: {e}"
        );
    }
}

#[test]
fn carriage_returns_alone_end_records() {
    let text = GEN_HEADER.replace('\n', "\r")
        + "1,2024-11-01 10:00,Follow Up By Patron Library,B,,q1,\"10:00 - Jane: a\r10:01 - Jane: b\"\r"
        + "2,2024-11-01 10:00,Follow Up By Patron Library,B,,q2,t\r";
    let (chats, r) = read_all("cr.csv", text.as_bytes(), &ReadOptions::default()).unwrap();
    assert_eq!(r.records, 2);
    assert_eq!(chats[0].transcript, "10:00 - Jane: a\r10:01 - Jane: b");
    let bad = text.replace("2,2024", "2,2O24");
    let e = read("cr.csv", bad.as_bytes(), &ReadOptions::default())
        .unwrap_err()
        .to_string();
    assert!(e.starts_with("cr.csv: line 4: record 2: started_at"), "{e}");
}

#[test]
fn utf16_with_a_byte_order_mark_is_decoded() {
    let text = "id,question,transcript\r\n1,Renée,\"a\r\nb\"\r\n2,😀,x\r\n";
    for le in [true, false] {
        let mut bytes: Vec<u8> = if le {
            vec![0xFF, 0xFE]
        } else {
            vec![0xFE, 0xFF]
        };
        for u in text.encode_utf16() {
            bytes.extend(if le { u.to_le_bytes() } else { u.to_be_bytes() });
        }
        let (rows, r) = read("u.csv", &bytes, &ReadOptions::default()).unwrap();
        assert_eq!(
            rows,
            [
                ("1".into(), 1, "Renée".into()),
                ("2".into(), 2, "😀".into())
            ]
        );
        assert_eq!(r.mapping.headers, ["id", "question", "transcript"]);
    }
    let e = err("u.csv", b"i\0d\0,\0q\0\n\0");
    assert!(e.contains("UTF-16 without a byte-order mark"), "{e}");
}

#[test]
fn start_times_date_only_date_and_time_offsets() {
    let one = |header: &str, row: &str| {
        let text = format!("{header}\n{row}\n");
        read_all("t.csv", text.as_bytes(), &ReadOptions::default())
            .map(|(c, r)| (c[0].started_at.map(|t| t.to_rfc3339()), r.mapping))
            .map_err(|e| e.to_string())
    };
    assert_eq!(
        one("id,date,question", "1,11/19/26,q").unwrap_err(),
        "t.csv: line 2: record 1: started_at: \"11/19/26\" is a date without a time; name the export's time column with --columns start_time=HEADER"
    );
    let (t, m) = one("id,Date,Time,question", "1,11/19/26,2:05 PM,q").unwrap();
    assert_eq!(t.as_deref(), Some("2026-11-19T19:05:00+00:00"));
    assert_eq!(m.header(Field::StartedAt), Some("Date"));
    assert_eq!(m.header(Field::StartTime), Some("Time"));
    assert_eq!(
        one("id,Date,Time,question", "1,11/19/26,,q").unwrap_err(),
        "t.csv: line 2: record 1: started_at: \"11/19/26\" is a date without a time, and the Time column is empty"
    );
    // A lone Time column holds the whole start time.
    let (t, m) = one("id,Time,question", "1,2026-11-19T14:22Z,q").unwrap();
    assert_eq!(t.as_deref(), Some("2026-11-19T14:22:00+00:00"));
    assert_eq!(m.header(Field::StartTime), None);
    let (t, _) = one("id,started_at,question", "1,3/4/69 10:00,q").unwrap();
    assert_eq!(t.as_deref(), Some("2069-03-04T15:00:00+00:00"));
}

#[test]
fn json_values_as_written_and_the_last_of_a_duplicate_key() {
    let jsonl = "{\"id\": 12345678901234567890123, \"question\": 1e3, \"transcript\": \"t\"}\n\
                 {\"id\": \"A\", \"id\": \"B\", \"question\": -0.50, \"transcript\": [1], \"transcript\": \"t\"}\n";
    let (rows, _) = read("v.jsonl", jsonl.as_bytes(), &ReadOptions::default()).unwrap();
    assert_eq!(
        rows,
        [
            ("12345678901234567890123".into(), 1, "1e3".into()),
            ("B".into(), 2, "-0.50".into())
        ]
    );
    let e = err(
        "v.jsonl",
        b"{\"id\": 1, \"question\": \"q\"}\n{\"id\": 2, \"question\": \"q\", \"question\": [1]}\n",
    );
    assert_eq!(
        e,
        "v.jsonl: line 2: record 2: field question is a list, expected text"
    );
}

#[test]
fn json_structure_faults_stop_the_read_in_both_modes() {
    let text = b"[{\"id\": 1, \"question\": \"a\"}\n {\"id\": 2, \"question\": \"b\"}]";
    for opts in [ReadOptions::default(), lenient()] {
        let e = read("s.json", text, &opts).unwrap_err().to_string();
        assert_eq!(e, "s.json: line 2: expected , or ] after a record");
    }
    let e = err(
        "s.json",
        b"[{\"id\": 1, \"question\": \"a\"},\n{\"id\": 2, \"question\": \"b\"}",
    );
    assert_eq!(e, "s.json: line 2: the JSON array is never closed with ]");
    // Objects one after another, without an array, are read too.
    let (rows, _) = read(
        "s.json",
        b"{\"id\": 1,\n \"question\": \"a\"}\n{\"id\": 2, \"question\": \"b\"}",
        &ReadOptions::default(),
    )
    .unwrap();
    assert_eq!(rows.len(), 2);
}

#[test]
fn a_transcript_given_as_a_list_of_messages_is_read_line_by_line() {
    // Ticket exports give the messages as a list: of lines, or of objects with a speaker and a text.
    let jsonl = concat!(
        r#"{"id": "T1", "status": "Follow Up By Patron Library", "messages": ["Patron: hi", "Librarian (Ann, BCPL): hello"]}"#,
        "\n",
        r#"{"id": 7, "status": "Follow Up By Patron Library", "messages": [{"from": "Guest", "text": "my card"}, {"sender": "Ann", "time": "14:03:22", "body": "renewed"}, {"text": "bye"}]}"#,
        "\n",
    );
    let json = format!("[{}]", jsonl.trim_end().replace('\n', ","));
    for (name, text) in [("m.jsonl", jsonl.to_string()), ("m.json", json)] {
        let (chats, report) = read_all(name, text.as_bytes(), &ReadOptions::default()).unwrap();
        assert_eq!(report.skipped, 0, "{name}");
        let transcripts: Vec<&str> = chats.iter().map(|c| c.transcript.as_str()).collect();
        assert_eq!(
            transcripts,
            [
                "Patron: hi\nLibrarian (Ann, BCPL): hello",
                "Guest: my card\n14:03:22 - Ann: renewed\nbye"
            ],
            "{name}"
        );
    }
    // A message that says who sent it (a role, a direction, a flag) is labelled so, and a
    // "sent" time is its time: a librarian known by first name only is still the librarian.
    let roles = concat!(
        r#"{"id": 1, "status": "Follow Up By Patron Library", "messages": ["#,
        r#"{"from": "chidi", "sender_type": "patron", "sent": "2026-04-13T22:46:07Z", "text": "proxy error"}, "#,
        r#"{"from": "Sue", "sender_type": "Operator", "sent": "2026-04-13T22:46:57Z", "text": "mail me: reflib@example.org"}, "#,
        r#"{"from": "Sue", "direction": "outbound", "text": "ok"}, "#,
        r#"{"from": "Kim", "is_staff": true, "text": "hi"}, "#,
        r#"{"sender_type": "system", "text": "Chat closed"}, "#,
        r#"{"from": "Dana", "type": "message", "text": "unknown role"}]}"#,
        "\n"
    );
    let (chats, _) = read_all("r.jsonl", roles.as_bytes(), &ReadOptions::default()).unwrap();
    assert_eq!(
        chats[0].transcript,
        "2026-04-13T22:46:07Z - Patron: proxy error\n\
         2026-04-13T22:46:57Z - Librarian Sue: mail me: reflib@example.org\n\
         Librarian Sue: ok\nLibrarian Kim: hi\nSystem: Chat closed\nDana: unknown role"
    );
    // LibraryH3lp's messages: the time under `ts`, maybe seconds or milliseconds since 1970 (a
    // number or digits), and an author's JID without a role: the sub-domain says who.
    let h3lp = concat!(
        r#"{"id": 2, "guest": "4105550132@sms.libraryh3lp.com", "operator": "will@chat.libraryh3lp.com", "messages": ["#,
        r#"{"ts": 1775484862, "author": "4105550132@sms.libraryh3lp.com", "body": "renew pls"}, "#,
        r#"{"ts": 1775484922145, "author": "will@chat.libraryh3lp.com", "body": "mail me: will@example.org"}, "#,
        r#"{"ts": "1775484982", "author": "a1b2@web.ca.libraryh3lp.com", "body": "ok"}, "#,
        r#"{"author": "System", "body": "chat ended"}, "#,
        r#"{"ts": "2026-04-06T14:17:22Z", "author": "Sue", "body": "a name"}]}"#,
        "\n"
    );
    let (chats, _) = read_all("h.jsonl", h3lp.as_bytes(), &ReadOptions::default()).unwrap();
    assert_eq!(
        chats[0].transcript,
        "2026-04-06T14:14:22Z - Patron: renew pls\n\
         2026-04-06T14:15:22.145Z - Librarian will@chat.libraryh3lp.com: mail me: will@example.org\n\
         2026-04-06T14:16:22Z - Patron: ok\nSystem: chat ended\n\
         2026-04-06T14:17:22Z - Sue: a name"
    );
    // A message as a list: [time, speaker, text] or [speaker, text], read as the object with
    // those parts; the time and the speaker may be null, the time seconds since 1970.
    let triples = concat!(
        r#"{"id": 3, "status": "Follow Up By Patron Library", "messages": ["#,
        r#"["14:05:12", "Patron", "my card expired"], "#,
        r#"["14:05:40", "Librarian Sue", "mail me at sue@example.org"], "#,
        r#"[null, "Patron", "ok"], ["Sue", "bye"], [1775484862, null, "Chat closed"], "#,
        r#"["14:06:00", "4105550132@sms.libraryh3lp.com", "thx"]]}"#,
        "\n"
    );
    let (chats, _) = read_all("t.jsonl", triples.as_bytes(), &ReadOptions::default()).unwrap();
    assert_eq!(
        chats[0].transcript,
        "14:05:12 - Patron: my card expired\n\
         14:05:40 - Librarian Sue: mail me at sue@example.org\n\
         Patron: ok\nSue: bye\n2026-04-06T14:14:22Z - Chat closed\n14:06:00 - Patron: thx"
    );
    // Anything else in the list is refused, naming the message, the key and what was expected.
    let cases = [
        (
            r#"["a", 2]"#,
            r#"message 2 of the list is a number, expected text, an object with a "text" or [time, speaker, text]"#,
        ),
        (
            r#"[["14:05:12", "Patron", "hi", "x"]]"#,
            r#"message 1 of the list is a list of 4, expected [time, speaker, text] or [speaker, text]"#,
        ),
        (
            r#"[["14:05:12"]]"#,
            r#"message 1 of the list is a list of 1, expected [time, speaker, text] or [speaker, text]"#,
        ),
        (
            r#"[["14:05:12", "Patron", null]]"#,
            r#"message 1 of the list: its text (item 3 of [time, speaker, text]) is null, expected text"#,
        ),
        (
            r#"[["Patron", ["hi"]]]"#,
            r#"message 1 of the list: its text (item 2 of [speaker, text]) is a list, expected text"#,
        ),
        (
            r#"[["14:05:12", {"name": "Sue"}, "hi"]]"#,
            r#"message 1 of the list: its speaker (item 2 of [time, speaker, text]) is an object, expected text"#,
        ),
        (
            r#"[[true, "Sue", "hi"]]"#,
            r#"message 1 of the list: "time" is a boolean, expected text"#,
        ),
        (
            r#"[{"time": 174110000, "text": "hi"}]"#,
            r#"message 1 of the list: "time" is 174110000, neither seconds (10 digits) nor milliseconds (13 digits) since 1970"#,
        ),
        (
            r#"[{"time": 1741100000.5, "text": "hi"}]"#,
            r#"message 1 of the list: "time" is the number 1741100000.5, expected text or seconds (10 digits) or milliseconds (13 digits) since 1970"#,
        ),
        (
            r#"[{"time": true, "text": "hi"}]"#,
            r#"message 1 of the list: "time" is a boolean, expected text"#,
        ),
        (
            r#"["a", {"from": "Guest", "text": null}]"#,
            r#"message 2 of the list: "text" is null, expected text"#,
        ),
        (
            r#"[{"from": "Guest"}]"#,
            r#"message 1 of the list has no text (a "text", "body", "message" or "content" key)"#,
        ),
        (
            r#"[{"text": "a", "body": "b"}]"#,
            r#"message 1 of the list has both "text" and "body""#,
        ),
        (
            r#"[{"sender": ["Ann"], "text": "a"}]"#,
            r#"message 1 of the list: "sender" is a list, expected text"#,
        ),
    ];
    for (list, why) in cases {
        let jsonl = format!(
            "{{\"id\": 1, \"status\": \"Follow Up By Patron Library\", \"messages\": {list}}}\n"
        );
        let json = format!("[{}]", jsonl.trim_end());
        for (name, text) in [("m.jsonl", jsonl), ("m.json", json)] {
            assert_eq!(
                err(name, text.as_bytes()),
                format!("{name}: line 1: record 1: field transcript: {why}")
            );
        }
    }
}

#[test]
fn a_resolution_given_twice_in_json_counts_by_its_last_value() {
    let opts = ReadOptions {
        wanted: Some(crate::triage::is_follow_up),
        ..ReadOptions::default()
    };
    let jsonl = "{\"resolution\": \"Answered\", \"id\": 1, \"question\": \"q1\", \"resolution\": \"Follow Up By Patron Library\"}\n\
                 {\"resolution\": \"Follow Up By Patron Library\", \"id\": 2, \"question\": \"q2\", \"resolution\": \"Answered\"}\n\
                 {\"resolution\": \"Answered\", \"id\": 3, \"question\": [\"not\", \"checked\"]}\n";
    let (rows, r) = read("d.jsonl", jsonl.as_bytes(), &opts).unwrap();
    assert_eq!(rows, [("1".into(), 1, "q1".into())]);
    assert_eq!(r.records, 3);
}

#[test]
fn a_defect_met_in_a_record_stops_the_run_with_an_error() {
    let mut csv = String::from(GEN_HEADER);
    for n in 0..200 {
        csv += &format!("{n},2024-10-21T00:00:28-04:00,Follow Up By Patron Library,BCPL,,q,t\n");
    }
    let opts = ReadOptions {
        chunk_rows: 4,
        ..ReadOptions::default()
    };
    for threads in [1, 2, 4] {
        let work = |c: &Chat| assert!(c.id != "57", "a defect");
        let r = for_each_chat_in(
            "x.csv",
            "x.csv",
            csv.as_bytes(),
            &opts,
            threads,
            work,
            |_| Ok(()),
        );
        let e = format!("{:#}", r.unwrap_err());
        assert!(
            e.contains("a defect in aun") && e.contains("a defect"),
            "{e}"
        );
    }
}

/// The most workers that were reading a chat at once, over records with transcripts of
/// `transcript_bytes` each.
fn most_at_once(transcript_bytes: usize) -> usize {
    use std::sync::atomic::AtomicUsize;
    let mut csv = String::from(GEN_HEADER);
    for n in 0..6 {
        let t = "10:00 - Guest: a line of a long chat\r\n".repeat(transcript_bytes / 38 + 1);
        csv +=
            &format!("{n},2024-10-21T00:00:28-04:00,Follow Up By Patron Library,BCPL,,q,\"{t}\"\n");
    }
    let (now, most) = (AtomicUsize::new(0), AtomicUsize::new(0));
    let work = |_: &Chat| {
        most.fetch_max(now.fetch_add(1, Ordering::SeqCst) + 1, Ordering::SeqCst);
        std::thread::sleep(std::time::Duration::from_millis(40));
        now.fetch_sub(1, Ordering::SeqCst);
    };
    let opts = ReadOptions {
        chunk_rows: 1,
        ..ReadOptions::default()
    };
    for_each_chat_in("x.csv", "x.csv", csv.as_bytes(), &opts, 2, work, |_| Ok(())).unwrap();
    most.into_inner()
}

#[test]
fn records_of_megabytes_are_read_one_at_a_time() {
    // A worker holds about three copies of the record it reads: two such records at once
    // would pass the memory bound. Records of a few kilobytes are read side by side.
    assert_eq!(most_at_once(3 << 20), 1);
    assert_eq!(most_at_once(3 << 10), 2);
}

#[test]
fn a_header_of_too_many_columns_is_bad_input() {
    // Hundreds of thousands of column names would take the memory of many chats.
    let mut csv = String::from("id,started_at,question,transcript");
    for i in 0..split::MAX_COLUMNS {
        csv += &format!(",k{i}");
    }
    csv += "\n";
    assert!(
        err("wide.csv", csv.as_bytes()).contains(&format!(
            "wide.csv: line 1: the header has {} columns, more than the {} an export may have",
            split::MAX_COLUMNS + 4,
            split::MAX_COLUMNS
        )),
        "{}",
        err("wide.csv", csv.as_bytes())
    );
    let keys: Vec<String> = (0..=split::MAX_COLUMNS)
        .map(|i| format!("\"k{i}\":1"))
        .collect();
    let json = format!(
        "{{\"id\":\"1\",\"started_at\":\"2024-11-01T10:00\",\"question\":\"q\",\"transcript\":\"t\",{}}}\n",
        keys.join(",")
    );
    assert_eq!(
        err("wide.jsonl", json.as_bytes()),
        format!(
            "wide.jsonl: line 1: record 1: more than {} keys, more than an export may have",
            split::MAX_COLUMNS
        )
    );
}

#[test]
fn the_first_records_keys_are_read_without_its_values() {
    // A value nested deeper than a parser's recursion limit, under a key no field reads, and a
    // key given twice: the first record is read as the others are.
    let deep = format!("{}{}", "[".repeat(10_000), "]".repeat(10_000));
    let json = format!(
        "{{\"id\":\"1\",\"id\":\"2\",\"started_at\":\"2024-11-01T10:00\",\"question\":\"q\",\"transcript\":\"t\",\"x\":{deep}}}\n"
    );
    let (rows, report) = read("deep.jsonl", json.as_bytes(), &ReadOptions::default()).unwrap();
    assert_eq!((rows.len(), report.records), (1, 1));
    assert_eq!(rows[0].0, "2");
}

#[test]
fn records_of_many_fields_are_read_as_others_are() {
    // The reader passes a chunk's fields to the workers unless a record has many more than the
    // header: then the worker finds them itself. Both ways read the same.
    let row = |id: u32, extra: &str| {
        format!("{id},2024-10-21T00:00:28-04:00,Follow Up By Patron Library,BCPL,,q{id},t{extra}\n")
    };
    let mut csv = String::from(GEN_HEADER);
    for i in 0..40 {
        let extra = match i % 10 {
            3 => ",".repeat(30),   // empty fields after the last: a good record
            7 => ",,,x".repeat(9), // text past the header's fields: a bad one
            _ => String::new(),
        };
        csv += &row(i, &extra);
    }
    let good: Vec<String> = (0..40)
        .filter(|i| i % 10 != 7)
        .map(|i| i.to_string())
        .collect();
    for chunk_bytes in [1, 50, 300, 4096] {
        let opts = ReadOptions {
            chunk_bytes,
            ..lenient()
        };
        let (rows, report) = read("x.csv", csv.as_bytes(), &opts).unwrap();
        let ids: Vec<String> = rows.iter().map(|r| r.0.clone()).collect();
        assert_eq!(ids, good, "chunk {chunk_bytes}");
        assert_eq!(rows[3].2, "q3");
        assert_eq!(
            (report.records, report.skipped),
            (40, 4),
            "chunk {chunk_bytes}"
        );
        assert_eq!(report.first_skipped[0].record, 8);
        assert_eq!(report.first_skipped[0].line, 9);
    }
}

/// JSON Lines and the same records as a JSON array.
fn both_json(jsonl: &str) -> [(&'static str, String); 2] {
    let array = format!("[{}]", jsonl.trim_end().replace('\n', ","));
    [("k.jsonl", jsonl.to_string()), ("k.json", array)]
}

#[test]
fn json_keys_are_mapped_in_every_record_not_only_the_first() {
    // Exports that leave out null keys: the first record lacks what later ones have.
    let jsonl = concat!(
        r#"{"id": "1", "transcript": "Patron: hi"}"#,
        "\n",
        r#"{"id": "2", "started_at": "2025-03-04T10:00Z", "resolution": "Follow Up By Patron Library", "transcript": "t", "patron_email": "late@example.com", "Guest Name": "Ann"}"#,
        "\n",
        r#"{"ID": "3", "question": "q", "Email": "e@x.org", "library": "BCPL", "Close Time": "2025-03-05 10:00"}"#,
        "\n",
    );
    for (name, text) in both_json(jsonl) {
        let (chats, report) = read_all(name, text.as_bytes(), &ReadOptions::default()).unwrap();
        let c = &chats[1];
        assert_eq!(c.patron_email, "late@example.com", "{name}");
        assert_eq!(c.resolution, "Follow Up By Patron Library");
        assert_eq!(c.patron_name, "Ann");
        assert_eq!(
            c.started_at.map(|t| t.to_rfc3339()).as_deref(),
            Some("2025-03-04T10:00:00+00:00")
        );
        let c = &chats[2];
        assert_eq!(
            (c.id.as_str(), c.question.as_str(), c.patron_email.as_str()),
            ("3", "q", "e@x.org")
        );
        assert_eq!(
            (c.origin.as_str(), c.answered.as_str()),
            ("BCPL", "2025-03-05 10:00")
        );
        // What the records had, not what the first had.
        assert!(report.has(Field::Resolution) && report.has(Field::AnsweredAt));
        assert!(report.has(Field::PatronName) && report.has(Field::Origin));
        assert_eq!(report.no_resolution_note(false), None);
        assert_eq!(report.mapping.header(Field::PatronEmail), None);
        // Only the follow-up is taken, though the first record has no resolution key.
        let opts = ReadOptions {
            wanted: Some(crate::triage::is_follow_up),
            ..ReadOptions::default()
        };
        let (rows, _) = read(name, text.as_bytes(), &opts).unwrap();
        assert_eq!(rows, [("2".into(), 2, String::new())]);
    }
    // No record with a resolution key: the note says so, naming the first record's keys.
    let (_, report) = read_all(
        "n.jsonl",
        b"{\"id\": 1, \"question\": \"q\"}\n",
        &ReadOptions::default(),
    )
    .unwrap();
    assert_eq!(
        report.no_resolution_note(false).unwrap(),
        "n.jsonl: no record has a resolution key (the first has: id, question), so no row is marked Follow Up By Patron Library; --all takes every row"
    );
}

#[test]
fn in_json_the_first_alias_wins_and_two_names_of_one_rank_are_refused() {
    // Each record is read as a header row is: for each field the name first among its aliases,
    // wherever it is in the record ("id" before "Chat ID", "resolution" before "status").
    let jsonl = concat!(
        r#"{"Chat ID": "a", "id": "b", "question": "q1", "status": "Answered", "resolution": "Open"}"#,
        "\n",
        r#"{"resolution": "Open", "id": "c", "Chat ID": "d", "question": "q2", "status": "Answered"}"#,
        "\n",
        r#"{"Chat ID": "e", "chat_id": "f", "id": "g", "question": "q3"}"#,
        "\n",
        r#"{"id": "h", "question": "q4", "ID": "i"}"#,
        "\n",
        r#"{"id": "j", "question": "q5"}"#,
        "\n",
    );
    for (name, text) in both_json(jsonl) {
        let line = if name.ends_with(".jsonl") { 4 } else { 1 };
        // Two spellings of one name: refused as a header naming a column twice is.
        assert_eq!(
            err(name, text.as_bytes()),
            format!("{name}: line {line}: record 4: the record has the keys \"id\" and \"ID\"; id cannot be read from both: rename one")
        );
        let (chats, report) = read_all(name, text.as_bytes(), &lenient()).unwrap();
        let got: Vec<(&str, &str)> = chats
            .iter()
            .map(|c| (c.id.as_str(), c.resolution.as_str()))
            .collect();
        // "Chat ID" and "chat_id" tie, but "id", first among the aliases, settles it.
        assert_eq!(
            got,
            [("b", "Open"), ("c", "Open"), ("g", ""), ("j", "")],
            "{name}"
        );
        assert_eq!((report.records, report.skipped), (5, 1));
        assert_eq!(report.first_skipped[0].record, 4);
    }
}

#[test]
fn a_json_date_and_time_of_day_are_read_together_record_by_record() {
    let one = |record: &str| {
        read_all(
            "t.jsonl",
            format!("{record}\n").as_bytes(),
            &ReadOptions::default(),
        )
        .map(|(c, _)| c[0].started_at.map(|t| t.to_rfc3339()))
        .map_err(|e| e.to_string())
    };
    assert_eq!(
        one(r#"{"id": 1, "Date": "11/19/26", "Time": "2:05 PM", "question": "q"}"#).unwrap(),
        Some("2026-11-19T19:05:00+00:00".into())
    );
    // A lone time key holds the whole start time.
    assert_eq!(
        one(r#"{"id": 1, "time": "2026-11-19T14:22Z", "question": "q"}"#).unwrap(),
        Some("2026-11-19T14:22:00+00:00".into())
    );
    assert_eq!(
        one(r#"{"id": 1, "Date": "11/19/26", "Time": "", "question": "q"}"#).unwrap_err(),
        "t.jsonl: line 1: record 1: started_at: \"11/19/26\" is a date without a time, and the Time column is empty"
    );
    assert_eq!(
        one(r#"{"id": 1, "Date": "11/19/26", "question": "q"}"#).unwrap_err(),
        "t.jsonl: line 1: record 1: started_at: \"11/19/26\" is a date without a time; name the export's time column with --columns start_time=HEADER"
    );
}

#[test]
fn a_json_export_needs_a_transcript_or_question_in_some_record() {
    let jsonl =
        "{\"id\": 1, \"started_at\": \"2025-03-04T10:00Z\"}\n{\"id\": 2, \"transcript\": \"t\"}\n";
    let (rows, _) = read("q.jsonl", jsonl.as_bytes(), &ReadOptions::default()).unwrap();
    assert_eq!(rows.len(), 2);
    assert_eq!(
        err("q.jsonl", b"{\"id\": 1, \"started_at\": \"2025-03-04T10:00Z\"}\n{\"id\": 2}\n"),
        "q.jsonl: no record has a transcript or question key (the first has: id, started_at); name one with --columns transcript=KEY"
    );
}

#[test]
fn a_header_named_by_columns_feeds_only_the_fields_it_is_named_for() {
    // "Transcript" read as the question: the transcript is the next of its aliases the export has.
    let opts = ReadOptions {
        columns: parse_columns("question=Transcript").unwrap(),
        ..ReadOptions::default()
    };
    let csv = "id,Transcript,Text\n1,the question,the chat\n";
    let (chats, report) = read_all("c.csv", csv.as_bytes(), &opts).unwrap();
    assert_eq!(
        (chats[0].question.as_str(), chats[0].transcript.as_str()),
        ("the question", "the chat")
    );
    assert_eq!(report.mapping.header(Field::Transcript), Some("Text"));
    let jsonl = "{\"id\": 1, \"Text\": \"the chat\", \"transcript\": \"the question\"}\n";
    let (chats, _) = read_all("c.jsonl", jsonl.as_bytes(), &opts).unwrap();
    assert_eq!(
        (chats[0].question.as_str(), chats[0].transcript.as_str()),
        ("the question", "the chat")
    );
}

#[test]
fn a_record_left_open_over_lines_to_the_end_stops_even_a_lenient_read() {
    // A quote never closed takes in every line after it: not one bad record but an unknown
    // number, so --lenient does not skip it as one; it says how much of the input it took.
    let mut csv = format!("{GEN_HEADER}{}", gen_row(1));
    csv += "2,2024-10-21T00:00:28-04:00,r,o,,q,\"oops\n";
    for i in 3..=2000 {
        csv += &format!("{i},2024-10-21T00:00:28-04:00,r,o,,q,t\n");
    }
    let rest =
        "a quoted field opened in this record is never closed: the rest of the input, 1999 lines (";
    for opts in [ReadOptions::default(), lenient()] {
        let e = read("s.csv", csv.as_bytes(), &opts)
            .unwrap_err()
            .to_string();
        assert!(
            e.starts_with(&format!("s.csv: line 4: record 2: {rest}")),
            "{e}"
        );
        assert!(e.ends_with("bytes) from here, is inside it and may hold many records (--lenient skips one bad record, not the rest of the input)"), "{e}");
    }
    // Also when it is over the record limit, read past without being held.
    let small = ReadOptions {
        max_record_bytes: 1000,
        ..lenient()
    };
    let e = read("s.csv", csv.as_bytes(), &small)
        .unwrap_err()
        .to_string();
    assert!(
        e.starts_with(&format!("s.csv: line 4: record 2: {rest}")),
        "{e}"
    );
    // A JSON array: a string never closed takes in the records after it and the closing bracket.
    let json = "[\n{\"id\": 1, \"question\": \"a\"},\n{\"id\": 2, \"question\": \"b},\n{\"id\": 3, \"question\": \"c\"}\n]\n";
    let e = read("s.json", json.as_bytes(), &lenient())
        .unwrap_err()
        .to_string();
    assert!(e.starts_with("s.json: line 3: record 2: the input ends inside this record (a JSON value left open): the rest of the input, 3 lines (56 bytes) from here"), "{e}");
    // On the last line, the open record is all that is lost: one bad record, skipped.
    for end in ["", "\n", "\r\n"] {
        let last = format!(
            "{GEN_HEADER}{}2,2024-10-21T00:00:28-04:00,r,o,,q,\"oops{end}",
            gen_row(1)
        );
        let (rows, r) = read("l.csv", last.as_bytes(), &lenient()).unwrap();
        assert_eq!((rows.len(), r.skipped), (1, 1), "{end:?}");
        assert_eq!(
            r.first_skipped[0].problem,
            "a quoted field opened in this record is never closed"
        );
    }
}

#[test]
fn records_wrapped_in_an_object_are_its_list() {
    let one = |id: u32| {
        format!(
            r#"{{"session_id": "W{id}", "started": "2026-04-13T10:05:12-04:00", "question": "q{id}", "transcript": "Patron: hi {{ ] \"x\""}}"#
        )
    };
    let records: Vec<String> = (1..=150).map(one).collect();
    let list = format!("[\n  {}\n]", records.join(",\n  "));
    for (wrapped, n) in [
        (format!("{{\"sessions\": {list}}}"), 150),
        (
            format!("{{\"count\": 150, \"meta\": {{\"page\": [1, 2], \"q\": \"]}}\"}}, \"data\": {list}, \"next\": {{\"url\": null}}}}\n"),
            150,
        ),
        (format!(" {{ \"chats\" : {list} , \"total\": 150 }}"), 150),
    ] {
        for opts in [ReadOptions::default(), small_chunks(false)] {
            let (rows, report) = read("w.json", wrapped.as_bytes(), &opts).unwrap();
            assert_eq!(rows.len(), n);
            assert_eq!(report.records, n as u64);
            assert_eq!(rows[0], ("W1".to_string(), 1, "q1".to_string()));
            assert_eq!(rows[149], ("W150".to_string(), 150, "q150".to_string()));
        }
    }
    // A record whose messages are a list of objects is one record, as is one with its
    // transcript before a list (the key names a field, or the record has its own text).
    for record in [
        r#"{"id": "R1", "messages": [{"from": "Guest", "text": "hi"}]}"#,
        r#"{"id": "R1", "transcript": "Patron: hi", "results": [{"a": "b"}]}"#,
        r#"{"id": "R1", "question": "hi", "sessions": []}"#,
        r#"{"id": "R1", "tags": [{"id": 3, "name": "ill"}], "transcript": "Patron: hi"}"#,
        r#"{"tags": [{"id": 3}], "id": "R1", "transcript": "Patron: hi"} {"id": "R2", "transcript": "Patron: hi"}"#,
    ] {
        let (rows, _) = read("r.json", record.as_bytes(), &ReadOptions::default()).unwrap();
        assert_eq!(rows[0].0, "R1", "{record}");
    }
    // A fault in a record names it, by its place in the list and its line.
    let bad = "{\"sessions\": [\n{\"id\": 1, \"transcript\": \"a\"},\n{\"id\": 2, \"transcript\": [1]}\n]}";
    assert_eq!(
        err("b.json", bad.as_bytes()),
        "b.json: line 3: record 2: field transcript: message 1 of the list is a number, expected text, an object with a \"text\" or [time, speaker, text]"
    );
    assert_eq!(
        err(
            "c.json",
            b"{\"sessions\": [{\"id\": 1, \"transcript\": \"a\"}]"
        ),
        "c.json: line 1: the JSON object around the records is never closed with }"
    );
}

#[test]
fn a_patrons_address_in_the_object_that_names_the_patron() {
    let jsonl = concat!(
        r#"{"id": "N1", "patron": {"name": "Guest 4411", "email": "tlee@example.org"}, "transcript": "Patron: hi"}"#,
        "\n",
        r#"{"id": "N2", "patron_email": null, "guest": {"email": "a@example.com", "name": "Jo"}, "transcript": "Patron: hi"}"#,
        "\n",
        r#"{"id": "N3", "patron": {"name": "Jo", "email": "old@example.com"}, "patron_email": "own@example.com", "transcript": "Patron: hi"}"#,
        "\n",
        r#"{"id": "N4", "patron": {"name": "Jo"}, "transcript": "Patron: hi", "n": 1}"#,
        "\n",
        r#"{"id": 5, "guest": {"name": "Kim", "e-mail": "kim@example.com"}, "transcript": "Patron: hi"}"#,
        "\n",
    );
    let json = format!("[{}]", jsonl.trim_end().replace('\n', ","));
    for (name, text) in [("p.jsonl", jsonl.to_string()), ("p.json", json)] {
        let (chats, _) = read_all(name, text.as_bytes(), &ReadOptions::default()).unwrap();
        let got: Vec<(&str, &str)> = chats
            .iter()
            .map(|c| (c.patron_name.as_str(), c.patron_email.as_str()))
            .collect();
        assert_eq!(
            got,
            [
                ("Guest 4411", "tlee@example.org"),
                ("Jo", "a@example.com"),
                ("Jo", "own@example.com"),
                ("Jo", ""),
                ("Kim", "kim@example.com"),
            ],
            "{name}"
        );
    }
}

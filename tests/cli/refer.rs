//! `aun refer` and `aun directory` from the outside.
//!
//! The labelled set lives in tests/fixtures/chats/ (see make_fixtures.py there for the fixture
//! contract): 44 chats in six export styles, with the expected rule and destination per chat in
//! expected.csv.

use crate::workdir::{fixture, Workdir};
use serde_json::Value;
use std::collections::BTreeMap;

const NOW: &str = "2025-03-10T12:00:00-04:00";

/// `aun refer --all --format json FILE`, as id → referral.
fn refer_json(wd: &Workdir, file: &str, extra: &[&str]) -> BTreeMap<String, Value> {
    let mut args = vec!["refer", "--all", "--format", "json", "--now", NOW, file];
    args.extend_from_slice(extra);
    wd.run(&args)
        .rows()
        .iter()
        .map(|r| {
            let id = match &r["id"] {
                Value::String(s) => s.clone(),
                other => other.to_string(),
            };
            (id, r.clone())
        })
        .collect()
}

#[test]
fn labelled_set_every_chat_gets_its_expected_rule_and_destination() {
    let wd = Workdir::new("refer-labelled");
    let expected = std::fs::read_to_string(fixture("chats/expected.csv")).unwrap();
    let mut rdr = csv::Reader::from_reader(expected.as_bytes());
    let mut by_file: BTreeMap<String, Vec<(String, String, String, String)>> = BTreeMap::new();
    for rec in rdr.records() {
        let rec = rec.unwrap();
        by_file.entry(rec[0].to_string()).or_default().push((
            rec[1].to_string(),
            rec[2].to_string(),
            rec[3].to_string(),
            rec[4].to_string(),
        ));
    }
    assert_eq!(by_file.len(), 6, "six export styles");
    let (mut total, mut correct, mut wrong) = (0, 0, Vec::new());
    for (file, chats) in &by_file {
        let got = refer_json(&wd, &fixture(&format!("chats/{file}")), &[]);
        assert_eq!(got.len(), chats.len(), "{file}: every chat is referred");
        for (id, rule, dest, case) in chats {
            total += 1;
            let r = got
                .get(id)
                .unwrap_or_else(|| panic!("{file}: no referral for {id}"));
            let got_rule = r["rule"].as_str().unwrap_or("");
            let got_dest = r["destination_id"].as_str().unwrap_or("");
            if (got_rule, got_dest) == (rule.as_str(), dest.as_str()) {
                correct += 1;
            } else {
                wrong.push(format!(
                    "{file} {id} ({case}): expected {rule} {dest}, got {got_rule} {got_dest}; evidence {} / {} / {}",
                    r["library_evidence"], r["subject_evidence"], r["quality_evidence"]
                ));
            }
            let note = r["note"].as_str().unwrap_or("");
            assert!(!note.is_empty(), "{file} {id}: every referral has a note");
            assert_ne!(r["destination"], "ENOCH PRATT FREE LIBRARY");
        }
    }
    println!("labelled set: {correct}/{total} correct");
    assert!(total >= 40);
    assert!(
        wrong.is_empty(),
        "{correct}/{total} correct:\n{}",
        wrong.join("\n")
    );
}

#[test]
fn the_closed_resolution_still_gets_a_referral_and_no_closing_words() {
    let wd = Workdir::new("refer-closed");
    let got = refer_json(&wd, &fixture("chats/questionpoint.csv"), &[]);
    let r = &got["11839202"];
    assert_eq!(r["resolution"], "Closed");
    assert_eq!(r["rule"], "local");
    for field in ["note", "reason", "route", "method"] {
        let text = r[field].as_str().unwrap().to_lowercase();
        assert!(!text.contains("clos"), "{field}: {text}");
    }
}

#[test]
fn the_capitals_origin_is_never_a_destination_and_pratt_is_mixed_case() {
    let wd = Workdir::new("refer-caps");
    let qp = refer_json(&wd, &fixture("chats/questionpoint.csv"), &[]);
    assert_eq!(qp["11839208"]["origin"], "ENOCH PRATT FREE LIBRARY");
    assert_eq!(
        qp["11839208"]["destination"],
        "Maryland AskUsNow! Public Library"
    );
    let jl = refer_json(&wd, &fixture("chats/chats.jsonl"), &[]);
    assert_eq!(jl["14000201"]["destination"], "Enoch Pratt Free Library");
}

#[test]
fn a_directory_that_routes_to_the_capitals_account_is_refused() {
    let wd = Workdir::new("refer-caps-dir");
    wd.create(
        "caps.csv",
        "id,name,account\nEPFL,Enoch Pratt Free Library,ENOCH PRATT FREE LIBRARY\n",
    );
    let err = wd
        .run(&[
            "--directory",
            "caps.csv",
            "refer",
            &fixture("chats/chats.jsonl"),
            "--now",
            NOW,
        ])
        .fails(1)
        .to_string();
    assert!(
        err.starts_with("aun: caps.csv: line 2: EPFL has the account \"ENOCH PRATT FREE LIBRARY\""),
        "{err}"
    );
    wd.create(
        "caps.json",
        r#"[{"id": "AUN", "name": "ENOCH  PRATT FREE LIBRARY"}]"#,
    );
    let err = wd
        .run(&["--directory", "caps.json", "directory", "check"])
        .fails(1)
        .to_string();
    assert!(err.contains("no chat may be referred there"), "{err}");
}

#[test]
fn explain_lists_every_rule_in_order_with_why() {
    let wd = Workdir::new("refer-explain");
    let out = wd.run(&[
        "refer",
        "--all",
        &fixture("chats/libchat.csv"),
        "--explain",
        "LC-20250303-001",
        "--format",
        "json",
        "--now",
        NOW,
    ]);
    let steps: Value = serde_json::from_str(out.ok()).unwrap();
    let steps = steps.as_array().unwrap();
    let got: Vec<String> = steps
        .iter()
        .map(|s| {
            format!(
                "{} {}",
                s["rule"].as_str().unwrap(),
                s["outcome"].as_str().unwrap()
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            "no-email not-applied",
            "quality not-applied",
            "law applied",
            "print-disability not-applied",
            "local not-applied",
            "specialist not-applied",
            "default not-applied",
        ]
    );
    assert!(steps[4]["why"]
        .as_str()
        .unwrap()
        .contains("the earlier rule law decided"));
    assert!(
        out.stderr.contains("rule law → Maryland State Law Library"),
        "{}",
        out.stderr
    );
    let table = wd
        .run(&[
            "refer",
            "--all",
            &fixture("chats/libchat.csv"),
            "--explain",
            "LC-20250303-001",
            "--now",
            NOW,
        ])
        .ok()
        .to_string();
    assert!(
        table.contains("applied") && table.contains("no-email"),
        "{table}"
    );
    let err = wd
        .run(&[
            "refer",
            "--all",
            &fixture("chats/libchat.csv"),
            "--explain",
            "nope",
            "--now",
            NOW,
        ])
        .fails(1)
        .to_string();
    assert!(err.contains("no chat with the id \"nope\""), "{err}");
}

#[test]
fn summary_counts_by_rule_and_destination() {
    let wd = Workdir::new("refer-summary");
    let out = wd.run(&[
        "refer",
        "--all",
        &fixture("chats/questionpoint.csv"),
        "--summary",
        "--format",
        "csv",
        "--now",
        NOW,
    ]);
    assert_eq!(
        out.ok(),
        "rule,destination_id,destination,method,chats\n\
         no-email,,,none,2\n\
         quality,QC,Quality Control,quality-control,1\n\
         law,MSLL,Maryland State Law Library,partner,1\n\
         local,CALVERT,Calvert Library,partner,1\n\
         local,HARFORD,Harford County Public Library,partner,1\n\
         default,AUN,Maryland AskUsNow! Public Library,partner,2\n\
         all,,,,8\n"
    );
}

#[test]
fn csv_is_safe_for_excel_and_excel_adds_a_bom() {
    let wd = Workdir::new("refer-excel");
    wd.create(
        "x.csv",
        "id,started_at,resolution,library,patron_email,question,transcript\n\
         \"=HYPERLINK(\"\"http://evil.example\"\")\",2025-03-03T10:00:00-05:00,Follow Up By Patron Library,@SUM(A1),jane@gmail.com,-2+3,\"[10:00:05 AM] Jane: -2+3 is my question, I live in Bel Air\"\n",
    );
    let out = wd.run(&["refer", "x.csv", "--format", "csv", "--now", NOW]);
    let text = out.ok();
    let row = text.lines().nth(1).unwrap();
    assert!(row.starts_with("\"'=HYPERLINK("), "{row}");
    assert!(row.contains(",'@SUM(A1),"), "{row}");
    assert!(!text.as_bytes().starts_with(b"\xEF\xBB\xBF"));
    let out = wd.run(&["refer", "x.csv", "--excel", "-o", "r.csv", "--now", NOW]);
    out.ok();
    let bytes = std::fs::read(wd.path("r.csv")).unwrap();
    assert!(
        bytes.starts_with(b"\xEF\xBB\xBFid,record,rule,destination,"),
        "{:?}",
        &bytes[..40]
    );
    let err = wd
        .run(&[
            "refer", "x.csv", "--excel", "--format", "json", "--now", NOW,
        ])
        .fails(1)
        .to_string();
    assert!(err.contains("--excel writes CSV"), "{err}");
}

#[test]
fn redact_masks_the_patron_address_everywhere() {
    let wd = Workdir::new("refer-redact");
    let got = refer_json(&wd, &fixture("chats/libchat.csv"), &["--redact"]);
    let r = &got["LC-20250304-003"];
    assert_eq!(r["email"], "m***@g***.com");
    assert!(
        !r["note"].as_str().unwrap().contains("okafor"),
        "{}",
        r["note"]
    );
    // A malformed address is quoted in the reason and the note: masked there too.
    let got = refer_json(&wd, &fixture("chats/libraryh3lp.csv"), &["--redact"]);
    let r = &got["8f3a2c15"];
    assert_eq!(r["rule"], "no-email");
    for field in ["reason", "note", "email_problem"] {
        let text = r[field].as_str().unwrap();
        assert!(!text.contains("jdoe1975"), "{field}: {text}");
    }
}

#[test]
fn the_default_table_is_readable() {
    let wd = Workdir::new("refer-table");
    let out = wd.run(&["refer", "--all", &fixture("chats/chats.json"), "--now", NOW]);
    let text = out.ok();
    let header = text.lines().next().unwrap();
    for col in [
        "id",
        "rule",
        "destination",
        "method",
        "due_at",
        "status",
        "reason",
    ] {
        assert!(header.contains(col), "{header}");
    }
    assert!(
        !header.contains("note"),
        "the note is for the machine formats: {header}"
    );
    assert!(out.stderr.contains("7 chats referred"), "{}", out.stderr);
}

#[test]
fn reads_the_export_from_stdin() {
    let wd = Workdir::new("refer-stdin");
    let input = std::fs::read(fixture("chats/chats.jsonl")).unwrap();
    let out = wd.run_stdin(
        &[
            "refer",
            "--all",
            "-",
            "--format",
            "jsonl",
            "--input-format",
            "jsonl",
            "--now",
            NOW,
        ],
        input,
    );
    assert_eq!(out.ok().lines().count(), 7);
}

// ------------------------------------------------------------------ directory

#[test]
fn directory_show_round_trips_through_csv_and_json() {
    let wd = Workdir::new("dir-show");
    let default_json = wd
        .run(&["directory", "show", "--format", "json"])
        .ok()
        .to_string();
    wd.run(&["directory", "show", "--format", "csv", "-o", "d.csv"])
        .ok();
    let again = wd
        .run(&[
            "--directory",
            "d.csv",
            "directory",
            "show",
            "--format",
            "json",
        ])
        .ok()
        .to_string();
    assert_eq!(again, default_json);
    wd.create("d.json", &default_json);
    let again = wd
        .run(&[
            "--directory",
            "d.json",
            "directory",
            "show",
            "--format",
            "json",
        ])
        .ok()
        .to_string();
    assert_eq!(again, default_json);
    let all: Value = serde_json::from_str(&default_json).unwrap();
    assert!(all.as_array().unwrap().len() >= 24 + 5);
}

#[test]
fn directory_show_one_library_every_field() {
    let wd = Workdir::new("dir-show-one");
    let text = wd
        .run(&["directory", "show", "--library", "Pratt/SLRC"])
        .ok()
        .to_string();
    assert!(
        text.contains("account") && text.contains("Enoch Pratt Free Library"),
        "{text}"
    );
    let one: Value = serde_json::from_str(
        wd.run(&["directory", "show", "--library", "fcpl", "--format", "json"])
            .ok(),
    )
    .unwrap();
    assert_eq!(one[0]["county"], "Frederick County");
    assert_eq!(one[0]["partner"], true);
    let err = wd
        .run(&["directory", "show", "--library", "Springfield"])
        .fails(1)
        .to_string();
    assert!(
        err.contains("--library \"Springfield\": not in the directory"),
        "{err}"
    );
}

#[test]
fn directory_check_the_default_warns_of_missing_contacts_only() {
    let wd = Workdir::new("dir-check");
    let out = wd.run(&["directory", "check", "--format", "json", "--now", NOW]);
    let findings: Value = serde_json::from_str(out.ok()).unwrap();
    let findings = findings.as_array().unwrap();
    assert!(
        findings.iter().all(|f| f["kind"] == "no-contact"),
        "{findings:?}"
    );
    assert!(out.stderr.contains("0 errors"), "{}", out.stderr);
    wd.run(&["directory", "check", "--strict", "--now", NOW])
        .fails(1);
}

#[test]
fn directory_check_finds_stale_contacts_duplicates_and_missing_libraries() {
    let wd = Workdir::new("dir-check-bad");
    wd.create(
        "d.csv",
        "id,name,aliases,contact_email,verified\n\
         AUN,Maryland AskUsNow! Public Library,,aun@example.org,2025-03-01\n\
         BCPL,Baltimore County Public Library,BCPL;Towson,bcpl@example.org,2023-01-15\n\
         TU,Towson University,Towson,tu@example.org,\n",
    );
    let out = wd.run(&[
        "--directory",
        "d.csv",
        "directory",
        "check",
        "--format",
        "csv",
        "--max-age",
        "400d",
        "--now",
        NOW,
    ]);
    assert_eq!(out.code, 1, "a duplicate alias is an error: {}", out.stderr);
    let text = &out.stdout;
    assert!(
        text.contains(
            "error,duplicate-alias,TU,d.csv: line 4,\"\"\"Towson\"\" names both BCPL and TU"
        ),
        "{text}"
    );
    assert!(text.contains("warning,stale-contact,BCPL,d.csv: line 3,\"BCPL: contact bcpl@example.org last verified 2023-01-15, more than 400d ago"), "{text}");
    assert!(
        text.contains(
            "warning,stale-contact,TU,d.csv: line 4,TU: contact tu@example.org was never verified"
        ),
        "{text}"
    );
    assert!(
        text.contains("warning,unknown-library,MCPL,"),
        "schedule libraries: {text}"
    );
    assert!(
        text.contains("warning,missing-destination,MSLL,"),
        "rule destinations: {text}"
    );
    assert!(!text.contains("stale-contact,AUN"), "{text}");
}

#[test]
fn without_all_only_follow_up_rows_are_referred_and_the_count_says_so() {
    let wd = Workdir::new("refer-followup-only");
    let qp = fixture("chats/questionpoint.csv");
    let out = wd.run(&["refer", &qp, "--format", "jsonl", "--now", NOW]);
    assert_eq!(
        out.ok().lines().count(),
        7,
        "the Closed row is not a follow-up row"
    );
    assert!(
        out.stderr
            .contains("8 rows read, 7 chats referred (Follow Up By Patron Library)"),
        "{}",
        out.stderr
    );
    let err = wd
        .run(&["refer", &qp, "--explain", "11839202", "--now", NOW])
        .fails(1)
        .to_string();
    assert!(err.contains("add --all for every row"), "{err}");
}

#[test]
fn a_corrected_address_is_used_and_the_note_asks_to_check_it() {
    let wd = Workdir::new("refer-typo");
    wd.create(
        "x.csv",
        "id,started_at,resolution,library,patron_email,question,transcript\n\
         t1,2025-03-03T10:00:00-05:00,Follow Up By Patron Library,Maryland AskUsNow! Public Library,,can I renew my books?,\"[10:00:05 AM] Jane: can I renew my books? I live in Bel Air\n[10:01:00 AM] Librarian (Kim, Howard County Library System): What's your email?\n[10:01:30 AM] Jane: jane.doe@hotmail.con\"\n\
         t2,2025-03-03T11:00:00-05:00,Follow Up By Patron Library,Maryland AskUsNow! Public Library,,can I renew my books?,\"[11:00:05 AM] Jane: can I renew my books? I live in Bel Air\n[11:01:30 AM] Jane: jane.doe@startup.co\"\n",
    );
    let got = refer_json(&wd, "x.csv", &[]);
    let r = &got["t1"];
    assert_eq!(r["email"], "jane.doe@hotmail.com");
    assert_eq!(r["rule"], "local");
    let note = r["note"].as_str().unwrap();
    assert!(
        note.contains("Please read the chat before sending: triage is unsure (e-mail domain")
            && note.contains("e-mail domain corrected: typed hotmail.con, read as hotmail.com"),
        "{note}"
    );
    // A real top-level domain at no well-known provider is taken as typed.
    let r = &got["t2"];
    assert_eq!(r["email"], "jane.doe@startup.co");
    assert!(
        !r["note"].as_str().unwrap().contains("corrected"),
        "{}",
        r["note"]
    );
}

#[test]
fn a_json_key_the_first_record_lacks_is_read_in_the_others() {
    // Exports that leave out null keys: the second chat's e-mail is its referral's address.
    let wd = Workdir::new("refer-late-key");
    let r = "Follow Up By Patron Library";
    wd.create(
        "late.jsonl",
        format!(
            "{{\"id\":\"1\",\"started_at\":\"2025-03-04T10:00\",\"resolution\":\"{r}\",\"transcript\":\"Patron: hi\"}}\n\
             {{\"id\":\"2\",\"started_at\":\"2025-03-04T10:00\",\"resolution\":\"{r}\",\"transcript\":\"Patron: hello\",\"patron_email\":\"late@example.com\"}}\n"
        ),
    );
    let rows = wd
        .run(&[
            "refer",
            "late.jsonl",
            "--format",
            "jsonl",
            "-q",
            "--now",
            NOW,
        ])
        .jsonl();
    assert_eq!(rows[0]["email"], Value::Null);
    assert_eq!(rows[1]["email"], "late@example.com");
    assert_ne!(rows[1]["rule"], "no-email");
    // --show-mapping shows the first record's keys, and says what it lacks.
    let out = wd
        .run(&["refer", "late.jsonl", "--show-mapping", "--format", "csv"])
        .ok()
        .to_string();
    assert!(out.contains("patron_email,,not in record 1\n"), "{out}");
    assert!(out.contains("transcript,transcript,alias\n"), "{out}");
}

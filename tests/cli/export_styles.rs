//! Export styles read end to end: semicolons between a CSV's fields, start times in seconds or
//! milliseconds since 1970, with month names or in RFC 2822, and LibraryH3lp message objects
//! with their time under `ts` and JID authors without a role. Each finds the patron's e-mail and
//! the start time, and never takes the operator's address for the patron's.

use crate::workdir::Workdir;
use serde_json::Value;

fn triage(wd: &Workdir, name: &str, contents: &str) -> Vec<Value> {
    let path = wd.create(name, contents);
    let out = wd
        .run(&[
            "triage",
            path.to_str().unwrap(),
            "--all",
            "--format",
            "jsonl",
        ])
        .ok()
        .to_string();
    out.lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

fn row<'a>(rows: &'a [Value], id: &str) -> &'a Value {
    rows.iter()
        .find(|r| r["id"] == id)
        .unwrap_or_else(|| panic!("no row {id}"))
}

#[test]
fn a_csv_with_semicolons_between_its_fields() {
    let wd = Workdir::new("styles_semicolons");
    // LibAnswers as Excel saves it where the decimal mark is a comma: a byte-order mark, CRLF,
    // `;` between fields, commas and semicolons inside the quoted transcript.
    let csv = "\u{feff}Chat ID;Created;Queue;Guest Name;Guest Email;Operator;Initial Question;Rating;Outcome;Transcript\r\n\
        SC-1;4/6/2026 10:14 AM;Towson University;Guest;;Dana;renew books;4,5;Follow Up By Patron Library;\"04/06/2026 10:14:22 AM - Guest: hi, can u renew my bks; i live in towson\r\n\
        04/06/2026 10:15:01 AM - Dana: Sure; write to me at dana.ref@example.org, or give me yours\r\n\
        04/06/2026 10:15:40 AM - Guest: its pat.k@example.com\"\r\n\
        SC-2;Apr 7, 2026 2:05:09 PM;Towson University;Lee;lee.w@example.com;Sue;hours?;;Answered;\"04/07/2026 02:05:09 PM - Lee: are u open sunday\"\r\n";
    let rows = triage(&wd, "libanswers.csv", csv);
    assert_eq!(rows.len(), 2);
    let r = row(&rows, "SC-1");
    assert_eq!(r["email"], "pat.k@example.com");
    assert_eq!(r["started_at"], "2026-04-06T10:14:00-04:00");
    assert_eq!(r["origin"], "Towson University");
    let r = row(&rows, "SC-2");
    assert_eq!(r["email"], "lee.w@example.com");
    assert_eq!(r["started_at"], "2026-04-07T14:05:09-04:00");
    // --show-mapping says which separator it read.
    let path = wd.path("libanswers.csv");
    let run = wd.run(&["triage", path.to_str().unwrap(), "--show-mapping"]);
    assert!(run.ok().contains("Transcript"));
    assert!(
        run.stderr.contains("read with ';' between fields"),
        "{}",
        run.stderr
    );
    // A header with a comma stays a comma-separated header: the semicolon is then text.
    let csv = "id,started_at,transcript\nC;1,2026-04-06 10:14,Patron: mail me at a.b@example.com\n";
    let rows = triage(&wd, "comma.csv", csv);
    assert_eq!(row(&rows, "C;1")["email"], "a.b@example.com");
    let path = wd.path("comma.csv");
    let run = wd.run(&["triage", path.to_str().unwrap(), "--show-mapping"]);
    assert!(!run.stderr.contains("between fields"), "{}", run.stderr);
}

#[test]
fn start_times_in_epoch_seconds_milliseconds_month_names_and_rfc_2822() {
    let wd = Workdir::new("styles_start_times");
    let jsonl = concat!(
        r#"{"id": "E1", "created": 1775484862, "transcript": "Patron: mail me at e1@example.com"}"#,
        "\n",
        r#"{"id": "E2", "started": 1775484862145, "transcript": "Patron: mail me at e2@example.com"}"#,
        "\n",
        r#"{"id": "E3", "started": "1775484862", "transcript": "Patron: mail me at e3@example.com"}"#,
        "\n",
        r#"{"id": "E4", "started": "Mon, 06 Apr 2026 10:14:22 -0400", "transcript": "Patron: e4@example.com"}"#,
        "\n",
        r#"{"id": "E5", "started": "Mon, 6 Apr 2026 14:14:22 GMT", "transcript": "Patron: e5@example.com"}"#,
        "\n",
        r#"{"id": "E6", "started": "April 6, 2026 10:14:22 AM", "transcript": "Patron: e6@example.com"}"#,
        "\n",
        r#"{"id": "E7", "started": "6 Apr 2026 10:14:22", "transcript": "Patron: e7@example.com"}"#,
        "\n",
    );
    let rows = triage(&wd, "times.jsonl", jsonl);
    assert_eq!(rows.len(), 7);
    for (i, r) in rows.iter().enumerate() {
        assert_eq!(r["email"], format!("e{}@example.com", i + 1), "{r}");
        let want = if i == 1 {
            "2026-04-06T10:14:22.145-04:00"
        } else {
            "2026-04-06T10:14:22-04:00"
        };
        assert_eq!(r["started_at"], want, "{r}");
    }
    // Digits that are neither seconds nor milliseconds are refused, naming the record.
    let path = wd.create(
        "bad.jsonl",
        "{\"id\": 1, \"started\": 17754848, \"text\": \"hi\"}\n",
    );
    let err = wd
        .run(&["triage", path.to_str().unwrap(), "--all"])
        .fails(1)
        .to_string();
    assert!(err.contains("started_at: not a date and time"), "{err}");
}

#[test]
fn libraryh3lp_messages_with_ts_and_jid_authors_without_a_role() {
    let wd = Workdir::new("styles_h3lp_ts");
    let jsonl = concat!(
        // Seconds since 1970 under `ts`; the operator gives his own address first.
        r#"{"id": "H1", "started": 1775484862, "queue": "Maryland AskUsNow! Public Library", "guest": "4105550132@sms.libraryh3lp.com", "operator": "will@chat.libraryh3lp.com", "messages": ["#,
        r#"{"ts": 1775484870, "author": "4105550132@sms.libraryh3lp.com", "body": "can u renew my bks"}, "#,
        r#"{"ts": 1775484900, "author": "will@chat.libraryh3lp.com", "body": "Sure. You can also write to will.ref@example.org. Your email?"}, "#,
        r#"{"ts": 1775484930, "author": "4105550132@sms.libraryh3lp.com", "body": "kbriggs@example.com"}, "#,
        r#"{"ts": 1775484960, "author": "system", "body": "Chat closed"}]}"#,
        "\n",
        // Milliseconds as text; a Canadian web guest who gives no address.
        r#"{"id": "H2", "started": "1775484862145", "guest": "3c9e71aa@web.ca.libraryh3lp.com", "operator": "sam.247@chat.libraryh3lp.com", "messages": ["#,
        r#"{"ts": "1775484870000", "author": "3c9e71aa@web.ca.libraryh3lp.com", "body": "is the library open"}, "#,
        r#"{"ts": "1775484900000", "author": "sam.247@chat.libraryh3lp.com", "body": "Mail sam.247@example.org if you need more"}]}"#,
        "\n",
        // No times at all: the authors still say who spoke.
        r#"{"id": "H3", "started": "2026-04-06T14:14:22Z", "guest": "+14435550178@twilio.libraryh3lp.com", "operator": "ola.pratt@chat.libraryh3lp.com", "messages": ["#,
        r#"{"author": "+14435550178@twilio.libraryh3lp.com", "body": "need help w my card"}, "#,
        r#"{"author": "ola.pratt@chat.libraryh3lp.com", "body": "I am at ola@example.org"}]}"#,
        "\n",
    );
    let rows = triage(&wd, "h3lp.jsonl", jsonl);
    let r = row(&rows, "H1");
    assert_eq!(r["email"], "kbriggs@example.com");
    assert_eq!(r["started_at"], "2026-04-06T10:14:22-04:00");
    let r = row(&rows, "H2");
    assert_eq!(r["email"], Value::Null, "{r}");
    assert_eq!(r["started_at"], "2026-04-06T10:14:22.145-04:00");
    let r = row(&rows, "H3");
    assert_eq!(r["email"], Value::Null, "{r}");
    // Authors that are no JIDs: the record's operator is staff, its guest the patron, whoever
    // speaks first; an address at a library's domain is staff's.
    let jsonl = concat!(
        r#"{"id": "O1", "started": 1775484862, "operator": "Sue", "messages": ["#,
        r#"{"ts": 1775484870, "author": "Sue", "body": "Hello. Mail me at sue.k@example.org"}, "#,
        r#"{"ts": 1775484900, "author": "Jo", "body": "renew pls, mail jo@example.com"}]}"#,
        "\n",
        r#"{"id": "O2", "started": 1775484862, "guest": "pat.r@example.com", "operator": "sue.k@example.org", "messages": ["#,
        r#"{"ts": 1775484870, "author": "sue.k@example.org", "body": "Hi! You can also write to sue.k@example.org"}, "#,
        r#"{"ts": 1775484900, "author": "pat.r@example.com", "body": "i live in towson, pin reset pls"}]}"#,
        "\n",
        r#"{"id": "O3", "started": 1775484862, "messages": ["#,
        r#"{"author": "sue@bcpl.net", "body": "Hello, this is Sue. Mail me at sue@bcpl.net"}, "#,
        r#"{"author": "3c9e71aa@web.libraryh3lp.com", "body": "my email is jo@example.com"}]}"#,
        "\n",
    );
    let rows = triage(&wd, "authors.jsonl", jsonl);
    assert_eq!(row(&rows, "O1")["email"], "jo@example.com");
    let r = row(&rows, "O2");
    assert_eq!(r["email"], Value::Null, "{r}");
    assert_eq!(r["local_library"], "BCPL", "{r}");
    assert_eq!(row(&rows, "O3")["email"], "jo@example.com");
}

#[test]
fn transcript_lines_with_the_time_in_parentheses() {
    let wd = Workdir::new("styles_paren_times");
    // P1 names no patron: the first speaker is the patron. P2 names her (`Guest Name`).
    let csv = "id,started_at,Guest Name,transcript\n\
        P1,2026-04-06 10:14,,\"Jo Reyes (10:14:22 AM): can u renew my bks, i live in towson\n\
        Sue (10:15:01 AM): Hi, I'm Sue from Harford County Public Library. Mail me at sue@example.org\n\
        Jo Reyes (10:15:40 AM): jo.r@example.com\"\n\
        P2,2026-04-06 14:14,Laurel,\"(14:14:22) Laurel: i live in towson\n\
        (14:15) Kent: Mail me at kent@example.org, or give me yours\n\
        (2:15:40 PM) Laurel: I called (410) 555-0100: no answer. laurel.r@example.com\"\n";
    let rows = triage(&wd, "paren.csv", csv);
    let r = row(&rows, "P1");
    assert_eq!(r["email"], "jo.r@example.com", "{r}");
    assert_eq!(r["local_library"], "BCPL", "{r}");
    assert_eq!(r["started_at"], "2026-04-06T10:14:00-04:00");
    let r = row(&rows, "P2");
    assert_eq!(r["email"], "laurel.r@example.com", "{r}");
    assert_eq!(r["local_library"], "BCPL", "{r}");
    assert_eq!(r["started_at"], "2026-04-06T14:14:00-04:00");
}

#[test]
fn a_survey_comment_is_the_patrons_last_words() {
    let wd = Workdir::new("styles_survey_comment");
    // LibAnswers' `Rating Comment`: the complaint and the address are only there.
    let csv = "Chat ID,Created,Queue,Guest Name,Guest Email,Operator,Rating,Rating Comment,Outcome,Transcript\n\
        RC-1,4/6/2026 5:28 PM,Towson University,Guest,,Sue,1,\"the librarian was rude and did not help at all. write me at pat.q@example.com\",Follow Up By Patron Library,\"04/06/2026 05:28:14 PM - Guest: i cant get into ebsco from home\n\
        04/06/2026 05:29:14 PM - Sue: try this link, or mail sue@example.org\"\n\
        RC-2,4/6/2026 5:30 PM,Towson University,Guest,,Sue,5,,Follow Up By Patron Library,\"04/06/2026 05:30:14 PM - Guest: i cant get into ebsco from home\n\
        04/06/2026 05:31:14 PM - Sue: try this link, or mail sue@example.org\"\n";
    let rows = triage(&wd, "rated.csv", csv);
    let r = row(&rows, "RC-1");
    assert_eq!(r["email"], "pat.q@example.com", "{r}");
    assert_eq!(r["quality"], true, "{r}");
    assert_eq!(r["started_at"], "2026-04-06T17:28:00-04:00");
    let r = row(&rows, "RC-2");
    assert_eq!(r["email"], Value::Null, "{r}");
    assert_eq!(r["quality"], false, "{r}");
    // Other names of the column, in JSON Lines too.
    let jsonl = concat!(
        r#"{"id": "F1", "started": "2026-04-06T17:28:00-04:00", "Survey Comment": "nobody answered for half an hour, then the chat dropped", "transcript": "Patron: hi\nLibrarian Sue: hello"}"#,
        "\n",
        r#"{"id": "F2", "started": "2026-04-06T17:28:00-04:00", "feedback": "mail me at f2@example.com", "transcript": "Patron: hi"}"#,
        "\n",
    );
    let rows = triage(&wd, "rated.jsonl", jsonl);
    assert_eq!(row(&rows, "F1")["quality"], true);
    assert_eq!(row(&rows, "F2")["email"], "f2@example.com");
    // The mapping names the column.
    let path = wd.path("rated.csv");
    let out = wd
        .run(&["triage", path.to_str().unwrap(), "--show-mapping"])
        .ok()
        .to_string();
    assert!(
        out.lines()
            .any(|l| l.contains("comment") && l.contains("Rating Comment")),
        "{out}"
    );
}

#[test]
fn a_person_or_an_account_given_as_a_nested_object_is_read_by_its_name() {
    let wd = Workdir::new("styles_nested");
    // A chat system's API: the account, the patron and the operator as objects.
    let json = r#"[{"id":"NO-1","started":"2026-04-06T10:00:00-04:00","queue":{"name":"Kuhn Library - Research Help","id":7},"guest":{"name":"Guest 12","browser":"Firefox"},"operator":{"name":"Will","email":"will.ref@example.net"},"resolution":"Follow Up By Patron Library","transcript":[{"time":"2026-04-06T14:00:10Z","speaker":"Guest 12","message":"the article pdf says subscription required, mail me at rin.k@example.com"},{"time":"2026-04-06T14:01:00Z","speaker":"Will","message":"I'll write from will.ref@example.net"}]},
{"id":"NO-2","started":"2026-04-06T10:00:00-04:00","queue":"Maryland AskUsNow! Public Library","guest":{"browser":"Safari"},"resolution":"Follow Up By Patron Library","transcript":"Guest: hi"}]"#;
    let path = wd.create("nested.json", json);
    // An object with no name is an error naming the field and the record.
    let e = wd
        .run(&["triage", path.to_str().unwrap(), "--all"])
        .fails(1)
        .to_string();
    assert!(
        e.contains("record 2: field patron_name is an object, expected text"),
        "{e}"
    );
    let json = json.rsplit_once(",\n").unwrap().0.to_string() + "]";
    let rows = triage(&wd, "nested_one.json", &json);
    let r = row(&rows, "NO-1");
    assert_eq!(r["origin_id"], "UMBC", "{r}");
    assert_eq!(r["email"], "rin.k@example.com");
    assert_eq!(r["started_at"], "2026-04-06T10:00:00-04:00");
}

#[test]
fn messages_as_time_speaker_text_lists() {
    let wd = Workdir::new("styles_triples");
    // A LibChat-like transcripts array: each message `[time, speaker, text]`; the librarian
    // gives her own address first. TR-2 leaves the time out (`[speaker, text]`).
    let json = r#"[
  {"id": "TR-1", "started": "2026-04-13 14:05", "department": "UMBC", "guest": "Guest 4411",
   "messages": [["14:05:12", "Guest 4411", "hi, i cant renew my books, i live in towson"],
                ["14:05:40", "Megan", "Hi! Mail me at megan.ref@example.org if we get cut off. Your email?"],
                ["14:06:02", "Guest 4411", "tlee@example.org"]]},
  {"id": "TR-2", "started": "2026/04/13 10:05:12", "guest": "Jo",
   "messages": [["Jo", "need my pin reset, write me at jo.r@example.com"],
                ["Librarian Will", "write to will@example.net"]]}
]"#;
    let rows = triage(&wd, "triples.json", json);
    let r = row(&rows, "TR-1");
    assert_eq!(r["email"], "tlee@example.org", "{r}");
    assert_eq!(r["started_at"], "2026-04-13T14:05:00-04:00");
    assert_eq!(r["local_library"], "UMBC", "{r}");
    let r = row(&rows, "TR-2");
    assert_eq!(r["email"], "jo.r@example.com", "{r}");
    assert_eq!(r["started_at"], "2026-04-13T10:05:12-04:00");
    // Any other list is refused, naming the message.
    let path = wd.create(
        "bad.json",
        r#"[{"id": 1, "messages": [["14:05:12", "Patron", "hi", "?"]]}]"#,
    );
    let e = wd
        .run(&["triage", path.to_str().unwrap(), "--all"])
        .fails(1)
        .to_string();
    assert!(
        e.contains("record 1: field transcript: message 1 of the list is a list of 4"),
        "{e}"
    );
}

#[test]
fn transcript_lines_with_a_month_and_day_before_the_clock() {
    let wd = Workdir::new("styles_month_lines");
    // ML-1 as syslog writes it, ML-2 with the year and AM/PM and a dash; the librarian's
    // address comes before the patron's in both.
    let csv = "Chat ID,Timestamp,Department,Guest,Transcript\n\
        ML-1,13-Apr-2026 10:05,Albin O. Kuhn Library & Gallery,,\"Apr 13 10:05:12 Rin Kato: the article pdf says subscription required, i live in towson\n\
        Apr 13 10:05:40 Tasha: Mail me at tasha@example.org. May 5 10:00 works for a follow-up\n\
        Apr 13 10:06:02 Rin Kato: rin.k@example.com\"\n\
        ML-2,\"Apr 13, 2026 10:05 AM EDT\",UMBC,Laurel,\"Apr 13, 2026 10:05:12 AM - Laurel: can u renew my bks\n\
        Apr 13, 2026 10:05:40 AM - Will: write to will.ref@example.net\n\
        Apr 13, 2026 10:06:02 AM - Laurel: laurel.r@example.com\"\n";
    let rows = triage(&wd, "kuhn.csv", csv);
    let r = row(&rows, "ML-1");
    assert_eq!(r["email"], "rin.k@example.com", "{r}");
    assert_eq!(r["started_at"], "2026-04-13T10:05:00-04:00");
    assert_eq!(r["origin_id"], "UMBC", "{r}");
    let r = row(&rows, "ML-2");
    assert_eq!(r["email"], "laurel.r@example.com", "{r}");
    assert_eq!(r["started_at"], "2026-04-13T10:05:00-04:00");
}

#[test]
fn start_times_with_slashes_in_iso_order_day_month_year_and_zone_names() {
    let wd = Workdir::new("styles_more_times");
    let jsonl = concat!(
        r#"{"id": "S1", "started": "2026/04/13 10:05:12", "transcript": "Patron: mail me at s1@example.com"}"#,
        "\n",
        r#"{"id": "S2", "started": "13-Apr-2026 10:05:12", "transcript": "Patron: mail me at s2@example.com"}"#,
        "\n",
        r#"{"id": "S3", "started": "13 Apr 2026 10:05:12", "transcript": "Patron: mail me at s3@example.com"}"#,
        "\n",
        r#"{"id": "S4", "started": "Apr 13, 2026 10:05:12 AM EDT", "transcript": "Patron: mail me at s4@example.com"}"#,
        "\n",
        r#"{"id": "S5", "started": "4/13/2026 9:05:12 AM EST", "transcript": "Patron: mail me at s5@example.com"}"#,
        "\n",
        r#"{"id": "S6", "started": "4/13/2026 2:05:12 PM UTC", "transcript": "Patron: mail me at s6@example.com"}"#,
        "\n",
    );
    let rows = triage(&wd, "times.jsonl", jsonl);
    assert_eq!(rows.len(), 6);
    for (i, r) in rows.iter().enumerate() {
        assert_eq!(r["email"], format!("s{}@example.com", i + 1), "{r}");
        assert_eq!(r["started_at"], "2026-04-13T10:05:12-04:00", "{r}");
    }
    // `--now` reads the same forms.
    let path = wd.path("times.jsonl");
    let out = wd
        .run(&[
            "triage",
            path.to_str().unwrap(),
            "--all",
            "--format",
            "jsonl",
            "--now",
            "13-Apr-2026 11:05 EDT",
        ])
        .ok()
        .to_string();
    assert_eq!(out.lines().count(), 6);
}

#[test]
fn records_wrapped_in_an_object_as_apis_return_them() {
    let wd = Workdir::new("styles_wrapped");
    let records = r#"[
    {"session_id": "WR-1", "started": "2026-04-13T10:05:12-04:00", "library": "Maryland AskUsNow! Public Library",
     "patron": {"name": "Guest 4411", "email": "tlee@example.org", "browser": "Firefox"},
     "transcript": "10:05:12 - Guest 4411: i need a book from another library\n10:05:40 - Librarian Sue: Mail me at sue.ref@example.org"},
    {"session_id": "WR-2", "started": "2026-04-13T11:05:12-04:00", "library": "Maryland AskUsNow! Public Library",
     "patron_name": "Jo", "patron_email": "jo@example.com",
     "transcript": "11:05:12 - Jo: renew pls\n11:05:40 - Librarian Sue: Mail me at sue.ref@example.org"}
  ]"#;
    for (name, key, before, after) in [
        ("sessions.json", "sessions", "", ""),
        ("chats.json", "chats", "", r#", "count": 2"#),
        (
            "data.json",
            "data",
            r#""meta": {"page": 1, "of": [1]}, "#,
            r#", "next": null"#,
        ),
        ("results.json", "results", r#""total": 2, "#, ""),
    ] {
        let json = format!("{{{before}\"{key}\": {records}{after}}}\n");
        let rows = triage(&wd, name, &json);
        assert_eq!(rows.len(), 2, "{name}");
        let r = row(&rows, "WR-1");
        assert_eq!(r["email"], "tlee@example.org", "{name} {r}");
        assert_eq!(r["started_at"], "2026-04-13T10:05:12-04:00", "{name}");
        assert_eq!(row(&rows, "WR-2")["email"], "jo@example.com", "{name}");
    }
}

#[test]
fn an_api_answer_with_no_chats_says_so() {
    let wd = Workdir::new("styles_wrapped_empty");
    for (name, json, want) in [
        (
            "none.json",
            r#"{"sessions": [], "next": null}"#,
            "none.json: no chats: the list under \"sessions\" is empty",
        ),
        (
            "paged.json",
            r#"{"page": 3, "data": [], "total": 40}"#,
            "paged.json: no chats: the list under \"data\" is empty",
        ),
        // A record (it has an id) with an empty list is a record without a transcript.
        (
            "record.json",
            r#"{"id": 7, "tags": []}"#,
            "no record has a transcript or question key",
        ),
    ] {
        let path = wd.create(name, json);
        let err = wd
            .run(&["triage", path.to_str().unwrap(), "--all"])
            .fails(1)
            .to_string();
        assert!(err.contains(want), "{name}: {err}");
    }
}

#[test]
fn a_patrons_address_in_a_nested_patron_or_guest_object() {
    let wd = Workdir::new("styles_nested_email");
    // No flat patron_name or patron_email: the patron and the guest are objects only. The
    // librarian's address is in the transcript.
    let json = r#"[
{"session_id": "NE-1", "started": "2026-04-20T13:57:17-04:00", "library": "Maryland AskUsNow! Public Library",
 "patron": {"name": "Guest 4411", "email": "tlee@example.org"},
 "transcript": "13:57:17 - Guest 4411: can i get an interlibrary loan\n13:58:00 - Librarian Sue: Yes; write to sue.ref@example.org"},
{"id": "NE-2", "started": "Apr 20, 2026 1:57:17 PM", "guest": {"email": "k.b@example.com", "name": "Kim"},
 "transcript": "13:57:17 - Kim: hi\n13:58:00 - Librarian Sue: write to sue.ref@example.org"},
{"id": "NE-3", "started": "2026-04-20T13:57:17-04:00", "guest": {"name": "Kim"}, "patron_email": "own@example.com",
 "transcript": "13:57:17 - Kim: hi"}
]"#;
    let rows = triage(&wd, "nested.json", json);
    let r = row(&rows, "NE-1");
    assert_eq!(r["email"], "tlee@example.org", "{r}");
    assert_eq!(r["started_at"], "2026-04-20T13:57:17-04:00");
    let r = row(&rows, "NE-2");
    assert_eq!(r["email"], "k.b@example.com", "{r}");
    assert_eq!(r["started_at"], "2026-04-20T13:57:17-04:00");
    assert_eq!(row(&rows, "NE-3")["email"], "own@example.com");
}

#[test]
fn libchat_contact_info_answerer_and_ticket_systems_names() {
    let wd = Workdir::new("styles_more_names");
    // LibChat's own column names for the patron's address and the staff member.
    let csv = "Chat ID,Timestamp,Department,Name,Contact Info,Answerer,Status,Transcript\n\
        LC-1,2026-03-02 11:04:17,Maryland AskUsNow! Public Library,Guest 4411,pat.k@example.com,Laurel,Follow Up By Patron Library,\"11:04:17 - Guest 4411: can u renew my books\n11:05:00 - Laurel: Sure, I'll pass it on\"\n";
    let rows = triage(&wd, "libchat.csv", csv);
    let r = row(&rows, "LC-1");
    assert_eq!(r["email"], "pat.k@example.com", "{r}");
    // "Laurel" is the answerer: her words are no patron's town.
    assert_eq!(r["local_library"], serde_json::Value::Null, "{r}");
    // A ticket system: the ticket, its requester and agent, messages with a "name".
    let jsonl = concat!(
        r#"{"ticket": "TK-1", "created_at": "2026-04-02T18:05:33Z", "account": "Maryland AskUsNow! Public Library", "#,
        r#""requester": {"first_name": "Vince", "email": "v.k@example.org"}, "librarian": {"first_name": "Bea"}, "#,
        r#""status": "Follow Up By Patron Library", "messages": ["#,
        r#"{"name": "Vince", "text": "i live in towson and my card expired"}, "#,
        r#"{"name": "Bea", "text": "I live in Frederick myself; I'll pass it on"}]}"#,
        "\n",
    );
    let rows = triage(&wd, "tickets.jsonl", jsonl);
    let r = row(&rows, "TK-1");
    assert_eq!(r["email"], "v.k@example.org", "{r}");
    assert_eq!(r["local_library"], "BCPL", "{r}");
}

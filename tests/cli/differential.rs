//! Differential tests of the export reader: thousands of random exports, read by aun and by the
//! reference parsers with the same settings, must give the same records, field for field, in
//! strict and lenient mode, whatever the chunk size.
//!
//! - CSV/TSV against the `csv` crate (flexible, no headers, the same delimiter, a UTF-8 BOM
//!   stripped first): quotes at odd places, doubled quotes, multi-line quoted fields, empty
//!   fields, `\n`, `\r\n` and lone `\r` endings mixed, BOMs, blank lines, rows of the wrong width,
//!   bytes that are not UTF-8, chunks of a few bytes so records straddle chunk boundaries.
//! - JSON arrays and JSON Lines against `serde_json` (each record as a map of raw values, so
//!   numbers keep their text and a duplicate key keeps its last value).
//!
//! aun's rules on top of the parser (docs/FORMATS.md): the first record is the header; a record
//! of one blank field is a blank line; a record with fewer fields than the header, or more that
//! are not empty, is bad; a quoted field still open at the end of the input is bad; a leading `'`
//! before a formula character is dropped; text that is not UTF-8 is Windows-1252.

use aun::export::{for_each_chat_in, Chat, ReadOptions, ReadReport};
use std::collections::HashMap;

/// A small deterministic generator (xorshift64*), so every run reads the same files.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }
    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// The fields compared: every text field of a chat, and its record number.
type Rec = (u64, [String; 7]);

const FIELDS: [&str; 7] = [
    "id",
    "question",
    "transcript",
    "patron_name",
    "origin",
    "patron_email",
    "resolution",
];

fn fields_of(c: &Chat) -> Rec {
    (
        c.record,
        [
            c.id.clone(),
            c.question.clone(),
            c.transcript.clone(),
            c.patron_name.clone(),
            c.origin.clone(),
            c.patron_email.clone(),
            c.resolution.clone(),
        ],
    )
}

/// What aun makes of `bytes`: the records that reached the sink, and the report or the error.
fn aun_read(
    name: &str,
    bytes: &[u8],
    opts: &ReadOptions,
    threads: usize,
) -> (Vec<Rec>, Result<ReadReport, String>) {
    let mut got = Vec::new();
    let r = for_each_chat_in(name, name, bytes, opts, threads, fields_of, |x| {
        got.push(x);
        Ok(())
    });
    (got, r.map_err(|e| e.to_string()))
}

/// What a reference reading expects.
struct Expected {
    /// Each record: its fields, or why it is bad, and the line it starts on.
    records: Vec<(Result<Rec, ()>, u64)>,
    /// A bad record that stops the read even in lenient mode: one left open at the end of the
    /// input over more than one line (it took in what followed it).
    stops: Option<usize>,
}

/// Checks aun against the expectation in both modes; returns the records compared.
fn check(name: &str, bytes: &[u8], exp: &Expected, rng: &mut Rng, what: &str) -> u64 {
    let chunk_bytes = *rng.pick(&[1, 2, 3, 5, 16, 100, 1 << 20]);
    let chunk_rows = *rng.pick(&[1, 2, 3, 512]);
    let threads = 1 + rng.below(3);
    for lenient in [false, true] {
        let opts = ReadOptions {
            lenient,
            chunk_bytes,
            chunk_rows,
            ..ReadOptions::default()
        };
        let (got, result) = aun_read(name, bytes, &opts, threads);
        let ctx = || {
            format!(
                "{what}, lenient {lenient}, chunk {chunk_bytes}/{chunk_rows}, {threads} threads, input {:?}",
                String::from_utf8_lossy(bytes)
            )
        };
        let good: Vec<Rec> = exp
            .records
            .iter()
            .filter_map(|(r, _)| r.clone().ok())
            .collect();
        let first_bad = exp.records.iter().position(|(r, _)| r.is_err());
        if exp.records.is_empty() {
            let e = result.expect_err("no records: an error");
            assert!(e.contains("no chats"), "{e}: {}", ctx());
            continue;
        }
        match if lenient { exp.stops } else { first_bad } {
            Some(i) => {
                let e = result.expect_err("a bad record: an error");
                let line = exp.records[i].1;
                let want = format!("{name}: line {line}: record {}: ", i + 1);
                assert!(e.starts_with(&want), "{e} / {want}: {}", ctx());
                let before: Vec<Rec> = exp.records[..i]
                    .iter()
                    .filter_map(|(r, _)| r.clone().ok())
                    .collect();
                assert_eq!(got, before, "{}", ctx());
            }
            None => {
                let report = result.unwrap_or_else(|e| panic!("{e}: {}", ctx()));
                assert_eq!(got, good, "{}", ctx());
                assert_eq!(report.records, exp.records.len() as u64, "{}", ctx());
                let bad: Vec<(u64, u64)> = exp
                    .records
                    .iter()
                    .enumerate()
                    .filter(|(_, (r, _))| r.is_err())
                    .map(|(i, (_, line))| (i as u64 + 1, *line))
                    .collect();
                assert_eq!(report.skipped, bad.len() as u64, "{}", ctx());
                let listed: Vec<(u64, u64)> = report
                    .first_skipped
                    .iter()
                    .map(|b| (b.record, b.line))
                    .collect();
                assert_eq!(listed, bad[..bad.len().min(5)], "{}", ctx());
            }
        }
    }
    exp.records.len() as u64
}

// ---------------------------------------------------------------- CSV and TSV

/// One cell's text: biased to the characters that matter to a CSV reader.
fn cell_text(rng: &mut Rng) -> Vec<u8> {
    const PIECES: &[&[u8]] = &[
        b"a",
        b"b",
        b"Jane",
        b" ",
        b"\"",
        b"\"\"",
        b",",
        b"\t",
        b"\r",
        b"\n",
        b"\r\n",
        b"'",
        b"'=",
        b"=1",
        "é".as_bytes(),
        "😀".as_bytes(),
        b"\xe9",
        b"5\" tablet",
        b"x",
    ];
    let n = rng.below(6);
    (0..n).flat_map(|_| rng.pick(PIECES).to_vec()).collect()
}

/// A cell as written: quoted properly, or raw (whatever it holds), or quoted with text after
/// the closing quote.
fn write_cell(rng: &mut Rng, out: &mut Vec<u8>) {
    let text = cell_text(rng);
    match rng.below(10) {
        0..=4 => {
            out.push(b'"');
            for &b in &text {
                if b == b'"' {
                    out.push(b'"');
                }
                out.push(b);
            }
            out.push(b'"');
            if rng.chance(5) {
                out.extend_from_slice(b"tail\"x");
            }
        }
        _ => out.extend_from_slice(&text),
    }
}

fn csv_file(rng: &mut Rng, delimiter: u8) -> Vec<u8> {
    let mut header: Vec<&str> = FIELDS.to_vec();
    header.push("notes");
    // Shuffle the columns.
    for i in (1..header.len()).rev() {
        header.swap(i, rng.below(i + 1));
    }
    let endings: &[&[u8]] = &[b"\n", b"\r\n", b"\r"];
    let file_ending = *rng.pick(endings);
    let mut out = Vec::new();
    if rng.chance(20) {
        out.extend_from_slice(b"\xef\xbb\xbf");
    }
    if rng.chance(10) {
        out.extend_from_slice(file_ending);
    }
    out.extend_from_slice(
        header
            .join(std::str::from_utf8(&[delimiter]).expect("an ASCII delimiter"))
            .as_bytes(),
    );
    let header_end = out.len();
    let rows = rng.below(12);
    for _ in 0..rows {
        let ending = if rng.chance(80) {
            file_ending
        } else {
            *rng.pick(endings)
        };
        out.extend_from_slice(ending);
        if rng.chance(8) {
            out.extend_from_slice(ending); // a blank line
        }
        if rng.chance(4) {
            out.extend_from_slice(b"   ");
            continue;
        }
        // Fields past `filled` are empty. A record of many more fields than the header is read
        // by the worker itself, not from the fields the reader found.
        let (width, filled) = match rng.below(20) {
            0 => (header.len() - 1, usize::MAX),
            1 => (header.len() + 1, usize::MAX),
            2 => (1, usize::MAX),
            3 => (header.len() + 12, usize::MAX),
            4 => (header.len() + 12, header.len()),
            _ => (header.len(), usize::MAX),
        };
        for i in 0..width {
            if i > 0 {
                out.push(delimiter);
            }
            if i < filled {
                write_cell(rng, &mut out);
            }
        }
    }
    if rng.chance(60) {
        out.extend_from_slice(file_ending);
    }
    if rng.chance(5) {
        // An unpaired quote somewhere in the body.
        let at = out.len() - rng.below((out.len() - header_end).min(20) + 1);
        out.insert(at.max(header_end + 1).min(out.len()), b'"');
    }
    out
}

fn decode(b: &[u8]) -> String {
    let s = match std::str::from_utf8(b) {
        Ok(s) => s.to_string(),
        Err(_) => aun::io::text::decode_windows_1252(b),
    };
    aun::io::text::unneutralize(&s).to_string()
}

fn csv_records(bytes: &[u8], delimiter: u8) -> Vec<(csv::ByteRecord, u64)> {
    let mut r = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter)
        .from_reader(bytes);
    let mut out = Vec::new();
    let mut rec = csv::ByteRecord::new();
    while r
        .read_byte_record(&mut rec)
        .expect("the csv crate reads any bytes")
    {
        let pos = rec.position().expect("a position").byte() as usize;
        out.push((rec.clone(), pos as u64));
    }
    out
}

fn csv_expected(bytes: &[u8], delimiter: u8) -> Expected {
    let body = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    let mut records = csv_records(body, delimiter);
    // A quoted field still open at the end: one more line end would go into it.
    let mut longer = body.to_vec();
    longer.push(b'\n');
    let open = csv_records(&longer, delimiter).last().map(|r| &r.0) != records.last().map(|r| &r.0);
    // Where the record at `pos` starts, past the line ends before it; and its line.
    let line_start = |pos: u64| {
        let mut p = pos as usize;
        while p < body.len() && matches!(body[p], b'\r' | b'\n') {
            p += 1;
        }
        p
    };
    let line_of = |pos: u64| 1 + aun::export::scan_csv::count_lines(&body[..line_start(pos)]);
    let blank = |r: &csv::ByteRecord| r.len() == 1 && r[0].iter().all(u8::is_ascii_whitespace);
    let n = records.len();
    let mut out = Vec::new();
    let mut stops = None;
    let mut header: Option<Vec<String>> = None;
    for (i, (rec, pos)) in records.drain(..).enumerate() {
        let is_open = open && i == n - 1;
        if blank(&rec) && !is_open {
            continue;
        }
        let Some(h) = &header else {
            header = Some(rec.iter().map(|f| decode(f).trim().to_string()).collect());
            continue;
        };
        let width = h.len();
        let line = line_of(pos);
        if is_open || rec.len() < width || rec.iter().skip(width).any(|f| !f.is_empty()) {
            if is_open && over_lines(&body[line_start(pos)..]) {
                stops = Some(out.len());
            }
            out.push((Err(()), line));
            continue;
        }
        let get = |name: &str| {
            h.iter()
                .position(|x| x == name)
                .map(|c| decode(&rec[c]))
                .unwrap_or_default()
        };
        let fields = FIELDS.map(get);
        out.push((Ok((out.len() as u64 + 1, fields)), line));
    }
    Expected {
        records: out,
        stops,
    }
}

/// Whether text is on more than one line (a line end at its end starts no other line).
fn over_lines(text: &[u8]) -> bool {
    let text = text
        .strip_suffix(b"\r\n")
        .or_else(|| text.strip_suffix(b"\n"))
        .or_else(|| text.strip_suffix(b"\r"))
        .unwrap_or(text);
    text.iter().any(|b| matches!(b, b'\r' | b'\n'))
}

#[test]
fn csv_tsv_and_semicolons_read_as_the_csv_crate_reads_them() {
    let mut rng = Rng(0x5eed_c5c0_0000_0001);
    let (mut files, mut records) = (0u64, 0u64);
    for i in 0..2000 {
        // Every fourth CSV split by semicolons, as Excel writes it where the decimal mark is a
        // comma: read so from its header.
        let (delimiter, name) = match i % 3 {
            2 => (b'\t', "x.tsv"),
            _ if i % 4 == 1 => (b';', "x.csv"),
            _ => (b',', "x.csv"),
        };
        let bytes = csv_file(&mut rng, delimiter);
        let exp = csv_expected(&bytes, delimiter);
        records += check(name, &bytes, &exp, &mut rng, &format!("file {i}"));
        files += 1;
    }
    eprintln!(
        "differential CSV/TSV: {files} files, {records} records, each read strict and lenient"
    );
    assert!(records > 10_000);
}

// ---------------------------------------------------------------- JSON

fn json_string(rng: &mut Rng) -> String {
    const PIECES: &[&str] = &[
        "a",
        "Jane",
        " ",
        "\\\"",
        "\\\\",
        "\\n",
        "\\r\\n",
        "\\t",
        "\\u00e9",
        "é",
        "\\ud83d\\ude00",
        "😀",
        "{",
        "}",
        "[",
        "]",
        ",",
        ":",
        "'=",
        "\\/",
    ];
    let n = rng.below(6);
    let body: String = (0..n).map(|_| *rng.pick(PIECES)).collect();
    format!("\"{body}\"")
}

fn json_scalar(rng: &mut Rng) -> String {
    match rng.below(12) {
        0 => "12345678901234567890123".to_string(),
        1 => "1e3".to_string(),
        2 => "-0.50".to_string(),
        3 => "7".to_string(),
        4 => "true".to_string(),
        5 => "null".to_string(),
        6 => "1.5E-7".to_string(),
        _ => json_string(rng),
    }
}

fn ws(rng: &mut Rng, lines: bool) -> &'static str {
    const IN_LINE: [&str; 4] = ["", " ", "  ", "\t"];
    const ANY: [&str; 6] = ["", " ", "\n", "\r\n", "\n  ", "\t"];
    let options: &[&'static str] = if lines { &IN_LINE } else { &ANY };
    options[rng.below(options.len())]
}

/// The names a generated JSON record may give each field (by [`FIELDS`]), each with its rank
/// among the field's aliases (docs/FORMATS.md): for each field a record is read from the name of
/// the lowest rank it has, and two names of the same rank (`id` and `ID`) make it a bad record.
const KEY_NAMES: [&[(&str, u8)]; 7] = [
    &[("id", 1), ("ID", 1), ("Chat ID", 2)],
    &[("question", 1)],
    &[("transcript", 1), ("Transcript", 1), ("text", 5)],
    &[("patron_name", 1)],
    &[("origin", 1), ("library", 2)],
    &[("patron_email", 1), ("Email", 3)],
    &[("resolution", 1), ("Status", 5)],
];

/// One record: mostly an object with some of the fields under one of their names (any record may
/// lack any of them, the first too, which always has a transcript so that the export has one),
/// extra keys, a key twice; now and then a list or a nested value in a known field (a bad
/// record), or not an object at all.
fn json_record(rng: &mut Rng, lines: bool, first: bool) -> String {
    if !first && rng.chance(4) {
        return json_scalar(rng);
    }
    let mut keys: Vec<String> = Vec::new();
    for (i, names) in KEY_NAMES.iter().enumerate() {
        if (first && FIELDS[i] == "transcript") || rng.chance(70) {
            // Mostly the field's own name; sometimes another, or two of them.
            let n = if rng.chance(70) { 1 } else { 1 + rng.below(2) };
            for _ in 0..n {
                let (name, _) = if rng.chance(60) {
                    names[0]
                } else {
                    *rng.pick(names)
                };
                keys.push(name.to_string());
            }
        }
    }
    if rng.chance(30) {
        keys.push("notes".to_string());
    }
    if rng.chance(10) && !keys.is_empty() {
        let k = keys[rng.below(keys.len())].clone();
        keys.push(k); // a duplicate key
    }
    // Any order: the rank decides, not the place.
    for i in (1..keys.len()).rev() {
        keys.swap(i, rng.below(i + 1));
    }
    let mut s = String::from("{");
    for (i, k) in keys.iter().enumerate() {
        if i > 0 {
            s += ",";
        }
        s += ws(rng, lines);
        let value = match rng.below(25) {
            0 => "[1, \"a\"]".to_string(),
            1 if rng.chance(50) => "[true]".to_string(),
            1 if k == "notes" => "{\"deep\": [1, {\"x\": \"]}\"}]}".to_string(),
            _ => json_scalar(rng),
        };
        s += &format!("\"{k}\"{}:{}{value}", ws(rng, lines), ws(rng, lines));
    }
    s += ws(rng, lines);
    s += "}";
    s
}

/// The text of a serde_json raw value, as aun reads it into a field (`None`: not text); the
/// resolution may be a list of tags (text or numbers), read joined by ", ".
fn raw_text(v: &serde_json::value::RawValue, resolution: bool) -> Option<String> {
    let t = v.get();
    match t.as_bytes()[0] {
        b'"' => Some(serde_json::from_str::<String>(t).unwrap()),
        b'[' if resolution => {
            let tags: Vec<Box<serde_json::value::RawValue>> = serde_json::from_str(t).unwrap();
            let texts: Option<Vec<String>> = tags
                .iter()
                .map(|tag| match tag.get().as_bytes()[0] {
                    b'"' | b'-' | b'0'..=b'9' => raw_text(tag, false),
                    _ => None,
                })
                .collect();
            texts.map(|t| t.join(", "))
        }
        b'[' | b'{' => None,
        _ if t == "null" => Some(String::new()),
        _ => Some(t.to_string()),
    }
}

/// serde_json's reading of one record (its last value for a key given twice), each field from
/// the name of the lowest rank the record has.
fn json_expected_record(text: &str, number: u64) -> Result<Rec, ()> {
    let map: HashMap<String, Box<serde_json::value::RawValue>> =
        serde_json::from_str(text).map_err(|_| ())?;
    let mut fields: [String; 7] = Default::default();
    for (i, names) in KEY_NAMES.iter().enumerate() {
        let present: Vec<(&str, u8)> = names
            .iter()
            .copied()
            .filter(|(n, _)| map.contains_key(*n))
            .collect();
        let Some(best) = present.iter().map(|p| p.1).min() else {
            continue;
        };
        let at_best: Vec<&str> = present
            .iter()
            .filter(|p| p.1 == best)
            .map(|p| p.0)
            .collect();
        if at_best.len() > 1 {
            return Err(()); // two names of one rank: the field cannot be read from both
        }
        // JSON text is taken as it is (only CSV cells lose a formula guard).
        fields[i] = raw_text(&map[at_best[0]], FIELDS[i] == "resolution").ok_or(())?;
    }
    Ok((number, fields))
}

fn json_expected(texts: &[(String, u64)]) -> Expected {
    let mut records = Vec::new();
    for (t, line) in texts {
        let n = records.len() as u64 + 1;
        records.push((json_expected_record(t, n), *line));
    }
    Expected {
        records,
        stops: None,
    }
}

#[test]
fn json_arrays_and_lines_read_as_serde_json_reads_them() {
    let mut rng = Rng(0x0a11_ce00_0000_0002);
    let (mut files, mut records) = (0u64, 0u64);
    for i in 0..1500 {
        let lines = i % 2 == 1;
        let n = 1 + rng.below(10);
        let mut texts: Vec<String> = (0..n)
            .map(|k| json_record(&mut rng, lines, k == 0))
            .collect();
        let mut bytes = String::new();
        let mut placed = Vec::new();
        if lines {
            for t in texts.drain(..) {
                if rng.chance(10) {
                    bytes += "\n";
                }
                let line = 1 + bytes.matches('\n').count() as u64;
                bytes += &t;
                placed.push((t, line));
                bytes += if rng.chance(20) { "\r\n" } else { "\n" };
            }
            // Now and then a line that is not JSON at all.
            if rng.chance(10) {
                let line = 1 + bytes.matches('\n').count() as u64;
                bytes += "{\"id\": \"broken\",\n";
                placed.push(("{\"id\": \"broken\",".to_string(), line));
            }
        } else {
            bytes += ws(&mut rng, false);
            bytes += "[";
            for (k, t) in texts.drain(..).enumerate() {
                if k > 0 {
                    bytes += ",";
                }
                bytes += ws(&mut rng, false);
                let line = 1 + bytes.matches('\n').count() as u64;
                bytes += &t;
                placed.push((t, line));
                bytes += ws(&mut rng, false);
            }
            bytes += "]";
            bytes += ws(&mut rng, false);
        }
        let exp = json_expected(&placed);
        let name = if lines { "x.jsonl" } else { "x.json" };
        records += check(name, bytes.as_bytes(), &exp, &mut rng, &format!("file {i}"));
        files += 1;
    }
    eprintln!("differential JSON/JSON Lines: {files} files, {records} records, each read strict and lenient");
    assert!(records > 5_000);
}

/// The JSON text `triage` and `refer` write by hand is serde's, byte for byte, for every chat of
/// every labelled corpus (each export style), triaged and referred with and without --redact.
#[test]
fn hand_written_json_is_serdes_on_every_corpus() {
    use aun::output::CsvRecord;
    use aun::referral::{Options, Referrer};
    use aun::triage::{TriageOptions, Triager};
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    for dir in ["train", "tests/corpus/train", "tests/corpus/heldout"] {
        for entry in std::fs::read_dir(root.join(dir)).unwrap() {
            let path = entry.unwrap().path();
            let name = path.to_string_lossy().to_string();
            let export = [".csv", ".json", ".jsonl"]
                .iter()
                .any(|e| name.ends_with(e));
            if path.is_file() && export && !name.contains("labels") {
                files.push(path);
            }
        }
    }
    assert!(files.len() >= 8, "corpora: {files:?}");
    let triager = Triager::new(aun::directory::Directory::default_directory());
    let now = chrono::DateTime::parse_from_rfc3339("2026-12-01T00:00:00Z")
        .unwrap()
        .to_utc();
    let opts = TriageOptions::new(now, aun::time::DEFAULT_TZ);
    let mut compared = 0;
    for path in &files {
        let bytes = std::fs::read(path).unwrap();
        let name = path.to_string_lossy().to_string();
        for_each_chat_in(
            &name,
            &name,
            &bytes[..],
            &ReadOptions::default(),
            2,
            |chat| triager.triage(chat, &opts),
            |t| {
                let mut ours = Vec::new();
                t.write_json(&mut ours).unwrap();
                assert_eq!(
                    String::from_utf8(ours).unwrap(),
                    serde_json::to_string(&t).unwrap()
                );
                for redact in [false, true] {
                    let dir = triager.directory();
                    let r = Referrer::new(dir, Options { redact }).unwrap().refer(&t);
                    let mut ours = Vec::new();
                    r.write_json(&mut ours).unwrap();
                    assert_eq!(
                        String::from_utf8(ours).unwrap(),
                        serde_json::to_string(&r).unwrap()
                    );
                }
                compared += 1;
                Ok(())
            },
        )
        .unwrap();
    }
    assert!(compared > 400, "{compared} chats compared");
}

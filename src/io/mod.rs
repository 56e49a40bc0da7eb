//! Readers shared by every command: a path or `-` for stdin; CSV, TSV, JSON (an array of objects)
//! and JSON Lines, chosen by `--input-format`, else the extension, else the first bytes; a UTF-8 BOM
//! and CRLF line ends are accepted; text that is not UTF-8 is read as Windows-1252 and says so.
//!
//! [`atomic`] writes a file whole or not at all (`-o`, the remind state, the overrides and
//! directory files); [`spill`] sorts more than should be held in memory; [`text`] holds the text
//! helpers every layer shares.
//!
//! [`read_table`] loads a small file (a schedule, a directory, overrides) whole. The large chat
//! exports are streamed by [`crate::export`], which shares [`InputFormat`] and [`detect_format`].

pub mod atomic;
pub mod files;
pub mod spill;
pub mod text;

use anyhow::{anyhow, bail, Context, Result};
use serde_json::Value;
use std::io::Read;
use std::path::Path;

pub use text::{decode, Encoding};

/// The input formats every reader understands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum InputFormat {
    Csv,
    Tsv,
    Json,
    Jsonl,
}

impl InputFormat {
    /// The format an extension names (`.csv`, `.tsv`/`.tab`, `.json`, `.jsonl`/`.ndjson`).
    pub fn from_path(path: &str) -> Option<InputFormat> {
        let ext = Path::new(path).extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "csv" => Some(InputFormat::Csv),
            "tsv" | "tab" => Some(InputFormat::Tsv),
            "json" => Some(InputFormat::Json),
            "jsonl" | "ndjson" => Some(InputFormat::Jsonl),
            _ => None,
        }
    }

    /// Guesses the format from the first bytes: `[` is JSON, `{` is JSON Lines, a header line with
    /// more tabs than commas is TSV, anything else CSV.
    pub fn sniff(head: &[u8]) -> InputFormat {
        let head = head.strip_prefix(text::BOM).unwrap_or(head);
        // UTF-16 text: its mark, and the NUL half of each ASCII character, say nothing.
        let head = head
            .strip_prefix(&[0xFF, 0xFE])
            .or_else(|| head.strip_prefix(&[0xFE, 0xFF]))
            .unwrap_or(head);
        let first = head
            .iter()
            .copied()
            .find(|b| !b.is_ascii_whitespace() && *b != 0);
        match first {
            Some(b'[') => InputFormat::Json,
            Some(b'{') => InputFormat::Jsonl,
            _ => {
                let line_end = memchr_newline(head).unwrap_or(head.len());
                let line = &head[..line_end];
                let tabs = line.iter().filter(|&&b| b == b'\t').count();
                let commas = line.iter().filter(|&&b| b == b',').count();
                if tabs > commas {
                    InputFormat::Tsv
                } else {
                    InputFormat::Csv
                }
            }
        }
    }
}

fn memchr_newline(b: &[u8]) -> Option<usize> {
    b.iter().position(|&c| c == b'\n')
}

/// The format to read `name` as: the explicit choice, else its extension, else a sniff of `head`.
pub fn detect_format(explicit: Option<InputFormat>, name: &str, head: &[u8]) -> InputFormat {
    explicit
        .or_else(|| InputFormat::from_path(name))
        .unwrap_or_else(|| InputFormat::sniff(head))
}

/// How a source is named in messages: its path, or `<stdin>` for `-`.
pub fn display_name(path: &str) -> String {
    if path == "-" {
        "<stdin>".to_string()
    } else {
        path.to_string()
    }
}

/// The most bytes [`read_all`] reads: the files read whole (schedules, directories, overrides and
/// their log, vocabularies, category models, labels, remind's state) are far smaller, and `--schedule /dev/zero`
/// must end in an error, not in memory running out.
pub const READ_ALL_LIMIT: u64 = 64 << 20;

/// Reads a whole file, or stdin for `-`, of at most [`READ_ALL_LIMIT`] bytes.
pub fn read_all(path: &str) -> Result<Vec<u8>> {
    if path != "-" {
        return read_file(Path::new(path));
    }
    files::take_stdin()?;
    files::note_input(path);
    read_capped(std::io::stdin().lock(), &display_name(path))
}

/// Reads a whole file (`-` is a file here, not stdin) of at most [`READ_ALL_LIMIT`] bytes. A
/// missing file is an error whose source is the [`std::io::Error`], for callers that allow one.
pub fn read_file(path: &Path) -> Result<Vec<u8>> {
    let name = path.display().to_string();
    files::note_input(&name);
    let file = std::fs::File::open(path).with_context(|| format!("reading {name}"))?;
    read_capped(file, &name)
}

/// Reads all of `input`, named `name` in messages, of at most [`READ_ALL_LIMIT`] bytes.
pub fn read_capped(input: impl Read, name: &str) -> Result<Vec<u8>> {
    let mut buf = Vec::new();
    input
        .take(READ_ALL_LIMIT + 1)
        .read_to_end(&mut buf)
        .with_context(|| format!("reading {name}"))?;
    if buf.len() as u64 > READ_ALL_LIMIT {
        bail!(too_big(name));
    }
    Ok(buf)
}

fn too_big(name: &str) -> String {
    format!(
        "{name}: more than {} MiB; a schedule, directory, overrides, remind state, vocabulary, category model or labels file is far smaller (is this the right file?)",
        READ_ALL_LIMIT >> 20
    )
}

/// Opens a file to be read as a stream (`-` is a file here, not stdin), of at most
/// [`READ_ALL_LIMIT`] bytes. A missing file is an error whose source is the [`std::io::Error`].
pub fn open_file(path: &Path) -> Result<Capped<std::fs::File>> {
    let name = path.display().to_string();
    files::note_input(&name);
    let file = std::fs::File::open(path).with_context(|| format!("reading {name}"))?;
    // A file known to be too long is refused before it is read, whatever its first bytes.
    if file.metadata().is_ok_and(|m| m.len() > READ_ALL_LIMIT) {
        bail!(too_big(&name));
    }
    Ok(Capped::new(file, &name))
}

/// A reader that fails past [`READ_ALL_LIMIT`] bytes, as [`read_file`] does: an endless input
/// is an error naming it, not a run that never ends.
pub struct Capped<R> {
    inner: R,
    name: String,
    left: u64,
}

impl<R: Read> Capped<R> {
    pub fn new(inner: R, name: &str) -> Capped<R> {
        Capped {
            inner,
            name: name.to_string(),
            left: READ_ALL_LIMIT,
        }
    }
}

impl<R: Read> Read for Capped<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        // One byte past the limit is asked for, to tell a file of exactly the limit from a longer one.
        let want = buf
            .len()
            .min(usize::try_from(self.left + 1).unwrap_or(usize::MAX));
        let n = self.inner.read(&mut buf[..want])?;
        if n as u64 > self.left {
            return Err(std::io::Error::other(too_big(&self.name)));
        }
        self.left -= n as u64;
        Ok(n)
    }
}

/// One record of a [`Table`]: its fields in header order and where it starts.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    /// 1-based line of the source where the record starts (for JSON arrays: the record number).
    pub line: u64,
    pub fields: Vec<String>,
}

/// A small input read whole: headers and rows, every row as long as the header.
#[derive(Debug, Clone)]
pub struct Table {
    /// The source as messages name it.
    pub source: String,
    pub format: InputFormat,
    pub encoding: Encoding,
    pub headers: Vec<String>,
    pub rows: Vec<Row>,
}

impl Table {
    /// The index of the first header equal to one of `names`, ignoring case, spaces, `_` and `-`.
    pub fn column(&self, names: &[&str]) -> Option<usize> {
        names.iter().find_map(|n| {
            let n = header_key(n);
            self.headers.iter().position(|h| header_key(h) == n)
        })
    }

    /// Refuses a control character in any field of `row` (see [`text::refuse_control`]); the
    /// columns in `free_text` (notes) may hold tabs and line breaks. The error names the file, the
    /// line, the column and the character.
    pub fn refuse_controls(&self, row: &Row, free_text: &[Option<usize>]) -> Result<()> {
        for (i, field) in row.fields.iter().enumerate() {
            let free = free_text.contains(&Some(i));
            if let Err(e) = text::refuse_control(field, free) {
                let header = self.headers.get(i).map(String::as_str).unwrap_or("");
                bail!(
                    "{}: column {} (field {}): {e}; {}",
                    self.locate(row),
                    text::quote(header.trim()),
                    i + 1,
                    if free {
                        "a note may hold tabs and line breaks, no other control character"
                    } else {
                        "a name, id or contact cannot hold control characters (tabs and line breaks included)"
                    }
                );
            }
        }
        Ok(())
    }

    /// What a reader should be told about how the text was decoded: a file that is not UTF-8
    /// was read as Windows-1252, which may not be what it is in.
    pub fn encoding_note(&self) -> Option<String> {
        (self.encoding == Encoding::Windows1252)
            .then(|| format!("{}: not UTF-8: read as Windows-1252", self.source))
    }

    /// "line 7" for CSV and JSON Lines, "record 7" for a JSON array.
    pub fn locate(&self, row: &Row) -> String {
        match self.format {
            InputFormat::Json => format!("{}: record {}", self.source, row.line),
            _ => format!("{}: line {}", self.source, row.line),
        }
    }
}

/// A header as compared: lower case, without spaces, `_`, `-` or `/`.
pub fn header_key(h: &str) -> String {
    h.chars()
        .filter(|c| !matches!(c, ' ' | '_' | '-' | '/' | '\u{feff}'))
        .flat_map(char::to_lowercase)
        .collect()
}

/// Reads a small table from `bytes` (named `source` in messages).
pub fn read_table(source: &str, bytes: &[u8], format: InputFormat) -> Result<Table> {
    let utf16 = text::decode_utf16(bytes)
        .transpose()
        .map_err(|e| anyhow!("{source}: {e}"))?;
    let (text, encoding) = match &utf16 {
        Some(t) => (std::borrow::Cow::Borrowed(t.as_str()), Encoding::Utf8),
        None => decode(bytes),
    };
    if text.trim().is_empty() {
        bail!("{source}: the file is empty");
    }
    let (headers, rows) = match format {
        InputFormat::Csv => read_delimited(source, &text, b',')?,
        InputFormat::Tsv => read_delimited(source, &text, b'\t')?,
        InputFormat::Json => read_json_array(source, &text)?,
        InputFormat::Jsonl => read_json_lines(source, &text)?,
    };
    Ok(Table {
        source: source.to_string(),
        format,
        encoding,
        headers,
        rows,
    })
}

/// Reads a table from a path (or `-`), detecting its format.
pub fn load_table(path: &str, explicit: Option<InputFormat>) -> Result<Table> {
    let bytes = read_all(path)?;
    let name = display_name(path);
    let format = detect_format(explicit, path, &bytes[..bytes.len().min(4096)]);
    read_table(&name, &bytes, format)
}

fn read_delimited(source: &str, text: &str, delimiter: u8) -> Result<(Vec<String>, Vec<Row>)> {
    let mut rdr = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut headers: Option<Vec<String>> = None;
    let mut rows = Vec::new();
    let mut rec = csv::StringRecord::new();
    // The csv crate's own line count skips blank lines and miscounts CRLF: count from byte offsets.
    // A record starts after the previous one's end, past its line terminator and any blank lines.
    let mut lines = LineCounter::new(text.as_bytes());
    let bytes = text.as_bytes();
    let start_of = |mut at: usize| {
        while at < bytes.len() && matches!(bytes[at], b'\r' | b'\n') {
            at += 1;
        }
        at as u64
    };
    loop {
        let start = start_of(rdr.position().byte() as usize);
        match rdr.read_record(&mut rec) {
            Ok(false) => break,
            Ok(true) => {}
            Err(e) => {
                let line = lines.line_at(start);
                bail!("{source}: line {line}: {}", csv_problem(&e));
            }
        }
        let line = lines.line_at(start);
        // Blank lines between records (a spreadsheet's empty rows) carry nothing.
        if rec.iter().all(str::is_empty) {
            continue;
        }
        let fields: Vec<String> = rec
            .iter()
            .map(|f| crate::io::text::unneutralize(f).to_string())
            .collect();
        match &headers {
            None => {
                let names: Vec<String> = fields.iter().map(|h| h.trim().to_string()).collect();
                if let Some((a, b)) = same_name(&names) {
                    let named = if names[a] == names[b] {
                        format!(
                            "{} twice (columns {} and {})",
                            text::quote(&names[a]),
                            a + 1,
                            b + 1
                        )
                    } else {
                        format!(
                            "{} (column {}) and {} (column {}), which are one name to aun",
                            text::quote(&names[a]),
                            a + 1,
                            text::quote(&names[b]),
                            b + 1
                        )
                    };
                    bail!("{source}: line {line}: the header names {named}; it cannot tell which to read: rename or remove one");
                }
                headers = Some(names);
            }
            Some(h) => {
                if fields.len() > h.len() && fields[h.len()..].iter().any(|f| !f.trim().is_empty())
                {
                    bail!(
                        "{source}: line {line}: {} fields where the header has {}",
                        fields.len(),
                        h.len()
                    );
                }
                let mut fields = fields;
                fields.resize(h.len(), String::new());
                rows.push(Row { line, fields });
            }
        }
    }
    let headers = headers.ok_or_else(|| anyhow!("{source}: the file is empty"))?;
    Ok((headers, rows))
}

/// The first two headers that [`Table::column`] would take for one (the same name, or names
/// differing only in case, spaces, `_`, `-` or `/`): a lookup would find the first, and the
/// other column would be ignored without a word. Empty headers (a spreadsheet's unused columns)
/// name nothing.
fn same_name(headers: &[String]) -> Option<(usize, usize)> {
    let keys: Vec<String> = headers.iter().map(|h| header_key(h)).collect();
    keys.iter().enumerate().find_map(|(b, key)| {
        let a = keys[..b].iter().position(|k| k == key)?;
        (!key.is_empty()).then_some((a, b))
    })
}

/// Refuses JSON keys that are one name to [`Table::column`] ("library" and "Library").
fn refuse_same_name(source: &str, headers: &[String]) -> Result<()> {
    if let Some((a, b)) = same_name(headers) {
        bail!(
            "{source}: the keys {} and {} are one name to aun; it cannot tell which to read: rename or remove one",
            text::quote(&headers[a]),
            text::quote(&headers[b])
        );
    }
    Ok(())
}

/// Turns byte offsets into 1-based line numbers, for offsets that only move forward.
pub struct LineCounter<'a> {
    text: &'a [u8],
    byte: usize,
    line: u64,
}

impl<'a> LineCounter<'a> {
    pub fn new(text: &'a [u8]) -> Self {
        LineCounter {
            text,
            byte: 0,
            line: 1,
        }
    }

    pub fn line_at(&mut self, byte: u64) -> u64 {
        let byte = (byte as usize).min(self.text.len());
        if byte >= self.byte {
            // A line ends at `\n`, `\r\n` or a `\r` alone (Excel for Mac): a `\r` counts unless
            // a `\n` follows it, looked up in the whole text so a pair split between two calls
            // is one line end.
            let text = self.text;
            self.line += (self.byte..byte)
                .filter(|&i| match text[i] {
                    b'\n' => true,
                    b'\r' => text.get(i + 1) != Some(&b'\n'),
                    _ => false,
                })
                .count() as u64;
            self.byte = byte;
        }
        self.line
    }
}

/// A csv error in words, without the crate's own position prefix.
pub fn csv_problem(e: &csv::Error) -> String {
    match e.kind() {
        csv::ErrorKind::UnequalLengths {
            expected_len, len, ..
        } => {
            format!("{len} fields where the header has {expected_len}")
        }
        csv::ErrorKind::Utf8 { .. } => "text that is not valid UTF-8".to_string(),
        csv::ErrorKind::Io(e) => format!("read error: {e}"),
        _ => e.to_string(),
    }
}

fn read_json_array(source: &str, text: &str) -> Result<(Vec<String>, Vec<Row>)> {
    let value: Value = serde_json::from_str(text).map_err(|e| {
        anyhow!(
            "{source}: line {}: invalid JSON: {}",
            e.line(),
            strip_serde_pos(&e)
        )
    })?;
    let items = match value {
        Value::Array(items) => items,
        Value::Object(mut obj) => {
            // Also accepted: an object holding the records under a "records"/"rows"/"assignments" key.
            let key = ["records", "rows", "assignments", "data"]
                .into_iter()
                .find(|k| obj.get(*k).is_some_and(Value::is_array));
            match key.and_then(|k| obj.remove(k)) {
                Some(Value::Array(items)) => items,
                _ => bail!("{source}: expected a JSON array of objects"),
            }
        }
        _ => bail!("{source}: expected a JSON array of objects"),
    };
    let mut headers = Vec::new();
    let objects: Vec<(u64, serde_json::Map<String, Value>)> = items
        .into_iter()
        .enumerate()
        .map(|(i, v)| match v {
            Value::Object(o) => Ok((i as u64 + 1, o)),
            other => Err(anyhow!(
                "{source}: record {}: expected an object, found {}",
                i + 1,
                json_kind(&other)
            )),
        })
        .collect::<Result<_>>()?;
    for (_, o) in &objects {
        for k in o.keys() {
            if !headers.contains(k) {
                headers.push(k.clone());
            }
        }
    }
    refuse_same_name(source, &headers)?;
    let rows = objects
        .into_iter()
        .map(|(n, o)| object_row(source, &format!("record {n}"), n, &headers, o))
        .collect::<Result<_>>()?;
    Ok((headers, rows))
}

fn read_json_lines(source: &str, text: &str) -> Result<(Vec<String>, Vec<Row>)> {
    let mut headers = Vec::new();
    let mut objects = Vec::new();
    // Lines end as in CSV: `\n`, `\r\n` or a `\r` alone.
    let lines = text.split('\n').flat_map(|l| {
        let l = l.strip_suffix('\r').unwrap_or(l);
        l.split('\r')
    });
    for (i, line) in lines.enumerate() {
        let n = i as u64 + 1;
        if line.trim().is_empty() {
            continue;
        }
        let v: Value = serde_json::from_str(line)
            .map_err(|e| anyhow!("{source}: line {n}: invalid JSON: {}", strip_serde_pos(&e)))?;
        let Value::Object(o) = v else {
            bail!(
                "{source}: line {n}: expected an object, found {}",
                json_kind(&v)
            );
        };
        for k in o.keys() {
            if !headers.contains(k) {
                headers.push(k.clone());
            }
        }
        objects.push((n, o));
    }
    if objects.is_empty() {
        bail!("{source}: the file is empty");
    }
    refuse_same_name(source, &headers)?;
    let rows = objects
        .into_iter()
        .map(|(n, o)| object_row(source, &format!("line {n}"), n, &headers, o))
        .collect::<Result<_>>()?;
    Ok((headers, rows))
}

fn object_row(
    source: &str,
    at: &str,
    line: u64,
    headers: &[String],
    mut o: serde_json::Map<String, Value>,
) -> Result<Row> {
    let fields = headers
        .iter()
        .map(|h| match o.remove(h) {
            None | Some(Value::Null) => Ok(String::new()),
            Some(v) => scalar_text(&v).ok_or_else(|| {
                anyhow!(
                    "{source}: {at}: field {} is {}, expected text, a number or a list",
                    text::quote(h),
                    json_kind(&v)
                )
            }),
        })
        .collect::<Result<_>>()?;
    Ok(Row { line, fields })
}

/// A JSON value as a cell: strings as they are, numbers and booleans as written, a list of
/// scalars joined with "; ". Objects and nested lists have no cell form.
pub fn scalar_text(v: &Value) -> Option<String> {
    match v {
        Value::Null => Some(String::new()),
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        Value::Array(items) => {
            let parts: Option<Vec<String>> = items
                .iter()
                .map(|i| match i {
                    Value::Array(_) | Value::Object(_) => None,
                    other => scalar_text(other),
                })
                .collect();
            parts.map(|p| p.join("; "))
        }
        Value::Object(_) => None,
    }
}

pub fn json_kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "a list",
        Value::Object(_) => "an object",
    }
}

/// serde_json's message without its trailing " at line L column C" (the caller names the place).
pub fn strip_serde_pos(e: &serde_json::Error) -> String {
    let s = e.to_string();
    match s.rfind(" at line ") {
        Some(i) => s[..i].to_string(),
        None => s,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sniffs_formats() {
        assert_eq!(InputFormat::sniff(b"[{\"a\":1}]"), InputFormat::Json);
        assert_eq!(
            InputFormat::sniff(b"\xef\xbb\xbf{\"a\":1}\n"),
            InputFormat::Jsonl
        );
        assert_eq!(InputFormat::sniff(b"a\tb\tc\n1\t2\t3"), InputFormat::Tsv);
        assert_eq!(InputFormat::sniff(b"a,b,c\n"), InputFormat::Csv);
        assert_eq!(detect_format(None, "x.jsonl", b"a,b"), InputFormat::Jsonl);
        assert_eq!(
            detect_format(Some(InputFormat::Csv), "x.json", b"["),
            InputFormat::Csv
        );
    }

    #[test]
    fn reads_csv_with_bom_crlf_and_blank_lines() {
        let t = read_table(
            "s.csv",
            b"\xef\xbb\xbfday,start\r\nmon,09:00\r\n\r\ntue,13:00\r\n",
            InputFormat::Csv,
        )
        .unwrap();
        assert_eq!(t.headers, ["day", "start"]);
        assert_eq!(t.rows.len(), 2);
        assert_eq!(t.rows[1].line, 4);
        assert_eq!(t.column(&["Start"]), Some(1));
    }

    #[test]
    fn lines_are_counted_whatever_ends_them() {
        for text in [
            "a,b\r1,2\r\r3,x\r1,2,3\r",
            "a,b\r\n1,2\r\n\r\n3,x\r\n1,2,3\r\n",
            "a,b\n1,2\r\n\r3,x\n1,2,3",
        ] {
            let e = read_table("s.csv", text.as_bytes(), InputFormat::Csv).unwrap_err();
            assert_eq!(
                e.to_string(),
                "s.csv: line 5: 3 fields where the header has 2",
                "{text:?}"
            );
        }
        let t = read_table("s.csv", b"a,b\r1,2\r\r3,x\r", InputFormat::Csv).unwrap();
        assert_eq!(t.rows.iter().map(|r| r.line).collect::<Vec<_>>(), [2, 4]);
        let e = read_table(
            "o.jsonl",
            b"{\"a\":1}\r\r{\"a\":2}\r[3]\r",
            InputFormat::Jsonl,
        )
        .unwrap_err();
        assert_eq!(
            e.to_string(),
            "o.jsonl: line 4: expected an object, found a list"
        );
    }

    #[test]
    fn reports_wrong_field_counts_with_the_line() {
        let e = read_table("s.csv", b"a,b\n1,2\n1,2,3\n", InputFormat::Csv).unwrap_err();
        assert_eq!(
            e.to_string(),
            "s.csv: line 3: 3 fields where the header has 2"
        );
    }

    #[test]
    fn reads_json_and_jsonl_alike() {
        let a = read_table(
            "a.json",
            br#"[{"day":"mon","n":1},{"day":"tue","x":null}]"#,
            InputFormat::Json,
        )
        .unwrap();
        let b = read_table(
            "b.jsonl",
            b"{\"day\":\"mon\",\"n\":1}\n\n{\"day\":\"tue\",\"x\":null}\n",
            InputFormat::Jsonl,
        )
        .unwrap();
        assert_eq!(a.headers, b.headers);
        assert_eq!(a.rows[1].fields, b.rows[1].fields);
        let e = read_table("b.jsonl", b"{\"a\":1}\n[1]\n", InputFormat::Jsonl).unwrap_err();
        assert_eq!(
            e.to_string(),
            "b.jsonl: line 2: expected an object, found a list"
        );
        let e = read_table("a.json", br#"[{"a":{"b":1}}]"#, InputFormat::Json).unwrap_err();
        assert!(
            e.to_string().contains("record 1: field \"a\" is an object"),
            "{e}"
        );
    }

    #[test]
    fn a_column_named_twice_is_refused() {
        let e = read_table(
            "s.csv",
            b"\n\nday,start,end,library,Library\nmon,09:00,13:00,FCPL,BCPL\n",
            InputFormat::Csv,
        )
        .unwrap_err();
        assert_eq!(
            e.to_string(),
            "s.csv: line 3: the header names \"library\" (column 4) and \"Library\" (column 5), which are one name to aun; it cannot tell which to read: rename or remove one"
        );
        let e = read_table(
            "s.jsonl",
            b"{\"day\":\"mon\",\"library\":\"FCPL\"}\n{\"day\":\"tue\",\"Library\":\"BCPL\"}\n",
            InputFormat::Jsonl,
        )
        .unwrap_err();
        assert!(
            e.to_string()
                .contains("the keys \"library\" and \"Library\" are one name"),
            "{e}"
        );
        // A spreadsheet's unused columns have no name, however many there are.
        let t = read_table("s.csv", b"day,,,start,\nmon,,,09:00,\n", InputFormat::Csv).unwrap();
        assert_eq!(t.column(&["start"]), Some(3));
    }

    #[test]
    fn empty_input_is_an_error() {
        assert!(read_table("e.csv", b"", InputFormat::Csv)
            .unwrap_err()
            .to_string()
            .contains("empty"));
        assert!(read_table("e.jsonl", b"\n\n", InputFormat::Jsonl).is_err());
    }
}

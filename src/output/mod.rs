//! The one renderer every command prints records through: a table for people, JSON, JSON Lines or
//! CSV for scripts, with the same field names in every machine format.
//!
//! Records are any `Serialize` value whose serialized form is a flat-ish object. Nested objects are
//! flattened for CSV and tables with dotted names (`next.library`); lists become "a; b". CSV cells
//! that a spreadsheet would run as a formula are neutralised here ([`crate::io::text::neutralize`]),
//! once, for every command.

pub mod html;
pub mod table;

use anyhow::Result;
use serde::Serialize;
use serde_json::{Map, Value};
use std::io::Write;
use std::marker::PhantomData;

pub use crate::record::CsvRecord;

/// Output formats. Not every command offers every one: `text` is for reminders, `ics` for
/// calendars, `grid` for `schedule show` (the cooperative's own table, as CSV), `html` for the
/// pages `refer` and `report` make.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    Table,
    Json,
    Jsonl,
    Csv,
    Text,
    Ics,
    Grid,
    Html,
}

/// A record already encoded for one format ([`encode`]), waiting for [`RecordWriter::write_encoded`]
/// to frame it: the JSON array's brackets and commas, the JSON Lines newline, the CSV header and
/// the byte-order mark are written there, never by the command.
pub struct Encoded<T> {
    bytes: Vec<u8>,
    record: PhantomData<fn() -> T>,
}

/// The buffer goes back to the pool: rows are encoded on the workers and dropped on the
/// writing thread, and an allocation freed on another thread than the one that made it is
/// slow to free and slow to make again.
impl<T> Drop for Encoded<T> {
    fn drop(&mut self) {
        buffers::give(std::mem::take(&mut self.bytes));
    }
}

/// The buffers of encoded rows, reused: each thread keeps a few, and hands batches to and takes
/// them from a shared pool (one lock a batch, not one a row).
mod buffers {
    use std::cell::RefCell;
    use std::sync::Mutex;

    /// Buffers moved to or from the shared pool at a time.
    const BATCH: usize = 32;
    /// Buffers the shared pool keeps at most: about the rows a few chunks in flight hold.
    const POOL: usize = 4096;
    /// A buffer that grew past this (a row with a very long field) is freed, not kept.
    const LARGEST: usize = 4096;

    static SHARED: Mutex<Vec<Vec<u8>>> = Mutex::new(Vec::new());

    thread_local! {
        static LOCAL: RefCell<Vec<Vec<u8>>> = const { RefCell::new(Vec::new()) };
    }

    /// An empty buffer with room for `capacity` bytes.
    pub(super) fn take(capacity: usize) -> Vec<u8> {
        let reused = LOCAL.with(|local| {
            let mut local = local.borrow_mut();
            if local.is_empty() {
                if let Ok(mut shared) = SHARED.lock() {
                    let n = shared.len().saturating_sub(BATCH);
                    local.extend(shared.drain(n..));
                }
            }
            local.pop()
        });
        match reused {
            Some(mut b) => {
                b.clear();
                b.reserve(capacity);
                b
            }
            None => Vec::with_capacity(capacity),
        }
    }

    /// Keeps `b` for a later [`take`] (on any thread).
    pub(super) fn give(b: Vec<u8>) {
        if b.capacity() == 0 || b.capacity() > LARGEST {
            return;
        }
        // While the thread ends, its buffers are simply freed.
        let _ = LOCAL.try_with(|local| {
            let mut local = local.borrow_mut();
            local.push(b);
            if local.len() >= 2 * BATCH {
                if let Ok(mut shared) = SHARED.lock() {
                    let room = POOL.saturating_sub(shared.len()).min(BATCH);
                    let n = local.len() - room;
                    shared.extend(local.drain(n..));
                }
                local.truncate(2 * BATCH - 1);
            }
        });
    }
}

/// Encodes one record for `format` (JSON text for json and jsonl, one CSV row for csv), on any
/// thread; `capacity` is the expected size, so the buffer is not grown.
pub fn encode<T: CsvRecord>(format: Format, record: &T, capacity: usize) -> Result<Encoded<T>> {
    let mut bytes = buffers::take(capacity);
    match format {
        Format::Json | Format::Jsonl => record.write_json(&mut bytes)?,
        Format::Csv => csv_row_into(&mut bytes, record.csv_cells().iter().map(|c| c.as_ref())),
        _ => anyhow::bail!("records are encoded ahead only as JSON or CSV, not {format:?}"),
    }
    Ok(Encoded {
        bytes,
        record: PhantomData,
    })
}

/// A record of type `T` encoded as JSON by `write` (which appends the bytes
/// [`CsvRecord::write_json`] would), for json and jsonl: for a record written straight from
/// what it is made of, without making it.
pub fn encode_json<T: CsvRecord>(capacity: usize, write: impl FnOnce(&mut Vec<u8>)) -> Encoded<T> {
    let mut bytes = buffers::take(capacity);
    write(&mut bytes);
    Encoded {
        bytes,
        record: PhantomData,
    }
}

/// Streams records to a writer in one of the record formats.
pub struct RecordWriter<W: Write> {
    format: Format,
    out: W,
    count: u64,
    csv_header: Option<Vec<String>>,
    table: Option<table::StreamTable>,
    excel: bool,
}

impl<W: Write> RecordWriter<W> {
    /// `format` must be one of table, json, jsonl or csv; `color` styles a table's header.
    pub fn new(format: Format, out: W, color: bool) -> Self {
        let table = matches!(format, Format::Table | Format::Text)
            .then(|| table::StreamTable::new(color && format == Format::Table));
        RecordWriter {
            format,
            out,
            count: 0,
            csv_header: None,
            table,
            excel: false,
        }
    }

    /// For CSV: start with a UTF-8 byte-order mark, so Excel reads the file as UTF-8.
    pub fn excel(mut self, on: bool) -> Self {
        self.excel = on;
        self
    }

    /// Writes one record.
    pub fn write<T: Serialize + ?Sized>(&mut self, record: &T) -> Result<()> {
        match self.format {
            Format::Jsonl => {
                serde_json::to_writer(&mut self.out, record)?;
                self.out.write_all(b"\n")?;
            }
            Format::Json => {
                self.out
                    .write_all(if self.count == 0 { b"[\n" } else { b",\n" })?;
                serde_json::to_writer(&mut self.out, record)?;
            }
            Format::Csv => {
                let cells = flatten(record)?;
                self.csv_start(|| cells.iter().map(|(k, _)| k.clone()).collect())?;
                // A row is never written under another row's columns: a record type whose
                // shape depends on its data (an optional nested object) is a defect.
                let header = self.csv_header.as_deref().unwrap_or_default();
                if !cells.iter().map(|(k, _)| k).eq(header.iter()) {
                    let names: Vec<&str> = cells.iter().map(|(k, _)| k.as_str()).collect();
                    anyhow::bail!(
                        "a defect in aun (please report it): CSV row {} has the columns {} under the header {}",
                        self.count + 1,
                        names.join(","),
                        header.join(",")
                    );
                }
                write_csv_row(&mut self.out, cells.iter().map(|(_, v)| v.as_str()))?;
            }
            Format::Table | Format::Text => {
                let cells = flatten(record)?;
                let table = self.table.as_mut().expect("a table for table and text");
                table.push(&mut self.out, cells)?;
            }
            Format::Ics | Format::Grid | Format::Html => {
                anyhow::bail!("records cannot be written as {:?}", self.format)
            }
        }
        self.count += 1;
        Ok(())
    }

    /// Writes one record [`encode`]d for this writer's format (json, jsonl or csv).
    pub fn write_encoded<T: CsvRecord>(&mut self, row: &Encoded<T>) -> Result<()> {
        match self.format {
            Format::Jsonl => {
                self.out.write_all(&row.bytes)?;
                self.out.write_all(b"\n")?;
            }
            Format::Json => {
                self.out
                    .write_all(if self.count == 0 { b"[\n" } else { b",\n" })?;
                self.out.write_all(&row.bytes)?;
            }
            Format::Csv => {
                self.csv_start(|| T::FIELDS.iter().map(|f| f.to_string()).collect())?;
                self.out.write_all(&row.bytes)?;
            }
            _ => anyhow::bail!("encoded records cannot be written as {:?}", self.format),
        }
        self.count += 1;
        Ok(())
    }

    /// Writes one table row made ahead (for the table and text formats).
    pub fn write_row(&mut self, row: table::Row) -> Result<()> {
        let Some(table) = &mut self.table else {
            anyhow::bail!("table rows cannot be written as {:?}", self.format)
        };
        table.push_row(&mut self.out, row)?;
        self.count += 1;
        Ok(())
    }

    /// Before the first CSV row: the byte-order mark (for Excel) and the header.
    fn csv_start(&mut self, header: impl FnOnce() -> Vec<String>) -> Result<()> {
        if self.csv_header.is_none() {
            if self.excel {
                self.out.write_all(crate::io::text::BOM)?;
            }
            let header = header();
            write_csv_row(&mut self.out, header.iter().map(String::as_str))?;
            self.csv_header = Some(header);
        }
        Ok(())
    }

    /// Ends the output (closes a JSON array, prints a table's last rows) and returns the writer.
    pub fn finish(mut self) -> Result<W> {
        match self.format {
            Format::Json => self
                .out
                .write_all(if self.count == 0 { b"[]\n" } else { b"\n]\n" })?,
            Format::Table | Format::Text => {
                if let Some(t) = self.table.take() {
                    t.finish(&mut self.out)?;
                }
            }
            _ => {}
        }
        self.out.flush()?;
        Ok(self.out)
    }
}

/// Writes one CSV row (RFC 4180 quoting), neutralising formula cells.
fn write_csv_row<'a, W: Write>(out: &mut W, cells: impl Iterator<Item = &'a str>) -> Result<()> {
    let mut row = Vec::with_capacity(256);
    csv_row_into(&mut row, cells);
    out.write_all(&row)?;
    Ok(())
}

/// Appends one CSV row and its newline to `row`, the bytes the `csv` crate writes with its
/// defaults: a cell is quoted when it holds a comma, a quote, CR or LF, its quotes doubled; a
/// row of nothing (no cell, or one empty cell) is `""`. Formula cells are neutralised first.
/// Written by hand: a `csv::Writer` per row zeroes an 8 KiB buffer, and rows are written by the
/// million.
pub fn csv_row_into<'a>(row: &mut Vec<u8>, cells: impl Iterator<Item = &'a str>) {
    let start = row.len();
    for (i, cell) in cells.enumerate() {
        if i > 0 {
            row.push(b',');
        }
        let cell = crate::io::text::neutralize(cell);
        let bytes = cell.as_bytes();
        if !csv_needs_quotes(bytes) {
            row.extend_from_slice(bytes);
            continue;
        }
        row.reserve(bytes.len() + 2);
        row.push(b'"');
        let mut rest = bytes;
        while let Some(k) = memchr::memchr(b'"', rest) {
            row.extend_from_slice(&rest[..=k]);
            row.push(b'"');
            rest = &rest[k + 1..];
        }
        row.extend_from_slice(rest);
        row.push(b'"');
    }
    if row.len() == start {
        row.extend_from_slice(b"\"\"");
    }
    row.push(b'\n');
}

/// Whether a cell holds a comma, a quote, CR or LF: eight bytes at a time (the exact "has a
/// zero byte" test on the word xor each of them), the tail byte by byte.
fn csv_needs_quotes(bytes: &[u8]) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let zero = |x: u64| x.wrapping_sub(ONES) & !x & HIGH != 0;
    let mut words = bytes.chunks_exact(8);
    let found = words.by_ref().any(|w| {
        let w = u64::from_le_bytes(w.try_into().expect("8 bytes"));
        [b',', b'"', b'\r', b'\n']
            .iter()
            .any(|&b| zero(w ^ (ONES * u64::from(b))))
    });
    found
        || words
            .remainder()
            .iter()
            .any(|b| matches!(b, b',' | b'"' | b'\r' | b'\n'))
}

/// A record's fields as (name, text) pairs, nested objects flattened with dotted names.
pub fn flatten<T: Serialize + ?Sized>(record: &T) -> Result<Vec<(String, String)>> {
    let value = serde_json::to_value(record)?;
    let mut cells = Vec::new();
    match value {
        Value::Object(map) => flatten_into(&mut cells, "", map),
        other => cells.push(("value".to_string(), cell_text(&other))),
    }
    Ok(cells)
}

fn flatten_into(cells: &mut Vec<(String, String)>, prefix: &str, map: Map<String, Value>) {
    for (k, v) in map {
        let name = if prefix.is_empty() {
            k
        } else {
            format!("{prefix}.{k}")
        };
        match v {
            Value::Object(inner) => flatten_into(cells, &name, inner),
            other => cells.push((name, cell_text(&other))),
        }
    }
}

/// A JSON value as one cell: null is empty, lists are joined with "; ".
pub fn cell_text(v: &Value) -> String {
    match v {
        Value::Null => String::new(),
        Value::String(s) => s.clone(),
        Value::Array(items) => items.iter().map(cell_text).collect::<Vec<_>>().join("; "),
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn render(format: Format, rows: &[Value]) -> String {
        let mut w = RecordWriter::new(format, Vec::new(), false);
        for r in rows {
            w.write(r).unwrap();
        }
        String::from_utf8(w.finish().unwrap()).unwrap()
    }

    #[test]
    fn same_fields_in_every_machine_format() {
        let rows = [json!({"id": 1, "next": {"library": "BCPL"}, "tags": ["a", "b"]})];
        assert_eq!(
            render(Format::Jsonl, &rows),
            "{\"id\":1,\"next\":{\"library\":\"BCPL\"},\"tags\":[\"a\",\"b\"]}\n"
        );
        assert_eq!(
            render(Format::Csv, &rows),
            "id,next.library,tags\n1,BCPL,a; b\n"
        );
        assert_eq!(render(Format::Json, &[]), "[]\n");
        let json: Value = serde_json::from_str(&render(Format::Json, &rows)).unwrap();
        assert_eq!(json[0]["next"]["library"], "BCPL");
    }

    #[test]
    fn a_csv_row_never_goes_under_other_columns() {
        // Rows of one shape, then one whose optional object is null: refused, not shifted.
        let mut w = RecordWriter::new(Format::Csv, Vec::new(), false);
        w.write(&json!({"id": 1, "next": {"library": "BCPL"}}))
            .unwrap();
        w.write(&json!({"id": 2, "next": {"library": null}}))
            .unwrap();
        let e = w.write(&json!({"id": 3, "next": null})).unwrap_err();
        assert_eq!(
            e.to_string(),
            "a defect in aun (please report it): CSV row 3 has the columns id,next under the header id,next.library"
        );
    }

    /// The `csv` crate's row, as the output wrote it before it wrote rows by hand.
    fn csv_crate_row(cells: &[String]) -> Vec<u8> {
        let mut w = csv::WriterBuilder::new()
            .has_headers(false)
            .from_writer(Vec::new());
        let safe: Vec<std::borrow::Cow<str>> = cells
            .iter()
            .map(|c| crate::io::text::neutralize(c))
            .collect();
        w.write_record(safe.iter().map(|c| c.as_bytes())).unwrap();
        w.into_inner().unwrap()
    }

    #[test]
    fn csv_rows_are_the_csv_crates() {
        let rows: &[&[&str]] = &[
            &[],
            &[""],
            &["", ""],
            &["a"],
            &[
                "a,b",
                "say \"hi\"",
                "two\nlines",
                "cr\r",
                "tab\t",
                "=1+1",
                "'-5",
                "caf\u{e9}",
            ],
            &[
                "\"",
                "\"\"",
                ",",
                "exactly8",
                "eight,,,",
                "sixteen bytes!!\"",
                "\u{2028}",
            ],
        ];
        for cells in rows {
            let cells: Vec<String> = cells.iter().map(|c| c.to_string()).collect();
            let mut ours = Vec::new();
            csv_row_into(&mut ours, cells.iter().map(String::as_str));
            assert_eq!(ours, csv_crate_row(&cells), "{cells:?}");
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(512))]

        #[test]
        fn any_csv_row_is_the_csv_crates(cells in proptest::collection::vec(
            proptest::prop_oneof![
                "[,\"\r\n a=+@'\t-]{0,20}",
                proptest::prelude::any::<String>(),
            ],
            0..6,
        )) {
            let mut ours = Vec::new();
            csv_row_into(&mut ours, cells.iter().map(String::as_str));
            proptest::prop_assert_eq!(ours, csv_crate_row(&cells));
        }
    }

    #[derive(Serialize)]
    struct Row {
        id: u64,
        text: String,
    }

    impl CsvRecord for Row {
        const FIELDS: &'static [&'static str] = &["id", "text"];
        fn csv_cells(&self) -> Vec<std::borrow::Cow<'_, str>> {
            vec![self.id.to_string().into(), self.text.as_str().into()]
        }
    }

    #[test]
    fn a_dropped_rows_buffer_is_taken_again_empty() {
        let mut b = Vec::with_capacity(1000);
        b.extend_from_slice(b"left over");
        buffers::give(b);
        let b = buffers::take(10);
        assert!(b.is_empty() && b.capacity() >= 1000);
    }

    /// Rows encoded into buffers other rows left (long and short, JSON and CSV, dropped on
    /// another thread than the one that encoded them) are the rows fresh buffers give.
    #[test]
    fn rows_in_reused_buffers_are_the_fresh_rows() {
        let rows: Vec<Row> = (0..500u64)
            .map(|i| Row {
                id: i,
                text: "x\"y,".repeat((i as usize * 37) % 300),
            })
            .collect();
        for format in [Format::Jsonl, Format::Csv] {
            let fresh = |r: &Row| match format {
                Format::Csv => {
                    let mut b = Vec::new();
                    csv_row_into(&mut b, r.csv_cells().iter().map(|c| c.as_ref()));
                    b
                }
                _ => serde_json::to_vec(r).unwrap(),
            };
            for _ in 0..3 {
                let encoded: Vec<Encoded<Row>> = std::thread::scope(|s| {
                    s.spawn(|| {
                        rows.iter()
                            .map(|r| encode(format, r, 64).unwrap())
                            .collect()
                    })
                    .join()
                    .unwrap()
                });
                for (e, r) in encoded.iter().zip(&rows) {
                    assert_eq!(e.bytes, fresh(r));
                }
            }
        }
    }

    #[test]
    fn csv_neutralises_formulas_and_reads_back() {
        let rows = [json!({"a": "=HYPERLINK(\"x\")", "b": "-5", "c": "'=quoted", "d": "plain"})];
        let out = render(Format::Csv, &rows);
        assert_eq!(
            out,
            "a,b,c,d\n\"'=HYPERLINK(\"\"x\"\")\",'-5,''=quoted,plain\n"
        );
    }
}

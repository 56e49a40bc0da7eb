//! The export reader: CSV, TSV, JSON (an array of objects) and JSON Lines, from a file
//! or stdin, mapped to the canonical fields of [`Chat`], in constant memory, on several threads.
//!
//! # The API other commands build on
//!
//! ```no_run
//! use aun::export::{for_each_chat, ReadOptions};
//! let opts = ReadOptions::default();
//! let mut ids = Vec::new();
//! let report = for_each_chat(
//!     "export.csv",
//!     &opts,
//!     2,                                   // worker threads
//!     |chat| chat.id.clone(),              // runs on the workers, in any order
//!     |id| { ids.push(id); Ok(()) },       // runs on the caller's thread, in record order
//! )?;
//! # Ok::<(), anyhow::Error>(())
//! ```
//!
//! [`for_each_chat`] reads `source` (a path, or `-` for stdin), calls `f` on every chat on worker
//! threads, and hands each result to `sink` on the calling thread **in record order**. `refer` and
//! `remind` use it with their own `f` so they run at the same speed as `triage`.
//!
//! # How it works
//!
//! A reader thread reads blocks of about [`ReadOptions::chunk_bytes`] and cuts them at a record
//! boundary (CSV/TSV: a newline outside quotes, found by counting quotes; JSON Lines: a newline;
//! JSON arrays: the end of a top-level object). Workers parse and process whole chunks; the caller
//! puts their results back in order by sequence number. Channels are bounded, and at most
//! `2 × threads + 2` chunks are between the reader and the caller (a token per chunk, given back in
//! order), so memory stays flat whatever the file's size and however the threads are scheduled:
//! a few chunks in flight, plus one record at most [`ReadOptions::max_record_bytes`] long. Chunk
//! buffers are handed back to the reader and reused.
//!
//! # Bad input
//!
//! A quote left open, a record with the wrong number of fields, an unparseable `started_at`, a JSON
//! line that is not an object, a record longer than the limit: an error naming the source, the
//! line and the record number. With [`ReadOptions::lenient`] the record is skipped and counted in
//! the [`ReadReport`] instead. Text that is not UTF-8 is decoded as Windows-1252 (per field) and
//! counted, so the caller can say so. An empty input and a header without records are errors.
//!
//! # Parts
//!
//! - [`columns`]: the canonical [`Field`]s, the header aliases of known exports
//!   (`data/headers.csv`) and `--columns`, and the [`Mapping`] of one export.
//! - `split`: the reader thread, which cuts the input into chunks at record boundaries.
//! - `delimited` and `json`: the records of a chunk, CSV/TSV and JSON, into [`Chat`]s.

pub mod columns;
mod delimited;
mod json;
mod split;

pub use columns::{parse_columns, Field, Mapping, HEADERS_CSV};

use crate::io::InputFormat;
use anyhow::{anyhow, bail, Result};
use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use split::{CsvScan, JsonScan, Splitter};
use std::collections::BTreeMap;
use std::io::Read;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{sync_channel, Receiver};
use std::sync::{Arc, Mutex};

/// One chat of an export, in the canonical fields every export style is mapped to.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Chat {
    /// 1-based record number in the export (the header is not a record).
    pub record: u64,
    pub id: String,
    pub started_at: Option<DateTime<Utc>>,
    pub resolution: String,
    /// The account / department / queue the chat came from.
    pub origin: String,
    pub patron_email: String,
    pub patron_name: String,
    pub question: String,
    pub transcript: String,
}

/// How an export is read.
#[derive(Debug, Clone)]
pub struct ReadOptions {
    /// The format, when neither the extension nor the first bytes should decide.
    pub format: Option<InputFormat>,
    /// Header overrides (`--columns`), before the built-in aliases.
    pub columns: Vec<(Field, String)>,
    /// The zone naive timestamps are read in.
    pub tz: Tz,
    /// Skip and count bad records instead of failing.
    pub lenient: bool,
    /// The longest record accepted (a longer one is bad input).
    pub max_record_bytes: usize,
    /// About how much text each worker gets at a time.
    pub chunk_bytes: usize,
    /// Only rows whose resolution passes this test reach `f` (triage: "Follow Up By Patron
    /// Library"). The others are counted as read, but their other fields are not decoded or
    /// checked, which saves work on the rows no one asked for.
    pub wanted: Option<fn(&str) -> bool>,
}

/// Records longer than this are bad input: 4 MiB holds any real chat many times over, and keeps
/// memory bounded.
pub const MAX_RECORD_BYTES: usize = 4 << 20;

impl Default for ReadOptions {
    fn default() -> Self {
        ReadOptions {
            format: None,
            columns: Vec::new(),
            tz: crate::time::DEFAULT_TZ,
            lenient: false,
            max_record_bytes: MAX_RECORD_BYTES,
            chunk_bytes: 1 << 20,
            wanted: None,
        }
    }
}

/// A record that could not be read.
#[derive(Debug, Clone, PartialEq)]
pub struct BadRecord {
    /// 1-based record number (the header is not a record).
    pub record: u64,
    /// 1-based line where the record starts.
    pub line: u64,
    pub problem: String,
}

/// What a read found, besides the chats.
#[derive(Debug, Clone, PartialEq)]
pub struct ReadReport {
    pub mapping: Mapping,
    /// Records read (good and skipped).
    pub records: u64,
    /// Records skipped by `lenient`.
    pub skipped: u64,
    /// The first few skipped records.
    pub first_skipped: Vec<BadRecord>,
    /// Records with text that was not UTF-8 and was read as Windows-1252.
    pub windows_1252_records: u64,
    pub first_windows_1252_record: Option<u64>,
}

/// How many skipped records the report keeps.
pub const KEEP_SKIPPED: usize = 5;

/// Reads the header (or the first JSON object) only: which header becomes which field.
pub fn read_mapping(source: &str, opts: &ReadOptions) -> Result<Mapping> {
    let input = open(source)?;
    let name = crate::io::display_name(source);
    let (mapping, _, _) = start(&name, source, input, opts)?;
    Ok(mapping)
}

/// Opens a path, or stdin for `-`.
pub fn open(source: &str) -> Result<Box<dyn Read + Send>> {
    if source == "-" {
        Ok(Box::new(std::io::stdin()))
    } else {
        // So that `-o` can refuse to write over the export.
        crate::io::files::note_input(source);
        let f = std::fs::File::open(source).map_err(|e| anyhow!("{source}: {e}"))?;
        Ok(Box::new(f))
    }
}

/// Reads every chat of `source` (a path or `-`), runs `f` on `threads` workers and passes the
/// results to `sink` in record order. See the module documentation.
pub fn for_each_chat<T, F, S>(
    source: &str,
    opts: &ReadOptions,
    threads: usize,
    f: F,
    sink: S,
) -> Result<ReadReport>
where
    T: Send,
    F: Fn(&Chat) -> T + Sync,
    S: FnMut(T) -> Result<()>,
{
    let input = open(source)?;
    let name = crate::io::display_name(source);
    for_each_chat_in(&name, source, input, opts, threads, f, sink)
}

/// [`for_each_chat`] over any reader; `name` is how messages call it, `path` decides the format
/// by its extension (may be empty).
pub fn for_each_chat_in<T, F, S>(
    name: &str,
    path: &str,
    input: impl Read + Send,
    opts: &ReadOptions,
    threads: usize,
    f: F,
    mut sink: S,
) -> Result<ReadReport>
where
    T: Send,
    F: Fn(&Chat) -> T + Sync,
    S: FnMut(T) -> Result<()>,
{
    let (mapping, splitter, buf) = start(name, path, input, opts)?;
    let threads = threads.max(1);
    let stop = AtomicBool::new(false);
    let (chunk_tx, chunk_rx) = sync_channel::<Chunk>(threads);
    // Only the workers hold the chunk receiver: when they stop, the reader's sends fail.
    let shared_rx = Arc::new(Mutex::new(chunk_rx));
    let worker_rxs: Vec<_> = (0..threads).map(|_| Arc::clone(&shared_rx)).collect();
    drop(shared_rx);
    let (done_tx, done_rx) = sync_channel::<Result<Done<T>>>(threads * 2);
    // At most this many chunks between the reader and the collector: when one worker is slow
    // (descheduled on a busy machine), the others cannot race ahead and pile up results.
    let (window_tx, window_rx) = sync_channel::<()>(threads * 2 + 2);
    // Chunk buffers go back to the reader to be filled again.
    let (pool_tx, pool_rx) = sync_channel::<Vec<u8>>(threads + 2);
    let mut report = ReadReport {
        mapping: mapping.clone(),
        records: 0,
        skipped: 0,
        first_skipped: Vec::new(),
        windows_1252_records: 0,
        first_windows_1252_record: None,
    };
    let outcome = std::thread::scope(|s| -> Result<()> {
        let stop = &stop;
        let reader_done = done_tx.clone();
        s.spawn(move || {
            if let Err(e) = splitter.run(buf, &chunk_tx, &pool_rx, &window_tx, stop) {
                let _ = reader_done.send(Err(e));
            }
        });
        for rx in worker_rxs {
            let tx = done_tx.clone();
            let pool = pool_tx.clone();
            let (f, mapping) = (&f, &mapping);
            s.spawn(move || worker(rx, tx, pool, f, mapping, opts, stop));
        }
        drop(done_tx);
        let result = collect(name, opts, &done_rx, window_rx, &mut sink, &mut report);
        stop.store(true, Ordering::Relaxed);
        drop(done_rx);
        result
    });
    outcome?;
    if report.records == 0 {
        bail!(
            "{name}: no chats: the file has a header but no records (headers: {})",
            mapping.headers.join(", ")
        );
    }
    Ok(report)
}

/// Puts the workers' results back in order and hands them to the sink.
fn collect<T>(
    name: &str,
    opts: &ReadOptions,
    done_rx: &Receiver<Result<Done<T>>>,
    window: Receiver<()>,
    sink: &mut impl FnMut(T) -> Result<()>,
    report: &mut ReadReport,
) -> Result<()> {
    let mut pending: BTreeMap<u64, Done<T>> = BTreeMap::new();
    let mut next = 0u64;
    for done in done_rx.iter() {
        let done = done?;
        pending.insert(done.seq, done);
        while let Some(d) = pending.remove(&next) {
            next += 1;
            let _ = window.recv();
            report.records += d.records;
            if d.windows_1252 > 0 {
                report.windows_1252_records += d.windows_1252;
                report.first_windows_1252_record =
                    report.first_windows_1252_record.or(d.first_windows_1252);
            }
            for item in d.items {
                sink(item)?;
            }
            for bad in d.bad {
                if !opts.lenient {
                    bail!(
                        "{name}: line {}: record {}: {}",
                        bad.line,
                        bad.record,
                        bad.problem
                    );
                }
                report.skipped += 1;
                if report.first_skipped.len() < KEEP_SKIPPED {
                    report.first_skipped.push(bad);
                }
            }
        }
    }
    Ok(())
}

/// A piece of the input that starts and ends at record boundaries.
struct Chunk {
    seq: u64,
    /// The record number of its first record, minus one.
    records_before: u64,
    /// The line its first byte is on.
    first_line: u64,
    body: Body,
}

enum Body {
    Text(Vec<u8>),
    /// A record over the size limit, skipped without being held in memory.
    TooLong {
        bytes: usize,
    },
    /// A quote left open at the end of the input.
    OpenQuote,
}

/// What a worker made of a chunk.
struct Done<T> {
    seq: u64,
    items: Vec<T>,
    records: u64,
    bad: Vec<BadRecord>,
    windows_1252: u64,
    first_windows_1252: Option<u64>,
}

impl<T> Done<T> {
    /// Settles one record: keeps its result, or its problem with the line (counted only then).
    /// False when the chunk must stop here: a bad record outside --lenient.
    fn settle(
        &mut self,
        outcome: Result<bool, FieldError>,
        record: u64,
        line: impl FnOnce() -> u64,
        lenient: bool,
        item: impl FnOnce() -> T,
    ) -> bool {
        match outcome {
            Ok(true) => self.items.push(item()),
            Ok(false) => {}
            Err(FieldError(problem)) => {
                self.bad.push(BadRecord {
                    record,
                    line: line(),
                    problem,
                });
                return lenient;
            }
        }
        true
    }
}

/// Reads the start of the input: detects the format, reads the header (CSV/TSV) or the first
/// object's keys (JSON), and returns the mapping and the splitter positioned after the header.
fn start<R: Read + Send>(
    name: &str,
    path: &str,
    mut input: R,
    opts: &ReadOptions,
) -> Result<(Mapping, Splitter<R>, Vec<u8>)> {
    let mut buf = Vec::with_capacity(opts.chunk_bytes + (64 << 10));
    fill(&mut input, &mut buf, 64 << 10)?;
    if buf.starts_with(crate::io::text::BOM) {
        buf.drain(..3);
    }
    if buf.iter().all(|b| b.is_ascii_whitespace()) {
        bail!("{name}: the file is empty");
    }
    let format = crate::io::detect_format(opts.format, path, &buf[..buf.len().min(4096)]);
    let (headers, consumed, lines) = match format {
        InputFormat::Csv | InputFormat::Tsv => {
            let delim = if format == InputFormat::Tsv {
                b'\t'
            } else {
                b','
            };
            // The header may be long: read until it ends.
            loop {
                let mut scan = CsvScan::default();
                scan.scan(&buf);
                if scan.first_end.is_some() || buf.len() > opts.max_record_bytes {
                    break;
                }
                let before = buf.len();
                fill(&mut input, &mut buf, 64 << 10)?;
                if buf.len() == before {
                    break;
                }
            }
            let mut scan = CsvScan::default();
            scan.scan(&buf);
            let end = scan.first_end.unwrap_or(buf.len());
            if scan.first_end.is_none() && scan.in_quotes {
                bail!("{name}: line 1: the header has a quote that is never closed");
            }
            let head = &buf[..end];
            let mut rdr = csv::ReaderBuilder::new()
                .has_headers(false)
                .delimiter(delim)
                .flexible(true)
                .from_reader(head);
            let mut rec = csv::ByteRecord::new();
            rdr.read_byte_record(&mut rec)
                .map_err(|e| anyhow!("{name}: line 1: {}", crate::io::csv_problem(&e)))?;
            let headers: Vec<String> = rec
                .iter()
                .map(|h| crate::io::decode(h).0.trim().to_string())
                .collect();
            let lines = memchr::memchr_iter(b'\n', head).count() as u64;
            (headers, end, lines)
        }
        InputFormat::Jsonl | InputFormat::Json => {
            let keys = first_object_keys(name, &mut input, &mut buf, format, opts)?;
            (keys, 0, 0)
        }
    };
    let mapping = Mapping::build(name, format, headers, opts)?;
    let rest = buf.split_off(consumed);
    let splitter = Splitter {
        input,
        format,
        chunk_bytes: opts.chunk_bytes,
        max_record: opts.max_record_bytes,
        first_line: 1 + lines,
    };
    Ok((mapping, splitter, rest))
}

/// Reads at least `want` more bytes (or to the end) into `buf`.
fn fill(input: &mut impl Read, buf: &mut Vec<u8>, want: usize) -> Result<usize> {
    // read_to_end on a Take reads into the spare capacity without zeroing it first.
    buf.reserve(want);
    let n = input
        .take(want as u64)
        .read_to_end(buf)
        .map_err(|e| anyhow!("read error: {e}"))?;
    Ok(n)
}

/// The keys of the first JSON object, read without consuming it for the splitter.
fn first_object_keys(
    name: &str,
    input: &mut impl Read,
    buf: &mut Vec<u8>,
    format: InputFormat,
    opts: &ReadOptions,
) -> Result<Vec<String>> {
    loop {
        let mut scan = JsonScan::new(format == InputFormat::Json);
        let mut first = None;
        scan.scan(buf, 0, |s, e| {
            if first.is_none() {
                first = Some((s, e));
            }
        });
        if let Some((s, e)) = first {
            let obj = &buf[s..e];
            let text = crate::io::decode(obj).0;
            let v: serde_json::Value = serde_json::from_str(&text).map_err(|e| {
                anyhow!(
                    "{name}: line {}: invalid JSON: {}",
                    1 + memchr::memchr_iter(b'\n', &buf[..s]).count(),
                    crate::io::strip_serde_pos(&e)
                )
            })?;
            return match v {
                serde_json::Value::Object(o) => Ok(o.keys().cloned().collect()),
                other => bail!(
                    "{name}: line 1: expected an object, found {}",
                    crate::io::json_kind(&other)
                ),
            };
        }
        if scan.failed.is_some() {
            bail!("{name}: line 1: expected JSON objects");
        }
        if buf.len() > opts.max_record_bytes {
            bail!(
                "{name}: record 1: longer than the limit of {} MiB",
                opts.max_record_bytes >> 20
            );
        }
        let before = buf.len();
        fill(input, buf, 64 << 10)?;
        if buf.len() == before {
            if format == InputFormat::Json
                && buf
                    .iter()
                    .filter(|b| !b.is_ascii_whitespace())
                    .eq(b"[]".iter())
            {
                bail!("{name}: no chats: the JSON array is empty");
            }
            bail!("{name}: the first record never ends (a JSON object left open)");
        }
    }
}

fn worker<T, F>(
    rx: Arc<Mutex<Receiver<Chunk>>>,
    tx: std::sync::mpsc::SyncSender<Result<Done<T>>>,
    pool: std::sync::mpsc::SyncSender<Vec<u8>>,
    f: &F,
    mapping: &Mapping,
    opts: &ReadOptions,
    stop: &AtomicBool,
) where
    F: Fn(&Chat) -> T,
{
    let mut parser = ChunkParser::new(mapping, opts);
    loop {
        let chunk = {
            let Ok(guard) = rx.lock() else { return };
            match guard.recv() {
                Ok(c) => c,
                Err(_) => return,
            }
        };
        if stop.load(Ordering::Relaxed) {
            return;
        }
        let (done, buffer) = parser.parse(chunk, f);
        if let Some(b) = buffer {
            let _ = pool.try_send(b);
        }
        if tx.send(Ok(done)).is_err() {
            return;
        }
    }
}

/// Turns chunks into chats, reusing one [`Chat`] so fields do not reallocate.
struct ChunkParser<'a> {
    mapping: &'a Mapping,
    opts: &'a ReadOptions,
    /// For CSV: the column of each field.
    columns: [Option<usize>; 8],
    width: usize,
    delimiter: u8,
    chat: Chat,
    /// The start time as written, parsed into `chat.started_at`.
    started: String,
    /// For JSON: keys seen and the field each feeds.
    keys: Vec<(String, Option<Field>)>,
    /// For JSON: the row being read is not wanted.
    unwanted: bool,
}

/// One field of one record could not be read.
struct FieldError(String);

impl<'a> ChunkParser<'a> {
    fn new(mapping: &'a Mapping, opts: &'a ReadOptions) -> Self {
        let mut columns = [None; 8];
        for (i, f) in Field::ALL.iter().enumerate() {
            if let Some(h) = mapping.header(*f) {
                columns[i] = mapping.headers.iter().position(|x| x == h);
            }
        }
        ChunkParser {
            mapping,
            opts,
            columns,
            width: mapping.headers.len(),
            delimiter: if mapping.format == InputFormat::Tsv {
                b'\t'
            } else {
                b','
            },
            chat: Chat::default(),
            started: String::new(),
            keys: Vec::new(),
            unwanted: false,
        }
    }

    /// Parses a chunk; gives back its buffer for reuse.
    fn parse<T>(&mut self, chunk: Chunk, f: &impl Fn(&Chat) -> T) -> (Done<T>, Option<Vec<u8>>) {
        let mut done = Done {
            seq: chunk.seq,
            items: Vec::new(),
            records: 0,
            bad: Vec::new(),
            windows_1252: 0,
            first_windows_1252: None,
        };
        let record = chunk.records_before + 1;
        match chunk.body {
            Body::TooLong { bytes } => {
                done.records = 1;
                done.bad.push(BadRecord {
                    record,
                    line: chunk.first_line,
                    problem: format!(
                        "the record is {:.1} MiB, over the limit of {} MiB for one chat",
                        bytes as f64 / (1 << 20) as f64,
                        self.opts.max_record_bytes >> 20
                    ),
                });
            }
            Body::OpenQuote => {
                done.records = 1;
                done.bad.push(BadRecord {
                    record,
                    line: chunk.first_line,
                    problem: "a quoted field opened in this record is never closed".to_string(),
                });
            }
            Body::Text(text) => {
                match self.mapping.format {
                    InputFormat::Csv | InputFormat::Tsv => {
                        self.parse_csv(&text, record, chunk.first_line, f, &mut done)
                    }
                    InputFormat::Jsonl | InputFormat::Json => {
                        self.parse_json(&text, record, chunk.first_line, f, &mut done)
                    }
                }
                return (done, Some(text));
            }
        }
        (done, None)
    }
}

fn count_lines(b: &[u8]) -> u64 {
    memchr::memchr_iter(b'\n', b).count() as u64
}

fn field_slot<'x>(chat: &'x mut Chat, started: &'x mut String, f: Field) -> &'x mut String {
    match f {
        Field::Id => &mut chat.id,
        Field::StartedAt => started,
        Field::Resolution => &mut chat.resolution,
        Field::Origin => &mut chat.origin,
        Field::PatronEmail => &mut chat.patron_email,
        Field::PatronName => &mut chat.patron_name,
        Field::Question => &mut chat.question,
        Field::Transcript => &mut chat.transcript,
    }
}

/// Parses the start time (the other fields are text as they are). False when the row is not
/// wanted: its start time is then not checked.
fn finish_chat(chat: &mut Chat, started: &str, opts: &ReadOptions) -> Result<bool, FieldError> {
    if opts.wanted.is_some_and(|w| !w(&chat.resolution)) {
        return Ok(false);
    }
    let s = started.trim();
    chat.started_at = if s.is_empty() {
        None
    } else {
        match crate::time::parse_instant(s, opts.tz) {
            Ok(t) => Some(t),
            Err(_) => {
                return Err(FieldError(format!(
                    "started_at: not a date and time: {s:?} (expected RFC 3339, 2025-03-04 14:22:09 or 3/4/25 2:22 PM)"
                )))
            }
        }
    };
    Ok(true)
}

#[cfg(test)]
mod tests;

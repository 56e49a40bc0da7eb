//! The streaming export reader: CSV, TSV, JSON (an array of objects) and JSON Lines, from a file
//! or stdin, mapped to the canonical fields of [`Chat`], in constant memory, on several threads.
//!
//! # The API other commands build on
//!
//! ```no_run
//! use aun::triage::reader::{for_each_chat, ReadOptions};
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

use super::Chat;
use crate::io::{header_key, InputFormat};
use anyhow::{anyhow, bail, Result};
use chrono_tz::Tz;
use std::collections::BTreeMap;
use std::io::Read;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{sync_channel, Receiver};
use std::sync::{Arc, Mutex};

/// The canonical fields every export is mapped to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Field {
    Id,
    StartedAt,
    Resolution,
    Origin,
    PatronEmail,
    PatronName,
    Question,
    Transcript,
}

impl Field {
    pub const ALL: [Field; 8] = [
        Field::Id,
        Field::StartedAt,
        Field::Resolution,
        Field::Origin,
        Field::PatronEmail,
        Field::PatronName,
        Field::Question,
        Field::Transcript,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Field::Id => "id",
            Field::StartedAt => "started_at",
            Field::Resolution => "resolution",
            Field::Origin => "origin",
            Field::PatronEmail => "patron_email",
            Field::PatronName => "patron_name",
            Field::Question => "question",
            Field::Transcript => "transcript",
        }
    }

    pub fn parse(s: &str) -> Option<Field> {
        let k = header_key(s);
        Field::ALL.into_iter().find(|f| header_key(f.name()) == k)
    }

    /// Header names the known exports use for this field, compared as [`header_key`] does
    /// (any case; spaces, `_`, `-` and `/` ignored). The first header that matches wins.
    pub fn aliases(self) -> &'static [&'static str] {
        match self {
            // LibChat "Chat ID", QuestionPoint "Question ID", LibraryH3lp and the generator "id".
            Field::Id => &[
                "id",
                "chat id",
                "question id",
                "ref",
                "reference",
                "ticket id",
                "session id",
                "conversation id",
                "transcript id",
            ],
            Field::StartedAt => &[
                "started_at",
                "started",
                "timestamp",
                "date",
                "datetime",
                "date time",
                "start",
                "start time",
                "created",
                "created at",
                "chat started",
                "time",
            ],
            Field::Resolution => &[
                "resolution",
                "resolution code",
                "disposition",
                "outcome",
                "status",
            ],
            // The generator's "library", LibChat "Department", LibraryH3lp "queue".
            Field::Origin => &[
                "origin",
                "library",
                "department",
                "queue",
                "account",
                "institution",
                "profile",
            ],
            Field::PatronEmail => &[
                "patron_email",
                "guest email",
                "email",
                "e-mail",
                "email address",
                "patron email address",
                "user email",
                "customer email",
            ],
            Field::PatronName => &[
                "patron_name",
                "guest name",
                "guest",
                "patron",
                "name",
                "user name",
                "customer name",
                "visitor",
            ],
            Field::Question => &[
                "question",
                "initial question",
                "first question",
                "question text",
                "subject",
                "topic",
            ],
            Field::Transcript => &[
                "transcript",
                "chat text",
                "chat transcript",
                "transcript text",
                "text",
                "messages",
                "conversation",
                "body",
            ],
        }
    }
}

/// Parses `--columns transcript=Chat Text,id=Ref`.
pub fn parse_columns(spec: &str) -> Result<Vec<(Field, String)>> {
    let mut out = Vec::new();
    for part in spec.split(',').map(str::trim).filter(|p| !p.is_empty()) {
        let (field, header) = part.split_once('=').ok_or_else(|| {
            anyhow!("--columns: expected FIELD=HEADER, found {part:?} (e.g. transcript=Chat Text)")
        })?;
        let f = Field::parse(field).ok_or_else(|| {
            let names: Vec<&str> = Field::ALL.iter().map(|f| f.name()).collect();
            anyhow!(
                "--columns: unknown field {:?} (fields: {})",
                field.trim(),
                names.join(", ")
            )
        })?;
        out.push((f, header.trim().to_string()));
    }
    Ok(out)
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

/// Which header became which field.
#[derive(Debug, Clone, PartialEq)]
pub struct Mapping {
    pub source: String,
    pub format: InputFormat,
    /// The headers found (CSV/TSV), or the keys of the first object (JSON).
    pub headers: Vec<String>,
    /// For each field, the header it is read from, and whether `--columns` said so.
    pub fields: Vec<(Field, Option<String>, bool)>,
}

impl Mapping {
    /// Whether the export has a column (or key) for `field`.
    pub fn has(&self, field: Field) -> bool {
        self.fields
            .iter()
            .any(|(f, header, _)| *f == field && header.is_some())
    }

    /// Why no row can be a follow-up, when the export has no resolution column and only
    /// follow-ups were asked for: an explanation for an empty result.
    pub fn no_resolution_note(&self, all: bool) -> Option<String> {
        (!all && !self.has(Field::Resolution)).then(|| {
            format!(
                "{}: no resolution column (found: {}), so no row is marked Follow Up By Patron Library; --all takes every row",
                self.source,
                self.headers.join(", ")
            )
        })
    }

    fn build(
        source: &str,
        format: InputFormat,
        headers: Vec<String>,
        opts: &ReadOptions,
    ) -> Result<Mapping> {
        let keys: Vec<String> = headers.iter().map(|h| header_key(h)).collect();
        let mut fields = Vec::new();
        for f in Field::ALL {
            let explicit = opts.columns.iter().rev().find(|(g, _)| *g == f);
            let found = match explicit {
                Some((_, h)) => {
                    let k = header_key(h);
                    match keys.iter().position(|x| *x == k) {
                        Some(i) => Some((headers[i].clone(), true)),
                        None if format == InputFormat::Csv || format == InputFormat::Tsv => {
                            bail!(
                                "{source}: --columns {}={h}: no such header (found: {})",
                                f.name(),
                                headers.join(", ")
                            )
                        }
                        // JSON objects may leave a key out: trust the user's name.
                        None => Some((h.clone(), true)),
                    }
                }
                None => f
                    .aliases()
                    .iter()
                    .find_map(|a| {
                        let k = header_key(a);
                        keys.iter().position(|x| *x == k)
                    })
                    .map(|i| (headers[i].clone(), false)),
            };
            fields.push((
                f,
                found.as_ref().map(|x| x.0.clone()),
                found.is_some_and(|x| x.1),
            ));
        }
        // One header feeds one field: an explicit mapping takes it from an alias.
        for i in 0..fields.len() {
            if fields[i].2 {
                let h = fields[i].1.clone();
                for (j, g) in fields.iter_mut().enumerate() {
                    if j != i && !g.2 && g.1 == h {
                        g.1 = None;
                    }
                }
            }
        }
        let m = Mapping {
            source: source.to_string(),
            format,
            headers,
            fields,
        };
        if m.header(Field::Transcript).is_none() && m.header(Field::Question).is_none() {
            bail!(
                "{source}: no transcript or question column (found: {}); name one with --columns transcript=HEADER",
                m.headers.join(", ")
            );
        }
        Ok(m)
    }

    /// The header a field is read from.
    pub fn header(&self, f: Field) -> Option<&str> {
        self.fields
            .iter()
            .find(|(g, _, _)| *g == f)
            .and_then(|(_, h, _)| h.as_deref())
    }

    /// The field a header (or JSON key) feeds.
    pub fn field_of(&self, header: &str) -> Option<Field> {
        self.fields
            .iter()
            .find(|(_, h, _)| h.as_deref() == Some(header))
            .map(|(f, _, _)| *f)
            .or_else(|| {
                // JSON keys may differ in case from the first object's.
                let k = header_key(header);
                self.fields
                    .iter()
                    .find(|(_, h, _)| h.as_deref().is_some_and(|h| header_key(h) == k))
                    .map(|(f, _, _)| *f)
            })
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

/// Quote-aware scan of CSV/TSV text that starts at a record boundary: where records end.
#[derive(Default)]
struct CsvScan {
    in_quotes: bool,
    /// Just past the newline that ends the first record.
    first_end: Option<usize>,
    /// Just past the newline that ends the last complete record.
    last_end: Option<usize>,
    /// Complete, non-blank records.
    records: u64,
    /// Newlines seen up to `last_end`.
    lines: u64,
}

impl CsvScan {
    fn scan(&mut self, text: &[u8]) {
        let mut record_start = 0usize;
        let mut lines = 0u64;
        for i in memchr::memchr2_iter(b'"', b'\n', text) {
            if text[i] == b'"' {
                self.in_quotes = !self.in_quotes;
                continue;
            }
            lines += 1;
            if self.in_quotes {
                continue;
            }
            let end = i + 1;
            let blank = text[record_start..i]
                .iter()
                .all(|b| b.is_ascii_whitespace());
            if !blank {
                self.records += 1;
            }
            if self.first_end.is_none() && !blank {
                self.first_end = Some(end);
            }
            self.last_end = Some(end);
            self.lines = lines;
            record_start = end;
        }
    }
}

/// Finds top-level JSON objects in text that starts between objects (JSON Lines, or the inside of
/// an array). Strings are skipped whole, so braces in text do not count.
struct JsonScan {
    array: bool,
    /// Set when a byte outside an object is not whitespace, `,`, `[` or `]`.
    failed: Option<usize>,
}

impl JsonScan {
    fn new(array: bool) -> Self {
        JsonScan {
            array,
            failed: None,
        }
    }

    /// Calls `found(start, end)` for each complete object from `from`; returns where the last one
    /// ended (or `from`).
    fn scan(&mut self, text: &[u8], from: usize, mut found: impl FnMut(usize, usize)) -> usize {
        let mut i = from;
        let mut last = from;
        let n = text.len();
        while i < n {
            let b = text[i];
            if b != b'{' {
                if !(b.is_ascii_whitespace() || (self.array && matches!(b, b',' | b'[' | b']'))) {
                    self.failed = Some(i);
                    // Resynchronise at the next line (JSON Lines) so one bad line is one bad record.
                    match memchr::memchr(b'\n', &text[i..]) {
                        Some(k) => {
                            found(i, i + k);
                            i += k + 1;
                            last = i;
                            continue;
                        }
                        None => return last,
                    }
                }
                i += 1;
                continue;
            }
            let start = i;
            let mut depth = 0usize;
            let mut end = None;
            while i < n {
                match text[i] {
                    b'{' | b'[' => depth += 1,
                    b'}' | b']' => {
                        depth = depth.saturating_sub(1);
                        if depth == 0 {
                            end = Some(i + 1);
                            break;
                        }
                    }
                    b'"' => {
                        i += 1;
                        loop {
                            match memchr::memchr2(b'"', b'\\', &text[i..]) {
                                None => {
                                    i = n;
                                    break;
                                }
                                Some(k) if text[i + k] == b'\\' => i += k + 2,
                                Some(k) => {
                                    i += k;
                                    break;
                                }
                            }
                        }
                    }
                    b'\n' if !self.array => {
                        // JSON Lines: an object never spans lines; this one is broken.
                        end = Some(i);
                        break;
                    }
                    _ => {}
                }
                i += 1;
            }
            match end {
                Some(e) => {
                    found(start, e);
                    i = e;
                    last = e;
                }
                None => return last,
            }
        }
        last
    }
}

/// The reader thread's half: cuts the input into chunks at record boundaries.
struct Splitter<R> {
    input: R,
    format: InputFormat,
    chunk_bytes: usize,
    max_record: usize,
    first_line: u64,
}

impl<R: Read> Splitter<R> {
    fn run(
        mut self,
        mut buf: Vec<u8>,
        tx: &std::sync::mpsc::SyncSender<Chunk>,
        pool: &Receiver<Vec<u8>>,
        window: &std::sync::mpsc::SyncSender<()>,
        stop: &AtomicBool,
    ) -> Result<()> {
        let mut seq = 0u64;
        let mut records = 0u64;
        let mut line = self.first_line;
        let mut eof = false;
        loop {
            if stop.load(Ordering::Relaxed) {
                return Ok(());
            }
            if !eof && buf.len() < self.chunk_bytes {
                let want = self.chunk_bytes - buf.len();
                let before = buf.len();
                fill(&mut self.input, &mut buf, want)?;
                // `fill` stops short only at the end of the input.
                eof = buf.len() < before + want;
            }
            if buf.is_empty() {
                return Ok(());
            }
            let (cut, n_records, n_lines) = self.cut(&buf, eof);
            let send = |body: Body, seq: &mut u64, records_before: u64, first_line: u64| {
                let c = Chunk {
                    seq: *seq,
                    records_before,
                    first_line,
                    body,
                };
                *seq += 1;
                // A token per chunk in flight: the reader waits when the collector is behind.
                window.send(()).is_ok() && tx.send(c).is_ok()
            };
            match cut {
                Some(cut) => {
                    // The next buffer: one the workers gave back (its pages are mapped and
                    // warm), else a new one; it starts with the rest of the last record.
                    let mut next = pool
                        .try_recv()
                        .unwrap_or_else(|_| Vec::with_capacity(self.chunk_bytes + (64 << 10)));
                    next.clear();
                    next.extend_from_slice(&buf[cut..]);
                    buf.truncate(cut);
                    let body = std::mem::replace(&mut buf, next);
                    if !send(Body::Text(body), &mut seq, records, line) {
                        return Ok(());
                    }
                    records += n_records;
                    line += n_lines;
                }
                None if eof => {
                    // The last record has no boundary after it.
                    let open =
                        self.format != InputFormat::Json && self.format != InputFormat::Jsonl && {
                            let mut s = CsvScan::default();
                            s.scan(&buf);
                            s.in_quotes
                        };
                    let body = if open {
                        Body::OpenQuote
                    } else {
                        Body::Text(std::mem::take(&mut buf))
                    };
                    send(body, &mut seq, records, line);
                    return Ok(());
                }
                None if buf.len() > self.max_record => {
                    // One record longer than the limit: skip to its end without keeping it.
                    let (bytes, lines, at_eof) = self.skip_record(&mut buf)?;
                    if !send(Body::TooLong { bytes }, &mut seq, records, line) {
                        return Ok(());
                    }
                    records += 1;
                    line += lines;
                    if at_eof && buf.is_empty() {
                        return Ok(());
                    }
                }
                None => {
                    // Not one whole record yet: read more.
                    let before = buf.len();
                    let want = self.chunk_bytes.max(buf.len());
                    fill(&mut self.input, &mut buf, want)?;
                    eof = buf.len() < before + want;
                }
            }
        }
    }

    /// Where to cut `buf`: after the last complete record, with the records and lines before it.
    fn cut(&self, buf: &[u8], eof: bool) -> (Option<usize>, u64, u64) {
        match self.format {
            InputFormat::Csv | InputFormat::Tsv => {
                let mut s = CsvScan::default();
                s.scan(buf);
                if eof && !s.in_quotes && s.last_end != Some(buf.len()) {
                    // The last record ends at the end of the input, without a newline.
                    let blank = buf[s.last_end.unwrap_or(0)..]
                        .iter()
                        .all(|b| b.is_ascii_whitespace());
                    let lines = memchr::memchr_iter(b'\n', buf).count() as u64;
                    return (Some(buf.len()), s.records + u64::from(!blank), lines);
                }
                (s.last_end, s.records, s.lines)
            }
            InputFormat::Jsonl => {
                let end = if eof {
                    Some(buf.len())
                } else {
                    memchr::memrchr(b'\n', buf).map(|i| i + 1)
                };
                match end {
                    Some(e) => {
                        let (mut recs, mut lines, mut start) = (0u64, 0u64, 0usize);
                        for i in memchr::memchr_iter(b'\n', &buf[..e]) {
                            lines += 1;
                            if buf[start..i].iter().any(|b| !b.is_ascii_whitespace()) {
                                recs += 1;
                            }
                            start = i + 1;
                        }
                        if start < e && buf[start..e].iter().any(|b| !b.is_ascii_whitespace()) {
                            recs += 1;
                        }
                        (Some(e), recs, lines)
                    }
                    None => (None, 0, 0),
                }
            }
            InputFormat::Json => {
                let mut scan = JsonScan::new(true);
                let mut recs = 0u64;
                let last = scan.scan(buf, 0, |_, _| recs += 1);
                let end = if eof { buf.len() } else { last };
                if recs == 0 && !eof {
                    return (None, 0, 0);
                }
                let lines = memchr::memchr_iter(b'\n', &buf[..end]).count() as u64;
                (Some(end), recs, lines)
            }
        }
    }

    /// Reads past a record that is over the limit. Returns its size, the lines it spans, and
    /// whether the input ended; `buf` is left holding what follows it.
    fn skip_record(&mut self, buf: &mut Vec<u8>) -> Result<(usize, u64, bool)> {
        let mut bytes = 0usize;
        let mut lines = 0u64;
        let mut in_quotes = false;
        loop {
            let mut end = None;
            match self.format {
                InputFormat::Csv | InputFormat::Tsv => {
                    for i in memchr::memchr2_iter(b'"', b'\n', buf) {
                        if buf[i] == b'"' {
                            in_quotes = !in_quotes;
                        } else {
                            lines += 1;
                            if !in_quotes {
                                end = Some(i + 1);
                                break;
                            }
                        }
                    }
                }
                _ => {
                    if let Some(i) = memchr::memchr(b'\n', buf) {
                        lines += 1;
                        end = Some(i + 1);
                    }
                }
            }
            match end {
                Some(e) => {
                    bytes += e;
                    buf.drain(..e);
                    return Ok((bytes, lines, false));
                }
                None => {
                    if !matches!(self.format, InputFormat::Csv | InputFormat::Tsv) {
                        lines += memchr::memchr_iter(b'\n', buf).count() as u64;
                    }
                    bytes += buf.len();
                    buf.clear();
                    if fill(&mut self.input, buf, self.chunk_bytes)? == 0 {
                        return Ok((bytes, lines, true));
                    }
                }
            }
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

    /// Parses the records of a CSV/TSV chunk. The fast path splits fields with memchr (long
    /// quoted transcripts are skipped a quote at a time); a record it does not understand (text
    /// after a closing quote, a quote never closed) is read by the csv crate from there on.
    fn parse_csv<T>(
        &mut self,
        text: &[u8],
        mut record: u64,
        first_line: u64,
        f: &impl Fn(&Chat) -> T,
        done: &mut Done<T>,
    ) {
        let mut spans = Vec::with_capacity(self.width + 1);
        let mut pos = 0;
        while pos < text.len() {
            let Some(end) = split_record(text, pos, self.delimiter, &mut spans) else {
                return self.parse_csv_slow(text, pos, record, first_line, f, done);
            };
            let blank = spans.len() == 1
                && text[spans[0].start..spans[0].end]
                    .iter()
                    .all(|b| b.is_ascii_whitespace());
            if !blank {
                done.records += 1;
                let outcome = if spans.len() < self.width
                    || (spans.len() > self.width
                        && spans[self.width..].iter().any(|s| s.end > s.start))
                {
                    Err(FieldError(format!(
                        "{} fields where the header has {}",
                        spans.len(),
                        self.width
                    )))
                } else {
                    self.fill_spans(text, &spans, record, done)
                };
                // Line numbers are counted only when a message needs one.
                let line = || first_line + count_lines(&text[..pos]);
                if !done.settle(outcome, record, line, self.opts.lenient, || f(&self.chat)) {
                    return;
                }
                record += 1;
            }
            pos = end;
        }
    }

    /// The csv crate's reading, from byte `from` of the chunk to its end.
    fn parse_csv_slow<T>(
        &mut self,
        text: &[u8],
        from: usize,
        mut record: u64,
        first_line: u64,
        f: &impl Fn(&Chat) -> T,
        done: &mut Done<T>,
    ) {
        let rest = &text[from..];
        let mut rdr = csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .delimiter(self.delimiter)
            .from_reader(rest);
        let mut rec = csv::ByteRecord::new();
        let line_at = |start: usize| first_line + count_lines(&text[..from + start]);
        loop {
            let mut start = rdr.position().byte() as usize;
            while start < rest.len() && matches!(rest[start], b'\r' | b'\n') {
                start += 1;
            }
            match rdr.read_byte_record(&mut rec) {
                Ok(false) => break,
                Ok(true) => {}
                Err(e) => {
                    done.records += 1;
                    done.bad.push(BadRecord {
                        record,
                        line: line_at(start),
                        problem: crate::io::csv_problem(&e),
                    });
                    if !self.opts.lenient {
                        return;
                    }
                    record += 1;
                    continue;
                }
            }
            if rec.len() == 1 && rec[0].iter().all(|b| b.is_ascii_whitespace()) {
                continue;
            }
            done.records += 1;
            let wrong_width = rec.len() < self.width
                || (rec.len() > self.width && rec.iter().skip(self.width).any(|c| !c.is_empty()));
            let outcome = if wrong_width {
                Err(FieldError(format!(
                    "{} fields where the header has {}",
                    rec.len(),
                    self.width
                )))
            } else {
                self.fill_csv(&rec, record, done)
            };
            if !done.settle(
                outcome,
                record,
                || line_at(start),
                self.opts.lenient,
                || f(&self.chat),
            ) {
                return;
            }
            record += 1;
        }
    }

    fn fill_spans<T>(
        &mut self,
        text: &[u8],
        spans: &[Span],
        record: u64,
        done: &mut Done<T>,
    ) -> Result<bool, FieldError> {
        if let (Some(wanted), Some(c)) = (self.opts.wanted, self.resolution_column()) {
            let resolution = &text[spans[c].start..spans[c].end];
            let keep = match std::str::from_utf8(resolution) {
                Ok(r) => wanted(r),
                Err(_) => wanted(&crate::io::text::decode_windows_1252(resolution)),
            };
            if !keep {
                return Ok(false);
            }
        }
        let chat = &mut self.chat;
        chat.record = record;
        let mut cp1252 = false;
        for (i, field) in Field::ALL.iter().enumerate() {
            let target = field_slot(chat, &mut self.started, *field);
            target.clear();
            let Some(c) = self.columns[i] else { continue };
            let span = spans[c];
            let bytes = &text[span.start..span.end];
            let s: std::borrow::Cow<str> = match std::str::from_utf8(bytes) {
                Ok(s) => s.into(),
                Err(_) => {
                    cp1252 = true;
                    crate::io::text::decode_windows_1252(bytes).into()
                }
            };
            if span.escaped {
                // Undo the doubled quotes of a quoted field.
                let mut rest: &str = &s;
                while let Some(k) = rest.find("\"\"") {
                    target.push_str(&rest[..k + 1]);
                    rest = &rest[k + 2..];
                }
                target.push_str(rest);
            } else {
                target.push_str(crate::output::unneutralize(&s));
            }
        }
        if cp1252 {
            done.windows_1252 += 1;
            done.first_windows_1252 = done.first_windows_1252.or(Some(record));
        }
        finish_chat(chat, &self.started, self.opts)
    }

    fn resolution_column(&self) -> Option<usize> {
        self.columns[2]
    }

    fn fill_csv<T>(
        &mut self,
        rec: &csv::ByteRecord,
        record: u64,
        done: &mut Done<T>,
    ) -> Result<bool, FieldError> {
        let chat = &mut self.chat;
        chat.record = record;
        let mut cp1252 = false;
        for (i, field) in Field::ALL.iter().enumerate() {
            let target = field_slot(chat, &mut self.started, *field);
            target.clear();
            if let Some(c) = self.columns[i] {
                let bytes = &rec[c];
                match std::str::from_utf8(bytes) {
                    Ok(s) => target.push_str(crate::output::unneutralize(s)),
                    Err(_) => {
                        cp1252 = true;
                        target.push_str(&crate::io::text::decode_windows_1252(bytes));
                    }
                }
            }
        }
        if cp1252 {
            done.windows_1252 += 1;
            done.first_windows_1252 = done.first_windows_1252.or(Some(record));
        }
        finish_chat(chat, &self.started, self.opts)
    }

    fn parse_json<T>(
        &mut self,
        text: &[u8],
        mut record: u64,
        first_line: u64,
        f: &impl Fn(&Chat) -> T,
        done: &mut Done<T>,
    ) {
        let mut objects = Vec::new();
        if self.mapping.format == InputFormat::Json {
            JsonScan::new(true).scan(text, 0, |s, e| objects.push((s, e)));
        } else {
            // JSON Lines: each non-blank line is one record.
            let mut start = 0;
            for end in memchr::memchr_iter(b'\n', text).chain(std::iter::once(text.len())) {
                if start < end && text[start..end].iter().any(|b| !b.is_ascii_whitespace()) {
                    objects.push((start, end));
                }
                start = end + 1;
            }
        }
        let mut line = first_line;
        let mut counted_to = 0usize;
        for (s, e) in objects {
            line += count_lines(&text[counted_to..s]);
            counted_to = s;
            done.records += 1;
            let outcome = self.fill_json(&text[s..e], record, done);
            if !done.settle(
                outcome,
                record,
                || line,
                self.opts.lenient,
                || f(&self.chat),
            ) {
                return;
            }
            record += 1;
        }
    }

    fn fill_json<T>(
        &mut self,
        obj: &[u8],
        record: u64,
        done: &mut Done<T>,
    ) -> Result<bool, FieldError> {
        self.chat.record = record;
        // serde_json checks the UTF-8 of what it reads: only when it fails is the text looked at
        // again, and read as Windows-1252 if it is not UTF-8.
        let first = self.read_object(obj);
        if self.unwanted {
            return Ok(false);
        }
        if let Err(e) = first {
            if std::str::from_utf8(obj).is_ok() {
                return Err(FieldError(json_problem(&e)));
            }
            done.windows_1252 += 1;
            done.first_windows_1252 = done.first_windows_1252.or(Some(record));
            let decoded = crate::io::text::decode_windows_1252(obj);
            self.read_object(decoded.as_bytes())
                .map_err(|e| FieldError(json_problem(&e)))?;
        }
        if self.unwanted {
            return Ok(false);
        }
        finish_chat(&mut self.chat, &self.started, self.opts)
    }

    /// Reads one JSON object into the reused chat.
    fn read_object(&mut self, obj: &[u8]) -> Result<(), serde_json::Error> {
        let chat = &mut self.chat;
        for f in Field::ALL {
            field_slot(chat, &mut self.started, f).clear();
        }
        self.unwanted = false;
        let seed = ObjectSeed {
            chat,
            started: &mut self.started,
            wanted: self.opts.wanted,
            unwanted: &mut self.unwanted,
            keys: &mut self.keys,
            mapping: self.mapping,
        };
        let mut de = serde_json::Deserializer::from_slice(obj);
        serde::de::DeserializeSeed::deserialize(seed, &mut de).and_then(|()| de.end())
    }
}

/// Where one field's text is in a chunk.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Span {
    start: usize,
    end: usize,
    /// A quoted field with doubled quotes to undo.
    escaped: bool,
}

/// Splits the record that starts at `pos` into field spans. Returns where the next record starts,
/// or `None` for a record the fast path does not read (left to the csv crate).
fn split_record(text: &[u8], pos: usize, delim: u8, spans: &mut Vec<Span>) -> Option<usize> {
    spans.clear();
    let n = text.len();
    let mut i = pos;
    loop {
        if i == n {
            spans.push(Span {
                start: n,
                end: n,
                escaped: false,
            });
            return Some(n);
        }
        if text[i] == b'"' {
            let mut j = i + 1;
            let mut escaped = false;
            let close = loop {
                let q = j + memchr::memchr(b'"', &text[j..])?;
                if text.get(q + 1) == Some(&b'"') {
                    escaped = true;
                    j = q + 2;
                } else {
                    break q;
                }
            };
            spans.push(Span {
                start: i + 1,
                end: close,
                escaped,
            });
            i = close + 1;
            match text.get(i) {
                None => return Some(n),
                Some(&b) if b == delim => i += 1,
                Some(b'\n') => return Some(i + 1),
                Some(b'\r') if text.get(i + 1) == Some(&b'\n') => return Some(i + 2),
                _ => return None,
            }
        } else {
            let e = memchr::memchr2(delim, b'\n', &text[i..]).map_or(n, |k| i + k);
            let mut fe = e;
            if e < n && text[e] == b'\n' && fe > i && text[fe - 1] == b'\r' {
                fe -= 1;
            }
            spans.push(Span {
                start: i,
                end: fe,
                escaped: false,
            });
            match text.get(e) {
                None => return Some(n),
                Some(b'\n') => return Some(e + 1),
                _ => i = e + 1,
            }
        }
    }
}

fn json_problem(e: &serde_json::Error) -> String {
    let msg = crate::io::strip_serde_pos(e);
    if msg.starts_with("expected an object") || msg.starts_with("field ") {
        msg
    } else {
        format!("invalid JSON: {msg}")
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

/// Deserializes one JSON object straight into the reused [`Chat`].
struct ObjectSeed<'c> {
    chat: &'c mut Chat,
    started: &'c mut String,
    wanted: Option<fn(&str) -> bool>,
    /// Set when the resolution says the row is not wanted.
    unwanted: &'c mut bool,
    keys: &'c mut Vec<(String, Option<Field>)>,
    mapping: &'c Mapping,
}

impl<'de> serde::de::DeserializeSeed<'de> for ObjectSeed<'_> {
    type Value = ();
    fn deserialize<D: serde::Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> serde::de::Visitor<'de> for ObjectSeed<'_> {
    type Value = ();

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("an object")
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        while let Some(field) = map.next_key_seed(KeySeed {
            keys: &mut *self.keys,
            mapping: self.mapping,
        })? {
            match field {
                Some(f) => {
                    map.next_value_seed(TextSeed {
                        out: field_slot(self.chat, self.started, f),
                        field: f,
                    })?;
                    if f == Field::Resolution
                        && self.wanted.is_some_and(|w| !w(&self.chat.resolution))
                    {
                        // A row that is not wanted: stop reading it (like the CSV path, its
                        // other fields are neither decoded nor checked).
                        *self.unwanted = true;
                        return Err(serde::de::Error::custom("not wanted"));
                    }
                }
                None => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(())
    }

    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, _: A) -> Result<(), A::Error> {
        Err(serde::de::Error::custom("expected an object, found a list"))
    }
    fn visit_str<E: serde::de::Error>(self, _: &str) -> Result<(), E> {
        Err(E::custom("expected an object, found a string"))
    }
    fn visit_f64<E: serde::de::Error>(self, _: f64) -> Result<(), E> {
        Err(E::custom("expected an object, found a number"))
    }
    fn visit_i64<E: serde::de::Error>(self, _: i64) -> Result<(), E> {
        Err(E::custom("expected an object, found a number"))
    }
    fn visit_u64<E: serde::de::Error>(self, _: u64) -> Result<(), E> {
        Err(E::custom("expected an object, found a number"))
    }
    fn visit_bool<E: serde::de::Error>(self, _: bool) -> Result<(), E> {
        Err(E::custom("expected an object, found a boolean"))
    }
    fn visit_unit<E: serde::de::Error>(self) -> Result<(), E> {
        Err(E::custom("expected an object, found null"))
    }
}

/// A key of a JSON object, as the field it feeds (looked up once per distinct key, without
/// allocating for keys already seen).
struct KeySeed<'c> {
    keys: &'c mut Vec<(String, Option<Field>)>,
    mapping: &'c Mapping,
}

impl<'de> serde::de::DeserializeSeed<'de> for KeySeed<'_> {
    type Value = Option<Field>;
    fn deserialize<D: serde::Deserializer<'de>>(self, d: D) -> Result<Option<Field>, D::Error> {
        d.deserialize_str(self)
    }
}

impl<'de> serde::de::Visitor<'de> for KeySeed<'_> {
    type Value = Option<Field>;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a key")
    }
    fn visit_str<E: serde::de::Error>(self, key: &str) -> Result<Option<Field>, E> {
        if let Some((_, f)) = self.keys.iter().find(|(k, _)| k == key) {
            return Ok(*f);
        }
        let f = self.mapping.field_of(key);
        self.keys.push((key.to_string(), f));
        Ok(f)
    }
}

/// A JSON scalar as text, appended to a field: strings as they are, numbers and booleans as
/// written, null as nothing.
struct TextSeed<'c> {
    out: &'c mut String,
    field: Field,
}

impl<'de> serde::de::DeserializeSeed<'de> for TextSeed<'_> {
    type Value = ();
    fn deserialize<D: serde::Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> serde::de::Visitor<'de> for TextSeed<'_> {
    type Value = ();

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("text, a number or null")
    }
    fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<(), E> {
        self.out.push_str(v);
        Ok(())
    }
    fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<(), E> {
        use std::fmt::Write;
        let _ = write!(self.out, "{v}");
        Ok(())
    }
    fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<(), E> {
        use std::fmt::Write;
        let _ = write!(self.out, "{v}");
        Ok(())
    }
    fn visit_f64<E: serde::de::Error>(self, v: f64) -> Result<(), E> {
        use std::fmt::Write;
        let _ = write!(self.out, "{v}");
        Ok(())
    }
    fn visit_bool<E: serde::de::Error>(self, v: bool) -> Result<(), E> {
        self.out.push_str(if v { "true" } else { "false" });
        Ok(())
    }
    fn visit_unit<E: serde::de::Error>(self) -> Result<(), E> {
        Ok(())
    }
    fn visit_none<E: serde::de::Error>(self) -> Result<(), E> {
        Ok(())
    }
    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, _: A) -> Result<(), A::Error> {
        Err(serde::de::Error::custom(format!(
            "field {} is a list, expected text",
            self.field.name()
        )))
    }
    fn visit_map<A: serde::de::MapAccess<'de>>(self, _: A) -> Result<(), A::Error> {
        Err(serde::de::Error::custom(format!(
            "field {} is an object, expected text",
            self.field.name()
        )))
    }
}

#[cfg(test)]
mod tests;

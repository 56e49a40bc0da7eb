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
//! A reader thread reads the input 64 KiB at a time and finds where records end with the state
//! machine of `csv-core` (CSV/TSV, [`scan_csv`]) or by brackets and strings (JSON, [`scan_json`]),
//! and cuts the text into chunks of whole records: about [`ReadOptions::chunk_bytes`] long and
//! at most [`ReadOptions::chunk_rows`] records. Workers read the records of whole chunks and run
//! `f`; the caller puts their results back in order by sequence number. At most
//! `2 × threads + 2` chunks and [`IN_FLIGHT_BYTES`] are between the reader and the caller, a
//! chunk counting its text, the fields the reader found in it (CSV), and twice its longest
//! record (what a worker derives from a record while reading it), so memory stays flat whatever the input: a few chunks in flight, their
//! results (at most `chunk_rows` each), and one record of at most
//! [`ReadOptions::max_record_bytes`]; records of megabytes are read one at a time. A longer
//! record is skipped to its end without being held. Chunk buffers are handed back and reused; a
//! worker lets go of the room a long record's fields took.
//!
//! # Bad input
//!
//! A quote never closed, a record with the wrong number of fields, a start time that is no date
//! and time (or a date alone), a JSON record that is not an object, a record over the limit: an
//! error naming the source, the line and the record number. With [`ReadOptions::lenient`] exactly
//! that record is skipped and counted in the [`ReadReport`] instead. A fault in the structure
//! around the records (a JSON array's commas and brackets) stops the read in both modes, and so
//! does a record left open that runs over several lines to the end of the input (a quote never
//! closed): what it took in may be many records, not one. Text that is not UTF-8 is decoded as
//! Windows-1252 (per field) and counted, so the caller can say so; UTF-16 with a byte-order mark
//! is decoded. An empty input and a header without records are errors. docs/FORMATS.md is the user's account of all this.
//!
//! # Parts
//!
//! - [`columns`]: the canonical [`Field`]s, the header aliases of known exports
//!   (`data/headers.csv`) and `--columns`, and the [`Mapping`] of one export.
//! - [`scan_csv`], [`scan_json`]: where records end; `split`: the reader thread that cuts chunks.
//! - `delimited` and `json`: the records of a chunk, CSV/TSV and JSON, into [`Chat`]s.
//! - `encoding`: UTF-8 and UTF-16; `when`: start times.

pub mod columns;
mod delimited;
mod encoding;
mod flat_json;
mod json;
pub mod scan_csv;
pub mod scan_json;
mod split;
use crate::time::when;

use columns::Choice;
pub use columns::{parse_columns, Feeds, Field, Mapping, HEADERS_CSV};

use crate::io::InputFormat;
use anyhow::{anyhow, bail, Result};
use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use scan_csv::count_lines;
use split::{Flow, Splitter};
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
    /// When the follow-up was answered or the chat closed, as written (a later export).
    pub answered: String,
    /// `answered`, parsed.
    pub answered_at: Option<DateTime<Utc>>,
    /// The patron's after-chat survey comment, as written: triage reads it as the patron's last
    /// words, after the transcript.
    pub comment: String,
    /// Who answered the chat, as the export names them (a JID, a name): a transcript speaker of
    /// that label is staff.
    pub operator: String,
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
    /// The longest record accepted, in bytes of UTF-8 (a longer one is bad input).
    pub max_record_bytes: usize,
    /// About how much text each worker gets at a time.
    pub chunk_bytes: usize,
    /// At most this many records in one chunk: bounds the results waiting to be put in order
    /// when records are short.
    pub chunk_rows: usize,
    /// Only rows whose resolution passes this test reach `f` (triage: "Follow Up By Patron
    /// Library"). The others are counted as read, but their other CSV fields are not decoded or
    /// checked, which saves work on the rows no one asked for.
    pub wanted: Option<fn(&str) -> bool>,
    /// An export with neither a transcript nor a question column is read all the same (a later
    /// export that `followups update` reads for each chat's status and time only).
    pub text_optional: bool,
}

/// Records longer than this (4 MiB, 4,194,304 bytes) are bad input: it holds any real chat many
/// times over, and keeps memory bounded.
pub const MAX_RECORD_BYTES: usize = 4 << 20;

/// At most this much is in chunks between the reader thread and the caller, each chunk counting
/// its text and twice its longest record (one chunk is always let through, however long).
pub const IN_FLIGHT_BYTES: usize = 8 << 20;

impl Default for ReadOptions {
    fn default() -> Self {
        ReadOptions {
            format: None,
            columns: Vec::new(),
            tz: crate::time::DEFAULT_TZ,
            lenient: false,
            max_record_bytes: MAX_RECORD_BYTES,
            chunk_bytes: 1 << 19,
            chunk_rows: 1024,
            wanted: None,
            text_optional: false,
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
    /// The fields the export has a column for (JSON: a key in some record), one bit each at
    /// `field as usize`.
    pub fields_seen: u16,
}

impl ReadReport {
    /// Whether the export has a column for `field` (JSON: whether some record has a key for it).
    pub fn has(&self, field: Field) -> bool {
        self.fields_seen & 1 << field as usize != 0
    }

    /// Why no row can be a follow-up, when the export has no resolution column and only
    /// follow-ups were asked for: an explanation for an empty result.
    pub fn no_resolution_note(&self, all: bool) -> Option<String> {
        let m = &self.mapping;
        (!all && !self.has(Field::Resolution)).then(|| match m.format {
            InputFormat::Json | InputFormat::Jsonl => format!(
                "{}: no record has a resolution key (the first has: {}), so no row is marked Follow Up By Patron Library; --all takes every row",
                m.source,
                m.headers.join(", ")
            ),
            _ => format!(
                "{}: no resolution column (found: {}), so no row is marked Follow Up By Patron Library; --all takes every row",
                m.source,
                m.headers.join(", ")
            ),
        })
    }
}

/// How many skipped records the report keeps.
pub const KEEP_SKIPPED: usize = 5;

/// Reads the header (or the first JSON object) only: which header becomes which field.
pub fn read_mapping(source: &str, opts: &ReadOptions) -> Result<Mapping> {
    let input = open(source)?;
    let name = crate::io::display_name(source);
    let (mapping, _) = start(&name, source, input, opts)?;
    Ok(mapping)
}

/// Opens a path, or stdin for `-`.
pub fn open(source: &str) -> Result<Box<dyn Read + Send>> {
    // So that `-o` can refuse to write over the export (stdin too, when it is a file).
    crate::io::files::note_input(source);
    if source == "-" {
        crate::io::files::take_stdin()?;
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
    let (mapping, splitter) = start(name, path, input, opts)?;
    let first_line = splitter.first_line;
    let threads = threads.max(1);
    let stop = AtomicBool::new(false);
    // At most this many chunks between the reader and the collector: when one worker is slow
    // (descheduled on a busy machine), the others cannot race ahead and pile up results.
    let window = threads * 2 + 2;
    let (chunk_tx, chunk_rx) = sync_channel::<Chunk>(window);
    // Only the workers hold the chunk receiver: when they stop, the reader's sends fail.
    let shared_rx = Arc::new(Mutex::new(chunk_rx));
    let worker_rxs: Vec<_> = (0..threads).map(|_| Arc::clone(&shared_rx)).collect();
    drop(shared_rx);
    let (done_tx, done_rx) = sync_channel::<Result<Done<T>>>(threads * 2);
    let budget = Budget::new(window, IN_FLIGHT_BYTES);
    // Chunk buffers go back to the reader to be filled again.
    let (pool_tx, pool_rx) = sync_channel::<Vec<u8>>(threads + 2);
    let mut report = ReadReport {
        mapping: mapping.clone(),
        records: 0,
        skipped: 0,
        first_skipped: Vec::new(),
        windows_1252_records: 0,
        first_windows_1252_record: None,
        fields_seen: mapping
            .fields
            .iter()
            .filter(|(_, h, _)| {
                h.is_some() && matches!(mapping.format, InputFormat::Csv | InputFormat::Tsv)
            })
            .fold(0, |m, (f, _, _)| m | 1 << *f as usize),
    };
    let outcome = std::thread::scope(|s| -> Result<()> {
        let stop = &stop;
        let budget = &budget;
        let reader_done = done_tx.clone();
        s.spawn(move || {
            let flow = Flow::new(&chunk_tx, &pool_rx, budget, stop);
            if let Err(e) = splitter.run(flow) {
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
        let mut order = Order {
            name,
            opts,
            line: first_line,
            report: &mut report,
        };
        let result = order.collect(&done_rx, budget, &mut sink);
        stop.store(true, Ordering::Relaxed);
        budget.wake();
        drop(done_rx);
        result
    });
    outcome?;
    if report.records == 0 {
        match mapping.format {
            InputFormat::Json => bail!("{name}: no chats: the JSON array is empty"),
            _ => bail!(
                "{name}: no chats: the file has a header but no records (headers: {})",
                mapping.headers.join(", ")
            ),
        }
    }
    // A CSV header without either is refused before reading.
    if !opts.text_optional && !report.has(Field::Transcript) && !report.has(Field::Question) {
        bail!(
            "{name}: no record has a transcript or question key (the first has: {}); name one with --columns transcript=KEY",
            mapping.headers.join(", ")
        );
    }
    Ok(report)
}

/// Chunks and text in flight: the reader waits while the chunks it sent and the caller has not
/// finished with are too many or hold too much text. Once it has had to wait, it waits until half
/// the room is free, so it wakes once for a few chunks rather than once for each.
pub(crate) struct Budget {
    used: Mutex<InFlight>,
    freed: std::sync::Condvar,
    max_chunks: usize,
    max_bytes: usize,
}

#[derive(Default)]
struct InFlight {
    chunks: usize,
    bytes: usize,
    /// The reader is waiting for room.
    waiting: bool,
}

impl Budget {
    fn new(max_chunks: usize, max_bytes: usize) -> Self {
        Budget {
            used: Mutex::new(InFlight::default()),
            freed: std::sync::Condvar::new(),
            max_chunks: max_chunks.max(1),
            max_bytes,
        }
    }

    /// Takes room for one chunk of `n` bytes (always granted when nothing is in flight); false
    /// when the read is stopping.
    fn take(&self, n: usize, stop: &AtomicBool) -> bool {
        let Ok(mut used) = self.used.lock() else {
            return false;
        };
        let full = |u: &InFlight| {
            u.chunks > 0 && (u.chunks >= self.max_chunks || u.bytes + n > self.max_bytes)
        };
        if full(&used) {
            let half = |u: &InFlight| {
                u.chunks == 0 || (u.chunks <= self.max_chunks / 2 && u.bytes + n <= self.max_bytes)
            };
            while !half(&used) {
                if stop.load(Ordering::Relaxed) {
                    return false;
                }
                used.waiting = true;
                match self
                    .freed
                    .wait_timeout(used, std::time::Duration::from_millis(50))
                {
                    Ok((u, _)) => used = u,
                    Err(_) => return false,
                }
            }
            used.waiting = false;
        }
        used.chunks += 1;
        used.bytes += n;
        true
    }

    /// Gives back one chunk's room.
    fn give(&self, n: usize) {
        let wake = match self.used.lock() {
            Ok(mut used) => {
                used.chunks = used.chunks.saturating_sub(1);
                used.bytes = used.bytes.saturating_sub(n);
                used.waiting
            }
            Err(_) => true,
        };
        if wake {
            self.freed.notify_all();
        }
    }

    fn wake(&self) {
        self.freed.notify_all();
    }
}

/// The caller's side: puts the workers' results back in order, numbers lines, hands results to
/// the sink and settles bad records.
struct Order<'r> {
    name: &'r str,
    opts: &'r ReadOptions,
    /// The line the next chunk starts on.
    line: u64,
    report: &'r mut ReadReport,
}

impl Order<'_> {
    fn collect<T>(
        &mut self,
        done_rx: &Receiver<Result<Done<T>>>,
        budget: &Budget,
        sink: &mut impl FnMut(T) -> Result<()>,
    ) -> Result<()> {
        let mut pending: BTreeMap<u64, Done<T>> = BTreeMap::new();
        let mut next = 0u64;
        for done in done_rx.iter() {
            let done = done?;
            pending.insert(done.seq, done);
            while let Some(d) = pending.remove(&next) {
                next += 1;
                let cost = d.cost;
                self.settle(d, sink)?;
                budget.give(cost);
            }
        }
        // The reader's error (sent after its last chunk) ends the loop above; a chunk missing
        // here would be a defect, not bad input.
        Ok(())
    }

    fn settle<T>(&mut self, d: Done<T>, sink: &mut impl FnMut(T) -> Result<()>) -> Result<()> {
        let report = &mut *self.report;
        report.records += d.records;
        report.fields_seen |= d.fields_seen;
        if d.windows_1252 > 0 {
            report.windows_1252_records += d.windows_1252;
            report.first_windows_1252_record =
                report.first_windows_1252_record.or(d.first_windows_1252);
        }
        // Results and bad records interleave in record order: a bad record stops the read
        // only after the good ones before it went to the sink.
        let mut items = d.items.into_iter();
        let mut sunk = 0u64;
        for bad in d.bad {
            while sunk < bad.before {
                match items.next() {
                    Some(item) => sink(item)?,
                    None => break,
                }
                sunk += 1;
            }
            let line = self.line + bad.line;
            if bad.fatal {
                bail!("{}: line {line}: {}", self.name, bad.problem);
            }
            if !self.opts.lenient || bad.rest {
                bail!(
                    "{}: line {line}: record {}: {}",
                    self.name,
                    bad.record,
                    bad.problem
                );
            }
            report.skipped += 1;
            if report.first_skipped.len() < KEEP_SKIPPED {
                report.first_skipped.push(BadRecord {
                    record: bad.record,
                    line,
                    problem: bad.problem,
                });
            }
        }
        for item in items {
            sink(item)?;
        }
        self.line += d.lines;
        Ok(())
    }
}

/// A piece of the input between record boundaries.
pub(crate) struct Chunk {
    seq: u64,
    /// Records before its first one.
    records_before: u64,
    /// Bytes it holds against the [`Budget`].
    cost: usize,
    body: Body,
}

pub(crate) enum Body {
    /// CSV/TSV text: whole records and the line ends between them; and their fields, as the
    /// reader found them (`None`: the worker finds them).
    Csv(Vec<u8>, Option<Vec<scan_csv::FieldEnd>>),
    /// JSON text and where each record is in it.
    Json(Vec<u8>, Vec<(usize, usize)>),
    /// One record that cannot be read (over the limit, never ended), not held in memory; the
    /// line breaks inside it. `rest`: it never ends and runs over several lines to the end of
    /// the input, so it may hold many records: it stops the read even with `lenient`.
    Bad {
        problem: String,
        lines: u64,
        rest: bool,
    },
    /// A fault in the structure around the records, after `lines` line breaks: stops the read.
    Fatal { problem: String, lines: u64 },
}

/// What a worker made of a chunk.
struct Done<T> {
    seq: u64,
    items: Vec<T>,
    records: u64,
    /// Line breaks in the chunk.
    lines: u64,
    bad: Vec<Bad>,
    windows_1252: u64,
    first_windows_1252: Option<u64>,
    /// JSON: the fields some key of the worker's records so far fed (see [`Choice::seen`]).
    fields_seen: u16,
    /// Bytes to give back to the budget when the caller is done with it.
    cost: usize,
}

/// A bad record of a chunk, before the caller numbers its line.
struct Bad {
    record: u64,
    /// Line breaks between the chunk's start and the record.
    line: u64,
    /// Good results of the chunk before it.
    before: u64,
    problem: String,
    /// Not a record's fault: stops the read even with `lenient`.
    fatal: bool,
    /// A record that takes the rest of the input with it (see [`Body::Bad`]): stops the read
    /// even with `lenient`.
    rest: bool,
}

impl<T> Done<T> {
    /// Settles one record: keeps its result, or its problem (the line is counted only then).
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
                self.bad.push(Bad {
                    record,
                    line: line(),
                    before: self.items.len() as u64,
                    problem,
                    fatal: false,
                    rest: false,
                });
                return lenient;
            }
        }
        true
    }
}

/// Reads the start of the input: the encoding, the format, the header (CSV/TSV) or the first
/// object's keys (JSON); returns the mapping and the reader thread's half, positioned after the
/// header.
fn start<'a>(
    name: &str,
    path: &str,
    mut input: impl Read + Send + 'a,
    opts: &ReadOptions,
) -> Result<(Mapping, Splitter<Box<dyn Read + Send + 'a>>)> {
    let mut head = Vec::with_capacity(4);
    fill(&mut input, &mut head, 4).map_err(|e| anyhow!("{name}: {e}"))?;
    let mut input: Box<dyn Read + Send + 'a> = match encoding::detect(name, &head)? {
        encoding::Encoding::Utf8 => Box::new(std::io::Cursor::new(head).chain(input)),
        encoding::Encoding::Utf8Bom => {
            Box::new(std::io::Cursor::new(head.split_off(3)).chain(input))
        }
        encoding::Encoding::Utf16 { little_endian } => Box::new(encoding::Utf16Reader::new(
            std::io::Cursor::new(head.split_off(2)).chain(input),
            little_endian,
        )),
    };
    let mut buf = Vec::with_capacity(opts.chunk_bytes + split::READ_BYTES);
    fill(&mut input, &mut buf, split::READ_BYTES).map_err(|e| anyhow!("{name}: {e}"))?;
    if buf.iter().all(|b| b.is_ascii_whitespace()) {
        bail!("{name}: the file is empty");
    }
    let format = crate::io::detect_format(opts.format, path, &buf[..buf.len().min(4096)]);
    let mut splitter = Splitter::new(input, format, opts);
    let headers = splitter.header(name, &mut buf)?;
    let mut mapping = Mapping::build(name, format, headers, opts)?;
    mapping.delimiter = splitter.delimiter;
    splitter.buf = buf;
    Ok((mapping, splitter))
}

/// Reads at least `want` more bytes (or to the end) into `buf`; returns how many.
fn fill(input: &mut impl Read, buf: &mut Vec<u8>, want: usize) -> Result<usize> {
    // read_to_end on a Take reads into the spare capacity without zeroing it first.
    buf.reserve(want);
    let n = input
        .take(want as u64)
        .read_to_end(buf)
        .map_err(|e| anyhow!("read error: {e}"))?;
    Ok(n)
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
        let first = chunk.records_before + 1;
        // A defect met in a record ends the run with an error: left alone, the chunk's results
        // would never come and the caller would wait for them for ever.
        let parsed =
            std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| parser.parse(chunk, f)));
        let (done, buffer) = match parsed {
            Ok(parsed) => parsed,
            Err(panic) => {
                let why = panic
                    .downcast_ref::<&str>()
                    .map(|s| s.to_string())
                    .or_else(|| panic.downcast_ref::<String>().cloned())
                    .unwrap_or_default();
                let _ = tx.send(Err(anyhow!(
                    "a defect in aun stopped the reading at record {first} or soon after \
                     (please report it): {why}"
                )));
                return;
            }
        };
        parser.forget_long_record();
        // A buffer that grew for a long record is not kept: memory stays at the usual size.
        if let Some(mut b) = buffer {
            b.clear();
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
    columns: [Option<usize>; Field::ALL.len()],
    width: usize,
    delimiter: u8,
    chat: Chat,
    /// The start time as written, parsed into `chat.started_at`.
    started: String,
    /// The separate time of day, when the export has one.
    start_time: String,
    /// For JSON: keys seen and the fields each feeds.
    keys: Vec<(String, Feeds)>,
    /// For JSON: the keys the record being read takes its fields from.
    choice: Choice,
    /// For JSON: the record being read has a number in a field.
    number_seen: bool,
    /// For JSON: the record must be read again, whole.
    reread: bool,
    /// For JSON: the address in an object given for the patron's name.
    nested_email: String,
    /// For CSV: a quoted field's text, unquoted.
    scratch: Vec<u8>,
}

/// One field of one record could not be read.
struct FieldError(String);

impl<'a> ChunkParser<'a> {
    /// Lets go of the room a long record's fields took, so a worker keeps the usual room only
    /// (a few megabytes a worker add up against the memory bound).
    fn forget_long_record(&mut self) {
        const KEEP: usize = 1 << 16;
        if self.scratch.capacity() > KEEP {
            self.scratch = Vec::new();
        }
        let c = &mut self.chat;
        for s in [
            &mut c.id,
            &mut c.resolution,
            &mut c.origin,
            &mut c.patron_email,
            &mut c.patron_name,
            &mut c.question,
            &mut c.transcript,
            &mut c.answered,
            &mut c.comment,
            &mut c.operator,
            &mut self.started,
            &mut self.start_time,
        ] {
            if s.capacity() > KEEP {
                *s = String::new();
            }
        }
    }

    fn new(mapping: &'a Mapping, opts: &'a ReadOptions) -> Self {
        let mut columns = [None; Field::ALL.len()];
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
            delimiter: mapping.delimiter,
            chat: Chat::default(),
            started: String::new(),
            start_time: String::new(),
            keys: Vec::new(),
            choice: Choice::default(),
            number_seen: false,
            reread: false,
            nested_email: String::new(),
            scratch: Vec::new(),
        }
    }

    /// Parses a chunk; gives back its buffer for reuse.
    fn parse<T>(&mut self, chunk: Chunk, f: &impl Fn(&Chat) -> T) -> (Done<T>, Option<Vec<u8>>) {
        let mut done = Done {
            seq: chunk.seq,
            items: Vec::new(),
            records: 0,
            lines: 0,
            bad: Vec::new(),
            windows_1252: 0,
            first_windows_1252: None,
            fields_seen: 0,
            cost: chunk.cost,
        };
        let record = chunk.records_before + 1;
        match chunk.body {
            Body::Bad {
                problem,
                lines,
                rest,
            } => {
                done.records = 1;
                done.lines = lines;
                done.bad.push(Bad {
                    record,
                    line: 0,
                    before: 0,
                    problem,
                    fatal: false,
                    rest,
                });
                (done, None)
            }
            Body::Fatal { problem, lines } => {
                done.bad.push(Bad {
                    record,
                    line: lines,
                    before: 0,
                    problem,
                    fatal: true,
                    rest: false,
                });
                (done, None)
            }
            Body::Csv(text, fields) => {
                done.lines = count_lines(&text);
                let last = self.parse_csv(&text, fields.as_deref(), record, f, &mut done);
                let text = self.finish(text, last, f, &mut done);
                (done, text)
            }
            Body::Json(text, spans) => {
                done.lines = count_lines(&text);
                let last = self.parse_json(&text, &spans, record, f, &mut done);
                done.fields_seen = self.choice.seen;
                let text = self.finish(text, last, f, &mut done);
                (done, text)
            }
        }
    }

    /// Gives the chunk's last chat to `f` (when `last`: read and wanted) after letting go of the
    /// chunk's text if it grew for a long record: that text is not reused, and a worker holding
    /// it while it triages the chat would hold a long transcript twice. The text to reuse, if any.
    fn finish<T>(
        &self,
        text: Vec<u8>,
        last: bool,
        f: &impl Fn(&Chat) -> T,
        done: &mut Done<T>,
    ) -> Option<Vec<u8>> {
        let text =
            (text.capacity() <= self.opts.chunk_bytes + 2 * split::READ_BYTES).then_some(text);
        if last {
            done.items.push(f(&self.chat));
        }
        text
    }
}

fn field_slot<'x>(
    chat: &'x mut Chat,
    started: &'x mut String,
    start_time: &'x mut String,
    f: Field,
) -> &'x mut String {
    match f {
        Field::Id => &mut chat.id,
        Field::StartedAt => started,
        Field::StartTime => start_time,
        Field::Resolution => &mut chat.resolution,
        Field::Origin => &mut chat.origin,
        Field::PatronEmail => &mut chat.patron_email,
        Field::PatronName => &mut chat.patron_name,
        Field::Question => &mut chat.question,
        Field::Transcript => &mut chat.transcript,
        Field::AnsweredAt => &mut chat.answered,
        Field::Comment => &mut chat.comment,
        Field::Operator => &mut chat.operator,
    }
}

/// Parses the start time (the other fields are text as they are); `time_column`: the column (or
/// JSON key) the separate time of day was read from, if any. False when the row is not wanted:
/// its start time is then not checked.
fn finish_chat(
    chat: &mut Chat,
    started: &str,
    start_time: &str,
    time_column: Option<&str>,
    opts: &ReadOptions,
) -> Result<bool, FieldError> {
    if opts.wanted.is_some_and(|w| !w(&chat.resolution)) {
        return Ok(false);
    }
    let s = started.trim();
    chat.started_at = if s.is_empty() {
        None
    } else {
        let time = time_column.map(|_| start_time);
        match when::parse_start(s, time, opts.tz) {
            Ok(t) => Some(t),
            Err(when::WhenError::DateOnly) => {
                return Err(FieldError(match time_column {
                    Some(h) => format!(
                        "started_at: {s:?} is a date without a time, and the {h} column is empty"
                    ),
                    None => format!(
                        "started_at: {s:?} is a date without a time; name the export's time column with --columns start_time=HEADER"
                    ),
                }))
            }
            Err(when::WhenError::OutsideYears(t)) => {
                return Err(FieldError(format!(
                    "started_at: {s:?} {}",
                    crate::time::outside_years(t)
                )))
            }
            Err(when::WhenError::LeapSecond) => {
                return Err(FieldError(format!(
                    "started_at: {s:?} {}",
                    crate::time::LEAP_SECOND
                )))
            }
            Err(when::WhenError::Unknown) => {
                return Err(FieldError(match time_column {
                    Some(h) => format!(
                        "started_at: not a date and time: {s:?} with {h} {:?} (expected a date, and a time such as 14:22 or 2:22 PM)",
                        start_time.trim()
                    ),
                    None => format!(
                        "started_at: not a date and time: {s:?} (expected RFC 3339, 2025-03-04 14:22:09 or 3/4/25 2:22 PM)"
                    ),
                }))
            }
        }
    };
    let a = chat.answered.trim();
    chat.answered_at = if a.is_empty() {
        None
    } else {
        // Read as a start time is: the same forms, a date alone refused.
        Some(when::parse_start(a, None, opts.tz).map_err(|e| {
            FieldError(match e {
                when::WhenError::OutsideYears(t) => {
                    format!("answered_at: {a:?} {}", crate::time::outside_years(t))
                }
                when::WhenError::LeapSecond => {
                    format!("answered_at: {a:?} {}", crate::time::LEAP_SECOND)
                }
                _ => format!(
                    "answered_at: not a date and time: {a:?} (expected RFC 3339, 2025-03-04 14:22:09 or 3/4/25 2:22 PM)"
                ),
            })
        })?)
    };
    Ok(true)
}

#[cfg(test)]
mod tests;

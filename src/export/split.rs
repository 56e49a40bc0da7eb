//! The reader thread: reads the input, finds where records end, and cuts chunks of whole records.

use super::scan_csv::{blank_field, count_lines, unquote_into, CsvMachine, FieldEnd};
use super::scan_json::{ArrayMachine, Fault, Found, LineMachine, Machine};
use super::{fill, Body, Budget, Chunk, Field, ReadOptions};
use crate::io::InputFormat;
use anyhow::{anyhow, bail, Result};
use std::io::Read;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{Receiver, SyncSender};

/// How much is read at a time.
pub(super) const READ_BYTES: usize = 64 << 10;

/// The records of CSV/TSV text, from the field-level machine, and their fields: passed to the
/// workers with the chunk, they are not looked for twice.
struct CsvRecords {
    m: CsvMachine,
    scratch: Vec<u8>,
    /// The fields of the records kept for the chunk being cut, then of the record in progress.
    fields: Vec<FieldEnd>,
    /// Where the record in progress's fields begin in `fields`.
    record_from: usize,
    /// Fields are passed while a record has at most this many (the header's and a few empty
    /// ones after): a record of thousands is read by the worker, and the reader holds none.
    max_fields: usize,
    /// The record in progress has more.
    too_many: bool,
    /// A record kept for the chunk being cut had more: the workers find the chunk's fields.
    chunk_too_many: bool,
}

impl CsvRecords {
    fn new(delimiter: u8, width: usize) -> Self {
        CsvRecords {
            m: CsvMachine::new(delimiter, 0),
            scratch: Vec::new(),
            fields: Vec::new(),
            record_from: 0,
            max_fields: width + 8,
            too_many: false,
            chunk_too_many: false,
        }
    }

    fn add(&mut self, f: FieldEnd) {
        if self.fields.len() - self.record_from < self.max_fields {
            self.fields.push(f);
        } else {
            self.too_many = true;
        }
    }

    fn found(&mut self, buf: &[u8], f: FieldEnd) -> Found {
        self.add(f);
        let blank = self.m.fields == 1 && blank_field(buf, &f, &mut self.scratch);
        Found {
            start: self.m.record_start,
            end: f.end,
            blank,
            open: f.open_quote,
        }
    }
}

impl Machine for CsvRecords {
    fn next(&mut self, buf: &[u8]) -> Result<Option<Found>, Fault> {
        while let Some(f) = self.m.step(buf) {
            if f.record_end {
                return Ok(Some(self.found(buf, f)));
            }
            self.add(f);
        }
        Ok(None)
    }

    fn finish(&mut self, buf: &[u8]) -> Result<Option<Found>, Fault> {
        Ok(self.m.finish(buf).map(|f| self.found(buf, f)))
    }

    fn in_record(&self) -> Option<usize> {
        self.m.in_record().then_some(self.m.record_start)
    }

    fn shift(&mut self, n: usize) {
        self.m.shift(n);
        // Only the record in progress has fields here (the kept ones went with their chunk).
        for f in &mut self.fields[self.record_from..] {
            f.start = f.start.saturating_sub(n);
            f.end = f.end.saturating_sub(n);
        }
    }

    fn keep(&mut self) {
        self.record_from = self.fields.len();
        self.chunk_too_many |= self.too_many;
        self.too_many = false;
    }

    fn discard(&mut self) {
        self.fields.truncate(self.record_from);
        self.too_many = false;
    }

    fn take_fields(&mut self) -> Option<Vec<FieldEnd>> {
        // Room for a chunk like this one.
        let mut rest = Vec::with_capacity(self.fields.len());
        rest.extend_from_slice(&self.fields[self.record_from..]);
        self.fields.truncate(self.record_from);
        let kept = std::mem::replace(&mut self.fields, rest);
        self.record_from = 0;
        let whole = !std::mem::take(&mut self.chunk_too_many);
        whole.then_some(kept)
    }
}

/// The channels and limits between the reader thread and the rest.
pub(super) struct Flow<'a> {
    tx: &'a SyncSender<Chunk>,
    pool: &'a Receiver<Vec<u8>>,
    budget: &'a Budget,
    stop: &'a AtomicBool,
    seq: u64,
    /// Records in the chunks sent.
    records: u64,
}

impl<'a> Flow<'a> {
    pub(super) fn new(
        tx: &'a SyncSender<Chunk>,
        pool: &'a Receiver<Vec<u8>>,
        budget: &'a Budget,
        stop: &'a AtomicBool,
    ) -> Self {
        Flow {
            tx,
            pool,
            budget,
            stop,
            seq: 0,
            records: 0,
        }
    }

    /// Sends a chunk holding `records` records, the longest `longest` bytes; false when the read
    /// is stopping.
    fn send(&mut self, body: Body, records: u64, longest: usize) -> bool {
        // What the chunk holds in memory until the caller is done with it: its text, and while a
        // worker reads its longest record, that record's decoded copy and its speakers' texts
        // (about twice the record). Two records of a few megabytes are then not read at once.
        let cost = match &body {
            Body::Csv(t, None) | Body::Json(t, _) => t.len() + 2 * longest,
            Body::Csv(t, Some(fields)) => {
                t.len() + 2 * longest + std::mem::size_of_val(fields.as_slice())
            }
            _ => 0,
        };
        let c = Chunk {
            seq: self.seq,
            records_before: self.records,
            cost,
            body,
        };
        self.seq += 1;
        self.records += records;
        // Room for the chunk and its bytes: the reader waits when the caller is behind.
        !self.stop.load(Ordering::Relaxed)
            && self.budget.take(cost, self.stop)
            && self.tx.send(c).is_ok()
    }

    /// An empty buffer: one the workers gave back (its pages are mapped and warm), else new.
    fn buffer(&self, capacity: usize) -> Vec<u8> {
        self.pool
            .try_recv()
            .unwrap_or_else(|_| Vec::with_capacity(capacity))
    }
}

/// The reader thread's half: the input after the header, cut into chunks at record boundaries.
pub(super) struct Splitter<R> {
    input: R,
    format: InputFormat,
    pub(super) delimiter: u8,
    chunk_bytes: usize,
    chunk_rows: u64,
    max_record: usize,
    /// The header's fields (CSV/TSV).
    width: usize,
    /// The line the text in `buf` starts on.
    pub(super) first_line: u64,
    /// What was read and not yet cut.
    pub(super) buf: Vec<u8>,
    eof: bool,
    /// For JSON: the records are the list that starts at this byte of `buf`, a member of the
    /// object the text is (`{"sessions": […]}`).
    wrapped: Option<usize>,
}

/// Where the reader is in its buffer.
#[derive(Default)]
struct Cut {
    /// `buf[..at]` is whole records and the line ends between them.
    at: usize,
    /// Records in `buf[..at]`.
    rows: u64,
    /// The longest of them, in bytes.
    longest: usize,
    /// For JSON: where each of them is.
    spans: Vec<(usize, usize)>,
}

impl<R: Read> Splitter<R> {
    pub(super) fn new(input: R, format: InputFormat, opts: &ReadOptions) -> Self {
        Splitter {
            input,
            format,
            delimiter: if format == InputFormat::Tsv {
                b'\t'
            } else {
                b','
            },
            chunk_bytes: opts.chunk_bytes.max(1),
            chunk_rows: opts.chunk_rows.max(1) as u64,
            max_record: opts.max_record_bytes,
            width: 0,
            first_line: 1,
            buf: Vec::new(),
            eof: false,
            wrapped: None,
        }
    }

    fn read_more(&mut self, buf: &mut Vec<u8>) -> Result<()> {
        let n = fill(&mut self.input, buf, READ_BYTES)?;
        self.eof = n < READ_BYTES;
        Ok(())
    }

    /// The headers (CSV/TSV: the first record, which `buf` then loses) or the keys of the first
    /// record (JSON, which stays in `buf`).
    pub(super) fn header(&mut self, name: &str, buf: &mut Vec<u8>) -> Result<Vec<String>> {
        let json = matches!(self.format, InputFormat::Json | InputFormat::Jsonl);
        if self.format == InputFormat::Csv && semicolon_header(buf) {
            self.delimiter = b';';
        }
        let mut m: Box<dyn Machine> = match self.format {
            InputFormat::Csv | InputFormat::Tsv => {
                Box::new(CsvRecords::new(self.delimiter, MAX_COLUMNS))
            }
            InputFormat::Jsonl => Box::new(LineMachine::new()),
            InputFormat::Json if starts_array(buf) => Box::new(ArrayMachine::new(true)),
            InputFormat::Json => {
                self.wrapped = loop {
                    match records_list(buf) {
                        Wrapper::Records(at) => break Some(at),
                        Wrapper::None => break None,
                        Wrapper::Empty(key) => {
                            bail!("{name}: no chats: the list under {key:?} is empty")
                        }
                        // The object's first members run on: read on, within one record's room.
                        Wrapper::More if !self.eof && buf.len() <= self.max_record => {
                            self.read_more(buf).map_err(|e| anyhow!("{name}: {e}"))?;
                        }
                        Wrapper::More => break None,
                    }
                };
                Box::new(match self.wrapped {
                    Some(at) => ArrayMachine::enveloped(at, is_record),
                    None => ArrayMachine::new(false),
                })
            }
        };
        let line_of = |buf: &[u8], at: usize| 1 + count_lines(&buf[..at]);
        let first = if json {
            "the first record"
        } else {
            "the header"
        };
        let found = loop {
            match m.next(buf) {
                Ok(Some(f)) if f.blank => continue,
                Ok(Some(f)) => break f,
                Ok(None) => {}
                Err(fault) => bail!("{name}: line {}: {}", line_of(buf, fault.at), fault.problem),
            }
            if let Some(start) = m.in_record() {
                if buf.len() - start > self.max_record {
                    bail!(
                        "{name}: line {}: {first} is longer than the limit of {} bytes ({} MiB)",
                        line_of(buf, start),
                        self.max_record,
                        self.max_record >> 20
                    );
                }
            }
            if self.eof {
                match m.finish(buf) {
                    Ok(Some(f)) if !f.blank => break f,
                    Ok(_) if json => bail!("{name}: no chats: the JSON array is empty"),
                    Ok(_) => bail!("{name}: the file is empty"),
                    Err(fault) => {
                        bail!("{name}: line {}: {}", line_of(buf, fault.at), fault.problem)
                    }
                }
            }
            self.read_more(buf).map_err(|e| anyhow!("{name}: {e}"))?;
        };
        let line = line_of(buf, found.start);
        if found.end - found.start > self.max_record {
            bail!(
                "{name}: line {line}: {first} is longer than the limit of {} bytes ({} MiB)",
                self.max_record,
                self.max_record >> 20
            );
        }
        if found.open {
            if json {
                bail!("{name}: line {line}: record 1: the input ends inside it (a JSON value left open)");
            }
            bail!("{name}: line {line}: the header has a quote that is never closed");
        }
        let record = &buf[found.start..found.end];
        if json {
            return first_keys(name, line, record);
        }
        let columns = count_fields(record, self.delimiter);
        if columns > MAX_COLUMNS {
            bail!(
                "{name}: line {line}: the header has {columns} columns, more than the {MAX_COLUMNS} \
                 an export may have (is the delimiter right?)"
            );
        }
        self.width = columns;
        let headers = fields(record, self.delimiter)
            .iter()
            .map(|h| crate::io::decode(h).0.trim().to_string())
            .collect();
        // The chunks start at the header's line end.
        self.first_line = line_of(buf, found.end);
        buf.drain(..found.end);
        Ok(headers)
    }

    pub(super) fn run(mut self, mut flow: Flow) -> Result<()> {
        let buf = std::mem::take(&mut self.buf);
        match self.format {
            InputFormat::Csv | InputFormat::Tsv => {
                let m = CsvRecords::new(self.delimiter, self.width);
                self.cut_chunks(m, buf, &mut flow, false)
            }
            InputFormat::Jsonl => self.cut_chunks(LineMachine::new(), buf, &mut flow, true),
            InputFormat::Json => {
                let m = match self.wrapped {
                    Some(at) => ArrayMachine::enveloped(at, is_record),
                    None => ArrayMachine::new(starts_array(&buf)),
                };
                self.cut_chunks(m, buf, &mut flow, true)
            }
        }
    }

    /// Sends `buf[..cut.at]` as a chunk and keeps the rest in a fresh buffer; false when the
    /// read is stopping.
    fn send_text(
        &self,
        buf: &mut Vec<u8>,
        cut: &mut Cut,
        m: &mut impl Machine,
        flow: &mut Flow,
        json: bool,
    ) -> bool {
        if cut.at == 0 && cut.rows == 0 {
            return true;
        }
        let mut next = flow.buffer(self.chunk_bytes + 2 * READ_BYTES);
        next.extend_from_slice(&buf[cut.at..]);
        buf.truncate(cut.at);
        let text = std::mem::replace(buf, next);
        let fields = m.take_fields();
        m.shift(cut.at);
        let body = if json {
            Body::Json(text, std::mem::take(&mut cut.spans))
        } else {
            Body::Csv(text, fields)
        };
        let (rows, longest) = (cut.rows, cut.longest);
        cut.at = 0;
        cut.rows = 0;
        cut.longest = 0;
        flow.send(body, rows, longest)
    }

    fn cut_chunks(
        mut self,
        mut m: impl Machine,
        mut buf: Vec<u8>,
        flow: &mut Flow,
        json: bool,
    ) -> Result<()> {
        let mut cut = Cut::default();
        loop {
            if flow.stop.load(Ordering::Relaxed) {
                return Ok(());
            }
            let next = match m.next(&buf) {
                Ok(Some(found)) => Some(found),
                Ok(None) if self.eof => match m.finish(&buf) {
                    Ok(found) => found,
                    Err(fault) => return self.fatal(fault, buf, &mut cut, &mut m, flow, json),
                },
                Ok(None) => None,
                Err(fault) => return self.fatal(fault, buf, &mut cut, &mut m, flow, json),
            };
            if let Some(found) = next {
                let len = found.end - found.start;
                if found.open || len > self.max_record {
                    m.discard();
                    // One bad record: what is before it goes first, then the record alone.
                    cut.at = found.start;
                    if !self.send_text(&mut buf, &mut cut, &mut m, flow, json) {
                        return Ok(());
                    }
                    let mut lines = LineCount::default();
                    lines.add(&buf[..len]);
                    let body = bad_record(found.open, len as u64, &lines, self.max_record, json);
                    buf.drain(..len);
                    m.shift(len);
                    if !flow.send(body, 1, 0) {
                        return Ok(());
                    }
                    continue;
                }
                m.keep();
                if !found.blank {
                    cut.rows += 1;
                    cut.longest = cut.longest.max(found.end - found.start);
                    if json {
                        cut.spans.push((found.start, found.end));
                    }
                }
                cut.at = found.end;
                if (cut.rows >= self.chunk_rows || cut.at >= self.chunk_bytes)
                    && !self.send_text(&mut buf, &mut cut, &mut m, flow, json)
                {
                    return Ok(());
                }
                continue;
            }
            if self.eof {
                // Whatever is left: the last records, line ends, blank lines.
                cut.at = buf.len();
                self.send_text(&mut buf, &mut cut, &mut m, flow, json);
                return Ok(());
            }
            if let Some(start) = m.in_record() {
                if buf.len() - start > self.max_record {
                    cut.at = start;
                    if !self.send_text(&mut buf, &mut cut, &mut m, flow, json) {
                        return Ok(());
                    }
                    return self.skip_long(m, buf, flow, json);
                }
            }
            if let Err(e) = self.read_more(&mut buf) {
                return self.read_failed(e, buf, &mut cut, &mut m, flow, json);
            }
        }
    }

    /// Reads past a record over the limit that starts at `buf[0]`, without keeping it, then goes
    /// on cutting chunks after it.
    fn skip_long(
        mut self,
        mut m: impl Machine,
        mut buf: Vec<u8>,
        flow: &mut Flow,
        json: bool,
    ) -> Result<()> {
        let mut bytes = 0u64;
        let mut lines = LineCount::default();
        loop {
            // Where it ends, and whether it is still open there (at the end of the input).
            let step = match m.next(&buf) {
                Ok(None) if self.eof => m.finish(&buf).map(|found| {
                    let open = found.is_some_and(|f| f.open);
                    (Some(found.map_or(buf.len(), |f| f.end)), open)
                }),
                step => step.map(|found| (found.map(|f| f.end), false)),
            };
            let (end, open) = match step {
                Ok(step) => step,
                Err(fault) => {
                    return self.fatal(fault, buf, &mut Cut::default(), &mut m, flow, json)
                }
            };
            let upto = end.unwrap_or(buf.len());
            bytes += upto as u64;
            lines.add(&buf[..upto]);
            buf.drain(..upto);
            m.shift(upto);
            if end.is_some() {
                m.discard();
                let body = bad_record(open, bytes, &lines, self.max_record, json);
                if !flow.send(body, 1, 0) {
                    return Ok(());
                }
                return self.cut_chunks(m, buf, flow, json);
            }
            if flow.stop.load(Ordering::Relaxed) {
                return Ok(());
            }
            if let Err(e) = self.read_more(&mut buf) {
                return self.read_failed(e, buf, &mut Cut::default(), &mut m, flow, json);
            }
        }
    }

    /// A read that failed (an I/O error, text that stops being valid UTF-16): reported like a
    /// fault at the end of what was read, so the message names the file and the line.
    fn read_failed(
        &self,
        e: anyhow::Error,
        buf: Vec<u8>,
        cut: &mut Cut,
        m: &mut impl Machine,
        flow: &mut Flow,
        json: bool,
    ) -> Result<()> {
        let fault = Fault {
            at: buf.len(),
            problem: format!("{e:#}"),
        };
        self.fatal(fault, buf, cut, m, flow, json)
    }

    /// A fault in the structure: the records before it go first, then the fault.
    fn fatal(
        &self,
        fault: Fault,
        mut buf: Vec<u8>,
        cut: &mut Cut,
        m: &mut impl Machine,
        flow: &mut Flow,
        json: bool,
    ) -> Result<()> {
        let at = fault.at.min(buf.len());
        let before = cut.at.min(at);
        cut.at = before;
        if !self.send_text(&mut buf, cut, m, flow, json) {
            return Ok(());
        }
        let lines = count_lines(&buf[..at - before]);
        flow.send(
            Body::Fatal {
                problem: fault.problem,
                lines,
            },
            0,
            0,
        );
        Ok(())
    }
}

/// Line breaks in text that comes in pieces (a `\r\n` may be cut in two).
#[derive(Default)]
struct LineCount {
    n: u64,
    last_cr: bool,
    /// The text so far ends with a line break.
    ended: bool,
}

impl LineCount {
    fn add(&mut self, b: &[u8]) {
        if b.is_empty() {
            return;
        }
        self.n += count_lines(b);
        if self.last_cr && b[0] == b'\n' {
            self.n -= 1;
        }
        self.last_cr = b[b.len() - 1] == b'\r';
        self.ended = matches!(b[b.len() - 1], b'\n' | b'\r');
    }

    /// The lines the text is on (a final line break ends the last, it starts no other).
    fn spanned(&self) -> u64 {
        self.n + u64::from(!self.ended)
    }
}

/// One bad record of `bytes` bytes over `lines`: over the limit, or still `open` at the end of
/// the input. An open record on more than one line took in what followed its opening, which may
/// be many records: it says how much, and stops the read even with --lenient.
fn bad_record(open: bool, bytes: u64, lines: &LineCount, max: usize, json: bool) -> Body {
    let rest = open && lines.spanned() > 1;
    let problem = if rest {
        format!(
            "{}: the rest of the input, {} lines ({bytes} bytes) from here, is inside it and may \
             hold many records (--lenient skips one bad record, not the rest of the input)",
            open_problem(json),
            lines.spanned()
        )
    } else if bytes > max as u64 {
        too_long(bytes, max)
    } else {
        open_problem(json)
    };
    Body::Bad {
        problem,
        lines: lines.n,
        rest,
    }
}

fn too_long(bytes: u64, max: usize) -> String {
    format!(
        "the record is {bytes} bytes ({:.1} MiB), over the limit of {max} bytes ({} MiB) for one chat",
        bytes as f64 / (1 << 20) as f64,
        max >> 20
    )
}

fn open_problem(json: bool) -> String {
    if json {
        "the input ends inside this record (a JSON value left open)".to_string()
    } else {
        "a quoted field opened in this record is never closed".to_string()
    }
}

/// Whether the JSON text is one object around the records, as APIs return them (`{"sessions":
/// […]}`, `{"data": […], "next": …}`).
#[derive(Debug, PartialEq, Eq)]
enum Wrapper {
    /// The records are the list that starts at this byte.
    Records(usize),
    /// The text is records themselves.
    None,
    /// The text ends before it says.
    More,
    /// One object none of whose keys names a field, with an empty list (`{"sessions": [],
    /// "next": null}`): an API's answer with no chats.
    Empty(String),
}

/// [`Wrapper`] of the text: an object whose first list of records is under a key that names no
/// field (`sessions`, `chats`, `data`, `results`), before any key that names the transcript or
/// the question (a record with its messages as a list, `{"id": 1, "messages": [{…}]}`, is a
/// record). A list is of records when its first object has a key that names the transcript or
/// the question (a record's `"tags": [{"id": 3}]` is none). The members before it are skipped.
fn records_list(buf: &[u8]) -> Wrapper {
    // The first key holding an empty list, and whether a key names a field (then the object is
    // a record, not an empty answer).
    let (mut empty, mut field_key) = (None, false);
    let ws = |mut i: usize| {
        while buf.get(i).is_some_and(u8::is_ascii_whitespace) {
            i += 1;
        }
        i
    };
    let mut i = ws(0);
    if buf.get(i) != Some(&b'{') {
        return Wrapper::None;
    }
    i += 1;
    loop {
        i = ws(i);
        match buf.get(i) {
            None => return Wrapper::More,
            Some(b'"') => {}
            Some(_) => return Wrapper::None,
        }
        // The key: its text up to the closing quote (escapes kept as written).
        let start = i + 1;
        let mut j = start;
        loop {
            match buf.get(j) {
                None => return Wrapper::More,
                Some(b'\\') => j += 2,
                Some(b'"') => break,
                Some(_) => j += 1,
            }
        }
        let key = String::from_utf8_lossy(&buf[start..j.min(buf.len())]);
        i = ws(j + 1);
        match buf.get(i) {
            None => return Wrapper::More,
            Some(b':') => i = ws(i + 1),
            Some(_) => return Wrapper::None,
        }
        if text_key(&key) {
            return Wrapper::None;
        }
        let known = super::columns::is_known_header(&key);
        field_key |= known;
        match buf.get(i) {
            None => return Wrapper::More,
            Some(b'[') => match buf.get(ws(i + 1)) {
                None => return Wrapper::More,
                Some(b']') if empty.is_none() => empty = Some(key.into_owned()),
                Some(b'{') if !known => {
                    let first = ws(i + 1);
                    match ArrayMachine::new(false).next(&buf[first..]) {
                        Ok(Some(found)) if is_record(&buf[first..first + found.end]) => {
                            return Wrapper::Records(i);
                        }
                        Ok(Some(_)) => {}
                        Ok(None) => return Wrapper::More,
                        Err(_) => return Wrapper::None,
                    }
                }
                _ => {}
            },
            Some(_) => {}
        }
        // Past the value.
        let mut m = ArrayMachine::new(false);
        match m.next(&buf[i..]) {
            Ok(Some(found)) => i += found.end,
            Ok(None) => return Wrapper::More,
            Err(_) => return Wrapper::None,
        }
        i = ws(i);
        match buf.get(i) {
            None => return Wrapper::More,
            Some(b',') => i += 1,
            Some(b'}') if !field_key => return empty.map_or(Wrapper::None, Wrapper::Empty),
            Some(_) => return Wrapper::None,
        }
    }
}

/// True when `key` names the transcript or the question: an object with one is a record.
fn text_key(key: &str) -> bool {
    [Field::Transcript, Field::Question]
        .iter()
        .any(|f| f.aliases().iter().any(|a| same_header(a, key)))
}

/// True when the JSON object `object` (its text) is a record: one of its keys names the
/// transcript or the question.
fn is_record(object: &[u8]) -> bool {
    let text = crate::io::decode(object).0;
    serde_json::from_str::<FirstKeys>(&text).is_ok_and(|k| k.0.iter().any(|k| text_key(k)))
}

fn same_header(a: &str, b: &str) -> bool {
    crate::io::header_key(a) == crate::io::header_key(b)
}

/// Whether JSON text is an array (else a sequence of objects).
fn starts_array(buf: &[u8]) -> bool {
    buf.iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'[')
}

/// The most columns (or keys of a JSON record's first object) an export may have: exports have
/// a few dozen, and a header of hundreds of thousands would take the memory of many chats.
pub const MAX_COLUMNS: usize = 4096;

/// Whether a CSV's header line (the start of `buf`) is split by semicolons: outside quotes it
/// has no comma and no tab but a semicolon, and one of the names between the semicolons is a
/// known header. Excel writes such files where the decimal mark is a comma.
pub(super) fn semicolon_header(buf: &[u8]) -> bool {
    let buf = buf.strip_prefix(crate::io::text::BOM).unwrap_or(buf);
    // Blank lines before the header are no records.
    let start = buf
        .iter()
        .position(|b| !matches!(b, b' ' | b'\r' | b'\n'))
        .unwrap_or(buf.len());
    let buf = &buf[start..];
    let mut quoted = false;
    let mut end = buf.len();
    let mut semicolons = 0;
    for (i, &b) in buf.iter().enumerate() {
        match b {
            b'"' => quoted = !quoted,
            b',' | b'\t' if !quoted => return false,
            b';' if !quoted => semicolons += 1,
            b'\n' | b'\r' if !quoted => {
                end = i;
                break;
            }
            _ => {}
        }
    }
    semicolons > 0
        && fields(&buf[..end], b';')
            .iter()
            .any(|h| super::columns::is_known_header(crate::io::decode(h).0.trim()))
}

/// How many fields one CSV/TSV record has.
fn count_fields(record: &[u8], delimiter: u8) -> usize {
    let mut m = CsvMachine::new(delimiter, 0);
    let mut n = 0;
    while m.step(record).is_some() {
        n += 1;
    }
    n + usize::from(m.finish(record).is_some())
}

/// The decoded fields of one CSV/TSV record.
pub(super) fn fields(record: &[u8], delimiter: u8) -> Vec<Vec<u8>> {
    let mut m = CsvMachine::new(delimiter, 0);
    let mut out = Vec::new();
    let mut push = |f: super::scan_csv::FieldEnd| {
        let raw = &record[f.start..f.end];
        let mut v = Vec::new();
        if f.quoted {
            unquote_into(raw, &mut v);
        } else {
            v.extend_from_slice(raw);
        }
        out.push(v);
    };
    while let Some(f) = m.step(record) {
        push(f);
    }
    if let Some(f) = m.finish(record) {
        push(f);
    }
    out
}

/// The keys of the first JSON record, each once in the order first given (values skipped).
fn first_keys(name: &str, line: u64, record: &[u8]) -> Result<Vec<String>> {
    let text = crate::io::decode(record).0;
    let keys: FirstKeys = serde_json::from_str(&text).map_err(|e| {
        // The visitor's own words say what is wrong with a well-formed value.
        let invalid = match e.classify() {
            serde_json::error::Category::Data => "",
            _ => "invalid JSON: ",
        };
        anyhow!(
            "{name}: line {line}: record 1: {invalid}{}",
            crate::io::strip_serde_pos(&e)
        )
    })?;
    Ok(keys.0)
}

/// The keys of a JSON object, at most [`MAX_COLUMNS`] of them.
struct FirstKeys(Vec<String>);

impl<'de> serde::Deserialize<'de> for FirstKeys {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(FirstKeysVisitor)
    }
}

struct FirstKeysVisitor;

impl<'de> serde::de::Visitor<'de> for FirstKeysVisitor {
    type Value = FirstKeys;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("an object")
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<FirstKeys, A::Error> {
        use serde::de::Error;
        let mut keys: Vec<String> = Vec::new();
        while let Some(k) = map.next_key::<String>()? {
            map.next_value::<serde::de::IgnoredAny>()?;
            if keys.contains(&k) {
                continue;
            }
            if keys.len() == MAX_COLUMNS {
                return Err(A::Error::custom(format!(
                    "more than {MAX_COLUMNS} keys, more than an export may have"
                )));
            }
            keys.push(k);
        }
        Ok(FirstKeys(keys))
    }

    super::json::refuse_non_objects!(FirstKeys);
}

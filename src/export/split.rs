//! The reader thread: cuts the input into chunks that start and end at record boundaries.

use super::{fill, Body, Chunk};
use crate::io::InputFormat;
use anyhow::Result;
use std::io::Read;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::Receiver;

/// Quote-aware scan of CSV/TSV text that starts at a record boundary: where records end.
#[derive(Default)]
pub(super) struct CsvScan {
    pub(super) in_quotes: bool,
    /// Just past the newline that ends the first record.
    pub(super) first_end: Option<usize>,
    /// Just past the newline that ends the last complete record.
    pub(super) last_end: Option<usize>,
    /// Complete, non-blank records.
    pub(super) records: u64,
    /// Newlines seen up to `last_end`.
    pub(super) lines: u64,
}

impl CsvScan {
    pub(super) fn scan(&mut self, text: &[u8]) {
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
pub(super) struct JsonScan {
    pub(super) array: bool,
    /// Set when a byte outside an object is not whitespace, `,`, `[` or `]`.
    pub(super) failed: Option<usize>,
}

impl JsonScan {
    pub(super) fn new(array: bool) -> Self {
        JsonScan {
            array,
            failed: None,
        }
    }

    /// Calls `found(start, end)` for each complete object from `from`; returns where the last one
    /// ended (or `from`).
    pub(super) fn scan(
        &mut self,
        text: &[u8],
        from: usize,
        mut found: impl FnMut(usize, usize),
    ) -> usize {
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
pub(super) struct Splitter<R> {
    pub(super) input: R,
    pub(super) format: InputFormat,
    pub(super) chunk_bytes: usize,
    pub(super) max_record: usize,
    pub(super) first_line: u64,
}

impl<R: Read> Splitter<R> {
    pub(super) fn run(
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

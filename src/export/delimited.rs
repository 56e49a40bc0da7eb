//! The records of a CSV or TSV chunk.

use super::{
    count_lines, field_slot, finish_chat, BadRecord, Chat, ChunkParser, Done, Field, FieldError,
};

impl ChunkParser<'_> {
    /// Parses the records of a CSV/TSV chunk. The fast path splits fields with memchr (long
    /// quoted transcripts are skipped a quote at a time); a record it does not understand (text
    /// after a closing quote, a quote never closed) is read by the csv crate from there on.
    pub(super) fn parse_csv<T>(
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

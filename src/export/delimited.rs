//! The records of a CSV or TSV chunk, split by the same machine that cut the chunk.

use super::scan_csv::{blank_field, count_lines, unquote_into, CsvMachine, FieldEnd};
use super::{field_slot, finish_chat, Chat, ChunkParser, Done, Field, FieldError};

/// Counts line breaks up to a point of a chunk, going forward only.
struct Lines<'t> {
    text: &'t [u8],
    at: usize,
    n: u64,
}

impl Lines<'_> {
    fn to(&mut self, pos: usize) -> u64 {
        if pos > self.at {
            self.n += count_lines(&self.text[self.at..pos]);
            self.at = pos;
        }
        self.n
    }
}

impl ChunkParser<'_> {
    /// Parses the records of a CSV/TSV chunk (it starts at a record boundary).
    pub(super) fn parse_csv<T>(
        &mut self,
        text: &[u8],
        mut record: u64,
        f: &impl Fn(&Chat) -> T,
        done: &mut Done<T>,
    ) {
        let mut m = CsvMachine::new(self.delimiter, 0);
        let mut fields: Vec<FieldEnd> = Vec::with_capacity(self.width + 1);
        let mut lines = Lines { text, at: 0, n: 0 };
        loop {
            let Some(end) = m.step(text).or_else(|| m.finish(text)) else {
                return;
            };
            fields.push(end);
            if !end.record_end {
                continue;
            }
            let start = m.record_start;
            if fields.len() == 1 && blank_field(text, &fields[0], &mut self.scratch) {
                fields.clear();
                continue;
            }
            done.records += 1;
            let outcome = if end.open_quote {
                // The reader sends such a record alone; kept here for safety.
                Err(FieldError(
                    "a quoted field opened in this record is never closed".to_string(),
                ))
            } else if fields.len() < self.width
                || fields[self.width.min(fields.len())..]
                    .iter()
                    .any(|x| !empty(text, x))
            {
                Err(FieldError(format!(
                    "{} fields where the header has {}",
                    fields.len(),
                    self.width
                )))
            } else {
                self.fill_fields(text, &fields, record, done)
            };
            fields.clear();
            let line = || lines.to(start);
            if !done.settle(outcome, record, line, self.opts.lenient, || f(&self.chat)) {
                return;
            }
            record += 1;
        }
    }

    fn fill_fields<T>(
        &mut self,
        text: &[u8],
        fields: &[FieldEnd],
        record: u64,
        done: &mut Done<T>,
    ) -> Result<bool, FieldError> {
        let resolution = Field::ALL
            .iter()
            .position(|f| *f == Field::Resolution)
            .and_then(|i| self.columns[i]);
        if let (Some(wanted), Some(c)) = (self.opts.wanted, resolution) {
            let cell = &mut self.chat.resolution;
            cell.clear();
            decode_into(text, &fields[c], &mut self.scratch, cell);
            if !wanted(cell) {
                return Ok(false);
            }
        }
        let chat = &mut self.chat;
        chat.record = record;
        let mut cp1252 = false;
        for (i, field) in Field::ALL.iter().enumerate() {
            let target = field_slot(chat, &mut self.started, &mut self.start_time, *field);
            target.clear();
            if let Some(c) = self.columns[i] {
                cp1252 |= decode_into(text, &fields[c], &mut self.scratch, target);
            }
        }
        if cp1252 {
            done.windows_1252 += 1;
            done.first_windows_1252 = done.first_windows_1252.or(Some(record));
        }
        finish_chat(
            chat,
            &self.started,
            &self.start_time,
            self.mapping,
            self.opts,
        )
    }
}

/// Whether a field is empty once decoded (`` or `""`).
fn empty(text: &[u8], f: &FieldEnd) -> bool {
    let raw = &text[f.start..f.end];
    raw.is_empty() || (f.quoted && raw == b"\"\"")
}

/// Appends a field's text to `out`: unquoted, as UTF-8 or else Windows-1252 (true then), and
/// without the quote a spreadsheet-safe writer put before a formula character.
fn decode_into(text: &[u8], f: &FieldEnd, scratch: &mut Vec<u8>, out: &mut String) -> bool {
    let raw = &text[f.start..f.end];
    let bytes: &[u8] = if f.quoted {
        scratch.clear();
        unquote_into(raw, scratch);
        scratch
    } else {
        raw
    };
    match simdutf8::basic::from_utf8(bytes) {
        Ok(s) => {
            out.push_str(crate::io::text::unneutralize(s));
            false
        }
        Err(_) => {
            let s = crate::io::text::decode_windows_1252(bytes);
            out.push_str(crate::io::text::unneutralize(&s));
            true
        }
    }
}

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
    /// Parses the records of a CSV/TSV chunk (it starts at a record boundary), with their
    /// fields as the reader found them (`given`), else found here by the same machine. True when
    /// the chunk's last record is read into the chat and wanted, but not yet given to `f` (see
    /// [`ChunkParser::parse`]).
    pub(super) fn parse_csv<T>(
        &mut self,
        text: &[u8],
        given: Option<&[FieldEnd]>,
        mut record: u64,
        f: &impl Fn(&Chat) -> T,
        done: &mut Done<T>,
    ) -> bool {
        let mut m = CsvMachine::new(self.delimiter, 0);
        let mut given = given.map(|g| g.iter());
        let mut next = || match &mut given {
            Some(g) => g.next().copied(),
            None => m.step(text).or_else(|| m.finish(text)),
        };
        let mut fields: Vec<FieldEnd> = Vec::with_capacity(self.width + 1);
        let mut lines = Lines { text, at: 0, n: 0 };
        loop {
            let Some(end) = next() else {
                return false;
            };
            fields.push(end);
            if !end.record_end {
                continue;
            }
            // A record begins with its first field.
            let start = fields[0].start;
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
            let last = text[end.end..].iter().all(|&b| b == b'\r' || b == b'\n');
            if last && matches!(outcome, Ok(true)) {
                return true;
            }
            let line = || lines.to(start);
            if !done.settle(outcome, record, line, self.opts.lenient, || f(&self.chat)) {
                return false;
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
        // The record's text checked as UTF-8 once, not a field at a time: its fields are cut at
        // ASCII delimiters and quotes, so each is UTF-8 when the whole is.
        let span = fields.first().map_or(0, |f| f.start)..fields.last().map_or(0, |f| f.end);
        let utf8 = simdutf8::basic::from_utf8(&text[span]).is_ok();
        let mut cp1252 = false;
        for (i, field) in Field::ALL.iter().enumerate() {
            let target = field_slot(chat, &mut self.started, &mut self.start_time, *field);
            target.clear();
            if let Some(c) = self.columns[i] {
                cp1252 |= if utf8 {
                    push_utf8(text, &fields[c], target);
                    false
                } else {
                    decode_into(text, &fields[c], &mut self.scratch, target)
                };
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
            self.mapping.header(Field::StartTime),
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
    if !f.quoted {
        return push_decoded(raw, out);
    }
    // A quoted field is unquoted straight into `out` when it is UTF-8 (nearly always): one copy
    // of a long transcript, not two.
    let mut bytes = std::mem::take(out).into_bytes();
    let from = bytes.len();
    unquote_into(raw, &mut bytes);
    if simdutf8::basic::from_utf8(&bytes[from..]).is_ok() {
        if crate::io::text::unneutralize_bytes(&bytes[from..]) {
            bytes.remove(from);
        }
        // SAFETY: `bytes[..from]` was a `String`, `bytes[from..]` was just found to be UTF-8, and
        // removing a leading ASCII quote from it keeps it UTF-8.
        *out = unsafe { String::from_utf8_unchecked(bytes) };
        return false;
    }
    scratch.clear();
    scratch.extend_from_slice(&bytes[from..]);
    bytes.truncate(from);
    // SAFETY: `bytes` is what `out` held before, a `String`.
    *out = unsafe { String::from_utf8_unchecked(bytes) };
    push_decoded(scratch, out)
}

/// [`decode_into`] of a field known to be UTF-8.
fn push_utf8(text: &[u8], f: &FieldEnd, out: &mut String) {
    let raw = &text[f.start..f.end];
    if !f.quoted {
        // SAFETY: the caller found the record UTF-8, and a field is cut from it at ASCII bytes.
        out.push_str(crate::io::text::unneutralize(unsafe {
            std::str::from_utf8_unchecked(raw)
        }));
        return;
    }
    let mut bytes = std::mem::take(out).into_bytes();
    let from = bytes.len();
    unquote_into(raw, &mut bytes);
    if crate::io::text::unneutralize_bytes(&bytes[from..]) {
        bytes.remove(from);
    }
    // SAFETY: `bytes[..from]` was a `String`; the rest is UTF-8 text less ASCII quotes.
    *out = unsafe { String::from_utf8_unchecked(bytes) };
}

/// Appends `bytes` to `out` as UTF-8 or else Windows-1252 (true then), less a formula quote.
fn push_decoded(bytes: &[u8], out: &mut String) -> bool {
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

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The former reading: unquoted into a scratch buffer, then copied.
    fn decode_into_by_copy(raw: &[u8], quoted: bool, out: &mut String) -> bool {
        let mut scratch = Vec::new();
        let bytes: &[u8] = if quoted {
            unquote_into(raw, &mut scratch);
            &scratch
        } else {
            raw
        };
        push_decoded(bytes, out)
    }

    proptest! {
        #[test]
        fn unquoting_in_place_reads_as_the_copy(
            body in proptest::collection::vec(
                prop_oneof![Just(b'"'), Just(b'\''), Just(b'='), Just(0xe9u8), Just(0xc3), Just(0xa9), any::<u8>()],
                0..24,
            ),
            quoted in any::<bool>(),
            before in "[a-zé]{0,3}",
        ) {
            // A quoted field as the scanner gives it: its quotes, inner quotes doubled.
            let raw = if quoted {
                let mut r = vec![b'"'];
                for &b in &body {
                    r.push(b);
                    if b == b'"' {
                        r.push(b'"');
                    }
                }
                r.push(b'"');
                r
            } else {
                body.clone()
            };
            let f = FieldEnd { start: 0, end: raw.len(), quoted, record_end: true, open_quote: false };
            let (mut got, mut want) = (before.clone(), before.clone());
            let cp = decode_into(&raw, &f, &mut Vec::new(), &mut got);
            prop_assert_eq!(cp, decode_into_by_copy(&raw, quoted, &mut want));
            prop_assert_eq!(&got, &want);
            // A field of a record found to be UTF-8 is taken as it is.
            if std::str::from_utf8(&raw).is_ok() {
                let mut known = before.clone();
                push_utf8(&raw, &f, &mut known);
                prop_assert_eq!(known, want);
            }
        }
    }
}

//! Where CSV and TSV records and fields begin and end: the state machine of `csv-core` (the one
//! the `csv` crate runs, with its default settings), stepped a field at a time with memchr.
//!
//! The rules, as `csv-core` has them:
//! - a record ends at `\r`, `\n` or `\r\n` outside a quoted field; empty lines are no records;
//! - a field is quoted only when its first byte is `"`; inside it, `""` is one `"` and line ends
//!   are text; after the closing quote, the field goes on unquoted up to the next delimiter or
//!   line end (`"ab"c` is `abc`);
//! - in an unquoted field a `"` is an ordinary character (`my 5" tablet`);
//! - at the end of the input the last field and record end, even inside quotes (aun reports that
//!   last case as a quote never closed, see [`CsvMachine::finish`]).
//!
//! The machine is resumable: the reader thread feeds it a buffer at a time and finds record
//! boundaries and fields without copying them, and passes a chunk's fields to the worker with
//! it; a worker runs the machine itself over a chunk of records with far more fields than the
//! header (whose fields the reader does not hold). Either way one code finds them.

/// Where the machine is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum State {
    /// Between records: line ends are skipped.
    RecordStart,
    /// At the first byte of a field (a record is in progress).
    FieldStart,
    /// In an unquoted field, or the unquoted rest of a quoted one.
    Unquoted,
    /// Inside quotes.
    Quoted,
    /// Just after a `"` inside quotes: a doubled quote, or the closing one.
    QuoteInQuoted,
}

/// One field, as raw bytes of the buffer (`start..end`, without delimiter or line end).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FieldEnd {
    pub start: usize,
    pub end: usize,
    /// The field began with a quote: decode it with [`unquote_into`].
    pub quoted: bool,
    /// This field ends its record.
    pub record_end: bool,
    /// The input ended inside this (quoted) field.
    pub open_quote: bool,
}

/// The CSV record state machine over a buffer that the caller may extend and shift.
#[derive(Debug, Clone)]
pub struct CsvMachine {
    delimiter: u8,
    state: State,
    /// The next byte to look at.
    pub pos: usize,
    /// Where the record in progress began (valid unless between records).
    pub record_start: usize,
    field_start: usize,
    quoted: bool,
    /// Fields of the record in progress that have ended.
    pub fields: usize,
}

impl CsvMachine {
    pub fn new(delimiter: u8, pos: usize) -> Self {
        CsvMachine {
            delimiter,
            state: State::RecordStart,
            pos,
            record_start: pos,
            field_start: pos,
            quoted: false,
            fields: 0,
        }
    }

    /// Whether a record has begun and not ended.
    pub fn in_record(&self) -> bool {
        self.state != State::RecordStart
    }

    /// The buffer lost its first `n` bytes (all before the record in progress): move along.
    pub fn shift(&mut self, n: usize) {
        self.pos -= n;
        self.record_start = self.record_start.saturating_sub(n);
        self.field_start = self.field_start.saturating_sub(n);
    }

    /// The next field that ends in `buf[..]` from `pos`, or `None` when the buffer is used up
    /// (more input, or [`finish`](Self::finish) at its end).
    ///
    /// The states in the order a field meets them, each a plain test: a `match` in a loop is a
    /// jump through a table each state, which a processor mispredicts at most fields.
    #[inline]
    pub fn step(&mut self, buf: &[u8]) -> Option<FieldEnd> {
        let n = buf.len();
        if self.state == State::RecordStart {
            while self.pos < n && matches!(buf[self.pos], b'\r' | b'\n') {
                self.pos += 1;
            }
            if self.pos == n {
                return None;
            }
            self.record_start = self.pos;
            self.fields = 0;
            self.state = State::FieldStart;
        }
        if self.state == State::FieldStart {
            if self.pos == n {
                return None;
            }
            self.field_start = self.pos;
            self.quoted = buf[self.pos] == b'"';
            if self.quoted {
                self.pos += 1;
                self.state = State::Quoted;
            } else {
                self.state = State::Unquoted;
            }
        }
        while self.state != State::Unquoted {
            if self.state == State::Quoted {
                let Some(k) = memchr::memchr(b'"', &buf[self.pos..]) else {
                    self.pos = n;
                    return None;
                };
                self.pos += k + 1;
                self.state = State::QuoteInQuoted;
            }
            // Just after a quote inside quotes: a doubled quote, or the closing one (then a
            // delimiter or line end ends the field, anything else is text up to them).
            if self.pos == n {
                return None;
            }
            if buf[self.pos] == b'"' {
                self.pos += 1;
                self.state = State::Quoted;
            } else {
                self.state = State::Unquoted;
            }
        }
        let Some(k) = memchr::memchr3(self.delimiter, b'\r', b'\n', &buf[self.pos..]) else {
            self.pos = n;
            return None;
        };
        let at = self.pos + k;
        let record_end = buf[at] != self.delimiter;
        self.fields += 1;
        if record_end {
            // The line end is skipped at the next record's start.
            self.pos = at;
            self.state = State::RecordStart;
        } else {
            self.pos = at + 1;
            self.state = State::FieldStart;
        }
        Some(FieldEnd {
            start: self.field_start,
            end: at,
            quoted: self.quoted,
            record_end,
            open_quote: false,
        })
    }

    /// At the end of the input: the last field of a record in progress, if any.
    pub fn finish(&mut self, buf: &[u8]) -> Option<FieldEnd> {
        let n = buf.len();
        let (start, open_quote) = match self.state {
            State::RecordStart => return None,
            State::FieldStart => {
                self.quoted = false;
                (n, false)
            }
            State::Unquoted | State::QuoteInQuoted => (self.field_start, false),
            State::Quoted => (self.field_start, true),
        };
        self.state = State::RecordStart;
        self.fields += 1;
        self.pos = n;
        Some(FieldEnd {
            start,
            end: n,
            quoted: self.quoted,
            record_end: true,
            open_quote,
        })
    }
}

/// The text of a quoted field from its raw bytes (opening quote included): `""` is `"`, and what
/// follows the closing quote is text as it is.
pub fn unquote_into(raw: &[u8], out: &mut Vec<u8>) {
    let mut rest = raw.strip_prefix(b"\"").unwrap_or(raw);
    loop {
        match memchr::memchr(b'"', rest) {
            None => {
                out.extend_from_slice(rest);
                return;
            }
            Some(k) if rest.get(k + 1) == Some(&b'"') => {
                out.extend_from_slice(&rest[..=k]);
                rest = &rest[k + 2..];
            }
            Some(k) => {
                out.extend_from_slice(&rest[..k]);
                out.extend_from_slice(&rest[k + 1..]);
                return;
            }
        }
    }
}

/// Whether a record's only field is whitespace once unquoted: a blank line, not a record.
/// `scratch` holds the unquoted text.
pub fn blank_field(text: &[u8], f: &FieldEnd, scratch: &mut Vec<u8>) -> bool {
    let raw = &text[f.start..f.end];
    if f.quoted {
        scratch.clear();
        unquote_into(raw, scratch);
        scratch.iter().all(u8::is_ascii_whitespace)
    } else {
        raw.iter().all(u8::is_ascii_whitespace)
    }
}

/// Line breaks in `b`: `\n`, `\r\n` and a lone `\r` each count once.
pub fn count_lines(b: &[u8]) -> u64 {
    const STEP: usize = 64;
    let Some(&first) = b.first() else {
        return 0;
    };
    let end = |c: u8, before: u8| u8::from(c == b'\r') | u8::from((c == b'\n') & (before != b'\r'));
    // Sixty-four bytes a step, each with the one before it: a loop the compiler turns into
    // vector compares, not a search stopped at every line end.
    let mut n = u64::from(first == b'\r' || first == b'\n');
    let mut i = 1;
    while let (Some(bytes), Some(before)) = (b.get(i..i + STEP), b.get(i - 1..i - 1 + STEP)) {
        let (bytes, before): (&[u8; STEP], &[u8; STEP]) = (
            bytes.try_into().expect("STEP bytes"),
            before.try_into().expect("STEP bytes"),
        );
        let mut k = 0u8;
        for j in 0..STEP {
            k += end(bytes[j], before[j]);
        }
        n += u64::from(k);
        i += STEP;
    }
    while i < b.len() {
        n += u64::from(end(b[i], b[i - 1]));
        i += 1;
    }
    n
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// [`count_lines`] as a search for each line end.
    fn count_lines_by_search(b: &[u8]) -> u64 {
        let mut n = 0u64;
        for i in memchr::memchr2_iter(b'\r', b'\n', b) {
            if b[i] == b'\n' && i > 0 && b[i - 1] == b'\r' {
                continue;
            }
            n += 1;
        }
        n
    }

    proptest! {
        #[test]
        fn lines_counted_as_by_a_search_for_each_end(
            text in proptest::collection::vec(
                prop_oneof![Just(b'\r'), Just(b'\n'), Just(b'a'), any::<u8>()],
                0..1200,
            ),
        ) {
            prop_assert_eq!(count_lines(&text), count_lines_by_search(&text));
        }
    }

    #[test]
    fn lines_counted_across_the_steps_of_64() {
        // A CRLF split between two of the loop's steps, and steps of nothing but line ends.
        for len in [63, 64, 65, 66, 128, 129, 1000] {
            for fill in [b'\n', b'\r', b'x'] {
                let mut text = vec![fill; len];
                for at in [0, 1, 62, 63, 64, 65, 127, 128, len - 2] {
                    if at + 1 < len {
                        let mut t = text.clone();
                        t[at] = b'\r';
                        t[at + 1] = b'\n';
                        assert_eq!(count_lines(&t), count_lines_by_search(&t), "{len} {at}");
                    }
                }
                text[len / 2] = b'\r';
                assert_eq!(count_lines(&text), count_lines_by_search(&text));
            }
        }
    }

    /// Every record's fields, decoded, the way the machine reads `text` fed in pieces of `step`.
    fn records(text: &[u8], delimiter: u8, step: usize) -> Vec<Vec<Vec<u8>>> {
        let mut m = CsvMachine::new(delimiter, 0);
        let mut out = Vec::new();
        let mut rec = Vec::new();
        let mut push = |f: FieldEnd, buf: &[u8], rec: &mut Vec<Vec<u8>>| {
            let mut v = Vec::new();
            if f.quoted {
                unquote_into(&buf[f.start..f.end], &mut v);
            } else {
                v.extend_from_slice(&buf[f.start..f.end]);
            }
            rec.push(v);
            if f.record_end {
                out.push(std::mem::take(rec));
            }
        };
        let mut len = 0;
        while len < text.len() {
            len = (len + step).min(text.len());
            while let Some(f) = m.step(&text[..len]) {
                push(f, text, &mut rec);
            }
        }
        if let Some(f) = m.finish(text) {
            push(f, text, &mut rec);
        }
        out
    }

    fn csv_crate(text: &[u8], delimiter: u8) -> Vec<Vec<Vec<u8>>> {
        let mut r = csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .delimiter(delimiter)
            .from_reader(text);
        r.byte_records()
            .map(|r| r.unwrap().iter().map(|f| f.to_vec()).collect())
            .collect()
    }

    #[test]
    fn agrees_with_the_csv_crate_on_the_hard_cases() {
        for text in [
            &b"a,b\nc,d"[..],
            b"a,\"b\nc\",d\r\ne,f\r\n",
            b"my 5\" tablet,x\ny,\"z\"\"\"\n",
            b"\"ab\"c\"d,e\n",
            b"a\rb\rc\r",
            b"\r\n\r\n a \n\n",
            b"a,",
            b"\"never closed\nx",
            b"\"\"",
            b"x,\"\"\"\"\"",
        ] {
            for step in [1, 2, 3, 100] {
                assert_eq!(
                    records(text, b',', step),
                    csv_crate(text, b','),
                    "{text:?} / {step}"
                );
            }
        }
    }

    proptest! {
        #[test]
        fn agrees_with_the_csv_crate_on_any_text(
            text in proptest::collection::vec(
                prop_oneof![Just(b'"'), Just(b','), Just(b'\r'), Just(b'\n'), Just(b'a'), Just(b' ')],
                0..60,
            ),
            step in 1usize..8,
        ) {
            // A field still quoted at the end is an error for aun, text for the crate.
            let mut m = CsvMachine::new(b',', 0);
            while m.step(&text).is_some() {}
            prop_assume!(!m.finish(&text).is_some_and(|f| f.open_quote));
            prop_assert_eq!(records(&text, b',', step), csv_crate(&text, b','));
        }

        #[test]
        fn agrees_with_the_csv_crate_on_semicolons(
            text in proptest::collection::vec(
                prop_oneof![
                    Just(b'"'), Just(b';'), Just(b','), Just(b'\r'), Just(b'\n'), Just(b'a'),
                    Just(b' '),
                ],
                0..60,
            ),
            step in 1usize..8,
        ) {
            // Excel's CSV where the decimal mark is a comma: `;` between fields, `,` is text.
            let mut m = CsvMachine::new(b';', 0);
            while m.step(&text).is_some() {}
            prop_assume!(!m.finish(&text).is_some_and(|f| f.open_quote));
            prop_assert_eq!(records(&text, b';', step), csv_crate(&text, b';'));
        }
    }

    #[test]
    fn line_breaks_are_counted_once_each() {
        assert_eq!(count_lines(b"a\r\nb\rc\nd"), 3);
        assert_eq!(count_lines(b"\r\r\n\n"), 3);
        assert_eq!(count_lines(b""), 0);
    }
}

//! Where JSON records begin and end, without parsing them: the values of a top-level array (or a
//! sequence of objects with only whitespace between them), and the lines of JSON Lines.
//!
//! A value's extent is found by its brackets, skipping strings whole (so brackets and quotes in
//! text do not count); `serde_json` then parses each record on its own. The array's own syntax
//! (`[`, commas, `]`) is checked here, since it belongs to no record: a fault in it stops the
//! read. The machines are resumable, so a record longer than the limit can be skipped to its end
//! without being held in memory.

use super::scan_csv::FieldEnd;

/// A record found: `start..end` of the buffer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Found {
    pub start: usize,
    pub end: usize,
    /// A JSON Lines line of whitespace only: no record.
    pub blank: bool,
    /// The input ended before the record did.
    pub open: bool,
}

/// What went wrong with the structure around the records, at byte `at` of the buffer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fault {
    pub at: usize,
    pub problem: String,
}

/// Finds records in JSON text; the same interface for arrays and lines.
pub trait Machine {
    /// The next record that ends in `buf` from where the machine is, `Ok(None)` when the buffer
    /// is used up.
    fn next(&mut self, buf: &[u8]) -> Result<Option<Found>, Fault>;
    /// At the end of the input: the last record, if one is in progress.
    fn finish(&mut self, buf: &[u8]) -> Result<Option<Found>, Fault>;
    /// Whether a record has begun and not ended, and where it began.
    fn in_record(&self) -> Option<usize>;
    /// The buffer lost its first `n` bytes.
    fn shift(&mut self, n: usize);
    /// The record just found goes into the chunk being cut (CSV: its fields are kept for it).
    fn keep(&mut self) {}
    /// The record just found, or the one in progress, is not sent.
    fn discard(&mut self) {}
    /// The fields of the records kept since the last call, for the chunk they are sent in;
    /// `None` when the workers are to find them (JSON, or a record of too many fields).
    fn take_fields(&mut self) -> Option<Vec<FieldEnd>> {
        None
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Place {
    /// Before the array's `[` (or the first object of a sequence).
    Start,
    /// After `[`: a value or `]`.
    FirstOrEnd,
    /// After a comma: a value.
    Next,
    /// After a value: a comma or `]`.
    CommaOrEnd,
    /// After `]`: whitespace only.
    After,
    /// Between the objects of a sequence: whitespace or the next value.
    Between,
    /// Inside a value.
    Value,
    /// In the object around the records, after a member: `,` or its `}`.
    TailNext,
    /// In the object around the records, after `,`: a member's key.
    TailKey,
    /// Inside a member's key.
    TailKeyText,
    /// After a member's key: `:`.
    TailColon,
    /// A member's value.
    TailValue,
    /// Inside a list that is a member's value, before its first value.
    TailList,
    /// Inside the first object of a list that is a member's value: records, if it is one.
    TailFirst,
    /// Inside a member's value that is no list of records, skipped.
    TailSkip,
}

/// The values of a top-level JSON array, or of a sequence of values separated by whitespace.
#[derive(Debug, Clone)]
pub struct ArrayMachine {
    place: Place,
    /// `[…]` (else a sequence).
    array: bool,
    pos: usize,
    start: usize,
    /// Open brackets of the value in progress (0: a string or scalar at the top).
    depth: u32,
    in_string: bool,
    /// The value is a number, `true`, `false` or `null`.
    scalar: bool,
    /// A backslash was the last byte of the buffer.
    escape: bool,
    /// The array is a member of an object around the records (`{"sessions": […]}`).
    envelope: bool,
    /// Whether an object (its text) is a record: a later list in the object around the records
    /// whose first object is one is read too (`{"data": […], "archived": […]}`).
    is_record: fn(&[u8]) -> bool,
}

impl ArrayMachine {
    /// A machine at the start of the text; `array`: the text is `[…]`, else values one after
    /// another.
    pub fn new(array: bool) -> Self {
        ArrayMachine {
            place: Place::Start,
            array,
            pos: 0,
            start: 0,
            depth: 0,
            in_string: false,
            scalar: false,
            escape: false,
            envelope: false,
            is_record: |_| false,
        }
    }

    /// A machine for the records in the array that starts at byte `at`, a member of the object
    /// the text is (`{"sessions": […], "next": null}`): of the members after it, each other list
    /// whose first object `is_record` says is one is read as records too, and the rest are
    /// skipped to the object's `}`.
    pub fn enveloped(at: usize, is_record: fn(&[u8]) -> bool) -> Self {
        ArrayMachine {
            pos: at,
            envelope: true,
            is_record,
            ..ArrayMachine::new(true)
        }
    }

    /// Starts skipping or reading a value at `self.pos` (its first byte `b`) in the object
    /// around the records, as `place`.
    fn begin_tail_value(&mut self, b: u8, place: Place) {
        self.begin_value(b);
        self.place = place;
    }

    /// One step in the object around the records, after the records' list: `Ok(true)` when the
    /// buffer is used up.
    fn tail(&mut self, buf: &[u8]) -> Result<bool, Fault> {
        match self.place {
            Place::TailKeyText | Place::TailSkip => {
                if self.scan_value(buf).is_none() {
                    return Ok(true);
                }
                self.place = if self.place == Place::TailKeyText {
                    Place::TailColon
                } else {
                    Place::TailNext
                };
                return Ok(false);
            }
            Place::TailFirst => {
                let Some(end) = self.scan_value(buf) else {
                    return Ok(true);
                };
                if (self.is_record)(&buf[self.start..end]) {
                    // Read the list as the first one was, from its first record.
                    self.pos = self.start;
                    self.place = Place::FirstOrEnd;
                } else {
                    // The rest of the list, inside its brackets.
                    self.depth = 1;
                    self.place = Place::TailSkip;
                }
                return Ok(false);
            }
            _ => {}
        }
        while self.pos < buf.len() && buf[self.pos].is_ascii_whitespace() {
            self.pos += 1;
        }
        let Some(&b) = buf.get(self.pos) else {
            return Ok(true);
        };
        let unexpected = |m: &Self, what: &str| {
            Err(m.fault(
                m.pos,
                format!(
                    "expected {what} in the object around the records, found {:?}",
                    b as char
                ),
            ))
        };
        match (self.place, b) {
            (Place::TailNext, b',') => {
                self.pos += 1;
                self.place = Place::TailKey;
            }
            (Place::TailNext, b'}') => {
                self.pos += 1;
                self.place = Place::After;
            }
            (Place::TailNext, _) => return unexpected(self, ", or }"),
            (Place::TailKey, b'"') => self.begin_tail_value(b, Place::TailKeyText),
            (Place::TailKey, _) => return unexpected(self, "a key"),
            (Place::TailColon, b':') => {
                self.pos += 1;
                self.place = Place::TailValue;
            }
            (Place::TailColon, _) => return unexpected(self, ":"),
            (Place::TailValue, b'[') => {
                self.pos += 1;
                self.place = Place::TailList;
            }
            (Place::TailValue, _) => self.begin_tail_value(b, Place::TailSkip),
            (Place::TailList, b'{') => self.begin_tail_value(b, Place::TailFirst),
            (Place::TailList, _) => {
                // No list of objects: skipped, inside its brackets.
                self.depth = 1;
                self.in_string = false;
                self.scalar = false;
                self.place = Place::TailSkip;
            }
            _ => unreachable!("tail step in {:?}", self.place),
        }
        Ok(false)
    }

    fn fault(&self, at: usize, problem: impl Into<String>) -> Fault {
        Fault {
            at,
            problem: problem.into(),
        }
    }

    /// Goes on inside a value; `Some(end)` when it ends.
    fn scan_value(&mut self, buf: &[u8]) -> Option<usize> {
        let n = buf.len();
        loop {
            if self.escape {
                if self.pos == n {
                    return None;
                }
                self.pos += 1;
                self.escape = false;
            }
            if self.in_string {
                match memchr::memchr2(b'"', b'\\', &buf[self.pos..]) {
                    None => {
                        self.pos = n;
                        return None;
                    }
                    Some(k) if buf[self.pos + k] == b'\\' => {
                        self.pos += k + 1;
                        self.escape = true;
                    }
                    Some(k) => {
                        self.pos += k + 1;
                        self.in_string = false;
                        if self.depth == 0 {
                            return Some(self.pos);
                        }
                    }
                }
                continue;
            }
            if self.scalar {
                while self.pos < n {
                    match buf[self.pos] {
                        b',' | b']' | b'}' | b'[' | b'{' | b'"' => return Some(self.pos),
                        b if b.is_ascii_whitespace() => return Some(self.pos),
                        _ => self.pos += 1,
                    }
                }
                return None;
            }
            while self.pos < n {
                let b = buf[self.pos];
                self.pos += 1;
                match b {
                    b'"' => {
                        self.in_string = true;
                        break;
                    }
                    b'{' | b'[' => self.depth += 1,
                    b'}' | b']' => {
                        self.depth -= 1;
                        if self.depth == 0 {
                            return Some(self.pos);
                        }
                    }
                    _ => {}
                }
            }
            if !self.in_string {
                return None;
            }
        }
    }

    fn begin_value(&mut self, b: u8) {
        self.start = self.pos;
        self.place = Place::Value;
        self.depth = 0;
        self.in_string = false;
        self.scalar = false;
        match b {
            b'{' | b'[' => {
                self.depth = 1;
                self.pos += 1;
            }
            b'"' => {
                self.in_string = true;
                self.pos += 1;
            }
            _ => self.scalar = true,
        }
    }
}

impl Machine for ArrayMachine {
    fn next(&mut self, buf: &[u8]) -> Result<Option<Found>, Fault> {
        let n = buf.len();
        loop {
            if matches!(
                self.place,
                Place::TailNext
                    | Place::TailKey
                    | Place::TailKeyText
                    | Place::TailColon
                    | Place::TailValue
                    | Place::TailList
                    | Place::TailFirst
                    | Place::TailSkip
            ) {
                if self.tail(buf)? {
                    return Ok(None);
                }
                continue;
            }
            if self.place == Place::Value {
                let Some(end) = self.scan_value(buf) else {
                    return Ok(None);
                };
                self.place = if self.array {
                    Place::CommaOrEnd
                } else {
                    Place::Between
                };
                return Ok(Some(Found {
                    start: self.start,
                    end,
                    blank: false,
                    open: false,
                }));
            }
            while self.pos < n && buf[self.pos].is_ascii_whitespace() {
                self.pos += 1;
            }
            if self.pos == n {
                return Ok(None);
            }
            let b = buf[self.pos];
            match (self.place, b) {
                (Place::Start, b'[') if self.array => {
                    self.pos += 1;
                    self.place = Place::FirstOrEnd;
                }
                (Place::Start, _) if self.array => {
                    return Err(self.fault(self.pos, "expected a JSON array ([…]) of chats"))
                }
                (Place::FirstOrEnd, b']') | (Place::CommaOrEnd, b']') if self.envelope => {
                    self.pos += 1;
                    self.place = Place::TailNext;
                    self.depth = 0;
                    self.in_string = false;
                    self.scalar = false;
                    self.escape = false;
                }
                (Place::FirstOrEnd, b']') | (Place::CommaOrEnd, b']') => {
                    self.pos += 1;
                    self.place = Place::After;
                }
                (Place::CommaOrEnd, b',') => {
                    self.pos += 1;
                    self.place = Place::Next;
                }
                (Place::CommaOrEnd, _) => {
                    return Err(self.fault(self.pos, "expected , or ] after a record"))
                }
                (Place::Next, b']') => {
                    return Err(self.fault(self.pos, "a comma before ] (no record after it)"))
                }
                (Place::After, _) => {
                    return Err(self.fault(self.pos, "text after the end of the JSON array"))
                }
                (_, b',' | b']' | b'}' | b':') => {
                    return Err(self.fault(self.pos, format!("unexpected {:?}", b as char)))
                }
                _ => self.begin_value(b),
            }
        }
    }

    fn finish(&mut self, buf: &[u8]) -> Result<Option<Found>, Fault> {
        match self.place {
            Place::Value if self.scalar => {
                self.place = if self.array {
                    Place::After
                } else {
                    Place::Between
                };
                let found = Found {
                    start: self.start,
                    end: buf.len(),
                    blank: false,
                    open: false,
                };
                if self.array {
                    // A scalar cut off by the end: the array is not closed either.
                    return Ok(Some(Found {
                        open: true,
                        ..found
                    }));
                }
                Ok(Some(found))
            }
            Place::Value => {
                self.place = Place::After;
                Ok(Some(Found {
                    start: self.start,
                    end: buf.len(),
                    blank: false,
                    open: true,
                }))
            }
            Place::After | Place::Between => Ok(None),
            Place::TailNext
            | Place::TailKey
            | Place::TailKeyText
            | Place::TailColon
            | Place::TailValue
            | Place::TailList
            | Place::TailFirst
            | Place::TailSkip => Err(self.fault(
                buf.len(),
                "the JSON object around the records is never closed with }",
            )),
            Place::Start if !self.array => Ok(None),
            _ => Err(self.fault(buf.len(), "the JSON array is never closed with ]")),
        }
    }

    fn in_record(&self) -> Option<usize> {
        // A later list's first object is held until it is known to be a record or not.
        matches!(self.place, Place::Value | Place::TailFirst).then_some(self.start)
    }

    fn shift(&mut self, n: usize) {
        self.pos -= n;
        self.start = self.start.saturating_sub(n);
    }
}

/// The lines of JSON Lines: a record ends at `\n`, `\r\n` or a lone `\r` (none can be inside a
/// JSON value); lines of whitespace are no records.
#[derive(Debug, Clone)]
pub struct LineMachine {
    pos: usize,
    start: usize,
    in_line: bool,
}

impl LineMachine {
    pub fn new() -> Self {
        LineMachine {
            pos: 0,
            start: 0,
            in_line: false,
        }
    }
}

impl Default for LineMachine {
    fn default() -> Self {
        Self::new()
    }
}

fn blank(b: &[u8]) -> bool {
    b.iter().all(|c| c.is_ascii_whitespace())
}

impl Machine for LineMachine {
    fn next(&mut self, buf: &[u8]) -> Result<Option<Found>, Fault> {
        let n = buf.len();
        if !self.in_line {
            while self.pos < n && matches!(buf[self.pos], b'\r' | b'\n') {
                self.pos += 1;
            }
            if self.pos == n {
                return Ok(None);
            }
            self.start = self.pos;
            self.in_line = true;
        }
        match memchr::memchr2(b'\r', b'\n', &buf[self.pos..]) {
            None => {
                self.pos = n;
                Ok(None)
            }
            Some(k) => {
                let end = self.pos + k;
                self.pos = end;
                self.in_line = false;
                Ok(Some(Found {
                    start: self.start,
                    end,
                    blank: blank(&buf[self.start..end]),
                    open: false,
                }))
            }
        }
    }

    fn finish(&mut self, buf: &[u8]) -> Result<Option<Found>, Fault> {
        if !self.in_line {
            return Ok(None);
        }
        self.in_line = false;
        self.pos = buf.len();
        Ok(Some(Found {
            start: self.start,
            end: buf.len(),
            blank: blank(&buf[self.start..]),
            open: false,
        }))
    }

    fn in_record(&self) -> Option<usize> {
        self.in_line.then_some(self.start)
    }

    fn shift(&mut self, n: usize) {
        self.pos -= n;
        self.start = self.start.saturating_sub(n);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn values(text: &str, array: bool, step: usize) -> Result<Vec<String>, String> {
        let b = text.as_bytes();
        let mut m = ArrayMachine::new(array);
        let mut out = Vec::new();
        let mut len = 0;
        while len < b.len() {
            len = (len + step).min(b.len());
            while let Some(f) = m.next(&b[..len]).map_err(|f| f.problem)? {
                out.push(text[f.start..f.end].to_string());
            }
        }
        if let Some(f) = m.finish(b).map_err(|f| f.problem)? {
            out.push(format!(
                "{}{}",
                &text[f.start..f.end],
                if f.open { " (open)" } else { "" }
            ));
        }
        Ok(out)
    }

    #[test]
    fn array_values_whatever_the_pieces() {
        let text = r#" [ {"a": "}\"]{", "b": [1, {"c": 2}]}, 12.5e3 ,"s\\",[], null ] "#;
        for step in [1, 2, 5, 100] {
            assert_eq!(
                values(text, true, step).unwrap(),
                [
                    r#"{"a": "}\"]{", "b": [1, {"c": 2}]}"#,
                    "12.5e3",
                    r#""s\\""#,
                    "[]",
                    "null"
                ],
                "{step}"
            );
        }
    }

    #[test]
    fn array_structure_faults() {
        assert_eq!(
            values("[{} {}]", true, 3).unwrap_err(),
            "expected , or ] after a record"
        );
        assert_eq!(
            values("[{},]", true, 3).unwrap_err(),
            "a comma before ] (no record after it)"
        );
        assert_eq!(
            values("[{}] x", true, 3).unwrap_err(),
            "text after the end of the JSON array"
        );
        assert_eq!(
            values("[{}", true, 3).unwrap_err(),
            "the JSON array is never closed with ]"
        );
        assert_eq!(
            values("{}", true, 3).unwrap_err(),
            "expected a JSON array ([…]) of chats"
        );
    }

    fn enveloped(text: &str, step: usize) -> Result<Vec<String>, String> {
        let b = text.as_bytes();
        // The reader finds the list in its first buffer.
        let at = text.find('[').unwrap();
        let record = |o: &[u8]| o.windows(4).any(|w| w == b"\"q\":");
        let mut m = ArrayMachine::enveloped(at, record);
        let mut out = Vec::new();
        let mut len = at;
        while len < b.len() {
            len = (len + step).min(b.len());
            while let Some(f) = m.next(&b[..len]).map_err(|f| f.problem)? {
                out.push(text[f.start..f.end].to_string());
            }
        }
        if let Some(f) = m.finish(b).map_err(|f| f.problem)? {
            out.push(text[f.start..f.end].to_string());
        }
        Ok(out)
    }

    #[test]
    fn records_in_an_object_around_them() {
        let text = r#"{"sessions": [{"a": "]}"}, {"b": [1]}], "next": {"url": "x}]"}, "n": 2} "#;
        for step in [1, 2, 7, 100] {
            assert_eq!(
                enveloped(text, step).unwrap(),
                [r#"{"a": "]}"}"#, r#"{"b": [1]}"#],
                "{step}"
            );
        }
        assert_eq!(enveloped(r#"{"data": [{}]}"#, 3).unwrap(), ["{}"]);
        assert_eq!(
            enveloped(r#"{"data": [{}], "n": 1"#, 3).unwrap_err(),
            "the JSON object around the records is never closed with }"
        );
        assert_eq!(
            enveloped(r#"{"data": [{}]} x"#, 3).unwrap_err(),
            "text after the end of the JSON array"
        );
        // A later list whose first object is a record is read too; other members are skipped,
        // whatever is in them.
        let text = r#"{"data": [{"q": 1}], "facets": [{"name": "]"}, {"q": 0}], "n": [1, "["],
            "archived": [ {"q": 2, "x": {"q": "}"}}, {"r": 3} ], "empty": [], "s": "{[",
            "data": [{"q": 4}]}"#;
        for step in [1, 2, 5, 64, 1000] {
            assert_eq!(
                enveloped(text, step).unwrap(),
                [
                    r#"{"q": 1}"#,
                    r#"{"q": 2, "x": {"q": "}"}}"#,
                    r#"{"r": 3}"#,
                    r#"{"q": 4}"#
                ],
                "{step}"
            );
        }
        for (bad, problem) in [
            (
                r#"{"data": [{}], "n" 1}"#,
                "expected : in the object around the records",
            ),
            (
                r#"{"data": [{}], 3: 1}"#,
                "expected a key in the object around the records",
            ),
            (
                r#"{"data": [{}] "n": 1}"#,
                "expected , or } in the object around the records",
            ),
            (r#"{"data": [{}], "more": [{"q": 1}"#, "never closed with ]"),
            (r#"{"data": [{}], "more": [{"r": 1}"#, "never closed with }"),
        ] {
            let e = enveloped(bad, 4).unwrap_err();
            assert!(e.contains(problem), "{bad}: {e}");
        }
        assert_eq!(values("[{\"a\":1", true, 3).unwrap(), ["{\"a\":1 (open)"]);
        assert_eq!(values("{}\n{ }", false, 1).unwrap(), ["{}", "{ }"]);
    }
}

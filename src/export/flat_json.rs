//! The common JSON record read without `serde_json`: one object whose values are strings,
//! `true`, `false`, `null` or (in fields kept as written) numbers, in valid UTF-8.
//!
//! It exists for speed: `serde_json` builds a deserializer with its own scratch buffer per record
//! and checks each string's UTF-8 on its own. Here the record's UTF-8 is checked once and the text
//! between escapes is found eight bytes at a time. Anything else (a list, a nested object, a
//! number in the question or transcript, a control character, a lone surrogate, any syntax
//! error) gives `None`, and the record is read by the `serde_json` reader, which words the errors.
//! What is read here is what that reader reads (tests compare the two on generated records).

use super::{field_slot, Chat, Choice, Feeds, Field, Mapping};

/// Where [`read`] puts what it reads: the fields of the reused chat.
pub(super) struct Slots<'c> {
    pub chat: &'c mut Chat,
    pub started: &'c mut String,
    pub start_time: &'c mut String,
    pub keys: &'c mut Vec<(String, Feeds)>,
    pub choice: &'c mut Choice,
    pub mapping: &'c Mapping,
}

const RESOLUTION: u16 = 1 << Field::Resolution as usize;
const LONG_TEXT: u16 = 1 << Field::Question as usize | 1 << Field::Transcript as usize;

impl Slots<'_> {
    /// Offers the record's `nth` key: the fields its value is read into (none: it is skipped).
    /// While `skipping` (after a resolution no one asked for) only the resolution is read, and
    /// `skipped` is set when the key fed another field.
    pub fn offer(
        &mut self,
        key: &str,
        nth: Option<usize>,
        skipping: bool,
        skipped: &mut bool,
    ) -> u16 {
        let mut feeds = field_of(self.keys, self.mapping, nth, key);
        self.choice.seen |= feeds.mask;
        if skipping && feeds.mask & !RESOLUTION != 0 {
            *skipped = true;
            feeds.mask &= RESOLUTION;
        }
        self.choice.offer(feeds, key)
    }

    /// The first field of `take` (a key's value is read into it), cleared.
    pub fn first(&mut self, take: u16) -> (Field, &mut String) {
        let f = Field::ALL[take.trailing_zeros() as usize];
        let out = field_slot(self.chat, self.started, self.start_time, f);
        out.clear();
        (f, out)
    }

    /// Copies the value read into the first field of `take` into the others (a key that feeds
    /// two fields, as a lone `Time` feeds the start time and the time of day).
    pub fn copy_to_rest(&mut self, take: u16) {
        let first = Field::ALL[take.trailing_zeros() as usize];
        let value = std::mem::take(field_slot(self.chat, self.started, self.start_time, first));
        let mut rest = take & (take - 1);
        while rest != 0 {
            let f = Field::ALL[rest.trailing_zeros() as usize];
            rest &= rest - 1;
            let out = field_slot(self.chat, self.started, self.start_time, f);
            out.clear();
            out.push_str(&value);
        }
        *field_slot(self.chat, self.started, self.start_time, first) = value;
    }

    /// Whether the question or transcript is among `take` (a number there is read by serde).
    pub fn long_text(take: u16) -> bool {
        take & LONG_TEXT != 0
    }

    /// Whether the resolution is among `take`.
    pub fn resolution(take: u16) -> bool {
        take & RESOLUTION != 0
    }
}

/// Reads the object `obj` into `to`, as `ObjectSeed` does; `None` when the record needs the full
/// reader (also when two keys name one field: that reader words the error). `raw`: the question
/// and transcript may be numbers, kept as written. Returns whether values were skipped after an
/// unwanted resolution and the resolution then made the row wanted (the record must be read
/// again, whole).
pub(super) fn read(
    obj: &[u8],
    raw: bool,
    wanted: Option<fn(&str) -> bool>,
    mut to: Slots,
) -> Option<bool> {
    let text = simdutf8::basic::from_utf8(obj).ok()?;
    let mut p = Reader {
        s: text,
        b: obj,
        i: 0,
    };
    p.space();
    p.byte(b'{')?;
    p.space();
    let (mut skipping, mut skipped) = (false, false);
    let mut key_buf = String::new();
    if p.peek() == Some(b'}') {
        p.i += 1;
    } else {
        for nth in 0.. {
            p.byte(b'"')?;
            let key = p.key(&mut key_buf)?;
            let take = to.offer(key, Some(nth), skipping, &mut skipped);
            if to.choice.tied() {
                return None;
            }
            p.space();
            p.byte(b':')?;
            p.space();
            if take == 0 {
                p.skip_value()?;
            } else {
                let numbers = raw || !Slots::long_text(take);
                p.value(to.first(take).1, numbers)?;
                if take & (take - 1) != 0 {
                    to.copy_to_rest(take);
                }
                if let (true, Some(w)) = (Slots::resolution(take), wanted) {
                    skipping = !w(&to.chat.resolution);
                }
            }
            p.space();
            match p.next()? {
                b',' => p.space(),
                b'}' => break,
                _ => return None,
            }
        }
    }
    p.space();
    (p.i == p.b.len()).then_some(!skipping && skipped)
}

/// The fields a key feeds, looked up once per distinct key: the cache's entry for the `nth` key
/// first (records of one export usually give their keys in one order), then any entry, then the
/// mapping.
pub(super) fn field_of(
    keys: &mut Vec<(String, Feeds)>,
    mapping: &Mapping,
    nth: Option<usize>,
    key: &str,
) -> Feeds {
    if let Some((k, f)) = nth.and_then(|n| keys.get(n)) {
        if k == key {
            return *f;
        }
    }
    if let Some((_, f)) = keys.iter().find(|(k, _)| k == key) {
        return *f;
    }
    let f = mapping.feeds(key);
    // Bounded: a hostile export with a new key in every record must not grow this.
    if keys.len() < 256 {
        keys.push((key.to_string(), f));
    }
    f
}

struct Reader<'a> {
    /// The record, checked UTF-8; `b` is its bytes.
    s: &'a str,
    b: &'a [u8],
    i: usize,
}

impl<'a> Reader<'a> {
    fn peek(&self) -> Option<u8> {
        self.b.get(self.i).copied()
    }

    fn next(&mut self) -> Option<u8> {
        let c = self.peek()?;
        self.i += 1;
        Some(c)
    }

    fn byte(&mut self, want: u8) -> Option<()> {
        (self.next()? == want).then_some(())
    }

    /// JSON's whitespace.
    fn space(&mut self) {
        while let Some(b' ' | b'\n' | b'\t' | b'\r') = self.peek() {
            self.i += 1;
        }
    }

    fn literal(&mut self, word: &[u8]) -> Option<()> {
        let end = self.i + word.len();
        (self.b.get(self.i..end)? == word).then(|| self.i = end)
    }

    /// A key after its opening quote: borrowed from the record when it has no escape.
    fn key<'k>(&mut self, buf: &'k mut String) -> Option<&'k str>
    where
        'a: 'k,
    {
        let from = self.i;
        let end = from + special(&self.b[from..]);
        if self.b.get(end) == Some(&b'"') {
            self.i = end + 1;
            return Some(&self.s[from..end]);
        }
        buf.clear();
        self.string(Some(buf))?;
        Some(buf)
    }

    /// A value into `out`, as the serde reader writes it; `numbers`: a number is kept as written.
    fn value(&mut self, out: &mut String, numbers: bool) -> Option<()> {
        match self.peek()? {
            b'"' => {
                self.i += 1;
                self.string(Some(out))
            }
            b'n' => self.literal(b"null"),
            b't' => self.literal(b"true").map(|()| out.push_str("true")),
            b'f' => self.literal(b"false").map(|()| out.push_str("false")),
            b'-' | b'0'..=b'9' if numbers => {
                let from = self.i;
                self.number()?;
                out.push_str(&self.s[from..self.i]);
                Some(())
            }
            _ => None,
        }
    }

    /// A value read and dropped (only the kinds [`Reader::value`] reads).
    fn skip_value(&mut self) -> Option<()> {
        match self.peek()? {
            b'"' => {
                self.i += 1;
                self.string(None)
            }
            b'n' => self.literal(b"null"),
            b't' => self.literal(b"true"),
            b'f' => self.literal(b"false"),
            b'-' | b'0'..=b'9' => self.number(),
            _ => None,
        }
    }

    /// `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`
    fn number(&mut self) -> Option<()> {
        if self.peek() == Some(b'-') {
            self.i += 1;
        }
        match self.next()? {
            b'0' => {}
            b'1'..=b'9' => self.digits(),
            _ => return None,
        }
        if self.peek() == Some(b'.') {
            self.i += 1;
            self.some_digits()?;
        }
        if let Some(b'e' | b'E') = self.peek() {
            self.i += 1;
            if let Some(b'+' | b'-') = self.peek() {
                self.i += 1;
            }
            self.some_digits()?;
        }
        // What follows ("01", "1.5.2", "2x") is the caller's to refuse.
        Some(())
    }

    fn digits(&mut self) {
        while let Some(b'0'..=b'9') = self.peek() {
            self.i += 1;
        }
    }

    fn some_digits(&mut self) -> Option<()> {
        let from = self.i;
        self.digits();
        (self.i > from).then_some(())
    }

    /// A string after its opening quote, decoded into `out` (or only checked).
    fn string(&mut self, mut out: Option<&mut String>) -> Option<()> {
        loop {
            let from = self.i;
            self.i += special(&self.b[from..]);
            if let Some(o) = out.as_deref_mut() {
                o.push_str(&self.s[from..self.i]);
            }
            match self.next()? {
                b'"' => return Some(()),
                b'\\' => {
                    let c = self.escape()?;
                    if let Some(o) = out.as_deref_mut() {
                        o.push(c);
                    }
                }
                // A control character: serde's error.
                _ => return None,
            }
        }
    }

    /// The character of an escape after its backslash.
    fn escape(&mut self) -> Option<char> {
        Some(match self.next()? {
            b'"' => '"',
            b'\\' => '\\',
            b'/' => '/',
            b'b' => '\u{8}',
            b'f' => '\u{c}',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'u' => {
                let high = self.hex4()?;
                match high {
                    0xD800..=0xDBFF => {
                        self.literal(b"\\u")?;
                        let low = self.hex4()?;
                        if !(0xDC00..=0xDFFF).contains(&low) {
                            return None;
                        }
                        char::from_u32(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))?
                    }
                    // None for a lone low surrogate.
                    c => char::from_u32(c)?,
                }
            }
            _ => return None,
        })
    }

    fn hex4(&mut self) -> Option<u32> {
        let digits = self.b.get(self.i..self.i + 4)?;
        self.i += 4;
        digits
            .iter()
            .try_fold(0, |n, &d| Some(n << 4 | (d as char).to_digit(16)?))
    }
}

/// How many bytes of `b` come before the first quote, backslash or control character (all of
/// them if none): sixteen bytes a step where the processor has SSE2, else eight (runs between
/// escapes are short: a transcript's lines).
fn special(b: &[u8]) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // The high bit of each byte that is zero, or below 0x20; exact up to the first one.
    let zero = |v: u64| v.wrapping_sub(ONES) & !v & HIGH;
    let mut i = 0;
    #[cfg(target_arch = "x86_64")]
    while let Some(chunk) = b.get(i..i + 16) {
        let found = special16(chunk);
        if found != 0 {
            return i + found.trailing_zeros() as usize;
        }
        i += 16;
    }
    while let Some(chunk) = b.get(i..i + 8) {
        let x = u64::from_le_bytes(chunk.try_into().unwrap_or([0; 8]));
        let found = zero(x ^ (ONES * u64::from(b'"')))
            | zero(x ^ (ONES * u64::from(b'\\')))
            | x.wrapping_sub(ONES * 0x20) & !x & HIGH;
        if found != 0 {
            return i + (found.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    i + special_bytewise(&b[i..])
}

/// One bit for each of sixteen bytes that is a quote, a backslash or a control character.
#[cfg(target_arch = "x86_64")]
#[inline(always)]
fn special16(chunk: &[u8]) -> u32 {
    use std::arch::x86_64::*;
    assert!(chunk.len() >= 16);
    // SAFETY: SSE2 is part of x86_64, and the load reads the first sixteen bytes of `chunk`.
    unsafe {
        let v = _mm_loadu_si128(chunk.as_ptr().cast());
        let quote = _mm_cmpeq_epi8(v, _mm_set1_epi8(b'"' as i8));
        let backslash = _mm_cmpeq_epi8(v, _mm_set1_epi8(b'\\' as i8));
        // Below 0x20: the same as its unsigned minimum with 0x1f.
        let control = _mm_cmpeq_epi8(_mm_min_epu8(v, _mm_set1_epi8(0x1f)), v);
        _mm_movemask_epi8(_mm_or_si128(_mm_or_si128(quote, backslash), control)) as u32
    }
}

/// [`special`] a byte at a time (the tail, and the tests' reference).
fn special_bytewise(b: &[u8]) -> usize {
    b.iter()
        .position(|&c| c == b'"' || c == b'\\' || c < 0x20)
        .unwrap_or(b.len())
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn special_bytes_found_as_one_at_a_time() {
        for fill in [b'a', 0x80, 0xff, b' ', 0x21] {
            for k in (0..8).chain(14..40) {
                for v in 0..=255u8 {
                    let mut b = [fill; 43];
                    b[k] = v;
                    assert_eq!(special(&b), special_bytewise(&b), "{b:?}");
                }
            }
        }
    }

    proptest! {
        #[test]
        fn special_on_random_bytes(b in proptest::collection::vec(
            prop_oneof![Just(b'"'), Just(b'\\'), Just(b'a'), Just(0x1f), Just(0x20), any::<u8>()],
            0..80,
        )) {
            prop_assert_eq!(special(&b), special_bytewise(&b));
        }
    }
}

//! JSON text written straight into a buffer: for the records written a million at a time
//! (`Triaged`, `Referral`), the same bytes `serde_json::to_writer` makes of them (compact, fields in
//! declaration order, strings escaped alike), without serde's calls per field and per string
//! piece, and without formatting an instant into a `String` first. The differential tests in
//! `triage` and `referral` hold the two paths to the same bytes.

use crate::time::Instant;
use std::fmt;

/// Writes one JSON object into `out` (a `&mut Vec<u8>`), its fields in the order given:
/// `object!(out, "id": str(&t.id), "record": u64(t.record))`, each kind a function of [`field`].
/// Each field's name is written as one constant with its quotes, colon and the comma before it
/// (field names must need no escaping: plain identifiers).
macro_rules! object {
    ($out:expr, $first:literal : $kind:ident($($v:expr),*) $(, $name:literal : $kinds:ident($($vs:expr),*))* $(,)?) => {{
        let out: &mut Vec<u8> = $out;
        $crate::record::json::field::$kind(out, concat!("{\"", $first, "\":"), $($v),*);
        $($crate::record::json::field::$kinds(out, concat!(",\"", $name, "\":"), $($vs),*);)*
        out.push(b'}');
    }};
}
pub(crate) use object;

/// The kinds of field [`object!`] writes: each appends `key` (the name's text as a constant)
/// and the value.
pub mod field {
    use super::{rfc3339_into, string, Escaper};
    use crate::time::Instant;
    use std::fmt;

    #[inline(always)]
    pub fn str(out: &mut Vec<u8>, key: &'static str, value: &str) {
        out.extend_from_slice(key.as_bytes());
        string(out, value);
    }

    /// A string known to need no escaping (an enum's one name): copied as is.
    #[inline(always)]
    pub fn name(out: &mut Vec<u8>, key: &'static str, value: &'static str) {
        debug_assert!(super::needs_no_escape(value.as_bytes()));
        out.extend_from_slice(key.as_bytes());
        out.reserve(value.len() + 2);
        out.push(b'"');
        out.extend_from_slice(value.as_bytes());
        out.push(b'"');
    }

    /// A string, or null.
    #[inline(always)]
    pub fn opt_str(out: &mut Vec<u8>, key: &'static str, value: Option<&str>) {
        out.extend_from_slice(key.as_bytes());
        match value {
            Some(v) => string(out, v),
            None => out.extend_from_slice(b"null"),
        }
    }

    /// A name as [`name`], or null.
    #[inline(always)]
    pub fn opt_name(out: &mut Vec<u8>, key: &'static str, value: Option<&'static str>) {
        match value {
            Some(v) => name(out, key, v),
            None => {
                out.extend_from_slice(key.as_bytes());
                out.extend_from_slice(b"null");
            }
        }
    }

    /// A value's `Display` text as a string, or null (serde's `collect_str`).
    #[inline(always)]
    pub fn opt_display(out: &mut Vec<u8>, key: &'static str, value: Option<&impl fmt::Display>) {
        out.extend_from_slice(key.as_bytes());
        match value {
            Some(v) => {
                out.push(b'"');
                // Writing into a Vec cannot fail; an error would be the Display's own.
                let _ = fmt::write(&mut Escaper(out), format_args!("{v}"));
                out.push(b'"');
            }
            None => out.extend_from_slice(b"null"),
        }
    }

    #[inline(always)]
    pub fn u64(out: &mut Vec<u8>, key: &'static str, value: u64) {
        out.extend_from_slice(key.as_bytes());
        let mut digits = [0u8; 20];
        let mut i = digits.len();
        let mut v = value;
        loop {
            i -= 1;
            digits[i] = b'0' + (v % 10) as u8;
            v /= 10;
            if v == 0 {
                break;
            }
        }
        out.extend_from_slice(&digits[i..]);
    }

    /// A value's `Display` text as [`opt_display`] writes it; a value whose text `fixed` gives
    /// (a fixed sentence) is copied rather than formatted.
    #[inline(always)]
    pub fn opt_display_fixed<T: fmt::Display>(
        out: &mut Vec<u8>,
        key: &'static str,
        value: Option<&T>,
        fixed: impl Fn(&T) -> Option<&'static str>,
    ) {
        match value.and_then(&fixed) {
            Some(text) => str(out, key, text),
            None => opt_display(out, key, value),
        }
    }

    /// A number as serde_json writes one (shortest round-trip form; null when not finite).
    #[inline(always)]
    pub fn f64(out: &mut Vec<u8>, key: &'static str, value: f64) {
        out.extend_from_slice(key.as_bytes());
        super::number(out, value);
    }

    #[inline(always)]
    pub fn bool(out: &mut Vec<u8>, key: &'static str, value: bool) {
        out.extend_from_slice(key.as_bytes());
        out.extend_from_slice(if value { b"true" } else { b"false" });
    }

    /// A list of strings.
    #[inline(always)]
    pub fn strs(out: &mut Vec<u8>, key: &'static str, values: &[String]) {
        out.extend_from_slice(key.as_bytes());
        out.push(b'[');
        for (i, v) in values.iter().enumerate() {
            if i > 0 {
                out.push(b',');
            }
            string(out, v);
        }
        out.push(b']');
    }

    /// An instant as RFC 3339 text ([`crate::time::rfc3339`]), or null.
    #[inline(always)]
    pub fn instant(out: &mut Vec<u8>, key: &'static str, value: Option<&Instant>) {
        out.extend_from_slice(key.as_bytes());
        match value {
            Some(t) => {
                out.push(b'"');
                rfc3339_into(out, t);
                out.push(b'"');
            }
            None => out.extend_from_slice(b"null"),
        }
    }
}

/// A number as serde_json writes one (shortest round-trip form; null when not finite). A
/// hundredth (a confidence rounded to two decimals: 0.81, 0.8, 1.0) is written from its digits,
/// the shortest text that reads back as it; any other through serde_json.
#[inline(always)]
pub fn number(out: &mut Vec<u8>, value: f64) {
    // The nearest hundredth (no call to `round`: the comparison below decides), not -0.0,
    // which is written with its sign.
    let k = (value * 100.0 + 0.5) as u32;
    if value.is_sign_positive() && k <= 100 && f64::from(k) / 100.0 == value {
        let k = k as u8;
        let (int, frac) = (k / 100, k % 100);
        out.extend_from_slice(&[b'0' + int, b'.', b'0' + frac / 10]);
        if frac % 10 != 0 {
            out.push(b'0' + frac % 10);
        }
        return;
    }
    // serde_json's own text of a number, written into the buffer: no allocation.
    if serde_json::to_writer(&mut *out, &value).is_err() {
        out.extend_from_slice(b"null");
    }
}

/// Escape of each byte as serde_json writes it: 0 for none, `u` for `\u00XX`, else the letter
/// after the backslash.
const ESCAPE: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 0x20 {
        t[b] = b'u';
        b += 1;
    }
    t[0x08] = b'b';
    t[0x09] = b't';
    t[0x0A] = b'n';
    t[0x0C] = b'f';
    t[0x0D] = b'r';
    t[b'"' as usize] = b'"';
    t[b'\\' as usize] = b'\\';
    t
};

const HEX: &[u8; 16] = b"0123456789abcdef";

/// The bytes of 8 that need escaping (below 0x20, a quote or a backslash), each as its high
/// bit: the "has a byte less than n" and "has a zero byte" tests (n ≤ 128). A borrow can flag a
/// byte above one that needs escaping, never below: the lowest flag is exact, and so is "none".
#[inline(always)]
fn escape_flags(w: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let less = |x: u64, n: u64| x.wrapping_sub(ONES * n) & !x & HIGH;
    let quote = w ^ (ONES * b'"' as u64);
    let backslash = w ^ (ONES * b'\\' as u64);
    less(w, 0x20) | less(quote, 1) | less(backslash, 1)
}

/// Whether any of 8 bytes needs escaping.
#[inline(always)]
fn word_needs_escape(w: u64) -> bool {
    escape_flags(w) != 0
}

/// A JSON string: quoted, escaped as serde_json escapes (`\"`, `\\`, the short forms `\b \t \n
/// \f \r`, other control characters as `\u00XX`; everything else, non-ASCII included, as is).
#[inline(always)]
pub fn string(out: &mut Vec<u8>, s: &str) {
    let bytes = s.as_bytes();
    if needs_no_escape(bytes) {
        out.reserve(bytes.len() + 2);
        out.push(b'"');
        out.extend_from_slice(bytes);
        out.push(b'"');
    } else {
        escaped_string(out, bytes);
    }
}

/// [`string`] of a text that needs escaping: the rare case, kept out of line.
#[cold]
#[inline(never)]
fn escaped_string(out: &mut Vec<u8>, bytes: &[u8]) {
    out.reserve(bytes.len() + 8);
    out.push(b'"');
    escape_each(out, bytes);
    out.push(b'"');
}

/// Whether no byte of `bytes` needs escaping, read 8 bytes at a time: the last word overlaps
/// the one before it rather than leaving a tail, and a text shorter than a word is read as one
/// word (4 to 7 bytes: two overlapping halves; 1 to 3: its first, middle and last byte, padded
/// with a letter).
#[inline(always)]
fn needs_no_escape(bytes: &[u8]) -> bool {
    let n = bytes.len();
    let word = |i: usize| u64::from_le_bytes(bytes[i..i + 8].try_into().expect("8 bytes"));
    let half = |i: usize| u32::from_le_bytes(bytes[i..i + 4].try_into().expect("4 bytes"));
    if n >= 8 {
        let mut i = 0;
        while i + 8 < n {
            if word_needs_escape(word(i)) {
                return false;
            }
            i += 8;
        }
        !word_needs_escape(word(n - 8))
    } else if n >= 4 {
        !word_needs_escape(u64::from(half(0)) | u64::from(half(n - 4)) << 32)
    } else if n > 0 {
        const PAD: u64 = 0x6161_6161_6100_0000;
        let w = u64::from(bytes[0]) | u64::from(bytes[n / 2]) << 8 | u64::from(bytes[n - 1]) << 16;
        !word_needs_escape(w | PAD)
    } else {
        true
    }
}

/// The escaped text of `bytes` (valid UTF-8) without quotes. Most text needs no escape: that is
/// seen 8 bytes at a time and the text copied whole.
pub fn escaped_into(out: &mut Vec<u8>, bytes: &[u8]) {
    if needs_no_escape(bytes) {
        out.extend_from_slice(bytes);
    } else {
        escape_each(out, bytes);
    }
}

/// The escaped text of `bytes`: the runs between the bytes that need escaping found eight
/// bytes at a time, and copied whole.
fn escape_each(out: &mut Vec<u8>, bytes: &[u8]) {
    // `start`: the first byte not written yet; `i`: where to look for the next to escape.
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        if let Some(w) = bytes.get(i..i + 8) {
            let flags = escape_flags(u64::from_le_bytes(w.try_into().expect("8 bytes")));
            if flags == 0 {
                i += 8;
                continue;
            }
            i += (flags.trailing_zeros() / 8) as usize;
        } else if ESCAPE[bytes[i] as usize] == 0 {
            i += 1;
            continue;
        }
        let b = bytes[i];
        out.extend_from_slice(&bytes[start..i]);
        match ESCAPE[b as usize] {
            b'u' => out.extend_from_slice(&[
                b'\\',
                b'u',
                b'0',
                b'0',
                HEX[(b >> 4) as usize],
                HEX[(b & 0xF) as usize],
            ]),
            esc => out.extend_from_slice(&[b'\\', esc]),
        }
        i += 1;
        start = i;
    }
    out.extend_from_slice(&bytes[start..]);
}

/// Escapes what a `Display` writes, piece by piece (serde_json's `collect_str`).
struct Escaper<'b>(&'b mut Vec<u8>);

impl fmt::Write for Escaper<'_> {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        escaped_into(self.0, s.as_bytes());
        Ok(())
    }
}

/// [`crate::time::rfc3339`]'s text appended to `out`. The usual instant (years 0–9999, whole
/// seconds, an offset in whole minutes) is written from its seconds, the text of its hour taken
/// from a small cache (a chat's start and its deadline, 72 hours apart, fall in different
/// slots); any other goes through chrono.
pub fn rfc3339_into(out: &mut Vec<u8>, t: &Instant) {
    use chrono::{Offset, Timelike};
    let offset = t.offset().fix().local_minus_utc();
    let local = t.timestamp() + i64::from(offset);
    let (hour, in_hour) = (local.div_euclid(3600), local.rem_euclid(3600) as u32);
    let i = hour.rem_euclid(HOUR_SLOTS as i64) as usize;
    let cached = HOURS
        .with(|h| h[i].get())
        .filter(|&(h, o, _)| h == hour && o == offset)
        .map(|(_, _, text)| text);
    let text = cached.or_else(|| {
        let text = hour_text(hour, offset)?;
        HOURS.with(|h| h[i].set(Some((hour, offset, text))));
        Some(text)
    });
    // Offsets are whole seconds: the fraction of a second is the same in UTC.
    match text {
        Some(mut text) if t.naive_utc().nanosecond() == 0 => {
            two_digits(&mut text, 14, in_hour / 60);
            two_digits(&mut text, 17, in_hour % 60);
            out.extend_from_slice(&text);
        }
        _ => out.extend_from_slice(crate::time::rfc3339(t).as_bytes()),
    }
}

/// Slots of the cache of hours: 72 (hours from a start to its deadline) is not a multiple of it.
const HOUR_SLOTS: usize = 5;

/// The RFC 3339 text of an hour (minutes and seconds to be filled in), by the hour counted in
/// local time from the epoch and the offset.
type HourText = Option<(i64, i32, [u8; 25])>;

thread_local! {
    static HOURS: [std::cell::Cell<HourText>; HOUR_SLOTS] =
        const { [const { std::cell::Cell::new(None) }; HOUR_SLOTS] };
}

/// The text of a local hour (counted from the epoch) at `offset` seconds from UTC: none when
/// chrono's text would be another shape (a year outside 0–9999, an offset with seconds).
fn hour_text(hour: i64, offset: i32) -> Option<[u8; 25]> {
    let (year, month, day) = civil_from_days(hour.div_euclid(24));
    if !(0..=9999).contains(&year) || offset % 60 != 0 {
        return None;
    }
    let mut text = *b"0000-00-00T00:00:00+00:00";
    let year = year as u32;
    two_digits(&mut text, 0, year / 100);
    two_digits(&mut text, 2, year % 100);
    two_digits(&mut text, 5, month);
    two_digits(&mut text, 8, day);
    two_digits(&mut text, 11, hour.rem_euclid(24) as u32);
    let minutes = offset.unsigned_abs() / 60;
    two_digits(&mut text, 20, minutes / 60);
    two_digits(&mut text, 23, minutes % 60);
    if offset < 0 {
        text[19] = b'-';
    }
    Some(text)
}

fn two_digits(text: &mut [u8; 25], at: usize, n: u32) {
    text[at] = b'0' + (n / 10) as u8;
    text[at + 1] = b'0' + (n % 10) as u8;
}

/// The proleptic Gregorian date of a day counted from 1970-01-01 (H. Hinnant's
/// `civil_from_days`).
fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn serde_string(s: &str) -> Vec<u8> {
        serde_json::to_vec(s).unwrap()
    }

    #[test]
    fn strings_are_escaped_as_serde_json_escapes_them() {
        for s in [
            "",
            "plain",
            "a \"quoted\" word",
            "back\\slash",
            "tab\tnew\nline\rcr\u{8}\u{c}",
            "\u{0}\u{1}\u{1f}\u{7f}",
            "caf\u{e9} \u{2028} \u{2029} \u{feff} 😀",
            "exactly8",
            "sixteen bytes!!!",
            "seventeen bytes!\"",
            "\"\"\"\"\"\"\"\"\"",
        ] {
            let mut out = Vec::new();
            string(&mut out, s);
            assert_eq!(out, serde_string(s), "{s:?}");
        }
    }

    /// The word-at-a-time test against the byte-at-a-time one, for every length to 40 with each
    /// byte that needs escaping (and some that do not) at each position.
    #[test]
    fn words_needing_no_escape_are_those_with_no_escaped_byte() {
        let bytewise = |b: &[u8]| b.iter().all(|&c| ESCAPE[c as usize] == 0);
        for n in 0..=40 {
            for pos in 0..n.max(1) {
                for c in (0u8..=0x7f).chain([0x80, 0xe2, 0xff]) {
                    let mut text = vec![b'a'; n];
                    if n > 0 {
                        text[pos] = c;
                    }
                    assert_eq!(needs_no_escape(&text), bytewise(&text), "{text:?}");
                }
            }
        }
    }

    #[test]
    fn hundredths_are_written_as_serde_json_writes_them() {
        let mut values: Vec<f64> = (0..=100).map(|k| k as f64 / 100.0).collect();
        values.extend([
            -0.0,
            -0.5,
            1.01,
            100.0,
            0.005,
            0.1 + 0.2,
            f64::NAN,
            f64::INFINITY,
            f64::NEG_INFINITY,
            f64::MIN_POSITIVE,
            f64::MAX,
            1e-7,
        ]);
        for v in values {
            let mut out = Vec::new();
            number(&mut out, v);
            let want = serde_json::to_vec(&v).unwrap();
            assert_eq!(
                String::from_utf8(out).unwrap(),
                String::from_utf8(want).unwrap(),
                "{v:?}"
            );
        }
    }

    #[test]
    fn instants_are_written_as_chrono_writes_them() {
        use chrono::TimeZone;
        let tz = crate::time::DEFAULT_TZ;
        let cases = [
            tz.with_ymd_and_hms(2024, 10, 21, 0, 0, 28).unwrap(),
            tz.with_ymd_and_hms(2024, 7, 4, 23, 59, 59).unwrap(),
            // Local mean time before 1883: an offset with seconds, written by chrono.
            tz.with_ymd_and_hms(1850, 1, 1, 12, 0, 0).unwrap(),
            tz.with_ymd_and_hms(5, 1, 1, 0, 0, 0).unwrap(),
            chrono_tz::Asia::Kolkata
                .with_ymd_and_hms(2025, 3, 1, 9, 30, 0)
                .unwrap()
                .with_timezone(&tz),
            chrono_tz::UTC
                .with_ymd_and_hms(2025, 3, 1, 9, 30, 0)
                .unwrap()
                .with_timezone(&chrono_tz::UTC),
            chrono_tz::Asia::Kolkata
                .with_ymd_and_hms(2025, 3, 1, 9, 30, 0)
                .unwrap(),
            chrono_tz::America::St_Johns
                .with_ymd_and_hms(2025, 3, 1, 9, 30, 0)
                .unwrap(),
            tz.with_ymd_and_hms(2025, 3, 1, 9, 30, 0).unwrap() + chrono::Duration::milliseconds(5),
        ];
        for t in cases {
            let mut out = Vec::new();
            rfc3339_into(&mut out, &t);
            assert_eq!(String::from_utf8(out).unwrap(), crate::time::rfc3339(&t));
        }
    }

    #[test]
    fn cached_hours_give_chronos_text_across_dst_and_zones() {
        // Every 7 minutes 13 seconds over DST's end and start, each instant with its deadline
        // 72 hours later, in zones with whole-hour, half-hour and negative offsets: the cache is
        // hit, missed and overwritten in every way.
        for tz in [
            crate::time::DEFAULT_TZ,
            chrono_tz::Asia::Kolkata,
            chrono_tz::America::St_Johns,
            chrono_tz::UTC,
        ] {
            for start in [1_730_592_000i64, 1_741_500_000] {
                for step in 0..600 {
                    let utc = chrono::DateTime::from_timestamp(start + step * 433, 0).unwrap();
                    for t in [utc, utc + chrono::Duration::hours(72)] {
                        let t = t.with_timezone(&tz);
                        let mut out = Vec::new();
                        rfc3339_into(&mut out, &t);
                        assert_eq!(String::from_utf8(out).unwrap(), crate::time::rfc3339(&t));
                    }
                }
            }
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(512))]

        #[test]
        fn texts_dense_in_escapes_are_escaped_as_serde_json_escapes_them(
            s in "[a\"\\\\\n\r\t\u{1}\u{1f} é😀]{0,120}"
        ) {
            let mut out = Vec::new();
            string(&mut out, &s);
            prop_assert_eq!(out, serde_string(&s));
        }

        #[test]
        fn any_string_is_escaped_as_serde_json_escapes_it(s in any::<String>()) {
            let mut out = Vec::new();
            string(&mut out, &s);
            prop_assert_eq!(out, serde_string(&s));
        }

        #[test]
        fn control_heavy_strings_too(s in "[\\x00-\\x22\\\\a\u{e9}\u{2028}]{0,40}") {
            let mut out = Vec::new();
            string(&mut out, &s);
            prop_assert_eq!(out, serde_string(&s));
        }

        #[test]
        fn any_number_is_written_as_serde_json_writes_it(v in proptest::num::f64::ANY) {
            let mut out = Vec::new();
            number(&mut out, v);
            prop_assert_eq!(out, serde_json::to_vec(&v).unwrap());
        }

        #[test]
        fn text_needs_no_escape_when_no_byte_does(s in "[ -~\t\n\u{e9}\u{2028}]{0,40}") {
            let bytewise = s.bytes().all(|c| ESCAPE[c as usize] == 0);
            prop_assert_eq!(needs_no_escape(s.as_bytes()), bytewise);
        }

        #[test]
        fn any_instant_is_written_as_chrono_writes_it(
            secs in -70_000_000_000i64..250_000_000_000i64,
            nanos in prop_oneof![Just(0u32), 0u32..1_000_000_000],
            zone in 0usize..4,
        ) {
            let utc = chrono::DateTime::from_timestamp(secs, nanos).unwrap();
            let tz = [
                crate::time::DEFAULT_TZ,
                chrono_tz::UTC,
                chrono_tz::Asia::Kolkata,
                chrono_tz::America::St_Johns,
            ][zone];
            let t = utc.with_timezone(&tz);
            let mut out = Vec::new();
            rfc3339_into(&mut out, &t);
            prop_assert_eq!(String::from_utf8(out).unwrap(), crate::time::rfc3339(&t));
        }
    }
}

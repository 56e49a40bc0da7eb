//! The one reader of date-and-time text: when a chat started, as exports write it
//! (docs/FORMATS.md, "Start times"), and every instant typed on the command line (`--now`,
//! `--at`, through [`crate::time::parse_instant`]), so the two accept the same forms.
//!
//! - ISO: `2025-03-04T14:22:09`, `2025-03-04 14:22`, fractional seconds allowed;
//! - US: `3/4/25 2:22 PM`, `3/4/2025 14:22:09`, `2/1/17 17:26`;
//! - an offset makes the instant exact: `Z`, `+00:00`, `-0500`, `-05` (also after a space);
//!   without one, the time is civil time in the schedule's zone (`--tz`);
//! - a two-digit year is 20YY (the cooperative's chats are all after 2000): `3/4/69` is 2069;
//! - a date without a time is an error (a deadline cannot be computed from it), unless the export
//!   has a separate time column, which is then read with it.

use chrono::{DateTime, Datelike, FixedOffset, NaiveDate, NaiveDateTime, NaiveTime, TimeZone, Utc};
use chrono_tz::Tz;

/// Why a start time could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WhenError {
    /// A date and nothing else.
    DateOnly,
    /// Not a date and time aun knows.
    Unknown,
    /// An instant whose year in UTC is outside [`crate::time::YEARS`].
    OutsideYears(DateTime<Utc>),
    /// A leap second (second 60), in any form.
    LeapSecond,
}

/// Reads a start time (`date`) and, when the export has one, its separate time of day (`time`).
pub fn parse_start(date: &str, time: Option<&str>, tz: Tz) -> Result<DateTime<Utc>, WhenError> {
    let t = parse_any_start(date, time, tz)?;
    if !crate::time::YEARS.contains(&t.year()) {
        return Err(WhenError::OutsideYears(t));
    }
    if crate::time::is_leap_second(&t) {
        return Err(WhenError::LeapSecond);
    }
    Ok(t)
}

/// A date alone, in the forms a start time's date may take (`2025-03-04`, `3/4/25`).
pub fn parse_date_only(s: &str) -> Option<NaiveDate> {
    parse_date(s.trim())
}

fn parse_any_start(date: &str, time: Option<&str>, tz: Tz) -> Result<DateTime<Utc>, WhenError> {
    let date = date.trim();
    match time.map(str::trim).filter(|t| !t.is_empty()) {
        Some(t) => {
            // The date column must hold a date only; the time column the time (and offset).
            if parse_date(date).is_none() {
                return Err(WhenError::Unknown);
            }
            parse_instant(&format!("{date} {t}"), tz)
        }
        None => parse_instant(date, tz),
    }
}

/// One date-and-time text.
fn parse_instant(s: &str, tz: Tz) -> Result<DateTime<Utc>, WhenError> {
    // The common case first, by chrono's fast RFC 3339 reader (what it accepts, the forms below
    // accept too).
    if let Ok(t) = DateTime::parse_from_rfc3339(s) {
        return Ok(t.with_timezone(&Utc));
    }
    let (civil, offset) = split_offset(s);
    let naive = parse_naive(civil.trim_end())?;
    Ok(match offset {
        Some(off) => off
            .from_local_datetime(&naive)
            .single()
            .ok_or(WhenError::Unknown)?
            .with_timezone(&Utc),
        None => crate::time::resolve_local(naive, tz).with_timezone(&Utc),
    })
}

/// Splits a trailing UTC offset (`Z`, `±HH:MM`, `±HHMM`, `±HH`) off a date-time.
fn split_offset(s: &str) -> (&str, Option<FixedOffset>) {
    if let Some(rest) = s.strip_suffix(['Z', 'z']) {
        // Only after a time: a bare "Z" is no offset.
        if rest.ends_with(|c: char| c.is_ascii_digit()) {
            return (rest, FixedOffset::east_opt(0));
        }
    }
    let Some(i) = s.bytes().rposition(|b| b == b'+' || b == b'-') else {
        return (s, None);
    };
    let (head, tail) = (&s[..i], &s[i + 1..]);
    // The sign must follow a time: a date's own '-' separators come before the time's ':'.
    if !head.contains(':') {
        return (s, None);
    }
    let (h, m) = match (tail.len(), tail.as_bytes().get(2)) {
        (5, Some(b':')) => (&tail[..2], &tail[3..]),
        (4, _) => (&tail[..2], &tail[2..]),
        (2, _) => (tail, "00"),
        _ => return (s, None),
    };
    let (Some(h), Some(m)) = (num(h), num(m)) else {
        return (s, None);
    };
    if h > 23 || m > 59 {
        return (s, None);
    }
    let sign = if s.as_bytes()[i] == b'-' { -1 } else { 1 };
    (
        head,
        FixedOffset::east_opt(sign * (h as i32 * 3600 + m as i32 * 60)),
    )
}

/// A civil date and time in one of the accepted forms.
fn parse_naive(s: &str) -> Result<NaiveDateTime, WhenError> {
    let s = s.trim();
    let (date, time) = match s.bytes().position(|b| matches!(b, b'T' | b't' | b' ')) {
        Some(i) => (&s[..i], s[i + 1..].trim()),
        None => (s, ""),
    };
    let date = parse_date(date).ok_or(WhenError::Unknown)?;
    if time.is_empty() {
        return Err(WhenError::DateOnly);
    }
    let time = parse_time(time).ok_or(WhenError::Unknown)?;
    Ok(date.and_time(time))
}

/// `2025-03-04`, or US `3/4/25` / `3/4/2025` (a two-digit year is 20YY).
fn parse_date(s: &str) -> Option<NaiveDate> {
    if s.contains('-') {
        let mut p = s.split('-');
        let (y, m, d) = (p.next()?, p.next()?, p.next()?);
        if p.next().is_some() || y.len() != 4 {
            return None;
        }
        return NaiveDate::from_ymd_opt(num(y)? as i32, num(m)?, num(d)?);
    }
    let mut p = s.split('/');
    let (m, d, y) = (p.next()?, p.next()?, p.next()?);
    if p.next().is_some() {
        return None;
    }
    let year = match y.len() {
        2 => 2000 + num(y)? as i32,
        4 => num(y)? as i32,
        _ => return None,
    };
    NaiveDate::from_ymd_opt(year, num(m)?, num(d)?)
}

/// One or two digits for months and days, four for years.
fn num(s: &str) -> Option<u32> {
    if s.is_empty() || s.len() > 4 || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

/// `14:22`, `14:22:09`, `14:22:09.123`, `2:22 PM`, `2:22:09pm` (read by hand: this runs once
/// per chat, and chrono's format strings are slow to interpret).
fn parse_time(s: &str) -> Option<NaiveTime> {
    let t = s.trim();
    let suffix = t.len() >= 2 && t.is_char_boundary(t.len() - 2);
    let (clock, half) = match suffix.then(|| t.split_at(t.len() - 2)) {
        Some((c, m)) if m.eq_ignore_ascii_case("am") => (c.trim_end(), Some(false)),
        Some((c, m)) if m.eq_ignore_ascii_case("pm") => (c.trim_end(), Some(true)),
        _ => (t, None),
    };
    let mut parts = clock.split(':');
    let (h, m) = (parts.next()?, parts.next()?);
    let sec = parts.next();
    if parts.next().is_some() || h.is_empty() || h.len() > 2 || m.len() != 2 {
        return None;
    }
    let (mut hour, minute) = (num(h)?, num(m)?);
    let (second, nanos) = match sec {
        None => (0, 0),
        Some(sec) => {
            let (whole, frac) = sec.split_once('.').unwrap_or((sec, ""));
            if whole.len() != 2 || frac.len() > 9 || (sec.contains('.') && frac.is_empty()) {
                return None;
            }
            if !frac.bytes().all(|b| b.is_ascii_digit()) {
                return None;
            }
            let nanos = if frac.is_empty() {
                0
            } else {
                frac.parse::<u32>().ok()? * 10u32.pow(9 - frac.len() as u32)
            };
            match num(whole)? {
                // A leap second: kept as chrono keeps one (second 59 and a second more of
                // nanoseconds), so that it is refused as a leap second, as RFC 3339's is.
                60 => (59, nanos + 1_000_000_000),
                s => (s, nanos),
            }
        }
    };
    if let Some(pm) = half {
        if !(1..=12).contains(&hour) || (sec.is_some_and(|s| s.contains('.'))) {
            return None;
        }
        hour = hour % 12 + if pm { 12 } else { 0 };
    }
    NaiveTime::from_hms_nano_opt(hour, minute, second, nanos)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::time::DEFAULT_TZ;

    fn at(s: &str) -> String {
        parse_start(s, None, DEFAULT_TZ).unwrap().to_rfc3339()
    }

    #[test]
    fn forms_and_offsets() {
        assert_eq!(at("2025-03-04T14:22:09"), "2025-03-04T19:22:09+00:00");
        assert_eq!(at("2025-03-04 14:22"), "2025-03-04T19:22:00+00:00");
        assert_eq!(at("2025-03-04T14:22Z"), "2025-03-04T14:22:00+00:00");
        assert_eq!(at("2025-03-04t14:22z"), "2025-03-04T14:22:00+00:00");
        assert_eq!(
            at("2025-03-04T14:22:09.5z"),
            "2025-03-04T14:22:09.500+00:00"
        );
        assert_eq!(at("2025-03-04T14:22:09-04:00"), "2025-03-04T18:22:09+00:00");
        assert_eq!(at("2025-03-04 14:22:09 -0500"), "2025-03-04T19:22:09+00:00");
        assert_eq!(at("2025-03-04T14:22+05"), "2025-03-04T09:22:00+00:00");
        assert_eq!(at("3/4/25 2:22 PM"), "2025-03-04T19:22:00+00:00");
        assert_eq!(at("3/4/2025 14:22:09"), "2025-03-04T19:22:09+00:00");
        assert_eq!(at("2/1/17 17:26"), "2017-02-01T22:26:00+00:00");
        assert_eq!(at("2/1/17 12:05 am"), "2017-02-01T05:05:00+00:00");
        assert_eq!(at("2/1/17 12:05:09PM"), "2017-02-01T17:05:09+00:00");
        assert_eq!(
            at("2025-03-04 09:05:07.25"),
            "2025-03-04T14:05:07.250+00:00"
        );
    }

    #[test]
    fn two_digit_years_are_this_century() {
        assert_eq!(at("3/4/69 10:00"), "2069-03-04T15:00:00+00:00");
        assert_eq!(at("3/4/99 10:00"), "2099-03-04T15:00:00+00:00");
        assert_eq!(at("1/2/00 10:00"), "2000-01-02T15:00:00+00:00");
        // Three digits is no year aun reads.
        assert_eq!(
            parse_start("3/4/025 10:00", None, DEFAULT_TZ),
            Err(WhenError::Unknown)
        );
    }

    #[test]
    fn a_date_alone_is_refused_unless_a_time_column_says_when() {
        assert_eq!(
            parse_start("11/19/26", None, DEFAULT_TZ),
            Err(WhenError::DateOnly)
        );
        assert_eq!(
            parse_start("2026-11-19", None, DEFAULT_TZ),
            Err(WhenError::DateOnly)
        );
        assert_eq!(
            parse_start("2026-11-19", Some(" "), DEFAULT_TZ),
            Err(WhenError::DateOnly)
        );
        let t = parse_start("11/19/26", Some("2:05 PM"), DEFAULT_TZ).unwrap();
        assert_eq!(t.to_rfc3339(), "2026-11-19T19:05:00+00:00");
        let t = parse_start("2026-11-19", Some("14:05Z"), DEFAULT_TZ).unwrap();
        assert_eq!(t.to_rfc3339(), "2026-11-19T14:05:00+00:00");
        // A time in both columns is not one start time.
        assert_eq!(
            parse_start("2026-11-19 10:00", Some("14:05"), DEFAULT_TZ),
            Err(WhenError::Unknown)
        );
    }

    #[test]
    fn not_times() {
        for s in [
            "yesterday",
            "2025-13-01 10:00",
            "14:22",
            "2025-03-04 25:00",
            "Z",
            "3/4 10:00",
            "2025-03-04 13:00 PM",
            "2025-03-04 1:2",
            "2025-03-04 10:00:5",
            "2025-03-04 10:00:05.",
            "2025-03-04 10:00:61",
        ] {
            assert_eq!(
                parse_start(s, None, DEFAULT_TZ),
                Err(WhenError::Unknown),
                "{s}"
            );
        }
    }

    #[test]
    fn a_leap_second_is_named_in_every_form() {
        for s in [
            "2025-03-04 10:00:60",
            "2016-12-31T23:59:60Z",
            "2016-12-31 23:59:60-05:00",
            "12/31/16 11:59:60 PM",
            "2016-12-31 23:59:60.5",
        ] {
            assert_eq!(
                parse_start(s, None, DEFAULT_TZ),
                Err(WhenError::LeapSecond),
                "{s}"
            );
        }
    }
}

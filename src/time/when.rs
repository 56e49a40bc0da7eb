//! The one reader of date-and-time text: when a chat started, as exports write it
//! (docs/FORMATS.md, "Start times"), and every instant typed on the command line (`--now`,
//! `--at`, through [`crate::time::parse_instant`]), so the two accept the same forms.
//!
//! - ISO: `2025-03-04T14:22:09`, `2025-03-04 14:22`, fractional seconds allowed; also with
//!   slashes, `2026/04/13 10:05:12`;
//! - US: `3/4/25 2:22 PM`, `3/4/2025 14:22:09`, `2/1/17 17:26`;
//! - an offset makes the instant exact: `Z`, `+00:00`, `-0500`, `-05` (also after a space), or a
//!   US zone's abbreviation after the time as its fixed offset (`10:14 AM EDT`, `EST`, `CDT`…,
//!   `UTC`, `GMT`); without one, the time is civil time in the schedule's zone (`--tz`);
//! - month names in English: `Apr 6, 2026 10:14:22 AM`, `April 6, 2026 10:14 AM`, `6 Apr 2026
//!   10:14`, `13-Apr-2026 10:05` (a weekday before them is allowed), civil time like the US form;
//! - RFC 2822: `Mon, 06 Apr 2026 10:14:22 -0400`, with `GMT`, `UT`, `EST`, `EDT`… as chrono reads
//!   them;
//! - seconds or milliseconds since 1970 (UTC), as digits only: ten digits are seconds
//!   (`1775484862`), thirteen milliseconds (`1775484862145`); other lengths are refused;
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
    if !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()) {
        return epoch(s);
    }
    // RFC 2822 starts with a weekday or a day and a month name: a letter within its first six
    // bytes, where an ISO or US date has digits only.
    if s.bytes().take(6).any(|b| b.is_ascii_alphabetic()) {
        if let Ok(t) = DateTime::parse_from_rfc2822(s) {
            return Ok(t.with_timezone(&Utc));
        }
    }
    let (civil, offset) = match split_offset(s) {
        (civil, None) => split_zone(civil),
        found => found,
    };
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

/// Seconds (ten digits) or milliseconds (thirteen) since 1970, UTC.
fn epoch(s: &str) -> Result<DateTime<Utc>, WhenError> {
    let n: i64 = s.parse().map_err(|_| WhenError::Unknown)?;
    let t = match s.len() {
        10 => DateTime::from_timestamp(n, 0),
        13 => DateTime::from_timestamp_millis(n),
        _ => None,
    };
    t.ok_or(WhenError::Unknown)
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

/// Splits a trailing US zone abbreviation (or `UTC`, `GMT`) off a date-time, as a fixed offset:
/// `Apr 6, 2026 10:14 AM EDT`, `4/6/2026 10:14 AM EST`. `EDT` is -4 hours whatever the date says.
fn split_zone(s: &str) -> (&str, Option<FixedOffset>) {
    const ZONES: [(&str, i32); 10] = [
        ("UTC", 0),
        ("GMT", 0),
        ("EST", -5),
        ("EDT", -4),
        ("CST", -6),
        ("CDT", -5),
        ("MST", -7),
        ("MDT", -6),
        ("PST", -8),
        ("PDT", -7),
    ];
    let Some((head, zone)) = s.rsplit_once(' ') else {
        return (s, None);
    };
    // Only after a time: its last digit, or AM / PM.
    let timed = head.contains(':')
        && head
            .trim_end()
            .ends_with(|c: char| c.is_ascii_digit() || c == 'M' || c == 'm');
    match ZONES.iter().find(|(z, _)| z.eq_ignore_ascii_case(zone)) {
        Some((_, hours)) if timed => (head, FixedOffset::east_opt(hours * 3600)),
        _ => (s, None),
    }
}

/// A civil date and time in one of the accepted forms.
fn parse_naive(s: &str) -> Result<NaiveDateTime, WhenError> {
    let s = s.trim();
    if s.bytes().take(4).any(|b| b.is_ascii_alphabetic()) {
        return parse_month_named(s);
    }
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

/// `Apr 6, 2026 10:14:22 AM`, `April 6, 2026 10:14 AM`, `6 Apr 2026 10:14`, `13-Apr-2026 10:05`,
/// maybe after a weekday (`Mon, `); commas are optional.
fn parse_month_named(s: &str) -> Result<NaiveDateTime, WhenError> {
    let mut words = s
        .split(|c: char| c == ',' || c == '-' || c.is_ascii_whitespace())
        .filter(|w| !w.is_empty())
        .peekable();
    if words.peek().is_some_and(|w| weekday(w)) {
        words.next();
    }
    let (a, b, y) = (
        words.next().ok_or(WhenError::Unknown)?,
        words.next().ok_or(WhenError::Unknown)?,
        words.next().ok_or(WhenError::Unknown)?,
    );
    let (month, day) = match (month(a), month(b)) {
        (Some(m), None) => (m, b),
        (None, Some(m)) => (m, a),
        _ => return Err(WhenError::Unknown),
    };
    if day.len() > 2 || y.len() != 4 {
        return Err(WhenError::Unknown);
    }
    let date = NaiveDate::from_ymd_opt(
        num(y).ok_or(WhenError::Unknown)? as i32,
        month,
        num(day).ok_or(WhenError::Unknown)?,
    )
    .ok_or(WhenError::Unknown)?;
    let rest: Vec<&str> = words.collect();
    if rest.is_empty() {
        return Err(WhenError::DateOnly);
    }
    let time = parse_time(&rest.join(" ")).ok_or(WhenError::Unknown)?;
    Ok(date.and_time(time))
}

/// A month's English name or its three-letter abbreviation (and `Sept`), in any case.
fn month(w: &str) -> Option<u32> {
    const NAMES: [&str; 12] = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    let w = w.strip_suffix('.').unwrap_or(w);
    if w.len() < 3 {
        return None;
    }
    let lower = w.to_ascii_lowercase();
    let i = NAMES
        .iter()
        .position(|n| *n == lower || (lower.len() == 3 && n.starts_with(&lower)))
        .or_else(|| (lower == "sept").then_some(8))?;
    Some(i as u32 + 1)
}

/// A weekday's English name or its three-letter abbreviation, in any case.
fn weekday(w: &str) -> bool {
    const NAMES: [&str; 7] = [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    ];
    let lower = w.strip_suffix('.').unwrap_or(w).to_ascii_lowercase();
    lower.len() >= 3 && NAMES.iter().any(|n| *n == lower || n[..3] == lower)
}

/// `2025-03-04`, `2025/03/04`, or US `3/4/25` / `3/4/2025` (a two-digit year is 20YY).
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
    if m.len() == 4 {
        // ISO order with slashes: year, month, day.
        let (y, m, d) = (m, d, y);
        if !(1..=2).contains(&m.len()) || !(1..=2).contains(&d.len()) {
            return None;
        }
        return NaiveDate::from_ymd_opt(num(y)? as i32, num(m)?, num(d)?);
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

    #[test]
    fn epoch_seconds_and_milliseconds() {
        assert_eq!(at("1775484862"), "2026-04-06T14:14:22+00:00");
        assert_eq!(at("1775484862145"), "2026-04-06T14:14:22.145+00:00");
        assert_eq!(at(" 1775484862 "), "2026-04-06T14:14:22+00:00");
        // Neither ten nor thirteen digits: no guess.
        for s in [
            "177548486",
            "17754848621",
            "177548486214",
            "17754848621450",
            "0",
        ] {
            assert_eq!(
                parse_start(s, None, DEFAULT_TZ),
                Err(WhenError::Unknown),
                "{s}"
            );
        }
    }

    #[test]
    fn month_names() {
        // New York, EDT.
        assert_eq!(at("Apr 6, 2026 10:14:22 AM"), "2026-04-06T14:14:22+00:00");
        assert_eq!(at("April 6, 2026 10:14 AM"), "2026-04-06T14:14:00+00:00");
        assert_eq!(at("6 Apr 2026 10:14"), "2026-04-06T14:14:00+00:00");
        assert_eq!(at("apr 6 2026 10:14 pm"), "2026-04-07T02:14:00+00:00");
        assert_eq!(at("Sept 30, 2026 12:05 AM"), "2026-09-30T04:05:00+00:00");
        assert_eq!(
            at("Monday, April 6, 2026 10:14 AM"),
            "2026-04-06T14:14:00+00:00"
        );
        assert_eq!(at("Dec 1, 2026 10:14:22 AM"), "2026-12-01T15:14:22+00:00");
        assert_eq!(at("6 Apr 2026 10:14 -0400"), "2026-04-06T14:14:00+00:00");
        assert_eq!(
            parse_start("Apr 6, 2026", None, DEFAULT_TZ),
            Err(WhenError::DateOnly)
        );
        for s in [
            "Apl 6, 2026 10:14 AM",
            "Apr 31, 2026 10:14 AM",
            "Apr 6, 26 10:14 AM",
            "Apr 6, 2026 13:14 PM",
            "Apr Apr 2026 10:14",
            "6 2026 Apr 10:14",
            "Ap 6, 2026 10:14",
        ] {
            assert_eq!(
                parse_start(s, None, DEFAULT_TZ),
                Err(WhenError::Unknown),
                "{s}"
            );
        }
    }

    #[test]
    fn month_names_across_new_york_dst_as_the_iso_form() {
        // The spring gap (2:30 does not exist on 8 March 2026), the autumn overlap (1:30 is
        // twice on 1 November 2026) and the minutes around each: the same instant as the ISO
        // form, which the schedule's DST policy reads.
        for (named, iso) in [
            ("Mar 8, 2026 1:59 AM", "2026-03-08 01:59"),
            ("Mar 8, 2026 2:30 AM", "2026-03-08 02:30"),
            ("8 Mar 2026 03:00", "2026-03-08 03:00"),
            ("Nov 1, 2026 1:30:00 AM", "2026-11-01 01:30:00"),
            ("1 Nov 2026 00:59", "2026-11-01 00:59"),
            ("November 1, 2026 2:00 AM", "2026-11-01 02:00"),
        ] {
            assert_eq!(at(named), at(iso), "{named}");
        }
        assert_eq!(at("Mar 8, 2026 1:59 AM"), "2026-03-08T06:59:00+00:00");
        assert_eq!(at("Mar 8, 2026 3:00 AM"), "2026-03-08T07:00:00+00:00");
        assert_eq!(at("Nov 1, 2026 2:00 AM"), "2026-11-01T07:00:00+00:00");
    }

    #[test]
    fn slashes_in_iso_order_and_day_month_year() {
        assert_eq!(at("2026/04/13 10:05:12"), "2026-04-13T14:05:12+00:00");
        assert_eq!(at("2026/4/3 10:05"), "2026-04-03T14:05:00+00:00");
        assert_eq!(at("13-Apr-2026 10:05"), "2026-04-13T14:05:00+00:00");
        assert_eq!(at("13-apr-2026 2:05 PM"), "2026-04-13T18:05:00+00:00");
        assert_eq!(at("13 Apr 2026 10:05"), "2026-04-13T14:05:00+00:00");
        assert_eq!(at("13-Apr-2026 10:05 -0400"), "2026-04-13T14:05:00+00:00");
        assert_eq!(
            parse_start("2026/04/13", None, DEFAULT_TZ),
            Err(WhenError::DateOnly)
        );
        assert_eq!(
            parse_start("13-Apr-2026", None, DEFAULT_TZ),
            Err(WhenError::DateOnly)
        );
        for s in [
            "2026/13/04 10:05",
            "2026/04/31 10:05",
            "2026/004/13 10:05",
            "202/04/13 10:05",
            "13-Apl-2026 10:05",
            "32-Apr-2026 10:05",
            "13-Apr-26 10:05",
        ] {
            assert_eq!(
                parse_start(s, None, DEFAULT_TZ),
                Err(WhenError::Unknown),
                "{s}"
            );
        }
    }

    #[test]
    fn us_zone_names_are_fixed_offsets() {
        assert_eq!(at("Apr 6, 2026 10:14 AM EDT"), "2026-04-06T14:14:00+00:00");
        assert_eq!(at("4/6/2026 10:14 AM EST"), "2026-04-06T15:14:00+00:00");
        assert_eq!(at("4/6/2026 10:14 am est"), "2026-04-06T15:14:00+00:00");
        assert_eq!(at("2026-04-06 10:14:22 CDT"), "2026-04-06T15:14:22+00:00");
        assert_eq!(at("2026/04/06 10:14 CST"), "2026-04-06T16:14:00+00:00");
        assert_eq!(at("13-Apr-2026 10:05 MDT"), "2026-04-13T16:05:00+00:00");
        assert_eq!(at("Apr 6, 2026 10:14 AM MST"), "2026-04-06T17:14:00+00:00");
        assert_eq!(at("Apr 6, 2026 10:14 AM PDT"), "2026-04-06T17:14:00+00:00");
        assert_eq!(at("Apr 6, 2026 10:14 AM PST"), "2026-04-06T18:14:00+00:00");
        assert_eq!(at("4/6/2026 14:14 UTC"), "2026-04-06T14:14:00+00:00");
        assert_eq!(at("4/6/2026 2:14 PM GMT"), "2026-04-06T14:14:00+00:00");
        // The abbreviation is its offset, not the zone's rule on that date: EST in July is -5.
        assert_eq!(at("7/6/2026 10:14 AM EST"), "2026-07-06T15:14:00+00:00");
        // A zone with no time before it, or a zone aun does not know: refused.
        for s in [
            "4/6/2026 EST",
            "Apr 6, 2026 EDT",
            "4/6/2026 10:14 AM BST",
            "4/6/2026 10:14 AM EDT EDT",
            "4/6/2026 10:14 AMEDT",
        ] {
            assert!(parse_start(s, None, DEFAULT_TZ).is_err(), "{s}");
        }
    }

    #[test]
    fn new_forms_across_new_york_dst_as_the_iso_form() {
        for (form, iso) in [
            ("2026/03/08 01:59", "2026-03-08 01:59"),
            ("2026/03/08 02:30", "2026-03-08 02:30"),
            ("08-Mar-2026 03:00", "2026-03-08 03:00"),
            ("2026/11/01 01:30:00", "2026-11-01 01:30:00"),
            ("01-Nov-2026 00:59", "2026-11-01 00:59"),
            ("1-Nov-2026 1:30 AM", "2026-11-01 01:30"),
            ("01 Nov 2026 02:00", "2026-11-01 02:00"),
        ] {
            assert_eq!(at(form), at(iso), "{form}");
        }
        // With a zone name the offset is fixed: both sides of the autumn overlap are named.
        assert_eq!(at("Nov 1, 2026 1:30 AM EDT"), "2026-11-01T05:30:00+00:00");
        assert_eq!(at("Nov 1, 2026 1:30 AM EST"), "2026-11-01T06:30:00+00:00");
        assert_eq!(at("3/8/2026 2:30 AM EST"), "2026-03-08T07:30:00+00:00");
    }

    #[test]
    fn rfc_2822() {
        assert_eq!(
            at("Mon, 06 Apr 2026 10:14:22 -0400"),
            "2026-04-06T14:14:22+00:00"
        );
        assert_eq!(
            at("06 Apr 2026 10:14:22 -0400"),
            "2026-04-06T14:14:22+00:00"
        );
        assert_eq!(
            at("Mon, 6 Apr 2026 14:14:22 GMT"),
            "2026-04-06T14:14:22+00:00"
        );
        assert_eq!(
            at("Mon, 6 Apr 2026 14:14:22 UT"),
            "2026-04-06T14:14:22+00:00"
        );
        assert_eq!(
            at("Mon, 6 Apr 2026 10:14:22 EDT"),
            "2026-04-06T14:14:22+00:00"
        );
        assert_eq!(
            at("Tue, 1 Dec 2026 10:14:22 EST"),
            "2026-12-01T15:14:22+00:00"
        );
    }

    mod against_chrono {
        use super::*;
        use chrono::Timelike;
        use proptest::prelude::*;

        fn civil() -> impl Strategy<Value = NaiveDateTime> {
            (
                2000i32..2100,
                1u32..=12,
                1u32..=28,
                0u32..24,
                0u32..60,
                0u32..60,
            )
                .prop_map(|(y, mo, d, h, mi, s)| {
                    NaiveDate::from_ymd_opt(y, mo, d)
                        .unwrap()
                        .and_hms_opt(h, mi, s)
                        .unwrap()
                })
        }

        proptest! {
            #[test]
            fn month_named_forms_read_as_chrono_reads_them(t in civil(), form in 0usize..4) {
                let fmt = [
                    "%b %d, %Y %I:%M:%S %p",
                    "%B %-d, %Y %I:%M %p",
                    "%-d %b %Y %H:%M",
                    "%a, %b %-d %Y %H:%M:%S",
                ][form];
                let text = t.format(fmt).to_string();
                let theirs = NaiveDateTime::parse_from_str(&text, fmt).unwrap();
                let ours = parse_naive(&text).unwrap();
                prop_assert_eq!(ours, theirs, "{}", text);
                // Without seconds in the text, chrono and aun both read :00.
                prop_assert!(form != 1 && form != 2 || ours.second() == 0);
            }

            #[test]
            fn slash_and_day_month_year_forms_read_as_chrono_reads_them(
                t in civil(),
                form in 0usize..4,
            ) {
                let fmt = [
                    "%Y/%m/%d %H:%M:%S",
                    "%Y/%-m/%-d %I:%M %p",
                    "%d-%b-%Y %H:%M",
                    "%-d-%B-%Y %H:%M:%S",
                ][form];
                let text = t.format(fmt).to_string();
                let theirs = NaiveDateTime::parse_from_str(&text, fmt).unwrap();
                prop_assert_eq!(parse_naive(&text), Ok(theirs), "{}", text);
            }

            #[test]
            fn zone_names_read_as_chrono_reads_the_time_at_that_offset(
                t in civil(),
                form in 0usize..3,
                zone in 0usize..10,
            ) {
                let fmt = ["%b %-d, %Y %I:%M %p", "%-m/%-d/%Y %I:%M %p", "%Y/%m/%d %H:%M:%S"][form];
                let (name, hours) = [
                    ("EDT", -4), ("EST", -5), ("CDT", -5), ("CST", -6), ("MDT", -6),
                    ("MST", -7), ("PDT", -7), ("PST", -8), ("UTC", 0), ("GMT", 0),
                ][zone];
                let text = format!("{} {name}", t.format(fmt));
                let civil = NaiveDateTime::parse_from_str(&text[..text.len() - 4], fmt).unwrap();
                let theirs = FixedOffset::east_opt(hours * 3600)
                    .unwrap()
                    .from_local_datetime(&civil)
                    .unwrap()
                    .with_timezone(&Utc);
                prop_assert_eq!(parse_start(&text, None, DEFAULT_TZ), Ok(theirs), "{}", text);
            }

            #[test]
            fn rfc_2822_reads_as_chrono_reads_it(t in civil(), off in -12i32 * 60..=14 * 60) {
                let off = FixedOffset::east_opt(off * 60).unwrap();
                let Some(t) = off.from_local_datetime(&t).single() else { return Ok(()) };
                let text = t.to_rfc2822();
                let theirs = DateTime::parse_from_rfc2822(&text).unwrap().with_timezone(&Utc);
                prop_assert_eq!(parse_start(&text, None, DEFAULT_TZ), Ok(theirs), "{}", text);
            }

            #[test]
            fn epoch_seconds_and_milliseconds_as_chrono_counts_them(
                secs in 1_000_000_000i64..9_999_999_999,
                ms in 0i64..1000,
            ) {
                prop_assume!(DateTime::from_timestamp(secs, 0).unwrap().year() <= 2286);
                let theirs = DateTime::from_timestamp(secs, 0).unwrap();
                prop_assert_eq!(parse_start(&secs.to_string(), None, DEFAULT_TZ), Ok(theirs));
                let millis = secs * 1000 + ms;
                let theirs = DateTime::from_timestamp_millis(millis).unwrap();
                prop_assert_eq!(parse_start(&millis.to_string(), None, DEFAULT_TZ), Ok(theirs));
            }
        }
    }
}

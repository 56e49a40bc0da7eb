//! Civil time, the schedule's time zone and the one DST policy.
//!
//! Schedules are written in civil time (weekday + clock time) in an IANA zone, America/New_York by
//! default. Instants are `DateTime<Utc>`; they are converted to the zone before any schedule lookup,
//! never to the host's own zone (cron servers run in UTC).
//!
//! **DST policy** (RFC 5545 §3.3.5, the reading calendar programs use), applied by [`resolve_local`]:
//! - a civil time that happens twice (fall back, 01:30 on 2024-11-03) means the *first* occurrence,
//!   the one still on daylight time;
//! - a civil time that does not exist (spring forward, 02:30 on 2024-03-10) is read with the offset in
//!   force just before the gap, so it lands as far after the gap as it was into it (03:30 EDT).

use anyhow::{anyhow, bail, Result};
use chrono::{
    DateTime, Datelike, Duration, LocalResult, NaiveDate, NaiveDateTime, NaiveTime, TimeZone,
    Timelike, Utc, Weekday,
};
use chrono_tz::Tz;

pub mod when;

/// The zone of the cooperative's schedule.
pub const DEFAULT_TZ: Tz = chrono_tz::America::New_York;

/// Parses an IANA zone name ("America/New_York", "UTC").
pub fn parse_tz(s: &str) -> Result<Tz> {
    s.parse::<Tz>().map_err(|_| {
        anyhow!(
            "unknown time zone {} (expected an IANA name such as America/New_York)",
            crate::io::text::quote(s)
        )
    })
}

/// The instant a civil date-time in `tz` denotes, by the DST policy of this module.
pub fn resolve_local(naive: NaiveDateTime, tz: Tz) -> DateTime<Tz> {
    match tz.from_local_datetime(&naive) {
        LocalResult::Single(t) => t,
        LocalResult::Ambiguous(first, _) => first,
        LocalResult::None => {
            // In a gap: use the offset in force before it. Gaps are at most a few hours; look back
            // far enough to reach a time that exists, then add back the same civil distance.
            for back in [1i64, 2, 3, 6, 24] {
                let before = naive - Duration::hours(back);
                if let LocalResult::Single(t) | LocalResult::Ambiguous(t, _) =
                    tz.from_local_datetime(&before)
                {
                    return t + Duration::hours(back);
                }
            }
            unreachable!("no time zone has a gap longer than a day")
        }
    }
}

/// The instant a block's start or end denotes on a date: [`resolve_local`], except that a time in a
/// spring-forward gap is the moment the gap ends (02:30 on 2024-03-10 is 03:00 EDT). A block then
/// holds exactly those of its civil times that exist: `02:30–04:00` that night is 03:00–04:00 EDT,
/// `02:00–03:00` lasts no time at all, and no block ever ends before it starts (the typed-time
/// policy would make `02:45–03:15` run from 03:45 back to 03:15).
pub fn resolve_boundary(naive: NaiveDateTime, tz: Tz) -> DateTime<Tz> {
    let mut t = naive;
    for _ in 0..=24 * 60 {
        if let LocalResult::Single(x) | LocalResult::Ambiguous(x, _) = tz.from_local_datetime(&t) {
            return x;
        }
        // Gaps begin and end on whole minutes: the first minute that exists is the gap's end.
        t = t.with_second(0).unwrap_or(t) + Duration::minutes(1);
    }
    resolve_local(naive, tz)
}

/// The years of the dates and times aun reads. What is derived from them (a deadline 72 hours on,
/// a roster four weeks on, the next shift) must still have the four-digit year that RFC 3339 and
/// iCalendar write; before 1900 the zones have local mean times no calendar expects.
pub const YEARS: std::ops::RangeInclusive<i32> = 1900..=9998;

/// Why a date outside [`YEARS`] is refused, after the date as written.
pub const OUTSIDE_YEARS: &str = "is outside the years 1900 to 9998";

/// Why an instant outside [`YEARS`] is refused, after the text as written. The year checked is
/// the instant's in UTC, which the text need not show: `9998-12-31 23:59` in New York is
/// 9999-01-01 04:59 UTC, so the message names it.
pub fn outside_years(t: DateTime<Utc>) -> String {
    let outside = OUTSIDE_YEARS.trim_start_matches("is ");
    format!("is {} UTC, {outside}", t.format("%Y-%m-%d %H:%M"))
}

/// Parses an instant typed on the command line (`--now`, `--at`): every form an export's start
/// time may take ([`when`], docs/FORMATS.md "Start times"), read by the same reader, and a date
/// alone (its midnight in `tz`).
///
/// RFC 3339 and ISO with or without seconds (`2026-11-26T14:00`, `2026-11-26 14:00:09.5`), US
/// `3/4/25 2:22 PM`, `2/1/17 17:26`, `3/4/2025 14:22:09`; an offset `Z`, `+00:00`, `-0500` or
/// `-05` makes the instant exact, and without one the time is civil time in `tz`.
pub fn parse_instant(s: &str, tz: Tz) -> Result<DateTime<Utc>> {
    let q = || crate::io::text::quote(s.trim());
    let t = match when::parse_start(s, None, tz) {
        Ok(t) => t,
        Err(when::WhenError::DateOnly) => match when::parse_date_only(s) {
            Some(d) => resolve_local(d.and_time(NaiveTime::MIN), tz).with_timezone(&Utc),
            None => bail!("not a date and time: {} ({INSTANT_FORMS})", q()),
        },
        Err(when::WhenError::OutsideYears(t)) => bail!("{} {}", q(), outside_years(t)),
        Err(when::WhenError::LeapSecond) => bail!("{} {LEAP_SECOND}", q()),
        Err(when::WhenError::Unknown) => {
            bail!("not a date and time: {} ({INSTANT_FORMS})", q())
        }
    };
    if !YEARS.contains(&t.year()) {
        bail!("{} {}", q(), outside_years(t));
    }
    Ok(t)
}

/// The forms of an instant, for messages.
const INSTANT_FORMS: &str = "expected RFC 3339, 2025-03-04 14:22:09, or 3/4/25 2:22 PM";

/// Why a time with the second 60 is refused, after the time as written.
pub const LEAP_SECOND: &str =
    "is a leap second (second 60), which no schedule or export has: write 23:59:59 or 00:00:00";

/// Whether `t` is a leap second (`23:59:60`), which chrono reads in RFC 3339 and `%S`: every
/// reader of times refuses it the same way.
pub fn is_leap_second<Z: TimeZone>(t: &DateTime<Z>) -> bool {
    t.nanosecond() >= 1_000_000_000
}

/// Parses a date, `2026-12-01`.
pub fn parse_date(s: &str) -> Result<NaiveDate> {
    let d = NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d").map_err(|_| {
        anyhow!(
            "not a date: {} (expected YYYY-MM-DD)",
            crate::io::text::quote(s)
        )
    })?;
    if !YEARS.contains(&d.year()) {
        bail!("{} {OUTSIDE_YEARS}", crate::io::text::quote(s.trim()));
    }
    Ok(d)
}

/// Parses a weekday: `mon`, `Monday`, `THU`, `tues`, `thurs`…
pub fn parse_weekday(s: &str) -> Result<Weekday> {
    let t = s.trim().trim_end_matches(['*', '.']).to_ascii_lowercase();
    let day = match t.as_str() {
        "mon" | "monday" | "mo" => Weekday::Mon,
        "tue" | "tues" | "tuesday" | "tu" => Weekday::Tue,
        "wed" | "weds" | "wednesday" | "we" => Weekday::Wed,
        "thu" | "thur" | "thurs" | "thursday" | "th" => Weekday::Thu,
        "fri" | "friday" | "fr" => Weekday::Fri,
        "sat" | "saturday" | "sa" => Weekday::Sat,
        "sun" | "sunday" | "su" => Weekday::Sun,
        _ => bail!(
            "unknown day {} (expected mon…sun or a full day name)",
            crate::io::text::quote(s.trim())
        ),
    };
    Ok(day)
}

/// The days of the week, Monday first, as the schedule and its checks walk them.
pub const WEEK: [Weekday; 7] = [
    Weekday::Mon,
    Weekday::Tue,
    Weekday::Wed,
    Weekday::Thu,
    Weekday::Fri,
    Weekday::Sat,
    Weekday::Sun,
];

/// The full English name of a weekday, as sentences for people write it: `Thursday`.
pub fn weekday_full_name(d: Weekday) -> &'static str {
    match d {
        Weekday::Mon => "Monday",
        Weekday::Tue => "Tuesday",
        Weekday::Wed => "Wednesday",
        Weekday::Thu => "Thursday",
        Weekday::Fri => "Friday",
        Weekday::Sat => "Saturday",
        Weekday::Sun => "Sunday",
    }
}

/// Short lower-case name of a weekday, as the machine formats write it.
pub fn weekday_name(d: Weekday) -> &'static str {
    match d {
        Weekday::Mon => "mon",
        Weekday::Tue => "tue",
        Weekday::Wed => "wed",
        Weekday::Thu => "thu",
        Weekday::Fri => "fri",
        Weekday::Sat => "sat",
        Weekday::Sun => "sun",
    }
}

/// An instant in the schedule's zone, as results carry it: machine output writes it as RFC 3339
/// ([`rfc3339`]), people see [`short`] or [`readable`].
pub type Instant = DateTime<Tz>;

/// An instant as the machine formats write it: RFC 3339 in its own zone,
/// `2025-03-06T11:20:00-05:00`.
pub fn rfc3339(t: &Instant) -> String {
    t.to_rfc3339()
}

/// An instant as tables show it, in the zone it carries: `2025-03-06 11:20`.
pub fn short<Z: TimeZone>(t: &DateTime<Z>) -> String
where
    Z::Offset: std::fmt::Display,
{
    use chrono::{Datelike, Timelike};
    let local = t.naive_local();
    match u32::try_from(local.year()) {
        // The digits put in place rather than through a format string: a table has two a row.
        Ok(year @ 0..=9999) => {
            let mut out = *b"0000-00-00 00:00";
            let mut put = |at: usize, width: u32, n: u32| {
                for k in 0..width {
                    out[at + k as usize] = b'0' + (n / 10u32.pow(width - 1 - k) % 10) as u8;
                }
            };
            put(0, 4, year);
            put(5, 2, local.month());
            put(8, 2, local.day());
            put(11, 2, local.hour());
            put(14, 2, local.minute());
            out.iter().map(|&b| char::from(b)).collect()
        }
        _ => t.format("%Y-%m-%d %H:%M").to_string(),
    }
}

/// An instant with its weekday, as pages show it: `Thu 2025-03-06 11:20`.
pub fn with_weekday(t: &Instant) -> String {
    t.format("%a %Y-%m-%d %H:%M").to_string()
}

/// An instant as notes write it for people: `Thu 6 Mar 2025 11:20 (UTC-05:00)`. Written out by
/// hand: chrono's formatter showed in the profile of `refer` on the 1 GB benchmark.
pub fn readable(t: &Instant) -> String {
    use chrono::{Datelike, Offset, Timelike};
    const DAYS: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    // The local time once (each of chrono's accessors on a zoned time would work it out again),
    // and the digits pushed one by one rather than through `write!`.
    let local = t.naive_local();
    let offset = t.offset().fix().local_minus_utc() / 60;
    let two = |out: &mut String, n: u32| {
        out.push(char::from(b'0' + (n / 10 % 10) as u8));
        out.push(char::from(b'0' + (n % 10) as u8));
    };
    let mut out = String::with_capacity(32);
    out.push_str(DAYS[local.weekday().num_days_from_monday() as usize]);
    out.push(' ');
    if local.day() >= 10 {
        out.push(char::from(b'0' + (local.day() / 10) as u8));
    }
    out.push(char::from(b'0' + (local.day() % 10) as u8));
    out.push(' ');
    out.push_str(MONTHS[local.month0() as usize]);
    out.push(' ');
    match u32::try_from(local.year()) {
        Ok(y @ 1000..=9999) => {
            two(&mut out, y / 100);
            two(&mut out, y % 100);
        }
        _ => out.push_str(&local.year().to_string()),
    }
    out.push(' ');
    two(&mut out, local.hour());
    out.push(':');
    two(&mut out, local.minute());
    out.push_str(if offset < 0 { " (UTC-" } else { " (UTC+" });
    two(&mut out, offset.unsigned_abs() / 60);
    out.push(':');
    two(&mut out, offset.unsigned_abs() % 60);
    out.push(')');
    out
}

/// An instant's clock time, as sentences for people give it: `11:20`. A time the clocks show twice
/// (01:30 on the fall-back night) names its zone, `01:30 EDT` or `01:30 EST`, so that a check due by
/// the second 01:30 does not read as the first.
pub fn clock_time<Z: TimeZone>(t: &DateTime<Z>) -> String
where
    Z::Offset: std::fmt::Display,
{
    match t.timezone().from_local_datetime(&t.naive_local()) {
        LocalResult::Ambiguous(..) => t.format("%H:%M %Z").to_string(),
        _ => t.format("%H:%M").to_string(),
    }
}

/// An instant with its full weekday, as sentences and pages give it: `Thursday 2025-03-06 11:20`.
pub fn with_day_name<Z: TimeZone>(t: &DateTime<Z>) -> String
where
    Z::Offset: std::fmt::Display,
{
    t.format("%A %Y-%m-%d %H:%M").to_string()
}

/// A day with its full weekday, for people: `Monday 2026-11-23`.
pub fn day_with_name<Z: TimeZone>(t: &DateTime<Z>) -> String
where
    Z::Offset: std::fmt::Display,
{
    t.format("%A %Y-%m-%d").to_string()
}

/// Serde for an [`Instant`]: RFC 3339 text ([`rfc3339`]).
pub mod serde_instant {
    use super::Instant;

    pub fn serialize<S: serde::Serializer>(t: &Instant, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&super::rfc3339(t))
    }
}

/// Serde for a weekday: its short name ([`weekday_name`], `thu`).
pub mod serde_weekday {
    use chrono::Weekday;

    pub fn serialize<S: serde::Serializer>(d: &Weekday, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(super::weekday_name(*d))
    }
}

/// Serde for an optional [`Instant`]: RFC 3339 text ([`rfc3339`]), or null.
pub mod serde_rfc3339 {
    use super::Instant;

    pub fn serialize<S: serde::Serializer>(t: &Option<Instant>, s: S) -> Result<S::Ok, S::Error> {
        match t {
            Some(t) => s.serialize_str(&super::rfc3339(t)),
            None => s.serialize_none(),
        }
    }
}

/// A clock time as minutes after midnight, `0..=1440` (1440 is 24:00, the end of a day).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Clock(pub u16);

impl Clock {
    pub const MIDNIGHT: Clock = Clock(0);
    pub const END_OF_DAY: Clock = Clock(1440);

    pub fn hm(h: u16, m: u16) -> Clock {
        Clock(h * 60 + m)
    }

    pub fn minutes(self) -> u16 {
        self.0
    }

    pub fn from_time(t: NaiveTime) -> Clock {
        use chrono::Timelike;
        Clock((t.hour() * 60 + t.minute()) as u16)
    }

    /// The `NaiveTime`, with 24:00 mapped to the next day's 00:00 by the caller.
    pub fn to_time(self) -> NaiveTime {
        NaiveTime::from_hms_opt((self.0 / 60 % 24) as u32, (self.0 % 60) as u32, 0).unwrap()
    }

    /// Parses `14:00`, `2pm`, `2:30 pm`, `14`, `9 am`, `noon`, `midnight`, `24:00`.
    pub fn parse(s: &str) -> Result<Clock> {
        let raw = s.trim();
        let t = raw.to_ascii_lowercase().replace(['.', ' '], "");
        let bad = || {
            anyhow!(
                "not a time of day: {} (expected 14:00, 2pm, 2:30 pm or 14)",
                crate::io::text::quote(raw)
            )
        };
        match t.as_str() {
            "noon" => return Ok(Clock::hm(12, 0)),
            "midnight" => return Ok(Clock::MIDNIGHT),
            "" => return Err(bad()),
            _ => {}
        }
        let (body, meridiem) = if let Some(b) = t.strip_suffix("am") {
            (b, Some(false))
        } else if let Some(b) = t.strip_suffix("pm") {
            (b, Some(true))
        } else {
            (t.as_str(), None)
        };
        let mut parts = body.split(':');
        let (h, m) = (parts.next().unwrap_or(""), parts.next().unwrap_or("0"));
        // Seconds are accepted when zero ("14:00:00"); nothing may follow them.
        match (parts.next(), parts.next()) {
            (None, _) | (Some("00" | "0"), None) => {}
            _ => return Err(bad()),
        }
        if h.is_empty() || h.len() > 2 || m.is_empty() || m.len() > 2 {
            return Err(bad());
        }
        let h: u16 = h.parse().map_err(|_| bad())?;
        let m: u16 = m.parse().map_err(|_| bad())?;
        if m > 59 {
            bail!(
                "not a time of day: {} (minutes past 59)",
                crate::io::text::quote(raw)
            );
        }
        let h = match meridiem {
            Some(pm) => {
                if !(1..=12).contains(&h) {
                    bail!(
                        "not a time of day: {} (hour must be 1–12 with am/pm)",
                        crate::io::text::quote(raw)
                    );
                }
                (h % 12) + if pm { 12 } else { 0 }
            }
            None => h,
        };
        if h > 24 || (h == 24 && m > 0) {
            bail!(
                "not a time of day: {} (hours run 00–24, and 24:00 is the end of a day)",
                crate::io::text::quote(raw)
            );
        }
        Ok(Clock::hm(h, m))
    }
}

impl std::fmt::Display for Clock {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:02}:{:02}", self.0 / 60, self.0 % 60)
    }
}

impl serde::Serialize for Clock {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// The longest duration any option takes: ten years. Longer ones are refused when read, so no
/// date arithmetic on them can overflow.
pub const MAX_DURATION: Duration = Duration::days(3650);

/// Parses a duration: `24h`, `15m`, `90s`, `3d`, `1h30m`; at most [`MAX_DURATION`].
pub fn parse_duration(s: &str) -> Result<Duration> {
    let raw = s.trim();
    let bad = || {
        anyhow!(
            "not a duration: {} (expected e.g. 24h, 15m, 3d, 1h30m)",
            crate::io::text::quote(raw)
        )
    };
    let too_long = || {
        anyhow!(
            "{}: too long (at most {})",
            crate::io::text::quote(raw),
            format_duration(MAX_DURATION)
        )
    };
    let mut total = Duration::zero();
    let mut num = String::new();
    let mut any = false;
    for c in raw.chars() {
        if c.is_ascii_digit() {
            num.push(c);
            continue;
        }
        if num.is_empty() {
            return Err(bad());
        }
        // Digits past i64 are a number, only too large.
        let n: i64 = num.parse().map_err(|_| too_long())?;
        num.clear();
        let part = match c {
            'd' => Duration::try_days(n),
            'h' => Duration::try_hours(n),
            'm' => Duration::try_minutes(n),
            's' => Duration::try_seconds(n),
            _ => return Err(bad()),
        };
        total = part
            .and_then(|p| total.checked_add(&p))
            .filter(|t| *t <= MAX_DURATION)
            .ok_or_else(too_long)?;
        any = true;
    }
    if !num.is_empty() || !any {
        return Err(bad());
    }
    Ok(total)
}

/// Formats a duration the way [`parse_duration`] reads it ("1h30m").
pub fn format_duration(d: Duration) -> String {
    let mut m = d.num_minutes();
    if m == 0 {
        return format!("{}s", d.num_seconds());
    }
    let mut out = String::new();
    if m < 0 {
        out.push('-');
        m = -m;
    }
    let (days, hours, mins) = (m / 1440, m / 60 % 24, m % 60);
    if days > 0 {
        out += &format!("{days}d");
    }
    if hours > 0 {
        out += &format!("{hours}h");
    }
    if mins > 0 {
        out += &format!("{mins}m");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        #[test]
        fn short_is_the_strftime_form(secs in -400_000_000_000i64..400_000_000_000, east in -50_400i32..50_400) {
            let zone = chrono::FixedOffset::east_opt(east).unwrap();
            let t = DateTime::from_timestamp(secs, 0).unwrap().with_timezone(&zone);
            proptest::prop_assert_eq!(short(&t), t.format("%Y-%m-%d %H:%M").to_string());
        }
    }

    fn ny(s: &str) -> String {
        let t = parse_instant(s, DEFAULT_TZ).unwrap();
        t.with_timezone(&DEFAULT_TZ).to_rfc3339()
    }

    #[test]
    fn clock_forms() {
        for (s, want) in [
            ("14:00", "14:00"),
            ("2pm", "14:00"),
            ("2:30 pm", "14:30"),
            ("2:30 PM", "14:30"),
            ("14", "14:00"),
            ("9 am", "09:00"),
            ("12am", "00:00"),
            ("12pm", "12:00"),
            ("noon", "12:00"),
            ("24:00", "24:00"),
            ("0:00", "00:00"),
        ] {
            assert_eq!(Clock::parse(s).unwrap().to_string(), want, "{s}");
        }
        for s in ["25:00", "24:01", "13pm", "14:60", "", "abc", "1:2:3:4x"] {
            assert!(Clock::parse(s).is_err(), "{s}");
        }
    }

    #[test]
    fn weekdays() {
        assert_eq!(parse_weekday("thu").unwrap(), Weekday::Thu);
        assert_eq!(parse_weekday("THURSDAY").unwrap(), Weekday::Thu);
        assert_eq!(parse_weekday("Sunday*").unwrap(), Weekday::Sun);
        assert!(parse_weekday("Thrusday").is_err());
    }

    #[test]
    fn instants_in_every_form() {
        assert_eq!(ny("2026-11-26T14:00:00-05:00"), "2026-11-26T14:00:00-05:00");
        assert_eq!(ny("2026-11-26T19:00:00Z"), "2026-11-26T14:00:00-05:00");
        assert_eq!(ny("2026-11-26T14:00"), "2026-11-26T14:00:00-05:00");
        assert_eq!(ny("2025-03-04 14:22:09"), "2025-03-04T14:22:09-05:00");
        assert_eq!(ny("3/4/25 2:22 PM"), "2025-03-04T14:22:00-05:00");
        assert_eq!(ny("2/1/17 17:26"), "2017-02-01T17:26:00-05:00");
        assert_eq!(ny("2024-07-01 09:00:00"), "2024-07-01T09:00:00-04:00");
        // The forms an export's start time may take are instants here too.
        assert_eq!(ny("2017-01-01T15:00Z"), "2017-01-01T10:00:00-05:00");
        assert_eq!(ny("2017-01-01T10:00:00-0500"), "2017-01-01T10:00:00-05:00");
        assert_eq!(ny("2017-01-01 10:00 -05"), "2017-01-01T10:00:00-05:00");
        assert_eq!(ny("1/2/17 2:05:09PM"), "2017-01-02T14:05:09-05:00");
        // A date alone is its midnight.
        assert_eq!(ny("2026-11-26"), "2026-11-26T00:00:00-05:00");
        assert_eq!(ny("11/26/2026"), "2026-11-26T00:00:00-05:00");
        assert!(parse_instant("2025-02-30 10:00", DEFAULT_TZ).is_err());
        assert!(parse_instant("yesterday", DEFAULT_TZ).is_err());
    }

    #[test]
    fn a_leap_second_is_refused_as_the_export_readers_refuse_it() {
        for s in [
            "2016-12-31T23:59:60Z",
            "2016-12-31T18:59:60-05:00",
            "2016-12-31 23:59:60",
            "2016-12-31T23:59:60.5Z",
        ] {
            let e = parse_instant(s, DEFAULT_TZ).unwrap_err().to_string();
            assert!(e.contains("leap second"), "{s}: {e}");
        }
        assert!(parse_instant("2016-12-31T23:59:59Z", DEFAULT_TZ).is_ok());
    }

    #[test]
    fn dst_gap_moves_forward_by_the_gap() {
        // 2024-03-10 02:30 does not exist in New York: read with EST, it is 03:30 EDT.
        assert_eq!(ny("2024-03-10T02:30"), "2024-03-10T03:30:00-04:00");
        assert_eq!(ny("2024-03-10T01:59"), "2024-03-10T01:59:00-05:00");
        assert_eq!(ny("2024-03-10T03:00"), "2024-03-10T03:00:00-04:00");
    }

    #[test]
    fn block_boundaries_in_the_gap_are_its_end() {
        let at = |d: &str| {
            let n = NaiveDateTime::parse_from_str(d, "%Y-%m-%d %H:%M").unwrap();
            resolve_boundary(n, DEFAULT_TZ).to_rfc3339()
        };
        assert_eq!(at("2024-03-10 02:00"), "2024-03-10T03:00:00-04:00");
        assert_eq!(at("2024-03-10 02:45"), "2024-03-10T03:00:00-04:00");
        assert_eq!(at("2024-03-10 03:15"), "2024-03-10T03:15:00-04:00");
        assert_eq!(at("2024-03-10 01:59"), "2024-03-10T01:59:00-05:00");
        // The fold: the first 01:30, as for typed times.
        assert_eq!(at("2024-11-03 01:30"), "2024-11-03T01:30:00-04:00");
        // Monotonic: a later civil time is never an earlier instant.
        let mut last = None;
        for m in 0..24 * 60 {
            let n = NaiveDate::from_ymd_opt(2024, 3, 10)
                .unwrap()
                .and_hms_opt(0, 0, 0)
                .unwrap()
                + Duration::minutes(m);
            let t = resolve_boundary(n, DEFAULT_TZ);
            assert!(last.is_none_or(|l| l <= t), "{n}");
            last = Some(t);
        }
    }

    #[test]
    fn a_clock_time_shown_twice_names_its_zone() {
        let t = |s: &str| {
            clock_time(
                &parse_instant(s, DEFAULT_TZ)
                    .unwrap()
                    .with_timezone(&DEFAULT_TZ),
            )
        };
        assert_eq!(t("2024-11-03T01:30:00-04:00"), "01:30 EDT");
        assert_eq!(t("2024-11-03T01:30:00-05:00"), "01:30 EST");
        assert_eq!(t("2024-11-03T02:30:00-05:00"), "02:30");
        assert_eq!(t("2024-11-03T00:30:00-04:00"), "00:30");
    }

    #[test]
    fn dst_fold_takes_the_first_occurrence() {
        // 2024-11-03 01:30 happens twice: the first one is still on EDT.
        assert_eq!(ny("2024-11-03T01:30"), "2024-11-03T01:30:00-04:00");
        assert_eq!(ny("2024-11-03T01:30-05:00"), "2024-11-03T01:30:00-05:00");
    }

    #[test]
    fn instants_for_machines_and_people() {
        let t = parse_instant("2025-03-06T11:20", DEFAULT_TZ)
            .unwrap()
            .with_timezone(&DEFAULT_TZ);
        assert_eq!(rfc3339(&t), "2025-03-06T11:20:00-05:00");
        assert_eq!(short(&t), "2025-03-06 11:20");
        assert_eq!(with_weekday(&t), "Thu 2025-03-06 11:20");
        assert_eq!(readable(&t), "Thu 6 Mar 2025 11:20 (UTC-05:00)");
        let utc = t.with_timezone(&chrono_tz::UTC);
        assert_eq!(rfc3339(&utc), "2025-03-06T16:20:00+00:00");
        assert_eq!(readable(&utc), "Thu 6 Mar 2025 16:20 (UTC+00:00)");
        // The digits by hand give what `write!` gave, across days, years, zones and local mean
        // time (an offset with seconds).
        use chrono::{Datelike, Offset, Timelike};
        let by_format = |t: &Instant| {
            let offset = t.offset().fix().local_minus_utc() / 60;
            format!(
                "{} {} {} {} {:02}:{:02} (UTC{}{:02}:{:02})",
                t.format("%a"),
                t.day(),
                t.format("%b"),
                t.year(),
                t.hour(),
                t.minute(),
                if offset < 0 { '-' } else { '+' },
                offset.abs() / 60,
                offset.abs() % 60
            )
        };
        for tz in [
            DEFAULT_TZ,
            chrono_tz::Asia::Kolkata,
            chrono_tz::America::St_Johns,
        ] {
            for secs in (-40_000_000_000i64..260_000_000_000).step_by(9_876_543_211) {
                let t = chrono::DateTime::from_timestamp(secs, 0)
                    .unwrap()
                    .with_timezone(&tz);
                assert_eq!(readable(&t), by_format(&t));
            }
        }
    }

    #[test]
    fn durations() {
        assert_eq!(parse_duration("24h").unwrap(), Duration::hours(24));
        assert_eq!(parse_duration("1h30m").unwrap(), Duration::minutes(90));
        assert_eq!(parse_duration("3d").unwrap(), Duration::days(3));
        assert!(parse_duration("24").is_err());
        assert!(parse_duration("h").is_err());
        assert_eq!(parse_duration("3650d").unwrap(), MAX_DURATION);
        for huge in [
            "3651d",
            "999999999999d",
            "9223372036854775807s",
            "99999999999999999999999s",
            "3649d24h1s",
        ] {
            let e = parse_duration(huge).unwrap_err().to_string();
            assert!(e.contains("too long (at most 3650d)"), "{huge}: {e}");
        }
        assert_eq!(format_duration(Duration::minutes(90)), "1h30m");
    }
}

//! The roster as an iCalendar file (RFC 5545), for the libraries' own calendars.
//!
//! - One VEVENT per dated shift (not a recurring event with exceptions: every override, proposal
//!   and DST change is then just another event, and no client's RRULE/EXDATE handling is relied on).
//! - Stable UIDs: the roster's `uid`, made of the date, civil start and duty (not the library), so
//!   the same shift gets the same UID on every export, whoever holds it, and a re-import updates
//!   instead of duplicating. `SEQUENCE` is the roster's `sequence`, the number of overrides the
//!   shift's month depends on: adding an override raises it, so a calendar takes the change.
//! - A shift is never left out to say it is gone: a day the cooperative is closed, a shift not
//!   held (its hours inside the spring-forward gap), and (in one library's calendar) a shift that
//!   moved away from the library, are events with
//!   `STATUS:CANCELLED`, the same UID and the higher SEQUENCE, so a calendar that imported the
//!   earlier file drops the stale duty.
//! - Times are civil times with `TZID=` the schedule's zone, and the file carries a VTIMEZONE built
//!   from the zone database for the exported period (every transition, no RRULE), so a client
//!   shows the times the schedule states ("09:00") even where its own zone rules differ. An
//!   instant whose civil time would be ambiguous (the repeated hour of a fall-back night, second
//!   occurrence) is written in UTC instead, since RFC 5545 reads an ambiguous time as the first.
//! - The two check windows of a Shared Follow-Up block are in the DESCRIPTION and are two VALARMs
//!   (at the start, and at the half-way instant); law days and escalations have no alarms.
//! - Lines end in CRLF and are folded at 75 octets, never inside a UTF-8 character; TEXT values
//!   escape `\`, `;`, `,` and newlines. DTSTAMP is the `now` passed in, so exports are reproducible.
//! - `X-AUN-LIBRARY`, `X-AUN-DUTY` and `X-AUN-SOURCE` carry the roster's fields for scripts.

use crate::roster::{Coverer, RosterShift, Source};
use crate::schedule::Duty;
use crate::time::resolve_local;
use chrono::{DateTime, Duration, NaiveDateTime, Offset, TimeZone, Utc};
use chrono_tz::{OffsetComponents, OffsetName, Tz};

/// The PRODID of the files written here.
pub const PRODID: &str = concat!("-//AskUsNow! aun//aun ", env!("CARGO_PKG_VERSION"), "//EN");

/// Writes the calendar for `shifts` (times in `tz`; DTSTAMP `now`; X-WR-CALNAME `name`). For one
/// library's calendar, `mine` tells its own shifts: the others given are written as cancelled.
pub fn calendar(
    shifts: &[RosterShift],
    tz: Tz,
    now: DateTime<Utc>,
    name: &str,
    mine: Option<&dyn Fn(&RosterShift) -> bool>,
) -> String {
    let mut out = Lines::default();
    out.put("BEGIN:VCALENDAR");
    out.put("VERSION:2.0");
    out.put(&format!("PRODID:{}", escape_text(PRODID)));
    out.put("CALSCALE:GREGORIAN");
    out.put("METHOD:PUBLISH");
    out.put(&format!("X-WR-CALNAME:{}", escape_text(name)));
    out.put(&format!("X-WR-TIMEZONE:{}", tz.name()));
    let first = shifts.iter().map(|s| s.start).min().unwrap_or(now);
    let last = shifts.iter().map(|s| s.end).max().unwrap_or(now);
    vtimezone(&mut out, tz, first, last);
    for s in shifts {
        let moved_away = mine.is_some_and(|mine| !mine(s));
        if moved_away || matches!(s.source, Source::Closed | Source::NotHeld) {
            cancelled(&mut out, s, tz, now);
        } else {
            vevent(&mut out, s, tz, now);
        }
    }
    out.put("END:VCALENDAR");
    out.text
}

/// Escapes a TEXT value (RFC 5545 §3.3.11).
pub fn escape_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// Folds one content line at 75 octets (continuations start with a space) and ends it in CRLF.
pub fn fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + 8);
    let mut width = 0;
    for c in line.chars() {
        let n = c.len_utf8();
        if width + n > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += n;
    }
    out.push_str("\r\n");
    out
}

#[derive(Default)]
struct Lines {
    text: String,
}

impl Lines {
    fn put(&mut self, line: &str) {
        self.text.push_str(&fold(line));
    }
}

fn utc_stamp(t: DateTime<Utc>) -> String {
    t.format("%Y%m%dT%H%M%SZ").to_string()
}

/// `;TZID=zone:local` when the civil time names `t` unambiguously, else `:utcZ`.
fn when(t: DateTime<Utc>, tz: Tz) -> String {
    let local = t.with_timezone(&tz);
    if resolve_local(local.naive_local(), tz) == local {
        format!(
            ";TZID={}:{}",
            tz.name(),
            local.naive_local().format("%Y%m%dT%H%M%S")
        )
    } else {
        format!(":{}", utc_stamp(t))
    }
}

fn vevent(out: &mut Lines, s: &RosterShift, tz: Tz, now: DateTime<Utc>) {
    let sfu = s.duty == Duty::SharedFollowUp;
    let what = if sfu { "Shared Follow-Up" } else { "Law chats" };
    let mut summary = if s.covered() {
        format!("{what}: {}", s.library)
    } else {
        format!(
            "{what}: no one, escalate to {}",
            s.escalate_to.as_deref().unwrap_or("the coordinators")
        )
    };
    if s.best_effort {
        summary += " (best effort)";
    }
    if s.source == Source::Proposed && s.covered() {
        summary += " (proposed substitute)";
    }
    let hm = |t: DateTime<Utc>| crate::time::clock_time(&t.with_timezone(&tz));
    let mut desc = Vec::new();
    if sfu && s.covered() {
        desc.push(format!(
            "{} checks the Shared Follow-Up folder twice: 1st check {}–{}, 2nd check {}–{}.",
            s.library,
            hm(s.start),
            hm(s.midpoint()),
            hm(s.midpoint()),
            hm(s.end)
        ));
    } else if s.covered() {
        desc.push(format!("{} takes law chats.", s.library));
    }
    if s.best_effort {
        desc.push("Best effort.".to_string());
    }
    match (s.source, s.step) {
        (Source::Proposed, Some(3)) => desc.push(format!(
            "No substitute found: escalate to {}.",
            s.escalate_to.as_deref().unwrap_or("the coordinators")
        )),
        (Source::Proposed, Some(n)) => desc.push(format!(
            "Proposed substitute (step {n} of the procedure) for {}.",
            s.scheduled
        )),
        (Source::Override, _) if !s.scheduled.is_empty() => {
            desc.push(format!("Changed from the schedule ({}).", s.scheduled))
        }
        (Source::Override, _) => desc.push("Added by an override.".to_string()),
        _ => {}
    }
    if !s.reason.is_empty() {
        desc.push(format!("Reason: {}", s.reason));
    }
    begin(out, s, tz, now);
    out.put(&format!("SUMMARY:{}", escape_text(&summary)));
    out.put(&format!("DESCRIPTION:{}", escape_text(&desc.join("\n"))));
    let status = if s.source == Source::Proposed {
        "TENTATIVE"
    } else {
        "CONFIRMED"
    };
    out.put(&format!("STATUS:{status}"));
    out.put("TRANSP:TRANSPARENT");
    fields(out, s);
    if sfu && s.library != Coverer::Escalate {
        let half = (s.midpoint() - s.start).num_minutes();
        for (n, minutes) in [("1st", 0), ("2nd", half)] {
            out.put("BEGIN:VALARM");
            out.put("ACTION:DISPLAY");
            out.put(&format!(
                "DESCRIPTION:{}",
                escape_text(&format!("{n} Shared Follow-Up check ({})", s.library))
            ));
            out.put(&format!("TRIGGER;RELATED=START:PT{minutes}M"));
            out.put("END:VALARM");
        }
    }
    out.put("END:VEVENT");
}

/// What every event starts with: UID, SEQUENCE, DTSTAMP and the times.
fn begin(out: &mut Lines, s: &RosterShift, tz: Tz, now: DateTime<Utc>) {
    out.put("BEGIN:VEVENT");
    out.put(&format!("UID:{}", escape_text(&s.uid)));
    out.put(&format!("SEQUENCE:{}", s.sequence));
    out.put(&format!("DTSTAMP:{}", utc_stamp(now)));
    out.put(&format!("DTSTART{}", when(s.start, tz)));
    // RFC 5545 wants DTEND after DTSTART; without one, an event ends when it starts.
    if s.end > s.start {
        out.put(&format!("DTEND{}", when(s.end, tz)));
    }
}

/// The roster's fields, for scripts.
fn fields(out: &mut Lines, s: &RosterShift) {
    out.put(&format!(
        "X-AUN-LIBRARY:{}",
        escape_text(s.library.as_str())
    ));
    out.put(&format!("X-AUN-DUTY:{}", s.duty.as_str()));
    out.put(&format!("X-AUN-SOURCE:{}", s.source.as_str()));
}

/// A shift that is no longer this calendar's: the cooperative is closed, or it moved to another
/// library. Same UID, so the calendar drops the event it has.
fn cancelled(out: &mut Lines, s: &RosterShift, tz: Tz, now: DateTime<Utc>) {
    let what = if s.duty == Duty::SharedFollowUp {
        "Shared Follow-Up"
    } else {
        "Law chats"
    };
    let why = if s.source == Source::Closed {
        "the cooperative is closed".to_string()
    } else if s.source == Source::NotHeld {
        crate::roster::NO_HOURS.to_string()
    } else if s.covered() {
        format!("now {}", s.library)
    } else {
        "moved away".to_string()
    };
    begin(out, s, tz, now);
    out.put(&format!(
        "SUMMARY:{}",
        escape_text(&format!("Cancelled: {what} ({why})"))
    ));
    let mut desc = format!("This shift is cancelled: {why}.");
    if !s.reason.is_empty() && s.reason != why {
        desc += &format!("\nReason: {}", s.reason);
    }
    out.put(&format!("DESCRIPTION:{}", escape_text(&desc)));
    out.put("STATUS:CANCELLED");
    out.put("TRANSP:TRANSPARENT");
    fields(out, s);
    out.put("END:VEVENT");
}

/// A zone's offset: seconds east of UTC, whether it is daylight time, its abbreviation.
type ZoneOffset = (i32, bool, String);

/// The zone's offset at an instant.
fn offset_at(tz: Tz, t: DateTime<Utc>) -> ZoneOffset {
    let o = tz.offset_from_utc_datetime(&t.naive_utc());
    (
        o.fix().local_minus_utc(),
        !o.dst_offset().is_zero(),
        o.abbreviation().unwrap_or("").to_string(),
    )
}

fn utc_offset(secs: i32) -> String {
    let sign = if secs < 0 { '-' } else { '+' };
    let a = secs.abs();
    if a % 60 == 0 {
        format!("{sign}{:02}{:02}", a / 3600, a / 60 % 60)
    } else {
        format!("{sign}{:02}{:02}{:02}", a / 3600, a / 60 % 60, a % 60)
    }
}

/// The zone's transitions from the last one before `first` to `last`, as STANDARD/DAYLIGHT parts.
fn vtimezone(out: &mut Lines, tz: Tz, first: DateTime<Utc>, last: DateTime<Utc>) {
    // Hourly steps over a year before the period find the transition in force at its start.
    let mut t = first - Duration::days(400);
    let mut cur = offset_at(tz, t);
    let mut changes: Vec<(DateTime<Utc>, ZoneOffset, ZoneOffset)> = Vec::new();
    while t <= last {
        let next = t + Duration::hours(1);
        let o = offset_at(tz, next);
        if o != cur {
            // Narrow down to the minute: the first instant with the new offset.
            let (mut lo, mut hi) = (t, next);
            while hi - lo > Duration::minutes(1) {
                let mid = lo + (hi - lo) / 2;
                if offset_at(tz, mid) == cur {
                    lo = mid;
                } else {
                    hi = mid;
                }
            }
            changes.push((hi, cur.clone(), o.clone()));
            cur = o;
        }
        t = next;
    }
    let keep_from = changes.iter().rposition(|c| c.0 <= first).unwrap_or(0);
    out.put("BEGIN:VTIMEZONE");
    out.put(&format!("TZID:{}", tz.name()));
    if changes.is_empty() {
        // A zone without transitions in reach: one standard part from the epoch.
        let (off, dst, name) = cur;
        part(out, dst, "19700101T000000", off, off, &name);
    }
    for (at, from, to) in &changes[keep_from.min(changes.len())..] {
        // DTSTART is the civil time of the change on the clock before it.
        let local: NaiveDateTime = at.naive_utc() + Duration::seconds(from.0 as i64);
        part(
            out,
            to.1,
            &local.format("%Y%m%dT%H%M%S").to_string(),
            from.0,
            to.0,
            &to.2,
        );
    }
    out.put("END:VTIMEZONE");
}

fn part(out: &mut Lines, daylight: bool, dtstart: &str, from: i32, to: i32, name: &str) {
    let kind = if daylight { "DAYLIGHT" } else { "STANDARD" };
    out.put(&format!("BEGIN:{kind}"));
    out.put(&format!("DTSTART:{dtstart}"));
    out.put(&format!("TZOFFSETFROM:{}", utc_offset(from)));
    out.put(&format!("TZOFFSETTO:{}", utc_offset(to)));
    if !name.is_empty() {
        out.put(&format!("TZNAME:{}", escape_text(name)));
    }
    out.put(&format!("END:{kind}"));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::roster::{roster, Overrides};
    use crate::schedule::Schedule;
    use crate::time::{parse_date, DEFAULT_TZ};

    fn export(from: &str, to: &str) -> String {
        let r = roster(
            &Schedule::default_schedule(),
            &Overrides::none(),
            parse_date(from).unwrap(),
            parse_date(to).unwrap(),
            DEFAULT_TZ,
        )
        .unwrap();
        let now = "2026-11-23T12:00:00Z".parse().unwrap();
        calendar(&r, DEFAULT_TZ, now, "AskUsNow! Shared Follow-Up", None)
    }

    #[test]
    fn lines_are_crlf_and_at_most_75_octets() {
        let text = export("2026-10-26", "2026-11-08");
        assert!(text.ends_with("END:VCALENDAR\r\n"));
        for line in text.split("\r\n") {
            assert!(line.len() <= 75, "{line:?}");
            assert!(!line.contains('\n'));
        }
        assert!(text.contains("\r\n DESCRIPTION") || text.contains("\r\n "));
    }

    #[test]
    fn folding_keeps_utf8_characters_whole() {
        let long = format!("SUMMARY:{}", "é".repeat(80));
        let folded = fold(&long);
        for line in folded.split("\r\n") {
            assert!(line.len() <= 75);
        }
        let unfolded = folded.replace("\r\n ", "");
        assert_eq!(unfolded, format!("{long}\r\n"));
    }

    proptest::proptest! {
        #[test]
        fn folding_round_trips_any_text(text in "\\PC{0,300}") {
            let line = format!("DESCRIPTION:{}", escape_text(&text));
            let folded = fold(&line);
            for part in folded.trim_end_matches("\r\n").split("\r\n") {
                proptest::prop_assert!(part.len() <= 75);
            }
            proptest::prop_assert_eq!(folded.replace("\r\n ", ""), format!("{line}\r\n"));
            // No raw line break survives escaping.
            proptest::prop_assert!(!escape_text(&text).contains('\n'));
        }
    }

    #[test]
    fn text_is_escaped() {
        assert_eq!(escape_text("a,b;c\\d\ne"), "a\\,b\\;c\\\\d\\ne");
    }

    #[test]
    fn events_have_zone_times_alarms_and_stable_uids() {
        let text = export("2026-12-03", "2026-12-03");
        assert!(text.contains("UID:20261203T1300-shared-follow-up@aun.askusnow\r\nSEQUENCE:0\r\n"));
        assert!(text.contains("DTSTART;TZID=America/New_York:20261203T130000\r\n"));
        assert!(text.contains("DTEND;TZID=America/New_York:20261203T170000\r\n"));
        assert!(text.contains("TRIGGER;RELATED=START:PT120M\r\n"));
        assert!(text.contains("DTSTAMP:20261123T120000Z\r\n"));
        assert_eq!(text, export("2026-12-03", "2026-12-03"));
    }

    #[test]
    fn the_zone_has_the_transitions_of_the_period() {
        let text = export("2026-10-26", "2026-11-08");
        let tzpart =
            &text[text.find("BEGIN:VTIMEZONE").unwrap()..text.find("END:VTIMEZONE").unwrap()];
        // The spring change before the period and the fall change within it.
        assert!(tzpart.contains("BEGIN:DAYLIGHT\r\nDTSTART:20260308T020000\r\nTZOFFSETFROM:-0500\r\nTZOFFSETTO:-0400\r\nTZNAME:EDT\r\n"), "{tzpart}");
        assert!(tzpart.contains("BEGIN:STANDARD\r\nDTSTART:20261101T020000\r\nTZOFFSETFROM:-0400\r\nTZOFFSETTO:-0500\r\nTZNAME:EST\r\n"), "{tzpart}");
    }

    #[test]
    fn an_ambiguous_civil_time_is_written_in_utc() {
        // 01:30 on the fall-back night, second occurrence (EST).
        let t: DateTime<Utc> = "2026-11-01T06:30:00Z".parse().unwrap();
        assert_eq!(when(t, DEFAULT_TZ), ":20261101T063000Z");
        let t: DateTime<Utc> = "2026-11-01T05:30:00Z".parse().unwrap();
        assert_eq!(
            when(t, DEFAULT_TZ),
            ";TZID=America/New_York:20261101T013000"
        );
    }
}

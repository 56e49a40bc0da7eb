//! Transcript lines as the chat systems write them, and who said each one.
//!
//! - LibChat: `14:22:09 - Name: text` (HTML entities such as `&#x27;` and `&amp;` decoded);
//! - `[2:22:09 PM] Name: text`;
//! - LibraryH3lp: `5:26PM guest@web.libraryh3lp.com: text`;
//! - tab-separated: `14:22<TAB>Name<TAB>text`;
//! - `Patron: text` without a time, for a few role words and the export's patron name only (a
//!   line like `Title: …` in a librarian's message is not a speaker);
//! - a line without a speaker continues the previous line.
//!
//! Roles: the system (`System`, LibChat's own notices, and the chat system's canned lines under any
//! label: "Guest 4F2A has left the chat", "No librarian available"); staff (a speaker label that
//! carries a library, "Librarian (Kelly, Enoch Pratt Free Library)", "Dana - Calvert Library", starts
//! with "Librarian", or an operator's address `kim@chat.libraryh3lp.com`); the patron: the export's
//! patron name, a guest label (`Guest36158`, `Patron`, a phone number), a guest address (LibraryH3lp's
//! `web.`, `web.ca.`, `twilio.`, `sms.` gateways: an address holding "library" is not staff), else the
//! first speaker who is neither.

use super::finds::{finds, Finds};
use std::borrow::Cow;
use std::cell::{Cell, RefCell};
use std::collections::HashMap;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Patron,
    Staff,
    System,
}

/// One line of a transcript: its speaker label (empty for a continuation) and its text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Line<'a> {
    pub speaker: &'a str,
    pub text: &'a str,
}

/// The lines of a transcript with their roles.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Transcript<'a> {
    pub lines: Vec<(Role, &'a str)>,
}

/// Splits a line into speaker and text. `None` when the line has no speaker (a continuation).
pub fn parse_line(line: &str) -> Option<Line<'_>> {
    let line = without_crs(line);
    parse_after_time(line, strip_time(line), "", false)
}

/// A line without the carriage returns at its end.
fn without_crs(line: &str) -> &str {
    match line.as_bytes().last() {
        Some(b'\r') => line.trim_end_matches('\r'),
        _ => line,
    }
}

/// [`parse_line`] of a line without carriage returns at its end, given its [`strip_time`];
/// `patron` (the export's patron name, trimmed) is a speaker in a line without a time too.
fn parse_after_time<'a>(
    line: &'a str,
    timed: Option<(&'a str, bool)>,
    patron: &str,
    names: bool,
) -> Option<Line<'a>> {
    match timed {
        Some((rest, tab)) => {
            if tab {
                let (speaker, text) = match memchr::memchr(b'\t', rest.as_bytes()) {
                    Some(i) => (&rest[..i], &rest[i + 1..]),
                    None => ("", rest),
                };
                return Some(Line {
                    speaker: trim(speaker),
                    text,
                });
            }
            match speaker_colon(rest) {
                Some((speaker, text)) => Some(Line { speaker, text }),
                // A time and no "Name:": the system's notice ("10:02 Chat started").
                None => Some(Line {
                    speaker: "System",
                    text: rest,
                }),
            }
        }
        None => {
            // Without a time, only role words count as speakers ("Patron", "Guest 2"), and the
            // patron's own name ("Jane Roe: my card…"; an empty name never equals a speaker,
            // who is never empty); in a transcript labelled by names throughout, any name.
            let (speaker, text) = speaker_colon(line)?;
            if let Some(speaker) = clocked(speaker) {
                return Some(Line { speaker, text });
            }
            (role_word(speaker)
                || speaker.eq_ignore_ascii_case(patron)
                || names && name_like(speaker))
            .then_some(Line { speaker, text })
        }
    }
}

/// The name in a label that carries the message's time in parentheses, before or after it:
/// `(10:14:22 AM) Name`, `Name (10:14:22 AM)`, `Name (14:14)`. Only a time of day counts:
/// "I called (410) 555-0100" and "Chapter 3 (pages 10-12)" are no speakers.
fn clocked(label: &str) -> Option<&str> {
    let b = label.as_bytes();
    let name = if b.first() == Some(&b'(') {
        let close = find(b')', b)?;
        is_clock(&label[1..close]).then(|| &label[close + 1..])?
    } else if b.last() == Some(&b')') {
        let open = memchr::memrchr(b'(', b)?;
        is_clock(&label[open + 1..label.len() - 1]).then(|| &label[..open])?
    } else {
        return None;
    };
    let name = trim(name);
    (!name.is_empty()).then_some(name)
}

/// A time of day alone: `10:14`, `10:14:22`, `2:14 PM`, `10:14:22am` (the hour under 24, or 1 to
/// 12 before AM or PM).
fn is_clock(s: &str) -> bool {
    let b = s.as_bytes();
    let digits =
        |i: usize, n: usize| b.len() >= i + n && b[i..i + n].iter().all(u8::is_ascii_digit);
    let h = if digits(0, 2) {
        2
    } else if digits(0, 1) {
        1
    } else {
        return false;
    };
    if b.get(h) != Some(&b':') || !digits(h + 1, 2) {
        return false;
    }
    let hour: u32 = s[..h].parse().unwrap_or(99);
    let minute: u32 = s[h + 1..h + 3].parse().unwrap_or(99);
    let mut i = h + 3;
    if b.get(i) == Some(&b':') {
        if !digits(i + 1, 2) || s[i + 1..i + 3].parse::<u32>().unwrap_or(99) > 59 {
            return false;
        }
        i += 3;
    }
    let rest = s[i..].trim_start();
    let half = rest.eq_ignore_ascii_case("am") || rest.eq_ignore_ascii_case("pm");
    if !(rest.is_empty() || half) || minute > 59 {
        return false;
    }
    if half {
        (1..=12).contains(&hour)
    } else {
        hour < 24
    }
}

/// A label that starts with a role's word: "Patron", "Guest 2", "Librarian Sue"; or a guest's
/// word run into its number, as chat systems write it ("Guest1234", "guest_4f2a", "Visitor#12").
fn role_word(speaker: &str) -> bool {
    let known = [
        "patron",
        "guest",
        "librarian",
        "system",
        "staff",
        "user",
        "customer",
    ];
    let s = speaker.as_bytes();
    let starts_with =
        |k: &str| s.len() >= k.len() && s[..k.len()].eq_ignore_ascii_case(k.as_bytes());
    known
        .iter()
        .any(|k| starts_with(k) && s.get(k.len()).is_none_or(|&c| c == b' '))
        || GUEST_WORDS.iter().any(|k| {
            starts_with(k)
                && s.get(k.len())
                    .is_some_and(|&c| c.is_ascii_digit() || matches!(c, b'_' | b'-' | b'#'))
                && s[k.len()..].len() <= 16
                && s[k.len()..]
                    .iter()
                    .all(|&c| c.is_ascii_alphanumeric() || matches!(c, b'_' | b'-' | b'#'))
        })
}

/// A label that may be a person's name ("Sue", "Ashley B.", "frederick o'neil"): one to three
/// words of letters (with `.`, `-` or `'`), not a word that starts a line of text ("Note:",
/// "Subject:", "Call number:").
fn name_like(label: &str) -> bool {
    if label.len() > 32 {
        return false;
    }
    let mut words = 0;
    for (i, w) in label.split(' ').enumerate() {
        let first = w.chars().next();
        if i >= 3
            || !first.is_some_and(char::is_alphabetic)
            || !w
                .chars()
                .all(|c| c.is_alphabetic() || matches!(c, '.' | '-' | '\''))
            || (i == 0 && starts_text(w))
        {
            return false;
        }
        words += 1;
    }
    words > 0
}

/// A word that starts a line of text rather than names who wrote it ("Note:", "Re:", "Hi:").
#[rustfmt::skip]
fn starts_text(word: &str) -> bool {
    let mut lower = [0u8; 12];
    let Some(to) = lower.get_mut(..word.len()) else {
        return false;
    };
    to.copy_from_slice(word.as_bytes());
    to.make_ascii_lowercase();
    matches!(
        &*to,
        b"note" | b"notes" | b"re" | b"subject" | b"ps" | b"p.s." | b"fyi" | b"update" | b"edit"
            | b"question" | b"answer" | b"q" | b"a" | b"title" | b"author" | b"isbn" | b"call"
            | b"location" | b"status" | b"error" | b"warning" | b"step" | b"url" | b"link"
            | b"email" | b"e-mail" | b"phone" | b"address" | b"name" | b"date" | b"time"
            | b"hours" | b"tip" | b"example" | b"important" | b"reminder" | b"summary"
            | b"reply" | b"response" | b"message" | b"source" | b"citation" | b"from" | b"to"
            | b"cc" | b"bcc" | b"attachment" | b"file" | b"result" | b"results" | b"price"
            | b"cost" | b"total" | b"format" | b"edition" | b"publisher" | b"year" | b"volume"
            | b"issue" | b"pages" | b"doi" | b"database" | b"journal" | b"article" | b"book"
            | b"course" | b"class" | b"topic" | b"reason" | b"comment" | b"comments"
            | b"description" | b"details" | b"ticket" | b"case" | b"category" | b"tags"
            | b"username" | b"password" | b"login" | b"id" | b"pin" | b"card" | b"barcode"
            | b"account" | b"my" | b"the" | b"your" | b"our" | b"this" | b"that" | b"and"
            | b"or" | b"but" | b"so" | b"also" | b"hi" | b"hello" | b"ok" | b"okay" | b"thanks"
            | b"sorry" | b"yes" | b"no"
    )
}

/// Whether a transcript without times is labelled by names throughout ("chidi: …", "Sue: …"):
/// at least two different name labels, and at least half of its lines start with one. Then
/// the first name that is no role's word: the patron's, when the export names no one (the
/// patron speaks first, as the first unknown speaker is the patron in every transcript).
// Asked only of a transcript with a line that starts with an unknown name: kept out of line.
#[cold]
#[inline(never)]
fn labelled_by_names(transcript: &str) -> Option<&str> {
    let (mut total, mut named) = (0usize, 0usize);
    let (mut first, mut first_name) = (None::<&str>, None);
    let (mut two, mut guest) = (false, false);
    for line in lines_of(transcript) {
        let line = without_crs(line);
        if line.trim().is_empty() {
            continue;
        }
        if strip_time(line).is_some() {
            return None;
        }
        total += 1;
        if let Some((label, _)) = speaker_colon(line).filter(|(l, _)| name_like(l) || role_word(l))
        {
            named += 1;
            match first {
                None => first = Some(label),
                Some(f) => two |= !f.eq_ignore_ascii_case(label),
            }
            // A guest's label ("Guest1234: …") is the patron: a name beside it is not.
            guest |= role_word(label) && is_guest_label(label);
            if first_name.is_none() && !role_word(label) {
                first_name = Some(label);
            }
        }
    }
    let patron = if guest { "" } else { first_name.unwrap_or("") };
    (two && named >= 2 && named * 2 >= total).then_some(patron)
}

/// A role word's label that is a patron's ("Guest 2", "Patron", "visitor_12"), not staff's.
fn is_guest_label(label: &str) -> bool {
    let b = label.as_bytes();
    GUEST_WORDS
        .iter()
        .any(|k| b.len() >= k.len() && b[..k.len()].eq_ignore_ascii_case(k.as_bytes()))
}

/// The words a guest's label starts with ("Guest 2", "visitor_12").
const GUEST_WORDS: [&str; 6] = [
    "guest",
    "patron",
    "visitor",
    "user",
    "customer",
    "anonymous",
];

/// `Name: text` → (Name, text), when the colon comes early and the name looks like one.
fn speaker_colon(s: &str) -> Option<(&str, &str)> {
    let i = label_colon(s.as_bytes())?;
    let speaker = trim(&s[..i]);
    if speaker.is_empty() {
        return None;
    }
    Some((speaker, s.get(i + 2..).unwrap_or("")))
}

/// Where the label of a line in the colon form ends: the first colon followed by a space or the
/// end, within 120 bytes ("guest@web.libraryh3lp.com:" or "http:" is inside a label: look
/// further).
#[inline(always)]
fn label_colon(b: &[u8]) -> Option<usize> {
    memchr::memchr_iter(b':', &b[..b.len().min(120)])
        .find(|&i| b.get(i + 1).is_none_or(|&c| c == b' '))
}

/// Removes a leading time (`14:22:09 - `, `[2:22:09 PM] `, `5:26PM `, `14:22\t`, and with a date
/// and a zone `2026-03-01T20:47:31-06:00 - `, `[03/01/2026 8:47 PM EST] `). Returns the rest and
/// whether the time was followed by a tab (the tab-separated form).
// Inlined into the line loop (its answer is then registers, not memory).
#[inline(always)]
fn strip_time(line: &str) -> Option<(&str, bool)> {
    let b = line.as_bytes();
    // A time and the byte after it are in a line's first 14 bytes: a line of 16 or more has
    // them read from its first 16 without bounds tests (`% 16` changes no index under 16).
    let fast = match b.first_chunk::<16>() {
        Some(p) => time_form(|i| Some(p[i % 16])),
        None => time_form(|i| b.get(i).copied()),
    };
    let (i, tab) = match fast {
        // A word of three letters after the time may be its zone ("8:47 PM EST Sam: hi").
        Some((i, false)) if matches!(b.get(i + 3), Some(b' ' | b'\t')) => {
            dated_time(b).unwrap_or((i, false))
        }
        Some(found) => found,
        None => dated_time(b)?,
    };
    let rest = &line[i..];
    Some(if tab {
        (rest, true)
    } else {
        (rest.strip_prefix("- ").unwrap_or(rest), false)
    })
}

/// The time at the start of a line whose bytes `at` gives (none past its end): where the text
/// after the time and its separator starts, and whether the separator is a tab.
#[inline(always)]
fn time_form(at: impl Fn(usize) -> Option<u8>) -> Option<(usize, bool)> {
    let mut i = 0;
    let bracket = at(0) == Some(b'[');
    if bracket {
        i += 1;
    }
    let d = |i: usize| at(i).is_some_and(|c| c.is_ascii_digit());
    // One or two digits, a colon, two digits, and maybe a colon and two more: read as the
    // digit loops of the plain form would (at most two digits each), without the loops.
    i += match (d(i), d(i + 1)) {
        (true, true) => 2,
        (true, false) => 1,
        _ => return None,
    };
    if at(i) != Some(b':') || !(d(i + 1) && d(i + 2)) {
        return None;
    }
    i += 3;
    if at(i) == Some(b':') {
        if !(d(i + 1) && d(i + 2)) {
            return None;
        }
        i += 3;
    }
    // AM / PM, with or without a space.
    let mut j = i;
    if at(j) == Some(b' ') {
        j += 1;
    }
    // "am" or "pm" in any case: only A, a, P and p are a or p with the 0x20 bit set, and only
    // M and m are m.
    if let (Some(a), Some(m)) = (at(j), at(j + 1)) {
        if matches!(a | 0x20, b'a' | b'p') && m | 0x20 == b'm' {
            i = j + 2;
        }
    }
    if bracket {
        if at(i) != Some(b']') {
            return None;
        }
        i += 1;
    }
    match at(i) {
        Some(b'\t') => Some((i + 1, true)),
        Some(b' ') => Some((i + 1, false)),
        _ => None,
    }
}

/// [`time_form`]'s answer for the longer forms it leaves: a date before the time (`2026-03-01`,
/// `03/01/2026`, `3/1/26`, then `T`, a space or `, `), a fraction of a second, a zone after it
/// (`Z`, `-06:00`, `+0100`, ` EST`), each as an export or a chat API writes a message's time.
#[cold]
fn dated_time(b: &[u8]) -> Option<(usize, bool)> {
    let digit = |i: usize| b.get(i).is_some_and(u8::is_ascii_digit);
    // `min..=max` digits from `*i`.
    let digits = |i: &mut usize, min: usize, max: usize| {
        let start = *i;
        while *i - start < max && digit(*i) {
            *i += 1;
        }
        *i - start >= min
    };
    let mut i = usize::from(b.first() == Some(&b'['));
    let bracket = i == 1;
    // A month's name, the day and maybe the year (`Apr 13 10:05:12 Name: text`, `Apr 13, 2026
    // 10:05:12 AM - Name: text`): only before a speaker's label, since a patron's line may begin
    // with a date ("May 5 10:00 works for me").
    let named = !bracket && b.first().is_some_and(u8::is_ascii_alphabetic);
    if named {
        i = month_day(b)?;
    }
    // The date, when there is one: year-month-day or month/day/year.
    let from = i;
    let iso = !named && digits(&mut i, 4, 4) && b.get(i) == Some(&b'-') && {
        i += 1;
        digits(&mut i, 2, 2) && b.get(i) == Some(&b'-') && {
            i += 1;
            digits(&mut i, 2, 2)
        }
    };
    if !iso && !named {
        i = from;
        let us = digits(&mut i, 1, 2) && b.get(i) == Some(&b'/') && {
            i += 1;
            digits(&mut i, 1, 2) && b.get(i) == Some(&b'/') && {
                i += 1;
                digits(&mut i, 2, 4)
            }
        };
        if !us {
            i = from;
        }
    }
    if i > from {
        match (b.get(i), b.get(i + 1)) {
            (Some(b'T' | b' '), _) => i += 1,
            (Some(b','), Some(b' ')) => i += 2,
            _ => return None,
        }
    }
    // The time: hours, minutes, maybe seconds and a fraction of a second.
    if !(digits(&mut i, 1, 2) && b.get(i) == Some(&b':')) {
        return None;
    }
    i += 1;
    if !digits(&mut i, 2, 2) {
        return None;
    }
    if b.get(i) == Some(&b':') {
        i += 1;
        if !digits(&mut i, 2, 2) {
            return None;
        }
        if b.get(i) == Some(&b'.') && digit(i + 1) {
            i += 1;
            digits(&mut i, 1, 9);
        }
    }
    let word_after = |j: usize, w: &[u8]| {
        b.get(j..j + w.len())
            .is_some_and(|x| x.eq_ignore_ascii_case(w))
            && !b.get(j + w.len()).is_some_and(u8::is_ascii_alphanumeric)
    };
    // AM / PM, with or without a space (a letter after them ends no time, as in `time_form`).
    let j = i + usize::from(b.get(i) == Some(&b' '));
    let half = |w: &[u8]| b.get(j..j + 2).is_some_and(|x| x.eq_ignore_ascii_case(w));
    if half(b"am") || half(b"pm") {
        i = j + 2;
    }
    // The zone.
    match b.get(i) {
        Some(b'Z') => i += 1,
        Some(b'+' | b'-') if digit(i + 1) && digit(i + 2) => {
            i += 3;
            if b.get(i) == Some(&b':') && digit(i + 1) && digit(i + 2) {
                i += 3;
            } else if digit(i) && digit(i + 1) {
                i += 2;
            }
        }
        Some(b' ') => {
            const ZONES: [&[u8]; 10] = [
                b"UTC", b"GMT", b"EST", b"EDT", b"CST", b"CDT", b"MST", b"MDT", b"PST", b"PDT",
            ];
            if let Some(z) = ZONES.iter().find(|z| word_after(i + 1, z)) {
                i += 1 + z.len();
            }
        }
        _ => {}
    }
    if bracket {
        if b.get(i) != Some(&b']') {
            return None;
        }
        i += 1;
    }
    let found = match b.get(i) {
        Some(b'\t') => (i + 1, true),
        Some(b' ') => (i + 1, false),
        _ => return None,
    };
    if named && !found.1 {
        let rest = std::str::from_utf8(&b[found.0..]).ok()?;
        speaker_colon(rest.strip_prefix("- ").unwrap_or(rest))?;
    }
    Some(found)
}

/// Where the time starts after a month's English name (or its three letters, any case), a day
/// and maybe a four-digit year, each followed by a space (the day and the year maybe by a comma
/// first): `Apr 13 `, `April 13, 2026 `. The day must be one of the month's (any year's, without
/// one).
#[cold]
fn month_day(b: &[u8]) -> Option<usize> {
    const MONTHS: [&[u8]; 12] = [
        b"january",
        b"february",
        b"march",
        b"april",
        b"may",
        b"june",
        b"july",
        b"august",
        b"september",
        b"october",
        b"november",
        b"december",
    ];
    let w = b.iter().position(|c| !c.is_ascii_alphabetic())?;
    let word = &b[..w];
    let month = MONTHS.iter().position(|m| {
        word.eq_ignore_ascii_case(m) || (w == 3 && word.eq_ignore_ascii_case(&m[..3]))
    })?;
    if b[w] != b' ' {
        return None;
    }
    let count = |from: usize| b[from..].iter().take_while(|c| c.is_ascii_digit()).count();
    let mut i = w + 1;
    let n = count(i);
    if !(1..=2).contains(&n) {
        return None;
    }
    let day: u32 = std::str::from_utf8(&b[i..i + n]).ok()?.parse().ok()?;
    i += n;
    // A comma, then a space.
    let gap = |i: usize| match (b.get(i), b.get(i + 1)) {
        (Some(b' '), _) => Some(i + 1),
        (Some(b','), Some(b' ')) => Some(i + 2),
        _ => None,
    };
    i = gap(i)?;
    let mut year = 2000;
    if count(i) == 4 {
        if let Some(after) = gap(i + 4) {
            year = std::str::from_utf8(&b[i..i + 4]).ok()?.parse().ok()?;
            i = after;
        }
    }
    chrono::NaiveDate::from_ymd_opt(year, month as u32 + 1, day)?;
    Some(i)
}

/// The role a message's author names by itself, for message objects without a role: `system`,
/// or a chat address whose sub-domain says who (LibraryH3lp's guest gateways are patrons', its
/// other sub-domains operators'); `None` for anything else (a name is read in context).
pub fn address_role(author: &str) -> Option<Role> {
    let author = author.trim();
    if author.eq_ignore_ascii_case("system") {
        return Some(Role::System);
    }
    if !author.contains('@') || author.contains(char::is_whitespace) {
        return None;
    }
    match looks(author, "") {
        Looks::Patron => Some(Role::Patron),
        Looks::Staff => Some(Role::Staff),
        Looks::System => Some(Role::System),
        Looks::Unknown => None,
    }
}

/// How a speaker label looks on its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Looks {
    System,
    Staff,
    Patron,
    Unknown,
}

fn looks(label: &str, patron_name: &str) -> Looks {
    // The label in lower case, on the stack when short (most are), read as bytes: every word
    // it is compared with is ASCII. Each is compared as an array (inline, without a call).
    let mut short = [0u8; 64];
    let long;
    let lower: &[u8] = match short.get_mut(..label.len()) {
        Some(s) => {
            s.copy_from_slice(label.as_bytes());
            s.make_ascii_lowercase();
            s
        }
        None => {
            long = label.to_ascii_lowercase();
            long.as_bytes()
        }
    };
    if is(lower, b"system")
        || is(lower, b"libchat")
        || is(lower, b"libanswers")
        || is(lower, b"askusnow!")
        || is(lower, b"askusnow")
        || starts(lower, b"system ")
    {
        return Looks::System;
    }
    let patron = trim(patron_name);
    if !patron.is_empty() && label.eq_ignore_ascii_case(patron) {
        return Looks::Patron;
    }
    // A chat address (LibraryH3lp's JIDs): the sub-domain says who. The guest gateways (`web.`,
    // `web.ca.`, `twilio.`, `sms.`, …) are patrons'; an operator is on LibraryH3lp's `chat.`, main
    // or a queue's domain (`jose@askusnow.libraryh3lp.com`). That the domain holds "library"
    // says nothing, and another server's `chat.` is a guest's as likely as not
    // (`…@chat.facebook.com`): unknown, left to the conversation.
    if let Some(at) = find(b'@', lower) {
        let domain = &lower[at + 1..];
        let first = &domain[..find(b'.', domain).unwrap_or(domain.len())];
        return if GUEST_GATEWAYS.iter().any(|g| g.as_bytes() == first) || starts(lower, b"guest") {
            Looks::Patron
        } else if holds(domain, b"libraryh3lp") {
            Looks::Staff
        } else {
            Looks::Unknown
        };
    }
    // A phone number: a text-message patron.
    if lower
        .iter()
        .all(|c| c.is_ascii_digit() || matches!(c, b'+' | b'-' | b' ' | b'(' | b')' | b'.'))
        && lower.iter().filter(|c| c.is_ascii_digit()).count() >= 7
    {
        return Looks::Patron;
    }
    // A guest's word and a number or a name's end after it ("Guest36158", "patron 2"); any
    // letters after "guest".
    if guest_word(lower, b"guest", true)
        || guest_word(lower, b"patron", false)
        || guest_word(lower, b"anonymous", false)
        || guest_word(lower, b"visitor", false)
        || guest_word(lower, b"customer", false)
        || guest_word(lower, b"user", false)
        || guest_word(lower, b"me", false)
    {
        return Looks::Patron;
    }
    let b = label.as_bytes();
    if starts(lower, b"librarian")
        || starts(lower, b"staff")
        || starts(lower, b"operator")
        || starts(lower, b"agent")
        || holds(b, b" - ")
        || (find(b'(', b).is_some() && b.ends_with(b")"))
        || holds(lower, b"library")
    {
        return Looks::Staff;
    }
    Looks::Unknown
}

/// True when `s` starts with `p` (compared inline: its length is known).
#[inline(always)]
fn starts<const N: usize>(s: &[u8], p: &[u8; N]) -> bool {
    s.first_chunk::<N>() == Some(p)
}

/// True when `s` is `p`.
#[inline(always)]
fn is<const N: usize>(s: &[u8], p: &[u8; N]) -> bool {
    s.len() == N && starts(s, p)
}

/// A label (lower case) that is a guest's word `g` and then only letters, digits, spaces, `_`,
/// `-` or `#`; after all words but "guest" (`any_after`), not a letter first.
#[inline(always)]
fn guest_word<const N: usize>(lower: &[u8], g: &[u8; N], any_after: bool) -> bool {
    starts(lower, g)
        && lower[N..]
            .iter()
            .all(|&c| c.is_ascii_alphanumeric() || c == b' ' || c == b'_' || c == b'-' || c == b'#')
        && (lower.len() == N || !lower[N].is_ascii_alphabetic() || any_after)
}

/// `memchr`, by a loop over a short haystack (most labels): memchr's set-up is longer.
#[inline(always)]
fn find(c: u8, hay: &[u8]) -> Option<usize> {
    if hay.len() < 32 {
        hay.iter().position(|&x| x == c)
    } else {
        memchr::memchr(c, hay)
    }
}

/// True when `needle` (not empty) is in `hay`: found at its first byte, without a searcher's
/// set-up (labels are short).
#[inline(always)]
fn holds<const N: usize>(hay: &[u8], needle: &[u8; N]) -> bool {
    let at = |i: usize| hay[i..].first_chunk::<N>() == Some(needle);
    if hay.len() < 32 {
        (0..hay.len()).any(|i| hay[i] == needle[0] && at(i))
    } else {
        memchr::memchr_iter(needle[0], hay).any(at)
    }
}

/// The first label of a guest's chat address: LibraryH3lp's web widget (`web.`, and `web.ca.` on
/// its Canadian server), text messages (`twilio.`, `sms.`) and the other gateways.
const GUEST_GATEWAYS: &[&str] = &[
    "web",
    "twilio",
    "sms",
    "mobile",
    "guest",
    "guests",
    "text",
    "txt",
    "facebook",
    "messenger",
];

/// The chat system's own lines, whoever the export says wrote them: they are the system's.
const CANNED: &[&str] = &[
    "has joined the chat",
    "has left the chat",
    "has disconnected",
    "has reconnected",
    "patron reconnected",
    "you are now chatting with",
    "welcome to",
    "bienvenido a",
    "this chat has been marked",
    "this session has been marked",
    "chat ended",
    "chat was transferred",
    "no librarian available",
    "no librarians are available",
    "all of our librarians are busy",
    "a librarian will be with you",
    "connection lost",
    "transcript will be e-mailed",
    "transcript will be emailed",
];

/// Where the canned phrases are looked for: each by its last `b` or `c`. Every phrase has one,
/// they are rarer in chat text than spaces (a byte in twenty), and the two differ in one bit, so
/// one compare finds either in either case.
struct CannedIndex {
    /// For a byte two before the anchor, one before, the anchor, one after and two after: the
    /// phrases (one bit each) that may have it there, in either ASCII case (byte 0 also stands
    /// for "no byte").
    near: [[u32; 256]; 5],
    /// Where each phrase's anchor is in it.
    at: [usize; CANNED.len()],
    /// The length of the shortest phrase: a shorter line ("ok", "thanks!") holds none.
    shortest: usize,
}

static CANNED_INDEX: CannedIndex = canned_index();

const fn canned_index() -> CannedIndex {
    assert!(CANNED.len() <= 32, "one bit per phrase");
    let mut near = [[0u32; 256]; 5];
    let mut at = [usize::MAX; CANNED.len()];
    let mut shortest = usize::MAX;
    let mut p = 0;
    while p < CANNED.len() {
        let b = CANNED[p].as_bytes();
        if b.len() < shortest {
            shortest = b.len();
        }
        let mut i = 0;
        while i < b.len() {
            if matches!(b[i], b'b' | b'c') {
                at[p] = i;
            }
            i += 1;
        }
        assert!(at[p] != usize::MAX, "every canned phrase has a b or a c");
        let mut k = 0;
        while k < 5 {
            let pos = at[p] as isize + k as isize - 2;
            if pos < 0 || pos as usize >= b.len() {
                // Outside the phrase: any byte, or none.
                let mut c = 0;
                while c < 256 {
                    near[k][c] |= 1 << p;
                    c += 1;
                }
            } else {
                let c = b[pos as usize];
                near[k][c.to_ascii_lowercase() as usize] |= 1 << p;
                near[k][c.to_ascii_uppercase() as usize] |= 1 << p;
            }
            k += 1;
        }
        p += 1;
    }
    assert!(
        shortest >= 8,
        "a line that may hold a phrase is a word long"
    );
    CannedIndex { near, at, shortest }
}

/// True for one of the chat system's canned lines ("Guest 4F2A has joined the chat."): a line
/// that starts with a canned phrase, or has one inside and no "I" in it (ASCII case ignored).
// Inlined into the line loop, its one caller (a call a line saved and restored registers).
#[inline(always)]
pub fn is_canned(text: &str) -> bool {
    const MAX: usize = 160;
    // `trim`'s usual case inline: a line that starts and ends with a visible ASCII byte.
    let visible = |c: Option<&u8>| c.is_some_and(|c| (0x21..0x80).contains(c));
    let t = if visible(text.as_bytes().first()) && visible(text.as_bytes().last()) {
        text
    } else {
        trim(text)
    };
    let ix = &CANNED_INDEX;
    if t.len() > MAX || t.len() < ix.shortest {
        return false;
    }
    let b = t.as_bytes();
    let n = b.len();
    // Where the anchors are, a bit a byte, sixteen bytes at a time without a branch; then one
    // loop over the anchors, which branches only where the bytes around one fit a phrase
    // (seldom). A test of each block of the line mispredicts as often as anchors come and go.
    let mut masks = [0u64; MAX.div_ceil(64) + 1];
    let mut at = 0;
    while at < n {
        // Sixteen bytes a step (eight in a line shorter than sixteen); the last step ends the
        // line, the bytes read already masked off.
        let step = if n >= 16 { 16 } else { 8 };
        let (base, skip) = if at + step <= n {
            (at, 0)
        } else {
            (n - step, at - (n - step))
        };
        let bits = anchor_bits(&b[base..base + step]) >> skip << skip;
        let (k, off) = (base / 64, base % 64);
        masks[k] |= bits << off;
        // The bits past the end of `masks[k]` (none when the step starts at a multiple of 16).
        masks[k + 1] |= (bits >> 1) >> (63 - off);
        at = base + step;
    }
    let byte = |i: usize| usize::from(b.get(i).copied().unwrap_or(0));
    let mut inside = false;
    for (k, &mask) in masks.iter().enumerate() {
        let mut m = mask;
        while m != 0 {
            // An anchor at `s` in the line; most are no phrase's by the bytes next to them.
            let s = 64 * k + m.trailing_zeros() as usize;
            m &= m - 1;
            let mut maybe = ix.near[2][byte(s)]
                & ix.near[1][byte(s.wrapping_sub(1))]
                & ix.near[3][byte(s + 1)]
                & ix.near[0][byte(s.wrapping_sub(2))]
                & ix.near[4][byte(s + 2)];
            while maybe != 0 {
                let p = maybe.trailing_zeros() as usize;
                maybe &= maybe - 1;
                let phrase = CANNED[p].as_bytes();
                let Some(start) = s.checked_sub(ix.at[p]) else {
                    continue;
                };
                if b.get(start..start + phrase.len())
                    .is_some_and(|w| w.eq_ignore_ascii_case(phrase))
                {
                    if start == 0 {
                        return true;
                    }
                    inside = true;
                }
            }
        }
    }
    // A phrase inside a line is the system's unless a person speaks in the first person.
    inside && !first_person(b)
}

/// Bit `k` set when `block[k]` (of 8 or 16 bytes) is b, c, B or C.
#[inline(always)]
fn anchor_bits(block: &[u8]) -> u64 {
    if block.len() == 16 {
        return anchor_bits16(block);
    }
    // The high bit of each such byte moved to the byte's low bit, then the eight gathered into
    // the top byte by one product (no two of its partial sums meet), and brought down.
    let v = u64::from_le_bytes(block.try_into().unwrap_or([0; 8]));
    ((anchors_in(v) >> 7).wrapping_mul(0x0102_0408_1020_4080)) >> 56
}

/// [`anchor_bits`] of sixteen bytes: one SSE2 compare.
#[cfg(target_arch = "x86_64")]
#[inline(always)]
fn anchor_bits16(block: &[u8]) -> u64 {
    use std::arch::x86_64::*;
    // SAFETY: SSE2 is part of every x86_64 target.
    unsafe {
        let v = super::finds::load16(block, 0);
        // b, c, B and C are 0x62 once bit 5 is set and bit 0 cleared.
        let folded = _mm_and_si128(
            _mm_or_si128(v, _mm_set1_epi8(0x20)),
            _mm_set1_epi8(0xfeu8 as i8),
        );
        u64::from(_mm_movemask_epi8(_mm_cmpeq_epi8(folded, _mm_set1_epi8(0x62))) as u16)
    }
}

/// [`anchor_bits`] of sixteen bytes.
#[cfg(not(target_arch = "x86_64"))]
#[inline(always)]
fn anchor_bits16(block: &[u8]) -> u64 {
    (0..16).fold(0, |m, k| {
        m | u64::from((block[k] | 0x20) & 0xfe == 0x62) << k
    })
}

/// The high bit of each byte of `v` (little-endian) that is b, c, B or C.
fn anchors_in(v: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    // Those four bytes become 0 and every other byte even and not 0, so no borrow passes a
    // byte that is not 0: the test is exact.
    let y = ((v | 0x2020_2020_2020_2020) ^ 0x6262_6262_6262_6262) & !ONES;
    y.wrapping_sub(ONES) & !y & (ONES << 7)
}

/// True when a line has the word "I" (`i ` at its start or ` i ` inside, either case).
fn first_person(b: &[u8]) -> bool {
    let i = |c: u8| c | 0x20 == b'i';
    (b.len() >= 2 && i(b[0]) && b[1] == b' ')
        || b.windows(3)
            .any(|w| w[0] == b' ' && i(w[1]) && w[2] == b' ')
}

/// `str::trim`, deciding the usual ends (ASCII) byte by byte: only a non-ASCII end needs the
/// Unicode table.
pub fn trim(s: &str) -> &str {
    // Most texts start and end with a visible ASCII byte: nothing to trim.
    let visible = |c: Option<&u8>| c.is_some_and(|c| (0x21..0x80).contains(c));
    if visible(s.as_bytes().first()) && visible(s.as_bytes().last()) {
        return s;
    }
    // char::is_whitespace's ASCII members: space, and tab to carriage return (with \x0b).
    let space = |c: &u8| matches!(c, b' ' | b'\t'..=b'\r');
    let b = s.as_bytes();
    let start = b.iter().position(|c| !space(c)).unwrap_or(b.len());
    let end = b.iter().rposition(|c| !space(c)).map_or(start, |i| i + 1);
    let t = &s[start..end];
    match (t.as_bytes().first(), t.as_bytes().last()) {
        (Some(first), Some(last)) if !first.is_ascii() || !last.is_ascii() => t.trim(),
        _ => t,
    }
}

/// The most lines of a transcript that are read: a chat has hundreds at most, and each line read
/// takes 24 bytes however short it is (a hostile record of millions of one-letter lines would take
/// many times its size). A transcript with as many is marked for review.
pub const MAX_LINES: usize = 1 << 16;

/// Reads a transcript: each line's role and text (continuations take the previous line's role).
/// `is_staff_label` may recognise more staff labels (a label naming a library).
pub fn read<'a>(
    transcript: &'a str,
    patron_name: &str,
    is_staff_label: impl Fn(&str) -> bool,
) -> Transcript<'a> {
    let mut lines = Vec::new();
    read_into(transcript, patron_name, is_staff_label, &mut lines);
    Transcript { lines }
}

thread_local! {
    /// The parsed lines and the speakers of the transcript this thread read last, kept for
    /// their room (two allocations a chat otherwise).
    static SCRATCH: Cell<Scratch> = const { Cell::new((Vec::new(), Vec::new())) };
}

/// Each line's speaker and text, and the speakers with their looks.
type Scratch = (Vec<(Option<usize>, &'static str)>, Vec<Speaker<'static>>);

/// A speaker label of the transcript being read, how it looks, and the forms of line in which
/// it can be recognised by its bytes alone (see [`said_by_known`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Speaker<'a> {
    label: &'a str,
    looks: Looks,
    /// The role of its lines when it is not the patron (see [`read_in_one_pass`]).
    role: Role,
    /// Not empty and no ": " in it: before ": " it is what `speaker_colon` finds.
    colon: bool,
    /// No tab in it: before a tab it is what the tab form finds.
    tab: bool,
}

impl<'a> Speaker<'a> {
    /// `tab_form`: the label was read before a tab, so it holds none; else before the first
    /// ": " (or it is "System"), so it holds no ": " and is not empty.
    #[cfg(test)]
    fn new(label: &'a str, looks: Looks, tab_form: bool) -> Self {
        let b = label.as_bytes();
        Speaker {
            role: role_apart(looks),
            label,
            looks,
            colon: !tab_form || (!b.is_empty() && !holds(b, b": ")),
            tab: tab_form || memchr::memchr(b'\t', b).is_none(),
        }
    }
}

/// What a speaker label's own bytes say of it, the same in every transcript: its look when the
/// export names no patron, and whether it holds ": " and a tab (see [`Speaker`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct LabelFacts {
    looks: Looks,
    colon_space: bool,
    tab: bool,
}

impl LabelFacts {
    fn of(label: &str) -> LabelFacts {
        let b = label.as_bytes();
        LabelFacts {
            looks: looks(label, ""),
            colon_space: holds(b, b": "),
            tab: find(b'\t', b).is_some(),
        }
    }
}

/// Sets of the labels whose facts a thread remembers, two labels a set, chosen by a label's
/// hash: a label read once (a guest's number) then puts out only the set's older label.
const LABEL_SLOTS: usize = 2048;

thread_local! {
    /// The facts of the labels this thread read last, the two of each set (by its hash) at
    /// `2 * set` (the one read last) and `2 * set + 1`. Labels repeat across a service's chats
    /// (the system's, its librarians', "Patron"), and their look is a few hundred instructions.
    static LABELS: RefCell<Vec<(String, LabelFacts)>> = const { RefCell::new(Vec::new()) };
}

/// The set of a label: its length and its first and last eight bytes (or fewer), mixed.
fn label_slot(b: &[u8]) -> usize {
    let n = b.len();
    let word = |w: &[u8]| u64::from_le_bytes(w.try_into().expect("8 bytes"));
    let half = |w: &[u8]| u64::from(u32::from_le_bytes(w.try_into().expect("4 bytes")));
    let w = match n {
        8.. => word(&b[..8]) ^ word(&b[n - 8..]).rotate_left(29),
        4..=7 => half(&b[..4]) | half(&b[n - 4..]) << 32,
        1..=3 => u64::from(b[0]) | u64::from(b[n / 2]) << 8 | u64::from(b[n - 1]) << 16,
        0 => 0,
    };
    let h = (w ^ n as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    (h >> (64 - LABEL_SLOTS.trailing_zeros())) as usize
}

/// The longest label a thread remembers: a tab-separated line's label can be most of a 4 MiB
/// field, and the slots' memory stays bounded (4,096 labels of at most this) on any input.
const REMEMBERED_LABEL: usize = 120;

/// [`LabelFacts::of`] a label, remembered by the thread when short (as labels are).
fn label_facts(label: &str) -> LabelFacts {
    if label.len() > REMEMBERED_LABEL {
        return LabelFacts::of(label);
    }
    LABELS.with_borrow_mut(|slots| {
        if slots.is_empty() {
            // Every slot starts as the empty label's, which it then holds truly.
            slots.resize(2 * LABEL_SLOTS, (String::new(), LabelFacts::of("")));
        }
        let set = 2 * label_slot(label.as_bytes());
        if slots[set].0 != label {
            if slots[set + 1].0 != label {
                // The older label gives its place.
                let old = &mut slots[set + 1];
                old.0.clear();
                old.0.push_str(label);
                old.1 = LabelFacts::of(label);
            }
            slots.swap(set, set + 1);
        }
        slots[set].1
    })
}

/// The speaker of a label first read in a transcript (`tab_form` as for `Speaker::new`),
/// `patron` the export's patron name trimmed: what `Speaker::new` gives of `looks(label,
/// patron)`, made staff by `is_staff_label` when it looks like no one, from the label's
/// remembered facts.
fn speaker<'a>(
    label: &'a str,
    patron: &str,
    tab_form: bool,
    is_staff_label: impl Fn(&str) -> bool,
) -> Speaker<'a> {
    let f = label_facts(label);
    let mut looks = f.looks;
    // `looks` tests the patron's name after the system's labels.
    if looks != Looks::System && !patron.is_empty() && label.eq_ignore_ascii_case(patron) {
        looks = Looks::Patron;
    }
    if looks == Looks::Unknown && is_staff_label(label) {
        looks = Looks::Staff;
    }
    Speaker {
        label,
        looks,
        role: role_apart(looks),
        colon: !tab_form || (!label.is_empty() && !f.colon_space),
        tab: tab_form || !f.tab,
    }
}

/// The role of a speaker who looks so and is not the patron: another guest-looking label than
/// the patron's (rare) is not staff either.
fn role_apart(looks: Looks) -> Role {
    match looks {
        Looks::System => Role::System,
        Looks::Patron => Role::Patron,
        _ => Role::Staff,
    }
}

/// The speakers of a transcript by label, once there are more than [`FEW_SPEAKERS`]: a line's
/// label is then looked up, not compared with every label read (a transcript can have a new
/// label on every line).
type ByLabel<'a> = HashMap<&'a str, usize>;

/// The most speakers a transcript's lines are compared with one by one (most have two to five).
const FEW_SPEAKERS: usize = 8;

/// The speaker and text of a timed line (`rest`, after its time) that starts with a label
/// already read and its separator, without searching the line: the previous line's speaker is
/// tried first. What `parse_line` would find, as the label's own bytes hold no earlier
/// separator and are trimmed (`Speaker::colon`, `Speaker::tab`); `None` leaves it to
/// `parse_line`. `by_label`: the speakers by label, when there are many.
// Inlined into the line loop: a call a line saved and restored registers.
#[inline(always)]
fn said_by_known<'a>(
    rest: &'a str,
    tab: bool,
    speakers: &[Speaker<'_>],
    by_label: Option<&ByLabel<'_>>,
    last: usize,
) -> Option<(usize, &'a str)> {
    let b = rest.as_bytes();
    let says = |s: &Speaker| -> Option<&'a str> {
        let n = s.label.len();
        // The separator by the label's length before the label's bytes.
        // Each part tested, then one branch: whether a line's speaker is the last line's is as
        // unpredictable as the conversation.
        let sep = if tab {
            s.tab & (b.get(n) == Some(&b'\t'))
        } else {
            // `speaker_colon` looks for the colon in the first 120 bytes.
            s.colon
                & (n < 120)
                & (b.get(n) == Some(&b':'))
                & b.get(n + 1).is_none_or(|&c| c == b' ')
        };
        (sep && &b[..n] == s.label.as_bytes())
            .then(|| rest.get(n + 1 + usize::from(!tab)..).unwrap_or(""))
    };
    if let Some(text) = speakers.get(last).and_then(says) {
        return Some((last, text));
    }
    let Some(by_label) = by_label else {
        return speakers
            .iter()
            .enumerate()
            .find_map(|(i, s)| says(s).map(|t| (i, t)));
    };
    // Only the label before the line's first separator can be one that `says` finds: such a
    // label holds no separator (a tab; ": " or a colon at the end), and labels are distinct.
    let n = if tab {
        memchr::memchr(b'\t', b)?
    } else {
        label_colon(b)?
    };
    let &i = by_label.get(&rest[..n])?;
    says(&speakers[i]).map(|t| (i, t))
}

/// The speaker of `label` among those read (`by_label` as for [`said_by_known`]).
#[inline(always)]
fn speaker_of(
    speakers: &[Speaker<'_>],
    by_label: Option<&ByLabel<'_>>,
    label: &str,
) -> Option<usize> {
    match by_label {
        Some(by_label) => by_label.get(label).copied(),
        None => speakers.iter().position(|s| s.label == label),
    }
}

/// Puts the speaker read last in `by_label`, which is made when the speakers become many.
#[inline(always)]
fn index_last<'a>(speakers: &[Speaker<'a>], by_label: &mut Option<ByLabel<'a>>) {
    match by_label {
        Some(by_label) => {
            let i = speakers.len() - 1;
            by_label.insert(speakers[i].label, i);
        }
        None if speakers.len() > FEW_SPEAKERS => {
            *by_label = Some(
                speakers
                    .iter()
                    .enumerate()
                    .map(|(i, s)| (s.label, i))
                    .collect(),
            );
        }
        None => {}
    }
}

/// An empty vector with `v`'s room, for items of the same size that borrow for another
/// lifetime: collected in place, it keeps the allocation.
pub fn emptied<T, U>(mut v: Vec<T>) -> Vec<U> {
    v.clear();
    v.into_iter().map(|_| unreachable!("emptied")).collect()
}

/// [`read`] into `lines` (cleared first), whose room is reused.
pub fn read_into<'a>(
    transcript: &'a str,
    patron_name: &str,
    is_staff_label: impl Fn(&str) -> bool,
    lines: &mut Vec<(Role, &'a str)>,
) {
    let (read, maybe_names) =
        read_in_one_pass(transcript, patron_name, &is_staff_label, lines, false);
    if read && !maybe_names {
        return;
    }
    read_again(transcript, patron_name, is_staff_label, lines, read);
}

/// [`read_into`] after a first pass that did not read the transcript (`read` false: in two
/// passes), or met a line that starts with an unknown name: when the whole transcript is
/// labelled so, the lines read as the line before's are read again by the names of who spoke.
// Seldom needed: kept out of `read_into`, which is inlined into each chat's reading.
#[cold]
#[inline(never)]
fn read_again<'a>(
    transcript: &'a str,
    patron_name: &str,
    is_staff_label: impl Fn(&str) -> bool,
    lines: &mut Vec<(Role, &'a str)>,
    read: bool,
) {
    let Some(first_name) = labelled_by_names(transcript) else {
        if !read {
            read_in_two_passes(transcript, patron_name, is_staff_label, lines, false);
        }
        return;
    };
    // The patron's name, when the export gives none: "JANE ROE" is then "Jane Roe" too.
    let patron = match trim(patron_name) {
        "" => first_name,
        _ => patron_name,
    };
    if !read_in_one_pass(transcript, patron, &is_staff_label, lines, true).0 {
        read_in_two_passes(transcript, patron, is_staff_label, lines, true);
    }
}

/// [`read_into`] with each line's role decided as it is read, the patron being the first
/// patron-looking label so far, else the first that looks like no one. False (and `lines` to be
/// read again) when a patron-looking label comes after one that looks like no one: that one's
/// lines, the patron's until then, are staff's. Also whether a line without a time started
/// with a name not read as a speaker's (`names`: any name is one).
fn read_in_one_pass<'a>(
    transcript: &'a str,
    patron_name: &str,
    is_staff_label: impl Fn(&str) -> bool,
    lines: &mut Vec<(Role, &'a str)>,
    names: bool,
) -> (bool, bool) {
    let (parsed, speakers) = SCRATCH.take();
    let mut speakers: Vec<Speaker<'a>> = emptied(speakers);
    lines.clear();
    // The speaker of the last line with one: most lines are by the same speaker as the last.
    let mut last = 0;
    let patron = trim(patron_name);
    // Whether a patron-looking label, and one that looks like no one, have been read.
    let (mut guest, mut unknown) = (false, false);
    let mut current = Role::System;
    let mut read = true;
    let mut maybe_names = false;
    let mut by_label = None;
    // `lines_of` ends a line at a carriage return: it holds none to take off.
    for line in lines_of(transcript) {
        if lines.len() == MAX_LINES {
            break;
        }
        let timed = strip_time(line);
        let known = timed
            .and_then(|(rest, tab)| said_by_known(rest, tab, &speakers, by_label.as_ref(), last));
        let text = match known {
            Some((i, text)) => {
                last = i;
                current = speakers[i].role;
                text
            }
            None => match parse_after_time(line, timed, patron, names) {
                Some(l) => {
                    let i = match speaker_of(&speakers, by_label.as_ref(), l.speaker) {
                        Some(i) => i,
                        None => {
                            let tab_form = timed.is_some_and(|t| t.1);
                            let mut s = speaker(l.speaker, patron, tab_form, &is_staff_label);
                            match s.looks {
                                Looks::Patron if unknown && !guest => {
                                    read = false;
                                    break;
                                }
                                Looks::Patron => guest = true,
                                Looks::Unknown if !guest && !unknown => {
                                    unknown = true;
                                    s.role = Role::Patron;
                                }
                                Looks::Unknown => unknown = true,
                                _ => {}
                            }
                            speakers.push(s);
                            index_last(&speakers, &mut by_label);
                            speakers.len() - 1
                        }
                    };
                    last = i;
                    current = speakers[i].role;
                    l.text
                }
                None => {
                    maybe_names |= !names
                        && timed.is_none()
                        && speaker_colon(line).is_some_and(|(l, _)| name_like(l));
                    line
                }
            },
        };
        // A system notice under a person's label is still the system's ("Guest has left the chat").
        let role = if current != Role::System && is_canned(text) {
            Role::System
        } else {
            current
        };
        lines.push((role, text));
    }
    SCRATCH.set((parsed, emptied(speakers)));
    (read, maybe_names)
}

/// [`read_into`] in two passes: each line's speaker, then its role once the patron is known.
// Seldom needed: kept out of `read_into`.
#[cold]
#[inline(never)]
fn read_in_two_passes<'a>(
    transcript: &'a str,
    patron_name: &str,
    is_staff_label: impl Fn(&str) -> bool,
    lines: &mut Vec<(Role, &'a str)>,
    names: bool,
) {
    // Each line's speaker (an index into `speakers`; none for a continuation) and text.
    let (parsed, speakers) = SCRATCH.take();
    let mut parsed: Vec<(Option<usize>, &'a str)> = emptied(parsed);
    let mut speakers: Vec<Speaker<'a>> = emptied(speakers);
    // The speaker of the last line with one: most lines are by the same speaker as the last.
    let mut last = 0;
    let patron = trim(patron_name);
    let mut by_label = None;
    for raw in lines_of(transcript) {
        if parsed.len() == MAX_LINES {
            break;
        }
        let line = without_crs(raw);
        let timed = strip_time(line);
        if let Some((rest, tab)) = timed {
            if let Some((i, text)) = said_by_known(rest, tab, &speakers, by_label.as_ref(), last) {
                last = i;
                parsed.push((Some(i), text));
                continue;
            }
        }
        match parse_after_time(line, timed, patron, names) {
            Some(l) => {
                let i = match speaker_of(&speakers, by_label.as_ref(), l.speaker) {
                    Some(i) => i,
                    None => {
                        let tab_form = timed.is_some_and(|t| t.1);
                        speakers.push(speaker(l.speaker, patron, tab_form, &is_staff_label));
                        index_last(&speakers, &mut by_label);
                        speakers.len() - 1
                    }
                };
                last = i;
                parsed.push((Some(i), l.text));
            }
            None => parsed.push((None, line)),
        }
    }
    // The patron: a patron-looking label, else the first speaker who is neither system nor staff.
    let patron = speakers
        .iter()
        .position(|s| s.looks == Looks::Patron)
        .or_else(|| speakers.iter().position(|s| s.looks == Looks::Unknown));
    let role_of = |i: usize| -> Role {
        if Some(i) == patron {
            return Role::Patron;
        }
        match speakers[i].looks {
            Looks::System => Role::System,
            // Another guest-looking label than the patron's (rare) is not staff either.
            Looks::Patron => Role::Patron,
            _ => Role::Staff,
        }
    };
    lines.clear();
    lines.reserve(parsed.len());
    let mut current = Role::System;
    for &(speaker, text) in &parsed {
        if let Some(i) = speaker {
            current = role_of(i);
        }
        // A system notice under a person's label is still the system's ("Guest has left the chat").
        let role = if current != Role::System && is_canned(text) {
            Role::System
        } else {
            current
        };
        lines.push((role, text));
    }
    // A very long transcript's room is not kept.
    if parsed.capacity() <= KEEP_LINES {
        SCRATCH.set((emptied(parsed), emptied(speakers)));
    }
}

/// The most lines whose room a thread keeps between transcripts.
pub const KEEP_LINES: usize = 4096;

/// The lines of a text, split at `\n`, `\r\n` or a lone `\r` (LibraryH3lp separates messages
/// with a carriage return alone); split with memchr: transcripts are long.
fn lines_of(text: &str) -> Lines<'_> {
    Lines {
        text,
        start: Some(0),
        ends: finds(text.as_bytes(), b'\r', b'\n'),
    }
}

/// The iterator of [`lines_of`].
struct Lines<'a> {
    text: &'a str,
    /// Where the next line starts; none after the last.
    start: Option<usize>,
    /// The carriage returns and line feeds from there on.
    ends: Finds<'a>,
}

impl<'a> Iterator for Lines<'a> {
    type Item = &'a str;

    // Inlined into the line loops (a call a line otherwise).
    #[inline(always)]
    fn next(&mut self) -> Option<&'a str> {
        let b = self.text.as_bytes();
        let from = self.start?;
        let end = self.ends.next().unwrap_or(b.len());
        // The \n of a \r\n ends nothing: the \r before it ended the line.
        let crlf = b[end..].starts_with(b"\r\n");
        if crlf {
            self.ends.next();
        }
        self.start = (end < b.len()).then(|| end + 1 + usize::from(crlf));
        Some(&self.text[from..end])
    }
}

/// A transcript or question as plain text: the HTML some exports write (QuestionPoint's
/// `<p>…</p>` or `<br>` between messages, `<b>Name</b>:` labels) read as lines, its entities
/// decoded ([`decode_entities`]). Only a known tag is markup: "x < y", "<3" and
/// "<jane@example.org>" stay as they are.
pub fn plain_text(s: &str) -> Cow<'_, str> {
    // Most texts have neither a tag nor an entity: one search says so.
    let Some(first) = memchr::memchr2(b'<', b'&', s.as_bytes()) else {
        return Cow::Borrowed(s);
    };
    if memchr::memchr(b'<', &s.as_bytes()[first..]).is_none() {
        return decode_entities(s);
    }
    let b = s.as_bytes();
    let mut out = String::with_capacity(s.len());
    let mut done = 0;
    let mut unclosed = false;
    for i in memchr::memchr_iter(b'<', b) {
        if i < done {
            continue;
        }
        let Some((mut len, tag)) = html_tag(&b[i..]) else {
            continue;
        };
        match tag {
            Tag::Hidden { closing: false } => {
                // A style sheet or a script is no one's words, up to its closing tag; without
                // one it is a patron's words about a tag ("how do I add a <script> tag?").
                // (None closes after one that found none: searched once, the text stays linear.)
                let end = if unclosed {
                    None
                } else {
                    hidden_end(&b[i + len..])
                };
                let Some(end) = end else {
                    unclosed = true;
                    continue;
                };
                len += end;
            }
            Tag::Break => {
                out.push_str(&s[done..i]);
                if !out.is_empty() && !out.ends_with('\n') {
                    out.push('\n');
                }
                done = i + len;
                continue;
            }
            Tag::Inline | Tag::Hidden { closing: true } => {}
        }
        out.push_str(&s[done..i]);
        done = i + len;
    }
    out.push_str(&s[done..]);
    match decode_entities(&out) {
        Cow::Borrowed(_) => Cow::Owned(out),
        Cow::Owned(decoded) => Cow::Owned(decoded),
    }
}

/// What an HTML tag does to the text around it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tag {
    /// Ends a line: a paragraph, a line break, a list item, a table row.
    Break,
    /// Nothing: bold, a link, a span (their words stay).
    Inline,
    /// `<style>`, `<script>`: the words up to its closing tag are not read.
    Hidden { closing: bool },
}

/// The tags read as markup, by name (lower case).
const BREAK_TAGS: [&str; 16] = [
    "br",
    "p",
    "div",
    "li",
    "tr",
    "hr",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "pre",
    "table",
    "dt",
];
const INLINE_TAGS: [&str; 21] = [
    "b", "i", "u", "s", "em", "strong", "span", "font", "a", "small", "big", "sub", "sup", "code",
    "ul", "ol", "td", "th", "img", "label", "time",
];

/// The longest tag read as markup, attributes and all: a '<' with no '>' this near is text.
const MAX_TAG: usize = 512;

/// Where the first closing `</style>` or `</script>` in `b` ends.
fn hidden_end(b: &[u8]) -> Option<usize> {
    memchr::memchr_iter(b'<', b).find_map(|j| match html_tag(&b[j..]) {
        Some((len, Tag::Hidden { closing: true })) => Some(j + len),
        _ => None,
    })
}

/// The length and kind of the HTML tag `b` starts with (`<br>`, `</p>`, `<br/>`,
/// `<a href="…">`), if it is one of the known tags.
fn html_tag(b: &[u8]) -> Option<(usize, Tag)> {
    let closing = b.get(1) == Some(&b'/');
    let name_start = 1 + usize::from(closing);
    let name_len = b[name_start.min(b.len())..]
        .iter()
        .take_while(|c| c.is_ascii_alphanumeric())
        .count();
    if name_len == 0 || name_len > 10 {
        return None;
    }
    let name = std::str::from_utf8(&b[name_start..name_start + name_len])
        .ok()?
        .to_ascii_lowercase();
    let after = name_start + name_len;
    // The name ends at '>', '/', or white space before attributes.
    let end = match b.get(after)? {
        b'>' => after + 1,
        b'/' | b' ' | b'\t' | b'\n' | b'\r' => {
            after + memchr::memchr(b'>', &b[after..b.len().min(MAX_TAG)])? + 1
        }
        _ => return None,
    };
    let tag = if BREAK_TAGS.contains(&name.as_str()) {
        Tag::Break
    } else if INLINE_TAGS.contains(&name.as_str()) {
        Tag::Inline
    } else if name == "style" || name == "script" {
        Tag::Hidden { closing }
    } else {
        return None;
    };
    Some((end, tag))
}

/// Decodes the HTML entities chat systems write (`&amp;`, `&#x27;`, `&#39;`, `&quot;`, …); the
/// text itself when it has none (a bare "&" as in "Barnes & Noble" is not one).
pub fn decode_entities(s: &str) -> Cow<'_, str> {
    // The text is copied from its first entity on.
    let mut out: Option<String> = None;
    let mut done = 0;
    for i in memchr::memchr_iter(b'&', s.as_bytes()) {
        if i < done {
            continue;
        }
        let Some((c, len)) = entity(&s[i..]) else {
            continue;
        };
        let out = out.get_or_insert_with(|| String::with_capacity(s.len()));
        out.push_str(&s[done..i]);
        out.push(c);
        done = i + len;
    }
    match out {
        None => Cow::Borrowed(s),
        Some(mut out) => {
            out.push_str(&s[done..]);
            Cow::Owned(out)
        }
    }
}

/// The character of the entity `rest` starts with ("&amp;…") and the entity's length.
fn entity(rest: &str) -> Option<(char, usize)> {
    // An entity is short and ASCII: look for its ';' in the first 12 bytes only.
    let e = rest.as_bytes()[..rest.len().min(12)]
        .iter()
        .position(|&b| b == b';')?;
    let name = &rest[1..e];
    let c = match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" => '\u{a0}',
        _ => {
            let num = name.strip_prefix('#')?;
            let n = match num.strip_prefix(['x', 'X']) {
                Some(h) => u32::from_str_radix(h, 16).ok()?,
                None => num.parse().ok()?,
            };
            char::from_u32(n)?
        }
    };
    Some((c, e + 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_transcripts_are_read_as_lines_of_plain_text() {
        for (html, want) in [
            (
                "<p>2:51 PM <b>Bri</b>: the chat froze &amp; i lost it</p><p>2:52 PM <b>Tanya</b>: ok</p>",
                "2:51 PM Bri: the chat froze & i lost it\n2:52 PM Tanya: ok\n",
            ),
            ("a<br>b<BR/>c<br />d", "a\nb\nc\nd"),
            ("<div class=\"msg\">hi</div>\n<div>there</div>", "hi\n\nthere\n"),
            (
                "see <a href=\"https://x.org/a?b=1&amp;c=2\">the page</a>",
                "see the page",
            ),
            ("<style>p { color: red }</style>text", "text"),
            // Without its closing tag, a script or style tag is words about one.
            (
                "how do I add a <script> tag?\nemail me at jane@gmail.com",
                "how do I add a <script> tag?\nemail me at jane@gmail.com",
            ),
            ("<STYLE>x</Style>a <style> b <script> c", "a <style> b <script> c"),
            // Not markup: comparisons, hearts, an address in brackets, an escaped tag.
            ("x < y and <3", "x < y and <3"),
            ("mail <jane@example.org> ok", "mail <jane@example.org> ok"),
            ("&lt;b&gt; is bold", "<b> is bold"),
            ("a <b unclosed", "a <b unclosed"),
            ("<blink>x</blink>", "<blink>x</blink>"),
        ] {
            assert_eq!(plain_text(html), want, "{html:?}");
        }
        assert!(matches!(plain_text("no markup here"), Cow::Borrowed(_)));
    }

    proptest::proptest! {
        /// Text without a '<' is what decoding its entities gives.
        #[test]
        fn text_without_tags_is_its_entities_decoded(s in "[^<]{0,80}") {
            proptest::prop_assert_eq!(plain_text(&s), decode_entities(&s));
        }

        /// Tags and words in any order: the words are kept, in order, and only the break tags
        /// become line ends.
        #[test]
        fn tags_are_taken_out_and_breaks_become_line_ends(
            parts in proptest::collection::vec(
                proptest::prop_oneof![
                    "[a-z ]{1,8}",
                    proptest::strategy::Just("<br>".to_string()),
                    proptest::strategy::Just("</p>".to_string()),
                    proptest::strategy::Just("<b>".to_string()),
                    proptest::strategy::Just("<span class=\"x\">".to_string()),
                ],
                0..20,
            ),
        ) {
            let html: String = parts.concat();
            let mut want = String::new();
            for p in &parts {
                match p.as_str() {
                    "<br>" | "</p>" => {
                        if !want.is_empty() && !want.ends_with('\n') {
                            want.push('\n');
                        }
                    }
                    p if p.starts_with('<') => {}
                    p => want.push_str(p),
                }
            }
            proptest::prop_assert_eq!(plain_text(&html), want);
        }
    }

    #[test]
    fn line_forms() {
        let l = parse_line("14:22:09 - Kelly - Calvert Library: hi there").unwrap();
        assert_eq!((l.speaker, l.text), ("Kelly - Calvert Library", "hi there"));
        let l = parse_line("[2:22:09 PM] Librarian (Kelly, Enoch Pratt Free Library): Hi").unwrap();
        assert_eq!(l.speaker, "Librarian (Kelly, Enoch Pratt Free Library)");
        let l = parse_line("5:26PM guest@web.libraryh3lp.com: my card: 1234").unwrap();
        assert_eq!(
            (l.speaker, l.text),
            ("guest@web.libraryh3lp.com", "my card: 1234")
        );
        let l = parse_line("00:02\tJamal\twhy: this?").unwrap();
        assert_eq!((l.speaker, l.text), ("Jamal", "why: this?"));
        assert_eq!(parse_line("  Title: \"Becoming\""), None);
        // Role words without a time, in any case, alone or before a space.
        assert_eq!(
            parse_line("GUEST 2: hi").map(|l| l.speaker),
            Some("GUEST 2")
        );
        assert_eq!(parse_line("Patrons: hi"), None);
        assert_eq!(
            parse_line("Librarian:"),
            Some(Line {
                speaker: "Librarian",
                text: ""
            })
        );
        assert_eq!(parse_line("see https://x.org/a:b"), None);
        let l = parse_line("Patron: hello").unwrap();
        assert_eq!(l.speaker, "Patron");
    }

    #[test]
    fn line_forms_with_a_date_and_a_zone() {
        for line in [
            "2026-03-01T20:47:31-06:00 - Sam: i need permits",
            "2026-03-01T20:47:31Z Sam: i need permits",
            "2026-03-01T20:47:31.250+0100 - Sam: i need permits",
            "2026-03-01 20:47:31 Sam: i need permits",
            "2026-03-01 20:47 - Sam: i need permits",
            "[2026-03-01 20:47:31] Sam: i need permits",
            "[03/01/2026 8:47:31 PM EST] Sam: i need permits",
            "3/1/26, 8:47 PM - Sam: i need permits",
            "20:47:31-06:00 - Sam: i need permits",
            "8:47 pm CST Sam: i need permits",
        ] {
            let l = parse_line(line).unwrap_or_else(|| panic!("{line:?}"));
            assert_eq!((l.speaker, l.text), ("Sam", "i need permits"), "{line:?}");
        }
        let l = parse_line("2026-03-01T20:47:31-06:00\tSam\thi").unwrap();
        assert_eq!((l.speaker, l.text), ("Sam", "hi"));
        // A date with no time, or a time run into a word, is no time.
        for line in [
            "2026-03-01 Sam: hi",
            "3/1/2026 is when I returned it",
            "2026-03-01T20:47xyz Sam: hi",
        ] {
            assert_eq!(parse_line(line), None, "{line:?}");
        }
    }

    proptest::proptest! {
        /// Every way of writing a message's time that the longer form knows, before a speaker
        /// and text: the speaker and the text found whole; and the short forms read the same by
        /// both readers.
        #[test]
        fn a_time_in_any_written_form_is_taken_off_the_line(
            date in 0usize..5, sep in 0usize..3, seconds in 0usize..3, half in 0usize..3,
            zone in 0usize..6, bracket: bool, tab: bool, dash: bool,
            h in 0u32..24, m in 0u32..60,
        ) {
            let date = ["", "2026-03-01", "03/01/2026", "3/1/26", "12/31/1999"][date];
            let sep = if date.is_empty() { "" } else { ["T", " ", ", "][sep] };
            let seconds = ["", ":07", ":07.125"][seconds];
            // A numeric zone follows digits; after AM or PM a zone is a word.
            let zone = if half > 0 && (1..4).contains(&zone) { 4 } else { zone };
            let half = ["", " PM", "am"][half];
            let zone = ["", "Z", "-06:00", "+0100", " EST", " utc"][zone];
            let time = format!("{date}{sep}{h}:{m:02}{seconds}{half}{zone}");
            let time = if bracket { format!("[{time}]") } else { time };
            let line = if tab {
                format!("{time}\tKelly (BCPL)\tmy card: 1234")
            } else {
                format!("{time} {}Kelly (BCPL): my card: 1234", if dash { "- " } else { "" })
            };
            let l = parse_line(&line);
            proptest::prop_assert_eq!(l.map(|l| (l.speaker, l.text)), Some(("Kelly (BCPL)", "my card: 1234")), "{}", line);
            let fast = time_form(|i| line.as_bytes().get(i).copied());
            if let (Some(fast), true) = (fast, zone.is_empty()) {
                proptest::prop_assert_eq!(dated_time(line.as_bytes()), Some(fast), "{}", line);
            }
        }
    }

    #[test]
    fn roles() {
        let t = "[12:02:33 AM] System: Thank you for contacting Maryland AskUsNow!\n\
                 [12:02:40 AM] Jane: I live in Frederick\n\
                 [12:03:23 AM] Dana - Calvert Library: Hi Jane\n\
                 more from Dana\n\
                 [12:04:00 AM] Jane: thanks";
        let r = read(t, "", |_| false);
        let roles: Vec<Role> = r.lines.iter().map(|l| l.0).collect();
        assert_eq!(
            roles,
            [
                Role::System,
                Role::Patron,
                Role::Staff,
                Role::Staff,
                Role::Patron
            ]
        );
        // A staff label without a library is known from the patron: the other speaker.
        let t = "10:00:00 - Kelly: hello\n10:00:05 - Guest1234: hi";
        let r = read(t, "", |_| false);
        assert_eq!(r.lines[0].0, Role::Staff);
        assert_eq!(r.lines[1].0, Role::Patron);
    }

    /// Without times, a transcript labelled by first names throughout is read by those names;
    /// a line that only starts like a label ("Note:", "Frederick: a city") in a transcript
    /// labelled otherwise, or in one speaker's text, stays the words of who said it.
    #[test]
    fn untimed_first_name_labels() {
        let t = "chidi: the proxy link says error\nSue: Hi Chidi! My email is reflib@example.org\n\
                 chidi: mine is okwu.c@example.com";
        for name in ["chidi", "", "Chidi"] {
            let r = read(t, name, |_| false);
            let roles: Vec<Role> = r.lines.iter().map(|l| l.0).collect();
            assert_eq!(roles, [Role::Patron, Role::Staff, Role::Patron], "{name:?}");
            assert_eq!(r.lines[1].1, "Hi Chidi! My email is reflib@example.org");
        }
        // Names with an initial, an apostrophe, in any script; and a CR alone between lines.
        let t = "Ashley B.: Hello, how can I help?\rmaría o'neil: i need my pin\rAshley B.: sure";
        let r = read(t, "maría o'neil", |_| false);
        let roles: Vec<Role> = r.lines.iter().map(|l| l.0).collect();
        assert_eq!(roles, [Role::Staff, Role::Patron, Role::Staff]);
        // Role labels and a "Note:" line: the note is the librarian's words.
        let t = "Patron: my card\nLibrarian: renewed it\nNote: due in 3 weeks";
        let roles: Vec<Role> = read(t, "", |_| false).lines.iter().map(|l| l.0).collect();
        assert_eq!(roles, [Role::Patron, Role::Staff, Role::Staff]);
        // One writer's text whose lines start like labels: no speakers are made of them.
        for t in [
            "Subject: renewals\nQuestion: can I renew twice?",
            "Frederick: the city, not the county\nthat is where I live",
            "jane: hi\njane: my card",
        ] {
            let r = read(t, "", |_| false);
            assert!(
                r.lines.iter().all(|l| l.0 == Role::System) || r.lines.len() == 2,
                "{t}: {:?}",
                r.lines
            );
            assert!(
                !r.lines.iter().any(|l| l.0 == Role::Staff),
                "{t}: {:?}",
                r.lines
            );
        }
        // With times, untimed lines are continuations, whatever they start with.
        let t = "10:00 chidi: hi\nSue: that is my cat's name\n10:01 Sue: hello";
        let r = read(t, "chidi", |_| false);
        assert_eq!(r.lines[1], (Role::Patron, "Sue: that is my cat's name"));
    }

    #[test]
    fn labels_short_and_long_in_any_case() {
        assert_eq!(looks("SYSTEM", ""), Looks::System);
        assert_eq!(looks("Guest36158", ""), Looks::Patron);
        assert_eq!(looks("KIM@CHAT.LIBRARYH3LP.COM", ""), Looks::Staff);
        let long = format!("{}Library", "Kelly Ann Marie ".repeat(5));
        assert!(long.len() > 64);
        assert_eq!(looks(&long, ""), Looks::Staff);
        assert_eq!(
            looks(&format!("guest{}", "x".repeat(70)), ""),
            Looks::Patron
        );
        assert_eq!(looks(&"é".repeat(40), ""), Looks::Unknown);
    }

    #[test]
    fn trim_is_str_trim() {
        for s in [
            "",
            " ",
            "\x0b a \x0c",
            "\t\r\n x y \r",
            "\u{a0}x\u{2003}",
            " \u{85}é ",
            "é",
            "\u{1c}x\u{1f}",
            "a\u{3000}",
            "\u{3000}",
            " \u{a0} ",
            "x",
        ] {
            assert_eq!(trim(s), s.trim(), "{s:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn trim_agrees_with_str_trim(s in "[ \t\n\x0b\x0c\r\u{85}\u{a0}\u{2003}\u{1c}aé]{0,8}") {
            proptest::prop_assert_eq!(trim(&s), s.trim());
        }
    }

    #[test]
    fn entities() {
        assert_eq!(
            decode_entities("I&#x27;m at Barnes &amp; Noble"),
            "I'm at Barnes & Noble"
        );
        assert_eq!(decode_entities("a & b &bogus; &#39;"), "a & b &bogus; '");
        // A '&' followed by multi-byte text within the entity window.
        assert_eq!(decode_entities("&IW𐬝}'<%𑴺ໆ"), "&IW𐬝}'<%𑴺ໆ");
    }

    /// Entities decoded as before the text was borrowed when it has none: a copy of every byte.
    fn decode_by_copy(s: &str) -> String {
        let mut out = String::new();
        let mut rest = s;
        while let Some(i) = rest.find('&') {
            out.push_str(&rest[..i]);
            rest = &rest[i..];
            match entity(rest) {
                Some((c, len)) => {
                    out.push(c);
                    rest = &rest[len..];
                }
                None => {
                    out.push('&');
                    rest = &rest[1..];
                }
            }
        }
        out + rest
    }

    #[test]
    fn text_without_entities_is_borrowed() {
        for s in [
            "Barnes & Noble",
            "a && b",
            "&",
            "&amp",
            "&#xZZ; &bogus;",
            "no ampersand",
        ] {
            assert!(matches!(decode_entities(s), Cow::Borrowed(_)), "{s:?}");
        }
        assert!(matches!(decode_entities("a &amp; b"), Cow::Owned(_)));
        assert_eq!(decode_entities("&&amp;&#38;amp;"), "&&&amp;");
    }

    proptest::proptest! {
        #[test]
        fn entities_decode_as_a_copy_would(
            parts in proptest::collection::vec(proptest::sample::select(vec![
                "&", "&amp;", "&lt;", "&#x27;", "&#39;", "&quot;", "&nbsp;", "&#xD800;", "&#99999999;",
                "&apos", ";", "a", " ", "é", "𐬝", "&#x", "amp;", "&#", "x27;",
            ]), 0..20)
        ) {
            let s: String = parts.concat();
            proptest::prop_assert_eq!(decode_entities(&s), decode_by_copy(&s));
        }
    }

    /// The speaker's colon found byte by byte, as before memchr.
    fn speaker_colon_by_bytes(s: &str) -> Option<(&str, &str)> {
        let bytes = s.as_bytes();
        for i in 0..s.len().min(120) {
            if bytes[i] == b':' && matches!(bytes.get(i + 1), None | Some(b' ')) {
                let speaker = s[..i].trim();
                return (!speaker.is_empty()).then(|| (speaker, s.get(i + 2..).unwrap_or("")));
            }
        }
        None
    }

    proptest::proptest! {
        #[test]
        fn speaker_colon_agrees_with_a_byte_loop(
            parts in proptest::collection::vec(proptest::sample::select(vec![
                ":", ": ", "::", " ", "guest@web.libraryh3lp.com", "http://x.org", "Kim", "é",
                "Librarian (Kelly, Calvert Library)", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
            ]), 0..12)
        ) {
            let s: String = parts.concat();
            proptest::prop_assert_eq!(speaker_colon(&s), speaker_colon_by_bytes(&s));
        }
    }

    /// `is_canned` as it was written: one loop over the line's steps and their anchors.
    fn is_canned_by_steps(text: &str) -> bool {
        const MAX: usize = 160;
        let t = trim(text);
        let ix = &CANNED_INDEX;
        if t.len() > MAX || t.len() < ix.shortest {
            return false;
        }
        let b = t.as_bytes();
        let n = b.len();
        let byte = |i: usize| usize::from(b.get(i).copied().unwrap_or(0));
        let word = |at: usize| u64::from_le_bytes(b[at..at + 8].try_into().expect("8 bytes"));
        let mut inside = false;
        // Sixteen bytes a step while the line has them, tested as one (most hold no anchor), else
        // eight; then the last eight (the line is that long), the bytes read already masked off.
        let mut next = 0;
        loop {
            let (at, mut m) = loop {
                if next + 16 <= n {
                    let m0 = anchors_in(word(next));
                    let m1 = anchors_in(word(next + 8));
                    if m0 | m1 == 0 {
                        next += 16;
                        continue;
                    }
                    // The first word's anchors, or the second's (the first word has none).
                    let (at, m) = if m0 != 0 { (next, m0) } else { (next + 8, m1) };
                    next = at + 8;
                    break (at, m);
                }
                if next + 8 > n {
                    if next >= n {
                        // A phrase inside a line is the system's unless a person speaks in the
                        // first person.
                        return inside && !first_person(b);
                    }
                    let at = n - 8;
                    let m = anchors_in(word(at)) & (!0u64 << (8 * (next - at)));
                    next = n;
                    break (at, m);
                }
                let m = anchors_in(word(next));
                next += 8;
                if m != 0 {
                    break (next - 8, m);
                }
            };
            while m != 0 {
                // An anchor at `s` in the line; most are no phrase's by the bytes next to them.
                let s = at + (m.trailing_zeros() / 8) as usize;
                m &= m - 1;
                let mut maybe = ix.near[2][usize::from(b[s])]
                    & ix.near[1][byte(s.wrapping_sub(1))]
                    & ix.near[3][byte(s + 1)];
                if maybe == 0 {
                    continue;
                }
                maybe &= ix.near[0][byte(s.wrapping_sub(2))] & ix.near[4][byte(s + 2)];
                while maybe != 0 {
                    let p = maybe.trailing_zeros() as usize;
                    maybe &= maybe - 1;
                    let phrase = CANNED[p].as_bytes();
                    let Some(start) = s.checked_sub(ix.at[p]) else {
                        continue;
                    };
                    if b.get(start..start + phrase.len())
                        .is_some_and(|w| w.eq_ignore_ascii_case(phrase))
                    {
                        if start == 0 {
                            return true;
                        }
                        inside = true;
                    }
                }
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn canned_lines_found_as_the_loop_over_steps_found_them(
            parts in proptest::collection::vec(proptest::sample::select(vec![
                "has joined the chat", "CHAT ENDED", "welcome to", "bienvenido a", "b", "c", "C",
                "i ", " I ", " ", "\u{a0}", "é", "\t", "x", "xxxxxxx", "been marked", "busy",
            ]), 0..20),
        ) {
            let t: String = parts.concat();
            proptest::prop_assert_eq!(is_canned(&t), is_canned_by_steps(&t), "{:?}", t);
        }
    }

    #[test]
    fn canned_lines_found_as_the_loop_over_steps_found_them_on_every_length() {
        // Up to the longest line looked at (160 bytes) and past it.
        for n in 0..150 {
            for at in 0..=n {
                for phrase in [
                    "chat ended",
                    "welcome to",
                    "xxxxxxxxxxxxxxxx",
                    "has left the chat",
                ] {
                    let t = format!("{}{phrase}{}", "a".repeat(at), "b".repeat(n - at));
                    assert_eq!(is_canned(&t), is_canned_by_steps(&t), "{t:?}");
                }
            }
        }
    }

    #[test]
    fn lines_end_at_cr_lf_or_crlf() {
        let lines: Vec<&str> = lines_of("a\rb\r\nc\nd\r\re").collect();
        assert_eq!(lines, ["a", "b", "c", "d", "", "e"]);
        let lines: Vec<&str> = lines_of("x\r\n").collect();
        assert_eq!(lines, ["x", ""]);
        for t in [
            "",
            "\n",
            "\r",
            "\r\n",
            "\n\r",
            "\n\n",
            "\r\r\n\n",
            "é\r\nx\r",
        ] {
            assert_eq!(
                lines_of(t).collect::<Vec<_>>(),
                lines_by_iterator(t).collect::<Vec<_>>(),
                "{t:?}"
            );
        }
    }

    /// The lines of a text as an iterator of ends split them.
    fn lines_by_iterator(text: &str) -> impl Iterator<Item = &str> {
        let b = text.as_bytes();
        let mut start = 0;
        let ends = memchr::memchr2_iter(b'\r', b'\n', b)
            .filter(move |&i| !(b[i] == b'\n' && i > 0 && b[i - 1] == b'\r'))
            .chain(std::iter::once(b.len()));
        ends.map(move |end| {
            let line = &text[start..end];
            start = end + 1 + usize::from(b[end..].starts_with(b"\r\n"));
            line
        })
    }

    proptest::proptest! {
        #[test]
        fn lines_split_as_an_iterator_of_ends_does(
            parts in proptest::collection::vec(proptest::sample::select(vec![
                "\r", "\n", "\r\n", "\n\r", "x", "10:00 - Kim: hi", " ", "é", "\t",
            ]), 0..24),
        ) {
            let t: String = parts.concat();
            proptest::prop_assert_eq!(
                lines_of(&t).collect::<Vec<_>>(),
                lines_by_iterator(&t).collect::<Vec<_>>()
            );
            // A line holds no carriage return (`read_in_one_pass` takes none off).
            proptest::prop_assert!(lines_of(&t).all(|l| without_crs(l) == l && !l.contains('\r')));
        }
    }
}

#[cfg(test)]
mod conversation_tests {
    use super::*;

    fn roles(t: &str) -> Vec<Role> {
        read(t, "", |_| false).lines.iter().map(|l| l.0).collect()
    }

    #[test]
    fn libraryh3lp_addresses_by_sub_domain() {
        for guest in [
            "a1b2@web.libraryh3lp.com",
            "a1b2@web.ca.libraryh3lp.com",
            "a1b2@twilio.libraryh3lp.com",
            "a1b2@sms.libraryh3lp.com",
        ] {
            let t = format!("5:26PM {guest}: hi\r5:27PM kim@chat.libraryh3lp.com: hello\r5:28PM {guest}: thanks");
            assert_eq!(
                roles(&t),
                [Role::Patron, Role::Staff, Role::Patron],
                "{guest}"
            );
        }
        // Another server's `chat.` is no operator's: a guest from it is read as the patron.
        for guest in [
            "-100001234567@chat.facebook.com",
            "1234abcd@chat.example.org",
        ] {
            let t = format!("5:26PM {guest}: email me the article\r5:27PM kim@libraryh3lp.com: sure\r5:28PM {guest}: thanks");
            assert_eq!(
                roles(&t),
                [Role::Patron, Role::Staff, Role::Patron],
                "{guest}"
            );
        }
    }

    #[test]
    fn messages_split_at_cr_lf_and_crlf() {
        let t = "10:00 - Guest1: a\r10:01 - Kim (BCPL): b\r\n10:02 - Guest1: c\n10:03 - Guest1: d";
        let r = read(t, "", |_| false);
        let texts: Vec<&str> = r.lines.iter().map(|l| l.1).collect();
        assert_eq!(texts, ["a", "b", "c", "d"]);
    }

    #[test]
    fn canned_lines_are_the_systems() {
        let t = "10:00 - Guest 4F2A: Guest 4F2A has joined the chat.\n\
                 10:00 - Guest 4F2A: my hold is missing\n\
                 10:01 - Guest 4F2A: No librarian available right now. Leave your e-mail.\n\
                 10:02 - Kim (HCLS): You are now chatting with Kim";
        assert_eq!(
            roles(t),
            [Role::System, Role::Patron, Role::System, Role::System]
        );
        // The patron's own words are not canned, even with a phrase in them.
        assert!(!is_canned("I said welcome to my dad and he left"));
    }

    /// The canned-line test as one automaton over the line: the reference `is_canned` must
    /// agree with.
    fn canned_by_automaton(text: &str) -> bool {
        use aho_corasick::AhoCorasick;
        use std::sync::LazyLock;
        let t = text.trim();
        if t.len() > 160 {
            return false;
        }
        static PHRASES: LazyLock<AhoCorasick> = LazyLock::new(|| {
            AhoCorasick::builder()
                .ascii_case_insensitive(true)
                .build(CANNED)
                .expect("the canned phrases build an automaton")
        });
        match PHRASES.find(t) {
            None => false,
            Some(m) if m.start() == 0 => true,
            Some(_) => {
                let lower = t.to_ascii_lowercase();
                !lower.contains(" i ") && !lower.starts_with("i ")
            }
        }
    }

    #[test]
    fn canned_lines_agree_with_an_automaton_on_the_corpora() {
        let root = env!("CARGO_MANIFEST_DIR");
        let mut files = Vec::new();
        for dir in [
            "train",
            "tests/corpus",
            "tests/corpus/train",
            "tests/corpus/heldout",
        ] {
            for e in std::fs::read_dir(format!("{root}/{dir}")).expect("corpus directory") {
                let path = e.expect("directory entry").path();
                if path.is_file() && !path.to_string_lossy().ends_with(".py") {
                    files.push(path);
                }
            }
        }
        let (mut lines, mut canned) = (0, 0);
        for path in &files {
            // Some exports are Windows-1252 or UTF-16: their text as it comes.
            let text =
                String::from_utf8_lossy(&std::fs::read(path).expect("corpus file")).into_owned();
            // Raw lines, and the messages of JSON files (written with "\n").
            let text = text.replace("\\r", "\n").replace("\\n", "\n");
            for raw in lines_of(&text) {
                let text = parse_line(raw).map_or(raw, |l| l.text);
                for t in [raw, text] {
                    let want = canned_by_automaton(t);
                    assert_eq!(is_canned(t), want, "{t:?} in {path:?}");
                    lines += 1;
                    canned += usize::from(want);
                }
            }
        }
        assert!(
            lines > 5_000 && canned > 100,
            "{lines} lines, {canned} canned"
        );
    }

    #[test]
    fn canned_lines_agree_with_an_automaton_on_traps() {
        for t in [
            "has joined the chat",
            "  HAS LEFT THE CHAT.  ",
            "Guest4F2Ahas left the chat",
            "Kim: I think the patron has disconnected",
            "i think the patron has disconnected",
            "the patron has disconnected, i think",
            "sorry, I has reconnected",
            "I  has reconnected",
            "welcome to",
            "welcome t",
            "elcome to",
            "Welcome To the library",
            "oh, welcome to Maryland!",
            "Bienvenido a AskUsNow",
            "bienvenido  a",
            "this chat has been marked as abusive",
            "this session has been marked",
            "chat ended",
            "chat  ended",
            "chat-ended",
            "the chat was transferred to Kim",
            "no librarian available",
            "no librarians are available",
            "all of our librarians are busy",
            "a librarian will be with you shortly",
            "A Librarian Will Be With You",
            "connection lost",
            "my connection lost its signal and I left",
            "the transcript will be e-mailed",
            "transcript will be emailed",
            "transcript will be e mailed",
            "you are now chatting with Kim",
            "patron reconnected",
            "xx has joined the chat",
            " has joined the chat",
            "i has joined the chat",
            "I",
            "",
            " ",
            "a b",
            "a",
            "chatting with",
            "\u{a0}chat ended\u{a0}",
            "é has left the chat é",
            "has left the chaté",
        ] {
            assert_eq!(is_canned(t), canned_by_automaton(t), "{t:?}");
        }
        // Around the length limit: 160 bytes after trimming is read, 161 is not.
        for n in 140..180 {
            let t = format!("{} has left the chat", "x".repeat(n - 18));
            assert_eq!(is_canned(&t), canned_by_automaton(&t), "{n}");
            let t = format!("Chat ended {}", "x".repeat(n));
            assert_eq!(is_canned(&t), canned_by_automaton(&t), "{n}");
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(500))]
        #[test]
        fn canned_lines_agree_with_an_automaton(
            parts in proptest::collection::vec((0usize..64, 0u8..12, 0u8..3), 0..12)
        ) {
            // Lines of phrases (whole, cut, run on), their words, "I", case changes, spaces
            // and other bytes next to them.
            let mut text = String::new();
            for (pick, kind, case) in parts {
                let phrase = CANNED[pick % CANNED.len()];
                let piece = match kind {
                    0 => phrase[..phrase.len() / 2].to_string(),
                    1 => phrase[phrase.len() / 2..].to_string(),
                    2 => format!("x{phrase}"),
                    3 => " i ".to_string(),
                    4 => "I ".to_string(),
                    5 => "é".to_string(),
                    6 => "  ".to_string(),
                    7 => ".".to_string(),
                    8 => phrase.split(' ').next().unwrap_or("").to_string(),
                    9 => "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx".to_string(),
                    _ => phrase.to_string(),
                };
                text.push_str(&match case {
                    0 => piece,
                    1 => piece.to_ascii_uppercase(),
                    _ => piece
                        .char_indices()
                        .map(|(i, c)| if i % 2 == 0 { c.to_ascii_uppercase() } else { c })
                        .collect(),
                });
                if kind % 4 == 0 {
                    text.push(' ');
                }
            }
            proptest::prop_assert_eq!(is_canned(&text), canned_by_automaton(&text), "{:?}", text);
        }
    }

    #[test]
    fn phone_numbers_are_text_message_patrons() {
        assert_eq!(
            roles("[2:00:00 PM] +14435550162: hi\n[2:00:30 PM] Librarian (Ann, 24/7 Cooperative): hello"),
            [Role::Patron, Role::Staff]
        );
    }
}

/// The text of every training file, its escaped line breaks and tabs (JSON messages) made real
/// ones: the lines the readers' tests compare their fast and plain forms on.
#[cfg(test)]
fn training_texts() -> Vec<String> {
    let root = env!("CARGO_MANIFEST_DIR");
    let mut texts = Vec::new();
    for dir in ["train", "train/chats"] {
        for e in std::fs::read_dir(format!("{root}/{dir}")).expect("training directory") {
            let path = e.expect("directory entry").path();
            if !path.is_file() || path.to_string_lossy().ends_with(".py") {
                continue;
            }
            let text = std::fs::read_to_string(&path).expect("training file");
            texts.push(
                text.replace("\\r", "\n")
                    .replace("\\n", "\n")
                    .replace("\\t", "\t"),
            );
        }
    }
    texts
}

/// `is_canned` as its doc says it, phrase by phrase over the lower-cased line: the reference the
/// indexed search must agree with on every line.
#[cfg(test)]
fn canned_naively(text: &str) -> bool {
    let t = trim(text);
    if t.len() > 160 {
        return false;
    }
    let lower = t.to_ascii_lowercase();
    let phrase = |p: &&str| p.to_ascii_lowercase();
    CANNED.iter().map(phrase).any(|p| lower.starts_with(&p))
        || (CANNED.iter().map(phrase).any(|p| lower.contains(&p)) && !first_person(t.as_bytes()))
}

#[cfg(test)]
mod canned_by_anchors {
    use super::*;

    #[test]
    fn anchors_are_the_four_bytes() {
        for c in 0..=255u8 {
            for at in 0..8 {
                let mut w = [b'x'; 8];
                w[at] = c;
                // The bytes before it 0 or b (a borrow to pass on), after it any.
                for before in [0u8, b'b', b'C', 0x01, 0xff] {
                    if at > 0 {
                        w[at - 1] = before;
                    }
                    let m = anchors_in(u64::from_le_bytes(w));
                    let want = matches!(c, b'b' | b'c' | b'B' | b'C');
                    assert_eq!(m >> (8 * at + 7) & 1 == 1, want, "{c:#x} at {at}");
                }
            }
        }
    }

    #[test]
    fn every_phrase_anywhere_in_any_case() {
        // Each phrase at each place in lines of b/c-rich filler, short and long (the last
        // word read twice, the limit of 160 bytes), cut at either end, with or without "I".
        let fills = ["", "x", "bc", "a cb b", "CBc Bc", "I ", "the chat b", "é"];
        for phrase in CANNED {
            let forms = [
                phrase.to_string(),
                phrase.to_ascii_uppercase(),
                phrase[1..].to_string(),
                phrase[..phrase.len() - 1].to_string(),
            ];
            for form in &forms {
                for before in fills {
                    for after in fills {
                        for pad in [0, 1, 3, 7, 8, 9, 15, 16, 17, 23, 24, 31, 140] {
                            for t in [
                                format!("{before}{}{form}{after}", "b".repeat(pad)),
                                format!("{before}{form}{}{after}", "c ".repeat(pad / 2)),
                            ] {
                                assert_eq!(is_canned(&t), canned_naively(&t), "{t:?}");
                            }
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn the_same_on_every_training_line() {
        let mut lines = 0;
        for text in training_texts() {
            for raw in lines_of(&text) {
                let t = parse_line(raw).map_or(raw, |l| l.text);
                assert_eq!(is_canned(t), canned_naively(t), "{t:?}");
                lines += 1;
            }
        }
        assert!(lines > 4_000, "{lines} lines");
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(2000))]
        #[test]
        fn the_same_on_random_lines(
            parts in proptest::collection::vec(proptest::sample::select(vec![
                "has joined the chat", "chat ended", "CHAT", "welcome to", "bienvenido a",
                "librarian", "Librarians are", "been marked", "busy", "will be", "e-mailed",
                "transcript", "connection lost", "reconnected", "disconnected", "b", "c", "B",
                "C", "bc", " ", "  ", "i ", " I ", "é", "\u{a0}", "\r", "\t", "\0", "x", ".",
                "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
            ]), 0..16),
        ) {
            let t: String = parts.concat();
            proptest::prop_assert_eq!(is_canned(&t), canned_naively(&t), "{:?}", t);
        }
    }
}

/// The line and label readers against their plainer forms (the loops and `str` searches they
/// replaced): the same answers on every line of the training exports, traps and random labels.
#[cfg(test)]
mod plain_readers {
    use super::*;

    fn strip_time_by_loops(line: &str) -> Option<(&str, bool)> {
        let b = line.as_bytes();
        // The longer forms as `strip_time` reads them: after a clock time that ends no line, or
        // a word of three letters after it that may be a zone.
        let (i, tab) = match clock_by_loops(b) {
            Some((i, false)) if matches!(b.get(i + 3), Some(b' ' | b'\t')) => {
                dated_time(b).unwrap_or((i, false))
            }
            Some(found) => found,
            None if b.first().is_some_and(u8::is_ascii_alphabetic) => {
                return month_dated_plain(line)
            }
            None => dated_time(b)?,
        };
        let rest = &line[i..];
        Some(if tab {
            (rest, true)
        } else {
            (rest.strip_prefix("- ").unwrap_or(rest), false)
        })
    }

    /// A line that starts with a month's name, the day and maybe the year, by `split_once`
    /// and chrono's reading of the date (a leap year's when it has none), then the time as
    /// above; a speaker's label must follow.
    fn month_dated_plain(line: &str) -> Option<(&str, bool)> {
        let (month, rest) = line.split_once(' ')?;
        let (day, rest) = rest.split_once(' ')?;
        let day = day.strip_suffix(',').unwrap_or(day);
        let four = |y: &str| y.len() == 4 && y.bytes().all(|c| c.is_ascii_digit());
        let (year, rest) = match rest.split_once(' ') {
            Some((y, after)) if four(y.strip_suffix(',').unwrap_or(y)) => {
                (y.strip_suffix(',').unwrap_or(y), after)
            }
            _ => ("2000", rest),
        };
        // The time's hour, as the line's time must start.
        let (hour, _) = rest.split_once(':')?;
        let shape = (1..=2).contains(&hour.len())
            && hour.bytes().all(|c| c.is_ascii_digit())
            && (1..=2).contains(&day.len())
            && day.bytes().all(|c| c.is_ascii_digit())
            && month.bytes().all(|c| c.is_ascii_alphabetic());
        let date = format!("{month} {day} {year}");
        if !shape || chrono::NaiveDate::parse_from_str(&date, "%B %d %Y").is_err() {
            return None;
        }
        let (after, tab) = strip_time_by_loops(rest)?;
        if !tab {
            speaker_colon(after)?;
        }
        Some((after, tab))
    }

    /// `time_form` by loops.
    fn clock_by_loops(b: &[u8]) -> Option<(usize, bool)> {
        let mut i = 0;
        let bracket = b.first() == Some(&b'[');
        if bracket {
            i += 1;
        }
        let digits = |i: &mut usize, min: usize, max: usize| {
            let s = *i;
            while *i < b.len() && b[*i].is_ascii_digit() && *i - s < max {
                *i += 1;
            }
            *i - s >= min
        };
        if !digits(&mut i, 1, 2) || b.get(i) != Some(&b':') {
            return None;
        }
        i += 1;
        if !digits(&mut i, 2, 2) {
            return None;
        }
        if b.get(i) == Some(&b':') {
            i += 1;
            if !digits(&mut i, 2, 2) {
                return None;
            }
        }
        let mut j = i;
        if b.get(j) == Some(&b' ') {
            j += 1;
        }
        if let Some(m) = b.get(j..j + 2) {
            if m.eq_ignore_ascii_case(b"am") || m.eq_ignore_ascii_case(b"pm") {
                i = j + 2;
            }
        }
        if bracket {
            if b.get(i) != Some(&b']') {
                return None;
            }
            i += 1;
        }
        match b.get(i) {
            Some(b'\t') => Some((i + 1, true)),
            Some(b' ') => Some((i + 1, false)),
            _ => None,
        }
    }

    /// `parse_line` with the loops above, `split_once` and `str::trim`.
    fn parse_line_plain(line: &str) -> Option<Line<'_>> {
        let line = line.trim_end_matches('\r');
        match strip_time_by_loops(line) {
            Some((rest, true)) => {
                let (speaker, text) = rest.split_once('\t').unwrap_or(("", rest));
                Some(Line {
                    speaker: speaker.trim(),
                    text,
                })
            }
            Some((rest, false)) => Some(match speaker_colon(rest) {
                Some((speaker, text)) => Line { speaker, text },
                None => Line {
                    speaker: "System",
                    text: rest,
                },
            }),
            None => {
                let (speaker, text) = speaker_colon(line)?;
                if let Some(name) = clocked_plain(speaker) {
                    return Some(Line {
                        speaker: name,
                        text,
                    });
                }
                let s = speaker.to_ascii_lowercase();
                [
                    "patron",
                    "guest",
                    "librarian",
                    "system",
                    "staff",
                    "user",
                    "customer",
                ]
                .iter()
                .any(|k| s.starts_with(k) && s[k.len()..].chars().next().is_none_or(|c| c == ' '))
                .then_some(Line { speaker, text })
                .or_else(|| {
                    // A guest's word run into its number: "Guest1234", "visitor_12".
                    let id = |k: &str| {
                        let rest = s.strip_prefix(k)?;
                        let ok = rest
                            .starts_with(|c: char| c.is_ascii_digit() || "_-#".contains(c))
                            && rest.len() <= 16
                            && rest
                                .chars()
                                .all(|c| c.is_ascii_alphanumeric() || "_-#".contains(c));
                        ok.then_some(())
                    };
                    [
                        "guest",
                        "patron",
                        "visitor",
                        "user",
                        "customer",
                        "anonymous",
                    ]
                    .iter()
                    .any(|k| id(k).is_some())
                    .then_some(Line { speaker, text })
                })
            }
        }
    }

    /// `clocked` by `split_once`, `rsplit_once` and chrono's reading of a time.
    fn clocked_plain(label: &str) -> Option<&str> {
        let (clock, name) = if let Some(rest) = label.strip_prefix('(') {
            rest.split_once(')')?
        } else {
            let (name, clock) = label.strip_suffix(')')?.rsplit_once('(')?;
            (clock, name)
        };
        let clock = clock.to_ascii_uppercase();
        let clock = clock.trim_end();
        let ok = [
            "%H:%M",
            "%H:%M:%S",
            "%I:%M %p",
            "%I:%M:%S %p",
            "%I:%M%p",
            "%I:%M:%S%p",
        ]
        .iter()
        .any(|f| chrono::NaiveTime::parse_from_str(clock, f).is_ok());
        // chrono reads one-digit minutes and seconds and a `%H` of one digit; the label's have
        // two, and its hour one or two.
        let two = |p: &str| p.len() == 2;
        let shape = clock.split([' ', 'A', 'P', 'M']).next().is_some_and(|t| {
            let mut parts = t.split(':');
            parts.next().is_some_and(|h| (1..=2).contains(&h.len())) && parts.all(two)
        });
        // chrono reads second 60 (a leap second); a message's time of day has none.
        let leap = clock.split(':').nth(2).is_some_and(|s| s.starts_with("60"));
        let name = name.trim();
        (ok && shape && !leap && !name.is_empty() && clock == clock.trim_start()).then_some(name)
    }

    /// `looks` on a lower-case `String` with `str` searches.
    fn looks_plain(label: &str, patron_name: &str) -> Looks {
        let lower = label.to_ascii_lowercase();
        if ["system", "libchat", "libanswers", "askusnow!", "askusnow"].contains(&lower.as_str())
            || lower.starts_with("system ")
        {
            return Looks::System;
        }
        if !patron_name.trim().is_empty() && label.eq_ignore_ascii_case(patron_name.trim()) {
            return Looks::Patron;
        }
        if let Some((_, domain)) = lower.split_once('@') {
            let first = domain.split('.').next().unwrap_or("");
            return match first {
                _ if GUEST_GATEWAYS.contains(&first) || lower.starts_with("guest") => Looks::Patron,
                _ if domain.contains("libraryh3lp") => Looks::Staff,
                _ => Looks::Unknown,
            };
        }
        let digits = lower.bytes().filter(u8::is_ascii_digit).count();
        if digits >= 7
            && lower
                .bytes()
                .all(|c| c.is_ascii_digit() || matches!(c, b'+' | b'-' | b' ' | b'(' | b')' | b'.'))
        {
            return Looks::Patron;
        }
        let guestish = [
            "guest",
            "patron",
            "anonymous",
            "visitor",
            "customer",
            "user",
            "me",
        ];
        if guestish.iter().any(|g| {
            lower.starts_with(g)
                && lower[g.len()..].bytes().all(|c| {
                    c.is_ascii_alphanumeric() || c == b' ' || c == b'_' || c == b'-' || c == b'#'
                })
                && (lower.len() == g.len()
                    || !lower.as_bytes()[g.len()].is_ascii_alphabetic()
                    || *g == "guest")
        }) {
            return Looks::Patron;
        }
        if ["librarian", "staff", "operator", "agent"]
            .iter()
            .any(|p| lower.starts_with(p))
            || label.contains(" - ")
            || (label.contains('(') && label.ends_with(')'))
            || lower.contains("library")
        {
            return Looks::Staff;
        }
        Looks::Unknown
    }

    const PATRONS: [&str; 5] = ["", " ", "Jamal", " jamal ", "Guest36158"];

    fn agree(raw: &str) -> Option<&str> {
        let got = parse_line(raw);
        assert_eq!(got, parse_line_plain(raw), "{raw:?}");
        // The time of a line of 16 bytes or more is read another way.
        let long = format!("{raw}{}", "-".repeat(16));
        assert_eq!(parse_line(&long), parse_line_plain(&long), "{long:?}");
        let label = got.map(|l| l.speaker);
        for l in [label.unwrap_or(raw), raw] {
            for p in PATRONS {
                assert_eq!(looks(l, p), looks_plain(l, p), "{l:?} {p:?}");
            }
            assert_eq!(trim(l), l.trim(), "{l:?}");
        }
        label
    }

    #[test]
    fn the_same_on_every_training_line() {
        let (mut lines, mut labels) = (0, std::collections::HashSet::new());
        for text in training_texts() {
            for raw in lines_of(&text) {
                if let Some(label) = agree(raw) {
                    labels.insert(label.to_string());
                }
                lines += 1;
            }
        }
        assert!(
            lines > 4_000 && labels.len() > 50,
            "{lines} lines, {} labels",
            labels.len()
        );
        for label in &labels {
            assert_eq!(looks(label, label), looks_plain(label, label), "{label:?}");
        }
    }

    #[test]
    fn the_same_on_traps() {
        for raw in [
            "14:22:09 - Kelly - Calvert Library: hi",
            "14:22:0 - Kim: hi",
            "14:22:",
            "14:22",
            "14:22 ",
            "14:2 x: y",
            "4:22 x: y",
            "142:22 x: y",
            "14:223 x: y",
            "14:22:093 x: y",
            "14:22:09PM Kim: hi",
            "14:22 pm Kim: hi",
            "14:22\tJamal\twhy",
            "14:22\t Jamal \t",
            "14:22\tno tab after",
            "[2:22:09 PM] Librarian (Ann, 24/7 Cooperative): hi",
            "[14:22] Kim: hi",
            "[14:22 Kim: hi",
            "14:22:09 - : empty",
            "14:22:09 - System",
            "Patron: hi",
            "patron : hi",
            "\u{a0}Guest 2: hi",
            "Guest\u{a0}2: hi",
            "14:22:09 - \u{a0}Kim\u{a0}: hi",
            "14:22\t\u{2003}Kim\u{2003}\thi",
            "١٤:٢٢ Kim: hi",
            "",
            "\r",
            "14:22 Kim: hi\r",
            "[2:22:09 pm] Kim: hi",
            "[2:22:09 Pm] Kim: hi",
            "[12:22:09\tKim\thi",
            "9:05am Kim: hi",
            "9:05 AN Kim: hi",
            "9:05 qm Kim: hi",
            "9:05 \u{e1}m Kim: hi",
            "9:05 A",
            "[9:05] Kim: hi",
            "[9:5] Kim: hi",
            "[9] Kim: hi",
            "[",
            "[1",
            "1:",
            "1:2",
            "1:23:4",
            "1:23:",
            "123:45 Kim: hi",
            "Apr 13 10:05:12 Kim: hi",
            "Apr 13, 2026 10:05:12 AM - Kim: hi",
            "april 13 2026, 10:05 Kim: hi",
            "Apr 13 10:05 is fine by me",
            "Apr 31 10:05 Kim: hi",
            "Feb 29 10:05 Kim: hi",
            "Feb 29, 2026 10:05 Kim: hi",
            "Sept 13 10:05 Kim: hi",
            "Apr 13 2026-03-01 10:05 Kim: hi",
            "Apr 13 10:05:12 EST Kim: hi",
            "Apr 13\t10:05 Kim: hi",
            "Apr 13 10:05\tKim\thi",
            "Apr 013 10:05 Kim: hi",
            "Apr  13 10:05 Kim: hi",
        ] {
            agree(raw);
        }
        for label in [
            "SYSTEM",
            "System 2",
            "systems",
            "LibAnswers",
            "AskUsNow!",
            "a1b2@web.libraryh3lp.com",
            "a1b2@web",
            "a1b2@",
            "@chat",
            "kim@chat.example.org",
            "kim@askusnow.libraryh3lp.com",
            "guest@library.org",
            "x@y@web.z",
            "+1 (443) 555-0162",
            "443.555.0162",
            "555-01",
            "1234567a",
            "Guest36158",
            "guest_x#1",
            "guestbook",
            "Patrons",
            "patron 2",
            "me",
            "mei",
            "me-2",
            "user@",
            "Visitor ñ",
            "Kelly - Calvert Library",
            "Kelly -Calvert",
            "Kelly (BCPL)",
            "Kelly (BCPL",
            "(x)",
            "librarian",
            "Library",
            "librar",
            "LIBRARY of things",
            "-",
            " - ",
            "é - ",
            "ÉLIBRARY",
            &"é".repeat(40),
            &format!("{}Library", "Kelly Ann Marie ".repeat(5)),
            &format!("guest{}", "x".repeat(70)),
            &format!("{}@web.x", "a".repeat(70)),
        ] {
            agree(label);
            for p in [label, &label.to_uppercase(), &format!(" {label}\t")] {
                assert_eq!(looks(label, p), looks_plain(label, p), "{label:?} {p:?}");
            }
        }
    }

    /// In a transcript of Laurel (the patron) and Kent (a librarian giving his address): Laurel's
    /// lines are the patron's, with her address and not Kent's.
    fn patrons_address_not_kents(t: &str) {
        let tr = read(t, "", |_| false);
        let patron: Vec<&str> = tr
            .lines
            .iter()
            .filter(|(r, _)| *r == Role::Patron)
            .map(|(_, l)| *l)
            .collect();
        assert!(patron.iter().all(|l| !l.contains("kent@")), "{patron:?}");
        assert!(patron.iter().any(|l| l.contains("laurel.r@")), "{patron:?}");
    }

    #[test]
    fn a_time_in_parentheses_beside_the_name() {
        for (raw, speaker, text) in [
            (
                "Laurel (10:14:22 AM): i live in towson",
                "Laurel",
                "i live in towson",
            ),
            (
                "(10:14:22 AM) Laurel: i live in towson",
                "Laurel",
                "i live in towson",
            ),
            ("Sue Ames (14:14:22): hello", "Sue Ames", "hello"),
            ("(14:14) Sue: hello", "Sue", "hello"),
            ("Guest (2:05 pm): thx", "Guest", "thx"),
            (
                "Librarian (Ann, BCPL) (10:14 AM): hi",
                "Librarian (Ann, BCPL)",
                "hi",
            ),
        ] {
            assert_eq!(parse_line(raw), Some(Line { speaker, text }), "{raw}");
            assert_eq!(parse_line_plain(raw), Some(Line { speaker, text }), "{raw}");
        }
        // A patron's words with parentheses and a colon are no speaker line: no time inside.
        for raw in [
            "I called (410) 555-0100: no answer",
            "Chapter 3 (pages 10-12): summary",
            "Meet me (at 10): ok",
            "Sue (25:14): x",
            "Sue (13:14 PM): x",
            "Sue (10:14:60): x",
            "(10:14 AM): nobody",
        ] {
            assert_eq!(parse_line(raw), None, "{raw}");
            assert_eq!(parse_line_plain(raw), None, "{raw}");
        }
        // Read as the patron's and the librarian's lines in a transcript.
        let t = "Laurel (10:14:22 AM): can u renew my bks, i live in towson\n\
                 Kent (10:15:01 AM): Hi, I'm Kent from Harford County Public Library. Mail me at kent@example.org\n\
                 Laurel (10:15:40 AM): laurel.r@example.com";
        patrons_address_not_kents(t);
    }

    #[test]
    fn a_month_and_day_before_the_clock() {
        for (raw, speaker, text) in [
            (
                "Apr 13 10:05:12 Laurel: i live in towson",
                "Laurel",
                "i live in towson",
            ),
            (
                "Apr 13, 2026 10:05:12 AM - Laurel: i live in towson",
                "Laurel",
                "i live in towson",
            ),
            ("April 3 2:05 PM Sue Ames: hello", "Sue Ames", "hello"),
            ("dec 1, 2026 14:05 - Guest 12: thx", "Guest 12", "thx"),
        ] {
            assert_eq!(parse_line(raw), Some(Line { speaker, text }), "{raw}");
            assert_eq!(parse_line_plain(raw), Some(Line { speaker, text }), "{raw}");
        }
        // A patron's line that starts with a date, and dates that are none: no speaker line.
        for raw in [
            "May 5 10:00 works for me",
            "May 5 10:00 - or later",
            "Apr 31 10:05 Kim: hi",
            "Mayday 5 10:05 Kim: hi",
            "Apr 13 Kim: hi",
        ] {
            assert_eq!(parse_line(raw), None, "{raw}");
            assert_eq!(parse_line_plain(raw), None, "{raw}");
        }
        let t = "Apr 13 10:05:12 Laurel: can u renew my bks, i live in towson\n\
                 Apr 13 10:05:40 Kent: Hi, I'm Kent from Harford County Public Library. Mail me at kent@example.org\n\
                 Apr 13 10:06:02 Laurel: laurel.r@example.com";
        patrons_address_not_kents(t);
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(1000))]
        #[test]
        fn the_same_on_random_lines(
            parts in proptest::collection::vec(proptest::sample::select(vec![
                "1", "14", ":", ":0", ":09", " ", "\t", "[", "]", " PM", "am", "pM", "A", "m",
                " - ", "-", "@",
                ".", "(", ")", "+", "#", "_", "é", "\u{a0}", "\r", "Guest", "guest", "patron",
                "Me", "user", "system", "SYSTEM ", "Librarian", "library", "web", "chat",
                "libraryh3lp", "Kim", "x", "2026-03-01", "3/1/26", "T", "Z", "EST", "-06:00",
                "(10:14:22 AM)", "(14:14)", "(2:05pm)", "(410)", ": ", "(13:14 PM)", "(0:14 am)",
                ":60", ":7", "Apr ", "Apr 13 ", "apr 31 ", "Feb 29, ", "2026 ", "2027, ",
                "13, ", "May", "Sept ", "April 13 ", "5 ",
            ]), 0..14),
            patron in proptest::sample::select(vec!["", "Kim", " kim ", "Guest", "é"]),
        ) {
            let raw: String = parts.concat();
            proptest::prop_assert_eq!(parse_line(&raw), parse_line_plain(&raw));
            let long = format!("{raw}{}", "x".repeat(16));
            proptest::prop_assert_eq!(parse_line(&long), parse_line_plain(&long));
            proptest::prop_assert_eq!(looks(&raw, patron), looks_plain(&raw, patron));
            if let Some(l) = parse_line(&raw) {
                proptest::prop_assert_eq!(looks(l.speaker, patron), looks_plain(l.speaker, patron));
            }
            proptest::prop_assert_eq!(trim(&raw), raw.trim());
        }
    }
}

#[cfg(test)]
mod reused_room {
    use super::*;

    #[test]
    fn emptied_keeps_the_allocation() {
        let text = String::from("a b c");
        let mut v: Vec<&str> = Vec::with_capacity(40);
        v.extend(text.split(' '));
        let (at, room) = (v.as_ptr() as usize, v.capacity());
        let w: Vec<&'static str> = emptied(v);
        assert!(w.is_empty());
        assert_eq!((w.as_ptr() as usize, w.capacity()), (at, room));
    }

    #[test]
    fn reading_into_reused_room_reads_as_anew() {
        let long = "[12:02:33 AM] System: Thank you for contacting Maryland AskUsNow!\n\
                    [12:02:40 AM] Jane: I live in Frederick\n\
                    [12:03:23 AM] Dana - Calvert Library: Hi Jane\n\
                    more from Dana\n"
            .repeat(30);
        let short = "10:00:00 - Kelly: hello\n10:00:05 - Guest1234: hi";
        let texts = [long.as_str(), short, "", long.as_str(), short];
        // Each read alone, on a thread that has read nothing before.
        let fresh: Vec<Vec<(Role, String)>> = std::thread::scope(|s| {
            texts
                .iter()
                .map(|t| {
                    s.spawn(|| {
                        let r = read(t, "Jane", |_| false);
                        r.lines.iter().map(|(r, l)| (*r, l.to_string())).collect()
                    })
                    .join()
                    .expect("a fresh read")
                })
                .collect()
        });
        let mut lines = Vec::new();
        for (t, want) in texts.iter().zip(&fresh) {
            read_into(t, "Jane", |_| false, &mut lines);
            let got: Vec<(Role, String)> = lines.iter().map(|(r, l)| (*r, l.to_string())).collect();
            assert_eq!(&got, want);
        }
        assert!(
            fresh[0].len() > 100
                && fresh[0].contains(&(Role::Patron, "I live in Frederick".into()))
        );
    }
}

/// Reading a transcript against its plain form: every line through `parse_line` and each
/// label looked up by comparing it with every label read before (the lines' speakers found
/// without `said_by_known`).
#[cfg(test)]
mod known_labels {
    use super::*;

    fn read_plain<'a>(
        transcript: &'a str,
        patron_name: &str,
        is_staff_label: impl Fn(&str) -> bool,
    ) -> Vec<(Role, &'a str)> {
        let mut parsed = Vec::new();
        let mut speakers: Vec<(&str, Looks)> = Vec::new();
        let named = labelled_by_names(transcript);
        let names = named.is_some();
        let patron_name = match (patron_name.trim(), named) {
            ("", Some(first)) => first,
            _ => patron_name,
        };
        for raw in lines_of(transcript) {
            let line = without_crs(raw);
            match parse_after_time(line, strip_time(line), patron_name.trim(), names) {
                Some(l) => {
                    let i = match speakers.iter().position(|(s, _)| *s == l.speaker) {
                        Some(i) => i,
                        None => {
                            let mut look = looks(l.speaker, patron_name);
                            if look == Looks::Unknown && is_staff_label(l.speaker) {
                                look = Looks::Staff;
                            }
                            speakers.push((l.speaker, look));
                            speakers.len() - 1
                        }
                    };
                    parsed.push((Some(i), l.text));
                }
                None => parsed.push((None, raw.trim_end_matches('\r'))),
            }
        }
        let patron = speakers
            .iter()
            .position(|(_, l)| *l == Looks::Patron)
            .or_else(|| speakers.iter().position(|(_, l)| *l == Looks::Unknown));
        let mut current = Role::System;
        let mut lines = Vec::new();
        for &(speaker, text) in &parsed {
            if let Some(i) = speaker {
                current = if Some(i) == patron {
                    Role::Patron
                } else {
                    match speakers[i].1 {
                        Looks::System => Role::System,
                        Looks::Patron => Role::Patron,
                        _ => Role::Staff,
                    }
                };
            }
            let role = if current != Role::System && is_canned(text) {
                Role::System
            } else {
                current
            };
            lines.push((role, text));
        }
        lines
    }

    /// A transcript's lines with their roles.
    type Read<'a> = Vec<(Role, &'a str)>;

    /// The lines read in one pass, when it reads them, and in two.
    fn passes<'a>(t: &'a str, patron: &str) -> (Option<Read<'a>>, Read<'a>) {
        let staff = |l: &str| l.contains("Pratt");
        let (mut one, mut two) = (Vec::new(), Vec::new());
        let names = labelled_by_names(t).is_some();
        let (read, _) = read_in_one_pass(t, patron, staff, &mut one, names);
        read_in_two_passes(t, patron, staff, &mut two, names);
        (read.then_some(one), two)
    }

    /// Without times, a guest's word run into its number ("Guest1234:", "guest_4f2a:",
    /// "Visitor#12:") is the patron's label, and a name beside it is the librarian's.
    #[test]
    fn a_guests_numbered_label_is_a_speaker_without_a_time() {
        for guest in ["Guest1234", "guest_4f2a", "Visitor#12", "patron-7"] {
            let t = format!(
                "{guest}: how do I renew a book\n\
                 Ann: hi, I'm Ann at Calvert Library. what's your email?\n\
                 {guest}: kate.j@example.com"
            );
            let lines = read(&t, "", |_| false).lines;
            assert_eq!(
                lines,
                [
                    (Role::Patron, "how do I renew a book"),
                    (
                        Role::Staff,
                        "hi, I'm Ann at Calvert Library. what's your email?"
                    ),
                    (Role::Patron, "kate.j@example.com"),
                ],
                "{guest}"
            );
        }
        // A word that only starts with a guest's is no speaker.
        for raw in ["Guestbook: sign it", "Users: 12", "Patronage: yes"] {
            assert_eq!(parse_line(raw), None, "{raw}");
        }
    }

    #[test]
    fn the_patrons_name_is_a_speaker_without_a_time_too() {
        let t = "Jane Roe: hi, where is my hold?\n\
                 Librarian: can I have your e-mail?\n\
                 JANE ROE : jane.roe@example.org\n\
                 and my card is with me\n\
                 Title: Becoming";
        let lines = read(t, " Jane Roe ", |_| false).lines;
        assert_eq!(
            lines,
            [
                (Role::Patron, "hi, where is my hold?"),
                (Role::Staff, "can I have your e-mail?"),
                (Role::Patron, "jane.roe@example.org"),
                (Role::Patron, "and my card is with me"),
                // Another label without a time is still no speaker.
                (Role::Patron, "Title: Becoming"),
            ]
        );
        // Without the export's name, the transcript is still labelled by names throughout.
        let lines = read(t, "", |_| false).lines;
        assert_eq!(lines[0], (Role::Patron, "hi, where is my hold?"));
        assert_eq!(lines[2], (Role::Patron, "jane.roe@example.org"));
        assert_eq!(lines[4], (Role::Patron, "Title: Becoming"));
        // One name beside a role's word is enough.
        let lines = read("Jane Roe: hi\nLibrarian: hello\nmore", "", |_| false).lines;
        assert_eq!(lines[0], (Role::Patron, "hi"));
        assert_eq!(lines[2], (Role::Staff, "more"));
        // Timed lines as before, in one pass and two.
        let t = "10:00 - Kelly (BCPL): hello\nJane Roe: my card\n10:01 - Jane Roe: thanks";
        let want = [
            (Role::Staff, "hello"),
            (Role::Patron, "my card"),
            (Role::Patron, "thanks"),
        ];
        assert_eq!(read(t, "jane roe", |_| false).lines, want);
        let (one, two) = passes(t, "jane roe");
        assert_eq!(two, want);
        assert_eq!(one.unwrap_or(two), want);
    }

    fn agree(t: &str) {
        for patron in ["", "Jane", "Kim"] {
            let staff = |l: &str| l.contains("Pratt");
            assert_eq!(
                read(t, patron, staff).lines,
                read_plain(t, patron, staff),
                "{t:?}"
            );
            if let (Some(one), two) = passes(t, patron) {
                assert_eq!(one, two, "{t:?}");
            }
        }
    }

    #[test]
    fn one_pass_reads_unless_a_guest_follows_a_stranger() {
        let t = "10:00:00 - Kelly: hello\n10:00:05 - Guest1234: hi\n10:00:09 - Kelly: Guest left the chat";
        assert_eq!(passes(t, "").0, None);
        // The stranger is the patron when no guest follows, and staff after a guest.
        for t in [
            "10:00:00 - Kelly: hello\n10:00:05 - Jane: hi\n10:00:09 - System: ok",
            "10:00:00 - Guest1234: hello\n10:00:05 - Kelly: hi\n10:00:09 - Patron: ok",
            "10:00:00 - System: hello\n10:00:05 - Jane: hi\nmore\n10:00:09 - Kim (BCPL): ok",
        ] {
            let (one, two) = passes(t, "");
            assert_eq!(one, Some(two), "{t:?}");
        }
        // Kim is the patron by the export's name.
        let t = "10:00:00 - Kelly: hello\n10:00:05 - Kim: hi";
        assert_eq!(passes(t, "Kim").0, None);
        let mut read = 0;
        for text in training_texts() {
            for piece in lines_of(&text).collect::<Vec<_>>().chunks(30) {
                let t = piece.join("\n");
                if let (Some(one), two) = passes(&t, "") {
                    assert_eq!(one, two, "{t:?}");
                    read += 1;
                }
            }
        }
        assert!(read > 100, "{read} read in one pass");
    }

    #[test]
    fn the_same_on_every_training_transcript() {
        // Each file whole, and in pieces of 30 lines (a chat's length).
        let mut pieces = 0;
        for text in training_texts() {
            agree(&text);
            let lines: Vec<&str> = lines_of(&text).collect();
            for piece in lines.chunks(30) {
                agree(&piece.join("\n"));
                pieces += 1;
            }
        }
        assert!(pieces > 100, "{pieces} pieces");
    }

    #[test]
    fn the_same_on_traps() {
        for t in [
            // A label of one form that holds the other's separator.
            "10:00\tKim: x\thi\n10:00 Kim: x: hi\n10:01\tKim: x\tagain",
            "10:00 a\tb: hi\n10:00\ta\tb: hi\n10:00 a\tb: hi\n10:01\ta\tb\thi",
            // An empty label (tab form) and a line starting with ": " after it.
            "10:00\t\thi\n10:01 : hi\n10:02\t\tagain",
            // A label ending in a colon, a colon inside, spaces before the colon.
            "10:00 a:: hi\n10:01 a:: again\n10:02 a:b: hi\n10:03 a:b: x\n10:04 a: x",
            "10:00 Kim : hi\n10:01 Kim: hi\n10:02 Kim : again\n10:03 Kim:",
            "10:00 Kim:\n10:01 Kim:x\n10:02 Kimberly: hi\n10:03 Kim: hi",
            // The fallback "System" label and a line that names it.
            "10:00 Chat started\n10:01 System: hi\n10:02 Jane: hi",
            // Labels that are prefixes of one another.
            "10:00 Kim: a\n10:01 Kim Lee: b\n10:02 Kim: c\n10:03 Kim Lee: d",
            // A label past 120 bytes, and one just short of it.
            &format!("10:00 {0}: a\n10:01 {0}: b", "k".repeat(130)),
            &format!("10:00 {0}: a\n10:01 {0}: b", "k".repeat(119)),
            &format!("10:00 {0}: a\n10:01 {0}: b", "k".repeat(120)),
            // Untimed role words, carriage returns, trimmed labels.
            "Patron: hi\r\n10:00 Patron: again\r\nPatron: more\r10:01 \u{a0}Kim\u{a0}: x\n10:02 Kim: y",
            "10:00\t Kim \thi\n10:01\tKim\tagain\n10:02 Kim: x\n10:03\tKim \ty",
            "[2:22:09 PM] Jane: hi\n[2:22:10 PM] Dana - Pratt: hi\n[2:22:11 PM] Jane: has left the chat",
        ] {
            agree(t);
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(1000))]
        #[test]
        fn the_same_on_random_transcripts(
            lines in proptest::collection::vec(
                (
                    proptest::sample::select(vec!["10:00 ", "10:00\t", "[1:00 PM] ", "", "10:00 - "]),
                    proptest::collection::vec(proptest::sample::select(vec![
                        "Kim", "Kim Lee", "Jane", ":", ": ", "::", "\t", " ", "\u{a0}", "Guest",
                        "Patron", "System", "x", "é", "Pratt", "has left the chat",
                    ]), 0..5),
                ),
                0..12,
            ),
            ends in proptest::sample::select(vec!["\n", "\r\n", "\r"]),
        ) {
            let t: Vec<String> = lines.iter().map(|(time, parts)| format!("{time}{}", parts.concat())).collect();
            for line in &t {
                // A label's separators, known from the form it was read in, are what its
                // bytes hold.
                if let Some(l) = parse_line(line) {
                    let s = Speaker::new(l.speaker, Looks::Unknown, strip_time(line).is_some_and(|t| t.1));
                    let b = l.speaker.as_bytes();
                    proptest::prop_assert_eq!(s.colon, !b.is_empty() && !b.windows(2).any(|w| w == b": "), "{:?}", line);
                    proptest::prop_assert_eq!(s.tab, !b.contains(&b'\t'), "{:?}", line);
                }
            }
            let t = t.join(ends);
            for patron in ["", "Jane", "Kim"] {
                let staff = |l: &str| l.contains("Pratt");
                proptest::prop_assert_eq!(read(&t, patron, staff).lines, read_plain(&t, patron, staff), "{:?}", t);
                if let (Some(one), two) = passes(&t, patron) {
                    proptest::prop_assert_eq!(one, two, "{:?}", t);
                }
            }
        }
    }

    /// [`said_by_known`] as it was: the last speaker, then every speaker in order.
    fn said_by_any<'a>(
        rest: &'a str,
        tab: bool,
        speakers: &[Speaker<'_>],
        last: usize,
    ) -> Option<(usize, &'a str)> {
        let b = rest.as_bytes();
        let says = |s: &Speaker| -> Option<&'a str> {
            let n = s.label.len();
            let sep = if tab {
                s.tab && b.get(n) == Some(&b'\t')
            } else {
                s.colon
                    && n < 120
                    && b.get(n) == Some(&b':')
                    && b.get(n + 1).is_none_or(|&c| c == b' ')
            };
            (sep && &b[..n] == s.label.as_bytes())
                .then(|| rest.get(n + 1 + usize::from(!tab)..).unwrap_or(""))
        };
        if let Some(text) = speakers.get(last).and_then(says) {
            return Some((last, text));
        }
        speakers
            .iter()
            .enumerate()
            .find_map(|(i, s)| says(s).map(|t| (i, t)))
    }

    /// Each line of `t` told apart by `said_by_known` with the speakers by label, without
    /// them and as `said_by_any` tells it, after every last speaker; the speakers those of
    /// `t`'s lines in the order and form they are first read.
    fn said_by_the_same(t: &str) {
        let mut speakers: Vec<Speaker> = Vec::new();
        for line in lines_of(t) {
            if let Some(l) = parse_line(line) {
                if speakers.iter().all(|s| s.label != l.speaker) {
                    let tab_form = strip_time(line).is_some_and(|t| t.1);
                    speakers.push(Speaker::new(l.speaker, Looks::Unknown, tab_form));
                }
            }
        }
        let by_label: ByLabel = speakers
            .iter()
            .enumerate()
            .map(|(i, s)| (s.label, i))
            .collect();
        for line in lines_of(t) {
            let Some((rest, tab)) = strip_time(line) else {
                continue;
            };
            for last in 0..=speakers.len() {
                let want = said_by_any(rest, tab, &speakers, last);
                assert_eq!(
                    said_by_known(rest, tab, &speakers, Some(&by_label), last),
                    want,
                    "{line:?} after {last} of {speakers:?}"
                );
                assert_eq!(said_by_known(rest, tab, &speakers, None, last), want);
            }
        }
    }

    #[test]
    fn the_same_with_many_labels() {
        // Prefixes of one another, colons and tabs inside, spaces around, each form, each
        // label read again after the others (so by its label, not as the last speaker's).
        let forms = ["10:00 ", "10:00\t", "[1:00 PM] ", "10:00 - "];
        let labels = [
            "Kim",
            "Kim Lee",
            "Kim:",
            "Kim::",
            "Kim:x",
            "Kim :",
            "Kim\t",
            " Kim",
            "Guest",
            "Patron",
            "System",
            "a\tb",
            "a: b",
            "Dana - Pratt",
            "é",
            "",
        ];
        let mut t = String::new();
        for round in 0..2 {
            for (k, form) in forms.iter().enumerate() {
                for (j, label) in labels.iter().enumerate() {
                    for n in ["", "1", "10", "1:"] {
                        let sep = [": ", ":", "\t", ": : "][(j + k + round) % 4];
                        t.push_str(&format!("{form}{label}{n}{sep}hi\n"));
                    }
                }
            }
        }
        let lines: Vec<&str> = lines_of(&t).collect();
        assert!(lines.len() > 500);
        for piece in lines.chunks(97) {
            let piece = piece.join("\n");
            agree(&piece);
            said_by_the_same(&piece);
        }
        said_by_the_same(&t);
        agree(&t);
    }

    #[test]
    fn thirty_thousand_labels_are_read() {
        // A new label on every line, then each again in the other order, in each form; the
        // guest at the end has the first stranger's lines read again as staff's.
        for form in ["10:00 - ", "10:00\t"] {
            let sep = if form.ends_with('\t') { "\t" } else { ": " };
            let mut t = String::new();
            for i in (0..30_000).chain((0..30_000).rev()) {
                t.push_str(&format!("{form}Person{i}{sep}hello {i}\n"));
            }
            let r = read(&t, "", |_| false);
            assert_eq!(r.lines.len(), 60_001);
            assert_eq!(r.lines[0], (Role::Patron, "hello 0"));
            assert_eq!(r.lines[59_999], (Role::Patron, "hello 0"));
            assert_eq!(r.lines[30_000], (Role::Staff, "hello 29999"));
            t.push_str(&format!("{form}Guest1{sep}bye"));
            let r = read(&t, "", |_| false);
            assert_eq!(r.lines.len(), 60_001);
            assert_eq!(r.lines[0], (Role::Staff, "hello 0"));
            assert_eq!(r.lines[60_000], (Role::Patron, "bye"));
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(300))]
        #[test]
        fn the_same_on_random_transcripts_of_many_labels(
            lines in proptest::collection::vec(
                (
                    proptest::sample::select(vec!["10:00 ", "10:00\t", "[1:00 PM] ", "", "10:00 - "]),
                    proptest::collection::vec(proptest::sample::select(vec![
                        "Kim", "Kim Lee", "Jane", ":", "::", "\t", " ", "\u{a0}", "Guest",
                        "Patron", "System", "x", "é", "Pratt", "a:b", ": ",
                    ]), 0..4),
                    0..40u32,
                    proptest::sample::select(vec![": ", ":", "\t", " : ", "", ": : ", ":\t"]),
                    proptest::sample::select(vec!["hi", "has left the chat", "x: y", "\tz", ""]),
                ),
                0..80,
            ),
        ) {
            let t: Vec<String> = lines
                .iter()
                .map(|(time, parts, n, sep, text)| format!("{time}{}{n}{sep}{text}", parts.concat()))
                .collect();
            let t = t.join("\n");
            said_by_the_same(&t);
            for patron in ["", "Jane", "Kim"] {
                let staff = |l: &str| l.contains("Pratt");
                proptest::prop_assert_eq!(read(&t, patron, staff).lines, read_plain(&t, patron, staff), "{:?}", t);
                if let (Some(one), two) = passes(&t, patron) {
                    proptest::prop_assert_eq!(one, two, "{:?}", t);
                }
            }
        }
    }
}

/// A label's speaker from its remembered facts against its plain form: `looks` and
/// `Speaker::new` on every label read.
#[cfg(test)]
mod remembered_labels {
    use super::*;

    fn agree(label: &str) {
        for patron in ["", "Jamal", " jamal ", "Guest36158", "system", label] {
            for tab_form in [false, true] {
                let staff = |l: &str| l.contains("Pratt");
                let mut look = looks(label, patron);
                if look == Looks::Unknown && staff(label) {
                    look = Looks::Staff;
                }
                assert_eq!(
                    speaker(label, trim(patron), tab_form, staff),
                    Speaker::new(label, look, tab_form),
                    "{label:?} {patron:?} {tab_form}"
                );
            }
        }
    }

    #[test]
    fn the_same_on_every_training_label_read_twice() {
        let mut labels = Vec::new();
        for text in training_texts() {
            labels.extend(
                lines_of(&text).filter_map(|l| parse_line(l).map(|l| l.speaker.to_string())),
            );
        }
        assert!(labels.len() > 1000, "{} labels", labels.len());
        for _ in 0..2 {
            for l in &labels {
                agree(l);
            }
        }
    }

    #[test]
    fn a_long_label_is_read_but_not_remembered() {
        for n in [REMEMBERED_LABEL, REMEMBERED_LABEL + 1, 1 << 20] {
            let label = format!("Kim - {}", "x".repeat(n));
            agree(&label);
            agree(&label);
        }
        LABELS.with_borrow(|slots| {
            assert!(slots.iter().all(|(l, _)| l.len() <= REMEMBERED_LABEL));
        });
    }

    #[test]
    fn the_same_when_labels_take_one_another_s_slots() {
        // More labels than slots, read twice, then each beside the labels of its set.
        let labels: Vec<String> = (0..6 * LABEL_SLOTS)
            .map(|i| match i % 4 {
                0 => format!("Guest{i}"),
                1 => format!("Kim {i} - Pratt"),
                2 => format!("{i}@web.libraryh3lp.com"),
                _ => format!("x{i}: \t"),
            })
            .chain(
                [
                    "", "System", "a", "ab", "abc", "abcd", "abcdefg", "abcdefgh",
                ]
                .map(String::from),
            )
            .collect();
        for _ in 0..2 {
            for l in &labels {
                agree(l);
            }
        }
        let mut by_slot = std::collections::HashMap::new();
        for l in &labels {
            by_slot
                .entry(label_slot(l.as_bytes()))
                .or_insert_with(Vec::new)
                .push(l);
        }
        assert!(by_slot.values().any(|v| v.len() > 2));
        for same in by_slot.values() {
            for l in same.iter().chain(same.iter().rev()) {
                agree(l);
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn bytes_found_as_memchr_and_windows_find_them(
            parts in proptest::collection::vec(proptest::sample::select(vec![
                ":", ": ", " -", " - ", "-", "library", "librar", "@", "\t", "x", "é", "xxxxxxxxxxxx",
            ]), 0..12),
        ) {
            let b = parts.concat().into_bytes();
            for c in [b':', b'@', b'\t', b'-'] {
                proptest::prop_assert_eq!(find(c, &b), memchr::memchr(c, &b));
            }
            proptest::prop_assert_eq!(holds(&b, b": "), b.windows(2).any(|w| w == b": "));
            proptest::prop_assert_eq!(holds(&b, b" - "), b.windows(3).any(|w| w == b" - "));
            proptest::prop_assert_eq!(holds(&b, b"library"), b.windows(7).any(|w| w == b"library"));
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(1000))]
        #[test]
        fn the_same_on_random_labels(
            parts in proptest::collection::vec(proptest::sample::select(vec![
                "Guest", "guest", "Patron", "System", "SYSTEM ", "system", "Librarian", "library",
                "@", ".", "web", "chat", "libraryh3lp", " - ", "(", ")", "+", "1", "5550162", " ",
                ": ", ":", "\t", "\u{a0}", "é", "Kim", "Jamal", "Pratt", "x",
            ]), 0..8),
        ) {
            let label: String = parts.concat();
            agree(&label);
            agree(&label);
        }
    }
}

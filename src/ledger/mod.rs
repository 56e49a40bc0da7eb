//! The follow-up ledger: what was decided for each chat owed a follow-up, and when the follow-up
//! went out. It is how aun keeps track of the 72-hour promise after `refer` has said where a chat
//! goes.
//!
//! The file is JSON Lines, one event per line, only ever appended to (docs/FORMATS.md):
//! `decided` (a referral decision), `answered` and `closed` (from a later export), `done` (marked by
//! hand). A chat's state is the fold of its events ([`Ledger::followups`]): its latest decision,
//! and its first answer. A changed decision is a new `decided` line, never an overwrite.
//!
//! Writers take an exclusive lock on the sibling file `LEDGER.lock` (the lock `remind` takes on its
//! state), read the ledger again under the lock, weigh what they add against it ([`batch`]), and
//! append it in one write that is undone (the file cut back to its old length) if it fails
//! part-way: the ledger holds each entry whole or not at all. Readers fold it ([`fold`]); both in
//! bounded memory, whatever the ledger's length.

pub mod batch;
pub mod fold;
pub mod store;

pub use batch::{Batch, DuplicateId, Outcome};
pub use fold::fold;
pub use store::lock;

use crate::referral::{Method, Referral, RuleId};
use crate::triage::{Subject, FOLLOW_UP_WITHIN};
use anyhow::{anyhow, bail, Result};
use chrono::{DateTime, Duration, FixedOffset, Utc};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// The version every line carries; a reader refuses a newer one.
pub const VERSION: u32 = 1;

/// The longest line a reader takes: the limit on one chat's record in an export, far more than any
/// ledger line needs, so that memory stays bounded whatever the file holds.
pub const MAX_LINE_BYTES: usize = crate::export::MAX_RECORD_BYTES;

/// One line of the ledger.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Entry {
    pub v: u32,
    #[serde(flatten)]
    pub event: Event,
}

impl Entry {
    /// A line of `event`. A chat is known by its id without surrounding spaces (a spreadsheet's
    /// padding), whether the id comes from an export, the command line or a line of the ledger.
    pub fn new(mut event: Event) -> Entry {
        let id = match &mut event {
            Event::Decided(d) => &mut d.chat_id,
            Event::Answered(c) | Event::Closed(c) | Event::Done(c) => &mut c.chat_id,
        };
        if id.trim().len() != id.len() {
            *id = id.trim().to_string();
        }
        Entry { v: VERSION, event }
    }

    pub fn chat_id(&self) -> &str {
        match &self.event {
            Event::Decided(d) => &d.chat_id,
            Event::Answered(c) | Event::Closed(c) | Event::Done(c) => &c.chat_id,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "event", rename_all = "kebab-case")]
// Decisions are most of the ledger: boxing them would save nothing.
#[allow(clippy::large_enum_variant)]
pub enum Event {
    /// Where a chat's follow-up goes, as `refer` decided it.
    Decided(Decision),
    /// A later export shows the follow-up answered.
    Answered(Closing),
    /// A later export shows the chat (or its ticket) closed.
    Closed(Closing),
    /// Marked done by hand (`aun followups done`).
    Done(Closing),
}

/// A referral decision for one chat.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Decision {
    pub chat_id: String,
    pub started_at: DateTime<FixedOffset>,
    /// 72 elapsed hours after `started_at`.
    pub due_at: DateTime<FixedOffset>,
    pub rule: RuleId,
    /// The account the follow-up is referred to; none when the chat cannot be followed up by
    /// e-mail (rule `no-email`): then no follow-up is owed.
    pub destination: Option<String>,
    pub destination_id: Option<String>,
    pub method: Method,
    /// The account the chat came from, and its directory id.
    pub origin: String,
    pub origin_id: Option<String>,
    /// The category as named when the decision was made: kept as text, since a ledger outlives
    /// the category model and its names (the rule ids and subjects are those of rules.md).
    pub category: String,
    pub subject: Subject,
    /// Why a librarian should read this chat before trusting the decision, if triage is unsure.
    pub needs_review: Option<String>,
    pub decided_at: DateTime<FixedOffset>,
    /// The library on duty at `decided_at` by the schedule, or the one named by `--by`.
    pub decided_by: Option<String>,
    /// Where the chat was read: "export.csv: record 12".
    pub source: String,
}

impl Decision {
    /// The decision `refer` made for a chat, made at `decided_at` by `decided_by`; `None` when the
    /// chat has no start time (then it has no deadline to keep).
    pub fn of_referral(
        r: &Referral,
        source: &str,
        needs_review: Option<String>,
        decided_at: DateTime<FixedOffset>,
        decided_by: Option<String>,
    ) -> Result<Option<Decision>> {
        let Some(started_at) = r.started_at.map(|t| t.fixed_offset()) else {
            return Ok(None);
        };
        Ok(Some(Decision {
            chat_id: r.id.clone(),
            started_at,
            due_at: started_at + FOLLOW_UP_WITHIN,
            rule: r.rule,
            destination: r.destination.clone(),
            destination_id: r.destination_id.clone(),
            method: r.method,
            origin: r.origin.clone(),
            origin_id: r.origin_id.clone(),
            category: r.category.as_str().to_string(),
            subject: r.subject,
            needs_review,
            decided_at,
            decided_by,
            source: format!("{source}: record {}", r.record),
        }))
    }

    /// The same decision, whoever made it and whenever: recording it again changes nothing.
    pub fn same_as(&self, other: &Decision) -> bool {
        self.chat_id == other.chat_id
            && self.started_at == other.started_at
            && self.rule == other.rule
            && self.destination == other.destination
            && self.destination_id == other.destination_id
            && self.method == other.method
            && self.needs_review == other.needs_review
    }

    /// Whether a follow-up is owed at all (a chat without an e-mail address has no referral).
    pub fn owed(&self) -> bool {
        self.destination.is_some()
    }
}

/// A follow-up answered, closed or marked done.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Closing {
    pub chat_id: String,
    /// When the follow-up went out (or the chat was closed).
    pub at: DateTime<FixedOffset>,
    /// When this line was written.
    pub recorded_at: DateTime<FixedOffset>,
    /// "later.csv: record 3", or "by hand".
    pub source: String,
}

/// How a follow-up ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum How {
    Answered,
    Closed,
    Done,
}

one_name!(How {
    Answered => "answered",
    Closed => "closed",
    Done => "done",
});

/// A chat's state at an instant.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum State {
    /// Owed, not yet due.
    Open,
    /// Owed and past its deadline.
    Overdue,
    /// Answered, closed or marked done.
    Done,
    /// No follow-up owed (no e-mail address: no referral).
    NotOwed,
}

one_name!(State {
    Open => "open",
    Overdue => "overdue",
    Done => "done",
    NotOwed => "not-owed",
});

/// One chat as the ledger knows it: the latest decision and the first answer.
#[derive(Debug, Clone, PartialEq)]
pub struct Followup {
    pub decision: Decision,
    /// How many decisions were recorded for the chat (more than one: it was re-decided).
    pub decisions: usize,
    pub done: Option<(How, Closing)>,
}

impl Followup {
    pub fn state_at(&self, now: DateTime<Utc>) -> State {
        if !self.decision.owed() {
            State::NotOwed
        } else if self.done.is_some() {
            State::Done
        } else if now > self.decision.due_at {
            State::Overdue
        } else {
            State::Open
        }
    }

    /// When the follow-up went out, if it did.
    pub fn done_at(&self) -> Option<DateTime<FixedOffset>> {
        self.done.as_ref().map(|(_, c)| c.at)
    }

    /// From the chat's start to its follow-up.
    pub fn time_to_follow_up(&self) -> Option<Duration> {
        self.done_at().map(|at| at - self.decision.started_at)
    }

    /// Answered by its deadline (72 elapsed hours after the start, the deadline included).
    pub fn within_deadline(&self) -> Option<bool> {
        self.done_at().map(|at| at <= self.decision.due_at)
    }
}

/// Every entry of a ledger file, in file order.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Ledger {
    pub source: String,
    pub entries: Vec<Entry>,
    /// Lines read but not counted, each with its file, line and why: an answer, close or `done`
    /// dated before its chat started or after it was recorded (a line written by hand; aun's own
    /// writers refuse such a time). The chat stays owed, as if the line were not there.
    pub problems: Vec<String>,
}

impl Ledger {
    /// Parses a ledger: one JSON object per line; blank lines are allowed. Errors name the line.
    pub fn parse(source: &str, text: &str) -> Result<Ledger> {
        Ledger::read(source, text.as_bytes())
    }

    /// Reads a ledger line by line from `input` (see [`read_lines`]).
    pub fn read(source: &str, input: impl std::io::BufRead) -> Result<Ledger> {
        let mut entries = Vec::new();
        let mut lines = Vec::new();
        read_lines(source, input, |n, _, entry| {
            entries.push(entry);
            lines.push(n);
            Ok(())
        })?;
        let problems = drop_impossible_closings(source, &mut entries, &lines);
        Ok(Ledger {
            source: source.to_string(),
            entries,
            problems,
        })
    }

    /// Reads a ledger file; a missing file is an empty ledger.
    pub fn load(path: &std::path::Path) -> Result<Ledger> {
        let name = path.display().to_string();
        match open(path)? {
            Some(input) => Ledger::read(&name, input),
            None => Ok(Ledger {
                source: name,
                ..Ledger::default()
            }),
        }
    }

    /// The chats, in the order they were first decided. Answers for a chat never decided are
    /// kept aside (an `answered` line before its `decided` line counts once the decision comes).
    pub fn followups(&self) -> Vec<Followup> {
        self.clone().into_followups()
    }

    /// [`Ledger::followups`], taking the entries instead of copying them.
    pub fn into_followups(self) -> Vec<Followup> {
        let mut out: Vec<Followup> = Vec::new();
        let mut index: HashMap<String, usize> = HashMap::new();
        let mut closings: Vec<(How, Closing)> = Vec::new();
        for e in self.entries {
            match e.event {
                Event::Decided(d) => match index.get(&d.chat_id) {
                    Some(&i) => {
                        out[i].decision = d;
                        out[i].decisions += 1;
                    }
                    None => {
                        index.insert(d.chat_id.clone(), out.len());
                        out.push(Followup {
                            decision: d,
                            decisions: 1,
                            done: None,
                        });
                    }
                },
                Event::Answered(c) => closings.push((How::Answered, c)),
                Event::Closed(c) => closings.push((How::Closed, c)),
                Event::Done(c) => closings.push((How::Done, c)),
            }
        }
        // Answers for a chat never decided are kept aside; an answer written before its decision
        // still counts. The first follow-up counts: the earliest time, then the first written.
        for (how, c) in closings {
            if let Some(&i) = index.get(&c.chat_id) {
                let f = &mut out[i];
                if f.done.as_ref().is_none_or(|(_, d)| c.at < d.at) {
                    f.done = Some((how, c));
                }
            }
        }
        out
    }
}

/// The ledger file at `path`, to be read; none when there is no such file (an empty ledger).
pub fn open(path: &std::path::Path) -> Result<Option<std::io::BufReader<std::fs::File>>> {
    let name = path.display().to_string();
    crate::io::files::note_input(&name);
    match std::fs::File::open(path) {
        Ok(f) => Ok(Some(std::io::BufReader::with_capacity(1 << 16, f))),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(anyhow!("{name}: {e}")),
    }
}

/// Reads a ledger line by line from `input`, handing `each` every entry with its line number and
/// its bytes: never the whole file in memory at once, and no line longer than [`MAX_LINE_BYTES`]
/// (a file of NUL bytes is one endless line). Errors name the line.
fn read_lines(
    source: &str,
    input: impl std::io::BufRead,
    mut each: impl FnMut(usize, &[u8], Entry) -> Result<()>,
) -> Result<()> {
    use std::io::{BufRead, Read};
    let mut input = input;
    let mut bytes = Vec::new();
    let mut n = 0;
    loop {
        bytes.clear();
        let read = (&mut input)
            .take(MAX_LINE_BYTES as u64 + 1)
            .read_until(b'\n', &mut bytes)
            .map_err(|e| anyhow!("{source}: line {}: {e}", n + 1))?;
        if read == 0 {
            break;
        }
        n += 1;
        // What is wrong with line n, and what to do: aun only appends, so a bad line stays
        // until someone mends it.
        let bad = |why: String| {
            anyhow!("{source}: line {n}: {why}; correct or remove the line by hand (aun only appends to the ledger)")
        };
        if bytes.len() > MAX_LINE_BYTES {
            return Err(bad(format!(
                "longer than the limit of {MAX_LINE_BYTES} bytes ({} MiB) for one line, where a ledger line is a few hundred (is this the right file?)",
                MAX_LINE_BYTES >> 20
            )));
        }
        let line = std::str::from_utf8(&bytes)
            .map_err(|e| bad(format!("not UTF-8 (byte {})", e.valid_up_to() + 1)))?;
        let whole = line.ends_with('\n');
        if line.trim().is_empty() {
            continue;
        }
        // One pass straight into a flat struct: no JSON tree, no buffering of a tagged enum.
        let raw: RawLine = serde_json::from_str(line).map_err(|e| {
            if whole {
                bad(format!("not a ledger line: {e}"))
            } else {
                bad(format!("incomplete last line (an interrupted write?): {e}"))
            }
        })?;
        match raw.v {
            Some(v) if v == u64::from(VERSION) => {}
            Some(v) => {
                bail!(
                    "{source}: line {n}: ledger version {v} (this aun reads version {VERSION}; use a newer aun)"
                )
            }
            None => return Err(bad("no version (\"v\"): not an aun ledger line".into())),
        }
        let entry = raw.into_entry().map_err(bad)?;
        if entry.chat_id().trim().is_empty() {
            return Err(bad(
                "the chat_id is empty (a follow-up is known by its chat's id)".into(),
            ));
        }
        each(n, line.trim_end().as_bytes(), entry)?;
    }
    Ok(())
}

/// Takes out of `entries` (read from `lines` of `source`) every answer, close or `done` dated
/// before the start of its chat's latest decision, or after it was recorded: counted, it would be a
/// follow-up in time that never happened, as `followups update` and `done` refuse it. Returns one
/// message per line taken out.
fn drop_impossible_closings(
    source: &str,
    entries: &mut Vec<Entry>,
    lines: &[usize],
) -> Vec<String> {
    let mut started: HashMap<&str, DateTime<FixedOffset>> = HashMap::new();
    for e in entries.iter() {
        if let Event::Decided(d) = &e.event {
            started.insert(&d.chat_id, d.started_at);
        }
    }
    let mut problems = Vec::new();
    let mut keep = Vec::with_capacity(entries.len());
    for (e, &n) in entries.iter().zip(lines) {
        let why = not_counted(source, n, e, started.get(e.chat_id()));
        keep.push(why.is_none());
        problems.extend(why);
    }
    let mut k = keep.into_iter();
    entries.retain(|_| k.next().unwrap_or(true));
    problems
}

/// Why the closing `e`, line `n` of `source`, is not counted, if it is not: dated before the
/// start of its chat's latest decision (`started`), or after the line was recorded.
fn not_counted(
    source: &str,
    n: usize,
    e: &Entry,
    started: Option<&DateTime<FixedOffset>>,
) -> Option<String> {
    use crate::time::short;
    let (how, c) = match &e.event {
        Event::Decided(_) => return None,
        Event::Answered(c) => (How::Answered, c),
        Event::Closed(c) => (How::Closed, c),
        Event::Done(c) => (How::Done, c),
    };
    let why = match started {
        Some(s) if c.at < *s => format!("before the chat started ({})", short(s)),
        _ if c.at > c.recorded_at => {
            format!("after the line was recorded ({})", short(&c.recorded_at))
        }
        _ => return None,
    };
    Some(format!(
        "{source}: line {n}: chat {}: {} at {} is {why}; not counted as a follow-up",
        c.chat_id,
        how.as_str(),
        short(&c.at)
    ))
}

/// One line as read: every field of every event, so that a line is parsed in one pass. Unknown
/// fields are ignored (a later version may add some).
#[derive(Deserialize)]
struct RawLine {
    v: Option<u64>,
    event: Option<String>,
    chat_id: Option<String>,
    started_at: Option<DateTime<FixedOffset>>,
    due_at: Option<DateTime<FixedOffset>>,
    rule: Option<String>,
    #[serde(default)]
    destination: Option<String>,
    #[serde(default)]
    destination_id: Option<String>,
    method: Option<String>,
    origin: Option<String>,
    #[serde(default)]
    origin_id: Option<String>,
    category: Option<String>,
    subject: Option<String>,
    #[serde(default)]
    needs_review: Option<String>,
    decided_at: Option<DateTime<FixedOffset>>,
    #[serde(default)]
    decided_by: Option<String>,
    at: Option<DateTime<FixedOffset>>,
    recorded_at: Option<DateTime<FixedOffset>>,
    source: Option<String>,
}

impl RawLine {
    fn into_entry(self) -> std::result::Result<Entry, String> {
        fn need<T>(v: Option<T>, name: &str) -> std::result::Result<T, String> {
            v.ok_or_else(|| format!("missing field `{name}`"))
        }
        /// A field that holds one name of an enum.
        fn named<T>(
            v: Option<String>,
            name: &str,
            parse: fn(&str) -> Option<T>,
        ) -> std::result::Result<T, String> {
            let text = need(v, name)?;
            parse(&text).ok_or_else(|| format!("unknown {name} `{text}`"))
        }
        let times = [
            &self.started_at,
            &self.due_at,
            &self.decided_at,
            &self.at,
            &self.recorded_at,
        ];
        if let Some(t) = times
            .into_iter()
            .flatten()
            .find(|t| crate::time::is_leap_second(t))
        {
            return Err(format!("{} {}", t.to_rfc3339(), crate::time::LEAP_SECOND));
        }
        // Every time aun reads is within its years (docs/FORMATS.md "Start times"); a deadline
        // may be 72 hours past them, and is checked against its start below.
        let read = [
            &self.started_at,
            &self.decided_at,
            &self.at,
            &self.recorded_at,
        ];
        let outside = read.into_iter().flatten().find_map(|t| {
            let utc = t.with_timezone(&Utc);
            (!crate::time::YEARS.contains(&chrono::Datelike::year(&utc)))
                .then(|| format!("{} {}", t.to_rfc3339(), crate::time::outside_years(utc)))
        });
        if let Some(why) = outside {
            return Err(why);
        }
        // The deadline is the start's, 72 elapsed hours on: another one would count a follow-up
        // in time as late, or a late one as in time.
        if let (Some(start), Some(due)) = (self.started_at, self.due_at) {
            if due != start + FOLLOW_UP_WITHIN {
                return Err(format!(
                    "due_at {} is not 72 hours after started_at {}",
                    due.to_rfc3339(),
                    start.to_rfc3339()
                ));
            }
        }
        let event = need(self.event, "event")?;
        let chat_id = need(self.chat_id, "chat_id")?;
        let closing = |at, recorded_at, source| -> std::result::Result<Closing, String> {
            Ok(Closing {
                chat_id: chat_id.clone(),
                at: need(at, "at")?,
                recorded_at: need(recorded_at, "recorded_at")?,
                source: need(source, "source")?,
            })
        };
        let event = match event.as_str() {
            "decided" => Event::Decided(Decision {
                chat_id: chat_id.clone(),
                started_at: need(self.started_at, "started_at")?,
                due_at: need(self.due_at, "due_at")?,
                rule: named(self.rule, "rule", RuleId::parse)?,
                destination: self.destination,
                destination_id: self.destination_id,
                method: named(self.method, "method", Method::parse)?,
                origin: need(self.origin, "origin")?,
                origin_id: self.origin_id,
                category: need(self.category, "category")?,
                subject: named(self.subject, "subject", Subject::parse)?,
                needs_review: self.needs_review,
                decided_at: need(self.decided_at, "decided_at")?,
                decided_by: self.decided_by,
                source: need(self.source, "source")?,
            }),
            "answered" => Event::Answered(closing(self.at, self.recorded_at, self.source)?),
            "closed" => Event::Closed(closing(self.at, self.recorded_at, self.source)?),
            "done" => Event::Done(closing(self.at, self.recorded_at, self.source)?),
            other => {
                return Err(format!(
                    "unknown event {other:?} (expected decided, answered, closed or done)"
                ))
            }
        };
        Ok(Entry::new(event))
    }
}

/// What a later export's status or resolution says of a chat.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Said {
    /// Answered or closed: with a time, the follow-up went out then.
    Ended(How),
    /// Still owed ("Follow Up By Patron Library", "Open", "Pending", "Unanswered", …): a time
    /// beside it is the chat session's close, not a follow-up.
    Owed,
    /// No status at all: a time alone says answered.
    Nothing,
    /// A status aun does not know: never taken for an answer.
    Unknown,
}

/// What a later export's resolution says of a chat.
pub fn resolution_outcome(resolution: &str) -> Said {
    let key: String = resolution
        .chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .map(|c| c.to_ascii_lowercase())
        .collect();
    const ANSWERED: &[&str] = &[
        "answered",
        "followupsent",
        "followedup",
        "emailsent",
        "replied",
        "resolved",
        "complete",
        "completed",
    ];
    const CLOSED: &[&str] = &[
        "closed",
        "closedbypatron",
        "closednoresponse",
        "cancelled",
        "canceled",
    ];
    const OWED: &[&str] = &[
        "open",
        "reopened",
        "new",
        "pending",
        "waiting",
        "inprogress",
        "unanswered",
        "notanswered",
    ];
    if resolution.trim().is_empty() {
        Said::Nothing
    } else if crate::triage::is_follow_up(resolution) || OWED.contains(&key.as_str()) {
        Said::Owed
    } else if ANSWERED.contains(&key.as_str()) || key.starts_with("answered") {
        Said::Ended(How::Answered)
    } else if CLOSED.contains(&key.as_str()) || key.starts_with("closed") {
        Said::Ended(How::Closed)
    } else {
        Said::Unknown
    }
}

#[cfg(test)]
pub(crate) mod tests;

//! Reminders for cron: who must check Shared Follow-Up now, who should know that no one is on duty,
//! and (given an export) which chats are about to miss their 72 hours.
//!
//! Every reminder is for a *moment* (a block's start, its midpoint, the start of a gap, the instant
//! a chat becomes due-soon or overdue) and stops being worth sending at its `until` instant (the
//! check's due time, the end of the gap). It has a stable key: kind, moment in UTC and recipient,
//! so the server's time zone never changes a key and a state file can tell what was already sent.
//!
//! Selecting what to send at an instant ([`select`]) is pure: the caller passes the instant, the
//! mode (a stateless window, or a catch-up span with the keys already sent) and gets the reminders.

pub mod deadline;
pub mod digest;
pub mod duty;
pub mod escalation;
pub mod mail;
pub mod state;

use crate::directory::Directory;
use crate::roster::Overrides;
use crate::schedule::Schedule;
use anyhow::Result;
use chrono::{DateTime, Duration, Utc};
use chrono_tz::Tz;
use serde::Serialize;
use std::collections::HashSet;

/// The longest `--catch-up` or `--window`: the state file keeps keys longer than this.
pub const MAX_SPAN: Duration = Duration::days(7);

/// What a reminder is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    /// A block starts: the 1st check is due by its midpoint.
    FirstCheck,
    /// A block's midpoint: the 2nd check is due by its end.
    SecondCheck,
    /// A gap in the service hours starts: the coordinators hear that no one is on duty.
    NoOneOnDuty,
    /// A shift whose library is away starts: the substitute proposed for it is asked to take it.
    Proposal,
    /// One chat becomes due-soon: sent only as part of its library's [`Kind::Deadline`] reminder.
    DueSoon,
    /// One chat becomes overdue: sent only as part of its library's [`Kind::Deadline`] reminder.
    Overdue,
    /// The chats of one library that became due-soon or overdue.
    Deadline,
    /// The coordinators' daily digest.
    Digest,
    /// A referred chat the ledger has no answer for by its deadline: to the destination's contact
    /// and the coordinators, once each.
    Escalation,
}

one_name!(Kind {
    FirstCheck => "first-check",
    SecondCheck => "second-check",
    NoOneOnDuty => "no-one-on-duty",
    Proposal => "proposal",
    DueSoon => "due-soon",
    Overdue => "overdue",
    Deadline => "deadline",
    Digest => "digest",
    Escalation => "escalation",
});

/// A library as reminder text names it: as the schedule writes it ("Pratt/SLRC", the name on the
/// cooperative's page and in every duty reminder), for a directory id ("EPFL") the schedule names;
/// else the id as given ("QC"). The machine fields name the recipient by directory id.
pub fn library_label(schedule: &Schedule, directory: &Directory, id: &str) -> String {
    schedule
        .named_libraries()
        .into_iter()
        .map(|(label, _)| label)
        .find(|label| {
            label.eq_ignore_ascii_case(id)
                || directory
                    .lookup(label)
                    .is_some_and(|l| l.id.eq_ignore_ascii_case(id))
        })
        .unwrap_or(id)
        .to_string()
}

/// Who a reminder goes to: a directory entry (or a schedule name the directory does not know).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Recipient {
    /// The directory id ("BCPL"), or the schedule's name when the directory does not know it.
    pub id: String,
    pub name: String,
    /// The directory's contact e-mail; `None` when it has none.
    pub address: Option<String>,
    /// Where the address was read ("contacts.csv: line 7"); empty for a name the directory does
    /// not know.
    pub origin: String,
}

impl Recipient {
    /// The recipient a schedule or directory name stands for.
    pub fn lookup(directory: &Directory, name: &str) -> Recipient {
        match directory.lookup(name) {
            Some(lib) => Recipient {
                id: one_line(&lib.id),
                name: one_line(&lib.name),
                address: Some(lib.contact_email.trim().to_string()).filter(|a| !a.is_empty()),
                origin: lib.origin.clone(),
            },
            None => Recipient {
                id: one_line(name),
                name: one_line(name),
                address: None,
                origin: String::new(),
            },
        }
    }

    /// The coordinators: the directory's `COORD` entry and the schedule's escalation contacts,
    /// each once.
    pub fn coordinators(schedule: &Schedule, directory: &Directory) -> Vec<Recipient> {
        let mut out: Vec<Recipient> = Vec::new();
        let names = directory
            .get("COORD")
            .map(|l| l.id.clone())
            .into_iter()
            .chain(schedule.escalation.iter().map(|n| n.library.clone()));
        for name in names {
            let r = Recipient::lookup(directory, &name);
            if !out.iter().any(|o| o.id == r.id) {
                out.push(r);
            }
        }
        if out.is_empty() {
            // Reported as undeliverable rather than dropped: someone must hear of a gap.
            out.push(Recipient {
                id: "COORD".into(),
                name: "the statewide coordinators".into(),
                address: None,
                origin: String::new(),
            });
        }
        out
    }
}

/// One reminder: to whom, about what, for which moment.
#[derive(Debug, Clone, PartialEq)]
pub struct Reminder {
    pub kind: Kind,
    /// The moment it is for.
    pub at: DateTime<Utc>,
    /// After this instant it is no longer sent (the check is due, the gap is over).
    pub until: DateTime<Utc>,
    pub recipient: Recipient,
    /// The chat a deadline event is about: its key names the chat instead of the recipient.
    pub item: Option<String>,
    pub subject: String,
    pub body: String,
    /// Keys of the parts it carries (a deadline reminder's chats), recorded with its own key.
    pub parts: Vec<String>,
}

impl Reminder {
    /// A message to one recipient about no one chat, for the moments in `[at, until)`.
    pub fn message(
        kind: Kind,
        at: DateTime<Utc>,
        until: DateTime<Utc>,
        recipient: Recipient,
        subject: String,
        body: String,
    ) -> Reminder {
        Reminder {
            kind,
            at,
            until,
            recipient,
            item: None,
            subject,
            body,
            parts: Vec::new(),
        }
    }

    /// The stable key: `kind/moment-in-UTC/recipient-id`, or for one chat's deadline
    /// `kind/moment-in-UTC/chat/chat-id` (whoever has the chat: it is named once).
    pub fn key(&self) -> String {
        let who = match &self.item {
            Some(item) => format!("chat/{item}"),
            None => self.recipient.id.clone(),
        };
        format!("{}/{}/{who}", self.kind.as_str(), utc_key(self.at))
    }

    /// Every key that marks this reminder (or one of its parts) as sent.
    pub fn keys(&self) -> Vec<String> {
        std::iter::once(self.key())
            .chain(self.parts.iter().cloned())
            .collect()
    }

    /// The record the machine formats carry, times in the schedule's zone.
    pub fn record(&self, tz: Tz) -> Record {
        Record {
            key: self.key(),
            kind: self.kind,
            at: self.at.with_timezone(&tz).to_rfc3339(),
            until: self.until.with_timezone(&tz).to_rfc3339(),
            recipient: self.recipient.id.clone(),
            recipient_name: self.recipient.name.clone(),
            recipient_address: self.recipient.address.clone(),
            subject: self.subject.clone(),
            body: self.body.clone(),
        }
    }
}

/// A reminder as JSON / JSON Lines carry it: the stable interface for scripts.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Record {
    pub key: String,
    pub kind: Kind,
    pub at: String,
    pub until: String,
    pub recipient: String,
    pub recipient_name: String,
    pub recipient_address: Option<String>,
    pub subject: String,
    pub body: String,
}

/// An instant as keys write it: UTC, whole seconds.
pub fn utc_key(t: DateTime<Utc>) -> String {
    t.format("%Y-%m-%dT%H:%M:%SZ").to_string()
}

/// How a run decides which moments are its own.
#[derive(Debug, Clone, PartialEq)]
pub enum Mode {
    /// No state: the moments in `(at - window, at]`. A moment on the boundary belongs to the later
    /// run, so runs `window` apart never send one twice.
    Stateless { window: Duration },
    /// With a state file: the moments in `(now - catch_up, now]` whose keys were not sent yet.
    Stateful {
        catch_up: Duration,
        sent: HashSet<String>,
    },
}

/// The reminders among `candidates` that a run at `now` sends, in moment order.
///
/// Rules: a moment in the future waits; a reminder past its `until` is dropped (a late 1st-check
/// reminder is replaced by the 2nd); duty reminders are caught up only within the window or
/// catch-up span; deadline reminders, with a state file, whenever the export shows them (exports
/// arrive when they arrive); the digest any time on its day; nothing already sent.
pub fn select(mut candidates: Vec<Reminder>, now: DateTime<Utc>, mode: &Mode) -> Vec<Reminder> {
    candidates.retain(|r| sendable(r, now, mode));
    candidates.sort_by_key(|r| (r.at, r.key()));
    candidates.dedup_by_key(|r| r.key());
    candidates
}

/// Whether a run at `now` sends `r` ([`select`]'s rules, one reminder at a time).
pub fn sendable(r: &Reminder, now: DateTime<Utc>, mode: &Mode) -> bool {
    // A chat's deadline moments are reached just past them, as triage's status reads them
    // (overdue past its due time): a run at the very moment does not see them yet, the next does.
    let past = matches!(r.kind, Kind::DueSoon | Kind::Overdue);
    let open = if past {
        r.at < now && now <= r.until
    } else {
        r.at <= now && now < r.until
    };
    let caught_up = match (mode, r.kind) {
        (_, Kind::Digest) => true,
        (
            Mode::Stateful { .. },
            Kind::DueSoon | Kind::Overdue | Kind::Deadline | Kind::Escalation,
        ) => true,
        (Mode::Stateless { window }, _) if past => r.at >= now - *window,
        (Mode::Stateless { window }, _) => r.at > now - *window,
        (Mode::Stateful { catch_up, .. }, _) => r.at > now - *catch_up,
    };
    let unsent = match mode {
        Mode::Stateful { sent, .. } => !sent.contains(&r.key()),
        Mode::Stateless { .. } => true,
    };
    open && caught_up && unsent
}

/// Chats owed a follow-up that no reminder of a run names, only counts: those overdue before any
/// moment the run may send, and those not yet due soon at any.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Waiting {
    pub overdue: usize,
    pub later: usize,
}

/// What a run works from.
pub struct Request<'a> {
    pub schedule: &'a Schedule,
    /// Absences, swaps, covers and closures: who is on duty is the roster's answer.
    pub overrides: &'a Overrides,
    pub directory: &'a Directory,
    /// The schedule's zone: every civil time is read and written in it.
    pub tz: Tz,
    /// The chats owed a follow-up, when an export was given: every one, or those a run may name
    /// (and `waiting` counts the others).
    pub deadlines: Option<&'a [deadline::DeadlineItem]>,
    /// The export's other chats owed a follow-up, counted only.
    pub waiting: Waiting,
    /// How long before its deadline a chat is due-soon.
    pub soon: Duration,
    /// The coordinators' digest instead of the duty and deadline reminders.
    pub digest: bool,
}

/// The reminders a run at `now` sends: duty reminders and (with an export) deadline reminders, or
/// the digest.
pub fn due_reminders(req: &Request, now: DateTime<Utc>, mode: &Mode) -> Result<Vec<Reminder>> {
    if req.digest {
        let digest = digest::digest_reminders(
            req.schedule,
            req.overrides,
            req.directory,
            req.deadlines,
            now,
            req.soon,
            req.tz,
        )?;
        return Ok(select(digest, now, mode));
    }
    let span = match mode {
        Mode::Stateless { window } => *window,
        Mode::Stateful { catch_up, .. } => *catch_up,
    };
    let (from, to) = duty::dates_around(now, span, req.tz);
    let candidates =
        duty::duty_reminders(req.schedule, req.overrides, req.directory, from, to, req.tz)?;
    let mut out = select(candidates, now, mode);
    if let Some(items) = req.deadlines {
        note_waiting(&mut out, items, req.waiting, req.soon);
        let chosen = select(
            deadline::deadline_events(items, req.directory, req.soon, now, mode),
            now,
            mode,
        );
        out.extend(deadline::group_by_library(
            chosen,
            items,
            req.schedule,
            req.directory,
            now,
            req.tz,
        ));
    }
    Ok(out)
}

/// The duty reminders a run at `now` can no longer send because no run came for longer than
/// `catch_up` since `last_run`: their moments fall in `(last_run, now - catch_up]` (at most
/// [`state::KEEP`] back) and they were not sent. In moment order.
pub fn missed_reminders(
    req: &Request,
    last_run: DateTime<Utc>,
    now: DateTime<Utc>,
    catch_up: Duration,
    sent: &HashSet<String>,
) -> Result<Vec<Reminder>> {
    if req.digest {
        // The digest is caught up any time on its day.
        return Ok(Vec::new());
    }
    let from = last_run.max(now - state::KEEP);
    let to = now - catch_up;
    if from >= to {
        return Ok(Vec::new());
    }
    let (first, last) = duty::dates_around(now, now - from, req.tz);
    let mut missed: Vec<Reminder> = duty::duty_reminders(
        req.schedule,
        req.overrides,
        req.directory,
        first,
        last,
        req.tz,
    )?
    .into_iter()
    .filter(|r| r.at > from && r.at <= to && !sent.contains(&r.key()))
    .collect();
    missed.sort_by_key(|r| (r.at, r.key()));
    missed.dedup_by_key(|r| r.key());
    Ok(missed)
}

/// What a run with a state file has sent, read from the file as a stream so that memory follows
/// the run, not the file: the keys among `asked` (the keys of the duty, digest and escalation
/// reminders the run would send if nothing had been sent, and of those it may have missed), and,
/// marked on `items`, each chat moment the file holds.
pub fn read_sent(
    state: &state::State,
    asked: &HashSet<String>,
    items: &mut [deadline::DeadlineItem],
    soon: Duration,
) -> Result<HashSet<String>> {
    let marker = deadline::Marker::new(items);
    let mut sent = HashSet::new();
    state.for_each_key(|key| {
        if !marker.mark(items, &key, soon) && asked.contains(&key) {
            sent.insert(key);
        }
    })?;
    Ok(sent)
}

/// Text on one line: every control character (CR, LF, tab, …) becomes a space, and runs of
/// spaces shrink to one. Names from files and exports pass through it before they go into a
/// message, so they can neither start a header nor break a line. A bidi control is shown escaped
/// (`\u{202e}`), as in the tables and pages: in a mail client or a terminal it would turn the
/// rest of the line round (a chat id, a due time or a destination read backwards).
pub fn one_line(s: &str) -> String {
    let line = s
        .split(|c: char| c.is_control() || c.is_whitespace())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    crate::io::text::escape_bidi(&line).into_owned()
}

/// A civil time for people: `14:00`.
pub(crate) fn hm(t: DateTime<Tz>) -> String {
    crate::time::clock_time(&t)
}

/// A day for people: `Monday 2026-11-23`.
pub(crate) fn day(t: DateTime<Tz>) -> String {
    crate::time::day_with_name(&t)
}

/// The lines every message ends with: the zone of its times, and who sends it.
pub(crate) fn signature(tz: Tz) -> String {
    format!(
        "Times are {}.\n-- \nMaryland AskUsNow! Shared Follow-Up\nSent by aun remind for the AskUsNow! statewide coordinators.",
        tz.name()
    )
}

/// Tells each check reminder how many chats of the export wait for follow-up at its moment.
fn note_waiting(
    reminders: &mut [Reminder],
    items: &[deadline::DeadlineItem],
    waiting: Waiting,
    soon: Duration,
) {
    let total = items.len() + waiting.overdue + waiting.later;
    for r in reminders
        .iter_mut()
        .filter(|r| matches!(r.kind, Kind::FirstCheck | Kind::SecondCheck))
    {
        // Counted as triage's status reads them at the reminder's moment.
        let status = |i: &deadline::DeadlineItem| crate::triage::status_at(i.due_at, r.at, soon);
        let overdue = waiting.overdue
            + items
                .iter()
                .filter(|i| status(i) == crate::triage::Status::Overdue)
                .count();
        let due_soon = items
            .iter()
            .filter(|i| status(i) == crate::triage::Status::DueSoon)
            .count();
        let line = format!(
            "The export given holds {} chat{} waiting for follow-up: {overdue} overdue, {due_soon} due within {}h.\n",
            total,
            if total == 1 { "" } else { "s" },
            soon.num_hours()
        );
        if let Some(at) = r.body.find("\nThe folder: ") {
            r.body.insert_str(at + 1, &line);
        }
    }
}

#[cfg(test)]
mod tests;

//! Deadline reminders: the chats that became due-soon or overdue, one message per library that has
//! them, with each chat's id, due time, referral rule and destination.
//!
//! Each chat gives two moments, `due_at - soon` (due-soon) and `due_at` (overdue); each is keyed
//! by chat, so a chat is named once as due-soon and once as overdue, however its library's
//! messages are grouped from run to run.

use super::{day, hm, one_line, signature, Kind, Recipient, Reminder};
use crate::directory::Directory;
use chrono::{DateTime, Duration, Utc};
use chrono_tz::Tz;
use std::collections::BTreeMap;

/// An overdue chat is still named within this time after its deadline (the state keeps keys longer).
pub const OVERDUE_LOOKBACK: Duration = Duration::days(28);

/// One chat owed a follow-up, as triage and referral describe it.
#[derive(Debug, Clone, PartialEq)]
pub struct DeadlineItem {
    pub chat_id: String,
    /// The directory id or name of the library that has the chat.
    pub holder: String,
    pub due_at: DateTime<Utc>,
    /// The referral rule that decided the destination (`local`, `law`, …).
    pub rule: String,
    /// Where the follow-up goes.
    pub destination: String,
}

/// The per-chat moments (due-soon and overdue) of every item, for [`super::select`].
pub fn deadline_events(
    items: &[DeadlineItem],
    directory: &Directory,
    soon: Duration,
) -> Vec<Reminder> {
    let mut out = Vec::new();
    for it in items {
        let recipient = Recipient::lookup(directory, &it.holder);
        let line = |status: &str| {
            format!(
                "{status:<9} chat {}  due {}  rule {} → {}",
                it.chat_id, it.due_at, it.rule, it.destination
            )
        };
        out.push(Reminder {
            kind: Kind::DueSoon,
            at: it.due_at - soon,
            until: it.due_at,
            recipient: recipient.clone(),
            item: Some(it.chat_id.clone()),
            subject: line("due soon"),
            body: String::new(),
            parts: Vec::new(),
        });
        out.push(Reminder {
            kind: Kind::Overdue,
            at: it.due_at,
            until: it.due_at + OVERDUE_LOOKBACK,
            recipient,
            item: Some(it.chat_id.clone()),
            subject: line("overdue"),
            body: String::new(),
            parts: Vec::new(),
        });
    }
    out
}

/// Groups the selected per-chat events into one reminder per library, for a run at `now`.
pub fn group_by_library(
    events: Vec<Reminder>,
    items: &[DeadlineItem],
    now: DateTime<Utc>,
    tz: Tz,
) -> Vec<Reminder> {
    let mut by_holder: BTreeMap<String, Vec<Reminder>> = BTreeMap::new();
    for e in events
        .into_iter()
        .filter(|e| matches!(e.kind, Kind::DueSoon | Kind::Overdue))
    {
        by_holder.entry(e.recipient.id.clone()).or_default().push(e);
    }
    let due_of = |id: &str| items.iter().find(|i| i.chat_id == id);
    by_holder
        .into_values()
        .map(|mut events| {
            // Overdue first, then by deadline.
            events.sort_by_key(|e| (e.kind != Kind::Overdue, e.until));
            let recipient = events[0].recipient.clone();
            let overdue = events.iter().filter(|e| e.kind == Kind::Overdue).count();
            let soon = events.len() - overdue;
            let subject = format!(
                "Shared Follow-Up: {} ({})",
                counts(overdue, soon),
                recipient.id
            );
            let mut body = format!(
                "Chats of {} owed a follow-up e-mail within 72 hours of the chat's start:\n\n",
                recipient.name
            );
            for e in &events {
                let id = e.item.as_deref().unwrap_or("");
                if let Some(it) = due_of(id) {
                    let due = it.due_at.with_timezone(&tz);
                    body += &format!(
                        "  {:<9} {}  due {} {}  rule {}  → {}\n",
                        if e.kind == Kind::Overdue {
                            "overdue"
                        } else {
                            "due soon"
                        },
                        one_line(id),
                        day(due),
                        hm(due),
                        one_line(&it.rule),
                        one_line(&it.destination)
                    );
                }
            }
            body += &format!("\n{}\n", signature(tz));
            Reminder {
                kind: Kind::Deadline,
                at: now,
                until: now + Duration::seconds(1),
                recipient,
                item: None,
                subject,
                body,
                parts: events.iter().map(Reminder::key).collect(),
            }
        })
        .collect()
}

/// "2 overdue, 1 due soon".
fn counts(overdue: usize, soon: usize) -> String {
    let chats = |n: usize| if n == 1 { "chat" } else { "chats" };
    match (overdue, soon) {
        (0, s) => format!("{s} {} due soon", chats(s)),
        (o, 0) => format!("{o} {} overdue", chats(o)),
        (o, s) => format!("{o} {} overdue, {s} due soon", chats(o)),
    }
}

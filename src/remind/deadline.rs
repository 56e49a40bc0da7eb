//! Deadline reminders: the chats that became due-soon or overdue, one message per library that has
//! them, with each chat's id, due time, referral rule and destination.
//!
//! Each chat gives two moments, `due_at - soon` (due-soon) and `due_at` (overdue), reached just
//! past them as triage's status reads them (a run at the moment itself does not see them yet);
//! each is keyed by chat, so a chat is named once as due-soon and once as overdue, however its
//! library's messages are grouped from run to run.

use super::{day, hm, library_label, one_line, signature, utc_key, Kind, Recipient, Reminder};
use crate::directory::{Directory, Kind as LibraryKind};
use crate::referral::{Referral, RuleId};
use crate::schedule::Schedule;
use crate::triage::Triaged;
use chrono::{DateTime, Duration, Utc};
use chrono_tz::Tz;
use std::collections::{BTreeMap, HashMap};

/// An overdue chat is still named within this time after its deadline (the state keeps keys longer).
pub const OVERDUE_LOOKBACK: Duration = Duration::days(28);

/// One chat owed a follow-up, as triage and referral describe it.
#[derive(Debug, Clone, PartialEq)]
pub struct DeadlineItem {
    pub chat_id: String,
    /// The directory id of the library that has the chat (the name as given when the directory
    /// does not know it).
    pub holder: String,
    pub due_at: DateTime<Utc>,
    /// The referral rule that decided the destination (`local`, `law`, …).
    pub rule: RuleId,
    /// Where the follow-up goes.
    pub destination: String,
    /// Which of its moments a state file says were sent.
    pub sent: Named,
}

/// A chat's moments already named, as the state file has them.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Named {
    pub due_soon: bool,
    pub overdue: bool,
}

/// Finds items by chat id, to mark as sent the chat moments whose keys a state file holds: one
/// index per item, where a set of those keys would hold a string for each (an export of weeks
/// has a great many chats, and a state file has both moments of most).
pub struct Marker {
    /// Item indices in chat id order.
    by_id: Vec<u32>,
}

impl Marker {
    pub fn new(items: &[DeadlineItem]) -> Marker {
        let mut by_id: Vec<u32> = (0..items.len() as u32).collect();
        by_id.sort_unstable_by(|a, b| items[*a as usize].chat_id.cmp(&items[*b as usize].chat_id));
        Marker { by_id }
    }

    /// Marks the moment `key` names (`overdue/2026-11-25T19:00:00Z/chat/A-1`) on the items of its
    /// chat whose moment it is; whether it did.
    pub fn mark(&self, items: &mut [DeadlineItem], key: &str, soon: Duration) -> bool {
        let Some((kind, at, id)) = chat_moment(key) else {
            return false;
        };
        let id_of = |i: &u32| items[*i as usize].chat_id.as_str();
        let from = self.by_id.partition_point(|i| id_of(i) < id);
        let to = from + self.by_id[from..].partition_point(|i| id_of(i) == id);
        let mut marked = false;
        for &i in &self.by_id[from..to] {
            let it = &mut items[i as usize];
            let (moment, named) = match kind {
                Kind::DueSoon => (it.due_at - soon, &mut it.sent.due_soon),
                _ => (it.due_at, &mut it.sent.overdue),
            };
            if utc_key(moment) == at {
                *named = true;
                marked = true;
            }
        }
        marked
    }
}

/// The kind, moment and chat id of a chat moment's key.
fn chat_moment(key: &str) -> Option<(Kind, &str, &str)> {
    let (kind, rest) = key.split_once('/')?;
    let kind = match kind {
        "due-soon" => Kind::DueSoon,
        "overdue" => Kind::Overdue,
        _ => return None,
    };
    let (at, id) = rest.split_once("/chat/")?;
    Some((kind, at, id))
}

/// Who has a chat: the library whose account it came from (its own patron's chat), or, for a chat
/// in a shared service account (or from an account the directory does not know), the library on
/// duty now (the schedule names it; the holder is its directory id), else the coordinators.
pub fn holder(t: &Triaged, directory: &Directory, on_duty: Option<&str>) -> String {
    let own = t
        .origin_id
        .as_deref()
        .and_then(|id| directory.get(id))
        .filter(|lib| lib.kind != LibraryKind::Service);
    match (own, on_duty) {
        (Some(lib), _) => lib.id.clone(),
        (None, Some(lib)) => directory.id_or_name(lib),
        (None, None) => "COORD".to_string(),
    }
}

/// The deadline item of a triaged and referred chat; none for a chat without a deadline (no start
/// time in the export).
pub fn deadline_item(
    t: &Triaged,
    r: &Referral,
    directory: &Directory,
    on_duty: Option<&str>,
) -> Option<DeadlineItem> {
    Some(DeadlineItem {
        // The chat as the ledger knows it: its id without surrounding spaces.
        chat_id: t.id.trim().to_string(),
        holder: holder(t, directory, on_duty),
        due_at: t.due_at?.with_timezone(&Utc),
        rule: r.rule,
        destination: r
            .destination
            .clone()
            .unwrap_or_else(|| "no referral: no patron e-mail".to_string()),
        sent: Named::default(),
    })
}

/// The per-chat moments (due-soon and overdue) of the items that a run at `now` sends in `mode`,
/// for [`super::select`]: the others are never kept (an export of years holds a few that can be
/// sent, and a great many that cannot; a run with a state file has sent most of those it could).
pub fn deadline_events(
    items: &[DeadlineItem],
    directory: &Directory,
    soon: Duration,
    now: DateTime<Utc>,
    mode: &super::Mode,
) -> Vec<Reminder> {
    let mut out = Vec::new();
    for it in items {
        let can_send = |(at, until): (DateTime<Utc>, DateTime<Utc>)| at < now && now <= until;
        let due_soon = (it.due_at - soon, it.due_at);
        let overdue = (it.due_at, it.due_at + OVERDUE_LOOKBACK);
        if !can_send(due_soon) && !can_send(overdue) {
            continue;
        }
        let recipient = Recipient::lookup(directory, &it.holder);
        // Moments, not messages: each is sent as part of its library's deadline reminder.
        let moment = |kind, at, until, recipient| Reminder {
            item: Some(it.chat_id.clone()),
            ..Reminder::message(kind, at, until, recipient, String::new(), String::new())
        };
        let moments = [
            (Kind::DueSoon, due_soon, it.sent.due_soon),
            (Kind::Overdue, overdue, it.sent.overdue),
        ];
        for (kind, (at, until), named) in moments {
            if can_send((at, until)) && !named {
                let event = moment(kind, at, until, recipient.clone());
                if super::sendable(&event, now, mode) {
                    out.push(event);
                }
            }
        }
    }
    out
}

/// Groups the selected per-chat events into one reminder per library, for a run at `now`.
pub fn group_by_library(
    events: Vec<Reminder>,
    items: &[DeadlineItem],
    schedule: &Schedule,
    directory: &Directory,
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
    // By id, once: a search of `items` for each chat would take time quadratic in the export.
    let mut by_id: HashMap<&str, &DeadlineItem> = HashMap::with_capacity(items.len());
    for it in items {
        by_id.entry(it.chat_id.as_str()).or_insert(it);
    }
    let due_of = |id: &str| by_id.get(id).copied();
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
                library_label(schedule, directory, &recipient.id)
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
                        it.rule,
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::time::{parse_instant, DEFAULT_TZ};

    fn at(s: &str) -> DateTime<Utc> {
        parse_instant(s, DEFAULT_TZ).unwrap()
    }

    #[test]
    fn one_message_per_library_and_export_text_on_one_line() {
        let dir = Directory::default_directory();
        let items = vec![
            DeadlineItem {
                chat_id: "X-1\r\nBcc: evil@example.com".into(),
                holder: "FCPL".into(),
                due_at: at("2026-11-26T14:00"),
                rule: RuleId::Local,
                destination: "Frederick County Public Libraries".into(),
                sent: Named::default(),
            },
            DeadlineItem {
                chat_id: "X-2".into(),
                holder: "FCPL".into(),
                due_at: at("2026-11-26T08:00"),
                rule: RuleId::Law,
                destination: "Maryland State Law Library".into(),
                sent: Named::default(),
            },
        ];
        let now = at("2026-11-26T10:00");
        // A first run with a state file: every moment still open is sent.
        let mode = crate::remind::Mode::Stateful {
            catch_up: Duration::hours(2),
            sent: Default::default(),
        };
        let events = deadline_events(&items, &dir, Duration::hours(24), now, &mode);
        let schedule = Schedule::default_schedule();
        let grouped = group_by_library(events, &items, &schedule, &dir, now, DEFAULT_TZ);
        assert_eq!(grouped.len(), 1);
        let r = &grouped[0];
        assert_eq!(
            r.subject,
            "Shared Follow-Up: 1 chat overdue, 1 due soon (FCPL)"
        );
        // Overdue first.
        let lines: Vec<&str> = r.body.lines().filter(|l| l.starts_with("  ")).collect();
        assert!(lines[0].contains("overdue   X-2"), "{}", r.body);
        assert!(
            lines[1].contains("due soon  X-1 Bcc: evil@example.com  due"),
            "{}",
            r.body
        );
        assert!(!r.body.lines().any(|l| l.starts_with("Bcc")));
        assert_eq!(r.parts.len(), 2);
    }

    /// A key marks the moment it names on its chat's item, and only there: another moment of
    /// the chat (a different --soon, a deadline that moved) or another kind is not marked.
    #[test]
    fn a_state_key_marks_its_chat_moment() {
        let item = |id: &str| DeadlineItem {
            chat_id: id.into(),
            holder: "FCPL".into(),
            due_at: at("2026-11-26T14:00"),
            rule: RuleId::Local,
            destination: "FCPL".into(),
            sent: Named::default(),
        };
        let mut items = vec![item("B/chat/2"), item("A-1"), item("C")];
        let marker = Marker::new(&items);
        let soon = Duration::hours(24);
        assert!(marker.mark(&mut items, "overdue/2026-11-26T19:00:00Z/chat/A-1", soon));
        assert!(marker.mark(
            &mut items,
            "due-soon/2026-11-25T19:00:00Z/chat/B/chat/2",
            soon
        ));
        assert!(!marker.mark(&mut items, "due-soon/2026-11-25T20:00:00Z/chat/C", soon));
        assert!(!marker.mark(&mut items, "overdue/2026-11-26T19:00:00Z/chat/D", soon));
        assert!(!marker.mark(
            &mut items,
            "escalation/2026-11-26T19:00:00Z/chat/C/to/MSLL",
            soon
        ));
        let named: Vec<Named> = items.iter().map(|i| i.sent).collect();
        let (none, soon_only, overdue_only) = (
            Named::default(),
            Named {
                due_soon: true,
                overdue: false,
            },
            Named {
                due_soon: false,
                overdue: true,
            },
        );
        assert_eq!(named, [soon_only, overdue_only, none]);
    }
}

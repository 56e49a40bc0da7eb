//! Escalations from the follow-up ledger: a referred chat with no answer by its 72-hour deadline
//! goes to the destination's contact and to the coordinators, once each. Its moment is the
//! deadline; it holds for [`super::deadline::OVERDUE_LOOKBACK`] after it, so a run that starts
//! late (or a ledger that learns of the chat late) still sends it, and the state file sends it once.
//!
//! And the ledger's answers: chats it knows are answered drop out of the deadline reminders and
//! the digest ([`answered`]).

use super::deadline::{DeadlineItem, OVERDUE_LOOKBACK};
use super::{day, hm, library_label, one_line, signature, Kind, Recipient, Reminder};
use crate::directory::Directory;
use crate::ledger::{Followup, State};
use crate::schedule::Schedule;
use chrono::{DateTime, Utc};
use chrono_tz::Tz;

/// Whether the ledger has answered, closed or marked done the chat (or it owes nothing), as of
/// `now`: no reminder names it.
pub fn answered(f: &Followup, now: DateTime<Utc>) -> bool {
    matches!(f.state_at(now), State::Done | State::NotOwed)
}

/// Whether the chat's escalation holds at `now`: past its deadline with no answer, by no more
/// than [`OVERDUE_LOOKBACK`] (an older one is never sent).
pub fn escalates(f: &Followup, now: DateTime<Utc>) -> bool {
    f.state_at(now) == State::Overdue
        && now < f.decision.due_at.with_timezone(&Utc) + OVERDUE_LOOKBACK
}

/// The ledger's unanswered referrals as deadline items (held by their destination), for the
/// digest when no export is given.
pub fn open_items(followups: &[Followup], now: DateTime<Utc>) -> Vec<DeadlineItem> {
    followups
        .iter()
        .filter(|f| matches!(f.state_at(now), State::Open | State::Overdue))
        .map(|f| {
            let d = &f.decision;
            DeadlineItem {
                chat_id: d.chat_id.clone(),
                holder: d
                    .destination_id
                    .clone()
                    .or_else(|| d.destination.clone())
                    .unwrap_or_default(),
                due_at: d.due_at.with_timezone(&Utc),
                rule: d.rule,
                destination: d.destination.clone().unwrap_or_default(),
                sent: Default::default(),
            }
        })
        .collect()
}

/// One escalation per recipient for every referral not answered by its deadline, as of `now`
/// (candidates: [`super::select`] picks what a run sends).
pub fn escalations(
    followups: &[Followup],
    schedule: &Schedule,
    directory: &Directory,
    now: DateTime<Utc>,
    tz: Tz,
) -> Vec<Reminder> {
    let coordinators = Recipient::coordinators(schedule, directory);
    let mut out = Vec::new();
    for f in followups {
        if !escalates(f, now) {
            continue;
        }
        let d = &f.decision;
        let due = d.due_at.with_timezone(&Utc);
        let dest_name = d.destination.clone().unwrap_or_default();
        let destination =
            Recipient::lookup(directory, d.destination_id.as_deref().unwrap_or(&dest_name));
        let started = d.started_at.with_timezone(&tz);
        let due_local = due.with_timezone(&tz);
        let subject = format!(
            "Shared Follow-Up: chat {} missed its 72 hours ({})",
            one_line(&d.chat_id),
            library_label(schedule, directory, &destination.id)
        );
        let by = d
            .decided_by
            .as_deref()
            .map(|b| format!(", decided by {}", one_line(b)))
            .unwrap_or_default();
        let body = format!(
            "Chat {id}, started {sday} {shm}, was referred to {dest} (rule {rule}{by}).\n\
             Its follow-up e-mail was due {dday} {dhm}, and the follow-up ledger has no answer for it.\n\n\
             Please send the follow-up now. If it went out, mark it:\n  aun followups done {id}\n\n{sig}\n",
            id = one_line(&d.chat_id),
            sday = day(started),
            shm = hm(started),
            dest = one_line(&dest_name),
            rule = d.rule,
            dday = day(due_local),
            dhm = hm(due_local),
            sig = signature(tz),
        );
        let mut recipients = vec![destination];
        for c in &coordinators {
            if !recipients.iter().any(|r| r.id == c.id) {
                recipients.push(c.clone());
            }
        }
        for recipient in recipients {
            out.push(Reminder {
                item: Some(format!("{}/to/{}", d.chat_id, recipient.id)),
                ..Reminder::message(
                    Kind::Escalation,
                    due,
                    due + OVERDUE_LOOKBACK,
                    recipient,
                    subject.clone(),
                    body.clone(),
                )
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ledger::{Closing, Entry, Event, Ledger};
    use crate::referral::RuleId;
    use crate::remind::{select, Mode};
    use crate::time::{parse_instant, DEFAULT_TZ};
    use chrono::Duration;
    use std::collections::HashSet;

    fn decided(id: &str, start: &str) -> Entry {
        let mut d = crate::ledger::tests::decision(id, start, Some("Maryland State Law Library"));
        d.rule = RuleId::Law;
        d.destination_id = Some("MSLL".into());
        d.decided_at = d.started_at;
        Entry::new(Event::Decided(d))
    }

    #[test]
    fn once_per_recipient_and_never_for_an_answered_chat() {
        let s = "2026-11-02T10:00:00-05:00";
        let mut ledger = Ledger {
            source: "l".into(),
            entries: vec![decided("A", s), decided("B", s)],
            problems: Vec::new(),
        };
        let at = chrono::DateTime::parse_from_rfc3339("2026-11-05T09:00:00-05:00").unwrap();
        ledger.entries.push(Entry::new(Event::Answered(Closing {
            chat_id: "B".into(),
            at,
            recorded_at: at,
            source: "y".into(),
        })));
        let f = ledger.followups();
        let schedule = Schedule::default_schedule();
        let dir = Directory::default_directory();
        let now = parse_instant("2026-11-05T10:30", DEFAULT_TZ).unwrap();
        let cands = escalations(&f, &schedule, &dir, now, DEFAULT_TZ);
        assert!(cands
            .iter()
            .all(|r| r.item.as_deref().unwrap().starts_with("A/to/")));
        let to: Vec<&str> = cands.iter().map(|r| r.recipient.id.as_str()).collect();
        assert_eq!(to[0], "MSLL");
        assert!(to.contains(&"COORD"), "{to:?}");
        let mut sent = HashSet::new();
        let first = select(
            cands.clone(),
            now,
            &Mode::Stateful {
                catch_up: Duration::hours(2),
                sent: sent.clone(),
            },
        );
        assert_eq!(first.len(), cands.len());
        sent.extend(first.iter().map(|r| r.key()));
        let later = now + Duration::days(3);
        let again = select(
            escalations(&f, &schedule, &dir, later, DEFAULT_TZ),
            later,
            &Mode::Stateful {
                catch_up: Duration::hours(2),
                sent,
            },
        );
        assert!(again.is_empty());
        // Before the deadline: nothing.
        let before = parse_instant("2026-11-05T09:59", DEFAULT_TZ).unwrap();
        assert!(escalations(&f, &schedule, &dir, before, DEFAULT_TZ).is_empty());
        assert!(!answered(&f[0], now) && answered(&f[1], now));
        assert!(escalates(&f[0], now) && !escalates(&f[1], now));
        // Past the look-back no escalation is sent: none is made.
        let long_after = now + OVERDUE_LOOKBACK;
        assert!(!escalates(&f[0], long_after));
        assert!(escalations(&f, &schedule, &dir, long_after, DEFAULT_TZ).is_empty());
        assert_eq!(open_items(&f, now).len(), 1);
    }
}

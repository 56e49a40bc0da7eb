//! The coordinators' daily digest: today's duties, today's gaps, and the chats about to miss their
//! 72 hours (when an export is given).

use super::deadline::DeadlineItem;
use super::duty::{duty_shifts, gaps, service_windows, DutyShift};
use super::{day, hm, library_label, one_line, signature, Kind, Recipient, Reminder};
use crate::directory::Directory;
use crate::roster::Overrides;
use crate::schedule::Schedule;
use crate::time::resolve_local;
use anyhow::Result;
use chrono::{DateTime, Duration, Utc};
use chrono_tz::Tz;

/// The digest for the civil day of `now`, one per coordinator. Its moment is the day's midnight,
/// and it holds until the next one: with a state file it goes out once a day, at the first run.
pub fn digest_reminders(
    schedule: &Schedule,
    overrides: &Overrides,
    directory: &Directory,
    items: Option<&[DeadlineItem]>,
    now: DateTime<Utc>,
    soon: Duration,
    tz: Tz,
) -> Result<Vec<Reminder>> {
    let today = now.with_timezone(&tz).date_naive();
    let tomorrow = today.succ_opt().expect("date in range");
    let midnight = resolve_local(today.and_hms_opt(0, 0, 0).expect("midnight"), tz);
    let next_midnight = resolve_local(tomorrow.and_hms_opt(0, 0, 0).expect("midnight"), tz);
    let yesterday = today.pred_opt().expect("date in range");

    let all: Vec<DutyShift> = duty_shifts(schedule, overrides, yesterday, today, tz)?;
    let shifts: Vec<&DutyShift> = all.iter().filter(|s| s.start >= midnight).collect();
    let mut body = format!("Shared Follow-Up on {}.\n\n", day(midnight));
    if let Some(o) = overrides.everyone_closed_on(today) {
        let why = if o.reason.is_empty() {
            String::new()
        } else {
            format!(": {}", one_line(&o.reason))
        };
        body += &format!("The cooperative is closed today{why}. No one is on duty.\n");
    } else {
        body += "On duty:\n";
        if shifts.is_empty() {
            body += "  no one\n";
        }
        for s in &shifts {
            body += &duty_line(s);
        }
        let windows = service_windows(schedule, overrides, today, today, tz);
        let today_gaps = gaps(&windows, &all);
        body += "\nNo one on duty in the service hours:\n";
        if today_gaps.is_empty() {
            body += "  none: every service hour is covered\n";
        }
        for g in &today_gaps {
            body += &format!("  {}–{}\n", hm(g.start), hm(g.end));
        }
    }
    if let Some(items) = items {
        let mut at_risk: Vec<&DeadlineItem> =
            items.iter().filter(|i| i.due_at - soon < now).collect();
        at_risk.sort_by_key(|i| i.due_at);
        body += &format!(
            "\nChats about to miss 72 hours (within {}h) or overdue:\n",
            soon.num_hours()
        );
        if at_risk.is_empty() {
            body += "  none\n";
        }
        for i in at_risk {
            let due = i.due_at.with_timezone(&tz);
            body += &format!(
                "  {:<9} {}  due {} {}  held by {}  rule {} → {}\n",
                if i.due_at < now {
                    "overdue"
                } else {
                    "due soon"
                },
                one_line(&i.chat_id),
                due.format("%a %m-%d"),
                hm(due),
                one_line(&library_label(schedule, directory, &i.holder)),
                i.rule,
                one_line(&i.destination)
            );
        }
    }
    body += &format!("\n{}\n", signature(tz));
    let subject = format!("Shared Follow-Up digest for {}", day(midnight));
    Ok(Recipient::coordinators(schedule, directory)
        .into_iter()
        .map(|recipient| {
            Reminder::message(
                Kind::Digest,
                midnight.with_timezone(&Utc),
                next_midnight.with_timezone(&Utc),
                recipient,
                subject.clone(),
                body.clone(),
            )
        })
        .collect())
}

fn duty_line(s: &DutyShift) -> String {
    let what = if s.confirmed {
        format!(
            "{}{}  (2nd check from {})",
            one_line(&s.library),
            if s.best_effort { " (best effort)" } else { "" },
            hm(s.midpoint())
        )
    } else {
        match &s.proposed {
            Some(sub) => format!(
                "to settle: {}; proposed {}",
                one_line(&s.reason),
                one_line(sub)
            ),
            None => format!("to settle: {}; no substitute found", one_line(&s.reason)),
        }
    };
    format!("  {}–{}  {what}\n", hm(s.start), hm(s.end))
}

//! Duty reminders: the 1st and 2nd check of each block, and "no one is on duty" for each gap in
//! the service hours.

use super::{day, hm, one_line, signature, Kind, Recipient, Reminder};
use crate::directory::Directory;
use crate::roster::{roster, Overrides, RosterShift, Source};
use crate::schedule::{Duty, Schedule};
use crate::time::{resolve_boundary, Clock};
use anyhow::Result;
use chrono::{DateTime, Datelike, Duration, NaiveDate, Utc};
use chrono_tz::Tz;

/// A dated duty: one library checks Shared Follow-Up from `start` to `end`.
#[derive(Debug, Clone, PartialEq)]
pub struct DutyShift {
    /// The library on duty, as the schedule or the override names it.
    pub library: String,
    pub start: DateTime<Tz>,
    pub end: DateTime<Tz>,
    pub best_effort: bool,
    /// The schedule's note on the block ("when time permits").
    pub note: String,
    /// False when no one has agreed to the shift: its library is away and a substitute is only
    /// proposed, or no one could be found. The coordinators hear of it as a gap.
    pub confirmed: bool,
    /// For an unconfirmed shift: why (the override's kind, library and reason).
    pub reason: String,
    /// For an unconfirmed shift: the substitute proposed (rules.md §3), if any.
    pub proposed: Option<String>,
}

impl DutyShift {
    /// True when the shift starts on `from` or later (civil date in `tz`).
    fn date_from(&self, from: NaiveDate, tz: Tz) -> bool {
        self.start.with_timezone(&tz).date_naive() >= from
    }

    /// Half the block's real length after its start: the 2nd check window opens.
    pub fn midpoint(&self) -> DateTime<Tz> {
        self.start + (self.end - self.start) / 2
    }
}

/// Who is on Shared Follow-Up duty, for the blocks starting on civil dates `[from, to]`: the
/// roster, with the overrides (absences, swaps, covers, closures) applied.
///
/// The one place reminders learn who is on duty.
pub fn duty_shifts(
    schedule: &Schedule,
    overrides: &Overrides,
    from: NaiveDate,
    to: NaiveDate,
    tz: Tz,
) -> Result<Vec<DutyShift>> {
    let shifts = roster(schedule, overrides, from, to, tz)?;
    Ok(shifts
        .into_iter()
        .filter(|s| s.duty == Duty::SharedFollowUp && s.date >= from && s.date <= to)
        // A day the cooperative is closed has no duty and no gap.
        .filter(|s| s.source != Source::Closed)
        // A block whose hours do not exist that night (inside the spring-forward gap): no duty.
        .filter(|s| s.end > s.start)
        .map(|s| {
            let confirmed = s.agreed();
            DutyShift {
                note: block_note(schedule, &s),
                library: s.library.to_string(),
                start: s.start.with_timezone(&tz),
                end: s.end.with_timezone(&tz),
                best_effort: s.best_effort,
                confirmed,
                reason: s.reason.clone(),
                proposed: s.proposal().map(str::to_string),
            }
        })
        .collect())
}

/// The library confirmed on Shared Follow-Up duty at `t` (the first, when a block is shared).
pub fn on_duty_at(
    schedule: &Schedule,
    overrides: &Overrides,
    t: DateTime<Utc>,
    tz: Tz,
) -> Result<Option<String>> {
    let today = t.with_timezone(&tz).date_naive();
    let day_before = today.pred_opt().expect("date in range");
    Ok(duty_shifts(schedule, overrides, day_before, today, tz)?
        .into_iter()
        .find(|s| s.confirmed && s.start.with_timezone(&Utc) <= t && t < s.end.with_timezone(&Utc))
        .map(|s| s.library))
}

/// The schedule's note on the block a roster shift comes from.
fn block_note(schedule: &Schedule, s: &RosterShift) -> String {
    schedule
        .blocks_of(Duty::SharedFollowUp)
        .find(|b| {
            b.day == s.date.weekday()
                && b.start == s.start_local
                && b.end == s.end_local
                && b.best_effort == s.best_effort
        })
        .map(|b| b.note.clone())
        .unwrap_or_default()
}

/// The service hours of the dates `[from, to]` as instants, joined where one runs into the next:
/// the schedule's hours of each weekday ([`Schedule::service_hours_on`]), none on a day the
/// cooperative is closed.
pub fn service_windows(
    schedule: &Schedule,
    overrides: &Overrides,
    from: NaiveDate,
    to: NaiveDate,
    tz: Tz,
) -> Vec<(DateTime<Tz>, DateTime<Tz>)> {
    let mut windows: Vec<(DateTime<Tz>, DateTime<Tz>)> = Vec::new();
    let mut date = from;
    while date <= to {
        let next = date.succ_opt().expect("date in range");
        if overrides.everyone_closed_on(date).is_none() {
            for (a, b) in schedule.service_hours_on(date.weekday()) {
                let start = resolve_boundary(date.and_time(a.to_time()), tz);
                let end_date = if b == Clock::END_OF_DAY { next } else { date };
                let end = resolve_boundary(end_date.and_time(b.to_time()), tz);
                match windows.last_mut() {
                    Some(last) if last.1 >= start => last.1 = last.1.max(end),
                    _ => windows.push((start, end)),
                }
            }
        }
        date = next;
    }
    windows
}

/// A time in the service hours when no one is on duty.
#[derive(Debug, Clone, PartialEq)]
pub struct Gap {
    pub start: DateTime<Tz>,
    pub end: DateTime<Tz>,
}

/// The gaps in the service `windows`, given the shifts on duty: the times no confirmed shift
/// covers (an unconfirmed shift leaves a gap).
pub fn gaps(windows: &[(DateTime<Tz>, DateTime<Tz>)], shifts: &[DutyShift]) -> Vec<Gap> {
    let mut busy: Vec<(DateTime<Tz>, DateTime<Tz>)> = shifts
        .iter()
        .filter(|s| s.confirmed)
        .map(|s| (s.start, s.end))
        .collect();
    busy.sort_by_key(|b| b.0);
    let mut out = Vec::new();
    for &(w_start, w_end) in windows {
        let mut cursor = w_start;
        for &(b_start, b_end) in &busy {
            if b_end <= cursor || b_start >= w_end {
                continue;
            }
            if b_start > cursor {
                out.push(Gap {
                    start: cursor,
                    end: b_start,
                });
            }
            cursor = cursor.max(b_end);
        }
        if cursor < w_end {
            out.push(Gap {
                start: cursor,
                end: w_end,
            });
        }
    }
    out
}

/// Every duty reminder for the blocks and gaps of the dates `[from, to]`.
pub fn duty_reminders(
    schedule: &Schedule,
    overrides: &Overrides,
    directory: &Directory,
    from: NaiveDate,
    to: NaiveDate,
    tz: Tz,
) -> Result<Vec<Reminder>> {
    // From the day before: its overnight blocks can cover the first day's morning.
    let day_before = from.pred_opt().expect("date in range");
    let all = duty_shifts(schedule, overrides, day_before, to, tz)?;
    let mut out = Vec::new();
    for s in all.iter().filter(|s| s.confirmed) {
        let recipient = Recipient::lookup(directory, &s.library);
        let fallback = if_cannot(s, &all, schedule, tz);
        out.push(check_reminder(s, 1, recipient.clone(), &fallback, tz));
        out.push(check_reminder(s, 2, recipient, &fallback, tz));
    }
    for s in all.iter().filter(|s| s.date_from(from, tz)) {
        if let Some(sub) = &s.proposed {
            out.push(proposal_reminder(
                s,
                sub,
                Recipient::lookup(directory, sub),
                schedule,
                tz,
            ));
        }
    }
    let windows = service_windows(schedule, overrides, from, to, tz);
    {
        let coordinators = Recipient::coordinators(schedule, directory);
        for g in gaps(&windows, &all) {
            let next = all.iter().find(|s| s.confirmed && s.start >= g.end);
            let unsettled: Vec<&DutyShift> = all
                .iter()
                .filter(|s| !s.confirmed && s.start < g.end && g.start < s.end)
                .collect();
            for c in &coordinators {
                out.push(gap_reminder(&g, &unsettled, next, c.clone(), tz));
            }
        }
    }
    Ok(out)
}

/// Where the Shared Follow-Up folder is, in the chat system (the cooperative's page).
pub const FOLDER: &str = "My QuestionPoint > Question Lists > Shared Followup (or My QuestionPoint > Select Service > ASK > Shared Follow-up)";

/// What a library on duty does if it cannot check the folder: the cooperative's procedure, with
/// the names of that day: the other libraries on duty that day, the substitutes in order, then
/// the coordinators.
fn if_cannot(s: &DutyShift, all: &[DutyShift], schedule: &Schedule, tz: Tz) -> String {
    let date = s.start.with_timezone(&tz).date_naive();
    let mut same_day: Vec<String> = Vec::new();
    for o in all.iter().filter(|o| {
        o.confirmed
            && o.start.with_timezone(&tz).date_naive() == date
            && !o.library.eq_ignore_ascii_case(&s.library)
    }) {
        let name = one_line(&o.library);
        if !same_day.contains(&name) {
            same_day.push(name);
        }
    }
    let mut steps = Vec::new();
    if !same_day.is_empty() {
        steps.push(format!(
            "ask the libraries on duty that day ({}) to cover or switch",
            same_day.join(", ")
        ));
    }
    let subs: Vec<String> = schedule
        .substitutes
        .iter()
        .map(|n| one_line(&n.library))
        .filter(|n| !n.eq_ignore_ascii_case(&s.library))
        .collect();
    if !subs.is_empty() {
        steps.push(format!(
            "ask the other Shared Follow-Up libraries, or the substitutes in order: {}",
            subs.join(", then ")
        ));
    }
    steps.push(format!("still no one: tell {}", coordinators(schedule)));
    steps
        .iter()
        .enumerate()
        .map(|(i, t)| format!("  {}. {t}\n", i + 1))
        .collect()
}

/// The reminder for the 1st (`n` = 1) or 2nd check of a shift.
fn check_reminder(s: &DutyShift, n: u8, recipient: Recipient, fallback: &str, tz: Tz) -> Reminder {
    let mid = s.midpoint();
    let (kind, nth, at, due) = if n == 1 {
        (Kind::FirstCheck, "1st", s.start, mid)
    } else {
        (Kind::SecondCheck, "2nd", mid, s.end)
    };
    let block = format!("{}–{}", hm(s.start), hm(s.end));
    let library = one_line(&s.library);
    let effort = if s.best_effort { " (best effort)" } else { "" };
    let subject = format!(
        "Shared Follow-Up: {nth} check due by {}{effort} ({}, {} {block})",
        hm(due),
        library,
        s.start.format("%a")
    );
    let mut body = format!(
        "{} is on Shared Follow-Up duty on {}, {block}.\n\n",
        library,
        day(s.start)
    );
    if n == 1 {
        body += &format!(
            "1st check of the Shared Follow-Up folder: now, due by {}.\n\
             2nd check: from {}, due by {}.\n",
            hm(mid),
            hm(mid),
            hm(s.end)
        );
    } else {
        body += &format!(
            "2nd check of the Shared Follow-Up folder: now, due by {}.\n",
            hm(s.end)
        );
    }
    if s.best_effort {
        let why = if s.note.trim().is_empty() {
            "check when time permits".to_string()
        } else {
            s.note.trim().to_string()
        };
        body += &format!("This block is best effort: {why}\n");
    }
    body += &format!("\nThe folder: {FOLDER}.\n");
    body +=
        "Every chat marked \"Follow Up By Patron Library\" is owed a follow-up within 72 hours.\n";
    body += &format!("\nIf {library} cannot check the folder in this block:\n{fallback}");
    body += &format!("\n{}\n", signature(tz));
    Reminder::message(
        kind,
        at.with_timezone(&Utc),
        due.with_timezone(&Utc),
        recipient,
        subject,
        body,
    )
}

/// Who a library tells when no one can take a shift: the schedule's escalation contacts.
fn coordinators(schedule: &Schedule) -> String {
    let names: Vec<String> = schedule
        .escalation
        .iter()
        .map(|n| one_line(&n.library))
        .collect();
    if names.is_empty() {
        "the statewide coordinators".to_string()
    } else {
        names.join(", ")
    }
}

/// The proposed substitute's reminder: it is asked to take the shift, and told how to answer.
fn proposal_reminder(
    s: &DutyShift,
    sub: &str,
    recipient: Recipient,
    schedule: &Schedule,
    tz: Tz,
) -> Reminder {
    let block = format!("{}–{}", hm(s.start), hm(s.end));
    let sub = one_line(sub);
    let subject = format!(
        "Shared Follow-Up: can {sub} cover {} {block}?",
        s.start.format("%a %m-%d")
    );
    let coordinators = coordinators(schedule);
    let mut body = format!(
        "{}.\n\nBy the cooperative's substitute procedure, {sub} is proposed to check the Shared Follow-Up folder on {}, {block}, instead.\n",
        one_line(&s.reason),
        day(s.start)
    );
    body += &format!(
        "Until {sub} agrees, no one is on duty then.\n\n\
         If {sub} can cover: tell {coordinators}, who record it as a cover; then check the folder twice, the 1st time by {}, the 2nd by {}.\n\
         If {sub} cannot: tell {coordinators} at once, so they ask the next library.\n",
        hm(s.midpoint()),
        hm(s.end)
    );
    body += &format!("\n{}\n", signature(tz));
    Reminder::message(
        Kind::Proposal,
        s.start.with_timezone(&Utc),
        s.end.with_timezone(&Utc),
        recipient,
        subject,
        body,
    )
}

/// The coordinators' reminder that no one is on duty in a gap.
fn gap_reminder(
    g: &Gap,
    unsettled: &[&DutyShift],
    next: Option<&DutyShift>,
    recipient: Recipient,
    tz: Tz,
) -> Reminder {
    let span = format!("{}–{}", hm(g.start), hm(g.end));
    let subject = format!(
        "Shared Follow-Up: no one on duty {} {span}",
        g.start.format("%a")
    );
    let mut body = format!(
        "No library is on Shared Follow-Up duty on {}, {span}.\n",
        day(g.start)
    );
    for u in unsettled {
        body += &format!(
            "{}–{}: {}. {}\n",
            hm(u.start),
            hm(u.end),
            one_line(&u.reason),
            match &u.proposed {
                Some(sub) => format!("Proposed substitute: {}, not yet agreed.", one_line(sub)),
                None => "No substitute could be found.".to_string(),
            }
        );
    }
    if let Some(n) = next {
        body += &format!(
            "Next on duty: {} from {} {}.\n",
            one_line(&n.library),
            n.start.format("%A"),
            hm(n.start)
        );
    }
    body += &format!(
        "\nIf this is not expected, ask a substitute library or cover it.\n\n{}\n",
        signature(tz)
    );
    Reminder::message(
        Kind::NoOneOnDuty,
        g.start.with_timezone(&Utc),
        g.end.with_timezone(&Utc),
        recipient,
        subject,
        body,
    )
}

/// The civil dates whose blocks and gaps can hold a moment in `(now - span, now]`, with a day of
/// margin on each side for overnight blocks and zone offsets.
pub fn dates_around(now: DateTime<Utc>, span: Duration, tz: Tz) -> (NaiveDate, NaiveDate) {
    let from = (now - span).with_timezone(&tz).date_naive() - Duration::days(1);
    let to = now.with_timezone(&tz).date_naive() + Duration::days(1);
    (from, to)
}

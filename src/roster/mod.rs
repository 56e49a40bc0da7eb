//! The dated roster: the weekly schedule expanded into shifts for a period, with the overrides
//! applied and substitutes proposed by the cooperative's procedure (rules.md §3).
//!
//! The API other commands use:
//! - [`roster`]: every shift (Shared Follow-Up and law) starting on a civil date in `[from, to]`.
//! - [`duty_at`]: the shifts of one duty whose `[start, end)` contains an instant, overrides applied
//!   (what `who-covers` and `remind` need).
//! - [`next_duty`]: the first covered shift of a duty starting after an instant.
//! - [`month_roster`]: one calendar month, the unit every other answer is cut from.
//!
//! An override dated D concerns the shifts that start on D (an overnight block belongs to the
//! day it starts). Order of application: swaps, then covers, then absences and closures. A shift whose library is
//! absent or closed gets a proposed substitute:
//! 1. **step 1**: the libraries on Shared Follow-Up duty on other blocks of the same day;
//! 2. **step 2**: the other Shared Follow-Up libraries of the schedule, then its substitutes in order
//!    (Calvert Library, then Stevenson University Library in the default);
//! 3. **step 3**: no one is left: the shift's library is [`Coverer::Escalate`] and `escalate_to` names the
//!    schedule's escalation contacts (the statewide coordinators).
//!
//! A candidate is never the absent library, never one on duty at an overlapping time, never one
//! absent or closed at any time that day. Among the candidates of one step the one with the fewest
//! Shared Follow-Up shifts goes first (fair share), then the stated order. Fair share is counted over
//! a fixed period that contains the shift: the four weeks before its calendar month and the month
//! itself ([`LEAD_IN`]); shifts are given substitutes in start order within the month, and each
//! proposal counts towards its library's share. Every period asked is cut from these months, so a
//! shift gets the same proposal from `schedule roster` over any window, `who-covers`, `remind`,
//! the digest and the calendars.
//!
//! Law shifts have no substitute procedure in the source: an absent law library escalates.
//!
//! A block whose hours all fall in the spring-forward gap lasts no time that day: its shift is
//! [`Source::NotHeld`], no one is expected and no one is proposed (the calendar cancels it).

pub mod overrides;

pub use overrides::{parse_overrides, Override, OverrideKind, Overrides, Span};

use crate::schedule::{Duty, Schedule};
use crate::time::{resolve_boundary, weekday_name, Clock};
use anyhow::{bail, Result};
use chrono::{DateTime, Datelike, Duration, NaiveDate, Utc, Weekday};
use chrono_tz::Tz;
use overrides::same_library;
use serde::Serialize;

/// Who holds a roster shift: a library, or no one (rules.md §3 step 3: the shift escalates to the
/// coordinators). Written as the library's name, or `escalate`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Coverer {
    Library(String),
    Escalate,
}

impl Coverer {
    /// The library, unless the shift escalates.
    pub fn library(&self) -> Option<&str> {
        match self {
            Coverer::Library(name) => Some(name),
            Coverer::Escalate => None,
        }
    }

    /// The one name: the library's, or `escalate`.
    pub fn as_str(&self) -> &str {
        self.library().unwrap_or("escalate")
    }

    /// True when the shift is held by the library named `name` (any case, spaces trimmed).
    pub fn is(&self, name: &str) -> bool {
        self.library().is_some_and(|l| same_library(l, name))
    }
}

impl std::fmt::Display for Coverer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for Coverer {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

/// Where a roster shift's library comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    /// The weekly schedule.
    Schedule,
    /// A swap or a cover in the overrides file.
    Override,
    /// A substitute proposed by rules.md §3 (or an escalation), not yet agreed.
    Proposed,
    /// The cooperative is closed that day (`closed`, library `all`): no one is expected.
    Closed,
    /// The block's hours do not exist that day (all inside the spring-forward gap): the shift
    /// lasts no time and is not held; no one is expected and no one is proposed.
    NotHeld,
}

one_name!(Source {
    Schedule => "schedule",
    Override => "override",
    Proposed => "proposed",
    Closed => "closed",
    NotHeld => "not-held",
});

/// Why a [`Source::NotHeld`] shift is not held: its reason in the roster and the calendar.
pub const NO_HOURS: &str = "the clocks spring forward: its hours do not exist on this date";

/// One dated shift of the roster. The field names are the stable JSON / CSV interface.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RosterShift {
    /// The civil date the block starts on.
    pub date: NaiveDate,
    #[serde(with = "crate::time::serde_weekday")]
    pub day: Weekday,
    /// The block's civil start and end in the schedule's zone (`24:00` ends a day).
    pub start_local: Clock,
    pub end_local: Clock,
    /// The same as instants, in UTC.
    pub start: DateTime<Utc>,
    pub end: DateTime<Utc>,
    /// The library on duty, or [`Coverer::Escalate`].
    pub library: Coverer,
    pub duty: Duty,
    pub best_effort: bool,
    pub source: Source,
    /// For a proposal: the step of rules.md §3 it came from (1, 2, or 3 for escalation).
    pub step: Option<u8>,
    /// The library the weekly schedule names for this shift (empty for a block added by a cover).
    pub scheduled: String,
    /// Why the shift differs from the schedule: the override's kind, library and reason.
    pub reason: String,
    /// For an escalation: whom to contact.
    pub escalate_to: Option<String>,
    /// A stable identifier from the date, the civil start and the duty: the same shift gets the
    /// same one on every run, whichever library holds it.
    pub uid: String,
    /// How many overrides the shift's month depends on: a calendar event's SEQUENCE, which grows
    /// whenever an override is added that could change the shift.
    pub sequence: u32,
    /// The shift's place in the schedule (its block's row), for a stable order of shared blocks.
    #[serde(skip)]
    slot: usize,
}

impl RosterShift {
    pub fn contains(&self, t: DateTime<Utc>) -> bool {
        self.start <= t && t < self.end
    }

    /// False for an escalation or a closed day: no library is named for the shift.
    pub fn covered(&self) -> bool {
        self.holder().is_some()
    }

    /// The library named for the shift: none for an escalation, a closed day or a shift not held.
    pub fn holder(&self) -> Option<&str> {
        match self.source {
            Source::Closed | Source::NotHeld => None,
            _ => self.library.library(),
        }
    }

    /// True when the library has agreed to the shift: the schedule's, or an override's.
    pub fn agreed(&self) -> bool {
        matches!(self.source, Source::Schedule | Source::Override)
    }

    /// The substitute proposed for the shift and not yet agreed, if any.
    pub fn proposal(&self) -> Option<&str> {
        match self.source {
            Source::Proposed => self.library.library(),
            _ => None,
        }
    }

    /// The instant the second check window opens: half the block's real length after its start.
    pub fn midpoint(&self) -> DateTime<Utc> {
        self.start + (self.end - self.start) / 2
    }

    /// The block as the schedule writes it (for matching a swap's block).
    fn span(&self) -> Span {
        Span {
            start: self.start_local,
            end: self.end_local,
        }
    }

    /// The part of the block on its start date (an overnight block runs to 24:00 there): what
    /// an override dated that day can overlap.
    pub fn day_span(&self) -> Span {
        if self.end_local <= self.start_local {
            Span {
                start: self.start_local,
                end: Clock::END_OF_DAY,
            }
        } else {
            self.span()
        }
    }

    fn overlaps(&self, other: &RosterShift) -> bool {
        self.start < other.end && other.start < self.end
    }
}

/// How far back fair share looks before the month of a shift: four weeks.
pub const LEAD_IN: Duration = Duration::days(28);

/// The roster for the civil dates `[from, to]`: every shift, overrides applied, substitutes
/// proposed, in start order. Fails when an override names a shift the schedule does not have.
///
/// Each calendar month is computed on its own ([`month_roster`]) and the period is cut from the
/// months it touches, so a shift gets the same proposal whatever period is asked.
pub fn roster(
    schedule: &Schedule,
    overrides: &Overrides,
    from: NaiveDate,
    to: NaiveDate,
    tz: Tz,
) -> Result<Vec<RosterShift>> {
    let mut out = Vec::new();
    let mut month = month_start(from);
    while month <= to {
        out.extend(
            month_roster(schedule, overrides, month, tz)?
                .into_iter()
                .filter(|s| s.date >= from && s.date <= to),
        );
        month = month_end(month) + Duration::days(1);
    }
    Ok(out)
}

/// The roster of the calendar month starting on `month` (its first day).
///
/// Proposals are made for the month's shifts in start order. Fair share counts the Shared
/// Follow-Up shifts each library holds from four weeks before the month ([`LEAD_IN`]) to the
/// month's end, the month's earlier proposals included: a fixed period for every shift of the
/// month, so the proposal depends on the shift alone. The day after the month is computed too,
/// so that a candidate on duty then (an overnight block) is not proposed at the same time.
pub fn month_roster(
    schedule: &Schedule,
    overrides: &Overrides,
    month: NaiveDate,
    tz: Tz,
) -> Result<Vec<RosterShift>> {
    let first = month_start(month);
    let last = month_end(month);
    let lead = first - LEAD_IN;
    let tail = last + Duration::days(1);
    let mut shifts = scheduled_shifts(schedule, lead, tail, tz);
    apply_swaps(&mut shifts, schedule, overrides, lead, tail)?;
    split_shifts(&mut shifts, overrides, tz);
    apply_covers(&mut shifts, overrides, lead, tail, tz)?;
    close_everyone(&mut shifts, overrides);
    mark_not_held(&mut shifts);
    let away = mark_away(&shifts, overrides);
    propose(&mut shifts, &away, schedule, overrides, (first, last), lead);
    shifts.retain(|s| s.date >= first && s.date <= last);
    shifts.sort_by_key(|s| (s.start, s.duty == Duty::Law, s.slot, s.end));
    let sequence = overrides.revision(lead, tail);
    let mut seen: Vec<String> = Vec::new();
    for s in &mut shifts {
        let base = uid(s);
        let n = seen.iter().filter(|u| **u == base).count();
        s.uid = if n == 0 {
            base.clone()
        } else {
            base.replacen('@', &format!("-{}@", n + 1), 1)
        };
        seen.push(base);
        s.sequence = sequence;
    }
    Ok(shifts)
}

/// The shifts of `duty` whose `[start, end)` contains `t`, with overrides applied (an escalation
/// has library [`Coverer::Escalate`]).
pub fn duty_at(
    schedule: &Schedule,
    overrides: &Overrides,
    duty: Duty,
    t: DateTime<Utc>,
    tz: Tz,
) -> Result<Vec<RosterShift>> {
    let today = t.with_timezone(&tz).date_naive();
    // From the day before, for a block that runs overnight into today.
    Ok(
        roster(schedule, overrides, today - Duration::days(1), today, tz)?
            .into_iter()
            .filter(|s| s.duty == duty && s.contains(t))
            .collect(),
    )
}

/// The first covered shift of `duty` starting after `t`, looking a week and a day ahead.
pub fn next_duty(
    schedule: &Schedule,
    overrides: &Overrides,
    duty: Duty,
    t: DateTime<Utc>,
    tz: Tz,
) -> Result<Option<RosterShift>> {
    let today = t.with_timezone(&tz).date_naive();
    Ok(
        roster(schedule, overrides, today, today + Duration::days(8), tz)?
            .into_iter()
            .find(|s| s.duty == duty && s.start > t && s.covered()),
    )
}

fn month_start(d: NaiveDate) -> NaiveDate {
    d.with_day(1).expect("day 1 exists")
}

fn month_end(d: NaiveDate) -> NaiveDate {
    let next = if d.month() == 12 {
        NaiveDate::from_ymd_opt(d.year() + 1, 1, 1)
    } else {
        NaiveDate::from_ymd_opt(d.year(), d.month() + 1, 1)
    };
    next.expect("date in range") - Duration::days(1)
}

/// A stable identifier from what makes a shift itself: its date, civil start and duty. Not the
/// library: a shift that moves to another library keeps its UID, so a calendar updates it.
fn uid(s: &RosterShift) -> String {
    format!(
        "{}T{:02}{:02}-{}@aun.askusnow",
        s.date.format("%Y%m%d"),
        s.start_local.minutes() / 60,
        s.start_local.minutes() % 60,
        s.duty.as_str(),
    )
}

/// The instants a block of `date` starts and ends (an overnight block ends the next day).
fn instants(date: NaiveDate, span: Span, tz: Tz) -> (DateTime<Utc>, DateTime<Utc>) {
    let start = resolve_boundary(date.and_time(span.start.to_time()), tz);
    let end_date = if span.end == Clock::END_OF_DAY || span.end <= span.start {
        date.succ_opt().expect("date in range")
    } else {
        date
    };
    let end = resolve_boundary(end_date.and_time(span.end.to_time()), tz);
    (start.with_timezone(&Utc), end.with_timezone(&Utc))
}

fn new_shift(
    date: NaiveDate,
    span: Span,
    library: &str,
    duty: Duty,
    best_effort: bool,
    tz: Tz,
) -> RosterShift {
    let (start, end) = instants(date, span, tz);
    RosterShift {
        date,
        day: date.weekday(),
        start_local: span.start,
        end_local: span.end,
        start,
        end,
        library: Coverer::Library(library.to_string()),
        duty,
        best_effort,
        source: Source::Schedule,
        step: None,
        scheduled: library.to_string(),
        reason: String::new(),
        escalate_to: None,
        uid: String::new(),
        sequence: 0,
        slot: usize::MAX,
    }
}

/// The weekly schedule's Shared Follow-Up and law shifts for the period.
fn scheduled_shifts(
    schedule: &Schedule,
    from: NaiveDate,
    to: NaiveDate,
    tz: Tz,
) -> Vec<RosterShift> {
    let mut out = Vec::new();
    for duty in [Duty::SharedFollowUp, Duty::Law] {
        for s in schedule.shifts(duty, from, to, tz) {
            let b = s.block;
            let slot = schedule
                .blocks
                .iter()
                .position(|x| std::ptr::eq(x, b))
                .expect("a block of the schedule");
            let mut r = new_shift(
                s.date,
                Span {
                    start: b.start,
                    end: b.end,
                },
                &b.library,
                duty,
                b.best_effort,
                tz,
            );
            // The schedule's own resolution of the instants (identical, by the same policy).
            (r.start, r.end) = (s.start.with_timezone(&Utc), s.end.with_timezone(&Utc));
            r.slot = slot;
            out.push(r);
        }
    }
    out
}

/// True when the weekly schedule gives `library` the block `span` on `date`.
fn scheduled_block(schedule: &Schedule, library: &str, date: NaiveDate, span: Span) -> bool {
    schedule.blocks.iter().any(|b| {
        matches!(b.duty, Duty::SharedFollowUp | Duty::Law)
            && b.day == date.weekday()
            && b.in_force_on(date)
            && b.start == span.start
            && b.end == span.end
            && same_library(&b.library, library)
    })
}

fn describe(o: &Override) -> String {
    let mut what = match o.kind {
        OverrideKind::Closed if o.everyone_closed() => "the cooperative is closed".to_string(),
        OverrideKind::Swap => format!(
            "swap of {} {} ({}) and {} {} ({})",
            o.date,
            o.span(),
            o.library,
            o.other_side().0,
            o.other_side().1,
            o.with.as_deref().unwrap_or("")
        ),
        k => format!("{} {}", o.library, k.as_str()),
    };
    if let Some(until) = o.until {
        what += &format!(" {} to {until}", o.date);
        if !o.weekdays.is_empty() {
            what += &format!(" ({})", overrides::weekdays_text(&o.weekdays));
        }
    }
    if o.reason.is_empty() {
        what
    } else {
        format!("{what}: {}", o.reason)
    }
}

fn apply_swaps(
    shifts: &mut [RosterShift],
    schedule: &Schedule,
    overrides: &Overrides,
    from: NaiveDate,
    to: NaiveDate,
) -> Result<()> {
    for o in overrides
        .items
        .iter()
        .filter(|o| o.kind == OverrideKind::Swap)
    {
        let with = o.with.as_deref().unwrap_or_default();
        let (d2, b2) = o.other_side();
        let sides = [
            (&o.library[..], o.date, o.span(), with),
            (with, d2, b2, &o.library[..]),
        ];
        for (giver, date, span, taker) in sides {
            if !scheduled_block(schedule, giver, date, span) {
                bail!(
                    "{}: {giver} has no block {span} on {date} ({}) in {} to swap",
                    o.origin,
                    weekday_name(date.weekday()),
                    schedule.source
                );
            }
            if date < from || date > to {
                continue;
            }
            for s in shifts
                .iter_mut()
                .filter(|s| s.date == date && s.span() == span && s.library.is(giver))
            {
                s.library = Coverer::Library(taker.to_string());
                s.source = Source::Override;
                s.reason = describe(o);
            }
        }
    }
    Ok(())
}

/// Splits the shifts where an override's block starts or ends inside them, so that the override
/// takes exactly its hours: a cover of 18:00–20:00 leaves 17:00–18:00 and 20:00–21:00 of a
/// 17:00–21:00 block with its library, and an absence for part of a block asks a substitute for
/// that part only. Each part is a shift of its own (its own two checks, its own UID).
fn split_shifts(shifts: &mut Vec<RosterShift>, overrides: &Overrides, tz: Tz) {
    let mut out = Vec::with_capacity(shifts.len());
    for s in shifts.drain(..) {
        let day = s.day_span();
        let mut cuts: Vec<Clock> = overrides
            .items
            .iter()
            .filter(|o| o.block.is_some() && o.applies_on(s.date))
            .filter(|o| match o.kind {
                OverrideKind::Cover => s.duty == Duty::SharedFollowUp,
                OverrideKind::Absent => s.library.is(&o.library),
                _ => false,
            })
            .flat_map(|o| [o.span().start, o.span().end])
            .filter(|c| *c > day.start && *c < day.end)
            .collect();
        if cuts.is_empty() {
            out.push(s);
            continue;
        }
        cuts.sort();
        cuts.dedup();
        let mut bounds = vec![s.start_local];
        bounds.extend(cuts);
        bounds.push(s.end_local);
        for w in bounds.windows(2) {
            let span = Span {
                start: w[0],
                end: w[1],
            };
            let (start, end) = instants(s.date, span, tz);
            out.push(RosterShift {
                start_local: span.start,
                end_local: span.end,
                start,
                end,
                ..s.clone()
            });
        }
    }
    *shifts = out;
}

/// The parts of `block` that none of `taken` covers.
fn uncovered(block: Span, mut taken: Vec<Span>) -> Vec<Span> {
    taken.sort_by_key(|t| t.start);
    let mut out = Vec::new();
    let mut cursor = block.start;
    for t in taken {
        if t.end <= cursor || t.start >= block.end {
            continue;
        }
        if t.start > cursor {
            out.push(Span {
                start: cursor,
                end: t.start,
            });
        }
        cursor = cursor.max(t.end);
    }
    if cursor < block.end {
        out.push(Span {
            start: cursor,
            end: block.end,
        });
    }
    out
}

fn apply_covers(
    shifts: &mut Vec<RosterShift>,
    overrides: &Overrides,
    from: NaiveDate,
    to: NaiveDate,
    tz: Tz,
) -> Result<()> {
    let covers = overrides
        .items
        .iter()
        .enumerate()
        .filter(|(_, o)| o.kind == OverrideKind::Cover);
    for (k, o) in covers {
        let dates: Vec<NaiveDate> = o.days().within(from, to).collect();
        let mut any = false;
        for &date in &dates {
            // After the split, a shift is either inside the cover's hours or outside them.
            for s in shifts.iter_mut().filter(|s| {
                s.duty == Duty::SharedFollowUp && s.date == date && s.day_span().overlaps(o.span())
            }) {
                s.library = Coverer::Library(o.library.clone());
                s.source = Source::Override;
                s.reason = describe(o);
                any = true;
            }
            let Some(block) = o.block else { continue };
            // Hours of the block with no shift that day: the cover adds them as shifts.
            let taken: Vec<Span> = shifts
                .iter()
                .filter(|s| s.duty == Duty::SharedFollowUp && s.date == date)
                .map(|s| s.day_span())
                .collect();
            for part in uncovered(block, taken) {
                let mut s = new_shift(date, part, &o.library, Duty::SharedFollowUp, false, tz);
                s.source = Source::Override;
                s.scheduled = String::new();
                s.reason = describe(o);
                s.slot = usize::MAX / 2 + k;
                shifts.push(s);
                any = true;
            }
        }
        let whole = o.days();
        if !any && o.block.is_none() && from <= whole.from && whole.to <= to {
            if o.until.is_some() {
                bail!(
                    "{}: no Shared Follow-Up shift from {} to {} to cover: give a block",
                    o.origin,
                    whole.from,
                    whole.to
                );
            }
            bail!(
                "{}: no Shared Follow-Up shift on {} to cover: give a block",
                o.origin,
                o.date
            );
        }
    }
    Ok(())
}

/// Shifts on a day the whole cooperative is closed: no one is expected, no one is proposed.
fn close_everyone(shifts: &mut [RosterShift], overrides: &Overrides) {
    for s in shifts.iter_mut() {
        if let Some(o) = overrides.everyone_closed_on(s.date) {
            s.source = Source::Closed;
            s.reason = describe(o);
        }
    }
}

/// Shifts whose hours do not exist that day (a block inside the spring-forward gap, start and
/// end both the gap's end): not held, as the calendar cancels them. A closed day stays closed.
fn mark_not_held(shifts: &mut [RosterShift]) {
    for s in shifts.iter_mut() {
        if s.end <= s.start && s.source != Source::Closed {
            s.source = Source::NotHeld;
            s.reason = NO_HOURS.to_string();
        }
    }
}

/// For each shift, the override that keeps its library away, if any.
fn mark_away<'a>(shifts: &[RosterShift], overrides: &'a Overrides) -> Vec<Option<&'a Override>> {
    shifts
        .iter()
        .map(|s| match s.source {
            Source::Closed | Source::NotHeld => None,
            _ => s
                .library
                .library()
                .and_then(|l| overrides.excluding(l, s.date, s.day_span())),
        })
        .collect()
}

/// Fills every shift whose library is away with a proposal (rules.md §3).
fn propose(
    shifts: &mut [RosterShift],
    away: &[Option<&Override>],
    schedule: &Schedule,
    overrides: &Overrides,
    (first, last): (NaiveDate, NaiveDate),
    lead: NaiveDate,
) {
    // Chronological order, so that fair share counts earlier proposals first. Only the month's
    // own shifts get proposals; those around it are there to be counted and avoided.
    let mut order: Vec<usize> = (0..shifts.len())
        .filter(|&i| away[i].is_some() && shifts[i].date >= first && shifts[i].date <= last)
        .collect();
    order.sort_by_key(|&i| (shifts[i].start, shifts[i].duty == Duty::Law));
    let mut on_duty: Vec<bool> = away
        .iter()
        .zip(shifts.iter())
        .map(|(a, s)| a.is_none() && !matches!(s.source, Source::Closed | Source::NotHeld))
        .collect();
    let step2 = step2_candidates(schedule);
    // A schedule without escalation rows still has someone to escalate to, as the reminders say:
    // an empty name left "escalate to " in who-covers, the roster and the calendar.
    let escalate_to = match schedule.escalation.as_slice() {
        [] => "the statewide coordinators".to_string(),
        contacts => contacts
            .iter()
            .map(|n| n.library.as_str())
            .collect::<Vec<_>>()
            .join("; "),
    };
    for i in order {
        let o = away[i].expect("only away shifts");
        let absent = shifts[i].library.clone();
        let pick = if shifts[i].duty == Duty::SharedFollowUp {
            let step1 = same_day_libraries(shifts, &on_duty, i);
            let free = |c: &str| available(shifts, &on_duty, i, c, &absent, overrides);
            [(1u8, step1), (2u8, step2.clone())]
                .into_iter()
                .find_map(|(step, candidates)| {
                    candidates
                        .iter()
                        .enumerate()
                        .filter(|(_, c)| free(c))
                        .min_by_key(|(n, c)| (share(shifts, &on_duty, c, (lead, last)), *n))
                        .map(|(_, c)| (step, c.clone()))
                })
        } else {
            None
        };
        let s = &mut shifts[i];
        s.source = Source::Proposed;
        s.reason = describe(o);
        match pick {
            Some((step, library)) => {
                s.library = Coverer::Library(library);
                s.step = Some(step);
                on_duty[i] = true;
            }
            None => {
                s.library = Coverer::Escalate;
                s.step = Some(3);
                s.escalate_to = Some(escalate_to.clone());
            }
        }
    }
}

/// Step 2: the schedule's Shared Follow-Up libraries in the order they first appear, then the
/// substitutes in order of preference.
fn step2_candidates(schedule: &Schedule) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let names = schedule
        .blocks_of(Duty::SharedFollowUp)
        .map(|b| &b.library)
        .chain(schedule.substitutes.iter().map(|n| &n.library));
    for n in names {
        if !out.iter().any(|o| same_library(o, n)) {
            out.push(n.clone());
        }
    }
    out
}

/// Step 1: the libraries on Shared Follow-Up duty in the other blocks of shift `i`'s day.
fn same_day_libraries(shifts: &[RosterShift], on_duty: &[bool], i: usize) -> Vec<String> {
    let mut idx: Vec<usize> = (0..shifts.len())
        .filter(|&j| {
            j != i
                && on_duty[j]
                && shifts[j].source != Source::Proposed
                && shifts[j].duty == Duty::SharedFollowUp
                && shifts[j].date == shifts[i].date
        })
        .collect();
    idx.sort_by_key(|&j| shifts[j].start);
    let mut out: Vec<String> = Vec::new();
    for l in idx.into_iter().filter_map(|j| shifts[j].library.library()) {
        if !out.iter().any(|o| same_library(o, l)) {
            out.push(l.to_string());
        }
    }
    out
}

/// Whether `candidate` may take shift `i`.
fn available(
    shifts: &[RosterShift],
    on_duty: &[bool],
    i: usize,
    candidate: &str,
    absent: &Coverer,
    overrides: &Overrides,
) -> bool {
    let s = &shifts[i];
    !absent.is(candidate)
        && !overrides.away_on(candidate, s.date)
        && !shifts.iter().enumerate().any(|(j, t)| {
            j != i
                && on_duty[j]
                && t.duty == Duty::SharedFollowUp
                && t.library.is(candidate)
                && t.overlaps(s)
        })
}

/// Shared Follow-Up shifts `library` holds on the dates of `period`, proposals so far included.
fn share(
    shifts: &[RosterShift],
    on_duty: &[bool],
    library: &str,
    (from, to): (NaiveDate, NaiveDate),
) -> usize {
    shifts
        .iter()
        .zip(on_duty)
        .filter(|(s, on)| {
            **on && s.duty == Duty::SharedFollowUp
                && s.date >= from
                && s.date <= to
                && s.library.is(library)
        })
        .count()
}

/// One library's part in Shared Follow-Up over a period (the "Contribution Percentage" of the
/// cooperative's scheduling tool). The field names are the stable JSON / CSV interface.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Contribution {
    pub library: String,
    /// Shifts the weekly schedule gives it.
    pub scheduled: usize,
    /// Shifts it holds and agreed to (its own, swapped, covering).
    pub held: usize,
    /// Of those, shifts the schedule gave to another library (or to no one).
    pub covered_for_others: usize,
    /// Its scheduled shifts it did not do because it was absent or closed.
    pub missed: usize,
    /// Shifts proposed to it and not yet agreed.
    pub proposed: usize,
    /// Hours it holds.
    pub hours: f64,
    /// Its part of all the shifts held, in percent.
    pub share: f64,
}

/// The contribution of every Shared Follow-Up and substitute library over the roster `shifts`
/// (a cooperative-wide closure and a shift not held count for no one), in the schedule's order.
pub fn contribution(
    shifts: &[RosterShift],
    schedule: &Schedule,
    overrides: &Overrides,
) -> Vec<Contribution> {
    let sfu: Vec<&RosterShift> = shifts
        .iter()
        .filter(|s| {
            s.duty == Duty::SharedFollowUp && !matches!(s.source, Source::Closed | Source::NotHeld)
        })
        .collect();
    let total = sfu.iter().filter(|s| s.agreed()).count();
    let mut names = step2_candidates(schedule);
    for l in sfu.iter().filter_map(|s| s.holder()) {
        if !names.iter().any(|n| same_library(n, l)) {
            names.push(l.to_string());
        }
    }
    names
        .into_iter()
        .map(|library| {
            let is = |n: &str| same_library(n, &library);
            let held: Vec<&&RosterShift> = sfu
                .iter()
                .filter(|s| s.agreed() && s.library.is(&library))
                .collect();
            let hours: i64 = held.iter().map(|s| (s.end - s.start).num_minutes()).sum();
            Contribution {
                scheduled: sfu.iter().filter(|s| is(&s.scheduled)).count(),
                covered_for_others: held.iter().filter(|s| !is(&s.scheduled)).count(),
                missed: sfu
                    .iter()
                    .filter(|s| {
                        is(&s.scheduled)
                            && !s.library.is(&library)
                            && overrides
                                .excluding(&s.scheduled, s.date, s.day_span())
                                .is_some()
                    })
                    .count(),
                proposed: sfu.iter().filter(|s| s.proposal().is_some_and(is)).count(),
                hours: hours as f64 / 60.0,
                share: if total == 0 {
                    0.0
                } else {
                    (held.len() as f64 * 1000.0 / total as f64).round() / 10.0
                },
                held: held.len(),
                library,
            }
        })
        .collect()
}

/// Checks a new override against the schedule and the overrides already there, before it is
/// added: an absence must fall on the library's duty (a day it has no shift, or hours that are not
/// its block, change nothing and are refused with what its duties are); a date in the past is
/// allowed with a warning (returned).
pub fn check_override(
    o: &Override,
    schedule: &Schedule,
    existing: &Overrides,
    today: NaiveDate,
    tz: Tz,
) -> Result<Vec<String>> {
    let mut warnings = Vec::new();
    let days = o.days();
    if days.to < today {
        warnings.push(format!(
            "{} is in the past (today is {today}): the override changes only the record",
            if o.until.is_some() {
                format!("{} to {}", days.from, days.to)
            } else {
                o.date.to_string()
            }
        ));
    }
    if o.kind != OverrideKind::Absent {
        return Ok(warnings);
    }
    let shifts = roster(schedule, existing, days.from, days.to, tz)?;
    let theirs: Vec<&RosterShift> = shifts
        .iter()
        .filter(|s| {
            days.contains(s.date)
                && (s.library.is(&o.library) || same_library(&s.scheduled, &o.library))
        })
        .collect();
    if theirs.iter().any(|s| s.day_span().overlaps(o.span())) {
        return Ok(warnings);
    }
    let when = if o.until.is_some() {
        format!("from {} to {}", days.from, days.to)
    } else {
        format!("on {} {}", weekday_name(o.date.weekday()), o.date)
    };
    if theirs.is_empty() {
        let duties: Vec<String> = schedule
            .blocks
            .iter()
            .filter(|b| same_library(&b.library, &o.library))
            .map(|b| format!("{} {}-{}", weekday_name(b.day), b.start, b.end))
            .collect();
        bail!(
            "{} has no duty {when} (its blocks: {}); an absence would change nothing. To keep it out of substitute proposals then, use --kind closed",
            o.library,
            if duties.is_empty() {
                "none".to_string()
            } else {
                duties.join(", ")
            }
        );
    }
    let blocks: Vec<String> = theirs
        .iter()
        .map(|s| format!("{} {}", s.date, s.day_span()))
        .collect();
    bail!(
        "{} is not one of {}'s blocks {when} (they are {})",
        o.span(),
        o.library,
        blocks.join(", ")
    );
}

#[cfg(test)]
mod tests;

//! `aun schedule roster`: dated shifts for a period, overrides applied, substitutes proposed.

use super::super::{Ctx, Exit, RECORD_FORMATS};
use super::{shifts_for, PeriodArgs};
use anyhow::Result;
use aun::output::Format;
use aun::roster::{Coverer, RosterShift, Source};
use chrono::{Datelike, Duration, NaiveDate};
use clap::Args;
use serde::Serialize;
use std::io::Write;

pub const EXAMPLES: &str = "\
Examples:
  aun schedule roster --from 2026-12-01 --to 2026-12-31
  aun schedule roster --from 2026-12-01 --to 2026-12-31 --overrides overrides.csv --gaps
  aun schedule roster --library FCPL --format csv -o fcpl-december.csv

Substitutes are proposed by the cooperative's procedure: step 1 the same day's libraries,
step 2 the other Shared Follow-Up libraries and the substitutes (fewest shifts first, counted
from four weeks before the shift's month to the month's end, so any period gives the same
proposal), step 3 escalate to the coordinators. --gaps lists the shifts still to settle.";

#[derive(Debug, Args)]
pub struct RosterArgs {
    #[command(flatten)]
    pub period: PeriodArgs,
    /// Only the shifts still to settle: proposed substitutes and escalations
    #[arg(long)]
    pub gaps: bool,
}

pub fn run(args: RosterArgs, ctx: &Ctx) -> Result<Exit> {
    let format = ctx.format(Format::Table, RECORD_FORMATS)?;
    let (mut shifts, from, to) = shifts_for(&args.period, ctx)?;
    let proposed = shifts
        .iter()
        .filter(|s| s.source == Source::Proposed)
        .count();
    let escalated = shifts
        .iter()
        .filter(|s| s.source == Source::Proposed && !s.covered())
        .count();
    if args.gaps {
        shifts.retain(|s| s.source == Source::Proposed);
    }
    if format == Format::Table {
        write_weeks(&shifts, ctx)?;
    } else {
        ctx.write_records(format, &shifts)?;
    }
    ctx.note(format_args!(
        "{from} to {to}: {} shifts shown; {proposed} to settle ({escalated} escalated)",
        shifts.len()
    ));
    Ok(Exit::Ok)
}

/// A roster line for people.
#[derive(Serialize)]
struct Line<'a> {
    date: String,
    block: String,
    library: &'a str,
    duty: &'a str,
    source: String,
    reason: &'a str,
}

/// The table form: one table per week (Monday to Sunday), under a heading.
fn write_weeks(shifts: &[RosterShift], ctx: &Ctx) -> Result<()> {
    let mut out = ctx.destination()?;
    let mut weeks: Vec<(NaiveDate, Vec<&RosterShift>)> = Vec::new();
    for s in shifts {
        let monday = s.date - Duration::days(s.date.weekday().num_days_from_monday() as i64);
        match weeks.last_mut() {
            Some((m, list)) if *m == monday => list.push(s),
            _ => weeks.push((monday, vec![s])),
        }
    }
    if weeks.is_empty() {
        writeln!(out, "No shifts.")?;
    }
    for (n, (monday, list)) in weeks.iter().enumerate() {
        if n > 0 {
            writeln!(out)?;
        }
        writeln!(out, "Week of Monday {monday}")?;
        let mut w = aun::output::RecordWriter::new(Format::Table, out, ctx.color);
        for s in list {
            let mut source = match (s.source, s.step) {
                (Source::Proposed, _) if s.library == Coverer::Escalate => s.library.to_string(),
                (Source::Proposed, Some(n)) => format!("proposed (step {n})"),
                (Source::Override, _) => "override".to_string(),
                (Source::Closed | Source::NotHeld, _) => s.source.to_string(),
                _ => "schedule".to_string(),
            };
            if s.best_effort {
                source += ", best effort";
            }
            let library = match &s.escalate_to {
                Some(who) if s.library == Coverer::Escalate => who.as_str(),
                _ => s.library.as_str(),
            };
            w.write(&Line {
                date: format!("{} {}", aun::time::weekday_name(s.day), s.date),
                block: format!("{}–{}", s.start_local, s.end_local),
                library,
                duty: s.duty.as_str(),
                source,
                reason: &s.reason,
            })?;
        }
        out = w.finish()?;
    }
    out.commit()
}

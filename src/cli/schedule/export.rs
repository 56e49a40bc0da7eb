//! `aun schedule export`: the roster as an iCalendar file (RFC 5545).

use super::super::{Ctx, Exit};
use super::{library_test, roster_for, PeriodArgs};
use anyhow::Result;
use aun::output::Format;
use aun::roster::{OverrideKind, Overrides, RosterShift};
use clap::Args;
use std::io::Write;

pub const EXAMPLES: &str = "\
Examples:
  aun schedule export --from 2026-12-01 --to 2026-12-31 -o december.ics
  aun schedule export --library FCPL --overrides overrides.csv -o fcpl.ics

One event per shift, times in the schedule's zone with a VTIMEZONE, the two check windows as
alarms, stable UIDs (re-importing updates the same events).";

#[derive(Debug, Args)]
pub struct ExportArgs {
    #[command(flatten)]
    pub period: PeriodArgs,
}

pub fn run(args: ExportArgs, ctx: &Ctx) -> Result<Exit> {
    ctx.format(Format::Ics, &[Format::Ics])?;
    let (mut shifts, overrides, from, to) = roster_for(&args.period, ctx)?;
    let name = match &args.period.library {
        Some(l) => format!("AskUsNow! Shared Follow-Up: {l}"),
        None => "AskUsNow! Shared Follow-Up".to_string(),
    };
    let text = match &args.period.library {
        None => aun::ics::calendar(&shifts, ctx.tz, ctx.now, &name, None),
        Some(want) => {
            let directory = ctx.directory()?;
            let is = library_test(want, ctx, &directory)?;
            let mine = |s: &RosterShift| s.holder().is_some_and(&is);
            // The library's shifts, and as cancelled the ones that were or may have been its
            // own: the schedule's, and those an override naming it changes.
            shifts.retain(|s| mine(s) || is(&s.scheduled) || named_by_override(s, &overrides, &is));
            aun::ics::calendar(&shifts, ctx.tz, ctx.now, &name, Some(&mine))
        }
    };
    let mut out = ctx.destination()?;
    out.write_all(text.as_bytes())?;
    out.commit()?;
    ctx.note(format_args!("{from} to {to}: {} events", shifts.len()));
    Ok(Exit::Ok)
}

/// True when an override gives the shift to a library the test accepts (a cover, or a swap's
/// either side): the library may have it in its calendar from an earlier export.
fn named_by_override(s: &RosterShift, overrides: &Overrides, is: &dyn Fn(&str) -> bool) -> bool {
    overrides.items.iter().any(|o| match o.kind {
        OverrideKind::Cover => {
            s.duty == aun::schedule::Duty::SharedFollowUp
                && is(&o.library)
                && o.applies_on(s.date)
                && o.span().overlaps(s.day_span())
        }
        OverrideKind::Swap => {
            let (d2, b2) = o.other_side();
            let here = o.date == s.date && o.span().overlaps(s.day_span());
            let there = d2 == s.date && b2.overlaps(s.day_span());
            (here && o.with.as_deref().is_some_and(is)) || (there && is(&o.library))
        }
        _ => false,
    })
}

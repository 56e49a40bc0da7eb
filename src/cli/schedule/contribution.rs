//! `aun schedule contribution`: each library's part of the shifts over a period.

use super::super::{Ctx, Exit, RECORD_FORMATS};
use super::{library_test, roster_for, PeriodArgs};
use anyhow::Result;
use aun::output::Format;
use clap::Args;

pub const EXAMPLES: &str = "\
Examples:
  aun schedule contribution --from 2026-12-01 --to 2026-12-31
  aun schedule contribution --from 2026-01-01 --to 2026-12-31 --format csv -o 2026.csv

Per library: shifts scheduled, held (agreed), covered for others, missed (absent or closed),
proposed and not yet agreed, hours, and its share of all the shifts held, in percent. Substitute
proposals go to the fewest shifts first: this is the count they are checked against.";

#[derive(Debug, Args)]
pub struct ContributionArgs {
    #[command(flatten)]
    pub period: PeriodArgs,
}

pub fn run(args: ContributionArgs, ctx: &Ctx) -> Result<Exit> {
    let format = ctx.format(Format::Table, RECORD_FORMATS)?;
    let (shifts, overrides, from, to) = roster_for(&args.period, ctx)?;
    let schedule = ctx.schedule()?;
    let mut rows = aun::roster::contribution(&shifts, &schedule, &overrides);
    if let Some(want) = &args.period.library {
        let directory = ctx.directory()?;
        let is = library_test(want, ctx, &directory)?;
        rows.retain(|r| is(&r.library));
    }
    ctx.write_records(format, &rows)?;
    ctx.note(format_args!("{from} to {to}: {} libraries", rows.len()));
    Ok(Exit::Ok)
}

//! `aun schedule`: one file per subcommand (show, check, roster, export, contribution,
//! override); here the subcommands and what roster, export and contribution share: the period,
//! the roster of it, and the `--library` filter.

mod check;
mod contribution;
mod export;
pub mod overrides;
mod roster;
mod show;

pub use check::{write_findings, CheckArgs};

use super::{Ctx, Exit};
use anyhow::{bail, Context, Result};
use aun::directory::Directory;
use aun::roster::{roster, Overrides, RosterShift};
use aun::time::parse_date;
use chrono::{Duration, NaiveDate};
use clap::{Args, Subcommand};

#[derive(Debug, Subcommand)]
pub enum ScheduleCommand {
    /// The weekly grid (like the cooperative's page) with the law line, substitutes and notes;
    /// --format json|jsonl|csv gives the long form and --format grid the grid CSV, both of which
    /// --schedule reads back
    #[command(
        after_help = "Examples:\n  aun schedule show\n  aun schedule show --library FCPL\n  aun schedule show --format csv > my-schedule.csv\n  aun schedule show --format grid > my-grid.csv"
    )]
    Show(show::ShowArgs),
    /// Report gaps, overlaps, libraries missing from the directory, stale contacts, malformed rows
    #[command(
        after_help = "Examples:\n  aun schedule check\n  aun schedule check --schedule my-schedule.csv --strict\n\nExit codes: 0 clean or only gaps/warnings; 1 errors (or warnings with --strict)."
    )]
    Check(check::CheckArgs),
    /// Dated shifts for a period, overrides applied, substitutes proposed (rules.md §3)
    #[command(after_help = roster::EXAMPLES)]
    Roster(roster::RosterArgs),
    /// The roster as an iCalendar file (RFC 5545) for the libraries' calendars
    #[command(after_help = export::EXAMPLES)]
    Export(export::ExportArgs),
    /// Each library's contribution over a period: scheduled, held, covered for others, missed, share
    #[command(after_help = contribution::EXAMPLES)]
    Contribution(contribution::ContributionArgs),
    /// Add, list or log dated overrides: absences, swaps, covers, closures
    #[command(subcommand, after_help = overrides::EXAMPLES)]
    Override(overrides::OverrideCommand),
}

pub fn run(cmd: ScheduleCommand, ctx: &Ctx) -> Result<Exit> {
    match cmd {
        ScheduleCommand::Show(args) => show::run(args, ctx),
        ScheduleCommand::Check(args) => check::run(args, ctx),
        ScheduleCommand::Roster(args) => roster::run(args, ctx),
        ScheduleCommand::Export(args) => export::run(args, ctx),
        ScheduleCommand::Contribution(args) => contribution::run(args, ctx),
        ScheduleCommand::Override(cmd) => overrides::run(cmd, ctx),
    }
}

/// The period and library a roster or an export covers.
#[derive(Debug, Args)]
pub struct PeriodArgs {
    /// First date (YYYY-MM-DD; default: today in --tz)
    #[arg(long, value_name = "DATE")]
    pub from: Option<String>,
    /// Last date, included (default: four weeks from --from)
    #[arg(long, value_name = "DATE")]
    pub to: Option<String>,
    /// Only this library's shifts (an id such as FCPL, or the name the schedule uses)
    #[arg(long, value_name = "ID")]
    pub library: Option<String>,
}

fn period(args: &PeriodArgs, ctx: &Ctx) -> Result<(NaiveDate, NaiveDate)> {
    let from = match &args.from {
        Some(s) => parse_date(s).context("--from")?,
        None => ctx.now.with_timezone(&ctx.tz).date_naive(),
    };
    let to = match &args.to {
        Some(s) => parse_date(s).context("--to")?,
        None => from + Duration::days(27),
    };
    super::check_period(from, to)?;
    if to - from > Duration::days(366 * 3) {
        bail!("--from {from} --to {to}: at most three years at once");
    }
    Ok((from, to))
}

/// The roster of the period, and the overrides it was made with.
fn roster_for(
    args: &PeriodArgs,
    ctx: &Ctx,
) -> Result<(Vec<RosterShift>, Overrides, NaiveDate, NaiveDate)> {
    let (from, to) = period(args, ctx)?;
    let schedule = ctx.schedule()?;
    let overrides = ctx.overrides(&schedule)?;
    let shifts = roster(&schedule, &overrides, from, to, ctx.tz)?;
    Ok((shifts, overrides, from, to))
}

/// The `--library` filter of a roster, an export or a contribution ([`Directory::same_library`]).
/// A name neither the schedule nor the directory knows is a typo, not an empty calendar.
fn library_test<'a>(
    want: &str,
    ctx: &Ctx,
    directory: &'a Directory,
) -> Result<impl Fn(&str) -> bool + 'a> {
    let schedule = ctx.schedule()?;
    overrides::canonical_namer(&schedule, directory)(want).context("--library")?;
    Ok(directory.same_library(want))
}

/// The roster of the period, filtered to one library's shifts when asked.
fn shifts_for(args: &PeriodArgs, ctx: &Ctx) -> Result<(Vec<RosterShift>, NaiveDate, NaiveDate)> {
    let (mut shifts, _, from, to) = roster_for(args, ctx)?;
    if let Some(want) = &args.library {
        let directory = ctx.directory()?;
        let is = library_test(want, ctx, &directory)?;
        shifts.retain(|s| s.holder().is_some_and(&is));
    }
    Ok((shifts, from, to))
}

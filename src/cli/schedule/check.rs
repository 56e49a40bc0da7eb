//! `aun schedule check`: gaps, overlaps, blocks not held, unknown libraries, contacts, malformed
//! rows, overrides.

use super::super::{Ctx, Exit, RECORD_FORMATS};
use anyhow::Result;
use aun::check::schedule::{check_schedule, load_for_check, override_findings};
use aun::check::{Finding, Kind, Severity, Tally};
use aun::output::Format;
use aun::schedule::Schedule;
use clap::Args;

/// The options of `schedule check` and `directory check`.
#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Treat warnings as failures (exit 1)
    #[arg(long)]
    pub strict: bool,
    /// Contacts verified longer ago than this are stale (e.g. 365d)
    #[arg(long, default_value = "365d", value_name = "AGE")]
    pub max_age: String,
}

pub fn run(args: CheckArgs, ctx: &Ctx) -> Result<Exit> {
    let directory = ctx.directory()?;
    let max_age =
        aun::time::parse_duration(&args.max_age).map_err(|e| anyhow::anyhow!("--max-age: {e}"))?;
    let (schedule, mut findings) = match &ctx.schedule_file {
        Some(path) => load_for_check(path, ctx.input_format)?,
        None => (Schedule::default_schedule(), Vec::new()),
    };
    ctx.schedule_notes(&schedule);
    let today = ctx.now.with_timezone(&ctx.tz).date_naive();
    findings.extend(check_schedule(
        &schedule, &directory, today, max_age, ctx.tz,
    ));
    if ctx.overrides_file.is_some() {
        match ctx.overrides(&schedule) {
            Ok(o) => findings.extend(override_findings(&schedule, &o, today, ctx.tz)),
            Err(e) => findings.push(Finding::on_schedule(
                Severity::Error,
                Kind::Override,
                format!("{e:#}"),
            )),
        }
    }
    let tally = write_findings(&findings, ctx)?;
    ctx.note(format_args!(
        "{}: {} errors, {} warnings, {} gaps",
        schedule.source, tally.errors, tally.warnings, tally.gaps
    ));
    Ok(if tally.fails(args.strict) {
        Exit::Failure
    } else {
        Exit::Ok
    })
}

/// Writes the findings of `schedule check` or `directory check` and counts them.
pub fn write_findings(findings: &[Finding], ctx: &Ctx) -> Result<Tally> {
    let format = ctx.format(Format::Table, RECORD_FORMATS)?;
    ctx.write_records(format, findings)?;
    Ok(Tally::of(findings))
}

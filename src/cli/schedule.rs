//! `aun schedule`: show and check the weekly schedule; roster, export and overrides live in
//! `roster.rs`.

use super::{Ctx, Exit, RECORD_FORMATS};
use anyhow::Result;
use aun::check::schedule::{check_schedule, load_for_check, override_findings};
use aun::check::{Finding, Severity, Tally};
use aun::output::Format;
use aun::schedule::{Duty, Schedule};
use aun::time::weekday_name;
use clap::{Args, Subcommand};
use comfy_table::{presets::UTF8_FULL_CONDENSED, Cell, ContentArrangement, Table};
use std::io::Write;

#[derive(Debug, Subcommand)]
pub enum ScheduleCommand {
    /// The weekly grid (like the cooperative's page) with the law line, substitutes and notes;
    /// --format json|jsonl|csv gives the long form and --format grid the grid CSV, both of which
    /// --schedule reads back
    #[command(
        after_help = "Examples:\n  aun schedule show\n  aun schedule show --library FCPL\n  aun schedule show --format csv > my-schedule.csv\n  aun schedule show --format grid > my-grid.csv"
    )]
    Show(ShowArgs),
    /// Report gaps, overlaps, libraries missing from the directory, stale contacts, malformed rows
    #[command(
        after_help = "Examples:\n  aun schedule check\n  aun schedule check --schedule my-schedule.csv --strict\n\nExit codes: 0 clean or only gaps/warnings; 1 errors (or warnings with --strict)."
    )]
    Check(CheckArgs),
    /// Dated shifts for a period, overrides applied, substitutes proposed (rules.md §3)
    #[command(after_help = super::roster::ROSTER_EXAMPLES)]
    Roster(super::roster::RosterArgs),
    /// The roster as an iCalendar file (RFC 5545) for the libraries' calendars
    #[command(after_help = super::roster::EXPORT_EXAMPLES)]
    Export(super::roster::ExportArgs),
    /// Each library's contribution over a period: scheduled, held, covered for others, missed, share
    #[command(after_help = super::roster::CONTRIBUTION_EXAMPLES)]
    Contribution(super::roster::ExportArgs),
    /// Add, list or log dated overrides: absences, swaps, covers, closures
    #[command(subcommand, after_help = super::roster::OVERRIDE_EXAMPLES)]
    Override(super::roster::OverrideCommand),
}

#[derive(Debug, Args)]
pub struct ShowArgs {
    /// Show one library's duties (an id such as FCPL, or the name the schedule uses)
    #[arg(long, value_name = "ID")]
    pub library: Option<String>,
}

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

pub fn run(cmd: ScheduleCommand, ctx: &Ctx) -> Result<Exit> {
    match cmd {
        ScheduleCommand::Show(args) => show(args, ctx),
        ScheduleCommand::Check(args) => check(args, ctx),
        ScheduleCommand::Roster(args) => super::roster::run_roster(args, ctx),
        ScheduleCommand::Export(args) => super::roster::run_export(args, ctx),
        ScheduleCommand::Contribution(args) => super::roster::run_contribution(args, ctx),
        ScheduleCommand::Override(cmd) => super::roster::run_override(cmd, ctx),
    }
}

fn show(args: ShowArgs, ctx: &Ctx) -> Result<Exit> {
    let mut schedule = ctx.schedule()?;
    let directory = ctx.directory()?;
    let id_of = |label: &str| directory.lookup(label).map(|l| l.id.clone());
    if let Some(want) = &args.library {
        let want_id = id_of(want);
        let same = |label: &str| {
            label.eq_ignore_ascii_case(want) || (want_id.is_some() && id_of(label) == want_id)
        };
        schedule.blocks.retain(|b| same(&b.library));
        schedule.substitutes.retain(|n| same(&n.library));
        schedule.escalation.retain(|n| same(&n.library));
        schedule.service_hours.clear();
        if schedule.blocks.is_empty()
            && schedule.substitutes.is_empty()
            && schedule.escalation.is_empty()
        {
            anyhow::bail!(
                "--library {}: no duties in {}",
                aun::io::text::quote(want),
                schedule.source
            );
        }
    }
    let mut offered = RECORD_FORMATS.to_vec();
    offered.push(Format::Grid);
    let format = ctx.format(Format::Table, &offered)?;
    if format == Format::Table {
        let mut out = ctx.destination()?;
        write!(out, "{}", grid(&schedule, ctx.color))?;
        out.commit()?;
    } else if format == Format::Grid {
        let (rows, lost) = schedule.grid_rows();
        let mut w = csv::WriterBuilder::new()
            .flexible(true)
            .from_writer(Vec::new());
        for row in &rows {
            w.write_record(row)?;
        }
        let bytes = w.into_inner().map_err(|e| anyhow::anyhow!("{e}"))?;
        let mut out = ctx.destination()?;
        out.write_all(&bytes)?;
        out.commit()?;
        if !lost.is_empty() {
            ctx.note(format_args!(
                "the grid form does not hold {}: --format csv keeps everything",
                lost.join("; ")
            ));
        }
    } else {
        let mut w = ctx.records(format)?;
        for row in schedule.long_rows(id_of) {
            w.write(&row)?;
        }
        w.finish()?.commit()?;
    }
    Ok(Exit::Ok)
}

/// The schedule as the cooperative's own table: blocks down, days across, the law line last.
fn grid(s: &Schedule, color: bool) -> String {
    let days = aun::time::WEEK;
    let mut spans: Vec<(Duty, _, _)> = s.blocks.iter().map(|b| (b.duty, b.start, b.end)).collect();
    spans.sort_by_key(|(d, a, b)| (*d == Duty::Law, *a, *b));
    spans.dedup();
    let mut t = Table::new();
    t.load_preset(UTF8_FULL_CONDENSED)
        .set_content_arrangement(ContentArrangement::Dynamic);
    if !color {
        t.force_no_tty();
    }
    let mut header = vec![Cell::new("block")];
    header.extend(days.iter().map(|d| Cell::new(format!("{d}"))));
    t.set_header(header);
    for (duty, start, end) in spans {
        let label = match duty {
            Duty::Law if start.minutes() == 0 && end.minutes() == 1440 => {
                "law chats only, 00:00–24:00".to_string()
            }
            Duty::Law => format!("law chats only, {start}–{end}"),
            _ => format!("{start}–{end}"),
        };
        let mut row = vec![Cell::new(label)];
        for d in days {
            row.push(Cell::new(s.grid_cell(duty, start, end, d)));
        }
        t.add_row(row);
    }
    let mut out = format!("{t}\n");
    out += &format!(
        "Times are civil times in the schedule's zone; blocks are [start, end). Source: {}\n",
        s.source
    );
    let mut notes: Vec<String> = s
        .blocks
        .iter()
        .filter(|b| !b.note.is_empty() && b.duty != Duty::Law)
        .map(|b| format!("{} {}: {}", weekday_name(b.day), b.library, b.note))
        .collect();
    notes.dedup_by(|a, b| a.split_once(' ').map(|x| x.1) == b.split_once(' ').map(|x| x.1));
    for n in notes {
        out += &format!("Note: {n}\n");
    }
    if let (Some(from), Some(upd)) = (
        s.blocks.iter().filter_map(|b| b.effective).min(),
        s.blocks.iter().filter_map(|b| b.updated).max(),
    ) {
        out += &format!("In effect from {from}; updated {upd}.\n");
    }
    if !s.substitutes.is_empty() {
        let subs: Vec<String> = s
            .substitutes
            .iter()
            .enumerate()
            .map(|(i, n)| format!("{}) {}", i + 1, n.library))
            .collect();
        out += &format!("Substitutes, in order: {}\n", subs.join(", "));
    }
    for e in &s.escalation {
        out += &format!(
            "Escalation: {}{}\n",
            e.library,
            if e.note.is_empty() {
                String::new()
            } else {
                format!(" ({})", e.note)
            }
        );
    }
    out
}

fn check(args: CheckArgs, ctx: &Ctx) -> Result<Exit> {
    let directory = ctx.directory()?;
    let max_age =
        aun::time::parse_duration(&args.max_age).map_err(|e| anyhow::anyhow!("--max-age: {e}"))?;
    let (schedule, mut findings) = match &ctx.global.schedule {
        Some(path) => load_for_check(path, ctx.global.input_format)?,
        None => (Schedule::default_schedule(), Vec::new()),
    };
    ctx.schedule_notes(&schedule);
    let today = ctx.now.with_timezone(&ctx.tz).date_naive();
    findings.extend(check_schedule(&schedule, &directory, today, max_age));
    if ctx.global.overrides.is_some() {
        match ctx.overrides(&schedule) {
            Ok(o) => findings.extend(override_findings(&schedule, &o, today, ctx.tz)),
            Err(e) => findings.push(Finding::on_schedule(
                Severity::Error,
                "override",
                format!("{e:#}"),
            )),
        }
    }
    let format = ctx.format(Format::Table, RECORD_FORMATS)?;
    let mut w = ctx.records(format)?;
    for f in &findings {
        w.write(f)?;
    }
    w.finish()?.commit()?;
    let tally = Tally::of(&findings);
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

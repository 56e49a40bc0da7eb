//! `aun schedule show`: the weekly grid, or the schedule in a form `--schedule` reads back.

use super::super::{Ctx, Exit, RECORD_FORMATS};
use anyhow::Result;
use aun::io::text::escape_controls;
use aun::output::Format;
use aun::schedule::{Duty, Schedule};
use aun::time::weekday_name;
use clap::Args;
use comfy_table::{presets::UTF8_FULL_CONDENSED, Cell, ContentArrangement, Table};
use std::io::Write;

#[derive(Debug, Args)]
pub struct ShowArgs {
    /// Show one library's duties (an id such as FCPL, or the name the schedule uses)
    #[arg(long, value_name = "ID")]
    pub library: Option<String>,
}

pub fn run(args: ShowArgs, ctx: &Ctx) -> Result<Exit> {
    let mut schedule = ctx.schedule()?;
    let directory = ctx.directory()?;
    let id_of = |label: &str| directory.lookup(label).map(|l| l.id.clone());
    if let Some(want) = &args.library {
        let same = directory.same_library(want);
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
        // Cells safe to open in a spreadsheet, as every CSV aun writes; the readers take the
        // apostrophe off again.
        for row in &rows {
            w.write_record(
                row.iter()
                    .map(|c| aun::io::text::neutralize(c).into_owned()),
            )?;
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
        ctx.write_records(format, schedule.long_rows(id_of))?;
    }
    Ok(Exit::Ok)
}

/// The schedule as the cooperative's own table: blocks down, days across, the law line last. Text
/// from the schedule file is shown with its bidi controls escaped (`\u{202e}`), as in every table:
/// on a terminal they would turn a library's name round.
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
            // Escaped before the table measures it, so the columns stay aligned.
            row.push(Cell::new(escape_controls(
                &s.grid_cell(duty, start, end, d),
            )));
        }
        t.add_row(row);
    }
    format!("{t}\n{}", escape_controls(&below_grid(s)))
}

/// The lines under the grid: its source, notes, dates, substitutes and escalation.
fn below_grid(s: &Schedule) -> String {
    let mut out = format!(
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

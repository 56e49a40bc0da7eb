//! `aun report`: the 72-hour compliance report from the follow-up ledger.

use super::followups::LedgerArgs;
use super::{Ctx, Exit};
use anyhow::{anyhow, Result};
use aun::ledger::Followup;
use aun::output::html::report::{report_page, Figures, Scope};
use aun::output::Format;
use aun::report::{Aggregate, By, Filter, Row};
use clap::{Args, ValueEnum};
use serde_json::{Map, Value};
use std::io::Write;

pub const EXAMPLES: &str = "\
Examples:
  aun report --ledger ledger.jsonl                          # per library, as destination, origin, on duty
  aun report --from 2026-11-01 --to 2026-11-30 --by library,week
  aun report --library MSLL --by rule --format csv -o msll.csv
  aun report --format html -o report.html                   # one page with charts

Compliance: answered within 72 hours over the chats answered or past their deadline. The field
names of the JSON, JSON Lines and CSV rows are documented in docs/FORMATS.md.";

#[derive(Debug, Args)]
pub struct ReportArgs {
    #[command(flatten)]
    pub ledger: LedgerArgs,

    /// Only chats started on or after this date (in the schedule's zone)
    #[arg(long, value_name = "DATE")]
    pub from: Option<String>,

    /// Only chats started on or before this date
    #[arg(long, value_name = "DATE")]
    pub to: Option<String>,

    /// Only chats this library took part in (as destination, origin or on duty), and only its rows
    #[arg(long, value_name = "LIBRARY")]
    pub library: Option<String>,

    /// Only chats referred to this library
    #[arg(long, value_name = "LIBRARY")]
    pub destination: Option<String>,

    /// Only chats that came from this library's account
    #[arg(long, value_name = "LIBRARY")]
    pub origin: Option<String>,

    /// Group the rows by these (together: library,month is one row per library, role and month)
    #[arg(
        long,
        value_enum,
        value_delimiter = ',',
        value_name = "GROUP",
        default_value = "library"
    )]
    pub by: Vec<ByArg>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ByArg {
    Library,
    Rule,
    Category,
    Week,
    Month,
    /// One row of totals
    Total,
}

pub fn run(args: ReportArgs, ctx: &Ctx) -> Result<Exit> {
    if args.by.contains(&ByArg::Week) && args.by.contains(&ByArg::Month) {
        return Err(anyhow!(
            "--by: week or month, not both (a row has one period)"
        ));
    }
    let format = ctx.format(
        Format::Table,
        &[
            Format::Table,
            Format::Json,
            Format::Jsonl,
            Format::Csv,
            Format::Html,
        ],
    )?;
    let (from, to) = super::period_filter(&args.from, &args.to)?;
    let directory = ctx.directory()?;
    let filter = Filter {
        from,
        to,
        library: args.library.as_deref().map(|l| directory.id_or_name(l)),
        destination: args.destination.as_deref().map(|l| directory.id_or_name(l)),
        origin: args.origin.as_deref().map(|l| directory.id_or_name(l)),
    };
    let source = args.ledger.path()?.display().to_string();
    // The chats are added up as the ledger is read; lines not counted are named on stderr, the
    // report is written and the run exits 1.
    let mut chats = 0;
    let mut fold = |add: &mut dyn FnMut(&Followup)| {
        args.ledger.fold(ctx, |f| {
            if filter.keeps(&f, ctx.tz) {
                chats += 1;
                add(&f);
            }
            Ok(())
        })
    };

    if format == Format::Html {
        let mut figures = Figures::new(ctx.now, ctx.tz);
        let counted_all = fold(&mut |f| figures.add(f))?;
        let dates = match (filter.from, filter.to) {
            (None, None) => "on any date".to_string(),
            (Some(f), None) => format!("from {f}"),
            (None, Some(t)) => format!("up to {t}"),
            (Some(f), Some(t)) => format!("from {f} to {t}"),
        };
        let scope = Scope {
            ledger: &source,
            dates,
            library: filter.library.as_deref(),
        };
        let name = |id: &str| {
            directory
                .get(id)
                .map(|l| l.name.clone())
                .unwrap_or_else(|| id.to_string())
        };
        let html = report_page(figures, &scope, ctx.now, ctx.tz, name);
        let mut out = ctx.destination()?;
        out.write_all(html.as_bytes())?;
        out.commit()?;
        ctx.note(format_args!("{source}: {chats} chats in the report"));
        return Ok(exit(counted_all));
    }

    let by: Vec<By> = args
        .by
        .iter()
        .filter_map(|b| match b {
            ByArg::Library => Some(By::Library),
            ByArg::Rule => Some(By::Rule),
            ByArg::Category => Some(By::Category),
            ByArg::Week => Some(By::Week),
            ByArg::Month => Some(By::Month),
            ByArg::Total => None,
        })
        .collect();
    let mut groups = Aggregate::new(&by, ctx.now, ctx.tz);
    let counted_all = fold(&mut |f| groups.add(f))?;
    let mut rows = groups.rows();
    if let Some(l) = &filter.library {
        rows.retain(|r| {
            r.library
                .as_deref()
                .is_none_or(|x| x.eq_ignore_ascii_case(l))
        });
    }
    let mut w = ctx.records(format)?;
    for r in &rows {
        if format == Format::Table {
            w.write(&table_row(r, &by)?)?;
        } else {
            w.write(r)?;
        }
    }
    w.finish()?.commit()?;
    ctx.note(format_args!("{source}: {chats} chats, {} rows", rows.len()));
    Ok(exit(counted_all))
}

fn exit(counted_all: bool) -> Exit {
    if counted_all {
        Exit::Ok
    } else {
        Exit::Failure
    }
}

/// The table for people: only the groups asked for, then the figures.
fn table_row(r: &Row, by: &[By]) -> Result<Value> {
    let Value::Object(all) = serde_json::to_value(r)? else {
        unreachable!("a row is an object")
    };
    let keep = |k: &str| match k {
        "role" | "library" => by.contains(&By::Library),
        "rule" => by.contains(&By::Rule),
        "category" => by.contains(&By::Category),
        "period" => by.contains(&By::Week) || by.contains(&By::Month),
        _ => true,
    };
    let mut m = Map::new();
    for (k, v) in all {
        if keep(&k) {
            m.insert(k, v);
        }
    }
    Ok(Value::Object(m))
}

//! `aun refer`: triage each chat of an export, then refer it (rules.md §6), in one pass.

use super::followups::Recording;
use super::reading::{reading_notes, report_skipped};
use super::triage::{show_mapping, Pipeline, TriageArgs};
use super::{Ctx, Exit};
use anyhow::{bail, Context, Result};
use aun::export::ReadReport;
use aun::io::spill::Spool;
use aun::output::html::refer::{Card, ReferPage};
use aun::output::{table::Row as TableRow, Encoded, Format, RecordWriter};
use aun::referral::{Options, Referral, Referrer, Summary, Tally};
use aun::triage::{Chat, Status, Triaged};
use clap::Args;

pub const EXAMPLES: &str = "\
Examples:
  aun refer export.csv
  aun refer export.csv --format csv --excel -o referrals.csv
  aun refer export.csv --summary
  aun refer export.csv --explain 11839202
  aun refer export.csv --format jsonl --redact | jq .note

Rules, first that applies wins (rules.md §6): no-email, quality, law, print-disability, local,
specialist, default. No chat is ever referred to the all-capitals \"ENOCH PRATT FREE LIBRARY\"
account, and nothing recommends closing a chat.";

#[derive(Debug, Args)]
pub struct ReferArgs {
    /// The same input options and filters as `aun triage`
    #[command(flatten)]
    pub input: TriageArgs,

    /// For one chat (its id), every rule in order: applied or not, and why
    #[arg(long, value_name = "ID", conflicts_with = "summary")]
    pub explain: Option<String>,

    /// Counts by rule and destination instead of one row per chat
    #[arg(long)]
    pub summary: bool,

    /// For spreadsheets: CSV with a UTF-8 byte-order mark (implies --format csv)
    #[arg(long)]
    pub excel: bool,

    /// Also append each decision to the follow-up ledger (as `aun followups record`)
    #[arg(long, conflicts_with_all = ["explain", "summary"])]
    pub record: bool,

    #[command(flatten)]
    pub ledger: super::followups::LedgerArgs,

    /// With --record: who decided (a directory id or name) instead of the library on duty
    #[arg(long, value_name = "LIBRARY", requires = "record")]
    pub by: Option<String>,
}

/// The formats `refer` offers: the record formats and a page for the browser.
const REFER_FORMATS: &[Format] = &[
    Format::Table,
    Format::Json,
    Format::Jsonl,
    Format::Csv,
    Format::Html,
];

/// Why a librarian should read a chat before trusting its referral (the ledger and the page).
pub(super) fn needs_review(r: &Referral) -> Option<String> {
    r.needs_review.then(|| r.review_reasons.join("; "))
}

/// The decisions on every referral of an export (the filters applied), gathered to be recorded,
/// and the export's name; `each` gets each referral first, to be written out.
pub(super) fn to_record(
    input: &TriageArgs,
    ctx: &Ctx,
    by: &Option<String>,
    mut each: impl FnMut(Referral) -> Result<()>,
) -> Result<(Recording, String)> {
    let p = Pipeline::new(input, ctx)?;
    let referrer = Referrer::new(p.chats.triager.directory(), Options { redact: p.redact })?;
    let source = aun::io::display_name(&input.export);
    let decided_at = super::followups::local(ctx.now, ctx);
    let mut out = Recording::new(&source, decided_at, by, input.read.read.lenient);
    let report = p.chats.run(
        ctx,
        &input.export,
        |chat| {
            p.triage(chat, &referrer, |t| {
                let r = referrer.refer(&t);
                t.recycle();
                r
            })
            .1
        },
        |r| {
            if let Some(r) = r {
                out.add(&r)?;
                each(r)?;
            }
            Ok(())
        },
    )?;
    summarise(ctx, &report, out.len(), p.chats.all);
    Ok((out, report.mapping.source.clone()))
}

/// The table for people: what to do with each chat at a glance; the machine formats have every
/// field, the note included.
const TABLE_COLUMNS: &[&str] = &[
    "id",
    "rule",
    "destination",
    "method",
    "due_at",
    "status",
    "reason",
];

fn table_row(r: &Referral) -> TableRow {
    let due_at = r.due_at.as_ref().map(aun::time::short);
    let mut row = TableRow::new(TABLE_COLUMNS);
    row.cell(&r.id)
        .cell(r.rule.as_str())
        .cell(r.destination.as_deref().unwrap_or("(none)"))
        .cell(r.method.as_str())
        .cell(due_at.as_deref().unwrap_or_default())
        .cell(r.status.map_or("", Status::as_str))
        .cell(&r.reason);
    row
}

/// The starting size of one JSON line of a referral.
const LINE_CAPACITY: usize = 2048;

/// What a worker hands back for one chat.
enum Out {
    /// JSON or CSV, encoded on the worker (the fast path, as in triage).
    Encoded(Result<Encoded<Referral>>),
    /// For the table, made on the worker.
    Row(TableRow),
    /// For --summary: the referral's text is dropped on the worker.
    Tally(Tally),
    /// For the page: the card, rendered on the worker.
    Card(Card),
}

pub fn run(args: ReferArgs, ctx: &Ctx) -> Result<Exit> {
    let format = if args.excel {
        match ctx.requested_format {
            None | Some(Format::Csv) => Format::Csv,
            Some(_) => bail!("--excel writes CSV: leave out --format, or use --format csv"),
        }
    } else {
        ctx.format(Format::Table, REFER_FORMATS)?
    };
    if args.summary && format == Format::Html {
        bail!("--summary writes counts as a table, JSON or CSV: leave out --format html");
    }
    if args.input.show_mapping {
        let opts = args.input.read.read_options(ctx, args.input.all)?;
        return show_mapping(&args.input, &opts, ctx);
    }
    if args.record {
        return collected(args, ctx, format);
    }
    let p = Pipeline::new(&args.input, ctx)?;
    let referrer = Referrer::new(p.chats.triager.directory(), Options { redact: p.redact })?;
    if let Some(id) = &args.explain {
        return explain(&args, ctx, &p, &referrer, id, format);
    }
    // JSON, JSON Lines and CSV are rendered on the workers; the caller only writes them.
    let lines = !args.summary && matches!(format, Format::Json | Format::Jsonl | Format::Csv);
    let (now, tz) = (ctx.now, ctx.tz);
    let out_of = |t: Triaged| -> Out {
        if args.summary {
            let tally = referrer.tally(&t);
            t.recycle();
            return Out::Tally(tally);
        }
        // JSON is written from the chat and the decision, without making the referral.
        if matches!(format, Format::Json | Format::Jsonl) {
            let row = aun::output::encode_json(LINE_CAPACITY, |out| referrer.write_json(&t, out));
            t.recycle();
            return Out::Encoded(Ok(row));
        }
        // Both records are written over by the thread's next chat, as in triage.
        let r = referrer.refer(&t);
        t.recycle();
        if lines {
            let row = aun::output::encode(format, &r, LINE_CAPACITY);
            r.recycle();
            Out::Encoded(row)
        } else if format == Format::Table {
            let row = table_row(&r);
            r.recycle();
            Out::Row(row)
        } else {
            // The page (REFER_FORMATS has no other).
            let card = Card::new(&r, needs_review(&r), now, tz);
            r.recycle();
            Out::Card(card)
        }
    };
    let work = |chat: &Chat| -> Option<Out> { p.triage(chat, &referrer, out_of).1 };
    let mut summary = Summary::default();
    let mut page = (format == Format::Html).then(|| ReferPage::new(ctx.now, ctx.tz));
    let mut count = 0u64;
    let mut dest = ctx.destination()?;
    let mut w = RecordWriter::new(format, &mut dest, ctx.color).excel(args.excel);
    let report = p.chats.run(ctx, &args.input.export, work, |out| {
        match out {
            Some(Out::Tally(t)) => summary.add_tally(t),
            Some(Out::Encoded(row)) => w.write_encoded(&row?)?,
            Some(Out::Card(card)) => page.as_mut().expect("a page").add(card)?,
            Some(Out::Row(row)) => w.write_row(row)?,
            None => return Ok(()),
        }
        count += 1;
        Ok(())
    })?;
    if args.summary {
        for row in summary.rows() {
            w.write(&row)?;
        }
    }
    let out = w.finish()?;
    if let Some(page) = page {
        page.finish(&report.mapping.source, out)?;
    }
    dest.commit()?;
    summarise(ctx, &report, count, p.chats.all);
    Ok(Exit::Ok)
}

/// `refer --record`: the rows as the streaming path writes them, held (beyond a few megabytes, in
/// a temporary file) until every chat's id is checked and the ledger has taken the decisions; then
/// written out. A run that cannot record writes nothing, and a reader that stops early (`| head`)
/// or an output that fails cannot leave the referrals shown but not recorded: recording them
/// again adds nothing, so such a run is simply run again.
fn collected(args: ReferArgs, ctx: &Ctx, format: Format) -> Result<Exit> {
    let path = args.ledger.path()?.to_path_buf();
    let by = super::followups::decided_by(args.by.as_deref(), ctx)?;
    let spool = Spool::new(aun::io::spill::BUDGET);
    let mut w = RecordWriter::new(format, spool, ctx.color).excel(args.excel);
    let mut page = (format == Format::Html).then(|| ReferPage::new(ctx.now, ctx.tz));
    let (recording, source) = to_record(&args.input, ctx, &by, |r| {
        match &mut page {
            Some(page) => page.add(Card::new(&r, needs_review(&r), ctx.now, ctx.tz))?,
            None if format == Format::Table => w.write_row(table_row(&r))?,
            None => w.write(&r)?,
        }
        r.recycle();
        Ok(())
    })?;
    // Opened first: an -o that cannot be written fails before the ledger is touched.
    let mut dest = ctx.destination()?;
    let exit = super::followups::record_referrals(
        ctx,
        &path,
        super::followups::LOCK_WAIT,
        recording,
        None::<&mut RecordWriter<std::io::Sink>>,
    )?;
    let written = (|| -> Result<()> {
        match page {
            Some(page) => page.finish(&source, &mut dest)?,
            None => w
                .finish()
                .context("holding the output in a temporary file")?
                .copy_to(&mut dest)?,
        }
        dest.commit()
    })();
    super::followups::after_recording(&path, exit, written)
}

fn explain(
    args: &ReferArgs,
    ctx: &Ctx,
    p: &Pipeline,
    referrer: &Referrer,
    id: &str,
    format: Format,
) -> Result<Exit> {
    let mut found: Option<Triaged> = None;
    let report = p.chats.run(
        ctx,
        &args.input.export,
        |chat| {
            (chat.id == id)
                .then(|| p.triage(chat, referrer, |t| t).1)
                .flatten()
        },
        |t| {
            if found.is_none() {
                found = t;
            }
            Ok(())
        },
    )?;
    let Some(t) = found else {
        let hint = if p.chats.all {
            ""
        } else {
            " marked Follow Up By Patron Library (add --all for every row)"
        };
        bail!(
            "{}: no chat with the id {}{hint}",
            report.mapping.source,
            aun::io::text::quote(id)
        );
    };
    let mut w = ctx.records(format)?.excel(args.excel);
    for step in referrer.explain(&t) {
        w.write(&step)?;
    }
    w.finish()?.commit()?;
    let r = referrer.refer(&t);
    ctx.note(format_args!(
        "chat {id}: rule {} → {} ({})",
        r.rule,
        r.destination.as_deref().unwrap_or("no referral"),
        r.method.as_str()
    ));
    Ok(Exit::Ok)
}

/// The line for people on stderr, and the bad records --lenient skipped (never silent).
fn summarise(ctx: &Ctx, report: &ReadReport, referred: u64, all: bool) {
    let name = &report.mapping.source;
    reading_notes(ctx, report, all);
    let what = if all {
        ""
    } else {
        " (Follow Up By Patron Library)"
    };
    ctx.note(format_args!(
        "{name}: {} rows read, {referred} chats referred{what}",
        report.records
    ));
    report_skipped(ctx, report);
}

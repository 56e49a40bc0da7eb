//! `aun triage`: read an export of chats and say, for each chat marked "Follow Up By Patron
//! Library", what the library on Shared Follow-Up duty needs to know.

use super::reading::{reading_notes, report_skipped, ChatPipeline, ExportArgs};
use super::{one_of, Ctx, Exit, RECORD_FORMATS};
use anyhow::{Context, Result};
use aun::directory::Directory;
use aun::export::{self, Field, ReadOptions, ReadReport};
use aun::io::text::redact_email;
use aun::io::InputFormat;
use aun::output::{table::Row, Encoded, Format};
use aun::time::parse_duration;
use aun::triage::{Category, Status, Subject, Triaged};
use chrono::NaiveDate;
use clap::Args;
use serde::Serialize;

pub const EXAMPLES: &str = "\
Examples:
  aun triage export.csv                        # chats marked Follow Up By Patron Library
  aun triage export.csv --status overdue       # what has missed the 72 hours
  aun triage export.csv --no-email             # chats that cannot be followed up by e-mail
  aun triage export.csv --library BCPL --format csv -o bcpl.csv
  aun triage export.jsonl --all --format jsonl # every row, with its resolution
  aun triage libchat.csv --columns 'transcript=Chat Text,id=Ref' --show-mapping
  cat export.csv | aun triage - --lenient      # skip bad records, count them

Only the patron's words count as evidence: the question and the patron's own lines, never the
librarian's lines (their speaker labels name a library) or the service's boilerplate. No
transcript text is printed; --redact masks e-mail addresses. Bad records stop the run with the
line and record number, unless --lenient (then they are counted and listed at the end).";

#[derive(Debug, Args)]
pub struct TriageArgs {
    /// The export: CSV, TSV, JSON or JSON Lines; `-` for stdin
    #[arg(value_name = "EXPORT", default_value = "-")]
    pub export: String,

    /// Triage every row, whatever its resolution (each row says its resolution)
    #[arg(long)]
    pub all: bool,

    /// Print which header became which field, and stop
    #[arg(long)]
    pub show_mapping: bool,

    /// A chat is due-soon this long before its 72-hour deadline
    #[arg(long, value_name = "DURATION", default_value = "24h")]
    pub due_soon: String,

    /// Only chats with this status (repeat or separate with commas)
    #[arg(long, value_parser = one_of::<Status>(), value_delimiter = ',', value_name = "STATUS")]
    pub status: Vec<Status>,

    /// Only chats of this category
    #[arg(long, value_parser = one_of::<Category>(), value_delimiter = ',', value_name = "CATEGORY")]
    pub category: Vec<Category>,

    /// Only chats with this subject need
    #[arg(long, value_parser = one_of::<Subject>(), value_delimiter = ',', value_name = "SUBJECT")]
    pub subject: Vec<Subject>,

    /// Only chats without a usable e-mail address
    #[arg(long)]
    pub no_email: bool,

    /// Only chats whose patron's local library is this directory id
    #[arg(long, value_name = "ID")]
    pub library: Option<String>,

    /// Only chats referred to this library (directory id, name or account), as `refer` decides
    #[arg(long, value_name = "LIBRARY")]
    pub destination: Option<String>,

    /// Only chats that came from this library's account (directory id, name or account)
    #[arg(long, value_name = "LIBRARY")]
    pub origin: Option<String>,

    /// Only chats started on or after this date (in the schedule's zone)
    #[arg(long, value_name = "DATE")]
    pub from: Option<String>,

    /// Only chats started on or before this date (in the schedule's zone)
    #[arg(long, value_name = "DATE")]
    pub to: Option<String>,

    /// How the export is read: --columns, --lenient, --vocabulary, --threads
    #[command(flatten)]
    pub read: ExportArgs,
}

/// The filters a coordinator uses, checked on the worker threads (`refer` uses them too).
struct Filters {
    status: Vec<Status>,
    category: Vec<Category>,
    subject: Vec<Subject>,
    no_email: bool,
    library: Option<String>,
    /// A directory id: checked against the referral ([`Filters::keeps_destination`]).
    pub(super) destination: Option<String>,
    /// A directory id, or the account name as given when the directory does not know it.
    origin: Option<String>,
    from: Option<NaiveDate>,
    to: Option<NaiveDate>,
}

/// A library named by a filter: its directory id.
fn library_filter(
    directory: &Directory,
    flag: &str,
    name: &Option<String>,
) -> Result<Option<String>> {
    name.as_deref()
        .map(|n| {
            directory.find(n).map(|l| l.id.clone()).ok_or_else(|| {
                anyhow::anyhow!(
                    "{flag}: {n:?} is not in the directory (ids such as BCPL, EPFL, MCPL)"
                )
            })
        })
        .transpose()
}

impl Filters {
    fn from_args(args: &TriageArgs, directory: &Directory) -> Result<Filters> {
        let library = match &args.library {
            None => None,
            Some(id) => Some(directory.find(id).map(|l| l.id.clone()).ok_or_else(|| {
                anyhow::anyhow!(
                    "--library: {} is not in the directory (ids such as BCPL, EPFL, MCPL)",
                    aun::io::text::quote(id)
                )
            })?),
        };
        let (from, to) = super::period_filter(&args.from, &args.to)?;
        Ok(Filters {
            status: args.status.clone(),
            category: args.category.clone(),
            subject: args.subject.clone(),
            no_email: args.no_email,
            library,
            destination: library_filter(directory, "--destination", &args.destination)?,
            origin: args.origin.as_deref().map(|o| directory.id_or_name(o)),
            from,
            to,
        })
    }

    /// `--destination`: whether a chat referred to `destination_id` is kept.
    fn keeps_destination(&self, destination_id: Option<&str>) -> bool {
        self.destination
            .as_deref()
            .is_none_or(|d| destination_id.is_some_and(|x| x.eq_ignore_ascii_case(d)))
    }

    fn keep(&self, t: &Triaged) -> bool {
        (self.status.is_empty() || t.status.is_some_and(|s| self.status.contains(&s)))
            && (self.category.is_empty() || self.category.contains(&t.category))
            && (self.subject.is_empty() || self.subject.contains(&t.subject))
            && (!self.no_email || t.email.is_none())
            && self
                .library
                .as_ref()
                .is_none_or(|l| t.local_library.as_deref() == Some(l.as_str()))
            && self.origin.as_deref().is_none_or(|o| {
                t.origin_id
                    .as_deref()
                    .is_some_and(|x| x.eq_ignore_ascii_case(o))
                    || t.origin.trim().eq_ignore_ascii_case(o)
            })
            && (self.from.is_none() && self.to.is_none() || {
                // started_at is in the schedule's zone: its date is the chat's date.
                let date = t.started_at.map(|s| s.date_naive());
                date.is_some_and(|d| {
                    self.from.is_none_or(|f| d >= f) && self.to.is_none_or(|t| d <= t)
                })
            })
    }
}

/// `triage`'s and `refer`'s settings, resolved once from their flags and shared by the worker
/// threads: the reading pipeline, the filters, --redact.
pub(super) struct Pipeline {
    pub(super) chats: ChatPipeline,
    filters: Filters,
    pub(super) redact: bool,
}

impl Pipeline {
    pub(super) fn new(args: &TriageArgs, ctx: &Ctx) -> Result<Pipeline> {
        let due_soon = parse_duration(&args.due_soon).context("--due-soon")?;
        let directory = ctx.directory()?;
        let filters = Filters::from_args(args, &directory)?;
        let chats = ChatPipeline::new(ctx, &args.read, args.all, directory, ctx.now, due_soon)?;
        Ok(Pipeline {
            chats,
            filters,
            redact: ctx.redact,
        })
    }

    /// Triage of one chat the reader hands over (a follow-up row, or any with --all): its status,
    /// and what `then` makes of the chat if it passes the filters, masked under --redact. (Handed
    /// on, not returned: a record of a few hundred bytes is then not copied from one place to the
    /// next.)
    #[inline(always)]
    pub(super) fn triage<R>(
        &self,
        chat: &export::Chat,
        referrer: &aun::referral::Referrer,
        then: impl FnOnce(Triaged) -> R,
    ) -> (Option<Status>, Option<R>) {
        let mut t = self.chats.triager.triage(chat, &self.chats.topts);
        let status = t.status;
        // --destination: where the chat goes decides (unmasked, before --redact).
        let kept = self.filters.keep(&t)
            && (self.filters.destination.is_none()
                || self
                    .filters
                    .keeps_destination(referrer.refer(&t).destination_id.as_deref()));
        if !kept {
            t.recycle();
            return (status, None);
        }
        if self.redact {
            redact_triaged(&mut t);
        }
        (status, Some(then(t)))
    }
}

/// What a worker hands back for one chat: its status, and what to print when it passed the
/// filters.
struct Item {
    status: Option<Status>,
    out: Option<Out>,
}

enum Out {
    /// JSON or CSV, encoded on the worker (the fast path).
    Encoded(Result<Encoded<Triaged>>),
    /// For the table, made on the worker too.
    Row(Row),
}

/// The starting size of one encoded row of a triaged chat.
const LINE_CAPACITY: usize = 1024;

/// The table view: the fields a person scans; the machine formats carry every field.
const TABLE_COLUMNS: &[&str] = &[
    "id", "started", "status", "due", "email", "category", "subject", "library", "quality",
];
/// With --all, the resolution too.
const TABLE_COLUMNS_ALL: &[&str] = &[
    "id",
    "resolution",
    "started",
    "status",
    "due",
    "email",
    "category",
    "subject",
    "library",
    "quality",
];

pub fn run(args: TriageArgs, ctx: &Ctx) -> Result<Exit> {
    if args.show_mapping {
        return show_mapping(&args, &args.read.read_options(ctx, args.all)?, ctx);
    }
    let format = ctx.format(Format::Table, RECORD_FORMATS)?;
    let mut p = Pipeline::new(&args, ctx)?;
    // The table shows no category evidence.
    p.chats.topts.explain = format != Format::Table;
    // --destination asks where `refer` would send each chat.
    let referrer = aun::referral::Referrer::new(
        p.chats.triager.directory(),
        aun::referral::Options { redact: false },
    )?;
    // JSON, JSON Lines and CSV rows are encoded on the workers (the fast path); the record writer
    // frames them.
    let encoded = format != Format::Table;
    let all = args.all;

    // Only the rows the pipeline wants (follow-ups, or every row with --all) reach this.
    let work = |chat: &export::Chat| -> Item {
        let (status, out) = p.triage(chat, &referrer, |t| {
            if encoded {
                let row = aun::output::encode(format, &t, LINE_CAPACITY);
                t.recycle();
                Out::Encoded(row)
            } else {
                let row = table_row(&t, all);
                t.recycle();
                Out::Row(row)
            }
        });
        Item { status, out }
    };

    let mut counts = Counts::default();
    let mut dest = ctx.destination()?;
    let mut w = aun::output::RecordWriter::new(format, &mut dest, ctx.color);
    let report = p
        .chats
        .run(ctx, &args.export, work, |item| match counts.add(item) {
            Some(Out::Encoded(row)) => w.write_encoded(&row?),
            Some(Out::Row(row)) => w.write_row(row),
            None => Ok(()),
        })?;
    w.finish()?;
    dest.commit()?;
    summarise(&args, ctx, &report, &counts);
    Ok(Exit::Ok)
}

#[derive(Default)]
struct Counts {
    triaged: u64,
    shown: u64,
    ok: u64,
    due_soon: u64,
    overdue: u64,
    no_time: u64,
}

impl Counts {
    fn add(&mut self, item: Item) -> Option<Out> {
        self.triaged += 1;
        match item.status {
            Some(Status::Ok) => self.ok += 1,
            Some(Status::DueSoon) => self.due_soon += 1,
            Some(Status::Overdue) => self.overdue += 1,
            None => self.no_time += 1,
        }
        if item.out.is_some() {
            self.shown += 1;
        }
        item.out
    }
}

fn summarise(args: &TriageArgs, ctx: &Ctx, report: &ReadReport, c: &Counts) {
    let name = &report.mapping.source;
    reading_notes(ctx, report, args.all);
    let what = if args.all {
        ""
    } else {
        " Follow Up By Patron Library"
    };
    let mut line = format!(
        "{name}: {} rows read, {} triaged{what}: {} overdue, {} due-soon, {} ok",
        report.records, c.triaged, c.overdue, c.due_soon, c.ok
    );
    if c.no_time > 0 {
        line += &format!(", {} without a start time", c.no_time);
    }
    if c.shown != c.triaged {
        line += &format!("; {} shown", c.shown);
    }
    ctx.note(line);
    report_skipped(ctx, report);
}

fn redact_triaged(t: &mut Triaged) {
    if let Some(e) = &t.email {
        t.email = Some(redact_email(e));
    }
    // The problem quotes what the patron or the field wrote: mask that.
    t.email_problem = t.email_problem.as_ref().map(|p| p.masked(redact_email));
}

fn table_row(t: &Triaged, all: bool) -> Row {
    let short = |t: &Option<aun::time::Instant>| t.as_ref().map(aun::time::short);
    let mut row = Row::new(if all {
        TABLE_COLUMNS_ALL
    } else {
        TABLE_COLUMNS
    });
    row.cell(&t.id);
    if all {
        row.cell(t.resolution.as_str());
    }
    row.cell(short(&t.started_at).as_deref().unwrap_or_default())
        .cell(t.status.map_or("", Status::as_str))
        .cell(short(&t.due_at).as_deref().unwrap_or_default())
        .cell(t.email.as_deref().unwrap_or("(none)"))
        .cell(t.category.as_str())
        .cell(t.subject.as_str())
        .cell(t.local_library.as_deref().unwrap_or(""))
        .cell(if t.quality { "check" } else { "" });
    row
}

#[derive(Serialize)]
struct MappingRow {
    field: String,
    header: String,
    how: &'static str,
}

pub(super) fn show_mapping(args: &TriageArgs, opts: &ReadOptions, ctx: &Ctx) -> Result<Exit> {
    print_mapping(&args.export, opts, ctx)
}

/// Which header of `export` becomes which field, and the headers no field uses.
pub(super) fn print_mapping(export: &str, opts: &ReadOptions, ctx: &Ctx) -> Result<Exit> {
    let m = export::read_mapping(export, opts)?;
    if m.delimiter == b';' {
        ctx.note(format_args!(
            "{}: read with ';' between fields (the header has no comma)",
            aun::io::display_name(export)
        ));
    }
    let format = ctx.format(Format::Table, RECORD_FORMATS)?;
    let mut w = ctx.records(format)?;
    let time = m.header(Field::StartTime);
    // A JSON record's keys are mapped each on its own: what the first one has is shown.
    let json = matches!(m.format, InputFormat::Json | InputFormat::Jsonl);
    for (f, h, explicit) in &m.fields {
        // A date column and a time column are read together: say so on the date's row.
        let header = match (f, h, time) {
            (Field::StartedAt, Some(d), Some(t)) => format!("{d} + {t}"),
            _ => h.clone().unwrap_or_default(),
        };
        w.write(&MappingRow {
            field: f.name().to_string(),
            header,
            how: match (h, explicit) {
                (None, _) if json => "not in record 1",
                (None, _) => "missing",
                (Some(_), true) => "override",
                (Some(_), false) => "alias",
            },
        })?;
    }
    let used: Vec<&str> = m.fields.iter().filter_map(|x| x.1.as_deref()).collect();
    for h in &m.headers {
        if !used.contains(&h.as_str()) {
            w.write(&MappingRow {
                field: String::new(),
                header: h.clone(),
                how: "unused",
            })?;
        }
    }
    w.finish()?.commit()?;
    Ok(Exit::Ok)
}

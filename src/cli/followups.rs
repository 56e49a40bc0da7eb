//! `aun followups`: the follow-up ledger: record decisions, mark follow-ups answered (from a later
//! export or by hand), list what is still owed.

use super::triage::TriageArgs;
use super::{Ctx, Exit, RECORD_FORMATS};
use anyhow::{anyhow, bail, Context, Result};
use aun::directory::Directory;
use aun::io::spill::{Sorter, Spool, BUDGET};
use aun::ledger::{
    Batch, Closing, Decision, DuplicateId, Entry, Event, Followup, How, Outcome, Said, State,
};
use aun::output::{Format, RecordWriter};
use aun::referral::{Referral, RuleId};
use aun::time::{parse_duration, parse_instant};
use chrono::{DateTime, FixedOffset, Utc};
use clap::{Args, Subcommand};
use serde::Serialize;
use std::path::{Path, PathBuf};

pub const EXAMPLES: &str = "\
Examples:
  export AUN_LEDGER=/var/lib/aun/ledger.jsonl
  aun followups record today.csv               # the decisions refer makes, appended
  aun refer today.csv --record                 # the same, while printing the referrals
  aun followups update later.csv               # answered or closed, from a later export
  aun followups done 11839202 11839240 --at '2026-11-20 15:10'
  aun followups list                           # what is still owed, by whom
  aun followups list --status overdue --destination MSLL

The ledger is JSON Lines, only ever appended to (docs/FORMATS.md); it holds no patron e-mail
addresses or names. Writers lock LEDGER.lock; recording a chat again with the same decision adds
nothing, a changed decision adds a new line.";

#[derive(Debug, Subcommand)]
pub enum FollowupsCommand {
    /// Append the referral decision of each follow-up chat of an export to the ledger
    #[command(after_help = EXAMPLES)]
    Record(Box<RecordArgs>),
    /// Mark follow-ups answered or closed from a later export (its resolution and answer time)
    #[command(after_help = UPDATE_EXAMPLES)]
    Update(UpdateArgs),
    /// Mark follow-ups done by hand
    #[command(after_help = EXAMPLES)]
    Done(DoneArgs),
    /// The follow-ups in the ledger: what is still owed, by whom, by when
    #[command(after_help = EXAMPLES)]
    List(ListArgs),
}

/// Where the ledger is.
#[derive(Debug, Clone, Args)]
pub struct LedgerArgs {
    /// The follow-up ledger (JSON Lines, appended to)
    #[arg(long, env = "AUN_LEDGER", value_name = "FILE", value_parser = super::kept_file)]
    pub ledger: Option<PathBuf>,
}

impl LedgerArgs {
    pub fn path(&self) -> Result<&Path> {
        self.ledger
            .as_deref()
            .ok_or_else(|| anyhow!("no ledger: give --ledger FILE or set AUN_LEDGER"))
    }

    /// The ledger's path, for a command that marks follow-ups in it: a missing file is an error
    /// here (a typo would read as "nothing owed").
    pub fn existing(&self) -> Result<&Path> {
        let path = self.path()?;
        if !path.exists() {
            bail!(
                "{}: no such ledger (`aun followups record EXPORT` starts one)",
                path.display()
            );
        }
        Ok(path)
    }

    /// Every chat of the ledger, in the order first decided, folded in bounded memory (for the
    /// commands that only read it); the lines not counted are named on stderr, as every writer
    /// names them. Returns whether every line counted; a missing file is an error, as there.
    pub fn fold(&self, ctx: &Ctx, each: impl FnMut(Followup) -> Result<()>) -> Result<bool> {
        let path = self.path()?;
        let name = path.display().to_string();
        let file = match std::fs::File::open(path) {
            Ok(f) => f,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                bail!("{name}: no such ledger (`aun followups record EXPORT` starts one)")
            }
            Err(e) => bail!("{name}: {e}"),
        };
        aun::io::files::note_input(&name);
        let input = std::io::BufReader::with_capacity(1 << 16, file);
        let not_counted = aun::ledger::fold(&name, input, |p| ctx.warn(p), each)?;
        Ok(not_counted == 0)
    }
}

/// How long `refer --record` waits for another writer's lock on the ledger.
pub const LOCK_WAIT: std::time::Duration = std::time::Duration::from_secs(30);

/// The lock wait every writer takes.
#[derive(Debug, Clone, Args)]
pub struct WaitArgs {
    /// How long to wait for another writer's lock on the ledger before failing
    #[arg(long, value_name = "DURATION", default_value = "30s")]
    pub lock_wait: String,
}

impl WaitArgs {
    pub fn duration(&self) -> Result<std::time::Duration> {
        Ok(parse_duration(&self.lock_wait)
            .context("--lock-wait")?
            .to_std()
            .unwrap_or_default())
    }
}

#[derive(Debug, Args)]
pub struct RecordArgs {
    /// The same input options and filters as `aun refer`
    #[command(flatten)]
    pub input: TriageArgs,

    #[command(flatten)]
    pub ledger: LedgerArgs,

    #[command(flatten)]
    pub wait: WaitArgs,

    /// Who decided (a directory id or name) instead of the library on duty by the schedule
    #[arg(long, value_name = "LIBRARY")]
    pub by: Option<String>,
}

const UPDATE_EXAMPLES: &str = "\
Examples:
  aun followups update later.csv --ledger ledger.jsonl
  aun followups update tickets.csv --columns 'id=Ticket,answered_at=First Reply' --show-mapping

A row marks a chat of the ledger (by id) when its answered_at column (answered at, closed at,
follow up sent, …) has a time and its status or resolution says answered (or closed), or it has
no status at all. A row whose status says answered or closed without a time is an error naming
the record (map the time column with --columns answered_at=HEADER). A status that says still
owed (Follow Up By Patron Library, Open, Pending, Unanswered, …) leaves the chat open whatever its
time (a chat's Close Time is when the session closed); a status aun does not know leaves it open
too, and is named on stderr. Ids the ledger does not have change nothing (they are counted).";

#[derive(Debug, Args)]
pub struct UpdateArgs {
    /// A later export of the same chats (or of the tickets they became); `-` for stdin
    #[arg(value_name = "EXPORT")]
    pub export: String,

    #[command(flatten)]
    pub ledger: LedgerArgs,

    #[command(flatten)]
    pub wait: WaitArgs,

    /// Print which header became which field, and stop
    #[arg(long)]
    pub show_mapping: bool,

    /// How the export is read: --columns (answered_at=Closed On,id=Ticket), --lenient
    #[command(flatten)]
    pub read: super::reading::ReadArgs,
}

#[derive(Debug, Args)]
pub struct DoneArgs {
    /// Chat ids
    #[arg(value_name = "ID", required = true)]
    pub ids: Vec<String>,

    /// When the follow-up went out (default: now)
    #[arg(long, value_name = "INSTANT")]
    pub at: Option<String>,

    #[command(flatten)]
    pub ledger: LedgerArgs,

    #[command(flatten)]
    pub wait: WaitArgs,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only follow-ups in this state (repeat or separate with commas) [default: open,overdue]
    #[arg(long, value_parser = super::one_of::<State>(), value_delimiter = ',', value_name = "STATE")]
    pub status: Vec<State>,

    /// Only follow-ups referred to this library (directory id, name or account)
    #[arg(long, value_name = "LIBRARY")]
    pub destination: Option<String>,

    #[command(flatten)]
    pub ledger: LedgerArgs,
}

pub fn run(cmd: FollowupsCommand, ctx: &Ctx) -> Result<Exit> {
    match cmd {
        FollowupsCommand::Record(args) => record_cmd(*args, ctx),
        FollowupsCommand::Update(args) => update(args, ctx),
        FollowupsCommand::Done(args) => done(args, ctx),
        FollowupsCommand::List(args) => list(args, ctx),
    }
}

/// An instant as the ledger writes it: in the schedule's zone.
pub fn local(t: DateTime<Utc>, ctx: &Ctx) -> DateTime<FixedOffset> {
    t.with_timezone(&ctx.tz).fixed_offset()
}

/// Who decides now: `--by` (which must be in the directory), else the library on duty by the
/// schedule (none in a gap).
pub fn decided_by(by: Option<&str>, ctx: &Ctx) -> Result<Option<String>> {
    let directory = ctx.directory()?;
    if let Some(name) = by {
        return directory
            .find(name)
            .map(|l| Some(l.id.clone()))
            .ok_or_else(|| anyhow!("--by {name:?}: not in the directory ({})", directory.source));
    }
    let schedule = ctx.schedule()?;
    let overrides = ctx.overrides(&schedule)?;
    let on_duty = aun::remind::duty::on_duty_at(&schedule, &overrides, ctx.now, ctx.tz)?;
    Ok(on_duty.map(|n| directory.id_or_name(&n)))
}

/// One line of `record`'s output: what happened to each chat.
#[derive(Serialize)]
struct RecordRow<'a> {
    chat_id: &'a str,
    outcome: &'static str,
    rule: &'a str,
    destination: &'a str,
    due_at: String,
    decided_by: &'a str,
}

fn record_cmd(args: RecordArgs, ctx: &Ctx) -> Result<Exit> {
    let format = ctx.format(Format::Table, RECORD_FORMATS)?;
    let path = args.ledger.path()?.to_path_buf();
    let by = decided_by(args.by.as_deref(), ctx)?;
    let (recording, _) = super::refer::to_record(&args.input, ctx, &by, |r| {
        r.recycle();
        Ok(())
    })?;
    // Held until the ledger has taken the decisions: a reader that stops early (`| head`)
    // cannot undo them, and a run that cannot record shows nothing.
    let mut rows = RecordWriter::new(format, Spool::new(BUDGET), ctx.color);
    let mut dest = ctx.destination()?;
    let exit = record_referrals(
        ctx,
        &path,
        args.wait.duration()?,
        recording,
        Some(&mut rows),
    )?;
    let written = (|| -> Result<()> {
        rows.finish()
            .context("holding the output in a temporary file")?
            .copy_to(&mut dest)?;
        dest.commit()
    })();
    after_recording(&path, exit, written)
}

/// The exit of a run that recorded its decisions in the ledger at `path` and then wrote its
/// output: a reader gone early (`| head`) changes nothing; an output that failed is an error
/// that says the decisions were recorded all the same.
pub fn after_recording(path: &Path, exit: Exit, written: Result<()>) -> Result<Exit> {
    match written {
        Err(e) if super::is_broken_pipe(&e) => Ok(exit),
        Err(e) => Err(e.context(format!(
            "the output was not written, but the decisions were recorded in {} (run again: recording them again adds nothing)",
            path.display()
        ))),
        Ok(()) => Ok(exit),
    }
}

/// The referrals of an export to be recorded, gathered as the export is read (never held whole):
/// the decisions, and the chats that cannot be recorded.
pub struct Recording {
    source: String,
    decided_at: DateTime<FixedOffset>,
    by: Option<String>,
    lenient: bool,
    decisions: Batch,
    /// Chats without an id, left out with `--lenient`: their records.
    without_id: Skipped,
    /// Chats without a start time (no deadline, so nothing owed to record): their ids, in order.
    undated: Sorter,
    undated_count: u64,
}

/// How many of something were left out, and the first few, to be named.
#[derive(Default)]
struct Skipped {
    count: u64,
    first: Vec<String>,
}

impl Skipped {
    fn add(&mut self, what: impl FnOnce() -> String) {
        self.count += 1;
        if self.first.len() < aun::export::KEEP_SKIPPED {
            self.first.push(what());
        }
    }

    /// The first few, then "…" if there were more: "a, b, c, …" (`between` is ", ").
    fn listed(&self, between: &str) -> String {
        let more = if self.count > self.first.len() as u64 {
            format!("{between}…")
        } else {
            String::new()
        };
        format!("{}{more}", self.first.join(between))
    }
}

/// Why chats without an id, or with one twice, stop a recording.
const ONE_PER_ID: &str = "the ledger keeps one follow-up per chat id, so nothing was recorded (map the id column with --columns id=HEADER, or leave chats without one out with --lenient)";

impl Recording {
    /// Decisions from `source`, made at `decided_at` by `by`; with `lenient`, chats without an
    /// id are left out (and counted) instead of stopping the run.
    pub fn new(
        source: &str,
        decided_at: DateTime<FixedOffset>,
        by: &Option<String>,
        lenient: bool,
    ) -> Recording {
        Recording {
            source: source.to_string(),
            decided_at,
            by: by.clone(),
            lenient,
            decisions: Batch::new().one_per_chat(),
            without_id: Skipped::default(),
            undated: Sorter::new(BUDGET / 4),
            undated_count: 0,
        }
    }

    /// The decision on `r`, to be recorded.
    pub fn add(&mut self, r: &Referral) -> Result<()> {
        if r.id.trim().is_empty() {
            if !self.lenient {
                bail!(
                    "{}: record {}: the chat has no id; {ONE_PER_ID}",
                    self.source,
                    r.record
                );
            }
            self.without_id.add(|| format!("record {}", r.record));
            return Ok(());
        }
        let review = super::refer::needs_review(r);
        match Decision::of_referral(r, &self.source, review, self.decided_at, self.by.clone())? {
            Some(d) => self
                .decisions
                .push(&Entry::new(Event::Decided(d)), r.record),
            None => {
                self.undated_count += 1;
                self.undated
                    .push(&self.undated_count.to_be_bytes(), r.id.as_bytes())
            }
        }
    }

    pub fn len(&self) -> u64 {
        self.decisions.len() + self.undated_count + self.without_id.count
    }
}

/// Appends the decisions of `recording` to the ledger at `path` (waiting up to `wait` for its
/// lock), writes one row per chat to `rows` when given (held by the caller until the ledger has
/// them), and says on stderr what happened. Chats without a start time cannot be recorded: they
/// are named and the exit is 1. Two chats with one id stop the run, nothing recorded.
pub fn record_referrals<W: std::io::Write>(
    ctx: &Ctx,
    path: &Path,
    wait: std::time::Duration,
    recording: Recording,
    mut rows: Option<&mut RecordWriter<W>>,
) -> Result<Exit> {
    let Recording {
        source,
        decisions,
        without_id,
        undated,
        undated_count,
        ..
    } = recording;
    let (mut new, mut changed, mut unchanged) = (0u64, 0u64, 0u64);
    aun::ledger::batch::append(
        path,
        wait,
        decisions,
        |p| ctx.warn(p),
        |entry, outcome| {
            let Event::Decided(d) = &entry.event else {
                unreachable!("a batch of decisions")
            };
            let outcome = match outcome {
                Outcome::New => {
                    new += 1;
                    "new"
                }
                Outcome::Changed => {
                    changed += 1;
                    "changed"
                }
                _ => {
                    unchanged += 1;
                    "unchanged"
                }
            };
            if let Some(rows) = rows.as_deref_mut() {
                rows.write(&RecordRow {
                    chat_id: &d.chat_id,
                    outcome,
                    rule: d.rule.as_str(),
                    destination: d.destination.as_deref().unwrap_or("(none)"),
                    due_at: aun::time::short(&d.due_at),
                    decided_by: d.decided_by.as_deref().unwrap_or(""),
                })?;
            }
            Ok(())
        },
    )
    .map_err(|e| match e.downcast_ref::<DuplicateId>() {
        Some(d) => anyhow!("{source}: {d}; {ONE_PER_ID}"),
        None => e,
    })?;
    let mut undated_first = Skipped::default();
    undated.finish(|_, id| {
        let id = String::from_utf8_lossy(id);
        undated_first.add(|| id.to_string());
        if let Some(rows) = rows.as_deref_mut() {
            rows.write(&RecordRow {
                chat_id: &id,
                outcome: "not-recorded",
                rule: "",
                destination: "",
                due_at: String::new(),
                decided_by: "",
            })?;
        }
        Ok(())
    })?;
    let name = path.display();
    ctx.note(format_args!(
        "{name}: recorded {new} new, {changed} changed; {unchanged} already recorded with the same decision, unchanged"
    ));
    if without_id.count > 0 {
        ctx.warn(format_args!(
            "{source}: {} chat(s) without an id not recorded (--lenient): {}",
            without_id.count,
            without_id.listed(", ")
        ));
    }
    if undated_count > 0 {
        ctx.warn(format_args!(
            "{source}: {undated_count} chat(s) without a start time not recorded (no 72-hour deadline): {}",
            undated_first.listed(", ")
        ));
        return Ok(Exit::Failure);
    }
    Ok(Exit::Ok)
}

fn done(args: DoneArgs, ctx: &Ctx) -> Result<Exit> {
    let path = args.ledger.existing()?;
    let at = match &args.at {
        Some(s) => parse_instant(s, ctx.tz).context("--at")?,
        None => ctx.now,
    };
    let mut batch = Batch::new();
    // The ids come from the command line: few enough to be named. An empty one is in no ledger.
    let (mut already, mut unknown) = (Vec::new(), Vec::new());
    for id in &args.ids {
        if id.trim().is_empty() {
            unknown.push(format!("{id:?}"));
            continue;
        }
        batch.push(
            &Entry::new(Event::Done(Closing {
                chat_id: id.clone(),
                at: local(at, ctx),
                recorded_at: local(ctx.now, ctx),
                source: "by hand".into(),
            })),
            0,
        )?;
    }
    let name = path.display().to_string();
    let m = Marks::append(
        ctx,
        path,
        args.wait.duration()?,
        batch,
        |entry, outcome| match outcome {
            Outcome::Already => already.push(entry.chat_id().to_string()),
            Outcome::Unknown => unknown.push(entry.chat_id().to_string()),
            _ => {}
        },
    )?;
    ctx.note(format_args!(
        "{name}: {} marked done{}",
        m.marked,
        if already.is_empty() {
            String::new()
        } else {
            format!("; already done, unchanged: {}", already.join(", "))
        }
    ));
    let mut exit = Exit::Ok;
    if !unknown.is_empty() {
        ctx.warn(format_args!(
            "{name}: not in the ledger, nothing marked: {}",
            unknown.join(", ")
        ));
        exit = Exit::Failure;
    }
    if m.refused > 0 {
        exit = Exit::Failure;
    }
    Ok(exit)
}

/// What marking follow-ups answered, closed or done did, counted; each closing refused for its
/// time is named on stderr as it comes.
#[derive(Default)]
struct Marks {
    marked: u64,
    already: u64,
    unknown: u64,
    refused: u64,
}

impl Marks {
    /// Appends the closings of `batch` to the ledger at `path` (waiting up to `wait` for its
    /// lock) and counts what became of each; `each` sees every closing with its outcome too.
    fn append(
        ctx: &Ctx,
        path: &Path,
        wait: std::time::Duration,
        batch: Batch,
        mut each: impl FnMut(&Entry, &Outcome),
    ) -> Result<Marks> {
        let name = path.display().to_string();
        let mut m = Marks::default();
        aun::ledger::batch::append(
            path,
            wait,
            batch,
            |p| ctx.warn(p),
            |entry, outcome| {
                m.add(ctx, &name, outcome);
                each(entry, outcome);
                Ok(())
            },
        )?;
        Ok(m)
    }

    fn add(&mut self, ctx: &Ctx, ledger: &str, outcome: &Outcome) {
        match outcome {
            Outcome::Marked => self.marked += 1,
            Outcome::Already => self.already += 1,
            Outcome::Unknown => self.unknown += 1,
            Outcome::Refused(why) => {
                self.refused += 1;
                ctx.warn(format_args!("{ledger}: not marked: {why}"));
            }
            Outcome::New | Outcome::Changed | Outcome::Unchanged => {
                unreachable!("a batch of closings")
            }
        }
    }
}

#[derive(Serialize)]
pub struct ListRow<'a> {
    pub chat_id: &'a str,
    pub state: State,
    pub started_at: String,
    pub due_at: String,
    pub destination: &'a str,
    pub destination_id: &'a str,
    pub rule: RuleId,
    pub decided_by: &'a str,
    pub done_at: String,
    pub how: &'static str,
    pub hours_to_follow_up: Option<f64>,
    pub needs_review: &'a str,
}

fn list(args: ListArgs, ctx: &Ctx) -> Result<Exit> {
    let format = ctx.format(Format::Table, RECORD_FORMATS)?;
    let directory = ctx.directory()?;
    let states: Vec<State> = if args.status.is_empty() {
        vec![State::Open, State::Overdue]
    } else {
        args.status.clone()
    };
    let dest = args
        .destination
        .as_deref()
        .map(|d| DestinationFilter::new(&directory, d));
    // The chats shown, by deadline then id, sorted in bounded memory.
    let mut shown = Sorter::new(BUDGET);
    let (mut key, mut value) = (Vec::new(), Vec::new());
    let counted_all = args.ledger.fold(ctx, |f| {
        if states.contains(&f.state_at(ctx.now))
            && dest.as_ref().is_none_or(|d| d.keeps(&f.decision))
        {
            let due = f.decision.due_at;
            key.clear();
            // Seconds with the sign bit flipped compare as unsigned bytes in time order.
            key.extend_from_slice(&((due.timestamp() as u64) ^ (1 << 63)).to_be_bytes());
            key.extend_from_slice(&due.timestamp_subsec_nanos().to_be_bytes());
            key.extend_from_slice(f.decision.chat_id.as_bytes());
            aun::ledger::fold::encode(&f, &mut value)?;
            shown.push(&key, &value)?;
        }
        Ok(())
    })?;
    let table = format == Format::Table;
    let when = |t: DateTime<FixedOffset>| {
        if table {
            aun::time::short(&t)
        } else {
            t.to_rfc3339()
        }
    };
    let mut w = ctx.records(format)?;
    let mut rows = 0;
    shown.finish(|_, value| {
        let f = aun::ledger::fold::decode(value)?;
        let d = &f.decision;
        rows += 1;
        w.write(&ListRow {
            chat_id: &d.chat_id,
            state: f.state_at(ctx.now),
            started_at: when(d.started_at),
            due_at: when(d.due_at),
            destination: d.destination.as_deref().unwrap_or(""),
            destination_id: d.destination_id.as_deref().unwrap_or(""),
            rule: d.rule,
            decided_by: d.decided_by.as_deref().unwrap_or(""),
            done_at: f.done_at().map(when).unwrap_or_default(),
            how: f.done.as_ref().map_or("", |(h, _)| h.as_str()),
            hours_to_follow_up: f
                .time_to_follow_up()
                .map(|d| (d.num_minutes() as f64 / 60.0 * 10.0).round() / 10.0),
            needs_review: d.needs_review.as_deref().unwrap_or(""),
        })
    })?;
    w.finish()?.commit()?;
    ctx.note(format_args!(
        "{}: {rows} follow-up(s) shown",
        args.ledger.path()?.display()
    ));
    Ok(if counted_all { Exit::Ok } else { Exit::Failure })
}

/// `--destination X`: a directory id, name, account or alias (or, for a library the directory
/// does not know, the account as the ledger has it).
pub struct DestinationFilter {
    id: Option<String>,
    name: String,
}

impl DestinationFilter {
    pub fn new(directory: &Directory, name: &str) -> DestinationFilter {
        DestinationFilter {
            id: directory.find(name).map(|l| l.id.clone()),
            name: name.trim().to_lowercase(),
        }
    }

    pub fn keeps(&self, d: &Decision) -> bool {
        match &self.id {
            Some(id) => d.destination_id.as_deref() == Some(id.as_str()),
            None => d
                .destination
                .as_deref()
                .is_some_and(|x| x.to_lowercase() == self.name),
        }
    }
}

/// One row of a later export that says a follow-up went out.
struct Answer {
    id: String,
    how: How,
    at: DateTime<Utc>,
    record: u64,
}

impl Answer {
    /// As bytes to be sorted under its record (big-endian): how, when, the chat's id.
    fn encode(&self, out: &mut Vec<u8>) {
        out.clear();
        out.push(match self.how {
            How::Answered => 0,
            How::Closed => 1,
            How::Done => 2,
        });
        out.extend_from_slice(&self.at.timestamp().to_le_bytes());
        out.extend_from_slice(&self.at.timestamp_subsec_nanos().to_le_bytes());
        out.extend_from_slice(self.id.as_bytes());
    }

    fn decode(record: &[u8], bytes: &[u8]) -> Answer {
        let secs = i64::from_le_bytes(bytes[1..9].try_into().expect("eight bytes"));
        let nanos = u32::from_le_bytes(bytes[9..13].try_into().expect("four bytes"));
        Answer {
            id: String::from_utf8_lossy(&bytes[13..]).into_owned(),
            how: match bytes[0] {
                0 => How::Answered,
                1 => How::Closed,
                _ => How::Done,
            },
            at: DateTime::from_timestamp(secs, nanos).expect("a time that was one"),
            record: u64::from_be_bytes(record.try_into().expect("eight bytes")),
        }
    }
}

/// What one row of a later export says.
enum UpdateRow {
    Answer(Answer),
    /// Still owed by its status, though it has a time (the chat session's close).
    OwedWithTime,
    /// A status aun does not know: the follow-up stays open.
    NotUnderstood {
        status: String,
        record: u64,
    },
}

/// The rows whose status aun does not know: how many, and the first few statuses with the first
/// record of each.
#[derive(Default)]
struct UnknownStatuses {
    rows: u64,
    first: Vec<(String, u64)>,
}

impl UnknownStatuses {
    const KEEP: usize = 5;

    fn add(&mut self, status: String, record: u64) {
        self.rows += 1;
        if self.first.len() < Self::KEEP && !self.first.iter().any(|(s, _)| *s == status) {
            self.first.push((status, record));
        }
    }

    /// "Transferred" (first: record 3), …
    fn listed(&self) -> String {
        let mut list: Vec<String> = self
            .first
            .iter()
            .map(|(s, r)| format!("{} (first: record {r})", aun::io::text::quote(s)))
            .collect();
        if self.first.len() == Self::KEEP {
            list.push("…".into());
        }
        list.join(", ")
    }
}

fn update(args: UpdateArgs, ctx: &Ctx) -> Result<Exit> {
    let mut opts = args.read.read_options(ctx, None)?;
    // Only each chat's id, status and time are read: a status report without transcripts will do.
    opts.text_optional = true;
    if args.show_mapping {
        return super::triage::print_mapping(&args.export, &opts, ctx);
    }
    let path = args.ledger.existing()?;
    // Each row: an answer, a status that says answered without a time (an error), a status that
    // says still owed or that aun does not know (never an answer), or nothing.
    let mut answers = Sorter::new(BUDGET);
    let mut answer_line = Vec::new();
    let mut untimed = Skipped::default();
    let mut owed_with_time = 0u64;
    let mut unknown = UnknownStatuses::default();
    let report = super::reading::for_each_chat(
        ctx,
        &args.export,
        &opts,
        2,
        |chat| {
            let answer = |how, at| {
                Some(UpdateRow::Answer(Answer {
                    id: chat.id.clone(),
                    how,
                    at,
                    record: chat.record,
                }))
            };
            match (
                aun::ledger::resolution_outcome(&chat.resolution),
                chat.answered_at,
            ) {
                (Said::Unknown, _) => Ok(Some(UpdateRow::NotUnderstood {
                    status: chat.resolution.trim().to_string(),
                    record: chat.record,
                })),
                (Said::Ended(how), Some(at)) => Ok(answer(how, at)),
                (Said::Nothing, Some(at)) => Ok(answer(How::Answered, at)),
                (Said::Owed, Some(_)) => Ok(Some(UpdateRow::OwedWithTime)),
                (Said::Ended(how), None) => Err(format!(
                    "record {}: chat {} is {} ({:?}) but has no answer or close time",
                    chat.record,
                    chat.id,
                    how.as_str(),
                    chat.resolution
                )),
                (Said::Owed | Said::Nothing, None) => Ok(None),
            }
        },
        |row| {
            match row {
                Ok(Some(UpdateRow::Answer(a))) => {
                    // Held in the export's order until it is known that every row can be read.
                    a.encode(&mut answer_line);
                    answers.push(&a.record.to_be_bytes(), &answer_line)?;
                }
                Ok(Some(UpdateRow::OwedWithTime)) => owed_with_time += 1,
                Ok(Some(UpdateRow::NotUnderstood { status, record })) => {
                    unknown.add(status, record)
                }
                Ok(None) => {}
                Err(e) => untimed.add(|| e),
            }
            Ok(())
        },
    )?;
    let source = report.mapping.source.clone();
    super::reading::reading_notes(ctx, &report, true);
    super::reading::report_skipped(ctx, &report);
    if untimed.count > 0 {
        let hint = if report.has(aun::export::Field::AnsweredAt) {
            String::new()
        } else {
            format!(
                " (no answer-time column found among: {}; name it with --columns answered_at=HEADER)",
                report.mapping.headers.join(", ")
            )
        };
        bail!(
            "{source}: {} row(s) answered or closed without a time{hint}; nothing was marked: {}",
            untimed.count,
            untimed.listed("; ")
        );
    }
    let recorded_at = local(ctx.now, ctx);
    let mut batch = Batch::new();
    // A row without a chat id is for no chat of the ledger.
    let mut without_id = 0;
    answers.finish(|record, bytes| {
        let a = Answer::decode(record, bytes);
        if a.id.trim().is_empty() {
            without_id += 1;
            return Ok(());
        }
        let c = Closing {
            chat_id: a.id,
            at: local(a.at, ctx),
            recorded_at,
            source: format!("{source}: record {}", a.record),
        };
        let event = match a.how {
            How::Answered => Event::Answered(c),
            How::Closed => Event::Closed(c),
            How::Done => Event::Done(c),
        };
        batch.push(&Entry::new(event), a.record)
    })?;
    let m = Marks::append(ctx, path, args.wait.duration()?, batch, |_, _| {})?;
    ctx.note(format_args!(
        "{}: {} rows read; {} follow-up(s) marked answered or closed, {} already done, {} row(s) with a time for chats not in the ledger",
        source,
        report.records,
        m.marked,
        m.already,
        m.unknown + without_id
    ));
    if owed_with_time > 0 {
        ctx.note(format_args!(
            "{source}: {owed_with_time} row(s) with a time but a status that says still owed (Follow Up By Patron Library, Open, Pending, …): left open, the time is not a follow-up"
        ));
    }
    // Never silent, even with -q: these follow-ups may have gone out, and aun cannot tell.
    if unknown.rows > 0 {
        ctx.warn(format_args!(
            "{source}: {} row(s) with a status that says neither answered, closed nor still owed, left open: {}",
            unknown.rows,
            unknown.listed()
        ));
    }
    if m.refused > 0 {
        return Ok(Exit::Failure);
    }
    Ok(Exit::Ok)
}

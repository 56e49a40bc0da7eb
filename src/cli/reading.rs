//! Reading an export from the command line, the same way for `triage`, `refer` and
//! `remind --export`: the shared flags ([`ExportArgs`]), the one [`ChatPipeline`] (read → triage on
//! every core → results in order), a progress bar on stderr for long runs (only when stderr is a
//! terminal and `-q` is not given), and the notes every reading command ends with.

use super::Ctx;
use anyhow::{bail, Result};
use aun::directory::Directory;
use aun::export::Chat;
use aun::export::{self, parse_columns, ReadOptions, ReadReport};
use aun::triage::model::Model;
use aun::triage::vocab::Vocabulary;
use aun::triage::{is_follow_up, TriageOptions, Triager};
use chrono::Duration;
use clap::Args;
use indicatif::{ProgressBar, ProgressStyle};
use std::collections::HashMap;
use std::io::{IsTerminal, Read};

/// How an export's records are read: the flags every command that reads an export has
/// (`triage`, `refer`, `remind --export`, `eval`, `train`, `followups update`).
#[derive(Debug, Clone, Args)]
pub struct ReadArgs {
    /// Which header holds which field: 'transcript=Chat Text,id=Ref' (fields: id, started_at,
    /// start_time, resolution, origin, patron_email, patron_name, question, transcript,
    /// answered_at)
    #[arg(long, value_name = "FIELD=HEADER,…")]
    pub columns: Option<String>,

    /// Skip bad records (counted and listed at the end) instead of stopping; a quote never
    /// closed that takes in the lines after it still stops the run
    #[arg(long)]
    pub lenient: bool,
}

impl ReadArgs {
    /// The reader's settings, resolved once from these flags and the global ones: `wanted` says
    /// which rows are decoded (the others are counted), none for every row.
    pub fn read_options(&self, ctx: &Ctx, wanted: Option<fn(&str) -> bool>) -> Result<ReadOptions> {
        let mut opts = ReadOptions {
            format: ctx.input_format,
            tz: ctx.tz,
            lenient: self.lenient,
            wanted,
            ..ReadOptions::default()
        };
        if let Some(spec) = &self.columns {
            opts.columns = parse_columns(spec)?;
        }
        Ok(opts)
    }
}

/// How an export is read and triaged: the reading flags, the vocabulary, the model, the threads.
#[derive(Debug, Clone, Args)]
pub struct ExportArgs {
    #[command(flatten)]
    pub read: ReadArgs,

    /// Vocabulary file (the columns of data/vocabulary.csv) instead of the embedded one
    #[arg(long, env = "AUN_VOCABULARY", value_name = "FILE")]
    pub vocabulary: Option<String>,

    /// Category model (a file written by `aun train`) instead of the embedded one
    #[arg(long, env = "AUN_MODEL", value_name = "FILE")]
    pub model: Option<String>,

    /// Worker threads, 1 to 256 (default: one per core)
    #[arg(long, value_name = "N",
          value_parser = clap::builder::RangedU64ValueParser::<usize>::new().range(1..=256))]
    pub threads: Option<usize>,
}

impl ExportArgs {
    /// How to read: `all` takes every row, else only the follow-ups. This is the one place that
    /// decides which rows are follow-ups: the reader hands the workers no other row.
    pub fn read_options(&self, ctx: &Ctx, all: bool) -> Result<ReadOptions> {
        // Rows that are not follow-ups are counted but not decoded.
        self.read
            .read_options(ctx, (!all).then_some(is_follow_up as fn(&str) -> bool))
    }
}

/// The triager with the vocabulary and category model given (else the embedded ones).
pub fn build_triager(
    directory: Directory,
    vocabulary: Option<&str>,
    model: Option<&str>,
) -> Result<Triager> {
    let vocab = match vocabulary {
        Some(path) => {
            let bytes = aun::io::read_all(path)?;
            Vocabulary::from_csv(path, &aun::io::decode(&bytes).0, &directory)?
        }
        None => Vocabulary::new(&directory),
    };
    // Built on this thread: one built beside it would take a second heap (a megabyte more).
    let model = match model {
        Some(path) => Model::load(path)?,
        None => Model::embedded(),
    };
    Ok(Triager::with_parts(directory, vocab, model))
}

/// Everything one reading run needs, built once and shared by the worker threads: how to read,
/// the triager, and when "now" is.
pub struct ChatPipeline {
    pub opts: ReadOptions,
    pub triager: Triager,
    pub topts: TriageOptions,
    pub threads: usize,
    /// Every row (`--all`), else only the follow-ups.
    pub all: bool,
}

impl ChatPipeline {
    pub fn new(
        ctx: &Ctx,
        args: &ExportArgs,
        all: bool,
        directory: Directory,
        now: chrono::DateTime<chrono::Utc>,
        due_soon: Duration,
    ) -> Result<ChatPipeline> {
        let opts = args.read_options(ctx, all)?;
        Ok(ChatPipeline {
            opts,
            triager: build_triager(directory, args.vocabulary.as_deref(), args.model.as_deref())?,
            topts: TriageOptions {
                now,
                due_soon,
                tz: ctx.tz,
                redact: ctx.redact,
            },
            threads: args.threads.unwrap_or_else(|| {
                std::thread::available_parallelism()
                    .map(|n| n.get())
                    .unwrap_or(2)
            }),
            all,
        })
    }

    /// Reads `source`, runs `f` on every wanted chat on the workers, and hands the results to
    /// `sink` in record order; then says how the export was read (see [`reading_notes`]).
    pub fn run<T, F, S>(&self, ctx: &Ctx, source: &str, f: F, sink: S) -> Result<ReadReport>
    where
        T: Send,
        F: Fn(&Chat) -> T + Sync,
        S: FnMut(T) -> Result<()>,
    {
        for_each_chat(ctx, source, &self.opts, self.threads, f, sink)
    }
}

/// [`export::for_each_chat`] with a progress bar.
pub fn for_each_chat<T, F, S>(
    ctx: &Ctx,
    source: &str,
    opts: &ReadOptions,
    threads: usize,
    f: F,
    sink: S,
) -> Result<ReadReport>
where
    T: Send,
    F: Fn(&Chat) -> T + Sync,
    S: FnMut(T) -> Result<()>,
{
    let input = export::open(source)?;
    let bar = bar(ctx, source);
    let input: Box<dyn Read + Send> = match &bar {
        Some(bar) => Box::new(bar.wrap_read(input)),
        None => input,
    };
    let result = export::for_each_chat_in(
        &aun::io::display_name(source),
        source,
        input,
        opts,
        threads,
        f,
        sink,
    );
    if let Some(bar) = bar {
        bar.finish_and_clear();
    }
    result
}

fn bar(ctx: &Ctx, source: &str) -> Option<ProgressBar> {
    if ctx.quiet || !std::io::stderr().is_terminal() {
        return None;
    }
    let size = std::fs::metadata(source)
        .ok()
        .filter(|m| m.is_file())
        .map(|m| m.len());
    let bar = match size {
        Some(len) => ProgressBar::new(len).with_style(
            ProgressStyle::with_template(
                "{spinner} {bytes}/{total_bytes} {wide_bar} {binary_bytes_per_sec} {eta}",
            )
            .ok()?,
        ),
        None => ProgressBar::new_spinner().with_style(
            ProgressStyle::with_template("{spinner} {bytes} read, {binary_bytes_per_sec}").ok()?,
        ),
    };
    Some(bar)
}

/// The bad records --lenient skipped: never silent, even with -q (these records were not read).
pub fn report_skipped(ctx: &Ctx, report: &ReadReport) {
    if report.skipped == 0 {
        return;
    }
    let list: Vec<String> = report
        .first_skipped
        .iter()
        .map(|b| format!("record {} (line {}): {}", b.record, b.line, b.problem))
        .collect();
    let more = if report.skipped as usize > list.len() {
        "; …"
    } else {
        ""
    };
    ctx.warn(format_args!(
        "{}: skipped {} bad record(s) (--lenient): {}{more}",
        report.mapping.source,
        report.skipped,
        list.join("; ")
    ));
}

/// Notes on how the export was read: text decoded as Windows-1252, and why no row was taken when
/// the export has no resolution column.
pub fn reading_notes(ctx: &Ctx, report: &ReadReport, all: bool) {
    if report.windows_1252_records > 0 {
        ctx.note(format_args!(
            "{}: not UTF-8: read {} record(s) as Windows-1252 (first: record {})",
            report.mapping.source,
            report.windows_1252_records,
            report.first_windows_1252_record.unwrap_or(0)
        ));
    }
    if let Some(why) = report.no_resolution_note(all) {
        ctx.note(why);
    }
}

/// Checks that each chat of `source` (its id and record) has an id of its own, as the commands
/// that key a chat by its id need (the ledger, remind's deadline reminders); `what` says why, and
/// ends each error. A chat without an id is an error naming its record, unless `lenient`: then it
/// is to be left out, and its record is returned to be reported. One id on two chats is an error
/// naming both records, `lenient` or not: there is no telling which chat the id means.
pub fn check_ids<'a>(
    source: &str,
    chats: impl IntoIterator<Item = (&'a str, u64)>,
    lenient: bool,
    what: &str,
) -> Result<Vec<u64>> {
    let mut without_id = Vec::new();
    let mut seen: HashMap<&str, u64> = HashMap::new();
    for (id, record) in chats {
        let id = id.trim();
        if id.is_empty() {
            if !lenient {
                bail!("{source}: record {record}: the chat has no id; {what}");
            }
            without_id.push(record);
        } else if let Some(first) = seen.insert(id, record) {
            bail!(
                "{source}: records {first} and {record}: the id {} appears twice; {what}",
                aun::io::text::quote(id)
            );
        }
    }
    Ok(without_id)
}

//! Reading an export from the command line, the same way for `triage`, `refer` and
//! `remind --export`: the shared flags ([`ExportArgs`]), the one [`ChatPipeline`] (read → triage on
//! every core → results in order), a progress bar on stderr for long runs (only when stderr is a
//! terminal and `-q` is not given), and the notes every reading command ends with.

use super::Ctx;
use anyhow::{bail, Result};
use aun::directory::Directory;
use aun::export::Chat;
use aun::export::{self, parse_columns, ReadOptions, ReadReport};
use aun::io::spill::{Sorter, BUDGET};
use aun::triage::model::Model;
use aun::triage::vocab::Vocabulary;
use aun::triage::{is_follow_up, TriageOptions, Triager};
use chrono::Duration;
use clap::Args;
use indicatif::{ProgressBar, ProgressStyle};
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
                explain: true,
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

/// Checks that each chat of an export has an id of its own, as the commands that key a chat by
/// its id need (remind's deadline reminders): the ids are given as the chats come, and sorted, in
/// bounded memory, to find one on two chats. The first fault in record order is the error: a chat
/// without an id (naming its record), or one id on two chats (naming both records).
pub struct IdCheck {
    ids: Sorter,
    without_id: Option<u64>,
}

impl Default for IdCheck {
    fn default() -> IdCheck {
        IdCheck::new()
    }
}

impl IdCheck {
    pub fn new() -> IdCheck {
        IdCheck {
            ids: Sorter::new(BUDGET / 4),
            without_id: None,
        }
    }

    /// The id of the chat of `record` (surrounding spaces are not part of it).
    pub fn add(&mut self, id: &str, record: u64) -> Result<()> {
        let id = id.trim();
        if id.is_empty() {
            self.without_id.get_or_insert(record);
            return Ok(());
        }
        // The id's length first, so that no id's items fall among another's.
        let mut key = Vec::with_capacity(id.len() + 12);
        key.extend_from_slice(&(id.len() as u32).to_be_bytes());
        key.extend_from_slice(id.as_bytes());
        key.extend_from_slice(&record.to_be_bytes());
        self.ids.push(&key, &[])
    }

    /// The first fault of the chats of `source`, if any; `what` says why it matters, and ends
    /// the error.
    pub fn finish(self, source: &str, what: &str) -> Result<()> {
        // Each id's first two records; the pair whose second comes first.
        let mut twice: Option<(String, u64, u64)> = None;
        let (mut id, mut first, mut seen) = (Vec::new(), 0, 0);
        self.ids.finish(|key, _| {
            let (this, record) = key.split_at(key.len() - 8);
            let record = u64::from_be_bytes(record.try_into().expect("eight bytes"));
            if this != id.as_slice() {
                id.clear();
                id.extend_from_slice(this);
                (first, seen) = (record, 1);
                return Ok(());
            }
            seen += 1;
            if seen == 2 && twice.as_ref().is_none_or(|t| record < t.2) {
                let name = String::from_utf8_lossy(&this[4..]).into_owned();
                twice = Some((name, first, record));
            }
            Ok(())
        })?;
        match (self.without_id, twice) {
            (Some(record), t) if t.as_ref().is_none_or(|t| record < t.2) => {
                bail!("{source}: record {record}: the chat has no id; {what}")
            }
            (_, Some((id, first, second))) => bail!(
                "{source}: records {first} and {second}: the id {} appears twice; {what}",
                aun::io::text::quote(&id)
            ),
            _ => Ok(()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::IdCheck;

    fn check(ids: &[&str]) -> String {
        let mut c = IdCheck::new();
        for (i, id) in ids.iter().enumerate() {
            c.add(id, i as u64 + 1).unwrap();
        }
        match c.finish("x.csv", "why") {
            Ok(()) => "ok".into(),
            Err(e) => e.to_string(),
        }
    }

    /// The first fault in record order, however the ids sort, past the memory budget too.
    #[test]
    fn the_first_fault_in_record_order_is_named() {
        assert_eq!(check(&["a", "b", "c"]), "ok");
        assert_eq!(
            check(&["b", "a", " a ", "b", ""]),
            "x.csv: records 2 and 3: the id \"a\" appears twice; why"
        );
        assert_eq!(
            check(&["b", "a", "", "b", "a"]),
            "x.csv: record 3: the chat has no id; why"
        );
        assert_eq!(check(&["a", "a\u{0}", "a\u{0}\u{0}"]), "ok");
        let mut many: Vec<String> = (0..30_000).map(|i| format!("C{:05}", 29_999 - i)).collect();
        many.push("C12345".into());
        many.push("C00007".into());
        let many: Vec<&str> = many.iter().map(String::as_str).collect();
        assert_eq!(
            check(&many),
            "x.csv: records 17655 and 30001: the id \"C12345\" appears twice; why"
        );
    }
}

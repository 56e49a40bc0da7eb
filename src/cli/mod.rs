//! The command line: clap types, the global flags every subcommand shares, and one file per
//! subcommand that reads input, calls one library function and hands the rows to the output module.

mod directory;
mod eval;
mod followups;
mod reading;
mod refer;
mod remind;
mod report;
mod schedule;
mod train;
mod triage;
mod who_covers;

use anyhow::{Context, Result};
use aun::directory::Directory;
use aun::io::atomic::Destination;
use aun::io::InputFormat;
use aun::output::{Format, RecordWriter};
use aun::schedule::Schedule;
use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use clap::{Args, Parser, Subcommand, ValueEnum};
use std::io::{IsTerminal, Write};
use std::path::PathBuf;

/// Exit codes, documented in `--help` and docs/FAQ.md.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    /// Done.
    Ok = 0,
    /// An error, or problems found (a failed check, a reminder that could not be delivered).
    Failure = 1,
    // 2 is clap's: a usage error.
    /// `who-covers`: no one is on duty at that time.
    NotCovered = 3,
    /// `who-covers`: a substitute is proposed for the shift but has not agreed.
    Proposed = 4,
}

impl From<Exit> for std::process::ExitCode {
    fn from(e: Exit) -> Self {
        std::process::ExitCode::from(e as u8)
    }
}

const AFTER_HELP: &str = "\
Exit codes: 0 ok; 1 error or problems found; 2 usage error; 3 who-covers: no one on duty;
4 who-covers: a substitute is proposed, not yet agreed.

Examples:
  aun who-covers --day thu --time 14:00
  aun schedule show
  aun triage export.csv --status overdue
  aun refer export.csv --format csv -o referrals.csv";

/// Shared Follow-Up toolkit for Maryland's AskUsNow! chat-reference cooperative.
#[derive(Debug, Parser)]
#[command(name = "aun", version, about, after_help = AFTER_HELP, propagate_version = true)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Args)]
#[command(next_help_heading = "Global options")]
pub struct GlobalArgs {
    /// Output format: table for people; json, jsonl or csv for scripts (same field names)
    #[arg(long, global = true, value_enum, value_name = "FORMAT")]
    pub format: Option<Format>,

    /// Colour in tables: auto is off when stdout is not a terminal, NO_COLOR is set or TERM=dumb
    #[arg(long, global = true, value_enum, default_value_t = Color::Auto, value_name = "WHEN")]
    pub color: Color,

    /// Write output to FILE (whole or not at all) instead of stdout
    #[arg(short = 'o', long, global = true, value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// Print no summaries or notes on stderr
    #[arg(short, long, global = true)]
    pub quiet: bool,

    /// The instant "now" means (RFC 3339, or a civil time read in --tz), for reproducible runs
    #[arg(long, global = true, env = "AUN_NOW", value_name = "INSTANT")]
    pub now: Option<String>,

    /// The schedule's time zone (IANA name)
    #[arg(
        long,
        global = true,
        env = "AUN_TZ",
        default_value = "America/New_York",
        value_name = "ZONE"
    )]
    pub tz: String,

    /// Schedule file (long CSV/JSON or grid CSV) instead of the embedded default
    #[arg(long, global = true, env = "AUN_SCHEDULE", value_name = "FILE")]
    pub schedule: Option<String>,

    /// Directory of libraries (CSV or JSON) instead of the embedded default
    #[arg(long, global = true, env = "AUN_DIRECTORY", value_name = "FILE")]
    pub directory: Option<String>,

    /// Overrides file (dated absences, swaps, covers, closures)
    #[arg(long, global = true, env = "AUN_OVERRIDES", value_name = "FILE")]
    pub overrides: Option<String>,

    /// Mask patron e-mail addresses and names in every output format
    #[arg(long, global = true)]
    pub redact: bool,

    /// Format of the input files, when neither the extension nor the content tells
    #[arg(long, global = true, value_enum, value_name = "FORMAT")]
    pub input_format: Option<InputFormat>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Color {
    Auto,
    Always,
    Never,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Show, check, roster and export the Shared Follow-Up schedule
    #[command(subcommand)]
    Schedule(schedule::ScheduleCommand),
    /// Who checks Shared Follow-Up (and who takes law chats) at a time
    #[command(after_help = who_covers::EXAMPLES)]
    WhoCovers(who_covers::WhoCoversArgs),
    /// Read an export of chats: e-mail, category, subject, local library, 72-hour status
    #[command(after_help = triage::EXAMPLES)]
    Triage(triage::TriageArgs),
    /// Decide where each chat's follow-up goes, how, by which rule, with a note to paste
    #[command(after_help = refer::EXAMPLES)]
    Refer(refer::ReferArgs),
    /// The follow-up ledger: record decisions, mark them answered, list what is owed
    #[command(subcommand)]
    Followups(followups::FollowupsCommand),
    /// The 72-hour compliance report from the follow-up ledger, or a page with charts
    #[command(after_help = report::EXAMPLES)]
    Report(report::ReportArgs),
    /// Measure triage and referral against labelled chats
    #[command(after_help = eval::EXAMPLES)]
    Eval(eval::EvalArgs),
    /// Learn the category model from labelled chats
    #[command(after_help = train::EXAMPLES)]
    Train(train::TrainArgs),
    /// Show and check the directory of libraries (accounts, partners, contacts, aliases)
    #[command(subcommand)]
    Directory(directory::DirectoryCommand),
    /// Reminders for cron: who must check now, what is about to miss 72 hours
    #[command(after_help = remind::EXAMPLES)]
    Remind(remind::RemindArgs),
    /// Print a shell completion script (bash, zsh, fish, powershell, elvish)
    #[command(
        after_help = "Examples:\n  aun completions bash > ~/.local/share/bash-completion/completions/aun\n  aun completions zsh > ~/.zfunc/_aun"
    )]
    Completions {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the man page (roff)
    #[command(after_help = "Examples:\n  aun man > aun.1 && man ./aun.1")]
    Man,
}

/// What every command gets from the global flags, resolved once (the raw flags stay here: commands
/// read these settings, never the flags).
pub struct Ctx {
    pub tz: Tz,
    pub now: DateTime<Utc>,
    /// Colour in tables, decided once from --color, NO_COLOR, TERM and the terminal.
    pub color: bool,
    /// The format asked for with --format, if any ([`Ctx::format`] checks it is offered).
    pub requested_format: Option<Format>,
    /// -o FILE, else stdout.
    pub output: Option<PathBuf>,
    /// -q: no notes on stderr (warnings are still said).
    pub quiet: bool,
    /// --redact: e-mail addresses masked in every output and message.
    pub redact: bool,
    /// --input-format for the input files, when neither extension nor content tells.
    pub input_format: Option<InputFormat>,
    /// --schedule / AUN_SCHEDULE, else the embedded default.
    pub schedule_file: Option<String>,
    /// --directory / AUN_DIRECTORY, else the embedded default.
    pub directory_file: Option<String>,
    /// --overrides / AUN_OVERRIDES, else none.
    pub overrides_file: Option<String>,
    /// Set once the schedule's reading notes were printed (the schedule may be read twice).
    /// Notes on how an input was read, said once however often it is loaded.
    noted: std::cell::RefCell<std::collections::HashSet<String>>,
}

impl Ctx {
    fn new(global: GlobalArgs) -> Result<Ctx> {
        let tz = aun::time::parse_tz(&global.tz).context("--tz")?;
        let now = match &global.now {
            Some(s) => aun::time::parse_instant(s, tz).context("--now")?,
            None => Utc::now(),
        };
        let color = match global.color {
            Color::Always => true,
            Color::Never => false,
            Color::Auto => {
                std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
                    && std::env::var("TERM").map_or(true, |t| t != "dumb")
                    && global.output.is_none()
                    && std::io::stdout().is_terminal()
            }
        };
        Ok(Ctx {
            tz,
            now,
            color,
            requested_format: global.format,
            output: global.output,
            quiet: global.quiet,
            redact: global.redact,
            input_format: global.input_format,
            schedule_file: global.schedule,
            directory_file: global.directory,
            overrides_file: global.overrides,
            noted: Default::default(),
        })
    }

    /// The output format: the user's choice if this command offers it, else `default`.
    pub fn format(&self, default: Format, offered: &[Format]) -> Result<Format> {
        match self.requested_format {
            None => Ok(default),
            Some(f) if offered.contains(&f) => Ok(f),
            Some(f) => {
                let names: Vec<String> = offered.iter().map(|f| format_name(*f)).collect();
                anyhow::bail!(
                    "--format {} is not offered here (choose from {})",
                    format_name(f),
                    names.join(", ")
                )
            }
        }
    }

    /// Where output goes: `-o FILE` (atomic) or stdout.
    pub fn destination(&self) -> Result<Destination> {
        Destination::open(self.output.as_deref())
    }

    /// A record writer on the destination.
    pub fn records(&self, format: Format) -> Result<RecordWriter<Destination>> {
        Ok(RecordWriter::new(format, self.destination()?, self.color))
    }

    /// Writes `rows` in `format` to stdout or the `-o` file (whole or not at all).
    pub fn write_records<R: serde::Serialize>(
        &self,
        format: Format,
        rows: impl IntoIterator<Item = R>,
    ) -> Result<()> {
        let mut w = self.records(format)?;
        for r in rows {
            w.write(&r)?;
        }
        w.finish()?.commit()
    }

    /// The schedule: `--schedule FILE` / AUN_SCHEDULE, else the embedded default.
    pub fn schedule(&self) -> Result<Schedule> {
        let s = match &self.schedule_file {
            Some(path) => Schedule::load(path, self.input_format)?,
            None => Schedule::default_schedule(),
        };
        self.schedule_notes(&s);
        Ok(s)
    }

    /// Says once how a schedule was read leniently (a spreadsheet's dates and times, text not
    /// in UTF-8).
    pub fn schedule_notes(&self, s: &Schedule) {
        self.notes_once(&s.notes);
    }

    /// Says each note once in the run, however often its input is loaded.
    pub fn notes_once(&self, notes: &[String]) {
        for n in notes {
            if self.noted.borrow_mut().insert(n.clone()) {
                self.note(n);
            }
        }
    }

    /// The directory: `--directory FILE` / AUN_DIRECTORY, else the embedded default.
    pub fn directory(&self) -> Result<Directory> {
        let d = match &self.directory_file {
            Some(path) => Directory::load(path, None)?,
            None => Directory::default_directory(),
        };
        self.notes_once(&d.notes);
        Ok(d)
    }

    /// The overrides: `--overrides FILE` / AUN_OVERRIDES (library names as `schedule` writes
    /// them), else none.
    pub fn overrides(&self, schedule: &Schedule) -> Result<aun::roster::Overrides> {
        schedule::overrides::load(self, schedule)
    }

    /// A note for people on stderr, unless `-q`.
    pub fn note(&self, msg: impl std::fmt::Display) {
        if !self.quiet {
            say(msg, self.redact);
        }
    }

    /// A warning on stderr, even with `-q`: something was skipped, missed or not delivered.
    pub fn warn(&self, msg: impl std::fmt::Display) {
        say(msg, self.redact);
    }
}

fn format_name(f: Format) -> String {
    f.to_possible_value()
        .map(|v| v.get_name().to_string())
        .unwrap_or_default()
}

/// The records formats most commands offer.
pub const RECORD_FORMATS: &[Format] = &[Format::Table, Format::Json, Format::Jsonl, Format::Csv];

pub fn run(cli: Cli) -> Result<Exit> {
    let ctx = Ctx::new(cli.global)?;
    note_own_files(&cli.command);
    match cli.command {
        Command::Schedule(cmd) => schedule::run(cmd, &ctx),
        Command::WhoCovers(args) => who_covers::run(args, &ctx),
        Command::Triage(args) => triage::run(args, &ctx),
        Command::Refer(args) => refer::run(args, &ctx),
        Command::Eval(args) => eval::run(args, &ctx),
        Command::Train(args) => train::run(args, &ctx),
        Command::Remind(args) => remind::run(args, &ctx),
        Command::Completions { shell } => {
            // clap_complete panics when its writer fails: it writes into memory, and the script
            // goes out as any output does (a closed pipe ends the run quietly, a full disk is an
            // error).
            let mut script = Vec::new();
            clap_complete::generate(
                shell,
                &mut <Cli as clap::CommandFactory>::command(),
                "aun",
                &mut script,
            );
            let mut out = ctx.destination()?;
            out.write_all(&script)?;
            out.commit()?;
            Ok(Exit::Ok)
        }
        Command::Man => {
            let mut out = ctx.destination()?;
            man_page(&mut out)?;
            out.commit()?;
            Ok(Exit::Ok)
        }
        Command::Directory(cmd) => directory::run(cmd, &ctx),
        Command::Followups(cmd) => followups::run(cmd, &ctx),
        Command::Report(args) => report::run(args, &ctx),
    }
}

/// The man page: aun(1) with a section for every subcommand, from the clap definitions.
/// Records the files a command keeps besides its output (the follow-up ledger, the remind
/// state), so that `-o` naming one is refused before anything is written, even when the file is
/// not there yet: replacing the append-only ledger with a table would lose its history.
fn note_own_files(command: &Command) {
    use followups::FollowupsCommand as F;
    let ledger = match command {
        Command::Refer(a) => a.ledger.ledger.as_deref(),
        Command::Report(a) => a.ledger.ledger.as_deref(),
        Command::Remind(a) => a.ledger.ledger.as_deref(),
        Command::Followups(F::Record(a)) => a.ledger.ledger.as_deref(),
        Command::Followups(F::Update(a)) => a.ledger.ledger.as_deref(),
        Command::Followups(F::Done(a)) => a.ledger.ledger.as_deref(),
        Command::Followups(F::List(a)) => a.ledger.ledger.as_deref(),
        _ => None,
    };
    if let Some(path) = ledger {
        aun::io::files::note_own_file(path, "the follow-up ledger");
    }
    if let Command::Remind(remind::RemindArgs {
        state: Some(path), ..
    }) = command
    {
        aun::io::files::note_own_file(path, "the remind state file");
    }
}

fn man_page(out: &mut impl std::io::Write) -> Result<()> {
    let cmd = <Cli as clap::CommandFactory>::command();
    clap_mangen::Man::new(cmd.clone()).render(out)?;
    for sub in cmd.get_subcommands() {
        render_sub_sections(out, "aun", sub)?;
    }
    Ok(())
}

fn render_sub_sections(
    out: &mut impl std::io::Write,
    parent: &str,
    sub: &clap::Command,
) -> Result<()> {
    let name = format!("{parent} {}", sub.get_name());
    writeln!(out, ".SH \"{}\"", name.to_uppercase())?;
    let man = clap_mangen::Man::new(sub.clone());
    man.render_description_section(out)?;
    man.render_options_section(out)?;
    if sub.get_after_help().is_some() {
        man.render_extra_section(out)?;
    }
    for inner in sub.get_subcommands() {
        render_sub_sections(out, &name, inner)?;
    }
    Ok(())
}

/// The value parser of a file aun keeps between runs (the ledger, remind's state): it is locked,
/// read and replaced or appended to, so `-` cannot stand for it. Read as a file named "-", it
/// would look like a ledger not started yet and escalate nothing. For the same reason a path that
/// is there and is no regular file (a FIFO, `/dev/stdin` on a terminal, a directory) cannot be
/// it: a FIFO would be waited on for ever, under the lock.
pub fn kept_file(value: &str) -> std::result::Result<PathBuf, String> {
    if value == "-" {
        return Err(
            "this file is kept between runs (locked and written to); stdin cannot be it".into(),
        );
    }
    if let Ok(m) = std::fs::metadata(value) {
        use std::os::unix::fs::FileTypeExt;
        let t = m.file_type();
        let kind = if t.is_file() {
            None
        } else if t.is_dir() {
            Some("a directory")
        } else if t.is_fifo() {
            Some("a FIFO")
        } else if t.is_socket() {
            Some("a socket")
        } else {
            Some("a device")
        };
        if let Some(kind) = kind {
            return Err(format!(
                "{value}: {kind}, not a file; this file is kept between runs (locked and written to)"
            ));
        }
    }
    Ok(PathBuf::from(value))
}

/// The value parser of a flag that takes one of a domain enum's names (`one_name!`): the values
/// the command line accepts, and the help and completions list, are those names, written once.
pub fn one_of<T: aun::Named>() -> impl clap::builder::TypedValueParser<Value = T> {
    use clap::builder::TypedValueParser;
    clap::builder::PossibleValuesParser::new(T::all().iter().map(|v| v.name())).map(|s| {
        *T::all()
            .iter()
            .find(|v| v.name() == s)
            .expect("the parser accepts only the names")
    })
}

/// Writes `aun: msg` on stderr as people should see it ([`aun::io::text::for_people`]: e-mails
/// masked under `--redact`, long input cut, control characters escaped). A closed stderr is
/// ignored: there is no one left to tell.
pub fn say(msg: impl std::fmt::Display, redact: bool) {
    let text = aun::io::text::for_people(&msg.to_string(), redact);
    let _ = writeln!(std::io::stderr().lock(), "aun: {text}");
}

/// Refuses a period that ends before it starts: the one check, and message, of every command
/// that takes `--from` and `--to`.
pub fn check_period(from: chrono::NaiveDate, to: chrono::NaiveDate) -> Result<()> {
    if to < from {
        anyhow::bail!("--to {to} is before --from {from}");
    }
    Ok(())
}

/// `--from` and `--to` as dates, each optional; both given, checked by [`check_period`].
pub fn period_filter(
    from: &Option<String>,
    to: &Option<String>,
) -> Result<(Option<chrono::NaiveDate>, Option<chrono::NaiveDate>)> {
    let date = |s: &Option<String>, flag: &str| {
        s.as_deref()
            .map(|d| aun::time::parse_date(d).with_context(|| flag.to_string()))
            .transpose()
    };
    let (from, to) = (date(from, "--from")?, date(to, "--to")?);
    if let (Some(f), Some(t)) = (from, to) {
        check_period(f, t)?;
    }
    Ok((from, to))
}

/// True when the error is a write to a closed pipe (`aun … | head`): not worth a message.
pub fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<std::io::Error>().is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
            || c.downcast_ref::<csv::Error>().is_some_and(|ce| matches!(ce.kind(), csv::ErrorKind::Io(io) if io.kind() == std::io::ErrorKind::BrokenPipe))
            || c.downcast_ref::<serde_json::Error>().is_some_and(|je| je.io_error_kind() == Some(std::io::ErrorKind::BrokenPipe))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_period_is_checked_once_for_every_command() {
        let s = |d: &str| Some(d.to_string());
        let e = period_filter(&s("2025-03-05"), &s("2025-03-01")).unwrap_err();
        assert_eq!(e.to_string(), "--to 2025-03-01 is before --from 2025-03-05");
        let one_day = period_filter(&s("2025-03-05"), &s("2025-03-05")).unwrap();
        assert_eq!(one_day.0, one_day.1);
        assert_eq!(period_filter(&None, &s("2025-03-01")).unwrap().0, None);
        let e = period_filter(&s("2025-02-30"), &None).unwrap_err();
        assert!(format!("{e:#}").starts_with("--from: "), "{e:#}");
    }
}

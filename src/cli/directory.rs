//! `aun directory`: show and check the directory of libraries.

use super::{Ctx, Exit, RECORD_FORMATS};
use anyhow::{anyhow, Result};
use aun::check::directory::check_directory;
use aun::directory::Library;
use aun::output::Format;
use clap::{Args, Subcommand};
use serde::Serialize;

#[derive(Debug, Subcommand)]
pub enum DirectoryCommand {
    /// The libraries, their accounts, partner status and contacts; --format csv|json gives every
    /// column, which --directory reads back
    #[command(
        after_help = "Examples:\n  aun directory show\n  aun directory show --library FCPL\n  aun directory show --format csv > my-directory.csv"
    )]
    Show(ShowArgs),
    /// Report duplicate aliases, missing or stale contacts, schedule libraries and referral
    /// destinations missing from the directory
    #[command(
        after_help = "Examples:\n  aun directory check\n  aun directory check --directory my-directory.csv --max-age 180d --strict\n\nExit codes: 0 clean or only warnings; 1 errors (or warnings with --strict), or a directory that\nnames the all-capitals \"ENOCH PRATT FREE LIBRARY\" account."
    )]
    Check(CheckArgs),
    /// Confirm (or change) a library's AskUsNow! contact: sets it and its verified date in the
    /// --directory file, under its lock, whole or not at all
    #[command(
        after_help = "Examples:\n  aun directory verify --directory directory.csv --library HCLS\n  aun directory verify --directory directory.csv --library HCLS --contact askusnow@hclibrary.org\n\nOnly the library's contact_email and verified cells change; a column the file lacks is added.\nStart a directory file with: aun directory show --format csv > directory.csv"
    )]
    Verify(VerifyArgs),
}

#[derive(Debug, Args)]
pub struct VerifyArgs {
    /// The library (an id such as HCLS, a name, an account or an alias)
    #[arg(long, value_name = "ID")]
    pub library: String,

    /// The new contact address; without it the current one is confirmed
    #[arg(long, value_name = "ADDRESS")]
    pub contact: Option<String>,

    /// The verified date (default: today in the schedule's zone)
    #[arg(long, value_name = "DATE")]
    pub on: Option<String>,

    /// How long to wait for another run's lock on the directory file before failing
    #[arg(long, value_name = "DURATION", default_value = "30s")]
    pub lock_wait: String,
}

#[derive(Debug, Args)]
pub struct ShowArgs {
    /// Show one library (an id such as FCPL, a name, an account or an alias), every field
    #[arg(long, value_name = "ID")]
    pub library: Option<String>,
}

pub use super::schedule::CheckArgs;

pub fn run(cmd: DirectoryCommand, ctx: &Ctx) -> Result<Exit> {
    match cmd {
        DirectoryCommand::Show(args) => show(args, ctx),
        DirectoryCommand::Check(args) => check(args, ctx),
        DirectoryCommand::Verify(args) => verify(args, ctx),
    }
}

fn verify(args: VerifyArgs, ctx: &Ctx) -> Result<Exit> {
    let Some(path) = &ctx.directory_file else {
        return Err(anyhow!(
            "verify changes a directory file: give --directory FILE or set AUN_DIRECTORY (start one with `aun directory show --format csv > directory.csv`)"
        ));
    };
    let on = match &args.on {
        Some(d) => aun::time::parse_date(d).map_err(|e| anyhow!("--on: {e}"))?,
        None => ctx.now.with_timezone(&ctx.tz).date_naive(),
    };
    let wait = aun::time::parse_duration(&args.lock_wait)
        .map_err(|e| anyhow!("--lock-wait: {e}"))?
        .to_std()
        .unwrap_or_default();
    let format = ctx.format(Format::Table, RECORD_FORMATS)?;
    let v = aun::directory::verify::verify(
        std::path::Path::new(path),
        &args.library,
        args.contact.as_deref(),
        on,
        wait,
    )?;
    ctx.write_records(format, [&v])?;
    ctx.note(format_args!(
        "{path}: {} contact {} verified on {}",
        v.library, v.contact_email, v.verified
    ));
    Ok(Exit::Ok)
}

/// A table row: the fields a person scans; the machine formats get every field.
#[derive(Serialize)]
struct Brief<'a> {
    id: &'a str,
    account: &'a str,
    kind: &'a str,
    county_or_institution: &'a str,
    partner: &'static str,
    contact_email: &'a str,
    verified: String,
}

impl<'a> Brief<'a> {
    fn of(l: &'a Library) -> Brief<'a> {
        Brief {
            id: &l.id,
            account: &l.account,
            kind: l.kind.as_str(),
            county_or_institution: if l.county.is_empty() {
                &l.institution
            } else {
                &l.county
            },
            partner: if l.partner { "yes" } else { "no" },
            contact_email: &l.contact_email,
            verified: l.verified.map(|d| d.to_string()).unwrap_or_default(),
        }
    }
}

#[derive(Serialize)]
struct FieldRow {
    field: String,
    value: String,
}

fn show(args: ShowArgs, ctx: &Ctx) -> Result<Exit> {
    let dir = ctx.directory()?;
    let format = ctx.format(Format::Table, RECORD_FORMATS)?;
    let mut w = ctx.records(format)?;
    match &args.library {
        Some(name) => {
            let lib = dir.find(name).ok_or_else(|| {
                anyhow!(
                    "--library {}: not in the directory ({})",
                    aun::io::text::quote(name),
                    dir.source
                )
            })?;
            if format == Format::Table {
                // One library, every field: one line per field reads better than a wide row.
                for (field, value) in aun::output::flatten(lib)? {
                    w.write(&FieldRow { field, value })?;
                }
            } else {
                w.write(lib)?;
            }
        }
        None => {
            for lib in &dir.libraries {
                if format == Format::Table {
                    w.write(&Brief::of(lib))?;
                } else {
                    w.write(lib)?;
                }
            }
        }
    }
    w.finish()?.commit()?;
    Ok(Exit::Ok)
}

fn check(args: CheckArgs, ctx: &Ctx) -> Result<Exit> {
    let dir = ctx.directory()?;
    let schedule = ctx.schedule()?;
    let max_age =
        aun::time::parse_duration(&args.max_age).map_err(|e| anyhow!("--max-age: {e}"))?;
    let destinations: Vec<(String, String)> = aun::referral::rules::default_rules()
        .into_iter()
        .filter(|r| !r.destination.is_empty())
        .map(|r| (r.destination, r.account))
        .collect();
    let today = ctx.now.with_timezone(&ctx.tz).date_naive();
    let findings = check_directory(&dir, Some(&schedule), &destinations, today, max_age);
    let tally = super::schedule::write_findings(&findings, ctx)?;
    ctx.note(format_args!(
        "{}: {} libraries, {} errors, {} warnings",
        dir.source,
        dir.libraries.len(),
        tally.errors,
        tally.warnings
    ));
    Ok(if tally.fails(args.strict) {
        Exit::Failure
    } else {
        Exit::Ok
    })
}

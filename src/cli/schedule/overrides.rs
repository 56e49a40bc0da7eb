//! `aun schedule override add|list|log`, and reading the `--overrides` file every command uses.

use super::super::{Ctx, Exit, RECORD_FORMATS};
use anyhow::{anyhow, bail, Context, Result};
use aun::directory::Directory;
use aun::io::{detect_format, header_key, InputFormat};
use aun::output::Format;
use aun::roster::overrides::{check_shape, COLUMNS, HEADER_NAMES};
use aun::roster::{parse_overrides, roster, Override, OverrideKind, Overrides, Span};
use aun::schedule::Schedule;
use aun::time::parse_date;
use clap::{Args, Subcommand};
use serde::Serialize;

pub const EXAMPLES: &str = "\
Examples:
  aun --overrides overrides.csv schedule override add --date 2026-12-07 --kind absent \\
      --library BCPL --block 09:00-13:00 --reason training
  aun --overrides overrides.csv schedule override add --date 2026-12-25 --kind closed \\
      --library Pratt/SLRC --reason Christmas
  aun --overrides overrides.csv schedule override add --date 2026-12-02 --kind swap \\
      --library MCPL --block 09:00-13:00 --with AACC --with-date 2026-12-04 --reason 'staff day'
  aun --overrides overrides.csv schedule override list";

#[derive(Debug, Subcommand)]
pub enum OverrideCommand {
    /// Add one override to the --overrides file (checked first; the file is replaced whole)
    Add(Box<AddArgs>),
    /// List the overrides of the --overrides file
    List,
    /// Who added each override and when (the FILE.log kept beside the overrides file)
    Log,
}

#[derive(Debug, Args)]
pub struct AddArgs {
    /// The date (YYYY-MM-DD), or the first date of a range
    #[arg(long, visible_alias = "from", value_name = "DATE")]
    pub date: String,
    /// The last date of a range, included (absent, closed, cover)
    #[arg(long = "to", visible_alias = "until", value_name = "DATE")]
    pub until: Option<String>,
    /// Within the range, only these weekdays: "mon wed" or mon,wed
    #[arg(long, visible_alias = "weekday", value_name = "DAYS")]
    pub weekdays: Option<String>,
    /// absent, swap, cover or closed (unavailable, break and holiday mean closed)
    #[arg(long, value_name = "KIND")]
    pub kind: String,
    /// The library concerned (absent, closed, covering, or one side of a swap); "all" with
    /// --kind closed closes the whole cooperative
    #[arg(long, value_name = "LIBRARY")]
    pub library: String,
    /// The block, e.g. 13:00-17:00 (default: the whole day)
    #[arg(long, value_name = "START-END")]
    pub block: Option<String>,
    /// Swap: the other library
    #[arg(long, value_name = "LIBRARY")]
    pub with: Option<String>,
    /// Swap: the other library's date (default: --date)
    #[arg(long, value_name = "DATE")]
    pub with_date: Option<String>,
    /// Swap: the other library's block (default: --block)
    #[arg(long, value_name = "START-END")]
    pub with_block: Option<String>,
    /// Why (carried into the roster and the calendars)
    #[arg(long, value_name = "TEXT", default_value = "")]
    pub reason: String,
    /// Who makes the change, for the log (default: the user name)
    #[arg(long, value_name = "NAME")]
    pub by: Option<String>,
}

/// Maps a library as an overrides file writes it to the schedule's own name for it.
pub fn canonical_namer(
    schedule: &Schedule,
    directory: &Directory,
) -> impl Fn(&str) -> Result<String> {
    let labels: Vec<String> = schedule
        .blocks
        .iter()
        .map(|b| b.library.clone())
        .chain(schedule.substitutes.iter().map(|n| n.library.clone()))
        .collect();
    let ids: Vec<(String, String)> = labels
        .iter()
        .filter_map(|l| directory.lookup(l).map(|lib| (lib.id.clone(), l.clone())))
        .collect();
    let directory = directory.clone();
    move |name: &str| {
        let name = name.trim();
        if let Some(l) = labels.iter().find(|l| l.eq_ignore_ascii_case(name)) {
            return Ok(l.clone());
        }
        match directory.lookup(name) {
            Some(lib) => Ok(ids
                .iter()
                .find(|(id, _)| *id == lib.id)
                .map_or_else(|| name.to_string(), |(_, l)| l.clone())),
            None => bail!(
                "unknown library {} (not in the schedule or the directory {})",
                aun::io::text::quote(name),
                directory.source
            ),
        }
    }
}

/// Reads the --overrides file (none when not given).
pub fn load(ctx: &Ctx, schedule: &Schedule) -> Result<Overrides> {
    let Some(path) = &ctx.overrides_file else {
        return Ok(Overrides::none());
    };
    let directory = ctx.directory()?;
    let bytes = aun::io::read_all(path)?;
    let format = detect_format(ctx.input_format, path, &bytes[..bytes.len().min(4096)]);
    let overrides = parse_overrides(
        &aun::io::display_name(path),
        &bytes,
        format,
        &canonical_namer(schedule, &directory),
    )?;
    ctx.notes_once(&overrides.notes);
    Ok(overrides)
}

pub fn run(cmd: OverrideCommand, ctx: &Ctx) -> Result<Exit> {
    match cmd {
        OverrideCommand::Add(args) => add(*args, ctx),
        OverrideCommand::List => list(ctx),
        OverrideCommand::Log => log(ctx),
    }
}

/// An override as `override list` shows it.
#[derive(Serialize)]
struct Listed<'a> {
    date: String,
    block: String,
    kind: &'a str,
    library: &'a str,
    with: String,
    with_date: String,
    with_block: String,
    reason: &'a str,
    until: String,
    weekdays: String,
    origin: &'a str,
}

fn list(ctx: &Ctx) -> Result<Exit> {
    let path = overrides_path(ctx)?;
    let schedule = ctx.schedule()?;
    let overrides = ctx.overrides(&schedule)?;
    let format = ctx.format(Format::Table, RECORD_FORMATS)?;
    let mut w = ctx.records(format)?;
    for o in &overrides.items {
        let [date, block, _, _, with, with_date, with_block, _, until, weekdays] = o.cells();
        w.write(&Listed {
            date,
            block,
            kind: o.kind.as_str(),
            library: &o.library,
            with,
            with_date,
            with_block,
            reason: &o.reason,
            until,
            weekdays,
            origin: &o.origin,
        })?;
    }
    w.finish()?.commit()?;
    ctx.note(format_args!("{path}: {} overrides", overrides.items.len()));
    Ok(Exit::Ok)
}

fn overrides_path(ctx: &Ctx) -> Result<String> {
    ctx.overrides_file.clone().ok_or_else(|| {
        anyhow!("which overrides file? give --overrides FILE (or set AUN_OVERRIDES)")
    })
}

/// The override the flags describe, with library names as the schedule writes them.
fn from_flags(
    args: &AddArgs,
    namer: &dyn Fn(&str) -> Result<String>,
    origin: &str,
) -> Result<Override> {
    let span = |flag: &str, s: &Option<String>| -> Result<Option<Span>> {
        s.as_deref()
            .map(Span::parse)
            .transpose()
            .with_context(|| flag.to_string())
    };
    // What a file of overrides refuses, the flags refuse too (before the name is looked up).
    for (flag, text, free_text) in [
        ("--library", Some(&args.library), false),
        ("--with", args.with.as_ref(), false),
        ("--reason", Some(&args.reason), true),
    ] {
        if let Some(text) = text {
            aun::io::text::refuse_control(text, free_text).map_err(|e| anyhow!("{flag}: {e}"))?;
        }
    }
    let o = Override {
        date: parse_date(&args.date).context("--date")?,
        until: args
            .until
            .as_deref()
            .map(parse_date)
            .transpose()
            .context("--to")?,
        weekdays: args
            .weekdays
            .as_deref()
            .map(aun::roster::overrides::parse_weekdays)
            .transpose()
            .context("--weekdays")?
            .unwrap_or_default(),
        block: span("--block", &args.block)?,
        kind: OverrideKind::parse(&args.kind).context("--kind")?,
        library: if args
            .library
            .trim()
            .eq_ignore_ascii_case(aun::roster::overrides::ALL)
        {
            aun::roster::overrides::ALL.to_string()
        } else {
            namer(&args.library).context("--library")?
        },
        with: args
            .with
            .as_deref()
            .map(namer)
            .transpose()
            .context("--with")?,
        with_date: args
            .with_date
            .as_deref()
            .map(parse_date)
            .transpose()
            .context("--with-date")?,
        with_block: span("--with-block", &args.with_block)?,
        reason: args.reason.trim().to_string(),
        origin: origin.to_string(),
    };
    check_shape(&o)?;
    Ok(o)
}

fn add(args: AddArgs, ctx: &Ctx) -> Result<Exit> {
    let path = overrides_path(ctx)?;
    let schedule = ctx.schedule()?;
    let directory = ctx.directory()?;
    let namer = canonical_namer(&schedule, &directory);
    // Each add reads, appends and replaces the whole file: two at once would lose a line. The
    // lock is on the file symlinks lead to, held until the new file is in place.
    let _lock = aun::io::files::FileLock::acquire(
        std::path::Path::new(&path),
        std::time::Duration::from_secs(30),
    )?
    .ok_or_else(|| {
        anyhow!("{path}: another `aun schedule override add` holds its lock (waited 30s); {path} was not changed")
    })?;
    let exists = std::path::Path::new(&path).exists();
    let old = if exists {
        aun::io::read_all(&path)?
    } else {
        Vec::new()
    };
    let format = detect_format(ctx.input_format, &path, &old[..old.len().min(4096)]);
    let mut overrides = if exists {
        parse_overrides(&path, &old, format, &namer)
            .with_context(|| format!("{path} was not changed"))?
    } else {
        Overrides::none()
    };
    let new = from_flags(&args, &namer, "the new override")?;
    let before = overrides.clone();
    overrides
        .push(new.clone())
        .with_context(|| format!("{path} was not changed"))?;
    let today = ctx.now.with_timezone(&ctx.tz).date_naive();
    let warnings = aun::roster::check_override(&new, &schedule, &before, today, ctx.tz)
        .with_context(|| format!("{path} was not changed"))?;
    for w in warnings {
        ctx.note(format_args!("warning: {w}"));
    }
    // A swap must name blocks the schedule has: try the roster of the dates it touches.
    let (d1, d2) = (new.date, new.other_side().0);
    roster(&schedule, &overrides, d1.min(d2), d1.max(d2), ctx.tz)
        .with_context(|| format!("{path} was not changed"))?;
    let bytes = appended(&old, format, &new).with_context(|| format!("{path} was not changed"))?;
    // What is written must read back, with every row.
    let back = parse_overrides(&path, &bytes, format, &namer)
        .with_context(|| format!("{path} was not changed"))?;
    if back.items.len() != overrides.items.len() {
        bail!("{path} was not changed: the new file would not read back whole");
    }
    aun::io::atomic::write_file_atomic(std::path::Path::new(&path), &bytes)?;
    let by = args
        .by
        .clone()
        .or_else(|| std::env::var("USER").ok())
        .or_else(|| std::env::var("USERNAME").ok())
        .map(|b| aun::remind::one_line(&b))
        .filter(|b| !b.is_empty())
        .unwrap_or_else(|| "unknown".to_string());
    append_log(&path, ctx, &by, &new)
        .with_context(|| format!("{path}: the override was added, but its log entry was not"))?;
    ctx.note(format_args!(
        "{path}: added {} {} {} by {by} ({} overrides)",
        new.kind.as_str(),
        new.library,
        new.date,
        back.items.len()
    ));
    Ok(Exit::Ok)
}

/// The log kept beside an overrides file: one row per change, when and by whom.
fn log_path(path: &str) -> String {
    format!("{path}.log")
}

const LOG_COLUMNS: [&str; 3] = ["at", "by", "action"];

/// Appends the change to the log (the whole log is written again, under the overrides' lock).
fn append_log(path: &str, ctx: &Ctx, by: &str, o: &Override) -> Result<()> {
    let log = log_path(path);
    let mut bytes = if std::path::Path::new(&log).exists() {
        with_line_end(&aun::io::read_all(&log)?)
    } else {
        let mut out = Vec::new();
        csv_row(&mut out, b',', LOG_COLUMNS.iter().chain(COLUMNS.iter()))?;
        out
    };
    let at = ctx.now.format("%Y-%m-%dT%H:%M:%SZ").to_string();
    let cells = o.cells();
    csv_row(
        &mut bytes,
        b',',
        [at.as_str(), by, "add"]
            .into_iter()
            .map(String::from)
            .chain(cells.iter().cloned())
            .map(|c| aun::io::text::neutralize(&c).into_owned()),
    )?;
    aun::io::atomic::write_file_atomic(std::path::Path::new(&log), &bytes)
}

/// A log entry as `override log` shows it.
#[derive(Serialize)]
struct Logged {
    at: String,
    by: String,
    action: String,
    date: String,
    kind: String,
    library: String,
    block: String,
    until: String,
    reason: String,
}

impl Logged {
    /// A change and the override's cells as [`Override::cells`] orders them.
    fn new(at: String, by: String, action: String, cells: &[String; 10]) -> Logged {
        Logged {
            at,
            by,
            action,
            date: cells[0].clone(),
            kind: cells[2].clone(),
            library: cells[3].clone(),
            block: cells[1].clone(),
            until: cells[8].clone(),
            reason: cells[7].clone(),
        }
    }
}

fn log(ctx: &Ctx) -> Result<Exit> {
    let path = overrides_path(ctx)?;
    let schedule = ctx.schedule()?;
    let overrides = ctx.overrides(&schedule)?;
    let log = log_path(&path);
    let mut rows: Vec<Logged> = Vec::new();
    let mut logged: Vec<[String; 10]> = Vec::new();
    if std::path::Path::new(&log).exists() {
        let table = aun::io::load_table(&log, Some(InputFormat::Csv))?;
        let col = |name: &str| {
            table
                .column(&[name])
                .ok_or_else(|| anyhow!("{log}: missing column {name:?}"))
        };
        let c: Vec<usize> = LOG_COLUMNS
            .iter()
            .chain(COLUMNS.iter())
            .map(|n| col(n))
            .collect::<Result<_>>()?;
        for row in &table.rows {
            let get = |i: usize| aun::io::text::unneutralize(row.fields[c[i]].trim()).to_string();
            let cells: [String; 10] = std::array::from_fn(|i| get(i + 3));
            rows.push(Logged::new(get(0), get(1), get(2), &cells));
            logged.push(cells);
        }
    }
    // Rows of the file that no log entry records: written by hand.
    for o in &overrides.items {
        let cells = o.cells();
        let same = |l: &[String; 10]| l.iter().zip(&cells).all(|(a, b)| a.eq_ignore_ascii_case(b));
        if !logged.iter().any(same) {
            rows.push(Logged::new(
                String::new(),
                "(not recorded)".to_string(),
                format!("in the file ({})", o.origin),
                &cells,
            ));
        }
    }
    let format = ctx.format(Format::Table, RECORD_FORMATS)?;
    ctx.write_records(format, &rows)?;
    ctx.note(format_args!("{log}: {} changes", rows.len()));
    Ok(Exit::Ok)
}

/// The file's bytes with `o` added, in the file's own form; existing bytes are kept as they are,
/// except a JSON array, which is written again (pretty) with the new object at the end.
fn appended(old: &[u8], format: InputFormat, o: &Override) -> Result<Vec<u8>> {
    let cells = o.cells();
    match format {
        InputFormat::Json => {
            let mut items: Vec<serde_json::Value> = if old.iter().all(u8::is_ascii_whitespace) {
                Vec::new()
            } else {
                serde_json::from_slice(old).context("expected a JSON array of overrides")?
            };
            let obj = json_object(&cells, &items);
            items.push(obj);
            let mut out = serde_json::to_vec_pretty(&items)?;
            out.push(b'\n');
            Ok(out)
        }
        InputFormat::Jsonl => {
            let items: Vec<serde_json::Value> = String::from_utf8_lossy(old)
                .lines()
                .filter_map(|l| serde_json::from_str(l).ok())
                .collect();
            let mut out = with_line_end(old);
            out.extend(serde_json::to_vec(&json_object(&cells, &items))?);
            out.push(b'\n');
            Ok(out)
        }
        InputFormat::Csv | InputFormat::Tsv => {
            let delimiter = if format == InputFormat::Tsv {
                b'\t'
            } else {
                b','
            };
            let column_of = |key: &str| {
                HEADER_NAMES
                    .iter()
                    .position(|names| names.iter().any(|n| header_key(n) == key))
            };
            let (mut out, header) = if old.iter().all(u8::is_ascii_whitespace) {
                // The eight columns every file has, and a range's when this one is a range.
                let header: Vec<String> = (0..COLUMNS.len())
                    .filter(|&i| i < 8 || !cells[i].is_empty())
                    .map(|i| COLUMNS[i].to_string())
                    .collect();
                let mut out = Vec::new();
                csv_row(&mut out, delimiter, header.iter())?;
                (out, header)
            } else {
                let table = aun::io::read_table("overrides", old, format)?;
                let keys: Vec<String> = table.headers.iter().map(|h| header_key(h)).collect();
                let missing: Vec<&str> = (0..COLUMNS.len())
                    .filter(|&i| !cells[i].is_empty())
                    .filter(|&i| !keys.iter().any(|k| column_of(k) == Some(i)))
                    .map(|i| COLUMNS[i])
                    .collect();
                let only_ranges = missing.iter().all(|m| ["until", "weekdays"].contains(m));
                if missing.is_empty() || !only_ranges {
                    // A missing column other than a range's is refused below.
                    (with_line_end(old), table.headers)
                } else {
                    // A column the file lacks (a range's "until"): the file is written again
                    // with it, every row keeping its cells.
                    let mut header = table.headers.clone();
                    header.extend(missing.iter().map(|m| m.to_string()));
                    let mut out = Vec::new();
                    csv_row(&mut out, delimiter, header.iter())?;
                    for row in &table.rows {
                        let mut cells = row.fields.clone();
                        cells.resize(header.len(), String::new());
                        csv_row(&mut out, delimiter, cells.iter())?;
                    }
                    (out, header)
                }
            };
            // Each header cell gets the value of the column it names (by any of its names).
            let keys: Vec<String> = header.iter().map(|h| header_key(h)).collect();
            for (i, value) in cells.iter().enumerate() {
                if !value.is_empty() && !keys.iter().any(|k| column_of(k) == Some(i)) {
                    bail!(
                        "the file has no {:?} column for this override: add one to its header",
                        COLUMNS[i]
                    );
                }
            }
            let row: Vec<String> = keys
                .iter()
                .map(|k| column_of(k).map(|i| cells[i].clone()).unwrap_or_default())
                .collect();
            csv_row(
                &mut out,
                delimiter,
                row.iter()
                    .map(|c| aun::io::text::neutralize(c).into_owned()),
            )?;
            Ok(out)
        }
    }
}

/// The new override as a JSON object, under the key names the file's objects already use for
/// each column ("note" stays "note"), else the standard ones; empty cells are left out.
fn json_object(cells: &[String; 10], existing: &[serde_json::Value]) -> serde_json::Value {
    let used: Vec<&String> = existing
        .iter()
        .filter_map(|v| v.as_object())
        .flat_map(|o| o.keys())
        .collect();
    let key = |i: usize| {
        used.iter()
            .find(|k| {
                HEADER_NAMES[i]
                    .iter()
                    .any(|n| header_key(n) == header_key(k))
            })
            .map_or_else(|| COLUMNS[i].to_string(), |k| k.to_string())
    };
    serde_json::Value::Object(
        cells
            .iter()
            .enumerate()
            .filter(|(_, v)| !v.is_empty())
            .map(|(i, v)| (key(i), serde_json::Value::String(v.clone())))
            .collect(),
    )
}

/// The bytes, ending in a line end (the file's own CRLF or LF) so a row can follow.
fn with_line_end(old: &[u8]) -> Vec<u8> {
    let mut out = old.to_vec();
    if !out.is_empty() && !out.ends_with(b"\n") {
        let crlf = old.windows(2).any(|w| w == b"\r\n");
        out.extend_from_slice(if crlf { b"\r\n" } else { b"\n" });
    }
    out
}

fn csv_row<I, S>(out: &mut Vec<u8>, delimiter: u8, cells: I) -> Result<()>
where
    I: IntoIterator<Item = S>,
    S: AsRef<[u8]>,
{
    let mut w = csv::WriterBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .from_writer(Vec::new());
    w.write_record(cells)?;
    out.extend(w.into_inner().map_err(|e| anyhow!("{e}"))?);
    Ok(())
}

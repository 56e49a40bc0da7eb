//! `aun who-covers`: who checks Shared Follow-Up (or takes law chats) at a time.

use super::{Ctx, Exit, RECORD_FORMATS};
use anyhow::{Context, Result};
use aun::coverage::{who_covers_with, Coverage, NamedLibrary, Status};
use aun::output::Format;
use aun::schedule::Duty;
use aun::time::{
    clock_time, parse_instant, parse_weekday, resolve_local, weekday_full_name, with_day_name,
    Clock, Instant,
};
use chrono::{DateTime, Datelike, Duration, Utc};
use clap::Args;
use std::io::Write;

pub const EXAMPLES: &str = "\
Examples:
  aun who-covers                          # now
  aun who-covers --day thu --time 14:00   # FCPL, 1st check window
  aun who-covers --day mon --time 6pm     # no one: exit code 3, and who is next
  aun who-covers --at 2026-12-24T10:00 --overrides overrides.csv   # a proposal: exit code 4
  aun who-covers --at 2026-11-26T14:00 --format json
  aun who-covers --law --day sun --time 10am

--day/--time mean the next such day on or after today (so dated overrides apply).
Exit codes: 0 covered (a library that agreed to the shift is on duty); 3 no one on duty;
4 a substitute is proposed but has not agreed (no one is on duty until it does); 1 error; 2 usage.";

#[derive(Debug, Args)]
pub struct WhoCoversArgs {
    /// Day of the week: mon…sun or a full name, any case (the next such day from today)
    #[arg(long, value_name = "DAY", conflicts_with = "at")]
    pub day: Option<String>,

    /// Time of day: 14:00, 2pm, 2:30 pm, 14 (default: the current time)
    #[arg(long, value_name = "TIME", conflicts_with = "at")]
    pub time: Option<String>,

    /// A dated instant: 2026-11-26T14:00 (in --tz) or with an offset
    #[arg(long, value_name = "INSTANT")]
    pub at: Option<String>,

    /// Ask about law chats only
    #[arg(long)]
    pub law: bool,
}

pub fn run(args: WhoCoversArgs, ctx: &Ctx) -> Result<Exit> {
    let t = instant(&args, ctx)?;
    let schedule = ctx.schedule()?;
    let duty = if args.law {
        Duty::Law
    } else {
        Duty::SharedFollowUp
    };
    // Read even without overrides: a broken directory is an error here as everywhere, and the
    // answer names the library as the directory knows it.
    let directory = ctx.directory()?;
    let overrides = ctx.overrides(&schedule)?;
    let mut answer = who_covers_with(&schedule, &overrides, duty, t, ctx.tz)?;
    answer.name_from(&directory);
    let format = ctx.format(Format::Table, RECORD_FORMATS)?;
    let mut out = ctx.destination()?;
    if format == Format::Table {
        write!(out, "{}", sentence(&answer, duty))?;
    } else {
        let mut w = aun::output::RecordWriter::new(format, out, ctx.color);
        w.write(&answer)?;
        out = w.finish()?;
    }
    out.commit()?;
    Ok(match answer.status {
        Status::OnDuty => Exit::Ok,
        Status::Proposed => Exit::Proposed,
        _ => Exit::NotCovered,
    })
}

/// The instant asked about, from --at, or --day/--time, or now.
fn instant(args: &WhoCoversArgs, ctx: &Ctx) -> Result<DateTime<Utc>> {
    if let Some(at) = &args.at {
        return parse_instant(at, ctx.tz).context("--at");
    }
    if args.day.is_none() && args.time.is_none() {
        return Ok(ctx.now);
    }
    let local_now = ctx.now.with_timezone(&ctx.tz);
    let mut date = local_now.date_naive();
    if let Some(day) = &args.day {
        let want = parse_weekday(day).context("--day")?;
        while date.weekday() != want {
            date += Duration::days(1);
        }
    }
    let clock = match &args.time {
        Some(t) => Clock::parse(t).context("--time")?,
        None => Clock::from_time(local_now.time()),
    };
    if clock == Clock::END_OF_DAY {
        anyhow::bail!("--time: 24:00 is the end of a day; ask about 00:00 of the next day");
    }
    Ok(resolve_local(date.and_time(clock.to_time()), ctx.tz).with_timezone(&Utc))
}

/// The answer in a sentence or two, for people.
fn sentence(c: &Coverage, duty: Duty) -> String {
    let day = weekday_full_name(c.day);
    let hm = |t: &Option<Instant>| t.as_ref().map(clock_time).unwrap_or_default();
    // A block that ends at midnight ends at 24:00 of its own day, as the schedule writes it.
    let end = |start: &Option<Instant>, end: &Option<Instant>| match (start, end) {
        (Some(s), Some(e)) if clock_time(e) == "00:00" && e.date_naive() > s.date_naive() => {
            "24:00".to_string()
        }
        _ => hm(end),
    };
    let what = if duty == Duty::Law {
        "law chats"
    } else {
        "Shared Follow-Up"
    };
    let mut s = String::new();
    match &c.library {
        Some(_) => {
            let lib = full_names(&c.named);
            // The block's own day: after midnight, an overnight Sunday block is still Sunday's.
            let day = c
                .block_start
                .map_or(day, |t| weekday_full_name(chrono::Datelike::weekday(&t)));
            s += &format!(
                "{lib}\n  {what}, {day} {}–{}",
                hm(&c.block_start),
                end(&c.block_start, &c.block_end)
            );
            if c.best_effort {
                s += " (best effort)";
            }
            s += "\n";
            if let Some(r) = &c.reason {
                s += &format!("  Changed by an override ({r})\n");
            }
            if let Some(n) = c.check {
                let nth = if n == 1 { "1st" } else { "2nd" };
                s += &format!(
                    "  {nth} check window {}–{}\n",
                    hm(&c.check_from),
                    hm(&c.check_due)
                );
            }
            s += &contact_line(&c.named);
        }
        None if c.status == Status::Proposed => {
            let proposed = full_names(&c.named);
            s += &format!(
                "no one yet: {proposed} is proposed, not agreed\n  {what}, {day} {}–{}\n",
                hm(&c.block_start),
                end(&c.block_start, &c.block_end)
            );
            if let Some(r) = &c.reason {
                s += &format!("  {r}\n");
            }
            s += &format!(
                "  Until {} agrees (a cover override), no one is on duty; the coordinators settle it.\n",
                c.proposed.as_deref().unwrap_or("")
            );
            s += &contact_line(&c.named);
        }
        None => {
            s += &format!(
                "no one\n  No one is on {what} duty on {day} at {}.\n",
                c.time
            );
            if let Some(r) = &c.reason {
                s += &format!("  {r}\n");
            }
            if let Some(n) = &c.next {
                let next_day = with_day_name(&n.start);
                s += &format!("  Next: {} from {next_day}.\n", n.library);
            }
        }
    }
    if duty == Duty::SharedFollowUp {
        s += &format!(
            "  Law chats: {}\n",
            c.law_library.as_deref().unwrap_or("no one")
        );
    }
    s
}

/// "FCPL (Frederick County Public Libraries)": the schedule's name, and the directory's full name
/// when it says more; several joined by " & ".
fn full_names(named: &[NamedLibrary]) -> String {
    named
        .iter()
        .map(|n| {
            if n.name == n.label {
                n.label.clone()
            } else {
                format!("{} ({})", n.label, n.name)
            }
        })
        .collect::<Vec<_>>()
        .join(" & ")
}

/// The line that says where a follow-up question reaches the library: its contact in the
/// directory (none when the directory has none, as the embedded one has none).
fn contact_line(named: &[NamedLibrary]) -> String {
    let known: Vec<(&str, &str)> = named
        .iter()
        .filter_map(|n| Some((n.label.as_str(), n.contact.as_deref()?)))
        .collect();
    match known[..] {
        [] => String::new(),
        [(_, contact)] if named.len() == 1 => format!("  Follow-up contact: {contact}\n"),
        _ => format!(
            "  Follow-up contacts: {}\n",
            known
                .iter()
                .map(|(label, contact)| format!("{label} {contact}"))
                .collect::<Vec<_>>()
                .join("; ")
        ),
    }
}

//! Schedule files, in the forms a coordinator writes:
//!
//! - **long** (CSV, TSV, JSON, JSON Lines): one row per assignment, columns `day, start, end,
//!   library, duty` and optionally `best_effort, shared, overnight, note, effective, updated`.
//!   Substitutes and escalation contacts are rows with `duty` = `substitute` / `escalation` and no
//!   day or times; their order is the order of preference.
//! - **grid** (CSV/TSV): like the cooperative's own table. The header names the days; each row is a
//!   block ("9 am-1 pm", "09:00–13:00") or the law line ("Anytime of the Day (Law Chats Only)");
//!   a cell holds a library, "Name (best effort)" or "Name*", several libraries joined by " & "
//!   (shared by design), or "—" / nothing. Rows headed `substitutes` and `escalation` list names
//!   in order; `effective` and `updated` rows give dates.

use super::{Block, Duty, Hours, Named, Schedule};
use crate::io::{read_table, InputFormat, Table};
use crate::time::{parse_date, parse_weekday, weekday_name, Clock};
use anyhow::{anyhow, bail, Result};
use chrono::{NaiveDate, Weekday};
use serde::Serialize;

/// One row of the long form, as `schedule show --format csv|json` writes it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LongRow {
    pub day: String,
    pub start: String,
    pub end: String,
    pub library: String,
    /// The directory's id for the library, when the directory knows it (ignored on reading).
    pub library_id: String,
    pub duty: Duty,
    pub best_effort: bool,
    pub shared: bool,
    pub overnight: bool,
    pub note: String,
    pub effective: String,
    /// The last date the block is in force (empty: no end).
    pub until: String,
    pub updated: String,
}

impl LongRow {
    pub fn from_block(b: &Block, library_id: Option<String>) -> LongRow {
        LongRow {
            day: weekday_name(b.day).to_string(),
            start: b.start.to_string(),
            end: b.end.to_string(),
            library: b.library.clone(),
            library_id: library_id.unwrap_or_default(),
            duty: b.duty,
            best_effort: b.best_effort,
            shared: b.shared,
            overnight: b.overnight(),
            note: b.note.clone(),
            effective: b.effective.map(|d| d.to_string()).unwrap_or_default(),
            until: b.until.map(|d| d.to_string()).unwrap_or_default(),
            updated: b.updated.map(|d| d.to_string()).unwrap_or_default(),
        }
    }

    pub fn from_hours(h: &Hours) -> LongRow {
        LongRow {
            day: weekday_name(h.day).to_string(),
            start: h.start.to_string(),
            end: h.end.to_string(),
            library: String::new(),
            library_id: String::new(),
            duty: Duty::ServiceHours,
            best_effort: false,
            shared: false,
            overnight: false,
            note: String::new(),
            effective: String::new(),
            until: String::new(),
            updated: String::new(),
        }
    }

    pub fn from_named(n: &Named, duty: Duty, library_id: Option<String>) -> LongRow {
        LongRow {
            day: String::new(),
            start: String::new(),
            end: String::new(),
            library: n.library.clone(),
            library_id: library_id.unwrap_or_default(),
            duty,
            best_effort: false,
            shared: false,
            overnight: false,
            note: n.note.clone(),
            effective: String::new(),
            until: String::new(),
            updated: String::new(),
        }
    }
}

/// The most rows a schedule file may hold: the cooperative's has some thirty, and one with years
/// of dated changes a few hundred. Each month's roster compares every block with the others, so a
/// mistaken or hostile file of hundreds of thousands of rows ran for hours; it is refused instead.
pub const MAX_ROWS: usize = 2_000;

/// Reads a schedule in any of its forms from `bytes`, named `source` in messages; the first
/// malformed row is the error.
pub fn parse_schedule(source: &str, bytes: &[u8], format: InputFormat) -> Result<Schedule> {
    let (schedule, mut problems) = parse_schedule_all(source, bytes, format)?;
    if !problems.is_empty() {
        return Err(problems.swap_remove(0));
    }
    Ok(schedule)
}

/// Reads a schedule, keeping the rows that parse and returning every malformed row's error
/// (for `schedule check`). A file that cannot be read as a table at all is still an error.
pub fn parse_schedule_all(
    source: &str,
    bytes: &[u8],
    format: InputFormat,
) -> Result<(Schedule, Vec<anyhow::Error>)> {
    let table = read_table(source, bytes, format)?;
    if let Some(row) = table.rows.get(MAX_ROWS) {
        bail!(
            "{}: more than {MAX_ROWS} rows; the cooperative's schedule has some thirty (is this the right file?)",
            table.locate(row)
        );
    }
    let mut problems = Vec::new();
    let sheet = Spreadsheet::default();
    let mut schedule = if is_grid(&table) {
        parse_grid(&table, &mut problems, &sheet)
    } else {
        parse_long(&table, &mut problems, &sheet)?
    };
    schedule.notes.extend(table.encoding_note());
    schedule.notes.extend(sheet.notes(source));
    if schedule.blocks.is_empty() && problems.is_empty() {
        bail!("{source}: no blocks: the schedule assigns no one");
    }
    Ok((schedule, problems))
}

/// A grid has day names as column headers.
fn is_grid(t: &Table) -> bool {
    t.headers
        .iter()
        .skip(1)
        .filter(|h| parse_weekday(h).is_ok())
        .count()
        >= 1
        && t.column(&["day", "weekday"]).is_none()
}

/// What a spreadsheet does to a schedule it saves, read back as meant and counted for a note:
/// US dates (`7/3/2018`), and `24:00` saved as `0:00`. (`TRUE`/`FALSE` are read as they are.)
#[derive(Default)]
struct Spreadsheet {
    us_dates: std::cell::Cell<usize>,
    first_us_date: std::cell::RefCell<Option<(String, NaiveDate)>>,
    midnight_ends: std::cell::Cell<usize>,
}

impl Spreadsheet {
    /// An ISO date, or a US month/day/year one (noted).
    fn date(&self, s: &str) -> Result<NaiveDate> {
        let t = s.trim();
        if let Ok(d) = parse_date(t) {
            return Ok(d);
        }
        for f in ["%m/%d/%Y", "%m/%d/%y"] {
            if let Ok(d) = NaiveDate::parse_from_str(t, f) {
                self.us_dates.set(self.us_dates.get() + 1);
                self.first_us_date
                    .borrow_mut()
                    .get_or_insert_with(|| (t.to_string(), d));
                return Ok(d);
            }
        }
        parse_date(t)
    }

    fn opt_date(&self, s: &str) -> Result<Option<NaiveDate>> {
        if s.trim().is_empty() {
            Ok(None)
        } else {
            self.date(s).map(Some)
        }
    }

    /// A block's end: `0:00` (what a spreadsheet saves for `24:00`) on a block that is not marked
    /// overnight is the end of the day (noted).
    fn end(&self, end: Clock, overnight: bool) -> Clock {
        if end == Clock::MIDNIGHT && !overnight {
            self.midnight_ends.set(self.midnight_ends.get() + 1);
            Clock::END_OF_DAY
        } else {
            end
        }
    }

    fn notes(&self, source: &str) -> Vec<String> {
        let mut out = Vec::new();
        if let Some((raw, d)) = self.first_us_date.borrow().as_ref() {
            out.push(format!(
                "{source}: {} dates read as month/day/year, as a US spreadsheet saves them ({raw} is {d})",
                self.us_dates.get()
            ));
        }
        if self.midnight_ends.get() > 0 {
            out.push(format!(
                "{source}: {} blocks ending at 0:00 read as ending at 24:00 (a spreadsheet saves 24:00 as 0:00; mark a block that runs past midnight overnight)",
                self.midnight_ends.get()
            ));
        }
        out
    }
}

fn parse_long(
    t: &Table,
    problems: &mut Vec<anyhow::Error>,
    sheet: &Spreadsheet,
) -> Result<Schedule> {
    let col = |names: &[&str]| t.column(names);
    let need = |names: &[&str], what: &str| {
        col(names).ok_or_else(|| {
            anyhow!(
                "{}: missing column {what:?} (found: {}); a schedule needs day, start, end and library, or the grid form",
                t.source,
                t.headers.join(", ")
            )
        })
    };
    let (c_day, c_start, c_end, c_lib) = (
        need(&["day", "weekday"], "day")?,
        need(&["start", "begin", "start time", "from"], "start")?,
        need(&["end", "until", "end time", "to"], "end")?,
        need(&["library", "library name", "name"], "library")?,
    );
    let c_duty = col(&["duty", "role", "kind"]);
    let c_best = col(&["best_effort", "best effort", "besteffort"]);
    let c_shared = col(&["shared"]);
    let c_over = col(&["overnight"]);
    let c_note = col(&["note", "notes", "comment"]);
    let c_eff = col(&[
        "effective",
        "effective from",
        "in effect from",
        "valid from",
    ]);
    let c_upd = col(&["updated", "last updated"]);
    let c_until = col(&[
        "until",
        "ends",
        "end date",
        "last date",
        "valid until",
        "withdrawn after",
    ]);

    let mut s = Schedule {
        source: t.source.clone(),
        ..Default::default()
    };
    for row in &t.rows {
        let mut one_row = || -> Result<()> {
            t.refuse_controls(row, &[c_note])?;
            let at = t.locate(row);
            let get = |c: Option<usize>| c.map(|i| row.fields[i].trim()).unwrap_or("");
            let library = get(Some(c_lib));
            let duty = match c_duty {
            Some(i) => Duty::parse(&row.fields[i])
                .ok_or_else(|| anyhow!("{at}: unknown duty {} (expected shared-follow-up, law, substitute or escalation)", crate::io::text::quote(row.fields[i].trim())))?,
            None => Duty::SharedFollowUp,
        };
            if duty == Duty::ServiceHours {
                s.service_hours.push(parse_hours(
                    get(Some(c_day)),
                    get(Some(c_start)),
                    get(Some(c_end)),
                    &at,
                )?);
                return Ok(());
            }
            if library.is_empty() {
                bail!("{at}: no library named");
            }
            let note = get(c_note).to_string();
            let origin = at.clone();
            if matches!(duty, Duty::Substitute | Duty::Escalation) {
                let named = Named {
                    library: library.to_string(),
                    note,
                    origin,
                };
                if duty == Duty::Substitute {
                    s.substitutes.push(named)
                } else {
                    s.escalation.push(named)
                }
                return Ok(());
            }
            let day = parse_weekday(get(Some(c_day))).map_err(|e| anyhow!("{at}: {e}"))?;
            let start =
                Clock::parse(get(Some(c_start))).map_err(|e| anyhow!("{at}: start: {e}"))?;
            let (end, end_says_next_day) =
                parse_end(get(Some(c_end))).map_err(|e| anyhow!("{at}: end: {e}"))?;
            let overnight = end_says_next_day
                || parse_bool(get(c_over)).map_err(|e| anyhow!("{at}: overnight: {e}"))?;
            let end = sheet.end(end, overnight);
            let block = Block {
                day,
                start,
                end,
                library: library.to_string(),
                duty,
                best_effort: parse_bool(get(c_best))
                    .map_err(|e| anyhow!("{at}: best_effort: {e}"))?,
                shared: parse_bool(get(c_shared)).map_err(|e| anyhow!("{at}: shared: {e}"))?,
                note,
                effective: sheet
                    .opt_date(get(c_eff))
                    .map_err(|e| anyhow!("{at}: effective: {e}"))?,
                until: sheet
                    .opt_date(get(c_until))
                    .map_err(|e| anyhow!("{at}: until: {e}"))?,
                updated: sheet
                    .opt_date(get(c_upd))
                    .map_err(|e| anyhow!("{at}: updated: {e}"))?,
                origin,
            };
            check_span(&block, overnight, &at)?;
            if let (Some(e), Some(u)) = (block.effective, block.until) {
                if u < e {
                    bail!("{at}: the assignment ends (until {u}) before it starts (effective {e})");
                }
            }
            s.blocks.push(block);
            Ok(())
        };
        if let Err(e) = one_row() {
            problems.push(e);
        }
    }
    Ok(s)
}

/// One day's service hours: within the day, `24:00` ending it.
fn parse_hours(day: &str, start: &str, end: &str, at: &str) -> Result<Hours> {
    let day = parse_weekday(day).map_err(|e| anyhow!("{at}: service hours: {e}"))?;
    let start = Clock::parse(start).map_err(|e| anyhow!("{at}: service hours: start: {e}"))?;
    let end = Clock::parse(end).map_err(|e| anyhow!("{at}: service hours: end: {e}"))?;
    if end <= start {
        bail!("{at}: service hours end ({end}) before they start ({start}); they stay within one day (24:00 ends it)");
    }
    Ok(Hours {
        day,
        start,
        end,
        origin: at.to_string(),
    })
}

/// An end time, with "+1" or "(next day)" marking an overnight block.
fn parse_end(s: &str) -> Result<(Clock, bool)> {
    let lower = s.to_ascii_lowercase();
    for mark in ["+1", "(next day)", "next day"] {
        if let Some(t) = lower.strip_suffix(mark) {
            return Ok((Clock::parse(t)?, true));
        }
    }
    Ok((Clock::parse(s)?, false))
}

/// A block must have a length; one that ends before it starts must say it is overnight.
fn check_span(b: &Block, overnight: bool, at: &str) -> Result<()> {
    if b.start == Clock::END_OF_DAY {
        bail!("{at}: a block cannot start at 24:00 (write 00:00)");
    }
    if b.end <= b.start && !overnight {
        bail!(
            "{at}: the block ends ({}) before it starts ({}); for a block that runs past midnight set overnight=true or write the end as \"{}+1\"",
            b.end, b.start, b.end
        );
    }
    if b.end > b.start && overnight {
        bail!(
            "{at}: marked overnight, but {}–{} ends the same day",
            b.start,
            b.end
        );
    }
    if overnight && b.end == Clock::END_OF_DAY {
        bail!("{at}: an overnight block cannot end at 24:00");
    }
    Ok(())
}

fn parse_bool(s: &str) -> Result<bool> {
    match s.trim().to_ascii_lowercase().as_str() {
        "" | "false" | "no" | "n" | "0" | "f" => Ok(false),
        "true" | "yes" | "y" | "1" | "t" | "x" | "best effort" | "shared" | "overnight" => Ok(true),
        other => bail!(
            "expected true or false, found {}",
            crate::io::text::quote(other)
        ),
    }
}

fn parse_grid(t: &Table, problems: &mut Vec<anyhow::Error>, sheet: &Spreadsheet) -> Schedule {
    let days: Vec<Option<Weekday>> = t
        .headers
        .iter()
        .skip(1)
        .map(|h| parse_weekday(h).ok())
        .collect();
    let mut s = Schedule {
        source: t.source.clone(),
        ..Default::default()
    };
    let mut effective = None;
    let mut updated = None;
    for row in &t.rows {
        let mut one_row = || -> Result<()> {
            t.refuse_controls(row, &[])?;
            let at = t.locate(row);
            let label = row.fields[0].trim();
            let key = crate::io::header_key(label);
            let rest = || {
                row.fields[1..]
                    .iter()
                    .map(|c| c.trim())
                    .filter(|c| !is_empty_cell(c))
            };
            // The filled cells after the label, in order, each with its column and that column's
            // day (a filled cell under a header that is not a day is an error).
            let day_cells = || {
                row.fields
                    .iter()
                    .skip(1)
                    .enumerate()
                    .map(|(i, cell)| (i, cell.trim()))
                    .filter(|(_, cell)| !is_empty_cell(cell))
                    .map(|(i, cell)| {
                        let day = days.get(i).copied().flatten().ok_or_else(|| {
                            anyhow!(
                                "{at}: {} is in a column whose header {} is not a day",
                                crate::io::text::quote(cell),
                                crate::io::text::quote(
                                    t.headers.get(i + 1).map(String::as_str).unwrap_or("")
                                )
                            )
                        })?;
                        Ok::<_, anyhow::Error>((i, day, cell))
                    })
            };
            if key.starts_with("substitute") {
                for (i, name) in rest().enumerate() {
                    s.substitutes.push(Named {
                        library: strip_rank(name).to_string(),
                        note: format!("substitute {}", i + 1),
                        origin: at.clone(),
                    });
                }
                return Ok(());
            }
            if key.starts_with("escalat") || key.starts_with("coordinator") {
                for name in rest() {
                    s.escalation.push(Named {
                        library: strip_rank(name).to_string(),
                        note: String::new(),
                        origin: at.clone(),
                    });
                }
                return Ok(());
            }
            if key.starts_with("servicehours") || key == "hours" || key.starts_with("openinghours")
            {
                for found in day_cells() {
                    let (_, day, cell) = found?;
                    for part in cell
                        .split([';', '&'])
                        .map(str::trim)
                        .filter(|p| !p.is_empty())
                    {
                        let (a, b) = part.split_once(['-', '–', '—']).ok_or_else(|| {
                            anyhow!(
                                "{at}: service hours {}: expected e.g. 09:00-17:00",
                                crate::io::text::quote(part)
                            )
                        })?;
                        s.service_hours.push(parse_hours(
                            weekday_name(day),
                            a.trim(),
                            b.trim(),
                            &at,
                        )?);
                    }
                }
                return Ok(());
            }
            if key.starts_with("effective") || key.starts_with("updated") {
                let value = rest().next().ok_or_else(|| {
                    anyhow!("{at}: {} row without a date", crate::io::text::quote(label))
                })?;
                let date = Some(sheet.date(value).map_err(|e| anyhow!("{at}: {e}"))?);
                if key.starts_with("effective") {
                    effective = date
                } else {
                    updated = date
                }
                return Ok(());
            }
            let (duty, start, end, overnight) =
                parse_block_label(label).map_err(|e| anyhow!("{at}: {e}"))?;
            for found in day_cells() {
                let (i, day, cell) = found?;
                let names: Vec<&str> = cell
                    .split(" & ")
                    .map(str::trim)
                    .filter(|n| !n.is_empty())
                    .collect();
                let shared = names.len() > 1;
                for name in names {
                    let (library, best_effort) = strip_best_effort(name);
                    if library.is_empty() {
                        bail!("{at}: {} names no library, only that the block is best effort: write the library before it, e.g. \"Pratt/SLRC (best effort)\"", crate::io::text::quote(cell));
                    }
                    let block = Block {
                        day,
                        start,
                        end,
                        library: library.to_string(),
                        duty,
                        best_effort: best_effort || t.headers[i + 1].trim().ends_with('*'),
                        shared,
                        note: String::new(),
                        effective: None,
                        until: None,
                        updated: None,
                        origin: at.clone(),
                    };
                    check_span(&block, overnight, &at)?;
                    s.blocks.push(block);
                }
            }
            Ok(())
        };
        if let Err(e) = one_row() {
            problems.push(e);
        }
    }
    for b in &mut s.blocks {
        b.effective = effective;
        b.updated = updated;
    }
    s
}

fn is_empty_cell(c: &str) -> bool {
    matches!(c, "" | "—" | "–" | "-" | "--" | "n/a" | "N/A" | "none")
}

/// "1) Calvert Library" → "Calvert Library".
fn strip_rank(name: &str) -> &str {
    let n = name.trim_start_matches(|c: char| c.is_ascii_digit());
    if n.len() < name.len() {
        n.trim_start_matches([')', '.', ' ']).trim()
    } else {
        name
    }
}

/// "Pratt/SLRC (best effort)" or "Pratt/SLRC*" → ("Pratt/SLRC", true).
fn strip_best_effort(name: &str) -> (&str, bool) {
    let lower = name.to_ascii_lowercase();
    if let Some(i) = lower.find("(best effort)") {
        return (name[..i].trim(), true);
    }
    if let Some(n) = name.strip_suffix('*') {
        return (n.trim(), true);
    }
    (name, false)
}

/// A grid row's label: a block "9 am-1 pm" / "09:00–13:00" / "21:00–01:00 (overnight)", or the
/// law line ("Anytime of the Day (Law Chats Only)", "law", "law 08:00-20:00").
fn parse_block_label(label: &str) -> Result<(Duty, Clock, Clock, bool)> {
    let lower = label.to_ascii_lowercase();
    let duty = if lower.contains("law") {
        Duty::Law
    } else {
        Duty::SharedFollowUp
    };
    let overnight = lower.contains("overnight") || lower.contains("next day");
    // The times: what is left after removing words in parentheses.
    let mut times = lower.clone();
    while let (Some(a), Some(b)) = (times.find('('), times.find(')')) {
        if b < a {
            break;
        }
        times.replace_range(a..=b, " ");
    }
    let times = times
        .replace("law chats only", "")
        .replace("law", "")
        .replace("+1", "");
    let times = times.trim();
    if duty == Duty::Law
        && (times.is_empty()
            || times.contains("anytime")
            || times.contains("any time")
            || times.contains("all day"))
    {
        return Ok((duty, Clock::MIDNIGHT, Clock::END_OF_DAY, false));
    }
    let parts: Vec<&str> = times.splitn(2, ['-', '–', '—']).map(str::trim).collect();
    let parts = if parts.len() == 2 {
        parts
    } else {
        times.splitn(2, " to ").map(str::trim).collect()
    };
    if parts.len() != 2 {
        bail!(
            "{} is not a block (expected e.g. \"9 am-1 pm\" or \"09:00–13:00\")",
            crate::io::text::quote(label)
        );
    }
    let mut start_txt = parts[0].to_string();
    let end_txt = parts[1];
    // "1-5 pm", "9-1 pm": a start without am/pm takes the end's, unless that would put it after
    // the end ("9-1 pm" is 9 am to 1 pm).
    let bare = !start_txt.contains("am") && !start_txt.contains("pm") && !start_txt.contains(':');
    if let (true, Some(meridiem)) = (
        bare,
        ["am", "pm"].into_iter().find(|m| end_txt.ends_with(m)),
    ) {
        let other = if meridiem == "am" { "pm" } else { "am" };
        let same = Clock::parse(&format!("{start_txt}{meridiem}"));
        let fits = matches!((&same, Clock::parse(end_txt)), (Ok(s), Ok(e)) if s < &e || overnight);
        start_txt.push_str(if fits { meridiem } else { other });
    }
    let start =
        Clock::parse(&start_txt).map_err(|e| anyhow!("{}: {e}", crate::io::text::quote(label)))?;
    let end =
        Clock::parse(end_txt).map_err(|e| anyhow!("{}: {e}", crate::io::text::quote(label)))?;
    Ok((duty, start, end, overnight))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A file of more rows than a schedule may hold is refused at the first one too many, in
    /// each of its forms.
    #[test]
    fn a_schedule_of_too_many_rows_is_refused_by_line() {
        let row = "mon,09:00,13:00,BCPL,shared-follow-up,false,true,false,,,\n";
        let csv = format!(
            "day,start,end,library,duty,best_effort,shared,overnight,note,effective,updated\n{}",
            row.repeat(MAX_ROWS + 1)
        );
        let e = parse_schedule_all("s.csv", csv.as_bytes(), InputFormat::Csv)
            .err()
            .unwrap()
            .to_string();
        let line = MAX_ROWS + 2;
        assert!(
            e.starts_with(&format!("s.csv: line {line}: more than {MAX_ROWS} rows")),
            "{e}"
        );
        let fits = format!(
            "day,start,end,library,duty,best_effort,shared,overnight,note,effective,updated\n{}",
            row.repeat(MAX_ROWS)
        );
        assert!(parse_schedule_all("s.csv", fits.as_bytes(), InputFormat::Csv).is_ok());
    }

    #[test]
    fn control_characters_in_names_are_refused_in_both_forms() {
        let long =
            "day,start,end,library,note\nmon,09:00,13:00,BCPL,\nmon,13:00,17:00,Pratt\u{0}/SLRC,\n";
        let e = parse_schedule("s.csv", long.as_bytes(), InputFormat::Csv).unwrap_err();
        assert!(
            e.to_string().starts_with(
                "s.csv: line 3: column \"library\" (field 4): control character \\u{0} at character 6"
            ),
            "{e}"
        );
        let tab = "day,start,end,library\nmon,09:00,13:00,\"BC\tPL\"\n";
        let e = parse_schedule("s.csv", tab.as_bytes(), InputFormat::Csv).unwrap_err();
        assert!(
            e.to_string()
                .contains("control character \\u{9} at character 3"),
            "{e}"
        );
        let grid = "block,Mon,Tue\n09:00-13:00,BCPL,Pratt\u{7f}\n";
        let e = parse_schedule("g.csv", grid.as_bytes(), InputFormat::Csv).unwrap_err();
        assert!(
            e.to_string().starts_with(
                "g.csv: line 2: column \"Tue\" (field 3): control character \\u{7f} at character 6"
            ),
            "{e}"
        );
        let grid = "block,Mon,Tue\n09:00-13:00,BCPL,Pratt\n\u{86}Substitutes,Calvert Library,\n";
        let e = parse_schedule("g.csv", grid.as_bytes(), InputFormat::Csv).unwrap_err();
        assert!(
            e.to_string()
                .contains("line 3: column \"block\" (field 1): control character \\u{86}"),
            "{e}"
        );
        // `schedule check` lists the row with the others and keeps the rest.
        let (s, problems) = parse_schedule_all("s.csv", long.as_bytes(), InputFormat::Csv).unwrap();
        assert_eq!((s.blocks.len(), problems.len()), (1, 1));
        // A note may hold a tab.
        let noted = "day,start,end,library,note\nmon,09:00,13:00,BCPL,a\tb\n";
        assert!(parse_schedule("s.csv", noted.as_bytes(), InputFormat::Csv).is_ok());
    }

    #[test]
    fn block_labels() {
        let c = |s| Clock::parse(s).unwrap();
        let sfu = Duty::SharedFollowUp;
        for (label, want) in [
            ("9 am-1 pm", (sfu, c("9:00"), c("13:00"), false)),
            ("09:00–13:00", (sfu, c("9:00"), c("13:00"), false)),
            ("5 pm-9 pm", (sfu, c("17:00"), c("21:00"), false)),
            (
                "Anytime of the Day (Law Chats Only)",
                (Duty::Law, c("0:00"), c("24:00"), false),
            ),
            (
                "21:00-01:00 (overnight)",
                (sfu, c("21:00"), c("1:00"), true),
            ),
        ] {
            assert_eq!(parse_block_label(label).unwrap(), want, "{label}");
        }
        assert!(parse_block_label("morning").is_err());
        assert!(parse_block_label("9 am-25:00").is_err());
    }

    #[test]
    fn cells() {
        assert_eq!(
            strip_best_effort("Pratt/SLRC (best effort)"),
            ("Pratt/SLRC", true)
        );
        assert_eq!(strip_best_effort("Pratt/SLRC*"), ("Pratt/SLRC", true));
        assert_eq!(strip_rank("1) Calvert Library"), "Calvert Library");
        assert_eq!(strip_rank("Calvert Library"), "Calvert Library");
    }
}

//! Overrides: dated changes to the weekly schedule, one row each.
//!
//! Columns (CSV, TSV, JSON or JSON Lines; header names compared without case, spaces, `_`, `-`):
//!
//! | column | meaning |
//! |---|---|
//! | `date` | the civil date, `2026-12-24` |
//! | `block` | `13:00-17:00` (or `13:00–17:00`); empty means the whole day |
//! | `kind` | `absent`, `swap`, `cover` or `closed` |
//! | `library` | absent: who cannot cover; cover: who takes the block; closed: who is closed; swap: one side |
//! | `with` | swap only: the other library |
//! | `with_date` | swap only: the other library's date (default: `date`) |
//! | `with_block` | swap only: the other library's block (default: `block`) |
//! | `reason` | free text, carried into the roster |
//! | `until` | the last date of a range (absent, closed, cover); default: `date` alone |
//! | `weekdays` | within a range, only these days (`mon wed`); default: every day |
//!
//! Semantics: `absent` — the library cannot do its shifts overlapping the block (or that day);
//! `closed` — the library is closed the whole day (a break, when a range: also on days it has no
//! duty, so it is never proposed then); `closed` with library `all` — the cooperative is closed: no
//! shift that day; `cover` — the library takes the block (or every Shared Follow-Up shift of the
//! day without a block); where the block covers part of a shift, the shift is split and the cover
//! takes only its part; where it covers hours with no shift, those become a new shift;
//! `swap` — `library` gives its shift at (date, block) to `with` and takes `with`'s shift at
//! (with_date, with_block).
//!
//! A file is checked whole: every row must parse, and no row may repeat or contradict an earlier
//! one ([`conflict`]); the error names both rows.

use crate::io::{InputFormat, Table};
use crate::time::{parse_date, parse_weekday, weekday_name, Clock};
use anyhow::{anyhow, bail, Result};
use chrono::{Datelike, Duration, NaiveDate, Weekday};

/// What an override does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OverrideKind {
    Absent,
    Swap,
    Cover,
    Closed,
}

one_name!(OverrideKind {
    Absent => "absent",
    Swap => "swap",
    Cover => "cover",
    Closed => "closed",
} parse by hand);

impl OverrideKind {
    pub fn parse(s: &str) -> Result<OverrideKind> {
        Ok(match s.trim().to_ascii_lowercase().as_str() {
            "absent" => OverrideKind::Absent,
            "swap" => OverrideKind::Swap,
            "cover" => OverrideKind::Cover,
            "closed" | "unavailable" | "break" | "holiday" => OverrideKind::Closed,
            other => bail!(
                "unknown kind {} (expected {})",
                crate::io::text::quote(other),
                crate::names_of::<OverrideKind>()
            ),
        })
    }
}

/// A civil block of one day, `[start, end)`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    pub start: Clock,
    pub end: Clock,
}

impl Span {
    /// Parses `13:00-17:00` or `13:00–17:00`.
    pub fn parse(s: &str) -> Result<Span> {
        let t = s.trim();
        let (a, b) = t
            .split_once('–')
            .or_else(|| t.split_once('-'))
            .ok_or_else(|| {
                anyhow!(
                    "not a block: {} (expected e.g. 13:00-17:00)",
                    crate::io::text::quote(t)
                )
            })?;
        let (start, end) = (Clock::parse(a)?, Clock::parse(b)?);
        if end <= start {
            bail!(
                "the block {} ends before it starts (blocks stay within one day; 24:00 ends it)",
                crate::io::text::quote(t)
            );
        }
        Ok(Span { start, end })
    }

    pub fn overlaps(self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    pub const WHOLE_DAY: Span = Span {
        start: Clock::MIDNIGHT,
        end: Clock::END_OF_DAY,
    };
}

impl std::fmt::Display for Span {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}-{}", self.start, self.end)
    }
}

/// The library name that means every library: a cooperative-wide closure.
pub const ALL: &str = "all";

/// One dated change.
#[derive(Debug, Clone, PartialEq)]
pub struct Override {
    /// The date, or the first date of a range.
    pub date: NaiveDate,
    /// The last date of a range (included); `None`: `date` alone.
    pub until: Option<NaiveDate>,
    /// Within the range, only these weekdays; empty: every day.
    pub weekdays: Vec<Weekday>,
    /// `None`: the whole day.
    pub block: Option<Span>,
    pub kind: OverrideKind,
    pub library: String,
    /// Swap only: the other library, its date and its block.
    pub with: Option<String>,
    pub with_date: Option<NaiveDate>,
    pub with_block: Option<Span>,
    pub reason: String,
    /// Where it was read ("overrides.csv: line 3").
    pub origin: String,
}

/// The columns, in the order `aun schedule override add` writes them.
pub const COLUMNS: [&str; 10] = [
    "date",
    "block",
    "kind",
    "library",
    "with",
    "with_date",
    "with_block",
    "reason",
    "until",
    "weekdays",
];

/// The header names each column may also go by, [`COLUMNS`] order (compared by
/// [`crate::io::header_key`]).
pub const HEADER_NAMES: [&[&str]; 10] = [
    &["date", "from", "from_date", "first_date", "start_date"],
    &["block", "time", "hours"],
    &["kind", "type"],
    &["library", "libraries"],
    &["with", "with_library", "swap_with"],
    &["with_date"],
    &["with_block"],
    &["reason", "note"],
    &["until", "to", "to_date", "last_date", "end_date"],
    &["weekdays", "weekday", "days", "on"],
];

/// Reads `mon wed`, `Mon,Wed`, `monday; wednesday`.
pub fn parse_weekdays(s: &str) -> Result<Vec<Weekday>> {
    let mut out = Vec::new();
    for w in s
        .split([',', ';', ' ', '/'])
        .map(str::trim)
        .filter(|w| !w.is_empty())
    {
        let d = parse_weekday(w)?;
        if !out.contains(&d) {
            out.push(d);
        }
    }
    out.sort_by_key(|d: &Weekday| d.num_days_from_monday());
    Ok(out)
}

/// The days of a range as a file writes them: `mon wed`.
pub fn weekdays_text(days: &[Weekday]) -> String {
    days.iter()
        .map(|d| weekday_name(*d))
        .collect::<Vec<_>>()
        .join(" ")
}

/// A set of dates: a range, optionally only some weekdays of it.
#[derive(Debug, Clone, PartialEq)]
pub struct Days {
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub weekdays: Vec<Weekday>,
}

impl Days {
    pub fn one(d: NaiveDate) -> Days {
        Days {
            from: d,
            to: d,
            weekdays: Vec::new(),
        }
    }

    pub fn contains(&self, d: NaiveDate) -> bool {
        d >= self.from
            && d <= self.to
            && (self.weekdays.is_empty() || self.weekdays.contains(&d.weekday()))
    }

    /// True when some date is in both (a week of the common range settles it).
    pub fn meets(&self, other: &Days) -> bool {
        let from = self.from.max(other.from);
        let to = self.to.min(other.to).min(from + Duration::days(6));
        let mut d = from;
        while d <= to {
            if self.contains(d) && other.contains(d) {
                return true;
            }
            d += Duration::days(1);
        }
        false
    }

    /// The dates in `[from, to]` that are in the set.
    pub fn within(&self, from: NaiveDate, to: NaiveDate) -> impl Iterator<Item = NaiveDate> + '_ {
        let (a, b) = (self.from.max(from), self.to.min(to));
        a.iter_days()
            .take_while(move |d| *d <= b)
            .filter(|d| self.contains(*d))
    }
}

impl Override {
    /// The dates the override applies to.
    pub fn days(&self) -> Days {
        Days {
            from: self.date,
            to: self.until.unwrap_or(self.date),
            weekdays: self.weekdays.clone(),
        }
    }

    /// True when the override applies on `date`.
    pub fn applies_on(&self, date: NaiveDate) -> bool {
        self.days().contains(date)
    }

    /// Every date it names, swaps' other side included, as (first, last).
    pub fn reach(&self) -> (NaiveDate, NaiveDate) {
        let (a, b) = (self.date, self.until.unwrap_or(self.date));
        match self.with_date {
            Some(w) => (a.min(w), b.max(w)),
            None => (a, b),
        }
    }

    /// A cooperative-wide closure (`closed`, library `all`).
    pub fn everyone_closed(&self) -> bool {
        self.kind == OverrideKind::Closed && self.library.eq_ignore_ascii_case(ALL)
    }

    /// The span of the day the override touches (the whole day when no block is given).
    pub fn span(&self) -> Span {
        self.block.unwrap_or(Span::WHOLE_DAY)
    }

    /// Swap: the other side's date and block.
    pub fn other_side(&self) -> (NaiveDate, Span) {
        (
            self.with_date.unwrap_or(self.date),
            self.with_block.or(self.block).unwrap_or(Span::WHOLE_DAY),
        )
    }

    /// The row's cells, in [`COLUMNS`] order.
    pub fn cells(&self) -> [String; 10] {
        let opt = |s: Option<Span>| s.map(|s| s.to_string()).unwrap_or_default();
        [
            self.date.to_string(),
            opt(self.block),
            self.kind.as_str().to_string(),
            self.library.clone(),
            self.with.clone().unwrap_or_default(),
            self.with_date.map(|d| d.to_string()).unwrap_or_default(),
            opt(self.with_block),
            self.reason.clone(),
            self.until.map(|d| d.to_string()).unwrap_or_default(),
            weekdays_text(&self.weekdays),
        ]
    }

    /// Where the override takes effect as (library, date, span): the shifts it moves a library off
    /// (`gives`) and onto (`takes`).
    fn gives(&self) -> Vec<(String, Days, Span)> {
        match self.kind {
            OverrideKind::Swap => {
                let (d2, b2) = self.other_side();
                let with = self.with.clone().unwrap_or_default();
                vec![
                    (self.library.clone(), self.days(), self.span()),
                    (with, Days::one(d2), b2),
                ]
            }
            OverrideKind::Absent | OverrideKind::Closed => {
                vec![(self.library.clone(), self.days(), self.span())]
            }
            OverrideKind::Cover => Vec::new(),
        }
    }

    fn takes(&self) -> Vec<(String, Days, Span)> {
        match self.kind {
            OverrideKind::Swap => {
                let (d2, b2) = self.other_side();
                let with = self.with.clone().unwrap_or_default();
                vec![
                    (self.library.clone(), Days::one(d2), b2),
                    (with, self.days(), self.span()),
                ]
            }
            OverrideKind::Cover => vec![(self.library.clone(), self.days(), self.span())],
            _ => Vec::new(),
        }
    }

    /// Absent or closed: the library cannot be on duty in `span` of `date`.
    pub fn excludes(&self, library: &str, date: NaiveDate, span: Span) -> bool {
        matches!(self.kind, OverrideKind::Absent | OverrideKind::Closed)
            && !self.everyone_closed()
            && same_library(&self.library, library)
            && self.applies_on(date)
            && self.span().overlaps(span)
    }
}

/// Library names as overrides compare them: without case.
pub fn same_library(a: &str, b: &str) -> bool {
    a.trim().eq_ignore_ascii_case(b.trim())
}

/// Why `new` cannot stand beside `old`, if it cannot: a repeat, or a contradiction.
pub fn conflict(old: &Override, new: &Override) -> Option<String> {
    let at = &old.origin;
    let same = |a: &(String, Days, Span), b: &(String, Days, Span)| {
        same_library(&a.0, &b.0) && a.1.meets(&b.1) && a.2.overlaps(b.2)
    };
    let out =
        |x: &Override| -> bool { matches!(x.kind, OverrideKind::Absent | OverrideKind::Closed) };
    let (a, b) = (old.cells(), new.cells());
    if (0..10)
        .filter(|&i| COLUMNS[i] != "reason")
        .all(|i| a[i].eq_ignore_ascii_case(&b[i]))
    {
        return Some(format!("duplicates {at}"));
    }
    // The same library marked away twice over the same hours.
    if out(old) && out(new) && same(&old.gives()[0], &new.gives()[0]) {
        return Some(format!(
            "duplicates {at} ({} is already {} then)",
            new.library,
            old.kind.as_str()
        ));
    }
    // Someone away who is also meant to take a shift then.
    for (away, busy) in [(old, new), (new, old)] {
        if out(away) {
            if let Some(t) = busy.takes().iter().find(|t| same(&away.gives()[0], t)) {
                let when =
                    t.1.within(away.date, away.days().to)
                        .next()
                        .unwrap_or(t.1.from);
                return Some(format!(
                    "contradicts {at}: {} is {} on {when} but would take {when} {}",
                    t.0,
                    away.kind.as_str(),
                    t.2
                ));
            }
        }
    }
    // Two changes to the same shift: two covers of one block, or a swap and a cover or another swap.
    let moved = |x: &Override| -> Vec<(Days, Span)> {
        match x.kind {
            OverrideKind::Cover => vec![(x.days(), x.span())],
            OverrideKind::Swap => x.gives().into_iter().map(|g| (g.1, g.2)).collect(),
            _ => Vec::new(),
        }
    };
    for a in moved(old) {
        for b in moved(new) {
            if a.0.meets(&b.0) && a.1.overlaps(b.1) {
                // Two swaps of different libraries' shifts on the same hours do not collide.
                if old.kind == OverrideKind::Swap && new.kind == OverrideKind::Swap {
                    let shared = old
                        .gives()
                        .iter()
                        .any(|g| new.gives().iter().any(|h| same(g, h)));
                    if !shared {
                        continue;
                    }
                }
                let when = a.0.within(b.0.from, b.0.to).find(|d| b.0.contains(*d));
                return Some(format!(
                    "contradicts {at}: both change the shift of {} {}",
                    when.unwrap_or(a.0.from),
                    a.1
                ));
            }
        }
    }
    None
}

/// All the overrides of one file.
#[derive(Debug, Clone, Default)]
pub struct Overrides {
    /// Where they were read from (empty when there are none).
    pub source: String,
    pub items: Vec<Override>,
    /// What a reader should be told about how the file was read.
    pub notes: Vec<String>,
}

impl Overrides {
    pub fn none() -> Overrides {
        Overrides::default()
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// Adds `o` unless it repeats or contradicts one already there.
    pub fn push(&mut self, o: Override) -> Result<()> {
        // Only overrides whose dates meet can conflict: the dates are compared first, so a file
        // of years of dated changes is not every row compared in full with every other.
        let (from, to) = o.reach();
        let meets = |old: &&Override| {
            let (a, b) = old.reach();
            a <= to && b >= from
        };
        if let Some(why) = self
            .items
            .iter()
            .filter(meets)
            .find_map(|old| conflict(old, &o))
        {
            bail!("{}: {why}", o.origin);
        }
        self.items.push(o);
        Ok(())
    }

    /// Absent or closed overrides that keep `library` off duty on `date` in `span`.
    pub fn excluding(&self, library: &str, date: NaiveDate, span: Span) -> Option<&Override> {
        self.items.iter().find(|o| o.excludes(library, date, span))
    }

    /// True when `library` is marked absent or closed at any time of `date`.
    pub fn away_on(&self, library: &str, date: NaiveDate) -> bool {
        self.excluding(library, date, Span::WHOLE_DAY).is_some()
    }

    /// The cooperative-wide closure of `date`, if any.
    pub fn everyone_closed_on(&self, date: NaiveDate) -> Option<&Override> {
        self.items
            .iter()
            .find(|o| o.everyone_closed() && o.applies_on(date))
    }

    /// How many overrides name a date in `[from, to]`: the revision of a calendar event whose
    /// shift depends on those dates (it only grows as overrides are added).
    pub fn revision(&self, from: NaiveDate, to: NaiveDate) -> u32 {
        self.items
            .iter()
            .filter(|o| {
                let (a, b) = o.reach();
                a <= to && b >= from
            })
            .count() as u32
    }
}

/// The most rows an overrides file may hold: decades of absences, swaps and closures. Each row is
/// checked against the others of its dates, so a mistaken or hostile file of a million rows on
/// one day would take days; it is refused instead.
pub const MAX_ROWS: usize = 5_000;

/// Reads overrides. `canonical` maps a library as written to the name the schedule uses (or fails
/// for a library no one knows), so that "EPFL" and "Pratt/SLRC" are one library.
pub fn parse_overrides(
    source: &str,
    bytes: &[u8],
    format: InputFormat,
    canonical: &dyn Fn(&str) -> Result<String>,
) -> Result<Overrides> {
    let table = crate::io::read_table(source, bytes, format)?;
    if let Some(row) = table.rows.get(MAX_ROWS) {
        bail!(
            "{}: more than {MAX_ROWS} overrides; move the years gone by to a file of their own (is this the right file?)",
            table.locate(row)
        );
    }
    let mut out = Overrides {
        source: source.to_string(),
        items: Vec::new(),
        notes: table.encoding_note().into_iter().collect(),
    };
    let cols = Columns::find(&table)?;
    for row in &table.rows {
        table.refuse_controls(row, &[cols.reason])?;
        let at = table.locate(row);
        let o = cols
            .read(&row.fields, at.clone(), canonical)
            .map_err(|e| anyhow!("{at}: {e:#}"))?;
        out.push(o)?;
    }
    Ok(out)
}

/// Column positions of a table of overrides.
struct Columns {
    date: usize,
    block: Option<usize>,
    kind: usize,
    library: usize,
    with: Option<usize>,
    with_date: Option<usize>,
    with_block: Option<usize>,
    reason: Option<usize>,
    until: Option<usize>,
    weekdays: Option<usize>,
}

impl Columns {
    fn find(t: &Table) -> Result<Columns> {
        let need = |names: &[&str]| {
            t.column(names).ok_or_else(|| {
                anyhow!(
                    "{}: missing column {:?} (found: {})",
                    t.source,
                    names[0],
                    t.headers.join(", ")
                )
            })
        };
        let [date, block, kind, library, with, with_date, with_block, reason, until, weekdays] =
            HEADER_NAMES;
        Ok(Columns {
            date: need(date)?,
            block: t.column(block),
            kind: need(kind)?,
            library: need(library)?,
            with: t.column(with),
            with_date: t.column(with_date),
            with_block: t.column(with_block),
            reason: t.column(reason),
            until: t.column(until),
            weekdays: t.column(weekdays),
        })
    }

    fn read(
        &self,
        f: &[String],
        origin: String,
        canonical: &dyn Fn(&str) -> Result<String>,
    ) -> Result<Override> {
        let get = |i: Option<usize>| i.map_or("", |i| f[i].trim());
        let span = |name: &str, s: &str| -> Result<Option<Span>> {
            if s.is_empty() {
                Ok(None)
            } else {
                Span::parse(s).map(Some).map_err(|e| anyhow!("{name}: {e}"))
            }
        };
        let date = parse_date(get(Some(self.date))).map_err(|e| anyhow!("date: {e}"))?;
        let kind = OverrideKind::parse(get(Some(self.kind)))?;
        let library = get(Some(self.library));
        if library.is_empty() {
            bail!("no library named");
        }
        let o = Override {
            date,
            until: match get(self.until) {
                "" => None,
                d => Some(parse_date(d).map_err(|e| anyhow!("until: {e}"))?),
            },
            weekdays: parse_weekdays(get(self.weekdays)).map_err(|e| anyhow!("weekdays: {e}"))?,
            block: span("block", get(self.block))?,
            kind,
            library: if library.eq_ignore_ascii_case(ALL) {
                ALL.to_string()
            } else {
                canonical(library)?
            },
            with: match get(self.with) {
                "" => None,
                w => Some(canonical(w)?),
            },
            with_date: match get(self.with_date) {
                "" => None,
                d => Some(parse_date(d).map_err(|e| anyhow!("with_date: {e}"))?),
            },
            with_block: span("with_block", get(self.with_block))?,
            reason: get(self.reason).to_string(),
            origin,
        };
        check_shape(&o)?;
        Ok(o)
    }
}

/// What each kind requires and forbids.
pub fn check_shape(o: &Override) -> Result<()> {
    let swap_only = o.with.is_some() || o.with_date.is_some() || o.with_block.is_some();
    if let Some(until) = o.until {
        if until < o.date {
            bail!("the range ends ({until}) before it starts ({})", o.date);
        }
        if until - o.date > Duration::days(366) {
            bail!("the range {} to {until} is longer than a year", o.date);
        }
    }
    if !o.weekdays.is_empty() && o.until.is_none() {
        bail!("weekdays choose days within a range: give its last date (until)");
    }
    if (o.until.is_some() || !o.weekdays.is_empty()) && o.kind == OverrideKind::Swap {
        bail!("a swap exchanges two dated blocks: no range (until, weekdays)");
    }
    if o.library.eq_ignore_ascii_case(ALL) && o.kind != OverrideKind::Closed {
        bail!("library \"all\" is for a cooperative-wide closure (kind closed)");
    }
    if o.until.is_some() && o.days().within(o.date, o.days().to).next().is_none() {
        bail!(
            "no date from {} to {} falls on {}",
            o.date,
            o.days().to,
            weekdays_text(&o.weekdays)
        );
    }
    match o.kind {
        OverrideKind::Swap => {
            let with = o
                .with
                .as_deref()
                .ok_or_else(|| anyhow!("a swap names the other library (with)"))?;
            if o.block.is_none() {
                bail!("a swap names the block given away (block)");
            }
            if same_library(with, &o.library) {
                bail!("a library cannot swap with itself");
            }
            if o.other_side() == (o.date, o.span()) {
                bail!("a swap exchanges two different blocks: give with_date or with_block");
            }
        }
        _ if swap_only => bail!(
            "with, with_date and with_block are for swaps only (kind is {})",
            o.kind.as_str()
        ),
        OverrideKind::Closed if o.block.is_some() => {
            bail!("closed is for a whole day; use absent for one block")
        }
        _ => {}
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(csv: &str) -> Result<Overrides> {
        parse_overrides("o.csv", csv.as_bytes(), InputFormat::Csv, &|s| {
            Ok(s.to_string())
        })
    }

    const HEAD: &str = "date,block,kind,library,with,with_date,with_block,reason\n";

    #[test]
    fn each_kind_parses() {
        let o = parse(&format!(
            "{HEAD}2026-12-07,09:00-13:00,absent,BCPL,,,,training\n\
             2026-12-25,,closed,Pratt/SLRC,,,,Christmas\n\
             2026-12-10,13:00–17:00,cover,Calvert Library,,,,asked\n\
             2026-12-02,09:00-13:00,swap,MCPL,AACC,2026-12-04,,staff day\n"
        ))
        .unwrap();
        assert_eq!(o.items.len(), 4);
        assert_eq!(o.items[1].block, None);
        assert_eq!(o.items[2].span().to_string(), "13:00-17:00");
        assert_eq!(
            o.items[3].other_side().0,
            NaiveDate::from_ymd_opt(2026, 12, 4).unwrap()
        );
        assert_eq!(o.items[3].origin, "o.csv: line 5");
    }

    #[test]
    fn control_characters_are_refused_with_the_line_and_column() {
        let e = parse(&format!("{HEAD}2026-12-07,,absent,BC\u{0}PL,,,,\n")).unwrap_err();
        assert_eq!(
            e.to_string(),
            "o.csv: line 2: column \"library\" (field 4): control character \\u{0} at character 3; a name, id or contact cannot hold control characters (tabs and line breaks included)"
        );
        let e = parse(&format!("{HEAD}2026-12-07,,absent,BCPL,Pratt\u{9f},,,\n")).unwrap_err();
        assert!(
            e.to_string()
                .contains("column \"with\" (field 5): control character \\u{9f}"),
            "{e}"
        );
        // The reason is a note: a tab or a line break is kept, other controls are refused.
        assert!(parse(&format!(
            "{HEAD}2026-12-07,,absent,BCPL,,,,\"two\tparts\nand lines\"\n"
        ))
        .is_ok());
        let e = parse(&format!("{HEAD}2026-12-07,,absent,BCPL,,,,esc\u{1b}[31m\n")).unwrap_err();
        assert!(
            e.to_string()
                .contains("column \"reason\" (field 8): control character \\u{1b}"),
            "{e}"
        );
    }

    #[test]
    fn bad_rows_say_where() {
        for (row, want) in [
            (
                "2026-13-01,,absent,BCPL,,,,",
                "o.csv: line 2: date: not a date",
            ),
            (
                "2026-12-01,,away,BCPL,,,,",
                "o.csv: line 2: unknown kind \"away\"",
            ),
            (
                "2026-12-01,17:00-13:00,absent,BCPL,,,,",
                "o.csv: line 2: block: the block",
            ),
            ("2026-12-01,,absent,,,,,", "o.csv: line 2: no library named"),
            (
                "2026-12-01,09:00-13:00,swap,BCPL,,,,",
                "o.csv: line 2: a swap names the other",
            ),
            (
                "2026-12-01,,swap,BCPL,AACC,2026-12-04,,",
                "o.csv: line 2: a swap names the block",
            ),
            (
                "2026-12-01,09:00-13:00,swap,BCPL,AACC,,,",
                "o.csv: line 2: a swap exchanges",
            ),
            (
                "2026-12-01,09:00-13:00,closed,BCPL,,,,",
                "o.csv: line 2: closed is for a whole day",
            ),
            (
                "2026-12-01,,absent,BCPL,AACC,,,",
                "o.csv: line 2: with, with_date",
            ),
        ] {
            let e = parse(&format!("{HEAD}{row}\n")).unwrap_err().to_string();
            assert!(e.starts_with(want), "{row}: got {e:?}");
        }
    }

    #[test]
    fn repeats_and_contradictions_name_the_row() {
        for (second, want) in [
            (
                "2026-12-07,09:00-13:00,absent,bcpl,,,,again",
                "duplicates o.csv: line 2",
            ),
            (
                "2026-12-07,,closed,BCPL,,,,",
                "duplicates o.csv: line 2 (BCPL is already absent",
            ),
            (
                "2026-12-07,10:00-11:00,cover,BCPL,,,,",
                "contradicts o.csv: line 2: BCPL is absent",
            ),
        ] {
            let e = parse(&format!(
                "{HEAD}2026-12-07,09:00-13:00,absent,BCPL,,,,\n{second}\n"
            ))
            .unwrap_err()
            .to_string();
            assert!(e.starts_with("o.csv: line 3: "), "{e}");
            assert!(e.contains(want), "{second}: got {e:?}");
        }
        // A swap that would put a closed library on duty.
        let e = parse(&format!(
            "{HEAD}2026-12-07,,closed,AACC,,,,\n2026-12-04,09:00-13:00,swap,AACC,BCPL,2026-12-07,,\n"
        ))
        .unwrap_err()
        .to_string();
        assert!(
            e.contains("line 3: contradicts o.csv: line 2: AACC is closed on 2026-12-07"),
            "{e}"
        );
        let e = parse(&format!(
            "{HEAD}2026-12-10,13:00-17:00,cover,Calvert Library,,,,\n2026-12-10,13:00-17:00,cover,AACC,,,,\n"
        ))
        .unwrap_err()
        .to_string();
        assert!(
            e.contains("line 3: contradicts o.csv: line 2: both change"),
            "{e}"
        );
        // Different hours of the same day are no conflict.
        parse(&format!(
            "{HEAD}2026-12-07,09:00-13:00,absent,BCPL,,,,\n2026-12-07,13:00-17:00,absent,BCPL,,,,\n2026-12-07,13:00-17:00,cover,AACC,,,,\n"
        ))
        .unwrap();
    }
}

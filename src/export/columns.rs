//! The canonical fields, the headers known exports use for them, and which header of one export
//! feeds which field.

use super::ReadOptions;
use crate::io::{header_key, InputFormat};
use anyhow::{anyhow, bail, Result};

/// The canonical fields every export is mapped to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Field {
    Id,
    StartedAt,
    Resolution,
    Origin,
    PatronEmail,
    PatronName,
    Question,
    Transcript,
    /// The time of day, when the export keeps it in a column of its own beside a date
    /// (`Date` + `Time`): read together with `started_at`.
    StartTime,
    /// When the follow-up was answered or the chat closed (a later export: `followups update`).
    AnsweredAt,
}

impl Field {
    pub const ALL: [Field; 10] = [
        Field::Id,
        Field::StartedAt,
        Field::Resolution,
        Field::Origin,
        Field::PatronEmail,
        Field::PatronName,
        Field::Question,
        Field::Transcript,
        Field::StartTime,
        Field::AnsweredAt,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Field::Id => "id",
            Field::StartedAt => "started_at",
            Field::Resolution => "resolution",
            Field::Origin => "origin",
            Field::PatronEmail => "patron_email",
            Field::PatronName => "patron_name",
            Field::Question => "question",
            Field::Transcript => "transcript",
            Field::StartTime => "start_time",
            Field::AnsweredAt => "answered_at",
        }
    }

    pub fn parse(s: &str) -> Option<Field> {
        let k = header_key(s);
        Field::ALL.into_iter().find(|f| header_key(f.name()) == k)
    }

    /// Header names the known exports use for this field (`data/headers.csv`), compared as
    /// [`header_key`] does (any case; spaces, `_`, `-` and `/` ignored). The first header that
    /// matches wins.
    pub fn aliases(self) -> &'static [&'static str] {
        &known_headers()[self as usize]
    }
}

/// The header aliases of known exports, one list per field.
pub const HEADERS_CSV: &str = include_str!("../../data/headers.csv");

/// [`HEADERS_CSV`], read once. The file is part of the program and its form is checked by a
/// test, so a malformed line here is a build defect.
fn known_headers() -> &'static [Vec<&'static str>; Field::ALL.len()] {
    static KNOWN: std::sync::OnceLock<[Vec<&'static str>; Field::ALL.len()]> =
        std::sync::OnceLock::new();
    KNOWN.get_or_init(|| {
        let mut out: [Vec<&'static str>; Field::ALL.len()] = Default::default();
        for line in HEADERS_CSV.lines().skip(1) {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let (field, header) = line
                .split_once(',')
                .expect("data/headers.csv: a line without FIELD,HEADER");
            let f = Field::parse(field)
                .unwrap_or_else(|| panic!("data/headers.csv: unknown field {field:?}"));
            out[f as usize].push(header.trim());
        }
        out
    })
}

/// Parses `--columns transcript=Chat Text,id=Ref`.
pub fn parse_columns(spec: &str) -> Result<Vec<(Field, String)>> {
    let mut out = Vec::new();
    for part in spec.split(',').map(str::trim).filter(|p| !p.is_empty()) {
        let (field, header) = part.split_once('=').ok_or_else(|| {
            anyhow!("--columns: expected FIELD=HEADER, found {part:?} (e.g. transcript=Chat Text)")
        })?;
        let f = Field::parse(field).ok_or_else(|| {
            let names: Vec<&str> = Field::ALL.iter().map(|f| f.name()).collect();
            anyhow!(
                "--columns: unknown field {:?} (fields: {})",
                field.trim(),
                names.join(", ")
            )
        })?;
        out.push((f, header.trim().to_string()));
    }
    Ok(out)
}

/// Which header became which field.
#[derive(Debug, Clone, PartialEq)]
pub struct Mapping {
    pub source: String,
    pub format: InputFormat,
    /// The headers found (CSV/TSV), or the keys of the first object (JSON).
    pub headers: Vec<String>,
    /// For each field, the header it is read from, and whether `--columns` said so.
    pub fields: Vec<(Field, Option<String>, bool)>,
}

impl Mapping {
    /// Whether the export has a column (or key) for `field`.
    pub fn has(&self, field: Field) -> bool {
        self.fields
            .iter()
            .any(|(f, header, _)| *f == field && header.is_some())
    }

    /// Why no row can be a follow-up, when the export has no resolution column and only
    /// follow-ups were asked for: an explanation for an empty result.
    pub fn no_resolution_note(&self, all: bool) -> Option<String> {
        (!all && !self.has(Field::Resolution)).then(|| {
            format!(
                "{}: no resolution column (found: {}), so no row is marked Follow Up By Patron Library; --all takes every row",
                self.source,
                self.headers.join(", ")
            )
        })
    }

    pub(super) fn build(
        source: &str,
        format: InputFormat,
        headers: Vec<String>,
        opts: &ReadOptions,
    ) -> Result<Mapping> {
        let keys: Vec<String> = headers.iter().map(|h| header_key(h)).collect();
        let mut fields = Vec::new();
        for f in Field::ALL {
            let explicit = opts.columns.iter().rev().find(|(g, _)| *g == f);
            let found = match explicit {
                Some((_, h)) => {
                    let k = header_key(h);
                    match keys.iter().position(|x| *x == k) {
                        Some(i) => Some((headers[i].clone(), true)),
                        None if format == InputFormat::Csv || format == InputFormat::Tsv => {
                            bail!(
                                "{source}: --columns {}={h}: no such header (found: {})",
                                f.name(),
                                headers.join(", ")
                            )
                        }
                        // JSON objects may leave a key out: trust the user's name.
                        None => Some((h.clone(), true)),
                    }
                }
                None => f
                    .aliases()
                    .iter()
                    .find_map(|a| {
                        let k = header_key(a);
                        keys.iter().position(|x| *x == k)
                    })
                    .map(|i| (headers[i].clone(), false)),
            };
            fields.push((
                f,
                found.as_ref().map(|x| x.0.clone()),
                found.is_some_and(|x| x.1),
            ));
        }
        // One header feeds one field: an explicit mapping takes it from an alias.
        for i in 0..fields.len() {
            if fields[i].2 {
                let h = fields[i].1.clone();
                for (j, g) in fields.iter_mut().enumerate() {
                    if j != i && !g.2 && g.1 == h {
                        g.1 = None;
                    }
                }
            }
        }
        // A lone "Time" column is the start time itself, not the time of a separate date.
        let at = |f: Field| fields.iter().position(|x| x.0 == f).unwrap_or(0);
        let (d, t) = (at(Field::StartedAt), at(Field::StartTime));
        if fields[t].1.is_some() && fields[t].1 == fields[d].1 && !fields[t].2 {
            fields[t].1 = None;
        }
        // A field read from a header the file has twice would silently drop the other column.
        if matches!(format, InputFormat::Csv | InputFormat::Tsv) {
            for (f, h, _) in &fields {
                let Some(h) = h else { continue };
                let k = header_key(h);
                let at: Vec<usize> = (0..keys.len()).filter(|&i| keys[i] == k).collect();
                if at.len() > 1 {
                    bail!(
                        "{source}: line 1: the header names {} twice (columns {} and {}); {} cannot be read from both: rename one",
                        crate::io::text::quote(h),
                        at[0] + 1,
                        at[1] + 1,
                        f.name()
                    );
                }
            }
        }
        let m = Mapping {
            source: source.to_string(),
            format,
            headers,
            fields,
        };
        if m.header(Field::Transcript).is_none() && m.header(Field::Question).is_none() {
            bail!(
                "{source}: no transcript or question column (found: {}); name one with --columns transcript=HEADER",
                m.headers.join(", ")
            );
        }
        Ok(m)
    }

    /// The header a field is read from.
    pub fn header(&self, f: Field) -> Option<&str> {
        self.fields
            .iter()
            .find(|(g, _, _)| *g == f)
            .and_then(|(_, h, _)| h.as_deref())
    }

    /// The field a header (or JSON key) feeds.
    pub fn field_of(&self, header: &str) -> Option<Field> {
        self.fields
            .iter()
            .find(|(_, h, _)| h.as_deref() == Some(header))
            .map(|(f, _, _)| *f)
            .or_else(|| {
                // JSON keys may differ in case from the first object's.
                let k = header_key(header);
                self.fields
                    .iter()
                    .find(|(_, h, _)| h.as_deref().is_some_and(|h| header_key(h) == k))
                    .map(|(f, _, _)| *f)
            })
    }
}

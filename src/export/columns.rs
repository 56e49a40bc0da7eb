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
    /// The patron's after-chat survey comment (LibAnswers' `Rating Comment`): the patron's words,
    /// read after the transcript.
    Comment,
    /// Who answered the chat (LibraryH3lp's `operator` JID, LibAnswers' `Operator`): a transcript
    /// speaker of that label is staff.
    Operator,
}

impl Field {
    pub const ALL: [Field; 12] = [
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
        Field::Comment,
        Field::Operator,
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
            Field::Comment => "comment",
            Field::Operator => "operator",
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

/// Whether `h` is a header some field is known by (`data/headers.csv`).
pub fn is_known_header(h: &str) -> bool {
    let k = header_key(h);
    !k.is_empty()
        && known_headers()
            .iter()
            .flatten()
            .any(|alias| header_key(alias) == k)
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

/// The fields one header (or JSON key) can feed, each with a rank: 0 when `--columns` names it
/// for the field, else 1 + its place among the field's aliases. Each field is read from the
/// header of the lowest rank an export has (in JSON, each record has).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Feeds {
    /// One bit for each field fed, at `field as usize`.
    pub mask: u16,
    pub rank: [u8; Field::ALL.len()],
}

impl Feeds {
    pub const NONE: Feeds = Feeds {
        mask: 0,
        rank: [u8::MAX; Field::ALL.len()],
    };

    fn add(&mut self, f: Field, rank: u8) {
        self.mask |= 1 << f as usize;
        self.rank[f as usize] = rank;
    }

    /// The fields fed and their ranks.
    pub fn fields(self) -> impl Iterator<Item = (Field, u8)> {
        let mut m = self.mask;
        std::iter::from_fn(move || {
            let i = (m != 0).then(|| m.trailing_zeros() as usize)?;
            m &= m - 1;
            Some((Field::ALL[i], self.rank[i]))
        })
    }
}

/// The headers (or keys) a header row or a JSON record reads its fields from: for each field,
/// the one of the lowest rank so far. Two different names of the same rank (`id` and `ID`) are a
/// tie, which a key of a lower rank settles; a tie left at the end is an error.
#[derive(Debug, Clone)]
pub(crate) struct Choice {
    /// For each field, the rank of the key it is read from (`u8::MAX`: none yet) and that key.
    rank: [u8; Field::ALL.len()],
    key: [String; Field::ALL.len()],
    /// Fields whose key has a rival of the same rank under another name, in `rival`.
    ties: u16,
    rival: [String; Field::ALL.len()],
    /// Every field some key of the records read fed, or would have fed had the row been wanted
    /// (kept by the JSON reader).
    pub seen: u16,
}

impl Default for Choice {
    fn default() -> Self {
        Choice {
            rank: [u8::MAX; Field::ALL.len()],
            key: Default::default(),
            ties: 0,
            rival: Default::default(),
            seen: 0,
        }
    }
}

impl Choice {
    /// Starts a new record (`seen` is kept).
    pub fn clear(&mut self) {
        self.rank = [u8::MAX; Field::ALL.len()];
        self.ties = 0;
    }

    /// Offers the key `key`, which feeds `feeds`: returns the fields it is now read into (those
    /// it ranks lower for than the keys before it, and those it fed before: a key given twice
    /// counts with its last value).
    pub fn offer(&mut self, feeds: Feeds, key: &str) -> u16 {
        let mut take = 0;
        for (f, rank) in feeds.fields() {
            let i = f as usize;
            if rank < self.rank[i] {
                self.rank[i] = rank;
                self.key[i].clear();
                self.key[i].push_str(key);
                self.ties &= !(1 << i);
                take |= 1 << i;
            } else if rank == self.rank[i] {
                if self.key[i] == key {
                    take |= 1 << i;
                } else {
                    self.ties |= 1 << i;
                    self.rival[i].clear();
                    self.rival[i].push_str(key);
                }
            }
        }
        take
    }

    /// The key `field` is read from.
    pub fn key(&self, field: Field) -> Option<&str> {
        let i = field as usize;
        (self.rank[i] != u8::MAX).then_some(self.key[i].as_str())
    }

    /// The fields read, one bit each.
    #[cfg(test)]
    pub fn mask(&self) -> u16 {
        Field::ALL
            .iter()
            .filter(|f| self.rank[**f as usize] != u8::MAX)
            .fold(0, |m, f| m | 1 << *f as usize)
    }

    /// Whether some field has two keys of the same rank.
    pub fn tied(&self) -> bool {
        self.ties != 0
    }

    /// A tie left among `fields` (a mask): the field and its two keys.
    pub fn tie(&self, fields: u16) -> Option<(Field, &str, &str)> {
        let t = self.ties & fields;
        let i = (t != 0).then(|| t.trailing_zeros() as usize)?;
        Some((Field::ALL[i], &self.key[i], &self.rival[i]))
    }

    /// At the end of a record: a time column that is also the start time's (a lone `Time`, not
    /// named by `--columns`) holds the whole start time, not the time of a separate date. True
    /// when `start_time` is let go.
    pub fn settle_time(&mut self) -> bool {
        let (d, t) = (Field::StartedAt as usize, Field::StartTime as usize);
        let lone = self.rank[t] != 0
            && self.rank[t] != u8::MAX
            && self.rank[d] != u8::MAX
            && self.key[t] == self.key[d];
        if lone {
            self.rank[t] = u8::MAX;
            self.ties &= !(1 << t);
        }
        lone
    }
}

/// The end of the message for two columns or keys that name one field.
pub fn read_from_both(field: Field) -> String {
    format!("{} cannot be read from both: rename one", field.name())
}

/// Which header became which field.
#[derive(Debug, Clone, PartialEq)]
pub struct Mapping {
    pub source: String,
    pub format: InputFormat,
    /// The byte between fields (CSV and TSV): `,`, a tab, or `;` when a CSV header is split by
    /// semicolons only (Excel where the decimal mark is a comma).
    pub delimiter: u8,
    /// The headers found (CSV/TSV), or the keys of the first record (JSON).
    pub headers: Vec<String>,
    /// For each field, the header it is read from (in JSON, in the first record), and whether
    /// `--columns` said so.
    pub fields: Vec<(Field, Option<String>, bool)>,
    /// `--columns`: the header named for a field (the last one given for it).
    columns: Vec<(Field, String)>,
}

impl Mapping {
    /// Whether the export has a column (or the first JSON record a key) for `field`.
    pub fn has(&self, field: Field) -> bool {
        self.fields
            .iter()
            .any(|(f, header, _)| *f == field && header.is_some())
    }

    pub(super) fn build(
        source: &str,
        format: InputFormat,
        headers: Vec<String>,
        opts: &ReadOptions,
    ) -> Result<Mapping> {
        let json = !matches!(format, InputFormat::Csv | InputFormat::Tsv);
        let mut columns: Vec<(Field, String)> = Vec::new();
        for (f, h) in &opts.columns {
            columns.retain(|(g, _)| g != f);
            columns.push((*f, h.clone()));
        }
        let mut m = Mapping {
            source: source.to_string(),
            format,
            delimiter: if format == InputFormat::Tsv {
                b'\t'
            } else {
                b','
            },
            headers,
            fields: Vec::new(),
            columns,
        };
        if !json {
            for (f, h) in &m.columns {
                let k = header_key(h);
                if !m.headers.iter().any(|x| header_key(x) == k) {
                    bail!(
                        "{source}: --columns {}={h}: no such header (found: {})",
                        f.name(),
                        m.headers.join(", ")
                    );
                }
            }
        }
        // The header row is read by the rule every JSON record is read by.
        let mut choice = Choice::default();
        for h in &m.headers {
            choice.offer(m.feeds(h), h);
        }
        choice.settle_time();
        // A field read from a header the file has twice would silently drop the other column (a
        // JSON record with two such keys is refused when it is read).
        if !json {
            for f in Field::ALL {
                let Some(h) = choice.key(f) else { continue };
                let k = header_key(h);
                let at: Vec<usize> = (0..m.headers.len())
                    .filter(|&i| header_key(&m.headers[i]) == k)
                    .collect();
                if at.len() > 1 {
                    bail!(
                        "{source}: line 1: the header names {} twice (columns {} and {}); {}",
                        crate::io::text::quote(&m.headers[at[0]]),
                        at[0] + 1,
                        at[1] + 1,
                        read_from_both(f)
                    );
                }
            }
        }
        m.fields = Field::ALL
            .iter()
            .map(|&f| {
                let explicit = m.columns.iter().find(|(g, _)| *g == f);
                match (choice.key(f), explicit) {
                    (Some(k), _) => (f, Some(k.to_string()), explicit.is_some()),
                    // JSON records may leave a key out: trust the user's name.
                    (None, Some((_, h))) => (f, Some(h.clone()), true),
                    (None, None) => (f, None, false),
                }
            })
            .collect();
        // A JSON export's first record may lack both: the reader checks its records instead.
        if !json && !opts.text_optional && !m.has(Field::Transcript) && !m.has(Field::Question) {
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

    /// The fields a header (or JSON key) can feed: a header `--columns` names feeds the fields it
    /// is named for only; any other, each field it is an alias of (unless `--columns` names that
    /// field's header).
    pub fn feeds(&self, header: &str) -> Feeds {
        let k = header_key(header);
        let mut feeds = Feeds::NONE;
        for (f, h) in &self.columns {
            if header_key(h) == k {
                feeds.add(*f, 0);
            }
        }
        if feeds.mask != 0 {
            return feeds;
        }
        for f in Field::ALL {
            if self.columns.iter().any(|(g, _)| *g == f) {
                continue;
            }
            if let Some(i) = f.aliases().iter().position(|a| header_key(a) == k) {
                feeds.add(f, (i + 1).min(254) as u8);
            }
        }
        feeds
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mapping(columns: &str) -> Mapping {
        let opts = ReadOptions {
            columns: parse_columns(columns).unwrap(),
            ..ReadOptions::default()
        };
        Mapping::build("k.jsonl", InputFormat::Jsonl, Vec::new(), &opts).unwrap()
    }

    #[test]
    fn a_key_feeds_each_field_it_is_an_alias_of_with_its_rank() {
        let m = mapping("");
        let feeds = |k: &str| m.feeds(k).fields().collect::<Vec<_>>();
        assert_eq!(feeds("ID"), [(Field::Id, 1)]);
        assert_eq!(feeds("chat_id"), [(Field::Id, 2)]);
        assert_eq!(
            feeds("Time"),
            [(Field::StartedAt, 16), (Field::StartTime, 2)]
        );
        assert_eq!(feeds("notes"), []);
        // --columns: the named header feeds its field only, and the field no alias.
        let m = mapping("question=Time,id=Ref");
        assert_eq!(
            m.feeds("time").fields().collect::<Vec<_>>(),
            [(Field::Question, 0)]
        );
        assert_eq!(m.feeds("id"), Feeds::NONE);
    }

    #[test]
    fn the_lowest_rank_wins_a_tie_is_kept_until_settled() {
        let m = mapping("");
        let mut c = Choice::default();
        let offer = |c: &mut Choice, k: &str| c.offer(m.feeds(k), k);
        assert_eq!(offer(&mut c, "Chat ID"), 1 << Field::Id as usize);
        assert_eq!(offer(&mut c, "chat_id"), 0);
        assert_eq!(c.tie(u16::MAX), Some((Field::Id, "Chat ID", "chat_id")));
        assert_eq!(offer(&mut c, "id"), 1 << Field::Id as usize);
        assert_eq!(c.tie(u16::MAX), None);
        // The same key again: its last value.
        assert_eq!(offer(&mut c, "id"), 1 << Field::Id as usize);
        assert_eq!(c.key(Field::Id), Some("id"));
        // A lone Time is the start time, beside a Date the time of day.
        offer(&mut c, "Time");
        assert!(c.settle_time());
        assert_eq!(c.key(Field::StartedAt), Some("Time"));
        c.clear();
        offer(&mut c, "Time");
        offer(&mut c, "Date");
        assert!(!c.settle_time());
        assert_eq!(
            (c.key(Field::StartedAt), c.key(Field::StartTime)),
            (Some("Date"), Some("Time"))
        );
    }
}

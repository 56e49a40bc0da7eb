//! Every phrase triage looks for, in one automaton: the vocabulary of `data/vocabulary.csv`
//! (category, subject and quality words, the service's boilerplate, look-alikes, "not mine" cues,
//! the markers of written-out e-mail addresses) and the directory's library names, aliases,
//! branches and towns. One pass over a text finds them all: ASCII case is ignored, the longest
//! phrase at a position wins (so "Frederick Douglass" hides "Frederick"), and a hit counts only on
//! word boundaries.

use super::{Category, Subject};
use crate::directory::{Directory, Kind};
use aho_corasick::{AhoCorasick, AhoCorasickKind, Input, MatchKind};
use anyhow::{anyhow, bail, Result};
use std::collections::HashMap;

pub const DEFAULT_VOCABULARY_CSV: &str = include_str!("../../data/vocabulary.csv");

/// What kind of quality problem a phrase shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Quality {
    Complaint,
    Abuse,
    /// A broken session, read in the system's lines.
    Broken,
    /// The librarian says they will report a service problem ("I'll report the disconnects"),
    /// read in the librarian's words.
    Report,
}

/// How strongly a library phrase points to the patron's library.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Strength {
    /// A county's name alone ("harford", "Howard"): also a first name or a place elsewhere, so
    /// it counts only when said as the patron's own ("I'm in Howard", a bare answer "harford").
    Short = 0,
    /// A town or neighbourhood.
    Town = 1,
    /// A county ("I'm in Montgomery County"): also the place of a research topic, so weaker
    /// than a library's own name.
    County = 2,
    /// A system's name or abbreviation, a branch, a college.
    Name = 3,
}

/// Words that tell whether a library or place named in the same clause is the patron's own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cue {
    /// Residence or membership: the place named next is the patron's own ("I live in", "my card").
    Mine,
    /// Residence or membership said right after the name ("Howard County resident", "my
    /// Cecil County library card").
    MineAfter,
    /// Someone else's, or a former one ("my sister", "used to", "he lives in").
    NotMine,
    /// The place named next is a topic ("history of", "records of", "died in").
    Topic,
    /// A place outside Maryland ("Ohio", "DC", "Lausanne"): with a residence cue, the patron
    /// lives outside Maryland; right after a Maryland name, it is a same-name place elsewhere.
    Outside,
    /// Says by itself that the patron lives outside Maryland ("out of state").
    OutsideSelf,
    /// A first name or title: a library word right after it is part of a person's name
    /// ("Chris Pratt", "Lord Baltimore").
    Person,
}

/// What a phrase means.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Meaning {
    Category(Category),
    Subject(Subject),
    Quality(Quality),
    /// The service's own words: never evidence.
    Boilerplate,
    /// Not a library, though it contains a name; may still be evidence of a subject.
    Lookalike(Option<Subject>),
    /// Words that tell whose a library or place named near them is (read by the local library).
    Cue(Cue),
    /// A library of the directory (index into `Directory::libraries`).
    Library(u16, Strength),
    /// " at ", "[at]", "(at)": maybe a written-out e-mail address.
    EmailAt,
}

#[derive(Debug, Clone)]
struct Pattern {
    meanings: Vec<Meaning>,
    /// The phrase may be the start of a longer word.
    prefix: bool,
    /// Match the case exactly (this text).
    exact: Option<String>,
    /// Check the boundary before / after (only when the phrase starts / ends with a word byte).
    check_start: bool,
    check_end: bool,
    /// Counts only beside a cue of the same kind that is not weak ("dissertation", "I'll report it").
    weak: bool,
    /// Also a personal name ("Sue"): counts only written in lower case, not after a greeting.
    name: bool,
}

/// A phrase found in a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    pub start: usize,
    pub end: usize,
    pattern: u32,
}

/// The compiled vocabulary.
#[derive(Debug, Clone)]
pub struct Vocabulary {
    ac: AhoCorasick,
    patterns: Vec<Pattern>,
    /// The phrases of a broken session, looked for in the system's lines.
    broken: AhoCorasick,
    /// E-mail domains of libraries and the service (lower case).
    pub service_domains: Vec<String>,
    /// Top-level domains a written-out address may end in (lower case).
    pub tlds: Vec<String>,
    /// Directory id of each library index in [`Meaning::Library`].
    pub library_ids: Vec<String>,
    pub library_names: Vec<String>,
    pub library_kinds: Vec<Kind>,
    /// Words that, a few words before a cue, say a title follows ("the book", "hold on"): each
    /// a list of lower-case words.
    pub title_before: Vec<Vec<String>>,
    /// Words that, a few words after a cue, say it was a title ("dvd", "movie"): lower case,
    /// each the start of a word.
    pub title_after: Vec<String>,
    /// Greetings and thanks: a name-like cue right after one is a name ("thanks sue").
    pub greetings: Vec<String>,
}

/// The marker of a written-out address found by the automaton ("jane at gmail dot com"); the
/// bracketed forms ("(at)", "[at]") are found by hand, to keep brackets out of its alphabet.
const EMAIL_AT_MARKER: &str = " at ";

/// True for a phrase the automaton can hold: letters, spaces, hyphens, apostrophes, dots. A small
/// alphabet (under 32 byte classes) halves the automaton's table, so that its busy part stays in
/// the processor's cache: matching is the largest cost of triage.
pub fn matchable(phrase: &str) -> bool {
    phrase
        .bytes()
        .all(|b| b.is_ascii_alphabetic() || matches!(b, b' ' | b'-' | b'\'' | b'.'))
}

impl Vocabulary {
    /// The embedded vocabulary with `directory`'s libraries.
    pub fn new(directory: &Directory) -> Vocabulary {
        Vocabulary::from_csv("(embedded vocabulary)", DEFAULT_VOCABULARY_CSV, directory)
            .expect("the embedded vocabulary is valid")
    }

    /// A vocabulary file (the columns of `data/vocabulary.csv`) with `directory`'s libraries.
    pub fn from_csv(source: &str, csv_text: &str, directory: &Directory) -> Result<Vocabulary> {
        let mut phrases: Vec<(String, Pattern)> = Vec::new();
        let mut index: HashMap<String, usize> = HashMap::new();
        let mut add =
            |phrase: &str, meaning: Meaning, prefix: bool, exact: bool, weak: bool, name: bool| {
                // Markers such as " at " keep their spaces; names and keywords do not.
                let phrase = if meaning == Meaning::EmailAt {
                    phrase
                } else {
                    phrase.trim()
                };
                if phrase.is_empty() {
                    return;
                }
                let key = if exact {
                    format!("\0{phrase}")
                } else {
                    phrase.to_ascii_lowercase()
                };
                let bytes = phrase.as_bytes();
                let i = *index.entry(key).or_insert_with(|| {
                    phrases.push((
                        phrase.to_string(),
                        Pattern {
                            meanings: Vec::new(),
                            prefix,
                            exact: exact.then(|| phrase.to_string()),
                            check_start: is_word(bytes[0]),
                            check_end: is_word(bytes[bytes.len() - 1]),
                            weak,
                            name,
                        },
                    ));
                    phrases.len() - 1
                });
                let p = &mut phrases[i].1;
                p.prefix |= prefix;
                p.weak |= weak;
                p.name |= name;
                if !p.meanings.contains(&meaning) {
                    p.meanings.push(meaning);
                }
            };
        let mut broken = Vec::new();
        let mut service_domains = Vec::new();
        let mut tlds = Vec::new();
        let mut title_before = Vec::new();
        let mut title_after = Vec::new();
        let mut greetings = Vec::new();
        let mut rdr = csv::ReaderBuilder::new()
            .comment(Some(b'#'))
            .flexible(true)
            .from_reader(csv_text.as_bytes());
        for (n, rec) in rdr.records().enumerate() {
            let rec = rec.map_err(|e| anyhow!("{source}: {}", crate::io::csv_problem(&e)))?;
            let at = || {
                format!(
                    "{source}: line {}",
                    rec.position().map_or(n as u64 + 2, |p| p.line())
                )
            };
            let kind = rec.get(0).unwrap_or("").trim();
            let phrase = rec.get(1).unwrap_or("").trim();
            let value = rec.get(2).unwrap_or("").trim();
            let flags = rec.get(3).unwrap_or("");
            let prefix = flags.contains("prefix");
            let exact = flags.contains("exact");
            let weak = flags.contains("weak");
            let name = flags.contains("name");
            if phrase.is_empty() {
                bail!("{}: no phrase", at());
            }
            if !matches!(kind, "service-domain" | "tld") && !matchable(phrase) {
                bail!(
                    "{}: {phrase:?}: a phrase may hold only letters, spaces, hyphens, apostrophes and dots",
                    at()
                );
            }
            let meaning = match kind {
                "category" => Meaning::Category(match value {
                    "research" => Category::Research,
                    "policy" => Category::Policy,
                    "circulation" => Category::Circulation,
                    "access" => Category::Access,
                    _ => bail!(
                        "{}: category {value:?} (expected research, policy, circulation or access)",
                        at()
                    ),
                }),
                "subject" => Meaning::Subject(parse_subject(value).ok_or_else(|| {
                    anyhow!(
                        "{}: subject {value:?} (expected law, print-disability or specialist)",
                        at()
                    )
                })?),
                "quality" => Meaning::Quality(match value {
                    "complaint" => Quality::Complaint,
                    "abuse" => Quality::Abuse,
                    "broken" => {
                        // Read in the system's lines only, by a small automaton of its own.
                        broken.push(phrase.to_string());
                        continue;
                    }
                    "report" => Quality::Report,
                    _ => bail!(
                        "{}: quality {value:?} (expected complaint, abuse, broken or report)",
                        at()
                    ),
                }),
                "boilerplate" => Meaning::Boilerplate,
                "lookalike" => Meaning::Lookalike(if value.is_empty() {
                    None
                } else {
                    Some(
                        parse_subject(value)
                            .ok_or_else(|| anyhow!("{}: lookalike subject {value:?}", at()))?,
                    )
                }),
                "mine" if value == "after" => Meaning::Cue(Cue::MineAfter),
                "mine" | "notmine" | "topic" | "person" if !value.is_empty() => bail!(
                    "{}: a {kind} phrase takes no value (flags go in the fourth column)",
                    at()
                ),
                "notmine" => Meaning::Cue(Cue::NotMine),
                "mine" => Meaning::Cue(Cue::Mine),
                "topic" => Meaning::Cue(Cue::Topic),
                "outside" => Meaning::Cue(match value {
                    "" => Cue::Outside,
                    "self" => Cue::OutsideSelf,
                    _ => bail!("{}: outside {value:?} (expected nothing or self)", at()),
                }),
                "person" => Meaning::Cue(Cue::Person),
                "service-domain" => {
                    service_domains.push(phrase.to_ascii_lowercase());
                    continue;
                }
                "short" => {
                    let Some(i) = directory
                        .libraries
                        .iter()
                        .position(|l| l.id.eq_ignore_ascii_case(value))
                    else {
                        bail!("{}: short name of {value:?}: no such library", at());
                    };
                    let i = u16::try_from(i).map_err(|_| anyhow!("too many libraries"))?;
                    Meaning::Library(i, Strength::Short)
                }
                "tld" => {
                    tlds.push(phrase.to_ascii_lowercase());
                    continue;
                }
                "context" => {
                    let lower = phrase.to_ascii_lowercase();
                    match value {
                        "title-before" => title_before
                            .push(lower.split_whitespace().map(str::to_string).collect()),
                        "title-after" => title_after.push(lower),
                        "greeting" => greetings.push(lower),
                        _ => bail!(
                            "{}: context {value:?} (expected title-before, title-after or greeting)",
                            at()
                        ),
                    }
                    continue;
                }
                other => bail!("{}: unknown kind {other:?}", at()),
            };
            add(phrase, meaning, prefix, exact, weak, name);
        }
        add(
            EMAIL_AT_MARKER,
            Meaning::EmailAt,
            false,
            false,
            false,
            false,
        );
        let mut library_ids = Vec::new();
        let mut library_names = Vec::new();
        let mut library_kinds = Vec::new();
        for (i, lib) in directory.libraries.iter().enumerate() {
            library_ids.push(lib.id.clone());
            library_names.push(lib.name.clone());
            library_kinds.push(lib.kind);
            // Only a public or academic library can be the patron's own.
            if !matches!(lib.kind, Kind::Public | Kind::Academic) {
                continue;
            }
            let i = u16::try_from(i).map_err(|_| anyhow!("too many libraries"))?;
            for name in [&lib.name, &lib.account]
                .into_iter()
                .chain(&lib.aliases)
                .chain(&lib.branches)
            {
                let county = name.eq_ignore_ascii_case(&lib.county)
                    || name.to_ascii_lowercase().ends_with(" county")
                    || name.to_ascii_lowercase().ends_with(" co")
                    || name.eq_ignore_ascii_case("Baltimore City");
                let strength = if county {
                    Strength::County
                } else {
                    Strength::Name
                };
                // Names with other characters ("Pratt/SLRC") are not looked for in text.
                if matchable(name) {
                    add(
                        name,
                        Meaning::Library(i, strength),
                        false,
                        false,
                        false,
                        false,
                    );
                }
            }
            for town in lib.towns.iter().filter(|t| matchable(t)) {
                add(
                    town,
                    Meaning::Library(i, Strength::Town),
                    false,
                    false,
                    false,
                    false,
                );
            }
        }
        let ac = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .ascii_case_insensitive(true)
            .kind(Some(AhoCorasickKind::DFA))
            .build(phrases.iter().map(|(p, _)| p.as_str()))
            .map_err(|e| anyhow!("{source}: {e}"))?;
        let broken = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .ascii_case_insensitive(true)
            .build(&broken)
            .map_err(|e| anyhow!("{source}: {e}"))?;
        Ok(Vocabulary {
            ac,
            broken,
            patterns: phrases.into_iter().map(|(_, p)| p).collect(),
            service_domains,
            tlds,
            library_ids,
            library_names,
            library_kinds,
            title_before,
            title_after,
            greetings,
        })
    }

    /// Calls `found` for each phrase in `text`, left to right, on word boundaries.
    pub fn scan(&self, text: &str, mut found: impl FnMut(Hit)) {
        let hay = text.as_bytes();
        let mut pos = 0;
        while pos < hay.len() {
            let Some(m) = self.ac.find(Input::new(hay).span(pos..hay.len())) else {
                break;
            };
            let p = &self.patterns[m.pattern().as_usize()];
            let ok = (!p.check_start || m.start() == 0 || !is_word(hay[m.start() - 1]))
                && (p.prefix || !p.check_end || m.end() == hay.len() || !is_word(hay[m.end()]))
                && p.exact
                    .as_ref()
                    .is_none_or(|e| e.as_bytes() == &hay[m.start()..m.end()]);
            if ok {
                // A prefix phrase's hit is the whole word ("evict" → "eviction").
                let mut end = m.end();
                if p.prefix {
                    while end < hay.len() && is_word(hay[end]) {
                        end += 1;
                    }
                }
                found(Hit {
                    start: m.start(),
                    end,
                    pattern: m.pattern().as_u32(),
                });
                pos = end;
            } else {
                // A shorter phrase may start inside this one.
                pos = m.start() + 1;
            }
        }
    }

    /// The phrases of a broken session in `text` (a system line).
    pub fn broken_session<'t>(&self, text: &'t str, mut found: impl FnMut(&'t str)) {
        for m in self.broken.find_iter(text) {
            found(&text[m.start()..m.end()]);
        }
    }

    /// What a hit's phrase means (usually one thing; a name may mean several).
    pub fn meanings(&self, hit: Hit) -> &[Meaning] {
        &self.patterns[hit.pattern as usize].meanings
    }

    /// True when the hit's phrase counts only beside a stronger cue of its kind.
    pub fn is_weak(&self, hit: Hit) -> bool {
        self.patterns[hit.pattern as usize].weak
    }

    /// True when the hit's phrase is also a personal name ("Sue").
    pub fn is_name(&self, hit: Hit) -> bool {
        self.patterns[hit.pattern as usize].name
    }

    /// True when an address's domain is a library's or the service's own.
    pub fn is_service_domain(&self, domain: &str) -> bool {
        self.service_domains.iter().any(|d| {
            domain == d
                || (domain.len() > d.len()
                    && domain.ends_with(d.as_str())
                    && domain.as_bytes()[domain.len() - d.len() - 1] == b'.')
        })
    }

    /// A top-level domain of the list, or any two-letter country code.
    pub fn is_tld(&self, tld: &str) -> bool {
        (tld.len() == 2 && tld.bytes().all(|b| b.is_ascii_alphabetic()))
            || self.tlds.iter().any(|t| t.eq_ignore_ascii_case(tld))
    }
}

fn parse_subject(s: &str) -> Option<Subject> {
    Some(match s {
        "law" => Subject::Law,
        "print-disability" => Subject::PrintDisability,
        "specialist" => Subject::Specialist,
        _ => return None,
    })
}

/// A byte that continues a word: ASCII letters and digits. Other bytes (spaces, punctuation,
/// and the bytes of non-ASCII characters) end one.
pub fn is_word(b: u8) -> bool {
    b.is_ascii_alphanumeric()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vocab() -> Vocabulary {
        Vocabulary::new(&Directory::default_directory())
    }

    fn phrases(v: &Vocabulary, text: &str) -> Vec<String> {
        let mut out = Vec::new();
        v.scan(text, |h| out.push(text[h.start..h.end].to_string()));
        out
    }

    #[test]
    fn longest_phrase_wins_and_words_are_whole() {
        let v = vocab();
        assert_eq!(
            phrases(&v, "I read Frederick Douglass in Frederick"),
            ["Frederick Douglass", "Frederick"]
        );
        assert_eq!(
            phrases(&v, "still ill, fill the form"),
            Vec::<String>::new()
        );
        assert_eq!(phrases(&v, "an ILL request"), ["ILL"]);
        assert_eq!(phrases(&v, "I was evicted"), ["evicted"]);
        assert_eq!(phrases(&v, "my bcpl card"), ["bcpl", "card"]);
    }

    #[test]
    fn meanings_of_library_names() {
        let v = vocab();
        let mut m = Vec::new();
        v.scan("I live in Westminster, Carroll County", |h| {
            m.extend_from_slice(v.meanings(h))
        });
        let ids: Vec<&str> = m
            .iter()
            .filter_map(|x| match x {
                Meaning::Library(i, _) => Some(v.library_ids[*i as usize].as_str()),
                _ => None,
            })
            .collect();
        assert_eq!(ids, ["CARROLL", "CARROLL"]);
    }

    #[test]
    fn service_domains() {
        let v = vocab();
        assert!(v.is_service_domain("prattlibrary.org"));
        assert!(v.is_service_domain("web.libraryh3lp.com"));
        assert!(!v.is_service_domain("gmail.com"));
        assert!(!v.is_service_domain("notprattlibrary.org"));
    }
}

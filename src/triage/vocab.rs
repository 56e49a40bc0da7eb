//! Every phrase triage looks for, indexed by its first word: the vocabulary of
//! `data/vocabulary.csv` (category, subject and quality words, the service's boilerplate,
//! look-alikes, "not mine" cues, the markers of written-out e-mail addresses) and the directory's
//! library names, aliases, branches and towns. One pass over a text finds them all, looking only
//! where a word starts: ASCII case is ignored, the longest phrase at a place wins (so "Frederick
//! Douglass" hides "Frederick"), and a hit counts only on word boundaries.

use super::model::{hash_padded, hash_word};
use super::{Category, Subject};
use crate::directory::{Directory, Kind};
use aho_corasick::{AhoCorasick, MatchKind};
use anyhow::{anyhow, bail, Result};
// The phrase tables are built at each start: a fast hash (foldhash, hashbrown's) rather than SipHash.
use foldhash::{HashMap, HashMapExt, HashSet};
use std::borrow::Cow;

/// The most entries a vocabulary file may hold: a hundred times data/vocabulary.csv's (about two
/// thousand). Each is searched for in every chat and costs some hundreds of bytes once built, so
/// a mistaken or hostile file of millions of lines is refused instead of taking gigabytes.
pub const MAX_ENTRIES: usize = 200_000;

/// The longest phrase a vocabulary file may hold, in bytes: the longest of data/vocabulary.csv
/// has some forty. Building the search compares each phrase with the starts and ends of the
/// others, which a phrase of thousands of words would make take minutes.
pub const MAX_PHRASE: usize = 256;

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
    /// A college named by what its student or teacher says ("a student at UMBC", "a Towson
    /// student"): the patron's own, even for a patron who lives outside Maryland.
    Enrolled = 4,
}

/// Words that tell whether a library or place named in the same clause is the patron's own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cue {
    /// Residence or membership: the place named next is the patron's own ("I live in", "my card").
    Mine,
    /// Residence or membership said right after the name ("Howard County resident", "my
    /// Cecil County library card").
    MineAfter,
    /// Said right after the name that the patron lives there ("Westminster, where I live"):
    /// outweighs a cue before the name ("my grandfather is buried in Westminster, where I live").
    LivesThere,
    /// The patron correcting where they are ("i meant Elkridge"): the place named next is the
    /// patron's own, and outweighs one said before.
    Corrects,
    /// Someone else's, or a former one ("my sister", "used to", "he lives in").
    NotMine,
    /// A college named next is someone else's, a public library may be the family's ("my
    /// daughter goes to UMBC", "my son's card at the Pratt").
    NotMineCollege,
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

/// The flags of a vocabulary row (its fourth column), as [`Pattern`] keeps them.
#[derive(Debug, Clone, Copy)]
struct Flags {
    prefix: bool,
    exact: bool,
    weak: bool,
    name: bool,
    line_start: bool,
}

impl Flags {
    const NONE: Flags = Flags {
        prefix: false,
        exact: false,
        weak: false,
        name: false,
        line_start: false,
    };
}

#[derive(Debug, Clone)]
struct Pattern {
    meanings: Vec<Meaning>,
    /// The phrase's length in bytes.
    len: usize,
    /// The phrase may be the start of a longer word.
    prefix: bool,
    /// Match the case exactly (this text).
    exact: Option<String>,
    /// Check the boundary after (only when the phrase ends with a word byte).
    check_end: bool,
    /// Counts only beside a cue of the same kind that is not weak ("dissertation", "I'll report it").
    weak: bool,
    /// Also a personal name ("Sue"): counts only written in lower case, not after a greeting.
    name: bool,
    /// A cue only at the start of a line, a message ("were in edgewood" is "we're in"; "we
    /// were in Edgewood" the past).
    line_start: bool,
    /// Ends with the word "at" ("librarian at"): a written-out address's " at " may be its last
    /// word ("jane dot librarian at gmail dot com"), so the marker is also found there.
    ends_at: bool,
}

/// Words looked for one at a time around a cue (lower case), with the first letters and the
/// lengths of them: most words are told apart by a bit of each, without a comparison.
#[derive(Debug, Clone, Default)]
pub struct WordSet {
    words: Vec<String>,
    /// A bit for each first letter 'a' to 'z'.
    first: u32,
    /// A bit for each length in bytes (63: that or longer).
    lengths: u64,
}

impl WordSet {
    fn new(words: Vec<String>) -> WordSet {
        let mut set = WordSet {
            first: 0,
            lengths: 0,
            words,
        };
        for w in &set.words {
            set.lengths |= 1 << w.len().min(63);
            match w.bytes().next() {
                Some(b) if b.is_ascii_lowercase() => set.first |= 1 << (b - b'a'),
                _ => {}
            }
        }
        set
    }

    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// True when `w` is one of the words, in any case.
    #[inline]
    pub fn contains(&self, w: &str) -> bool {
        let first = w.as_bytes().first().map_or(0, u8::to_ascii_lowercase);
        self.lengths & 1 << w.len().min(63) != 0
            && (!first.is_ascii_lowercase() || self.first & 1 << (first - b'a') != 0)
            && self.words.iter().any(|d| d.eq_ignore_ascii_case(w))
    }
}

/// The phrases being compiled, by id: each one's text (in lower case, but as written when it
/// is exact) and its pattern, in two lists so that the texts can be looked up while the
/// patterns change.
#[derive(Default)]
struct Phrases {
    texts: Vec<String>,
    patterns: Vec<Pattern>,
}

impl Phrases {
    /// Each phrase's text in lower case (a copy only for an exact one).
    fn lower(&self) -> impl Iterator<Item = Cow<'_, str>> {
        self.texts
            .iter()
            .zip(&self.patterns)
            .map(|(t, p)| match p.exact {
                Some(_) => Cow::Owned(t.to_ascii_lowercase()),
                None => Cow::Borrowed(t.as_str()),
            })
    }

    /// Adds the phrases of `added` that are no phrase yet (in lower case), each once.
    fn extend_new(&mut self, added: Vec<(String, Pattern)>) {
        let fresh: Vec<bool> = {
            let mut known: HashSet<Cow<'_, str>> = self.lower().collect();
            added
                .iter()
                .map(|(t, _)| known.insert(Cow::Borrowed(t.as_str())))
                .collect()
        };
        for ((text, p), fresh) in added.into_iter().zip(fresh) {
            if fresh {
                self.texts.push(text);
                self.patterns.push(p);
            }
        }
    }
}

fn is_cue(m: &Meaning) -> bool {
    matches!(
        m,
        Meaning::Subject(_) | Meaning::Category(_) | Meaning::Quality(_)
    )
}

/// The longest phrase wins, so a longer phrase of another kind would hide a subject, category
/// or quality cue it starts with ("custody case" is a topic cue, "District Court in" a place's):
/// it means that cue as well, unless it is a look-alike, the service's own words or a cue itself.
fn keep_shadowed_cues(phrases: &mut Phrases) {
    let Phrases { texts, patterns } = phrases;
    let cues: HashMap<&str, (Vec<Meaning>, bool, bool)> = texts
        .iter()
        .zip(patterns.iter())
        .filter(|(_, p)| p.exact.is_none() && p.meanings.iter().any(is_cue))
        .map(|(phrase, p)| {
            let meanings = p.meanings.iter().copied().filter(is_cue).collect();
            (phrase.as_str(), (meanings, p.prefix, p.weak))
        })
        .collect();
    // The lengths of the cues: a phrase's start is looked up only at those.
    let mut lengths = std::collections::BTreeSet::new();
    lengths.extend(cues.keys().map(|k| k.len()));
    for (lower, p) in texts.iter().zip(patterns.iter_mut()) {
        let own = |m: &Meaning| {
            is_cue(m)
                || matches!(
                    m,
                    Meaning::Lookalike(_) | Meaning::Boilerplate | Meaning::EmailAt
                )
        };
        if p.exact.is_some() || p.meanings.iter().any(own) {
            continue;
        }
        for &k in lengths.range(1..lower.len()) {
            let Some((meanings, prefix, weak)) = lower.get(..k).and_then(|start| cues.get(start))
            else {
                continue;
            };
            // The cue ends where a word does, or may start a longer word ("land record").
            if !prefix && is_word(lower.as_bytes()[k]) {
                continue;
            }
            for m in meanings {
                if !p.meanings.contains(m) {
                    p.meanings.push(*m);
                }
            }
            p.weak |= weak;
        }
    }
}

/// The longest phrase wins, so a subject, category or quality cue would hide the cue of whose a
/// place is that it starts with: "old photos of the station in Point of Rocks" found "old photos"
/// (a specialist need), not "old" (a topic). Such a phrase means that place cue as well, unless it
/// has one of its own ("get a card" is one); a place outside Maryland or a person's name is no
/// start of a cue phrase.
fn keep_place_cues_under_cues(phrases: &mut Phrases) {
    let place_cue = |m: &Meaning| {
        matches!(
            m,
            Meaning::Cue(
                Cue::Mine | Cue::MineAfter | Cue::NotMine | Cue::NotMineCollege | Cue::Topic
            )
        )
    };
    let Phrases { texts, patterns } = phrases;
    let starts: HashMap<&str, Vec<Meaning>> = texts
        .iter()
        .zip(patterns.iter())
        .filter(|(_, p)| p.exact.is_none() && !p.prefix && p.meanings.iter().any(place_cue))
        .map(|(phrase, p)| {
            let cues = p.meanings.iter().copied().filter(place_cue).collect();
            (phrase.as_str(), cues)
        })
        .collect();
    let longest = starts.keys().map(|k| k.len()).max().unwrap_or(0);
    for (lower, p) in texts.iter().zip(patterns.iter_mut()) {
        if p.exact.is_some() || !p.meanings.iter().any(is_cue) || p.meanings.iter().any(place_cue) {
            continue;
        }
        // The longest start that is a place cue, ending where a word does (no longer than the
        // longest such cue: a phrase of thousands of words is not looked up at each of them).
        let found = heads(lower)
            .take_while(|head| head.len() <= longest)
            .filter(|head| !is_word(lower.as_bytes()[head.len()]))
            .filter_map(|head| starts.get(head))
            .last()
            .cloned();
        p.meanings.extend(found.unwrap_or_default());
    }
}

/// Each start of a phrase that ends a word and is not the whole phrase ("family" of "family tree").
fn heads(phrase: &str) -> impl Iterator<Item = &str> {
    let b = phrase.as_bytes();
    (1..b.len())
        .filter(move |&j| is_word(b[j - 1]) && !is_word(b[j]))
        .map(move |j| &phrase[..j])
}

/// A phrase of context words ("my family", "my great-grandfather", "history of") hides a cue
/// that starts at one of its later words, since the longest phrase at a place wins and a hit
/// hides the phrases that start inside it. Such a phrase means what the search would find at
/// its later words as well ("my great-grandfather": "great-grand", not "my great-grandson": a
/// look-alike there), and a phrase that starts inside it and goes on past its end gets a phrase
/// of both ("my family" and "family tree": "my family tree", meaning both).
fn keep_cues_inside_context(phrases: &mut Phrases) {
    let context = |p: &Pattern| {
        p.exact.is_none()
            && !p.meanings.is_empty()
            && p.meanings.iter().all(|m| matches!(m, Meaning::Cue(_)))
    };
    // A look-alike means none of its cues.
    fn cues_of(p: &Pattern) -> impl Iterator<Item = Meaning> + '_ {
        let lookalike = p
            .meanings
            .iter()
            .any(|m| matches!(m, Meaning::Lookalike(_)));
        p.meanings
            .iter()
            .copied()
            .filter(move |m| !lookalike && is_cue(m))
    }
    let Phrases { texts, patterns } = phrases;
    // Every phrase the search may find at a word start inside another (not the exact-case ones
    // or names), by its text and by each start of it that ends a word ("family" of "family tree").
    let mut all: HashMap<&str, usize> = HashMap::new();
    let mut by_head: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, (lower, p)) in texts.iter().zip(patterns.iter()).enumerate() {
        if p.exact.is_some() || p.name {
            continue;
        }
        for head in heads(lower) {
            by_head.entry(head).or_default().push(i);
        }
        all.insert(lower, i);
    }
    let mut lengths: Vec<usize> = all.keys().map(|k| k.len()).collect();
    lengths.sort_unstable();
    lengths.dedup();
    let mut added: Vec<(String, Pattern)> = Vec::new();
    for k in 0..patterns.len() {
        if !context(&patterns[k]) {
            continue;
        }
        let lower = texts[k].as_str();
        let b = lower.as_bytes();
        let mut inside: Vec<(Vec<Meaning>, bool)> = Vec::new();
        let mut next = 1;
        for j in 1..b.len() {
            if j < next || !is_word(b[j]) || is_word(b[j - 1]) {
                continue;
            }
            let rest = &lower[j..];
            // The longest phrase within, as the search would take it there.
            let within = lengths
                .iter()
                .rev()
                .filter(|&&n| n <= rest.len())
                .find_map(|&n| {
                    let i = *all.get(&rest[..n])?;
                    let p = &patterns[i];
                    (p.prefix || !p.check_end || n == rest.len() || !is_word(rest.as_bytes()[n]))
                        .then_some((i, n))
                });
            if let Some((i, n)) = within {
                inside.push((cues_of(&patterns[i]).collect(), patterns[i].weak));
                next = j + n;
            }
            // Cues that go on past the end, each with this phrase's start before it, and the
            // look-alikes that would hide them there; nothing else (a context phrase after
            // this one, "with us in" after "she lives", is still found as it was). Not over a
            // function word ("I'm in" and "in-depth").
            if super::model::only_function_words(rest) {
                continue;
            }
            let over: &[usize] = by_head.get(rest).map_or(&[], Vec::as_slice);
            if over.iter().all(|&i| cues_of(&patterns[i]).next().is_none()) {
                continue;
            }
            for &i in over {
                let p = &patterns[i];
                let lookalike = p
                    .meanings
                    .iter()
                    .any(|m| matches!(m, Meaning::Lookalike(_)));
                if !lookalike && cues_of(p).next().is_none() {
                    continue;
                }
                let mut both = patterns[k].clone();
                both.weak |= cues_of(p).next().is_some() && p.weak;
                both.meanings.extend(cues_of(p));
                both.prefix = p.prefix;
                both.check_end = p.check_end;
                let text = format!("{}{}", &lower[..j], texts[i]);
                both.len = text.len();
                added.push((text, both));
            }
        }
        let p = &mut patterns[k];
        for (meanings, weak) in inside {
            p.weak |= !meanings.is_empty() && weak;
            for m in meanings {
                if !p.meanings.contains(&m) {
                    p.meanings.push(m);
                }
            }
        }
    }
    // A phrase of both that is a phrase already stays that phrase.
    phrases.extend_new(added);
}

/// A cue hides a cue that starts at one of its later words and goes on past its end, since a hit
/// hides the phrases that start inside it: "going to report" (a weak report) hid "report the
/// problem" (a strong one) in "I'm going to report the problem". Such a pair gets a phrase of
/// both: meaning both, or, a strong cue behind a weak one, what the strong one means; a weak cue
/// behind a strong one stays hidden (one flag says weak for all a phrase means).
fn keep_cues_past_cues(phrases: &mut Phrases) {
    // Only a phrase matched in any case that is no name, look-alike or boilerplate is a cue.
    fn cues_of(p: &Pattern) -> impl Iterator<Item = Meaning> + Clone + '_ {
        let plain = p.exact.is_none()
            && !p.name
            && !p
                .meanings
                .iter()
                .any(|m| matches!(m, Meaning::Lookalike(_) | Meaning::Boilerplate));
        p.meanings
            .iter()
            .copied()
            .filter(move |m| plain && is_cue(m))
    }
    let mut added = Vec::new();
    {
        let Phrases { texts, patterns } = &*phrases;
        // The cue phrases by each start of them that ends a word ("report the" of "report the
        // problem").
        let mut by_head: HashMap<&str, Vec<usize>> = HashMap::new();
        for (i, (lower, p)) in texts.iter().zip(patterns).enumerate() {
            if cues_of(p).next().is_none() {
                continue;
            }
            for head in heads(lower) {
                by_head.entry(head).or_default().push(i);
            }
        }
        let mut known: HashSet<Cow<'_, str>> = phrases.lower().collect();
        for (lower, h) in texts.iter().zip(patterns) {
            let own = cues_of(h);
            if own.clone().next().is_none() {
                continue;
            }
            let b = lower.as_bytes();
            for j in 1..b.len() {
                if !is_word(b[j]) || is_word(b[j - 1]) {
                    continue;
                }
                for &i in by_head.get(&lower[j..]).map_or(&[][..], Vec::as_slice) {
                    let p = &patterns[i];
                    if p.weak && !h.weak {
                        continue;
                    }
                    // Only a subject or quality hidden, or a strong cue behind a weak one, is
                    // lost.
                    let theirs = cues_of(p);
                    let hidden: Vec<Meaning> = theirs
                        .clone()
                        .filter(|m| matches!(m, Meaning::Subject(_) | Meaning::Quality(_)))
                        .filter(|m| !own.clone().any(|o| o == *m) || (h.weak && !p.weak))
                        .collect();
                    if hidden.is_empty() {
                        continue;
                    }
                    let both_text = format!("{}{}", &lower[..j], texts[i]);
                    if !known.insert(Cow::Owned(both_text.clone())) {
                        continue;
                    }
                    let mut both = h.clone();
                    if h.weak && !p.weak {
                        // Strong for the cue behind: the weak one's own meanings are not made
                        // strong.
                        both.meanings.retain(|m| {
                            !own.clone().any(|o| o == *m) || theirs.clone().any(|t| t == *m)
                        });
                    }
                    for m in hidden {
                        if !both.meanings.contains(&m) {
                            both.meanings.push(m);
                        }
                    }
                    both.weak = h.weak && p.weak;
                    both.prefix = p.prefix;
                    both.check_end = p.check_end;
                    both.len = both_text.len();
                    added.push((both_text, both));
                }
            }
        }
    }
    for (text, p) in added {
        phrases.texts.push(text);
        phrases.patterns.push(p);
    }
}

/// The most phrases of one text that triage reads as evidence: a chat has a few hundred at most,
/// and a hostile text of millions would take 24 bytes each.
pub const MAX_HITS: usize = 1 << 14;

/// A phrase found in a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    pub start: usize,
    pub end: usize,
    pattern: u32,
}

impl Hit {
    /// The same phrase, its text starting `by` bytes later.
    pub(super) fn shifted(self, by: usize) -> Hit {
        Hit {
            start: self.start + by,
            end: self.end + by,
            pattern: self.pattern,
        }
    }
}

/// The compiled vocabulary.
#[derive(Debug, Clone)]
pub struct Vocabulary {
    phrases: PhraseIndex,
    patterns: Vec<Pattern>,
    /// The phrases of a broken session in lower case, looked for in the system's lines.
    broken: AhoCorasick,
    /// The same phrases as written (what the tests compare the search with).
    #[cfg(test)]
    broken_phrases: Vec<String>,
    /// The librarian's questions of where the patron lives ("where do you live"), ASCII case
    /// ignored: read in the librarian's questions only.
    asks: AhoCorasick,
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
    /// Words that, a few words before a law or print-disability cue, say it is the topic of a
    /// paper, not the patron's need ("a paper on", "my essay about"): each a list of lower-case
    /// words.
    pub topic_before: Vec<Vec<String>>,
    /// Words that, a few words after a cue, say it was a title ("dvd", "movie"): lower case,
    /// each the start of a word.
    pub title_after: Vec<String>,
    /// Words before and words after that, around a cue, say it was a title ("put … on hold"):
    /// each a pair of lists of lower-case words.
    pub title_around: Vec<(Vec<String>, Vec<String>)>,
    /// Greetings and thanks: a name-like cue right after one is a name ("thanks sue").
    pub greetings: Vec<String>,
    /// First names and titles (the `person` phrases, lower case): a name-like cue right after
    /// one is a name too ("dr. sue hammond").
    pub persons: Vec<String>,
    /// Words that, just before a patron's complaint in its clause, say something other than the
    /// chat broke ("libby keeps logging me out", "the database kicked me off"): lower case.
    pub not_the_chat: Vec<String>,
    /// Words that, among the three before or after a law cue in its clause, say the cue names
    /// a document shown as proof of address or identity ("a lease or a utility bill"): lower case.
    pub documents: WordSet,
    /// Services on paper: a law cue in a request for one is no law need ([`Vocabulary`] rows
    /// `context,…,service`).
    pub services: WordSet,
    /// Towns and counties of at least six letters (lower case), by their length in bytes, for
    /// reading a misspelt one ([`Vocabulary::misspelt_place`]): a word is compared only with
    /// the names a letter longer or shorter than it, or as long, whose [`byte_bits`] are near.
    spelled_places: Vec<Vec<SpelledPlace>>,
}

/// A town or county's name as [`Vocabulary::misspelt_place`] compares it.
#[derive(Debug, Clone)]
struct SpelledPlace {
    /// In lower case.
    name: Vec<u8>,
    /// Its [`byte_bits`].
    bits: u64,
    library: u16,
    strength: Strength,
}

/// The fewest letters a misspelt town or county may have ([`Vocabulary::misspelt_place`]), and
/// the bytes of the longest name looked for so (longer names are seldom misspelt alone).
const MISSPELT_MIN: usize = 6;
const MISSPELT_MAX: usize = 40;

/// The bytes a word has, one bit each (of a byte's low six bits): an edit adds at most one bit
/// and takes away at most one, so two words whose bits differ in more than two places are not
/// one edit apart.
fn byte_bits(w: &[u8]) -> u64 {
    w.iter().fold(0, |bits, &b| bits | 1 << (b & 63))
}

/// True when `a` and `b` differ by exactly one letter added, dropped or changed, or two
/// neighbours swapped.
fn one_edit_apart(a: &[u8], b: &[u8]) -> bool {
    if a == b {
        return false;
    }
    let prefix = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let (a, b) = (&a[prefix..], &b[prefix..]);
    let swapped = a.len() >= 2 && b.len() >= 2 && a[0] == b[1] && a[1] == b[0] && a[2..] == b[2..];
    match a.len().cmp(&b.len()) {
        std::cmp::Ordering::Equal => a[1..] == b[1..] || swapped,
        std::cmp::Ordering::Greater => a[1..] == *b,
        std::cmp::Ordering::Less => *a == b[1..],
    }
}

/// The marker of a written-out address found by the search ("jane at gmail dot com"); the
/// bracketed forms ("(at)", "[at]") are found by hand (a phrase holds no brackets).
const EMAIL_AT_MARKER: &str = " at ";

/// True for a phrase triage can look for: an ASCII letter, then letters, spaces, hyphens,
/// apostrophes (straight or curly) and dots. Each phrase starts a word, so the search looks only where a word
/// starts. A letter past the first may be accented ("depósito"), in lower case: the search
/// lower-cases ASCII only, and a non-ASCII character ends an ASCII word, so the phrase's first
/// word is the ASCII letters before it and the rest is matched byte for byte.
pub fn matchable(phrase: &str) -> bool {
    phrase
        .as_bytes()
        .first()
        .is_some_and(u8::is_ascii_alphabetic)
        && phrase.chars().all(|c| {
            c.is_ascii_alphabetic()
                || matches!(c, ' ' | '-' | '\'' | '\u{2019}' | '.')
                || !c.is_ascii() && c.is_alphabetic() && !c.is_uppercase()
        })
}

/// A name as patrons write it: as the directory has it, and without its apostrophes or dots
/// ("Prince Georges", "St Marys County", "St. Marys"), each form once.
fn written_forms(name: &str) -> Vec<String> {
    let chars: Vec<char> = name.chars().collect();
    let mut forms = vec![name.to_string()];
    for (apostrophes, dots) in [(true, false), (false, true), (true, true)] {
        // A dot goes only before a space or at the end: "St.Mary's" without it would join
        // two words.
        let form: String = (0..chars.len())
            .filter(|&i| match chars[i] {
                '\'' => !apostrophes,
                '.' => !dots || chars.get(i + 1).is_some_and(|c| *c != ' '),
                _ => true,
            })
            .map(|i| chars[i])
            .collect();
        if !forms.contains(&form) {
            forms.push(form);
        }
    }
    forms
}

/// Maryland's ZIP codes and their counties (data/zip_counties.csv).
const ZIP_COUNTIES_CSV: &str = include_str!("../../data/zip_counties.csv");

/// Each ZIP code with its county ("21044", "Howard County").
fn zip_counties() -> impl Iterator<Item = (&'static str, &'static str)> {
    ZIP_COUNTIES_CSV
        .lines()
        .filter(|l| l.as_bytes().first().is_some_and(u8::is_ascii_digit))
        .filter_map(|l| l.split_once(','))
}

/// `phrase` with its accents taken off, as patrons often type it ("depósito" → "deposito"), or
/// `None` when it has none.
fn without_accents(phrase: &str) -> Option<String> {
    (!phrase.is_ascii()).then(|| {
        phrase
            .chars()
            .map(|c| match c {
                'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' => 'a',
                'ç' => 'c',
                'è' | 'é' | 'ê' | 'ë' => 'e',
                'ì' | 'í' | 'î' | 'ï' => 'i',
                'ñ' => 'n',
                'ò' | 'ó' | 'ô' | 'õ' | 'ö' => 'o',
                'ù' | 'ú' | 'û' | 'ü' => 'u',
                'ý' | 'ÿ' => 'y',
                c => c,
            })
            .collect()
    })
}

/// `phrase` without its apostrophes, unless it has none or a contraction would become another
/// word ("we're in" is not "were in", nor "I'll" "ill").
fn without_apostrophes(phrase: &str) -> Option<String> {
    const OTHER_WORDS: [&str; 7] = ["were", "well", "ill", "shell", "hell", "wed", "id"];
    if !phrase.contains('\'') {
        return None;
    }
    // Only a word that had an apostrophe can become another: "can't see well" keeps its "well".
    let other = phrase.split(' ').filter(|w| w.contains('\'')).any(|w| {
        let bare = w.replace('\'', "");
        OTHER_WORDS.iter().any(|o| bare.eq_ignore_ascii_case(o))
    });
    (!other).then(|| phrase.replace('\'', ""))
}

/// What a student or teacher says right before a college's name: said of a name that is also a
/// town's ("Towson"), it names the college. The forms that start with "I" come whole, since a
/// context phrase starting there ("I'm a student at") would hide a phrase starting inside it.
const STUDIES_AT: [&str; 28] = [
    "student at",
    "students at",
    "online through",
    "online thru",
    "degree at",
    "degree through",
    "degree thru",
    "program at",
    "I'm a student at",
    "im a student at",
    "I am a student at",
    "classes at",
    "class at",
    "courses at",
    "enrolled at",
    "I'm enrolled at",
    "I am enrolled at",
    "I study at",
    "studying at",
    "faculty at",
    "I teach at",
    "teaching at",
    "professor at",
    "I'm a professor at",
    "I attend",
    "we attend",
    "attending",
    "I'm attending",
];

/// A school's kind after a town's name: a student there is no college's.
const SCHOOLS: [&str; 4] = ["high", "middle", "elementary", "academy"];

/// What a student says before "student" of a college's name: the name without a last word
/// that says it is a college ("Towson University" → "Towson"), or as it is ("UMBC"); none of a
/// library's name ("Cook Library": a cook student is no student of it).
fn college_stem(name: &str) -> Option<&str> {
    let name = name.trim();
    let (stem, last) = name.rsplit_once(' ').unwrap_or(("", name));
    let is = |w: &str| last.eq_ignore_ascii_case(w);
    if is("library") {
        None
    } else if !stem.is_empty() && (is("university") || is("college") || is("u")) {
        Some(stem)
    } else {
        Some(name)
    }
}

impl Vocabulary {
    /// The embedded vocabulary with `directory`'s libraries.
    /// A short name (`short`) of a library `directory` does not have (one's own directory may
    /// list only some) is no library's name.
    pub fn new(directory: &Directory) -> Vocabulary {
        Vocabulary::parse(
            "(embedded vocabulary)",
            DEFAULT_VOCABULARY_CSV,
            directory,
            false,
        )
        .expect("the embedded vocabulary is valid")
    }

    /// A vocabulary file (the columns of `data/vocabulary.csv`) with `directory`'s libraries: a
    /// short name of a library the directory does not have is an error.
    pub fn from_csv(source: &str, csv_text: &str, directory: &Directory) -> Result<Vocabulary> {
        Vocabulary::parse(source, csv_text, directory, true)
    }

    /// `strict`: a short name of a library the directory lacks is an error, else it is left out.
    fn parse(
        source: &str,
        csv_text: &str,
        directory: &Directory,
        strict: bool,
    ) -> Result<Vocabulary> {
        let mut phrases = Phrases::default();
        let mut index: HashMap<String, usize> = HashMap::new();
        let mut add = |phrase: &str, meaning: Meaning, flags: Flags| {
            let Flags {
                prefix,
                exact,
                weak,
                name,
                line_start,
            } = flags;
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
            let i = match index.get(&key) {
                Some(&i) => i,
                None => {
                    let bytes = phrase.as_bytes();
                    let text = if exact {
                        phrase.to_string()
                    } else {
                        key.clone()
                    };
                    phrases.texts.push(text);
                    phrases.patterns.push(Pattern {
                        meanings: Vec::new(),
                        len: bytes.len(),
                        prefix,
                        exact: exact.then(|| phrase.to_string()),
                        check_end: is_word(bytes[bytes.len() - 1]),
                        weak,
                        name,
                        line_start,
                        ends_at: bytes.len() > 3
                            && bytes[bytes.len() - 3] == b' '
                            && is_at(&bytes[bytes.len() - 2..]),
                    });
                    index.insert(key, phrases.texts.len() - 1);
                    phrases.texts.len() - 1
                }
            };
            let p = &mut phrases.patterns[i];
            p.prefix |= prefix;
            p.weak |= weak;
            p.name |= name;
            p.line_start |= line_start;
            if !p.meanings.contains(&meaning) {
                p.meanings.push(meaning);
            }
        };
        let mut broken = Vec::new();
        let mut asks = Vec::new();
        let mut service_domains = Vec::new();
        let mut tlds = Vec::new();
        let mut title_before = Vec::new();
        let mut topic_before = Vec::new();
        let mut title_after = Vec::new();
        let mut title_around = Vec::new();
        let mut greetings = Vec::new();
        let mut persons = Vec::new();
        let mut not_the_chat = Vec::new();
        let mut documents = Vec::new();
        let mut services = Vec::new();
        let mut rdr = csv::ReaderBuilder::new()
            .comment(Some(b'#'))
            .flexible(true)
            .from_reader(csv_text.as_bytes());
        // Each searched phrase by its lower case: the search finds one pattern per spelling
        // ignoring case, so an exact phrase cannot share it with another spelling.
        let mut spellings: HashMap<String, (String, bool, u64)> = HashMap::new();
        for (n, rec) in rdr.records().enumerate() {
            let rec = rec.map_err(|e| anyhow!("{source}: {}", crate::io::csv_problem(&e)))?;
            let at = || {
                format!(
                    "{source}: line {}",
                    rec.position().map_or(n as u64 + 2, |p| p.line())
                )
            };
            if n == MAX_ENTRIES {
                bail!(
                    "{}: more than {MAX_ENTRIES} entries; the vocabulary of data/vocabulary.csv has some two thousand (is this the right file?)",
                    at()
                );
            }
            let kind = rec.get(0).unwrap_or("").trim();
            let phrase = rec.get(1).unwrap_or("").trim();
            let value = rec.get(2).unwrap_or("").trim();
            let flags = rec.get(3).unwrap_or("");
            if phrase.len() > MAX_PHRASE {
                bail!(
                    "{}: a phrase of {} bytes; a phrase may have at most {MAX_PHRASE}",
                    at(),
                    phrase.len()
                );
            }
            let flags = Flags {
                prefix: flags.contains("prefix"),
                exact: flags.contains("exact"),
                weak: flags.contains("weak"),
                name: flags.contains("name"),
                line_start: flags.contains("line-start"),
            };
            if phrase.is_empty() {
                bail!("{}: no phrase", at());
            }
            let searched = match kind {
                "service-domain" | "tld" | "context" | "asks" => false,
                "quality" => value != "broken",
                _ => true,
            };
            if searched {
                let line = rec.position().map_or(n as u64 + 2, |p| p.line());
                match spellings.get(&phrase.to_ascii_lowercase()) {
                    Some((other, other_exact, other_line))
                        if other != phrase && (flags.exact || *other_exact) =>
                    {
                        bail!(
                            "{}: {phrase:?} and {other:?} (line {other_line}) differ only in case and one is exact: the search finds one of them only (write the phrase once, without exact, to match it in any case)",
                            at()
                        );
                    }
                    Some(_) => {}
                    None => {
                        spellings.insert(
                            phrase.to_ascii_lowercase(),
                            (phrase.to_string(), flags.exact, line),
                        );
                    }
                }
            }
            // A title-around context is two phrases joined by |.
            let well_formed = if kind == "context" && value == "title-around" {
                phrase.split('|').all(|p| matchable(p.trim()))
            } else {
                matchable(phrase)
            };
            if !matches!(kind, "service-domain" | "tld") && !well_formed {
                bail!(
                    "{}: {phrase:?}: a phrase starts with an ASCII letter and holds only letters (accented ones in lower case), spaces, hyphens, apostrophes and dots",
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
                "asks" => {
                    // Read in a few lines of each chat only, by a small automaton of its own.
                    asks.push(phrase.to_string());
                    continue;
                }
                "lookalike" => Meaning::Lookalike(if value.is_empty() {
                    None
                } else {
                    Some(
                        parse_subject(value)
                            .ok_or_else(|| anyhow!("{}: lookalike subject {value:?}", at()))?,
                    )
                }),
                "mine" if value == "after" => Meaning::Cue(Cue::MineAfter),
                "mine" if value == "lives-there" => Meaning::Cue(Cue::LivesThere),
                "mine" if value == "correction" => Meaning::Cue(Cue::Corrects),
                "notmine" if value == "college" => Meaning::Cue(Cue::NotMineCollege),
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
                "person" => {
                    persons.push(phrase.to_ascii_lowercase());
                    Meaning::Cue(Cue::Person)
                }
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
                        if strict {
                            bail!("{}: short name of {value:?}: no such library", at());
                        }
                        continue;
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
                        "topic-before" => topic_before
                            .push(lower.split_whitespace().map(str::to_string).collect()),
                        "title-after" => title_after.push(lower),
                        "title-around" => {
                            let words = |s: &str| -> Vec<String> {
                                s.split_whitespace().map(str::to_string).collect()
                            };
                            match lower.split_once('|') {
                                Some((b, a))
                                    if !a.contains('|')
                                        && !words(b).is_empty()
                                        && !words(a).is_empty() =>
                                {
                                    title_around.push((words(b), words(a)))
                                }
                                _ => bail!(
                                    "{}: a title-around context is the words before and after, \
                                     both given, joined by |: {phrase:?}",
                                    at()
                                ),
                            }
                        }
                        "greeting" => greetings.push(lower),
                        "not-the-chat" => not_the_chat.push(lower),
                        "document" => documents.push(lower),
                        "service" => services.push(lower),
                        _ => bail!(
                            "{}: context {value:?} (expected title-before, topic-before, \
                             title-after, title-around, greeting, not-the-chat, document or \
                             service)",
                            at()
                        ),
                    }
                    continue;
                }
                other => bail!("{}: unknown kind {other:?}", at()),
            };
            // Patrons leave out accents ("deposito") and apostrophes ("didnt", "im in", "dont
            // live in Maryland"), and phones and word processors type a curly one ("can’t").
            let plain = without_accents(phrase);
            for p in std::iter::once(phrase).chain(plain.as_deref()) {
                add(p, meaning, flags);
                if let Some(bare) = without_apostrophes(p) {
                    add(&bare, meaning, flags);
                }
                if p.contains('\'') {
                    add(&p.replace('\'', "\u{2019}"), meaning, flags);
                }
            }
        }
        add(EMAIL_AT_MARKER, Meaning::EmailAt, Flags::NONE);
        let mut library_ids = Vec::new();
        let mut library_names = Vec::new();
        let mut library_kinds = Vec::new();
        let mut spelled_places = Vec::new();
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
                // A county in Spanish too: "condado de Howard".
                let spanish = name
                    .len()
                    .checked_sub(" county".len())
                    .filter(|&n| name.is_char_boundary(n))
                    .filter(|&n| name[n..].eq_ignore_ascii_case(" county"))
                    .map(|n| format!("condado de {}", &name[..n]));
                // Names with other characters ("Pratt/SLRC") are not looked for in text.
                for n in std::iter::once(name).chain(&spanish) {
                    for form in written_forms(n).iter().filter(|f| matchable(f)) {
                        add(form, Meaning::Library(i, strength), Flags::NONE);
                    }
                }
            }
            // "a Towson student", "UMBC students": a college's name before "student" names the
            // college, not a town of the same name (rules.md §5: a college is the patron's own).
            if lib.kind == Kind::Academic {
                for name in [&lib.name, &lib.institution]
                    .into_iter()
                    .chain(&lib.aliases)
                {
                    for form in college_stem(name).map(written_forms).unwrap_or_default() {
                        let after = [" student", " students"].map(|s| form.clone() + s);
                        // "a student at Towson", "I take classes at Towson": the same.
                        let before = STUDIES_AT.map(|s| format!("{s} {form}"));
                        for phrase in after.iter().chain(&before) {
                            if matchable(phrase) {
                                add(phrase, Meaning::Library(i, Strength::Enrolled), Flags::NONE);
                            }
                        }
                        // "a student at Towson High" is at a school of the town, not the college.
                        for phrase in before
                            .iter()
                            .flat_map(|b| SCHOOLS.map(|school| format!("{b} {school}")))
                        {
                            if matchable(&phrase) {
                                add(&phrase, Meaning::Lookalike(None), Flags::NONE);
                            }
                        }
                    }
                }
            }
            for (name, strength) in lib
                .towns
                .iter()
                .map(|t| (t, Strength::Town))
                .chain(lib.aliases.iter().map(|a| (a, Strength::County)))
            {
                let lower = name.to_ascii_lowercase();
                // Every town, and the aliases that are counties ("Montgomery County").
                let keep = strength == Strength::Town || lower.ends_with(" county");
                let letters = lower.bytes().filter(u8::is_ascii_alphabetic).count();
                let plain = lower.bytes().all(|b| b.is_ascii_lowercase() || b == b' ');
                if keep && plain && letters >= MISSPELT_MIN && lower.len() < MISSPELT_MAX {
                    if spelled_places.len() <= lower.len() {
                        spelled_places.resize_with(lower.len() + 1, Vec::new);
                    }
                    spelled_places[lower.len()].push(SpelledPlace {
                        bits: byte_bits(lower.as_bytes()),
                        name: lower.into_bytes(),
                        library: i,
                        strength,
                    });
                }
            }
            for town in &lib.towns {
                for form in written_forms(town).iter().filter(|f| matchable(f)) {
                    add(form, Meaning::Library(i, Strength::Town), Flags::NONE);
                }
            }
        }
        // A ZIP code is its county's public library's, as weak as a county's name alone: it
        // counts only when said as the patron's own ("we live in 21044", "my zip is 21044").
        for (zip, county) in zip_counties() {
            let public = directory
                .libraries
                .iter()
                .position(|l| l.kind == Kind::Public && l.county.eq_ignore_ascii_case(county));
            if let Some(i) = public.and_then(|i| u16::try_from(i).ok()) {
                add(zip, Meaning::Library(i, Strength::Short), Flags::NONE);
            }
        }
        keep_shadowed_cues(&mut phrases);
        keep_place_cues_under_cues(&mut phrases);
        keep_cues_inside_context(&mut phrases);
        keep_cues_past_cues(&mut phrases);
        let index = PhraseIndex::new(&phrases).map_err(|e| anyhow!("{source}: {e}"))?;
        // Searched for in lower case: a case-sensitive automaton can use its vector prefilter,
        // which one that ignores case cannot.
        let broken_ac = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .build(broken.iter().map(|p| p.to_ascii_lowercase()))
            .map_err(|e| anyhow!("{source}: {e}"))?;
        let asks = AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .kind(Some(aho_corasick::AhoCorasickKind::DFA))
            .build(&asks)
            .map_err(|e| anyhow!("{source}: {e}"))?;
        Ok(Vocabulary {
            phrases: index,
            broken: broken_ac,
            asks,
            #[cfg(test)]
            broken_phrases: broken,
            patterns: phrases.patterns,
            service_domains,
            tlds,
            library_ids,
            library_names,
            library_kinds,
            title_before,
            topic_before,
            title_after,
            title_around,
            greetings,
            persons,
            not_the_chat,
            documents: WordSet::new(documents),
            services: WordSet::new(services),
            spelled_places,
        })
    }

    /// The library whose town or county `words` (lower case) is one letter away from (a letter
    /// more, less or changed, or two side by side swapped: "germantwon", "catonsvile"), when
    /// exactly one library's is; never for fewer than [`MISSPELT_MIN`] letters, where a word of
    /// the language is as near ("fear" is not "Fears").
    pub fn misspelt_place(&self, words: &[u8]) -> Option<(u16, Strength)> {
        if words.iter().filter(|b| b.is_ascii_alphabetic()).count() < MISSPELT_MIN {
            return None;
        }
        let mut found: Option<(u16, Strength)> = None;
        // The lists of names a byte shorter, as long and a byte longer, as far as there are any.
        let end = (words.len() + 2).min(self.spelled_places.len());
        let near = &self.spelled_places[words.len().saturating_sub(1).min(end)..end];
        let bits = byte_bits(words);
        for place in near.iter().flatten() {
            if (bits ^ place.bits).count_ones() <= 2 && one_edit_apart(&place.name, words) {
                match found {
                    Some((l, _)) if l != place.library => return None,
                    _ => found = Some((place.library, place.strength)),
                }
            }
        }
        found
    }

    /// Calls `found` for each phrase in `text`, left to right, on word boundaries. At each place
    /// the longest phrase there decides: when it is not a whole word ("court" in "courtyard") or
    /// not in its exact case, nothing starts there; a hit hides the phrases that start inside it.
    pub fn scan(&self, text: &str, mut found: impl FnMut(Hit)) {
        let mut pos = 0;
        self.scan_span(text.as_bytes(), 0..text.len(), &mut pos, &mut found);
    }

    /// [`Vocabulary::scan`] of the words within `span` of `hay` (a span that starts and ends
    /// between words); `pos` is where the next hit may start, carried from the words before.
    pub fn scan_span(
        &self,
        hay: &[u8],
        span: std::ops::Range<usize>,
        pos: &mut usize,
        found: &mut impl FnMut(Hit),
    ) {
        // The word in lower case, zero after it (for the hash).
        let mut word = [0u8; MAX_WORD + 8];
        let mut i = span.start;
        while i < span.end {
            if LOWER_WORD[hay[i] as usize] == 0 {
                i += 1;
                continue;
            }
            let start = i;
            let mut n = 0;
            while let Some(&c) = hay.get(i).map(|&b| &LOWER_WORD[b as usize]) {
                if c == 0 {
                    break;
                }
                if n < MAX_WORD {
                    word[n] = c;
                }
                n += 1;
                i += 1;
            }
            let kept = n.min(MAX_WORD);
            word[kept..kept + 8].fill(0);
            let group = (n <= MAX_WORD)
                .then(|| self.phrases.group_of(hash_padded(&word, kept)))
                .flatten();
            self.word(hay, start, i, group, pos, found);
        }
    }

    /// One word of the search, `hay[start..end]` (a run of word bytes): `group` the phrases
    /// that start with it ([`Vocabulary::first_words`]); `pos` is where the next hit may start.
    /// [`super::lexicon::Lexicon::read`], which splits the text into words already, makes this
    /// decision from its word table and calls [`Vocabulary::search_word`] itself.
    #[inline(always)]
    pub fn word(
        &self,
        hay: &[u8],
        start: usize,
        end: usize,
        group: Option<u32>,
        pos: &mut usize,
        found: &mut impl FnMut(Hit),
    ) {
        // Most words start no phrase, no stem and no " at ": settled in the caller's loop,
        // without a call.
        let w = &hay[start..end];
        if group.is_some() || self.may_start_with_stem(w) || is_at(w) {
            self.search_word(hay, start, end, group, pos, found);
        }
    }

    /// False when no one-word phrase that may start a longer word ("evict") begins `word`: a
    /// word that is no phrase's first word and is not "at" needs no search then.
    #[inline]
    pub fn may_start_with_stem(&self, word: &[u8]) -> bool {
        self.phrases.may_start_with_stem(word)
    }

    /// [`Vocabulary::word`] for a word that may start a phrase.
    #[inline(never)]
    pub fn search_word(
        &self,
        hay: &[u8],
        start: usize,
        end: usize,
        group: Option<u32>,
        pos: &mut usize,
        found: &mut impl FnMut(Hit),
    ) {
        // " at " (a written-out e-mail address) starts at the space, so it comes first.
        if is_at(&hay[start..end])
            && start > *pos
            && hay[start - 1] == b' '
            && hay.get(end) == Some(&b' ')
        {
            found(Hit {
                start: start - 1,
                end: end + 1,
                pattern: self.phrases.at_marker,
            });
            *pos = end + 1;
            return;
        }
        if start < *pos || group.is_none() && !self.phrases.may_start_with_stem(&hay[start..end]) {
            return;
        }
        let Some(id) = self.phrases.longest(hay, start, end - start, group) else {
            return;
        };
        let p = &self.patterns[id as usize];
        let end = start + p.len;
        let ok = (p.prefix || !p.check_end || end == hay.len() || !is_word(hay[end]))
            && p.exact
                .as_ref()
                .is_none_or(|e| e.as_bytes() == &hay[start..end]);
        if ok {
            // A prefix phrase's hit is the whole word ("evict" → "eviction").
            let mut end = end;
            if p.prefix {
                while end < hay.len() && is_word(hay[end]) {
                    end += 1;
                }
            }
            found(Hit {
                start,
                end,
                pattern: id,
            });
            *pos = end;
            if p.ends_at && hay.get(end) == Some(&b' ') {
                found(Hit {
                    start: end - 3,
                    end: end + 1,
                    pattern: self.phrases.at_marker,
                });
                *pos = end + 1;
            }
        } else {
            *pos = start + 1;
        }
    }

    /// Each word that starts a phrase (lower case), with the group of those phrases (for
    /// [`Vocabulary::word`]).
    pub fn first_words(&self) -> impl Iterator<Item = (u32, &[u8])> + '_ {
        (0u32..)
            .zip(&self.phrases.groups)
            .map(|(g, group)| (g, &*group.word))
    }

    /// What lets a reader skip group `g` ([`Vocabulary::first_words`]) without looking at its
    /// phrases: the [`next_bit`]s of the two bytes after the first word in its phrases that go
    /// on, and whether any is no longer than the word and a byte (always compared).
    pub fn group_filter(&self, g: u32) -> (u16, bool) {
        let group = &self.phrases.groups[g as usize];
        (group.next_bits, group.short < group.candidates.end)
    }

    /// The phrases of a broken session in `text` (a system line).
    pub fn broken_session<'t>(&self, text: &'t str, mut found: impl FnMut(&'t str)) {
        // ASCII lower case keeps every byte where it is: a match in the copy is one in `text`.
        let mut short = [0u8; 256];
        let long;
        let lower = if text.len() <= short.len() {
            let lower = &mut short[..text.len()];
            lower.copy_from_slice(text.as_bytes());
            lower.make_ascii_lowercase();
            &*lower
        } else {
            long = text.to_ascii_lowercase();
            long.as_bytes()
        };
        for m in self.broken.find_iter(lower) {
            found(&text[m.start()..m.end()]);
        }
    }

    /// True when `line` (a librarian's question) asks where the patron lives or which library is
    /// theirs: a phrase of kind `asks` starting and ending at word boundaries.
    pub fn asks_where(&self, line: &str) -> bool {
        let b = line.as_bytes();
        let word = |i: usize| b.get(i).is_some_and(|c| c.is_ascii_alphanumeric());
        self.asks
            .find_overlapping_iter(line)
            .any(|m| (m.start() == 0 || !word(m.start() - 1)) && !word(m.end()))
    }

    /// What a hit's phrase means (usually one thing; a name may mean several).
    pub fn meanings(&self, hit: Hit) -> &[Meaning] {
        &self.patterns[hit.pattern as usize].meanings
    }

    /// True when the hit is the " at " of a written-out address ("jane at gmail dot com").
    pub fn is_email_at(&self, hit: Hit) -> bool {
        hit.pattern == self.phrases.at_marker
    }

    /// True when the hit's phrase counts only beside a stronger cue of its kind.
    pub fn is_weak(&self, hit: Hit) -> bool {
        self.patterns[hit.pattern as usize].weak
    }

    /// True when the hit's phrase is also a personal name ("Sue").
    /// A cue only at the start of a line ("were in", [`Pattern::line_start`]).
    pub fn at_line_start_only(&self, hit: Hit) -> bool {
        self.patterns[hit.pattern as usize].line_start
    }

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

/// The longest word a phrase may start with; a longer word in a text starts no phrase.
pub(super) const MAX_WORD: usize = 48;

/// The phrases by their first word, for a search that looks only where a word starts: one hash
/// lookup per word of the text, where an automaton would take a table step per byte.
#[derive(Debug, Clone)]
struct PhraseIndex {
    /// Open addressing by the hash of a first word (0: an empty slot), to its group.
    keys: Vec<u64>,
    slots: Vec<u32>,
    mask: usize,
    groups: Vec<Group>,
    /// The phrases of every group by the two bytes after the first word ([`ANY_NEXT`] last),
    /// then longest first, then in the order they were added (the first phrase of a length wins,
    /// as in a leftmost-longest automaton).
    candidates: Vec<Candidate>,
    /// What follows the first word of each candidate, lower case, one after the other.
    rests: Vec<u8>,
    /// Each phrase in lower case (what the tests compare the search with).
    #[cfg(test)]
    lower: Vec<Box<[u8]>>,
    /// The first three letters of each one-word phrase that may start a longer word ("evict"),
    /// one bit each: only words that start so need their beginnings looked up.
    stem_starts: Box<[u64; 512]>,
    /// How many bits of `stem_starts` are set before each of its words: a set bit's rank, the
    /// index of its range in `stem_lists`.
    stem_rank: Box<[u16; 512]>,
    /// For each set bit of `stem_starts`, in order, the range of `stems` that may begin a word
    /// starting so.
    stem_lists: Vec<std::ops::Range<u32>>,
    /// The one-word phrases (a group's `alone`), longest first within each list: `(id, start,
    /// len)` of the word in `rests`.
    stems: Vec<(u32, u32, u32)>,
    /// The id of the " at " marker.
    at_marker: u32,
}

/// The phrases that start with one word.
#[derive(Debug, Clone)]
struct Group {
    /// The first word of the phrases, lower case.
    word: Box<[u8]>,
    candidates: std::ops::Range<u32>,
    /// Where the group's candidates of [`ANY_NEXT`] start.
    short: u32,
    /// The [`next_bit`]s of the candidates before `short`: those need a look only when the
    /// text's next two bytes have one of them.
    next_bits: u16,
    /// The phrase that is the word alone, if any.
    alone: Option<u32>,
}

/// A phrase of a group, with the two bytes that follow its first word: a phrase is compared
/// with the text only when those are the text's too.
#[derive(Debug, Clone, Copy)]
struct Candidate {
    next: u16,
    /// The phrase after its first word: `rests[rest..rest + rest_len]`.
    rest_len: u16,
    rest: u32,
    id: u32,
}

/// [`Candidate::next`] of a phrase at most one byte longer than its first word: always compared.
const ANY_NEXT: u16 = u16::MAX;

/// One of 16 bits for the two bytes after a word ([`next_pair`], or the text's two bytes as
/// they are): a group whose phrases have none of it in common with the text's is skipped. The
/// bit is of the bytes with bit 5 set, which is their lower case for letters and the same for
/// bytes that are equal: two bytes equal in lower case get the same bit, and a reader needs no
/// lower-casing to find it.
pub fn next_bit(pair: u16) -> u16 {
    1 << (((pair | 0x2020) as u32).wrapping_mul(0x9e37_79b1) >> 28)
}

/// Two bytes as one number, lower case.
pub fn next_pair(b: &[u8]) -> u16 {
    u16::from_le_bytes([b[0].to_ascii_lowercase(), b[1].to_ascii_lowercase()])
}

/// The bit of a word's first three bytes in [`PhraseIndex::stem_starts`]: five bits of each
/// (a letter's place in the alphabet, whatever its case; a digit shares a letter's bits, which
/// costs only a lookup).
fn stem_bit(w: &[u8]) -> usize {
    let b = |i: usize| w.get(i).map_or(0, |&b| b as usize & 0x1f);
    b(0) << 10 | b(1) << 5 | b(2)
}

/// The first word of a phrase (lower case already): its leading word bytes.
fn first_word(lower: &[u8]) -> &[u8] {
    let n = lower
        .iter()
        .position(|&b| !is_word(b))
        .unwrap_or(lower.len());
    &lower[..n]
}

impl PhraseIndex {
    fn new(phrases: &Phrases) -> Result<PhraseIndex> {
        let lower: Vec<Cow<'_, str>> = phrases.lower().collect();
        let at_marker = lower
            .iter()
            .position(|l| l == EMAIL_AT_MARKER)
            .ok_or_else(|| anyhow!("no e-mail marker"))? as u32;
        let mut by_word: HashMap<&[u8], Vec<u32>> = HashMap::new();
        let mut stem_starts = Box::new([0u64; 512]);
        for (id, l) in lower.iter().map(|l| l.as_bytes()).enumerate() {
            if id as u32 == at_marker {
                continue;
            }
            let w = first_word(l);
            if w.is_empty() || w.len() > MAX_WORD {
                bail!(
                    "{:?}: a phrase starts with a word of 1 to {MAX_WORD} letters",
                    phrases.texts[id]
                );
            }
            by_word.entry(w).or_default().push(id as u32);
            if phrases.patterns[id].prefix && w.len() == l.len() {
                // A stem shorter than three letters starts words with any next letters.
                let any = |i: usize| if w.len() > i { w[i]..=w[i] } else { 0..=31 };
                for (b, c) in any(1).flat_map(|b| any(2).map(move |c| (b, c))) {
                    let bit = stem_bit(&[w[0], b, c]);
                    stem_starts[bit / 64] |= 1 << (bit % 64);
                }
            }
        }
        let mut words: Vec<&[u8]> = by_word.keys().copied().collect();
        words.sort_unstable();
        let cap = (words.len() * 2 + 2).next_power_of_two();
        let mut keys = vec![0u64; cap];
        let mut slots = vec![0u32; cap];
        let mut groups = Vec::with_capacity(words.len());
        let mut candidates = Vec::with_capacity(lower.len());
        let mut rests = Vec::new();
        for w in words {
            let mut ids = by_word.remove(w).unwrap_or_default();
            let next = |id: u32| {
                let l = lower[id as usize].as_bytes();
                l.get(w.len()..w.len() + 2).map_or(ANY_NEXT, next_pair)
            };
            ids.sort_by_key(|&id| (next(id), std::cmp::Reverse(lower[id as usize].len()), id));
            let h = hash_word(w).max(1);
            let mut slot = h as usize & (cap - 1);
            while keys[slot] != 0 {
                if keys[slot] == h {
                    bail!(
                        "two words of the vocabulary hash alike: {:?}",
                        String::from_utf8_lossy(w)
                    );
                }
                slot = (slot + 1) & (cap - 1);
            }
            keys[slot] = h;
            slots[slot] = groups.len() as u32;
            let first = candidates.len() as u32;
            for &id in &ids {
                let rest = &lower[id as usize].as_bytes()[w.len()..];
                candidates.push(Candidate {
                    next: next(id),
                    rest_len: u16::try_from(rest.len())
                        .map_err(|_| anyhow!("a phrase of more than 65,535 bytes"))?,
                    rest: rests.len() as u32,
                    id,
                });
                rests.extend_from_slice(rest);
            }
            let short = first + ids.iter().filter(|&&id| next(id) != ANY_NEXT).count() as u32;
            groups.push(Group {
                word: w.into(),
                candidates: first..candidates.len() as u32,
                short,
                next_bits: candidates[first as usize..short as usize]
                    .iter()
                    .fold(0, |m, c| m | next_bit(c.next)),
                alone: ids
                    .iter()
                    .copied()
                    .find(|&id| lower[id as usize].len() == w.len()),
            });
        }
        // For each word start of a stem, the one-word phrases that may begin a word starting
        // so: those whose first three bytes have the bits of the start (fewer when shorter).
        let mut alone: Vec<(u32, &[u8])> = groups
            .iter()
            .filter_map(|g| Some((g.alone?, &*g.word)))
            .collect();
        alone.sort_by_key(|&(id, w)| (std::cmp::Reverse(w.len()), id));
        let (mut stem_rank, mut stem_lists, mut stems) =
            (Box::new([0u16; 512]), Vec::new(), Vec::new());
        for (i, &bits) in stem_starts.iter().enumerate() {
            stem_rank[i] = stem_lists.len() as u16;
            for k in (0..64).filter(|k| bits & 1 << k != 0) {
                let bit = i * 64 + k;
                let field = |j: usize| bit >> (10 - 5 * j) & 0x1f;
                let first = stems.len() as u32;
                for &(id, w) in &alone {
                    if w.iter()
                        .take(3)
                        .enumerate()
                        .all(|(j, &b)| b as usize & 0x1f == field(j))
                    {
                        stems.push((id, rests.len() as u32, w.len() as u32));
                        rests.extend_from_slice(w);
                    }
                }
                stem_lists.push(first..stems.len() as u32);
            }
        }
        Ok(PhraseIndex {
            keys,
            slots,
            mask: cap - 1,
            groups,
            candidates,
            rests,
            #[cfg(test)]
            lower: lower.iter().map(|l| l.as_bytes().into()).collect(),
            stem_starts,
            stem_rank,
            stem_lists,
            stems,
            at_marker,
        })
    }

    /// The group of the phrases starting with the word whose [`hash_word`] is `hash` (the word
    /// in lower case). The 64-bit hash is trusted,
    /// as the category model's is: the words of the vocabulary have distinct hashes (checked
    /// when it is built) and a text word sharing one is a chance of one in 10^16.
    #[inline]
    fn group_of(&self, hash: u64) -> Option<u32> {
        let h = hash.max(1);
        let mut slot = h as usize & self.mask;
        loop {
            match self.keys[slot] {
                0 => return None,
                k if k == h => return Some(self.slots[slot]),
                _ => slot = (slot + 1) & self.mask,
            }
        }
    }

    /// False when no one-word phrase that may start a longer word ("evict") begins `word`.
    #[inline]
    fn may_start_with_stem(&self, word: &[u8]) -> bool {
        let bit = stem_bit(word);
        self.stem_starts[bit / 64] & (1 << (bit % 64)) != 0
    }

    /// The one-word phrases that may begin `word` (longest first), if a stem may.
    #[inline]
    fn stems_of(&self, word: &[u8]) -> Option<&[(u32, u32, u32)]> {
        let bit = stem_bit(word);
        let bits = self.stem_starts[bit / 64];
        if bits & (1 << (bit % 64)) == 0 {
            return None;
        }
        let rank = self.stem_rank[bit / 64] as usize
            + (bits & ((1 << (bit % 64)) - 1)).count_ones() as usize;
        let list = &self.stem_lists[rank];
        Some(&self.stems[list.start as usize..list.end as usize])
    }

    /// The longest phrase whose bytes are in `hay` at `start`, a word of `len` bytes (`group`:
    /// the phrases that start with the word), ASCII case ignored; boundaries and case are not
    /// checked here.
    #[inline(always)]
    fn longest(&self, hay: &[u8], start: usize, len: usize, group: Option<u32>) -> Option<u32> {
        // A phrase starting with the whole word.
        if len <= MAX_WORD {
            if let Some(g) = group.map(|g| &self.groups[g as usize]) {
                let after = start + len;
                let matches = |c: &&Candidate| {
                    let rest = &self.rests[c.rest as usize..][..c.rest_len as usize];
                    hay.get(after..after + rest.len())
                        .is_some_and(|t| eq_lower(t, rest))
                };
                // The phrases that go on as the text does, then those no longer than the word
                // and a byte: the longest that matches is the first.
                let (long, short) = self.candidates
                    [g.candidates.start as usize..g.candidates.end as usize]
                    .split_at((g.short - g.candidates.start) as usize);
                if let Some(next) = hay
                    .get(after..after + 2)
                    .map(next_pair)
                    .filter(|&n| g.next_bits & next_bit(n) != 0)
                {
                    let from = long.partition_point(|c| c.next < next);
                    if let Some(c) = long[from..]
                        .iter()
                        .take_while(|c| c.next == next)
                        .find(matches)
                    {
                        return Some(c.id);
                    }
                }
                if let Some(c) = short.iter().find(matches) {
                    return Some(c.id);
                }
            }
        }
        // Else a one-word phrase that is the word's beginning: the longest one, whose hit counts
        // only when it may start a longer word.
        let word = &hay[start..start + len.min(MAX_WORD)];
        self.stems_of(word)?.iter().find_map(|&(id, at, n)| {
            let stem = &self.rests[at as usize..][..n as usize];
            word.get(..n as usize)
                .is_some_and(|w| eq_lower(w, stem))
                .then_some(id)
        })
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

/// "at" in any case: a written-out e-mail address's " at " is looked for at it.
#[inline]
pub fn is_at(w: &[u8]) -> bool {
    w.len() == 2 && w.eq_ignore_ascii_case(b"at")
}

/// A byte that continues a word: ASCII letters and digits. Other bytes (spaces, punctuation,
/// and the bytes of non-ASCII characters) end one.
pub fn is_word(b: u8) -> bool {
    b.is_ascii_alphanumeric()
}

/// True when `t` in ASCII lower case is `lower` (lower case already), eight bytes at a time.
fn eq_lower(t: &[u8], lower: &[u8]) -> bool {
    if t.len() != lower.len() {
        return false;
    }
    let word = |c: &[u8]| u64::from_le_bytes(c.try_into().unwrap_or([0; 8]));
    let (mut a, mut b) = (t.chunks_exact(8), lower.chunks_exact(8));
    (&mut a)
        .zip(&mut b)
        .all(|(x, y)| lower8(word(x)) == word(y))
        && a.remainder()
            .iter()
            .zip(b.remainder())
            .all(|(x, y)| x.to_ascii_lowercase() == *y)
}

/// Eight bytes with their ASCII capitals lower-cased (setting bit 5 of each byte in 'A'..='Z').
fn lower8(x: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    // The low seven bits of each byte plus a constant: the top bit then says ">= 'A'" and
    // "> 'Z'", without a carry into the next byte.
    let low = x & (0x7f * ONES);
    let from_a = low + (0x80 - b'A' as u64) * ONES;
    let past_z = low + (0x80 - b'Z' as u64 - 1) * ONES;
    let capital = from_a & !past_z & !x & (0x80 * ONES);
    x | capital >> 2
}

/// Each byte lower-cased when it continues a word ([`is_word`]), else 0: one load per byte of the
/// search.
static LOWER_WORD: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        if (b as u8).is_ascii_alphanumeric() {
            t[b] = (b as u8).to_ascii_lowercase();
        }
        b += 1;
    }
    t
};

#[cfg(test)]
mod tests {
    use super::*;

    fn vocab() -> Vocabulary {
        Vocabulary::new(&Directory::default_directory())
    }

    /// A file of more entries than a vocabulary may hold is refused at the first one too many.
    #[test]
    fn a_vocabulary_of_too_many_entries_is_refused_by_line() {
        let mut csv = String::from("kind,phrase,value,flags\n");
        for _ in 0..=MAX_ENTRIES {
            csv.push_str("category,scholarly,research,\n");
        }
        let err = Vocabulary::from_csv("big.csv", &csv, &Directory::default_directory())
            .unwrap_err()
            .to_string();
        let line = MAX_ENTRIES + 2;
        assert!(
            err.starts_with(&format!(
                "big.csv: line {line}: more than {MAX_ENTRIES} entries"
            )),
            "{err}"
        );
    }

    /// A phrase longer than any a vocabulary needs is refused by its line, before the search
    /// is built.
    #[test]
    fn a_phrase_too_long_is_refused_by_line() {
        let long = vec!["old"; 100].join(" ");
        let csv = format!("kind,phrase,value,flags\ntopic,old,,\nsubject,{long},law,\n");
        let err = Vocabulary::from_csv("v.csv", &csv, &Directory::default_directory())
            .unwrap_err()
            .to_string();
        assert_eq!(
            err,
            "v.csv: line 3: a phrase of 399 bytes; a phrase may have at most 256"
        );
        let longest = DEFAULT_VOCABULARY_CSV
            .lines()
            .filter(|l| !l.starts_with('#'))
            .filter_map(|l| l.split(',').nth(1))
            .map(str::len)
            .max()
            .unwrap();
        assert!(longest <= MAX_PHRASE / 4, "{longest}");
    }

    #[test]
    fn an_exact_phrase_and_another_spelling_of_it_are_refused() {
        let dir = Directory::default_directory();
        let csv = "kind,phrase,value,flags\noutside,VA,,exact\noutside,va,,exact\n";
        let err = Vocabulary::from_csv("v.csv", csv, &dir)
            .unwrap_err()
            .to_string();
        assert!(
            err.starts_with("v.csv: line 3: \"va\" and \"VA\" (line 2) differ only in case"),
            "{err}"
        );
        // The same phrase twice, or two spellings neither of them exact, are fine.
        for csv in [
            "kind,phrase,value,flags\noutside,VA,,exact\nsubject,VA,law,exact\n",
            "kind,phrase,value,flags\noutside,Va,,\noutside,va,,\n",
        ] {
            assert!(Vocabulary::from_csv("v.csv", csv, &dir).is_ok(), "{csv}");
        }
        // Lower- and upper-case state codes both found.
        let v = vocab();
        for text in ["bel air, ca", "Bel Air, CA"] {
            assert_eq!(phrases(&v, text), [&text[..7], &text[9..]], "{text}");
        }
    }

    fn phrases(v: &Vocabulary, text: &str) -> Vec<String> {
        let mut out = Vec::new();
        v.scan(text, |h| out.push(text[h.start..h.end].to_string()));
        out
    }

    /// The meanings of every phrase found in `text`.
    fn meanings_in(v: &Vocabulary, text: &str) -> Vec<Meaning> {
        let mut out = Vec::new();
        v.scan(text, |h| out.extend_from_slice(v.meanings(h)));
        out
    }

    #[test]
    fn a_longer_phrase_of_another_kind_keeps_the_cue_it_starts_with() {
        let v = vocab();
        for (text, want) in [
            (
                "a hearing at the District Court in Towson",
                Meaning::Subject(Subject::Law),
            ),
            ("it's a custody case", Meaning::Subject(Subject::Law)),
            ("old land records", Meaning::Subject(Subject::Specialist)),
            (
                "a paper on Annapolis",
                Meaning::Category(Category::Research),
            ),
        ] {
            let found = meanings_in(&v, text);
            assert!(found.contains(&want), "{text}: {found:?}");
        }
        // A look-alike is what it says it is.
        assert!(!meanings_in(&v, "a legal pad").contains(&Meaning::Subject(Subject::Law)));
    }

    #[test]
    fn names_as_patrons_write_them() {
        assert_eq!(
            written_forms("St. Mary's County"),
            [
                "St. Mary's County",
                "St. Marys County",
                "St Mary's County",
                "St Marys County"
            ]
        );
        assert_eq!(written_forms("Towson"), ["Towson"]);
        assert_eq!(
            without_apostrophes("messages didn't send").as_deref(),
            Some("messages didnt send")
        );
        assert_eq!(without_apostrophes("we're in"), None);
        for (a, b, want) in [
            ("germantown", "germantwon", true),
            ("catonsville", "catonsvile", true),
            ("hagerstown", "hagerstownn", true),
            ("laurel", "lourel", true),
            ("laurel", "laurel", false),
            ("laurel", "luarel", true),
            ("laurel", "lraeul", false),
            ("towson", "townsend", false),
            ("", "a", true),
        ] {
            assert_eq!(one_edit_apart(a.as_bytes(), b.as_bytes()), want, "{a} {b}");
            assert_eq!(one_edit_apart(b.as_bytes(), a.as_bytes()), want, "{b} {a}");
        }
        assert_eq!(
            without_apostrophes("can't see well").as_deref(),
            Some("cant see well")
        );
        assert_eq!(without_apostrophes("I'll be in"), None);
        assert_eq!(without_apostrophes("hours"), None);
        // A dot between words without a space would join them: that form is left out.
        assert_eq!(written_forms("St.Mary's"), ["St.Mary's", "St.Marys"]);
        assert_eq!(college_stem("Towson University"), Some("Towson"));
        assert_eq!(college_stem("Towson U"), Some("Towson"));
        assert_eq!(college_stem("UMBC"), Some("UMBC"));
        assert_eq!(college_stem("Albert S. Cook Library"), None);
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
    fn a_curly_apostrophe_is_an_apostrophe() {
        let v = vocab();
        assert_eq!(
            phrases(&v, "he can\u{2019}t hold a book"),
            ["can\u{2019}t hold a book"]
        );
        assert_eq!(phrases(&v, "he can't hold a book"), ["can't hold a book"]);
    }

    #[test]
    fn accented_phrases_are_found_as_written_and_without_their_accents() {
        let v = vocab();
        assert_eq!(
            phrases(&v, "mon propriétaire garde ma caution"),
            ["mon propriétaire"]
        );
        assert_eq!(
            phrases(&v, "MON PROPRIETAIRE garde ma caution"),
            ["MON PROPRIETAIRE"]
        );
        assert_eq!(
            phrases(&v, "el dueño no me devuelve el deposito"),
            ["no me devuelve el deposito"]
        );
        // An accented letter ends an ASCII word: "propriétaires" is no "propriétaire".
        assert!(phrases(&v, "les propriétairesé").is_empty());
        assert_eq!(
            without_accents("garde à vue, depósito"),
            Some("garde a vue, deposito".into())
        );
        assert_eq!(without_accents("deposito"), None);
        // The first letter is ASCII, the accented ones in lower case.
        assert!(matchable("depósito") && matchable("généalogie"));
        assert!(!matchable("árbol") && !matchable("DEPÓSITO") && !matchable("dep\"osito"));
        let csv = "kind,phrase,value,flags\nsubject,ÉTAT CIVIL,specialist,\n";
        let err = Vocabulary::from_csv("v.csv", csv, &Directory::default_directory())
            .err()
            .unwrap();
        assert!(err.to_string().contains("v.csv: line 2"), "{err}");
    }

    #[test]
    fn spanish_and_french_questions_carry_the_category_cues_english_ones_do() {
        let v = vocab();
        for (text, want) in [
            ("quiero renovar mis libros", Category::Circulation),
            ("necesito un préstamo interbibliotecario", Category::Access),
            ("no puedo descargar audiolibros", Category::Access),
            ("j'ai oublié mon mot de passe", Category::Access),
            ("cual es el horario del sabado", Category::Policy),
            (
                "je cherche des livres sur l'histoire du Maryland",
                Category::Research,
            ),
        ] {
            assert!(
                meanings_in(&v, text).contains(&Meaning::Category(want)),
                "{text}"
            );
        }
    }

    #[test]
    fn broken_sessions_are_found_as_an_automaton_ignoring_case_finds_them() {
        let v = vocab();
        let reference = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .ascii_case_insensitive(true)
            .build(&v.broken_phrases)
            .unwrap();
        let mut lines: Vec<String> = [
            "The patron's CONNECTION WAS LOST.",
            "Patron Reconnected; patron reconnecting… Chat Disconnected",
            "Guest has disconnected. Guest rejoined. Transfer failed",
            "nothing broken here, just a connection",
            "",
        ]
        .map(str::to_string)
        .to_vec();
        lines.push(format!("{} connection lost", "é".repeat(200)));
        for f in [
            "train/libchat.csv",
            "train/h3lp.csv",
            "train/questionpoint.json",
        ] {
            let path = concat!(env!("CARGO_MANIFEST_DIR"), "/").to_string() + f;
            lines.extend(
                std::fs::read_to_string(path)
                    .unwrap()
                    .lines()
                    .map(str::to_string),
            );
        }
        for line in &lines {
            let mut got = Vec::new();
            v.broken_session(line, |w| got.push(w));
            let want: Vec<&str> = reference
                .find_iter(line.as_str())
                .map(|m| &line[m.start()..m.end()])
                .collect();
            assert_eq!(got, want, "{line:?}");
        }
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

    /// The embedded vocabulary and a leftmost-longest automaton of its phrases, built once.
    fn vocab_and_automaton() -> &'static (Vocabulary, AhoCorasick) {
        static BOTH: std::sync::OnceLock<(Vocabulary, AhoCorasick)> = std::sync::OnceLock::new();
        BOTH.get_or_init(|| {
            let v = vocab();
            let ac = AhoCorasick::builder()
                .match_kind(MatchKind::LeftmostLongest)
                .ascii_case_insensitive(true)
                .build(v.phrases.lower.iter().map(|l| &l[..]))
                .unwrap();
            (v, ac)
        })
    }

    /// The search as the automaton over every byte does it, with the same checks: the reference
    /// the word-start search must agree with.
    fn reference_scan(text: &str) -> Vec<(usize, usize, u32)> {
        use aho_corasick::Input;
        let (v, ac) = vocab_and_automaton();
        let hay = text.as_bytes();
        let mut out = Vec::new();
        let mut pos = 0;
        while let Some(m) = ac.find(Input::new(hay).span(pos..hay.len())) {
            let p = &v.patterns[m.pattern().as_usize()];
            let ok = (!is_word(hay[m.start()]) || m.start() == 0 || !is_word(hay[m.start() - 1]))
                && (p.prefix || !p.check_end || m.end() == hay.len() || !is_word(hay[m.end()]))
                && p.exact
                    .as_ref()
                    .is_none_or(|e| e.as_bytes() == &hay[m.start()..m.end()]);
            if ok {
                let mut end = m.end();
                while p.prefix && end < hay.len() && is_word(hay[end]) {
                    end += 1;
                }
                out.push((m.start(), end, m.pattern().as_u32()));
                pos = end;
                // A phrase ending in "at" ("librarian at") ends at a written address's " at ".
                if p.ends_at && hay.get(end) == Some(&b' ') {
                    out.push((end - 3, end + 1, v.phrases.at_marker));
                    pos = end + 1;
                }
            } else {
                pos = m.start() + 1;
            }
        }
        out
    }

    fn word_scan(v: &Vocabulary, text: &str) -> Vec<(usize, usize, u32)> {
        let mut out = Vec::new();
        v.scan(text, |h| out.push((h.start, h.end, h.pattern)));
        out
    }

    #[test]
    fn word_start_search_agrees_with_an_automaton_on_traps() {
        let v = &vocab_and_automaton().0;
        for text in [
            "frederick douglasss and Frederick Douglass's house in frederick",
            "a courtyard, the court; COURTS. evictions evict",
            "jane at at gmail dot com, bob AT yahoo, at home, cat at",
            "I'm in VA and va, Va; the ILL desk, an ill man, still",
            "great-grandmother great grand great-grand",
            "Washington D.C.x and D.C. and dc",
            "People's Law Library; peoples law library",
            "visión de la ley; leyó; abogado",
            "el depósito, deposito; mon propriétaire, proprietaire, propriétaires; asesoríalegal",
            "my library card is from Howard County Library System",
            "mymy my, i'm i i live in Westminster",
            "\nat the law\nlaw\n at \n",
            "jane dot librarian at gmail dot com; the librarian at towson",
        ] {
            assert_eq!(word_scan(v, text), reference_scan(text), "{text:?}");
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(300))]
        #[test]
        fn word_start_search_agrees_with_an_automaton(
            parts in proptest::collection::vec((0usize..10_000, 0u8..12, proptest::prelude::any::<bool>()), 0..40)
        ) {
            let v = &vocab_and_automaton().0;
            // Texts of phrases (whole, cut short, run on), their words, case changes and the
            // bytes around them that a boundary check looks at.
            let mut text = String::new();
            for (pick, kind, upper) in parts {
                let l = &v.phrases.lower[pick % v.phrases.lower.len()];
                let phrase = String::from_utf8_lossy(l).into_owned();
                // Half of the phrase, cut where a character ends ("asesoría").
                let half = (0..=phrase.len() / 2).rev().find(|&n| phrase.is_char_boundary(n)).unwrap_or(0);
                let piece = match kind {
                    0 => phrase[..half].to_string(),
                    1 => format!("{phrase}s"),
                    2 => format!("x{phrase}"),
                    3 => " at ".to_string(),
                    4 => "é".to_string(),
                    5 => "'".to_string(),
                    6 => "-".to_string(),
                    7 => ".\n".to_string(),
                    8 => phrase.split(' ').next().unwrap_or("").to_string(),
                    _ => phrase,
                };
                text.push_str(&if upper { piece.to_ascii_uppercase() } else { piece });
                if kind % 3 == 0 {
                    text.push(' ');
                }
            }
            proptest::prop_assert_eq!(word_scan(v, &text), reference_scan(&text));
        }
    }

    #[test]
    fn the_longest_names_are_read_misspelt_too() {
        let v = &vocab_and_automaton().0;
        let longest = v
            .spelled_places
            .iter()
            .flatten()
            .map(|p| p.name.len())
            .max()
            .unwrap();
        let place = v
            .spelled_places
            .iter()
            .flatten()
            .find(|p| p.name.len() == longest)
            .unwrap();
        // A letter changed, and one more: a byte longer than any name.
        let mut changed = place.name.clone();
        changed[0] = if changed[0] == b'q' { b'x' } else { b'q' };
        let mut longer = place.name.clone();
        longer.push(b'e');
        for w in [changed, longer] {
            assert_eq!(
                v.misspelt_place(&w),
                Some((place.library, place.strength)),
                "{}",
                String::from_utf8_lossy(&w)
            );
        }
        assert_eq!(v.misspelt_place(&[b'a'; MISSPELT_MAX + 10]), None);
    }

    proptest::proptest! {
        #[test]
        fn a_misspelt_place_is_found_as_by_comparing_every_name(
            pick in 0usize..10_000,
            at in 0usize..40,
            edit in 0u8..4,
            letter in b'a'..=b'z',
        ) {
            let v = &vocab_and_automaton().0;
            let names: Vec<&Vec<u8>> = v.spelled_places.iter().flatten().map(|p| &p.name).collect();
            let mut w = names[pick % names.len()].clone();
            let at = at % w.len();
            match edit {
                0 => w[at] = letter,
                1 => w.insert(at, letter),
                2 => { w.remove(at); }
                _ => if at + 1 < w.len() { w.swap(at, at + 1) },
            }
            // Every name compared, without the bits.
            let mut expected: Option<(u16, Strength)> = None;
            for SpelledPlace { name, library: lib, strength, .. } in v.spelled_places.iter().flatten() {
                if w.iter().filter(|b| b.is_ascii_alphabetic()).count() >= MISSPELT_MIN
                    && one_edit_apart(name, &w)
                {
                    match expected {
                        Some((l, _)) if l != *lib => { expected = None; break; }
                        _ => expected = Some((*lib, *strength)),
                    }
                }
            }
            proptest::prop_assert_eq!(v.misspelt_place(&w), expected, "{}", String::from_utf8_lossy(&w));
        }

        #[test]
        fn next_bit_of_the_bytes_as_they_are_is_that_of_their_lower_case(a: u8, b: u8) {
            let raw = u16::from_le_bytes([a, b]);
            proptest::prop_assert_eq!(next_bit(raw), next_bit(next_pair(&[a, b])));
        }

        #[test]
        fn eight_bytes_lower_cased_as_each_byte_is(t in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..40)) {
            let lower = t.to_ascii_lowercase();
            proptest::prop_assert!(eq_lower(&t, &lower));
            for (i, c) in t.chunks_exact(8).enumerate() {
                let x = u64::from_le_bytes(c.try_into().unwrap());
                let want = u64::from_le_bytes(lower[8 * i..8 * i + 8].try_into().unwrap());
                proptest::prop_assert_eq!(lower8(x), want);
            }
            // One byte changed anywhere is found.
            for i in 0..lower.len() {
                let mut other = lower.clone();
                other[i] ^= 0x01;
                proptest::prop_assert!(!eq_lower(&t, &other));
            }
        }
    }

    #[test]
    fn every_byte_lower_cased_as_std_does() {
        for b in 0..=255u8 {
            let x = u64::from_le_bytes([b, b'A', b, b'z', b'@', b'[', b'`', b'{']);
            let want = u64::from_le_bytes(
                [b, b'A', b, b'z', b'@', b'[', b'`', b'{'].map(|c| c.to_ascii_lowercase()),
            );
            assert_eq!(lower8(x), want, "{b:#x}");
        }
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

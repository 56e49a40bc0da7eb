//! The category model: a multinomial logistic regression over the words and word pairs of the
//! conversation, tagged by who said them (`p:` the patron, `s:` the librarian), plus the
//! vocabulary's category cues (`v:research`, …). Trained by `aun train` on labelled chats; its
//! weights are a text file (`data/category_model.tsv`, embedded in the binary), one feature a
//! line, so a reader can see what it learned. Deterministic: the same chats give the same file.
//!
//! A chat's features are binary (present or not), scaled to unit length. The category is the one
//! with the highest score; its confidence is the softmax probability; its evidence, the words whose
//! weights pushed most towards it.

use super::Category;
use anyhow::{anyhow, bail, Result};
use std::fmt::Write as _;

pub const DEFAULT_MODEL_TSV: &str = include_str!("../../data/category_model.tsv");

/// The five categories in the order of the model's columns.
pub const CLASSES: [Category; 5] = [
    Category::Research,
    Category::Policy,
    Category::Circulation,
    Category::Access,
    Category::Other,
];

const MUL: u64 = 0x9e37_79b9_7f4a_7c15;

/// One step of the word hash: eight more bytes (or, last, the length).
#[inline]
fn mix(h: u64, x: u64) -> u64 {
    (h.rotate_left(29) ^ x).wrapping_mul(MUL)
}

/// The hash of one word (its bytes lower-cased already), eight bytes at a time, then its length
/// (last, so that a word read from the text can be hashed as its bytes come).
#[inline]
pub(super) fn hash_word(w: &[u8]) -> u64 {
    let mut h = MUL;
    let mut chunks = w.chunks_exact(8);
    for c in &mut chunks {
        h = mix(h, u64::from_le_bytes(c.try_into().unwrap_or([0; 8])));
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        h = mix(h, tail_bytes(w, w.len() - rest.len(), w.len()));
    }
    mix(h, w.len() as u64)
}

/// The bytes `b[s..end]`, fewer than eight, as a little-endian number (zero above them): one
/// load of the eight bytes that end at `end` where there are eight, not a copy into a padded
/// array read back as a number (a call to `memcpy`, which branches on the size, then a load that
/// waits for the copy's stores: for every word).
#[inline(always)]
pub(super) fn tail_bytes(b: &[u8], s: usize, end: usize) -> u64 {
    let k = end - s;
    match b.get(end.wrapping_sub(8)..end) {
        Some(eight) => {
            let x = u64::from_le_bytes(eight.try_into().unwrap_or([0; 8]));
            x.checked_shr(8 * (8 - k) as u32).unwrap_or(0)
        }
        None => b[s..end]
            .iter()
            .rev()
            .fold(0, |x, &c| x << 8 | u64::from(c)),
    }
}

/// [`hash_word`] of `b[start..end]` lower-cased, a run of ASCII letters and digits, read from
/// the text eight bytes at a time (setting bit 5 lower-cases a letter and leaves a digit).
#[inline(always)]
pub(super) fn hash_ascii_word(b: &[u8], start: usize, end: usize) -> u64 {
    const LOWER: u64 = 0x2020_2020_2020_2020;
    let eight = |s: usize| u64::from_le_bytes(b[s..s + 8].try_into().unwrap_or([0; 8]));
    let mut h = MUL;
    let mut s = start;
    while s + 8 <= end {
        h = mix(h, eight(s) | LOWER);
        s += 8;
    }
    let k = end - s;
    if k > 0 {
        let x = if s + 8 <= b.len() {
            eight(s)
        } else {
            tail_bytes(b, s, end)
        };
        h = mix(h, (x | LOWER) & (u64::MAX >> (8 * (8 - k))));
    }
    mix(h, (end - start) as u64)
}

/// Adds the next word's hash to a feature's running hash (the order counts).
#[inline]
pub(super) fn combine(h: u64, word: u64) -> u64 {
    (h.rotate_left(23) ^ word).wrapping_mul(0xff51_afd7_ed55_8ccd)
}

/// The final mixing of a feature's hash (the lookup table indexes by its low bits).
#[inline]
pub(super) fn finish(mut h: u64) -> u64 {
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    h ^ (h >> 33)
}

/// The hash of a feature's name, as the model file writes it (`p:renew`, `s:law librarian`):
/// its tag, then each of its words, so that the words of a text hash alike without the name
/// being written ([`for_each_feature`] hashes each word once, for the word and the pair).
pub fn feature_hash(name: &str) -> u64 {
    // Lower-cased on the stack when short (every name of a model is hashed as it loads).
    let mut short = [0u8; 64];
    let mut long = Vec::new();
    let lower = match short.get_mut(..name.len()) {
        Some(lower) => lower,
        None => {
            long.resize(name.len(), 0);
            &mut long[..]
        }
    };
    lower.copy_from_slice(name.as_bytes());
    lower.make_ascii_lowercase();
    let (tag, words) = match memchr::memchr(b':', lower) {
        Some(i) => lower.split_at(i + 1),
        None => (&[][..], &*lower),
    };
    finish(
        words
            .split(|&b| b == b' ')
            .fold(hash_word(tag), |h, w| combine(h, hash_word(w))),
    )
}

/// Who said a word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Speaker {
    Patron,
    Staff,
}

impl Speaker {
    pub(super) fn tag(self) -> &'static [u8] {
        match self {
            Speaker::Patron => b"p:",
            Speaker::Staff => b"s:",
        }
    }
}

/// What each byte is to the tokenizer: a word byte as it is kept (ASCII letters and digits lower
/// case, any byte of a non-ASCII character as it is, so "información" is one word), else 0, or
/// [`BREAK`] for sentence punctuation, which also breaks a pair. An apostrophe inside a word is
/// skipped ("isn't" is "isnt").
pub(super) static WORD_BYTE: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        t[b] = if c.is_ascii_alphanumeric() {
            c.to_ascii_lowercase()
        } else if c >= 0x80 {
            c
        } else {
            0
        };
        b += 1;
    }
    let mut k = 0;
    let breaks = b".!?;\n\r,:()";
    while k < breaks.len() {
        t[breaks[k] as usize] = BREAK;
        k += 1;
    }
    t
};

/// [`WORD_BYTE`] of sentence punctuation (no word byte is 1).
pub(super) const BREAK: u8 = 1;

/// The longest word kept (longer ones are not features).
pub(super) const MAX_WORD: usize = 32;

/// [`hash_word`] of `word[..n]`, whose bytes after `n` up to the next multiple of 8 are zero.
#[inline]
pub(super) fn hash_padded(word: &[u8], n: usize) -> u64 {
    let h = word[..n.div_ceil(8) * 8].chunks_exact(8).fold(MUL, |h, c| {
        mix(h, u64::from_le_bytes(c.try_into().unwrap_or([0; 8])))
    });
    mix(h, n as u64)
}

/// Greetings and thanks: they say nothing of the question (and a chat of nothing else has no
/// question, [`super::classify`]). Function words ("can", "do", "you", "is") are features: "can I
/// renew", "do you have", "who qualifies" tell a request from a rule from a topic. A `match` on the
/// word's bytes, lower-cased already: this runs for every word of every chat.
fn is_stop(w: &[u8]) -> bool {
    if w.len() <= 1 {
        return true;
    }
    if w.len() > 6 {
        return false;
    }
    // The word as one integer (a word holds no zero byte): a few vector comparisons.
    let mut buf = [0u8; 8];
    buf[..w.len()].copy_from_slice(w);
    STOP_PACKED.contains(&u64::from_le_bytes(buf))
}

/// A stop word as the integer [`is_stop`] compares.
const fn packed(w: &[u8]) -> u64 {
    let mut buf = [0u8; 8];
    let mut i = 0;
    while i < w.len() {
        buf[i] = w[i];
        i += 1;
    }
    u64::from_le_bytes(buf)
}

/// The greetings and thanks of [`is_stop`].
pub(super) const STOP_WORDS: [&[u8]; 9] = [
    b"hi", b"hello", b"hey", b"ok", b"okay", b"bye", b"thanks", b"thank", b"please",
];

/// [`STOP_WORDS`] as the integers [`is_stop`] compares.
const STOP_PACKED: [u64; 9] = {
    let mut p = [0u64; 9];
    let mut i = 0;
    while i < p.len() {
        p[i] = packed(STOP_WORDS[i]);
        i += 1;
    }
    p
};

/// Calls `f(hash, start, end)` for each feature of `text` said by `who`: each word (`p:word`) and,
/// in the patron's words, each pair of neighbouring words (`p:word next`); `start..end` is where
/// the feature's words are. The librarian's pairs are left out: they are mostly the service's
/// phrasing, and leaving them out generalised better in cross-validation.
///
/// Triage reads a text with [`super::lexicon::Lexicon::read`], which finds the same features
/// with fewer lookups; this is the reading that training and that one's tests rely on.
pub fn for_each_feature(text: &str, who: Speaker, mut f: impl FnMut(u64, usize, usize)) {
    let b = text.as_bytes();
    let tag = hash_word(who.tag());
    let mut i = 0;
    // The previous word: its start and the running hash of "tag:word" (ready for a pair).
    let mut prev: Option<(usize, u64)> = None;
    while i < b.len() {
        let c = WORD_BYTE[b[i] as usize];
        if c <= BREAK {
            if c == BREAK {
                prev = None;
            }
            i += 1;
            continue;
        }
        let start = i;
        let (end, word, n) = read_word(b, start);
        i = end;
        let hw = hash_word(&word[..n]);
        if n == MAX_WORD || is_stop(&word[..n]) {
            prev = None;
            continue;
        }
        let h = combine(tag, hw);
        f(finish(h), start, i);
        if let Some((pstart, ph)) = prev {
            f(finish(combine(ph, hw)), pstart, i);
        }
        prev = (who == Speaker::Patron).then_some((start, h));
    }
}

/// The word of `b` that starts at `start` (a word byte): its end, and its first [`MAX_WORD`]
/// bytes lower-cased (apostrophes inside left out, "isn't" is "isnt") with their count.
pub(super) fn read_word(b: &[u8], start: usize) -> (usize, [u8; MAX_WORD], usize) {
    let mut word = [0u8; MAX_WORD];
    let mut n = 0;
    let mut i = start;
    while i < b.len() {
        let c = WORD_BYTE[b[i] as usize];
        if c > BREAK {
            if n < MAX_WORD {
                word[n] = c;
                n += 1;
            }
        } else if !(b[i] == b'\'' && b.get(i + 1).is_some_and(|&d| WORD_BYTE[d as usize] > BREAK)) {
            // Not an apostrophe inside a word.
            break;
        }
        i += 1;
    }
    (i, word, n)
}

/// True when every word of `text` is a function word ("can I", "do you"): a feature of the
/// category model, never shown as evidence.
pub fn only_function_words(text: &str) -> bool {
    text.split(|c: char| !c.is_alphanumeric() && c != '\'')
        .filter(|w| !w.is_empty())
        .all(|w| {
            // The word lower-cased without its apostrophes ("Isn't" is "isnt"), on the stack:
            // this runs for each word of evidence of every chat.
            let mut buf = [0u8; 8];
            let mut n = 0;
            for b in w.bytes().filter(|b| *b != b'\'') {
                if n == buf.len() {
                    return false;
                }
                buf[n] = b.to_ascii_lowercase();
                n += 1;
            }
            n <= 1
                || matches!(
                    &buf[..n],
                    b"an"
                        | b"the"
                        | b"and"
                        | b"or"
                        | b"to"
                        | b"of"
                        | b"in"
                        | b"on"
                        | b"for"
                        | b"is"
                        | b"it"
                        | b"you"
                        | b"my"
                        | b"me"
                        | b"we"
                        | b"be"
                        | b"at"
                        | b"this"
                        | b"that"
                        | b"so"
                        | b"do"
                        | b"can"
                        | b"with"
                        | b"are"
                        | b"was"
                        | b"have"
                        | b"if"
                        | b"yes"
                        | b"no"
                        | b"im"
                        | b"there"
                        | b"what"
                        | b"how"
                        | b"does"
                        | b"your"
                        | b"would"
                        | b"will"
                        | b"any"
                        | b"not"
                        | b"but"
                        | b"from"
                        | b"isnt"
                        | b"dont"
                        | b"cant"
                        | b"its"
                        | b"they"
                        | b"she"
                        | b"he"
                        | b"her"
                        | b"his"
                        | b"our"
                        | b"i"
                )
        })
}

/// The segment of a vocabulary cue in [`Features::found`] (its start is the class index).
pub const CUE: u32 = u32::MAX;

/// The value of a vocabulary cue feature (a word's is 1/sqrt(the chat's feature count)).
pub const CUE_VALUE: f32 = 0.25;

/// The unit of a weight when a chat is scored: 2^-20, about a millionth (a model's weights are
/// written to four decimals).
const FIXED: f64 = (1u64 << 20) as f64;

/// The largest weight a model may hold: its [`FIXED`] units fit in 32 bits.
const MAX_WEIGHT: f32 = 1000.0;

/// The most features a model file may hold: over a hundred times the embedded model's (about
/// 7,500). Each costs some hundred bytes once built, so a mistaken or hostile file of millions of
/// short lines is refused instead of taking gigabytes.
pub const MAX_FEATURES: usize = 1_000_000;

/// The name of a vocabulary cue feature (`v:research`).
pub fn cue_name(c: Category) -> String {
    format!("v:{}", c.as_str())
}

/// The model's weights, looked up by feature hash (open addressing; the key 0 is empty).
#[derive(Debug, Clone)]
pub struct Model {
    keys: Vec<u64>,
    slots: Vec<u32>,
    mask: usize,
    weights: Vec<[f32; 5]>,
    names: Names,
    bias: [f32; 5],
    cue: [u64; 5],
    /// Of each feature, the class it weighs most for and its margin over the next (no class,
    /// [`NO_LEAD`], when two weigh the same): what [`Model::explain`] ranks by.
    lead: Vec<(u8, f32)>,
    /// What scoring and explaining read of each feature, in one cache line.
    rows: Vec<Row>,
}

/// The features' names, one after another in one text: a model has thousands, read at each
/// start-up, and one allocation each cost more than reading them.
#[derive(Debug, Clone, Default)]
pub struct Names {
    text: String,
    ends: Vec<u32>,
}

impl Names {
    pub fn with_capacity(count: usize, bytes: usize) -> Names {
        Names {
            text: String::with_capacity(bytes),
            ends: Vec::with_capacity(count),
        }
    }

    pub fn push(&mut self, name: &str) {
        self.text.push_str(name);
        self.ends.push(self.text.len() as u32);
    }

    pub fn get(&self, i: usize) -> &str {
        let start = i.checked_sub(1).map_or(0, |j| self.ends[j] as usize);
        &self.text[start..self.ends[i] as usize]
    }

    pub fn len(&self) -> usize {
        self.ends.len()
    }

    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }

    pub fn iter(&self) -> impl ExactSizeIterator<Item = &str> + Clone + '_ {
        (0..self.len()).map(|i| self.get(i))
    }
}

impl<'a> FromIterator<&'a str> for Names {
    fn from_iter<I: IntoIterator<Item = &'a str>>(names: I) -> Names {
        let mut out = Names::default();
        for name in names {
            out.push(name);
        }
        out
    }
}

/// Of one feature, what a chat's scoring and explaining read (one cache line, not three tables).
#[derive(Debug, Clone, Copy, Default)]
#[repr(C, align(32))]
struct Row {
    /// The weights in units of [`FIXED`]: summed as integers, a chat's scores are the same
    /// whatever order its features are added in.
    points: [i32; 5],
    /// Its place among all features leading a class, by margin (largest first), then index:
    /// [`Model::explain`]'s order as one integer.
    rank: u32,
    /// [`Model::lead`]'s class.
    class: u8,
    /// A vocabulary cue (scored at [`CUE_VALUE`]).
    cue: bool,
    function_only: bool,
}

thread_local! {
    /// [`Model::explain_into`]'s keys, kept for their room.
    static RANKED: std::cell::Cell<Vec<u64>> = const { std::cell::Cell::new(Vec::new()) };
}

/// [`Model::lead`] of a feature that leads no class.
const NO_LEAD: u8 = u8::MAX;

/// What the model says of one chat.
#[derive(Debug, Clone, PartialEq)]
pub struct Prediction {
    pub category: Category,
    /// Softmax probability of the category (0–1).
    pub confidence: f32,
    /// The second most likely category and its probability.
    pub runner_up: (Category, f32),
}

/// The features of one chat, gathered before scoring: their indices in the model (unknown
/// features are dropped) and where their words are, for the explanation.
#[derive(Debug, Default, Clone)]
pub struct Features {
    pub found: Vec<(u32, u32, u32, u32)>,
    /// How many features the chat has, known to the model or not, each occurrence counted (the
    /// scaling).
    pub total: u32,
    /// The model indices in `found` already (one bit each): [`Model::gather`] keeps each
    /// feature once, at its first place, which is all that scoring and explaining look at.
    seen: Vec<u64>,
    /// How many bits of `seen` are set.
    marked: usize,
}

impl Features {
    /// Empty, keeping the room (one chat's features after another's).
    pub fn clear(&mut self) {
        // The marks of a few features unset one by one; of many, or put in by hand, all at once.
        if self.gathered() && self.found.len() < self.seen.len() {
            for &(i, ..) in &self.found {
                self.seen[i as usize / 64] &= !(1u64 << (i % 64));
            }
        } else {
            self.seen.fill(0);
        }
        self.found.clear();
        self.total = 0;
        self.marked = 0;
    }

    /// Room in `seen` for `n` indices, once per chat rather than as they come.
    pub(super) fn make_room(&mut self, n: usize) {
        if self.seen.len() < n.div_ceil(64) {
            self.seen.resize(n.div_ceil(64), 0);
        }
    }

    /// Adds model feature `i`, its words at `start..end` of text `segment`, unless it is in already.
    #[inline]
    pub(super) fn add(&mut self, i: u32, start: usize, end: usize, segment: u32) {
        let (word, bit) = (i as usize / 64, 1u64 << (i % 64));
        let Some(marks) = self.seen.get_mut(word) else {
            return self.add_beyond(i, start, end, segment);
        };
        // Pushed, then taken off again when marked already, without a branch: whether a word
        // is new to the chat is as unpredictable as the text.
        let new = *marks & bit == 0;
        *marks |= bit;
        self.marked += usize::from(new);
        let len = self.found.len();
        self.found.push((i, start as u32, end as u32, segment));
        self.found.truncate(len + usize::from(new));
    }

    /// Drops the features among `found[within]` (one text's, read one after another) whose
    /// words overlap one of `spans` (in order, without overlaps), and counts them out of the
    /// scaling: the words of an address, which training never sees.
    pub fn drop_in(&mut self, within: std::ops::Range<usize>, spans: &[std::ops::Range<usize>]) {
        if spans.is_empty() || within.is_empty() {
            return;
        }
        // Most features are nowhere near an address: two comparisons each.
        let lo = spans[0].start as u32;
        let hi = spans[spans.len() - 1].end as u32;
        let inside = |&(_, s, e, _): &(u32, u32, u32, u32)| {
            s < hi && lo < e && {
                let k = spans.partition_point(|r| r.end <= s as usize);
                spans.get(k).is_some_and(|r| r.start < e as usize)
            }
        };
        let Some(first) = self.found[within.clone()].iter().position(inside) else {
            return;
        };
        let gathered = self.gathered();
        let from = within.start + first;
        let (mut kept, mut dropped) = (from, 0);
        for k in from..self.found.len() {
            let x = self.found[k];
            if k < within.end && inside(&x) {
                let i = x.0 as usize;
                if let Some(marks) = self.seen.get_mut(i / 64).filter(|_| gathered) {
                    *marks &= !(1u64 << (i % 64));
                }
                dropped += 1;
            } else {
                self.found[kept] = x;
                kept += 1;
            }
        }
        self.found.truncate(kept);
        if gathered {
            self.marked -= dropped;
        }
        self.total = self.total.saturating_sub(dropped as u32);
    }

    /// [`Features::add`] of an index past the room [`Features::make_room`] made.
    #[cold]
    #[inline(never)]
    fn add_beyond(&mut self, i: u32, start: usize, end: usize, segment: u32) {
        self.seen.resize(i as usize / 64 + 1, 0);
        self.add(i, start, end, segment);
    }

    /// True when every index of `found` is marked in `seen` (each once): not filled by hand.
    #[inline]
    fn gathered(&self) -> bool {
        self.marked == self.found.len()
    }
}

impl Model {
    /// The embedded model.
    pub fn embedded() -> Model {
        Model::from_tsv("(embedded model)", DEFAULT_MODEL_TSV).expect("the embedded model is valid")
    }

    pub fn load(path: &str) -> Result<Model> {
        let bytes = crate::io::read_all(path)?;
        Model::from_tsv(path, &crate::io::decode(&bytes).0)
    }

    /// Reads a model file: `#` comments, a header `feature<TAB>research<TAB>policy<TAB>…`, then one
    /// feature a line with its five weights; `(bias)` is the intercept.
    pub fn from_tsv(source: &str, text: &str) -> Result<Model> {
        let mut lines = text
            .lines()
            .enumerate()
            .filter(|(_, l)| !l.starts_with('#') && !l.trim().is_empty());
        let (_, header) = lines
            .next()
            .ok_or_else(|| anyhow!("{source}: empty model file"))?;
        let want = "feature\tresearch\tpolicy\tcirculation\taccess\tother";
        if header.trim_end() != want {
            bail!("{source}: line 1: the header must be {want:?} (a file written by `aun train`)");
        }
        // A feature a line: room for them all at once, up to the most a model may hold.
        let count = (memchr::memchr_iter(b'\n', text.as_bytes()).count() + 1).min(MAX_FEATURES);
        let mut names = Names::with_capacity(count, text.len());
        let mut weights = Vec::with_capacity(count);
        let mut bias = [0f32; 5];
        for (n, line) in lines {
            let mut cells = TabCells(Some(line));
            let name = cells.next().unwrap_or("");
            let mut w = [0f32; 5];
            for (k, slot) in w.iter_mut().enumerate() {
                let cell = cells.next().ok_or_else(|| {
                    anyhow!(
                        "{source}: line {}: {name:?} has {k} weights, expected 5",
                        n + 1
                    )
                })?;
                *slot = parse_weight(cell)
                    .ok_or_else(|| anyhow!("{source}: line {}: {cell:?} is not a number", n + 1))?;
            }
            if cells.next().is_some() {
                bail!("{source}: line {}: more than 5 weights", n + 1);
            }
            if name == "(bias)" {
                bias = w;
            } else {
                if names.len() == MAX_FEATURES {
                    bail!(
                        "{source}: line {}: more than {MAX_FEATURES} features; a model written by `aun train` has some thousands (is this the right file?)",
                        n + 1
                    );
                }
                names.push(name);
                weights.push(w);
            }
        }
        Model::build(names, weights, bias).map_err(|e| anyhow!("{source}: {e}"))
    }

    pub fn build(names: Names, weights: Vec<[f32; 5]>, bias: [f32; 5]) -> Result<Model> {
        let bad = |w: &[f32; 5]| {
            w.iter()
                .find(|x| x.is_nan() || x.abs() > MAX_WEIGHT)
                .copied()
        };
        for (name, w) in std::iter::once(("(bias)", &bias)).chain(names.iter().zip(&weights)) {
            if let Some(x) = bad(w) {
                bail!("feature {name:?}: a weight of {x}: weights are between -{MAX_WEIGHT} and {MAX_WEIGHT}");
            }
        }
        let cap = (names.len() * 2 + 2).next_power_of_two();
        let mut keys = vec![0u64; cap];
        let mut slots = vec![0u32; cap];
        let mask = cap - 1;
        for (i, name) in names.iter().enumerate() {
            let h = feature_hash(name).max(1);
            let mut s = (h as usize) & mask;
            while keys[s] != 0 {
                if keys[s] == h {
                    bail!("feature {name:?} is listed twice");
                }
                s = (s + 1) & mask;
            }
            keys[s] = h;
            slots[s] = i as u32;
        }
        let cue = CLASSES.map(|c| feature_hash(&cue_name(c)).max(1));
        let lead = weights
            .iter()
            .map(|w| {
                (0..5)
                    .find_map(|k| {
                        let others = (0..5)
                            .filter(|&j| j != k)
                            .map(|j| w[j])
                            .fold(f32::MIN, f32::max);
                        let margin = w[k] - others;
                        (margin > 0.0).then_some((k as u8, margin))
                    })
                    .unwrap_or((NO_LEAD, 0.0))
            })
            .collect();
        let function_only: Vec<bool> = names
            .iter()
            .map(|n| only_function_words(n.split_once(':').map_or(n, |(_, words)| words)))
            .collect();
        let mut model = Model {
            keys,
            slots,
            mask,
            weights,
            names,
            bias,
            cue,
            lead,
            rows: Vec::new(),
        };
        model.rows = model.rows(&function_only);
        Ok(model)
    }

    /// [`Model::rows`] from the weights, leads and cues, and whether each feature's words are all
    /// function words ("can i": never evidence).
    fn rows(&self, function_only: &[bool]) -> Vec<Row> {
        let mut rows: Vec<Row> = (0..self.weights.len())
            .map(|i| Row {
                points: self.weights[i].map(|w| (f64::from(w) * FIXED).round() as i32),
                rank: u32::MAX,
                class: self.lead[i].0,
                cue: false,
                function_only: function_only[i],
            })
            .collect();
        for h in self.cue {
            if let Some(i) = self.index(h) {
                rows[i as usize].cue = true;
            }
        }
        // A leading margin is above zero (not NaN): its bits order as its value, so the largest
        // margin first, then the index, is the order of one integer.
        let mut leading: Vec<u64> = (0..self.lead.len())
            .filter(|&i| self.lead[i].0 != NO_LEAD)
            .map(|i| u64::from(!self.lead[i].1.to_bits()) << 32 | i as u64)
            .collect();
        leading.sort_unstable();
        for (r, &key) in leading.iter().enumerate() {
            rows[key as u32 as usize].rank = r as u32;
        }
        // Padding, never found: what [`Model::scores`] reads sixty-four at a time.
        let pad = Row {
            class: NO_LEAD,
            ..Row::default()
        };
        rows.resize(rows.len().div_ceil(64) * 64, pad);
        rows
    }

    #[inline]
    pub fn index(&self, h: u64) -> Option<u32> {
        let h = h.max(1);
        let mut s = (h as usize) & self.mask;
        loop {
            let k = self.keys[s];
            if k == h {
                return Some(self.slots[s]);
            }
            if k == 0 {
                return None;
            }
            s = (s + 1) & self.mask;
        }
    }

    /// Adds the features of `text` said by `who`; `segment` tells the explanation which text the
    /// positions are in.
    pub fn gather(&self, text: &str, who: Speaker, segment: u32, into: &mut Features) {
        into.make_room(self.len());
        for_each_feature(text, who, |h, s, e| {
            into.total += 1;
            if let Some(i) = self.index(h) {
                into.add(i, s, e, segment);
            }
        });
    }

    /// Adds a vocabulary cue of category `c` (once per chat is enough: features are binary).
    pub fn cue(&self, c: Category, into: &mut Features) {
        let k = CLASSES.iter().position(|x| *x == c).unwrap_or(4);
        into.total += 1;
        if let Some(i) = self.index(self.cue[k]) {
            into.add(i, k, 0, CUE);
        }
    }

    /// The scores of each class (before the softmax).
    pub fn scores(&self, f: &Features) -> [f32; 5] {
        let scale = 1.0 / (f.total.max(1) as f32).sqrt();
        // Binary features: a word said twice counts once. Found by the word loop, each is in
        // `found` once, and integer sums need no order: scored as found.
        if f.gathered() {
            return self.sum(f.found.iter().map(|x| x.0), scale);
        }
        let mut idx: Vec<u32> = f.found.iter().map(|x| x.0).collect();
        idx.sort_unstable();
        idx.dedup();
        self.sum(idx.into_iter(), scale)
    }

    /// The bias plus each feature's weights (a cue's at [`CUE_VALUE`], a word's at `scale`).
    fn sum(&self, features: impl Iterator<Item = u32>, scale: f32) -> [f32; 5] {
        // The words' points and the cues' apart, each feature's row chosen without a branch.
        let mut points = [[0i64; 5]; 2];
        for i in features {
            let row = &self.rows[i as usize];
            let p = &mut points[usize::from(row.cue)];
            for (pk, wk) in p.iter_mut().zip(row.points) {
                *pk += i64::from(wk);
            }
        }
        let [words, cues] = points;
        std::array::from_fn(|k| {
            (f64::from(self.bias[k])
                + (words[k] as f64 * f64::from(scale) + cues[k] as f64 * f64::from(CUE_VALUE))
                    / FIXED) as f32
        })
    }

    pub fn predict(&self, f: &Features) -> Prediction {
        let p = softmax(self.scores(f));
        let mut order = [0usize, 1, 2, 3, 4];
        order.sort_by(|a, b| p[*b].total_cmp(&p[*a]).then(a.cmp(b)));
        Prediction {
            category: CLASSES[order[0]],
            confidence: p[order[0]],
            runner_up: (CLASSES[order[1]], p[order[1]]),
        }
    }

    /// True when feature `i`'s words are all function words ("can i"): never shown as evidence.
    pub fn only_function_words(&self, i: u32) -> bool {
        self.rows.get(i as usize).is_some_and(|r| r.function_only)
    }

    /// The features that weighed most for `c` against every other class, strongest first: their
    /// model index and where their words are.
    pub fn explain(&self, f: &Features, c: Category, max: usize) -> Vec<(u32, u32, u32, u32)> {
        let mut out = Vec::new();
        self.explain_into(f, c, max, &mut out);
        out
    }

    /// [`Model::explain`] into `out` (emptied first), keeping its room.
    pub fn explain_into(
        &self,
        f: &Features,
        c: Category,
        max: usize,
        out: &mut Vec<(u32, u32, u32, u32)>,
    ) {
        out.clear();
        let k = CLASSES.iter().position(|x| *x == c).unwrap_or(4);
        if f.gathered() {
            // Each feature is found once, so its rank alone orders it: the keys are its rank,
            // then its place in `found`; the `max` smallest, sorted, are the answer.
            // Each feature's key is written, and kept when it leads the class: no branch a
            // feature (which one leads which class is no pattern a predictor learns).
            let mut keys = RANKED.take();
            keys.clear();
            keys.resize(f.found.len(), 0);
            let mut kept = 0;
            for (p, x) in f.found.iter().enumerate() {
                let row = &self.rows[x.0 as usize];
                keys[kept] = u64::from(row.rank) << 32 | p as u64;
                kept += usize::from(row.class as usize == k);
            }
            keys.truncate(kept);
            if keys.len() > max {
                keys.select_nth_unstable(max);
                keys.truncate(max);
            }
            keys.sort_unstable();
            out.extend(keys.iter().map(|&key| f.found[key as u32 as usize]));
            RANKED.set(keys);
            return;
        }
        // A word is evidence for the class it weighs most for, by its margin over the next
        // ("ill" that leans to access is no evidence of "other").
        let evidence = f.found.iter().filter_map(|&x| {
            let (class, margin) = self.lead[x.0 as usize];
            (class as usize == k).then_some((margin, x))
        });
        // Strongest first; each feature once, at its first place (a feature's places have the
        // same push, so they are neighbours here).
        let order = |a: &(f32, (u32, u32, u32, u32)), b: &(f32, (u32, u32, u32, u32))| {
            let (x, y) = (a.1, b.1);
            b.0.total_cmp(&a.0)
                .then(x.0.cmp(&y.0))
                .then(x.3.cmp(&y.3))
                .then(x.1.cmp(&y.1))
        };
        let mut scored: Vec<(f32, (u32, u32, u32, u32))> = evidence.collect();
        scored.sort_unstable_by(order);
        scored.dedup_by_key(|x| x.1 .0);
        out.extend(scored.into_iter().take(max).map(|(_, x)| x));
    }

    /// The features' names, by model index.
    pub fn names(&self) -> &Names {
        &self.names
    }

    pub fn name(&self, i: u32) -> &str {
        self.names.get(i as usize)
    }

    pub fn len(&self) -> usize {
        self.names.len()
    }

    pub fn is_empty(&self) -> bool {
        self.names.is_empty()
    }
}

/// The cells of a line, as `line.split('\t')` gives them, found by a byte loop (the cells are a
/// few bytes each: a search's start-up would cost more).
struct TabCells<'a>(Option<&'a str>);

impl<'a> Iterator for TabCells<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        let s = self.0?;
        match s.bytes().position(|b| b == b'\t') {
            Some(i) => {
                self.0 = Some(&s[i + 1..]);
                Some(&s[..i])
            }
            None => {
                self.0 = None;
                Some(s)
            }
        }
    }
}

/// A weight cell as `cell.trim().parse::<f32>()` reads it. The model file's plain decimals
/// ("-0.0123": at most 7 digits, at most 4 after the point) are read as an integer divided by a
/// power of ten, both exact in an f32, so the one correctly rounded division is the correctly
/// rounded parse; anything else goes to the standard parser.
fn parse_weight(cell: &str) -> Option<f32> {
    const TEN: [f32; 5] = [1.0, 10.0, 100.0, 1000.0, 10000.0];
    let b = cell.as_bytes();
    let (negative, digits) = match b.first() {
        Some(b'-') => (true, &b[1..]),
        _ => (false, b),
    };
    let (mut m, mut n, mut decimals, mut point) = (0u32, 0usize, 0usize, false);
    for &c in digits {
        match c {
            b'0'..=b'9' => {
                m = m * 10 + u32::from(c - b'0');
                n += 1;
                decimals += usize::from(point);
            }
            b'.' if !point => point = true,
            _ => n = usize::MAX,
        }
        // More than 7 digits (beyond 2^24 maybe) or anything but digits and a point.
        if n > 7 {
            return cell.trim().parse().ok();
        }
    }
    if n == 0 || decimals >= TEN.len() || (point && decimals == 0) {
        return cell.trim().parse().ok();
    }
    let x = m as f32 / TEN[decimals];
    Some(if negative { -x } else { x })
}

fn softmax(s: [f32; 5]) -> [f32; 5] {
    let max = s.iter().copied().fold(f32::MIN, f32::max);
    let e = s.map(|x| (x - max).exp());
    let sum: f32 = e.iter().sum();
    e.map(|x| x / sum)
}

/// One training example: the names of its features, its category, and who asked (the patron's
/// e-mail address, when known: a patron's chats count once towards a feature's `min_count`).
#[derive(Debug, Clone)]
pub struct Example {
    pub features: Vec<String>,
    pub category: Category,
    pub patron: Option<String>,
}

/// How training runs.
#[derive(Debug, Clone, Copy)]
pub struct TrainOptions {
    pub epochs: usize,
    /// L2 penalty per example.
    pub l2: f32,
    pub rate: f32,
    /// Features used by fewer patrons than this are left out: one patron's words (a name, a
    /// street) never become a feature, however many chats they wrote.
    pub min_count: usize,
}

impl Default for TrainOptions {
    fn default() -> Self {
        TrainOptions {
            epochs: 60,
            l2: 1e-4,
            rate: 0.5,
            min_count: 2,
        }
    }
}

/// Trains the model by stochastic gradient descent on the log loss (AdaGrad steps, each class
/// weighed by the square root of its inverse frequency), the examples visited in a fixed
/// pseudo-random order: the same examples give the same weights.
/// True when feature `name` is a word or word pair of a speaker (`p:`, `s:`) with one of
/// `words` in it (lower case, as the features are written).
pub fn has_any_word(name: &str, words: &std::collections::HashSet<String>) -> bool {
    let Some((tag, text)) = name.split_once(':') else {
        return false;
    };
    matches!(tag, "p" | "s") && text.split(' ').any(|w| words.contains(w))
}

/// Learns a model from `examples`; a feature for which `leave_out` is true is never one of its
/// features (it still counts in a chat's scaling, as every word does at triage).
pub fn train(
    examples: &[Example],
    opts: TrainOptions,
    leave_out: &dyn Fn(&str) -> bool,
) -> Result<Model> {
    use std::collections::HashMap;
    if examples.is_empty() {
        bail!("no labelled chats to train on");
    }
    // Each feature's patrons: the examples visited patron by patron (a chat without a known
    // address is a patron of its own), each patron counted once.
    let mut by_patron: Vec<(Option<&str>, usize)> = examples
        .iter()
        .enumerate()
        .map(|(i, e)| (e.patron.as_deref(), i))
        .collect();
    by_patron.sort_unstable();
    let mut count: HashMap<&str, (usize, usize)> = HashMap::new();
    for (n, &(patron, i)) in by_patron.iter().enumerate() {
        // The patron's number: where their first example is in `by_patron`.
        let who = match patron {
            Some(_) => by_patron.partition_point(|(p, _)| *p < patron),
            None => n,
        };
        for f in &examples[i].features {
            let (last, patrons) = count.entry(f.as_str()).or_insert((usize::MAX, 0));
            if *last != who {
                *last = who;
                *patrons += 1;
            }
        }
    }
    let mut names: Vec<&str> = count
        .iter()
        .filter(|(f, (_, n))| *n >= opts.min_count && !leave_out(f))
        .map(|(f, _)| *f)
        .collect();
    names.sort_unstable();
    let index: HashMap<&str, usize> = names.iter().enumerate().map(|(i, f)| (*f, i)).collect();
    let is_cue: Vec<bool> = names.iter().map(|n| n.starts_with("v:")).collect();
    // Each example: its known feature indices (deduplicated), the scale, its class.
    let data: Vec<(Vec<usize>, f32, usize)> = examples
        .iter()
        .map(|e| {
            // Scaled by every occurrence, as `Features::total` counts them at triage.
            let total = e.features.len();
            let mut idx: Vec<usize> = e
                .features
                .iter()
                .filter_map(|f| index.get(f.as_str()).copied())
                .collect();
            idx.sort_unstable();
            idx.dedup();
            let k = CLASSES.iter().position(|c| *c == e.category).unwrap_or(4);
            (idx, 1.0 / (total.max(1) as f32).sqrt(), k)
        })
        .collect();
    let n = names.len();
    let mut w = vec![[0f32; 5]; n];
    let mut g2 = vec![[1e-8f32; 5]; n];
    let mut bias = [0f32; 5];
    let mut bias_g2 = [1e-8f32; 5];
    // Classes weighed by the square root of their inverse frequency, so that the largest
    // (research) does not win every doubtful chat; better in cross-validation than equal weights.
    let mut per_class = [0usize; 5];
    for d in &data {
        per_class[d.2] += 1;
    }
    let class_weight: [f32; 5] =
        std::array::from_fn(|k| (data.len() as f32 / (5.0 * per_class[k].max(1) as f32)).sqrt());
    let mut order: Vec<usize> = (0..data.len()).collect();
    let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
    for _ in 0..opts.epochs {
        // Fisher–Yates with a fixed xorshift: deterministic.
        for i in (1..order.len()).rev() {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            order.swap(i, (seed % (i as u64 + 1)) as usize);
        }
        for &e in &order {
            let (idx, scale, k) = &data[e];
            let value = |i: usize| if is_cue[i] { CUE_VALUE } else { *scale };
            let mut s = bias;
            for &i in idx {
                for c in 0..5 {
                    s[c] += w[i][c] * value(i);
                }
            }
            let p = softmax(s);
            for c in 0..5 {
                let err = (p[c] - if c == *k { 1.0 } else { 0.0 }) * class_weight[*k];
                bias_g2[c] += err * err;
                bias[c] -= opts.rate * err / bias_g2[c].sqrt();
                for &i in idx {
                    let g = err * value(i) + opts.l2 * w[i][c];
                    g2[i][c] += g * g;
                    w[i][c] -= opts.rate * g / g2[i][c].sqrt();
                }
            }
        }
    }
    // Round to what the file keeps, so the model in memory is the one written.
    let round = |x: f32| (x * 10000.0).round() / 10000.0;
    let mut kept_names = Names::default();
    let mut kept = Vec::new();
    for (i, name) in names.iter().enumerate() {
        let r = w[i].map(round);
        if r.iter().any(|x| *x != 0.0) {
            kept_names.push(name);
            kept.push(r);
        }
    }
    Model::build(kept_names, kept, bias.map(round))
}

impl Model {
    /// The model as a file (`aun train -o`).
    pub fn to_tsv(&self, comment: &str) -> String {
        let mut out = String::with_capacity(self.names.len() * 48);
        for line in comment.lines() {
            let _ = writeln!(out, "# {line}");
        }
        out.push_str("feature\tresearch\tpolicy\tcirculation\taccess\tother\n");
        let row = |out: &mut String, name: &str, w: &[f32; 5]| {
            out.push_str(name);
            for x in w {
                let _ = write!(out, "\t{x}");
            }
            out.push('\n');
        };
        row(&mut out, "(bias)", &self.bias);
        for (name, w) in self.names.iter().zip(&self.weights) {
            row(&mut out, name, w);
        }
        out
    }
}

/// The feature names of `text` said by `who`, for training (the same features as
/// [`for_each_feature`] finds, by name).
pub fn feature_names(text: &str, who: Speaker, out: &mut Vec<String>) {
    let tag = std::str::from_utf8(who.tag()).unwrap_or("");
    let mut words: Vec<(usize, usize)> = Vec::new();
    for_each_feature(text, who, |_, s, e| words.push((s, e)));
    for (s, e) in words {
        let name: String = text[s..e]
            .replace('\'', "")
            .split(|c: char| !c.is_ascii_alphanumeric() && c.is_ascii())
            .filter(|w| !w.is_empty())
            .collect::<Vec<_>>()
            .join(" ");
        out.push(format!("{tag}{}", name.to_ascii_lowercase()));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_word_hashes_alike_whole_padded_and_from_the_text() {
        let long = "Ab1".repeat(11);
        for w in [
            "",
            "a",
            "renew",
            "Renew",
            "EIGHTCHR",
            "Ninechars",
            "x9",
            long.as_str(),
        ] {
            let lower = w.to_ascii_lowercase().into_bytes();
            let mut padded = lower.clone();
            padded.resize(w.len().div_ceil(8) * 8 + 8, 0);
            assert_eq!(hash_word(&lower), hash_padded(&padded, w.len()));
            // In a text, at its end or followed by more.
            for text in [format!("--{w}"), format!("--{w} and more text")] {
                assert_eq!(
                    hash_word(&lower),
                    hash_ascii_word(text.as_bytes(), 2, 2 + w.len())
                );
            }
        }
        assert_ne!(hash_word(b"ab"), hash_word(b"ab\0"));
    }

    #[test]
    fn tail_bytes_are_the_padded_copy() {
        let text: Vec<u8> = (1..=20).collect();
        for n in 0..=text.len() {
            let b = &text[..n];
            for end in 0..=n {
                for s in end.saturating_sub(7)..=end {
                    let mut padded = [0u8; 8];
                    padded[..end - s].copy_from_slice(&b[s..end]);
                    assert_eq!(
                        tail_bytes(b, s, end),
                        u64::from_le_bytes(padded),
                        "{n} {s} {end}"
                    );
                }
            }
        }
    }

    #[test]
    fn features_and_their_names_hash_alike() {
        let text = "Can I renew my laptop? The late-fee isn't right, Información";
        let mut hashes = Vec::new();
        for_each_feature(text, Speaker::Patron, |h, _, _| hashes.push(h));
        let mut names = Vec::new();
        feature_names(text, Speaker::Patron, &mut names);
        let named: Vec<u64> = names.iter().map(|n| feature_hash(n)).collect();
        assert_eq!(hashes, named);
        assert!(names.contains(&"p:renew".to_string()));
        assert!(names.contains(&"p:late fee".to_string()));
        assert!(names.contains(&"p:isnt right".to_string()));
        assert!(names.contains(&"p:información".to_string()));
        // A pair never spans sentence punctuation; greetings are not features, function words are.
        assert!(!names.contains(&"p:laptop late".to_string()));
        assert!(names.contains(&"p:renew my".to_string()));
        assert!(names.contains(&"p:my laptop".to_string()));
        let mut names = Vec::new();
        feature_names("Hi, thanks! Please renew it", Speaker::Patron, &mut names);
        assert_eq!(names, ["p:renew", "p:it", "p:renew it"]);
        // The librarian's words count one by one, without pairs.
        let mut names = Vec::new();
        feature_names("renew it online", Speaker::Staff, &mut names);
        assert_eq!(names, ["s:renew", "s:it", "s:online"]);
    }

    fn ex(words: &str, c: Category) -> Example {
        let mut features = Vec::new();
        feature_names(words, Speaker::Patron, &mut features);
        Example {
            features,
            category: c,
            patron: None,
        }
    }

    #[test]
    fn one_patron_s_words_are_never_learned_however_many_chats_they_wrote() {
        let by = |who: &str, words: &str, c| Example {
            patron: Some(who.to_string()),
            ..ex(words, c)
        };
        let mut examples = Vec::new();
        for _ in 0..5 {
            examples.push(by(
                "z@q.org",
                "zebulon quackenbush renew book",
                Category::Circulation,
            ));
        }
        examples.push(by("a@b.org", "renew my book", Category::Circulation));
        examples.push(ex("renew a book", Category::Circulation));
        examples.push(ex("census history records", Category::Research));
        examples.push(ex("census records", Category::Research));
        let m = train(&examples, TrainOptions::default(), &|_| false).unwrap();
        assert!(m.names().iter().any(|n| n == "p:renew"));
        assert!(
            m.names()
                .iter()
                .all(|n| !n.contains("zebulon") && !n.contains("quackenbush")),
            "{:?}",
            m.names()
        );
        // Two patrons: a feature.
        examples.push(by("c@d.org", "quackenbush renew", Category::Circulation));
        let m = train(&examples, TrainOptions::default(), &|_| false).unwrap();
        assert!(m.names().iter().any(|n| n == "p:quackenbush"));
    }

    #[test]
    fn training_is_deterministic_and_learns() {
        let examples = vec![
            ex("renew my book renew loan", Category::Circulation),
            ex("renew the dvd hold", Category::Circulation),
            ex("database login proxy error", Category::Access),
            ex("ebook app libby login", Category::Access),
            ex("history of the census records", Category::Research),
            ex("census statistics history", Category::Research),
        ];
        let a = train(&examples, TrainOptions::default(), &|_| false).unwrap();
        let b = train(&examples, TrainOptions::default(), &|_| false).unwrap();
        assert_eq!(a.to_tsv("x"), b.to_tsv("x"));
        let m = Model::from_tsv("m", &a.to_tsv("test")).unwrap();
        assert_eq!(m.to_tsv("x"), a.to_tsv("x"));
        let mut f = Features::default();
        m.gather("can I renew this", Speaker::Patron, 0, &mut f);
        let p = m.predict(&f);
        assert_eq!(p.category, Category::Circulation);
        assert!(p.confidence > 0.3);
        let why = m.explain(&f, Category::Circulation, 3);
        assert_eq!(m.name(why[0].0), "p:renew");
    }

    #[test]
    fn features_left_out_are_never_learned_but_still_scale() {
        let examples = vec![
            ex("renew my bcpl card", Category::Circulation),
            ex("renew my bcpl card laptop", Category::Circulation),
            ex("history maps bcpl card", Category::Research),
            ex("history census bcpl card", Category::Research),
        ];
        let places: std::collections::HashSet<String> = ["bcpl".to_string()].into();
        let leave_out = |name: &str| has_any_word(name, &places);
        let m = train(&examples, TrainOptions::default(), &leave_out).unwrap();
        assert!(
            m.names().iter().all(|n| !n.contains("bcpl")),
            "{:?}",
            m.names()
        );
        assert!(m.names().iter().any(|n| n == "p:renew"));
        assert!(has_any_word("s:at bcpl", &places) && !has_any_word("v:bcpl", &places));
        assert!(!has_any_word("p:bcplx", &places));
    }

    #[test]
    fn the_strongest_evidence_kept_as_it_comes_is_the_sorted_strongest() {
        let m = Model::embedded();
        let mut f = Features::default();
        m.gather(
            "Can I renew my laptop loan? I need the full text of an article from a database, \
             and my lawyer said the census records at the library are late",
            Speaker::Patron,
            0,
            &mut f,
        );
        m.gather(
            "You can renew it online with your card",
            Speaker::Staff,
            1,
            &mut f,
        );
        // The same features put in by hand: explained by sorting them all.
        let by_hand = Features {
            found: f.found.clone(),
            total: f.total,
            seen: Vec::new(),
            marked: 0,
        };
        assert!(f.gathered() && !by_hand.gathered());
        for c in CLASSES {
            for max in [0, 1, 3, 20, 1000] {
                assert_eq!(
                    m.explain(&f, c, max),
                    m.explain(&by_hand, c, max),
                    "{c:?} {max}"
                );
            }
        }
    }

    #[test]
    fn features_dropped_in_a_span_are_gone_and_may_come_back() {
        let m = Model::embedded();
        let patron = "please renew my book. email is renew.overdue@example.org thanks";
        let staff = "i can renew it for you";
        let mut f = Features::default();
        m.gather(patron, Speaker::Patron, 0, &mut f);
        let patron_end = f.found.len();
        m.gather(staff, Speaker::Staff, 1, &mut f);
        let (all, total) = (f.found.clone(), f.total);
        let at = patron.find('@').unwrap();
        let span = patron[..at].rfind(' ').unwrap() + 1..patron.len() - " thanks".len();
        f.drop_in(0..patron_end, std::slice::from_ref(&span));
        let gone: Vec<_> = all
            .iter()
            .filter(|x| x.3 == 0 && (x.1 as usize) < span.end && span.start < x.2 as usize)
            .collect();
        assert!(!gone.is_empty());
        assert_eq!(f.found.len() + gone.len(), all.len());
        assert_eq!(f.total as usize + gone.len(), total as usize);
        assert!(f.found.iter().all(|x| !gone.contains(&x)));
        // The staff's features are all kept, in order, and the marks agree with `found`.
        assert!(f.found.ends_with(&all[patron_end..]));
        assert!(f.gathered());
        // A feature dropped can be found again (its mark is gone with it).
        let (i, ..) = *gone[0];
        f.add(i, 0, 1, 0);
        assert!(f.found.iter().any(|x| x.0 == i) && f.gathered());
    }

    #[test]
    fn gathered_features_score_and_explain_as_the_same_features_put_in_by_hand() {
        // Chats of the model's own words in a fixed pseudo-random order, with and without
        // vocabulary cues, read one after another into the same features (cleared between).
        let m = Model::embedded();
        let words: Vec<&str> = m
            .names()
            .iter()
            .filter_map(|n| n.strip_prefix("p:").or_else(|| n.strip_prefix("s:")))
            .collect();
        let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
        let mut next = |n: usize| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % n as u64) as usize
        };
        let mut f = Features::default();
        let mut out = Vec::new();
        for _ in 0..400 {
            f.clear();
            for (seg, who) in [Speaker::Patron, Speaker::Staff].into_iter().enumerate() {
                let n = next(120);
                let text: Vec<&str> = (0..n).map(|_| words[next(words.len())]).collect();
                let sep = if next(3) == 0 { ". " } else { " " };
                m.gather(&text.join(sep), who, seg as u32, &mut f);
            }
            for c in CLASSES {
                if next(3) == 0 {
                    m.cue(c, &mut f);
                }
            }
            let by_hand = Features {
                found: f.found.clone(),
                total: f.total,
                ..Features::default()
            };
            assert!(f.gathered() && (f.found.is_empty() || !by_hand.gathered()));
            assert_eq!(
                m.scores(&f).map(f32::to_bits),
                m.scores(&by_hand).map(f32::to_bits)
            );
            assert_eq!(m.predict(&f), m.predict(&by_hand));
            for c in CLASSES {
                for max in [0, 1, 5, 20, 1000] {
                    m.explain_into(&f, c, max, &mut out);
                    assert_eq!(out, m.explain(&by_hand, c, max), "{c:?} {max}");
                }
            }
        }
    }

    #[test]
    fn ranks_follow_the_margin_then_the_index() {
        let m = Model::embedded();
        let mut leading: Vec<u32> = (0..m.len() as u32)
            .filter(|&i| m.lead[i as usize].0 != NO_LEAD)
            .collect();
        leading.sort_by(|&a, &b| {
            m.lead[b as usize]
                .1
                .total_cmp(&m.lead[a as usize].1)
                .then(a.cmp(&b))
        });
        for (r, &i) in leading.iter().enumerate() {
            assert_eq!(m.rows[i as usize].rank, r as u32);
        }
        assert!(leading.len() > 1000);
    }

    /// The plain reading of a weight, as the model file was read before.
    fn parse_weight_plainly(cell: &str) -> Option<f32> {
        cell.trim().parse().ok()
    }

    /// [`feature_hash`] as it was written first: the name lower-cased into a new string.
    fn feature_hash_plainly(name: &str) -> u64 {
        let lower = name.to_ascii_lowercase();
        let (tag, words) = match lower.find(':') {
            Some(i) => lower.split_at(i + 1),
            None => ("", lower.as_str()),
        };
        finish(words.split(' ').fold(hash_word(tag.as_bytes()), |h, w| {
            combine(h, hash_word(w.as_bytes()))
        }))
    }

    #[test]
    fn names_hash_as_they_did_lower_cased_into_a_string() {
        let long = format!("p:{}", "Word ".repeat(30));
        let names = Model::embedded().names().clone();
        let odd = [
            "",
            ":",
            "p:",
            "P:Renew",
            "no tag",
            "a:b:c",
            " p: x ",
            "s:Información",
            &long,
        ];
        for name in names.iter().chain(odd) {
            assert_eq!(feature_hash(name), feature_hash_plainly(name), "{name:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn any_name_hashes_as_it_did(name in "[pPsS:a-zA-Z \u{e9}]{0,80}") {
            proptest::prop_assert_eq!(feature_hash(&name), feature_hash_plainly(&name));
        }
    }

    #[test]
    fn tab_cells_are_the_split_at_tabs() {
        for line in [
            "",
            "\t",
            "a",
            "a\tb",
            "\ta\t\tb\t",
            "é\tü\t",
            "p:x\t1\t2\t3\t4\t5",
        ] {
            let ours: Vec<&str> = TabCells(Some(line)).collect();
            let plain: Vec<&str> = line.split('\t').collect();
            assert_eq!(ours, plain, "{line:?}");
        }
    }

    #[test]
    fn weights_read_as_the_standard_parser_reads_them() {
        let same = |cell: &str| {
            assert_eq!(
                parse_weight(cell).map(f32::to_bits),
                parse_weight_plainly(cell).map(f32::to_bits),
                "{cell:?}"
            );
        };
        for line in DEFAULT_MODEL_TSV.lines().filter(|l| !l.starts_with('#')) {
            line.split('\t').skip(1).for_each(same);
        }
        for cell in [
            "",
            "-",
            ".",
            "-.",
            "0",
            "-0",
            "0.0",
            "-0.0",
            "1.",
            ".5",
            "-.5",
            "+1",
            " 1",
            "1 ",
            "1e3",
            "1.2.3",
            "--1",
            "0.00001",
            "1.23456",
            "9999999",
            "99999999",
            "-9999.999",
            "0.1",
            "0.7",
            "1677.7216",
            "1677.7217",
            "00000.0001",
            "inf",
            "NaN",
            "1_0",
            "١",
        ] {
            same(cell);
        }
        // Every value of the form the file is written in: each ten-thousandth to 100 and their
        // negatives, as Display writes them.
        for m in 0..1_000_000u32 {
            let x = m as f32 / 10000.0;
            same(&x.to_string());
            same(&(-x).to_string());
        }
    }

    proptest::proptest! {
        #[test]
        fn any_short_cell_reads_as_the_standard_parser_reads_it(
            cell in "[-+ .0-9e]{0,12}",
            m in 0u32..20_000_000,
            k in 0usize..6,
        ) {
            proptest::prop_assert_eq!(
                parse_weight(&cell).map(f32::to_bits),
                parse_weight_plainly(&cell).map(f32::to_bits)
            );
            let digits = format!("{m:0>w$}", w = k + 1);
            let (int, frac) = digits.split_at(digits.len() - k);
            for cell in [format!("{int}.{frac}"), format!("-{int}.{frac}")] {
                proptest::prop_assert_eq!(
                    parse_weight(&cell).map(f32::to_bits),
                    parse_weight_plainly(&cell).map(f32::to_bits)
                );
            }
        }
    }

    /// A file of more features than a model may hold is refused at the first one too many.
    #[test]
    fn a_model_of_too_many_features_is_refused_by_line() {
        let mut tsv = String::from("feature\tresearch\tpolicy\tcirculation\taccess\tother\n");
        for i in 0..=MAX_FEATURES {
            let _ = writeln!(tsv, "w:f{i}\t0\t0\t0\t0\t0");
        }
        let e = Model::from_tsv("big.tsv", &tsv).unwrap_err().to_string();
        let line = MAX_FEATURES + 2;
        assert!(
            e.starts_with(&format!(
                "big.tsv: line {line}: more than {MAX_FEATURES} features"
            )),
            "{e}"
        );
    }

    #[test]
    fn bad_model_files_say_where() {
        let e = Model::from_tsv("m.tsv", "nope\n").unwrap_err().to_string();
        assert!(e.contains("m.tsv: line 1"), "{e}");
        let e = Model::from_tsv(
            "m.tsv",
            "feature\tresearch\tpolicy\tcirculation\taccess\tother\np:x\t1\t2\n",
        )
        .unwrap_err()
        .to_string();
        assert!(e.contains("line 2") && e.contains("2 weights"), "{e}");
        // A weight the scoring cannot hold, or no number at all, is refused by name.
        for w in ["1e9", "NaN", "inf", "-1001"] {
            let e = Model::from_tsv(
                "m.tsv",
                &format!(
                    "feature\tresearch\tpolicy\tcirculation\taccess\tother\np:x\t1\t{w}\t0\t0\t0\n"
                ),
            )
            .unwrap_err()
            .to_string();
            assert!(
                e.contains("m.tsv") && e.contains("\"p:x\"") && e.contains("between"),
                "{e}"
            );
        }
    }
}

//! One reading of each speaker's words for both the category model and the vocabulary's phrase
//! search. Each word is hashed once and looked up once, in a table of every word the model or the
//! vocabulary knows: the entry gives the word's own features (`p:word`, `s:word`), whether it
//! is a greeting, whether it can be part of a word pair of the model, and the vocabulary's
//! phrases that start with it. A word that is in no entry (a quarter of the words of a chat) costs
//! that one lookup; a pair is looked up only when both its words can be in one.
//!
//! The features, their order and positions are exactly [`model::for_each_feature`]'s, and the
//! phrase hits exactly [`Vocabulary::scan`]'s (tests below compare them on many texts).

use super::finds::finds;
#[cfg(target_arch = "x86_64")]
use super::finds::load16;
use super::model::{self, Features, Model, Speaker};
use super::vocab::{self, Hit, Vocabulary};
use std::sync::atomic::{AtomicU64, Ordering};

/// The words of a model and a vocabulary, by [`model::hash_word`] (open addressing, key 0 empty).
#[derive(Debug, Clone)]
pub struct Lexicon {
    entries: Vec<Entry>,
    mask: usize,
    /// Which lexicon a [`LineMemo`] holds readings of (each built gets its own).
    id: u64,
}

/// The readings of the lines one side of the chats says again and again (a librarian's
/// greetings and canned messages, "are you still there?"; a patron's "ok, thanks!"), kept by a
/// thread for the chats it reads next: a line read before costs a hash, a comparison and a copy
/// of what its reading found, not the reading. A line never said twice whole (a greeting with
/// the patron's name) is kept a clause at a time.
#[derive(Debug, Default)]
pub struct LineMemo {
    /// The [`Lexicon`] the readings are of (0: none yet).
    lexicon: u64,
    /// One reading a slot, by the line's hash; a new line takes the slot of the one before.
    slots: Vec<Reading>,
    /// Each slot's hash of the line kept and of the last line met there and not kept: looked at
    /// first (16 KB, where the slots take a few hundred).
    tags: Vec<[u64; 2]>,
    /// One line's features and phrases while it is read.
    scratch: Features,
    scratch_hits: Vec<Hit>,
}

/// What [`Lexicon::read`] found in one line, its positions in the line.
#[derive(Debug, Default)]
struct Reading {
    line: Vec<u8>,
    total: u32,
    found: Vec<(u32, u32, u32)>,
    hits: Vec<Hit>,
}

/// The lines a thread keeps readings of: the canned lines of a cooperative's librarians fit.
const MEMO_SLOTS: usize = 1024;
/// The longest line kept, and the most features and phrases of one (longer or richer lines are
/// read each time, and seldom said twice): the slots take at most about 1 MB a thread.
const MEMO_LINE: usize = 256;
const MEMO_FEATURES: usize = 32;
const MEMO_HITS: usize = 8;

impl Reading {
    /// Reads `line` into `scratch` and `scratch_hits`, and keeps the reading when it is small
    /// enough ([`MEMO_FEATURES`], [`MEMO_HITS`]): true when kept.
    #[allow(clippy::too_many_arguments)]
    fn keep(
        &mut self,
        lexicon: &Lexicon,
        model: &Model,
        vocab: &Vocabulary,
        line: &str,
        who: Speaker,
        scratch: &mut Features,
        scratch_hits: &mut Vec<Hit>,
    ) -> bool {
        scratch.clear();
        scratch_hits.clear();
        lexicon.read(model, vocab, line, who, 0, scratch, scratch_hits);
        if scratch.found.len() > MEMO_FEATURES || scratch_hits.len() > MEMO_HITS {
            return false;
        }
        let found = scratch
            .found
            .iter()
            .map(|&(i, start, end, _)| (i, start, end));
        self.found.clear();
        self.found.reserve_exact(scratch.found.len());
        self.found.extend(found);
        self.hits.clear();
        self.hits.reserve_exact(scratch_hits.len());
        self.hits.extend_from_slice(scratch_hits);
        self.line.clear();
        self.line.reserve_exact(line.len());
        self.line.extend_from_slice(line.as_bytes());
        self.total = scratch.total;
        true
    }

    /// Adds what was found to a text's features and phrases, the line starting at `base`.
    fn replay(&self, base: usize, segment: u32, feats: &mut Features, hits: &mut Vec<Hit>) {
        let found = self.found.iter().copied();
        replay(self.total, found, &self.hits, base, segment, feats, hits);
    }
}

/// Adds a line's features (`total` of them, the model's `found`) and phrases (`line_hits`),
/// their places in the line, to a text's, the line starting at `base`.
fn replay(
    total: u32,
    found: impl Iterator<Item = (u32, u32, u32)>,
    line_hits: &[Hit],
    base: usize,
    segment: u32,
    feats: &mut Features,
    hits: &mut Vec<Hit>,
) {
    feats.total += total;
    for (i, start, end) in found {
        feats.add(i, base + start as usize, base + end as usize, segment);
    }
    let room = vocab::MAX_HITS.saturating_sub(hits.len());
    hits.extend(line_hits.iter().take(room).map(|h| h.shifted(base)));
}

/// A hash of a line for [`LineMemo`]'s slots (eight bytes a step; the line itself is compared).
pub(super) fn line_hash(b: &[u8]) -> u64 {
    const K: u64 = 0x517c_c1b7_2722_0a95;
    let step = |h: u64, x: u64| (h.rotate_left(5) ^ x).wrapping_mul(K);
    let mut chunks = b.chunks_exact(8);
    let mut h = b.len() as u64;
    for c in &mut chunks {
        h = step(h, u64::from_le_bytes(c.try_into().unwrap_or_default()));
    }
    h = step(
        h,
        model::tail_bytes(b, b.len() - chunks.remainder().len(), b.len()),
    );
    h ^ h >> 29
}

#[derive(Debug, Clone, Copy)]
struct Entry {
    key: u64,
    /// The model index of `p:word` and of `s:word`, or [`NONE`].
    patron: u32,
    staff: u32,
    /// The vocabulary's group of phrases starting with the word, or [`NONE`].
    group: u32,
    /// [`STOP`], [`PAIR_FIRST`], [`PAIR_SECOND`], [`SHORT_PHRASE`], and above [`NEXT_SHIFT`] the
    /// group's [`vocab::next_bit`]s.
    flags: u32,
}

/// ASCII letters and digits, by byte: one load per byte of the word loop.
static ASCII_WORD: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    t
};

/// The end of the run of ASCII letters and digits at `i`: sixteen bytes a step (one compare
/// for most words, instead of a branch per byte whose exit is as unpredictable as word lengths
/// are), the last step the text's last sixteen bytes; byte by byte in a text shorter than that.
#[inline(always)]
fn ascii_word_end(b: &[u8], mut i: usize) -> usize {
    while let Some(chunk) = b.get(i..i + 16) {
        let m = not_ascii_word16(chunk);
        if m != 0 {
            return i + m.trailing_zeros() as usize;
        }
        i += 16;
    }
    let n = b.len();
    if n >= 16 {
        // The bytes before `i` shifted out: a line's last word ends here, in every line.
        let m = not_ascii_word16(&b[n - 16..]) >> (i - (n - 16));
        return if m != 0 {
            i + m.trailing_zeros() as usize
        } else {
            n
        };
    }
    while i < n && ASCII_WORD[b[i] as usize] {
        i += 1;
    }
    i
}

/// Bit `k` set when `chunk[k]` (of 16 bytes) is not an ASCII letter or digit.
#[cfg(target_arch = "x86_64")]
#[inline(always)]
fn not_ascii_word16(chunk: &[u8]) -> u32 {
    use std::arch::x86_64::*;
    // SAFETY: SSE2 is part of every x86_64 target.
    let alnum = unsafe {
        let v = load16(chunk, 0);
        // `x` in `lo..lo + n` as one signed compare: `x + (0x80 - lo)` wraps the range to the
        // bottom of the signed bytes, and no other byte lands there.
        let shifted = |x, lo: u8, n: i8| {
            _mm_cmplt_epi8(
                _mm_add_epi8(x, _mm_set1_epi8(0x80u8.wrapping_sub(lo) as i8)),
                _mm_set1_epi8(i8::MIN + n),
            )
        };
        let letter = shifted(_mm_or_si128(v, _mm_set1_epi8(0x20)), b'a', 26);
        let digit = shifted(v, b'0', 10);
        _mm_movemask_epi8(_mm_or_si128(letter, digit)) as u32
    };
    !alnum & 0xffff
}

/// Bit `k` set when `chunk[k]` (of 16 bytes) is not an ASCII letter or digit.
#[cfg(not(target_arch = "x86_64"))]
#[inline(always)]
fn not_ascii_word16(chunk: &[u8]) -> u32 {
    not_ascii_word16_bytewise(chunk)
}

/// [`not_ascii_word16`] a byte at a time (other targets, and the tests' reference).
#[cfg_attr(target_arch = "x86_64", allow(dead_code))]
fn not_ascii_word16_bytewise(chunk: &[u8]) -> u32 {
    (0..16).fold(0, |m, k| m | u32::from(!ASCII_WORD[chunk[k] as usize]) << k)
}

const NONE: u32 = u32::MAX;
/// A greeting or thanks: no feature, and it breaks a pair.
const STOP: u32 = 1;
/// The first word of one of the model's pairs.
const PAIR_FIRST: u32 = 2;
/// The second word of one of the model's pairs.
const PAIR_SECOND: u32 = 4;
/// The word's group has a phrase no longer than the word and a byte: always looked at.
const SHORT_PHRASE: u32 = 8;
/// The phrase search looks at the word whatever its group: it may start a stem ("evict"), or
/// it is "at" ([`Vocabulary::may_start_with_stem`], [`vocab::is_at`]).
const SEARCH: u32 = 16;
/// Where the group's [`vocab::next_bit`]s are in the flags: a group none of whose longer
/// phrases goes on as the text does (most words that start a phrase, most of the time) is not
/// looked at.
const NEXT_SHIFT: u32 = 16;

const EMPTY: Entry = Entry {
    key: 0,
    patron: NONE,
    staff: NONE,
    group: NONE,
    flags: 0,
};

impl Lexicon {
    pub fn new(model: &Model, vocab: &Vocabulary) -> Lexicon {
        let mut words: Vec<(u64, Entry)> = Vec::new();
        // Each word with what it is to the model or the vocabulary (`f`), and whether the
        // phrase search looks at it whatever its group (it may start a stem, or is "at").
        let mut add = |word: &[u8], f: &dyn Fn(&mut Entry)| {
            let mut e = EMPTY;
            e.key = model::hash_word(word).max(1);
            if vocab.may_start_with_stem(word) || vocab::is_at(word) {
                e.flags |= SEARCH;
            }
            f(&mut e);
            words.push((e.key, e));
        };
        let mut lower = Vec::new();
        for (i, name) in (0u32..).zip(model.names().iter()) {
            lower.clear();
            lower.extend(name.bytes().map(|b| b.to_ascii_lowercase()));
            let Some(colon) = memchr::memchr(b':', &lower) else {
                continue;
            };
            let mut words = lower[colon + 1..].split(|&b| b == b' ');
            match (&lower[..colon], words.next(), words.next(), words.next()) {
                (b"p", Some(w), None, _) => add(w, &|e| e.patron = i),
                (b"s", Some(w), None, _) => add(w, &|e| e.staff = i),
                (b"p", Some(a), Some(b), None) => {
                    add(a, &|e| e.flags |= PAIR_FIRST);
                    add(b, &|e| e.flags |= PAIR_SECOND);
                }
                // Other features (the vocabulary's cues) are never a text's words.
                _ => {}
            }
        }
        for w in model::STOP_WORDS {
            add(w, &|e| e.flags |= STOP);
        }
        for (g, word) in vocab.first_words() {
            let (next, short) = vocab.group_filter(g);
            add(word, &|e| {
                e.group = g;
                e.flags |= (next as u32) << NEXT_SHIFT | if short { SHORT_PHRASE } else { 0 };
            });
        }
        add(b"at", &|_| {});
        // One entry per word: the facts of its lines merged.
        words.sort_by_key(|w| w.0);
        let mut merged: Vec<Entry> = Vec::with_capacity(words.len());
        for (key, e) in words {
            match merged.last_mut() {
                Some(m) if m.key == key => {
                    if e.patron != NONE {
                        m.patron = e.patron;
                    }
                    if e.staff != NONE {
                        m.staff = e.staff;
                    }
                    if e.group != NONE {
                        m.group = e.group;
                    }
                    m.flags |= e.flags;
                }
                _ => merged.push(e),
            }
        }
        // At most half full: a word that is in no entry ends its search within a slot or two.
        let cap = (merged.len() * 2).next_power_of_two().max(16);
        let mut entries = vec![EMPTY; cap];
        for e in merged {
            let mut s = e.key as usize & (cap - 1);
            while entries[s].key != 0 {
                s = (s + 1) & (cap - 1);
            }
            entries[s] = e;
        }
        static BUILT: AtomicU64 = AtomicU64::new(1);
        Lexicon {
            entries,
            mask: cap - 1,
            id: BUILT.fetch_add(1, Ordering::Relaxed),
        }
    }

    #[inline]
    fn get(&self, hash: u64) -> Option<&Entry> {
        let h = hash.max(1);
        let mut s = h as usize & self.mask;
        loop {
            let e = &self.entries[s];
            if e.key == h {
                return Some(e);
            }
            if e.key == 0 {
                return None;
            }
            s = (s + 1) & self.mask;
        }
    }

    /// Adds the model's features of `text` said by `who` to `feats` (`segment`: which text the
    /// positions are in) and pushes the vocabulary's phrases in it to `hits`.
    #[allow(clippy::too_many_arguments)]
    pub fn read(
        &self,
        model: &Model,
        vocab: &Vocabulary,
        text: &str,
        who: Speaker,
        segment: u32,
        feats: &mut Features,
        hits: &mut Vec<Hit>,
    ) {
        self.read_at(model, vocab, text, 0, who, segment, feats, hits);
    }

    /// [`Lexicon::read`] of `text` found `base` bytes into the text of `segment`.
    #[allow(clippy::too_many_arguments)]
    #[inline(always)]
    fn read_at(
        &self,
        model: &Model,
        vocab: &Vocabulary,
        text: &str,
        base: usize,
        who: Speaker,
        segment: u32,
        feats: &mut Features,
        hits: &mut Vec<Hit>,
    ) {
        feats.make_room(model.len());
        // A text's first phrases only: a hostile text of millions would take 24 bytes each.
        let mut found = |h: Hit| {
            if hits.len() < vocab::MAX_HITS {
                hits.push(h.shifted(base));
            }
        };
        let b = text.as_bytes();
        let tag = model::hash_word(who.tag());
        let patron = who == Speaker::Patron;
        // Where the next phrase may start.
        let mut pos = 0;
        // The previous word of a possible pair: whether there is one (a patron's word, no break
        // since), whether it is the first word of one of the model's pairs, its start and the
        // running hash of "tag:word". Plain flags, not an `Option`: tested with the word's own
        // flags in one branch.
        let (mut prev, mut prev_first, mut pstart, mut ph) = (false, false, 0, 0);
        let mut i = 0;
        while i < b.len() {
            let c = model::WORD_BYTE[b[i] as usize];
            if c <= model::BREAK {
                if c == model::BREAK {
                    (prev, prev_first) = (false, false);
                }
                i += 1;
                continue;
            }
            let start = i;
            // Most words are ASCII letters and digits: their end found sixteen bytes at a
            // time, and hashed from the text.
            i = ascii_word_end(b, i);
            // A non-ASCII character in the word: read as the model's tokenizer reads it, below.
            let high = b.get(i).map_or(0, |&c| c & 0x80);
            let apostrophe = b.get(i) == Some(&b'\'')
                && b.get(i + 1)
                    .is_some_and(|&d| model::WORD_BYTE[d as usize] > model::BREAK);
            let (n, hw, plain) = if high < 0x80 && !apostrophe {
                let n = (i - start).min(model::MAX_WORD);
                (n, model::hash_ascii_word(b, start, i), true)
            } else {
                // A non-ASCII character or an apostrophe inside ("isn't"): the word as the
                // model's tokenizer reads it.
                let (end, word, n) = model::read_word(b, start);
                i = end;
                (n, model::hash_word(&word[..n]), false)
            };
            if n == model::MAX_WORD {
                // Too long to be a feature or to start a phrase whole.
                vocab.scan_span(b, start..i, &mut pos, &mut found);
                (prev, prev_first) = (false, false);
                continue;
            }
            let e = self.get(hw).copied().unwrap_or(EMPTY);
            if plain {
                // As [`Vocabulary::word`] decides, from the entry for a known word: the word's
                // group when one of its phrases is short or goes on as the text does; looked at
                // then, or when it may start a stem or is "at" ([`SEARCH`]), or is unknown and
                // a stem may start it. Every part computed, then one branch: which words are
                // known is as unpredictable as the text.
                let next = b.get(i..i + 2).map_or(0, |p| {
                    (vocab::next_bit(u16::from_le_bytes([p[0], p[1]])) as u32) << NEXT_SHIFT
                });
                let in_group = (e.flags & SHORT_PHRASE | next & e.flags) != 0;
                let stem = (e.key == 0) & vocab.may_start_with_stem(&b[start..i]);
                if in_group | (e.flags & SEARCH != 0) | stem {
                    let group = (in_group && e.group != NONE).then_some(e.group);
                    vocab.search_word(b, start, i, group, &mut pos, &mut found);
                }
            } else {
                // An apostrophe or a non-ASCII character inside: the search splits the span.
                vocab.scan_span(b, start..i, &mut pos, &mut found);
            }
            if n <= 1 || e.flags & STOP != 0 {
                (prev, prev_first) = (false, false);
                continue;
            }
            feats.total += 1 + u32::from(prev);
            let own = if patron { e.patron } else { e.staff };
            if own != NONE {
                feats.add(own, base + start, base + i, segment);
            }
            if prev_first & (e.flags & PAIR_SECOND != 0) {
                if let Some(k) = model.index(model::finish(model::combine(ph, hw))) {
                    feats.add(k, base + pstart, base + i, segment);
                }
            }
            (prev, prev_first) = (patron, patron & (e.flags & PAIR_FIRST != 0));
            (pstart, ph) = (start, model::combine(tag, hw));
        }
    }

    /// [`Lexicon::read`] of `text` a line at a time, each line's reading (or its clauses') kept
    /// in `memo` for the next time the thread meets the line. The same features, places and
    /// phrases: nothing spans a newline (it breaks a pair, and no phrase holds one).
    #[allow(clippy::too_many_arguments)]
    pub fn read_lines(
        &self,
        model: &Model,
        vocab: &Vocabulary,
        text: &str,
        who: Speaker,
        segment: u32,
        feats: &mut Features,
        hits: &mut Vec<Hit>,
        memo: &mut LineMemo,
    ) {
        feats.make_room(model.len());
        if memo.lexicon != self.id {
            memo.slots.clear();
            memo.slots.resize_with(MEMO_SLOTS, Reading::default);
            memo.tags.clear();
            memo.tags.resize(MEMO_SLOTS, [0; 2]);
            memo.lexicon = self.id;
        }
        let ends = finds(text.as_bytes(), b'\n', b'\n').chain([text.len()]);
        let mut next = 0;
        for end in ends {
            let (at, line) = (next, &text[next..end]);
            next = end + 1;
            if !line.is_empty() {
                let r = Recall {
                    model,
                    vocab,
                    who,
                    segment,
                };
                self.read_remembered(&r, line, at, true, feats, hits, memo);
            }
        }
    }

    /// Reads `piece` (found `at` bytes into the text) from `memo` when it holds it, else reads
    /// it, kept when said a second time. A line not kept whole (a greeting with the patron's
    /// name) is read a clause at a time, each kept on its own: "thanks for contacting us!"
    /// is the same in every greeting.
    #[allow(clippy::too_many_arguments)]
    fn read_remembered(
        &self,
        r: &Recall,
        piece: &str,
        at: usize,
        whole: bool,
        feats: &mut Features,
        hits: &mut Vec<Hit>,
        memo: &mut LineMemo,
    ) {
        let b = piece.as_bytes();
        let h = line_hash(&b[..b.len().min(MEMO_LINE + 1)]);
        let s = h as usize % MEMO_SLOTS;
        let [kept, pending] = memo.tags[s];
        if kept == h && memo.slots[s].line == b {
            memo.slots[s].replay(at, r.segment, feats, hits);
            return;
        }
        if pending == h && b.len() <= MEMO_LINE {
            // Said a second time: kept, in place of the piece before (unless too rich).
            let (scratch, scratch_hits) = (&mut memo.scratch, &mut memo.scratch_hits);
            let slot = &mut memo.slots[s];
            if slot.keep(self, r.model, r.vocab, piece, r.who, scratch, scratch_hits) {
                memo.tags[s][0] = h;
                memo.slots[s].replay(at, r.segment, feats, hits);
            } else {
                let found = scratch
                    .found
                    .iter()
                    .map(|&(i, start, end, _)| (i, start, end));
                replay(
                    scratch.total,
                    found,
                    scratch_hits,
                    at,
                    r.segment,
                    feats,
                    hits,
                );
            }
            return;
        }
        // Said once so far, or too long to keep: read where it is, so a piece said once does
        // not push out one said every day.
        memo.tags[s][1] = h;
        let clauses = if whole { clause_ends(b) } else { None };
        let Some(mut ends) = clauses else {
            self.read_at(r.model, r.vocab, piece, at, r.who, r.segment, feats, hits);
            return;
        };
        let mut from = 0;
        while from < b.len() {
            let end = ends.next().unwrap_or(b.len());
            self.read_remembered(r, &piece[from..end], at + from, false, feats, hits, memo);
            from = end;
        }
    }
}

/// What a line is read for: the model, the vocabulary, who said it and which text it is in.
struct Recall<'a> {
    model: &'a Model,
    vocab: &'a Vocabulary,
    who: Speaker,
    segment: u32,
}

/// Where the clauses of a line end, when it has more than one: after a comma, a colon, a
/// semicolon, an exclamation or a question mark followed by a space. The reading of a line is
/// the readings of its clauses: those marks are in no phrase ([`vocab::matchable`]) and break a
/// word pair ([`model::BREAK`]).
fn clause_ends(b: &[u8]) -> Option<impl Iterator<Item = usize> + '_> {
    let mut ends = ClauseEnds {
        b,
        next: 0,
        base: 0,
        mask: 0,
    };
    let first = ends.next()?;
    Some(std::iter::once(first).chain(ends))
}

/// The iterator of [`clause_ends`]: a mask of the ends in each 64 bytes, one bit taken an end
/// (a test a byte mispredicted at each mark, as often as a line has clauses).
struct ClauseEnds<'a> {
    b: &'a [u8],
    /// Where the next block starts.
    next: usize,
    /// Where the block of `mask` starts, and its ends not yet given (bit `k`: after `base + k`).
    base: usize,
    mask: u64,
}

impl Iterator for ClauseEnds<'_> {
    type Item = usize;

    #[inline]
    fn next(&mut self) -> Option<usize> {
        while self.mask == 0 {
            if self.next >= self.b.len() {
                return None;
            }
            (self.base, self.mask) = (self.next, clause_mask(self.b, self.next));
            self.next += 64;
        }
        let k = self.mask.trailing_zeros() as usize;
        self.mask &= self.mask - 1;
        Some(self.base + k + 1)
    }
}

/// Bit `k` set when `b[at + k]` (`k` below 64) is a clause mark followed by a space: sixteen
/// bytes a compare while seventeen are left, then byte by byte, without a branch a byte.
#[inline(always)]
fn clause_mask(b: &[u8], at: usize) -> u64 {
    let (n, mut m, mut k) = (b.len(), 0, 0);
    while k < 64 {
        let Some(block) = b.get(at + k..at + k + 17) else {
            break;
        };
        m |= u64::from(clause_mask16(block)) << k;
        k += 16;
    }
    while k < 64 && at + k < n {
        let i = at + k;
        m |= u64::from(CLAUSE_END[b[i] as usize] & (b.get(i + 1) == Some(&b' '))) << k;
        k += 1;
    }
    m
}

/// Bit `k` set when `block[k]` (of the first 16 of 17 bytes) is a clause mark and `block[k + 1]`
/// a space.
#[cfg(target_arch = "x86_64")]
#[inline(always)]
fn clause_mask16(block: &[u8]) -> u32 {
    use std::arch::x86_64::*;
    // SAFETY: SSE2 is part of every x86_64 target.
    unsafe {
        let (v, next) = (load16(block, 0), load16(block, 1));
        let is = |x: __m128i, c: u8| _mm_cmpeq_epi8(x, _mm_set1_epi8(c as i8));
        let marks = _mm_or_si128(
            _mm_or_si128(_mm_or_si128(is(v, b','), is(v, b':')), is(v, b';')),
            _mm_or_si128(is(v, b'!'), is(v, b'?')),
        );
        _mm_movemask_epi8(_mm_and_si128(marks, is(next, b' '))) as u32
    }
}

/// Bit `k` set when `block[k]` (of the first 16 of 17 bytes) is a clause mark and `block[k + 1]`
/// a space.
#[cfg(not(target_arch = "x86_64"))]
#[inline(always)]
fn clause_mask16(block: &[u8]) -> u32 {
    (0..16).fold(0, |m, k| {
        m | u32::from(CLAUSE_END[block[k] as usize] & (block[k + 1] == b' ')) << k
    })
}

/// The marks [`clause_ends`] cuts a line after, by byte.
static CLAUSE_END: [bool; 256] = {
    let mut t = [false; 256];
    let marks = b",:;!?";
    let mut k = 0;
    while k < marks.len() {
        t[marks[k] as usize] = true;
        k += 1;
    }
    t
};

#[cfg(test)]
mod tests {
    use super::*;
    use crate::directory::Directory;
    use proptest::prelude::*;

    fn both() -> &'static (Model, Vocabulary, Lexicon) {
        static BOTH: std::sync::OnceLock<(Model, Vocabulary, Lexicon)> = std::sync::OnceLock::new();
        BOTH.get_or_init(|| {
            let model = Model::embedded();
            let vocab = Vocabulary::new(&Directory::default_directory());
            let lexicon = Lexicon::new(&model, &vocab);
            (model, vocab, lexicon)
        })
    }

    /// The fused reading against the model's tokenizer and the vocabulary's search, each on its
    /// own.
    fn same_as_separate(text: &str, who: Speaker) {
        let (model, vocab, lexicon) = both();
        let mut feats = Features::default();
        let mut hits = Vec::new();
        lexicon.read(model, vocab, text, who, 7, &mut feats, &mut hits);
        let mut want = Features::default();
        model.gather(text, who, 7, &mut want);
        assert_eq!(feats.found, want.found, "features of {text:?}");
        assert_eq!(feats.total, want.total, "feature count of {text:?}");
        let mut want_hits = Vec::new();
        vocab.scan(text, |h| want_hits.push(h));
        assert_eq!(hits, want_hits, "phrases of {text:?}");
    }

    /// [`Lexicon::read_lines`] with `memo` against [`Lexicon::read`] of the whole text.
    fn same_line_by_line(lexicon: &Lexicon, vocab: &Vocabulary, text: &str, memo: &mut LineMemo) {
        same_line_by_line_of(lexicon, vocab, text, memo, Speaker::Staff);
    }

    fn same_line_by_line_of(
        lexicon: &Lexicon,
        vocab: &Vocabulary,
        text: &str,
        memo: &mut LineMemo,
        who: Speaker,
    ) {
        let model = &both().0;
        let (mut feats, mut hits) = (Features::default(), Vec::new());
        lexicon.read_lines(model, vocab, text, who, 3, &mut feats, &mut hits, memo);
        let (mut want, mut want_hits) = (Features::default(), Vec::new());
        lexicon.read(model, vocab, text, who, 3, &mut want, &mut want_hits);
        assert_eq!(feats.found, want.found, "features of {text:?}");
        assert_eq!(feats.total, want.total, "feature count of {text:?}");
        assert_eq!(hits, want_hits, "phrases of {text:?}");
    }

    #[test]
    fn lines_read_once_and_replayed_give_the_whole_texts_reading() {
        let (_, vocab, lexicon) = both();
        let mut memo = LineMemo::default();
        let lines = [
            "Hi Jamal, thanks for contacting Maryland AskUsNow! I'm Tom, a librarian at BCPL.",
            "A law librarian should follow up on this; your library card is at the desk.",
            "Let me check with a colleague.",
            "write to me at jane at gmail dot com",
            "",
            " at the court at ",
            // More phrases than a kept line may have.
            "court, court, court, court, court, court, court, court, court, court",
        ];
        // Each line met once, then again in other chats and other places of a chat.
        for round in 0..4 {
            for k in 0..lines.len() {
                let text: Vec<&str> = lines
                    .iter()
                    .cycle()
                    .skip(k + round)
                    .take(5)
                    .copied()
                    .collect();
                same_line_by_line(
                    lexicon,
                    vocab,
                    &("\n".to_string() + &text.join("\n")),
                    &mut memo,
                );
                same_line_by_line(lexicon, vocab, &text.join("\n"), &mut memo);
            }
        }
        // A line longer than any kept, and a text of more phrases than are kept.
        let long = "the court said my library card ".repeat(40);
        same_line_by_line(
            lexicon,
            vocab,
            &format!("{long}\nLet me check\n{long}"),
            &mut memo,
        );
        let many = "court court\n".repeat(vocab::MAX_HITS);
        same_line_by_line(lexicon, vocab, &many, &mut memo);
    }

    #[test]
    fn greetings_with_a_name_are_read_a_clause_at_a_time() {
        let (_, vocab, lexicon) = both();
        let mut memo = LineMemo::default();
        let names = ["Jamal", "María", "Sue", "Mr. Court", "o'neil"];
        for who in [Speaker::Staff, Speaker::Patron] {
            for round in 0..3 {
                for name in names {
                    let text = format!(
                        "Hi {name}, thanks for contacting Maryland AskUsNow! I'm Tom, a law \
                         librarian at BCPL: your library card? renew it; {round}!"
                    );
                    same_line_by_line_of(lexicon, vocab, &text, &mut memo, who);
                }
            }
        }
        // Marks a clause ends at are in no phrase the vocabulary can hold.
        let marks = (0..=255u8).filter(|&c| CLAUSE_END[c as usize]);
        assert_eq!(marks.clone().count(), 5);
        for c in marks {
            let phrase = format!("library{} card", c as char);
            assert!(!vocab::matchable(&phrase), "{phrase}");
            assert_eq!(model::WORD_BYTE[c as usize], model::BREAK);
        }
        assert_eq!(
            clause_ends(b"a, b!c? d").map(Iterator::collect::<Vec<_>>),
            Some(vec![2, 7])
        );
        assert!(clause_ends(b"no clause,here").is_none());
    }

    #[test]
    fn a_memo_met_by_another_lexicon_starts_again() {
        let (model, vocab, lexicon) = both();
        let csv = "kind,phrase,value\nsubject,line memo phrase,law\n";
        let other_vocab =
            Vocabulary::from_csv("test", csv, &Directory::default_directory()).unwrap();
        let other = Lexicon::new(model, &other_vocab);
        let mut memo = LineMemo::default();
        let text = "a line memo phrase\na line memo phrase";
        same_line_by_line(lexicon, vocab, text, &mut memo);
        same_line_by_line(lexicon, vocab, text, &mut memo);
        same_line_by_line(&other, &other_vocab, text, &mut memo);
        same_line_by_line(&other, &other_vocab, text, &mut memo);
        same_line_by_line(lexicon, vocab, text, &mut memo);
    }

    #[test]
    fn a_texts_first_phrases_are_kept() {
        let (model, vocab, lexicon) = both();
        let text = "court ".repeat(vocab::MAX_HITS + 100);
        let (mut feats, mut hits) = (Features::default(), Vec::new());
        lexicon.read(
            model,
            vocab,
            &text,
            Speaker::Patron,
            0,
            &mut feats,
            &mut hits,
        );
        let mut want = Vec::new();
        vocab.scan(&text, |h| want.push(h));
        assert_eq!(hits, want[..vocab::MAX_HITS]);
    }

    #[test]
    fn same_features_and_phrases_as_each_on_its_own() {
        let texts = [
            "Can I renew my laptop? The late-fee isn't right, Información",
            "Hi, thanks! Please renew it",
            "I need a lawyer about my landlord: eviction notice. ILL request, ebook on Libby",
            "my bcpl card, Frederick Douglass in Frederick; the   law librarian said so",
            "write to me at jane at gmail dot com or j@x.org",
            "a supercalifragilisticexpialidociousword and anotherextraordinarilylongwordhere",
            "São Paulo's café, naïve résumé — don't can't won't it's",
            "I'd like the full text of an article; off-campus login (proxy) fails!!",
            "",
            "a",
            "x'y 'quoted' o'neil ' end'",
        ];
        for t in texts {
            same_as_separate(t, Speaker::Patron);
            same_as_separate(t, Speaker::Staff);
        }
        // Every labelled training chat's transcript, both ways.
        for f in ["train/libchat.csv", "train/h3lp.csv"] {
            let path = concat!(env!("CARGO_MANIFEST_DIR"), "/").to_string() + f;
            let text = std::fs::read_to_string(path).unwrap();
            for line in text.lines() {
                same_as_separate(line, Speaker::Patron);
                same_as_separate(line, Speaker::Staff);
            }
        }
    }

    #[test]
    fn sixteen_bytes_classed_as_one_at_a_time() {
        // Every byte value at every place of the sixteen, among letters and among other bytes.
        for fill in [b'a', b' ', b'Z', 0x80, b'9'] {
            for k in 0..16 {
                for v in 0..=255u8 {
                    let mut chunk = [fill; 16];
                    chunk[k] = v;
                    assert_eq!(
                        not_ascii_word16(&chunk),
                        not_ascii_word16_bytewise(&chunk),
                        "{chunk:?}"
                    );
                }
            }
        }
    }

    /// [`ascii_word_end`] a byte at a time.
    fn ascii_word_end_bytewise(b: &[u8], mut i: usize) -> usize {
        while i < b.len() && ASCII_WORD[b[i] as usize] {
            i += 1;
        }
        i
    }

    proptest! {
        #[test]
        fn clause_ends_as_found_a_byte_pair_at_a_time(
            text in proptest::collection::vec(
                prop_oneof![Just(b','), Just(b'?'), Just(b';'), Just(b' '), Just(b'a'), any::<u8>()],
                0..200,
            ),
        ) {
            let want: Vec<usize> = text
                .windows(2)
                .enumerate()
                .filter(|(_, w)| w[1] == b' ' && CLAUSE_END[w[0] as usize])
                .map(|(i, _)| i + 1)
                .collect();
            let got = clause_ends(&text).map(Iterator::collect::<Vec<_>>);
            prop_assert_eq!(got, (!want.is_empty()).then_some(want));
        }

        #[test]
        fn word_ends_as_found_a_byte_at_a_time(
            text in proptest::collection::vec(
                prop_oneof![Just(b'a'), Just(b'Q'), Just(b'7'), Just(b' '), any::<u8>()],
                0..80,
            ),
        ) {
            for i in 0..=text.len() {
                prop_assert_eq!(ascii_word_end(&text, i), ascii_word_end_bytewise(&text, i));
            }
        }

        #[test]
        fn same_on_random_texts(words in proptest::collection::vec(
            prop_oneof![
                "[a-zA-Z]{1,12}",
                "(renew|my|book|law|library|card|evict|the|i|can|at|hi|thanks|court|county)",
                "[a-z]{30,50}",
                "[a-zé'ñ]{1,8}",
                "[ .,!?;:()\n'@-]{1,3}",
            ],
            0..40,
        )) {
            let text = words.join(" ");
            same_as_separate(&text, Speaker::Patron);
            same_as_separate(&text, Speaker::Staff);
        }

        #[test]
        fn same_line_by_line_on_random_texts(lines in proptest::collection::vec(
            prop_oneof![
                Just(String::new()),
                Just("Let me check with a colleague.".to_string()),
                Just("write to me at jane at gmail dot com".to_string()),
                "(Hi|Thanks) [A-Z][a-z]{1,6}(, |! |: |; |\\? )(the court|law|my library card|at )+[.!?]?",
                "[a-zA-Z .,'é@-]{0,40}",
                "(renew|my|book|law|library|card|evict|the|at|court|county| |\\.){0,12}",
                "[a-z ]{500,530}",
            ],
            0..12,
        )) {
            let (_, vocab, lexicon) = both();
            for who in [Speaker::Staff, Speaker::Patron] {
                let mut memo = LineMemo::default();
                // Twice: the second time, the lines said before are replayed.
                for _ in 0..2 {
                    same_line_by_line_of(lexicon, vocab, &lines.join("\n"), &mut memo, who);
                }
            }
        }
    }
}

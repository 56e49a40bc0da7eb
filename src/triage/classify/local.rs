//! The patron's local library (rules.md §5): a library's own account decides; else the libraries,
//! counties and towns the patron named, each read in its clause ("my sister works at the Pratt" is
//! someone else's, "I live in Frederick" is the patron's own).

use super::super::vocab::{Hit, Meaning, Strength, Vocabulary};
use super::EVIDENCE;
use crate::directory::Directory;

/// The evidence of a local library given by the chat's origin account.
pub const ORIGIN_ACCOUNT: &str = "origin account";

/// A library the patron named.
pub(super) struct Mention {
    library: u16,
    strength: Strength,
    words: String,
    /// Someone else's library, or a former one ("my sister works at the Pratt").
    not_mine: bool,
    /// Said as the patron's own ("I live in Frederick County", "my BCPL card").
    mine: bool,
}

/// Where the cues about whose library it is stand in one text (byte offsets of their hits).
pub(super) struct Cues {
    not_mine: Vec<usize>,
    mine: Vec<usize>,
}

impl Cues {
    /// The cues among `hits` (one scan of the patron's words).
    pub(super) fn new(hits: &[Hit], vocab: &Vocabulary) -> Cues {
        let of = |kind: Meaning| -> Vec<usize> {
            hits.iter()
                .filter(|h| vocab.meanings(**h).contains(&kind))
                .map(|h| h.start)
                .collect()
        };
        Cues {
            not_mine: of(Meaning::NotMine),
            mine: of(Meaning::Mine),
        }
    }

    /// The mention of `library` at `hit` in `text`, read in its clause; none inside an e-mail
    /// address or a handle.
    pub(super) fn mention(
        &self,
        text: &str,
        hit: Hit,
        library: u16,
        strength: Strength,
    ) -> Option<Mention> {
        if inside_address(text, hit.start, hit.end) {
            return None;
        }
        let (a, b) = clause(text, hit.start, hit.end);
        let in_clause = |cues: &[usize]| cues.iter().any(|&c| c >= a && c < b);
        Some(Mention {
            library,
            strength,
            words: text[hit.start..hit.end].to_string(),
            not_mine: in_clause(&self.not_mine),
            mine: in_clause(&self.mine),
        })
    }
}

/// The patron's local library, its evidence, and why it is in doubt (if it is): the origin
/// account when it is a library's own, else the libraries the patron named.
pub(super) fn decide(
    directory: &Directory,
    origin: &str,
    mentions: &[Mention],
    vocab: &Vocabulary,
) -> (Option<String>, Vec<String>, Option<String>) {
    if let Some(lib) = directory.lookup(origin).filter(|l| l.owns_its_chats()) {
        // A library's own account: its chats are its patrons' (rules.md §5).
        return (Some(lib.id.clone()), vec![ORIGIN_ACCOUNT.to_string()], None);
    }
    let (library, words) = choose_library(mentions, vocab);
    let doubt = library_doubt(mentions, library.as_deref(), vocab);
    (library, words, doubt)
}

/// The patron's own library: among the mentions that are not someone else's, one said as the
/// patron's own first, then the strongest (a library's name, a county, a town), the most
/// mentioned, the first.
fn choose_library(mentions: &[Mention], vocab: &Vocabulary) -> (Option<String>, Vec<String>) {
    let mut best: Option<(bool, Strength, usize, usize, u16)> = None;
    for (i, m) in mentions.iter().enumerate() {
        if m.not_mine {
            continue;
        }
        let count = mentions
            .iter()
            .filter(|o| o.library == m.library && !o.not_mine)
            .count();
        let key = (m.mine, m.strength, count, usize::MAX - i, m.library);
        if best.is_none_or(|b| (key.0, key.1, key.2, key.3) > (b.0, b.1, b.2, b.3)) {
            best = Some(key);
        }
    }
    let Some((_, _, _, _, lib)) = best else {
        return (None, Vec::new());
    };
    let mut words: Vec<String> = Vec::new();
    for m in mentions.iter().filter(|m| m.library == lib && !m.not_mine) {
        if words.len() < EVIDENCE && !words.iter().any(|w| w.eq_ignore_ascii_case(&m.words)) {
            words.push(m.words.clone());
        }
    }
    (Some(vocab.library_ids[lib as usize].clone()), words)
}

/// Why the local library found is in doubt: two libraries named with nothing to choose between
/// them ("two libraries named: BCPL, HCLS").
fn library_doubt(mentions: &[Mention], chosen: Option<&str>, vocab: &Vocabulary) -> Option<String> {
    let chosen = chosen?;
    if mentions.iter().any(|m| m.mine && !m.not_mine) {
        return None;
    }
    let mut ids: Vec<&str> = mentions
        .iter()
        .filter(|m| !m.not_mine)
        .map(|m| vocab.library_ids[m.library as usize].as_str())
        .collect();
    ids.sort_unstable();
    ids.dedup();
    (ids.len() >= 2 && ids.contains(&chosen))
        .then(|| format!("two libraries named: {}", ids.join(", ")))
}

/// True when `start..end` is part of an e-mail address or a handle ("maria@umbc.edu",
/// "@prattlibrary"): a domain is not the patron naming a library.
fn inside_address(text: &str, start: usize, end: usize) -> bool {
    let b = text.as_bytes();
    let token_start = b[..start]
        .iter()
        .rposition(|c| c.is_ascii_whitespace())
        .map_or(0, |i| i + 1);
    let token_end = b[end..]
        .iter()
        .position(|c| c.is_ascii_whitespace())
        .map_or(b.len(), |i| end + i);
    memchr::memchr(b'@', &b[token_start..token_end]).is_some()
}

/// The clause around `start..end`: from the last boundary before it (sentence punctuation, a
/// comma, a bracket, " and ", " but ") to the next one after it.
fn clause(text: &str, start: usize, end: usize) -> (usize, usize) {
    let b = text.as_bytes();
    let is_stop = |i: usize| -> Option<usize> {
        match b[i] {
            b'.' | b'!' | b'?' | b';' | b',' | b'(' | b')' | b'\n' => Some(1),
            b' ' => {
                let rest = &b[i..];
                [&b" and "[..], b" but ", b" though "]
                    .iter()
                    .find(|w| rest.len() >= w.len() && rest[..w.len()].eq_ignore_ascii_case(w))
                    .map(|w| w.len())
            }
            _ => None,
        }
    };
    let mut a = 0;
    let mut i = start;
    while i > 0 {
        i -= 1;
        if let Some(len) = is_stop(i) {
            // "St. Mary's": a dot after a capitalised abbreviation is not the end of a sentence.
            if !(b[i] == b'.' && i >= 2 && &b[i - 2..i] == b"St") && i + len <= start {
                a = i + len;
                break;
            }
        }
    }
    let mut z = b.len();
    let mut j = end;
    while j < b.len() {
        if is_stop(j).is_some() {
            z = j;
            break;
        }
        j += 1;
    }
    (a, z)
}

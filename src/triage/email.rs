//! E-mail addresses in the patron's words (rules.md §5).
//!
//! Plain addresses are found at each `@` (memchr) and grown to both sides; angle brackets and
//! trailing punctuation fall away; upper case is lowered. Written-out forms ("jane dot doe at gmail
//! dot com", "jane [at] gmail [dot] com", "jane(at)yahoo.com", "jane @ gmail . com") are read from
//! the `at` markers the vocabulary search finds, and from an `@` with spaces around it. An address
//! without a top-level domain ("jane@gmail", "jane@gmailcom") is malformed: not an address, and
//! reported.

/// What was found at one place.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Found {
    /// A usable address, lower case; `written_out` when the patron spelled it out.
    Address { address: String, written_out: bool },
    /// Something meant as an address that is not one ("jane@gmail").
    Malformed(String),
}

fn is_local(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'%' | b'+' | b'-' | b'\'')
}

fn is_label(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'-'
}

/// The longest domain name (RFC 1035).
const MAX_DOMAIN: usize = 253;

/// A valid address, normalised to lower case: a local part, a domain with a dot, a top-level
/// domain of letters.
pub fn valid(address: &str) -> Option<String> {
    let a = address
        .trim()
        .trim_start_matches(['<', '(', '['])
        .trim_end_matches(['>', ')', ']', '.', ',', ';', ':', '!', '?']);
    let (local, domain) = a.rsplit_once('@')?;
    if local.is_empty()
        || local.len() > 64
        || !local.chars().all(|c| {
            if c.is_ascii() {
                is_local(c as u8)
            } else {
                c.is_alphanumeric()
            }
        })
        || local.starts_with('.')
        || local.ends_with('.')
    {
        return None;
    }
    // A domain of at most 253 bytes, each label of 1 to 63 (RFC 1035), not starting or ending
    // with '-'; each label checked as it is split off (no list of them: this runs for every
    // chat).
    if domain.len() > MAX_DOMAIN {
        return None;
    }
    let mut labels = 0;
    let mut tld = "";
    for l in domain.split('.') {
        if l.is_empty()
            || l.len() > 63
            || !l.bytes().all(is_label)
            || l.starts_with('-')
            || l.ends_with('-')
        {
            return None;
        }
        labels += 1;
        tld = l;
    }
    if labels < 2 || tld.len() < 2 || !tld.bytes().all(|b| b.is_ascii_alphabetic()) {
        return None;
    }
    // ASCII's lower case is Unicode's for ASCII text, without the general case's work.
    Some(if a.is_ascii() {
        a.to_ascii_lowercase()
    } else {
        a.to_lowercase()
    })
}

/// A correction of an address the patron typed, said after it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ending<'a> {
    /// ".com" for its top-level domain, "@example.com" or "example.com" for its domain.
    Tail(&'a str),
    /// "example not exmaple": one word of the address for another.
    Swap { right: &'a str, wrong: &'a str },
}

/// `address` with the patron's correction; none when it changes nothing or makes no address.
pub fn with_ending(address: &str, ending: Ending) -> Option<String> {
    let (local, domain) = address.rsplit_once('@')?;
    let fixed = match ending {
        Ending::Tail(t) => match t.as_bytes().first()? {
            b'@' => format!("{local}{t}"),
            b'.' => format!("{local}@{}{t}", domain.rsplit_once('.')?.0),
            _ => format!("{local}@{t}"),
        },
        Ending::Swap { right, wrong } => {
            fn swap<'w>(w: &'w str, right: &'w str, wrong: &str) -> &'w str {
                if w.eq_ignore_ascii_case(wrong) {
                    right
                } else {
                    w
                }
            }
            let labels: Vec<&str> = domain.split('.').map(|l| swap(l, right, wrong)).collect();
            format!("{}@{}", swap(local, right, wrong), labels.join("."))
        }
    };
    valid(&fixed).filter(|f| !f.eq_ignore_ascii_case(address))
}

/// The lines after an address that a correction of it is looked for in.
const ENDING_LINES: usize = 4;

/// The first correction of an address said in `text` (the patron's words from an address on),
/// on a line that `corrects` ("sorry", "I meant", "not"): a word ".com", "@example.com" or
/// "example.com" that is not the one said to be wrong ("not .con"), or "example not exmaple".
/// Where it starts in `text`, and the correction.
pub fn corrected_ending(
    text: &str,
    corrects: impl Fn(&str) -> bool,
) -> Option<(usize, Ending<'_>)> {
    let label = |w: &str| {
        (2..=63).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
    };
    let mut at = 0;
    for line in text.split('\n').take(ENDING_LINES) {
        let start = at;
        at += line.len() + 1;
        // The first line starts at the address's '@' (or its written-out "at"): that word is
        // no part of a correction.
        let after_address = match start {
            0 => line.split_once(' ').map_or("", |(_, rest)| rest),
            _ => line,
        };
        if !may_correct(after_address.as_bytes()) {
            continue;
        }
        // `w` is a slice of `line`, itself of `text`.
        let place = |w: &str| start + (w.as_ptr() as usize - line.as_ptr() as usize);
        // The words before, at and after each place: no list of them (most lines hold no
        // correction, and which correction is looked at before the line's words are).
        let mut words = after_address.split_whitespace().map(trim_word);
        let (mut before, mut word, mut after) = ("", words.next(), words.next());
        let mut found = None;
        while let Some(w) = word {
            if !before.eq_ignore_ascii_case("not") && w.len() >= 3 && is_tail(w) {
                found = Some((place(w), Ending::Tail(w)));
                break;
            }
            if w.eq_ignore_ascii_case("not") {
                if let Some(wrong) = after {
                    if label(before) && label(wrong) && !before.eq_ignore_ascii_case(wrong) {
                        found = Some((
                            place(before),
                            Ending::Swap {
                                right: before,
                                wrong,
                            },
                        ));
                        break;
                    }
                }
            }
            (before, word, after) = (w, after, words.next());
        }
        if found.is_some() && corrects(line) {
            return found;
        }
    }
    None
}

/// Whether `line` may hold an ending or "not": a '.' or '@' before a letter, or "not" (in any
/// case, maybe inside a word). Most lines hold neither, and this finds it at memchr's speed.
fn may_correct(b: &[u8]) -> bool {
    let letter_after = |i: usize| b.get(i + 1).is_some_and(u8::is_ascii_alphabetic);
    let not_at = |i: usize| {
        b.get(i..i + 3)
            .is_some_and(|w| w.eq_ignore_ascii_case(b"not"))
    };
    memchr::memchr2_iter(b'.', b'@', b).any(letter_after)
        || memchr::memchr2_iter(b'n', b'N', b).any(not_at)
}

/// A word without the quotes, brackets, punctuation and invisible characters around it.
fn trim_word(w: &str) -> &str {
    w.trim_matches(|c| invisible(c).is_some())
        .trim_start_matches(['*', '(', '"', '\''])
        .trim_end_matches(['.', ',', '!', '?', ')', ';', ':', '"', '\''])
}

/// ".com", "@example.com" or "example.com" (not a web address): the end of an address.
fn is_tail(w: &str) -> bool {
    match w.as_bytes()[0] {
        b'.' => w.len() <= 7 && w[1..].bytes().all(|b| b.is_ascii_alphabetic()),
        b'@' => valid(&format!("x{w}")).is_some(),
        _ => {
            w.contains('.')
                && !w.contains(['@', '/'])
                && !w.to_ascii_lowercase().starts_with("www.")
                && valid(&format!("x@{w}")).is_some()
        }
    }
}

/// `spans` in order and without overlaps: those that overlap or touch are joined.
pub fn merge_spans(spans: &mut Vec<std::ops::Range<usize>>) {
    if spans.len() < 2 {
        return;
    }
    spans.sort_unstable_by_key(|r| r.start);
    let mut kept = 0;
    for k in 0..spans.len() {
        let r = spans[k].clone();
        if kept > 0 && r.start <= spans[kept - 1].end {
            spans[kept - 1].end = spans[kept - 1].end.max(r.end);
        } else {
            spans[kept] = r;
            kept += 1;
        }
    }
    spans.truncate(kept);
}

/// True when `start..end` overlaps one of `spans` (in order, without overlaps: [`merge_spans`]).
pub fn in_spans(spans: &[std::ops::Range<usize>], start: usize, end: usize) -> bool {
    let i = spans.partition_point(|r| r.end <= start);
    spans.get(i).is_some_and(|r| r.start < end)
}

/// True for a letter of a script written without spaces between words (Chinese, Japanese,
/// Korean, and the full-width forms of their keyboards): "我的邮箱是jane@…" puts no address's
/// letters before the Latin ones.
fn unspaced_script(c: char) -> bool {
    matches!(c,
        '\u{3040}'..='\u{30FF}' | '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}'
        | '\u{AC00}'..='\u{D7AF}' | '\u{F900}'..='\u{FAFF}' | '\u{FF00}'..='\u{FFEF}')
}

/// The longest local part looked for, in bytes: RFC 5321 allows 64, and letters of other
/// scripts take up to four bytes each.
const LOCAL_REACH: usize = 256;

/// The ASCII character an apostrophe or a hyphen typed by a phone or a word processor stands
/// for ("o’brien", "jean‑luc", "anne–marie"): an apostrophe or a hyphen may be part of a
/// local part (RFC 5322), and is written in one as ASCII.
fn typed_as(c: char) -> Option<char> {
    match c {
        '\u{2019}' | '\u{2018}' | '\u{02BC}' | '\u{00B4}' | '`' => Some('\''),
        '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2014}' | '\u{2212}' => Some('-'),
        _ => None,
    }
}

/// True when every apostrophe of `local` (as typed, or [`typed_as`] one) stands between two
/// letters or digits ("o'brien"; not "it's'" or a quote closing before the '@').
fn apostrophes_inside_words(local: &str) -> bool {
    let apostrophe = |c: char| c == '\'' || typed_as(c) == Some('\'');
    let mut before = None;
    let mut chars = local.chars().peekable();
    while let Some(c) = chars.next() {
        if apostrophe(c)
            && !(before.is_some_and(char::is_alphanumeric)
                && chars.peek().is_some_and(|n| n.is_alphanumeric()))
        {
            return false;
        }
        before = Some(c);
    }
    true
}

/// Where the word that a local part starting at `l_start` was cut from starts, when a
/// character an address is not written with joins it to a letter or digit before it: the
/// symbols RFC 5322 allows but no mail provider gives out ("!", "#", "=", "|"…), and any other
/// symbol but an opening quote or bracket.
fn cut_inside_word(text: &str, l_start: usize) -> Option<usize> {
    let joiner = text[..l_start].chars().next_back()?;
    let joins = matches!(
        joiner,
        '!' | '#' | '$' | '&' | '*' | '=' | '?' | '^' | '{' | '|' | '}' | '~' | '@'
    ) || (!joiner.is_ascii()
        && !joiner.is_alphanumeric()
        && !joiner.is_whitespace()
        && !matches!(joiner, '“' | '‘' | '«' | '‹' | '（' | '「'));
    let before = &text[..l_start - joiner.len_utf8()];
    if !joins
        || !before
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric)
    {
        return None;
    }
    let word = before
        .char_indices()
        .rev()
        .take_while(|(_, c)| !c.is_whitespace())
        .take(LOCAL_REACH)
        .last()
        .map_or(l_start, |(i, _)| i);
    Some(word)
}

/// The longest text quoted of something that is not an address; the rest is cut with "…".
const QUOTED: usize = 100;

/// `s`, or its first [`QUOTED`] characters and "…".
pub fn shortened(s: &str) -> String {
    match s.char_indices().nth(QUOTED) {
        None => s.to_string(),
        Some((i, _)) => format!("{}…", &s[..i]),
    }
}

/// Words that are not the local part of an address when a space parts them from its '@'.
const NOT_LOCAL: [&str; 17] = [
    "meant", "mean", "is", "its", "at", "me", "to", "use", "try", "not", "or", "and", "was", "be",
    "email", "mail", "address",
];

/// How far back from an address [`at_sign`] looks for the URL it may be part of: a URL's path
/// has a '/' nearer than this.
const TOKEN_REACH: usize = 512;

/// The address around the `@` at byte `at` of `text`, if any.
pub fn at_sign(text: &str, at: usize, is_tld: impl Fn(&str) -> bool) -> Option<Found> {
    let b = text.as_bytes();
    // Left: the local part, right before the '@' or one space before it.
    let mut l_end = at;
    let mut spaced = false;
    // Split by a line break (a message sent in two): joined only if that makes an address.
    let mut broken = false;
    if l_end > 0 && b[l_end - 1] == b' ' {
        l_end -= 1;
        spaced = true;
    } else if l_end > 0 && b[l_end - 1] == b'\n' {
        l_end -= 1;
        if l_end > 0 && b[l_end - 1] == b'\r' {
            l_end -= 1;
        }
        broken = true;
    }
    // The local part: ASCII address characters and letters of any script ("maría.lopez"), and
    // an apostrophe or a hyphen as a phone or a word processor types them ("o’brien",
    // "jean‑luc"). At most [`LOCAL_REACH`] bytes: a longer run is no address.
    let mut l_start = l_end;
    let mut typographic = false;
    for (i, c) in text[..l_end].char_indices().rev() {
        let ok = if c.is_ascii() && c != '`' {
            is_local(c as u8)
        } else if typed_as(c).is_some() {
            typographic = true;
            true
        } else {
            c.is_alphanumeric() && !unspaced_script(c)
        };
        if !ok {
            break;
        }
        if l_end - i > LOCAL_REACH {
            return None;
        }
        l_start = i;
    }
    // Inside a URL ("https://x.org/@handle", "https://user@host/"): not an address. The token
    // is looked at back to a white space, or [`TOKEN_REACH`] bytes: a line of addresses without
    // a space (a hostile file) would cost each of them the whole line.
    let mut lo = l_start.saturating_sub(TOKEN_REACH);
    while !text.is_char_boundary(lo) {
        lo += 1;
    }
    let token_start = b[lo..l_start]
        .iter()
        .rposition(|c| c.is_ascii_whitespace())
        .map_or(lo, |i| lo + i + 1);
    if text[token_start..l_start].contains("://") || text[token_start..at].contains('/') {
        return None;
    }
    // The local part starts a word: "I'm @ the branch" has none.
    while let Some(c) = text[l_start..l_end].chars().next() {
        if !(matches!(c, '.' | '-' | '\'') || typed_as(c).is_some()) {
            break;
        }
        l_start += c.len_utf8();
    }
    let may_hold_apostrophe = typographic || b[l_start..l_end].contains(&b'\'');
    if l_start == l_end || (may_hold_apostrophe && !apostrophes_inside_words(&text[l_start..l_end]))
    {
        return None;
    }
    if l_start > 0 && b[l_start - 1].is_ascii_alphanumeric() {
        return None;
    }
    // A character no address is written with, inside the word ("mary!smith@…", "o´brien"
    // with an accent for an apostrophe): what follows it is not the patron's address, and
    // taking it would write to a stranger. Reported as it was typed.
    if let Some(cut) = cut_inside_word(text, l_start) {
        let end = text[at..]
            .find(|c: char| c.is_whitespace())
            .map_or(text.len(), |i| at + i);
        return Some(Found::Malformed(shortened(&text[cut..end])));
    }
    // "i meant @gmail.com", "it's @example.org": a word before a spaced '@' is no local part.
    if spaced
        && NOT_LOCAL
            .iter()
            .any(|w| text[l_start..l_end].eq_ignore_ascii_case(w))
    {
        return None;
    }
    // "tina . brooks @ example . org": with the '@' spaced, the local part may be spelled out
    // as the domain is, its dots spaced or written.
    let mut local = std::borrow::Cow::Borrowed(&text[l_start..l_end]);
    if typographic {
        local = text[l_start..l_end]
            .chars()
            .map(|c| typed_as(c).unwrap_or(c))
            .collect::<String>()
            .into();
    }
    if spaced {
        let mut s = l_start;
        while let Some(p) = dot_before(text, s) {
            let w = b[..p]
                .iter()
                .rposition(|&c| !is_local(c))
                .map_or(0, |i| i + 1);
            if w == p || b[w..p].contains(&b'\'') {
                break;
            }
            local = format!("{}.{local}", &text[w..p]).into();
            s = w;
        }
    }
    // Right: the domain.
    let mut r = at + 1;
    if b.get(r) == Some(&b' ') {
        r += 1;
        spaced = true;
    } else if !broken && b.get(r..r + 2) == Some(b"\r\n") {
        r += 2;
        broken = true;
    } else if !broken && b.get(r) == Some(&b'\n') {
        r += 1;
        broken = true;
    }
    let found = at_domain(text, &local, r, spaced, &is_tld);
    if broken && !matches!(found, Some(Found::Address { .. })) {
        return None;
    }
    found
}

/// The address of `local` and the domain that starts at byte `r` of `text` (after the `@`).
fn at_domain(
    text: &str,
    local: &str,
    r: usize,
    spaced: bool,
    is_tld: &impl Fn(&str) -> bool,
) -> Option<Found> {
    let b = text.as_bytes();
    if spaced {
        let (labels, _) = spelled_domain(text, r);
        return finish(local, &labels, true, is_tld);
    }
    let mut r_end = r;
    while r_end < b.len() && (is_label(b[r_end]) || b[r_end] == b'.') {
        r_end += 1;
    }
    // Longer than any domain: no address, and nothing to copy.
    if r_end - r > MAX_DOMAIN + 1 {
        return None;
    }
    // "jane@gmail." and "com" on the next line: a message split inside the domain, joined only
    // when the first line stops after the domain's first label.
    let mut joined = None;
    if r_end > r && b[r_end - 1] == b'.' && !text[r..r_end - 1].contains('.') {
        let mut n = r_end + usize::from(b.get(r_end) == Some(&b'\r'));
        if b.get(n) == Some(&b'\n') {
            n += 1;
            let mut e = n;
            while e < b.len() && (is_label(b[e]) || b[e] == b'.') {
                e += 1;
            }
            if e > n {
                joined = Some(format!("{}{}", &text[r..r_end], &text[n..e]));
            }
        }
    }
    let domain = joined
        .as_deref()
        .unwrap_or(&text[r..r_end])
        .trim_end_matches(['.', '-']);
    if domain.is_empty() {
        return None;
    }
    if !domain.contains('.') {
        // "jane@gmail . com" or "jane@gmail dot com": spelled out after all.
        let (labels, _) = spelled_domain(text, r);
        if labels.len() >= 2 {
            return finish(local, &labels, true, is_tld);
        }
        return Some(Found::Malformed(address_of(local, &[domain])));
    }
    // "jane@terpmail.umd . edu": the rest of the domain is spelled out.
    let (labels, spelled_end) = spelled_domain(text, r);
    if spelled_end > r + domain.len() && labels.len() > domain.split('.').count() {
        return finish(local, &labels, true, is_tld);
    }
    let address = address_of(local, &[domain]);
    let tld = domain.rsplit_once('.').map_or(domain, |(_, t)| t);
    match valid(&address) {
        // "jane@terpmail.umd": a domain that stops before its top-level domain.
        Some(_) if !is_tld(tld) => Some(Found::Malformed(address)),
        Some(a) => Some(Found::Address {
            address: a,
            written_out: false,
        }),
        None => Some(Found::Malformed(address)),
    }
}

/// A written-out address around an "at" marker occupying `start..end` of `text`.
pub fn written_at(
    text: &str,
    start: usize,
    end: usize,
    is_tld: impl Fn(&str) -> bool,
) -> Option<Found> {
    written_span(text, start, end, is_tld).map(|(found, _)| found)
}

/// [`written_at`], and the bytes of `text` the address takes, from its first word to its
/// domain's end.
pub fn written_span(
    text: &str,
    start: usize,
    end: usize,
    is_tld: impl Fn(&str) -> bool,
) -> Option<(Found, std::ops::Range<usize>)> {
    let b = text.as_bytes();
    // Left: labels joined by dots or " dot ", ending right before the marker (or one space).
    let mut l_end = start;
    if l_end > 0 && b[l_end - 1] == b' ' {
        l_end -= 1;
    }
    // The words of the local part from the last, each with the separator written before it.
    let mut parts: Vec<(&str, Option<char>)> = Vec::new();
    let mut pos = l_end;
    loop {
        let mut s = pos;
        loop {
            while s > 0 && is_local(b[s - 1]) {
                s -= 1;
            }
            // A phone's apostrophe inside the word ("o’brien"), as typed.
            let typed = text[..s]
                .chars()
                .next_back()
                .filter(|&c| typed_as(c) == Some('\''));
            match typed {
                Some(c) if s < pos && text[..s - c.len_utf8()].ends_with(char::is_alphanumeric) => {
                    s -= c.len_utf8();
                }
                _ => break,
            }
        }
        if s == pos {
            break;
        }
        let word = &text[s..pos];
        // "o'brien" is a name; "it's" or a quote around the word is no part of an address.
        if (word.contains('\'') || !word.is_ascii()) && !apostrophes_inside_words(word) {
            return None;
        }
        // " dot ", " underscore " before this word continue the local part.
        let sep = separator_before(text, s);
        parts.push((word, sep.map(|x| x.1)));
        match sep {
            Some((p, _)) => pos = p,
            None => {
                pos = s;
                break;
            }
        }
    }
    if parts.is_empty() || (pos > 0 && b[pos - 1].is_ascii_alphanumeric()) {
        return None;
    }
    // "mary ann smith at gmail dot com": a name of several words before the "at" may all be the
    // local part ("maryannsmith") or only its last word; taking "smith" could write to a
    // stranger, so it is reported as written. A word that leads up to an address ("is",
    // "email", "me") is no part of one.
    // (Looked at only once the rest makes an address: most "at"s are none.)
    let named_before = || {
        (pos > 1 && b[pos - 1] == b' ')
            .then(|| {
                b[..pos - 1]
                    .iter()
                    .rposition(|c| !c.is_ascii_alphabetic())
                    .map_or(0, |i| i + 1)
            })
            .filter(|&w| {
                let word = &text[w..pos - 1];
                !word.is_empty()
                    && !LEADS_TO_AN_ADDRESS
                        .iter()
                        .any(|x| x.eq_ignore_ascii_case(word))
            })
    };
    let local = parts
        .iter()
        .rev()
        .enumerate()
        .fold(String::new(), |mut out, (k, (word, sep))| {
            if k > 0 {
                out.push(sep.unwrap_or('.'));
            }
            out.extend(word.chars().map(|c| typed_as(c).unwrap_or(c)));
            out
        });
    let mut r = end;
    if b.get(r) == Some(&b' ') && !text[start..end].ends_with(' ') {
        r += 1;
    }
    let (labels, end) = spelled_domain(text, r);
    if let [name] = labels[..] {
        // "pat at hotmail": a mail provider's name without its ending is an address left
        // incomplete, to be reported as such (a later "dot com" may complete it).
        let mail_only = MAIL_ONLY.iter().any(|p| p.eq_ignore_ascii_case(name));
        return mail_only.then(|| (Found::Malformed(address_of(&local, &labels)), pos..end));
    }
    if labels.len() < 2 {
        return None;
    }
    // "start at www.library.cmu.edu", "look at example.org/page": a web address.
    if labels[0].eq_ignore_ascii_case("www") || text.as_bytes().get(end) == Some(&b'/') {
        return None;
    }
    let found = finish(&local, &labels, true, &is_tld)?;
    let named_before = match found {
        Found::Address { .. } => named_before(),
        Found::Malformed(_) => None,
    };
    match (found, named_before) {
        (Found::Address { .. }, Some(w)) => {
            let words = format!("{} {local}", &text[w..pos - 1]);
            Some((Found::Malformed(address_of(&words, &labels)), w..end))
        }
        (found, _) => Some((found, pos..end)),
    }
}

/// True when the local part of the address typed at the '@' at byte `at` of `text` has a word
/// of letters right before it, a space between, that leads up to no address ("jane
/// doe@example.com"): the address may have been cut at that space ("janedoe@…", "jane.doe@…"),
/// and is read as typed but looked at by a person.
pub fn word_before_local(text: &str, at: usize) -> bool {
    let before = &text[..at];
    let rest = before.trim_end_matches(|c: char| c.is_alphanumeric() || "._%+-'".contains(c));
    if rest.len() == before.len() {
        return false;
    }
    // A message right before the address's that ends in a word and '_' or '-' ("jane_", then
    // "doe@gmail.com"), or in a word and a dot after what leads up to an address ("my email is
    // jane."; not "PGCMLS." nor "i live in towson."): the address may have been sent in two.
    if let Some(line) = rest.strip_suffix('\n') {
        let line = line.strip_suffix('\r').unwrap_or(line);
        let line = line.rsplit('\n').next().unwrap_or("");
        let mut words = line.split_whitespace().rev();
        let Some(last) = words.next() else {
            return false;
        };
        let Some(word) = last.strip_suffix(['.', '_', '-']) else {
            return false;
        };
        // "it's jane.": the word before, its apostrophe dropped ("its"); not "at" or "to", which
        // lead up to places as often ("a student at AACC.").
        let mut led = || {
            words.next().is_some_and(|w| {
                let w = w.trim_end_matches(':').replace(['\'', '\u{2019}'], "");
                !leads_nowhere(&w) && !w.eq_ignore_ascii_case("at") && !w.eq_ignore_ascii_case("to")
            })
        };
        return word.chars().all(char::is_alphabetic)
            && word.chars().any(char::is_lowercase)
            && leads_nowhere(word)
            && (!last.ends_with('.') || led());
    }
    if !rest.ends_with(' ') || rest.ends_with("  ") {
        return false;
    }
    let rest = &rest[..rest.len() - 1];
    let start = rest.rfind(|c: char| !c.is_alphabetic()).map_or(0, |i| {
        i + rest[i..].chars().next().map_or(1, char::len_utf8)
    });
    rest[..start]
        .chars()
        .next_back()
        .is_none_or(|c| c.is_whitespace())
        && leads_nowhere(&rest[start..])
}

/// A word of 2 to 20 characters that leads up to no address (not "is", "email", "yes"…).
fn leads_nowhere(word: &str) -> bool {
    (2..=20).contains(&word.chars().count())
        && !LEADS_TO_AN_ADDRESS
            .iter()
            .chain(&NOT_LOCAL)
            .chain(&ANSWERS)
            .any(|w| w.eq_ignore_ascii_case(word))
}

/// Short answers and words of other languages that lead up to a typed address ("ya
/// mkelly@…", "mi correo es maria@…"), besides [`LEADS_TO_AN_ADDRESS`].
const ANSWERS: [&str; 16] = [
    "ya", "yah", "yea", "yup", "kk", "from", "es", "est", "ist", "correo", "courriel", "hola",
    "gracias", "merci", "si", "sí",
];

/// Words that lead up to an address written out after them ("my email is jane at …", "reach
/// me at jane at …"): never part of its local part.
const LEADS_TO_AN_ADDRESS: [&str; 60] = [
    // "it's", "that's": the letter after the apostrophe.
    "s", "is", "its", "it", "email", "mail", "address", "addy", "account", "me", "at", "to",
    "reach", "contact", "use", "try", "here", "thanks", "thx", "ok", "okay", "yes", "yeah", "yep",
    "sure", "mine", "was", "be", "or", "and", "meant", "mean", "not", "that", "this", "send",
    "write", "back", "one", "again", "also", "just", "new", "hi", "hello", "hey", "please", "pls",
    "sorry", "actually", "instead", "correct", "oops",
    // "my gmail jsmith at gmail dot com": the provider's name said before the address.
    "gmail", "yahoo", "hotmail", "outlook", "aol", "icloud", "comcast",
];

/// The bytes of `text` an address typed around the `@` at byte `at` takes: the word before
/// it and the word after, and with the '@' spaced ("tina . brooks @ example . org") the
/// words joined to those by a spaced or written dot. Generous: the words of an address are
/// no evidence of anything.
pub fn typed_span(text: &str, at: usize) -> std::ops::Range<usize> {
    let b = text.as_bytes();
    let white = |c: u8| c.is_ascii_whitespace();
    // A word is read at most [`LOCAL_REACH`] bytes each way: a line of addresses without a
    // space (a hostile file) would cost each of them the whole line.
    let word_back = |mut i: usize| {
        let stop = i.saturating_sub(LOCAL_REACH);
        while i > stop && !white(b[i - 1]) {
            i -= 1;
        }
        i
    };
    let word_on = |mut i: usize| {
        let stop = (i + LOCAL_REACH).min(b.len());
        while i < stop && !white(b[i]) {
            i += 1;
        }
        i
    };
    // One space, or a line break (a message sent in two at the '@'), between the '@' and a word.
    let gap_before = match b.get(at.wrapping_sub(1)) {
        Some(b' ' | b'\n') if at > 0 => {
            1 + usize::from(at > 1 && b[at - 2] == b'\r' && b[at - 1] == b'\n')
        }
        _ => 0,
    };
    let gap_after = match b.get(at + 1) {
        Some(b' ' | b'\n') => 1,
        Some(b'\r') if b.get(at + 2) == Some(&b'\n') => 2,
        _ => 0,
    };
    let (spaced_before, spaced_after) = (gap_before > 0, gap_after > 0);
    let mut lo = word_back(at - gap_before);
    let mut hi = word_on(at + 1 + gap_after);
    if spaced_before || spaced_after {
        let joins = |w: &[u8]| w.eq_ignore_ascii_case(b" . ") || w.eq_ignore_ascii_case(b" dot ");
        // At most a domain's length each way.
        let (far_lo, far_hi) = (at.saturating_sub(MAX_DOMAIN), at + MAX_DOMAIN);
        while let Some(d) = [3, 5]
            .into_iter()
            .find(|&n| lo >= n && joins(&b[lo - n..lo]))
        {
            if lo < far_lo {
                break;
            }
            lo = word_back(lo - d);
        }
        while let Some(d) = [3, 5]
            .into_iter()
            .find(|&n| b.get(hi..hi + n).is_some_and(joins))
        {
            if hi > far_hi {
                break;
            }
            hi = word_on(hi + d);
        }
    }
    lo..hi
}

/// True when `later` looks like `first` corrected: the same domain and a local part a few edits
/// away, or the same local part at another domain ("jane@gmial.com" then "jane@gmail.com").
pub fn corrects(first: &str, later: &str) -> bool {
    let (Some((l1, d1)), Some((l2, d2))) = (first.rsplit_once('@'), later.rsplit_once('@')) else {
        return false;
    };
    (d1 == d2 && edits(l1, l2) <= 2) || (l1 == l2 && edits(d1, d2) <= 3)
}

/// Well-known providers' mail domains: the name before the dot and its one top-level domain.
/// Only these are ever corrected: elsewhere a near spelling may be a real domain (`.co` is
/// Colombia's, `.cm` Cameroon's, `email.com` and `mail.com` are providers of their own).
const PROVIDERS: [(&str, &str); 22] = [
    ("gmail", "com"),
    ("googlemail", "com"),
    ("yahoo", "com"),
    ("ymail", "com"),
    ("rocketmail", "com"),
    ("hotmail", "com"),
    ("outlook", "com"),
    ("live", "com"),
    ("msn", "com"),
    ("aol", "com"),
    ("icloud", "com"),
    ("me", "com"),
    ("mac", "com"),
    ("protonmail", "com"),
    ("comcast", "net"),
    ("verizon", "net"),
    ("att", "net"),
    ("sbcglobal", "net"),
    ("bellsouth", "net"),
    ("earthlink", "net"),
    ("charter", "net"),
    ("cox", "net"),
];

/// Providers' names that mean mail and nothing else after "at" ("I work at Verizon", "we met at
/// Charter" are not addresses).
const MAIL_ONLY: [&str; 9] = [
    "gmail",
    "googlemail",
    "ymail",
    "rocketmail",
    "hotmail",
    "icloud",
    "protonmail",
    "yahoo",
    "aol",
];

/// The address with an obvious typo in a well-known provider's domain corrected, the way a
/// librarian reads it: a top-level domain one slip from the provider's (`hotmail.con`,
/// `gmail.cmo`, `yahoo.ocm`, `aol.cm`, `gmail.comm`, `comcast.ent`) or a provider's name one slip
/// away (`gmial.com`, `yaho.com`, `hotmial.com`, `outlok.com`), both at once too. A slip is one
/// letter added, left out, changed, or two neighbours swapped. `None` when there is nothing to
/// correct: the address is a provider's own, or its domain is no near miss of one (a name of
/// four letters or fewer must be exact: `mail.com` is not `gmail.com`, nor `love.com` `live.com`),
/// or has more than two labels (`yahoo.co.uk`).
pub fn provider_typo(address: &str) -> Option<String> {
    let (local, domain) = address.rsplit_once('@')?;
    // Lower-cased on the stack: this runs for most chats. A longer domain is no provider's slip.
    let mut room = [0u8; 64];
    let lower = room.get_mut(..domain.len())?;
    lower.copy_from_slice(domain.as_bytes());
    lower.make_ascii_lowercase();
    let domain = std::str::from_utf8(lower).ok()?;
    let (name, tld) = domain.split_once('.')?;
    if tld.contains('.') || name.is_empty() || tld.is_empty() {
        return None;
    }
    // The provider meant: its exact name, else a near one of five letters or more that starts
    // with the same letter ("email" is not "gmail") and is no provider's own name ("ymail").
    let (want, want_tld) = PROVIDERS.iter().find(|(p, _)| *p == name).or_else(|| {
        PROVIDERS.iter().find(|(p, _)| {
            p.len() >= 5 && p.as_bytes()[0] == name.as_bytes()[0] && one_slip(p, name)
        })
    })?;
    if *want == name && *want_tld == tld {
        return None;
    }
    if tld != *want_tld && !one_slip(want_tld, tld) {
        return None;
    }
    valid(&format!("{local}@{want}.{want_tld}"))
}

/// True when `b` is `a` with one slip: one byte added, left out or changed, or two neighbours
/// swapped (optimal string alignment distance 1), found in one pass.
fn one_slip(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    // The shorter first: a byte left out of one is a byte added to the other.
    let (a, b) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    let same = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    match b.len() - a.len() {
        0 if same == a.len() => false,
        0 => {
            let (x, y) = (&a[same + 1..], &b[same + 1..]);
            // One byte changed, or this byte and the next swapped.
            x == y
                || (a.get(same + 1) == b.get(same)
                    && b.get(same + 1) == a.get(same)
                    && x[1..] == y[1..])
        }
        1 => a[same..] == b[same + 1..],
        _ => false,
    }
}

/// Levenshtein distance by characters (short strings only).
fn edits(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut cur = vec![i + 1; b.len() + 1];
        for (j, cb) in b.iter().enumerate() {
            cur[j + 1] = (prev[j] + usize::from(ca != cb))
                .min(prev[j + 1] + 1)
                .min(cur[j] + 1);
        }
        prev = cur;
    }
    prev[b.len()]
}

/// Characters that are invisible or a space in disguise, as they come pasted into a chat: a
/// zero-width one is removed (it sits inside the one address the patron typed: removing it never
/// joins two words), a no-break space is a space.
pub fn clean_invisibles(text: &str) -> std::borrow::Cow<'_, str> {
    // Each such character starts with one of three bytes (lead bytes, so `i` is a character's
    // start): most texts have none, and are not copied; the others are copied a run at a time.
    let mut out = String::new();
    let mut from = 0;
    for i in memchr::memchr3_iter(0xE2, 0xC2, 0xEF, text.as_bytes()) {
        let Some(c) = text[i..].chars().next() else {
            continue;
        };
        if let Some(instead) = invisible(c) {
            if out.capacity() == 0 {
                out.reserve(text.len());
            }
            out.push_str(&text[from..i]);
            out.extend(instead);
            from = i + c.len_utf8();
        }
    }
    if out.capacity() == 0 {
        return std::borrow::Cow::Borrowed(text);
    }
    out.push_str(&text[from..]);
    std::borrow::Cow::Owned(out)
}

/// What [`clean_invisibles`] makes of `c`: `Some(None)` removed, `Some(Some(' '))` a space.
fn invisible(c: char) -> Option<Option<char>> {
    match c {
        '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{00AD}' => Some(None),
        '\u{00A0}' | '\u{202F}' | '\u{2007}' => Some(Some(' ')),
        // An Asian phone keyboard's full-width at sign and full stop.
        '\u{FF20}' => Some(Some('@')),
        '\u{FF0E}' => Some(Some('.')),
        _ => None,
    }
}

/// Places in [`clean_invisibles`]`(text)` as places in `text`, asked for in increasing order
/// (one walk over the text for all of them).
pub struct Uncleaned<'t> {
    text: &'t str,
    /// Where the walk is, in `text` and in the cleaned text.
    at: usize,
    clean: usize,
}

impl<'t> Uncleaned<'t> {
    pub fn new(text: &'t str) -> Self {
        Uncleaned {
            text,
            at: 0,
            clean: 0,
        }
    }

    /// The start in `text` of the character that became byte `clean` of the cleaned text (a
    /// character boundary of `text`; its end when `clean` is past the cleaned text).
    pub fn place(&mut self, clean: usize) -> usize {
        while self.clean < clean {
            let Some(c) = self.text[self.at..].chars().next() else {
                break;
            };
            self.at += c.len_utf8();
            self.clean += match invisible(c) {
                Some(instead) => instead.map_or(0, char::len_utf8),
                None => c.len_utf8(),
            };
        }
        self.at
    }
}

/// [`clean_invisibles`] a character at a time (what it must give).
#[cfg(test)]
fn clean_invisibles_by_char(text: &str) -> String {
    text.chars()
        .filter_map(|c| match c {
            '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{00AD}' => None,
            '\u{00A0}' | '\u{202F}' | '\u{2007}' => Some(' '),
            c => Some(c),
        })
        .collect()
}

/// Where a written dot ("." / " . " / " dot " / "[dot]" / "(dot)") ends just before `at`: the
/// position where the previous word ends.
fn dot_before(text: &str, at: usize) -> Option<usize> {
    separator_before(text, at)
        .filter(|s| s.1 == '.')
        .map(|s| s.0)
}

/// Where a written separator of a local part ends just before `at` (a dot as [`dot_before`]
/// finds it, " underscore ", " dash ", " hyphen "): the position where the previous word ends,
/// and the character it stands for.
fn separator_before(text: &str, at: usize) -> Option<(usize, char)> {
    let head = &text.as_bytes()[..at];
    for (sep, c) in [
        (&b" dot "[..], '.'),
        (b" [dot] ", '.'),
        (b"[dot]", '.'),
        (b"(dot)", '.'),
        (b" (dot) ", '.'),
        (b" . ", '.'),
        (b" underscore ", '_'),
        (b" dash ", '-'),
        (b" hyphen ", '-'),
    ] {
        if head.len() >= sep.len() && head[head.len() - sep.len()..].eq_ignore_ascii_case(sep) {
            return Some((at - sep.len(), c));
        }
    }
    None
}

/// Labels of a domain written from `from`: "gmail dot com", "gmail [dot] com", "gmail . com",
/// "gmail.com", "yahoo(dot)com". Returns the labels and where they end.
fn spelled_domain(text: &str, from: usize) -> (Vec<&str>, usize) {
    let b = text.as_bytes();
    let mut labels = Vec::new();
    let mut i = from;
    loop {
        let s = i;
        while i < b.len() && is_label(b[i]) {
            i += 1;
        }
        if i == s {
            break;
        }
        labels.push(&text[s..i]);
        let rest = &b[i..];
        let seps: [&[u8]; 7] = [
            b" dot ", b" [dot] ", b"[dot]", b"(dot)", b" (dot) ", b" . ", b".",
        ];
        match seps
            .iter()
            .find(|sep| rest.len() > sep.len() && rest[..sep.len()].eq_ignore_ascii_case(sep))
        {
            Some(sep) if is_label(rest[sep.len()]) => i += sep.len(),
            _ => break,
        }
    }
    (labels, i)
}

/// `local`, '@' and `labels` joined by dots, in one allocation (the formatting machinery costs
/// more than the copying: this runs for each '@').
fn address_of(local: &str, labels: &[&str]) -> String {
    let len = local.len() + labels.iter().map(|l| l.len() + 1).sum::<usize>();
    let mut a = String::with_capacity(len);
    a.push_str(local);
    a.push('@');
    for (i, l) in labels.iter().enumerate() {
        if i > 0 {
            a.push('.');
        }
        a.push_str(l);
    }
    a
}

fn finish(
    local: &str,
    labels: &[&str],
    written_out: bool,
    is_tld: &impl Fn(&str) -> bool,
) -> Option<Found> {
    if labels.is_empty() {
        return None;
    }
    let tld = labels[labels.len() - 1];
    if labels.len() < 2 || !is_tld(tld) {
        return None;
    }
    let address = address_of(local, labels);
    valid(&address).map(|address| Found::Address {
        address,
        written_out,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_domain_and_its_labels_have_the_lengths_dns_allows() {
        let label = |n: usize| "b".repeat(n);
        assert!(valid(&format!("x@{}.com", label(63))).is_some());
        assert!(valid(&format!("x@{}.com", label(64))).is_none());
        // 253 bytes in all: four labels of 61 and their dots, then a top-level domain of 5.
        let long = format!(
            "{}.{}.{}.{}.abcde",
            label(61),
            label(61),
            label(61),
            label(61)
        );
        assert_eq!(long.len(), 253);
        assert!(valid(&format!("x@{long}")).is_some());
        assert!(valid(&format!("x@a{long}")).is_none());
        assert!(valid("x@b-.com").is_none() && valid("x@-b.com").is_none());
        assert!(valid("x@b-c.com").is_some());
        // A run of labels far longer than a domain is no address, read once.
        let text = format!("mail x@{}com", "a.".repeat(200_000));
        assert_eq!(at_sign(&text, 6, |t| t == "com"), None);
    }

    #[test]
    fn invisibles_cleaned_a_run_at_a_time_as_a_character_at_a_time() {
        // Texts of pieces with and without the characters, and near misses (other characters
        // that start with the same bytes), in a fixed pseudo-random order.
        let pieces = PIECES;
        let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
        for _ in 0..3000 {
            let mut text = String::new();
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            for k in 0..(seed % 12) {
                text.push_str(pieces[((seed >> (5 * k + 4)) % pieces.len() as u64) as usize]);
            }
            let clean = clean_invisibles(&text);
            assert_eq!(clean, clean_invisibles_by_char(&text), "{text:?}");
            assert_eq!(
                matches!(clean, std::borrow::Cow::Borrowed(_)),
                clean == text,
                "{text:?}"
            );
        }
    }

    const PIECES: [&str; 22] = [
        "a", "jane", " ", ".", "@", "\u{200B}", "\u{200C}", "\u{200D}", "\u{2060}", "\u{FEFF}",
        "\u{00AD}", "\u{00A0}", "\u{202F}", "\u{2007}", "é", "’", "“", "\u{2028}", "\u{00C2}", "ï",
        "\u{FFFD}", "—",
    ];

    /// [`valid`] as it was written first: the labels collected, then checked.
    fn valid_by_list(address: &str) -> Option<String> {
        let a = address
            .trim()
            .trim_start_matches(['<', '(', '['])
            .trim_end_matches(['>', ')', ']', '.', ',', ';', ':', '!', '?']);
        let (local, domain) = a.rsplit_once('@')?;
        if local.is_empty()
            || local.len() > 64
            || !local.chars().all(|c| {
                if c.is_ascii() {
                    is_local(c as u8)
                } else {
                    c.is_alphanumeric()
                }
            })
            || local.starts_with('.')
            || local.ends_with('.')
        {
            return None;
        }
        let labels: Vec<&str> = domain.split('.').collect();
        if labels.len() < 2
            || domain.len() > 253
            || labels.iter().any(|l| {
                l.is_empty()
                    || l.len() > 63
                    || !l.bytes().all(is_label)
                    || l.starts_with('-')
                    || l.ends_with('-')
            })
        {
            return None;
        }
        let tld = labels[labels.len() - 1];
        if tld.len() < 2 || !tld.bytes().all(|b| b.is_ascii_alphabetic()) {
            return None;
        }
        Some(a.to_lowercase())
    }

    #[test]
    fn places_in_the_cleaned_text_are_found_in_the_text() {
        for text in [
            "\u{200B}a@b.org",
            "x\u{00A0}y\u{200D}\u{200D}z@q.org",
            "é\u{202F}@",
            "plain@x.org",
            "",
        ] {
            let clean = clean_invisibles(text);
            let mut places = Uncleaned::new(text);
            for (i, c) in clean.char_indices() {
                let at = places.place(i);
                assert!(text.is_char_boundary(at), "{text:?} {i}");
                // The character there, past the removed ones, is the cleaned text's.
                let rest = text[at..].trim_start_matches(|c| invisible(c) == Some(None));
                let first = rest.chars().next().unwrap();
                assert_eq!(
                    invisible(first).map_or(first, |x| x.unwrap_or(first)),
                    c,
                    "{text:?} {i}"
                );
            }
            assert!(places.place(clean.len() + 5) <= text.len());
        }
    }

    /// True when a line holds what [`corrected_ending`] looks at: an ending, or "not".
    fn ending_without_filter(line: &str) -> bool {
        let words: Vec<&str> = line.split_whitespace().map(trim_word).collect();
        words.iter().enumerate().any(|(i, w)| {
            let before = if i > 0 { words[i - 1] } else { "" };
            (w.len() >= 3 && is_tail(w) && !before.eq_ignore_ascii_case("not"))
                || w.eq_ignore_ascii_case("not")
        })
    }

    #[test]
    fn corrections_pass_the_line_filter() {
        for line in [
            "sorry, .org not .com",
            "it's @gmail.com",
            "I meant yahoo.com",
            "gmail NOT gmial",
            "(.edu)",
            "the end is .NET",
        ] {
            assert!(may_correct(line.as_bytes()), "{line:?}");
            // The text starts at the address, the correction a line below it or after it.
            for text in [
                format!("x@example.org\n{line}"),
                format!("x@example.org {line}"),
            ] {
                assert!(corrected_ending(&text, |_| true).is_some(), "{text:?}");
            }
        }
        for line in ["Thank you. Bye!", "ok", "see 10.5 and 3.2", "one @ 5"] {
            assert!(!may_correct(line.as_bytes()), "{line:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn a_line_the_filter_drops_holds_no_correction(
            line in "([a-zA-Z]{1,6}|[.@]|[.@][a-z]{2,4}|not|NOT|[ ,!?0-9]){0,12}",
        ) {
            if !may_correct(line.as_bytes()) {
                proptest::prop_assert!(!ending_without_filter(&line), "{:?}", line);
            }
        }

        #[test]
        fn an_address_joined_as_formatted(
            local in "[a-zA-Z.\u{e9}@]{0,6}",
            labels in proptest::collection::vec("[a-z.\u{e9}-]{0,5}", 0..4),
        ) {
            let labels: Vec<&str> = labels.iter().map(String::as_str).collect();
            proptest::prop_assert_eq!(
                address_of(&local, &labels),
                format!("{local}@{}", labels.join("."))
            );
        }
    }

    #[test]
    fn valid_as_by_a_list_of_labels() {
        for a in [
            "Jane.Doe@Gmail.COM",
            "a@b.c",
            "a@b.co",
            "a@b..com",
            "a@.b.com",
            "a@b.com.",
            "<a@b.com>",
            "a@-b.com",
            "a@b-.com",
            "a@b.c0m",
            "MARÍA.López@Correo.ES",
            "a@b",
            "@b.com",
            "a@@b.com",
            ".a@b.com",
            "a.@b.com",
            "a@b.com;",
            "(a@b.com)",
            "a b@c.com",
            "ǅa@b.com",
            "a@b.İt",
            "",
            "@",
            "a@b.com\u{2028}",
            "x@y.z.w.museum",
        ] {
            assert_eq!(valid(a), valid_by_list(a), "{a:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn valid_as_by_a_list_of_labels_on_random_addresses(
            a in "[<(]?[a-zA-Z0-9._%+ÀÉíß-]{0,6}@{0,2}[a-zA-Z0-9.İ-]{0,10}[>).,;]?"
        ) {
            proptest::prop_assert_eq!(valid(&a), valid_by_list(&a));
        }
    }

    fn tld(t: &str) -> bool {
        ["com", "net", "org", "edu"].contains(&t.to_ascii_lowercase().as_str())
    }

    fn at(text: &str) -> Option<Found> {
        at_sign(text, text.find('@').unwrap(), tld)
    }

    fn addr(a: &str, w: bool) -> Option<Found> {
        Some(Found::Address {
            address: a.to_string(),
            written_out: w,
        })
    }

    #[test]
    fn plain_forms() {
        assert_eq!(
            at("my email is jane.doe@gmail.com"),
            addr("jane.doe@gmail.com", false)
        );
        assert_eq!(at("JANE.DOE@GMAIL.COM"), addr("jane.doe@gmail.com", false));
        assert_eq!(
            at("email me at <jane@aol.com>"),
            addr("jane@aol.com", false)
        );
        assert_eq!(
            at("it's jane+library@gmail.com."),
            addr("jane+library@gmail.com", false)
        );
        assert_eq!(
            at("jane@gmail"),
            Some(Found::Malformed("jane@gmail".into()))
        );
        assert_eq!(
            at("jane@gmailcom"),
            Some(Found::Malformed("jane@gmailcom".into()))
        );
        assert_eq!(at("jane @ gmail . com"), addr("jane@gmail.com", true));
        assert_eq!(at("jane@gmail . com i think"), addr("jane@gmail.com", true));
        assert_eq!(
            at("h.o@terpmail.umd . edu i think"),
            addr("h.o@terpmail.umd.edu", true)
        );
        assert_eq!(
            at("it's h.o@terpmail.umd.edu."),
            addr("h.o@terpmail.umd.edu", false)
        );
        for noise in [
            "I'm @ the Towson branch",
            "they're @prattlibrary on instagram",
            "can we meet @ 5pm",
            "it says error @ line 3",
            "@ librarian are you there",
        ] {
            assert_eq!(at(noise), None, "{noise}");
        }
    }

    #[test]
    fn urls_are_not_addresses() {
        assert_eq!(at("see https://www.youtube.com/@crashcourse"), None);
        assert_eq!(at("https://user@example.org/x"), None);
        let w = |text: &str| {
            let s = text.find(" at ").unwrap();
            written_at(text, s, s + 4, tld)
        };
        assert_eq!(w("start at www.library.cmu.edu for guides"), None);
        assert_eq!(w("look at example.org/page"), None);
        // A provider's name alone is an address left incomplete; another word is no address.
        assert_eq!(
            w("it's pat at hotmail"),
            Some(Found::Malformed("pat@hotmail".into()))
        );
        assert_eq!(
            w("Kim.Lee at Gmail, thanks"),
            Some(Found::Malformed("Kim.Lee@Gmail".into()))
        );
        assert_eq!(w("i work at verizon"), None);
        assert_eq!(w("we met at noon"), None);
        assert_eq!(
            w("jane at example.org thanks"),
            addr("jane@example.org", true)
        );
    }

    #[test]
    fn letters_of_any_script_in_the_local_part() {
        assert_eq!(
            at("escríbame: maría.lopez@gmail.com"),
            addr("maría.lopez@gmail.com", false)
        );
        assert_eq!(at("“zoë.k@example.net”"), addr("zoë.k@example.net", false));
        assert_eq!(valid("MARÍA@X.ORG").as_deref(), Some("maría@x.org"));
    }

    #[test]
    fn apostrophes_and_hyphens_as_phones_type_them() {
        for (text, want) in [
            (
                "my email is dan.o'connor@comcast.net",
                "dan.o'connor@comcast.net",
            ),
            (
                "it's mary.o\u{2019}brien@gmail.com thx",
                "mary.o'brien@gmail.com",
            ),
            (
                "ORourke: k.o\u{2018}rourke@example.org",
                "k.o'rourke@example.org",
            ),
            (
                "jean\u{2011}luc.martin@gmail.com",
                "jean-luc.martin@gmail.com",
            ),
            ("write anne\u{2013}marie@yahoo.com", "anne-marie@yahoo.com"),
            ("o\u{00B4}neil.k@example.net", "o'neil.k@example.net"),
            // A quote around the address is no part of it.
            ("'jane@gmail.com'", "jane@gmail.com"),
            ("\u{2018}jane@gmail.com\u{2019}", "jane@gmail.com"),
        ] {
            assert_eq!(at(text), addr(want, false), "{text}");
        }
        // An apostrophe that ends the local part is no address's.
        assert_eq!(at("jane'@gmail.com"), None);
    }

    #[test]
    fn a_symbol_inside_a_word_never_leaves_a_strangers_address() {
        for (text, typed) in [
            ("mail me: mary!smith@gmail.com", "mary!smith@gmail.com"),
            ("a=b@gmail.com", "a=b@gmail.com"),
            ("pat#1@yahoo.com ok", "pat#1@yahoo.com"),
            ("lee|kim@example.org", "lee|kim@example.org"),
            ("jo\u{2022}ann@example.org", "jo\u{2022}ann@example.org"),
        ] {
            assert_eq!(at(text), Some(Found::Malformed(typed.into())), "{text}");
        }
        // Punctuation between words still parts them.
        assert_eq!(at("email:ana@aol.com"), addr("ana@aol.com", false));
        assert_eq!(at("(ana@aol.com)"), addr("ana@aol.com", false));
        assert_eq!(
            at("\u{201C}ana@aol.com\u{201D}"),
            addr("ana@aol.com", false)
        );
    }

    #[test]
    fn a_name_of_several_words_before_a_spelled_out_at_is_reported_not_cut() {
        let w = |text: &str| {
            let s = text.find(" at ").unwrap();
            written_span(text, s, s + 4, tld)
        };
        assert_eq!(
            w("mary ann smith at gmail dot com").map(|f| f.0),
            Some(Found::Malformed("ann smith@gmail.com".into()))
        );
        for (text, want) in [
            ("my email is jsmith at gmail dot com", "jsmith@gmail.com"),
            ("it's jsmith at gmail dot com", "jsmith@gmail.com"),
            ("email: jsmith at gmail dot com", "jsmith@gmail.com"),
            ("jsmith at gmail dot com", "jsmith@gmail.com"),
            ("reach me at jsmith at gmail dot com", "jsmith@gmail.com"),
            ("email me back jsmith at gmail dot com", "jsmith@gmail.com"),
            ("my yahoo jsmith at gmail dot com", "jsmith@gmail.com"),
        ] {
            let text = text.replacen(" at ", " AT ", usize::from(text.starts_with("reach")));
            let at = text.rfind(" at ").unwrap();
            let found = written_span(&text, at, at + 4, tld);
            assert_eq!(found.map(|f| f.0), addr(want, true), "{text}");
        }
        // The span is the address's words, from the first to the domain's end.
        let text = "ok its kim dot lee at gmail dot com thanks";
        let s = text.find(" at ").unwrap();
        let (_, span) = written_span(text, s, s + 4, tld).unwrap();
        assert_eq!(&text[span], "kim dot lee at gmail dot com");
        let text = "mail tina . brooks @ example . org today";
        assert_eq!(
            &text[typed_span(text, text.find('@').unwrap())],
            "tina . brooks @ example . org"
        );
        let text = "x overdue.fines@gmail.com y";
        assert_eq!(
            &text[typed_span(text, text.find('@').unwrap())],
            "overdue.fines@gmail.com"
        );
    }

    #[test]
    fn addresses_as_other_keyboards_and_names_write_them() {
        let w = |text: &str| {
            let s = text.rfind(" at ").unwrap();
            written_span(text, s, s + 4, tld).map(|f| f.0)
        };
        assert_eq!(
            w("it is o\u{2019}brien at gmail dot com"),
            addr("o'brien@gmail.com", true)
        );
        assert_eq!(
            w("mine: k dot o'neil at yahoo dot com"),
            addr("k.o'neil@yahoo.com", true)
        );
        assert_eq!(w("'pat' at gmail dot com"), None);
        // Two addresses run together are neither, and text of a script without spaces is no
        // part of one.
        assert!(matches!(
            at("a.b@gmail.comc@yahoo.com"),
            Some(Found::Malformed(_))
        ));
        let t = "\u{90ae}\u{7bb1}jane.doe@gmail.com";
        assert_eq!(
            at_sign(t, t.find('@').unwrap(), tld),
            addr("jane.doe@gmail.com", false)
        );
        let t = clean_invisibles("jane.doe\u{FF20}gmail\u{FF0E}com");
        assert_eq!(at(&t), addr("jane.doe@gmail.com", false));
        // A message sent in two at the '@': the span takes the word on the next line.
        let t = "mail kim@\nwestminster.org ok";
        assert_eq!(
            &t[typed_span(t, t.find('@').unwrap())],
            "kim@\nwestminster.org"
        );
    }

    #[test]
    fn spans_merged_and_looked_up() {
        let mut spans = vec![8..12, 0..3, 2..5, 12..14, 20..22];
        merge_spans(&mut spans);
        assert_eq!(spans, [0..5, 8..14, 20..22]);
        for (start, end, want) in [(5, 8, false), (4, 6, true), (14, 20, false), (21, 30, true)] {
            assert_eq!(in_spans(&spans, start, end), want, "{start}..{end}");
        }
        // A line of addresses without a space: each span reads a bounded stretch of it.
        let line = "a@b.c@".repeat(100_000);
        let span = typed_span(&line, 300_000);
        assert!(span.len() <= 2 * LOCAL_REACH + 1, "{span:?}");
        let spaced = "x @ y . ".repeat(50_000);
        let span = typed_span(&spaced, spaced.len() / 2 + 2);
        assert!(span.len() <= 2 * MAX_DOMAIN + 4 * LOCAL_REACH, "{span:?}");
    }

    #[test]
    fn a_run_too_long_for_a_local_part_is_no_address() {
        let text = format!("{}@gmail.com", "a.".repeat(2_000_000));
        assert_eq!(at(&text), None);
        let long = format!("{}@gmail", "b".repeat(300));
        assert_eq!(at(&long), None);
        assert_eq!(shortened(&"x".repeat(500)).chars().count(), QUOTED + 1);
        assert_eq!(shortened("jane@gmail"), "jane@gmail");
    }

    #[test]
    fn invisible_characters_never_splice_a_strangers_address() {
        let t = clean_invisibles("my email is jane\u{200B}.doe@gmail.com");
        assert_eq!(at(&t), addr("jane.doe@gmail.com", false));
        let t = clean_invisibles("email:\u{00A0}ana@aol.com");
        assert_eq!(at(&t), addr("ana@aol.com", false));
        assert_eq!(clean_invisibles("plain"), "plain");
    }

    #[test]
    fn a_correction_is_near_the_first() {
        assert!(corrects("jane@gmial.com", "jane@gmail.com"));
        assert!(corrects("jnae.doe@gmail.com", "jane.doe@gmail.com"));
        assert!(!corrects("jane@gmail.com", "bob.smith@yahoo.com"));
    }

    #[test]
    fn typos_of_well_known_providers_are_corrected() {
        for (typed, want) in [
            // The top-level domain: one letter changed, added, left out, or two swapped.
            ("jane@hotmail.con", "jane@hotmail.com"),
            ("jane@gmail.cmo", "jane@gmail.com"),
            ("jane@yahoo.ocm", "jane@yahoo.com"),
            ("jane@aol.cm", "jane@aol.com"),
            ("jane@gmail.comm", "jane@gmail.com"),
            ("jane@gmail.co", "jane@gmail.com"),
            ("jane@outlook.vom", "jane@outlook.com"),
            ("jane@icloud.om", "jane@icloud.com"),
            ("jane@comcast.ent", "jane@comcast.net"),
            ("jane@verizon.nte", "jane@verizon.net"),
            ("jane@att.ne", "jane@att.net"),
            // The provider's name.
            ("jane@gmial.com", "jane@gmail.com"),
            ("jane@gmal.com", "jane@gmail.com"),
            ("jane@gnail.com", "jane@gmail.com"),
            ("jane@gmaill.com", "jane@gmail.com"),
            ("jane@yaho.com", "jane@yahoo.com"),
            ("jane@yahooo.com", "jane@yahoo.com"),
            ("jane@yhaoo.com", "jane@yahoo.com"),
            ("jane@hotmial.com", "jane@hotmail.com"),
            ("jane@hotmal.com", "jane@hotmail.com"),
            ("jane@outlok.com", "jane@outlook.com"),
            ("jane@comcats.net", "jane@comcast.net"),
            ("jane@verizon.com", "jane@verizon.com"),
            // Both at once, and upper case.
            ("jane@gmial.con", "jane@gmail.com"),
            ("Jane.Doe@Hotmail.Con", "jane.doe@hotmail.com"),
        ] {
            if typed == want {
                assert_eq!(provider_typo(typed), None, "{typed}");
            } else {
                assert_eq!(provider_typo(typed).as_deref(), Some(want), "{typed}");
            }
        }
    }

    #[test]
    fn what_is_no_typo_stays() {
        for address in [
            // The providers' own domains.
            "jane@gmail.com",
            "jane@comcast.net",
            "jane@ymail.com",
            "jane@me.com",
            // Real top-level domains, when the domain is no provider's: Colombia, Cameroon.
            "jane@example.co",
            "jane@startup.cm",
            "jane@bakery.con",
            // Providers of their own, a letter from a well-known one.
            "jane@email.com",
            "jane@mail.com",
            "jane@gmx.com",
            "jane@love.com",
            "jane@cloud.com",
            // Other domains of the same providers, and country sub-domains.
            "jane@yahoo.ca",
            "jane@hotmail.fr",
            "jane@yahoo.co.uk",
            "jane@comcast.com",
            "jane@att.com",
            "jane@gmail.net",
            // Too far to be a slip.
            "jane@gmaaail.com",
            "jane@hotmail.xyz",
            "jane@terpmail.umd.edu",
        ] {
            assert_eq!(provider_typo(address), None, "{address}");
        }
        assert_eq!(provider_typo("not an address"), None);
        assert_eq!(slips("com", "ocm"), 1);
        assert_eq!(slips("com", "cmo"), 1);
        assert_eq!(slips("com", "co"), 1);
        assert_eq!(slips("com", "net"), 3);
        assert!(one_slip("com", "ocm") && one_slip("com", "co") && one_slip("gmail", "gmial"));
        assert!(
            !one_slip("com", "com") && !one_slip("com", "net") && !one_slip("gmail", "gmaaail")
        );
    }

    /// Edits between two short strings, a swap of two neighbours counting one (optimal string
    /// alignment distance): the reference for [`one_slip`].
    fn slips(a: &str, b: &str) -> usize {
        let a = a.as_bytes();
        let b = b.as_bytes();
        let mut d = vec![vec![0usize; b.len() + 1]; a.len() + 1];
        for (i, row) in d.iter_mut().enumerate() {
            row[0] = i;
        }
        for (j, x) in d[0].iter_mut().enumerate() {
            *x = j;
        }
        for i in 1..=a.len() {
            for j in 1..=b.len() {
                let cost = usize::from(a[i - 1] != b[j - 1]);
                d[i][j] = (d[i - 1][j] + 1)
                    .min(d[i][j - 1] + 1)
                    .min(d[i - 1][j - 1] + cost);
                if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                    d[i][j] = d[i][j].min(d[i - 2][j - 2] + 1);
                }
            }
        }
        d[a.len()][b.len()]
    }

    proptest::proptest! {
        #[test]
        fn one_slip_is_an_alignment_distance_of_one(a in "[a-d]{0,7}", b in "[a-d]{0,7}") {
            proptest::prop_assert_eq!(one_slip(&a, &b), slips(&a, &b) == 1, "{} {}", a, b);
        }

        #[test]
        fn one_slip_of_a_word_and_its_slips(a in "[a-e]{1,7}", at in 0usize..7, c in "[a-e]") {
            let at = at % a.len();
            let mut changed = a.clone();
            changed.replace_range(at..at + 1, &c);
            let dropped = format!("{}{}", &a[..at], &a[at + 1..]);
            let added = format!("{}{c}{}", &a[..at], &a[at..]);
            for b in [changed, dropped, added] {
                proptest::prop_assert_eq!(one_slip(&a, &b), slips(&a, &b) == 1, "{} {}", a, b);
            }
        }
    }

    #[test]
    fn address_kinds_of_real_exports() {
        // Trailing punctuation, brackets, mailto: links and quotes fall away.
        for text in [
            "email: jane@gmail.com.",
            "jane@gmail.com, thanks",
            "(jane@gmail.com)",
            "is it jane@gmail.com?",
            "jane@gmail.com!!",
            "Jane Doe <jane@gmail.com>",
            "mailto:jane@gmail.com",
            "[jane@gmail.com](mailto:x)",
            "\"jane@gmail.com\"",
            "'jane@gmail.com'",
            "email;jane@gmail.com",
        ] {
            assert_eq!(at(text), addr("jane@gmail.com", false), "{text}");
        }
        // A LibraryH3lp guest's own address is an address like any other (the chat's roles and
        // the service's domains, in classify, keep it out of the e-mail): SMS, Canadian server.
        assert_eq!(
            at("4105550123@twilio.libraryh3lp.com"),
            addr("4105550123@twilio.libraryh3lp.com", false)
        );
        assert_eq!(
            at("a1b2c3@web.ca.libraryh3lp.com: hi"),
            addr("a1b2c3@web.ca.libraryh3lp.com", false)
        );
        // An address split by a line break at the '@' or after a dot: one address.
        assert_eq!(
            at("jane.doe@\ngmail.com"),
            addr("jane.doe@gmail.com", false)
        );
        assert_eq!(
            at("jane.doe\n@gmail.com"),
            addr("jane.doe@gmail.com", false)
        );
        assert_eq!(
            at("jane.doe@gmail.\ncom"),
            addr("jane.doe@gmail.com", false)
        );
        // A complete address at the end of a line does not take the next line's first word.
        assert_eq!(
            at("jane.doe@gmail.com.\nthanks"),
            addr("jane.doe@gmail.com", false)
        );
        assert_eq!(
            at("jane.doe@gmail.com\nbye"),
            addr("jane.doe@gmail.com", false)
        );
    }

    #[test]
    fn written_forms() {
        let w = |text: &str, marker: &str| {
            let s = text.find(marker).unwrap();
            written_at(text, s, s + marker.len(), tld)
        };
        assert_eq!(
            w("jane at gmail dot com", " at "),
            addr("jane@gmail.com", true)
        );
        assert_eq!(
            w("jane dot doe at gmail dot com", " at "),
            addr("jane.doe@gmail.com", true)
        );
        assert_eq!(
            w("jane [at] gmail [dot] com", "[at]"),
            addr("jane@gmail.com", true)
        );
        // Underscores and hyphens spelled out in the local part.
        assert_eq!(
            w("lina underscore marsh at example dot org", " at "),
            addr("lina_marsh@example.org", true)
        );
        assert_eq!(
            w("mary dash ann dot lee at example dot com", " at "),
            addr("mary-ann.lee@example.com", true)
        );
        assert_eq!(
            w("Tom Hyphen Ng at example dot net", " at "),
            addr("tom-ng@example.net", true)
        );
        assert_eq!(w("jane(at)yahoo.com", "(at)"), addr("jane@yahoo.com", true));
        assert_eq!(
            w("JANE AT GMAIL DOT COM", " AT "),
            addr("jane@gmail.com", true)
        );
        assert_eq!(
            w("my email is jane at gmail.com", " at "),
            addr("jane@gmail.com", true)
        );
        assert_eq!(w("I'm at the Towson branch", " at "), None);
        assert_eq!(w("meet me at noon. dot", " at "), None);
    }
}

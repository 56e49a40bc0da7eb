//! Personal data in a chat's words: where the e-mail addresses (written or spelled out) and the
//! phone numbers are. `aun train` masks them before it learns a word, because a model file is
//! shared and embedded in the binary and must hold no patron's address or number; under
//! `--redact`, triage shows no word of them as a category's evidence.
//!
//! The reading is generous on purpose: a word too many masked costs a feature, a word too few
//! leaks a patron's address. It is not the e-mail reader ([`super::email`]), which must find the
//! one address to write to and nothing else.

/// The written dots of a spelled-out address ("jane dot doe at gmail dot com").
const DOTS: [&str; 4] = ["dot", "[dot]", "(dot)", "."];
/// The written at signs ("jane at gmail dot com", "jane [at] gmail [dot] com").
const ATS: [&str; 4] = ["at", "[at]", "(at)", "@"];

/// Calls `f(start, end)` for each byte range of `text` that holds an e-mail address or a phone
/// number, in order of their starts (ranges may touch but never overlap).
pub fn for_each_span(text: &str, mut f: impl FnMut(usize, usize)) {
    let mut found: Vec<(usize, usize)> = Vec::new();
    addresses(text, &mut found);
    phones(text.as_bytes(), &mut found);
    found.sort_unstable();
    let mut last: Option<(usize, usize)> = None;
    for (s, e) in found {
        match &mut last {
            Some((_, le)) if s <= *le => *le = (*le).max(e),
            _ => {
                if let Some((ls, le)) = last {
                    f(ls, le);
                }
                last = Some((s, e));
            }
        }
    }
    if let Some((ls, le)) = last {
        f(ls, le);
    }
}

/// True when `start..end` of `text` overlaps an address or a phone number. Only the line around
/// it is read (an address or a number never spans a line), at most [`REACH`] bytes each side.
pub fn touches(text: &str, start: usize, end: usize) -> bool {
    may_touch(text.as_bytes(), start, end) && touches_by_line(text, start, end)
}

/// False when `start..end` of `b` surely touches no address or number: it has no digit (a
/// number is digits and separators), and neither it, the word before it nor the three after it
/// has an '@', a written at sign or dot, or a dot inside it that is not a web address's
/// ("yahoo.com"): every word of an address has one of those that near. Most evidence is
/// decided here, without reading the line.
fn may_touch(b: &[u8], start: usize, end: usize) -> bool {
    if b[start..end].iter().any(u8::is_ascii_digit) {
        return true;
    }
    const WORD: usize = 64;
    let white = |c: u8| c.is_ascii_whitespace();
    // Back to the start of the word the range starts in, then over white space and the word
    // before; forward over three words. A word too long to read to its end may be anything.
    let mut lo = start;
    for want_white in [false, true, false] {
        let from = lo;
        while lo > 0 && white(b[lo - 1]) == want_white {
            if from - lo == WORD {
                return true;
            }
            lo -= 1;
        }
    }
    let mut hi = end;
    for want_white in [false, true, false, true, false, true, false] {
        let from = hi;
        while hi < b.len() && white(b[hi]) == want_white {
            if hi - from == WORD {
                return true;
            }
            hi += 1;
        }
    }
    let near = &b[lo..hi];
    if near.contains(&b'@') {
        return true;
    }
    near.split(|c| white(*c)).any(|w| {
        let marked = |m: &[u8]| w.windows(m.len()).any(|x| x.eq_ignore_ascii_case(m));
        // A web address ("https://x.org/a") is no domain of an e-mail address.
        (has_inner_dot(w) && !w.contains(&b'/'))
            || matches!(w, b"." | b"[dot]" | b"(dot)")
            || w.eq_ignore_ascii_case(b"dot")
            || ((w.contains(&b'(') || w.contains(&b'[')) && (marked(b"(at)") || marked(b"[at]")))
    })
}

/// True when `w` has a dot between two letters or digits, as a domain has ("yahoo.com").
fn has_inner_dot(w: &[u8]) -> bool {
    let letter = |c: u8| c.is_ascii_alphanumeric() || c >= 0x80;
    w.windows(3)
        .any(|x| x[1] == b'.' && letter(x[0]) && letter(x[2]))
}

/// [`touches`] by reading the line around the range.
fn touches_by_line(text: &str, start: usize, end: usize) -> bool {
    let b = text.as_bytes();
    let mut lo = start.saturating_sub(REACH);
    while !text.is_char_boundary(lo) {
        lo += 1;
    }
    let mut hi = (end + REACH).min(b.len());
    while !text.is_char_boundary(hi) {
        hi -= 1;
    }
    let lo = b[lo..start]
        .iter()
        .rposition(|&c| c == b'\n')
        .map_or(lo, |i| lo + i + 1);
    let hi = b[end..hi]
        .iter()
        .position(|&c| c == b'\n')
        .map_or(hi, |i| end + i);
    let mut hit = false;
    for_each_span(&text[lo..hi], |s, e| {
        hit |= lo + s < end && start < lo + e;
    });
    hit
}

/// How far [`touches`] reads each side of its range: more than the longest number or address
/// written out reaches.
const REACH: usize = 96;

/// `text` with each address and phone number replaced by full stops, which end a sentence for
/// the model's tokenizer (no word pair is made across them).
pub fn masked(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for_each_span(text, |s, e| {
        out.push_str(&text[at..s]);
        out.extend(std::iter::repeat_n('.', e - s));
        at = e;
    });
    out.push_str(&text[at..]);
    out
}

/// A word of `text` between white space without the punctuation around it ("(jane@gmail.com),"
/// is "jane@gmail.com"; the brackets of "[at]" stay), and its range.
struct Token<'t> {
    start: usize,
    end: usize,
    bare: &'t str,
}

fn tokens(text: &str) -> Vec<Token<'_>> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if b[i].is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let start = i;
        while i < b.len() && !b[i].is_ascii_whitespace() {
            i += 1;
        }
        let word = &text[start..i];
        let bare = if matches!(word, "[at]" | "(at)" | "[dot]" | "(dot)" | ".") {
            word
        } else {
            word.trim_matches(|c: char| {
                matches!(
                    c,
                    ',' | ';' | ':' | '!' | '?' | '"' | '\'' | '(' | ')' | '<' | '>'
                )
            })
            .trim_end_matches('.')
        };
        // The range of the bare word (a slice of `word`).
        let from = start + (bare.as_ptr() as usize - word.as_ptr() as usize);
        out.push(Token {
            start: from,
            end: from + bare.len(),
            bare,
        });
    }
    out
}

fn is_one_of(word: &str, list: &[&str]) -> bool {
    list.iter().any(|w| word.eq_ignore_ascii_case(w))
}

/// A label of a spelled-out address: letters, digits, '-', '_', '.' (and letters of any script).
fn is_label(word: &str) -> bool {
    !word.is_empty()
        && word.chars().any(|c| c.is_alphanumeric())
        && word
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | '.' | '+' | '%'))
}

/// The addresses of `text`: a word with an '@' or a written at sign in it, and a spelled-out
/// address ("jane dot doe at gmail dot com", "jane @ gmail . com") from its first word to its
/// last.
fn addresses(text: &str, found: &mut Vec<(usize, usize)>) {
    let t = tokens(text);
    // For each token, the last token of the chain of labels and written dots that starts at it
    // (itself when none follows): found from the end, so a long chain is read once.
    let mut chain_end: Vec<usize> = (0..t.len()).collect();
    for k in (0..t.len().saturating_sub(2)).rev() {
        if is_one_of(t[k + 1].bare, &DOTS) && is_label(t[k + 2].bare) {
            chain_end[k] = chain_end[k + 2];
        }
    }
    let chain_forward = |k: usize| chain_end[k];
    for (k, tok) in t.iter().enumerate() {
        let lower_has = |m: &str| {
            tok.bare
                .as_bytes()
                .windows(m.len())
                .any(|w| w.eq_ignore_ascii_case(m.as_bytes()))
        };
        let glued = !is_one_of(tok.bare, &ATS)
            && (tok.bare.contains('@') || lower_has("(at)") || lower_has("[at]"));
        if glued {
            // "jane@gmail dot com": the domain may go on spelled out.
            found.push((tok.start, t[chain_forward(k)].end));
            continue;
        }
        if !is_one_of(tok.bare, &ATS) || k == 0 || k + 1 >= t.len() {
            continue;
        }
        // A domain after the at sign: "gmail.com", or "gmail dot com".
        let d = k + 1;
        let last = chain_forward(d);
        let dotted = has_inner_dot(t[d].bare.as_bytes());
        // "me at bob dot smith at yahoo dot com": the next at sign is the address's.
        let another_at = t.get(last + 1).is_some_and(|n| is_one_of(n.bare, &ATS));
        if !is_label(t[d].bare) || (last == d && !dotted) || another_at {
            continue;
        }
        // The local part before it, itself maybe spelled out ("jane dot doe").
        let mut first = k - 1;
        if !is_label(t[first].bare) {
            continue;
        }
        while first >= 2 && is_one_of(t[first - 1].bare, &DOTS) && is_label(t[first - 2].bare) {
            first -= 2;
        }
        found.push((t[first].start, t[last].end));
    }
}

/// The phone numbers of `b`: a run of digits and the separators of a number (space, '-', '.',
/// '(', ')', '+', '/') whose digit groups read as one: ending in groups of three and four digits
/// ("410.555.9876", "(301) 555-1234", "555-0199", "+1 301 555 1234"), ten or eleven digits
/// together, or eight to fifteen digits after a '+'. Years ("1850-1860"), dates and times are not.
fn phones(b: &[u8], found: &mut Vec<(usize, usize)>) {
    let is_sep = |c: u8| matches!(c, b' ' | b'-' | b'.' | b'(' | b')' | b'+' | b'/');
    let mut i = 0;
    while i < b.len() {
        if !b[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        // Not the digits of a word ("mp3", "b12").
        if i > 0 && b[i - 1].is_ascii_alphanumeric() {
            while i < b.len() && b[i].is_ascii_alphanumeric() {
                i += 1;
            }
            continue;
        }
        // The run: digit groups parted by separators.
        let mut start = i;
        while start > 0 && matches!(b[start - 1], b'(' | b'+') {
            start -= 1;
        }
        let plus = b[start..i].contains(&b'+');
        let mut groups: Vec<usize> = Vec::new();
        let mut j = i;
        let end = loop {
            let g = j;
            while j < b.len() && b[j].is_ascii_digit() {
                j += 1;
            }
            groups.push(j - g);
            // Separators, then more digits; a letter right after the digits ends the run unread.
            let mut k = j;
            while k < b.len() && is_sep(b[k]) && k - j < 3 {
                k += 1;
            }
            if k > j && k < b.len() && b[k].is_ascii_digit() {
                j = k;
            } else {
                break j;
            }
        };
        let glued_to_word = b.get(end).is_some_and(|c| c.is_ascii_alphabetic());
        let total: usize = groups.iter().sum();
        let n = groups.len();
        let phone = !glued_to_word
            && (7..=15).contains(&total)
            && ((n >= 2 && groups[n - 1] == 4 && groups[n - 2] == 3)
                || (n == 1 && (10..=11).contains(&total))
                || (plus && total >= 8));
        if phone {
            found.push((start, end));
        }
        i = end.max(i + 1);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spans(text: &str) -> Vec<&str> {
        let mut out = Vec::new();
        for_each_span(text, |s, e| out.push(&text[s..e]));
        out
    }

    #[test]
    fn addresses_as_written_and_spelled_out() {
        for (text, want) in [
            (
                "mail me at jane.doe@gmail.com, thanks",
                "jane.doe@gmail.com",
            ),
            ("(jane@gmail.com)", "jane@gmail.com"),
            (
                "reach me at bob dot smith at yahoo dot com please",
                "bob dot smith at yahoo dot com",
            ),
            ("jane [at] gmail [dot] com", "jane [at] gmail [dot] com"),
            ("it is jane(at)yahoo.com", "jane(at)yahoo.com"),
            (
                "tina . brooks @ example . org ok",
                "tina . brooks @ example . org",
            ),
            ("jane@gmail dot com", "jane@gmail dot com"),
            ("maría.lopez@correo.es", "maría.lopez@correo.es"),
            ("send to kim at terpmail.umd.edu", "kim at terpmail.umd.edu"),
        ] {
            assert_eq!(spans(text), vec![want], "{text:?}");
        }
    }

    #[test]
    fn at_as_a_word_is_no_address() {
        for text in [
            "I am at the branch",
            "look at the catalog",
            "at 5 pm",
            "meet at Cumberland",
            "good at math",
            "the 1850 census at the archives",
        ] {
            assert!(spans(text).is_empty(), "{text:?}: {:?}", spans(text));
        }
    }

    #[test]
    fn phone_numbers_and_not_years_dates_or_times() {
        for (text, want) in [
            ("call 410.555.9876 today", "410.555.9876"),
            ("call (301) 555-1234", "(301) 555-1234"),
            ("or 555-0199.", "555-0199"),
            ("text +1 301 555 1234", "+1 301 555 1234"),
            ("3015551234", "3015551234"),
            ("+44 20 7946 0958", "+44 20 7946 0958"),
        ] {
            assert_eq!(spans(text), vec![want], "{text:?}");
        }
        for text in [
            "census 1850-1860",
            "from 1850 to 1900",
            "on 12-25-2024 at 10:30",
            "ISBN 978-0-14-303943-3x",
            "my mp3 player 2000",
            "room 101 floor 3",
            "W-2 for 2023",
        ] {
            assert!(spans(text).is_empty(), "{text:?}: {:?}", spans(text));
        }
    }

    #[test]
    fn a_long_chain_of_written_dots_is_read_once() {
        // Every other word an at sign and every chain running to the end: read in linear time.
        let text = "at dot ".repeat(200_000);
        let start = std::time::Instant::now();
        let m = masked(&text);
        assert_eq!(m.len(), text.len());
        assert!(start.elapsed() < std::time::Duration::from_secs(5));
    }

    #[test]
    fn masked_keeps_the_rest_and_breaks_pairs() {
        let text = "my lawyer said call 410-555-9876 or mail bob@yahoo.com about custody";
        let m = masked(text);
        assert_eq!(m.len(), text.len());
        assert!(!m.contains("555") && !m.contains("yahoo") && !m.contains("bob"));
        assert!(m.contains("my lawyer said call ") && m.ends_with(" about custody"));
        assert_eq!(masked("nothing here"), "nothing here");
    }

    #[test]
    fn touches_reads_the_line_around_a_range() {
        let text = "custody forms please\nreach me at bob dot smith at yahoo dot com";
        let at = |w: &str| {
            let s = text.find(w).unwrap();
            touches(text, s, s + w.len())
        };
        assert!(at("yahoo dot"));
        assert!(at("smith"));
        assert!(!at("custody"));
        assert!(!at("reach"));
    }

    proptest::proptest! {
        #[test]
        fn any_text_is_read_on_its_character_boundaries(
            parts in proptest::collection::vec(proptest::sample::select(vec![
                "jane", "@", "at", " at ", "[at]", "(at)", " dot ", ".", " . ", "gmail", "com",
                " ", "\n", "é", "ñ.", "5", "555", "-", "(", ")", "+", "0199", "1850", "x",
                "/", "https://", "www.", "org", ".org/a",
            ]), 0..24),
        ) {
            let text: String = parts.concat();
            let m = masked(&text);
            proptest::prop_assert_eq!(m.len(), text.len());
            let mut last = 0;
            for_each_span(&text, |s, e| {
                assert!(last <= s && s < e && e <= text.len(), "{text:?}");
                assert!(text.is_char_boundary(s) && text.is_char_boundary(e));
                last = e;
            });
            for (s, _) in text.char_indices() {
                touches(&text, s, text.len());
                touches(&text, 0, s);
            }
            // The quick test never clears a word the line's reading finds touching: the words of
            // the model (runs of letters and digits: "gmail" of "jane@gmail.com"), alone and
            // with the next, as evidence shows them.
            let words: Vec<(usize, usize)> = text
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .map(|w| {
                    let at = w.as_ptr() as usize - text.as_ptr() as usize;
                    (at, at + w.len())
                })
                .collect();
            for (i, &(s, e)) in words.iter().enumerate() {
                let pair = words.get(i + 1).map_or(e, |w| w.1);
                for (s, e) in [(s, e), (s, pair)] {
                    proptest::prop_assert_eq!(
                        touches(&text, s, e),
                        touches_by_line(&text, s, e),
                        "{:?} {}..{}",
                        text,
                        s,
                        e
                    );
                }
            }
        }
    }
}

//! The text helpers every layer shares, at the bottom of the crate (they import nothing of aun):
//!
//! - decoding: UTF-8 (with or without a BOM), else Windows-1252, the encoding of exports saved by
//!   spreadsheets on Windows. Windows-1252 maps every byte to a character, so decoding never
//!   fails; the caller is told which encoding was used so it can say so;
//! - messages for people: quoting input, cutting long lines, escaping control characters;
//! - the spreadsheet formula guard for CSV cells ([`neutralize`]) and its inverse for the readers;
//! - `--redact`: masking e-mail addresses.

use std::borrow::Cow;

pub const BOM: &[u8] = b"\xef\xbb\xbf";

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Encoding {
    Utf8,
    Windows1252,
}

/// Decodes `bytes` as UTF-8 (dropping a BOM), or as Windows-1252 when it is not valid UTF-8.
pub fn decode(bytes: &[u8]) -> (Cow<'_, str>, Encoding) {
    let bytes = bytes.strip_prefix(BOM).unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(s) => (Cow::Borrowed(s), Encoding::Utf8),
        Err(_) => (
            Cow::Owned(decode_windows_1252(bytes)),
            Encoding::Windows1252,
        ),
    }
}

/// UTF-16 after a byte-order mark (what a spreadsheet saves as "Unicode text"), as UTF-8: `None`
/// for input without the mark, an error saying where for units that are not valid UTF-16.
pub fn decode_utf16(bytes: &[u8]) -> Option<Result<String, String>> {
    let (little_endian, rest) = match bytes {
        [0xFF, 0xFE, 0, 0, ..] | [0, 0, 0xFE, 0xFF, ..] => return None,
        [0xFF, 0xFE, rest @ ..] => (true, rest),
        [0xFE, 0xFF, rest @ ..] => (false, rest),
        _ => return None,
    };
    let units = rest.chunks(2).map(|c| match (c, little_endian) {
        ([a, b], true) => u16::from_le_bytes([*a, *b]),
        ([a, b], false) => u16::from_be_bytes([*a, *b]),
        // An odd last byte: never a unit of its own.
        _ => 0xDC00,
    });
    let mut out = String::with_capacity(rest.len());
    for (i, c) in char::decode_utf16(units).enumerate() {
        match c {
            Ok(c) => out.push(c),
            Err(_) => {
                return Some(Err(format!(
                    "not valid UTF-16 at byte {} (after a UTF-16 byte-order mark)",
                    2 + 2 * i
                )))
            }
        }
    }
    Some(Ok(out))
}

/// Windows-1252: Latin-1 except 0x80–0x9F, which hold typographic punctuation and a few letters.
pub fn decode_windows_1252(bytes: &[u8]) -> String {
    const HIGH: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8d}', 'Ž',
        '\u{8f}', '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9d}',
        'ž', 'Ÿ',
    ];
    bytes
        .iter()
        .map(|&b| match b {
            0x80..=0x9f => HIGH[(b - 0x80) as usize],
            _ => b as char,
        })
        .collect()
}

/// The most characters of one piece of input an error message quotes.
pub const QUOTE_LIMIT: usize = 200;
/// The longest line a message for people keeps; longer ones lose their middle.
pub const LINE_LIMIT: usize = 1000;

/// The first control character of `s` (C0 with tab and line breaks, DEL, C1 U+0080–U+009F), with
/// its 1-based character position: text that names a library or a contact must hold none, since
/// it goes into every output (tables, CSV, calendars, e-mail headers).
pub fn control_char(s: &str) -> Option<(usize, char)> {
    s.chars()
        .enumerate()
        .find(|(_, c)| c.is_control())
        .map(|(i, c)| (i + 1, c))
}

/// Refuses `s` when it holds a control character: says which (as `\u{0}`) and where. In
/// `free_text` (a note), a tab or a line break is allowed; every other control character is not.
pub fn refuse_control(s: &str, free_text: bool) -> Result<(), String> {
    let found = s
        .chars()
        .enumerate()
        .find(|&(_, c)| c.is_control() && !(free_text && matches!(c, '\t' | '\n' | '\r')));
    match found {
        Some((i, c)) => Err(format!(
            "control character {} at character {}",
            c.escape_unicode(),
            i + 1
        )),
        None => Ok(()),
    }
}

/// A piece of input as an error message quotes it: in double quotes with escapes (like `{:?}`),
/// cut to [`QUOTE_LIMIT`] characters, saying how long it was.
pub fn quote(s: &str) -> String {
    let n = s.chars().count();
    if n <= QUOTE_LIMIT {
        return format!("{s:?}");
    }
    let head: String = s.chars().take(QUOTE_LIMIT).collect();
    let q = format!("{head:?}");
    format!("{}…\" ({n} characters)", &q[..q.len() - 1])
}

/// A message for people on a terminal (an error, a note): `--redact` masks every e-mail address
/// in it, a quoted piece of input longer than [`QUOTE_LIMIT`] and a line longer than
/// [`LINE_LIMIT`] are cut, and control characters are escaped. Every message aun prints on
/// stderr passes through here, whichever module wrote it.
pub fn for_people(msg: &str, redact: bool) -> String {
    let msg: Cow<str> = if redact {
        Cow::Owned(redact_emails_in(msg))
    } else {
        Cow::Borrowed(msg)
    };
    let lines: Vec<String> = msg
        .split('\n')
        .map(|line| escape_controls(&cut_line(&cut_quotes(line))).into_owned())
        .collect();
    lines.join("\n")
}

/// Cuts every double-quoted span (as `{:?}` writes one) longer than [`QUOTE_LIMIT`].
fn cut_quotes(line: &str) -> Cow<'_, str> {
    if line.len() <= QUOTE_LIMIT {
        return Cow::Borrowed(line);
    }
    let mut out = String::with_capacity(line.len().min(4 * LINE_LIMIT));
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        out.push(c);
        if c != '"' {
            continue;
        }
        // Inside a quoted span: up to the closing quote that is not escaped.
        let mut kept = 0usize;
        let mut cut = 0usize;
        let mut escaped = false;
        for c in chars.by_ref() {
            let closes = c == '"' && !escaped;
            escaped = c == '\\' && !escaped;
            if closes {
                break;
            }
            if kept < QUOTE_LIMIT {
                out.push(c);
                kept += 1;
            } else {
                cut += 1;
            }
        }
        if cut > 0 {
            out.push_str(&format!("…\" ({} characters)", kept + cut));
        } else {
            out.push('"');
        }
    }
    Cow::Owned(out)
}

/// Keeps the start and the end of a line longer than [`LINE_LIMIT`].
fn cut_line(line: &str) -> Cow<'_, str> {
    let n = line.chars().count();
    if n <= LINE_LIMIT {
        return Cow::Borrowed(line);
    }
    let head: String = line.chars().take(LINE_LIMIT * 2 / 3).collect();
    let tail: String = line.chars().skip(n - LINE_LIMIT / 3).collect();
    Cow::Owned(format!(
        "{head} … [{} characters cut] … {tail}",
        n - LINE_LIMIT
    ))
}

/// True for a character that moves the cursor, starts a terminal escape sequence (ESC, the C1
/// controls that include the OSC introducer) or reorders text (bidi overrides and isolates).
pub fn is_terminal_control(c: char) -> bool {
    c.is_control() || is_bidi_control(c)
}

/// True for a character that reorders the text around it: the bidi marks, embeddings,
/// overrides and isolates. In a patron's text they can make an address or a name read as
/// another ("moc.elpmaxe@…" shown the other way round).
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{061c}' | '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// `s` with each [`is_bidi_control`] character shown escaped (`\u{202e}`), for text that is
/// read by people but is not a terminal table (an e-mail, a page).
pub fn escape_bidi(s: &str) -> Cow<'_, str> {
    if !s.chars().any(is_bidi_control) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if is_bidi_control(c) {
            out.push_str(&format!("\\u{{{:x}}}", c as u32));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// Text safe to show on a terminal: every [`is_terminal_control`] character except the line
/// break and the tab is written as `\u{1b}`, so it is seen and does nothing.
pub fn escape_controls(s: &str) -> Cow<'_, str> {
    // Printable ASCII, most cells of a table, checked a byte at a time (the compiler's vectors).
    let printable = s.bytes().all(|b| (b' '..=b'~').contains(&b));
    if printable
        || !s
            .chars()
            .any(|c| is_terminal_control(c) && c != '\n' && c != '\t')
    {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if is_terminal_control(c) && c != '\n' && c != '\t' {
            out.push_str(&format!("\\u{{{:x}}}", c as u32));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// True for a character that shows nothing: zero-width spaces and joiners, the word joiner, the
/// byte-order mark, the soft hyphen, bidi marks, and the other invisible format characters.
pub fn is_invisible(c: char) -> bool {
    matches!(c,
        '\u{00ad}' | '\u{034f}' | '\u{061c}' | '\u{115f}' | '\u{1160}' | '\u{17b4}' | '\u{17b5}'
        | '\u{180b}'..='\u{180f}' | '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}'
        | '\u{2060}'..='\u{206f}' | '\u{3164}' | '\u{fe00}'..='\u{fe0f}' | '\u{feff}'
        | '\u{ffa0}' | '\u{1d173}'..='\u{1d17a}' | '\u{e0000}'..='\u{e007f}')
}

/// A name as compared when what matters is what a person reads: invisible characters removed,
/// any run of white space one space, trimmed, case folded.
pub fn fold_name(s: &str) -> String {
    s.chars()
        .filter(|c| !is_invisible(*c))
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// A cell made safe to open in a spreadsheet: one that begins with `=`, `+`, `-`, `@`, a tab or a
/// carriage return, also after leading spaces or other whitespace (` =1+1`, which spreadsheets
/// trim and then run, as OWASP's CSV-injection guidance warns), gets a leading apostrophe, which
/// spreadsheets show as text and do not run. [`unneutralize`] undoes it, so aun reads its own CSV
/// back unchanged.
pub fn neutralize(cell: &str) -> std::borrow::Cow<'_, str> {
    let b = cell.as_bytes();
    // A cell that already starts with an apostrophe before such a start (or another apostrophe)
    // is escaped too, so that reading back never strips an apostrophe the data really had.
    if formula_start(b) || (b.first() == Some(&b'\'') && guarded_rest(&b[1..])) {
        format!("'{cell}").into()
    } else {
        cell.into()
    }
}

/// Whether a spreadsheet could read `cell` as a formula: a tab or carriage return first, or `=`,
/// `+`, `-` or `@` after any leading white space (Unicode's: ASCII, a no-break space, an
/// ideographic space U+3000, …).
fn formula_start(cell: &[u8]) -> bool {
    if matches!(cell.first(), Some(b'\t' | b'\r')) {
        return true;
    }
    let text = cell.utf8_chunks().next().map_or("", |c| c.valid());
    let rest = text.trim_start_matches(char::is_whitespace);
    // White space all the way to a byte that is not UTF-8 hides nothing.
    matches!(rest.as_bytes().first(), Some(b'=' | b'+' | b'-' | b'@'))
}

/// What follows a guarding apostrophe: a formula start, or an apostrophe the data had.
fn guarded_rest(rest: &[u8]) -> bool {
    rest.first() == Some(&b'\'') || formula_start(rest)
}

/// The inverse of [`neutralize`], applied by the CSV readers.
pub fn unneutralize(cell: &str) -> &str {
    match unneutralize_bytes(cell.as_bytes()) {
        true => &cell[1..],
        false => cell,
    }
}

/// Whether [`unneutralize`] takes the first byte (an ASCII quote) off `cell`.
pub fn unneutralize_bytes(cell: &[u8]) -> bool {
    cell.first() == Some(&b'\'') && guarded_rest(&cell[1..])
}

/// Masks an e-mail address for `--redact`: `jane.doe@gmail.com` → `j***@g***.com`.
pub fn redact_email(email: &str) -> String {
    match email.rsplit_once('@') {
        Some((local, domain)) => {
            let first = local.chars().next().map(String::from).unwrap_or_default();
            let (host, tld) = domain.rsplit_once('.').unwrap_or((domain, ""));
            let h = host.chars().next().map(String::from).unwrap_or_default();
            if tld.is_empty() {
                format!("{first}***@{h}***")
            } else {
                format!("{first}***@{h}***.{tld}")
            }
        }
        None if email.is_empty() => String::new(),
        None => "***".to_string(),
    }
}

/// Masks every e-mail address in free text (a message, a skip report) for `--redact`: a run of
/// address characters around an `@`, with a dot in its domain, becomes [`redact_email`]'s form.
pub fn redact_emails_in(text: &str) -> String {
    fn local(b: u8) -> bool {
        b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'%' | b'+' | b'-' | b'\'')
    }
    fn domain(b: u8) -> bool {
        b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-')
    }
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    let mut done = 0;
    for at in memchr::memchr_iter(b'@', bytes) {
        if at < done {
            continue;
        }
        let mut start = at;
        while start > done && local(bytes[start - 1]) {
            start -= 1;
        }
        let mut end = at + 1;
        while end < bytes.len() && domain(bytes[end]) {
            end += 1;
        }
        // A sentence's full stop is not part of the domain.
        while end > at + 1 && bytes[end - 1] == b'.' {
            end -= 1;
        }
        let host = &text[at + 1..end];
        if start == at || !host.contains('.') || host.starts_with('.') {
            continue;
        }
        out.push_str(&text[done..start]);
        out.push_str(&redact_email(&text[start..end]));
        done = end;
    }
    out.push_str(&text[done..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    use proptest::prelude::Strategy;

    proptest::proptest! {
        #[test]
        fn escape_controls_shows_each_control_as_the_character_test_does(
            s in proptest::collection::vec(
                proptest::prop_oneof![
                    proptest::prelude::Just('\u{1b}'), proptest::prelude::Just('\u{7f}'),
                    proptest::prelude::Just('\u{85}'), proptest::prelude::Just('\u{202e}'),
                    proptest::prelude::Just('\n'), proptest::prelude::Just('\t'),
                    proptest::prelude::Just('é'), proptest::char::range(' ', '~'),
                ],
                0..20,
            ).prop_map(|v| v.into_iter().collect::<String>())
        ) {
            let reference: String = s
                .chars()
                .map(|c| match c {
                    '\n' | '\t' => c.to_string(),
                    c if is_terminal_control(c) => format!("\\u{{{:x}}}", c as u32),
                    c => c.to_string(),
                })
                .collect();
            proptest::prop_assert_eq!(escape_controls(&s), reference);
        }
    }

    #[test]
    fn formula_cells_are_neutralised_and_read_back() {
        for (orig, cell) in [
            ("=HYPERLINK(\"x\")", "'=HYPERLINK(\"x\")"),
            ("-5", "'-5"),
            ("'=quoted", "''=quoted"),
            ("'plain", "'plain"),
            ("plain", "plain"),
            // Leading whitespace before a formula character does not hide it.
            ("  =1+1", "'  =1+1"),
            (" +1", "' +1"),
            ("\n-1", "'\n-1"),
            ("\u{a0}@SUM(A1)", "'\u{a0}@SUM(A1)"),
            ("\u{3000}=1+1", "'\u{3000}=1+1"),
            ("\u{2003}\u{205f}-1", "'\u{2003}\u{205f}-1"),
            ("\u{3000}plain", "\u{3000}plain"),
            ("' =quoted", "'' =quoted"),
            ("' plain", "' plain"),
            ("  plain", "  plain"),
            ("", ""),
        ] {
            assert_eq!(neutralize(orig), cell);
            assert_eq!(unneutralize(cell), orig);
        }
    }

    #[test]
    fn redaction() {
        assert_eq!(redact_email("jane.doe@gmail.com"), "j***@g***.com");
        assert_eq!(
            redact_emails_in(
                "record 3: \"Jane <jane.doe@gmail.com>\", then x@y, bob@mail.example.org."
            ),
            "record 3: \"Jane <j***@g***.com>\", then x@y, b***@m***.org."
        );
    }

    #[test]
    fn utf8_with_bom() {
        let (s, e) = decode(b"\xef\xbb\xbfcaf\xc3\xa9");
        assert_eq!((s.as_ref(), e), ("café", Encoding::Utf8));
    }

    #[test]
    fn windows_1252_fallback() {
        let (s, e) = decode(b"Ren\xe9e said \x93hi\x94 \x96 \x80");
        assert_eq!(s, "Renée said “hi” – €");
        assert_eq!(e, Encoding::Windows1252);
    }
    #[test]
    fn quoted_input_is_cut() {
        assert_eq!(quote("ab\"c"), "\"ab\\\"c\"");
        let long = "x".repeat(5000);
        let q = quote(&long);
        assert!(q.len() < QUOTE_LIMIT + 40, "{q}");
        assert!(q.ends_with("…\" (5000 characters)"), "{q}");
        let msg = format!(
            "big.csv: line 1: missing column \"id\" (found: {:?}); more",
            long
        );
        let shown = for_people(&msg, false);
        assert!(shown.len() < 400, "{shown}");
        assert!(shown.starts_with("big.csv: line 1: missing column \"id\" (found: \"xxx"));
        assert!(shown.ends_with("…\" (5000 characters)); more"), "{shown}");
        let unquoted = format!("found: {}", "h,".repeat(100_000));
        let shown = for_people(&unquoted, false);
        assert!(shown.chars().count() < LINE_LIMIT + 60, "{}", shown.len());
        assert!(shown.contains("characters cut"));
    }

    #[test]
    fn messages_escape_controls_and_mask_emails_when_asked() {
        let msg =
            "bad \u{1b}]8;;http://x\u{7}link\u{1b}[0m \u{202e}txt.exe from jane.doe@gmail.com";
        let shown = for_people(msg, true);
        assert_eq!(
            shown,
            "bad \\u{1b}]8;;http://x\\u{7}link\\u{1b}[0m \\u{202e}txt.exe from j***@g***.com"
        );
        assert!(for_people("a@b.org", false).contains("a@b.org"));
        assert_eq!(for_people("two\nlines", false), "two\nlines");
    }

    #[test]
    fn names_fold_past_invisible_characters_and_case() {
        assert_eq!(
            fold_name(" ENOCH\u{200b} PRATT\u{00a0}FREE \u{feff}LIBRARY "),
            "enoch pratt free library"
        );
    }
}

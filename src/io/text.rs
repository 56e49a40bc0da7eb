//! Text decoding: UTF-8 (with or without a BOM), else Windows-1252, the encoding of exports saved by
//! spreadsheets on Windows. Windows-1252 maps every byte to a character, so decoding never fails;
//! the caller is told which encoding was used so it can say so.

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

#[cfg(test)]
mod tests {
    use super::*;

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
}

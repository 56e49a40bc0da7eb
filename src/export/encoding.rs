//! The encoding of an export, from its first bytes: UTF-8 (a byte-order mark is dropped), UTF-16
//! with a byte-order mark (decoded to UTF-8 as it is read), or a clear error for UTF-32 and for
//! UTF-16 without a mark. Text that is not valid UTF-8 is read per field as Windows-1252 later.

use anyhow::{bail, Result};
use std::io::{self, Read};

/// What the first bytes say.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    Utf8,
    /// UTF-8 with its byte-order mark (3 bytes to drop).
    Utf8Bom,
    Utf16 {
        little_endian: bool,
    },
}

/// Decides the encoding from the first bytes (at least 4, unless the input is shorter).
pub fn detect(name: &str, head: &[u8]) -> Result<Encoding> {
    match head {
        [0xFF, 0xFE, 0, 0, ..] | [0, 0, 0xFE, 0xFF, ..] => {
            bail!("{name}: the file is UTF-32, which aun does not read: save it as UTF-8 (or UTF-16)")
        }
        [0xEF, 0xBB, 0xBF, ..] => Ok(Encoding::Utf8Bom),
        [0xFF, 0xFE, ..] => Ok(Encoding::Utf16 {
            little_endian: true,
        }),
        [0xFE, 0xFF, ..] => Ok(Encoding::Utf16 {
            little_endian: false,
        }),
        // ASCII text in UTF-16 without a mark: every other byte of the first line is NUL.
        [a, 0, b, 0, ..] | [0, a, 0, b, ..] if *a != 0 && *b != 0 => bail!(
            "{name}: the file looks like UTF-16 without a byte-order mark: save it as UTF-8, or as UTF-16 with a byte-order mark"
        ),
        _ => Ok(Encoding::Utf8),
    }
}

/// Decodes UTF-16 (after its byte-order mark) to UTF-8 as it is read.
pub struct Utf16Reader<R> {
    inner: R,
    little_endian: bool,
    /// Raw bytes read and not yet decoded (an odd byte, a high surrogate's half).
    raw: Vec<u8>,
    /// Decoded UTF-8 not yet handed out, from `out_pos`.
    out: Vec<u8>,
    out_pos: usize,
    /// Bytes of UTF-16 decoded so far (for messages).
    offset: u64,
    eof: bool,
    /// A bad unit at `offset`, reported once the text before it is handed out.
    pending: Option<&'static str>,
}

impl<R: Read> Utf16Reader<R> {
    pub fn new(inner: R, little_endian: bool) -> Self {
        Utf16Reader {
            inner,
            little_endian,
            raw: Vec::new(),
            out: Vec::new(),
            out_pos: 0,
            offset: 2,
            eof: false,
            pending: None,
        }
    }

    fn name(&self) -> &'static str {
        if self.little_endian {
            "UTF-16LE"
        } else {
            "UTF-16BE"
        }
    }

    fn bad(&self, what: &str) -> io::Error {
        io::Error::new(
            io::ErrorKind::InvalidData,
            format!("not valid {}: {what} at byte {}", self.name(), self.offset),
        )
    }

    /// Reads and decodes the next block into `out`. The text before a bad unit is handed out
    /// first and the error comes with the next call, so a message's line is the bad unit's.
    fn refill(&mut self) -> io::Result<()> {
        if let Some(what) = self.pending {
            return Err(self.bad(what));
        }
        self.out.clear();
        self.out_pos = 0;
        let mut block = [0u8; 32 << 10];
        while self.out.is_empty() && !self.eof {
            let n = self.inner.read(&mut block)?;
            if n == 0 {
                self.eof = true;
                if !self.raw.is_empty() {
                    return Err(self.bad("the text ends in the middle of a character"));
                }
                break;
            }
            self.raw.extend_from_slice(&block[..n]);
            let unit = |b: &[u8]| {
                if self.little_endian {
                    u16::from_le_bytes([b[0], b[1]])
                } else {
                    u16::from_be_bytes([b[0], b[1]])
                }
            };
            let mut i = 0;
            while i + 2 <= self.raw.len() {
                let u = unit(&self.raw[i..]);
                let c = match u {
                    0xD800..=0xDBFF => {
                        if i + 4 > self.raw.len() {
                            break; // the low half is in the next block
                        }
                        let lo = unit(&self.raw[i + 2..]);
                        if !(0xDC00..=0xDFFF).contains(&lo) {
                            self.pending = Some("a high surrogate without its low half");
                            break;
                        }
                        i += 2;
                        let cp =
                            0x10000 + ((u32::from(u) - 0xD800) << 10) + (u32::from(lo) - 0xDC00);
                        char::from_u32(cp)
                    }
                    0xDC00..=0xDFFF => None,
                    _ => char::from_u32(u32::from(u)),
                };
                let Some(c) = c else {
                    self.pending = Some("a low surrogate without its high half");
                    break;
                };
                let mut tmp = [0u8; 4];
                self.out
                    .extend_from_slice(c.encode_utf8(&mut tmp).as_bytes());
                i += 2;
            }
            self.raw.drain(..i);
            self.offset += i as u64;
            if self.pending.is_some() {
                break;
            }
        }
        match self.pending {
            Some(what) if self.out.is_empty() => Err(self.bad(what)),
            _ => Ok(()),
        }
    }
}

impl<R: Read> Read for Utf16Reader<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if self.out_pos == self.out.len() {
            self.refill()?;
        }
        let n = buf.len().min(self.out.len() - self.out_pos);
        buf[..n].copy_from_slice(&self.out[self.out_pos..self.out_pos + n]);
        self.out_pos += n;
        Ok(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utf16(s: &str, le: bool) -> Vec<u8> {
        s.encode_utf16()
            .flat_map(|u| if le { u.to_le_bytes() } else { u.to_be_bytes() })
            .collect()
    }

    #[test]
    fn decodes_both_byte_orders_in_any_pieces() {
        let text = "id,transcript\r1,\"Renée 😀 \"\"hi\"\"\"\r";
        for le in [true, false] {
            let bytes = utf16(text, le);
            let mut r = Utf16Reader::new(&bytes[..], le);
            let mut out = String::new();
            r.read_to_string(&mut out).unwrap();
            assert_eq!(out, text);
        }
    }

    #[test]
    fn detection_and_bad_text() {
        assert_eq!(
            detect("x", b"\xff\xfei\0").unwrap(),
            Encoding::Utf16 {
                little_endian: true
            }
        );
        assert_eq!(
            detect("x", b"\xfe\xff\0i").unwrap(),
            Encoding::Utf16 {
                little_endian: false
            }
        );
        assert_eq!(detect("x", b"\xef\xbb\xbfid").unwrap(), Encoding::Utf8Bom);
        assert_eq!(detect("x", b"id,t").unwrap(), Encoding::Utf8);
        assert!(detect("x", b"i\0d\0")
            .unwrap_err()
            .to_string()
            .contains("UTF-16 without a byte-order mark"));
        assert!(detect("x", b"\xff\xfe\0\0")
            .unwrap_err()
            .to_string()
            .contains("UTF-32"));
        let mut odd = Utf16Reader::new(&b"a\0b"[..], true);
        let e = odd.read_to_end(&mut Vec::new()).unwrap_err();
        assert_eq!(
            e.to_string(),
            "not valid UTF-16LE: the text ends in the middle of a character at byte 4"
        );
        let mut lone = Utf16Reader::new(&b"a\0\x00\xdc"[..], true);
        let mut before = Vec::new();
        let e = lone.read_to_end(&mut before).unwrap_err();
        assert!(
            e.to_string()
                .contains("a low surrogate without its high half at byte 4"),
            "{e}"
        );
        // The text before the bad unit is read first.
        assert_eq!(before, b"a");
    }
}

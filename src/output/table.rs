//! Tables for people: aligned columns under an underlined header. Column widths come from the
//! first rows (up to [`SAMPLE`]); later rows are printed as they arrive with the same widths, so a
//! table over a million records streams in constant memory. Over-wide cells are cut with "…".

use anyhow::Result;
use std::io::Write;

/// Rows looked at before the widths are fixed.
pub const SAMPLE: usize = 500;
/// The widest a column gets; longer cells are shortened.
pub const MAX_WIDTH: usize = 60;

pub struct StreamTable {
    color: bool,
    header: Vec<String>,
    pending: Vec<Vec<String>>,
    widths: Option<Vec<usize>>,
}

impl StreamTable {
    pub fn new(color: bool) -> Self {
        StreamTable {
            color,
            header: Vec::new(),
            pending: Vec::new(),
            widths: None,
        }
    }

    pub fn push<W: Write>(&mut self, out: &mut W, cells: Vec<(String, String)>) -> Result<()> {
        if self.header.is_empty() {
            self.header = cells.iter().map(|(k, _)| k.clone()).collect();
        }
        let row: Vec<String> = cells.into_iter().map(|(_, v)| one_line(&v)).collect();
        match &self.widths {
            Some(w) => write_row(out, w, &row, false, false)?,
            None => {
                self.pending.push(row);
                if self.pending.len() >= SAMPLE {
                    self.flush_pending(out)?;
                }
            }
        }
        Ok(())
    }

    fn flush_pending<W: Write>(&mut self, out: &mut W) -> Result<()> {
        let mut widths: Vec<usize> = self.header.iter().map(|h| width(h)).collect();
        for row in &self.pending {
            for (i, c) in row.iter().enumerate() {
                if i < widths.len() {
                    widths[i] = widths[i]
                        .max(width(c))
                        .min(MAX_WIDTH.max(width(&self.header[i])));
                }
            }
        }
        write_row(out, &widths, &self.header, true, self.color)?;
        let rule: Vec<String> = widths.iter().map(|&w| "-".repeat(w)).collect();
        write_row(out, &widths, &rule, false, false)?;
        for row in std::mem::take(&mut self.pending) {
            write_row(out, &widths, &row, false, false)?;
        }
        self.widths = Some(widths);
        Ok(())
    }

    pub fn finish<W: Write>(mut self, out: &mut W) -> Result<()> {
        if self.widths.is_none() && !self.header.is_empty() {
            self.flush_pending(out)?;
        }
        Ok(())
    }
}

/// A cell on one line, safe for a terminal: line breaks and tabs become spaces, and any other
/// control character (ESC and the escape sequences it starts, OSC links, bidi overrides) is shown
/// escaped (`\u{1b}`) instead of acting on the terminal. Machine formats keep the data as it is.
fn one_line(s: &str) -> String {
    let joined = if s.contains(['\n', '\r', '\t']) {
        s.split(['\n', '\r', '\t'])
            .filter(|p| !p.is_empty())
            .collect::<Vec<_>>()
            .join(" ")
    } else {
        s.to_string()
    };
    crate::io::text::escape_controls(&joined).into_owned()
}

fn width(s: &str) -> usize {
    s.chars().count()
}

fn write_row<W: Write>(
    out: &mut W,
    widths: &[usize],
    row: &[String],
    bold: bool,
    color: bool,
) -> Result<()> {
    let mut line = String::new();
    let last = widths.len().saturating_sub(1);
    for (i, w) in widths.iter().enumerate() {
        let cell = row.get(i).map(String::as_str).unwrap_or("");
        let n = width(cell);
        let shown: String = if n > *w {
            cell.chars()
                .take(w.saturating_sub(1))
                .chain(std::iter::once('…'))
                .collect()
        } else {
            cell.to_string()
        };
        if i > 0 {
            line.push_str("  ");
        }
        let pad = w.saturating_sub(width(&shown));
        if bold && color {
            line.push_str("\x1b[1m");
            line.push_str(&shown);
            line.push_str("\x1b[0m");
        } else {
            line.push_str(&shown);
        }
        if i != last {
            line.extend(std::iter::repeat_n(' ', pad));
        }
    }
    writeln!(out, "{}", line.trim_end())?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn aligns_and_cuts() {
        let mut out = Vec::new();
        let mut t = StreamTable::new(false);
        t.push(
            &mut out,
            vec![("id".into(), "1".into()), ("name".into(), "x".repeat(70))],
        )
        .unwrap();
        t.push(
            &mut out,
            vec![("id".into(), "22".into()), ("name".into(), "a\nb".into())],
        )
        .unwrap();
        t.finish(&mut out).unwrap();
        let s = String::from_utf8(out).unwrap();
        let lines: Vec<&str> = s.lines().collect();
        assert_eq!(lines[0], "id  name");
        assert!(lines[2].ends_with('…'));
        assert_eq!(lines[2].chars().count(), 4 + MAX_WIDTH);
        assert_eq!(lines[3], "22  a b");
    }

    #[test]
    fn terminal_controls_are_escaped() {
        let mut out = Vec::new();
        let mut t = StreamTable::new(false);
        for evil in [
            "\u{1b}]8;;https://evil.example\u{7}click",
            "\u{1b}[2J \u{202e}fdp.exe \u{9b}31m",
        ] {
            t.push(&mut out, vec![("subject".into(), evil.into())])
                .unwrap();
        }
        t.finish(&mut out).unwrap();
        let s = String::from_utf8(out).unwrap();
        assert!(
            !s.contains('\u{1b}') && !s.contains('\u{202e}') && !s.contains('\u{9b}'),
            "{s:?}"
        );
        assert!(
            s.contains("\\u{1b}]8;;https://evil.example\\u{7}click"),
            "{s}"
        );
        assert!(s.contains("\\u{202e}fdp.exe"), "{s}");
    }
}

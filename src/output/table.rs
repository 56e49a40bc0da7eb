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
    /// The first rows, in [`Row`]'s form, until the widths are fixed.
    pending: Vec<String>,
    widths: Option<Vec<usize>>,
    /// The line being written, kept between rows.
    line: String,
}

/// Joins the cells of a [`Row`]: escaping writes it out of every cell, so it never occurs in one.
const SEPARATOR: char = '\x1f';

/// One row made before it reaches the table, on the thread that made the record: the column
/// names, and the cells each on one line and escaped for a terminal, joined by [`SEPARATOR`], so
/// a row is one allocation and the writer only pads and prints.
pub struct Row {
    columns: &'static [&'static str],
    cells: String,
    count: usize,
}

impl Row {
    pub fn new(columns: &'static [&'static str]) -> Self {
        Row {
            columns,
            cells: String::with_capacity(192),
            count: 0,
        }
    }

    /// Appends the next column's cell.
    pub fn cell(&mut self, text: &str) -> &mut Self {
        if self.count > 0 {
            self.cells.push(SEPARATOR);
        }
        self.count += 1;
        push_one_line(&mut self.cells, text);
        self
    }
}

impl StreamTable {
    pub fn new(color: bool) -> Self {
        StreamTable {
            color,
            header: Vec::new(),
            pending: Vec::new(),
            widths: None,
            line: String::new(),
        }
    }

    /// Adds a row given as (column, text) pairs; the first row's columns are the header.
    pub fn push<W: Write>(&mut self, out: &mut W, cells: Vec<(String, String)>) -> Result<()> {
        if self.header.is_empty() {
            self.header = cells.iter().map(|(k, _)| k.clone()).collect();
        }
        let mut row = String::new();
        for (i, (_, v)) in cells.iter().enumerate() {
            if i > 0 {
                row.push(SEPARATOR);
            }
            push_one_line(&mut row, v);
        }
        self.push_cells(out, row)
    }

    /// Adds a row made ahead; the first row's columns are the header.
    pub fn push_row<W: Write>(&mut self, out: &mut W, row: Row) -> Result<()> {
        if self.header.is_empty() {
            self.header = row.columns.iter().map(|c| c.to_string()).collect();
        }
        self.push_cells(out, row.cells)
    }

    fn push_cells<W: Write>(&mut self, out: &mut W, row: String) -> Result<()> {
        match &self.widths {
            Some(w) => write_row(out, &mut self.line, w, row.split(SEPARATOR), false, false)?,
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
            for (i, c) in row.split(SEPARATOR).enumerate() {
                if i < widths.len() {
                    widths[i] = widths[i]
                        .max(width(c))
                        .min(MAX_WIDTH.max(width(&self.header[i])));
                }
            }
        }
        let line = &mut self.line;
        let header = self.header.iter().map(String::as_str);
        write_row(out, line, &widths, header, true, self.color)?;
        let rule: Vec<String> = widths.iter().map(|&w| "-".repeat(w)).collect();
        write_row(
            out,
            line,
            &widths,
            rule.iter().map(String::as_str),
            false,
            false,
        )?;
        for row in std::mem::take(&mut self.pending) {
            write_row(out, line, &widths, row.split(SEPARATOR), false, false)?;
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

/// Appends a cell on one line, safe for a terminal: line breaks and tabs become spaces, and any
/// other control character (ESC and the escape sequences it starts, OSC links, bidi overrides)
/// is shown escaped (`\u{1b}`) instead of acting on the terminal. Machine formats keep the data
/// as it is.
fn push_one_line(out: &mut String, s: &str) {
    // Printable ASCII, as most cells are, is pushed as it is.
    if s.bytes().all(|b| (b' '..b'\x7f').contains(&b)) {
        out.push_str(s);
        return;
    }
    let parts = s.split(['\n', '\r', '\t']).filter(|p| !p.is_empty());
    for (i, part) in parts.enumerate() {
        if i > 0 {
            out.push(' ');
        }
        out.push_str(&crate::io::text::escape_controls(part));
    }
}

fn width(s: &str) -> usize {
    if s.is_ascii() {
        s.len()
    } else {
        s.chars().count()
    }
}

/// Writes one row's cells padded to `widths` (cut with "…" when wider), through `line`.
fn write_row<'a, W: Write>(
    out: &mut W,
    line: &mut String,
    widths: &[usize],
    mut row: impl Iterator<Item = &'a str>,
    bold: bool,
    color: bool,
) -> Result<()> {
    line.clear();
    let last = widths.len().saturating_sub(1);
    for (i, w) in widths.iter().enumerate() {
        let cell = row.next().unwrap_or("");
        if i > 0 {
            line.push_str("  ");
        }
        if bold && color {
            line.push_str("\x1b[1m");
        }
        let n = width(cell);
        let shown = if n > *w {
            line.extend(cell.chars().take(w.saturating_sub(1)));
            line.push('…');
            *w
        } else {
            line.push_str(cell);
            n
        };
        if bold && color {
            line.push_str("\x1b[0m");
        }
        if i != last {
            line.extend(std::iter::repeat_n(' ', w.saturating_sub(shown)));
        }
    }
    out.write_all(line.trim_end().as_bytes())?;
    out.write_all(b"\n")?;
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
    fn a_row_made_ahead_prints_as_its_cells_do() {
        const COLUMNS: &[&str] = &["id", "subject", "note"];
        let rows = [
            ["1", "law", "plain"],
            ["", "x".repeat(80).leak(), "\n\nleading and\r\ntrailing\t\n"],
            ["\u{1f}unit", "é日本語", "\u{1b}[2J\u{202e}"],
            ["4", "", ""],
        ];
        let (mut by_cells, mut ahead) = (Vec::new(), Vec::new());
        let (mut a, mut b) = (StreamTable::new(true), StreamTable::new(true));
        for r in rows {
            let cells = COLUMNS
                .iter()
                .zip(r)
                .map(|(k, v)| (k.to_string(), v.to_string()));
            a.push(&mut by_cells, cells.collect()).unwrap();
            let mut row = Row::new(COLUMNS);
            for v in r {
                row.cell(v);
            }
            b.push_row(&mut ahead, row).unwrap();
        }
        a.finish(&mut by_cells).unwrap();
        b.finish(&mut ahead).unwrap();
        let text = String::from_utf8(ahead).unwrap();
        assert_eq!(String::from_utf8(by_cells).unwrap(), text);
        assert_eq!(text.lines().count(), 2 + rows.len());
        assert!(text.contains("\\u{1f}unit"), "{text}");
        assert!(text.contains("leading and trailing\n"), "{text}");
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

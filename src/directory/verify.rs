//! `directory verify`: a liaison confirms (or changes) their library's AskUsNow! contact, and the
//! date it was verified is set, in the directory file itself.
//!
//! The file is changed under its lock (the one every read-modify-write of aun takes) and replaced
//! whole or not at all. Only the library's contact and verified cells change: the other rows and
//! columns are written back as they were read (CSV and TSV field for field, JSON key for key, in
//! order), with a `contact_email` or `verified` column added when the file has none. Lines end as
//! the file's first line ends (CRLF, LF, or a carriage return alone as Excel for Mac saves CSV),
//! and the last line ends only if it did, so a file kept in a spreadsheet or under version
//! control changes only in its two cells. The result is read back as a directory before it
//! replaces the file, so a verify never leaves a directory aun would refuse.

use super::{parse_directory, Directory};
use crate::io::atomic::Destination;
use crate::io::files::FileLock;
use crate::io::{header_key, InputFormat};
use anyhow::{anyhow, bail, Context, Result};
use chrono::NaiveDate;
use serde::Serialize;
use serde_json::Value;
use std::io::Write;
use std::path::Path;

/// What a verify changed.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Verified {
    pub library: String,
    pub contact_email: String,
    pub verified: NaiveDate,
    pub previous_contact_email: String,
    pub previous_verified: Option<NaiveDate>,
}

const CONTACT: &[&str] = &["contact_email", "contact", "email", "aun contact"];
const VERIFIED: &[&str] = &["verified", "verified on", "last verified"];

fn column(headers: &[String], names: &[&str]) -> Option<usize> {
    names.iter().find_map(|n| {
        let k = header_key(n);
        headers.iter().position(|h| header_key(h) == k)
    })
}

/// Sets `library`'s contact (when `contact` is given) and its verified date to `on`, in the
/// directory file at `path`.
pub fn verify(
    path: &Path,
    library: &str,
    contact: Option<&str>,
    on: NaiveDate,
    wait: std::time::Duration,
) -> Result<Verified> {
    let name = path.display().to_string();
    let Some(_lock) = FileLock::acquire(path, wait)? else {
        bail!(
            "{name}.lock: another aun run is changing this directory (waited {}s); nothing was changed",
            wait.as_secs()
        );
    };
    // Read with the bound every directory is read with (not noted as an input: it is written
    // back).
    let file = std::fs::File::open(path).map_err(|e| anyhow!("{name}: {e}"))?;
    let bytes = crate::io::read_capped(file, &name)?;
    let format = crate::io::detect_format(None, &name, &bytes[..bytes.len().min(4096)]);
    let before = parse_directory(&name, &bytes, format)?;
    let lib = before
        .find(library)
        .ok_or_else(|| anyhow!("--library {library:?}: not in the directory ({name})"))?;
    let contact = match contact {
        Some(c) => {
            let c = c.trim();
            if let Err(e) = super::check_contact(c) {
                bail!("--contact {c:?}: not an e-mail address ({e})");
            }
            c.to_string()
        }
        None if lib.contact_email.is_empty() => bail!(
            "{}: {} has no contact e-mail to confirm; give it with --contact ADDRESS",
            name,
            lib.id
        ),
        None => lib.contact_email.clone(),
    };
    let verified = on.format("%Y-%m-%d").to_string();
    let crlf = first_line_ends_in_crlf(&bytes);
    let out = match format {
        InputFormat::Csv | InputFormat::Tsv => {
            let delim = if format == InputFormat::Tsv {
                b'\t'
            } else {
                b','
            };
            let end = LineEnd::of(&bytes);
            let mut out =
                rewrite_delimited(&name, &bytes, delim, end, &lib.id, &contact, &verified)?;
            // No line end after the last line where the file had none.
            if !bytes.ends_with(b"\n") && !bytes.ends_with(b"\r") {
                let cut = out.len() - end.bytes().len();
                out.truncate(cut);
            }
            out
        }
        InputFormat::Json | InputFormat::Jsonl => {
            let out = rewrite_json(&name, &bytes, format, &lib.id, &contact, &verified)?;
            if crlf {
                // serde_json escapes line breaks inside strings: every LF it writes ends a line.
                String::from_utf8(out)?.replace('\n', "\r\n").into_bytes()
            } else {
                out
            }
        }
    };
    let after: Directory = parse_directory(&name, &out, format).with_context(|| {
        format!("{name}: the changed directory would not read back; nothing was changed")
    })?;
    let now = after
        .get(&lib.id)
        .ok_or_else(|| anyhow!("{name}: {} went missing; nothing was changed", lib.id))?;
    if now.contact_email != contact || now.verified != Some(on) {
        bail!("{name}: the change did not read back; nothing was changed");
    }
    let mut dest = Destination::open_for_update(path)?;
    dest.write_all(&out)?;
    dest.commit()?;
    Ok(Verified {
        library: lib.id.clone(),
        contact_email: contact,
        verified: on,
        previous_contact_email: lib.contact_email.clone(),
        previous_verified: lib.verified,
    })
}

/// How a delimited file's lines end: as its first line does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum LineEnd {
    Lf,
    CrLf,
    /// A carriage return alone (Excel for Mac).
    Cr,
}

impl LineEnd {
    fn of(bytes: &[u8]) -> LineEnd {
        match memchr::memchr2(b'\r', b'\n', bytes) {
            Some(i) if bytes[i] == b'\n' => LineEnd::Lf,
            Some(i) if bytes.get(i + 1) == Some(&b'\n') => LineEnd::CrLf,
            Some(_) => LineEnd::Cr,
            None => LineEnd::Lf,
        }
    }

    fn bytes(self) -> &'static [u8] {
        match self {
            LineEnd::Lf => b"\n",
            LineEnd::CrLf => b"\r\n",
            LineEnd::Cr => b"\r",
        }
    }
}

/// True when the file's first line ends in CRLF: the line end it is written back with.
fn first_line_ends_in_crlf(bytes: &[u8]) -> bool {
    memchr::memchr(b'\n', bytes).is_some_and(|i| i > 0 && bytes[i - 1] == b'\r')
}

/// CSV or TSV, every field written back as it was read, the two cells of one row changed; records
/// end in `end` (a line break inside a quoted cell is kept as it was).
fn rewrite_delimited(
    name: &str,
    bytes: &[u8],
    delim: u8,
    end: LineEnd,
    id: &str,
    contact: &str,
    verified: &str,
) -> Result<Vec<u8>> {
    let bom = bytes.starts_with(crate::io::text::BOM);
    let body = if bom { &bytes[3..] } else { bytes };
    let mut rdr = csv::ReaderBuilder::new()
        .delimiter(delim)
        .has_headers(false)
        .flexible(true)
        .from_reader(body);
    let mut rows: Vec<csv::ByteRecord> = Vec::new();
    for r in rdr.byte_records() {
        rows.push(r.map_err(|e| anyhow!("{name}: {e}"))?);
    }
    let Some(header) = rows.first() else {
        bail!("{name}: the file is empty");
    };
    let mut headers: Vec<String> = header
        .iter()
        .map(|h| String::from_utf8_lossy(h).into_owned())
        .collect();
    let c_id = column(&headers, &["id"]).ok_or_else(|| anyhow!("{name}: no id column"))?;
    let width = headers.len();
    let add = |headers: &mut Vec<String>, names: &[&str]| match column(headers, names) {
        Some(i) => i,
        None => {
            headers.push(names[0].to_string());
            headers.len() - 1
        }
    };
    let c_contact = add(&mut headers, CONTACT);
    let c_verified = add(&mut headers, VERIFIED);
    let mut out = Vec::new();
    if bom {
        out.extend_from_slice(crate::io::text::BOM);
    }
    let terminator = match end {
        LineEnd::CrLf => csv::Terminator::CRLF,
        LineEnd::Lf => csv::Terminator::Any(b'\n'),
        LineEnd::Cr => csv::Terminator::Any(b'\r'),
    };
    let mut w = csv::WriterBuilder::new()
        .delimiter(delim)
        .flexible(true)
        .terminator(terminator)
        .from_writer(&mut out);
    let mut found = 0;
    for (i, rec) in rows.iter().enumerate() {
        let mut cells: Vec<Vec<u8>> = rec.iter().map(<[u8]>::to_vec).collect();
        if i == 0 {
            cells = headers.iter().map(|h| h.as_bytes().to_vec()).collect();
        } else {
            // Rows grow to the new header's width only when a column was added.
            if headers.len() > width && cells.len() < headers.len() {
                cells.resize(headers.len(), Vec::new());
            }
            let this_id = cells
                .get(c_id)
                .map(|c| String::from_utf8_lossy(c).trim().to_string());
            if this_id.is_some_and(|x| x.eq_ignore_ascii_case(id)) {
                if cells.len() < headers.len() {
                    cells.resize(headers.len(), Vec::new());
                }
                cells[c_contact] = contact.as_bytes().to_vec();
                cells[c_verified] = verified.as_bytes().to_vec();
                found += 1;
            }
        }
        w.write_record(&cells).map_err(|e| anyhow!("{name}: {e}"))?;
    }
    w.flush()?;
    drop(w);
    if found != 1 {
        bail!("{name}: {found} rows with the id {id}");
    }
    Ok(out)
}

/// A JSON array of objects or JSON Lines: the library's object gets the two keys.
fn rewrite_json(
    name: &str,
    bytes: &[u8],
    format: InputFormat,
    id: &str,
    contact: &str,
    verified: &str,
) -> Result<Vec<u8>> {
    let text = std::str::from_utf8(bytes).map_err(|e| anyhow!("{name}: not UTF-8: {e}"))?;
    let text = text.trim_start_matches('\u{feff}');
    let mut objects: Vec<Value> = match format {
        InputFormat::Json => {
            match serde_json::from_str(text).map_err(|e| anyhow!("{name}: {e}"))? {
                Value::Array(items) => items,
                _ => bail!("{name}: not a JSON array of libraries"),
            }
        }
        _ => text
            .lines()
            .filter(|l| !l.trim().is_empty())
            .map(|l| serde_json::from_str(l).map_err(|e| anyhow!("{name}: {e}")))
            .collect::<Result<_>>()?,
    };
    let mut found = 0;
    for o in &mut objects {
        let Value::Object(map) = o else { continue };
        let key_of = |map: &serde_json::Map<String, Value>, names: &[&str]| {
            names.iter().find_map(|n| {
                let k = header_key(n);
                map.keys().find(|x| header_key(x) == k).cloned()
            })
        };
        let this_id =
            key_of(map, &["id"]).and_then(|k| map.get(&k).and_then(crate::io::scalar_text));
        if !this_id.is_some_and(|x| x.trim().eq_ignore_ascii_case(id)) {
            continue;
        }
        let ck = key_of(map, CONTACT).unwrap_or_else(|| CONTACT[0].to_string());
        let vk = key_of(map, VERIFIED).unwrap_or_else(|| VERIFIED[0].to_string());
        map.insert(ck, Value::String(contact.to_string()));
        map.insert(vk, Value::String(verified.to_string()));
        found += 1;
    }
    if found != 1 {
        bail!("{name}: {found} libraries with the id {id}");
    }
    let mut out = Vec::new();
    match format {
        InputFormat::Json => {
            serde_json::to_writer_pretty(&mut out, &objects)?;
            out.push(b'\n');
        }
        _ => {
            for o in &objects {
                serde_json::to_writer(&mut out, o)?;
                out.push(b'\n');
            }
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    fn day(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn csv_changes_two_cells_of_one_row_and_nothing_else() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("d.csv");
        let text = "id,name,account,contact_email,note\n\
                    HCLS,Howard County Library System,,old@hclibrary.org,\"a, quoted\"\n\
                    FCPL,Frederick County Public Libraries,,,'=not a formula\n";
        std::fs::write(&p, text).unwrap();
        let v = verify(
            &p,
            "Howard County Library System",
            Some("aun@hclibrary.org"),
            day("2026-12-01"),
            std::time::Duration::ZERO,
        )
        .unwrap();
        assert_eq!(v.library, "HCLS");
        assert_eq!(v.previous_contact_email, "old@hclibrary.org");
        let after = std::fs::read_to_string(&p).unwrap();
        assert_eq!(
            after,
            "id,name,account,contact_email,note,verified\n\
             HCLS,Howard County Library System,,aun@hclibrary.org,\"a, quoted\",2026-12-01\n\
             FCPL,Frederick County Public Libraries,,,'=not a formula,\n"
        );
        // Again, confirming only: the address stays, the date moves.
        verify(
            &p,
            "HCLS",
            None,
            day("2026-12-02"),
            std::time::Duration::ZERO,
        )
        .unwrap();
        let d = Directory::load(p.to_str().unwrap(), None).unwrap();
        assert_eq!(d.get("HCLS").unwrap().verified, Some(day("2026-12-02")));
        assert_eq!(d.get("HCLS").unwrap().contact_email, "aun@hclibrary.org");
    }

    #[test]
    fn a_file_of_carriage_returns_or_without_a_last_line_end_keeps_them() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("d.csv");
        let on = day("2026-12-01");
        // Excel for Mac: a carriage return alone ends each line, the last one too.
        let text = "id,name,contact_email,verified\rHCLS,Howard,old@hclibrary.org,2025-01-02\rFCPL,Frederick,,\r";
        std::fs::write(&p, text).unwrap();
        verify(&p, "HCLS", Some("aun@hclibrary.org"), on, Duration::ZERO).unwrap();
        assert_eq!(
            std::fs::read_to_string(&p).unwrap(),
            "id,name,contact_email,verified\rHCLS,Howard,aun@hclibrary.org,2026-12-01\rFCPL,Frederick,,\r"
        );
        // No line end after the last line: none is added.
        let text = "id,name,contact_email,verified\nHCLS,Howard,,\nFCPL,Frederick,,";
        std::fs::write(&p, text).unwrap();
        verify(&p, "FCPL", Some("a@fcpl.org"), on, Duration::ZERO).unwrap();
        assert_eq!(
            std::fs::read_to_string(&p).unwrap(),
            "id,name,contact_email,verified\nHCLS,Howard,,\nFCPL,Frederick,a@fcpl.org,2026-12-01"
        );
    }

    #[test]
    fn a_crlf_file_keeps_its_line_ends() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("d.csv");
        let text = "id,name,contact_email,verified,note\r\n\
                    HCLS,Howard County Library System,old@hclibrary.org,2025-01-02,\"two\nlines\"\r\n\
                    FCPL,Frederick County Public Libraries,,,\r\n";
        std::fs::write(&p, text).unwrap();
        let on = day("2026-12-01");
        verify(&p, "HCLS", Some("aun@hclibrary.org"), on, Duration::ZERO).unwrap();
        assert_eq!(
            std::fs::read_to_string(&p).unwrap(),
            "id,name,contact_email,verified,note\r\n\
             HCLS,Howard County Library System,aun@hclibrary.org,2026-12-01,\"two\nlines\"\r\n\
             FCPL,Frederick County Public Libraries,,,\r\n"
        );
        // JSON Lines and a JSON array too.
        let p = dir.path().join("d.jsonl");
        std::fs::write(
            &p,
            "{\"id\":\"HCLS\",\"name\":\"Howard\"}\r\n{\"id\":\"FCPL\",\"name\":\"Frederick\"}\r\n",
        )
        .unwrap();
        verify(&p, "HCLS", Some("a@b.org"), on, Duration::ZERO).unwrap();
        let after = std::fs::read_to_string(&p).unwrap();
        assert_eq!(after.matches("\r\n").count(), 2, "{after:?}");
        assert_eq!(after.matches('\n').count(), 2, "{after:?}");
        let p = dir.path().join("d.json");
        std::fs::write(
            &p,
            "[\r\n{\"id\":\"HCLS\",\"name\":\"Howard\",\"note\":\"two\\nlines\"}\r\n]\r\n",
        )
        .unwrap();
        verify(&p, "HCLS", Some("a@b.org"), on, Duration::ZERO).unwrap();
        let after = std::fs::read_to_string(&p).unwrap();
        assert!(!after.replace("\r\n", "").contains('\n'), "{after:?}");
        let v: Value = serde_json::from_str(&after).unwrap();
        assert_eq!(v[0]["note"], "two\nlines");
    }

    #[test]
    fn json_and_refusals() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("d.json");
        std::fs::write(
            &p,
            r#"[{"id":"HCLS","name":"Howard","zz":1},{"id":"FCPL","name":"Frederick"}]"#,
        )
        .unwrap();
        verify(
            &p,
            "hcls",
            Some("a@b.org"),
            day("2026-12-01"),
            std::time::Duration::ZERO,
        )
        .unwrap();
        let v: Value = serde_json::from_str(&std::fs::read_to_string(&p).unwrap()).unwrap();
        assert_eq!(v[0]["contact_email"], "a@b.org");
        assert_eq!(v[0]["verified"], "2026-12-01");
        assert_eq!(v[0]["zz"], 1);
        assert!(v[1].get("verified").is_none());
        let e = verify(
            &p,
            "FCPL",
            None,
            day("2026-12-01"),
            std::time::Duration::ZERO,
        )
        .unwrap_err();
        assert!(
            e.to_string()
                .contains("FCPL has no contact e-mail to confirm"),
            "{e}"
        );
        let e = verify(
            &p,
            "FCPL",
            Some("not an address"),
            day("2026-12-01"),
            std::time::Duration::ZERO,
        )
        .unwrap_err();
        assert!(e.to_string().contains("not an e-mail address"), "{e}");
        let e = verify(
            &p,
            "NOPE",
            Some("a@b.org"),
            day("2026-12-01"),
            std::time::Duration::ZERO,
        )
        .unwrap_err();
        assert!(e.to_string().contains("not in the directory"), "{e}");
    }
}

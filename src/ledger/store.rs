//! Writing the ledger: an exclusive lock on `LEDGER.lock`, then one append that is whole or
//! undone. The ledger is appended to in place (through a symlink, to the file it names), never
//! replaced: a reader always sees every line written before.

use super::{Entry, Ledger};
use crate::io::files::FileLock;
use anyhow::{bail, Context, Result};
use std::fs::File;
use std::io::{Seek, SeekFrom, Write};
use std::path::Path;

/// Takes the exclusive lock on `LEDGER.lock` (the one lock every read-modify-write of aun takes,
/// [`FileLock`]), waiting up to `wait` for another writer; then fails clearly.
pub fn lock(ledger: &Path, wait: std::time::Duration) -> Result<FileLock> {
    match FileLock::acquire(ledger, wait)? {
        Some(lock) => Ok(lock),
        None => bail!(
            "{}.lock: another aun run is writing this ledger (waited {}s); nothing was written",
            ledger.display(),
            wait.as_secs()
        ),
    }
}

/// Under the lock: reads the ledger, lets `plan` decide what to append (it sees every entry
/// written before, by any process), appends that, and returns `plan`'s report. A last line that is
/// not whole (an interrupted write) stops the reader, so nothing is appended after it.
pub fn append_locked<R>(
    path: &Path,
    wait: std::time::Duration,
    plan: impl FnOnce(&Ledger) -> Result<(Vec<Entry>, R)>,
) -> Result<R> {
    let _lock = lock(path, wait)?;
    let ledger = Ledger::load(path)?;
    let (entries, report) = plan(&ledger)?;
    append(path, &entries)?;
    Ok(report)
}

/// Appends entries in one write, synced to disk. If the write fails part-way, the file is cut back
/// to its old length, so no half line is ever left. Call it under the lock, once the ledger was
/// read: a last line without its newline was then read as a whole entry (written by hand, say),
/// and it is ended with one before the new lines, so it stays an entry of its own.
fn append(path: &Path, entries: &[Entry]) -> Result<()> {
    if entries.is_empty() {
        return Ok(());
    }
    // Every reader refuses such a line: it would stop every later run.
    if entries.iter().any(|e| e.chat_id().trim().is_empty()) {
        bail!(
            "{}: an entry without a chat id cannot be added to the ledger; nothing was written",
            path.display()
        );
    }
    let name = path.display();
    let mut f = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(path)
        .with_context(|| format!("opening {name}"))?;
    let old = f
        .seek(SeekFrom::End(0))
        .with_context(|| format!("reading {name}"))?;
    let newline_first = old > 0 && !ends_with_newline(path, old)?;
    // Written as serialised, through a buffer: the lines of a large batch are never all held.
    let written = (|| -> std::io::Result<()> {
        let mut out = std::io::BufWriter::with_capacity(1 << 16, &f);
        if newline_first {
            out.write_all(b"\n")?;
        }
        for e in entries {
            serde_json::to_writer(&mut out, e)?;
            out.write_all(b"\n")?;
        }
        out.flush()?;
        drop(out);
        f.sync_data()
    })();
    if let Err(e) = written {
        // Whole or not at all: take back whatever part reached the file.
        let undo = f.set_len(old).and_then(|()| f.sync_data());
        return Err(e).with_context(|| match undo {
            Ok(()) => format!("appending to {name} (nothing was added)"),
            Err(u) => format!("appending to {name}, and cutting it back failed too ({u})"),
        });
    }
    Ok(())
}

fn ends_with_newline(path: &Path, len: u64) -> Result<bool> {
    use std::io::Read;
    let mut f = File::open(path)?;
    f.seek(SeekFrom::Start(len - 1))?;
    let mut last = [0u8; 1];
    f.read_exact(&mut last)?;
    Ok(last[0] == b'\n')
}

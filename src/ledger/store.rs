//! Writing the ledger: an exclusive lock on `LEDGER.lock` ([`super::batch`] takes it), then one
//! append that is whole or undone. The ledger is appended to in place (through a symlink, to the file it names), never
//! replaced: a reader always sees every line written before.

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

/// Lines appended to the ledger at `path` in one go, synced to disk, or none at all: if `write`
/// or the write fails part-way, the file is cut back to its old length, so no half line is ever
/// left. Call it under the lock, once the ledger was read: a last line without its newline was
/// then read as a whole entry (written by hand, say), and it is ended with one before the new
/// lines, so it stays an entry of its own. A batch that adds nothing leaves no file.
pub fn append_with(path: &Path, write: impl FnOnce(&mut Appender) -> Result<()>) -> Result<()> {
    let mut a = Appender { path, open: None };
    let written = write(&mut a).and_then(|()| a.sync());
    match (written, a.open) {
        (Ok(()), _) => Ok(()),
        (Err(e), None) => Err(e),
        (Err(e), Some(open)) => {
            // Whole or not at all: take back whatever part reached the file.
            let name = path.display();
            let undo = open
                .file
                .set_len(open.old)
                .and_then(|()| open.file.sync_data());
            Err(e.context(match undo {
                Ok(()) => format!("nothing was added to {name}"),
                Err(u) => format!("cutting {name} back to where it was failed too ({u})"),
            }))
        }
    }
}

/// Where [`append_with`] writes: the ledger, opened at the first line.
pub struct Appender<'a> {
    path: &'a Path,
    open: Option<Open>,
}

struct Open {
    file: File,
    old: u64,
    buffer: Vec<u8>,
}

const BUFFER: usize = 1 << 16;

impl Appender<'_> {
    /// Appends `line` and its newline.
    pub fn line(&mut self, line: &[u8]) -> Result<()> {
        let open = match &mut self.open {
            Some(open) => open,
            None => self.open.insert(Appender::open(self.path)?),
        };
        open.buffer.extend_from_slice(line);
        open.buffer.push(b'\n');
        if open.buffer.len() >= BUFFER {
            self.flush()?;
        }
        Ok(())
    }

    fn open(path: &Path) -> Result<Open> {
        let name = path.display();
        let mut file = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(path)
            .with_context(|| format!("opening {name}"))?;
        let old = file
            .seek(SeekFrom::End(0))
            .with_context(|| format!("reading {name}"))?;
        let mut buffer = Vec::with_capacity(BUFFER + 4096);
        if old > 0 && !ends_with_newline(path, old)? {
            buffer.push(b'\n');
        }
        Ok(Open { file, old, buffer })
    }

    fn flush(&mut self) -> Result<()> {
        if let Some(open) = &mut self.open {
            (&open.file)
                .write_all(&open.buffer)
                .with_context(|| format!("appending to {}", self.path.display()))?;
            open.buffer.clear();
        }
        Ok(())
    }

    fn sync(&mut self) -> Result<()> {
        self.flush()?;
        if let Some(open) = &self.open {
            open.file
                .sync_data()
                .with_context(|| format!("appending to {}", self.path.display()))?;
        }
        Ok(())
    }
}

fn ends_with_newline(path: &Path, len: u64) -> Result<bool> {
    use std::io::Read;
    let mut f = File::open(path)?;
    f.seek(SeekFrom::Start(len - 1))?;
    let mut last = [0u8; 1];
    f.read_exact(&mut last)?;
    Ok(last[0] == b'\n')
}

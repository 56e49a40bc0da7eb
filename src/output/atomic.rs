//! Where output goes: stdout, or a file written whole or not at all (a temporary file in the same
//! directory, flushed to disk, then renamed over the target). An interrupted run leaves the old file.

use anyhow::{Context, Result};
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

pub enum Destination {
    Stdout(BufWriter<std::io::Stdout>),
    File {
        target: PathBuf,
        tmp: BufWriter<tempfile::NamedTempFile>,
    },
}

impl Destination {
    /// Stdout for `None` or `-`, else an atomic file.
    pub fn open(path: Option<&Path>) -> Result<Destination> {
        match path {
            None => Ok(Destination::Stdout(BufWriter::with_capacity(
                1 << 16,
                std::io::stdout(),
            ))),
            Some(p) if p == Path::new("-") => Destination::open(None),
            Some(p) => {
                let dir = match p.parent() {
                    Some(d) if !d.as_os_str().is_empty() => d,
                    _ => Path::new("."),
                };
                let tmp = tempfile::Builder::new()
                    .prefix(".aun-")
                    .suffix(".tmp")
                    .tempfile_in(dir)
                    .with_context(|| format!("writing {}", p.display()))?;
                Ok(Destination::File {
                    target: p.to_path_buf(),
                    tmp: BufWriter::with_capacity(1 << 16, tmp),
                })
            }
        }
    }

    /// Makes the output final: flushes stdout, or syncs the temporary file and renames it.
    pub fn commit(self) -> Result<()> {
        match self {
            Destination::Stdout(mut w) => w.flush().map_err(Into::into),
            Destination::File { target, tmp } => {
                let tmp = tmp
                    .into_inner()
                    .map_err(|e| e.into_error())
                    .with_context(|| format!("writing {}", target.display()))?;
                tmp.as_file()
                    .sync_all()
                    .with_context(|| format!("writing {}", target.display()))?;
                tmp.persist(&target)
                    .map_err(|e| e.error)
                    .with_context(|| format!("writing {}", target.display()))?;
                Ok(())
            }
        }
    }
}

impl Write for Destination {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        match self {
            Destination::Stdout(w) => w.write(buf),
            Destination::File { tmp, .. } => tmp.write(buf),
        }
    }
    fn write_all(&mut self, buf: &[u8]) -> std::io::Result<()> {
        match self {
            Destination::Stdout(w) => w.write_all(buf),
            Destination::File { tmp, .. } => tmp.write_all(buf),
        }
    }
    fn flush(&mut self) -> std::io::Result<()> {
        match self {
            Destination::Stdout(w) => w.flush(),
            Destination::File { tmp, .. } => tmp.flush(),
        }
    }
}

/// Replaces `target` with `bytes`, whole or not at all. Used for state and overrides files.
pub fn write_file_atomic(target: &Path, bytes: &[u8]) -> Result<()> {
    let mut d = Destination::open(Some(target))?;
    d.write_all(bytes)
        .with_context(|| format!("writing {}", target.display()))?;
    d.commit()
}

//! Where output goes: stdout, or a file written whole or not at all.
//!
//! One mechanism for every file aun writes (`-o`, the remind state, the overrides file):
//! - a regular file (or a path not there yet) is written to a temporary file in the same
//!   directory, flushed to disk, then renamed over the target: an interrupted run leaves the old
//!   file. A symlink is followed first, so the file it names is replaced, not the link; the
//!   replaced file keeps its mode (and owner, where allowed); a new file follows the umask;
//! - anything else (a FIFO, a terminal, `/dev/null`) is written through, in place: replacing it
//!   would delete the device node or leave a FIFO's reader waiting forever;
//! - SIGINT, SIGTERM and SIGHUP remove the temporary files before the process dies of the signal,
//!   so an interrupted run leaves no hidden copy of patron data behind;
//! - `-o` never names one of the run's own inputs (see [`crate::io::files::note_input`]), nor a
//!   file the run keeps, such as the follow-up ledger (see [`crate::io::files::note_own_file`]).

use crate::io::files::{input_named_by, own_file_named_by, resolve_symlinks};
use anyhow::{bail, Context, Result};
use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

pub enum Destination {
    Stdout(BufWriter<std::io::Stdout>),
    /// A FIFO, a terminal or a device, written in place.
    Through {
        target: PathBuf,
        file: BufWriter<File>,
    },
    /// A regular file, replaced on commit.
    File {
        /// The file the path names, symlinks followed.
        target: PathBuf,
        /// The path as the user gave it, for messages.
        shown: PathBuf,
        tmp: BufWriter<tempfile::NamedTempFile>,
        /// `-o`: refuse to replace a file the run read.
        not_an_input: bool,
    },
}

impl Destination {
    /// Stdout for `None` or `-`, else the file `-o` names, which must not be one of the inputs.
    pub fn open(path: Option<&Path>) -> Result<Destination> {
        match path {
            None => Ok(Destination::Stdout(BufWriter::with_capacity(
                1 << 16,
                std::io::stdout(),
            ))),
            Some(p) if p == Path::new("-") => Destination::open(None),
            Some(p) => open_file(p, true),
        }
    }

    /// The file `path` for a read-modify-write of aun's own (state, overrides): the caller read
    /// it and holds its lock.
    pub fn open_for_update(path: &Path) -> Result<Destination> {
        open_file(path, false)
    }

    /// Makes the output final: flushes stdout or the file written through, or syncs the
    /// temporary file and renames it over the target.
    pub fn commit(mut self) -> Result<()> {
        match self {
            Destination::Stdout(_) | Destination::Through { .. } => Ok(self.flush()?),
            Destination::File {
                target,
                shown,
                tmp,
                not_an_input,
            } => {
                let context = || format!("writing {}", shown.display());
                let tmp = tmp
                    .into_inner()
                    .map_err(|e| without_tmp_path(e.into_error()))
                    .with_context(context)?;
                tmp.as_file().sync_all().with_context(context)?;
                // An input read after the output was opened (a streamed export) is caught here,
                // before anything is replaced.
                if not_an_input {
                    refuse_input(&shown, &target)?;
                }
                let tmp_path = tmp.path().to_path_buf();
                tmp.persist(&target)
                    .map_err(|e| e.error)
                    .with_context(context)?;
                cleanup::forget(&tmp_path);
                // The rename is durable once the directory is synced; not every file system can.
                if let Ok(dir) = File::open(parent_dir(&target)) {
                    let _ = dir.sync_all();
                }
                Ok(())
            }
        }
    }
}

fn parent_dir(p: &Path) -> &Path {
    match p.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    }
}

fn refuse_input(shown: &Path, target: &Path) -> Result<()> {
    // The more telling name first: a ledger the run reads is also an input.
    if let Some(own) = own_file_named_by(target) {
        bail!(
            "-o {}: that is {own}, which this run keeps; writing there would destroy it (choose another file)",
            shown.display()
        );
    }
    if let Some(input) = input_named_by(target) {
        bail!(
            "-o {}: that is the input {input}; writing there would destroy it (choose another file)",
            shown.display()
        );
    }
    Ok(())
}

fn open_file(p: &Path, not_an_input: bool) -> Result<Destination> {
    let context = || format!("writing {}", p.display());
    // What the path leads to, as the kernel follows it: a pipe behind /dev/stdout
    // (/proc/self/fd/1 -> "pipe:[…]") has no name to resolve, but can be opened.
    match std::fs::metadata(p) {
        Ok(m) if m.is_dir() => bail!("writing {}: it is a directory", p.display()),
        Ok(m) if !m.is_file() => {
            let file = std::fs::OpenOptions::new()
                .write(true)
                .open(p)
                .with_context(context)?;
            return Ok(Destination::Through {
                target: p.to_path_buf(),
                file: BufWriter::with_capacity(1 << 16, file),
            });
        }
        _ => {}
    }
    let target = resolve_symlinks(p).with_context(context)?;
    if not_an_input {
        refuse_input(p, &target)?;
    }
    let existing = match std::fs::metadata(&target) {
        Ok(m) if !m.is_file() => bail!("writing {}: not a regular file", p.display()),
        Ok(m) => Some(m),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
        Err(e) => return Err(e).with_context(context),
    };
    use std::os::unix::fs::PermissionsExt;
    cleanup::install();
    let tmp = tempfile::Builder::new()
        .prefix(".aun-")
        .suffix(".tmp")
        // The umask applies, as to any new file; an existing file's mode is copied below.
        .permissions(std::fs::Permissions::from_mode(0o666))
        .tempfile_in(parent_dir(&target))
        .map_err(without_tmp_path)
        .with_context(context)?;
    cleanup::remember(tmp.path());
    if let Some(m) = existing {
        use std::os::unix::fs::MetadataExt;
        // The owner first (only root may give a file away; others keep their own): a chown
        // clears the set-id bits the mode then restores.
        let _ = std::os::unix::fs::fchown(tmp.as_file(), Some(m.uid()), Some(m.gid()));
        tmp.as_file()
            .set_permissions(m.permissions())
            .with_context(context)?;
    }
    Ok(Destination::File {
        target,
        shown: p.to_path_buf(),
        tmp: BufWriter::with_capacity(1 << 16, tmp),
        not_an_input,
    })
}

impl Destination {
    /// A write error, naming what was written: standard output, or the file the user named
    /// (not the temporary file). The kind is kept, so a closed pipe is still seen as one.
    fn named(&self, e: std::io::Error) -> std::io::Error {
        let what = match self {
            Destination::Stdout(_) => "standard output".to_string(),
            Destination::Through { target, .. } => target.display().to_string(),
            Destination::File { shown, .. } => shown.display().to_string(),
        };
        let e = without_tmp_path(e);
        std::io::Error::new(e.kind(), format!("writing {what}: {e}"))
    }
}

impl Write for Destination {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let r = match self {
            Destination::Stdout(w) => w.write(buf),
            Destination::Through { file, .. } => file.write(buf),
            Destination::File { tmp, .. } => tmp.write(buf),
        };
        r.map_err(|e| self.named(e))
    }
    fn write_all(&mut self, buf: &[u8]) -> std::io::Result<()> {
        let r = match self {
            Destination::Stdout(w) => w.write_all(buf),
            Destination::Through { file, .. } => file.write_all(buf),
            Destination::File { tmp, .. } => tmp.write_all(buf),
        };
        r.map_err(|e| self.named(e))
    }
    fn flush(&mut self) -> std::io::Result<()> {
        let r = match self {
            Destination::Stdout(w) => w.flush(),
            Destination::Through { file, .. } => file.flush(),
            Destination::File { tmp, .. } => tmp.flush(),
        };
        r.map_err(|e| self.named(e))
    }
}

/// `e` without the temporary file's path tempfile adds to its errors (`… at path
/// "/d/.aun-x.tmp"`): the message names the file the user gave instead.
fn without_tmp_path(e: std::io::Error) -> std::io::Error {
    let text = e.to_string();
    match text.rsplit_once(" at path \"") {
        Some((message, path)) if e.get_ref().is_some() && path.contains(".aun-") => {
            std::io::Error::new(e.kind(), message)
        }
        _ => e,
    }
}

/// Replaces `target` with `bytes`, whole or not at all. Used for state and overrides files.
pub fn write_file_atomic(target: &Path, bytes: &[u8]) -> Result<()> {
    write_atomic_with(target, |w| Ok(w.write_all(bytes)?))
}

/// Replaces `target` with what `write` writes, whole or not at all: a file too large to build in
/// memory (the remind state) is written as it is made.
pub fn write_atomic_with(
    target: &Path,
    write: impl FnOnce(&mut dyn Write) -> Result<()>,
) -> Result<()> {
    let mut d = Destination::open_for_update(target)?;
    write(&mut d)?;
    d.commit()
}

/// Proves that `bytes` can be written beside `target` (the directory is writable, the disk has
/// room), without touching `target`: a temporary file is written, synced and removed.
pub fn check_writable(target: &Path, bytes: &[u8]) -> Result<()> {
    check_writable_with(target, |w| Ok(w.write_all(bytes)?))
}

/// [`check_writable`] for what `write` writes, made as it is written.
pub fn check_writable_with(
    target: &Path,
    write: impl FnOnce(&mut dyn Write) -> Result<()>,
) -> Result<()> {
    let context = || format!("writing {}", target.display());
    let resolved = resolve_symlinks(target).with_context(context)?;
    cleanup::install();
    let mut tmp = tempfile::Builder::new()
        .prefix(".aun-")
        .suffix(".tmp")
        .tempfile_in(parent_dir(&resolved))
        .map_err(without_tmp_path)
        .with_context(context)?;
    cleanup::remember(tmp.path());
    let written = {
        let mut buffered = std::io::BufWriter::with_capacity(1 << 16, tmp.as_file_mut());
        write(&mut buffered).and_then(|()| Ok(buffered.flush()?))
    };
    let written = written.and_then(|()| {
        tmp.as_file()
            .sync_all()
            .map_err(|e| anyhow::Error::from(without_tmp_path(e)))
    });
    let path = tmp.path().to_path_buf();
    drop(tmp);
    cleanup::forget(&path);
    written.with_context(context)
}

/// The temporary files to remove if a signal ends the run.
mod cleanup {
    use std::path::{Path, PathBuf};
    use std::sync::{Mutex, Once};

    static TEMPS: Mutex<Vec<PathBuf>> = Mutex::new(Vec::new());
    static INSTALL: Once = Once::new();

    /// Starts the thread that, on SIGINT, SIGTERM or SIGHUP, removes the temporary files and
    /// then lets the signal end the process as it would have (signal-hook: a handler may not
    /// take a lock or allocate, so the work is done on a thread the handler wakes).
    pub fn install() {
        INSTALL.call_once(|| {
            use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
            let Ok(mut signals) = signal_hook::iterator::Signals::new([SIGINT, SIGTERM, SIGHUP])
            else {
                return;
            };
            std::thread::spawn(move || {
                if let Some(sig) = signals.forever().next() {
                    let temps = TEMPS.lock().unwrap_or_else(|e| e.into_inner());
                    for p in temps.iter() {
                        let _ = std::fs::remove_file(p);
                    }
                    let _ = signal_hook::low_level::emulate_default_handler(sig);
                    std::process::exit(128 + sig);
                }
            });
        });
    }

    pub fn remember(p: &Path) {
        TEMPS
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .push(p.to_path_buf());
    }

    pub fn forget(p: &Path) {
        TEMPS
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .retain(|t| t != p);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    fn write(p: &Path, text: &str) -> Result<()> {
        let mut d = Destination::open(Some(p))?;
        d.write_all(text.as_bytes())?;
        d.commit()
    }

    #[test]
    fn a_symlink_is_followed_and_the_mode_kept() {
        let dir = tempfile::tempdir().unwrap();
        let real = dir.path().join("real.csv");
        std::fs::write(&real, "old").unwrap();
        std::fs::set_permissions(&real, std::fs::Permissions::from_mode(0o640)).unwrap();
        let link = dir.path().join("link.csv");
        std::os::unix::fs::symlink("real.csv", &link).unwrap();
        write(&link, "new").unwrap();
        assert!(std::fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink());
        assert_eq!(std::fs::read_to_string(&real).unwrap(), "new");
        let mode = std::fs::metadata(&real).unwrap().permissions().mode() & 0o7777;
        assert_eq!(mode, 0o640);
    }

    #[test]
    fn a_dangling_symlink_creates_its_target() {
        let dir = tempfile::tempdir().unwrap();
        let link = dir.path().join("link.csv");
        std::os::unix::fs::symlink("made.csv", &link).unwrap();
        write(&link, "x").unwrap();
        assert_eq!(
            std::fs::read_to_string(dir.path().join("made.csv")).unwrap(),
            "x"
        );
    }

    #[test]
    fn a_device_is_written_through() {
        write(Path::new("/dev/null"), "nothing").unwrap();
        let m = std::fs::metadata("/dev/null").unwrap();
        assert!(!m.is_file(), "/dev/null is still a device");
    }

    #[test]
    fn an_input_is_never_replaced() {
        let dir = tempfile::tempdir().unwrap();
        let input = dir.path().join("export.csv");
        std::fs::write(&input, "patron data").unwrap();
        crate::io::files::note_input(input.to_str().unwrap());
        let e = write(&input, "x").unwrap_err();
        assert!(format!("{e:#}").contains("that is the input"), "{e:#}");
        // Opened before the input was read: caught when committing.
        let other = dir.path().join("other.csv");
        std::fs::write(&other, "second input").unwrap();
        let mut d = Destination::open(Some(&other)).unwrap();
        crate::io::files::note_input(other.to_str().unwrap());
        d.write_all(b"x").unwrap();
        assert!(d.commit().is_err());
        assert_eq!(std::fs::read_to_string(&other).unwrap(), "second input");
        // aun's own read-modify-write files are not `-o`.
        write_file_atomic(&input, b"updated").unwrap();
    }

    #[test]
    fn errors_name_the_output_not_the_temporary_file() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("no/such/dir/x.csv");
        let e = format!("{:#}", Destination::open(Some(&p)).err().unwrap());
        assert_eq!(
            e,
            format!(
                "writing {}: No such file or directory (os error 2)",
                p.display()
            )
        );
        let e = format!("{:#}", check_writable(&p, b"{}").unwrap_err());
        assert!(!e.contains(".aun-"), "{e}");
        // A closed pipe is still one, named.
        let out = Destination::open(None).unwrap();
        let e = out.named(std::io::ErrorKind::BrokenPipe.into());
        assert_eq!(e.kind(), std::io::ErrorKind::BrokenPipe);
        assert_eq!(e.to_string(), "writing standard output: broken pipe");
    }

    #[test]
    fn check_writable_leaves_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("state.json");
        check_writable(&p, b"{}").unwrap();
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
        assert!(check_writable(&dir.path().join("no/such/dir/state.json"), b"{}").is_err());
    }
}

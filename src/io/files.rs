//! Files as aun reads, writes and locks them: the files a run read (so `-o` never overwrites one of
//! its own inputs), symlinks followed to the file they name, and an exclusive lock for a
//! read-modify-write (the remind state, the overrides file).

use anyhow::{bail, Context, Result};
use std::fs::File;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

/// A file's identity, whatever path reached it: device and inode, and the inode's change time,
/// so that a file created later on a freed inode is not taken for it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct FileId {
    dev: u64,
    ino: u64,
    ctime: (i64, i64),
}

impl FileId {
    fn of(path: &Path) -> Option<FileId> {
        use std::os::unix::fs::MetadataExt;
        let m = std::fs::metadata(path).ok()?;
        Some(FileId {
            dev: m.dev(),
            ino: m.ino(),
            ctime: (m.ctime(), m.ctime_nsec()),
        })
    }
}

/// The regular files this run has read, by identity, with the path they were read as.
static INPUTS: Mutex<Vec<(FileId, String)>> = Mutex::new(Vec::new());

/// Records that the run reads `path`: output is never written over it. Stdin (`-`) redirected
/// from a file (`< export.csv`) is that file, recorded as `<stdin>`; things that are not regular
/// files (a pipe, a terminal) are not recorded.
pub fn note_input(path: &str) {
    let (path, shown) = match path {
        "-" => ("/dev/stdin", "<stdin>"),
        _ => (path, path),
    };
    let regular = std::fs::metadata(path).is_ok_and(|m| m.is_file());
    if let (true, Some(id)) = (regular, FileId::of(Path::new(path))) {
        let mut inputs = INPUTS.lock().unwrap_or_else(|e| e.into_inner());
        if !inputs.iter().any(|(i, _)| *i == id) {
            inputs.push((id, shown.to_string()));
        }
    }
}

/// The input `path` is (by identity, through any symlink or hard link), if it is one.
pub fn input_named_by(path: &Path) -> Option<String> {
    let id = FileId::of(path)?;
    let inputs = INPUTS.lock().unwrap_or_else(|e| e.into_inner());
    inputs
        .iter()
        .find(|(i, _)| *i == id)
        .map(|(_, p)| p.clone())
}

/// Whether an input of this run has taken stdin.
static STDIN_TAKEN: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// Claims stdin for an input given as `-`. Stdin can be read once: a second input given as `-`
/// would find it used up and be taken for an empty file ("the file is empty"), so it is refused,
/// saying why.
pub fn take_stdin() -> Result<()> {
    if STDIN_TAKEN.swap(true, std::sync::atomic::Ordering::SeqCst) {
        bail!("-: standard input is given for two inputs, and one has read it already; give all but one of them as files");
    }
    Ok(())
}

/// A file the run writes itself besides its output: where it is (see [`place`]), its identity
/// when it exists already, and how messages name it.
struct OwnFile {
    place: Option<PathBuf>,
    id: Option<FileId>,
    shown: String,
}

/// The files this run keeps (the follow-up ledger, the remind state).
static OWN_FILES: Mutex<Vec<OwnFile>> = Mutex::new(Vec::new());

/// Records that the run keeps `path` (`what` names it in messages: "the follow-up ledger"), so
/// `-o` never names it. Unlike an input it is known by where it is as well as by identity: a
/// ledger or state file the run is about to create is no less its own.
pub fn note_own_file(path: &Path, what: &str) {
    let own = OwnFile {
        place: place(path),
        id: FileId::of(path),
        shown: format!("{what} {}", path.display()),
    };
    OWN_FILES
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .push(own);
}

/// The file of the run's own that `path` names (by where it is, or by identity), if any.
pub fn own_file_named_by(path: &Path) -> Option<String> {
    let (at, id) = (place(path), FileId::of(path));
    let own = OWN_FILES.lock().unwrap_or_else(|e| e.into_inner());
    own.iter()
        .find(|f| (at.is_some() && f.place == at) || (id.is_some() && f.id == id))
        .map(|f| f.shown.clone())
}

/// Where `path` leads, whether or not the file is there yet: symlinks followed, and its directory
/// made absolute and canonical (`./a.jsonl`, `dir/../a.jsonl` and a link to it are one place).
fn place(path: &Path) -> Option<PathBuf> {
    let p = resolve_symlinks(path).ok()?;
    let name = p.file_name()?;
    let dir = match p.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    Some(std::fs::canonicalize(dir).ok()?.join(name))
}

/// `path` with a symlink in its last component followed (repeatedly) to the path it names, which
/// need not exist yet. Replacing the result updates the file the link points to.
pub fn resolve_symlinks(path: &Path) -> Result<PathBuf> {
    let mut p = path.to_path_buf();
    for _ in 0..40 {
        match std::fs::symlink_metadata(&p) {
            Ok(m) if m.file_type().is_symlink() => {
                let target = std::fs::read_link(&p)
                    .with_context(|| format!("reading the symlink {}", p.display()))?;
                p = match p.parent() {
                    Some(dir) if target.is_relative() => dir.join(target),
                    _ => target,
                };
            }
            _ => return Ok(p),
        }
    }
    bail!("{}: too many levels of symbolic links", path.display())
}

/// An exclusive lock on `TARGET.lock` (beside the file the target's symlinks resolve to), held
/// until dropped. The target itself is replaced by a rename on every write, so it cannot carry
/// the lock; every path to one file takes the same lock.
pub struct FileLock {
    _file: File,
    pub path: PathBuf,
}

impl FileLock {
    /// Takes the lock, waiting up to `wait` for another holder to let go; `Ok(None)` when it did
    /// not in time. (The wait is measured on the monotonic clock; it is not "now".)
    pub fn acquire(target: &Path, wait: std::time::Duration) -> Result<Option<FileLock>> {
        let resolved = resolve_symlinks(target)?;
        let mut name = resolved.as_os_str().to_owned();
        name.push(".lock");
        let path = PathBuf::from(name);
        let file = std::fs::OpenOptions::new()
            .create(true)
            .truncate(false)
            .read(true)
            .write(true)
            .open(&path)
            .with_context(|| format!("opening the lock file {}", path.display()))?;
        let started = std::time::Instant::now();
        loop {
            // Called through the trait: fs4's flock, not std's File::try_lock of newer Rust.
            match fs4::FileExt::try_lock(&file) {
                Ok(()) => return Ok(Some(FileLock { _file: file, path })),
                Err(fs4::TryLockError::WouldBlock) => {}
                Err(fs4::TryLockError::Error(e)) => {
                    return Err(e).with_context(|| format!("locking {}", path.display()))
                }
            }
            if started.elapsed() >= wait {
                return Ok(None);
            }
            std::thread::sleep(std::time::Duration::from_millis(20));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    #[test]
    fn symlinks_are_followed_even_to_a_file_not_yet_there() {
        let dir = tempfile::tempdir().unwrap();
        let real = dir.path().join("real.json");
        let link = dir.path().join("link.json");
        std::os::unix::fs::symlink("real.json", &link).unwrap();
        assert_eq!(resolve_symlinks(&link).unwrap(), real);
        let loop_a = dir.path().join("a");
        std::os::unix::fs::symlink("a", &loop_a).unwrap();
        assert!(resolve_symlinks(&loop_a).is_err());
    }

    #[test]
    fn a_link_and_its_target_share_one_lock() {
        let dir = tempfile::tempdir().unwrap();
        let real = dir.path().join("state.json");
        let link = dir.path().join("link.json");
        std::os::unix::fs::symlink(&real, &link).unwrap();
        let held = FileLock::acquire(&real, Duration::ZERO).unwrap().unwrap();
        assert!(FileLock::acquire(&link, Duration::from_millis(60))
            .unwrap()
            .is_none());
        drop(held);
        assert!(FileLock::acquire(&link, Duration::ZERO).unwrap().is_some());
    }

    #[test]
    fn inputs_are_known_by_identity() {
        let dir = tempfile::tempdir().unwrap();
        let f = dir.path().join("export.csv");
        std::fs::write(&f, "id\n1\n").unwrap();
        let link = dir.path().join("same.csv");
        std::os::unix::fs::symlink(&f, &link).unwrap();
        let other = dir.path().join("other.csv");
        std::fs::write(&other, "id\n").unwrap();
        note_input(f.to_str().unwrap());
        assert!(input_named_by(&link).is_some());
        assert!(input_named_by(&other).is_none());
    }

    #[test]
    fn own_files_are_known_before_they_exist() {
        let dir = tempfile::tempdir().unwrap();
        let ledger = dir.path().join("ledger.jsonl");
        note_own_file(&ledger, "the follow-up ledger");
        let same = dir.path().join("sub/../ledger.jsonl");
        std::fs::create_dir(dir.path().join("sub")).unwrap();
        assert_eq!(
            own_file_named_by(&same),
            Some(format!("the follow-up ledger {}", ledger.display()))
        );
        let link = dir.path().join("link.jsonl");
        std::os::unix::fs::symlink(&ledger, &link).unwrap();
        assert!(own_file_named_by(&link).is_some());
        assert!(own_file_named_by(&dir.path().join("report.csv")).is_none());
    }
}

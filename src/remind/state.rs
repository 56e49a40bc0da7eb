//! The state file: which reminders were sent, so each goes out once however cron runs.
//!
//! JSON, replaced whole on every change (write to a temporary file, then rename). A lock on a
//! sibling file `STATE.lock` keeps two runs from deciding at once: the state file itself is
//! replaced by the rename, so it cannot carry the lock.

use super::utc_key;
use anyhow::{bail, Context, Result};
use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashSet};
use std::path::Path;

/// How long a sent key is kept: longer than any catch-up span and any overdue look-back.
pub const KEEP: Duration = Duration::days(30);

const VERSION: u32 = 1;

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct State {
    pub version: u32,
    /// When a run last recorded its work (UTC).
    pub last_run: Option<String>,
    /// Key → when it was sent.
    pub sent: BTreeMap<String, Sent>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Sent {
    /// The reminder's moment (UTC), used to prune.
    pub at: String,
    pub sent_at: String,
}

impl State {
    /// Reads the state file; a missing file is an empty state, a damaged one is an error (starting
    /// over silently would send everything again).
    /// It is read whole, so at most [`crate::io::READ_ALL_LIMIT`] of it (`--state /dev/zero`).
    pub fn load(path: &Path) -> Result<State> {
        let bytes = match crate::io::read_file(path) {
            Ok(b) => b,
            Err(e) if not_found(&e) => {
                return Ok(State {
                    version: VERSION,
                    ..State::default()
                })
            }
            Err(e) => return Err(e),
        };
        let state: State = serde_json::from_slice(&bytes).with_context(|| {
            format!(
                "{}: not an aun remind state file (fix or remove it)",
                path.display()
            )
        })?;
        if state.version != VERSION {
            bail!(
                "{}: state file version {} (this aun reads version {VERSION})",
                path.display(),
                state.version
            );
        }
        Ok(state)
    }

    fn to_bytes(&self) -> Result<Vec<u8>> {
        let mut text = serde_json::to_string_pretty(self)?;
        text.push('\n');
        Ok(text.into_bytes())
    }

    pub fn save(&self, path: &Path) -> Result<()> {
        crate::io::atomic::write_file_atomic(path, &self.to_bytes()?)
    }

    /// Proves this state could be saved at `path` (see [`crate::io::atomic::check_writable`])
    /// without changing the file there.
    pub fn check_writable(&self, path: &Path) -> Result<()> {
        crate::io::atomic::check_writable(path, &self.to_bytes()?)
    }

    pub fn sent_keys(&self) -> HashSet<String> {
        self.sent.keys().cloned().collect()
    }

    pub fn last_run(&self) -> Option<DateTime<Utc>> {
        self.last_run
            .as_deref()
            .and_then(|s| DateTime::parse_from_rfc3339(s).ok())
            .map(|t| t.with_timezone(&Utc))
    }

    /// Records `key` (for the moment `at`) as sent at `now`.
    pub fn record(&mut self, key: String, at: DateTime<Utc>, now: DateTime<Utc>) {
        self.sent.insert(
            key,
            Sent {
                at: utc_key(at),
                sent_at: utc_key(now),
            },
        );
    }

    /// Forgets keys whose moment is older than [`KEEP`] before `now`, and notes the run.
    pub fn prune(&mut self, now: DateTime<Utc>) {
        let horizon = now - KEEP;
        self.sent.retain(|_, s| {
            DateTime::parse_from_rfc3339(&s.at).map_or(true, |t| t.with_timezone(&Utc) >= horizon)
        });
        let later = self.last_run().is_none_or(|last| now > last);
        if later {
            self.last_run = Some(utc_key(now));
        }
    }
}

fn not_found(e: &anyhow::Error) -> bool {
    e.downcast_ref::<std::io::Error>()
        .is_some_and(|e| e.kind() == std::io::ErrorKind::NotFound)
}

/// An exclusive lock on `STATE.lock` (beside the file a symlinked state path names), held until
/// dropped.
pub struct StateLock {
    pub lock: crate::io::files::FileLock,
}

impl StateLock {
    /// Takes the lock, waiting up to `wait` for another run to finish; then fails clearly.
    pub fn acquire(state: &Path, wait: std::time::Duration) -> Result<StateLock> {
        match crate::io::files::FileLock::acquire(state, wait)? {
            Some(lock) => Ok(StateLock { lock }),
            None => {
                let path = crate::io::files::resolve_symlinks(state)?;
                bail!(
                    "{}.lock: another `aun remind` run holds the lock (waited {}s); nothing was sent",
                    path.display(),
                    wait.as_secs()
                )
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
    }

    #[test]
    fn save_load_prune() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("state.json");
        let mut s = State::load(&p).unwrap();
        assert!(s.sent.is_empty());
        let now = t("2026-11-23T18:07:00Z");
        s.record("a".into(), t("2026-11-23T18:00:00Z"), now);
        s.record("old".into(), t("2026-10-01T18:00:00Z"), now);
        s.prune(now);
        s.save(&p).unwrap();
        let back = State::load(&p).unwrap();
        assert_eq!(back.sent_keys(), HashSet::from(["a".to_string()]));
        assert_eq!(back.last_run(), Some(now));
    }

    #[test]
    fn damaged_state_is_an_error() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("state.json");
        std::fs::write(&p, "{not json").unwrap();
        let e = format!("{:#}", State::load(&p).unwrap_err());
        assert!(e.contains("not an aun remind state file"), "{e}");
    }

    /// An endless or huge state file (`--state /dev/zero`) is an error naming it, not all of memory.
    #[test]
    fn a_state_file_is_read_with_a_bound() {
        let e = format!("{:#}", State::load(Path::new("/dev/zero")).unwrap_err());
        assert!(e.starts_with("/dev/zero: more than 64 MiB"), "{e}");
    }

    #[test]
    fn second_lock_waits_then_fails() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("state.json");
        let first = StateLock::acquire(&p, std::time::Duration::ZERO).unwrap();
        let e = StateLock::acquire(&p, std::time::Duration::from_millis(120))
            .err()
            .unwrap();
        assert!(e.to_string().contains("holds the lock"), "{e}");
        drop(first);
        StateLock::acquire(&p, std::time::Duration::ZERO).unwrap();
    }
}

//! The state file: which reminders were sent, so each goes out once however cron runs.
//!
//! JSON, replaced whole on every change (write to a temporary file, then rename). A lock on a
//! sibling file `STATE.lock` keeps two runs from deciding at once: the state file itself is
//! replaced by the rename, so it cannot carry the lock.
//!
//! The file is never held in memory: it is read as a stream, to check it, to find the few keys a
//! run asks about ([`State::sent_among`]), and to copy it with this run's records into its
//! replacement. A run's memory is that of its own reminders, however large the file.

use super::utc_key;
use anyhow::{bail, Result};
use chrono::{DateTime, Duration, Utc};
use serde::de::{DeserializeSeed, Deserializer, IgnoredAny, MapAccess, Visitor};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashSet};
use std::fmt;
use std::io::{BufReader, Read, Write};
use std::path::{Path, PathBuf};

/// How long a sent key is kept: longer than any catch-up span and any overdue look-back.
pub const KEEP: Duration = Duration::days(30);

const VERSION: u32 = 1;

/// The state a run works with: the file's header, and what this run recorded. The file's own
/// entries stay in the file.
#[derive(Debug, Clone)]
pub struct State {
    path: PathBuf,
    /// Whether the file is there (a missing one is an empty state).
    on_disk: bool,
    /// When a run last recorded its work (UTC).
    last_run: Option<String>,
    /// This run's records: they replace the file's entries of the same key.
    recorded: BTreeMap<String, Sent>,
    /// Entries whose moment is before it are left out when the state is written.
    horizon: Option<DateTime<Utc>>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Sent {
    /// The reminder's moment (UTC), used to prune.
    pub at: String,
    pub sent_at: String,
}

impl Sent {
    /// Whether it is kept at `horizon`: its moment is not before it (one that cannot be read is
    /// kept: dropping it could send its reminder again).
    fn kept(&self, horizon: Option<DateTime<Utc>>) -> bool {
        match (horizon, DateTime::parse_from_rfc3339(&self.at)) {
            (Some(h), Ok(t)) => t.with_timezone(&Utc) >= h,
            _ => true,
        }
    }
}

impl State {
    /// Reads the state file through once, to check it; a missing file is an empty state, a
    /// damaged one is an error (starting over silently would send everything again).
    /// Over [`crate::io::READ_ALL_LIMIT`] it is an error too (`--state /dev/zero`).
    pub fn load(path: &Path) -> Result<State> {
        let mut state = State {
            path: path.to_path_buf(),
            on_disk: true,
            last_run: None,
            recorded: BTreeMap::new(),
            horizon: None,
        };
        match state.read(|_, _| Ok(())) {
            Ok(last_run) => state.last_run = last_run,
            Err(e) if not_found(&e) => state.on_disk = false,
            Err(e) => return Err(e),
        }
        Ok(state)
    }

    /// Hands every key sent to `key`: the file's, as it is read, and this run's records.
    pub fn for_each_key(&self, mut key: impl FnMut(String)) -> Result<()> {
        if self.on_disk {
            self.read(|k, _| {
                key(k);
                Ok(())
            })?;
        }
        self.recorded.keys().cloned().for_each(key);
        Ok(())
    }

    /// Which of `keys` were sent: in the file or recorded by this run.
    pub fn sent_among(&self, keys: &HashSet<String>) -> Result<HashSet<String>> {
        let mut sent = HashSet::new();
        self.for_each_key(|k| {
            if keys.contains(&k) {
                sent.insert(k);
            }
        })?;
        Ok(sent)
    }

    /// Streams the file's entries to `entry`; returns its `last_run`.
    fn read(
        &self,
        entry: impl FnMut(String, Sent) -> std::io::Result<()>,
    ) -> Result<Option<String>> {
        let file = crate::io::open_file(&self.path)?;
        parse(file, &self.path.display().to_string(), entry)
    }

    /// Writes the state: the file's entries with this run's records over them, in key order
    /// (a file this code wrote is in key order, so the two merge as they stream), without those
    /// before the horizon.
    fn write_to(&self, out: &mut dyn Write) -> Result<()> {
        let mut w = EntryWriter {
            out,
            first: true,
            horizon: self.horizon,
        };
        let last_run = serde_json::to_string(&self.last_run)?;
        write!(
            w.out,
            "{{\n  \"version\": {VERSION},\n  \"last_run\": {last_run},\n  \"sent\": {{"
        )?;
        let mut recorded = self.recorded.iter().peekable();
        if self.on_disk {
            self.read(|key, sent| {
                while let Some((k, s)) = recorded.next_if(|(k, _)| k.as_str() < key.as_str()) {
                    w.entry(k, s)?;
                }
                if self.recorded.contains_key(&key) {
                    return Ok(());
                }
                w.entry(&key, &sent)
            })?;
        }
        for (k, s) in recorded {
            w.entry(k, s)?;
        }
        let close = if w.first { "}\n}\n" } else { "\n  }\n}\n" };
        w.out.write_all(close.as_bytes())?;
        Ok(())
    }

    pub fn save(&self) -> Result<()> {
        crate::io::atomic::write_atomic_with(&self.path, |w| self.write_to(w))
    }

    /// Proves this state could be saved (see [`crate::io::atomic::check_writable`]) without
    /// changing the file.
    pub fn check_writable(&self) -> Result<()> {
        crate::io::atomic::check_writable_with(&self.path, |w| self.write_to(w))
    }

    /// The state file's path, as given.
    pub fn path(&self) -> &Path {
        &self.path
    }

    pub fn last_run(&self) -> Option<DateTime<Utc>> {
        self.last_run
            .as_deref()
            .and_then(|s| DateTime::parse_from_rfc3339(s).ok())
            .map(|t| t.with_timezone(&Utc))
    }

    /// Records `key` (for the moment `at`) as sent at `now`.
    pub fn record(&mut self, key: String, at: DateTime<Utc>, now: DateTime<Utc>) {
        self.recorded.insert(
            key,
            Sent {
                at: utc_key(at),
                sent_at: utc_key(now),
            },
        );
    }

    /// From the next write on, forgets keys whose moment is more than `keep` before `now`
    /// ([`keep_for`]), and notes the run.
    pub fn prune(&mut self, now: DateTime<Utc>, keep: Duration) {
        self.horizon = Some(now - keep);
        let later = self.last_run().is_none_or(|last| now > last);
        if later {
            self.last_run = Some(utc_key(now));
        }
    }
}

/// How long a run with `--soon soon` keeps a key: [`KEEP`], or `soon` when longer (a chat's
/// due-soon reminder can go out until its deadline, `soon` after its moment).
pub fn keep_for(soon: Duration) -> Duration {
    KEEP.max(soon)
}

/// Writes entries as `serde_json::to_string_pretty` lays out the state's map.
struct EntryWriter<'w> {
    out: &'w mut dyn Write,
    first: bool,
    horizon: Option<DateTime<Utc>>,
}

impl EntryWriter<'_> {
    fn entry(&mut self, key: &str, sent: &Sent) -> std::io::Result<()> {
        if !sent.kept(self.horizon) {
            return Ok(());
        }
        let sep = if self.first { "\n" } else { ",\n" };
        self.first = false;
        let text = |s: &str| serde_json::to_string(s).map_err(std::io::Error::other);
        write!(
            self.out,
            "{sep}    {}: {{\n      \"at\": {},\n      \"sent_at\": {}\n    }}",
            text(key)?,
            text(&sent.at)?,
            text(&sent.sent_at)?
        )
    }
}

/// Reads a state file from `input` as a stream, handing each entry of `sent` to `entry` (which
/// keeps what it needs, or writes it on); returns `last_run`. The version must be this code's.
fn parse(
    input: impl Read,
    name: &str,
    entry: impl FnMut(String, Sent) -> std::io::Result<()>,
) -> Result<Option<String>> {
    let mut de = serde_json::Deserializer::from_reader(BufReader::with_capacity(1 << 16, input));
    let mut file = FileSeed {
        entry,
        failed: None,
    };
    let header = (&mut file).deserialize(&mut de).and_then(|h| {
        de.end()?;
        Ok(h)
    });
    // A failure of `entry` (writing the copy) is its own error, not a damaged file.
    if let Some(e) = file.failed {
        return Err(e.into());
    }
    let damaged = |e: String| {
        anyhow::anyhow!("{e}").context(format!(
            "{name}: not an aun remind state file (fix or remove it)"
        ))
    };
    let header = match header {
        // Reading failed (too long, a disk error): the message names the file.
        Err(e) if e.is_io() => return Err(std::io::Error::from(e).into()),
        Err(e) => return Err(damaged(e.to_string())),
        Ok(h) => h,
    };
    match header.version {
        None => return Err(damaged("missing field `version`".into())),
        Some(VERSION) => {}
        Some(v) => bail!("{name}: state file version {v} (this aun reads version {VERSION})"),
    }
    if !header.sent {
        return Err(damaged("missing field `sent`".into()));
    }
    Ok(header.last_run)
}

/// The fields of the state file other than its entries.
struct Header {
    version: Option<u32>,
    last_run: Option<String>,
    sent: bool,
}

struct FileSeed<F> {
    entry: F,
    failed: Option<std::io::Error>,
}

impl<'de, F: FnMut(String, Sent) -> std::io::Result<()>> DeserializeSeed<'de> for &mut FileSeed<F> {
    type Value = Header;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Header, D::Error> {
        d.deserialize_map(self)
    }
}

impl<'de, F: FnMut(String, Sent) -> std::io::Result<()>> Visitor<'de> for &mut FileSeed<F> {
    type Value = Header;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("an aun remind state object")
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Header, A::Error> {
        let mut h = Header {
            version: None,
            last_run: None,
            sent: false,
        };
        while let Some(field) = map.next_key::<String>()? {
            match field.as_str() {
                "version" => h.version = Some(map.next_value()?),
                "last_run" => h.last_run = map.next_value()?,
                "sent" => {
                    map.next_value_seed(EntriesSeed(&mut *self))?;
                    h.sent = true;
                }
                _ => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        Ok(h)
    }
}

/// The `sent` map, entry by entry.
struct EntriesSeed<'s, F>(&'s mut FileSeed<F>);

impl<'de, F: FnMut(String, Sent) -> std::io::Result<()>> DeserializeSeed<'de>
    for EntriesSeed<'_, F>
{
    type Value = ();
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_map(self)
    }
}

impl<'de, F: FnMut(String, Sent) -> std::io::Result<()>> Visitor<'de> for EntriesSeed<'_, F> {
    type Value = ();
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a map of sent keys")
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        while let Some(key) = map.next_key::<String>()? {
            let sent: Sent = map.next_value()?;
            if let Err(e) = (self.0.entry)(key, sent) {
                self.0.failed = Some(e);
                return Err(serde::de::Error::custom("copy failed"));
            }
        }
        Ok(())
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

    fn set(keys: &[&str]) -> HashSet<String> {
        keys.iter().map(|k| k.to_string()).collect()
    }

    /// The state as the code before streaming read and wrote it: a map read whole.
    #[derive(Debug, Deserialize, Serialize)]
    struct Whole {
        version: u32,
        last_run: Option<String>,
        sent: BTreeMap<String, Sent>,
    }

    fn whole(p: &Path) -> Whole {
        serde_json::from_slice(&std::fs::read(p).unwrap()).unwrap()
    }

    #[test]
    fn save_load_prune() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("state.json");
        let mut s = State::load(&p).unwrap();
        assert!(s.sent_among(&set(&["a"])).unwrap().is_empty());
        let now = t("2026-11-23T18:07:00Z");
        s.record("a".into(), t("2026-11-23T18:00:00Z"), now);
        s.record("old".into(), t("2026-10-01T18:00:00Z"), now);
        assert_eq!(s.sent_among(&set(&["a", "b"])).unwrap(), set(&["a"]));
        s.prune(now, KEEP);
        s.save().unwrap();
        let back = State::load(&p).unwrap();
        assert_eq!(back.sent_among(&set(&["a", "old"])).unwrap(), set(&["a"]));
        assert_eq!(back.last_run(), Some(now));
    }

    /// A file written by the code that read the state whole (pretty, in key order) loads, and
    /// is written back byte for byte as that code would write it.
    #[test]
    fn a_state_file_of_the_whole_map_format_loads_and_is_written_the_same() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("state.json");
        let sent = |at: &str| Sent {
            at: at.into(),
            sent_at: "2026-11-26T18:07:00Z".into(),
        };
        let mut old = Whole {
            version: 1,
            last_run: Some("2026-11-26T18:00:00Z".into()),
            sent: BTreeMap::from([
                (
                    "first-check/2026-11-26T18:00:00Z/FCPL".into(),
                    sent("2026-11-26T18:00:00Z"),
                ),
                (
                    "overdue/2026-11-02T14:00:00Z/chat/\"A\"".into(),
                    sent("2026-11-02T14:00:00Z"),
                ),
                (
                    "second-check/2026-11-26T20:00:00Z/FCPL".into(),
                    sent("2026-11-26T20:00:00Z"),
                ),
            ]),
        };
        std::fs::write(&p, serde_json::to_string_pretty(&old).unwrap() + "\n").unwrap();
        let mut s = State::load(&p).unwrap();
        assert_eq!(s.last_run(), Some(t("2026-11-26T18:00:00Z")));
        let asked = set(&["overdue/2026-11-02T14:00:00Z/chat/\"A\"", "x"]);
        assert_eq!(
            s.sent_among(&asked).unwrap(),
            set(&["overdue/2026-11-02T14:00:00Z/chat/\"A\""])
        );
        // A record between two of the file's keys, and one over a key of the file.
        let now = t("2026-11-26T20:07:00Z");
        for key in [
            "no-one-on-duty/2026-11-26T19:00:00Z/COORD",
            "first-check/2026-11-26T18:00:00Z/FCPL",
        ] {
            s.record(key.into(), t("2026-11-26T19:00:00Z"), now);
            old.sent.insert(
                key.into(),
                Sent {
                    at: "2026-11-26T19:00:00Z".into(),
                    sent_at: "2026-11-26T20:07:00Z".into(),
                },
            );
        }
        s.prune(now, KEEP);
        old.last_run = Some("2026-11-26T20:07:00Z".into());
        s.save().unwrap();
        let expected = serde_json::to_string_pretty(&old).unwrap() + "\n";
        assert_eq!(std::fs::read_to_string(&p).unwrap(), expected);
    }

    /// Any JSON layout of the format loads: compact, keys out of order, unknown fields, no
    /// `last_run`; the file written from it is read by the whole-map code too.
    #[test]
    fn a_compact_unordered_state_file_loads() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("state.json");
        std::fs::write(
            &p,
            r#"{"sent":{"b":{"at":"2026-11-26T18:00:00Z","sent_at":"x","note":1},"a":{"sent_at":"y","at":"2026-11-26T17:00:00Z"}},"extra":[1,{}],"version":1}"#,
        )
        .unwrap();
        let mut s = State::load(&p).unwrap();
        assert_eq!(s.last_run(), None);
        assert_eq!(
            s.sent_among(&set(&["a", "b", "c"])).unwrap(),
            set(&["a", "b"])
        );
        s.record(
            "c".into(),
            t("2026-11-26T18:30:00Z"),
            t("2026-11-26T18:31:00Z"),
        );
        s.save().unwrap();
        let back = whole(&p);
        assert_eq!(back.version, 1);
        assert_eq!(back.sent.keys().collect::<Vec<_>>(), ["a", "b", "c"]);
        assert_eq!(back.sent["a"].sent_at, "y");
    }

    /// An entry is dropped once its moment is more than the keeping span before the run: on the
    /// boundary it stays; a moment that cannot be read stays.
    #[test]
    fn pruning_drops_the_entries_past_the_keeping_span() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("state.json");
        let now = t("2026-11-26T18:07:00Z");
        let mut s = State::load(&p).unwrap();
        for (key, at) in [
            ("past", now - KEEP - Duration::seconds(1)),
            ("boundary", now - KEEP),
            ("recent", now - Duration::hours(1)),
        ] {
            s.record(key.into(), at, now);
        }
        s.save().unwrap();
        let mut text = std::fs::read_to_string(&p).unwrap();
        text = text.replacen(
            "\"sent\": {",
            "\"sent\": {\"odd\": {\"at\": \"?\", \"sent_at\": \"?\"},",
            1,
        );
        std::fs::write(&p, text).unwrap();
        let mut s = State::load(&p).unwrap();
        s.prune(now, KEEP);
        s.save().unwrap();
        let back = whole(&p);
        assert_eq!(
            back.sent.keys().collect::<Vec<_>>(),
            ["boundary", "odd", "recent"]
        );
        // A --soon longer than KEEP keeps a due-soon key until its deadline.
        assert_eq!(keep_for(Duration::hours(24)), KEEP);
        assert_eq!(keep_for(Duration::days(40)), Duration::days(40));
    }

    /// 200,000 entries: loaded, asked about and written back through, none held in memory.
    #[test]
    fn a_state_file_of_many_entries_loads() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("state.json");
        let now = t("2026-11-26T18:07:00Z");
        let key = |i: u32| format!("overdue/2026-11-20T14:00:00Z/chat/A-{i:06}");
        let mut text = String::from("{\"version\": 1, \"last_run\": null, \"sent\": {");
        for i in 0..200_000 {
            let sep = if i == 0 { "" } else { "," };
            text += &format!(
                "{sep}\"{}\": {{\"at\": \"2026-11-20T14:00:00Z\", \"sent_at\": \"2026-11-20T14:07:00Z\"}}",
                key(i)
            );
        }
        text += "}}";
        std::fs::write(&p, text).unwrap();
        let mut s = State::load(&p).unwrap();
        let asked: HashSet<String> = [key(0), key(199_999), key(200_000)].into();
        assert_eq!(
            s.sent_among(&asked).unwrap(),
            HashSet::from([key(0), key(199_999)])
        );
        s.record(key(200_000), now, now);
        s.prune(now, KEEP);
        s.save().unwrap();
        let back = whole(&p);
        assert_eq!(back.sent.len(), 200_001);
        assert_eq!(back.last_run.as_deref(), Some("2026-11-26T18:07:00Z"));
    }

    #[test]
    fn damaged_state_is_an_error() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("state.json");
        for text in [
            "{not json",
            r#"{"version": 1}"#,
            r#"{"sent": {}}"#,
            r#"{"version": 1, "sent": {"a": {"at": "x"}}}"#,
            r#"{"version": 1, "sent": {}} trailing"#,
        ] {
            std::fs::write(&p, text).unwrap();
            let e = format!("{:#}", State::load(&p).unwrap_err());
            assert!(e.contains("not an aun remind state file"), "{text}: {e}");
        }
        std::fs::write(&p, r#"{"version": 2, "sent": {}}"#).unwrap();
        let e = format!("{:#}", State::load(&p).unwrap_err());
        assert!(
            e.ends_with("state file version 2 (this aun reads version 1)"),
            "{e}"
        );
    }

    /// An endless state file (a FIFO, `--state /dev/zero`) is an error naming it, not a run that
    /// never ends.
    #[test]
    fn a_state_file_is_read_with_a_bound() {
        let e = format!("{:#}", State::load(Path::new("/dev/zero")).unwrap_err());
        assert!(
            e.starts_with("/dev/zero: not an aun remind state file"),
            "{e}"
        );
        let endless =
            std::io::Cursor::new(r#"{"version": 1, "sent": {"#).chain(std::io::repeat(b' '));
        let input = crate::io::Capped::new(endless, "endless.json");
        let e = format!(
            "{:#}",
            parse(input, "endless.json", |_, _| Ok(())).unwrap_err()
        );
        assert!(e.starts_with("endless.json: more than 64 MiB"), "{e}");
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

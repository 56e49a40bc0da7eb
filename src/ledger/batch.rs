//! A batch of entries appended to the ledger in bounded memory, as `followups record`,
//! `update`, `done` and `refer --record` append theirs: the batch and, under the lock, the
//! ledger's lines are sorted together by chat (spilling to a temporary file past a budget), each
//! chat's new entries are weighed against its lines (a decision already recorded the same is not
//! written again; a closing counts once, and only for a chat the ledger knows), and what is to be
//! written is appended in the batch's order, whole or not at all.

use super::fold::parse;
use super::{not_counted, read_lines, Closing, Decision, Entry, Event, How};
use crate::io::spill::{Sorter, BUDGET};
use anyhow::{bail, Result};
use std::path::Path;

/// Entries to append, held by chat until the ledger is read.
pub struct Batch {
    items: Sorter,
    next: u64,
    one_per_chat: bool,
    value: Vec<u8>,
}

/// What became of one entry of a batch.
#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    /// A decision for a chat the ledger did not have: appended.
    New,
    /// A decision unlike the chat's latest: appended as a new line.
    Changed,
    /// The same decision as the chat's latest: nothing written.
    Unchanged,
    /// A closing appended.
    Marked,
    /// A closing for a chat already answered, closed or done: nothing written.
    Already,
    /// A closing for a chat the ledger does not have: nothing written.
    Unknown,
    /// A closing at a time no follow-up can have (before the chat started, after now): why;
    /// nothing written.
    Refused(String),
}

impl Outcome {
    fn appended(&self) -> bool {
        matches!(self, Outcome::New | Outcome::Changed | Outcome::Marked)
    }
}

/// Two decisions of one batch for the same chat id (ids compared without their surrounding
/// spaces): the first such pair in record order.
#[derive(Debug, Clone, PartialEq)]
pub struct DuplicateId {
    pub id: String,
    pub first: u64,
    pub second: u64,
}

impl std::fmt::Display for DuplicateId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "records {} and {}: the id {} appears twice",
            self.first,
            self.second,
            crate::io::text::quote(&self.id)
        )
    }
}

impl std::error::Error for DuplicateId {}

/// In a chat's group, the ledger's lines sort before the batch's entries.
const LEDGER: u8 = 0;
const BATCH: u8 = 1;

impl Default for Batch {
    fn default() -> Batch {
        Batch::new()
    }
}

impl Batch {
    /// An empty batch. Two decisions of it for one chat: the later counts, weighed against the
    /// earlier; two closings: the first counts.
    pub fn new() -> Batch {
        Batch::within(BUDGET)
    }

    pub(crate) fn within(budget: usize) -> Batch {
        Batch {
            items: Sorter::new(budget),
            next: 0,
            one_per_chat: false,
            value: Vec::new(),
        }
    }

    /// Two decisions for one chat are refused instead ([`DuplicateId`]): in one export's
    /// referrals, a repeated id is a wrong id column.
    pub fn one_per_chat(mut self) -> Batch {
        self.one_per_chat = true;
        self
    }

    /// Adds `entry`, from `record` of its export (0 when it has none).
    pub fn push(&mut self, entry: &Entry, record: u64) -> Result<()> {
        // Every reader refuses such a line: it would stop every later run.
        if entry.chat_id().trim().is_empty() {
            bail!("an entry without a chat id cannot be added to the ledger");
        }
        self.value.clear();
        self.value.extend_from_slice(&record.to_le_bytes());
        serde_json::to_writer(&mut self.value, entry)?;
        self.items
            .push(&key(entry.chat_id(), BATCH, self.next), &self.value)?;
        self.next += 1;
        Ok(())
    }

    pub fn len(&self) -> u64 {
        self.next
    }

    pub fn is_empty(&self) -> bool {
        self.next == 0
    }
}

/// The sort key: the chat's id without its surrounding spaces (length first, so that no id is a
/// prefix of another's key), then where the item comes from and its place there.
fn key(chat_id: &str, from: u8, n: u64) -> Vec<u8> {
    let id = chat_id.trim().as_bytes();
    let mut key = Vec::with_capacity(id.len() + 13);
    key.extend_from_slice(&(id.len() as u32).to_be_bytes());
    key.extend_from_slice(id);
    key.push(from);
    key.extend_from_slice(&n.to_be_bytes());
    key
}

/// Under the lock on the ledger at `path` (waiting up to `wait`): reads it, weighs each entry of
/// `batch` against it, appends those to be written, in the batch's order, and hands `each` every
/// entry of the batch with its outcome, in that order, as it is written: an error from `each`
/// undoes the append. `problem` gets each line of the ledger not counted (its file, line and
/// why), in line order. A missing ledger is an empty one. A [`DuplicateId`] error (for a batch of
/// decisions) leaves the ledger as it was.
pub fn append(
    path: &Path,
    wait: std::time::Duration,
    batch: Batch,
    mut problem: impl FnMut(&str),
    mut each: impl FnMut(&Entry, &Outcome) -> Result<()>,
) -> Result<()> {
    let _lock = super::lock(path, wait)?;
    let source = path.display().to_string();
    let Batch {
        mut items,
        one_per_chat,
        ..
    } = batch;
    if let Some(input) = super::open(path)? {
        read_lines(&source, input, |n, line, entry| {
            items.push(&key(entry.chat_id(), LEDGER, n as u64), line)
        })?;
    }
    let mut weigh = Weigh {
        source: &source,
        one_per_chat,
        group: Vec::new(),
        chats: Vec::new(),
        duplicate: None,
        outcomes: Sorter::new(BUDGET),
        problems: Sorter::new(BUDGET),
        value: Vec::new(),
    };
    let mut group: Vec<u8> = Vec::new();
    items.finish(|key, value| {
        let (id, from) = key.split_at(key.len() - 9);
        if id != group.as_slice() {
            weigh.finish()?;
            group.clear();
            group.extend_from_slice(id);
        }
        let n = u64::from_be_bytes(from[1..].try_into().expect("eight bytes"));
        weigh.group.push((from[0], n, value.to_vec()));
        Ok(())
    })?;
    weigh.finish()?;
    weigh.problems.finish(|_, why| {
        problem(&String::from_utf8_lossy(why));
        Ok(())
    })?;
    if let Some(d) = weigh.duplicate {
        return Err(d.into());
    }
    super::store::append_with(path, |out| {
        weigh.outcomes.finish(|_, value| {
            let (outcome, line) = decode(value);
            if outcome.appended() {
                out.line(line)?;
            }
            each(&parse(line)?, &outcome)
        })
    })
}

/// The weighing of each chat's group of items, as they come out of the sort.
struct Weigh<'a> {
    source: &'a str,
    one_per_chat: bool,
    /// The group's items: from the ledger or the batch, the line or the place, the bytes.
    group: Vec<(u8, u64, Vec<u8>)>,
    /// The chats of the group (ids that differ only by surrounding spaces share a group).
    chats: Vec<Chat>,
    duplicate: Option<DuplicateId>,
    /// Each batch entry's outcome, under its place in the batch.
    outcomes: Sorter,
    /// The ledger's lines not counted, under their line number.
    problems: Sorter,
    value: Vec<u8>,
}

/// One chat as the ledger and the batch so far know it.
struct Chat {
    id: String,
    latest: Option<Decision>,
    done: bool,
}

impl Weigh<'_> {
    fn chat(&mut self, id: &str) -> &mut Chat {
        let i = match self.chats.iter().position(|c| c.id == id) {
            Some(i) => i,
            None => {
                self.chats.push(Chat {
                    id: id.to_string(),
                    latest: None,
                    done: false,
                });
                self.chats.len() - 1
            }
        };
        &mut self.chats[i]
    }

    fn finish(&mut self) -> Result<()> {
        let group = std::mem::take(&mut self.group);
        // The ledger's lines: decisions first, since a closing is weighed against its chat's
        // latest decision, wherever in the file that is.
        let mut closings = Vec::new();
        for (from, n, bytes) in &group {
            if *from != LEDGER {
                continue;
            }
            let entry = parse(bytes)?;
            match entry.event {
                Event::Decided(d) => {
                    let chat = self.chat(&d.chat_id);
                    chat.latest = Some(d);
                }
                _ => closings.push((*n, entry)),
            }
        }
        for (n, entry) in closings {
            let source = self.source;
            let chat = self.chat(entry.chat_id());
            let started = chat.latest.as_ref().map(|d| d.started_at);
            match not_counted(source, n as usize, &entry, started.as_ref()) {
                Some(why) => self.problems.push(&n.to_be_bytes(), why.as_bytes())?,
                None => chat.done = true,
            }
        }
        let mut first_decision: Option<u64> = None;
        for (from, n, bytes) in &group {
            if *from != BATCH {
                continue;
            }
            let record = u64::from_le_bytes(bytes[..8].try_into().expect("eight bytes"));
            let line = &bytes[8..];
            let entry = parse(line)?;
            let outcome = match entry.event {
                Event::Decided(d) => {
                    if self.one_per_chat {
                        if let Some(first) = first_decision {
                            if self
                                .duplicate
                                .as_ref()
                                .is_none_or(|dup| record < dup.second)
                            {
                                self.duplicate = Some(DuplicateId {
                                    id: d.chat_id.trim().to_string(),
                                    first,
                                    second: record,
                                });
                            }
                        }
                        first_decision.get_or_insert(record);
                    }
                    let chat = self.chat(&d.chat_id);
                    // A later decision of this batch is weighed against the earlier one.
                    let outcome = match &chat.latest {
                        Some(prev) if prev.same_as(&d) => Outcome::Unchanged,
                        Some(_) => Outcome::Changed,
                        None => Outcome::New,
                    };
                    chat.latest = Some(d);
                    outcome
                }
                Event::Answered(c) => self.close(How::Answered, &c),
                Event::Closed(c) => self.close(How::Closed, &c),
                Event::Done(c) => self.close(How::Done, &c),
            };
            encode(&outcome, line, &mut self.value);
            self.outcomes.push(&n.to_be_bytes(), &self.value)?;
        }
        self.chats.clear();
        Ok(())
    }

    /// A closing of the batch: counted once, for a chat the ledger knows, at a time a follow-up
    /// can have.
    fn close(&mut self, how: How, c: &Closing) -> Outcome {
        use crate::time::short;
        let chat = self.chat(&c.chat_id);
        let Some(started) = chat.latest.as_ref().map(|d| d.started_at) else {
            return Outcome::Unknown;
        };
        if chat.done {
            return Outcome::Already;
        }
        let why = if c.at < started {
            format!("is before the chat started ({})", short(&started))
        } else if c.at > c.recorded_at {
            format!("is after now ({})", short(&c.recorded_at))
        } else {
            chat.done = true;
            return Outcome::Marked;
        };
        Outcome::Refused(format!(
            "chat {} ({}): {} at {} {why}",
            c.chat_id,
            c.source,
            how.as_str(),
            short(&c.at)
        ))
    }
}

/// An outcome and its entry's line, as bytes to be sorted.
fn encode(outcome: &Outcome, line: &[u8], out: &mut Vec<u8>) {
    out.clear();
    let (code, why) = match outcome {
        Outcome::New => (0, ""),
        Outcome::Changed => (1, ""),
        Outcome::Unchanged => (2, ""),
        Outcome::Marked => (3, ""),
        Outcome::Already => (4, ""),
        Outcome::Unknown => (5, ""),
        Outcome::Refused(why) => (6, why.as_str()),
    };
    out.push(code);
    out.extend_from_slice(&(why.len() as u64).to_le_bytes());
    out.extend_from_slice(why.as_bytes());
    out.extend_from_slice(line);
}

fn decode(value: &[u8]) -> (Outcome, &[u8]) {
    let len = u64::from_le_bytes(value[1..9].try_into().expect("eight bytes")) as usize;
    let (why, line) = value[9..].split_at(len);
    let outcome = match value[0] {
        0 => Outcome::New,
        1 => Outcome::Changed,
        2 => Outcome::Unchanged,
        3 => Outcome::Marked,
        4 => Outcome::Already,
        5 => Outcome::Unknown,
        _ => Outcome::Refused(String::from_utf8_lossy(why).into_owned()),
    };
    (outcome, line)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A chat's items stay together whatever bytes the ids hold, and ids that differ only by
    /// surrounding spaces share a group (as the duplicate check compares them).
    #[test]
    fn each_chat_s_items_sort_together() {
        let ids = ["1", "1\u{0}", "12", "1\u{1}2", "\u{ff}", " 12 "];
        let mut keys: Vec<(Vec<u8>, &str)> = Vec::new();
        for id in ids {
            for (from, n) in [
                (LEDGER, 0),
                (LEDGER, u64::MAX),
                (BATCH, 0),
                (BATCH, u64::MAX),
            ] {
                keys.push((key(id, from, n), id.trim()));
            }
        }
        keys.sort();
        let mut seen: Vec<&str> = Vec::new();
        for (_, id) in &keys {
            if seen.last() != Some(id) {
                assert!(!seen.contains(id), "{id:?} split: {keys:?}");
                seen.push(id);
            }
        }
        assert_eq!(seen.len(), 5);
    }
}

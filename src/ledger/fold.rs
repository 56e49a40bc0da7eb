//! The ledger folded into its chats in bounded memory, for the commands that only read it
//! (`followups list`, `report`, `remind --ledger`): the lines are sorted by chat (a chat's lines
//! stay in file order), each chat is folded as [`Ledger::into_followups`] folds it, and the chats
//! are put back in the order they were first decided. Both sorts spill to a temporary file past
//! a budget ([`crate::io::spill`]), so a ledger of any length is read in a few MiB.

use super::{not_counted, read_lines, Closing, Decision, Entry, Event, Followup, How, RawLine};
use crate::io::spill::{Sorter, BUDGET};
use anyhow::{Context, Result};
use std::io::BufRead;

/// Reads the ledger `input` (named `source`), handing `problem` each line not counted (in line
/// order, as [`super::Ledger::read`] lists them) and then `each` every chat's follow-up, in the
/// order the chats were first decided. Returns how many lines were not counted.
pub fn fold(
    source: &str,
    input: impl BufRead,
    problem: impl FnMut(&str),
    each: impl FnMut(Followup) -> Result<()>,
) -> Result<usize> {
    fold_within(source, input, BUDGET, problem, each)
}

fn fold_within(
    source: &str,
    input: impl BufRead,
    budget: usize,
    mut problem: impl FnMut(&str),
    mut each: impl FnMut(Followup) -> Result<()>,
) -> Result<usize> {
    // Each line under its chat's id, with its line number first.
    let mut by_chat = Sorter::new(budget);
    let mut value = Vec::new();
    read_lines(source, input, |n, line, entry| {
        value.clear();
        value.extend_from_slice(&(n as u64).to_be_bytes());
        value.extend_from_slice(line);
        by_chat.push(entry.chat_id().as_bytes(), &value)
    })?;
    let mut out = Out {
        source,
        in_order: Sorter::new(budget),
        problems: Sorter::new(budget),
        encoded: Vec::new(),
    };
    let mut chat = Chat::default();
    let mut id: Vec<u8> = Vec::new();
    by_chat.finish(|key, value| {
        if key != id.as_slice() {
            chat.finish(&mut out)?;
            id.clear();
            id.extend_from_slice(key);
        }
        let n = u64::from_be_bytes(value[..8].try_into().expect("eight bytes"));
        chat.add(n as usize, &value[8..])
    })?;
    chat.finish(&mut out)?;
    let mut not_counted = 0;
    out.problems.finish(|_, why| {
        not_counted += 1;
        problem(&String::from_utf8_lossy(why));
        Ok(())
    })?;
    out.in_order.finish(|_, value| each(decode(value)?))?;
    Ok(not_counted)
}

/// Where folded chats go: their follow-ups by the line of their first decision, the lines not
/// counted by their number.
struct Out<'a> {
    source: &'a str,
    in_order: Sorter,
    problems: Sorter,
    encoded: Vec<u8>,
}

/// One chat's lines, as they come: its decisions and its closings.
#[derive(Default)]
struct Chat {
    /// The line of its first decision, the number of decisions, the latest with its line's bytes.
    first: Option<usize>,
    decisions: usize,
    latest: Option<(Decision, Vec<u8>)>,
    closings: Vec<(usize, Entry, Vec<u8>)>,
}

impl Chat {
    fn add(&mut self, n: usize, line: &[u8]) -> Result<()> {
        let entry = parse(line)?;
        match entry.event {
            Event::Decided(d) => {
                self.first.get_or_insert(n);
                self.decisions += 1;
                self.latest = Some((d, line.to_vec()));
            }
            _ => self.closings.push((n, entry, line.to_vec())),
        }
        Ok(())
    }

    /// The chat's follow-up and its lines not counted, as [`super::Ledger::read`] and
    /// [`super::Ledger::into_followups`] make them; then ready for the next chat.
    fn finish(&mut self, out: &mut Out) -> Result<()> {
        let started = self.latest.as_ref().map(|(d, _)| d.started_at);
        // The first follow-up counts: the earliest time, then the first written.
        let mut done: Option<(&Closing, &[u8])> = None;
        for (n, e, line) in &self.closings {
            if let Some(why) = not_counted(out.source, *n, e, started.as_ref()) {
                out.problems
                    .push(&(*n as u64).to_be_bytes(), why.as_bytes())?;
                continue;
            }
            let (Event::Answered(c) | Event::Closed(c) | Event::Done(c)) = &e.event else {
                unreachable!("only closings are kept aside")
            };
            if done.is_none_or(|(d, _)| c.at < d.at) {
                done = Some((c, line));
            }
        }
        if let (Some(first), Some((_, decision))) = (self.first, &self.latest) {
            let e = &mut out.encoded;
            e.clear();
            e.extend_from_slice(&(self.decisions as u64).to_le_bytes());
            e.extend_from_slice(&(decision.len() as u64).to_le_bytes());
            e.extend_from_slice(decision);
            if let Some((_, line)) = done {
                e.extend_from_slice(line);
            }
            out.in_order.push(&(first as u64).to_be_bytes(), e)?;
        }
        self.first = None;
        self.decisions = 0;
        self.latest = None;
        self.closings.clear();
        Ok(())
    }
}

/// A line read once already: it parses.
pub(super) fn parse(line: &[u8]) -> Result<Entry> {
    let raw: RawLine = serde_json::from_slice(line).context("reading a ledger line again")?;
    raw.into_entry()
        .map_err(|why| anyhow::anyhow!("reading a ledger line again: {why}"))
}

/// A follow-up as bytes (its number of decisions, its latest decision's line, its answer's line),
/// to be sorted or held aside and read back by [`decode`].
pub fn encode(f: &Followup, out: &mut Vec<u8>) -> Result<()> {
    out.clear();
    out.extend_from_slice(&(f.decisions as u64).to_le_bytes());
    out.extend_from_slice(&[0; 8]);
    serde_json::to_writer(&mut *out, &Entry::new(Event::Decided(f.decision.clone())))?;
    let len = out.len() - 16;
    out[8..16].copy_from_slice(&(len as u64).to_le_bytes());
    if let Some((how, c)) = &f.done {
        let c = c.clone();
        let event = match how {
            How::Answered => Event::Answered(c),
            How::Closed => Event::Closed(c),
            How::Done => Event::Done(c),
        };
        serde_json::to_writer(&mut *out, &Entry::new(event))?;
    }
    Ok(())
}

/// A follow-up from the bytes [`encode`] made (or the fold, from the ledger's own lines).
pub fn decode(value: &[u8]) -> Result<Followup> {
    let decisions = u64::from_le_bytes(value[..8].try_into().expect("eight bytes")) as usize;
    let len = u64::from_le_bytes(value[8..16].try_into().expect("eight bytes")) as usize;
    let (decision, done) = value[16..].split_at(len);
    let Event::Decided(decision) = parse(decision)?.event else {
        unreachable!("a decision's line")
    };
    let done = if done.is_empty() {
        None
    } else {
        Some(match parse(done)?.event {
            Event::Answered(c) => (How::Answered, c),
            Event::Closed(c) => (How::Closed, c),
            Event::Done(c) => (How::Done, c),
            Event::Decided(_) => unreachable!("a closing's line"),
        })
    };
    Ok(Followup {
        decision,
        decisions,
        done,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ledger::Ledger;
    use proptest::prelude::*;

    /// A ledger's lines: decisions and closings of a few chats, some re-decided, some closed
    /// before their start or after they were recorded, in any order.
    fn ledger_text(lines: &[(u8, u8, i64, i64)]) -> String {
        let t = |h: i64| {
            (chrono::DateTime::parse_from_rfc3339("2026-03-01T00:00:00-05:00").unwrap()
                + chrono::Duration::hours(h))
            .to_rfc3339()
        };
        let mut text = String::new();
        for &(kind, chat, a, b) in lines {
            let id = format!("c{chat}");
            let line = match kind % 4 {
                0 => format!(
                    r#"{{"v":1,"event":"decided","chat_id":"{id}","started_at":"{}","due_at":"{}","rule":"local","destination":"Howard County Library System","destination_id":"HCLS","method":"partner","origin":"Maryland AskUsNow! Public Library","origin_id":"AUN","category":"research","subject":"none","decided_at":"{}","source":"x.csv: record {a}"}}"#,
                    t(a),
                    t(a + 72),
                    t(a + b.abs())
                ),
                k => format!(
                    r#"{{"v":1,"event":"{}","chat_id":"{id}","at":"{}","recorded_at":"{}","source":"by hand"}}"#,
                    ["answered", "closed", "done"][k as usize - 1],
                    t(b),
                    t(a)
                ),
            };
            text.push_str(&line);
            text.push('\n');
        }
        text
    }

    proptest! {
        /// Folded through the sorts, at any budget, a ledger gives what it gives held in memory.
        #[test]
        fn folding_in_bounded_memory_is_folding_in_memory(
            lines in proptest::collection::vec((0u8..8, 0u8..12, 0i64..200, -50i64..250), 0..60),
            budget in 0usize..4096,
        ) {
            let text = ledger_text(&lines);
            let held = Ledger::parse("l.jsonl", &text).unwrap();
            let mut problems = Vec::new();
            let mut folded = Vec::new();
            let n = fold_within("l.jsonl", text.as_bytes(), budget, |p| problems.push(p.to_string()), |f| {
                folded.push(f);
                Ok(())
            })
            .unwrap();
            let mut bytes = Vec::new();
            for f in &folded {
                encode(f, &mut bytes).unwrap();
                prop_assert_eq!(&decode(&bytes).unwrap(), f);
            }
            prop_assert_eq!(n, held.problems.len());
            prop_assert_eq!(&problems, &held.problems);
            prop_assert_eq!(folded, held.into_followups());
        }
    }

    #[test]
    fn a_bad_line_is_named_as_when_read_in_memory() {
        let text = "{\"v\":1,\"event\":\"answered\"}\n";
        let err = fold("l.jsonl", text.as_bytes(), |_| {}, |_| Ok(())).unwrap_err();
        let held = Ledger::parse("l.jsonl", text).unwrap_err();
        assert_eq!(err.to_string(), held.to_string());
    }
}

//! Sorting and holding more than should be in memory: the HTML page of a large export is sorted
//! by deadline, and its cards may weigh far more than the 32 MiB a run may take; `refer --record`
//! holds its rows until every chat's id is checked ([`Spool`]).
//!
//! Items (a key and a value, both bytes; keys compare as bytes) are kept in memory up to a budget,
//! then sorted and written as one run to an anonymous temporary file, unlinked as it is made, so
//! nothing of it outlives the process, whatever ends it. At the end the runs are merged, each
//! read through a small buffer. Items with equal keys come out in the order they went in.

use anyhow::Result;
use std::cmp::Reverse;
use std::collections::BinaryHeap;
use std::fs::File;
use std::io::{BufReader, BufWriter, Read, Seek, SeekFrom, Write};

/// How much a sort holds in memory before it writes a run.
pub const BUDGET: usize = 2 << 20;

/// The buffer a run is written through.
const RUN_BUFFER: usize = 32 << 10;

/// An item held in memory: its key and its value.
type Held = (Box<[u8]>, Box<[u8]>);

pub struct Sorter {
    budget: usize,
    items: Vec<Held>,
    held: usize,
    file: Option<BufWriter<File>>,
    /// Where each run starts in the file and how long it is.
    runs: Vec<(u64, u64)>,
    written: u64,
}

impl Sorter {
    pub fn new(budget: usize) -> Sorter {
        Sorter {
            budget,
            items: Vec::new(),
            held: 0,
            file: None,
            runs: Vec::new(),
            written: 0,
        }
    }

    pub fn push(&mut self, key: &[u8], value: &[u8]) -> Result<()> {
        self.held += key.len() + value.len() + 64;
        self.items.push((key.into(), value.into()));
        if self.held > self.budget {
            self.spill()?;
        }
        Ok(())
    }

    /// Writes the items held, sorted, as one run.
    fn spill(&mut self) -> Result<()> {
        self.items.sort_by(|a, b| a.0.cmp(&b.0));
        if self.file.is_none() {
            let file = temporary_file()?;
            self.file = Some(BufWriter::with_capacity(RUN_BUFFER, file));
        }
        let out = self.file.as_mut().expect("made above");
        let start = self.written;
        for (key, value) in self.items.drain(..) {
            for part in [
                &(key.len() as u64).to_le_bytes()[..],
                &(value.len() as u64).to_le_bytes(),
                &key,
                &value,
            ] {
                out.write_all(part)
                    .map_err(|e| in_temporary_file(e, "writing"))?;
                self.written += part.len() as u64;
            }
        }
        self.runs.push((start, self.written - start));
        self.held = 0;
        Ok(())
    }

    /// Every item, in the order of the keys: `each(key, value)`.
    pub fn finish(mut self, mut each: impl FnMut(&[u8], &[u8]) -> Result<()>) -> Result<()> {
        if self.runs.is_empty() {
            self.items.sort_by(|a, b| a.0.cmp(&b.0));
            for (key, value) in &self.items {
                each(key, value)?;
            }
            return Ok(());
        }
        if !self.items.is_empty() {
            self.spill()?;
        }
        let file = self
            .file
            .take()
            .expect("a run was written")
            .into_inner()
            .map_err(|e| in_temporary_file(e.into_error(), "writing"))?;
        // The runs' read buffers share the budget (a page of a gigabyte has hundreds of runs).
        let buffer = (self.budget / self.runs.len()).clamp(4 << 10, 64 << 10);
        let mut runs = Vec::with_capacity(self.runs.len());
        for &(start, len) in &self.runs {
            let at = At {
                file: file
                    .try_clone()
                    .map_err(|e| in_temporary_file(e, "reading"))?,
                pos: start,
                end: start + len,
            };
            runs.push(BufReader::with_capacity(buffer, at));
        }
        // The smallest key first; between equal keys, the earlier run, whose items came first.
        let mut heads = Vec::with_capacity(runs.len());
        let mut heap = BinaryHeap::with_capacity(runs.len());
        for (i, run) in runs.iter_mut().enumerate() {
            let head = next_item(run)?;
            if let Some((key, _)) = &head {
                heap.push(Reverse((key.clone(), i)));
            }
            heads.push(head);
        }
        while let Some(Reverse((_, i))) = heap.pop() {
            let (key, value) = heads[i].take().expect("a run in the heap has a head");
            each(&key, &value)?;
            heads[i] = next_item(&mut runs[i])?;
            if let Some((key, _)) = &heads[i] {
                heap.push(Reverse((key.clone(), i)));
            }
        }
        Ok(())
    }
}

/// An anonymous temporary file, already unlinked; an error names the directory and how to
/// choose another ($TMPDIR).
fn temporary_file() -> std::io::Result<File> {
    tempfile::tempfile().map_err(|e| in_temporary_file(e, "making"))
}

/// An error of a temporary file, naming its directory and how to choose another: the file has no
/// name, and a bare "No space left on device" reads as if the output's disk were full.
fn in_temporary_file(e: std::io::Error, doing: &str) -> std::io::Error {
    std::io::Error::new(
        e.kind(),
        format!(
            "{doing} a temporary file in {}: {e} (set TMPDIR to a writable directory with room)",
            std::env::temp_dir().display()
        ),
    )
}

/// Bytes held until they may be written out: in memory up to a budget, then in an anonymous
/// temporary file, so that a small output never needs one.
pub struct Spool {
    budget: usize,
    held: Vec<u8>,
    file: Option<BufWriter<File>>,
}

impl Spool {
    pub fn new(budget: usize) -> Spool {
        Spool {
            budget,
            held: Vec::new(),
            file: None,
        }
    }

    /// Writes everything held to `out`.
    pub fn copy_to(self, out: &mut impl Write) -> Result<()> {
        match self.file {
            None => out.write_all(&self.held)?,
            Some(file) => {
                let mut file = file
                    .into_inner()
                    .map_err(|e| in_temporary_file(e.into_error(), "writing"))?;
                file.seek(SeekFrom::Start(0))
                    .map_err(|e| in_temporary_file(e, "reading"))?;
                // Read and written apart, so that each error names its own file.
                let mut buffer = vec![0; RUN_BUFFER];
                loop {
                    let n = match file.read(&mut buffer) {
                        Ok(0) => break,
                        Ok(n) => n,
                        Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                        Err(e) => return Err(in_temporary_file(e, "reading").into()),
                    };
                    out.write_all(&buffer[..n])?;
                }
            }
        }
        Ok(())
    }
}

impl Write for Spool {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        if self.file.is_none() && self.held.len() + buf.len() > self.budget {
            let mut file = BufWriter::with_capacity(RUN_BUFFER, temporary_file()?);
            file.write_all(&std::mem::take(&mut self.held))
                .map_err(|e| in_temporary_file(e, "writing"))?;
            self.file = Some(file);
        }
        match &mut self.file {
            Some(file) => file.write(buf).map_err(|e| in_temporary_file(e, "writing")),
            None => {
                self.held.extend_from_slice(buf);
                Ok(buf.len())
            }
        }
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.file
            .as_mut()
            .map_or(Ok(()), Write::flush)
            .map_err(|e| in_temporary_file(e, "writing"))
    }
}

type Item = (Vec<u8>, Vec<u8>);

fn next_item(run: &mut impl Read) -> Result<Option<Item>> {
    let mut lens = [0u8; 16];
    match run.read_exact(&mut lens[..1]) {
        Err(e) if e.kind() == std::io::ErrorKind::UnexpectedEof => return Ok(None),
        r => r.map_err(|e| in_temporary_file(e, "reading"))?,
    }
    run.read_exact(&mut lens[1..])
        .map_err(|e| in_temporary_file(e, "reading"))?;
    let key_len = u64::from_le_bytes(lens[..8].try_into().expect("8 bytes"));
    let value_len = u64::from_le_bytes(lens[8..].try_into().expect("8 bytes"));
    let mut key = vec![0; key_len as usize];
    let mut value = vec![0; value_len as usize];
    run.read_exact(&mut key)
        .and_then(|()| run.read_exact(&mut value))
        .map_err(|e| in_temporary_file(e, "reading"))?;
    Ok(Some((key, value)))
}

/// One run of the file: its own position, since the runs' handles share the file's offset.
struct At {
    file: File,
    pos: u64,
    end: u64,
}

impl Read for At {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let want = buf.len().min((self.end - self.pos) as usize);
        if want == 0 {
            return Ok(0);
        }
        self.file.seek(SeekFrom::Start(self.pos))?;
        let n = self.file.read(&mut buf[..want])?;
        self.pos += n as u64;
        Ok(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn sorted(items: &[(Vec<u8>, Vec<u8>)], budget: usize) -> Vec<(Vec<u8>, Vec<u8>)> {
        let mut s = Sorter::new(budget);
        for (k, v) in items {
            s.push(k, v).unwrap();
        }
        let mut out = Vec::new();
        s.finish(|k, v| {
            out.push((k.to_vec(), v.to_vec()));
            Ok(())
        })
        .unwrap();
        out
    }

    proptest! {
        /// Whatever the budget (every item its own run, a few runs, all in memory), the items
        /// come out as a stable sort by key puts them.
        #[test]
        fn the_same_as_a_stable_sort_in_memory(
            items in proptest::collection::vec(
                (proptest::collection::vec(0u8..4, 0..4), proptest::collection::vec(any::<u8>(), 0..40)),
                0..200,
            ),
            budget in prop_oneof![Just(0usize), 1usize..2000, Just(usize::MAX)],
        ) {
            let mut want = items.clone();
            want.sort_by(|a, b| a.0.cmp(&b.0));
            prop_assert_eq!(sorted(&items, budget), want);
        }
    }

    #[test]
    fn a_spool_gives_back_what_it_was_given_held_or_in_a_file() {
        let text: Vec<u8> = (0..100_000u32).flat_map(|i| i.to_le_bytes()).collect();
        for budget in [0, 1000, usize::MAX] {
            let mut spool = Spool::new(budget);
            for piece in text.chunks(777) {
                spool.write_all(piece).unwrap();
            }
            assert_eq!(spool.file.is_some(), budget < text.len(), "budget {budget}");
            let mut out = Vec::new();
            spool.copy_to(&mut out).unwrap();
            assert_eq!(out, text, "budget {budget}");
        }
    }

    #[test]
    fn many_runs_of_large_values() {
        let items: Vec<_> = (0..3000u32)
            .map(|i| {
                (
                    (i * 7919 % 3000).to_be_bytes().to_vec(),
                    vec![i as u8; 5000],
                )
            })
            .collect();
        let out = sorted(&items, 1 << 20);
        assert_eq!(out.len(), 3000);
        assert!(out.windows(2).all(|w| w[0].0 < w[1].0));
        assert!(out.iter().all(|(k, v)| {
            let i = (0..3000u32)
                .find(|i| (i * 7919 % 3000).to_be_bytes() == k[..])
                .unwrap();
            v == &vec![i as u8; 5000]
        }));
    }
}

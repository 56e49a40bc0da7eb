//! A progress bar on stderr for long runs over an export, shown only when stderr is a terminal and
//! `-q` is not given: bytes read out of the file's size (or a byte count for stdin).

use super::Ctx;
use anyhow::{anyhow, Result};
use aun::triage::reader::{self, ReadOptions, ReadReport};
use aun::triage::Chat;
use indicatif::{ProgressBar, ProgressStyle};
use std::io::{IsTerminal, Read};

/// [`reader::for_each_chat`] with a progress bar.
pub fn for_each_chat<T, F, S>(
    ctx: &Ctx,
    source: &str,
    opts: &ReadOptions,
    threads: usize,
    f: F,
    sink: S,
) -> Result<ReadReport>
where
    T: Send,
    F: Fn(&Chat) -> T + Sync,
    S: FnMut(T) -> Result<()>,
{
    let input: Box<dyn Read + Send> = if source == "-" {
        Box::new(std::io::stdin())
    } else {
        Box::new(std::fs::File::open(source).map_err(|e| anyhow!("{source}: {e}"))?)
    };
    let bar = bar(ctx, source);
    let input: Box<dyn Read + Send> = match &bar {
        Some(bar) => Box::new(bar.wrap_read(input)),
        None => input,
    };
    let result = reader::for_each_chat_in(
        &aun::io::display_name(source),
        source,
        input,
        opts,
        threads,
        f,
        sink,
    );
    if let Some(bar) = bar {
        bar.finish_and_clear();
    }
    result
}

fn bar(ctx: &Ctx, source: &str) -> Option<ProgressBar> {
    if ctx.global.quiet || !std::io::stderr().is_terminal() {
        return None;
    }
    let size = std::fs::metadata(source)
        .ok()
        .filter(|m| m.is_file())
        .map(|m| m.len());
    let bar = match size {
        Some(len) => ProgressBar::new(len).with_style(
            ProgressStyle::with_template(
                "{spinner} {bytes}/{total_bytes} {wide_bar} {binary_bytes_per_sec} {eta}",
            )
            .ok()?,
        ),
        None => ProgressBar::new_spinner().with_style(
            ProgressStyle::with_template("{spinner} {bytes} read, {binary_bytes_per_sec}").ok()?,
        ),
    };
    Some(bar)
}

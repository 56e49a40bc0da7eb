//! Reading an export from the command line: a progress bar on stderr for long runs (only when
//! stderr is a terminal and `-q` is not given), and the notes every reading command ends with.

use super::Ctx;
use anyhow::Result;
use aun::export::Chat;
use aun::export::{self, ReadOptions, ReadReport};
use indicatif::{ProgressBar, ProgressStyle};
use std::io::{IsTerminal, Read};

/// [`export::for_each_chat`] with a progress bar.
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
    let input = export::open(source)?;
    let bar = bar(ctx, source);
    let input: Box<dyn Read + Send> = match &bar {
        Some(bar) => Box::new(bar.wrap_read(input)),
        None => input,
    };
    let result = export::for_each_chat_in(
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

/// Notes on how the export was read: text decoded as Windows-1252, and why no row was taken when
/// the export has no resolution column.
pub fn reading_notes(ctx: &Ctx, report: &ReadReport, all: bool) {
    if report.windows_1252_records > 0 {
        ctx.note(format_args!(
            "{}: not UTF-8: read {} record(s) as Windows-1252 (first: record {})",
            report.mapping.source,
            report.windows_1252_records,
            report.first_windows_1252_record.unwrap_or(0)
        ));
    }
    if let Some(why) = report.mapping.no_resolution_note(all) {
        ctx.note(why);
    }
}

//! `schedule check`: what a coordinator should know about a schedule before relying on it.
//!
//! - **gaps** (severity `gap`): times in the service hours when no one covers Shared Follow-Up, and
//!   days or hours without a law library. The service hours run from the earliest block start to
//!   the latest block end of the week (all day when a block runs overnight), so the nights outside
//!   the cooperative's hours are not reported as gaps.
//! - **overlaps** (`error`): two libraries on duty at once on some date, unless their blocks are
//!   marked shared; an assignment that ends (`until`) before another begins (`effective`) is a
//!   handover, not an overlap.
//! - **blocks not held** (`warning`): a block whose hours all fall in the spring-forward gap on a
//!   date of the coming thirteen months it is in force, so that day it lasts no time and no one
//!   does it.
//! - **unknown libraries** (`warning`): a name the directory does not know.
//! - **contacts** (`warning`): a scheduled library with no contact e-mail, or one not verified
//!   within the maximum age; reminders go to these addresses.
//! - **malformed rows** (`error`).

use super::{Finding, Kind, Severity, When};
use crate::directory::{ContactProblem, Directory};
use crate::schedule::{Block, Duty, Schedule};
use crate::time::{weekday_name, Clock, WEEK};
use anyhow::Result;
use chrono::{Duration, NaiveDate};
use chrono_tz::Tz;

/// Loads a schedule for checking: every malformed row becomes a finding instead of stopping.
pub fn load_for_check(
    path: &str,
    format: Option<crate::io::InputFormat>,
) -> Result<(Schedule, Vec<Finding>)> {
    let bytes = crate::io::read_all(path)?;
    let name = crate::io::display_name(path);
    let format = crate::io::detect_format(format, path, &bytes[..bytes.len().min(4096)]);
    let (schedule, problems) = crate::schedule::parse_schedule_all(&name, &bytes, format)?;
    let findings = problems
        .into_iter()
        .map(|e| Finding::on_schedule(Severity::Error, Kind::Malformed, format!("{e:#}")))
        .collect();
    Ok((schedule, findings))
}

/// Every finding about `schedule`, checked against `directory` as of `today` (in `tz`).
pub fn check_schedule(
    schedule: &Schedule,
    directory: &Directory,
    today: NaiveDate,
    max_age: Duration,
    tz: Tz,
) -> Vec<Finding> {
    let mut out = Vec::new();
    out.extend(gaps(schedule));
    out.extend(overlaps(schedule));
    out.extend(not_held(schedule, today, tz));
    out.extend(library_findings(schedule, directory, today, max_age));
    out
}

/// For each day, which library blocks cover each minute.
fn minute_map<'a>(blocks: impl Iterator<Item = &'a Block>) -> Vec<Vec<Vec<&'a Block>>> {
    let mut map = vec![vec![Vec::new(); 1440]; 7];
    for b in blocks {
        for (d, day) in WEEK.iter().enumerate() {
            for (m, slot) in map[d].iter_mut().enumerate() {
                if b.covers_civil(*day, m as u16) {
                    slot.push(b);
                }
            }
        }
    }
    map
}

/// Runs of minutes in `[from, to)` of day `d` for which `pred` holds, as (start, end).
fn runs(from: u16, to: u16, pred: impl Fn(u16) -> bool) -> Vec<(Clock, Clock)> {
    let mut out = Vec::new();
    let mut start = None;
    for m in from..to {
        match (pred(m), start) {
            (true, None) => start = Some(m),
            (false, Some(s)) => {
                out.push((Clock(s), Clock(m)));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push((Clock(s), Clock(to)));
    }
    out
}

fn gaps(s: &Schedule) -> Vec<Finding> {
    let mut out = Vec::new();
    let sfu: Vec<&Block> = s.blocks_of(Duty::SharedFollowUp).collect();
    if !sfu.is_empty() {
        let (from, to) = if sfu.iter().any(|b| b.overnight()) {
            (0, 1440)
        } else {
            (
                sfu.iter().map(|b| b.start.0).min().unwrap_or(0),
                sfu.iter().map(|b| b.end.0).max().unwrap_or(1440),
            )
        };
        let map = minute_map(sfu.into_iter());
        for (d, day) in WEEK.iter().enumerate() {
            for (a, b) in runs(from, to, |m| map[d][m as usize].is_empty()) {
                let mut f = Finding::on_schedule(
                    Severity::Gap,
                    Kind::Gap,
                    format!(
                        "no one checks Shared Follow-Up on {} {a}–{b}",
                        weekday_name(*day)
                    ),
                );
                f.when = Some(When::of(*day, a, b));
                out.push(f);
            }
        }
    }
    let law: Vec<&Block> = s.blocks_of(Duty::Law).collect();
    if !law.is_empty() {
        let map = minute_map(law.into_iter());
        for (d, day) in WEEK.iter().enumerate() {
            for (a, b) in runs(0, 1440, |m| map[d][m as usize].is_empty()) {
                let mut f = Finding::on_schedule(
                    Severity::Gap,
                    Kind::LawGap,
                    format!("no one takes law chats on {} {a}–{b}", weekday_name(*day)),
                );
                f.when = Some(When::of(*day, a, b));
                out.push(f);
            }
        }
    }
    out
}

/// Two libraries on one block at once on some date: an error unless both blocks are marked
/// shared. Blocks whose dates do not meet (one ends, with `until`, before the other is
/// `effective`) hand over and do not overlap.
fn overlaps(s: &Schedule) -> Vec<Finding> {
    let mut out = Vec::new();
    for duty in [Duty::SharedFollowUp, Duty::Law] {
        let blocks: Vec<&Block> = s.blocks_of(duty).collect();
        for (i, a) in blocks.iter().enumerate() {
            for b in &blocks[i + 1..] {
                if (a.shared && b.shared) || !a.in_force_together(b) {
                    continue;
                }
                for day in WEEK {
                    let both = |m: u16| a.covers_civil(day, m) && b.covers_civil(day, m);
                    for (from, to) in runs(0, 1440, both) {
                        let since = match a.effective.max(b.effective) {
                            Some(d) => format!(" from {d}"),
                            None => String::new(),
                        };
                        let mut f = Finding::on_schedule(
                            Severity::Error,
                            Kind::Overlap,
                            format!(
                                "{} and {} on duty at once on {} {from}–{to}{since} ({}): end one with an until date, or mark both shared if that is intended",
                                a.library,
                                b.library,
                                weekday_name(day),
                                duty.as_str()
                            ),
                        );
                        f.when = Some(When::of(day, from, to));
                        (f.library, f.origin) = (
                            format!("{} & {}", a.library, b.library),
                            format!("{}; {}", a.origin, b.origin),
                        );
                        out.push(f);
                    }
                }
            }
        }
    }
    out
}

/// Blocks whose hours all fall in the spring-forward gap on a date from `today` to thirteen months
/// on (when they are in force): the roster has them last no time and not held that day, so no one
/// checks then. Thirteen months, not twelve: the day of the change moves from year to year, and
/// the next one must be seen whatever the day of the check. One warning a block, naming its
/// dates. A block the gap only shortens is not reported: it keeps the hours that exist.
fn not_held(s: &Schedule, today: NaiveDate, tz: Tz) -> Vec<Finding> {
    let mut out = Vec::new();
    let last = today
        .checked_add_months(chrono::Months::new(13))
        .unwrap_or(today);
    for duty in [Duty::SharedFollowUp, Duty::Law] {
        let empty: Vec<_> = s
            .shifts(duty, today, last, tz)
            .into_iter()
            .filter(|x| x.end <= x.start)
            .collect();
        for b in s.blocks_of(duty) {
            let dates: Vec<String> = empty
                .iter()
                .filter(|x| std::ptr::eq(x.block, b))
                .map(|x| x.date.to_string())
                .collect();
            if dates.is_empty() {
                continue;
            }
            let mut f = Finding::on_schedule(
                Severity::Warning,
                Kind::NotHeld,
                format!(
                    "{} {} {}–{} is not held on {} ({}): the clocks spring forward and its hours do not exist that day, so no one is on duty then",
                    b.library,
                    weekday_name(b.day),
                    b.start,
                    b.end,
                    dates.join(", "),
                    duty.as_str(),
                ),
            );
            f.when = Some(When::of(b.day, b.start, b.end));
            (f.library, f.origin) = (b.library.clone(), b.origin.clone());
            out.push(f);
        }
    }
    out
}

/// The overrides checked against the schedule as `override add` checks a new one: an absence on a
/// day the library has no duty, or for hours that are not its block, is an error naming the row.
/// (A past date is not reported: the file keeps its history.)
pub fn override_findings(
    schedule: &Schedule,
    overrides: &crate::roster::Overrides,
    today: NaiveDate,
    tz: chrono_tz::Tz,
) -> Vec<Finding> {
    let mut out = Vec::new();
    for (i, o) in overrides.items.iter().enumerate() {
        let others = crate::roster::Overrides {
            source: overrides.source.clone(),
            items: overrides
                .items
                .iter()
                .enumerate()
                .filter(|(j, _)| *j != i)
                .map(|(_, x)| x.clone())
                .collect(),
            notes: Vec::new(),
        };
        if let Err(e) = crate::roster::check_override(o, schedule, &others, today, tz) {
            let mut f = Finding::on_schedule(
                Severity::Error,
                Kind::Override,
                format!("{}: {e:#}", o.origin),
            );
            (f.library, f.origin) = (o.library.clone(), o.origin.clone());
            out.push(f);
        }
    }
    out
}

fn library_findings(
    s: &Schedule,
    dir: &Directory,
    today: NaiveDate,
    max_age: Duration,
) -> Vec<Finding> {
    let mut out = Vec::new();
    for (label, origin) in s.named_libraries() {
        let (kind, message) = match dir.lookup(label) {
            None => (Kind::UnknownLibrary, format!("{} is not in the directory ({}): add it, or an alias", crate::io::text::quote(label), dir.source)),
            Some(lib) => match lib.contact_problem(today, max_age) {
                None => continue,
                Some(ContactProblem::Missing) => {
                    (Kind::NoContact, format!("{label} ({}) has no contact e-mail in the directory: reminders cannot reach it", lib.id))
                }
                Some(ContactProblem::NeverVerified) => {
                    (Kind::StaleContact, format!("{label} ({}): contact {} was never verified", lib.id, lib.contact_email))
                }
                Some(ContactProblem::Stale(v)) => (
                    Kind::StaleContact,
                    format!("{label} ({}): contact last verified {v}, more than {} ago", lib.id, crate::time::format_duration(max_age)),
                ),
            },
        };
        let mut f = Finding::on_schedule(Severity::Warning, kind, message);
        (f.library, f.origin) = (label.to_string(), origin.to_string());
        out.push(f);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::io::InputFormat;

    fn findings(csv: &str) -> Vec<Finding> {
        let s = crate::schedule::parse_schedule("s.csv", csv.as_bytes(), InputFormat::Csv).unwrap();
        check_schedule(
            &s,
            &Directory::default_directory(),
            NaiveDate::from_ymd_opt(2026, 11, 23).unwrap(),
            Duration::days(365),
            crate::time::DEFAULT_TZ,
        )
    }

    #[test]
    fn default_gaps_are_the_evenings_and_sunday_law() {
        let s = Schedule::default_schedule();
        let f = check_schedule(
            &s,
            &Directory::default_directory(),
            NaiveDate::from_ymd_opt(2026, 11, 23).unwrap(),
            Duration::days(365),
            crate::time::DEFAULT_TZ,
        );
        let gaps: Vec<String> = f
            .iter()
            .filter(|f| f.severity == Severity::Gap)
            .map(|f| {
                let w = f.when.clone().unwrap_or_default();
                format!("{} {} {}–{}", f.kind, w.day, w.start, w.end)
            })
            .collect();
        assert_eq!(
            gaps,
            [
                "gap mon 17:00–21:00",
                "gap tue 17:00–21:00",
                "gap thu 17:00–21:00",
                "gap fri 17:00–21:00",
                "gap sat 17:00–21:00",
                "gap sun 17:00–21:00",
                "law-gap sun 00:00–24:00",
            ]
        );
        assert!(!f.iter().any(|f| f.kind == Kind::Overlap
            || f.kind == Kind::UnknownLibrary
            || f.severity == Severity::Error));
    }

    #[test]
    fn overlaps_unless_shared() {
        let f = findings(
            "day,start,end,library,shared\nmon,09:00,13:00,BCPL,\nmon,12:00,14:00,FCPL,\n",
        );
        let o: Vec<_> = f.iter().filter(|f| f.kind == Kind::Overlap).collect();
        assert_eq!(o.len(), 1);
        let w = o[0].when.as_ref().unwrap();
        assert_eq!((w.start.as_str(), w.end.as_str()), ("12:00", "13:00"));
        assert_eq!(o[0].severity, Severity::Error);
        let f = findings(
            "day,start,end,library,shared\nmon,09:00,13:00,BCPL,yes\nmon,12:00,14:00,FCPL,yes\n",
        );
        assert!(f.iter().all(|f| f.kind != Kind::Overlap));
    }

    #[test]
    fn a_library_withdrawing_from_a_block_hands_it_over() {
        let head = "day,start,end,library,effective,until\n";
        // BCPL stays on after Calvert starts: two libraries on Monday morning from 2027-01-04.
        let f = findings(&format!(
            "{head}mon,09:00,13:00,BCPL,2018-07-03,\nmon,09:00,13:00,Calvert Library,2027-01-04,\n"
        ));
        let o: Vec<_> = f.iter().filter(|f| f.kind == Kind::Overlap).collect();
        assert_eq!(o.len(), 1);
        assert!(
            o[0].message.starts_with(
                "BCPL and Calvert Library on duty at once on mon 09:00–13:00 from 2027-01-04"
            ),
            "{}",
            o[0].message
        );
        assert_eq!(o[0].origin, "s.csv: line 2; s.csv: line 3");
        // BCPL's last Monday is 2027-01-03's week: a handover.
        let f = findings(&format!(
            "{head}mon,09:00,13:00,BCPL,2018-07-03,2027-01-03\nmon,09:00,13:00,Calvert Library,2027-01-04,\n"
        ));
        assert!(f.iter().all(|f| f.kind != Kind::Overlap), "{f:?}");
        // And the roster follows the dates.
        let s = crate::schedule::parse_schedule(
            "s.csv",
            format!("{head}mon,09:00,13:00,BCPL,2018-07-03,2027-01-03\nmon,09:00,13:00,Calvert Library,2027-01-04,\n").as_bytes(),
            InputFormat::Csv,
        )
        .unwrap();
        let tz = crate::time::DEFAULT_TZ;
        let d = |x: &str| crate::time::parse_date(x).unwrap();
        let names: Vec<&str> = s
            .shifts(Duty::SharedFollowUp, d("2026-12-28"), d("2027-01-04"), tz)
            .iter()
            .map(|x| x.block.library.as_str())
            .collect();
        assert_eq!(names, ["BCPL", "Calvert Library"]);
    }

    #[test]
    fn unknown_libraries_are_named() {
        let f = findings("day,start,end,library\nmon,09:00,13:00,Springfield Public\n");
        assert!(f.iter().any(|f| f.kind == Kind::UnknownLibrary
            && f.library == "Springfield Public"
            && f.origin == "s.csv: line 2"));
    }

    #[test]
    fn malformed_rows_are_all_reported() {
        let dir = std::env::temp_dir().join(format!("aun-check-{}.csv", std::process::id()));
        std::fs::write(&dir, "day,start,end,library\nmon,09:00,13:00,BCPL\nfunday,09:00,13:00,X\nmon,09:00,25:00,Y\n").unwrap();
        let (s, f) = load_for_check(dir.to_str().unwrap(), None).unwrap();
        std::fs::remove_file(&dir).ok();
        assert_eq!(s.blocks.len(), 1);
        assert_eq!(f.len(), 2);
        assert!(
            f[0].message.contains("line 3: unknown day"),
            "{}",
            f[0].message
        );
        assert!(f[1].message.contains("line 4: end"), "{}", f[1].message);
    }
}

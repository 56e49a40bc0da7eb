//! `schedule check` and `directory check`: what a coordinator should fix before relying on the
//! schedule, the overrides and the directory. Both checks report the same [`Finding`] with the same
//! [`Severity`]; this module sits above the schedule, the roster and the directory and uses all
//! three, so none of them needs the others' checks.
//!
//! - [`schedule`]: gaps, overlaps, unknown libraries, stale contacts, malformed rows, overrides.
//! - [`directory`]: duplicate aliases, contacts, schedule libraries and rule destinations missing.

pub mod directory;
pub mod schedule;

use crate::time::{weekday_name, Clock};
use chrono::Weekday;
use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
    /// A time no one covers (`schedule check` only).
    Gap,
}

/// One thing a check found.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Finding {
    pub severity: Severity,
    /// schedule: gap | law-gap | overlap | unknown-library | no-contact | stale-contact |
    /// malformed | override; directory: duplicate-alias | no-contact | stale-contact |
    /// unknown-library | missing-destination
    pub kind: &'static str,
    /// The time of the week a schedule finding is about (its `day`, `start` and `end` columns,
    /// empty when it is about no time). The directory's findings have no such columns.
    #[serde(flatten)]
    pub when: Option<When>,
    pub library: String,
    /// Where in the schedule, overrides or directory file, when it comes from one row.
    pub origin: String,
    pub message: String,
}

/// A time of the week, as `schedule check` writes it (`mon`, `17:00`, `21:00`).
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct When {
    pub day: String,
    pub start: String,
    pub end: String,
}

impl When {
    pub fn of(day: Weekday, start: Clock, end: Clock) -> When {
        When {
            day: weekday_name(day).to_string(),
            start: start.to_string(),
            end: end.to_string(),
        }
    }
}

impl Finding {
    /// A finding about the schedule: it has the time columns, empty until set.
    pub fn on_schedule(severity: Severity, kind: &'static str, message: String) -> Finding {
        Finding {
            when: Some(When::default()),
            ..Finding::on_directory(severity, kind, "", "", message)
        }
    }

    /// A finding about the directory: a library and the row it comes from, no time.
    pub fn on_directory(
        severity: Severity,
        kind: &'static str,
        library: &str,
        origin: &str,
        message: String,
    ) -> Finding {
        Finding {
            severity,
            kind,
            when: None,
            library: library.to_string(),
            origin: origin.to_string(),
            message,
        }
    }
}

/// How many findings of each severity: what the summary line says and the exit code follows.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Tally {
    pub errors: usize,
    pub warnings: usize,
    pub gaps: usize,
}

impl Tally {
    pub fn of(findings: &[Finding]) -> Tally {
        let count = |s| findings.iter().filter(|f| f.severity == s).count();
        Tally {
            errors: count(Severity::Error),
            warnings: count(Severity::Warning),
            gaps: count(Severity::Gap),
        }
    }

    /// A check fails on an error, and with `--strict` on a warning too; gaps never fail it.
    pub fn fails(&self, strict: bool) -> bool {
        self.errors > 0 || (strict && self.warnings > 0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn schedule_findings_have_time_columns_and_directory_findings_do_not() {
        let mut f = Finding::on_schedule(Severity::Gap, "gap", "m".into());
        f.when = Some(When {
            day: "mon".into(),
            start: "17:00".into(),
            end: "21:00".into(),
        });
        assert_eq!(
            serde_json::to_string(&f).unwrap(),
            r#"{"severity":"gap","kind":"gap","day":"mon","start":"17:00","end":"21:00","library":"","origin":"","message":"m"}"#
        );
        let d = Finding::on_directory(
            Severity::Warning,
            "no-contact",
            "A",
            "d.csv: line 2",
            "m".into(),
        );
        assert_eq!(
            serde_json::to_string(&d).unwrap(),
            r#"{"severity":"warning","kind":"no-contact","library":"A","origin":"d.csv: line 2","message":"m"}"#
        );
    }

    #[test]
    fn warnings_fail_only_when_strict_and_gaps_never() {
        let f = |s| Finding::on_schedule(s, "k", String::new());
        let t = Tally::of(&[f(Severity::Warning), f(Severity::Gap), f(Severity::Gap)]);
        assert_eq!((t.errors, t.warnings, t.gaps), (0, 1, 2));
        assert!(!t.fails(false) && t.fails(true));
        assert!(Tally::of(&[f(Severity::Error)]).fails(false));
    }
}

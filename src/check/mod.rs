//! `schedule check` and `directory check`: what a coordinator should fix before relying on the
//! schedule, the overrides and the directory. Both checks report the same [`Finding`] with the same
//! [`Severity`]; this module sits above the schedule, the roster and the directory and uses all
//! three, so none of them needs the others' checks.
//!
//! - [`schedule`]: gaps, overlaps, blocks not held, unknown libraries, stale contacts, malformed
//!   rows, overrides.
//! - [`directory`]: duplicate aliases, contacts, schedule libraries and rule destinations missing.

pub mod directory;
pub mod schedule;

use crate::time::{weekday_name, Clock};
use chrono::Weekday;
use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Severity {
    Error,
    Warning,
    /// A time no one covers (`schedule check` only).
    Gap,
}

one_name!(Severity {
    Error => "error",
    Warning => "warning",
    Gap => "gap",
});

/// What a finding is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Kind {
    /// Service hours no Shared Follow-Up block covers.
    Gap,
    /// Hours the law line does not cover.
    LawGap,
    /// Two blocks of one duty at the same time, not marked shared.
    Overlap,
    /// A block whose hours all fall in the spring-forward gap on some date: not held that day.
    NotHeld,
    /// A library the schedule names and the directory does not know.
    UnknownLibrary,
    /// A library with no contact e-mail: reminders cannot reach it.
    NoContact,
    /// A contact never verified, or verified too long ago.
    StaleContact,
    /// A schedule row that cannot be read.
    Malformed,
    /// An override that cannot be read or applied.
    Override,
    /// An alias two libraries of the directory share.
    DuplicateAlias,
    /// A destination of the referral rules that the directory lacks.
    MissingDestination,
}

one_name!(Kind {
    Gap => "gap",
    LawGap => "law-gap",
    Overlap => "overlap",
    NotHeld => "not-held",
    UnknownLibrary => "unknown-library",
    NoContact => "no-contact",
    StaleContact => "stale-contact",
    Malformed => "malformed",
    Override => "override",
    DuplicateAlias => "duplicate-alias",
    MissingDestination => "missing-destination",
});

/// One thing a check found.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Finding {
    pub severity: Severity,
    /// schedule: gap | law-gap | overlap | not-held | unknown-library | no-contact |
    /// stale-contact | malformed | override; directory: duplicate-alias | no-contact | stale-contact |
    /// unknown-library | missing-destination
    pub kind: Kind,
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
    pub fn on_schedule(severity: Severity, kind: Kind, message: String) -> Finding {
        Finding {
            when: Some(When::default()),
            ..Finding::on_directory(severity, kind, "", "", message)
        }
    }

    /// A finding about the directory: a library and the row it comes from, no time.
    pub fn on_directory(
        severity: Severity,
        kind: Kind,
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
    fn one_name_each_and_the_list_messages_give() {
        assert_eq!(Kind::LawGap.to_string(), "law-gap");
        assert_eq!(
            Kind::parse(" Missing-Destination "),
            Some(Kind::MissingDestination)
        );
        assert_eq!(crate::names_of::<Severity>(), "error, warning or gap");
        assert_eq!(
            serde_json::to_string(&[Severity::Warning, Severity::Gap]).unwrap(),
            r#"["warning","gap"]"#
        );
    }

    #[test]
    fn schedule_findings_have_time_columns_and_directory_findings_do_not() {
        let mut f = Finding::on_schedule(Severity::Gap, Kind::Gap, "m".into());
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
            Kind::NoContact,
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
        let f = |s| Finding::on_schedule(s, Kind::Gap, String::new());
        let t = Tally::of(&[f(Severity::Warning), f(Severity::Gap), f(Severity::Gap)]);
        assert_eq!((t.errors, t.warnings, t.gaps), (0, 1, 2));
        assert!(!t.fails(false) && t.fails(true));
        assert!(Tally::of(&[f(Severity::Error)]).fails(false));
    }
}

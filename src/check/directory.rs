//! `directory check`: what a coordinator should fix in the directory before relying on it.
//!
//! - **duplicate aliases** (`error`): one alias, town or branch naming two libraries makes a
//!   patron's words ambiguous.
//! - **contacts** (`warning`): an entry with no AskUsNow! contact e-mail, or one not verified
//!   within the maximum age (the liaison's duty: "verifies the contact information").
//! - **schedule libraries** (`warning`): a library the schedule names that the directory lacks.
//! - **rule destinations** (`warning`): a fixed destination of the referral rules (the law library,
//!   LBPH, Quality Control, the Pratt, the AskUsNow! account) the directory lacks.
//!
//! A directory that names the all-capitals Pratt account is refused when it is read, before any
//! check runs.

use super::{Finding, Kind, Severity};
use crate::directory::{ContactProblem, Directory};
use crate::schedule::Schedule;
use chrono::{Duration, NaiveDate};

/// Every finding about `dir` as of `today`. `destinations` are (directory id, account) pairs the
/// referral rules send chats to.
pub fn check_directory(
    dir: &Directory,
    schedule: Option<&Schedule>,
    destinations: &[(String, String)],
    today: NaiveDate,
    max_age: Duration,
) -> Vec<Finding> {
    let mut out = Vec::new();
    out.extend(duplicates(dir));
    out.extend(contacts(dir, today, max_age));
    if let Some(s) = schedule {
        out.extend(schedule_libraries(dir, s));
    }
    out.extend(rule_destinations(dir, destinations));
    out
}

fn duplicates(dir: &Directory) -> Vec<Finding> {
    dir.duplicate_aliases()
        .into_iter()
        .map(|(alias, first, second)| {
            let origin = dir.get(&second).map_or("", |l| l.origin.as_str());
            Finding::on_directory(
                Severity::Error,
                Kind::DuplicateAlias,
                &second,
                origin,
                format!(
                    "{} names both {first} and {second}: keep it on one of them",
                    crate::io::text::quote(&alias)
                ),
            )
        })
        .collect()
}

fn contacts(dir: &Directory, today: NaiveDate, max_age: Duration) -> Vec<Finding> {
    let mut out = Vec::new();
    for l in &dir.libraries {
        let (kind, message) = match l.contact_problem(today, max_age) {
            None => continue,
            Some(ContactProblem::Missing) => (
                Kind::NoContact,
                format!("{} ({}) has no AskUsNow! contact e-mail", l.id, l.name),
            ),
            Some(ContactProblem::NeverVerified) => (
                Kind::StaleContact,
                format!("{}: contact {} was never verified", l.id, l.contact_email),
            ),
            Some(ContactProblem::Stale(v)) => (
                Kind::StaleContact,
                format!(
                    "{}: contact {} last verified {v}, more than {} ago",
                    l.id,
                    l.contact_email,
                    crate::time::format_duration(max_age)
                ),
            ),
        };
        out.push(Finding::on_directory(
            Severity::Warning,
            kind,
            &l.id,
            &l.origin,
            message,
        ));
    }
    out
}

fn schedule_libraries(dir: &Directory, s: &Schedule) -> Vec<Finding> {
    s.named_libraries()
        .into_iter()
        .filter(|(label, _)| dir.lookup(label).is_none())
        .map(|(label, origin)| {
            Finding::on_directory(
                Severity::Warning,
                Kind::UnknownLibrary,
                label,
                origin,
                format!(
                    "{} is on the schedule but not in the directory: add it, or an alias",
                    crate::io::text::quote(label)
                ),
            )
        })
        .collect()
}

fn rule_destinations(dir: &Directory, destinations: &[(String, String)]) -> Vec<Finding> {
    destinations
        .iter()
        .filter(|(id, account)| dir.get(id).is_none() && dir.lookup(account).is_none())
        .map(|(id, account)| {
            Finding::on_directory(
                Severity::Warning,
                Kind::MissingDestination,
                id,
                "",
                format!("the referral rules send chats to {account} ({id}), which is not in the directory; the rule table's account name is used"),
            )
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::io::InputFormat;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
    }

    fn check(csv: &str) -> Vec<Finding> {
        let dir =
            crate::directory::parse_directory("d.csv", csv.as_bytes(), InputFormat::Csv).unwrap();
        check_directory(&dir, None, &[], today(), Duration::days(365))
    }

    #[test]
    fn the_default_has_no_errors_and_no_missing_destinations() {
        let dir = Directory::default_directory();
        let dests = [
            ("MSLL", "Maryland State Law Library"),
            ("LBPH", "x"),
            ("QC", "x"),
            ("EPFL", "x"),
            ("AUN", "x"),
        ]
        .map(|(a, b)| (a.to_string(), b.to_string()));
        let f = check_directory(
            &dir,
            Some(&Schedule::default_schedule()),
            &dests,
            today(),
            Duration::days(365),
        );
        let kinds: std::collections::BTreeSet<Kind> = f.iter().map(|f| f.kind).collect();
        assert_eq!(
            kinds.into_iter().collect::<Vec<_>>(),
            [Kind::NoContact],
            "{f:#?}"
        );
        assert_eq!(
            f.len(),
            dir.libraries.len(),
            "the default invents no contacts"
        );
    }

    #[test]
    fn contacts_never_verified_or_too_old() {
        let f = check(
            "id,name,contact_email,verified\nA,A Library,a@a.org,2026-01-01\nB,B Library,b@b.org,2025-11-01\nC,C Library,c@c.org,\nD,D Library,,\n",
        );
        let got: Vec<String> = f
            .iter()
            .map(|f| format!("{} {} {}", f.kind, f.library, f.origin))
            .collect();
        assert_eq!(
            got,
            [
                "stale-contact B d.csv: line 3",
                "stale-contact C d.csv: line 4",
                "no-contact D d.csv: line 5",
            ]
        );
        assert!(
            f[0].message
                .contains("last verified 2025-11-01, more than 365d ago"),
            "{}",
            f[0].message
        );
    }

    #[test]
    fn duplicate_aliases_are_errors() {
        let f = check("id,name,aliases,towns,contact_email,verified\nA,A Library,Alpha,,a@a.org,2026-11-01\nB,B Library,,alpha,b@b.org,2026-11-01\n");
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(
            (f[0].severity, f[0].kind, f[0].library.as_str()),
            (Severity::Error, Kind::DuplicateAlias, "B")
        );
        assert_eq!(
            f[0].message,
            "\"alpha\" names both A and B: keep it on one of them"
        );
    }

    #[test]
    fn schedule_libraries_missing_from_the_directory() {
        let dir = crate::directory::parse_directory(
            "d.csv",
            b"id,name,aliases\nBCPL,Baltimore County Public Library,BCPL\n",
            InputFormat::Csv,
        )
        .unwrap();
        let f = check_directory(
            &dir,
            Some(&Schedule::default_schedule()),
            &[],
            today(),
            Duration::days(365),
        );
        let unknown: Vec<&str> = f
            .iter()
            .filter(|f| f.kind == Kind::UnknownLibrary)
            .map(|f| f.library.as_str())
            .collect();
        assert!(
            unknown.contains(&"Pratt/SLRC") && unknown.contains(&"MD State Law Lib"),
            "{unknown:?}"
        );
        assert!(!unknown.contains(&"BCPL"));
    }

    #[test]
    fn missing_rule_destinations_are_named() {
        let dir = crate::directory::parse_directory(
            "d.csv",
            b"id,name\nBCPL,Baltimore County Public Library\n",
            InputFormat::Csv,
        )
        .unwrap();
        let dests = [("MSLL".to_string(), "Maryland State Law Library".to_string())];
        let f = check_directory(&dir, None, &dests, today(), Duration::days(365));
        assert!(
            f.iter()
                .any(|f| f.kind == Kind::MissingDestination && f.library == "MSLL"),
            "{f:?}"
        );
    }
}

//! Triage of chat exports (rules.md §4–5): for each chat, the patron's e-mail, the category and
//! subject need with the words that decided them, the patron's local library with evidence, a
//! quality flag, and the 72-hour deadline.
//!
//! The field names of [`Triaged`] are a stable interface: `refer` and `remind` build on them, and
//! scripts read them from the JSON, JSON Lines and CSV output.
//!
//! - The export reader is [`crate::export`] ([`crate::export::for_each_chat`]: read, process on
//!   all cores, get results back in order); [`Chat`] is its record.
//! - [`Triager`]: triage of one [`Chat`] (built once, shared by the worker threads).
//! - [`transcript`]: transcript lines, speakers and roles; [`email`]: addresses in text;
//!   [`vocab`]: every phrase, found in one pass from the start of each word.
//!
//! ```no_run
//! use aun::export;
//! use aun::triage::{Triager, TriageOptions};
//! let triager = Triager::new(aun::directory::Directory::default_directory());
//! let opts = TriageOptions::new(chrono::Utc::now(), aun::time::DEFAULT_TZ);
//! export::for_each_chat("export.csv", &export::ReadOptions::default(), 2,
//!     |chat| triager.triage(chat, &opts),
//!     |t| { println!("{} {:?}", t.id, t.status); Ok(()) })?;
//! # Ok::<(), anyhow::Error>(())
//! ```

mod classify;
pub mod email;
mod lexicon;
pub mod model;
pub mod transcript;
pub mod vocab;

pub use crate::export::Chat;
pub use classify::{is_follow_up, TriageOptions, Triager};

use crate::record::{flag, instant, list, named, opt, CsvRecord};
use crate::time::Instant;
use chrono::{DateTime, Duration, Utc};
use serde::Serialize;
use std::borrow::Cow;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum EmailSource {
    /// The export's patron e-mail field.
    Field,
    /// An address the patron typed in the transcript.
    Transcript,
    /// A written-out address ("jane dot doe at gmail dot com"), normalised.
    WrittenOut,
}

one_name!(EmailSource {
    Field => "field",
    Transcript => "transcript",
    WrittenOut => "written-out",
});

/// Why no usable address was found: data, so `--redact` masks what the patron wrote without
/// reading a sentence back. Written (JSON, CSV, notes) as the sentence [`fmt::Display`] makes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EmailProblem {
    /// The patron wrote something like an address that is not a complete one ("jane@gmail").
    Incomplete(String),
    /// The export's e-mail field holds something that is not an address, and the patron wrote none.
    FieldNotAddress(String),
    /// No address in the export or in the patron's words.
    NoAddress,
}

impl EmailProblem {
    /// The same problem with the text the patron or the field wrote passed through `mask`.
    pub fn masked(&self, mask: impl Fn(&str) -> String) -> EmailProblem {
        match self {
            EmailProblem::Incomplete(w) => EmailProblem::Incomplete(mask(w)),
            EmailProblem::FieldNotAddress(w) => EmailProblem::FieldNotAddress(mask(w)),
            EmailProblem::NoAddress => EmailProblem::NoAddress,
        }
    }
}

impl std::fmt::Display for EmailProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            EmailProblem::Incomplete(m) => write!(
                f,
                "no usable address: the patron wrote {m:?}, which is not a complete address"
            ),
            EmailProblem::FieldNotAddress(field) => write!(
                f,
                "no usable address: the e-mail field holds {field:?}, which is not an address, and the patron wrote none"
            ),
            EmailProblem::NoAddress => {
                f.write_str("no e-mail address in the export or in the patron's words")
            }
        }
    }
}

impl Serialize for EmailProblem {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Category {
    Research,
    Policy,
    Circulation,
    Access,
    Other,
}

one_name!(Category {
    Research => "research",
    Policy => "policy",
    Circulation => "circulation",
    Access => "access",
    Other => "other",
});

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Subject {
    Law,
    PrintDisability,
    Specialist,
    None,
}

one_name!(Subject {
    Law => "law",
    PrintDisability => "print-disability",
    Specialist => "specialist",
    None => "none",
});

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Status {
    Ok,
    DueSoon,
    Overdue,
}

one_name!(Status {
    Ok => "ok",
    DueSoon => "due-soon",
    Overdue => "overdue",
});

/// What triage says of one chat.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Triaged {
    pub id: String,
    pub record: u64,
    /// In the schedule's zone (written as RFC 3339); none when the export has no start time.
    #[serde(with = "crate::time::serde_rfc3339")]
    pub started_at: Option<Instant>,
    pub resolution: String,
    pub origin: String,
    /// The directory id of the origin account, when the directory knows it.
    pub origin_id: Option<String>,
    pub email: Option<String>,
    pub email_source: Option<EmailSource>,
    /// Why no usable address was found, or what was wrong with one.
    pub email_problem: Option<EmailProblem>,
    pub category: Category,
    pub category_evidence: Vec<String>,
    /// The category model's probability of the category given (0–1, two decimals).
    pub category_confidence: f64,
    pub subject: Subject,
    pub subject_evidence: Vec<String>,
    /// The directory id of the patron's own library.
    pub local_library: Option<String>,
    pub library_evidence: Vec<String>,
    pub quality: bool,
    pub quality_evidence: Vec<String>,
    /// The cues conflict or are weak: a librarian should read this chat rather than trust the
    /// decision; `review_reasons` says why ("law cue only in a book title?").
    pub needs_review: bool,
    pub review_reasons: Vec<String>,
    /// 72 elapsed hours after `started_at`, in the same zone.
    #[serde(with = "crate::time::serde_rfc3339")]
    pub due_at: Option<Instant>,
    pub status: Option<Status>,
}

impl CsvRecord for Triaged {
    const FIELDS: &'static [&'static str] = &[
        "id",
        "record",
        "started_at",
        "resolution",
        "origin",
        "origin_id",
        "email",
        "email_source",
        "email_problem",
        "category",
        "category_evidence",
        "category_confidence",
        "subject",
        "subject_evidence",
        "local_library",
        "library_evidence",
        "quality",
        "quality_evidence",
        "needs_review",
        "review_reasons",
        "due_at",
        "status",
    ];

    /// Without going through JSON values: CSV is written on the workers and this is its inner loop.
    fn csv_cells(&self) -> Vec<Cow<'_, str>> {
        vec![
            Cow::Borrowed(self.id.as_str()),
            Cow::Owned(self.record.to_string()),
            instant(&self.started_at),
            Cow::Borrowed(self.resolution.as_str()),
            Cow::Borrowed(self.origin.as_str()),
            opt(&self.origin_id),
            opt(&self.email),
            Cow::Borrowed(self.email_source.map_or("", EmailSource::as_str)),
            named(&self.email_problem),
            Cow::Borrowed(self.category.as_str()),
            list(&self.category_evidence),
            // The JSON number's text (a non-finite one is JSON's null: empty).
            Cow::Owned(
                match serde_json::Number::from_f64(self.category_confidence) {
                    Some(n) => n.to_string(),
                    None => String::new(),
                },
            ),
            Cow::Borrowed(self.subject.as_str()),
            list(&self.subject_evidence),
            opt(&self.local_library),
            list(&self.library_evidence),
            flag(self.quality),
            list(&self.quality_evidence),
            flag(self.needs_review),
            list(&self.review_reasons),
            instant(&self.due_at),
            Cow::Borrowed(self.status.map_or("", Status::as_str)),
        ]
    }
}

/// The 72-hour deadline: elapsed hours, so a DST change in between does not move it.
pub const FOLLOW_UP_WITHIN: Duration = Duration::hours(72);

/// The deadline status at `now`: overdue past `due`, due-soon within `soon` before it, else ok.
pub fn status_at(due: DateTime<Utc>, now: DateTime<Utc>, soon: Duration) -> Status {
    if now > due {
        Status::Overdue
    } else if now > due - soon {
        Status::DueSoon
    } else {
        Status::Ok
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::time::{parse_instant, DEFAULT_TZ};

    #[test]
    fn due_is_72_elapsed_hours_across_dst() {
        // Started 2024-11-01 10:00 EDT; 72 elapsed hours later is 2024-11-04 09:00 EST.
        let start = parse_instant("2024-11-01T10:00", DEFAULT_TZ).unwrap();
        let due = start + FOLLOW_UP_WITHIN;
        assert_eq!(
            due.with_timezone(&DEFAULT_TZ).to_rfc3339(),
            "2024-11-04T09:00:00-05:00"
        );
        let at = |s| parse_instant(s, DEFAULT_TZ).unwrap();
        let soon = Duration::hours(24);
        assert_eq!(status_at(due, at("2024-11-03T08:59"), soon), Status::Ok);
        assert_eq!(
            status_at(due, at("2024-11-03T09:01"), soon),
            Status::DueSoon
        );
        assert_eq!(
            status_at(due, at("2024-11-04T09:00"), soon),
            Status::DueSoon
        );
        assert_eq!(
            status_at(due, at("2024-11-04T09:00:01"), soon),
            Status::Overdue
        );
    }
}

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
mod finds;
mod lexicon;
pub mod model;
pub mod personal;
pub mod transcript;
pub mod vocab;

pub use crate::export::Chat;
pub use classify::{is_follow_up, TriageOptions, Triager};

use crate::record::{flag, instant, json, list, named, opt, CsvRecord};
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
    /// The export's e-mail field holds the chat service's or a library's own address (a
    /// LibraryH3lp guest's chat address, a text-message gateway's), and the patron wrote none.
    FieldServiceAddress(String),
    /// No address in the export or in the patron's words.
    NoAddress,
}

impl EmailProblem {
    /// The same problem with the text the patron or the field wrote passed through `mask`.
    pub fn masked(&self, mask: impl Fn(&str) -> String) -> EmailProblem {
        match self {
            EmailProblem::Incomplete(w) => EmailProblem::Incomplete(mask(w)),
            EmailProblem::FieldNotAddress(w) => EmailProblem::FieldNotAddress(mask(w)),
            EmailProblem::FieldServiceAddress(w) => EmailProblem::FieldServiceAddress(mask(w)),
            EmailProblem::NoAddress => EmailProblem::NoAddress,
        }
    }

    const NO_ADDRESS: &'static str = "no e-mail address in the export or in the patron's words";

    /// The text of a problem that quotes nothing: fixed.
    pub(crate) fn fixed_text(&self) -> Option<&'static str> {
        match self {
            EmailProblem::NoAddress => Some(EmailProblem::NO_ADDRESS),
            _ => None,
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
            EmailProblem::FieldServiceAddress(field) => write!(
                f,
                "no usable address: the e-mail field holds {field:?}, the chat service's or a library's own address, and the patron wrote none"
            ),
            EmailProblem::NoAddress => f.write_str(EmailProblem::NO_ADDRESS),
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

    /// By hand, field for field in declaration order: JSON Lines is written on the workers and
    /// this is its inner loop (the same bytes as serde's, tested below).
    fn write_json(&self, out: &mut Vec<u8>) -> serde_json::Result<()> {
        json::object!(out,
            "id": str(&self.id),
            "record": u64(self.record),
            "started_at": instant(self.started_at.as_ref()),
            "resolution": str(&self.resolution),
            "origin": str(&self.origin),
            "origin_id": opt_str(self.origin_id.as_deref()),
            "email": opt_str(self.email.as_deref()),
            "email_source": opt_name(self.email_source.map(EmailSource::as_str)),
            "email_problem": opt_display_fixed(self.email_problem.as_ref(), EmailProblem::fixed_text),
            "category": name(self.category.as_str()),
            "category_evidence": strs(&self.category_evidence),
            "category_confidence": f64(self.category_confidence),
            "subject": name(self.subject.as_str()),
            "subject_evidence": strs(&self.subject_evidence),
            "local_library": opt_str(self.local_library.as_deref()),
            "library_evidence": strs(&self.library_evidence),
            "quality": bool(self.quality),
            "quality_evidence": strs(&self.quality_evidence),
            "needs_review": bool(self.needs_review),
            "review_reasons": strs(&self.review_reasons),
            "due_at": instant(self.due_at.as_ref()),
            "status": opt_name(self.status.map(Status::as_str)),
        );
        Ok(())
    }
}

/// The room of the texts a record copies from its chat (its id, resolution, origin and the
/// origin's directory id), kept by a thread from a record it wrote out for the next chat it
/// triages: copied into, not allocated anew.
#[derive(Default)]
pub(crate) struct Room {
    pub(crate) id: String,
    pub(crate) resolution: String,
    pub(crate) origin: String,
    pub(crate) origin_id: String,
    /// The category evidence's list and its words.
    pub(crate) category_evidence: Vec<String>,
    /// The local library's id, and its evidence's list and words.
    pub(crate) local_library: String,
    pub(crate) library_evidence: Vec<String>,
}

thread_local! {
    /// Moved out and back a text at a time, not as a whole (a copy of its bytes each way).
    static ROOM: std::cell::RefCell<Room> = const {
        std::cell::RefCell::new(Room {
            id: String::new(),
            resolution: String::new(),
            origin: String::new(),
            origin_id: String::new(),
            category_evidence: Vec::new(),
            local_library: String::new(),
            library_evidence: Vec::new(),
        })
    };
}

impl Room {
    /// The room this thread kept (empty texts when none).
    pub(crate) fn take() -> Room {
        use std::mem::take;
        ROOM.with_borrow_mut(|r| Room {
            id: take(&mut r.id),
            resolution: take(&mut r.resolution),
            origin: take(&mut r.origin),
            origin_id: take(&mut r.origin_id),
            category_evidence: take(&mut r.category_evidence),
            local_library: take(&mut r.local_library),
            library_evidence: take(&mut r.library_evidence),
        })
    }
}

/// `text` copied into `room`'s allocation.
pub(crate) fn copy_into(mut room: String, text: &str) -> String {
    room.clear();
    room.push_str(text);
    room
}

impl Triaged {
    /// Gives the room of the texts this record copied from its chat to the next chat this
    /// thread triages (call when the record is written out and no longer needed).
    pub fn recycle(self) {
        /// A text longer than this (a very long field) is freed, not kept.
        const KEEP: usize = 256;
        let keep = |s: String| {
            if s.capacity() <= KEEP {
                s
            } else {
                String::new()
            }
        };
        ROOM.with_borrow_mut(|r| {
            r.id = keep(self.id);
            r.resolution = keep(self.resolution);
            r.origin = keep(self.origin);
            r.origin_id = keep(self.origin_id.unwrap_or_default());
            r.category_evidence = self.category_evidence.into_iter().map(keep).collect();
            r.local_library = keep(self.local_library.unwrap_or_default());
            r.library_evidence = self.library_evidence.into_iter().map(keep).collect();
        });
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

    /// Records made in the room of records written out (short, long, none; category evidence of
    /// more words, of fewer, of none) are the records made afresh.
    #[test]
    fn records_in_recycled_room_are_the_fresh_records() {
        let triager = Triager::new(crate::directory::Directory::default_directory());
        let opts = TriageOptions::new(
            parse_instant("2024-11-02T12:00", DEFAULT_TZ).unwrap(),
            DEFAULT_TZ,
        );
        let long = "Howard County Library System ".repeat(20);
        let chats: Vec<Chat> = [
            (
                "1",
                "Follow Up By Patron Library",
                "Howard County Library System",
            ),
            (
                "123456789012",
                "Answered",
                "Maryland AskUsNow! Public Library",
            ),
            // A library's own account after a record of a library the patron named.
            ("3", "Answered", "Howard County Library System"),
            ("", "", ""),
            ("7", "Follow Up By Patron Library", long.as_str()),
            ("8", "Transferred", "Somewhere Not In The Directory"),
            (
                "9",
                "Follow Up By Patron Library",
                "Montgomery County Public Libraries",
            ),
        ]
        .iter()
        .zip([
            "Can I renew a book?".to_string(),
            "I need the full text of a journal article; the off-campus login to the database fails"
                .to_string(),
            "Where do I renew?".to_string(),
            String::new(),
            format!(
                "renew {} renewal RENEW my library card, late fees",
                "x".repeat(300)
            ),
            "hi".to_string(),
            "Where can I find census records and my grandfather's obituary for genealogy?"
                .to_string(),
        ])
        .map(|(&(id, resolution, origin), question)| Chat {
            record: 1,
            id: id.into(),
            resolution: resolution.into(),
            origin: origin.into(),
            transcript: if question.is_empty() {
                "10:00:05 - Jane: hi".into()
            } else {
                "10:00:05 - Jane: my card from the Pratt".into()
            },
            question,
            ..Chat::default()
        })
        .collect();
        let fresh: Vec<Triaged> = chats.iter().map(|c| triager.triage(c, &opts)).collect();
        let evidence = |t: &Triaged| t.category_evidence.len();
        assert!(fresh.iter().any(|t| evidence(t) >= 4) && fresh.iter().any(|t| evidence(t) == 0));
        // Local libraries of the origin account, of the patron's words, and none.
        fn library(t: &Triaged) -> Option<&str> {
            t.library_evidence.first().map(String::as_str)
        }
        assert_eq!(library(&fresh[0]), Some("origin account"));
        assert!(!matches!(library(&fresh[1]), None | Some("origin account")));
        assert_eq!(library(&fresh[2]), Some("origin account"));
        assert!(fresh.iter().any(|t| t.local_library.is_none()));
        for round in 0..2 {
            for (c, want) in chats.iter().zip(&fresh) {
                let t = triager.triage(c, &opts);
                assert_eq!(&t, want, "round {round}");
                t.recycle();
            }
        }
    }

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

/// Any triaged chat, for property tests of its writers: text with quotes, backslashes, control
/// characters, non-ASCII and U+2028; empty lists; none fields; instants in several zones and
/// centuries; confidences that are not finite.
#[cfg(test)]
pub(crate) mod arbitrary {
    use super::*;
    use proptest::prelude::*;

    pub fn text() -> impl Strategy<Value = String> {
        prop_oneof![
            Just(String::new()),
            "[ -~]{0,30}",
            "[\\x00-\\x22\\\\a\u{e9}\u{2028}\u{2029}\u{7f}\u{1F600}]{0,30}",
            any::<String>(),
        ]
    }

    pub fn words() -> impl Strategy<Value = Vec<String>> {
        proptest::collection::vec(text(), 0..4)
    }

    pub fn instant() -> impl Strategy<Value = Option<Instant>> {
        proptest::option::of(
            (
                -70_000_000_000i64..250_000_000_000i64,
                prop_oneof![Just(0u32), 0u32..1_000_000_000],
                0usize..3,
            )
                .prop_map(|(secs, nanos, zone)| {
                    let tz = [
                        crate::time::DEFAULT_TZ,
                        chrono_tz::UTC,
                        chrono_tz::America::St_Johns,
                    ][zone];
                    DateTime::from_timestamp(secs, nanos)
                        .unwrap()
                        .with_timezone(&tz)
                }),
        )
    }

    pub fn email_problem() -> impl Strategy<Value = Option<EmailProblem>> {
        prop_oneof![
            Just(None),
            Just(Some(EmailProblem::NoAddress)),
            text().prop_map(|w| Some(EmailProblem::Incomplete(w))),
            text().prop_map(|w| Some(EmailProblem::FieldNotAddress(w))),
            text().prop_map(|w| Some(EmailProblem::FieldServiceAddress(w))),
        ]
    }

    pub fn confidence() -> impl Strategy<Value = f64> {
        prop_oneof![
            Just(0.0),
            Just(1.0),
            Just(f64::NAN),
            Just(f64::INFINITY),
            (0u32..=100).prop_map(|c| c as f64 / 100.0),
            any::<f64>(),
        ]
    }

    pub fn triaged() -> impl Strategy<Value = Triaged> {
        (
            (text(), any::<u64>(), instant(), text(), text()),
            (
                proptest::option::of(text()),
                proptest::option::of(text()),
                proptest::option::of(proptest::sample::select(EmailSource::ALL)),
                email_problem(),
            ),
            (
                proptest::sample::select(Category::ALL),
                words(),
                confidence(),
                proptest::sample::select(Subject::ALL),
                words(),
            ),
            (
                proptest::option::of(text()),
                words(),
                any::<bool>(),
                words(),
                any::<bool>(),
                words(),
            ),
            (
                instant(),
                proptest::option::of(proptest::sample::select(Status::ALL)),
            ),
        )
            .prop_map(|(a, b, c, d, e)| Triaged {
                id: a.0,
                record: a.1,
                started_at: a.2,
                resolution: a.3,
                origin: a.4,
                origin_id: b.0,
                email: b.1,
                email_source: b.2,
                email_problem: b.3,
                category: c.0,
                category_evidence: c.1,
                category_confidence: c.2,
                subject: c.3,
                subject_evidence: c.4,
                local_library: d.0,
                library_evidence: d.1,
                quality: d.2,
                quality_evidence: d.3,
                needs_review: d.4,
                review_reasons: d.5,
                due_at: e.0,
                status: e.1,
            })
    }

    #[test]
    fn a_fixed_problem_text_is_its_display() {
        for p in [
            EmailProblem::NoAddress,
            EmailProblem::Incomplete("jane@".into()),
            EmailProblem::FieldNotAddress("n/a".into()),
            EmailProblem::FieldServiceAddress("a1@web.libraryh3lp.com".into()),
        ] {
            if let Some(text) = p.fixed_text() {
                assert_eq!(text, p.to_string());
            }
        }
        assert!(EmailProblem::NoAddress.fixed_text().is_some());
    }

    /// The names written as they are, unescaped ([`json::field::name`]), need no escaping.
    #[test]
    fn names_need_no_escaping() {
        let names = (EmailSource::ALL.iter().map(|v| v.as_str()))
            .chain(Category::ALL.iter().map(|v| v.as_str()))
            .chain(Subject::ALL.iter().map(|v| v.as_str()))
            .chain(Status::ALL.iter().map(|v| v.as_str()));
        for n in names {
            assert_eq!(serde_json::to_string(n).unwrap(), format!("\"{n}\""));
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(512))]

        /// The hand-written JSON is serde's, byte for byte.
        #[test]
        fn json_is_serdes(t in triaged()) {
            let mut ours = Vec::new();
            t.write_json(&mut ours).unwrap();
            prop_assert_eq!(
                String::from_utf8(ours).unwrap(),
                serde_json::to_string(&t).unwrap()
            );
        }
    }
}

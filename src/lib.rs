//! `aun`: the Shared Follow-Up toolkit of Maryland's AskUsNow! chat-reference cooperative.
//!
//! The library holds the logic; the `aun` binary is a thin command-line layer over it. Nothing in
//! the library prints or exits, and nothing reads the clock: "now" is always an argument.
//!
//! - [`time`]: civil time, the schedule's zone and the DST policy.
//! - [`export`]: the streaming chat-export reader that triage, refer and remind share.
//! - [`io`]: CSV / TSV / JSON / JSON Lines readers, format detection, decoding, files written
//!   whole or not at all, and the text helpers every layer shares.
//! - [`record`]: what a result row is to the output module: its field names and cells.
//! - [`output`]: the table / JSON / JSON Lines / CSV renderer and the HTML pages of `refer` and
//!   `report`.
//! - [`schedule`]: the weekly schedule, its file forms and the embedded default.
//! - [`coverage`]: who covers Shared Follow-Up (and law chats) at an instant.
//! - [`roster`]: overrides, the dated roster and substitute proposals (rules.md §3).
//! - [`ics`]: the roster as an RFC 5545 calendar.
//! - [`directory`]: the libraries, their aliases, towns, accounts and contacts.
//! - [`check`]: `schedule check` and `directory check`, one kind of finding for both.
//! - [`remind`]: reminders for cron (duty checks, gaps, deadlines, digest), state and e-mail.
//! - [`triage`]: reading chat exports and classifying each chat.
//! - [`eval`]: labelled chats, and how triage and referral score against them.
//! - [`referral`]: where each chat's follow-up goes, how, by which rule, with a note to paste.
//! - [`ledger`]: the follow-up ledger: each decision and when its follow-up went out.
//! - [`report`]: the 72-hour compliance report from the ledger.

/// An enum whose every value has one text name (made by `one_name!`): what code generic over such
/// enums needs, such as the command line's value parsers.
pub trait Named: Copy + Send + Sync + 'static {
    /// Every value, in declaration order.
    fn all() -> &'static [Self];
    /// The value's one name.
    fn name(self) -> &'static str;
}

/// Every name of `T`, as a message lists them: "a, b or c".
pub fn names_of<T: Named>() -> String {
    let names: Vec<&str> = T::all().iter().map(|v| v.name()).collect();
    match names.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} or {last}", rest.join(", ")),
        _ => names.concat(),
    }
}

/// One text name for every value of an enum: `as_str` gives it, and `Display`, serde and `parse`
/// use it, so tables, JSON, CSV, notes and reminders cannot name a value two ways. An enum that
/// reads more words than its names (aliases) writes `one_name!(T { … } parse by hand)` and keeps
/// its own `parse`.
macro_rules! one_name {
    ($t:ident { $($v:ident => $n:literal),* $(,)? } parse by hand) => {
        impl $t {
            /// Every value, in declaration order.
            pub const ALL: &'static [$t] = &[$($t::$v),*];

            /// The value's one name.
            pub fn as_str(self) -> &'static str {
                match self {
                    $($t::$v => $n),*
                }
            }
        }

        impl crate::Named for $t {
            fn all() -> &'static [$t] {
                $t::ALL
            }

            fn name(self) -> &'static str {
                self.as_str()
            }
        }

        impl std::fmt::Display for $t {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl serde::Serialize for $t {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.as_str())
            }
        }
    };
    ($t:ident { $($v:ident => $n:literal),* $(,)? }) => {
        one_name!($t { $($v => $n),* } parse by hand);

        impl $t {
            /// The value named `s` (its one name, any case).
            pub fn parse(s: &str) -> Option<$t> {
                let s = s.trim();
                Self::ALL.iter().copied().find(|v| v.as_str().eq_ignore_ascii_case(s))
            }
        }
    };
}

pub mod check;
pub mod coverage;
pub mod directory;
pub mod eval;
pub mod export;
pub mod ics;
pub mod io;
pub mod ledger;
pub mod output;
pub mod record;
pub mod referral;
pub mod remind;
pub mod report;
pub mod roster;
pub mod schedule;
pub mod time;
pub mod triage;

//! `aun`: the Shared Follow-Up toolkit of Maryland's AskUsNow! chat-reference cooperative.
//!
//! The library holds the logic; the `aun` binary is a thin command-line layer over it. Nothing in
//! the library prints or exits, and nothing reads the clock: "now" is always an argument.
//!
//! - [`time`]: civil time, the schedule's zone and the DST policy.
//! - [`io`]: CSV / TSV / JSON / JSON Lines readers, format detection, decoding.
//! - [`output`]: the table / JSON / JSON Lines / CSV renderer and atomic output files.
//! - [`schedule`]: the weekly schedule, its file forms and the embedded default.
//! - [`coverage`]: who covers Shared Follow-Up (and law chats) at an instant.
//! - [`directory`]: the libraries, their aliases, towns, accounts and contacts.
//! - [`triage`]: reading chat exports and classifying each chat.
//! - [`referral`]: where each chat's follow-up goes, how, by which rule, with a note to paste.

pub mod coverage;
pub mod directory;
pub mod io;
pub mod output;
pub mod referral;
pub mod schedule;
pub mod time;
pub mod triage;

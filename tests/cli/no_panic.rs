//! No value given to any option of any subcommand may crash aun (exit 101, an abort) or hang it:
//! every value gets an answer or a clear error. The table below names every option that takes a
//! value, with the arguments that make the command reach it; a test checks it against `--help`, so
//! a new option cannot be left out. Each option is run with the edge values of its kind, and a
//! property test runs random options with random values.

use crate::workdir::{Run, Workdir};
use proptest::prelude::*;
use std::time::{Duration, Instant};

#[derive(Debug, Clone, Copy, PartialEq)]
enum Kind {
    Duration,
    Instant,
    Date,
    Day,
    Time,
    Block,
    Number,
    /// A name, a filter, an id, free text.
    Text,
    /// A file aun reads.
    Input,
    /// A file aun writes: only names inside the scratch directory.
    Output,
    Url,
    Address,
}

/// One option: the command line before it, the option, its kind.
struct Slot {
    before: &'static [&'static str],
    option: &'static str,
    kind: Kind,
}

const NOW: &str = "--now=2026-11-26T13:07:00-05:00";

const SLOTS: &[Slot] = &[
    // The follow-up ledger and the report.
    Slot {
        before: &[NOW, "triage", "export.csv"],
        option: "--destination",
        kind: Kind::Text,
    },
    Slot {
        before: &[NOW, "triage", "export.csv"],
        option: "--origin",
        kind: Kind::Text,
    },
    Slot {
        before: &[NOW, "triage", "export.csv"],
        option: "--from",
        kind: Kind::Date,
    },
    Slot {
        before: &[NOW, "triage", "export.csv"],
        option: "--to",
        kind: Kind::Date,
    },
    Slot {
        before: &[NOW, "refer", "export.csv"],
        option: "--destination",
        kind: Kind::Text,
    },
    Slot {
        before: &[NOW, "refer", "export.csv"],
        option: "--origin",
        kind: Kind::Text,
    },
    Slot {
        before: &[NOW, "refer", "export.csv"],
        option: "--from",
        kind: Kind::Date,
    },
    Slot {
        before: &[NOW, "refer", "export.csv"],
        option: "--to",
        kind: Kind::Date,
    },
    Slot {
        before: &[
            NOW,
            "followups",
            "record",
            "export.csv",
            "--ledger",
            "l.jsonl",
        ],
        option: "--destination",
        kind: Kind::Text,
    },
    Slot {
        before: &[
            NOW,
            "followups",
            "record",
            "export.csv",
            "--ledger",
            "l.jsonl",
        ],
        option: "--origin",
        kind: Kind::Text,
    },
    Slot {
        before: &[
            NOW,
            "followups",
            "record",
            "export.csv",
            "--ledger",
            "l.jsonl",
        ],
        option: "--from",
        kind: Kind::Date,
    },
    Slot {
        before: &[
            NOW,
            "followups",
            "record",
            "export.csv",
            "--ledger",
            "l.jsonl",
        ],
        option: "--to",
        kind: Kind::Date,
    },
    Slot {
        before: &[NOW, "directory", "verify", "--directory", "dir.csv"],
        option: "--library",
        kind: Kind::Text,
    },
    Slot {
        before: &[
            NOW,
            "directory",
            "verify",
            "--directory",
            "dir.csv",
            "--library",
            "HCLS",
        ],
        option: "--contact",
        kind: Kind::Address,
    },
    Slot {
        before: &[
            NOW,
            "directory",
            "verify",
            "--directory",
            "dir.csv",
            "--library",
            "HCLS",
            "--contact",
            "a@b.org",
        ],
        option: "--on",
        kind: Kind::Date,
    },
    Slot {
        before: &[
            NOW,
            "directory",
            "verify",
            "--directory",
            "dir.csv",
            "--library",
            "HCLS",
            "--contact",
            "a@b.org",
        ],
        option: "--lock-wait",
        kind: Kind::Duration,
    },
    Slot {
        before: &[
            NOW,
            "directory",
            "verify",
            "--library",
            "HCLS",
            "--contact",
            "a@b.org",
        ],
        option: "--directory",
        kind: Kind::Input,
    },
    Slot {
        before: &[NOW, "refer", "export.csv", "--record"],
        option: "--ledger",
        kind: Kind::Output,
    },
    Slot {
        before: &[
            NOW,
            "refer",
            "export.csv",
            "--record",
            "--ledger",
            "l.jsonl",
        ],
        option: "--by",
        kind: Kind::Text,
    },
    Slot {
        before: &[NOW, "remind", "--state", "s.json"],
        option: "--ledger",
        kind: Kind::Input,
    },
    Slot {
        before: &[
            NOW,
            "remind",
            "--digest",
            "--state",
            "d.json",
            "--ledger",
            "ledger.jsonl",
        ],
        option: "--at",
        kind: Kind::Instant,
    },
    Slot {
        before: &[NOW, "followups", "record", "--ledger", "l.jsonl"],
        option: "",
        kind: Kind::Input,
    },
    Slot {
        before: &[NOW, "followups", "record", "export.csv"],
        option: "--ledger",
        kind: Kind::Output,
    },
    Slot {
        before: &[
            NOW,
            "followups",
            "record",
            "export.csv",
            "--ledger",
            "l.jsonl",
        ],
        option: "--by",
        kind: Kind::Text,
    },
    Slot {
        before: &[
            NOW,
            "followups",
            "record",
            "export.csv",
            "--ledger",
            "l.jsonl",
        ],
        option: "--lock-wait",
        kind: Kind::Duration,
    },
    Slot {
        before: &[
            NOW,
            "followups",
            "record",
            "export.csv",
            "--ledger",
            "l.jsonl",
        ],
        option: "--columns",
        kind: Kind::Text,
    },
    Slot {
        before: &[
            NOW,
            "followups",
            "record",
            "export.csv",
            "--ledger",
            "l.jsonl",
        ],
        option: "--due-soon",
        kind: Kind::Duration,
    },
    Slot {
        before: &[
            NOW,
            "followups",
            "record",
            "export.csv",
            "--ledger",
            "l.jsonl",
        ],
        option: "--status",
        kind: Kind::Text,
    },
    Slot {
        before: &[
            NOW,
            "followups",
            "record",
            "export.csv",
            "--ledger",
            "l.jsonl",
        ],
        option: "--category",
        kind: Kind::Text,
    },
    Slot {
        before: &[
            NOW,
            "followups",
            "record",
            "export.csv",
            "--ledger",
            "l.jsonl",
        ],
        option: "--subject",
        kind: Kind::Text,
    },
    Slot {
        before: &[
            NOW,
            "followups",
            "record",
            "export.csv",
            "--ledger",
            "l.jsonl",
        ],
        option: "--library",
        kind: Kind::Text,
    },
    Slot {
        before: &[
            NOW,
            "followups",
            "record",
            "export.csv",
            "--ledger",
            "l.jsonl",
        ],
        option: "--vocabulary",
        kind: Kind::Input,
    },
    Slot {
        before: &[
            NOW,
            "followups",
            "record",
            "export.csv",
            "--ledger",
            "l.jsonl",
        ],
        option: "--model",
        kind: Kind::Input,
    },
    Slot {
        before: &[
            NOW,
            "followups",
            "record",
            "export.csv",
            "--ledger",
            "l.jsonl",
        ],
        option: "--threads",
        kind: Kind::Number,
    },
    Slot {
        before: &[NOW, "followups", "update", "--ledger", "ledger.jsonl"],
        option: "",
        kind: Kind::Input,
    },
    Slot {
        before: &[NOW, "followups", "update", "export.csv"],
        option: "--ledger",
        kind: Kind::Output,
    },
    Slot {
        before: &[
            NOW,
            "followups",
            "update",
            "export.csv",
            "--ledger",
            "ledger.jsonl",
        ],
        option: "--lock-wait",
        kind: Kind::Duration,
    },
    Slot {
        before: &[
            NOW,
            "followups",
            "update",
            "export.csv",
            "--ledger",
            "ledger.jsonl",
        ],
        option: "--columns",
        kind: Kind::Text,
    },
    Slot {
        before: &[NOW, "followups", "done", "--ledger", "ledger.jsonl"],
        option: "",
        kind: Kind::Text,
    },
    Slot {
        before: &[
            NOW,
            "followups",
            "done",
            "14000101",
            "--ledger",
            "ledger.jsonl",
        ],
        option: "--at",
        kind: Kind::Instant,
    },
    Slot {
        before: &[NOW, "followups", "done", "14000101"],
        option: "--ledger",
        kind: Kind::Output,
    },
    Slot {
        before: &[
            NOW,
            "followups",
            "done",
            "14000101",
            "--ledger",
            "ledger.jsonl",
        ],
        option: "--lock-wait",
        kind: Kind::Duration,
    },
    Slot {
        before: &[NOW, "followups", "list", "--ledger", "ledger.jsonl"],
        option: "--status",
        kind: Kind::Text,
    },
    Slot {
        before: &[NOW, "followups", "list", "--ledger", "ledger.jsonl"],
        option: "--destination",
        kind: Kind::Text,
    },
    Slot {
        before: &[NOW, "followups", "list"],
        option: "--ledger",
        kind: Kind::Input,
    },
    Slot {
        before: &[NOW, "report"],
        option: "--ledger",
        kind: Kind::Input,
    },
    Slot {
        before: &[NOW, "report", "--ledger", "ledger.jsonl"],
        option: "--from",
        kind: Kind::Date,
    },
    Slot {
        before: &[NOW, "report", "--ledger", "ledger.jsonl"],
        option: "--to",
        kind: Kind::Date,
    },
    Slot {
        before: &[NOW, "report", "--ledger", "ledger.jsonl"],
        option: "--library",
        kind: Kind::Text,
    },
    Slot {
        before: &[NOW, "report", "--ledger", "ledger.jsonl"],
        option: "--destination",
        kind: Kind::Text,
    },
    Slot {
        before: &[NOW, "report", "--ledger", "ledger.jsonl"],
        option: "--origin",
        kind: Kind::Text,
    },
    Slot {
        before: &[NOW, "report", "--ledger", "ledger.jsonl"],
        option: "--by",
        kind: Kind::Text,
    },
    Slot {
        before: &[
            NOW,
            "report",
            "--ledger",
            "ledger.jsonl",
            "--format",
            "html",
        ],
        option: "--output",
        kind: Kind::Output,
    },
    // Global options, through the commands that use them most.
    Slot {
        before: &["who-covers"],
        option: "--now",
        kind: Kind::Instant,
    },
    Slot {
        before: &["triage", "export.csv"],
        option: "--now",
        kind: Kind::Instant,
    },
    Slot {
        before: &["remind", "--state", "s.json"],
        option: "--now",
        kind: Kind::Instant,
    },
    Slot {
        before: &[NOW, "who-covers"],
        option: "--tz",
        kind: Kind::Text,
    },
    Slot {
        before: &[NOW, "remind"],
        option: "--tz",
        kind: Kind::Text,
    },
    Slot {
        before: &[NOW, "schedule", "show"],
        option: "--format",
        kind: Kind::Text,
    },
    Slot {
        before: &[NOW, "schedule", "show"],
        option: "--color",
        kind: Kind::Text,
    },
    Slot {
        before: &[NOW, "schedule", "show"],
        option: "--output",
        kind: Kind::Output,
    },
    Slot {
        before: &[NOW, "triage", "export.csv"],
        option: "--output",
        kind: Kind::Output,
    },
    Slot {
        before: &[NOW, "who-covers"],
        option: "--schedule",
        kind: Kind::Input,
    },
    Slot {
        before: &[NOW, "directory", "check"],
        option: "--directory",
        kind: Kind::Input,
    },
    Slot {
        before: &[NOW, "refer", "export.csv"],
        option: "--directory",
        kind: Kind::Input,
    },
    Slot {
        before: &[NOW, "who-covers"],
        option: "--overrides",
        kind: Kind::Input,
    },
    Slot {
        before: &[NOW, "triage", "export.csv"],
        option: "--input-format",
        kind: Kind::Text,
    },
    // who-covers
    Slot {
        before: &[NOW, "who-covers"],
        option: "--day",
        kind: Kind::Day,
    },
    Slot {
        before: &[NOW, "who-covers", "--day", "thu"],
        option: "--time",
        kind: Kind::Time,
    },
    Slot {
        before: &[NOW, "who-covers"],
        option: "--at",
        kind: Kind::Instant,
    },
    // triage and refer
    Slot {
        before: &[NOW, "triage"],
        option: "",
        kind: Kind::Input,
    },
    Slot {
        before: &[NOW, "triage", "export.csv"],
        option: "--columns",
        kind: Kind::Text,
    },
    Slot {
        before: &[NOW, "triage", "export.csv"],
        option: "--due-soon",
        kind: Kind::Duration,
    },
    Slot {
        before: &[NOW, "triage", "export.csv"],
        option: "--status",
        kind: Kind::Text,
    },
    Slot {
        before: &[NOW, "triage", "export.csv"],
        option: "--category",
        kind: Kind::Text,
    },
    Slot {
        before: &[NOW, "triage", "export.csv"],
        option: "--subject",
        kind: Kind::Text,
    },
    Slot {
        before: &[NOW, "triage", "export.csv"],
        option: "--library",
        kind: Kind::Text,
    },
    Slot {
        before: &[NOW, "triage", "export.csv"],
        option: "--vocabulary",
        kind: Kind::Input,
    },
    Slot {
        before: &[NOW, "triage", "export.csv"],
        option: "--model",
        kind: Kind::Input,
    },
    Slot {
        before: &[NOW, "triage", "export.csv"],
        option: "--threads",
        kind: Kind::Number,
    },
    Slot {
        before: &[NOW, "refer"],
        option: "",
        kind: Kind::Input,
    },
    Slot {
        before: &[NOW, "refer", "export.csv"],
        option: "--columns",
        kind: Kind::Text,
    },
    Slot {
        before: &[NOW, "refer", "export.csv"],
        option: "--due-soon",
        kind: Kind::Duration,
    },
    Slot {
        before: &[NOW, "refer", "export.csv"],
        option: "--status",
        kind: Kind::Text,
    },
    Slot {
        before: &[NOW, "refer", "export.csv"],
        option: "--category",
        kind: Kind::Text,
    },
    Slot {
        before: &[NOW, "refer", "export.csv"],
        option: "--subject",
        kind: Kind::Text,
    },
    Slot {
        before: &[NOW, "refer", "export.csv"],
        option: "--library",
        kind: Kind::Text,
    },
    Slot {
        before: &[NOW, "refer", "export.csv"],
        option: "--vocabulary",
        kind: Kind::Input,
    },
    Slot {
        before: &[NOW, "refer", "export.csv"],
        option: "--model",
        kind: Kind::Input,
    },
    Slot {
        before: &[NOW, "refer", "export.csv"],
        option: "--threads",
        kind: Kind::Number,
    },
    Slot {
        before: &[NOW, "refer", "export.csv"],
        option: "--explain",
        kind: Kind::Text,
    },
    // remind (a dry run where the option would otherwise send)
    Slot {
        before: &[NOW, "remind"],
        option: "--state",
        kind: Kind::Output,
    },
    Slot {
        before: &[NOW, "remind", "--state", "s.json"],
        option: "--catch-up",
        kind: Kind::Duration,
    },
    Slot {
        before: &[NOW, "remind", "--state", "s.json", "--export", "export.csv"],
        option: "--at",
        kind: Kind::Instant,
    },
    Slot {
        before: &[NOW, "remind", "--digest", "--export", "export.csv"],
        option: "--at",
        kind: Kind::Instant,
    },
    Slot {
        before: &[NOW, "remind"],
        option: "--window",
        kind: Kind::Duration,
    },
    Slot {
        before: &[NOW, "remind", "--state", "s.json"],
        option: "--export",
        kind: Kind::Input,
    },
    Slot {
        before: &[NOW, "remind", "--export", "export.csv"],
        option: "--soon",
        kind: Kind::Duration,
    },
    Slot {
        before: &[NOW, "remind", "--export", "export.csv"],
        option: "--columns",
        kind: Kind::Text,
    },
    Slot {
        before: &[NOW, "remind", "--export", "export.csv"],
        option: "--vocabulary",
        kind: Kind::Input,
    },
    Slot {
        before: &[NOW, "remind", "--export", "export.csv"],
        option: "--model",
        kind: Kind::Input,
    },
    Slot {
        before: &[NOW, "remind", "--export", "export.csv"],
        option: "--threads",
        kind: Kind::Number,
    },
    Slot {
        before: &[NOW, "remind", "--dry-run"],
        option: "--send",
        kind: Kind::Url,
    },
    Slot {
        before: &[NOW, "remind", "--dry-run", "--send", "smtp://127.0.0.1:1"],
        option: "--smtp-tls",
        kind: Kind::Text,
    },
    Slot {
        before: &[NOW, "remind", "--dry-run", "--send", "smtp://127.0.0.1:1"],
        option: "--smtp-timeout",
        kind: Kind::Duration,
    },
    Slot {
        before: &[NOW, "remind", "--dry-run", "--sendmail"],
        option: "--sendmail-command",
        kind: Kind::Text,
    },
    Slot {
        before: &[NOW, "remind", "--dry-run"],
        option: "--from",
        kind: Kind::Address,
    },
    Slot {
        before: &[NOW, "remind", "--state", "s.json"],
        option: "--lock-wait",
        kind: Kind::Duration,
    },
    // schedule
    Slot {
        before: &[NOW, "schedule", "show"],
        option: "--library",
        kind: Kind::Text,
    },
    Slot {
        before: &[NOW, "schedule", "check"],
        option: "--max-age",
        kind: Kind::Duration,
    },
    Slot {
        before: &[NOW, "schedule", "roster", "--to", "2026-12-31"],
        option: "--from",
        kind: Kind::Date,
    },
    Slot {
        before: &[NOW, "schedule", "roster", "--from", "2026-12-01"],
        option: "--to",
        kind: Kind::Date,
    },
    Slot {
        before: &[NOW, "schedule", "roster"],
        option: "--library",
        kind: Kind::Text,
    },
    Slot {
        before: &[NOW, "schedule", "export", "--to", "2026-12-31"],
        option: "--from",
        kind: Kind::Date,
    },
    Slot {
        before: &[NOW, "schedule", "export", "--from", "2026-12-01"],
        option: "--to",
        kind: Kind::Date,
    },
    Slot {
        before: &[NOW, "schedule", "export"],
        option: "--library",
        kind: Kind::Text,
    },
    Slot {
        before: &[
            NOW,
            "--overrides",
            "o.csv",
            "schedule",
            "override",
            "add",
            "--kind",
            "absent",
            "--library",
            "BCPL",
        ],
        option: "--date",
        kind: Kind::Date,
    },
    Slot {
        before: &[
            NOW,
            "--overrides",
            "o.csv",
            "schedule",
            "override",
            "add",
            "--date",
            "2026-12-07",
            "--library",
            "BCPL",
        ],
        option: "--kind",
        kind: Kind::Text,
    },
    Slot {
        before: &[
            NOW,
            "--overrides",
            "o.csv",
            "schedule",
            "override",
            "add",
            "--date",
            "2026-12-07",
            "--kind",
            "absent",
        ],
        option: "--library",
        kind: Kind::Text,
    },
    Slot {
        before: &[
            NOW,
            "--overrides",
            "o.csv",
            "schedule",
            "override",
            "add",
            "--date",
            "2026-12-07",
            "--kind",
            "absent",
            "--library",
            "BCPL",
        ],
        option: "--block",
        kind: Kind::Block,
    },
    Slot {
        before: &[
            NOW,
            "--overrides",
            "o.csv",
            "schedule",
            "override",
            "add",
            "--date",
            "2026-12-07",
            "--kind",
            "swap",
            "--library",
            "BCPL",
            "--with-date",
            "2026-12-08",
        ],
        option: "--with",
        kind: Kind::Text,
    },
    Slot {
        before: &[
            NOW,
            "--overrides",
            "o.csv",
            "schedule",
            "override",
            "add",
            "--date",
            "2026-12-07",
            "--kind",
            "swap",
            "--library",
            "BCPL",
            "--with",
            "MCPL",
        ],
        option: "--with-date",
        kind: Kind::Date,
    },
    Slot {
        before: &[
            NOW,
            "--overrides",
            "o.csv",
            "schedule",
            "override",
            "add",
            "--date",
            "2026-12-07",
            "--kind",
            "swap",
            "--library",
            "BCPL",
            "--with",
            "MCPL",
            "--with-date",
            "2026-12-08",
        ],
        option: "--with-block",
        kind: Kind::Block,
    },
    Slot {
        before: &[
            NOW,
            "--overrides",
            "o.csv",
            "schedule",
            "override",
            "add",
            "--date",
            "2026-12-07",
            "--kind",
            "closed",
            "--library",
            "BCPL",
        ],
        option: "--to",
        kind: Kind::Date,
    },
    Slot {
        before: &[
            NOW,
            "--overrides",
            "o.csv",
            "schedule",
            "override",
            "add",
            "--date",
            "2026-12-07",
            "--to",
            "2027-01-31",
            "--kind",
            "absent",
            "--library",
            "BCPL",
        ],
        option: "--weekdays",
        kind: Kind::Day,
    },
    Slot {
        before: &[
            NOW,
            "--overrides",
            "o.csv",
            "schedule",
            "override",
            "add",
            "--date",
            "2026-12-07",
            "--kind",
            "absent",
            "--library",
            "BCPL",
        ],
        option: "--reason",
        kind: Kind::Text,
    },
    Slot {
        before: &[
            NOW,
            "--overrides",
            "o.csv",
            "schedule",
            "override",
            "add",
            "--date",
            "2026-12-07",
            "--kind",
            "absent",
            "--library",
            "BCPL",
        ],
        option: "--by",
        kind: Kind::Text,
    },
    // directory, completions
    Slot {
        before: &[NOW, "directory", "show"],
        option: "--library",
        kind: Kind::Text,
    },
    Slot {
        before: &[NOW, "directory", "check"],
        option: "--max-age",
        kind: Kind::Duration,
    },
    Slot {
        before: &["completions"],
        option: "",
        kind: Kind::Text,
    },
];

/// The edge values of each kind: the largest and smallest of everything, signs, empty, junk.
fn edges(kind: Kind) -> Vec<String> {
    let mut v: Vec<&str> = match kind {
        Kind::Duration => vec![
            "999999999999d",
            "9223372036854775808s",
            "99999999999999999999999999h",
            "3650d",
            "3651d",
            "0s",
            "-1h",
            "1x",
        ],
        Kind::Instant => vec![
            "9999-12-31T23:59:59Z",
            "0000-01-01T00:00:00Z",
            "9999-12-31T23:59:59-23:59",
            "+262143-12-31T23:59:59Z",
            "12/31/9999 11:59 PM",
            "0001-01-01",
            "2024-03-10T02:30",
            "2026-02-30T10:00",
        ],
        Kind::Date => vec![
            "9999-12-31",
            "0001-01-01",
            "0000-01-01",
            "+262143-01-01",
            "2026-02-29",
            "99999-01-01",
        ],
        Kind::Day => vec!["SUNDAY", "sun*", "x"],
        Kind::Time => vec!["24:00", "12am", "12:60", "999999999999999"],
        Kind::Block => vec!["00:00-24:00", "13:00-09:00", "24:00-24:00", "9-"],
        Kind::Number => vec![
            "0",
            "257",
            "-1",
            "18446744073709551615",
            "99999999999999999999999",
        ],
        Kind::Text => vec![
            "ENOCH\u{200b} PRATT FREE LIBRARY",
            "=cmd|' /C calc'!A0",
            "a,b=c,=,",
            "\u{1b}[2J\u{7}\u{202e}",
        ],
        Kind::Input => vec!["missing.csv", "bad.csv", "empty.csv", "-", "/"],
        // (Writing through a device is a unit test of io::atomic: a state path there would
        // leave its lock file in /dev.)
        Kind::Output => vec!["sub/missing/out.json", "export.csv", "-"],
        Kind::Url => vec![
            "smtp://127.0.0.1:99999",
            "smtp://[::1",
            "smtps://",
            "smtp://:25",
            "smtp://127.0.0.1:1/x?y@z",
        ],
        Kind::Address => vec!["<>", "x <a@b.org", "a@b.org\nBcc: c@d.org"],
    };
    // Every kind also gets the empty value and a long one.
    v.push("");
    let mut out: Vec<String> = v.into_iter().map(String::from).collect();
    out.push("9".repeat(5000));
    out
}

/// Random values of a kind: well-formed ones with random numbers, and anything at all.
fn value(kind: Kind) -> BoxedStrategy<String> {
    let any_text = "\\PC{0,24}".boxed();
    let typed = match kind {
        Kind::Duration => "([0-9]{1,22}[dhms]){1,3}".boxed(),
        Kind::Instant => prop_oneof![
            "[0-9]{1,6}-[0-9]{1,2}-[0-9]{1,2}T[0-9]{1,2}:[0-9]{1,2}(:[0-9]{1,2})?(Z|[+-][0-9]{2}:[0-9]{2})?",
            "[0-9]{1,2}/[0-9]{1,2}/[0-9]{1,5} [0-9]{1,2}:[0-9]{2}( [AP]M)?",
        ]
        .boxed(),
        Kind::Date => "[+-]?[0-9]{1,6}-[0-9]{1,2}-[0-9]{1,2}".boxed(),
        Kind::Day => "[a-zA-Z*.]{0,10}".boxed(),
        Kind::Time => "[0-9]{0,4}(:[0-9]{0,3})?( ?[apAP][mM])?".boxed(),
        Kind::Block => "[0-9]{0,3}(:[0-9]{0,3})?-[0-9]{0,3}(:[0-9]{0,3})?".boxed(),
        Kind::Number => "-?[0-9]{1,25}".boxed(),
        Kind::Text => "[A-Za-z0-9 ,=/&'-]{0,20}".boxed(),
        Kind::Input => "(export|bad|empty|missing)\\.(csv|json|jsonl|tsv)".boxed(),
        Kind::Output => "[a-z]{1,8}\\.(json|csv|ics)".boxed(),
        Kind::Url => "smtps?://[a-z0-9.:\\[\\]]{0,12}".boxed(),
        Kind::Address => "[a-z<> @.]{0,16}".boxed(),
    };
    match kind {
        // Paths stay inside the scratch directory: no random absolute path is read or written.
        Kind::Input | Kind::Output | Kind::Url => typed,
        _ => prop_oneof![3 => typed, 1 => any_text].boxed(),
    }
}

fn scratch() -> Workdir {
    let wd = Workdir::new("no-panic");
    wd.create(
        "export.csv",
        std::fs::read(crate::workdir::repo_file("examples/export.csv")).unwrap(),
    );
    wd.create("bad.csv", "id,started_at,resolution\n1,\"open quote\n");
    wd.create("empty.csv", "");
    let dir = wd.run(&["directory", "show", "--format", "csv"]);
    wd.create("dir.csv", dir.ok());
    // A ledger with the example's decisions, one of them answered.
    let out = wd.run(&[
        NOW,
        "followups",
        "record",
        "export.csv",
        "--ledger",
        "ledger.jsonl",
    ]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    wd.run(&[
        NOW,
        "followups",
        "done",
        "14000101",
        "--ledger",
        "ledger.jsonl",
    ])
    .ok();
    wd
}

/// Runs one option with one value; fails on a crash or after 60 s.
fn run_one(wd: &Workdir, slot: &Slot, value: &str) -> Result<(), String> {
    let mut args: Vec<String> = slot.before.iter().map(|s| s.to_string()).collect();
    match slot.option {
        "" => args.push(value.to_string()),
        opt => args.push(format!("{opt}={value}")),
    }
    let argv: Vec<&str> = args.iter().map(String::as_str).collect();
    let mut child = wd
        .command(&argv)
        .env("RUST_BACKTRACE", "0")
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .map_err(|e| format!("{args:?}: {e}"))?;
    let started = Instant::now();
    let status = loop {
        if let Some(s) = child.try_wait().unwrap() {
            break s;
        }
        if started.elapsed() > Duration::from_secs(60) {
            child.kill().ok();
            return Err(format!("aun {args:?}: still running after 60 s"));
        }
        std::thread::sleep(Duration::from_millis(5));
    };
    let out = Run::from(child.wait_with_output().unwrap());
    let _ = status;
    if !matches!(out.code, 0..=4) || out.stderr.contains("panicked") {
        return Err(format!(
            "aun {args:?}: exit {}\n{}",
            out.code,
            &out.stderr[..out.stderr.len().min(2000)]
        ));
    }
    Ok(())
}

/// Every option that takes a value, as `--help` lists them, is in the table.
#[test]
fn the_table_names_every_option_that_takes_a_value() {
    let wd = Workdir::new("options");
    let commands: &[&[&str]] = &[
        &["who-covers"],
        &["triage"],
        &["refer"],
        &["remind"],
        &["schedule", "show"],
        &["schedule", "check"],
        &["schedule", "roster"],
        &["schedule", "export"],
        &["schedule", "override", "add"],
        &["schedule", "override", "list"],
        &["directory", "show"],
        &["directory", "check"],
        &["completions"],
        &["man"],
        &["followups", "record"],
        &["followups", "update"],
        &["followups", "done"],
        &["followups", "list"],
        &["report"],
        &["directory", "verify"],
    ];
    let mut missing = Vec::new();
    for cmd in commands {
        let mut args = cmd.to_vec();
        args.push("--help");
        let help = wd.run(&args).ok().to_string();
        for line in help.lines() {
            let t = line.trim_start();
            let t = t.strip_prefix("-o, ").unwrap_or(t);
            let Some(rest) = t.strip_prefix("--") else {
                continue;
            };
            let Some((name, after)) = rest.split_once(' ') else {
                continue;
            };
            if !after.starts_with('<') {
                continue;
            }
            let option = format!("--{name}");
            let listed = SLOTS.iter().any(|s| {
                s.option == option
                    && (s.before.windows(cmd.len()).any(|w| w == *cmd) || is_global(&option))
            });
            if !listed {
                missing.push(format!("{} {option}", cmd.join(" ")));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "options missing from SLOTS: {missing:?}"
    );
}

fn is_global(option: &str) -> bool {
    matches!(
        option,
        "--format"
            | "--color"
            | "--output"
            | "--now"
            | "--tz"
            | "--schedule"
            | "--directory"
            | "--overrides"
            | "--input-format"
    )
}

/// Every option with every edge value of its kind.
#[test]
fn no_option_crashes_on_its_edge_values() {
    let jobs: Vec<(usize, String)> = SLOTS
        .iter()
        .enumerate()
        .flat_map(|(i, s)| edges(s.kind).into_iter().map(move |v| (i, v)))
        .collect();
    let total = jobs.len();
    let jobs = std::sync::Mutex::new(jobs);
    let failures = std::sync::Mutex::new(Vec::new());
    std::thread::scope(|scope| {
        for _ in 0..4 {
            scope.spawn(|| {
                let wd = scratch();
                loop {
                    let Some((i, v)) = jobs.lock().unwrap().pop() else {
                        break;
                    };
                    if let Err(e) = run_one(&wd, &SLOTS[i], &v) {
                        failures.lock().unwrap().push(e);
                    }
                }
            });
        }
    });
    let failures = failures.into_inner().unwrap();
    assert!(
        failures.is_empty(),
        "{} of {total} runs crashed:\n{}",
        failures.len(),
        failures.join("\n\n")
    );
    eprintln!("no-panic sweep: {} options, {total} runs", SLOTS.len());
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

    /// Any option, any value of its kind (or any text at all).
    #[test]
    fn no_option_crashes_on_any_value(
        (i, v) in (0..SLOTS.len()).prop_flat_map(|i| (Just(i), value(SLOTS[i].kind)))
    ) {
        thread_local! {
            static WD: Workdir = scratch();
        }
        let r = WD.with(|wd| run_one(wd, &SLOTS[i], &v));
        prop_assert!(r.is_ok(), "{}", r.unwrap_err());
    }
}

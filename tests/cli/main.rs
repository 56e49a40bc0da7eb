//! Integration tests: run the `aun` binary in a scratch directory and check stdout, stderr and the
//! exit code. One test binary, one module per subcommand.

mod workdir;

mod agreement;
mod bad_input;
mod determinism;
mod differential;
mod docs;
mod export_styles;
mod files;
mod guide;
mod hardening;
mod learning;
mod no_panic;
mod properties;

mod followups;
mod pages;
mod refer;
mod remind;
mod roster;
mod scenario;
mod schedule;
mod triage;
mod who_covers;

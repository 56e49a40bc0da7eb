//! `aun triage`.

use super::{Ctx, Exit};
use anyhow::Result;
use clap::Args;

pub const EXAMPLES: &str = "Examples:\n  aun triage --help";

#[derive(Debug, Args)]
pub struct TriageArgs {}

pub fn run(_args: TriageArgs, _ctx: &Ctx) -> Result<Exit> {
    anyhow::bail!("`aun triage` is not built yet")
}

//! `aun refer`.

use super::{Ctx, Exit};
use anyhow::Result;
use clap::Args;

pub const EXAMPLES: &str = "Examples:\n  aun refer --help";

#[derive(Debug, Args)]
pub struct ReferArgs {}

pub fn run(_args: ReferArgs, _ctx: &Ctx) -> Result<Exit> {
    anyhow::bail!("`aun refer` is not built yet")
}

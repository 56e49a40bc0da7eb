//! `aun remind`.

use super::{Ctx, Exit};
use anyhow::Result;
use clap::Args;

pub const EXAMPLES: &str = "Examples:\n  aun remind --help";

#[derive(Debug, Args)]
pub struct RemindArgs {}

pub fn run(_args: RemindArgs, _ctx: &Ctx) -> Result<Exit> {
    anyhow::bail!("`aun remind` is not built yet")
}

//! The export to the national centre. (Being built.)

use crate::cli::ExportArgs;
use crate::context::Context;
use anyhow::Result;

/// Runs `review export`.
pub fn run(_ctx: &mut Context, _args: &ExportArgs) -> Result<()> {
    anyhow::bail!("export is not built yet")
}

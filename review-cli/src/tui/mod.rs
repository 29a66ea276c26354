//! The full-screen interface (ratatui). (Being built.)

use crate::context::Context;
use anyhow::Result;

/// Opens the full-screen tool.
pub fn run(_ctx: Context) -> Result<()> {
    anyhow::bail!("the full-screen interface is not built yet; use `review list` and `review show`")
}

//! The script subcommands, one module each. Each prints a table for people or
//! JSON with `--json`.

pub mod alerts;
pub mod audit;
pub mod backup;
pub mod contact;
pub mod encrypt;
pub mod erase;
pub mod list;
pub mod mark;
pub mod migrate;
pub mod networks;
pub mod note;
pub mod orgs;
pub mod pg_backup;
pub mod restore;
pub mod show;
pub mod stats;
pub mod teamwork;
pub mod watch;

/// Writes `value` as pretty JSON and a newline (what `--json` prints).
pub fn print_json(
    out: &mut dyn std::io::Write,
    value: &impl serde::Serialize,
) -> anyhow::Result<()> {
    serde_json::to_writer_pretty(&mut *out, value)?;
    writeln!(out)?;
    Ok(())
}

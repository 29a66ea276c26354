//! The script subcommands, one module each. Each prints a table for people or
//! JSON with `--json`.

pub mod list;
pub mod show;

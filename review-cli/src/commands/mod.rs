//! The script subcommands, one module each. Each prints a table for people or
//! JSON with `--json`.

pub mod alerts;
pub mod audit;
pub mod backup;
pub mod list;
pub mod mark;
pub mod note;
pub mod restore;
pub mod show;
pub mod stats;
pub mod watch;

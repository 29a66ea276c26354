//! The review tool for outreach staff: the full-screen queue, the script
//! subcommands and the exports to the national centre.
//!
//! # Layout
//! - [`cli`]: the command-line contract (clap).
//! - [`context`]: opening the database, resolving the reviewer, parsing filters.
//! - [`commands`]: one module per script subcommand.
//! - [`tui`]: the full-screen interface (ratatui).
//! - [`export`]: the export document, its schema, privacy modes and encryption.

pub mod cli;
pub mod commands;
pub mod context;
pub mod export;
pub mod tui;

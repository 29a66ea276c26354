//! The review tool for outreach staff: the full-screen queue, the script
//! subcommands and the exports to the national centre.
//!
//! # Layout
//! - [`cli`]: the command-line contract (clap).
//! - [`context`]: opening the database, resolving the reviewer, parsing filters.
//! - [`commands`]: one module per script subcommand.
//! - [`tui`]: the full-screen interface (ratatui).
//! - [`export`]: the export document, its schema, privacy modes and encryption.
//! - [`i18n`]: the tool's words in Danish, English, Swedish and Norwegian (Fluent).
//! - [`templates`]: the organisation's outreach message templates.

pub mod cli;
pub mod commands;
pub mod context;
pub mod export;
pub mod filters;
pub mod i18n;
pub mod templates;
pub mod tui;

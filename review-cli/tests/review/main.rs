//! Tests of the review tool, compiled as one test binary: the script
//! subcommands, the exports and their retention rules, the paged queue,
//! concurrency with a writer, the full-screen interface's actions and
//! screens, and one end-to-end run in tmux.

mod commands;
mod concurrency;
mod e2e;
mod encryption;
mod erasure;
mod export;
mod export_retention;
mod messages;
mod networks;
mod pg;
mod pg_erasure;
mod pg_migrate;
mod pipe;
mod screens;
mod support;
mod teamwork;
mod trends_alerts;
mod tui_keys;

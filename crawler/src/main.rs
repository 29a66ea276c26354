//! `crawler`: the crawler binary. Parses arguments and hands over to
//! [`crawler::cli::run`], which documents the exit codes.

use clap::Parser;
use std::process::ExitCode;

fn main() -> ExitCode {
    crawler::cli::run(crawler::cli::Cli::parse())
}

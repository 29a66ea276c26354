//! `crawler`: the crawler binary. Parses arguments and wires the library
//! together; exit codes: 0 success, 1 failure, 2 usage (clap), 3 finished
//! with some items skipped (bad import lines, failed pages).

use anyhow::Result;
use clap::Parser;
use crawler::cli::{Cli, Command};
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = Cli::parse();
    crawler::logging::init(cli.log_json, cli.verbose);
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
    {
        Ok(r) => r,
        Err(e) => {
            eprintln!("crawler: error: cannot start the runtime: {e}");
            return ExitCode::FAILURE;
        }
    };
    let result: Result<ExitCode> = runtime.block_on(async move {
        match &cli.command {
            Command::Demo(a) => crawler::commands::demo(&cli, a).await,
            Command::Crawl(a) => crawler::commands::crawl(&cli, a).await,
            Command::Daemon(a) => crawler::commands::daemon(&cli, a).await,
            Command::Import(a) => crawler::commands::import(&cli, a),
            Command::Analyze(a) => crawler::commands::analyze(&cli, a),
            Command::Explain(a) => crawler::commands::explain(&cli, a).await,
            Command::Check(a) => crawler::commands::check(&cli, a).await,
            Command::Purge(a) => crawler::commands::purge(&cli, a),
        }
    });
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("crawler: error: {e:#}");
            ExitCode::FAILURE
        }
    }
}

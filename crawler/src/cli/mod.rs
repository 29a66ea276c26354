//! The `crawler` command line: its arguments ([`args`]) and [`run`], the
//! whole binary behind both `crawler/src/main.rs` and the reliability
//! helper, so the two cannot drift apart.
//!
//! Exit codes: 0 success, 1 failure, 2 usage (clap), 3 finished with some
//! items skipped (bad import lines, failed pages). A closed standard output
//! (`crawler … | head`) ends the command quietly with 0.

pub mod args;

pub use args::*;

use std::process::ExitCode;

/// Runs the parsed command line: starts logging and the runtime, runs the
/// command and maps its failure to an exit code and a message on stderr.
pub fn run(cli: Cli) -> ExitCode {
    crate::logging::init(cli.log_json, cli.verbose);
    // The commands without network work run on this thread, outside the
    // async runtime: the PostgreSQL store's synchronous client runs its own
    // runtime and must not be called from inside another.
    let sync: Option<anyhow::Result<ExitCode>> = match &cli.command {
        Command::Import(a) => Some(crate::commands::import(&cli, a)),
        Command::Analyze(a) => Some(crate::commands::analyze(&cli, a)),
        Command::Purge(a) => Some(crate::commands::purge(&cli, a)),
        _ => None,
    };
    if let Some(result) = sync {
        return finish(result);
    }
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
    let result: anyhow::Result<ExitCode> = runtime.block_on(async {
        match &cli.command {
            #[cfg(feature = "demo")]
            Command::Demo(a) => crate::demo::command(&cli, a).await,
            Command::Crawl(a) => crate::commands::crawl(&cli, a).await,
            Command::Daemon(a) => crate::commands::daemon(&cli, a).await,
            Command::Explain(a) => crate::commands::explain(&cli, a).await,
            Command::Check(a) => crate::commands::check(&cli, a).await,
            Command::Import(_) | Command::Analyze(_) | Command::Purge(_) => {
                unreachable!("run above, outside the runtime")
            }
        }
    });
    finish(result)
}

/// Maps a command's result to its exit code, printing a failure.
fn finish(result: anyhow::Result<ExitCode>) -> ExitCode {
    match result {
        Ok(code) => code,
        Err(e) if is_broken_pipe(&e) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("crawler: error: {e:#}");
            ExitCode::FAILURE
        }
    }
}

/// Whether `e` is standard output closed by its reader, written directly or
/// through serde_json (whose error hides the `io::Error` from the chain).
fn is_broken_pipe(e: &anyhow::Error) -> bool {
    use std::io::ErrorKind::BrokenPipe;
    e.chain().any(|c| {
        c.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == BrokenPipe)
            || c.downcast_ref::<serde_json::Error>()
                .is_some_and(|j| j.io_error_kind() == Some(BrokenPipe))
    })
}

/// `println!` that returns the write's `io::Result` instead of panicking
/// when standard output is closed (`crawler … | head`).
#[macro_export]
macro_rules! outln {
    ($($arg:tt)*) => {{
        use ::std::io::Write as _;
        ::std::writeln!(::std::io::stdout().lock(), $($arg)*)
    }};
}

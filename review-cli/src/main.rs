//! `review`: the review tool binary. Parses arguments, opens the store and
//! hands over to the library; maps failures to exit codes (1: error,
//! 2: usage, handled by clap) and treats a closed pipe as success.

use clap::FromArgMatches;
use review_cli::cli::{Cli, Command};
use review_cli::context::Context;
use review_cli::i18n::{self, Tr};
use review_cli::{commands, export, tui};
use std::io::Write;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().collect();
    let flag = i18n::lang_arg(&args);
    let lang = match i18n::choose(flag.as_deref(), |v| std::env::var(v).ok()) {
        Ok(l) => l,
        Err(e) => {
            eprintln!("review: {e}");
            return ExitCode::from(2);
        }
    };
    let tr = Tr::new(lang);
    let matches = review_cli::cli::localized_command(&tr).get_matches_from(&args);
    let cli = match Cli::from_arg_matches(&matches) {
        Ok(c) => c,
        Err(e) => e.exit(),
    };
    let notice = tr.clone();
    store::cipher::set_plain_notice_hook(move |db| {
        eprintln!(
            "{}",
            notice.f(
                "note-store-plain",
                &[("db", i18n::text(db.display().to_string()))]
            )
        );
    });
    match run(cli, tr.clone()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            if is_broken_pipe(&e) {
                return ExitCode::SUCCESS;
            }
            eprintln!(
                "review: {}: {}",
                tr.t("error-prefix"),
                i18n::error_text(&tr, &e)
            );
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

fn run(cli: Cli, tr: Tr) -> anyhow::Result<()> {
    let config = crawler::config::Config::load(cli.config.as_deref())?;
    let db = cli
        .db
        .clone()
        .unwrap_or_else(|| std::path::PathBuf::from(review_cli::context::DEFAULT_DB));
    if let Some(Command::Encrypt(a)) = &cli.command {
        // Encrypt opens the plain file itself, with no key installed.
        let reviewer = review_cli::context::resolve_reviewer(cli.reviewer.clone());
        let key_file = cli.db_key_file.as_deref().or(config.key_file.as_deref());
        let mut out = std::io::stdout().lock();
        return commands::encrypt::run(&tr, &db, &reviewer, a, key_file, &mut out);
    }
    if let Some(Command::Migrate(a)) = &cli.command {
        // Migrate opens --from (with its key, found as for --db) and --to itself.
        let from = commands::migrate::source_path(&tr, &a.from)?;
        crawler::dbkey::install(
            cli.db_key_file.as_deref(),
            config.key_file.as_deref(),
            &from,
        )?;
        let reviewer = review_cli::context::resolve_reviewer(cli.reviewer.clone());
        let mut out = std::io::stdout().lock();
        return commands::migrate::run(&tr, &reviewer, a, &mut out);
    }
    if let store::Location::Postgres(url) = store::Location::from_path(&db)? {
        // On PostgreSQL, backup and restore use pg_dump and pg_restore.
        let reviewer = review_cli::context::resolve_reviewer(cli.reviewer.clone());
        let mut out = std::io::stdout().lock();
        match &cli.command {
            Some(Command::Backup(a)) => {
                return commands::pg_backup::backup(&tr, &url, &reviewer, a, &mut out)
            }
            Some(Command::Restore(a)) => {
                return commands::pg_backup::restore(&tr, &url, &reviewer, a, &mut out)
            }
            _ => {}
        }
    }
    crawler::dbkey::install(cli.db_key_file.as_deref(), config.key_file.as_deref(), &db)?;
    if let Some(Command::Restore(a)) = &cli.command {
        // Restore runs before a database is opened: --db may not exist yet.
        let mut out = std::io::stdout().lock();
        return commands::restore::run(&tr, cli.db, cli.reviewer, a, &mut out);
    }
    let templates = cli.templates;
    let mut ctx = Context::open_in(&tr, cli.db, cli.reviewer)?;
    if let Some(m) = cli.idle_lock.or(config.idle_lock_minutes) {
        ctx.idle_lock = review_cli::tui::idle::IdleLock::from_minutes(m);
    }
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    match cli.command {
        None => return tui::run(ctx, templates.as_deref()),
        Some(Command::List(a)) => commands::list::run(&ctx, &a, &mut out)?,
        Some(Command::Show(a)) => commands::show::run(&ctx, &a, &mut out)?,
        Some(Command::Networks(a)) => commands::networks::run(&ctx, &a, &mut out)?,
        Some(Command::Mark(a)) => commands::mark::run(&mut ctx, &a, &mut out)?,
        Some(Command::Note(a)) => commands::note::run(&mut ctx, &a, &mut out)?,
        Some(Command::Watch(a)) => commands::watch::run(&mut ctx, &a, &mut out)?,
        Some(Command::Alerts(a)) => commands::alerts::run(&mut ctx, &a, &mut out)?,
        Some(Command::Stats(a)) => commands::stats::run(&ctx, &a, &mut out)?,
        Some(Command::Export(a)) => export::run(&mut ctx, &a)?,
        Some(Command::Audit(a)) => commands::audit::run(&ctx, &a, &mut out)?,
        Some(Command::Backup(a)) => commands::backup::run(&mut ctx, &a, &mut out)?,
        Some(Command::Assign(a)) => commands::teamwork::assign(&mut ctx, &a, &mut out)?,
        Some(Command::Remind(a)) => commands::teamwork::remind(&mut ctx, &a, &mut out)?,
        Some(Command::Due(a)) => commands::teamwork::due(&ctx, &a, &mut out)?,
        Some(Command::Contact(a)) => commands::contact::run(&mut ctx, &a, &mut out)?,
        Some(Command::DoNotContact(a)) => commands::contact::dnc(&mut ctx, &a, &mut out)?,
        Some(Command::Erase(a)) => commands::erase::run(&mut ctx, &a, &mut out)?,
        Some(Command::Subject(a)) => commands::erase::subject(&ctx, &a, &mut out)?,
        Some(Command::Orgs(a)) => commands::orgs::run(&mut ctx, &a, &mut out)?,
        Some(other) => anyhow::bail!(
            "{}",
            ctx.tr.f(
                "err-not-built",
                &[("command", i18n::text(format!("{other:?}")))]
            )
        ),
    }
    out.flush()?;
    Ok(())
}

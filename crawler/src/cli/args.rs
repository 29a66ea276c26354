//! The arguments of `crawler` (clap): the commands of DESIGN.md.

use clap::{Args, Parser, Subcommand};
use std::path::PathBuf;

/// adscreen's crawler: polite, scheduled crawling of public ad sites, import
/// of ads gathered elsewhere, and the analysis that flags ads for outreach.
#[derive(Debug, Parser)]
#[command(name = "crawler", version, about, long_about)]
pub struct Cli {
    /// Configuration file (TOML: db, profiles, contact, rules, retention).
    #[arg(long, global = true, env = "ADSCREEN_CONFIG")]
    pub config: Option<PathBuf>,
    /// Database: a SQLite file (PATH or sqlite:PATH) or a PostgreSQL URL
    /// (postgres://user@host[:port]/dbname[?sslmode=require]; the password
    /// from the URL or $PGPASSWORD). `import` and `analyze` work on
    /// PostgreSQL; the other commands need SQLite for now. Default:
    /// $ADSCREEN_DB, the config's `db`, or ./adscreen.db.
    #[arg(long, global = true, env = "ADSCREEN_DB")]
    pub db: Option<PathBuf>,
    /// Key file of an encrypted database: 64 hex digits (a raw key) or a
    /// passphrase (default: $ADSCREEN_DB_KEY_FILE, the config's `key_file`;
    /// an encrypted database without either asks for the passphrase on a terminal).
    #[arg(long, global = true, env = "ADSCREEN_DB_KEY_FILE", alias = "key-file")]
    pub db_key_file: Option<PathBuf>,
    /// Rules file with indicator weights (default: the built-in rules).
    #[arg(long, global = true)]
    pub rules: Option<PathBuf>,
    /// Log as JSON lines on stderr.
    #[arg(long, global = true)]
    pub log_json: bool,
    /// More log output (-v info, -vv debug).
    #[arg(short, long, global = true, action = clap::ArgAction::Count)]
    pub verbose: u8,
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// Commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Serve the bundled synthetic sites on loopback, crawl, analyse and summarise (offline).
    #[cfg(feature = "demo")]
    Demo(DemoArgs),
    /// One crawl pass of the configured sites, then analysis; exits when done.
    Crawl(CrawlArgs),
    /// Crawl every site on its schedule until stopped (SIGINT/SIGTERM), analyse and link
    /// after each pass, purge daily. On PostgreSQL several daemons share one store (host
    /// leases); only a daemon running as the store's owner purges, others log that they skip it.
    Daemon(DaemonArgs),
    /// Store and analyse ads from a JSON Lines file (see docs/ad-input.schema.json).
    Import(ImportArgs),
    /// Re-run the analysis over the store (after a rules change).
    Analyze(AnalyzeArgs),
    /// Say whether a URL would be fetched, and why.
    Explain(ExplainArgs),
    /// Validate site profiles; with --page, print what every selector extracts.
    Check(CheckArgs),
    /// Delete ads past the retention period (reviewed open cases are kept).
    Purge(PurgeArgs),
}

/// `crawler demo`.
#[cfg(feature = "demo")]
#[derive(Debug, Args)]
pub struct DemoArgs {
    /// Number of top flagged ads and networks to print.
    #[arg(long, default_value_t = 5)]
    pub top: usize,
}

/// Where profiles come from.
#[derive(Debug, Args)]
pub struct ProfileArgs {
    /// Profiles folder (default: the config's `profiles`, or ./profiles).
    #[arg(long)]
    pub profiles: Option<PathBuf>,
    /// Only this site (profile `name`).
    #[arg(long)]
    pub site: Option<String>,
    /// Contact address for the User-Agent (default: the config's `contact`).
    #[arg(long)]
    pub contact: Option<String>,
    /// This worker's name for frontier claims and host leases, unique per
    /// worker (default: `$ADSCREEN_WORKER`, else the machine's name; on
    /// PostgreSQL the machine's name and the process id).
    #[arg(long, value_name = "NAME")]
    pub worker: Option<String>,
    /// How long a host lease lasts unless renewed, in seconds (default
    /// 120): a killed worker's sites are taken up by another worker after it.
    #[arg(long, value_name = "SECS")]
    pub host_lease: Option<u64>,
}

/// `crawler crawl`.
#[derive(Debug, Args)]
pub struct CrawlArgs {
    /// Profiles.
    #[command(flatten)]
    pub profiles: ProfileArgs,
}

/// `crawler daemon`.
#[derive(Debug, Args)]
pub struct DaemonArgs {
    /// Profiles.
    #[command(flatten)]
    pub profiles: ProfileArgs,
}

/// `crawler import`.
#[derive(Debug, Args)]
pub struct ImportArgs {
    /// The JSON Lines file (`-` for standard input).
    pub file: PathBuf,
    /// Region for numbers written without a country code.
    #[arg(long, default_value = "DK")]
    pub default_region: String,
    /// Store only; do not analyse (run `crawler analyze` later).
    #[arg(long)]
    pub no_analyze: bool,
}

/// `crawler analyze`.
#[derive(Debug, Args)]
pub struct AnalyzeArgs {
    /// Profiles folder, for per-site language lists and site numbers.
    #[arg(long)]
    pub profiles: Option<PathBuf>,
    /// Re-link from scratch: forget the stored text fingerprints and make
    /// them again from every ad's text (after a change to the linking rules
    /// or an upgrade; a normal run fingerprints only new and changed ads).
    #[arg(long)]
    pub relink: bool,
}

/// `crawler explain`.
#[derive(Debug, Args)]
pub struct ExplainArgs {
    /// The URL.
    pub url: String,
    /// Use this robots.txt file instead of fetching the site's.
    #[arg(long)]
    pub robots: Option<PathBuf>,
    /// User-Agent to decide for (default: adscreen's).
    #[arg(long)]
    pub user_agent: Option<String>,
    /// Profiles folder, for the profile rules (site, query parameters, URL length).
    #[arg(long)]
    pub profiles: Option<PathBuf>,
}

/// `crawler check`.
#[derive(Debug, Args)]
pub struct CheckArgs {
    /// A profile file or folder (default: the profiles folder).
    pub profile: Option<PathBuf>,
    /// A saved page (file) or URL to run the selectors on.
    #[arg(long)]
    pub page: Option<String>,
}

/// `crawler purge`.
#[derive(Debug, Args)]
pub struct PurgeArgs {
    /// Show what would be purged without deleting.
    #[arg(long)]
    pub dry_run: bool,
    /// Retention period (default: the config's, or 180d).
    #[arg(long)]
    pub retention: Option<String>,
}

//! Command-line arguments of `review` (clap). The contract of DESIGN.md:
//! `review [--db PATH] [--reviewer NAME]` opens the full-screen tool;
//! subcommands give the same for scripts, each with `--json` where it prints data.

use crate::i18n::Tr;
use clap::{Args, CommandFactory, Parser, Subcommand};
use std::path::PathBuf;

/// The review tool for outreach staff.
///
/// With no subcommand, opens the full-screen queue of ads and networks,
/// ordered by priority. Every status change and note is recorded with your
/// name and the time.
#[derive(Debug, Parser)]
#[command(name = "review", version, about, long_about)]
pub struct Cli {
    /// Database file: PATH or sqlite:PATH (default: $ADSCREEN_DB, or ./adscreen.db). A postgres:// URL works for `review backup` and `review restore` (pg_dump, pg_restore); the other `review` commands on PostgreSQL are not there yet.
    #[arg(long, global = true, env = "ADSCREEN_DB")]
    pub db: Option<PathBuf>,
    /// Your name, recorded with every decision (default: $ADSCREEN_REVIEWER or the OS user).
    #[arg(long, global = true, env = "ADSCREEN_REVIEWER")]
    pub reviewer: Option<String>,
    /// Language of the tool: en, da, sv or nb (default: $ADSCREEN_LANG, then the locale, then English).
    #[arg(long, global = true)]
    pub lang: Option<String>,
    /// Folder of outreach message templates, LABEL.LANG.txt (default:
    /// $ADSCREEN_TEMPLATES); `t` in the full-screen tool uses them.
    #[arg(long, global = true, env = "ADSCREEN_TEMPLATES")]
    pub templates: Option<PathBuf>,
    /// Key file of an encrypted database: 64 hex digits or a passphrase (default:
    /// $ADSCREEN_DB_KEY_FILE, then the config's `key_file`; without one, an encrypted
    /// database asks for its passphrase on a terminal).
    #[arg(long, global = true, env = "ADSCREEN_DB_KEY_FILE")]
    pub db_key_file: Option<PathBuf>,
    /// Configuration file shared with the crawler (TOML; review reads `key_file` and
    /// `idle_lock_minutes`; default: $ADSCREEN_CONFIG).
    #[arg(long, global = true, env = "ADSCREEN_CONFIG")]
    pub config: Option<PathBuf>,
    /// Minutes without a key press before the full-screen tool hides ad text and
    /// numbers until a key is pressed (default: the config's idle_lock_minutes, or 10; 0: off).
    #[arg(long, global = true, value_name = "MINUTES")]
    pub idle_lock: Option<u64>,
    /// What to do (omit to open the full-screen tool).
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// Subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// List ads in priority order, with filters.
    List(ListArgs),
    /// Show everything about one ad: text with evidence, phones, images, links, history.
    Show(ShowArgs),
    /// List possible networks in priority order (size, strongest indicators, recent activity).
    Networks(NetworksArgs),
    /// Set the status of an ad (or a network with --network).
    Mark(MarkArgs),
    /// Add a note to an ad (or a network with --network).
    Note(NoteArgs),
    /// Follow (or with --off, unfollow) a network id or a phone number.
    Watch(WatchArgs),
    /// New ads that joined followed networks or numbers since your last look.
    Alerts(AlertsArgs),
    /// Trends: ads, flags and networks per week, site, city, language and indicator.
    Stats(StatsArgs),
    /// The audit log: exports, status changes, notes, purges, backups.
    Audit(AuditArgs),
    /// Export selected cases as JSON for the national centre (CMM).
    Export(ExportArgs),
    /// Copy the live database to FILE with SQLite's online backup (pg_dump for a postgres:// --db).
    Backup(BackupArgs),
    /// Give an ad (or a network with --network) to a reviewer.
    Assign(AssignArgs),
    /// Set a follow-up date on an ad (or a network with --network).
    Remind(RemindArgs),
    /// Follow-ups due today (or by --date), earliest first.
    Due(DueArgs),
    /// Record a contact attempt to the number of an ad (kept per number).
    Contact(ContactArgs),
    /// Show, add to or (with --off) take a number off the do-not-contact list.
    DoNotContact(DncArgs),
    /// Check a backup FILE and restore it to --db (refuses to overwrite without --yes).
    Restore(RestoreArgs),
    /// Erase everything held about a phone number, an ad or a network (GDPR Art. 17).
    /// On PostgreSQL: as the store's owner only.
    Erase(EraseArgs),
    /// Everything held about a phone number, for an access request (GDPR Art. 15).
    /// On PostgreSQL: as the store's owner only.
    Subject(SubjectArgs),
    /// Encrypt a plain database in place (a checked encrypted copy, then a rename).
    Encrypt(EncryptArgs),
    /// Organisations and their reviewers on a shared PostgreSQL store: list, add, register a role.
    Orgs(OrgsArgs),
    /// Copy a whole SQLite store into a PostgreSQL database, checking every table's row count.
    Migrate(MigrateArgs),
}

/// Filters shared by `list`, the full-screen queue and `export`.
#[derive(Debug, Clone, Default, Args)]
pub struct FilterArgs {
    /// Only this site.
    #[arg(long)]
    pub site: Option<String>,
    /// Only this city.
    #[arg(long)]
    pub city: Option<String>,
    /// Only this language (ISO 639-1, e.g. da, en, ro).
    #[arg(long)]
    pub language: Option<String>,
    /// Only ads where this indicator fired (e.g. third_person).
    #[arg(long)]
    pub indicator: Option<String>,
    /// Only this review status (new, needs_outreach, contacted, referred, dismissed, independent, agency, spam_or_scam, duplicate).
    #[arg(long)]
    pub status: Option<String>,
    /// Only this network.
    #[arg(long)]
    pub network: Option<i64>,
    /// Only ads seen on or after this date (YYYY-MM-DD or RFC 3339).
    #[arg(long)]
    pub since: Option<String>,
    /// Only ads first seen on or before this date.
    #[arg(long)]
    pub until: Option<String>,
    /// Only ads with at least this score.
    #[arg(long)]
    pub min_score: Option<f64>,
    /// Only ads whose title or text has, for each of these words, a word
    /// beginning with it, in any case (`garden` finds "Gardens").
    #[arg(long)]
    pub search: Option<String>,
    /// Include ads marked removed from their site.
    #[arg(long)]
    pub include_removed: bool,
}

/// `review list`.
#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only ads assigned to this reviewer ("my cases").
    #[arg(long)]
    pub assignee: Option<String>,
    /// Filters.
    #[command(flatten)]
    pub filter: FilterArgs,
    /// At most this many rows.
    #[arg(long, default_value_t = 50)]
    pub limit: usize,
    /// Skip this many rows first (for paging through a large queue).
    #[arg(long, default_value_t = 0)]
    pub offset: usize,
    /// Print JSON instead of a table.
    #[arg(long)]
    pub json: bool,
}

/// `review networks`.
#[derive(Debug, Args)]
pub struct NetworksArgs {
    /// Only networks assigned to this reviewer ("my cases").
    #[arg(long)]
    pub assignee: Option<String>,
    /// Only networks with this review status.
    #[arg(long)]
    pub status: Option<String>,
    /// At most this many rows.
    #[arg(long, default_value_t = 50)]
    pub limit: usize,
    /// Skip this many rows first.
    #[arg(long, default_value_t = 0)]
    pub offset: usize,
    /// Print JSON instead of a table.
    #[arg(long)]
    pub json: bool,
}

/// `review show ID`.
#[derive(Debug, Args)]
pub struct ShowArgs {
    /// Ad id (or network id with --network).
    pub id: i64,
    /// Show a network instead of an ad.
    #[arg(long)]
    pub network: bool,
    /// Print JSON.
    #[arg(long)]
    pub json: bool,
}

/// `review mark ID STATUS`.
#[derive(Debug, Args)]
pub struct MarkArgs {
    /// Ad id (or network id with --network).
    pub id: i64,
    /// new, needs_outreach, contacted, referred, dismissed, independent, agency, spam_or_scam or duplicate.
    pub status: String,
    /// A note to record with the change.
    #[arg(long)]
    pub note: Option<String>,
    /// Mark a network instead of an ad.
    #[arg(long)]
    pub network: bool,
    /// Print JSON.
    #[arg(long)]
    pub json: bool,
}

/// `review note ID TEXT`.
#[derive(Debug, Args)]
pub struct NoteArgs {
    /// Ad id (or network id with --network).
    pub id: i64,
    /// The note.
    pub text: String,
    /// Note on a network instead of an ad.
    #[arg(long)]
    pub network: bool,
    /// Print JSON.
    #[arg(long)]
    pub json: bool,
}

/// `review watch NETWORK|PHONE`.
#[derive(Debug, Args)]
pub struct WatchArgs {
    /// A network id (digits) or a phone number (+CC...).
    pub target: Option<String>,
    /// Stop following it.
    #[arg(long)]
    pub off: bool,
    /// Print JSON (lists what you follow when no target is given).
    #[arg(long)]
    pub json: bool,
}

/// `review alerts`.
#[derive(Debug, Args)]
pub struct AlertsArgs {
    /// Do not move your "last look" forward.
    #[arg(long)]
    pub peek: bool,
    /// Print JSON.
    #[arg(long)]
    pub json: bool,
}

/// `review stats`.
#[derive(Debug, Args)]
pub struct StatsArgs {
    /// Filters.
    #[command(flatten)]
    pub filter: FilterArgs,
    /// Number of weeks to show.
    #[arg(long, default_value_t = 12)]
    pub weeks: usize,
    /// Print JSON.
    #[arg(long)]
    pub json: bool,
    /// Count every ad again instead of reading the kept counts (a check;
    /// slow on a large store).
    #[arg(long)]
    pub recount: bool,
}

/// `review audit`.
#[derive(Debug, Args)]
pub struct AuditArgs {
    /// Only this action (export, review.status, review.note, purge, backup, ...).
    #[arg(long)]
    pub action: Option<String>,
    /// At most this many entries (newest first).
    #[arg(long, default_value_t = 100)]
    pub limit: usize,
    /// Print JSON.
    #[arg(long)]
    pub json: bool,
}

/// `review orgs`: organisations on a shared PostgreSQL store.
#[derive(Debug, Args)]
pub struct OrgsArgs {
    /// What to do (with none: list the organisations and their reviewers).
    #[command(subcommand)]
    pub action: Option<OrgsAction>,
    /// Print JSON.
    #[arg(long)]
    pub json: bool,
}

/// What `review orgs` does.
#[derive(Debug, Subcommand)]
pub enum OrgsAction {
    /// Add an organisation (e.g. cmm, reden, amiami, hopenow). Needs the store's owner.
    Add {
        /// Short name: letters, digits, `_`, `-`, `.`.
        name: String,
        /// Display name, e.g. "Reden International".
        #[arg(long)]
        title: Option<String>,
    },
    /// Register a database role (made with CREATE ROLE) as a reviewer of an
    /// organisation, with the rights a reviewer needs. Needs the store's owner.
    Reviewer {
        /// The database role.
        role: String,
        /// Its organisation.
        #[arg(long)]
        org: String,
    },
}

/// `review export`.
#[derive(Debug, Args)]
pub struct ExportArgs {
    /// Filters (default selection: status referred).
    #[command(flatten)]
    pub filter: FilterArgs,
    /// Explicit ad ids (comma-separated).
    #[arg(long, value_delimiter = ',')]
    pub ids: Vec<i64>,
    /// Export every ad with its analysis (research and evaluation).
    #[arg(long)]
    pub all: bool,
    /// Only counts and trends: no URLs, texts, names, numbers or images.
    #[arg(long)]
    pub aggregate: bool,
    /// Replace phone numbers and poster ids with a keyed hash (key: $ADSCREEN_PSEUDONYM_KEY or --key-file).
    #[arg(long, alias = "pseudonymize")]
    pub pseudonymise: bool,
    /// File holding the pseudonymisation key (at least 16 bytes; default: $ADSCREEN_PSEUDONYM_KEY).
    #[arg(long)]
    pub key_file: Option<PathBuf>,
    /// With --aggregate: cities with fewer ads than this are counted together as "(other)".
    #[arg(long, default_value_t = 3)]
    pub min_cell: u64,
    /// json (one document) or jsonl (one line per ad, then networks).
    #[arg(long, default_value = "json")]
    pub format: String,
    /// Encrypt the file to this age recipient (age1...) or recipients file.
    #[arg(long)]
    pub encrypt_to: Option<String>,
    /// Do not ask for confirmation.
    #[arg(long)]
    pub yes: bool,
    /// Output file (required; created readable by you only).
    #[arg(long)]
    pub out: Option<PathBuf>,
}

/// `review assign ID NAME`.
#[derive(Debug, Args)]
pub struct AssignArgs {
    /// Ad id (or network id with --network).
    pub id: i64,
    /// The reviewer who takes the case.
    pub name: String,
    /// Assign a network instead of an ad.
    #[arg(long)]
    pub network: bool,
    /// Print JSON.
    #[arg(long)]
    pub json: bool,
}

/// `review remind ID DATE`.
#[derive(Debug, Args)]
pub struct RemindArgs {
    /// Ad id (or network id with --network).
    pub id: i64,
    /// The day to look again (YYYY-MM-DD).
    pub date: String,
    /// A network instead of an ad.
    #[arg(long)]
    pub network: bool,
    /// Print JSON.
    #[arg(long)]
    pub json: bool,
}

/// `review due`.
#[derive(Debug, Args)]
pub struct DueArgs {
    /// Only cases this reviewer has.
    #[arg(long)]
    pub assignee: Option<String>,
    /// Due on or before this day instead of today (YYYY-MM-DD).
    #[arg(long)]
    pub date: Option<String>,
    /// Print JSON.
    #[arg(long)]
    pub json: bool,
}

/// `review contact ID --channel C --outcome O`.
#[derive(Debug, Args)]
pub struct ContactArgs {
    /// The ad whose number was contacted.
    pub id: i64,
    /// sms, call, visit or other.
    #[arg(long)]
    pub channel: String,
    /// no_reply, replied, wrong_number, landline, opted_out, referred_clinic, referred_cmm, referred_shelter or referred_police.
    #[arg(long)]
    pub outcome: String,
    /// The number, when the ad has several (E.164, e.g. +4520123456).
    #[arg(long)]
    pub phone: Option<String>,
    /// A note on the attempt.
    #[arg(long)]
    pub note: Option<String>,
    /// Days that must pass between two contacts to one number.
    #[arg(long, env = "ADSCREEN_CONTACT_GAP_DAYS", default_value_t = store::teamwork::DEFAULT_CONTACT_GAP_DAYS)]
    pub min_gap_days: i64,
    /// Record it although the number was contacted within the gap.
    #[arg(long)]
    pub yes: bool,
    /// Print JSON.
    #[arg(long)]
    pub json: bool,
}

/// `review do-not-contact [NUMBER]`.
#[derive(Debug, Args)]
pub struct DncArgs {
    /// The number (E.164); without it, the list is shown.
    pub number: Option<String>,
    /// opted_out, wrong_number, landline or partner_request.
    #[arg(long, default_value = "opted_out")]
    pub reason: String,
    /// Take the number off the list.
    #[arg(long)]
    pub off: bool,
    /// Print JSON.
    #[arg(long)]
    pub json: bool,
}

/// `review backup FILE`.
#[derive(Debug, Args)]
pub struct BackupArgs {
    /// Where to write the copy.
    pub file: PathBuf,
}

/// `review restore FILE`.
#[derive(Debug, Args)]
pub struct RestoreArgs {
    /// The backup to restore.
    pub file: PathBuf,
    /// Overwrite an existing database at --db.
    #[arg(long)]
    pub yes: bool,
}

/// `review migrate --from sqlite:PATH --to postgres://…`.
#[derive(Debug, Args)]
#[command(
    after_help = "Copies every table the two schemas share, with the columns both have, keeping every \
id, in foreign-key order and in batches of one transaction each; then moves PostgreSQL's sequences \
past the copied ids and counts every table's rows on both sides (a difference is an error naming the \
table). The target database must exist (createdb); its tables are created on first use, and the role \
must own them. Running it again is safe: rows already copied are skipped, and a target holding other \
ads is refused before anything is written. An encrypted SQLite store is read with its key \
(--db-key-file and the like). The SQLite store's audit log records the copy."
)]
pub struct MigrateArgs {
    /// The SQLite store to copy: sqlite:PATH or PATH (it must exist; it is upgraded to this
    /// build's schema first, as every review command does).
    #[arg(long, value_name = "sqlite:PATH")]
    pub from: String,
    /// The PostgreSQL database to copy into: postgres://user@host[:port]/dbname[?sslmode=require].
    #[arg(long, value_name = "postgres://…")]
    pub to: String,
    /// Print the per-table counts as JSON at the end instead of a line per table.
    #[arg(long)]
    pub json: bool,
}

/// `review erase --phone N | --ad ID | --network ID`.
#[derive(Debug, Args)]
#[command(
    after_help = "Shows what will go and asks for confirmation. Deletes in one transaction: the ads \
(with their earlier versions, analysis, phone matches, images, links and fingerprints), their review \
history, statuses, assignments and reminders, contacts, and for a number also its do-not-contact \
entry, watches and block-list entry. Notes and audit entries that stay have the number replaced by \
[erased]. Networks that lose ads are linked again. The audit log records the erasure with counts only. \
Freed pages are zeroed and the WAL is checkpointed, so the erased data is not left in the file. \
Backups and exports made before keep it: erase or destroy those separately."
)]
pub struct EraseArgs {
    /// A phone number, in any written form (+45 20 12 34 56, 20123456, 0045-2012-3456).
    #[arg(long, conflicts_with_all = ["ad", "network"])]
    pub phone: Option<String>,
    /// One ad by id.
    #[arg(long, conflicts_with = "network")]
    pub ad: Option<i64>,
    /// A network by id, with all its ads.
    #[arg(long)]
    pub network: Option<i64>,
    /// Region for a number written without a country code (ISO 3166, e.g. DK, SE, NO).
    #[arg(long, default_value = "DK")]
    pub region: String,
    /// Only show what would be erased.
    #[arg(long)]
    pub dry_run: bool,
    /// Rules file for the linking that rebuilds the networks (default: the built-in rules,
    /// as `crawler` uses without --rules).
    #[arg(long)]
    pub rules: Option<PathBuf>,
    /// Do not ask for confirmation (for scripts).
    #[arg(long)]
    pub yes: bool,
    /// Print JSON (what was erased: counts and ad ids, never the number).
    #[arg(long)]
    pub json: bool,
}

/// `review encrypt`.
#[derive(Debug, Args)]
#[command(
    after_help = "Stop the crawler daemon and close other review sessions first. The database is \
copied into an encrypted file beside it, every table's row count is compared, the copy is opened \
with the key and checked, and only then renamed over the original. From then on every tool needs \
the key (--db-key-file, $ADSCREEN_DB_KEY_FILE, the config's key_file, or the passphrase). Make a \
key file with `openssl rand -hex 32 > db.key && chmod 600 db.key` and keep a copy offline: without \
it the database cannot be read. Old plain backups stay readable: destroy them."
)]
pub struct EncryptArgs {
    /// The key file to encrypt with (default: --db-key-file, $ADSCREEN_DB_KEY_FILE, the
    /// config's key_file; else a passphrase is asked for twice on the terminal).
    #[arg(long)]
    pub key_file: Option<PathBuf>,
}

/// `review subject --phone N`.
#[derive(Debug, Args)]
pub struct SubjectArgs {
    /// The phone number, in any written form.
    #[arg(long)]
    pub phone: String,
    /// Region for a number written without a country code.
    #[arg(long, default_value = "DK")]
    pub region: String,
    /// Print everything as JSON (ads with versions, analysis, links and history,
    /// contacts, do-not-contact, watches, block-list, audit mentions).
    #[arg(long)]
    pub json: bool,
}

/// The clap command with its summaries in `tr`'s language: the tool's
/// about text, each subcommand's one-line summary and the global options.
/// Options of single subcommands keep their English help (clap reads those
/// from the doc comments above).
pub fn localized_command(tr: &Tr) -> clap::Command {
    let mut cmd = Cli::command()
        .about(tr.t("cli-about"))
        .long_about(tr.t("cli-long-about"));
    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|c| c.get_name().to_string())
        .collect();
    for name in names {
        let about = tr.t(&format!("cli-cmd-{name}"));
        cmd = cmd.mut_subcommand(&name, |c| c.about(about));
    }
    for arg in [
        "db",
        "reviewer",
        "lang",
        "db_key_file",
        "config",
        "idle_lock",
    ] {
        let help = tr.t(&format!("cli-arg-{arg}"));
        cmd = cmd.mut_arg(arg, |a| a.help(help));
    }
    cmd
}

//! The commands behind the binary: each resolves its settings, opens the
//! store and runs the library. Errors carry what and where; items that fail
//! are reported and skipped, and the command ends with exit code 3.

use crate::cli::args::*;
use crate::config::{Config, DEFAULT_DB, DEFAULT_PROFILES};
use crate::crawl::{self, Crawler, PassEnd, PassReport};
use crate::engine::{self, RefreshOptions, Step};
use crate::fetch::{user_agent, FetchConfig, Fetcher};
use crate::host::{HostConfig, HostPool};
use crate::pipeline;
use crate::profile::SiteProfile;
use crate::robots::cache::{RobotsCache, RobotsCacheConfig};
use anyhow::{bail, Context as _, Result};
use indicators::rules::Rules;
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;
use store::prelude::*;
use store::{AnyStore, Store, StoreThread};
use tokio_util::sync::CancellationToken;

/// Ads stored per transaction during an import.
const IMPORT_BATCH: usize = 1000;

/// Exit code when the command finished but skipped some items.
pub const EXIT_PARTIAL: u8 = 3;

/// Settings every command resolves the same way.
pub struct Settings {
    /// The config file.
    pub config: Config,
    /// The database path.
    pub db: PathBuf,
    /// The rules.
    pub rules: Rules,
}

impl Settings {
    /// Resolves config, database path and rules (flag, environment, config, default).
    pub fn resolve(cli: &Cli, default_db: &str) -> Result<Settings> {
        let config = Config::load(cli.config.as_deref())?;
        let db = cli
            .db
            .clone()
            .or_else(|| config.db.clone())
            .unwrap_or_else(|| PathBuf::from(default_db));
        crate::dbkey::install(cli.db_key_file.as_deref(), config.key_file.as_deref(), &db)?;
        let rules = match cli.rules.as_ref().or(config.rules.as_ref()) {
            Some(path) => Rules::load(path)?,
            None => Rules::builtin(),
        };
        // A rules file from an earlier release lacks newer indicators: they
        // run with the built-in rule, and the operator is told.
        for note in rules.notes() {
            tracing::warn!("{note}");
        }
        Ok(Settings { config, db, rules })
    }

    /// The database location `db` names: a SQLite file or a PostgreSQL URL.
    pub fn location(&self) -> Result<store::Location> {
        Ok(store::Location::from_path(&self.db)?)
    }

    /// Opens (creating) the SQLite store, for the commands that do not work
    /// on PostgreSQL yet (`command` names the one asking).
    pub fn open_store(&self, command: &str) -> Result<Store> {
        let path = self.sqlite_path(command)?;
        Store::open(&path).with_context(|| format!("opening database {}", path.display()))
    }

    /// The SQLite file `db` names; a PostgreSQL URL is refused with a
    /// message saying which commands work on it.
    pub fn sqlite_path(&self, command: &str) -> Result<PathBuf> {
        match self.location()? {
            store::Location::Sqlite(p) => Ok(p),
            store::Location::Postgres(u) => bail!(
                "`crawler {command}` does not work on PostgreSQL yet ({u}); `crawler crawl`, \
                 `crawler daemon`, `crawler import`, `crawler analyze` and `crawler purge` do. \
                 Use a SQLite --db for {command} (PostgreSQL support for every command is issue 16)"
            ),
        }
    }

    /// Opens (creating) the store of either backend, for the commands that
    /// run the analysis engine.
    pub fn open_any(&self) -> Result<AnyStore> {
        let loc = self.location()?;
        AnyStore::open(&loc).with_context(|| format!("opening database {loc}"))
    }

    fn profiles_dir(&self, given: Option<&PathBuf>) -> PathBuf {
        given
            .cloned()
            .or_else(|| self.config.profiles.clone())
            .unwrap_or_else(|| PathBuf::from(DEFAULT_PROFILES))
    }
}

/// Loads every `*.toml` profile in `dir` (or the one file `dir` names).
/// Returns the good ones and the errors of the bad ones.
pub fn load_profiles(dir: &Path) -> Result<(Vec<SiteProfile>, Vec<String>)> {
    let files: Vec<PathBuf> = if dir.is_file() {
        vec![dir.to_path_buf()]
    } else {
        let entries = std::fs::read_dir(dir).with_context(|| {
            format!("cannot read the profiles folder {} (set `profiles` in the config or pass --profiles)", dir.display())
        })?;
        let mut v: Vec<PathBuf> = entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "toml"))
            .collect();
        v.sort();
        v
    };
    let (mut good, mut bad) = (Vec::new(), Vec::new());
    for f in files {
        match SiteProfile::load(&f) {
            Ok(p) => good.push(p),
            Err(e) => bad.push(e.to_string()),
        }
    }
    Ok((good, bad))
}

/// Builds the fetcher, host pool and robots cache for a contact address.
pub fn build_crawler(contact: &str) -> Result<Crawler> {
    let fetch = FetchConfig::new(user_agent(contact));
    let hosts = Arc::new(HostPool::new(HostConfig::default()));
    let fetcher = Arc::new(Fetcher::new(fetch)?.with_hosts(hosts));
    let robots = Arc::new(RobotsCache::new(
        Arc::clone(&fetcher),
        RobotsCacheConfig::default(),
    ));
    Ok(Crawler::new(fetcher, robots))
}

fn contact(cli_contact: Option<&String>, config: &Config) -> Result<String> {
    match cli_contact.or(config.contact.as_ref()) {
        Some(c) if !c.trim().is_empty() => Ok(c.trim().to_string()),
        _ => bail!("a contact address is needed for the User-Agent, so site owners can reach you: set `contact` in the config file or pass --contact"),
    }
}

/// A one-line progress display on stderr when it is a terminal.
pub struct Progress {
    on: bool,
}

impl Progress {
    /// Progress shown only on a terminal.
    pub fn new() -> Progress {
        Progress {
            on: std::io::stderr().is_terminal(),
        }
    }
    /// Replaces the progress line.
    pub fn line(&self, text: &str) {
        if self.on {
            eprint!("\r\x1b[2K{text}");
            let _ = std::io::stderr().flush();
        }
    }
    /// Ends the progress line.
    pub fn done(&self) {
        if self.on {
            eprint!("\r\x1b[2K");
        }
    }
}

/// Rate and time left of a long step, for progress lines.
#[derive(Debug, Clone, Copy)]
pub struct Rate {
    start: std::time::Instant,
}

impl Rate {
    /// Starts timing now.
    pub fn start() -> Rate {
        Rate {
            start: std::time::Instant::now(),
        }
    }

    /// "1,234/s, about 2 min left" for `done` of `total` units (the time left
    /// only when the total is known).
    pub fn describe(&self, done: u64, total: Option<u64>, unit: &str) -> String {
        let secs = self.start.elapsed().as_secs_f64().max(1e-3);
        let rate = done as f64 / secs;
        let left = match total {
            Some(t) if rate > 0.0 && t > done => {
                format!(", about {} left", human_secs((t - done) as f64 / rate))
            }
            _ => String::new(),
        };
        format!("{rate:.0} {unit}/s{left}")
    }
}

/// 42 s, 3 min, 1 h 5 min.
fn human_secs(s: f64) -> String {
    let s = s.round() as u64;
    match s {
        0..=99 => format!("{s} s"),
        100..=3_599 => format!("{} min", s.div_ceil(60)),
        _ => format!("{} h {} min", s / 3600, (s % 3600) / 60),
    }
}

/// A reader that counts the bytes read through it.
struct Counting<R> {
    inner: R,
    read: std::sync::Arc<std::sync::atomic::AtomicU64>,
}

impl<R: std::io::Read> std::io::Read for Counting<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.read
            .fetch_add(n as u64, std::sync::atomic::Ordering::Relaxed);
        Ok(n)
    }
}

impl Default for Progress {
    fn default() -> Self {
        Progress::new()
    }
}

/// A progress line for a step of [`engine::refresh`].
fn step_line(step: Step<'_>, rate: &Rate) -> String {
    match step {
        Step::Analysing { done, total } => format!(
            "analysing {done}/{total} ads, {}",
            rate.describe(done as u64, Some(total as u64), "ads")
        ),
        Step::Linking(what) => format!("linking: {what}"),
    }
}

fn pass_line(r: &PassReport) -> String {
    format!(
        "{}: {} pages, {} new ads, {} changed, {} unchanged, {} errors",
        r.site,
        r.stats.pages,
        r.stats.new_ads,
        r.stats.changed_ads,
        r.unchanged_ads,
        r.stats.errors
    )
}

/// A store `crawler crawl` runs on: crawl passes ([`crawl::CrawlStore`]),
/// then the analysis engine.
pub trait CrawlTarget: crawl::CrawlStore {
    /// Records the profiles' site settings, then analyses and links what
    /// changed.
    fn analyse(&mut self, profiles: &[SiteProfile], rules: &Rules) -> Result<()>;
}

impl CrawlTarget for Store {
    fn analyse(&mut self, profiles: &[SiteProfile], rules: &Rules) -> Result<()> {
        analyse_on(self, profiles, rules)
    }
}

impl CrawlTarget for StoreThread {
    fn analyse(&mut self, profiles: &[SiteProfile], rules: &Rules) -> Result<()> {
        let (profiles, rules) = (profiles.to_vec(), rules.clone());
        self.call(move |s| analyse_on(s, &profiles, &rules))?
    }
}

fn analyse_on(
    store: &mut impl store::EngineStore,
    profiles: &[SiteProfile],
    rules: &Rules,
) -> Result<()> {
    let progress = Progress::new();
    progress.line("analysing…");
    engine::register_profiles(store, profiles)?;
    let rate = Rate::start();
    engine::refresh(store, rules, RefreshOptions::default(), |step| {
        progress.line(&step_line(step, &rate))
    })?;
    progress.done();
    Ok(())
}

/// Crawls the given profiles once each, then hashes images, analyses and links.
pub async fn crawl_and_analyze<S: CrawlTarget + ?Sized>(
    crawler: &Crawler,
    store: &mut S,
    profiles: &[SiteProfile],
    rules: &Rules,
    shutdown: &CancellationToken,
) -> Result<Vec<PassReport>> {
    let progress = Progress::new();
    let mut reports = Vec::new();
    for p in profiles {
        if shutdown.is_cancelled() {
            break;
        }
        let report = crawl::crawl_pass(crawler, store, p, shutdown, |r| {
            progress.line(&pass_line(r))
        })
        .await?;
        progress.done();
        tracing::info!(site = %p.name, pages = report.stats.pages, new = report.stats.new_ads, end = report.end.as_str(), "pass finished");
        reports.push(report);
    }
    let concurrency = profiles
        .iter()
        .map(|p| p.concurrency as usize)
        .max()
        .unwrap_or(1);
    progress.line("hashing images…");
    crawl::hash_remote_images(crawler, store, shutdown, concurrency).await?;
    progress.done();
    store.analyse(profiles, rules)?;
    Ok(reports)
}

/// Names the crawler's worker and sets its host lease from the arguments
/// (`per_process`: the default name carries the process id, for several
/// workers on one machine sharing a PostgreSQL store).
fn name_worker(crawler: &mut Crawler, args: &ProfileArgs, per_process: bool) {
    crawler.worker = args
        .worker
        .clone()
        .unwrap_or_else(|| crate::hosthold::default_worker(per_process));
    if let Some(secs) = args.host_lease {
        crawler.host_lease = std::time::Duration::from_secs(secs.max(1));
    }
}

/// `crawler crawl`.
pub async fn crawl(cli: &Cli, args: &CrawlArgs) -> Result<ExitCode> {
    let s = Settings::resolve(cli, DEFAULT_DB)?;
    let contact = contact(args.profiles.contact.as_ref(), &s.config)?;
    let (profiles, bad) = select_profiles(&s, &args.profiles)?;
    let mut crawler = build_crawler(&contact)?;
    let shutdown = shutdown_on_signals();
    let reports = match s.location()? {
        store::Location::Sqlite(path) => {
            name_worker(&mut crawler, &args.profiles, false);
            let mut store = Store::open(&path)
                .with_context(|| format!("opening database {}", path.display()))?;
            crawl_and_analyze(&crawler, &mut store, &profiles, &s.rules, &shutdown).await?
        }
        loc @ store::Location::Postgres(_) => {
            name_worker(&mut crawler, &args.profiles, true);
            tracing::info!(worker = %crawler.worker, db = %loc, "crawling on PostgreSQL");
            let mut store =
                StoreThread::open(&loc).with_context(|| format!("opening database {loc}"))?;
            crawl_and_analyze(&crawler, &mut store, &profiles, &s.rules, &shutdown).await?
        }
    };
    let mut errors = bad.len();
    for r in &reports {
        crate::outln!("{} — {}", pass_line(r), r.end.as_str())?;
        for e in &r.error_samples {
            crate::outln!("  error: {e}")?;
        }
        errors += r.stats.errors as usize;
    }
    Ok(if errors > 0 {
        ExitCode::from(EXIT_PARTIAL)
    } else {
        ExitCode::SUCCESS
    })
}

fn select_profiles(s: &Settings, args: &ProfileArgs) -> Result<(Vec<SiteProfile>, Vec<String>)> {
    let dir = s.profiles_dir(args.profiles.as_ref());
    let (mut profiles, bad) = load_profiles(&dir)?;
    for e in &bad {
        eprintln!("crawler: skipping profile: {e}");
    }
    if let Some(site) = &args.site {
        profiles.retain(|p| &p.name == site);
        if profiles.is_empty() {
            bail!("no valid profile named `{site}` in {}", dir.display());
        }
    }
    if profiles.is_empty() {
        bail!("no valid site profiles in {}", dir.display());
    }
    Ok((profiles, bad))
}

/// A token cancelled on SIGINT or SIGTERM.
pub fn shutdown_on_signals() -> CancellationToken {
    let token = CancellationToken::new();
    let t = token.clone();
    tokio::spawn(async move {
        wait_for_signal().await;
        eprintln!(
            "crawler: stopping: finishing in-flight work, the rest stays due in the frontier"
        );
        t.cancel();
    });
    token
}

async fn wait_for_signal() {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{signal, SignalKind};
        let mut term = match signal(SignalKind::terminate()) {
            Ok(s) => s,
            Err(_) => {
                let _ = tokio::signal::ctrl_c().await;
                return;
            }
        };
        tokio::select! {
            _ = tokio::signal::ctrl_c() => {}
            _ = term.recv() => {}
        }
    }
    #[cfg(not(unix))]
    {
        let _ = tokio::signal::ctrl_c().await;
    }
}

/// `crawler daemon`.
pub async fn daemon(cli: &Cli, args: &DaemonArgs) -> Result<ExitCode> {
    let s = Settings::resolve(cli, DEFAULT_DB)?;
    let location = s.location()?;
    let contact = contact(args.profiles.contact.as_ref(), &s.config)?;
    let (profiles, _bad) = select_profiles(&s, &args.profiles)?;
    let mut crawler = build_crawler(&contact)?;
    let on_pg = matches!(location, store::Location::Postgres(_));
    // Several daemons on one PostgreSQL store: one worker name per process.
    name_worker(&mut crawler, &args.profiles, on_pg);
    let shutdown = shutdown_on_signals();
    let retention = s
        .config
        .retention
        .unwrap_or(store::retention::DEFAULT_RETENTION);
    let config = crate::daemon::DaemonConfig {
        crawler: &crawler,
        profiles,
        rules: std::sync::Arc::new(s.rules.clone()),
        retention,
    };
    match location {
        store::Location::Sqlite(path) => {
            let store = Store::open(&path)
                .with_context(|| format!("opening database {}", path.display()))?;
            crate::daemon::run(config, store, shutdown).await?;
        }
        loc @ store::Location::Postgres(_) => {
            tracing::info!(worker = %crawler.worker, db = %loc, "daemon on PostgreSQL");
            let store =
                StoreThread::open(&loc).with_context(|| format!("opening database {loc}"))?;
            crate::daemon::run(config, store, shutdown).await?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// `crawler import`.
pub fn import(cli: &Cli, args: &ImportArgs) -> Result<ExitCode> {
    let s = Settings::resolve(cli, DEFAULT_DB)?;
    let region = args.default_region.trim().to_ascii_uppercase();
    if indicators::phone::normalize("+4520123456", &region).is_none() && region.len() != 2 {
        bail!(
            "--default-region `{}` is not a two-letter region such as DK",
            args.default_region
        );
    }
    let read = std::sync::Arc::new(std::sync::atomic::AtomicU64::new(0));
    let (reader, size): (Box<dyn std::io::BufRead + Send>, Option<u64>) =
        if args.file.as_os_str() == "-" {
            (Box::new(std::io::BufReader::new(std::io::stdin())), None)
        } else {
            let f = std::fs::File::open(&args.file)
                .with_context(|| format!("cannot open {}", args.file.display()))?;
            let size = f.metadata().ok().map(|m| m.len());
            let counting = Counting {
                inner: f,
                read: read.clone(),
            };
            (
                Box::new(std::io::BufReader::with_capacity(1 << 16, counting)),
                size,
            )
        };
    let rate = Rate::start();
    let mut store = s.open_any()?;
    let progress = Progress::new();
    let (mut new, mut changed, mut same, mut bad) = (0u64, 0u64, 0u64, 0u64);
    let now = store::now();
    let mut batch: Vec<(indicators::Ad, Option<serde_json::Value>)> =
        Vec::with_capacity(IMPORT_BATCH);
    let mut flush = |batch: &mut Vec<(indicators::Ad, Option<serde_json::Value>)>,
                     store: &mut AnyStore|
     -> Result<()> {
        for up in store.upsert_ads(batch, &region, now)? {
            match up.change {
                store::ads::AdChange::New => new += 1,
                store::ads::AdChange::Changed => changed += 1,
                store::ads::AdChange::Unchanged => same += 1,
            }
        }
        batch.clear();
        Ok(())
    };
    // Lines are read and parsed on a thread of their own, a batch ahead of
    // the writes (which keep this one busy).
    std::thread::scope(|scope| -> Result<()> {
        let (parsed, items) = std::sync::mpsc::sync_channel::<Vec<crate::import::Item>>(4);
        scope.spawn(move || {
            let mut lines = crate::import::Lines::new(reader);
            loop {
                let chunk: Vec<_> = lines.by_ref().take(IMPORT_BATCH).collect();
                if chunk.is_empty() || parsed.send(chunk).is_err() {
                    break;
                }
            }
        });
        for (n, item) in items.into_iter().flatten().enumerate() {
            match item {
                Ok(pair) => {
                    batch.push(pair);
                    if batch.len() >= IMPORT_BATCH {
                        flush(&mut batch, &mut store)?;
                    }
                }
                Err(e) => {
                    bad += 1;
                    eprintln!("{}: {e}; skipped", args.file.display());
                }
            }
            if n % 1000 == 0 {
                let bytes = read.load(std::sync::atomic::Ordering::Relaxed);
                let share = size
                    .filter(|&t| t > 0)
                    .map(|t| format!(" ({:.0} % of the file)", 100.0 * bytes as f64 / t as f64))
                    .unwrap_or_default();
                progress.line(&format!(
                    "importing: {} lines{share}, {}",
                    n + 1,
                    rate.describe(bytes / 1024, size.map(|t| t / 1024), "KiB")
                ));
            }
        }
        Ok(())
    })?;
    flush(&mut batch, &mut store)?;
    progress.done();
    let base = args.file.parent().unwrap_or(Path::new("."));
    {
        let _s = tracing::debug_span!("hash_local_images").entered();
        pipeline::hash_local_images(&mut store, base)?;
    }
    let mut flagged = None;
    if !args.no_analyze {
        let rate = Rate::start();
        let r = engine::refresh(&mut store, &s.rules, RefreshOptions::default(), |step| {
            progress.line(&step_line(step, &rate))
        })?;
        progress.done();
        flagged = Some(r.analysis.flagged);
    }
    crate::outln!(
        "imported {} ads ({new} new, {changed} changed, {same} unchanged), {bad} bad lines skipped{} into {}",
        new + changed + same,
        flagged.map(|f| format!(", {f} flagged")).unwrap_or_default(),
        s.location()?
    )?;
    Ok(if bad > 0 {
        ExitCode::from(EXIT_PARTIAL)
    } else {
        ExitCode::SUCCESS
    })
}

/// `crawler analyze`.
pub fn analyze(cli: &Cli, args: &AnalyzeArgs) -> Result<ExitCode> {
    let s = Settings::resolve(cli, DEFAULT_DB)?;
    let mut store = AnyStore::open_existing_writable(&s.location()?)?;
    let profiles = match args.profiles.clone().or_else(|| s.config.profiles.clone()) {
        Some(dir) => load_profiles(&dir)?.0,
        None => Vec::new(),
    };
    engine::register_profiles(&mut store, &profiles)?;
    let progress = Progress::new();
    let rate = Rate::start();
    let options = RefreshOptions {
        relink: args.relink,
    };
    let done = engine::refresh(&mut store, &s.rules, options, |step| {
        progress.line(&step_line(step, &rate))
    })?;
    progress.done();
    let (r, l) = (done.analysis, done.linking);
    crate::outln!(
        "analysed {} ads with rules {} ({} flagged); {} networks, links {:?}, {} numbers block-listed",
        r.analysed, s.rules.version, r.flagged, l.networks, l.links, l.blocked
    )?;
    Ok(ExitCode::SUCCESS)
}

/// `crawler purge`.
pub fn purge(cli: &Cli, args: &PurgeArgs) -> Result<ExitCode> {
    let s = Settings::resolve(cli, DEFAULT_DB)?;
    let retention = match &args.retention {
        Some(r) => humantime::parse_duration(r)
            .with_context(|| format!("--retention `{r}`: expected a period like 180d"))?,
        None => s
            .config
            .retention
            .unwrap_or(store::retention::DEFAULT_RETENTION),
    };
    let mut store = AnyStore::open_existing_writable(&s.location()?)?;
    let actor = std::env::var("USER").unwrap_or_else(|_| "crawler".into());
    let r = store.purge(retention, &actor, args.dry_run)?;
    let verb = if args.dry_run {
        "would purge"
    } else {
        "purged"
    };
    crate::outln!(
        "{verb} {} ads not seen since {} ({} kept: open review cases) and {} contact-log entries for numbers no kept ad carries",
        r.ad_ids.len(),
        r.cutoff.map(|c| store::to_text(&c)).unwrap_or_default(),
        r.kept_open_cases,
        r.contacts
    )?;
    if args.dry_run {
        for id in r.ad_ids.iter().take(50) {
            if let Some(a) = store.ad(*id)? {
                crate::outln!(
                    "  #{id} {} (last seen {})",
                    a.ad.url,
                    store::to_text(&a.last_seen)
                )?;
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// `crawler explain`.
pub async fn explain(cli: &Cli, args: &ExplainArgs) -> Result<ExitCode> {
    let url = url::Url::parse(&args.url)
        .with_context(|| format!("`{}` is not an absolute URL", args.url))?;
    let ua = args
        .user_agent
        .clone()
        .unwrap_or_else(|| user_agent("contact-unset"));
    let s = Settings::resolve(cli, DEFAULT_DB)?;
    if let Some(dir) = args.profiles.clone().or_else(|| s.config.profiles.clone()) {
        if let Ok((profiles, _)) = load_profiles(&dir) {
            if let Some(line) = crate::explain::profile_verdict(&profiles, &url) {
                crate::outln!("{line}")?;
                return Ok(ExitCode::SUCCESS);
            }
        }
    }
    let verdict = match &args.robots {
        Some(file) => {
            let body = std::fs::read(file)
                .with_context(|| format!("cannot read robots file {}", file.display()))?;
            crate::robots::RobotsTxt::parse_bytes(&body)
                .check_url(crate::robots::product_token(&ua), &url)
                .into()
        }
        None => {
            let crawler = build_crawler("contact-unset")?;
            crawler.robots.check(&url).await
        }
    };
    crate::outln!("{verdict}")?;
    Ok(ExitCode::SUCCESS)
}

/// `crawler check`.
pub async fn check(cli: &Cli, args: &CheckArgs) -> Result<ExitCode> {
    let s = Settings::resolve(cli, DEFAULT_DB)?;
    let target = args.profile.clone().unwrap_or_else(|| s.profiles_dir(None));
    let (profiles, bad) = load_profiles(&target)?;
    for e in &bad {
        crate::outln!("error: {e}")?;
    }
    for p in &profiles {
        crate::outln!(
            "ok: profile `{}` ({} start URLs, {:.2} requests/s, concurrency {})",
            p.name,
            p.start_urls.len(),
            p.requests_per_second,
            p.concurrency
        )?;
        if let Some(note) = p.rate_note() {
            crate::outln!("{note}")?;
        }
    }
    if let Some(page) = &args.page {
        let html = if page.starts_with("http://") || page.starts_with("https://") {
            let crawler = build_crawler("contact-unset")?;
            let url = url::Url::parse(page)?;
            match crawler
                .fetcher
                .fetch_page(&url, None, crate::fetch::allow_all_redirects)
                .await?
            {
                crate::fetch::PageOutcome::Fetched(p) => p.text,
                crate::fetch::PageOutcome::NotModified { .. } => bail!("{page} answered 304"),
            }
        } else {
            std::fs::read(page)
                .map(|b| crate::charset::decode_html(&b, None, None).text)
                .with_context(|| format!("cannot read page {page}"))?
        };
        for p in &profiles {
            let x = crate::extract::Extractor::new(p)?;
            crate::outln!("\nselectors of `{}` on {page}:", p.name)?;
            let doc = x.document(&html);
            for problem in &doc.problems {
                crate::outln!("  error: {problem}")?;
            }
            for (key, values) in x.describe_in(&doc) {
                let shown: Vec<String> = values
                    .iter()
                    .take(5)
                    .map(|v| crate::extract::collapse(v).chars().take(80).collect())
                    .collect();
                crate::outln!(
                    "  {key:<12} {} match(es){}",
                    values.len(),
                    if shown.is_empty() {
                        String::new()
                    } else {
                        format!(": {}", shown.join(" | "))
                    }
                )?;
            }
        }
    }
    Ok(if bad.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

/// Whether a pass ended cleanly (for summaries).
pub fn clean(end: PassEnd) -> bool {
    matches!(end, PassEnd::Complete)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rates_and_time_left_read_plainly() {
        assert_eq!(human_secs(42.4), "42 s");
        assert_eq!(human_secs(150.0), "3 min");
        assert_eq!(human_secs(3_900.0), "1 h 5 min");
        let r = Rate {
            start: std::time::Instant::now() - std::time::Duration::from_secs(10),
        };
        let d = r.describe(1_000, Some(3_000), "ads");
        assert!(
            d.starts_with("100 ads/s, about 2") && d.ends_with(" s left"),
            "{d}"
        );
        assert_eq!(r.describe(1_000, None, "ads"), "100 ads/s");
    }
}

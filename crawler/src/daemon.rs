//! `crawler daemon`: every site on its own schedule (re-crawl interval with
//! ±10 % jitter, so sites are not hit at fixed times), analysis and linking
//! after each pass, a daily retention purge, and a clean stop on SIGINT or
//! SIGTERM: in-flight fetches are dropped and stay due in the frontier;
//! nothing half-written is left because every store write is a transaction.
//!
//! It runs on SQLite (the [`Store`]) and on PostgreSQL (a [`StoreThread`]),
//! see [`DaemonStore`]. On PostgreSQL several daemons share one store: each
//! takes the hosts of a site under a host lease before crawling it (as
//! `crawler crawl` does), so two daemons never crawl one host at once, and
//! the purge runs only in a daemon whose role is the store's owner (another
//! role logs that it skips it; `crawler purge` as the owner does it then).

use crate::crawl::{self, CrawlStore, Crawler};
use crate::engine::{self, RefreshOptions, RefreshReport};
use crate::pipeline::LinkCache;
use crate::profile::SiteProfile;
use anyhow::{Context as _, Result};
use indicators::rules::Rules;
use rand::Rng;
use std::sync::Arc;
use std::time::{Duration, Instant};
use store::prelude::*;
use store::retention::PurgeReport;
use store::{Store, StoreThread};
use tokio_util::sync::CancellationToken;

/// A store the daemon runs on: crawl passes ([`CrawlStore`]) on the async
/// runtime; the engine and the purge on a blocking thread, the store moved
/// there and back. The SQLite [`Store`] is one, and so is a
/// [`StoreThread`] (PostgreSQL, whose client must not run on the runtime).
pub trait DaemonStore: CrawlStore + Send + Sized + 'static {
    /// The database, for the log (without a password).
    fn shown(&self) -> String;

    /// Records the profiles' site settings as their sites' stored settings.
    fn register(&mut self, profiles: &[SiteProfile]) -> Result<()>;

    /// Analyses what needs it and links, the linker kept in `cache`.
    fn refresh(&mut self, rules: &Arc<Rules>, cache: &mut LinkCache) -> Result<RefreshReport>;

    /// Whether this connection may purge (on PostgreSQL, only the store's
    /// owner may).
    fn may_purge(&self) -> Result<bool>;

    /// The retention purge, as `crawler`.
    fn purge(&mut self, retention: Duration) -> Result<PurgeReport>;
}

impl DaemonStore for Store {
    fn shown(&self) -> String {
        self.path().display().to_string()
    }
    fn register(&mut self, profiles: &[SiteProfile]) -> Result<()> {
        engine::register_profiles(self, profiles).map(|_| ())
    }
    fn refresh(&mut self, rules: &Arc<Rules>, cache: &mut LinkCache) -> Result<RefreshReport> {
        engine::refresh_cached(self, rules, RefreshOptions::default(), cache, |_| {})
    }
    fn may_purge(&self) -> Result<bool> {
        Ok(RetentionStore::may_purge(self)?)
    }
    fn purge(&mut self, retention: Duration) -> Result<PurgeReport> {
        Ok(RetentionStore::purge(self, retention, "crawler", false)?)
    }
}

impl DaemonStore for StoreThread {
    fn shown(&self) -> String {
        StoreThread::shown(self).to_string()
    }
    fn register(&mut self, profiles: &[SiteProfile]) -> Result<()> {
        let profiles = profiles.to_vec();
        self.call(move |s| engine::register_profiles(s, &profiles).map(|_| ()))?
    }
    fn refresh(&mut self, rules: &Arc<Rules>, cache: &mut LinkCache) -> Result<RefreshReport> {
        let (rules, mut taken) = (rules.clone(), std::mem::take(cache));
        let (back, done) = self.call(move |s| {
            let done =
                engine::refresh_cached(s, &rules, RefreshOptions::default(), &mut taken, |_| {});
            (taken, done)
        })?;
        *cache = back;
        done
    }
    fn may_purge(&self) -> Result<bool> {
        Ok(self.call(|s| s.may_purge())??)
    }
    fn purge(&mut self, retention: Duration) -> Result<PurgeReport> {
        Ok(self.call(move |s| s.purge(retention, "crawler", false))??)
    }
}

/// How often retention runs.
pub const PURGE_EVERY: Duration = Duration::from_secs(24 * 3600);

/// What the daemon runs with.
pub struct DaemonConfig<'a> {
    /// The HTTP client and its politeness settings.
    pub crawler: &'a Crawler,
    /// The sites, each crawled on its own schedule.
    pub profiles: Vec<SiteProfile>,
    /// The rules analysis and linking use.
    pub rules: Arc<Rules>,
    /// How long ads are kept (the daily purge).
    pub retention: Duration,
}

/// Runs until `shutdown` is cancelled; returns the store when it stops.
///
/// Crawl passes run on the async runtime; the CPU-bound analysis and
/// linking after each pass, and the purge, run on a blocking thread with
/// the store moved there and back, so they never stall the runtime.
pub async fn run<S: DaemonStore>(
    config: DaemonConfig<'_>,
    mut store: S,
    shutdown: CancellationToken,
) -> Result<S> {
    let profiles = &config.profiles;
    anyhow::ensure!(
        !profiles.is_empty(),
        "the daemon needs at least one site profile"
    );
    let given = profiles.clone();
    let (back, registered) = blocking(store, move |s| s.register(&given)).await?;
    store = back;
    registered?;
    let now = Instant::now();
    let mut next: Vec<Instant> = profiles.iter().map(|_| now).collect();
    // The linker stays in memory between passes: a pass re-links only what
    // changed (see `pipeline::LinkCache`).
    let mut link_cache = crate::pipeline::LinkCache::default();
    let mut next_purge = now;
    tracing::info!(sites = profiles.len(), db = %store.shown(), worker = %config.crawler.worker, "daemon started");
    loop {
        if shutdown.is_cancelled() {
            break;
        }
        if Instant::now() >= next_purge {
            let retention = config.retention;
            let (back, purged) = blocking(store, move |s| match s.may_purge() {
                Ok(true) => s.purge(retention).map(Some),
                Ok(false) => Ok(None),
                Err(e) => Err(e),
            })
            .await?;
            store = back;
            match purged {
                Ok(None) => {
                    tracing::warn!(
                        "retention purge skipped: on PostgreSQL only the store's owner purges"
                    );
                    eprintln!(
                        "crawler: retention purge skipped: this daemon's database role is not the \
                         store's owner (row-level security hides other organisations' open cases \
                         from it); run `crawler purge` as the owner from a timer, or one daemon as \
                         the owner"
                    );
                }
                Ok(Some(r)) => tracing::info!(
                    purged = r.ad_ids.len(),
                    kept = r.kept_open_cases,
                    contacts = r.contacts,
                    "retention purge"
                ),
                Err(e) => tracing::error!(error = %e, "retention purge failed"),
            }
            next_purge = Instant::now() + PURGE_EVERY;
        }
        let (i, due) = next
            .iter()
            .enumerate()
            .min_by_key(|(_, t)| **t)
            .map(|(i, t)| (i, *t))
            .expect("at least one profile");
        let wait = due.saturating_duration_since(Instant::now());
        if !wait.is_zero() {
            tokio::select! {
                _ = shutdown.cancelled() => break,
                _ = tokio::time::sleep(wait.min(next_purge.saturating_duration_since(Instant::now()).max(Duration::from_secs(1)))) => continue,
            }
        }
        let p = &profiles[i];
        let report = crawl::crawl_pass(config.crawler, &mut store, p, &shutdown, |_| {}).await;
        match report {
            Ok(r) => {
                eprintln!(
                    "crawler: {} — pass {}: {} pages, {} new ads, {} changed, {} errors",
                    p.name,
                    r.end.as_str(),
                    r.stats.pages,
                    r.stats.new_ads,
                    r.stats.changed_ads,
                    r.stats.errors
                );
                if !shutdown.is_cancelled() {
                    crawl::hash_remote_images(
                        config.crawler,
                        &mut store,
                        &shutdown,
                        p.concurrency as usize,
                    )
                    .await?;
                    let rules = config.rules.clone();
                    let mut cache = std::mem::take(&mut link_cache);
                    let (back, (cache, done)) = blocking(store, move |s| {
                        let done = s.refresh(&rules, &mut cache);
                        (cache, done)
                    })
                    .await?;
                    store = back;
                    link_cache = cache;
                    let done = done?;
                    tracing::info!(site = %p.name, analysed = done.analysis.analysed, networks = done.linking.networks, "analysis after pass");
                }
            }
            Err(e) => tracing::error!(site = %p.name, error = %format!("{e:#}"), "pass failed"),
        }
        let jitter = rand::thread_rng().gen_range(0.9..1.1);
        next[i] = Instant::now() + p.recrawl_interval.mul_f64(jitter);
    }
    tracing::info!("daemon stopped cleanly");
    eprintln!("crawler: daemon stopped cleanly");
    Ok(store)
}

/// Runs `f` on the store on a blocking thread and hands the store back.
async fn blocking<S: Send + 'static, T: Send + 'static>(
    mut store: S,
    f: impl FnOnce(&mut S) -> T + Send + 'static,
) -> Result<(S, T)> {
    tokio::task::spawn_blocking(move || {
        let out = f(&mut store);
        (store, out)
    })
    .await
    .context("the analysis thread stopped unexpectedly")
}

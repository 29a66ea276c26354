//! `crawler daemon`: every site on its own schedule (re-crawl interval with
//! ±10 % jitter, so sites are not hit at fixed times), analysis and linking
//! after each pass, a daily retention purge, and a clean stop on SIGINT or
//! SIGTERM: in-flight fetches are dropped and stay due in the frontier;
//! nothing half-written is left because every store write is a transaction.

use crate::crawl::{self, Crawler};
use crate::engine::{self, RefreshOptions};
use crate::profile::SiteProfile;
use anyhow::{Context as _, Result};
use indicators::rules::Rules;
use rand::Rng;
use std::sync::Arc;
use std::time::{Duration, Instant};
use store::Store;
use tokio_util::sync::CancellationToken;

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
pub async fn run(
    config: DaemonConfig<'_>,
    mut store: Store,
    shutdown: CancellationToken,
) -> Result<Store> {
    let profiles = &config.profiles;
    anyhow::ensure!(
        !profiles.is_empty(),
        "the daemon needs at least one site profile"
    );
    engine::register_profiles(&mut store, profiles)?;
    let now = Instant::now();
    let mut next: Vec<Instant> = profiles.iter().map(|_| now).collect();
    // The linker stays in memory between passes: a pass re-links only what
    // changed (see `pipeline::LinkCache`).
    let mut link_cache = crate::pipeline::LinkCache::default();
    let mut next_purge = now;
    tracing::info!(sites = profiles.len(), db = %store.path().display(), "daemon started");
    loop {
        if shutdown.is_cancelled() {
            break;
        }
        if Instant::now() >= next_purge {
            let retention = config.retention;
            let (back, purged) =
                blocking(store, move |s| s.purge(retention, "crawler", false)).await?;
            store = back;
            match purged {
                Ok(r) => tracing::info!(
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
                        let done = engine::refresh_cached(
                            s,
                            &rules,
                            RefreshOptions::default(),
                            &mut cache,
                            |_| {},
                        );
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
async fn blocking<T: Send + 'static>(
    mut store: Store,
    f: impl FnOnce(&mut Store) -> T + Send + 'static,
) -> Result<(Store, T)> {
    tokio::task::spawn_blocking(move || {
        let out = f(&mut store);
        (store, out)
    })
    .await
    .context("the analysis thread stopped unexpectedly")
}

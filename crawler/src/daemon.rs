//! `crawler daemon`: every site on its own schedule (re-crawl interval with
//! ±10 % jitter, so sites are not hit at fixed times), analysis and linking
//! after each pass, a daily retention purge, and a clean stop on SIGINT or
//! SIGTERM: in-flight fetches are dropped and stay due in the frontier;
//! nothing half-written is left because every store write is a transaction.

use crate::crawl::{self, Crawler};
use crate::pipeline::{self, SiteSettings};
use crate::profile::SiteProfile;
use anyhow::Result;
use indicators::rules::Rules;
use rand::Rng;
use std::path::Path;
use std::time::{Duration, Instant};
use store::Store;
use tokio_util::sync::CancellationToken;

/// How often retention runs.
pub const PURGE_EVERY: Duration = Duration::from_secs(24 * 3600);

/// Runs until `shutdown` is cancelled.
pub async fn run(
    crawler: &Crawler,
    db: &Path,
    profiles: &[SiteProfile],
    rules: &Rules,
    retention: Duration,
    shutdown: CancellationToken,
) -> Result<()> {
    let mut store = Store::open(db)?;
    let settings = SiteSettings::from_profiles(profiles);
    let now = Instant::now();
    let mut next: Vec<Instant> = profiles.iter().map(|_| now).collect();
    let mut next_purge = now;
    tracing::info!(sites = profiles.len(), db = %db.display(), "daemon started");
    loop {
        if shutdown.is_cancelled() {
            break;
        }
        if Instant::now() >= next_purge {
            match store.purge(retention, "crawler", false) {
                Ok(r) => tracing::info!(
                    purged = r.ad_ids.len(),
                    kept = r.kept_open_cases,
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
        let report = crawl::crawl_pass(crawler, &mut store, p, &shutdown, |_| {}).await;
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
                        crawler,
                        &mut store,
                        &shutdown,
                        p.concurrency as usize,
                    )
                    .await?;
                    let a = pipeline::analyze_pending(&mut store, rules, &settings, |_, _| {})?;
                    let l = pipeline::link_store(&mut store, rules, &settings, false, |_| {})?;
                    tracing::info!(site = %p.name, analysed = a.analysed, networks = l.networks, "analysis after pass");
                }
            }
            Err(e) => tracing::error!(site = %p.name, error = %format!("{e:#}"), "pass failed"),
        }
        let jitter = rand::thread_rng().gen_range(0.9..1.1);
        next[i] = Instant::now() + p.recrawl_interval.mul_f64(jitter);
    }
    tracing::info!("daemon stopped cleanly");
    eprintln!("crawler: daemon stopped cleanly");
    Ok(())
}

//! [`StoreThread`]: a store of either backend on a thread of its own, for
//! async callers. The PostgreSQL client runs its own runtime and must not
//! be called from a thread of another ([`crate::pg`]); the crawler's passes
//! run on tokio, so they reach the store through this handle. Each call
//! sends a closure to the store's thread and waits for its answer (the
//! caller blocks as it would on an inline SQLite call).
//!
//! [`StoreThread`] implements the roles a crawl pass needs
//! ([`FrontierStore`], [`AdStore`]) by sending each call over; anything
//! else runs through [`StoreThread::call`].

use crate::ads::{AdId, AdVersion, StoredAd, Upserted};
use crate::frontier::{
    Discovered, FetchRecord, FrontierEntry, FrontierState, Lease, PassEnd, RunStats,
};
use crate::hostlease::HostGrant;
use crate::roles::{AdStore, FrontierStore};
use crate::{AnyStore, Location, Result, StoreError};
use chrono::{DateTime, Utc};
use model::Ad;
use std::sync::mpsc;
use std::thread::JoinHandle;

type Job = Box<dyn FnOnce(&mut AnyStore) + Send>;

/// A store opened on, and used only from, a thread of its own.
pub struct StoreThread {
    jobs: Option<mpsc::Sender<Job>>,
    thread: Option<JoinHandle<()>>,
    shown: String,
}

impl std::fmt::Debug for StoreThread {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("StoreThread")
            .field("db", &self.shown)
            .finish()
    }
}

impl StoreThread {
    /// Starts the thread and opens `location` on it (as [`AnyStore::open`]),
    /// returning once the store is open, or why it could not be.
    pub fn open(location: &Location) -> Result<StoreThread> {
        let (jobs, inbox) = mpsc::channel::<Job>();
        let (ready, opened) = mpsc::channel::<Result<()>>();
        let loc = location.clone();
        let shown = location.to_string();
        let thread = std::thread::Builder::new()
            .name("store".into())
            .spawn(move || {
                let mut store = match AnyStore::open(&loc) {
                    Ok(s) => {
                        let _ = ready.send(Ok(()));
                        s
                    }
                    Err(e) => {
                        let _ = ready.send(Err(e));
                        return;
                    }
                };
                for job in inbox {
                    job(&mut store);
                }
            })
            .map_err(|e| {
                StoreError::Invalid(format!(
                    "database {shown}: cannot start the store's thread: {e}"
                ))
            })?;
        let st = StoreThread {
            jobs: Some(jobs),
            thread: Some(thread),
            shown,
        };
        match opened.recv() {
            Ok(Ok(())) => Ok(st),
            Ok(Err(e)) => Err(e),
            Err(_) => Err(st.stopped()),
        }
    }

    /// The database it holds, as shown to people (no password).
    pub fn shown(&self) -> &str {
        &self.shown
    }

    fn stopped(&self) -> StoreError {
        StoreError::Invalid(format!(
            "database {}: the store's thread stopped unexpectedly (a panic in a store call)",
            self.shown
        ))
    }

    /// Runs `f` on the store's thread and returns what it returns.
    pub fn call<R: Send + 'static>(
        &self,
        f: impl FnOnce(&mut AnyStore) -> R + Send + 'static,
    ) -> Result<R> {
        let (reply, answer) = mpsc::channel();
        let job: Job = Box::new(move |s| {
            let _ = reply.send(f(s));
        });
        let sent = self.jobs.as_ref().map(|j| j.send(job));
        match sent {
            Some(Ok(())) => answer.recv().map_err(|_| self.stopped()),
            _ => Err(self.stopped()),
        }
    }

    /// [`StoreThread::call`] for a store call that itself returns a [`Result`].
    fn run<R: Send + 'static>(
        &self,
        f: impl FnOnce(&mut AnyStore) -> Result<R> + Send + 'static,
    ) -> Result<R> {
        self.call(f)?
    }
}

impl Drop for StoreThread {
    fn drop(&mut self) {
        // Closing the channel ends the thread's loop once the queued calls ran.
        self.jobs.take();
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

impl FrontierStore for StoreThread {
    fn frontier_add(
        &mut self,
        site: &str,
        found: &[Discovered],
        pass_start: DateTime<Utc>,
    ) -> Result<usize> {
        let (site, found) = (site.to_string(), found.to_vec());
        self.run(move |s| s.frontier_add(&site, &found, pass_start))
    }
    fn frontier_due(
        &self,
        site: &str,
        at: DateTime<Utc>,
        limit: usize,
    ) -> Result<Vec<FrontierEntry>> {
        let site = site.to_string();
        self.run(move |s| s.frontier_due(&site, at, limit))
    }
    fn frontier_claim(
        &mut self,
        site: &str,
        at: DateTime<Utc>,
        limit: usize,
        lease: &Lease,
    ) -> Result<Vec<FrontierEntry>> {
        let (site, lease) = (site.to_string(), lease.clone());
        self.run(move |s| s.frontier_claim(&site, at, limit, &lease))
    }
    fn frontier_entry(&self, url: &str) -> Result<Option<FrontierEntry>> {
        let url = url.to_string();
        self.run(move |s| s.frontier_entry(&url))
    }
    fn frontier_fetched(&mut self, url: &str, rec: &FetchRecord) -> Result<()> {
        let (url, rec) = (url.to_string(), rec.clone());
        self.run(move |s| s.frontier_fetched(&url, &rec))
    }
    fn frontier_failed(
        &mut self,
        url: &str,
        status: Option<u16>,
        error: &str,
        retry_at: Option<DateTime<Utc>>,
        final_state: FrontierState,
    ) -> Result<()> {
        let (url, error) = (url.to_string(), error.to_string());
        self.run(move |s| s.frontier_failed(&url, status, &error, retry_at, final_state))
    }
    fn frontier_in_state(
        &self,
        site: &str,
        state: FrontierState,
        limit: usize,
    ) -> Result<Vec<FrontierEntry>> {
        let site = site.to_string();
        self.run(move |s| s.frontier_in_state(&site, state, limit))
    }
    fn frontier_reopen(&mut self, url: &str, due: DateTime<Utc>) -> Result<()> {
        let url = url.to_string();
        self.run(move |s| s.frontier_reopen(&url, due))
    }
    fn frontier_counts(&self, site: Option<&str>) -> Result<Vec<(FrontierState, i64)>> {
        let site = site.map(str::to_string);
        self.run(move |s| s.frontier_counts(site.as_deref()))
    }
    fn host_lease(
        &mut self,
        site: &str,
        hosts: &[String],
        lease: &Lease,
        at: DateTime<Utc>,
    ) -> Result<HostGrant> {
        let (site, hosts, lease) = (site.to_string(), hosts.to_vec(), lease.clone());
        self.run(move |s| s.host_lease(&site, &hosts, &lease, at))
    }
    fn host_release(&mut self, hosts: &[String], worker: &str, at: DateTime<Utc>) -> Result<()> {
        let (hosts, worker) = (hosts.to_vec(), worker.to_string());
        self.run(move |s| s.host_release(&hosts, &worker, at))
    }
    fn begin_run(&mut self, site: &str) -> Result<i64> {
        let site = site.to_string();
        self.run(move |s| s.begin_run(&site))
    }
    fn finish_run(&mut self, run: i64, stats: &RunStats, outcome: PassEnd) -> Result<()> {
        let stats = *stats;
        self.run(move |s| s.finish_run(run, &stats, outcome))
    }
    fn last_runs(&self) -> Result<Vec<crate::frontier::LastRun>> {
        self.run(|s| s.last_runs())
    }
}

impl AdStore for StoreThread {
    fn upsert_ad(
        &mut self,
        ad: &Ad,
        region: &str,
        extra: Option<&serde_json::Value>,
        seen_at: DateTime<Utc>,
    ) -> Result<Upserted> {
        let (ad, region, extra) = (ad.clone(), region.to_string(), extra.cloned());
        self.run(move |s| s.upsert_ad(&ad, &region, extra.as_ref(), seen_at))
    }
    fn upsert_ads(
        &mut self,
        ads: &[(Ad, Option<serde_json::Value>)],
        region: &str,
        seen_at: DateTime<Utc>,
    ) -> Result<Vec<Upserted>> {
        let (ads, region) = (ads.to_vec(), region.to_string());
        self.run(move |s| s.upsert_ads(&ads, &region, seen_at))
    }
    fn touch_ad(&mut self, url: &str, seen_at: DateTime<Utc>) -> Result<bool> {
        let url = url.to_string();
        self.run(move |s| s.touch_ad(&url, seen_at))
    }
    fn mark_removed(&mut self, site: &str, cutoff: DateTime<Utc>) -> Result<usize> {
        let site = site.to_string();
        self.run(move |s| s.mark_removed(&site, cutoff))
    }
    fn ad(&self, id: AdId) -> Result<Option<StoredAd>> {
        self.run(move |s| s.ad(id))
    }
    fn ad_by_url(&self, url: &str) -> Result<Option<StoredAd>> {
        let url = url.to_string();
        self.run(move |s| s.ad_by_url(&url))
    }
    fn ads_by_ids(&self, ids: &[AdId]) -> Result<Vec<StoredAd>> {
        let ids = ids.to_vec();
        self.run(move |s| s.ads_by_ids(&ids))
    }
    fn ad_versions(&self, id: AdId) -> Result<Vec<AdVersion>> {
        self.run(move |s| s.ad_versions(id))
    }
    fn count_ads(&self) -> Result<i64> {
        self.run(|s| s.count_ads())
    }
    fn current_prices(&self) -> Result<Vec<(String, String)>> {
        self.run(|s| s.current_prices())
    }
    fn images_to_hash(&self, limit: usize) -> Result<Vec<(AdId, String)>> {
        self.run(move |s| s.images_to_hash(limit))
    }
    fn set_image_hash(
        &mut self,
        ad_id: AdId,
        url: &str,
        hash: std::result::Result<u64, String>,
    ) -> Result<()> {
        let url = url.to_string();
        self.run(move |s| s.set_image_hash(ad_id, &url, hash))
    }
}

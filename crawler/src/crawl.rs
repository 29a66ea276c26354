//! One crawl pass over one site: walks the listings from the start URLs,
//! fetches due ad pages, stores what it finds, and leaves everything it did
//! not finish due in the frontier.
//!
//! Order of checks for every URL: same site → URL length → robots.txt →
//! (politeness: rate limit, concurrency cap, backoff, circuit breaker, inside
//! the fetcher) → fetch. Listing pages are walked every pass; an ad page is
//! fetched when new, and again after the profile's re-crawl interval, with a
//! conditional request. A listing page that shows no ad not already seen in
//! this pass ends the walk (endless pagination trap).
//!
//! A URL robots.txt disallowed in an earlier pass is checked again at the
//! start of every pass (against the robots.txt then in force), so that a
//! changed robots.txt that allows it now gets it fetched.
//!
//! A pass also ends early, leaving every URL due, when robots.txt is
//! unreachable (nothing is allowed until it is read again) or when the host's
//! circuit breaker has paused it; neither is counted against the URLs, so an
//! outage never turns into URLs given up for good.
//!
//! With `sitemap = true`, the site's sitemaps (robots.txt `Sitemap:` lines
//! and `/sitemap.xml`, one level of sitemap index followed, at most
//! [`MAX_SITEMAP_FILES`] files and [`MAX_SITEMAP_URLS`] URLs, `.xml.gz` files
//! unpacked, each file cut at the robots.txt size cap) add the URLs under `sitemap_ad_paths` as ads; a
//! sitemap listing counts as the ad being seen, like a listing page.

use crate::canon;
use crate::extract::{Extractor, ListingLinks};
use crate::fetch::{FetchError, Fetcher, PageOutcome};
use crate::hosthold::{self, HostHold, Taken};
use crate::profile::SiteProfile;
use crate::robots::cache::{RobotsCache, RobotsPolicy};
use crate::schedule::{fetch_and_extract, kind_name, Done, What, WorkQueue};
use crate::sitemap::{self, SitemapKind};
use anyhow::Result;
use chrono::{DateTime, Utc};
use futures_util::stream::{self, StreamExt};
use indicators::Ad;
use std::collections::HashSet;
use std::sync::Arc;
use std::time::Instant;
use store::ads::AdChange;
use store::frontier::{
    Discovered, FetchRecord, FrontierEntry, FrontierState, Lease, PageKind, RunStats,
};
use store::prelude::*;
use tokio::task::JoinSet;
use tokio_util::sync::CancellationToken;
use url::Url;

/// Failures after which a URL is given up (state `failed`).
pub const MAX_FAILURES: u32 = 6;
/// Sitemap files read per pass (index children included).
pub const MAX_SITEMAP_FILES: usize = 20;
/// URLs disallowed in earlier passes re-checked against robots.txt per pass.
pub const MAX_RECHECKED: usize = 10_000;
/// Sitemap URLs taken per pass.
pub const MAX_SITEMAP_URLS: usize = 100_000;

/// What a crawl pass asks of a store: the frontier (with host leases and
/// runs) and ads. The SQLite [`store::Store`] and, for PostgreSQL, a
/// [`store::StoreThread`] (the store on a thread of its own) are ones.
pub trait CrawlStore: FrontierStore + AdStore {}

impl<S: FrontierStore + AdStore + ?Sized> CrawlStore for S {}

/// The shared network side of crawling: fetcher (with the host pool) and
/// robots cache, and the worker identity its leases are taken under.
#[derive(Clone)]
pub struct Crawler {
    /// The fetcher, with per-host politeness.
    pub fetcher: Arc<Fetcher>,
    /// robots.txt per host.
    pub robots: Arc<RobotsCache>,
    /// The name frontier claims and host leases are taken under
    /// ([`hosthold::default_worker`]).
    pub worker: String,
    /// How long a host lease lasts unless renewed.
    pub host_lease: std::time::Duration,
}

impl Crawler {
    /// A crawler named after the machine, with the default host lease.
    pub fn new(fetcher: Arc<Fetcher>, robots: Arc<RobotsCache>) -> Crawler {
        Crawler {
            fetcher,
            robots,
            worker: hosthold::default_worker(false),
            host_lease: hosthold::HOST_LEASE,
        }
    }
}

/// Why a pass ended (the store records it with the run).
pub use store::frontier::PassEnd;

/// What one pass did.
#[derive(Debug, Clone, PartialEq)]
pub struct PassReport {
    /// Site name.
    pub site: String,
    /// Counts (pages, new, changed, errors).
    pub stats: RunStats,
    /// Ad pages answered 304 or unchanged.
    pub unchanged_ads: u64,
    /// URLs robots.txt kept us from.
    pub disallowed: u64,
    /// Ads newly marked removed.
    pub removed: usize,
    /// Ad URLs found in sitemaps (with `sitemap = true`).
    pub sitemap_ads: u64,
    /// Why the pass ended.
    pub end: PassEnd,
    /// A few error lines, for the summary.
    pub error_samples: Vec<String>,
}

struct Pass<'a> {
    crawler: &'a Crawler,
    profile: &'a SiteProfile,
    extractor: Arc<Extractor>,
    /// Due entries waiting for a fetch slot, listings first.
    queue: WorkQueue,
    hosts: HashSet<String>,
    started: DateTime<Utc>,
    /// When the pass's time budget runs out: no URL fetched in this pass is
    /// due again before then, so a short re-crawl interval cannot make a pass
    /// walk the same pages over and over.
    deadline: DateTime<Utc>,
    seen_ads: HashSet<String>,
    /// Ad URLs the sitemaps listed in this pass.
    sitemap_seen: HashSet<String>,
    report: PassReport,
    /// Set when the pass must end before the frontier is exhausted.
    stop: Option<PassEnd>,
}

/// Why a due URL is not fetched now.
enum Refusal {
    /// Never fetch it (final frontier state and reason).
    Final(FrontierState, String),
    /// robots.txt is unreachable: end the pass, leave the URL due.
    RobotsUnreachable(String),
}

/// The `host:port` keys of a profile's start URLs and base URL: the hosts
/// a pass fetches from and leases.
fn site_hosts(profile: &SiteProfile, starts: &[Url]) -> HashSet<String> {
    starts
        .iter()
        .chain(Url::parse(&profile.base_url).ok().as_ref())
        .filter_map(host_key)
        .collect()
}

/// A URL's `host:port` key.
fn host_key(u: &Url) -> Option<String> {
    u.host_str()
        .map(|h| format!("{h}:{}", u.port_or_known_default().unwrap_or(0)))
}

/// Runs one pass of `profile`. `progress` is called after every page with the report so far.
///
/// The pass first leases the site's hosts ([`crate::hosthold`]); when
/// another worker holds one, it ends at once with [`PassEnd::HostLeased`]
/// having fetched and written nothing. The lease is renewed while the pass
/// runs and given back at its end.
pub async fn crawl_pass<S: CrawlStore + ?Sized>(
    crawler: &Crawler,
    store: &mut S,
    profile: &SiteProfile,
    shutdown: &CancellationToken,
    progress: impl FnMut(&PassReport),
) -> Result<PassReport> {
    let extractor = Extractor::new(profile)?;
    let starts = profile.resolved_start_urls();
    let hosts = site_hosts(profile, &starts);
    let mut keys: Vec<String> = hosts.iter().cloned().collect();
    keys.sort();
    let mut report = PassReport {
        site: profile.name.clone(),
        stats: RunStats::default(),
        unchanged_ads: 0,
        disallowed: 0,
        removed: 0,
        sitemap_ads: 0,
        end: PassEnd::Complete,
        error_samples: Vec::new(),
    };
    let taken = HostHold::take(
        store,
        &profile.name,
        keys,
        &crawler.worker,
        crawler.host_lease,
        profile.requests_per_second,
    )
    .await?;
    let mut hold = match taken {
        Taken::Held(h) => h,
        Taken::Busy {
            host,
            worker,
            until,
        } => {
            tracing::info!(site = %profile.name, %host, %worker, %until, "host leased by another worker; site skipped");
            report.end = PassEnd::HostLeased;
            return Ok(report);
        }
    };
    let pass = Pass {
        crawler,
        profile,
        extractor: Arc::new(extractor),
        queue: WorkQueue::default(),
        hosts,
        started: store::now(),
        deadline: store::now(),
        seen_ads: HashSet::new(),
        sitemap_seen: HashSet::new(),
        report,
        stop: None,
    };
    let result = run_pass(pass, store, &starts, &mut hold, shutdown, progress).await;
    // A failed release leaves the lease to run out.
    if let Err(e) = hold.release(store) {
        tracing::warn!(site = %profile.name, error = %format!("{e:#}"), "host lease not released");
    }
    result
}

/// The pass itself, with the hosts held.
async fn run_pass<S: CrawlStore + ?Sized>(
    mut pass: Pass<'_>,
    store: &mut S,
    starts: &[Url],
    hold: &mut HostHold,
    shutdown: &CancellationToken,
    mut progress: impl FnMut(&PassReport),
) -> Result<PassReport> {
    let (crawler, profile) = (pass.crawler, pass.profile);
    if let Some(pool) = crawler.fetcher.hosts() {
        for u in starts {
            // The profile sets rate and concurrency; backoff and breaker
            // settings stay as the pool has them.
            let mut cfg = pool.host(u).config();
            cfg.requests_per_second = profile.requests_per_second;
            cfg.concurrency = profile.concurrency;
            pool.configure(u, cfg);
            let delay = crawler.robots.crawl_delay(u).await;
            pool.host(u).set_crawl_delay(delay);
        }
    }
    let run = store.begin_run(&profile.name)?;
    let seeds: Vec<Discovered> = starts
        .iter()
        .map(|u| Discovered {
            url: canon::canonicalize(u, &profile.allowed_query_params).to_string(),
            kind: PageKind::Listing,
            depth: 0,
        })
        .collect();
    store.frontier_add(&profile.name, &seeds, pass.started)?;
    if !shutdown.is_cancelled() {
        pass.recheck_disallowed(store).await?;
    }
    if profile.sitemap && !shutdown.is_cancelled() {
        pass.sitemaps(store, starts).await?;
    }
    // Renewed here too: the sitemaps may have taken a while.
    if !hold.renew_if_due(store)? {
        pass.stop = Some(PassEnd::LeaseLost);
    }
    let clock = Instant::now();
    pass.deadline = store::now()
        + chrono::Duration::from_std(profile.max_duration).unwrap_or(chrono::Duration::days(1))
        + chrono::Duration::seconds(1);
    let concurrency = profile.concurrency.max(1) as usize;
    // Refill from the store when fewer than this many entries wait; take
    // this many more each time (listings' own finds are queued directly).
    let (low_water, refill) = (concurrency * 2, concurrency * 8 + 64);
    let mut inflight: JoinSet<Done> = JoinSet::new();
    let mut query_store = true;
    let worker = crawler.worker.clone();
    let end = loop {
        if let Some(end) = pass.stop {
            break end;
        }
        if !hold.renew_if_due(store)? {
            break PassEnd::LeaseLost;
        }
        if shutdown.is_cancelled() {
            break PassEnd::Interrupted;
        }
        if pass.report.stats.pages >= u64::from(profile.max_pages) {
            break PassEnd::PageBudget;
        }
        if clock.elapsed() >= profile.max_duration {
            break PassEnd::TimeBudget;
        }
        if query_store && pass.queue.len() < low_water {
            let _span = tracing::debug_span!("frontier_claim").entered();
            let limit = pass.queue.taken() + refill;
            let now = store::now();
            let lease = Lease {
                worker: worker.clone(),
                until: now + FRONTIER_LEASE,
            };
            for entry in store.frontier_claim(&profile.name, now, limit, &lease)? {
                pass.queue.offer(entry);
            }
            query_store = false;
        }
        let budget = u64::from(profile.max_pages) - pass.report.stats.pages;
        while inflight.len() < concurrency && (inflight.len() as u64) < budget {
            let Some(entry) = pass.queue.pop() else { break };
            match pass.admit(&entry).await {
                Ok(url) => {
                    inflight.spawn(fetch_and_extract(
                        crawler.clone(),
                        Arc::clone(&pass.extractor),
                        entry,
                        url,
                    ));
                }
                Err(refusal) => {
                    pass.queue.done(&entry.url);
                    pass.refuse(store, &entry, refusal)?;
                    if pass.stop.is_some() {
                        break;
                    }
                }
            }
        }
        if pass.stop.is_some() {
            continue;
        }
        if inflight.is_empty() {
            if pass.queue.is_empty() && !query_store {
                break PassEnd::Complete;
            }
            query_store = true;
            continue;
        }
        let next = tokio::select! {
            biased;
            _ = shutdown.cancelled() => None,
            // Wakes the loop to renew the host lease during slow fetches.
            _ = tokio::time::sleep_until(hold.renew_at()) => None,
            n = inflight.join_next() => n,
        };
        let Some(joined) = next else { continue };
        let done = joined.map_err(|e| anyhow::anyhow!("fetch task failed: {e}"))?;
        pass.queue.done(&done.entry.url);
        {
            let _span = tracing::debug_span!("store", kind = kind_name(done.entry.kind)).entered();
            pass.handle(store, done)?;
        }
        query_store = true;
        progress(&pass.report);
    };
    // Fetches still in flight are dropped: their URLs stay due.
    inflight.abort_all();
    pass.report.end = end;
    if pass.report.end == PassEnd::Complete {
        let cutoff = store::now()
            - chrono::Duration::from_std(profile.removal_grace).unwrap_or(chrono::Duration::zero());
        pass.report.removed = store.mark_removed(&profile.name, cutoff)?;
    }
    store.finish_run(run, &pass.report.stats, pass.report.end)?;
    Ok(pass.report)
}

impl Pass<'_> {
    /// Whether a due URL may be fetched now.
    async fn admit(&self, entry: &FrontierEntry) -> Result<Url, Refusal> {
        let url = Url::parse(&entry.url)
            .map_err(|e| Refusal::Final(FrontierState::Failed, format!("not a URL: {e}")))?;
        if !self.same_site(&url) {
            return Err(Refusal::Final(
                FrontierState::Failed,
                "outside the site's hosts".into(),
            ));
        }
        canon::check_url(&url, self.profile.max_url_length)
            .map_err(|e| Refusal::Final(FrontierState::Failed, e.to_string()))?;
        let policy = self.crawler.robots.policy(&url).await;
        let verdict = policy.verdict(self.crawler.robots.token(), &url);
        if let RobotsPolicy::DisallowAll { .. } = policy {
            return Err(Refusal::RobotsUnreachable(verdict.reason));
        }
        if !verdict.allowed {
            return Err(Refusal::Final(
                FrontierState::Disallowed,
                format!("robots.txt: {}", verdict.reason),
            ));
        }
        Ok(url)
    }

    /// URLs robots.txt disallowed in an earlier pass are checked against the
    /// robots.txt in force now: those it allows (the file changed) are due
    /// again. Unreachable robots.txt allows nothing, so nothing is reopened.
    async fn recheck_disallowed<S: CrawlStore + ?Sized>(&mut self, store: &mut S) -> Result<()> {
        let now = store::now();
        let mut reopened = 0;
        for e in
            store.frontier_in_state(&self.profile.name, FrontierState::Disallowed, MAX_RECHECKED)?
        {
            let Ok(url) = Url::parse(&e.url) else {
                continue;
            };
            if self.crawler.robots.check(&url).await.allowed {
                store.frontier_reopen(&e.url, now)?;
                reopened += 1;
            }
        }
        if reopened > 0 {
            tracing::info!(site = %self.profile.name, reopened, "robots.txt now allows URLs it disallowed before");
        }
        Ok(())
    }

    /// Reads the site's sitemaps and adds the ad URLs under
    /// `sitemap_ad_paths` to the frontier (and marks known ones seen).
    async fn sitemaps<S: CrawlStore + ?Sized>(
        &mut self,
        store: &mut S,
        starts: &[Url],
    ) -> Result<()> {
        let Some(first) = starts.first() else {
            return Ok(());
        };
        // (sitemap URL, only guessed): a missing guessed /sitemap.xml is no error.
        let mut queue: Vec<(Url, bool)> = Vec::new();
        for s in self.crawler.robots.sitemaps(first).await {
            match first.join(&s) {
                Ok(u) => queue.push((u, false)),
                Err(e) => self.error(format!("robots.txt Sitemap `{s}` is not a URL: {e}")),
            }
        }
        if let Ok(u) = first.join("/sitemap.xml") {
            if !queue.iter().any(|(q, _)| *q == u) {
                queue.push((u, true));
            }
        }
        let allowed = &self.profile.allowed_query_params;
        let mut found: Vec<Discovered> = Vec::new();
        let mut seen: HashSet<String> = HashSet::new();
        let (mut next, mut read) = (0, 0);
        while next < queue.len() && read < MAX_SITEMAP_FILES && found.len() < MAX_SITEMAP_URLS {
            let (url, guessed) = queue[next].clone();
            next += 1;
            if !self.same_site(&url) {
                self.error(format!(
                    "sitemap {url} is outside the site's hosts; not read"
                ));
                continue;
            }
            let verdict = self.crawler.robots.check(&url).await;
            if !verdict.allowed {
                tracing::info!(sitemap = %url, reason = %verdict.reason, "sitemap not read");
                continue;
            }
            read += 1;
            let body = match self.crawler.fetcher.fetch_robots(&url).await {
                Ok(r) if (200..300).contains(&r.status) => r.body,
                Ok(r) if guessed && r.status == 404 => continue,
                Ok(r) => {
                    self.error(format!("sitemap {url}: HTTP {}", r.status));
                    continue;
                }
                Err(e) => {
                    self.error(format!("sitemap {url}: {e}"));
                    continue;
                }
            };
            let body = if sitemap::is_gzip(&body) {
                match sitemap::gunzip(&body, crate::robots::MAX_ROBOTS_BYTES) {
                    Ok(b) => bytes::Bytes::from(b),
                    Err(e) => {
                        self.error(format!("sitemap {url}: {e}"));
                        continue;
                    }
                }
            } else {
                body
            };
            let parsed = sitemap::parse(&body, MAX_SITEMAP_URLS);
            if parsed.kind == SitemapKind::Index {
                for loc in parsed.locs {
                    if let Ok(u) = url.join(&loc) {
                        if !queue.iter().any(|(q, _)| *q == u) {
                            queue.push((u, false));
                        }
                    }
                }
                continue;
            }
            for loc in parsed.locs {
                let Ok(u) = Url::parse(&loc) else { continue };
                let c = canon::canonicalize(&u, allowed);
                let is_ad = self
                    .profile
                    .sitemap_ad_paths
                    .iter()
                    .any(|p| c.path().starts_with(p.as_str()));
                if !is_ad
                    || !self.same_site(&c)
                    || canon::check_url(&c, self.profile.max_url_length).is_err()
                {
                    continue;
                }
                let s = c.to_string();
                if seen.insert(s.clone()) {
                    found.push(Discovered {
                        url: s,
                        kind: PageKind::Ad,
                        depth: 0,
                    });
                    if found.len() >= MAX_SITEMAP_URLS {
                        break;
                    }
                }
            }
        }
        let now = store::now();
        for d in &found {
            store.touch_ad(&d.url, now)?;
            self.sitemap_seen.insert(d.url.clone());
        }
        store.frontier_add(&self.profile.name, &found, self.started)?;
        self.report.sitemap_ads = found.len() as u64;
        tracing::info!(site = %self.profile.name, files = read, ads = found.len(), "sitemaps read");
        Ok(())
    }

    fn same_site(&self, url: &Url) -> bool {
        url.host_str()
            .map(|h| format!("{h}:{}", url.port_or_known_default().unwrap_or(0)))
            .is_some_and(|k| self.hosts.contains(&k))
    }

    fn next_due(&self) -> DateTime<Utc> {
        let due = store::now()
            + chrono::Duration::from_std(self.profile.recrawl_interval)
                .unwrap_or(chrono::Duration::hours(12));
        due.max(self.deadline)
    }

    fn error(&mut self, line: String) {
        self.report.stats.errors += 1;
        if self.report.error_samples.len() < 10 {
            self.report.error_samples.push(line);
        }
    }

    /// Logs JSON that did not parse on a page; the pass goes on.
    fn json_problems(&mut self, entry: &FrontierEntry, problems: &[String]) {
        for p in problems {
            tracing::warn!(url = %entry.url, problem = %p, "page JSON not read");
            self.error(format!("{}: {p}", entry.url));
        }
    }

    /// Records why a due URL is not fetched.
    fn refuse<S: CrawlStore + ?Sized>(
        &mut self,
        store: &mut S,
        entry: &FrontierEntry,
        refusal: Refusal,
    ) -> Result<()> {
        match refusal {
            Refusal::Final(state, reason) => {
                if state == FrontierState::Disallowed {
                    self.report.disallowed += 1;
                }
                tracing::info!(url = %entry.url, %reason, "not fetched");
                store.frontier_failed(&entry.url, None, &reason, None, state)?;
            }
            Refusal::RobotsUnreachable(reason) => {
                tracing::warn!(site = %self.profile.name, %reason, "ending pass: robots.txt unreachable");
                self.error(format!("{}: {reason}", entry.url));
                self.stop = Some(PassEnd::RobotsUnreachable);
            }
        }
        Ok(())
    }

    fn handle<S: CrawlStore + ?Sized>(&mut self, store: &mut S, done: Done) -> Result<()> {
        let Done {
            entry,
            result,
            extracted,
            problems,
        } = done;
        let entry = &entry;
        if let Err(e @ FetchError::HostPaused { .. }) = &result {
            // Not the URL's fault: no request was sent, nothing is counted
            // against it, and it stays due for the next pass.
            tracing::warn!(url = %entry.url, error = %e, "ending pass: host paused");
            self.error(format!("{}: {e}", entry.url));
            self.stop = Some(PassEnd::HostPaused);
            return Ok(());
        }
        if let Err(FetchError::Timeout { phase, .. }) = &result {
            if phase.starts_with("waiting") {
                // Never sent: the host's backoff (e.g. a long Retry-After)
                // outlasted the fetch's time limit. The URL did nothing wrong;
                // it stays due and is taken up again once the host is ready.
                tracing::debug!(url = %entry.url, "host not ready within the fetch time limit; left due");
                return Ok(());
            }
        }
        self.report.stats.pages += 1;
        match result {
            Ok(PageOutcome::NotModified { meta, .. }) => {
                // Not a sighting: an ad counts as seen when a listing or
                // sitemap shows it (done there), so that an ad page left
                // online after the ad left the listings is still marked removed.
                self.report.unchanged_ads += 1;
                store.frontier_fetched(
                    &entry.url,
                    &FetchRecord {
                        status: 304,
                        etag: meta.etag,
                        last_modified: meta.last_modified,
                        content_hash: None,
                        next_due: self.next_due(),
                    },
                )?;
            }
            Ok(PageOutcome::Fetched(page)) => {
                self.json_problems(entry, &problems);
                let hash = extracted.hash.clone();
                match extracted.what {
                    What::Listing(links) => self.listing(store, entry, links)?,
                    What::Ad(ad) => self.ad(store, entry, ad.map(|a| *a))?,
                    What::Unchanged => self.report.unchanged_ads += 1,
                }
                store.frontier_fetched(
                    &entry.url,
                    &FetchRecord {
                        status: page.meta.status,
                        etag: page.meta.etag.clone(),
                        last_modified: page.meta.last_modified.clone(),
                        content_hash: Some(hash),
                        next_due: self.next_due(),
                    },
                )?;
            }
            Err(e) => {
                let status = match &e {
                    FetchError::Status { status, .. } => Some(*status),
                    _ => None,
                };
                let line = format!("{}: {e}", entry.url);
                tracing::warn!(url = %entry.url, error = %e, "fetch failed");
                self.error(line);
                if matches!(status, Some(404 | 410)) {
                    store.frontier_failed(
                        &entry.url,
                        status,
                        &e.to_string(),
                        None,
                        FrontierState::Gone,
                    )?;
                } else if e.is_transient() && entry.failures + 1 < MAX_FAILURES {
                    let wait = 60i64 << entry.failures.min(10);
                    let retry = store::now() + chrono::Duration::seconds(wait);
                    store.frontier_failed(
                        &entry.url,
                        status,
                        &e.to_string(),
                        Some(retry),
                        FrontierState::Pending,
                    )?;
                } else {
                    store.frontier_failed(
                        &entry.url,
                        status,
                        &e.to_string(),
                        None,
                        FrontierState::Failed,
                    )?;
                }
            }
        }
        Ok(())
    }

    fn listing<S: CrawlStore + ?Sized>(
        &mut self,
        store: &mut S,
        entry: &FrontierEntry,
        links: ListingLinks,
    ) -> Result<()> {
        let allowed = &self.profile.allowed_query_params;
        let mut found = Vec::new();
        let mut fresh = 0;
        for u in &links.ads {
            let c = canon::canonicalize(u, allowed);
            if !self.same_site(&c) {
                continue;
            }
            let s = c.to_string();
            if self.seen_ads.insert(s.clone()) {
                fresh += 1;
                store.touch_ad(&s, store::now())?;
                found.push(Discovered {
                    url: s,
                    kind: PageKind::Ad,
                    depth: entry.depth,
                });
            }
        }
        match links.next {
            Some(next) if fresh == 0 => {
                tracing::info!(url = %entry.url, next = %next, "listing page shows no new ads; not following pagination");
            }
            Some(next) if entry.depth < self.profile.max_depth => {
                let c = canon::canonicalize(&next, allowed);
                if self.same_site(&c) {
                    found.push(Discovered {
                        url: c.to_string(),
                        kind: PageKind::Listing,
                        depth: entry.depth + 1,
                    });
                }
            }
            _ => {}
        }
        store.frontier_add(&self.profile.name, &found, self.started)?;
        // Queue what is due now at once, without waiting for the next
        // refill from the store: the next listing goes ahead of the ads.
        let now = store::now();
        for d in &found {
            if let Some(e) = store.frontier_entry(&d.url)? {
                if e.due_at <= now {
                    self.queue.offer(e);
                }
            }
        }
        Ok(())
    }

    fn ad<S: CrawlStore + ?Sized>(
        &mut self,
        store: &mut S,
        entry: &FrontierEntry,
        ad: Option<Ad>,
    ) -> Result<()> {
        let Some(ad) = ad else {
            self.error(format!(
                "{}: no ad text found with selector `{}` (layout changed?)",
                entry.url, self.profile.selectors.text
            ));
            return Ok(());
        };
        // Storing a changed ad is no sighting either (see the 304 case): an
        // ad not listed in this pass keeps its last_seen.
        let now = store::now();
        let seen_at =
            if self.seen_ads.contains(&entry.url) || self.sitemap_seen.contains(&entry.url) {
                now
            } else {
                store
                    .ad_by_url(&entry.url)?
                    .map_or(now, |a| a.last_seen.min(now))
            };
        let up = store.upsert_ad(&ad, &self.profile.default_region, None, seen_at)?;
        match up.change {
            AdChange::New => self.report.stats.new_ads += 1,
            AdChange::Changed => self.report.stats.changed_ads += 1,
            AdChange::Unchanged => self.report.unchanged_ads += 1,
        }
        Ok(())
    }
}

/// Fetches and hashes images of ads that have no hash yet, through the
/// same politeness and robots checks as pages, one host at a time under
/// that host's lease: hosts another worker holds are left for later.
/// Returns how many were done.
pub async fn hash_remote_images<S: CrawlStore + ?Sized>(
    crawler: &Crawler,
    store: &mut S,
    shutdown: &CancellationToken,
    concurrency: usize,
) -> Result<usize> {
    let remote = |u: &str| u.starts_with("http://") || u.starts_with("https://");
    let mut by_host: Vec<String> = store
        .images_to_hash(100_000)?
        .iter()
        .filter(|(_, u)| remote(u))
        .filter_map(|(_, u)| Url::parse(u).ok().as_ref().and_then(host_key))
        .collect();
    by_host.sort();
    by_host.dedup();
    let mut done = 0;
    for host in by_host {
        if shutdown.is_cancelled() {
            break;
        }
        let rate = Url::parse(&format!("http://{host}/"))
            .ok()
            .and_then(|u| {
                crawler
                    .fetcher
                    .hosts()
                    .map(|p| p.host(&u).config().requests_per_second)
            })
            .unwrap_or(1.0);
        let taken = HostHold::take(
            store,
            "",
            vec![host.clone()],
            &crawler.worker,
            crawler.host_lease,
            rate,
        )
        .await?;
        let mut hold = match taken {
            Taken::Held(h) => h,
            Taken::Busy { worker, .. } => {
                tracing::info!(%host, %worker, "images not hashed now: another worker holds the host");
                continue;
            }
        };
        // Read again under the lease: another worker may have hashed some.
        let todo: Vec<(i64, String)> = store
            .images_to_hash(100_000)?
            .into_iter()
            .filter(|(_, u)| {
                remote(u)
                    && Url::parse(u).ok().as_ref().and_then(host_key).as_deref()
                        == Some(host.as_str())
            })
            .collect();
        let result =
            hash_images_of_host(crawler, store, shutdown, concurrency, todo, &mut hold).await;
        if let Err(e) = hold.release(store) {
            tracing::warn!(%host, error = %format!("{e:#}"), "host lease not released");
        }
        done += result?;
    }
    Ok(done)
}

/// Fetches and hashes `todo` (images of one held host).
async fn hash_images_of_host<S: CrawlStore + ?Sized>(
    crawler: &Crawler,
    store: &mut S,
    shutdown: &CancellationToken,
    concurrency: usize,
    todo: Vec<(i64, String)>,
    hold: &mut HostHold,
) -> Result<usize> {
    let limits = indicators::linking::ImageLimits::default();
    let jobs = stream::iter(todo.into_iter().map(|(ad, raw)| {
        let crawler = crawler.clone();
        async move {
            let result = async {
                let url = Url::parse(&raw).map_err(|e| format!("not a URL: {e}"))?;
                let v = crawler.robots.check(&url).await;
                if !v.allowed {
                    return Err(format!("not fetched: robots.txt {v}"));
                }
                let robots = Arc::clone(&crawler.robots);
                let guard = move |t: Url| {
                    let robots = Arc::clone(&robots);
                    async move {
                        let v = robots.check(&t).await;
                        if v.allowed {
                            Ok(())
                        } else {
                            Err(format!("redirect target {t} {v}"))
                        }
                    }
                };
                let body = crawler
                    .fetcher
                    .fetch_image(&url, guard)
                    .await
                    .map_err(|e| e.to_string())?;
                indicators::linking::hash_image(&body.bytes, &limits).map_err(|e| e.to_string())
            }
            .await;
            (ad, raw, result)
        }
    }))
    .buffer_unordered(concurrency.max(1));
    tokio::pin!(jobs);
    let mut done = 0;
    loop {
        if !hold.renew_if_due(store)? {
            break;
        }
        let next = tokio::select! {
            biased;
            _ = shutdown.cancelled() => None,
            n = jobs.next() => n,
        };
        let Some((ad, url, result)) = next else { break };
        if let Err(e) = &result {
            tracing::warn!(%url, error = %e, "image not hashed");
        }
        store.set_image_hash(ad, &url, result)?;
        done += 1;
    }
    Ok(done)
}

/// How long a claim on frontier rows lasts unless the next claim renews it
/// (each refill of the work queue does).
const FRONTIER_LEASE: chrono::Duration = chrono::Duration::minutes(10);

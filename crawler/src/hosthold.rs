//! Holding a host lease while fetching from a host ([`store::hostlease`]):
//! every page, robots.txt, sitemap and image request a worker sends goes out
//! under its lease of that host, so several workers sharing one store never
//! fetch from one host at once, and the host's rate limit and robots rules,
//! kept in the holder's memory, hold across them.
//!
//! The lease is renewed while it is held ([`HostHold::renew_if_due`]) and
//! given back when the work is done; a worker that is killed leaves it to
//! run out. A new holder waits one request interval past the previous
//! holder's end before its first request.

use anyhow::{Context as _, Result};
use chrono::{DateTime, Utc};
use std::time::Duration;
use store::frontier::Lease;
use store::hostlease::HostGrant;
use store::prelude::*;

/// How long a host lease lasts unless renewed (the default of
/// [`crate::crawl::Crawler::host_lease`]).
pub const HOST_LEASE: Duration = Duration::from_secs(120);

/// A held lease on some hosts.
#[derive(Debug)]
pub struct HostHold {
    site: String,
    hosts: Vec<String>,
    worker: String,
    length: Duration,
    /// When to renew: a third of the lease's length after the last grant.
    renew_at: tokio::time::Instant,
}

/// The outcome of asking for hosts.
#[derive(Debug)]
pub enum Taken {
    /// The hosts are held.
    Held(HostHold),
    /// Another worker holds one of them.
    Busy {
        /// The host.
        host: String,
        /// Its holder.
        worker: String,
        /// Until when.
        until: DateTime<Utc>,
    },
}

impl HostHold {
    /// Asks for `hosts` (the hosts of `site`, or `""` for hosts of no
    /// site) for `worker`, for `length`. When granted after another worker's
    /// hold, waits until one request interval (`1 / requests_per_second`)
    /// has passed since that hold ended.
    pub async fn take<S: FrontierStore + ?Sized>(
        store: &mut S,
        site: &str,
        hosts: Vec<String>,
        worker: &str,
        length: Duration,
        requests_per_second: f64,
    ) -> Result<Taken> {
        let now = Utc::now();
        let lease = lease(worker, now, length);
        let grant = store
            .host_lease(site, &hosts, &lease, now)
            .with_context(|| format!("leasing the hosts {hosts:?} of site `{site}`"))?;
        match grant {
            HostGrant::Held {
                host,
                worker,
                until,
            } => Ok(Taken::Busy {
                host,
                worker,
                until,
            }),
            HostGrant::Granted { handover } => {
                if let Some(ended) = handover {
                    let gap = if requests_per_second > 0.0 {
                        Duration::from_secs_f64((1.0 / requests_per_second).min(3600.0))
                    } else {
                        Duration::from_secs(1)
                    };
                    let ready = ended + chrono::Duration::from_std(gap).unwrap_or_default();
                    if let Ok(wait) = (ready - Utc::now()).to_std() {
                        tracing::debug!(
                            ?hosts,
                            ?wait,
                            "waiting one request interval after the previous holder"
                        );
                        tokio::time::sleep(wait).await;
                    }
                }
                Ok(Taken::Held(HostHold {
                    site: site.to_string(),
                    hosts,
                    worker: worker.to_string(),
                    length,
                    renew_at: tokio::time::Instant::now() + length / 3,
                }))
            }
        }
    }

    /// When the lease is next due for renewal.
    pub fn renew_at(&self) -> tokio::time::Instant {
        self.renew_at
    }

    /// Renews the lease when due. Returns false when it was lost: it ran
    /// out and another worker took a host (the caller must stop fetching).
    pub fn renew_if_due<S: FrontierStore + ?Sized>(&mut self, store: &mut S) -> Result<bool> {
        if tokio::time::Instant::now() < self.renew_at {
            return Ok(true);
        }
        let now = Utc::now();
        let grant = store
            .host_lease(
                &self.site,
                &self.hosts,
                &lease(&self.worker, now, self.length),
                now,
            )
            .with_context(|| format!("renewing the lease of hosts {:?}", self.hosts))?;
        match grant {
            HostGrant::Granted { .. } => {
                self.renew_at = tokio::time::Instant::now() + self.length / 3;
                Ok(true)
            }
            HostGrant::Held { host, worker, .. } => {
                tracing::warn!(%host, %worker, "host lease lost to another worker; stopping");
                Ok(false)
            }
        }
    }

    /// Gives the lease back.
    pub fn release<S: FrontierStore + ?Sized>(self, store: &mut S) -> Result<()> {
        store
            .host_release(&self.hosts, &self.worker, Utc::now())
            .with_context(|| format!("releasing the lease of hosts {:?}", self.hosts))?;
        Ok(())
    }
}

fn lease(worker: &str, now: DateTime<Utc>, length: Duration) -> Lease {
    Lease {
        worker: worker.to_string(),
        until: now + chrono::Duration::from_std(length).unwrap_or(chrono::Duration::minutes(2)),
    }
}

/// The name this process claims frontier rows and host leases under:
/// `$ADSCREEN_WORKER` when set, else the machine's name, with `:PID` when
/// `per_process` (several workers on one machine sharing a PostgreSQL
/// store). Without `per_process` (one SQLite file), a crawl restarted on
/// the machine takes its own claims straight back.
pub fn default_worker(per_process: bool) -> String {
    if let Some(w) = std::env::var("ADSCREEN_WORKER")
        .ok()
        .map(|w| w.trim().to_string())
        .filter(|w| !w.is_empty())
    {
        return w;
    }
    let host = std::env::var("HOSTNAME")
        .ok()
        .or_else(|| std::fs::read_to_string("/etc/hostname").ok())
        .map(|h| h.trim().to_string())
        .filter(|h| !h.is_empty())
        .unwrap_or_else(|| "local".to_string());
    if per_process {
        format!("{host}:{}", std::process::id())
    } else {
        host
    }
}

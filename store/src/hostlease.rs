//! Host leases: one crawler worker at a time fetches from a host, so the
//! host's rate limit, concurrency cap and robots.txt rules (kept in that
//! worker's memory) hold across every worker sharing the store.
//!
//! A lease names its worker and runs out at a time; the holder renews it by
//! asking again before then ([`FrontierStore::host_lease`](crate::FrontierStore::host_lease)),
//! and gives it up when done ([`FrontierStore::host_release`](crate::FrontierStore::host_release)).
//! A killed worker's lease runs out by itself and the next worker to ask
//! takes the host, with the frontier rows the dead worker had claimed.
//!
//! Leases live in the `meta` table, one row per host (`host_lease:HOST`,
//! value `WORKER<tab>UNTIL`, UNTIL in RFC 3339 with milliseconds), on both
//! backends: no schema change was needed (PostgreSQL's schema stops at
//! migration 8, SQLite's own migrations 9 and 10 serve the review tool).

use crate::frontier::Lease;
use crate::{Result, Store};
use chrono::{DateTime, SecondsFormat, Utc};
use rusqlite::{params, OptionalExtension};

/// The answer to a lease request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HostGrant {
    /// Every host asked for is the worker's until the lease's end.
    Granted {
        /// When another worker's hold on one of the hosts ended (its
        /// release, or its lease running out), the latest such time. The new
        /// holder's first request waits one request interval past it, so a
        /// hand-over never doubles the rate.
        handover: Option<DateTime<Utc>>,
    },
    /// Another worker holds a host on a live lease; nothing was granted.
    Held {
        /// The host held.
        host: String,
        /// Who holds it.
        worker: String,
        /// Until when (unless renewed).
        until: DateTime<Utc>,
    },
}

/// The `meta` key of a host's lease.
pub(crate) fn key(host: &str) -> String {
    format!("host_lease:{host}")
}

/// A lease's `meta` value.
pub(crate) fn encode(worker: &str, until: &DateTime<Utc>) -> String {
    format!(
        "{worker}\t{}",
        until.to_rfc3339_opts(SecondsFormat::Millis, true)
    )
}

/// Reads a lease's `meta` value (`None` for a value not written by
/// [`encode`], which is then treated as no lease).
pub(crate) fn decode(value: &str) -> Option<(String, DateTime<Utc>)> {
    let (worker, until) = value.split_once('\t')?;
    if worker.is_empty() {
        return None;
    }
    let until = DateTime::parse_from_rfc3339(until)
        .ok()?
        .with_timezone(&Utc);
    Some((worker.to_string(), until))
}

/// What a lease request comes to, from the current lease of each host
/// (`None`: never leased): granted unless another worker's lease is live at
/// `now`. The second value says whether the frontier rows other workers
/// claimed on the site must be freed (the worker did not hold every host
/// already, so whoever held them before is gone or done).
pub(crate) fn decide(
    lease: &Lease,
    now: DateTime<Utc>,
    current: &[(String, Option<String>)],
) -> (HostGrant, bool) {
    let mut handover: Option<DateTime<Utc>> = None;
    let mut fresh = false;
    for (host, value) in current {
        match value.as_deref().and_then(decode) {
            Some((worker, _)) if worker == lease.worker => {}
            Some((worker, until)) if until > now => {
                return (
                    HostGrant::Held {
                        host: host.clone(),
                        worker,
                        until,
                    },
                    false,
                );
            }
            Some((_, until)) => {
                fresh = true;
                handover = Some(handover.map_or(until, |h| h.max(until)));
            }
            None => fresh = true,
        }
    }
    (HostGrant::Granted { handover }, fresh)
}

/// The SQLite side: the write transaction is immediate, so reading the
/// leases and writing them cannot interleave with another worker's.
impl Store {
    pub(crate) fn sqlite_host_lease(
        &mut self,
        site: &str,
        hosts: &[String],
        lease: &Lease,
        at: DateTime<Utc>,
    ) -> Result<HostGrant> {
        self.write(|tx| {
            let mut current = Vec::new();
            for h in hosts {
                let v: Option<String> = tx
                    .query_row("SELECT value FROM meta WHERE key = ?1", [key(h)], |r| r.get(0))
                    .optional()?;
                current.push((h.clone(), v));
            }
            let (grant, fresh) = decide(lease, at, &current);
            if let HostGrant::Granted { .. } = grant {
                let value = encode(&lease.worker, &lease.until);
                for h in hosts {
                    tx.execute(
                        "INSERT INTO meta (key, value) VALUES (?1, ?2) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                        params![key(h), value],
                    )?;
                }
                if fresh {
                    tx.execute(
                        "UPDATE frontier SET leased_by = NULL, lease_until = NULL WHERE site = ?1 AND leased_by IS NOT NULL AND leased_by <> ?2",
                        params![site, lease.worker],
                    )?;
                }
            }
            Ok(grant)
        })
    }

    pub(crate) fn sqlite_host_release(
        &mut self,
        hosts: &[String],
        worker: &str,
        at: DateTime<Utc>,
    ) -> Result<()> {
        self.write(|tx| {
            for h in hosts {
                let v: Option<String> = tx
                    .query_row("SELECT value FROM meta WHERE key = ?1", [key(h)], |r| {
                        r.get(0)
                    })
                    .optional()?;
                if v.as_deref()
                    .and_then(decode)
                    .is_some_and(|(w, _)| w == worker)
                {
                    tx.execute(
                        "UPDATE meta SET value = ?2 WHERE key = ?1",
                        params![key(h), encode(worker, &at)],
                    )?;
                }
            }
            Ok(())
        })
    }
}

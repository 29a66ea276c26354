//! The crawl frontier and fetch state: canonical URLs with due times,
//! failure counts and the validators (ETag, Last-Modified, content hash) that
//! make re-crawls cheap. Everything the crawler knows about what to fetch
//! next lives here, so a crawl killed at any moment resumes where it stopped.

use crate::{now, parse_time, to_text, Result, Store};
use chrono::{DateTime, Utc};
use rusqlite::{params, OptionalExtension};
use serde::{Deserialize, Serialize};

/// What kind of page a frontier URL is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PageKind {
    /// A listing page (links to ads, pagination).
    Listing,
    /// An ad detail page.
    Ad,
}

impl PageKind {
    fn as_str(self) -> &'static str {
        match self {
            PageKind::Listing => "listing",
            PageKind::Ad => "ad",
        }
    }
    fn parse(s: &str) -> PageKind {
        if s == "ad" {
            PageKind::Ad
        } else {
            PageKind::Listing
        }
    }
}

/// Where a frontier URL stands: due for fetching, or given up on (a final
/// state, until [`crate::roles::FrontierStore::frontier_reopen`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FrontierState {
    /// Fetched when due.
    Pending,
    /// The server said it is gone (404, 410).
    Gone,
    /// robots.txt disallows it.
    Disallowed,
    /// Given up after repeated failures.
    Failed,
}

impl FrontierState {
    /// Every state, in the order the store sorts them.
    pub const ALL: [FrontierState; 4] = [
        FrontierState::Disallowed,
        FrontierState::Failed,
        FrontierState::Gone,
        FrontierState::Pending,
    ];

    /// The stored form (`pending`, `gone`, `disallowed`, `failed`).
    pub fn as_str(self) -> &'static str {
        match self {
            FrontierState::Pending => "pending",
            FrontierState::Gone => "gone",
            FrontierState::Disallowed => "disallowed",
            FrontierState::Failed => "failed",
        }
    }

    /// The state a stored value names; one this build does not know (from
    /// a newer build) reads as failed, so it is never fetched.
    pub fn parse(s: &str) -> FrontierState {
        FrontierState::ALL
            .into_iter()
            .find(|k| k.as_str() == s)
            .unwrap_or(FrontierState::Failed)
    }
}

impl std::fmt::Display for FrontierState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Why a pass ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PassEnd {
    /// Nothing left due.
    Complete,
    /// The page budget ran out.
    PageBudget,
    /// The time budget ran out.
    TimeBudget,
    /// Shutdown was requested.
    Interrupted,
    /// robots.txt could not be read (5xx, timeout, network error): nothing
    /// is allowed until it is retried; every URL stays due.
    RobotsUnreachable,
    /// The host's circuit breaker paused it after repeated failures; every
    /// URL not yet fetched stays due.
    HostPaused,
    /// Another worker holds the site's host lease: this worker fetched
    /// nothing (the holder crawls the site).
    HostLeased,
    /// The host lease ran out and another worker took the host: this worker
    /// stopped fetching; what it had not fetched stays due for the holder.
    LeaseLost,
}

impl PassEnd {
    /// Stable name for logs and the runs table.
    pub fn as_str(self) -> &'static str {
        match self {
            PassEnd::Complete => "complete",
            PassEnd::PageBudget => "page budget reached",
            PassEnd::TimeBudget => "time budget reached",
            PassEnd::Interrupted => "interrupted",
            PassEnd::RobotsUnreachable => "robots.txt unreachable",
            PassEnd::HostPaused => "host paused after repeated failures",
            PassEnd::HostLeased => "skipped: another worker holds the host",
            PassEnd::LeaseLost => "host lease lost to another worker",
        }
    }

    /// Every end, in declaration order.
    pub const ALL: [PassEnd; 8] = [
        PassEnd::Complete,
        PassEnd::PageBudget,
        PassEnd::TimeBudget,
        PassEnd::Interrupted,
        PassEnd::RobotsUnreachable,
        PassEnd::HostPaused,
        PassEnd::HostLeased,
        PassEnd::LeaseLost,
    ];

    /// The end a stored name (from [`PassEnd::as_str`]) names, if any.
    pub fn parse(s: &str) -> Option<PassEnd> {
        PassEnd::ALL.into_iter().find(|e| e.as_str() == s)
    }
}

/// A site's latest run: (site, finished at (or started at), its counts, how
/// it ended: `None` while it runs, or for an end this build does not know).
pub type LastRun = (String, String, RunStats, Option<PassEnd>);

/// Migration 6: who holds a frontier row and until when
/// ([`crate::roles::FrontierStore::frontier_claim`]).
pub(crate) const MIGRATION_FRONTIER_LEASES: &str = r#"
ALTER TABLE frontier ADD COLUMN leased_by TEXT;
ALTER TABLE frontier ADD COLUMN lease_until TEXT;
"#;

/// A claim on frontier rows: the worker holding them and until when. Rows
/// another worker holds are not handed out until its lease runs out; a
/// worker's own rows are handed back to it (a restarted crawler on the same
/// machine resumes at once).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Lease {
    /// Who claims (one name per machine or crawler worker).
    pub worker: String,
    /// When the claim runs out unless renewed by another claim.
    pub until: DateTime<Utc>,
}

/// A URL found on a page (or a start URL).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Discovered {
    /// Canonical URL.
    pub url: String,
    /// Listing or ad.
    pub kind: PageKind,
    /// Listing depth from the start URL.
    pub depth: u32,
}

/// One frontier row.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FrontierEntry {
    /// Canonical URL.
    pub url: String,
    /// Site name.
    pub site: String,
    /// Listing or ad.
    pub kind: PageKind,
    /// Listing depth.
    pub depth: u32,
    /// When it is next due.
    pub due_at: DateTime<Utc>,
    /// Due for fetching, or given up on and why.
    pub state: FrontierState,
    /// Consecutive failures.
    pub failures: u32,
    /// Last error, if any.
    pub last_error: Option<String>,
    /// ETag from the last successful fetch.
    pub etag: Option<String>,
    /// Last-Modified from the last successful fetch.
    pub last_modified: Option<String>,
    /// Hash of the last fetched body.
    pub content_hash: Option<String>,
    /// When it was last fetched.
    pub last_fetched: Option<DateTime<Utc>>,
}

const COLUMNS: &str = "url, site, kind, depth, due_at, state, failures, last_error, etag, last_modified, content_hash, last_fetched";

/// A frontier row selected with [`COLUMNS`], read by column name.
fn entry(r: &rusqlite::Row<'_>) -> rusqlite::Result<FrontierEntry> {
    let kind: String = r.get("kind")?;
    let due: String = r.get("due_at")?;
    let fetched: Option<String> = r.get("last_fetched")?;
    Ok(FrontierEntry {
        url: r.get("url")?,
        site: r.get("site")?,
        kind: PageKind::parse(&kind),
        depth: r.get("depth")?,
        due_at: parse_time(&due).unwrap_or_default(),
        state: FrontierState::parse(&r.get::<_, String>("state")?),
        failures: r.get("failures")?,
        last_error: r.get("last_error")?,
        etag: r.get("etag")?,
        last_modified: r.get("last_modified")?,
        content_hash: r.get("content_hash")?,
        last_fetched: fetched.and_then(|s| parse_time(&s)),
    })
}

/// The result of fetching a frontier URL, for [`FrontierStore::frontier_fetched`](crate::FrontierStore::frontier_fetched).
#[derive(Debug, Clone, PartialEq)]
pub struct FetchRecord {
    /// HTTP status (304 for not modified).
    pub status: u16,
    /// New ETag, if the response had one.
    pub etag: Option<String>,
    /// New Last-Modified, if the response had one.
    pub last_modified: Option<String>,
    /// Hash of the body, if one was read.
    pub content_hash: Option<String>,
    /// When to fetch it again.
    pub next_due: DateTime<Utc>,
}

impl crate::roles::FrontierStore for Store {
    fn frontier_add(
        &mut self,
        site: &str,
        found: &[Discovered],
        pass_start: DateTime<Utc>,
    ) -> Result<usize> {
        let (now_s, start_s) = (to_text(&now()), to_text(&pass_start));
        self.write(|tx| {
            let mut new = 0;
            let mut ins = tx.prepare_cached(
                "INSERT OR IGNORE INTO frontier (url, site, kind, depth, due_at, discovered_at) VALUES (?1, ?2, ?3, ?4, ?5, ?5)",
            )?;
            let mut due_listing = tx.prepare_cached(
                "UPDATE frontier SET due_at = ?2, depth = MIN(depth, ?3) WHERE url = ?1 AND kind = 'listing' AND state = 'pending' AND (last_fetched IS NULL OR last_fetched < ?4) AND due_at > ?2",
            )?;
            let mut listed = tx.prepare_cached("UPDATE frontier SET last_listed = ?2 WHERE url = ?1")?;
            for d in found {
                if ins.execute(params![d.url, site, d.kind.as_str(), d.depth, now_s])? > 0 {
                    new += 1;
                } else if d.kind == PageKind::Listing {
                    due_listing.execute(params![d.url, now_s, d.depth, start_s])?;
                }
                if d.kind == PageKind::Ad {
                    listed.execute(params![d.url, now_s])?;
                }
            }
            Ok(new)
        })
    }

    fn frontier_due(
        &self,
        site: &str,
        at: DateTime<Utc>,
        limit: usize,
    ) -> Result<Vec<FrontierEntry>> {
        let mut stmt = self
            .conn
            .prepare_cached(&format!(
                "SELECT {COLUMNS} FROM frontier WHERE site = ?1 AND state = 'pending' AND due_at <= ?2
                 ORDER BY kind = 'ad', depth, due_at, url LIMIT ?3"
            ))
            .map_err(|e| self.err(e))?;
        let rows = stmt
            .query_map(params![site, to_text(&at), limit as i64], entry)
            .map_err(|e| self.err(e))?;
        rows.collect::<rusqlite::Result<_>>()
            .map_err(|e| self.err(e))
    }

    fn frontier_claim(
        &mut self,
        site: &str,
        at: DateTime<Utc>,
        limit: usize,
        lease: &Lease,
    ) -> Result<Vec<FrontierEntry>> {
        let (at_s, until_s) = (to_text(&at), to_text(&lease.until));
        self.write(|tx| {
            let rows: Vec<FrontierEntry> = {
                let mut stmt = tx.prepare_cached(&format!(
                    "SELECT {COLUMNS} FROM frontier WHERE site = ?1 AND state = 'pending' AND due_at <= ?2
                       AND (lease_until IS NULL OR lease_until <= ?2 OR leased_by = ?4)
                     ORDER BY kind = 'ad', depth, due_at, url LIMIT ?3"
                ))?;
                let it = stmt.query_map(params![site, at_s, limit as i64, lease.worker], entry)?;
                it.collect::<rusqlite::Result<_>>()?
            };
            let mut hold = tx.prepare_cached(
                "UPDATE frontier SET leased_by = ?2, lease_until = ?3 WHERE url = ?1",
            )?;
            for r in &rows {
                hold.execute(params![r.url, lease.worker, until_s])?;
            }
            Ok(rows)
        })
    }

    fn frontier_entry(&self, url: &str) -> Result<Option<FrontierEntry>> {
        self.conn
            .query_row(
                &format!("SELECT {COLUMNS} FROM frontier WHERE url = ?1"),
                [url],
                entry,
            )
            .optional()
            .map_err(|e| self.err(e))
    }

    fn frontier_fetched(&mut self, url: &str, rec: &FetchRecord) -> Result<()> {
        let at = to_text(&now());
        let due = to_text(&rec.next_due);
        self.write(|tx| {
            tx.prepare_cached(
                "UPDATE frontier SET state = 'pending', failures = 0, last_error = NULL, last_status = ?2,
                   etag = COALESCE(?3, etag), last_modified = COALESCE(?4, last_modified),
                   content_hash = COALESCE(?5, content_hash), last_fetched = ?6, due_at = ?7,
                   leased_by = NULL, lease_until = NULL
                 WHERE url = ?1",
            )?
            .execute(params![url, rec.status, rec.etag, rec.last_modified, rec.content_hash, at, due])?;
            Ok(())
        })
    }

    fn frontier_failed(
        &mut self,
        url: &str,
        status: Option<u16>,
        error: &str,
        retry_at: Option<DateTime<Utc>>,
        final_state: FrontierState,
    ) -> Result<()> {
        let at = to_text(&now());
        self.write(|tx| {
            match retry_at {
                Some(t) => tx.prepare_cached(
                    "UPDATE frontier SET failures = failures + 1, last_error = ?2, last_status = ?3, due_at = ?4, last_fetched = ?5, leased_by = NULL, lease_until = NULL WHERE url = ?1",
                )?
                .execute(params![url, error, status, to_text(&t), at])?,
                None => tx.prepare_cached(
                    "UPDATE frontier SET failures = failures + 1, last_error = ?2, last_status = ?3, state = ?4, last_fetched = ?5, leased_by = NULL, lease_until = NULL WHERE url = ?1",
                )?
                .execute(params![url, error, status, final_state.as_str(), at])?,
            };
            Ok(())
        })
    }

    fn frontier_in_state(
        &self,
        site: &str,
        state: FrontierState,
        limit: usize,
    ) -> Result<Vec<FrontierEntry>> {
        let mut stmt = self
            .conn
            .prepare_cached(&format!(
                "SELECT {COLUMNS} FROM frontier WHERE site = ?1 AND state = ?2 ORDER BY last_fetched, url LIMIT ?3"
            ))
            .map_err(|e| self.err(e))?;
        let rows = stmt
            .query_map(params![site, state.as_str(), limit as i64], entry)
            .map_err(|e| self.err(e))?;
        rows.collect::<rusqlite::Result<_>>()
            .map_err(|e| self.err(e))
    }

    fn frontier_reopen(&mut self, url: &str, due: DateTime<Utc>) -> Result<()> {
        self.write(|tx| {
            tx.prepare_cached(
                "UPDATE frontier SET state = 'pending', due_at = ?2, failures = 0, last_error = NULL WHERE url = ?1",
            )?
            .execute(params![url, to_text(&due)])?;
            Ok(())
        })
    }

    fn frontier_counts(&self, site: Option<&str>) -> Result<Vec<(FrontierState, i64)>> {
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT state, COUNT(*) AS n FROM frontier WHERE ?1 IS NULL OR site = ?1 GROUP BY state ORDER BY state",
            )
            .map_err(|e| self.err(e))?;
        let rows = stmt
            .query_map([site], |r| {
                Ok((
                    FrontierState::parse(&r.get::<_, String>("state")?),
                    r.get("n")?,
                ))
            })
            .map_err(|e| self.err(e))?;
        rows.collect::<rusqlite::Result<_>>()
            .map_err(|e| self.err(e))
    }

    fn host_lease(
        &mut self,
        site: &str,
        hosts: &[String],
        lease: &Lease,
        at: DateTime<Utc>,
    ) -> Result<crate::hostlease::HostGrant> {
        self.sqlite_host_lease(site, hosts, lease, at)
    }

    fn host_release(&mut self, hosts: &[String], worker: &str, at: DateTime<Utc>) -> Result<()> {
        self.sqlite_host_release(hosts, worker, at)
    }

    fn begin_run(&mut self, site: &str) -> Result<i64> {
        let at = to_text(&now());
        self.write(|tx| {
            tx.prepare_cached("INSERT INTO crawl_runs (site, started_at) VALUES (?1, ?2)")?
                .execute(params![site, at])?;
            Ok(tx.last_insert_rowid())
        })
    }

    fn finish_run(&mut self, run: i64, stats: &RunStats, outcome: PassEnd) -> Result<()> {
        let at = to_text(&now());
        self.write(|tx| {
            tx.prepare_cached(
                "UPDATE crawl_runs SET finished_at = ?2, pages = ?3, new_ads = ?4, changed_ads = ?5, errors = ?6, outcome = ?7 WHERE id = ?1",
            )?
            .execute(params![run, at, stats.pages, stats.new_ads, stats.changed_ads, stats.errors, outcome.as_str()])?;
            Ok(())
        })
    }

    fn last_runs(&self) -> Result<Vec<LastRun>> {
        let mut stmt = self
            .conn
            .prepare(
                "SELECT site, COALESCE(finished_at, started_at) AS at, pages, new_ads, changed_ads, errors, outcome
                 FROM crawl_runs WHERE id IN (SELECT MAX(id) FROM crawl_runs GROUP BY site) ORDER BY site",
            )
            .map_err(|e| self.err(e))?;
        let rows = stmt
            .query_map([], |r| {
                Ok((
                    r.get("site")?,
                    r.get("at")?,
                    RunStats {
                        pages: r.get("pages")?,
                        new_ads: r.get("new_ads")?,
                        changed_ads: r.get("changed_ads")?,
                        errors: r.get("errors")?,
                    },
                    r.get::<_, Option<String>>("outcome")?
                        .and_then(|o| PassEnd::parse(&o)),
                ))
            })
            .map_err(|e| self.err(e))?;
        rows.collect::<rusqlite::Result<_>>()
            .map_err(|e| self.err(e))
    }
}

/// Counts for one crawl pass.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RunStats {
    /// Pages fetched (including 304s).
    pub pages: u64,
    /// Ads stored for the first time.
    pub new_ads: u64,
    /// Ads whose content changed.
    pub changed_ads: u64,
    /// Fetch or extraction errors.
    pub errors: u64,
}

#[cfg(test)]
mod tests {
    use super::{FrontierState, PassEnd};

    /// A pass's end reads back as recorded; another text is no end.
    #[test]
    fn pass_ends_read_back() {
        for e in PassEnd::ALL {
            assert_eq!(PassEnd::parse(e.as_str()), Some(e));
        }
        assert_eq!(PassEnd::parse("running"), None);
    }

    /// Each state reads back as written; one from a newer build is never
    /// fetched.
    #[test]
    fn states_read_back_and_unknown_ones_are_not_pending() {
        for s in FrontierState::ALL {
            assert_eq!(FrontierState::parse(s.as_str()), s);
        }
        let mut sorted = FrontierState::ALL.map(|s| s.as_str());
        sorted.sort_unstable();
        assert_eq!(sorted, FrontierState::ALL.map(|s| s.as_str()));
        assert_eq!(FrontierState::parse("parked"), FrontierState::Failed);
    }
}

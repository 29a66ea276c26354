//! [`FrontierStore`](crate::FrontierStore) on PostgreSQL: the frontier
//! shared by several crawler workers. Claims take rows with
//! `FOR UPDATE SKIP LOCKED`, so two workers claiming at once never get the
//! same row and never wait on each other; host leases
//! ([`crate::hostlease`]) lock their `meta` rows, so two workers asking for
//! one host at once get one answer each, one of them `Held`.

use super::PgStore;
use crate::frontier::{
    Discovered, FetchRecord, FrontierEntry, FrontierState, Lease, PageKind, PassEnd, RunStats,
};
use crate::hostlease::{self, HostGrant};
use crate::{now, parse_time, to_text, Result};
use chrono::{DateTime, Utc};
use postgres::Row;

const COLUMNS: &str = "url, site, kind, depth, due_at, state, failures, last_error, etag, last_modified, content_hash, last_fetched";

/// The order of [`FrontierStore::frontier_due`](crate::FrontierStore::frontier_due): listings first, shallowest first, oldest due first.
const ORDER: &str = r#"(kind = 'ad'), depth, due_at COLLATE "C", url COLLATE "C""#;

fn entry(r: &Row) -> FrontierEntry {
    let kind: String = r.get("kind");
    let due: String = r.get("due_at");
    let fetched: Option<String> = r.get("last_fetched");
    let depth: i64 = r.get("depth");
    let failures: i64 = r.get("failures");
    FrontierEntry {
        url: r.get("url"),
        site: r.get("site"),
        kind: if kind == "ad" {
            PageKind::Ad
        } else {
            PageKind::Listing
        },
        depth: depth.clamp(0, i64::from(u32::MAX)) as u32,
        due_at: parse_time(&due).unwrap_or_default(),
        state: FrontierState::parse(r.get("state")),
        failures: failures.clamp(0, i64::from(u32::MAX)) as u32,
        last_error: r.get("last_error"),
        etag: r.get("etag"),
        last_modified: r.get("last_modified"),
        content_hash: r.get("content_hash"),
        last_fetched: fetched.and_then(|s| parse_time(&s)),
    }
}

fn kind_str(k: PageKind) -> &'static str {
    match k {
        PageKind::Listing => "listing",
        PageKind::Ad => "ad",
    }
}

/// The sort key of [`ORDER`], to put `RETURNING` rows back in order.
fn order_key(e: &FrontierEntry) -> (bool, u32, DateTime<Utc>, String) {
    (e.kind == PageKind::Ad, e.depth, e.due_at, e.url.clone())
}

impl crate::roles::FrontierStore for PgStore {
    fn frontier_add(
        &mut self,
        site: &str,
        found: &[Discovered],
        pass_start: DateTime<Utc>,
    ) -> Result<usize> {
        let (now_s, start_s) = (to_text(&now()), to_text(&pass_start));
        self.write(|tx| {
            let ins = tx.prepare_cached(
                "INSERT INTO frontier (url, site, kind, depth, due_at, discovered_at) VALUES ($1, $2, $3, $4, $5, $5)
                 ON CONFLICT (url) DO NOTHING",
            )?;
            let due_listing = tx.prepare_cached(
                "UPDATE frontier SET due_at = $2, depth = LEAST(depth, $3) WHERE url = $1 AND kind = 'listing' AND state = 'pending'
                   AND (last_fetched IS NULL OR last_fetched < $4) AND due_at > $2",
            )?;
            let listed = tx.prepare_cached("UPDATE frontier SET last_listed = $2 WHERE url = $1")?;
            let mut new = 0;
            for d in found {
                let depth = i64::from(d.depth);
                if tx.execute(&ins, &[&d.url, &site, &kind_str(d.kind), &depth, &now_s])? > 0 {
                    new += 1;
                } else if d.kind == PageKind::Listing {
                    tx.execute(&due_listing, &[&d.url, &now_s, &depth, &start_s])?;
                }
                if d.kind == PageKind::Ad {
                    tx.execute(&listed, &[&d.url, &now_s])?;
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
        let rows = self.query(
            &format!(
                "SELECT {COLUMNS} FROM frontier WHERE site = $1 AND state = 'pending' AND due_at <= $2
                 ORDER BY {ORDER} LIMIT $3"
            ),
            &[&site, &to_text(&at), &(limit as i64)],
        )?;
        Ok(rows.iter().map(entry).collect())
    }

    fn frontier_claim(
        &mut self,
        site: &str,
        at: DateTime<Utc>,
        limit: usize,
        lease: &Lease,
    ) -> Result<Vec<FrontierEntry>> {
        let (at_s, until_s) = (to_text(&at), to_text(&lease.until));
        let sql = format!(
            "WITH c AS (
               SELECT url FROM frontier WHERE site = $1 AND state = 'pending' AND due_at <= $2
                 AND (lease_until IS NULL OR lease_until <= $2 OR leased_by = $4)
               ORDER BY {ORDER} LIMIT $3
               FOR UPDATE SKIP LOCKED)
             UPDATE frontier f SET leased_by = $4, lease_until = $5 FROM c WHERE f.url = c.url
             RETURNING {}",
            COLUMNS
                .split(", ")
                .map(|c| format!("f.{c}"))
                .collect::<Vec<_>>()
                .join(", ")
        );
        let mut rows: Vec<FrontierEntry> = self.write(|tx| {
            let st = tx.prepare_cached(&sql)?;
            let rows = tx.query(
                &st,
                &[&site, &at_s, &(limit as i64), &lease.worker, &until_s],
            )?;
            Ok(rows.iter().map(entry).collect())
        })?;
        rows.sort_by_key(order_key);
        Ok(rows)
    }

    fn frontier_entry(&self, url: &str) -> Result<Option<FrontierEntry>> {
        Ok(self
            .query_opt(
                &format!("SELECT {COLUMNS} FROM frontier WHERE url = $1"),
                &[&url],
            )?
            .map(|r| entry(&r)))
    }

    fn frontier_fetched(&mut self, url: &str, rec: &FetchRecord) -> Result<()> {
        let (at, due) = (to_text(&now()), to_text(&rec.next_due));
        let status = i64::from(rec.status);
        self.write(|tx| {
            tx.execute(
                "UPDATE frontier SET state = 'pending', failures = 0, last_error = NULL, last_status = $2,
                   etag = COALESCE($3, etag), last_modified = COALESCE($4, last_modified),
                   content_hash = COALESCE($5, content_hash), last_fetched = $6, due_at = $7,
                   leased_by = NULL, lease_until = NULL
                 WHERE url = $1",
                &[&url, &status, &rec.etag, &rec.last_modified, &rec.content_hash, &at, &due],
            )?;
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
        let status = status.map(i64::from);
        self.write(|tx| {
            match retry_at {
                Some(t) => tx.execute(
                    "UPDATE frontier SET failures = failures + 1, last_error = $2, last_status = $3, due_at = $4,
                       last_fetched = $5, leased_by = NULL, lease_until = NULL WHERE url = $1",
                    &[&url, &error, &status, &to_text(&t), &at],
                )?,
                None => tx.execute(
                    "UPDATE frontier SET failures = failures + 1, last_error = $2, last_status = $3, state = $4,
                       last_fetched = $5, leased_by = NULL, lease_until = NULL WHERE url = $1",
                    &[&url, &error, &status, &final_state.as_str(), &at],
                )?,
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
        let rows = self.query(
            &format!(
                r#"SELECT {COLUMNS} FROM frontier WHERE site = $1 AND state = $2
                   ORDER BY last_fetched COLLATE "C" NULLS FIRST, url COLLATE "C" LIMIT $3"#
            ),
            &[&site, &state.as_str(), &(limit as i64)],
        )?;
        Ok(rows.iter().map(entry).collect())
    }

    fn frontier_reopen(&mut self, url: &str, due: DateTime<Utc>) -> Result<()> {
        let due = to_text(&due);
        self.write(|tx| {
            tx.execute(
                "UPDATE frontier SET state = 'pending', due_at = $2, failures = 0, last_error = NULL WHERE url = $1",
                &[&url, &due],
            )?;
            Ok(())
        })
    }

    fn frontier_counts(&self, site: Option<&str>) -> Result<Vec<(FrontierState, i64)>> {
        let rows = self.query(
            r#"SELECT state, COUNT(*) FROM frontier WHERE $1::TEXT IS NULL OR site = $1
               GROUP BY state ORDER BY state COLLATE "C""#,
            &[&site],
        )?;
        Ok(rows
            .iter()
            .map(|r| (FrontierState::parse(r.get(0)), r.get(1)))
            .collect())
    }

    fn host_lease(
        &mut self,
        site: &str,
        hosts: &[String],
        lease: &Lease,
        at: DateTime<Utc>,
    ) -> Result<HostGrant> {
        let mut hosts = hosts.to_vec();
        // One lock order for every worker: no deadlock between two asking
        // for overlapping hosts.
        hosts.sort();
        hosts.dedup();
        let keys: Vec<String> = hosts.iter().map(|h| hostlease::key(h)).collect();
        let never = hostlease::encode("", &DateTime::<Utc>::UNIX_EPOCH);
        self.write(|tx| {
            // Make every row exist, then lock them all: the decision below
            // sees what no other transaction can change until this one ends.
            for k in &keys {
                tx.execute(
                    "INSERT INTO meta (key, value) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING",
                    &[k, &never],
                )?;
            }
            let mut current = Vec::new();
            for (h, k) in hosts.iter().zip(&keys) {
                let v: Option<String> = tx
                    .query_opt("SELECT value FROM meta WHERE key = $1 FOR UPDATE", &[k])?
                    .map(|r| r.get(0));
                current.push((h.clone(), v));
            }
            let (grant, fresh) = hostlease::decide(lease, at, &current);
            if let HostGrant::Granted { .. } = grant {
                let value = hostlease::encode(&lease.worker, &lease.until);
                for k in &keys {
                    tx.execute("UPDATE meta SET value = $2 WHERE key = $1", &[k, &value])?;
                }
                if fresh {
                    tx.execute(
                        "UPDATE frontier SET leased_by = NULL, lease_until = NULL
                         WHERE site = $1 AND leased_by IS NOT NULL AND leased_by <> $2",
                        &[&site, &lease.worker],
                    )?;
                }
            }
            Ok(grant)
        })
    }

    fn host_release(&mut self, hosts: &[String], worker: &str, at: DateTime<Utc>) -> Result<()> {
        let value = hostlease::encode(worker, &at);
        let prefix = format!("{worker}\t");
        self.write(|tx| {
            for h in hosts {
                tx.execute(
                    "UPDATE meta SET value = $2 WHERE key = $1 AND starts_with(value, $3)",
                    &[&hostlease::key(h), &value, &prefix],
                )?;
            }
            Ok(())
        })
    }

    fn begin_run(&mut self, site: &str) -> Result<i64> {
        let at = to_text(&now());
        self.write(|tx| {
            Ok(tx
                .query_one(
                    "INSERT INTO crawl_runs (site, started_at) VALUES ($1, $2) RETURNING id",
                    &[&site, &at],
                )?
                .get(0))
        })
    }

    fn finish_run(&mut self, run: i64, stats: &RunStats, outcome: PassEnd) -> Result<()> {
        let at = to_text(&now());
        let n = |v: u64| v.min(i64::MAX as u64) as i64;
        let (pages, new, changed, errors) = (
            n(stats.pages),
            n(stats.new_ads),
            n(stats.changed_ads),
            n(stats.errors),
        );
        self.write(|tx| {
            tx.execute(
                "UPDATE crawl_runs SET finished_at = $2, pages = $3, new_ads = $4, changed_ads = $5, errors = $6, outcome = $7 WHERE id = $1",
                &[&run, &at, &pages, &new, &changed, &errors, &outcome.as_str()],
            )?;
            Ok(())
        })
    }

    fn last_runs(&self) -> Result<Vec<crate::frontier::LastRun>> {
        let rows = self.query(
            r#"SELECT site, COALESCE(finished_at, started_at), pages, new_ads, changed_ads, errors, outcome
               FROM crawl_runs WHERE id IN (SELECT MAX(id) FROM crawl_runs GROUP BY site) ORDER BY site COLLATE "C""#,
            &[],
        )?;
        let n = |v: i64| v.max(0) as u64;
        Ok(rows
            .iter()
            .map(|r| {
                (
                    r.get(0),
                    r.get(1),
                    RunStats {
                        pages: n(r.get(2)),
                        new_ads: n(r.get(3)),
                        changed_ads: n(r.get(4)),
                        errors: n(r.get(5)),
                    },
                    r.get::<_, Option<String>>(6)
                        .and_then(|o| PassEnd::parse(&o)),
                )
            })
            .collect())
    }
}

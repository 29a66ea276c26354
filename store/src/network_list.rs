//! Networks as the unit of work: the list outreach triages, in priority
//! order — largest first, then the strongest indicator among the member ads
//! (the highest member score), then the most recent activity — with each
//! network's review status, assignee, normalised cities and first and last
//! seen.
//!
//! One query pages the networks; the cities and indicators of only the rows
//! on the page are read after it, so a page costs the same on a store with
//! ten or ten thousand networks.

use crate::review::ReviewStatus;
use crate::{parse_time, Result, Store};
use chrono::{DateTime, Utc};
use rusqlite::params;
use serde::{Deserialize, Serialize};

/// Which networks to list.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct NetworkFilter {
    /// Only networks assigned to this reviewer.
    pub assignee: Option<String>,
    /// Only networks with this review status.
    pub status: Option<ReviewStatus>,
    /// At most this many (0: no limit).
    pub limit: usize,
    /// Skip this many first.
    pub offset: usize,
}

/// One row of the network list (the JSON of `review networks --json`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NetworkListItem {
    /// Network id.
    pub network_id: i64,
    /// Member ads.
    pub size: i64,
    /// The network's review status (`new` when never reviewed).
    pub status: ReviewStatus,
    /// Who the network is assigned to, if anyone.
    pub assignee: Option<String>,
    /// Distinct cities of the members: the gazetteer name where the place is
    /// known, the location as written otherwise.
    pub cities: Vec<String>,
    /// First time any member was seen.
    pub first_seen: Option<DateTime<Utc>>,
    /// Last time any member was seen.
    pub last_seen: Option<DateTime<Utc>>,
    /// The highest score among the member ads.
    pub max_score: f64,
    /// Codes of the positive indicators fired in member ads, strongest first
    /// (at most five).
    pub indicators: Vec<String>,
}

impl Store {
    /// Networks in priority order (size, strongest member score, last seen).
    pub fn network_list(&self, f: &NetworkFilter) -> Result<Vec<NetworkListItem>> {
        let limit = if f.limit == 0 { -1 } else { f.limit as i64 };
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT n.id, n.size, n.first_seen, n.last_seen,
                        COALESCE((SELECT MAX(a.score) FROM network_members m
                                  JOIN analysis a ON a.ad_id = m.ad_id
                                  WHERE m.network_id = n.id), 0.0) AS top,
                        COALESCE(r.status, 'new'), s.assignee
                 FROM networks n
                 LEFT JOIN reviews r ON r.target_kind = 'network' AND r.target_id = n.id
                 LEFT JOIN assignments s ON s.target_kind = 'network' AND s.target_id = n.id
                 WHERE (?1 IS NULL OR COALESCE(r.status, 'new') = ?1)
                   AND (?4 IS NULL OR s.assignee = ?4)
                 ORDER BY n.size DESC, top DESC, n.last_seen DESC, n.id
                 LIMIT ?2 OFFSET ?3",
            )
            .map_err(|e| self.err(e))?;
        let rows = stmt
            .query_map(
                params![
                    f.status.map(|s| s.as_str()),
                    limit,
                    f.offset as i64,
                    f.assignee.as_deref().map(str::trim)
                ],
                |r| {
                    let first: Option<String> = r.get(2)?;
                    let last: Option<String> = r.get(3)?;
                    let status: String = r.get(5)?;
                    Ok(NetworkListItem {
                        network_id: r.get(0)?,
                        size: r.get(1)?,
                        status: ReviewStatus::parse(&status).unwrap_or(ReviewStatus::New),
                        assignee: r.get(6)?,
                        cities: Vec::new(),
                        first_seen: first.and_then(|s| parse_time(&s)),
                        last_seen: last.and_then(|s| parse_time(&s)),
                        max_score: r.get(4)?,
                        indicators: Vec::new(),
                    })
                },
            )
            .map_err(|e| self.err(e))?;
        let mut items: Vec<NetworkListItem> = rows
            .collect::<rusqlite::Result<_>>()
            .map_err(|e| self.err(e))?;
        for item in &mut items {
            item.cities = self.network_cities(item.network_id)?;
            item.indicators = self.network_indicators(item.network_id)?;
        }
        Ok(items)
    }

    fn network_cities(&self, id: i64) -> Result<Vec<String>> {
        self.texts_of_network(
            "SELECT DISTINCT COALESCE(a.place_name, TRIM(a.location)) AS city
             FROM network_members m JOIN ads a ON a.id = m.ad_id
             WHERE m.network_id = ?1 AND city IS NOT NULL AND city <> ''
             ORDER BY city",
            id,
        )
    }

    fn network_indicators(&self, id: i64) -> Result<Vec<String>> {
        self.texts_of_network(
            "SELECT i.code FROM ad_indicators i
             JOIN network_members m ON m.ad_id = i.ad_id
             WHERE m.network_id = ?1 AND i.weight > 0
             GROUP BY i.code ORDER BY MAX(i.weight) DESC, i.code LIMIT 5",
            id,
        )
    }

    /// The first column of `sql` (one text per row) for network `id`.
    fn texts_of_network(&self, sql: &str, id: i64) -> Result<Vec<String>> {
        let mut stmt = self.conn.prepare_cached(sql).map_err(|e| self.err(e))?;
        let rows = stmt
            .query_map([id], |r| r.get(0))
            .map_err(|e| self.err(e))?;
        rows.collect::<rusqlite::Result<_>>()
            .map_err(|e| self.err(e))
    }
}

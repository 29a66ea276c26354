//! [`QueueStore`](crate::QueueStore) on PostgreSQL: the review queue's
//! pages and counts with the filter of [`crate::filter`] in PostgreSQL's
//! dialect. The planner picks the driving index itself, so a page is one
//! query (SQLite's store walks its priority index by hand).

use super::PgStore;
use crate::filter::{pg_ad_filter, pg_queue_filter, Arg, ListFilter, PG_AD_FROM, PG_QUEUE_FROM};
use crate::network_list::{NetworkFilter, NetworkListItem};
use crate::query::{AdSummary, StoredImage};
use crate::review::ReviewStatus;
use crate::{parse_time, Result};
use postgres::types::ToSql;
use postgres::Row;

/// The arguments as the driver takes them.
pub(crate) fn params(args: &[Arg]) -> Vec<Box<dyn ToSql + Sync>> {
    args.iter()
        .map(|a| -> Box<dyn ToSql + Sync> {
            match a {
                Arg::Text(s) => Box::new(s.clone()),
                Arg::Int(i) => Box::new(*i),
                Arg::Real(r) => Box::new(*r),
            }
        })
        .collect()
}

fn summary_from(r: &Row) -> AdSummary {
    let codes: Option<String> = r.get("codes");
    let status: String = r.get("status");
    let first: String = r.get("first_seen");
    let last: String = r.get("last_seen");
    let removed: Option<String> = r.get("removed_at");
    let age: Option<i64> = r.get("age");
    AdSummary {
        id: r.get("id"),
        site: r.get("site"),
        url: r.get("url"),
        title: r.get("title"),
        name: r.get("name"),
        age: age.and_then(|a| u32::try_from(a).ok()),
        location: r.get("location"),
        language: r.get("language"),
        score: r.get("score"),
        indicators: codes
            .filter(|c| !c.is_empty())
            .map(|c| c.split(',').map(str::to_string).collect())
            .unwrap_or_default(),
        status: ReviewStatus::parse(&status).unwrap_or(ReviewStatus::New),
        network_id: r.get("network_id"),
        network_size: r.get("network_size"),
        first_seen: parse_time(&first).unwrap_or_default(),
        last_seen: parse_time(&last).unwrap_or_default(),
        removed_at: removed.and_then(|s| parse_time(&s)),
    }
}

impl crate::roles::QueueStore for PgStore {
    fn list_ads(&self, f: &ListFilter) -> Result<Vec<AdSummary>> {
        let mut sql = String::from(
            "SELECT a.id, a.site, a.url, a.title, a.name, a.age::BIGINT AS age, a.location, n.language,
                    COALESCE(n.score, 0) AS score,
                    (SELECT string_agg(i.code, ',' ORDER BY i.weight DESC, i.code) FROM ad_indicators i WHERE i.ad_id = a.id) AS codes,
                    COALESCE(r.status, 'new') AS status, m.network_id, COALESCE(w.size, 1)::BIGINT AS network_size,
                    a.first_seen, a.last_seen, a.removed_at",
        );
        sql.push_str(PG_AD_FROM);
        sql.push_str(" LEFT JOIN networks w ON w.id = m.network_id");
        let (clause, args) = pg_ad_filter(f);
        sql.push_str(&clause);
        sql.push_str(
            " ORDER BY COALESCE(n.score, 0) DESC, COALESCE(w.size, 1) DESC, a.first_seen DESC, a.id",
        );
        if f.limit > 0 {
            sql.push_str(&format!(" LIMIT {} OFFSET {}", f.limit, f.offset));
        }
        let boxed = params(&args);
        let refs: Vec<&(dyn ToSql + Sync)> = boxed.iter().map(|b| b.as_ref()).collect();
        Ok(self.query(&sql, &refs)?.iter().map(summary_from).collect())
    }

    fn queue_page(&self, f: &ListFilter) -> Result<Vec<AdSummary>> {
        // The page's ids from the priority table (its index gives the order;
        // a plain filter needs no join), then their summaries.
        let order = " ORDER BY q.score DESC, q.net_size DESC, q.first_seen DESC, q.ad_id";
        let page = if f.limit > 0 {
            format!(" LIMIT {} OFFSET {}", f.limit, f.offset)
        } else {
            format!(" OFFSET {}", f.offset)
        };
        let (sql, args) = if f.is_plain() {
            let removed = if f.include_removed {
                ""
            } else {
                " WHERE q.removed_at IS NULL"
            };
            (
                format!("SELECT q.ad_id FROM review_queue q{removed}{order}{page}"),
                Vec::new(),
            )
        } else {
            let (clause, args) = pg_queue_filter(f);
            (
                format!("SELECT q.ad_id{PG_QUEUE_FROM}{clause}{order}{page}"),
                args,
            )
        };
        let boxed = params(&args);
        let refs: Vec<&(dyn ToSql + Sync)> = boxed.iter().map(|b| b.as_ref()).collect();
        let ids: Vec<i64> = self.query(&sql, &refs)?.iter().map(|r| r.get(0)).collect();
        if ids.is_empty() {
            return Ok(Vec::new());
        }
        let rows = self.list_ads(&ListFilter {
            ids: ids.clone(),
            include_removed: true,
            ..ListFilter::default()
        })?;
        let mut by_id: std::collections::HashMap<i64, AdSummary> =
            rows.into_iter().map(|r| (r.id, r)).collect();
        Ok(ids.iter().filter_map(|id| by_id.remove(id)).collect())
    }

    fn queue_count(&self, f: &ListFilter) -> Result<i64> {
        if f.is_plain() {
            let sql = if f.include_removed {
                "SELECT count(*) FROM review_queue"
            } else {
                "SELECT count(*) FROM review_queue WHERE removed_at IS NULL"
            };
            return Ok(self.query_one(sql, &[])?.get(0));
        }
        let (clause, args) = pg_queue_filter(f);
        let sql = format!("SELECT count(*){PG_QUEUE_FROM}{clause}");
        let boxed = params(&args);
        let refs: Vec<&(dyn ToSql + Sync)> = boxed.iter().map(|b| b.as_ref()).collect();
        Ok(self.query_one(&sql, &refs)?.get(0))
    }

    fn status_counts(&self) -> Result<Vec<(ReviewStatus, i64)>> {
        let counted: std::collections::HashMap<String, i64> = self
            .query(
                "SELECT COALESCE(r.status, 'new'), count(*) FROM review_queue q
                 LEFT JOIN LATERAL (SELECT rv.status FROM reviews rv
                                    WHERE rv.target_kind = 'ad' AND rv.target_id = q.ad_id
                                    ORDER BY (rv.org = ''), rv.updated_at DESC LIMIT 1) r ON true
                 WHERE q.removed_at IS NULL GROUP BY 1",
                &[],
            )?
            .iter()
            .map(|r| (r.get(0), r.get(1)))
            .collect();
        Ok(ReviewStatus::ALL
            .into_iter()
            .map(|s| (s, counted.get(s.as_str()).copied().unwrap_or(0)))
            .collect())
    }

    fn network_list(&self, f: &NetworkFilter) -> Result<Vec<NetworkListItem>> {
        let limit = if f.limit == 0 {
            i64::MAX
        } else {
            f.limit as i64
        };
        let offset = f.offset as i64;
        let status = f.status.map(|s| s.as_str());
        let assignee = f.assignee.as_deref().map(str::trim);
        // The reader's organisation's status and assignee before those of no
        // organisation (row-level security shows only those two).
        let rows = self.query(
            "SELECT n.id, n.size, n.first_seen, n.last_seen,
                    COALESCE((SELECT MAX(a.score) FROM network_members m
                              JOIN analysis a ON a.ad_id = m.ad_id
                              WHERE m.network_id = n.id), 0.0) AS top,
                    COALESCE(r.status, 'new') AS status, s.assignee
             FROM networks n
             LEFT JOIN LATERAL (SELECT rv.status FROM reviews rv
                                WHERE rv.target_kind = 'network' AND rv.target_id = n.id
                                ORDER BY (rv.org = ''), rv.updated_at DESC LIMIT 1) r ON true
             LEFT JOIN LATERAL (SELECT x.assignee FROM assignments x
                                WHERE x.target_kind = 'network' AND x.target_id = n.id
                                ORDER BY (x.org = ''), x.assigned_at DESC LIMIT 1) s ON true
             WHERE ($1::TEXT IS NULL OR COALESCE(r.status, 'new') = $1)
               AND ($4::TEXT IS NULL OR s.assignee = $4)
             ORDER BY n.size DESC, top DESC, n.last_seen DESC, n.id
             LIMIT $2 OFFSET $3",
            &[&status, &limit, &offset, &assignee],
        )?;
        let mut items = Vec::with_capacity(rows.len());
        for r in rows {
            let id: i64 = r.get(0);
            let first: Option<String> = r.get(2);
            let last: Option<String> = r.get(3);
            let status: String = r.get(5);
            let texts = |sql: &str| -> Result<Vec<String>> {
                Ok(self.query(sql, &[&id])?.iter().map(|r| r.get(0)).collect())
            };
            items.push(NetworkListItem {
                network_id: id,
                size: r.get(1),
                status: ReviewStatus::parse(&status).unwrap_or(ReviewStatus::New),
                assignee: r.get(6),
                cities: texts(
                    "SELECT DISTINCT city FROM (
                         SELECT COALESCE(a.place_name, TRIM(a.location)) AS city
                         FROM network_members m JOIN ads a ON a.id = m.ad_id
                         WHERE m.network_id = $1) c
                     WHERE city IS NOT NULL AND city <> '' ORDER BY city",
                )?,
                first_seen: first.and_then(|s| parse_time(&s)),
                last_seen: last.and_then(|s| parse_time(&s)),
                max_score: r.get(4),
                indicators: texts(
                    "SELECT i.code FROM ad_indicators i
                     JOIN network_members m ON m.ad_id = i.ad_id
                     WHERE m.network_id = $1 AND i.weight > 0
                     GROUP BY i.code ORDER BY MAX(i.weight) DESC, i.code LIMIT 5",
                )?,
            });
        }
        Ok(items)
    }

    fn images_of(&self, ad: i64) -> Result<Vec<StoredImage>> {
        Ok(self
            .query(
                "SELECT url, phash, error FROM images WHERE ad_id = $1 ORDER BY url",
                &[&ad],
            )?
            .iter()
            .map(|r| {
                let h: Option<i64> = r.get("phash");
                StoredImage {
                    url: r.get("url"),
                    phash: h.map(|h| format!("{:016x}", h as u64)),
                    error: r.get("error"),
                }
            })
            .collect())
    }
}

//! The review queue at scale: a denormalised priority table kept current by
//! triggers, so the first page of a million-ad queue is an index walk, not a
//! sort of every ad.
//!
//! `review_queue` holds, per ad, the three sort keys of [`Store::list_ads`]
//! (score, network size, first seen) and `removed_at`. Triggers on `ads`,
//! `analysis`, `network_members` and `networks` keep it in step with every
//! writer (the crawler daemon included) without any change to their code.
//! [`Store::queue_page`] returns exactly the order of `list_ads`, a page at a
//! time; [`Store::queue_count`] and [`Store::status_counts`] feed the status
//! bar and are meant to run after the first page is on screen.

use crate::filter::{
    candidate_sets, filter_clause, probe_search, ListFilter, SearchTerms, QUEUE_FROM,
};
use crate::query::AdSummary;
use crate::review::ReviewStatus;
use crate::search::Exact;
use crate::{Result, Store};
use rusqlite::types::Value;
use std::collections::HashMap;

/// Migration 10: the priority index also carries `removed_at`, so a walk
/// of the plain queue (the TUI's deep pages) reads the index alone.
pub(crate) const MIGRATION_QUEUE_COVERING: &str = "
DROP INDEX review_queue_priority;
CREATE INDEX review_queue_priority ON review_queue(score DESC, net_size DESC, first_seen DESC, ad_id, removed_at);
";

/// Migration 2: the `review_queue` table, its priority index, the backfill
/// and the triggers that keep it current.
pub(crate) const MIGRATION_REVIEW_QUEUE: &str = r#"
CREATE TABLE review_queue (
    ad_id      INTEGER PRIMARY KEY REFERENCES ads(id) ON DELETE CASCADE,
    score      REAL NOT NULL DEFAULT 0,
    net_size   INTEGER NOT NULL DEFAULT 1,
    first_seen TEXT NOT NULL,
    removed_at TEXT
);
CREATE INDEX review_queue_priority ON review_queue(score DESC, net_size DESC, first_seen DESC, ad_id);
CREATE INDEX review_ads_location_nocase ON ads(location COLLATE NOCASE);
CREATE INDEX review_analysis_language ON analysis(language);

INSERT INTO review_queue (ad_id, score, net_size, first_seen, removed_at)
SELECT a.id, COALESCE(n.score, 0), COALESCE(w.size, 1), a.first_seen, a.removed_at
FROM ads a
LEFT JOIN analysis n ON n.ad_id = a.id
LEFT JOIN network_members m ON m.ad_id = a.id
LEFT JOIN networks w ON w.id = m.network_id;

CREATE TRIGGER review_queue_ad_insert AFTER INSERT ON ads BEGIN
    INSERT OR REPLACE INTO review_queue (ad_id, score, net_size, first_seen, removed_at)
    VALUES (new.id,
            COALESCE((SELECT score FROM analysis WHERE ad_id = new.id), 0),
            COALESCE((SELECT w.size FROM network_members m JOIN networks w ON w.id = m.network_id WHERE m.ad_id = new.id), 1),
            new.first_seen, new.removed_at);
END;
CREATE TRIGGER review_queue_ad_first_seen AFTER UPDATE OF first_seen ON ads
WHEN old.first_seen IS NOT new.first_seen BEGIN
    UPDATE review_queue SET first_seen = new.first_seen WHERE ad_id = new.id;
END;
CREATE TRIGGER review_queue_ad_removed AFTER UPDATE OF removed_at ON ads
WHEN old.removed_at IS NOT new.removed_at BEGIN
    UPDATE review_queue SET removed_at = new.removed_at WHERE ad_id = new.id;
END;

CREATE TRIGGER review_queue_analysis_insert AFTER INSERT ON analysis BEGIN
    UPDATE review_queue SET score = new.score WHERE ad_id = new.ad_id;
END;
CREATE TRIGGER review_queue_analysis_update AFTER UPDATE OF score ON analysis
WHEN old.score IS NOT new.score BEGIN
    UPDATE review_queue SET score = new.score WHERE ad_id = new.ad_id;
END;
CREATE TRIGGER review_queue_analysis_delete AFTER DELETE ON analysis BEGIN
    UPDATE review_queue SET score = 0 WHERE ad_id = old.ad_id;
END;

CREATE TRIGGER review_queue_member_insert AFTER INSERT ON network_members BEGIN
    UPDATE review_queue SET net_size = COALESCE((SELECT size FROM networks WHERE id = new.network_id), 1)
    WHERE ad_id = new.ad_id;
END;
CREATE TRIGGER review_queue_member_update AFTER UPDATE ON network_members BEGIN
    UPDATE review_queue SET net_size = COALESCE((SELECT size FROM networks WHERE id = new.network_id), 1)
    WHERE ad_id = new.ad_id;
END;
CREATE TRIGGER review_queue_member_delete AFTER DELETE ON network_members BEGIN
    UPDATE review_queue SET net_size = 1 WHERE ad_id = old.ad_id;
END;

CREATE TRIGGER review_queue_network_insert AFTER INSERT ON networks BEGIN
    UPDATE review_queue SET net_size = new.size
    WHERE ad_id IN (SELECT ad_id FROM network_members WHERE network_id = new.id);
END;
CREATE TRIGGER review_queue_network_size AFTER UPDATE OF size ON networks BEGIN
    UPDATE review_queue SET net_size = new.size
    WHERE ad_id IN (SELECT ad_id FROM network_members WHERE network_id = new.id);
END;
CREATE TRIGGER review_queue_network_delete AFTER DELETE ON networks BEGIN
    UPDATE review_queue SET net_size = 1
    WHERE ad_id IN (SELECT ad_id FROM network_members WHERE network_id = old.id);
END;
"#;

/// The priority order (the same as [`Store::list_ads`]).
const QUEUE_ORDER: &str = " ORDER BY q.score DESC, q.net_size DESC, q.first_seen DESC, q.ad_id";

/// [`QUEUE_ORDER`] backwards: the same index walked from its end.
const QUEUE_ORDER_REVERSED: &str =
    " ORDER BY q.score ASC, q.net_size ASC, q.first_seen ASC, q.ad_id DESC";

/// From this offset on, a plain page counts the queue to know whether it is
/// nearer the end (a count costs about what walking 10,000 rows does).
const REVERSE_FROM: usize = if cfg!(test) { 5 } else { 10_000 };

/// Up to this many candidate ads, a filter's own index drives the query and
/// the candidates are sorted; above it, walking the priority index finds a
/// page of matches sooner.
const DRIVE_LIMIT: i64 = 20_000;

/// A search word is looked up per ad walked when one ad in this many has
/// it (the walk then meets a match every few ads); rarer words' matches are
/// listed first. About where a lookup per walked ad (some 100 µs) costs
/// what listing the matches (some 2.5 µs each) does, for a 50-ad page at a
/// million ads.
const PROBE_SHARE: i64 = 20;

/// The deepest offset a page walk looks search words up per ad (a keyset
/// cursor always does: its walk starts at the page before).
const PROBE_OFFSET: usize = 1_000;

/// Which way a keyset page runs from its cursor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Way {
    /// The rows after the cursor, in priority order.
    After,
    /// The rows before the cursor, walked backwards.
    Before,
}

/// The queue's sort keys of one ad: where a keyset page starts.
#[derive(Debug, Clone)]
struct QueueKey {
    score: f64,
    net_size: i64,
    first_seen: String,
    ad_id: i64,
}

impl QueueKey {
    /// The condition "after (or before) this key in priority order", with
    /// its four arguments pushed to `args`. The leading bound on the score
    /// lets the walk start at the key in the priority index.
    fn clause(&self, way: Way, args: &mut Vec<Value>) -> String {
        args.push(Value::Real(self.score));
        let s = format!("?{}", args.len());
        args.push(Value::Integer(self.net_size));
        let n = format!("?{}", args.len());
        args.push(Value::Text(self.first_seen.clone()));
        let t = format!("?{}", args.len());
        args.push(Value::Integer(self.ad_id));
        let i = format!("?{}", args.len());
        let (bound, past, id) = match way {
            Way::After => ("<=", "<", ">"),
            Way::Before => (">=", ">", "<"),
        };
        format!(
            " AND q.score {bound} {s} AND (q.score {past} {s} OR (q.score = {s} AND (q.net_size {past} {n} \
             OR (q.net_size = {n} AND (q.first_seen {past} {t} OR (q.first_seen = {t} AND q.ad_id {id} {i}))))))"
        )
    }
}

/// The order of a walk that way.
fn order_of(way: Way) -> &'static str {
    match way {
        Way::After => QUEUE_ORDER,
        Way::Before => QUEUE_ORDER_REVERSED,
    }
}

impl Store {
    /// The keyset cursor of `f` (`after` before `before`), when its ad is
    /// still in the queue.
    fn cursor(&self, f: &ListFilter) -> Result<Option<(Way, QueueKey)>> {
        let (way, id) = match (f.after, f.before) {
            (Some(id), _) => (Way::After, id),
            (None, Some(id)) => (Way::Before, id),
            (None, None) => return Ok(None),
        };
        let key = self
            .conn
            .prepare_cached("SELECT score, net_size, first_seen FROM review_queue WHERE ad_id = ?1")
            .and_then(|mut st| {
                st.query_row([id], |r| {
                    Ok(QueueKey {
                        score: r.get(0)?,
                        net_size: r.get(1)?,
                        first_seen: r.get(2)?,
                        ad_id: id,
                    })
                })
            });
        match key {
            Ok(k) => Ok(Some((way, k))),
            Err(rusqlite::Error::QueryReturnedNoRows) => Ok(None),
            Err(e) => Err(self.err(e)),
        }
    }

    /// Ids of one page of the queue, in priority order. `f.limit` and
    /// `f.offset` choose the page (a limit of 0 means 50), or `f.after` /
    /// `f.before` (keyset paging: the page next to an ad already shown).
    /// A deep page without a cursor that lies past the middle of what the
    /// filter selects is walked from the end.
    pub fn queue_ids(&self, f: &ListFilter) -> Result<Vec<i64>> {
        self.queue_ids_driven(f, DRIVE_LIMIT)
    }

    /// [`Store::queue_ids`], an indexed filter driving the walk when it
    /// selects at most `drive_limit` ads.
    fn queue_ids_driven(&self, f: &ListFilter, drive_limit: i64) -> Result<Vec<i64>> {
        let limit = if f.limit == 0 { 50 } else { f.limit };
        let cursor = self.cursor(f)?;
        if f.is_plain() {
            return self.plain_queue_ids(f, limit, cursor);
        }
        let (mut clause, mut args) = filter_clause(f);
        // A common search word: each ad walked is looked up in the index by
        // its exact words, rather than listing (or counting) every match.
        // Deep pages by offset list them: the walk would be long.
        if cursor.is_some() || f.offset <= PROBE_OFFSET {
            match self.common_search(f)? {
                Exact::Nothing => return Ok(Vec::new()),
                Exact::Query(q, ads) if ads > drive_limit => {
                    probe_search(&mut clause, &mut args, q);
                    let from = QUEUE_FROM.replacen("JOIN ads a", "CROSS JOIN ads a", 1);
                    let head = format!("SELECT q.ad_id{from}{clause}");
                    return self.walk_page(f, limit, cursor, &head, args);
                }
                _ => {}
            }
        }
        // The most selective indexed filter, if it is selective enough: a
        // count bounded by LIMIT costs at most drive_limit index steps.
        let mut best: Option<(i64, &str, Value)> = None;
        for (sub, arg) in candidate_sets(f) {
            let n: i64 = self
                .conn
                .prepare_cached(&format!(
                    "SELECT count(*) FROM ({} LIMIT {})",
                    sub.replace('?', "?1"),
                    drive_limit + 1
                ))
                .and_then(|mut st| st.query_row([&arg], |r| r.get(0)))
                .map_err(|e| self.err(e))?;
            if n <= drive_limit && best.as_ref().is_none_or(|b| n < b.0) {
                best = Some((n, sub, arg));
            }
        }
        let sets = candidate_sets(f);
        let drive = match best {
            Some((_, sub, arg)) => Some(vec![(sub, arg)]),
            // Several filters, each common, may still meet rarely (or never):
            // their intersection, when small, beats walking the whole index.
            None if sets.len() >= 2 => {
                let subs: Vec<String> = sets
                    .iter()
                    .enumerate()
                    .map(|(i, (sub, _))| sub.replace('?', &format!("?{}", i + 1)))
                    .collect();
                let n: i64 = self
                    .conn
                    .prepare_cached(&format!(
                        "SELECT count(*) FROM ({} LIMIT {})",
                        subs.join(" INTERSECT "),
                        drive_limit + 1
                    ))
                    .and_then(|mut st| {
                        st.query_row(
                            rusqlite::params_from_iter(sets.iter().map(|(_, a)| a)),
                            |r| r.get(0),
                        )
                    })
                    .map_err(|e| self.err(e))?;
                (n <= drive_limit).then_some(sets)
            }
            None => None,
        };
        let from = match drive {
            Some(subs) => {
                let mut parts = Vec::new();
                for (sub, arg) in subs {
                    args.push(arg);
                    parts.push(sub.replace('?', &format!("?{}", args.len())));
                }
                clause.push_str(&format!(" AND q.ad_id IN ({})", parts.join(" INTERSECT ")));
                QUEUE_FROM.to_string()
            }
            None if f.ids.is_empty() => {
                // CROSS JOIN keeps the queue table as the outer loop, so rows
                // come off the priority index already in order and LIMIT
                // stops the walk early instead of sorting a million rows.
                QUEUE_FROM.replacen("JOIN ads a", "CROSS JOIN ads a", 1)
            }
            None => QUEUE_FROM.to_string(),
        };
        let head = format!("SELECT q.ad_id{from}{clause}");
        self.walk_page(f, limit, cursor, &head, args)
    }

    /// One page of `head` (`SELECT q.ad_id … WHERE …`, with `args`): from
    /// the keyset cursor when there is one; from the end when a deep page
    /// lies past the middle of what `f` selects; else forwards by offset.
    /// The cursor's arguments follow `args`.
    fn walk_page(
        &self,
        f: &ListFilter,
        limit: usize,
        cursor: Option<(Way, QueueKey)>,
        head: &str,
        mut args: Vec<Value>,
    ) -> Result<Vec<i64>> {
        let run = |cond: &str, args: Vec<Value>, order: &str, offset: usize, take: usize| {
            let sql = format!("{head}{cond}{order} LIMIT {take} OFFSET {offset}");
            let mut stmt = self.conn.prepare_cached(&sql).map_err(|e| self.err(e))?;
            let rows = stmt
                .query_map(rusqlite::params_from_iter(args), |r| r.get(0))
                .map_err(|e| self.err(e))?;
            rows.collect::<rusqlite::Result<Vec<i64>>>()
                .map_err(|e| self.err(e))
        };
        if let Some((way, key)) = cursor {
            let cond = key.clause(way, &mut args);
            let mut ids = run(&cond, args, order_of(way), 0, limit)?;
            if way == Way::Before {
                ids.reverse();
            }
            return Ok(ids);
        }
        if f.offset > REVERSE_FROM {
            let total = usize::try_from(self.queue_count(f)?).unwrap_or(0);
            if f.offset >= total {
                return Ok(Vec::new());
            }
            if f.offset > total / 2 {
                let take = limit.min(total - f.offset);
                let mut ids = run(
                    "",
                    args,
                    QUEUE_ORDER_REVERSED,
                    total - f.offset - take,
                    take,
                )?;
                ids.reverse();
                return Ok(ids);
            }
        }
        run("", args, QUEUE_ORDER, f.offset, limit)
    }

    /// How the queue walk should read `f`'s search: [`Exact::Query`] when
    /// `f` is one search word alone (removed ads in or out) that at least
    /// one ad in [`PROBE_SHARE`] has, so a page is found after a few
    /// lookups; [`Exact::Nothing`] when the word is in no ad.
    fn common_search(&self, f: &ListFilter) -> Result<Exact> {
        let Some(words) = &f.search else {
            return Ok(Exact::Listed);
        };
        let alone = ListFilter {
            search: None,
            ..f.selection()
        };
        if !alone.is_plain() {
            return Ok(Exact::Listed);
        }
        let exact = self.exact_search(&SearchTerms::parse(words))?;
        if let Exact::Query(_, ads) = &exact {
            let size: i64 = self
                .conn
                .query_row(
                    "SELECT COALESCE(max(ad_id), 0) FROM review_queue",
                    [],
                    |r| r.get(0),
                )
                .map_err(|e| self.err(e))?;
            if ads.saturating_mul(PROBE_SHARE) < size {
                return Ok(Exact::Listed);
            }
        }
        Ok(exact)
    }

    /// A page of the plain queue: a walk of the priority index alone (no
    /// joins), from a keyset cursor or, past the middle, from the end, so
    /// the last page (`G`) costs what the first does.
    fn plain_queue_ids(
        &self,
        f: &ListFilter,
        limit: usize,
        cursor: Option<(Way, QueueKey)>,
    ) -> Result<Vec<i64>> {
        let head = if f.include_removed {
            "SELECT q.ad_id FROM review_queue q WHERE 1 = 1"
        } else {
            "SELECT q.ad_id FROM review_queue q WHERE q.removed_at IS NULL"
        };
        self.walk_page(f, limit, cursor, head, Vec::new())
    }

    /// One page of the queue with its summaries, in priority order: the same
    /// rows as [`Store::list_ads`] with the same filter, limit and offset,
    /// but fast on large stores.
    pub fn queue_page(&self, f: &ListFilter) -> Result<Vec<AdSummary>> {
        let ids = self.queue_ids(f)?;
        if ids.is_empty() {
            return Ok(Vec::new());
        }
        let rows = self.list_ads(&ListFilter {
            ids: ids.clone(),
            include_removed: true,
            ..ListFilter::default()
        })?;
        let mut by_id: HashMap<i64, AdSummary> = rows.into_iter().map(|r| (r.id, r)).collect();
        Ok(ids.iter().filter_map(|id| by_id.remove(id)).collect())
    }

    /// How many ads the filter selects (ignores limit and offset).
    pub fn queue_count(&self, f: &ListFilter) -> Result<i64> {
        if f.is_plain() {
            // No joins needed: one pass over the queue table.
            let sql = if f.include_removed {
                "SELECT count(*) FROM review_queue"
            } else {
                "SELECT count(*) FROM review_queue WHERE removed_at IS NULL"
            };
            return self
                .conn
                .query_row(sql, [], |r| r.get(0))
                .map_err(|e| self.err(e));
        }
        let (clause, args) = filter_clause(f);
        let sql = format!("SELECT count(*){QUEUE_FROM}{clause}");
        self.conn
            .query_row(&sql, rusqlite::params_from_iter(args), |r| r.get(0))
            .map_err(|e| self.err(e))
    }

    /// Ads (not removed) per review status, every status present (0 when none).
    pub fn status_counts(&self) -> Result<Vec<(ReviewStatus, i64)>> {
        let total: i64 = self
            .conn
            .query_row(
                "SELECT count(*) FROM review_queue WHERE removed_at IS NULL",
                [],
                |r| r.get(0),
            )
            .map_err(|e| self.err(e))?;
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT r.status, count(*) FROM reviews r JOIN review_queue q ON q.ad_id = r.target_id
                 WHERE r.target_kind = 'ad' AND q.removed_at IS NULL GROUP BY r.status",
            )
            .map_err(|e| self.err(e))?;
        let reviewed: HashMap<String, i64> = stmt
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
            .map_err(|e| self.err(e))?
            .collect::<rusqlite::Result<_>>()
            .map_err(|e| self.err(e))?;
        let others: i64 = reviewed
            .iter()
            .filter(|(s, _)| s.as_str() != "new")
            .map(|(_, n)| n)
            .sum();
        Ok(ReviewStatus::ALL
            .into_iter()
            .map(|s| {
                let n = match s {
                    ReviewStatus::New => total - others,
                    _ => reviewed.get(s.as_str()).copied().unwrap_or(0),
                };
                (s, n)
            })
            .collect())
    }
}

#[cfg(test)]
mod tests {
    /// A common search word with no indexed filter driving the walk: each
    /// walked ad is looked up by the words it begins, and every page, by
    /// offset or by cursor, is the list's.
    #[test]
    fn a_common_word_looked_up_per_ad_pages_as_the_list() {
        let dir = tempfile::tempdir().unwrap();
        let mut s = Store::open(&dir.path().join("q.db")).unwrap();
        let t0 = crate::now() - Duration::days(10);
        for i in 0..60 {
            let word = ["Garden", "gardens", "GARDENER", "walk"][i % 4];
            let ad = model::Ad {
                url: format!("http://x.invalid/{i}"),
                site: "s".into(),
                text: format!("ad {i} about a {word}"),
                ..Default::default()
            };
            s.upsert_ad(&ad, "DK", None, t0 + Duration::hours(i as i64 / 3))
                .unwrap();
        }
        let ro = Store::open_existing(&dir.path().join("q.db")).unwrap();
        for words in ["garden", "gardens", "GARDENE", "walk", "gard", "nowhere"] {
            let all = ListFilter {
                search: Some(words.into()),
                limit: 1000,
                ..ListFilter::default()
            };
            let order: Vec<i64> = s.list_ads(&all).unwrap().iter().map(|a| a.id).collect();
            let probed = s.common_search(&all).unwrap();
            // A read-only connection (the review tool's readers) too.
            assert_eq!(ro.common_search(&all).unwrap(), probed, "{words}");
            match words {
                "nowhere" => assert_eq!(probed, Exact::Nothing),
                _ => assert!(matches!(probed, Exact::Query(..)), "{words}: {probed:?}"),
            }
            let mut after = None;
            for offset in (0..order.len() + 7).step_by(7) {
                let page = ListFilter {
                    limit: 7,
                    offset,
                    ..all.clone()
                };
                let want: Vec<i64> = order.iter().skip(offset).take(7).copied().collect();
                assert_eq!(
                    s.queue_ids_driven(&page, 0).unwrap(),
                    want,
                    "{words} at {offset}"
                );
                let next = ListFilter {
                    limit: 7,
                    after,
                    ..all.clone()
                };
                let got = s.queue_ids_driven(&next, 0).unwrap();
                assert_eq!(got, want, "{words} after {after:?}");
                after = got.last().copied();
            }
        }
    }

    use crate::prelude::*;
    use crate::query::ListFilter;
    use crate::search::Exact;
    use crate::Store;
    use chrono::Duration;

    /// Every page of the plain queue, walked forwards or from the end, is
    /// the slice of the full ordered list at that offset.
    #[test]
    fn plain_pages_from_either_end_match_the_full_order() {
        let dir = tempfile::tempdir().unwrap();
        let mut s = Store::open(&dir.path().join("q.db")).unwrap();
        let t0 = crate::now() - Duration::days(10);
        for i in 0..40 {
            let ad = model::Ad {
                url: format!("http://x.invalid/{i}"),
                site: if i % 3 == 0 { "old" } else { "new" }.into(),
                text: format!("ad {i}"),
                ..Default::default()
            };
            // Four ads share each first-seen time: ties fall to the id.
            let seen = t0 + Duration::hours(i64::from(i / 4));
            s.upsert_ad(&ad, "DK", None, seen).unwrap();
        }
        assert!(s.mark_removed("old", crate::now()).unwrap() > 0);
        for include_removed in [false, true] {
            let all = ListFilter {
                include_removed,
                limit: 1000,
                ..ListFilter::default()
            };
            let order: Vec<i64> = s.list_ads(&all).unwrap().iter().map(|a| a.id).collect();
            assert!(order.len() >= 26);
            for offset in 0..order.len() + 3 {
                let page = ListFilter {
                    include_removed,
                    limit: 7,
                    offset,
                    ..ListFilter::default()
                };
                let want: Vec<i64> = order.iter().skip(offset).take(7).copied().collect();
                assert_eq!(
                    s.queue_ids(&page).unwrap(),
                    want,
                    "offset {offset}, removed in: {include_removed}"
                );
            }
        }
    }

    /// Keyset pages (after the last row shown, or before the first) walk
    /// the same order as offsets, through ties in score and first-seen
    /// time, plain or filtered, and a deep filtered page walked from the
    /// end is the same slice.
    #[test]
    fn keyset_and_deep_pages_match_the_full_order() {
        let dir = tempfile::tempdir().unwrap();
        let mut s = Store::open(&dir.path().join("k.db")).unwrap();
        let t0 = crate::now() - Duration::days(10);
        for i in 0..60 {
            let ad = model::Ad {
                url: format!("http://x.invalid/{i}"),
                site: if i % 3 == 0 { "old" } else { "new" }.into(),
                text: format!("ad {i} {}", if i % 2 == 0 { "garden" } else { "walk" }),
                ..Default::default()
            };
            let seen = t0 + Duration::hours(i64::from(i / 4));
            s.upsert_ad(&ad, "DK", None, seen).unwrap();
        }
        // Three scores, many ads on each: ties fall to first seen, then id.
        s.conn
            .execute_batch(
                "INSERT INTO analysis (ad_id, language, score, hits_json, rules_version, content_hash, analysed_at)
                 SELECT id, 'da', (id % 3) * 1.5, '[]', 't', content_hash, '2026-11-22T00:00:00Z' FROM ads;",
            )
            .unwrap();
        let filters = [
            ListFilter::default(),
            ListFilter {
                site: Some("new".into()),
                ..ListFilter::default()
            },
            ListFilter {
                search: Some("garden".into()),
                ..ListFilter::default()
            },
            ListFilter {
                min_score: Some(1.0),
                site: Some("new".into()),
                ..ListFilter::default()
            },
        ];
        for f in filters {
            let all = ListFilter {
                limit: 1000,
                ..f.clone()
            };
            let order: Vec<i64> = s.list_ads(&all).unwrap().iter().map(|a| a.id).collect();
            assert!(order.len() >= 10, "{f:?}");
            // Forwards from each row, and backwards from each row.
            for (i, id) in order.iter().enumerate() {
                let after = ListFilter {
                    after: Some(*id),
                    limit: 7,
                    ..f.clone()
                };
                let want: Vec<i64> = order.iter().skip(i + 1).take(7).copied().collect();
                assert_eq!(s.queue_ids(&after).unwrap(), want, "after #{id} in {f:?}");
                let before = ListFilter {
                    before: Some(*id),
                    limit: 7,
                    ..f.clone()
                };
                let want: Vec<i64> = order[i.saturating_sub(7)..i].to_vec();
                assert_eq!(s.queue_ids(&before).unwrap(), want, "before #{id} in {f:?}");
            }
            // Offsets, deep ones walked from the end.
            for offset in 0..order.len() + 2 {
                let page = ListFilter {
                    offset,
                    limit: 7,
                    ..f.clone()
                };
                let want: Vec<i64> = order.iter().skip(offset).take(7).copied().collect();
                assert_eq!(
                    s.queue_ids(&page).unwrap(),
                    want,
                    "offset {offset} in {f:?}"
                );
            }
            // A cursor whose ad is gone falls back to the offset.
            let gone = ListFilter {
                after: Some(99_999),
                offset: 3,
                limit: 7,
                ..f.clone()
            };
            let want: Vec<i64> = order.iter().skip(3).take(7).copied().collect();
            assert_eq!(s.queue_ids(&gone).unwrap(), want, "{f:?}");
        }
    }
}

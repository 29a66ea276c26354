//! Read models for the review tool and the export: the priority queue with
//! filters, and everything known about one ad.
//!
//! The queue is ordered by score, then network size, then newness, so the
//! ads most likely to need outreach come first.

use crate::ads::{AdVersion, StoredAd};
use crate::analysis::StoredAnalysis;
pub use crate::filter::{ListFilter, SearchTerms};
use crate::links::LinkRow;
use crate::review::{ReviewEvent, ReviewStatus};
use crate::{parse_time, Result, Store};
use chrono::{DateTime, Utc};
use model::PhoneMatch;
use serde::{Deserialize, Serialize};

/// One row of the queue.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AdSummary {
    /// Ad id.
    pub id: i64,
    /// Site.
    pub site: String,
    /// URL.
    pub url: String,
    /// Title.
    pub title: Option<String>,
    /// Name.
    pub name: Option<String>,
    /// Age.
    pub age: Option<u32>,
    /// City.
    pub location: Option<String>,
    /// Language.
    pub language: Option<String>,
    /// Score (0 when not analysed).
    pub score: f64,
    /// Indicator codes that fired, strongest first.
    pub indicators: Vec<String>,
    /// Review status.
    pub status: ReviewStatus,
    /// Network id, if linked.
    pub network_id: Option<i64>,
    /// Network size (1 when not linked).
    pub network_size: i64,
    /// First seen.
    pub first_seen: DateTime<Utc>,
    /// Last seen.
    pub last_seen: DateTime<Utc>,
    /// When marked removed.
    pub removed_at: Option<DateTime<Utc>>,
}

/// An image of an ad: URL and hash, never bytes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StoredImage {
    /// Where the image was.
    pub url: String,
    /// 64-bit perceptual hash, as 16 hex digits.
    pub phash: Option<String>,
    /// Why it could not be hashed.
    pub error: Option<String>,
}

/// Everything known about one ad.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AdDetail {
    /// The ad and its bookkeeping.
    pub stored: StoredAd,
    /// Its analysis, if analysed.
    pub analysis: Option<StoredAnalysis>,
    /// Phones found.
    pub phones: Vec<PhoneMatch>,
    /// Images.
    pub images: Vec<StoredImage>,
    /// Earlier versions.
    pub versions: Vec<AdVersion>,
    /// Links to other ads.
    pub links: Vec<LinkRow>,
    /// Text cluster id.
    pub text_cluster: Option<i64>,
    /// Image cluster id.
    pub image_cluster: Option<i64>,
    /// Network id.
    pub network_id: Option<i64>,
    /// Review status.
    pub status: ReviewStatus,
    /// Review history.
    pub events: Vec<ReviewEvent>,
}

impl Store {
    /// The queue, filtered and ordered by priority.
    pub fn list_ads(&self, f: &ListFilter) -> Result<Vec<AdSummary>> {
        let mut sql = String::from(
            "SELECT a.id, a.site, a.url, a.title, a.name, a.age, a.location, n.language, COALESCE(n.score, 0) AS score,
                    (SELECT group_concat(code) FROM (SELECT code FROM ad_indicators i WHERE i.ad_id = a.id ORDER BY weight DESC, code)) AS codes,
                    COALESCE(r.status, 'new') AS status, m.network_id, COALESCE(w.size, 1) AS network_size, a.first_seen, a.last_seen, a.removed_at
",
        );
        sql.push_str(crate::filter::AD_FROM);
        sql.push_str(" LEFT JOIN networks w ON w.id = m.network_id");
        let (clause, args) = crate::filter::ad_filter(f);
        sql.push_str(&clause);
        sql.push_str(" ORDER BY COALESCE(n.score, 0) DESC, COALESCE(w.size, 1) DESC, a.first_seen DESC, a.id");
        if f.limit > 0 {
            sql.push_str(&format!(" LIMIT {} OFFSET {}", f.limit, f.offset));
        }
        let mut stmt = self.conn.prepare(&sql).map_err(|e| self.err(e))?;
        let rows = stmt
            .query_map(rusqlite::params_from_iter(args), |r| {
                let codes: Option<String> = r.get("codes")?;
                let status: String = r.get("status")?;
                let first: String = r.get("first_seen")?;
                let last: String = r.get("last_seen")?;
                let removed: Option<String> = r.get("removed_at")?;
                Ok(AdSummary {
                    id: r.get("id")?,
                    site: r.get("site")?,
                    url: r.get("url")?,
                    title: r.get("title")?,
                    name: r.get("name")?,
                    age: r.get("age")?,
                    location: r.get("location")?,
                    language: r.get("language")?,
                    score: r.get("score")?,
                    indicators: codes
                        .map(|c| c.split(',').map(str::to_string).collect())
                        .unwrap_or_default(),
                    status: ReviewStatus::parse(&status).unwrap_or(ReviewStatus::New),
                    network_id: r.get("network_id")?,
                    network_size: r.get("network_size")?,
                    first_seen: parse_time(&first).unwrap_or_default(),
                    last_seen: parse_time(&last).unwrap_or_default(),
                    removed_at: removed.and_then(|s| parse_time(&s)),
                })
            })
            .map_err(|e| self.err(e))?;
        rows.collect::<rusqlite::Result<_>>()
            .map_err(|e| self.err(e))
    }

    /// Images of an ad.
    pub fn images_of(&self, ad: i64) -> Result<Vec<StoredImage>> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT url, phash, error FROM images WHERE ad_id = ?1 ORDER BY url")
            .map_err(|e| self.err(e))?;
        let rows = stmt
            .query_map([ad], |r| {
                let h: Option<i64> = r.get("phash")?;
                Ok(StoredImage {
                    url: r.get("url")?,
                    phash: h.map(|h| format!("{:016x}", h as u64)),
                    error: r.get("error")?,
                })
            })
            .map_err(|e| self.err(e))?;
        rows.collect::<rusqlite::Result<_>>()
            .map_err(|e| self.err(e))
    }
}

impl crate::roles::QueueStore for Store {
    fn list_ads(&self, f: &ListFilter) -> Result<Vec<AdSummary>> {
        Store::list_ads(self, f)
    }
    fn queue_page(&self, f: &ListFilter) -> Result<Vec<AdSummary>> {
        Store::queue_page(self, f)
    }
    fn queue_count(&self, f: &ListFilter) -> Result<i64> {
        Store::queue_count(self, f)
    }
    fn status_counts(&self) -> Result<Vec<(ReviewStatus, i64)>> {
        Store::status_counts(self)
    }
    fn images_of(&self, ad: i64) -> Result<Vec<StoredImage>> {
        Store::images_of(self, ad)
    }
    fn network_list(
        &self,
        f: &crate::network_list::NetworkFilter,
    ) -> Result<Vec<crate::network_list::NetworkListItem>> {
        Store::network_list(self, f)
    }
}

//! Per-ad analysis results: language, score, the indicator hits with their
//! evidence, the phones found, and the rules version that produced them.
//!
//! Hits come in two parts: per-ad hits (from the ad's own words) and link
//! hits (from other ads: shared phone, template, reused photo). The stored
//! score is always the rules' combination of both.

use crate::ads::AdId;
use crate::{now, to_text, Result, Store};
use model::{AdAnalysis, IndicatorHit, PhoneMatch};
use rusqlite::{params, OptionalExtension};
use serde::{Deserialize, Serialize};

/// Analysis of one ad as stored.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StoredAnalysis {
    /// Main language.
    pub language: Option<String>,
    /// Combined score of per-ad and link hits.
    pub score: f64,
    /// Hits from the ad's own content.
    pub hits: Vec<IndicatorHit>,
    /// Hits from links to other ads.
    pub link_hits: Vec<IndicatorHit>,
    /// Rules version used.
    pub rules_version: String,
    /// Content hash the analysis was made on.
    pub content_hash: String,
}

impl StoredAnalysis {
    /// Every hit, per-ad first, in code order within each part.
    pub fn all_hits(&self) -> Vec<IndicatorHit> {
        let mut v = self.hits.clone();
        v.extend(self.link_hits.iter().cloned());
        v
    }
}

/// One ad's fresh analysis, for [`AnalysisStore::save_analyses`](crate::AnalysisStore::save_analyses).
#[derive(Debug, Clone)]
pub struct NewAnalysis {
    /// The ad.
    pub ad_id: AdId,
    /// What the analysis found.
    pub analysis: AdAnalysis,
    /// Content hash of the ad version analysed.
    pub content_hash: String,
    /// Version of the site settings used ([`crate::sites::SiteSettings::version`];
    /// empty when the site has no stored settings).
    pub site_version: String,
}

/// Phones of one ad as stored.
pub type StoredPhone = PhoneMatch;

impl crate::roles::AnalysisStore for Store {
    fn save_analysis(
        &mut self,
        ad_id: AdId,
        analysis: &AdAnalysis,
        content_hash: &str,
        score_with_links: impl Fn(&[IndicatorHit], &[IndicatorHit]) -> f64,
    ) -> Result<()> {
        let at = to_text(&now());
        self.write(|tx| {
            save_in(
                tx,
                ad_id,
                analysis,
                (content_hash, ""),
                &score_with_links,
                &at,
            )
        })
    }

    fn save_analyses(
        &mut self,
        items: &[NewAnalysis],
        score_with_links: impl Fn(&[IndicatorHit], &[IndicatorHit]) -> f64,
    ) -> Result<()> {
        let at = to_text(&now());
        self.write(|tx| {
            for n in items {
                let version = n.site_version.as_str();
                let hash = n.content_hash.as_str();
                save_in(
                    tx,
                    n.ad_id,
                    &n.analysis,
                    (hash, version),
                    &score_with_links,
                    &at,
                )?;
            }
            Ok(())
        })
    }

    fn replace_link_hits(
        &mut self,
        hits: &std::collections::BTreeMap<AdId, Vec<IndicatorHit>>,
        score: impl Fn(&[IndicatorHit], &[IndicatorHit]) -> f64,
    ) -> Result<()> {
        self.write(|tx| {
            let rows: Vec<(AdId, String, String)> = {
                let mut stmt =
                    tx.prepare("SELECT ad_id, hits_json, link_hits_json FROM analysis")?;
                let it = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
                it.collect::<rusqlite::Result<_>>()?
            };
            let empty = Vec::new();
            for (ad_id, own_json, old_links) in rows {
                let links = hits.get(&ad_id).unwrap_or(&empty);
                write_link_hits(tx, ad_id, &own_json, Some(&old_links), links, &score)?;
            }
            Ok(())
        })
    }

    /// Sets the link hits of some ads (an empty list: none), re-scoring
    /// each with `score`; ads without an analysis are skipped. The other
    /// ads keep theirs: for a linker that knows what changed.
    fn update_link_hits(
        &mut self,
        hits: &[(AdId, &[IndicatorHit])],
        score: impl Fn(&[IndicatorHit], &[IndicatorHit]) -> f64,
    ) -> Result<()> {
        self.write(|tx| {
            let mut own = tx.prepare_cached(
                "SELECT hits_json, link_hits_json FROM analysis WHERE ad_id = ?1",
            )?;
            for &(ad_id, links) in hits {
                let row: Option<(String, String)> = own
                    .query_row([ad_id], |r| Ok((r.get(0)?, r.get(1)?)))
                    .optional()?;
                if let Some((own_json, old_links)) = row {
                    write_link_hits(tx, ad_id, &own_json, Some(&old_links), links, &score)?;
                }
            }
            Ok(())
        })
    }

    fn analysis(&self, ad_id: AdId) -> Result<Option<StoredAnalysis>> {
        self.conn
            .query_row(
                "SELECT language, score, hits_json, link_hits_json, rules_version, content_hash FROM analysis WHERE ad_id = ?1",
                [ad_id],
                |r| {
                    let hits: String = r.get(2)?;
                    let links: String = r.get(3)?;
                    Ok(StoredAnalysis {
                        language: r.get(0)?,
                        score: r.get(1)?,
                        hits: serde_json::from_str(&hits).unwrap_or_default(),
                        link_hits: serde_json::from_str(&links).unwrap_or_default(),
                        rules_version: r.get(4)?,
                        content_hash: r.get(5)?,
                    })
                },
            )
            .optional()
            .map_err(|e| self.err(e))
    }

    fn phones_of(&self, ad_id: AdId) -> Result<Vec<StoredPhone>> {
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT e164, raw, field, start, end, obfuscated FROM phones WHERE ad_id = ?1 ORDER BY rowid",
            )
            .map_err(|e| self.err(e))?;
        let rows = stmt
            .query_map([ad_id], |r| {
                let field: String = r.get(2)?;
                Ok(PhoneMatch {
                    e164: r.get(0)?,
                    raw: r.get(1)?,
                    field: serde_json::from_value(serde_json::Value::String(field))
                        .unwrap_or(model::AdField::Text),
                    start: r.get::<_, i64>(3)? as usize,
                    end: r.get::<_, i64>(4)? as usize,
                    obfuscated: r.get(5)?,
                })
            })
            .map_err(|e| self.err(e))?;
        rows.collect::<rusqlite::Result<_>>()
            .map_err(|e| self.err(e))
    }

    fn ads_needing_analysis(&self, rules_version: &str) -> Result<Vec<AdId>> {
        let mut stmt = self
            .conn
            .prepare(
                "SELECT a.id FROM ads a LEFT JOIN analysis n ON n.ad_id = a.id
                 LEFT JOIN sites s ON s.name = a.site
                 WHERE n.ad_id IS NULL OR n.content_hash != a.content_hash OR n.rules_version != ?1
                    OR n.site_version != COALESCE(s.version, '')
                 ORDER BY a.id",
            )
            .map_err(|e| self.err(e))?;
        let rows = stmt
            .query_map([rules_version], |r| r.get(0))
            .map_err(|e| self.err(e))?;
        rows.collect::<rusqlite::Result<_>>()
            .map_err(|e| self.err(e))
    }
}

fn write_indicators(
    tx: &rusqlite::Transaction<'_>,
    ad_id: AdId,
    own: &[IndicatorHit],
    links: &[IndicatorHit],
) -> rusqlite::Result<()> {
    tx.prepare_cached("DELETE FROM ad_indicators WHERE ad_id = ?1")?
        .execute([ad_id])?;
    let mut ins = tx.prepare_cached(
        "INSERT OR REPLACE INTO ad_indicators (ad_id, code, weight) VALUES (?1, ?2, ?3)",
    )?;
    for h in own.iter().chain(links) {
        ins.execute(params![ad_id, h.code.as_str(), h.weight])?;
    }
    Ok(())
}

/// Stores one analysis inside an open transaction.
fn save_in(
    tx: &rusqlite::Transaction<'_>,
    ad_id: AdId,
    analysis: &AdAnalysis,
    (content_hash, site_version): (&str, &str),
    score_with_links: &dyn Fn(&[IndicatorHit], &[IndicatorHit]) -> f64,
    at: &str,
) -> rusqlite::Result<()> {
    let hits = serde_json::to_string(&analysis.hits).unwrap_or_else(|_| "[]".into());
    let link_hits: Vec<IndicatorHit> = tx
        .prepare_cached("SELECT link_hits_json FROM analysis WHERE ad_id = ?1")?
        .query_row([ad_id], |r| r.get::<_, String>(0))
        .optional()?
        .and_then(|s| serde_json::from_str(&s).ok())
        .unwrap_or_default();
    let score = score_with_links(&analysis.hits, &link_hits);
    tx.prepare_cached(
        "INSERT INTO analysis (ad_id, language, score, hits_json, link_hits_json, rules_version, content_hash, analysed_at, site_version)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
         ON CONFLICT(ad_id) DO UPDATE SET language = excluded.language, score = excluded.score,
           hits_json = excluded.hits_json, rules_version = excluded.rules_version,
           content_hash = excluded.content_hash, analysed_at = excluded.analysed_at,
           site_version = excluded.site_version",
    )?
    .execute(params![
        ad_id,
        analysis.language,
        score,
        hits,
        serde_json::to_string(&link_hits).unwrap_or_else(|_| "[]".into()),
        analysis.rules_version,
        content_hash,
        at,
        site_version
    ])?;
    write_indicators(tx, ad_id, &analysis.hits, &link_hits)?;
    tx.prepare_cached("DELETE FROM phones WHERE ad_id = ?1")?
        .execute([ad_id])?;
    let mut ins = tx.prepare_cached(
        "INSERT INTO phones (ad_id, e164, raw, field, start, end, obfuscated) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?;
    for p in &analysis.phones {
        ins.execute(params![
            ad_id,
            p.e164,
            p.raw,
            p.field.as_str(),
            p.start as i64,
            p.end as i64,
            p.obfuscated
        ])?;
    }
    Ok(())
}

/// Writes an ad's link hits and its new score, unless they equal `old`.
fn write_link_hits(
    tx: &rusqlite::Transaction<'_>,
    ad_id: AdId,
    own_json: &str,
    old: Option<&str>,
    links: &[IndicatorHit],
    score: &impl Fn(&[IndicatorHit], &[IndicatorHit]) -> f64,
) -> rusqlite::Result<()> {
    let links_json = serde_json::to_string(links).unwrap_or_else(|_| "[]".into());
    if old == Some(links_json.as_str()) {
        return Ok(());
    }
    let own: Vec<IndicatorHit> = serde_json::from_str(own_json).unwrap_or_default();
    tx.prepare_cached("UPDATE analysis SET link_hits_json = ?2, score = ?3 WHERE ad_id = ?1")?
        .execute(params![ad_id, links_json, score(&own, links)])?;
    write_indicators(tx, ad_id, &own, links)
}

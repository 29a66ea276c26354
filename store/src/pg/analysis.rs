//! [`AnalysisStore`](crate::AnalysisStore) on PostgreSQL: per-ad hits and
//! link hits, the combined score, the indicator index and the phones found.

use super::PgTx;
use super::{json_or_default, PgStore};
use crate::ads::AdId;
use crate::analysis::{NewAnalysis, StoredAnalysis, StoredPhone};
use crate::{now, to_text, Result};
use model::{AdAnalysis, IndicatorHit, PhoneMatch};
use std::collections::BTreeMap;

type PgResult<T> = std::result::Result<T, postgres::Error>;

impl crate::roles::AnalysisStore for PgStore {
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
        let mut ids: Vec<AdId> = items.iter().map(|n| n.ad_id).collect();
        ids.sort_unstable();
        let repeats = ids.windows(2).any(|w| w[0] == w[1]);
        self.write(|tx| {
            if !repeats {
                return save_batch(tx, items, &score_with_links, &at);
            }
            for n in items {
                let key = (n.content_hash.as_str(), n.site_version.as_str());
                save_in(tx, n.ad_id, &n.analysis, key, &score_with_links, &at)?;
            }
            Ok(())
        })
    }

    fn replace_link_hits(
        &mut self,
        hits: &BTreeMap<AdId, Vec<IndicatorHit>>,
        score: impl Fn(&[IndicatorHit], &[IndicatorHit]) -> f64,
    ) -> Result<()> {
        self.write(|tx| {
            let rows = tx.query("SELECT ad_id, hits_json, link_hits_json FROM analysis", &[])?;
            let empty = Vec::new();
            for r in rows {
                let ad_id: AdId = r.get(0);
                let links = hits.get(&ad_id).unwrap_or(&empty);
                write_link_hits(tx, ad_id, r.get(1), Some(r.get(2)), links, &score)?;
            }
            Ok(())
        })
    }

    fn update_link_hits(
        &mut self,
        hits: &[(AdId, &[IndicatorHit])],
        score: impl Fn(&[IndicatorHit], &[IndicatorHit]) -> f64,
    ) -> Result<()> {
        self.write(|tx| {
            let own = tx.prepare_cached(
                "SELECT hits_json, link_hits_json FROM analysis WHERE ad_id = $1",
            )?;
            for &(ad_id, links) in hits {
                if let Some(r) = tx.query_opt(&own, &[&ad_id])? {
                    write_link_hits(tx, ad_id, r.get(0), Some(r.get(1)), links, &score)?;
                }
            }
            Ok(())
        })
    }

    fn analysis(&self, ad_id: AdId) -> Result<Option<StoredAnalysis>> {
        Ok(self
            .query_opt(
                "SELECT language, score, hits_json, link_hits_json, rules_version, content_hash FROM analysis WHERE ad_id = $1",
                &[&ad_id],
            )?
            .map(|r| StoredAnalysis {
                language: r.get(0),
                score: r.get(1),
                hits: json_or_default(r.get(2)),
                link_hits: json_or_default(r.get(3)),
                rules_version: r.get(4),
                content_hash: r.get(5),
            }))
    }

    fn phones_of(&self, ad_id: AdId) -> Result<Vec<StoredPhone>> {
        let rows = self.query(
            r#"SELECT e164, raw, field, start, "end", obfuscated FROM phones WHERE ad_id = $1 ORDER BY id"#,
            &[&ad_id],
        )?;
        Ok(rows
            .iter()
            .map(|r| PhoneMatch {
                e164: r.get(0),
                raw: r.get(1),
                field: serde_json::from_value(serde_json::Value::String(r.get(2)))
                    .unwrap_or(model::AdField::Text),
                start: r.get::<_, i64>(3) as usize,
                end: r.get::<_, i64>(4) as usize,
                obfuscated: r.get(5),
            })
            .collect())
    }

    fn ads_needing_analysis(&self, rules_version: &str) -> Result<Vec<AdId>> {
        let rows = self.query(
            "SELECT a.id FROM ads a LEFT JOIN analysis n ON n.ad_id = a.id
             LEFT JOIN sites s ON s.name = a.site
             WHERE n.ad_id IS NULL OR n.content_hash <> a.content_hash OR n.rules_version <> $1
                OR n.site_version <> COALESCE(s.version, '')
             ORDER BY a.id",
            &[&rules_version],
        )?;
        Ok(rows.iter().map(|r| r.get(0)).collect())
    }
}

fn write_indicators(
    tx: &mut PgTx<'_>,
    ad_id: AdId,
    own: &[IndicatorHit],
    links: &[IndicatorHit],
) -> PgResult<()> {
    let del = tx.prepare_cached("DELETE FROM ad_indicators WHERE ad_id = $1")?;
    tx.execute(&del, &[&ad_id])?;
    // INSERT OR REPLACE in SQLite: a later hit of the same code wins.
    let mut by_code: BTreeMap<&str, f64> = BTreeMap::new();
    for h in own.iter().chain(links) {
        by_code.insert(h.code.as_str(), h.weight);
    }
    if by_code.is_empty() {
        return Ok(());
    }
    let codes: Vec<&str> = by_code.keys().copied().collect();
    let weights: Vec<f64> = by_code.values().copied().collect();
    let ins = tx.prepare_cached(
        "INSERT INTO ad_indicators (ad_id, code, weight) SELECT $1, c, w FROM unnest($2::text[], $3::float8[]) AS t(c, w)",
    )?;
    tx.execute(&ins, &[&ad_id, &codes, &weights])?;
    Ok(())
}

/// Stores one analysis inside an open transaction.
fn save_in(
    tx: &mut PgTx<'_>,
    ad_id: AdId,
    analysis: &AdAnalysis,
    (content_hash, site_version): (&str, &str),
    score_with_links: &dyn Fn(&[IndicatorHit], &[IndicatorHit]) -> f64,
    at: &str,
) -> PgResult<()> {
    let hits = serde_json::to_string(&analysis.hits).unwrap_or_else(|_| "[]".into());
    let old = tx.prepare_cached("SELECT link_hits_json FROM analysis WHERE ad_id = $1")?;
    let link_hits: Vec<IndicatorHit> = tx
        .query_opt(&old, &[&ad_id])?
        .map(|r| json_or_default(r.get(0)))
        .unwrap_or_default();
    let score = score_with_links(&analysis.hits, &link_hits);
    let links_json = serde_json::to_string(&link_hits).unwrap_or_else(|_| "[]".into());
    let up = tx.prepare_cached(
        "INSERT INTO analysis (ad_id, language, score, hits_json, link_hits_json, rules_version, content_hash, analysed_at, site_version)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
         ON CONFLICT (ad_id) DO UPDATE SET language = excluded.language, score = excluded.score,
           hits_json = excluded.hits_json, rules_version = excluded.rules_version,
           content_hash = excluded.content_hash, analysed_at = excluded.analysed_at,
           site_version = excluded.site_version",
    )?;
    tx.execute(
        &up,
        &[
            &ad_id,
            &analysis.language,
            &score,
            &hits,
            &links_json,
            &analysis.rules_version,
            &content_hash,
            &at,
            &site_version,
        ],
    )?;
    write_indicators(tx, ad_id, &analysis.hits, &link_hits)?;
    let del = tx.prepare_cached("DELETE FROM phones WHERE ad_id = $1")?;
    tx.execute(&del, &[&ad_id])?;
    if analysis.phones.is_empty() {
        return Ok(());
    }
    let p = &analysis.phones;
    let e164: Vec<&str> = p.iter().map(|p| p.e164.as_str()).collect();
    let raw: Vec<&str> = p.iter().map(|p| p.raw.as_str()).collect();
    let field: Vec<&str> = p.iter().map(|p| p.field.as_str()).collect();
    let start: Vec<i64> = p.iter().map(|p| p.start as i64).collect();
    let end: Vec<i64> = p.iter().map(|p| p.end as i64).collect();
    let obf: Vec<bool> = p.iter().map(|p| p.obfuscated).collect();
    // WITH ORDINALITY keeps the phones in their order (ids rise with it).
    let ins = tx.prepare_cached(
        r#"INSERT INTO phones (ad_id, e164, raw, field, start, "end", obfuscated)
           SELECT $1, e, r, f, s, n, o FROM unnest($2::text[], $3::text[], $4::text[], $5::int8[], $6::int8[], $7::bool[])
           WITH ORDINALITY AS t(e, r, f, s, n, o, i) ORDER BY i"#,
    )?;
    tx.execute(&ins, &[&ad_id, &e164, &raw, &field, &start, &end, &obf])?;
    Ok(())
}

/// Stores analyses of distinct ads in six statements, with the meaning of
/// [`save_in`] for each.
fn save_batch(
    tx: &mut PgTx<'_>,
    items: &[NewAnalysis],
    score_with_links: &dyn Fn(&[IndicatorHit], &[IndicatorHit]) -> f64,
    at: &str,
) -> PgResult<()> {
    if items.is_empty() {
        return Ok(());
    }
    let ids: Vec<AdId> = items.iter().map(|n| n.ad_id).collect();
    let old =
        tx.prepare_cached("SELECT ad_id, link_hits_json FROM analysis WHERE ad_id = ANY($1)")?;
    let mut links_of: std::collections::HashMap<AdId, String> = tx
        .query(&old, &[&ids])?
        .iter()
        .map(|r| (r.get(0), r.get(1)))
        .collect();
    let (mut lang, mut score, mut hits, mut links, mut rules, mut hash, mut site) = (
        Vec::new(),
        Vec::new(),
        Vec::new(),
        Vec::new(),
        Vec::new(),
        Vec::new(),
        Vec::new(),
    );
    let (mut i_ad, mut i_code, mut i_w) = (Vec::new(), Vec::new(), Vec::new());
    let (mut p_ad, mut p_e, mut p_r, mut p_f, mut p_s, mut p_n, mut p_o) = (
        Vec::new(),
        Vec::new(),
        Vec::new(),
        Vec::new(),
        Vec::new(),
        Vec::new(),
        Vec::new(),
    );
    for n in items {
        let a = &n.analysis;
        let links_json = links_of.remove(&n.ad_id).unwrap_or_else(|| "[]".into());
        let link_hits: Vec<IndicatorHit> = json_or_default(&links_json);
        lang.push(a.language.clone());
        score.push(score_with_links(&a.hits, &link_hits));
        hits.push(serde_json::to_string(&a.hits).unwrap_or_else(|_| "[]".into()));
        links.push(serde_json::to_string(&link_hits).unwrap_or_else(|_| "[]".into()));
        rules.push(a.rules_version.clone());
        hash.push(n.content_hash.clone());
        site.push(n.site_version.clone());
        let mut by_code: BTreeMap<&str, f64> = BTreeMap::new();
        for h in a.hits.iter().chain(&link_hits) {
            by_code.insert(h.code.as_str(), h.weight);
        }
        for (c, w) in by_code {
            i_ad.push(n.ad_id);
            i_code.push(c.to_string());
            i_w.push(w);
        }
        for p in &a.phones {
            p_ad.push(n.ad_id);
            p_e.push(p.e164.as_str());
            p_r.push(p.raw.as_str());
            p_f.push(p.field.as_str());
            p_s.push(p.start as i64);
            p_n.push(p.end as i64);
            p_o.push(p.obfuscated);
        }
    }
    let up = tx.prepare_cached(
        "INSERT INTO analysis (ad_id, language, score, hits_json, link_hits_json, rules_version, content_hash, analysed_at, site_version)
         SELECT ad_id, language, score, hits_json, link_hits_json, rules_version, content_hash, $9, site_version
         FROM unnest($1::int8[], $2::text[], $3::float8[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[])
           AS t(ad_id, language, score, hits_json, link_hits_json, rules_version, content_hash, site_version)
         ON CONFLICT (ad_id) DO UPDATE SET language = excluded.language, score = excluded.score,
           hits_json = excluded.hits_json, rules_version = excluded.rules_version,
           content_hash = excluded.content_hash, analysed_at = excluded.analysed_at,
           site_version = excluded.site_version",
    )?;
    tx.execute(
        &up,
        &[
            &ids, &lang, &score, &hits, &links, &rules, &hash, &site, &at,
        ],
    )?;
    let del = tx.prepare_cached("DELETE FROM ad_indicators WHERE ad_id = ANY($1)")?;
    tx.execute(&del, &[&ids])?;
    if !i_ad.is_empty() {
        let ins = tx.prepare_cached(
            "INSERT INTO ad_indicators (ad_id, code, weight) SELECT * FROM unnest($1::int8[], $2::text[], $3::float8[])",
        )?;
        tx.execute(&ins, &[&i_ad, &i_code, &i_w])?;
    }
    let del = tx.prepare_cached("DELETE FROM phones WHERE ad_id = ANY($1)")?;
    tx.execute(&del, &[&ids])?;
    if !p_ad.is_empty() {
        let ins = tx.prepare_cached(
            r#"INSERT INTO phones (ad_id, e164, raw, field, start, "end", obfuscated)
               SELECT a, e, r, f, s, n, o FROM unnest($1::int8[], $2::text[], $3::text[], $4::text[], $5::int8[], $6::int8[], $7::bool[])
               WITH ORDINALITY AS t(a, e, r, f, s, n, o, i) ORDER BY i"#,
        )?;
        tx.execute(&ins, &[&p_ad, &p_e, &p_r, &p_f, &p_s, &p_n, &p_o])?;
    }
    Ok(())
}

/// Writes an ad's link hits and its new score, unless they equal `old`.
fn write_link_hits(
    tx: &mut PgTx<'_>,
    ad_id: AdId,
    own_json: &str,
    old: Option<&str>,
    links: &[IndicatorHit],
    score: &impl Fn(&[IndicatorHit], &[IndicatorHit]) -> f64,
) -> PgResult<()> {
    let links_json = serde_json::to_string(links).unwrap_or_else(|_| "[]".into());
    if old == Some(links_json.as_str()) {
        return Ok(());
    }
    let own: Vec<IndicatorHit> = json_or_default(own_json);
    let s = score(&own, links);
    let up =
        tx.prepare_cached("UPDATE analysis SET link_hits_json = $2, score = $3 WHERE ad_id = $1")?;
    tx.execute(&up, &[&ad_id, &links_json, &s])?;
    write_indicators(tx, ad_id, &own, links)
}

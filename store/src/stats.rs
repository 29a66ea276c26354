//! Trend statistics for `review stats`: ads, flagged ads and networks per
//! week, and the same broken down by site, city, language and indicator.
//!
//! What a week, a flagged ad, a city and a language are is defined once in
//! [`crate::counting`], which the aggregate export reads too. The window is
//! the `weeks` weeks up to the week of the newest matching ad (or of `until`
//! when the filter sets it), so a quiet week shows as zero rather than
//! disappearing.

use crate::counting::{self, APPEARED_SQL, FLAGGED_SQL};
use crate::filter::filter_clause;
use crate::query::ListFilter;
use crate::{Result, Store};
use chrono::{Datelike, Duration, NaiveDate};
use rusqlite::types::Value;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// One week of the trend.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct WeekRow {
    /// Monday of the week (`YYYY-MM-DD`).
    pub week: String,
    /// Ads that appeared that week.
    pub ads: i64,
    /// Of those, ads with at least one positive indicator.
    pub flagged: i64,
    /// Distinct networks those ads belong to.
    pub networks: i64,
}

/// Counts for one value of a dimension (a site, a city, ...).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Breakdown {
    /// The value ([`counting::UNKNOWN`] when the ad has none).
    pub key: String,
    /// Ads in the window.
    pub ads: i64,
    /// Of those, flagged ads.
    pub flagged: i64,
    /// Ads per week of the window, oldest first (same weeks as [`Trends::weeks`]).
    pub per_week: Vec<i64>,
}

/// The whole trend report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Trends {
    /// The weeks, oldest first.
    pub weeks: Vec<WeekRow>,
    /// Per site, most ads first.
    pub by_site: Vec<Breakdown>,
    /// Per city, most ads first.
    pub by_city: Vec<Breakdown>,
    /// Per language, most ads first.
    pub by_language: Vec<Breakdown>,
    /// Per indicator (ads on which it fired), most ads first.
    pub by_indicator: Vec<Breakdown>,
}

const FROM: &str = " FROM review_queue q
    JOIN ads a ON a.id = q.ad_id
    LEFT JOIN analysis n ON n.ad_id = q.ad_id
    LEFT JOIN reviews r ON r.target_kind = 'ad' AND r.target_id = q.ad_id
    LEFT JOIN network_members m ON m.ad_id = q.ad_id";

/// Monday of the week an ad appeared.
fn week_sql() -> String {
    format!("date({APPEARED_SQL}, 'weekday 0', '-6 days')")
}

impl Store {
    /// Trends over `weeks` weeks for the ads `f` selects (limit and offset ignored).
    pub fn trends(&self, f: &ListFilter, weeks: usize) -> Result<Trends> {
        let weeks = weeks.max(1);
        let (clause, args) = filter_clause(f);
        let newest: Option<String> = match &f.until {
            Some(t) => Some(t.date_naive().to_string()),
            None => self
                .conn
                .query_row(
                    &format!("SELECT max(date({APPEARED_SQL})){FROM}{clause}"),
                    rusqlite::params_from_iter(args.clone()),
                    |r| r.get(0),
                )
                .map_err(|e| self.err(e))?,
        };
        let Some(end) = newest.and_then(|d| NaiveDate::parse_from_str(&d, "%Y-%m-%d").ok()) else {
            return Ok(Trends {
                weeks: Vec::new(),
                by_site: Vec::new(),
                by_city: Vec::new(),
                by_language: Vec::new(),
                by_indicator: Vec::new(),
            });
        };
        let last_monday = end - Duration::days(end.weekday().num_days_from_monday() as i64);
        let mondays: Vec<String> = (0..weeks)
            .rev()
            .map(|i| (last_monday - Duration::weeks(i as i64)).to_string())
            .collect();
        let start = mondays[0].clone();
        let end_excl = (last_monday + Duration::weeks(1)).to_string();
        let mut args = args;
        args.push(Value::Text(start));
        args.push(Value::Text(end_excl));
        let week = week_sql();
        let window = format!(
            "{clause} AND {week} >= ?{} AND {week} < ?{}",
            args.len() - 1,
            args.len()
        );

        let mut week_rows: BTreeMap<String, WeekRow> = mondays
            .iter()
            .map(|w| {
                (
                    w.clone(),
                    WeekRow {
                        week: w.clone(),
                        ads: 0,
                        flagged: 0,
                        networks: 0,
                    },
                )
            })
            .collect();
        {
            let sql = format!(
                "SELECT {week} AS wk, count(*), sum({FLAGGED_SQL}), count(DISTINCT m.network_id){FROM}{window} GROUP BY wk"
            );
            let mut stmt = self.conn.prepare(&sql).map_err(|e| self.err(e))?;
            let rows = stmt
                .query_map(rusqlite::params_from_iter(args.clone()), |r| {
                    Ok((
                        r.get::<_, String>(0)?,
                        r.get::<_, i64>(1)?,
                        r.get::<_, Option<i64>>(2)?,
                        r.get::<_, i64>(3)?,
                    ))
                })
                .map_err(|e| self.err(e))?;
            for row in rows {
                let (wk, ads, flagged, nets) = row.map_err(|e| self.err(e))?;
                if let Some(w) = week_rows.get_mut(&wk) {
                    w.ads = ads;
                    w.flagged = flagged.unwrap_or(0);
                    w.networks = nets;
                }
            }
        }
        // Each breakdown groups by the stored value(s) and labels them in
        // Rust with the shared rules, merging values that label alike.
        type Label = fn(Option<String>, Option<String>) -> String;
        let breakdown = |key: &str, written: &str, extra_join: &str, label: Label| {
            let sql = format!(
                "SELECT {key}, {written}, {week} AS wk, count(*), sum({FLAGGED_SQL}){FROM}{extra_join}{window} GROUP BY 1, 2, wk"
            );
            let mut stmt = self.conn.prepare(&sql).map_err(|e| self.err(e))?;
            let rows = stmt
                .query_map(rusqlite::params_from_iter(args.clone()), |r| {
                    Ok((
                        r.get::<_, Option<String>>(0)?,
                        r.get::<_, Option<String>>(1)?,
                        r.get::<_, String>(2)?,
                        r.get::<_, i64>(3)?,
                        r.get::<_, Option<i64>>(4)?,
                    ))
                })
                .map_err(|e| self.err(e))?;
            let mut by_key: BTreeMap<String, Breakdown> = BTreeMap::new();
            for row in rows {
                let (k, w, wk, ads, flagged) = row.map_err(|e| self.err(e))?;
                let k = label(k, w);
                let b = by_key.entry(k.clone()).or_insert_with(|| Breakdown {
                    key: k,
                    ads: 0,
                    flagged: 0,
                    per_week: vec![0; mondays.len()],
                });
                b.ads += ads;
                b.flagged += flagged.unwrap_or(0);
                if let Some(i) = mondays.iter().position(|m| *m == wk) {
                    b.per_week[i] += ads;
                }
            }
            let mut v: Vec<Breakdown> = by_key.into_values().collect();
            v.sort_by(|a, b| b.ads.cmp(&a.ads).then_with(|| a.key.cmp(&b.key)));
            Ok::<_, crate::StoreError>(v)
        };
        let plain: Label = |k, _| k.unwrap_or_else(|| counting::UNKNOWN.to_string());
        Ok(Trends {
            by_site: breakdown("a.site", "NULL", "", plain)?,
            // The normalised place: one city however it is spelled.
            by_city: breakdown(
                "CASE WHEN a.place_country IS NOT NULL THEN a.place_name END",
                "a.location",
                "",
                |k, w| counting::city_label(k.as_deref(), w.as_deref()),
            )?,
            by_language: breakdown("n.language", "NULL", "", |k, _| {
                counting::language_label(k.as_deref())
            })?,
            by_indicator: breakdown(
                "bi.code",
                "NULL",
                " JOIN ad_indicators bi ON bi.ad_id = q.ad_id",
                plain,
            )?,
            weeks: week_rows.into_values().collect(),
        })
    }
}

//! Trend statistics for `review stats`: ads, flagged ads and networks per
//! week, and the same broken down by site, city, language and indicator.
//!
//! What a week, a flagged ad, a city and a language are is defined once in
//! [`crate::counting`], which the aggregate export reads too. The window is
//! the `weeks` weeks up to the week of the newest matching ad (or of `until`
//! when the filter sets it), so a quiet week shows as zero rather than
//! disappearing.
//!
//! The plain trends (no filter but removed ads in or out) are read from the
//! counts kept in [`crate::tally`]; any other filter, or counts not yet
//! settled, counts from the ads.

use crate::counting::{self, APPEARED_SQL, FLAGGED_SQL};
use crate::filter::{filter_clause, tally_filter};
use crate::query::ListFilter;
use crate::{Result, Store};
use chrono::{Datelike, Duration, NaiveDate};
use rusqlite::types::Value;
use rusqlite::OptionalExtension;
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

/// One counted group: (key, written form, week's Monday, ads, flagged).
pub(crate) type Row = (Option<String>, Option<String>, String, i64, i64);

/// How a breakdown names its groups.
pub(crate) type Label = fn(Option<String>, Option<String>) -> String;

/// The breakdowns: (name, key and written columns of the ads query,
/// extra join, label).
pub(crate) const BREAKDOWNS: [(&str, &str, &str, &str, Label); 4] = [
    ("site", "a.site", "NULL", "", plain),
    (
        "city",
        // The normalised place: one city however it is spelled.
        "CASE WHEN a.place_country IS NOT NULL THEN a.place_name END",
        "a.location",
        "",
        city,
    ),
    ("language", "n.language", "NULL", "", language),
    (
        "indicator",
        "bi.code",
        "NULL",
        " JOIN ad_indicators bi ON bi.ad_id = q.ad_id",
        plain,
    ),
];

fn plain(k: Option<String>, _: Option<String>) -> String {
    k.filter(|k| !k.is_empty())
        .unwrap_or_else(|| counting::UNKNOWN.to_string())
}

fn city(k: Option<String>, w: Option<String>) -> String {
    counting::city_label(k.as_deref(), w.as_deref())
}

fn language(k: Option<String>, _: Option<String>) -> String {
    counting::language_label(k.as_deref())
}

/// The weeks of a report: their Mondays, oldest first.
pub(crate) struct Window {
    mondays: Vec<String>,
}

impl Window {
    /// `weeks` weeks up to the week of `end`.
    pub(crate) fn ending(end: NaiveDate, weeks: usize) -> Window {
        let last_monday = end - Duration::days(end.weekday().num_days_from_monday() as i64);
        Window {
            mondays: (0..weeks.max(1))
                .rev()
                .map(|i| (last_monday - Duration::weeks(i as i64)).to_string())
                .collect(),
        }
    }

    /// The first Monday, and the Monday after the last week.
    pub(crate) fn bounds(&self) -> (String, String) {
        let last = NaiveDate::parse_from_str(&self.mondays[self.mondays.len() - 1], "%Y-%m-%d")
            .unwrap_or_default();
        (
            self.mondays[0].clone(),
            (last + Duration::weeks(1)).to_string(),
        )
    }

    /// The report from the week rows `(week, ads, flagged, networks)` and
    /// the rows of each breakdown (in [`BREAKDOWNS`] order).
    pub(crate) fn assemble(
        &self,
        weeks: Vec<(String, i64, i64, i64)>,
        parts: Vec<Vec<Row>>,
    ) -> Trends {
        let mut week_rows: BTreeMap<String, WeekRow> = self
            .mondays
            .iter()
            .map(|w| {
                let row = WeekRow {
                    week: w.clone(),
                    ads: 0,
                    flagged: 0,
                    networks: 0,
                };
                (w.clone(), row)
            })
            .collect();
        for (wk, ads, flagged, networks) in weeks {
            if let Some(w) = week_rows.get_mut(&wk) {
                w.ads += ads;
                w.flagged += flagged;
                w.networks += networks;
            }
        }
        let mut out = parts
            .into_iter()
            .zip(BREAKDOWNS)
            .map(|(rows, (.., label))| {
                // Values that label alike ("kbh" and "KBH" written) are merged.
                let mut by_key: BTreeMap<String, Breakdown> = BTreeMap::new();
                for (k, w, wk, ads, flagged) in rows {
                    let key = label(k, w);
                    let b = by_key.entry(key.clone()).or_insert_with(|| Breakdown {
                        key,
                        ads: 0,
                        flagged: 0,
                        per_week: vec![0; self.mondays.len()],
                    });
                    b.ads += ads;
                    b.flagged += flagged;
                    if let Some(i) = self.mondays.iter().position(|m| *m == wk) {
                        b.per_week[i] += ads;
                    }
                }
                let mut v: Vec<Breakdown> = by_key.into_values().collect();
                v.sort_by(|a, b| b.ads.cmp(&a.ads).then_with(|| a.key.cmp(&b.key)));
                v
            });
        let mut next = || out.next().unwrap_or_default();
        Trends {
            by_site: next(),
            by_city: next(),
            by_language: next(),
            by_indicator: next(),
            weeks: week_rows.into_values().collect(),
        }
    }
}

/// The report of a store with no matching ad.
pub(crate) fn empty() -> Trends {
    Trends {
        weeks: Vec::new(),
        by_site: Vec::new(),
        by_city: Vec::new(),
        by_language: Vec::new(),
        by_indicator: Vec::new(),
    }
}

impl Store {
    /// Trends over `weeks` weeks for the ads `f` selects (limit and offset
    /// ignored): from the kept counts when they answer `f`, else counted
    /// from the ads. Both give the same report.
    pub fn trends(&self, f: &ListFilter, weeks: usize) -> Result<Trends> {
        if !self.tallies_settled()? {
            self.trends_recount(f, weeks)
        } else if f.is_plain() {
            self.trends_kept(None, f.include_removed, weeks)
        } else if f.is_one_site() {
            self.trends_kept(f.site.as_deref(), f.include_removed, weeks)
        } else {
            self.trends_of_kept_ads(f, weeks)
        }
    }

    /// [`Store::trends`] counted from the ads, never from the kept counts
    /// (`review stats --recount`; slow on a large store).
    pub fn trends_recount(&self, f: &ListFilter, weeks: usize) -> Result<Trends> {
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
            return Ok(empty());
        };
        let win = Window::ending(end, weeks);
        let (start, end_excl) = win.bounds();
        let mut args = args;
        args.push(Value::Text(start));
        args.push(Value::Text(end_excl));
        let week = week_sql();
        let window = format!(
            "{clause} AND {week} >= ?{} AND {week} < ?{}",
            args.len() - 1,
            args.len()
        );
        let weeks = self.rows(
            &format!(
                "SELECT {week} AS wk, count(*), COALESCE(sum({FLAGGED_SQL}), 0), count(DISTINCT m.network_id){FROM}{window} GROUP BY wk"
            ),
            &args,
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
        )?;
        let mut parts = Vec::new();
        for (_, key, written, join, _) in BREAKDOWNS {
            parts.push(self.rows(
                &format!(
                    "SELECT {key}, {written}, {week} AS wk, count(*), COALESCE(sum({FLAGGED_SQL}), 0){FROM}{join}{window} GROUP BY 1, 2, wk"
                ),
                &args,
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)),
            )?);
        }
        Ok(win.assemble(weeks, parts))
    }

    /// [`Store::trends`] of all ads, or of one site's, from the kept counts.
    fn trends_kept(
        &self,
        site: Option<&str>,
        include_removed: bool,
        weeks: usize,
    ) -> Result<Trends> {
        let mut removed = String::from(if include_removed {
            ""
        } else {
            " AND removed = 0"
        });
        let (counts, network_counts) = match site {
            None => ("tally_counts", "tally_networks"),
            Some(_) => {
                removed.push_str(" AND site = ?3");
                ("tally_site_counts", "tally_site_networks")
            }
        };
        let newest: Option<String> = self
            .conn
            .query_row(
                &format!(
                    "SELECT max(week) FROM {counts} WHERE dim = 'all'{}",
                    removed.replace("?3", "?1")
                ),
                rusqlite::params_from_iter(site),
                |r| r.get(0),
            )
            .map_err(|e| self.err(e))?;
        let Some(end) = newest.and_then(|d| NaiveDate::parse_from_str(&d, "%Y-%m-%d").ok()) else {
            return Ok(empty());
        };
        let win = Window::ending(end, weeks);
        let (start, end_excl) = win.bounds();
        let mut args = vec![Value::Text(start), Value::Text(end_excl)];
        args.extend(site.map(|s| Value::Text(s.to_string())));
        let window = format!("week >= ?1 AND week < ?2{removed}");
        let mut weeks: Vec<(String, i64, i64, i64)> = self.rows(
            &format!("SELECT week, sum(ads), sum(flagged), 0 FROM {counts} WHERE dim = 'all' AND {window} GROUP BY week"),
            &args,
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
        )?;
        let networks: BTreeMap<String, i64> = self
            .rows(
                &format!("SELECT week, count(DISTINCT network_id) FROM {network_counts} WHERE {window} GROUP BY week"),
                &args,
                |r| Ok((r.get(0)?, r.get(1)?)),
            )?
            .into_iter()
            .collect();
        for w in &mut weeks {
            w.3 = networks.get(&w.0).copied().unwrap_or(0);
        }
        let mut parts = Vec::new();
        for (dim, ..) in BREAKDOWNS {
            parts.push(self.rows(
                &format!("SELECT k, w, week, sum(ads), sum(flagged) FROM {counts} WHERE dim = '{dim}' AND {window} GROUP BY k, w, week"),
                &args,
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)),
            )?);
        }
        Ok(win.assemble(weeks, parts))
    }

    /// [`Store::trends`] summed from the kept per-ad contributions
    /// (`ad_tally`) of the ads `f` selects (any filter), within the window
    /// only, and added up by the database.
    fn trends_of_kept_ads(&self, f: &ListFilter, weeks: usize) -> Result<Trends> {
        let (clause, mut args) = tally_filter(f);
        // As the recount: the window ends at `until` when it is given, else
        // at the newest selected ad (walked from the newest week down).
        let end = match f.until {
            Some(t) => Some(t.date_naive()),
            None => self
                .conn
                .query_row(
                    &format!("SELECT t.week FROM ad_tally t{clause} ORDER BY t.week DESC LIMIT 1"),
                    rusqlite::params_from_iter(args.iter()),
                    |r| r.get::<_, String>(0),
                )
                .optional()
                .map_err(|e| self.err(e))?
                .and_then(|d| NaiveDate::parse_from_str(&d, "%Y-%m-%d").ok()),
        };
        let Some(end) = end else {
            return Ok(empty());
        };
        let win = Window::ending(end, weeks);
        let (start, end_excl) = win.bounds();
        args.push(Value::Text(start));
        args.push(Value::Text(end_excl));
        let (s, e) = (args.len() - 1, args.len());
        // One pass over the selected ads of the window; three sums of it:
        // per (week, site, place, written, language), networks per week,
        // and per (week, indicator).
        let sql = format!(
            "WITH sel AS MATERIALIZED (SELECT t.ad_id, t.week, t.flagged, t.network_id, t.site, t.place, t.written, t.language FROM ad_tally t{clause} AND t.week >= ?{s} AND t.week < ?{e})
             SELECT 0, week, site, place, written, language, count(*), sum(flagged) FROM sel GROUP BY week, site, place, written, language
             UNION ALL SELECT 1, week, '', '', '', '', count(DISTINCT network_id), 0 FROM sel GROUP BY week
             UNION ALL SELECT 2, sel.week, c.code, '', '', '', count(*), sum(sel.flagged) FROM sel JOIN ad_tally_code c ON c.ad_id = sel.ad_id GROUP BY sel.week, c.code"
        );
        type Sum = (i64, String, String, String, String, String, i64, i64);
        let sums: Vec<Sum> = self.rows(&sql, &args, |r| {
            Ok((
                r.get(0)?,
                r.get(1)?,
                r.get(2)?,
                r.get(3)?,
                r.get(4)?,
                r.get(5)?,
                r.get(6)?,
                r.get(7)?,
            ))
        })?;
        let mut week_counts: BTreeMap<String, (i64, i64, i64)> = BTreeMap::new();
        let mut parts: [Vec<Row>; 4] = Default::default();
        let none = |s: String| (!s.is_empty()).then_some(s);
        for (kind, week, site, place, written, language, ads, flagged) in sums {
            match kind {
                0 => {
                    let w = week_counts.entry(week.clone()).or_default();
                    w.0 += ads;
                    w.1 += flagged;
                    parts[0].push((none(site), None, week.clone(), ads, flagged));
                    parts[1].push((none(place), none(written), week.clone(), ads, flagged));
                    parts[2].push((none(language), None, week, ads, flagged));
                }
                1 => week_counts.entry(week).or_default().2 = ads,
                _ => parts[3].push((none(site), None, week, ads, flagged)),
            }
        }
        let weeks = week_counts
            .into_iter()
            .map(|(w, (ads, flagged, nets))| (w, ads, flagged, nets))
            .collect();
        Ok(win.assemble(weeks, parts.into_iter().collect()))
    }

    /// The rows of `sql` with `args`, mapped by `f`.
    fn rows<T>(
        &self,
        sql: &str,
        args: &[Value],
        f: impl FnMut(&rusqlite::Row<'_>) -> rusqlite::Result<T>,
    ) -> Result<Vec<T>> {
        let mut stmt = self.conn.prepare(sql).map_err(|e| self.err(e))?;
        let rows = stmt
            .query_map(rusqlite::params_from_iter(args.iter()), f)
            .map_err(|e| self.err(e))?;
        rows.collect::<rusqlite::Result<_>>()
            .map_err(|e| self.err(e))
    }
}

impl crate::roles::TrendStore for Store {
    fn trends(&self, f: &ListFilter, weeks: usize) -> Result<Trends> {
        Store::trends(self, f, weeks)
    }
    fn trends_recount(&self, f: &ListFilter, weeks: usize) -> Result<Trends> {
        Store::trends_recount(self, f, weeks)
    }
    fn outreach_per_month(&self) -> Result<Vec<crate::teamwork::OutreachMonth>> {
        Store::outreach_per_month(self)
    }
}

//! [`TrendStore`](crate::TrendStore) on PostgreSQL: the trends counted from
//! the ads, with the definitions of [`crate::counting`] and the report's
//! window and assembly of [`crate::stats`], in PostgreSQL's dialect.
//! PostgreSQL keeps no trend counts (SQLite's migrations 9 and 11), so
//! [`trends`](crate::TrendStore::trends) always counts.

use super::queue::params;
use super::PgStore;
use crate::counting::{APPEARED_SQL, FLAGGED_SQL};
use crate::filter::{pg_ad_filter, ListFilter, PG_AD_FROM};
use crate::stats::{empty, Row, Trends, Window, BREAKDOWNS};
use crate::teamwork::{months_of, Outcome, OutreachMonth};
use crate::{parse_time, Result};
use chrono::NaiveDate;
use postgres::types::ToSql;

/// Monday of the week an ad appeared, as `YYYY-MM-DD`.
fn week_sql() -> String {
    format!("to_char(date_trunc('week', ({APPEARED_SQL})::timestamptz AT TIME ZONE 'UTC'), 'YYYY-MM-DD')")
}

impl crate::roles::TrendStore for PgStore {
    fn trends(&self, f: &ListFilter, weeks: usize) -> Result<Trends> {
        self.trends_recount(f, weeks)
    }

    fn trends_recount(&self, f: &ListFilter, weeks: usize) -> Result<Trends> {
        let (clause, args) = pg_ad_filter(f);
        let mut boxed = params(&args);
        let newest: Option<String> = match &f.until {
            Some(t) => Some(t.date_naive().to_string()),
            None => {
                let refs: Vec<&(dyn ToSql + Sync)> = boxed.iter().map(|b| b.as_ref()).collect();
                self.query_one(
                    &format!("SELECT max(left({APPEARED_SQL}, 10)){PG_AD_FROM}{clause}"),
                    &refs,
                )?
                .get(0)
            }
        };
        let Some(end) = newest.and_then(|d| NaiveDate::parse_from_str(&d, "%Y-%m-%d").ok()) else {
            return Ok(empty());
        };
        let win = Window::ending(end, weeks);
        let (start, end_excl) = win.bounds();
        boxed.push(Box::new(start));
        boxed.push(Box::new(end_excl));
        let refs: Vec<&(dyn ToSql + Sync)> = boxed.iter().map(|b| b.as_ref()).collect();
        let week = week_sql();
        let window = format!(
            "{clause} AND {week} >= ${} AND {week} < ${}",
            refs.len() - 1,
            refs.len()
        );
        let flagged = format!("COALESCE(sum(({FLAGGED_SQL})::int), 0)::BIGINT");
        let weeks = self
            .query(
                &format!(
                    "SELECT {week} AS wk, count(*), {flagged}, count(DISTINCT m.network_id){PG_AD_FROM}{window} GROUP BY wk"
                ),
                &refs,
            )?
            .iter()
            .map(|r| (r.get(0), r.get(1), r.get(2), r.get(3)))
            .collect();
        let mut parts: Vec<Vec<Row>> = Vec::new();
        for (_, key, written, join, _) in BREAKDOWNS {
            let join = join.replace("q.ad_id", "a.id");
            parts.push(
                self.query(
                    &format!(
                        "SELECT ({key})::TEXT, ({written})::TEXT, {week} AS wk, count(*), {flagged}{PG_AD_FROM}{join}{window} GROUP BY 1, 2, wk"
                    ),
                    &refs,
                )?
                .iter()
                .map(|r| (r.get(0), r.get(1), r.get(2), r.get(3), r.get(4)))
                .collect(),
            );
        }
        Ok(win.assemble(weeks, parts))
    }

    fn outreach_per_month(&self) -> Result<Vec<OutreachMonth>> {
        let rows = self.query("SELECT at, outcome FROM contacts ORDER BY at, id", &[])?;
        Ok(months_of(rows.iter().map(|r| {
            (
                parse_time(r.get(0)).unwrap_or_default(),
                Outcome::parse(r.get(1)).unwrap_or(Outcome::NoReply),
            )
        })))
    }
}

//! The one filter of the review queue, `review list`, the statistics and
//! the export: [`ListFilter`] and the SQL it becomes.
//!
//! Every read that filters ads builds its `WHERE` clause here, over the same
//! table aliases: `a` (ads), `n` (analysis), `r` (reviews), `m` (network
//! members) and, in the queue, `q` (the priority table).

use crate::review::ReviewStatus;
use crate::to_text;
use chrono::{DateTime, Utc};
use rusqlite::types::Value;
use serde::{Deserialize, Serialize};

/// Filters for the queue. Empty fields do not filter.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ListFilter {
    /// Site name.
    pub site: Option<String>,
    /// City: the normalised place, so any spelling of a gazetteer city
    /// ("Kbh", "København K") selects all of them; an unknown place by its
    /// name as written (case-insensitive).
    pub location: Option<String>,
    /// Language code.
    pub language: Option<String>,
    /// Indicator code that must have fired.
    pub indicator: Option<String>,
    /// Review status.
    pub status: Option<ReviewStatus>,
    /// Network id.
    pub network: Option<i64>,
    /// Seen on or after.
    pub since: Option<DateTime<Utc>>,
    /// Seen on or before.
    pub until: Option<DateTime<Utc>>,
    /// Minimum score.
    pub min_score: Option<f64>,
    /// Words that must occur in title or text (case-insensitive).
    pub search: Option<String>,
    /// Explicit ad ids.
    pub ids: Vec<i64>,
    /// Include ads marked removed.
    pub include_removed: bool,
    /// At most this many rows (0: no limit).
    pub limit: usize,
    /// Skip this many rows.
    pub offset: usize,
}

impl ListFilter {
    /// Whether the filter selects every ad (removed ones in or out), so the
    /// queue table or the kept counts answer it without joins.
    pub fn is_plain(&self) -> bool {
        *self
            == ListFilter {
                include_removed: self.include_removed,
                limit: self.limit,
                offset: self.offset,
                ..ListFilter::default()
            }
    }

    /// Whether the filter selects one site's ads and nothing else (removed
    /// ads in or out), so the per-site kept counts answer it.
    pub fn is_one_site(&self) -> bool {
        self.site.is_some()
            && ListFilter {
                site: None,
                ..self.clone()
            }
            .is_plain()
    }

    /// Whether the kept per-ad trend contributions answer the filter: it
    /// filters by site, language, network or indicator only (removed ads in
    /// or out); see [`tally_filter`].
    pub fn is_kept_by_ad(&self) -> bool {
        *self
            == ListFilter {
                site: self.site.clone(),
                language: self.language.clone(),
                network: self.network,
                indicator: self.indicator.clone(),
                include_removed: self.include_removed,
                limit: self.limit,
                offset: self.offset,
                ..ListFilter::default()
            }
    }
}

/// Appends `clause` (with one `?`) to `sql` and `v` to `args`, numbering the
/// placeholder after the arguments before it.
fn push_arg(sql: &mut String, args: &mut Vec<Value>, clause: &str, v: Value) {
    args.push(v);
    sql.push_str(&clause.replace('?', &format!("?{}", args.len())));
}

/// The ` WHERE ...` clause and its arguments for a filter that
/// [`ListFilter::is_kept_by_ad`], over the kept per-ad contributions
/// (`ad_tally t`).
pub(crate) fn tally_filter(f: &ListFilter) -> (String, Vec<Value>) {
    let mut sql = String::from(" WHERE 1 = 1");
    let mut args: Vec<Value> = Vec::new();
    if let Some(s) = &f.site {
        push_arg(
            &mut sql,
            &mut args,
            " AND t.site = ?",
            Value::Text(s.clone()),
        );
    }
    if let Some(l) = &f.language {
        push_arg(
            &mut sql,
            &mut args,
            " AND t.language = ?",
            Value::Text(l.clone()),
        );
    }
    if let Some(n) = f.network {
        push_arg(
            &mut sql,
            &mut args,
            " AND t.network_id = ?",
            Value::Integer(n),
        );
    }
    if let Some(c) = &f.indicator {
        push_arg(
            &mut sql,
            &mut args,
            " AND t.ad_id IN (SELECT ad_id FROM ad_tally_code WHERE code = ?)",
            Value::Text(c.clone()),
        );
    }
    if !f.include_removed {
        sql.push_str(" AND t.removed = 0");
    }
    (sql, args)
}

/// The `FROM` part of the filtered reads over `ads` (`list_ads`, the
/// export selection): the tables [`ad_filter`] looks at.
pub(crate) const AD_FROM: &str = " FROM ads a
             LEFT JOIN analysis n ON n.ad_id = a.id
             LEFT JOIN reviews r ON r.target_kind = 'ad' AND r.target_id = a.id
             LEFT JOIN network_members m ON m.ad_id = a.id";

/// The `WHERE` clause and its arguments for `f` over [`AD_FROM`].
pub(crate) fn ad_filter(f: &ListFilter) -> (String, Vec<Value>) {
    filter_where(f, "COALESCE(n.score, 0)", "a.removed_at")
}

/// The `FROM` part shared by the queue queries: the queue table first, so the
/// priority index gives the order, and the tables the filters look at.
pub(crate) const QUEUE_FROM: &str = " FROM review_queue q
    JOIN ads a ON a.id = q.ad_id
    LEFT JOIN analysis n ON n.ad_id = q.ad_id
    LEFT JOIN reviews r ON r.target_kind = 'ad' AND r.target_id = q.ad_id
    LEFT JOIN network_members m ON m.ad_id = q.ad_id";

/// The `WHERE` clause and its arguments for `f`, over the aliases of
/// [`QUEUE_FROM`] (`q`, `a`, `n`, `r`, `m`). Used by the queue and by the
/// statistics so both filter the same way as `list_ads`.
pub(crate) fn filter_clause(f: &ListFilter) -> (String, Vec<Value>) {
    filter_where(f, "q.score", "q.removed_at")
}

/// The SQL dialect a filter is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Dialect {
    /// SQLite: `?N` placeholders.
    Sqlite,
    /// PostgreSQL: `$N` placeholders.
    Postgres,
}

/// A filter argument, for either backend.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Arg {
    /// Text.
    Text(String),
    /// An integer.
    Int(i64),
    /// A real.
    Real(f64),
}

impl From<Arg> for Value {
    fn from(a: Arg) -> Value {
        match a {
            Arg::Text(s) => Value::Text(s),
            Arg::Int(i) => Value::Integer(i),
            Arg::Real(r) => Value::Real(r),
        }
    }
}

/// The ` WHERE ...` clause of a [`ListFilter`] over `a` (ads), `n`
/// (analysis), `r` (reviews) and `m` (network members), with the score and
/// removal columns given by the caller: the one filter of `list_ads`, the
/// queue, the statistics and the export.
fn filter_where(f: &ListFilter, score: &str, removed: &str) -> (String, Vec<Value>) {
    let (sql, args) = filter_where_in(Dialect::Sqlite, f, score, removed);
    (sql, args.into_iter().map(Value::from).collect())
}

/// [`filter_where`] in `d`'s dialect.
fn filter_where_in(d: Dialect, f: &ListFilter, score: &str, removed: &str) -> (String, Vec<Arg>) {
    let pg = d == Dialect::Postgres;
    let mut sql = String::from(" WHERE 1 = 1");
    let mut args: Vec<Arg> = Vec::new();
    let mut push = |sql: &mut String, clause: &str, v: Arg| {
        args.push(v);
        let mark = if pg { "$" } else { "?" };
        sql.push_str(&clause.replace('?', &format!("{mark}{}", args.len())));
    };
    if let Some(s) = &f.site {
        push(&mut sql, " AND a.site = ?", Arg::Text(s.clone()));
    }
    if let Some(s) = &f.location {
        // The normalised place: "Kbh" finds every spelling of Copenhagen.
        let clause = if pg {
            " AND lower(a.place_name) = lower(?)"
        } else {
            " AND a.place_name = ? COLLATE NOCASE"
        };
        push(
            &mut sql,
            clause,
            Arg::Text(crate::places::filter_place_name(s)),
        );
    }
    if let Some(s) = &f.language {
        // `+` keeps SQLite from driving the walk by the language index
        // (the queue picks its driving index itself, see `queue_ids`).
        let clause = if pg {
            " AND n.language = ?"
        } else {
            " AND +n.language = ?"
        };
        push(&mut sql, clause, Arg::Text(s.clone()));
    }
    if let Some(s) = &f.indicator {
        push(
            &mut sql,
            " AND EXISTS (SELECT 1 FROM ad_indicators i WHERE i.ad_id = a.id AND i.code = ?)",
            Arg::Text(s.clone()),
        );
    }
    if let Some(s) = f.status {
        push(
            &mut sql,
            " AND COALESCE(r.status, 'new') = ?",
            Arg::Text(s.as_str().into()),
        );
    }
    if let Some(n) = f.network {
        push(&mut sql, " AND m.network_id = ?", Arg::Int(n));
    }
    if let Some(t) = &f.since {
        push(&mut sql, " AND a.last_seen >= ?", Arg::Text(to_text(t)));
    }
    if let Some(t) = &f.until {
        push(&mut sql, " AND a.first_seen <= ?", Arg::Text(to_text(t)));
    }
    if let Some(s) = f.min_score {
        push(&mut sql, &format!(" AND {score} >= ?"), Arg::Real(s));
    }
    if let Some(words) = &f.search {
        let find = if pg { "strpos" } else { "instr" };
        for w in words.split_whitespace() {
            // One argument per word, used twice.
            args.push(Arg::Text(w.to_string()));
            let mark = format!("{}{}", if pg { "$" } else { "?" }, args.len());
            sql.push_str(&format!(
                " AND ({find}(lower(a.text), lower({mark})) > 0 OR {find}(lower(COALESCE(a.title, '')), lower({mark})) > 0)"
            ));
        }
    }
    if !f.ids.is_empty() {
        let list: Vec<String> = f.ids.iter().map(|i| i.to_string()).collect();
        sql.push_str(&format!(" AND a.id IN ({})", list.join(",")));
    }
    if !f.include_removed {
        sql.push_str(&format!(" AND {removed} IS NULL"));
    }
    (sql, args)
}

/// [`AD_FROM`] on PostgreSQL: the review status is the reader's
/// organisation's (row-level security shows it, with rows of no
/// organisation), its own before one of no organisation.
pub(crate) const PG_AD_FROM: &str = " FROM ads a
             LEFT JOIN analysis n ON n.ad_id = a.id
             LEFT JOIN LATERAL (SELECT rv.status FROM reviews rv
                                WHERE rv.target_kind = 'ad' AND rv.target_id = a.id
                                ORDER BY (rv.org = '') , rv.updated_at DESC LIMIT 1) r ON true
             LEFT JOIN network_members m ON m.ad_id = a.id";

/// [`QUEUE_FROM`] on PostgreSQL, with the reader's organisation's status
/// as in [`PG_AD_FROM`].
pub(crate) const PG_QUEUE_FROM: &str = " FROM review_queue q
    JOIN ads a ON a.id = q.ad_id
    LEFT JOIN analysis n ON n.ad_id = q.ad_id
    LEFT JOIN LATERAL (SELECT rv.status FROM reviews rv
                       WHERE rv.target_kind = 'ad' AND rv.target_id = q.ad_id
                       ORDER BY (rv.org = ''), rv.updated_at DESC LIMIT 1) r ON true
    LEFT JOIN network_members m ON m.ad_id = q.ad_id";

/// The `WHERE` clause and its arguments for `f` over [`PG_QUEUE_FROM`].
pub(crate) fn pg_queue_filter(f: &ListFilter) -> (String, Vec<Arg>) {
    filter_where_in(Dialect::Postgres, f, "q.score", "q.removed_at")
}

/// The `WHERE` clause and its arguments for `f` over [`PG_AD_FROM`].
pub(crate) fn pg_ad_filter(f: &ListFilter) -> (String, Vec<Arg>) {
    filter_where_in(Dialect::Postgres, f, "COALESCE(n.score, 0)", "a.removed_at")
}

/// For each indexed filter in `f`, a subquery giving its candidate ad ids
/// (with one `?` for its argument).
pub(crate) fn candidate_sets(f: &ListFilter) -> Vec<(&'static str, Value)> {
    let mut v: Vec<(&'static str, Value)> = Vec::new();
    if let Some(n) = f.network {
        v.push((
            "SELECT ad_id FROM network_members WHERE network_id = ?",
            Value::Integer(n),
        ));
    }
    if let Some(s) = f.status.filter(|s| *s != ReviewStatus::New) {
        v.push((
            "SELECT target_id FROM reviews WHERE target_kind = 'ad' AND status = ?",
            Value::Text(s.as_str().into()),
        ));
    }
    if let Some(c) = &f.indicator {
        v.push((
            "SELECT ad_id FROM ad_indicators WHERE code = ?",
            Value::Text(c.clone()),
        ));
    }
    if let Some(s) = &f.site {
        v.push(("SELECT id FROM ads WHERE site = ?", Value::Text(s.clone())));
    }
    if let Some(c) = &f.location {
        v.push((
            "SELECT id FROM ads WHERE place_name = ? COLLATE NOCASE",
            Value::Text(crate::places::filter_place_name(c)),
        ));
    }
    if let Some(l) = &f.language {
        v.push((
            "SELECT ad_id FROM analysis WHERE language = ?",
            Value::Text(l.clone()),
        ));
    }
    v
}

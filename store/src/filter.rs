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
    /// Words that must begin words of the title or text, in any case (see
    /// [`SearchTerms`]).
    pub search: Option<String>,
    /// Explicit ad ids.
    pub ids: Vec<i64>,
    /// Include ads marked removed.
    pub include_removed: bool,
    /// At most this many rows (0: no limit).
    pub limit: usize,
    /// Skip this many rows.
    pub offset: usize,
    /// Keyset paging for the queue ([`crate::Store::queue_ids`]): the page
    /// that follows this ad in the filter's order, instead of `offset`.
    /// Ignored when the ad is gone, and by `list_ads`.
    pub after: Option<i64>,
    /// Keyset paging backwards: the page just before this ad.
    pub before: Option<i64>,
}

impl ListFilter {
    /// Whether the filter selects every ad (removed ones in or out), so the
    /// queue table or the kept counts answer it without joins.
    pub fn is_plain(&self) -> bool {
        self.selection()
            == ListFilter {
                include_removed: self.include_removed,
                ..ListFilter::default()
            }
    }

    /// The filter without its paging (limit, offset and keyset cursor):
    /// what it selects.
    pub fn selection(&self) -> ListFilter {
        ListFilter {
            limit: 0,
            offset: 0,
            after: None,
            before: None,
            ..self.clone()
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
}

/// Appends `clause` (with one `?`) to `sql` and `v` to `args`, numbering the
/// placeholder after the arguments before it.
fn push_arg(sql: &mut String, args: &mut Vec<Value>, clause: &str, v: Value) {
    args.push(v);
    sql.push_str(&clause.replace('?', &format!("?{}", args.len())));
}

/// The ` WHERE ...` clause and its arguments for any filter over the kept
/// per-ad contributions (`ad_tally t`): site, language, network and
/// indicator through their columns, the rest through the ads they select.
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
    // The status through the (few) reviewed ads: "new" is every ad with no
    // other status, as `COALESCE(r.status, 'new')` reads it.
    match f.status {
        Some(ReviewStatus::New) => sql.push_str(
            " AND t.ad_id NOT IN (SELECT target_id FROM reviews WHERE target_kind = 'ad' AND status <> 'new')",
        ),
        Some(s) => push_arg(
            &mut sql,
            &mut args,
            " AND t.ad_id IN (SELECT target_id FROM reviews WHERE target_kind = 'ad' AND status = ?)",
            Value::Text(s.as_str().into()),
        ),
        None => {}
    }
    // Any other part of the filter selects its ads the way the queue does:
    // the kept contributions of those ads are then summed.
    let rest = ListFilter {
        site: None,
        language: None,
        network: None,
        indicator: None,
        status: None,
        include_removed: true,
        ..f.selection()
    };
    if !rest.is_plain() {
        let (clause, rest_args) = filter_where_after(
            args.len(),
            Dialect::Sqlite,
            &rest,
            "COALESCE(n.score, 0)",
            "a.removed_at",
        );
        args.extend(rest_args.into_iter().map(Value::from));
        if candidate_sets(&rest).is_empty() {
            // A wide part (dates, score): asked of each ad the other parts
            // and the window leave, rather than listing every ad it takes.
            sql.push_str(&format!(
                " AND EXISTS (SELECT 1{AD_FROM}{clause} AND a.id = t.ad_id)"
            ));
        } else {
            // A narrow part (search words, a city): its ads listed once.
            sql.push_str(&format!(" AND t.ad_id IN (SELECT a.id{AD_FROM}{clause})"));
        }
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
    filter_where_after(0, d, f, score, removed)
}

/// [`filter_where_in`] with its placeholders numbered after `before`
/// arguments the caller already has in place.
fn filter_where_after(
    before: usize,
    d: Dialect,
    f: &ListFilter,
    score: &str,
    removed: &str,
) -> (String, Vec<Arg>) {
    let pg = d == Dialect::Postgres;
    let mut sql = String::from(" WHERE 1 = 1");
    let mut args: Vec<Arg> = Vec::new();
    let mut push = |sql: &mut String, clause: &str, v: Arg| {
        args.push(v);
        let mark = if pg { "$" } else { "?" };
        sql.push_str(&clause.replace('?', &format!("{mark}{}", before + args.len())));
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
        let terms = SearchTerms::parse(words);
        if !terms.tokens.is_empty() {
            // Words through the text index: SQLite's FTS5 table, or
            // PostgreSQL's full-text index over the same expression.
            let clause = if pg {
                " AND to_tsvector('simple', COALESCE(a.title, '') || ' ' || a.text) @@ to_tsquery('simple', ?)".to_string()
            } else {
                format!(" AND a.id IN ({FTS_MATCH})")
            };
            let query = if pg {
                terms.tsquery()
            } else {
                terms.fts5_query()
            };
            push(&mut sql, &clause, Arg::Text(query));
        }
        let find = if pg { "strpos" } else { "instr" };
        for w in &terms.symbols {
            // A word of no letters or digits ("+", "***") is looked for as
            // written: one argument per word, used twice.
            args.push(Arg::Text(w.to_string()));
            let mark = format!("{}{}", if pg { "$" } else { "?" }, before + args.len());
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

/// The ads whose title or text match an FTS5 query (one `?`).
const FTS_MATCH: &str = "SELECT rowid FROM ads_fts WHERE ads_fts MATCH ?";

/// How the filter's search clause begins on SQLite: `a.id IN` the matches
/// ([`FTS_MATCH`]; a test keeps the two alike).
const FTS_LISTED: &str = "a.id IN (SELECT rowid FROM ads_fts WHERE ads_fts MATCH ?";

/// The search clause that asks the index about each ad instead.
const FTS_PROBED: &str = "EXISTS (SELECT 1 FROM ads_fts WHERE rowid = a.id AND ads_fts MATCH ?";

/// Rewrites the search clause of `clause` (from [`filter_clause`]) to ask
/// the index about each ad walked, with `query` (exact words, see
/// [`crate::search`]) as its argument. False when `clause` has no search.
pub(crate) fn probe_search(clause: &mut String, args: &mut [Value], query: String) -> bool {
    let Some(at) = clause.find(FTS_LISTED) else {
        return false;
    };
    let digits: String = clause[at + FTS_LISTED.len()..]
        .chars()
        .take_while(char::is_ascii_digit)
        .collect();
    let Some(slot) = digits
        .parse::<usize>()
        .ok()
        .and_then(|n| n.checked_sub(1))
        .and_then(|i| args.get_mut(i))
    else {
        return false;
    };
    *slot = Value::Text(query);
    clause.replace_range(at..at + FTS_LISTED.len(), FTS_PROBED);
    true
}

/// The words of a text search, split the way the text index splits text.
///
/// A search finds the ads whose title or text has, for every word given, a
/// word that begins with it, in any case: `garden` finds "Gardens",
/// `københavn` finds "KØBENHAVN", `e-mail` finds "e-mail" and "mail e".
/// Letters keep their accents (`å` is not `a`). A word with no letter or
/// digit is looked for as written.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SearchTerms {
    /// Runs of letters and digits, as typed: each must begin a word.
    pub tokens: Vec<String>,
    /// Words with no letter or digit, looked for as substrings.
    pub symbols: Vec<String>,
}

impl SearchTerms {
    /// Splits `words` (whitespace-separated) into index tokens and symbols.
    pub fn parse(words: &str) -> SearchTerms {
        let mut t = SearchTerms::default();
        for w in words.split_whitespace() {
            let parts: Vec<String> = w
                .split(|c: char| !is_token_char(c))
                .filter(|p| !p.is_empty())
                .map(str::to_string)
                .collect();
            if parts.is_empty() && !t.symbols.iter().any(|s| s == w) {
                t.symbols.push(w.to_string());
            }
            for p in parts {
                // The index folds case itself (FTS5, or PostgreSQL's
                // lowercasing in the database's locale): tokens stay as typed.
                if !t
                    .tokens
                    .iter()
                    .any(|k| k.to_lowercase() == p.to_lowercase())
                {
                    t.tokens.push(p);
                }
            }
        }
        t
    }

    /// The FTS5 query: every token as a prefix, all required. Tokens hold
    /// letters and digits only, so quoting cannot be escaped from.
    pub fn fts5_query(&self) -> String {
        let terms: Vec<String> = self.tokens.iter().map(|t| format!("\"{t}\"*")).collect();
        terms.join(" AND ")
    }

    /// The PostgreSQL `tsquery` text: every token as a prefix, all required.
    pub fn tsquery(&self) -> String {
        let terms: Vec<String> = self.tokens.iter().map(|t| format!("'{t}':*")).collect();
        terms.join(" & ")
    }
}

/// Whether the text index counts `c` as part of a word: letters and digits,
/// but not combining marks (FTS5's `unicode61` splits on those, and a query
/// token it split would need positions the index does not keep).
fn is_token_char(c: char) -> bool {
    c.is_alphanumeric()
        && !matches!(c, '\u{0300}'..='\u{036F}' | '\u{1AB0}'..='\u{1AFF}' | '\u{1DC0}'..='\u{1DFF}' | '\u{20D0}'..='\u{20FF}' | '\u{FE20}'..='\u{FE2F}')
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
    if let Some(words) = &f.search {
        let terms = SearchTerms::parse(words);
        if !terms.tokens.is_empty() {
            v.push((FTS_MATCH, Value::Text(terms.fts5_query())));
        }
    }
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The queue's rewrite of a search finds the clause the filter writes,
    /// and puts the exact words in its argument.
    #[test]
    fn a_search_clause_can_be_asked_per_ad() {
        let f = ListFilter {
            site: Some("s".into()),
            search: Some("garden".into()),
            ..ListFilter::default()
        };
        let (mut clause, mut args) = filter_clause(&f);
        assert!(clause.contains(FTS_LISTED), "{clause}");
        assert!(probe_search(&mut clause, &mut args, "\"garden\"".into()));
        assert!(
            clause.contains(FTS_PROBED) && !clause.contains(FTS_LISTED),
            "{clause}"
        );
        assert!(args.contains(&Value::Text("\"garden\"".into())), "{args:?}");
        assert!(args.contains(&Value::Text("s".into())), "{args:?}");
        let (mut plain, mut args) = filter_clause(&ListFilter::default());
        assert!(!probe_search(&mut plain, &mut args, String::new()));
    }
}

//! Opening the store, resolving who the reviewer is, and turning command-line
//! filters into store filters, with errors that say what to fix.

use crate::cli::FilterArgs;
use crate::i18n::{text, Tr};
use anyhow::{bail, Context as _, Result};
use chrono::{DateTime, NaiveDate, Utc};
use std::path::PathBuf;
use store::query::ListFilter;
use store::review::ReviewStatus;
use store::{AnyStore, Store};

/// The default database file when neither --db nor $ADSCREEN_DB is given.
pub const DEFAULT_DB: &str = "adscreen.db";

/// What every command needs: the store and who is acting.
pub struct Context {
    /// The open store, SQLite or PostgreSQL.
    pub store: AnyStore,
    /// The reviewer's name.
    pub reviewer: String,
    /// The language of what the tool prints (English until set).
    pub tr: Tr,
    /// How long the full-screen tool waits without a key press before it
    /// hides the screen (`None`: never).
    pub idle_lock: Option<std::time::Duration>,
}

impl Context {
    /// Opens an existing database for reading and writing (never creates an
    /// empty one by mistake; an older schema is upgraded).
    pub fn open(db: Option<PathBuf>, reviewer: Option<String>) -> Result<Context> {
        Context::open_in(&Tr::default(), db, reviewer)
    }

    /// [`Context::open`] speaking `tr`'s language (its messages and the
    /// context's own).
    pub fn open_in(tr: &Tr, db: Option<PathBuf>, reviewer: Option<String>) -> Result<Context> {
        let given = db.unwrap_or_else(|| PathBuf::from(DEFAULT_DB));
        let (store, reviewer) = match store::Location::from_path(&given)? {
            store::Location::Sqlite(path) => {
                if !path.exists() {
                    // The store says so too, in English; this is the common case.
                    bail!(
                        "{}",
                        tr.f(
                            "err-no-database",
                            &[("db", text(path.display().to_string()))]
                        )
                    );
                }
                let store = Store::open_existing_writable(&path).with_context(|| {
                    tr.f(
                        "err-opening-db",
                        &[("db", text(path.display().to_string()))],
                    )
                })?;
                (AnyStore::Sqlite(store), resolve_reviewer(reviewer))
            }
            store::Location::Postgres(url) => {
                let store = store::PgStore::open(&url)
                    .with_context(|| tr.f("err-opening-db", &[("db", text(url.to_string()))]))?;
                // The database role is the reviewer: --reviewer cannot claim another.
                let me = store.identity()?;
                if let Some(r) = reviewer.filter(|r| !r.trim().is_empty() && r.trim() != me.role) {
                    bail!(
                        "{}",
                        tr.f(
                            "err-pg-reviewer",
                            &[("given", text(r)), ("role", text(me.role.clone()))]
                        )
                    );
                }
                (AnyStore::Postgres(Box::new(store)), me.role)
            }
        };
        Ok(Context {
            store,
            reviewer,
            tr: tr.clone(),
            idle_lock: Some(crate::tui::idle::DEFAULT_IDLE_LOCK),
        })
    }

    /// The SQLite store, for a command that does not run on PostgreSQL yet
    /// (`command` names it in the refusal).
    pub fn lite(&self, command: &str) -> Result<&Store> {
        match &self.store {
            AnyStore::Sqlite(s) => Ok(s),
            AnyStore::Postgres(_) => bail!("{}", self.not_on_pg(command)),
        }
    }

    /// [`Context::lite`], writable.
    pub fn lite_mut(&mut self, command: &str) -> Result<&mut Store> {
        let refusal = self.not_on_pg(command);
        match &mut self.store {
            AnyStore::Sqlite(s) => Ok(s),
            AnyStore::Postgres(_) => bail!("{refusal}"),
        }
    }

    fn not_on_pg(&self, command: &str) -> String {
        self.tr.f("err-pg-not-yet", &[("command", text(command))])
    }
}

/// The SQLite file `--db` (or `$ADSCREEN_DB`) names, `sqlite:PATH` included.
/// A PostgreSQL URL is refused with a message: the review tool works on
/// SQLite only for now (PostgreSQL for `review` is the rest of issue 16).
pub fn sqlite_path(db: Option<PathBuf>) -> Result<PathBuf> {
    sqlite_path_in(&Tr::default(), db)
}

/// [`sqlite_path`] with the message in `tr`'s language.
pub fn sqlite_path_in(tr: &Tr, db: Option<PathBuf>) -> Result<PathBuf> {
    let given = db.unwrap_or_else(|| PathBuf::from(DEFAULT_DB));
    match store::Location::from_path(&given)? {
        store::Location::Sqlite(p) => Ok(p),
        store::Location::Postgres(u) => {
            bail!("{}", tr.f("err-postgres", &[("url", text(u.to_string()))]))
        }
    }
}

/// The reviewer: the flag/env value, else the OS user, else `unknown`.
pub fn resolve_reviewer(given: Option<String>) -> String {
    given
        .filter(|s| !s.trim().is_empty())
        .or_else(|| std::env::var("USER").ok().filter(|s| !s.is_empty()))
        .or_else(|| std::env::var("LOGNAME").ok().filter(|s| !s.is_empty()))
        .unwrap_or_else(|| "unknown".to_string())
}

/// Parses a status name with a message listing the valid ones.
pub fn parse_status(s: &str) -> Result<ReviewStatus> {
    parse_status_in(&Tr::default(), s)
}

/// [`parse_status`] with the message in `tr`'s language.
pub fn parse_status_in(tr: &Tr, s: &str) -> Result<ReviewStatus> {
    match ReviewStatus::parse(s) {
        Some(st) => Ok(st),
        None => bail!(
            "{}",
            tr.f(
                "err-unknown-status",
                &[
                    ("given", text(s)),
                    (
                        "codes",
                        text(ReviewStatus::ALL.map(|s| s.as_str()).join(", "))
                    ),
                ]
            )
        ),
    }
}

/// Parses `YYYY-MM-DD` (start of day, UTC) or RFC 3339.
pub fn parse_date(s: &str, flag: &str) -> Result<DateTime<Utc>> {
    parse_date_in(&Tr::default(), s, flag)
}

/// [`parse_date`] with the message in `tr`'s language.
pub fn parse_date_in(tr: &Tr, s: &str, flag: &str) -> Result<DateTime<Utc>> {
    if let Ok(t) = DateTime::parse_from_rfc3339(s) {
        return Ok(t.with_timezone(&Utc));
    }
    match NaiveDate::parse_from_str(s, "%Y-%m-%d") {
        Ok(d) => Ok(d.and_hms_opt(0, 0, 0).expect("midnight").and_utc()),
        Err(_) => bail!(
            "{}",
            tr.f("err-date", &[("flag", text(flag)), ("given", text(s))])
        ),
    }
}

impl FilterArgs {
    /// The store filter these flags describe.
    pub fn to_filter(&self) -> Result<ListFilter> {
        self.to_filter_in(&Tr::default())
    }

    /// [`FilterArgs::to_filter`] with errors in `tr`'s language.
    pub fn to_filter_in(&self, tr: &Tr) -> Result<ListFilter> {
        if let Some(code) = &self.indicator {
            if model::IndicatorCode::parse(code).is_none() {
                bail!(
                    "{}",
                    tr.f(
                        "err-unknown-indicator",
                        &[
                            ("given", text(code.clone())),
                            (
                                "codes",
                                text(model::IndicatorCode::ALL.map(|c| c.as_str()).join(", "))
                            ),
                        ]
                    )
                );
            }
        }
        Ok(ListFilter {
            site: self.site.clone(),
            location: self.city.clone(),
            language: self.language.clone(),
            indicator: self.indicator.clone(),
            status: self
                .status
                .as_deref()
                .map(|s| parse_status_in(tr, s))
                .transpose()?,
            network: self.network,
            since: self
                .since
                .as_deref()
                .map(|s| parse_date_in(tr, s, "--since"))
                .transpose()?,
            until: self
                .until
                .as_deref()
                .map(|s| parse_date_in(tr, s, "--until"))
                .transpose()?,
            min_score: self.min_score,
            search: self.search.clone(),
            include_removed: self.include_removed,
            ..ListFilter::default()
        })
    }
}

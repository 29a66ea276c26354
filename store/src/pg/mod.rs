//! The PostgreSQL backend (issue 16): [`PgStore`], one connection to a
//! shared database, implementing the engine's roles ([`crate::EngineStore`]:
//! ads, analysis, linking, fingerprints, changes, site settings) with the
//! same meaning as the SQLite [`Store`](crate::Store).
//!
//! The driver is the synchronous `postgres` crate over `tokio-postgres`:
//! the store's API is synchronous, and the client runs its own small
//! runtime. It must therefore not be called from a thread that runs a
//! tokio runtime (it would panic there): [`PgStore::open`] refuses with
//! [`StoreError::Invalid`] on any thread with a runtime context (also the
//! runtime's blocking pool, to be safe), so async callers give the store a
//! thread of its own (`std::thread::spawn`).
//!
//! Write transactions are `READ COMMITTED`, short, and retried (like
//! SQLite's busy retries) when the server reports a serialization failure
//! or a deadlock.
//!
//! # Layout
//! - [`schema`]: the numbered migrations, in PostgreSQL's dialect.
//! - `error`: driver errors as [`StoreError`].
//! - `tls`: connecting, with rustls.
//! - `export`: the export's reads and the audit log; `stats`: trends;
//!   `teamwork`: assignments, reminders, contacts, do-not-contact;
//!   `retention`: the purge; `erasure`: erasure and access on request.
//! - [`orgs`]: organisations, reviewers and row-level security.
//! - `review`: statuses, notes and watches; `queue`: the review queue.
//! - [`copy`]: copying a whole SQLite store in (`review migrate`), with
//!   `columns` reading both schemas at run time.
//! - [`dump`]: backups with `pg_dump` / `pg_restore`.
//! - `ads`, `analysis`, `links`, `prints` (fingerprints and the change
//!   log), `sites`, `frontier` (claims, host leases, crawl runs): one
//!   file per role.

mod ads;
mod analysis;
mod columns;
pub mod copy;
pub mod dump;
mod erasure;
mod error;
mod export;
mod frontier;
mod links;
pub mod orgs;
pub use export::PgSnapshot;
mod prints;
mod queue;
mod retention;
mod review;
pub mod schema;
mod sites;
mod stats;
mod teamwork;
#[cfg(feature = "test-sql")]
pub mod testing;
mod tls;

use crate::location::PgUrl;
use crate::{Result, StoreError, BUSY_RETRIES};
use postgres::types::ToSql;
use postgres::{Client, Row, Statement, Transaction};
use std::cell::RefCell;
use std::collections::HashMap;
use std::path::PathBuf;
use std::time::Duration;

/// Prepared statements by SQL text, kept for the connection's life (a
/// statement prepared once is a round trip saved on every later use).
type Cache = HashMap<String, Statement>;

/// An open connection to a PostgreSQL store.
pub struct PgStore {
    client: RefCell<Client>,
    cache: RefCell<Cache>,
    url: PgUrl,
}

/// A write transaction with the connection's statement cache: derefs to
/// the driver's [`Transaction`], plus [`PgTx::prepare_cached`].
pub(crate) struct PgTx<'a> {
    tx: Transaction<'a>,
    cache: &'a mut Cache,
}

impl<'a> std::ops::Deref for PgTx<'a> {
    type Target = Transaction<'a>;
    fn deref(&self) -> &Transaction<'a> {
        &self.tx
    }
}

impl std::ops::DerefMut for PgTx<'_> {
    fn deref_mut(&mut self) -> &mut Self::Target {
        &mut self.tx
    }
}

impl PgTx<'_> {
    /// The prepared statement for `sql`, prepared on first use.
    pub(crate) fn prepare_cached(
        &mut self,
        sql: &str,
    ) -> std::result::Result<Statement, postgres::Error> {
        if let Some(s) = self.cache.get(sql) {
            return Ok(s.clone());
        }
        let s = self.tx.prepare(sql)?;
        self.cache.insert(sql.to_string(), s.clone());
        Ok(s)
    }
}

impl std::fmt::Debug for PgStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PgStore").field("url", &self.url).finish()
    }
}

impl PgStore {
    /// Connects to the database `url` names and brings its schema up to
    /// date (creating the tables in an empty database). The database itself
    /// must exist (`createdb`), and the role needs the right to create
    /// tables in it for the first open.
    pub fn open(url: &PgUrl) -> Result<PgStore> {
        if tokio::runtime::Handle::try_current().is_ok() {
            return Err(StoreError::Invalid(format!(
                "database {url}: the PostgreSQL store was opened on a thread of an async runtime; \
                 open and use it on a thread of its own (std::thread::spawn), outside the runtime"
            )));
        }
        let client = tls::connect(url)?;
        let mut store = PgStore {
            client: RefCell::new(client),
            cache: RefCell::default(),
            url: url.clone(),
        };
        schema::migrate(&mut store)?;
        ads::fill_places_if_stale(&mut store)?;
        Ok(store)
    }

    /// Opens `url` and refuses a database whose schema is not exactly this
    /// build's (like [`Store::open_existing`](crate::Store::open_existing)),
    /// without migrating.
    pub fn open_existing(url: &PgUrl) -> Result<PgStore> {
        let client = tls::connect(url)?;
        let store = PgStore {
            client: RefCell::new(client),
            cache: RefCell::default(),
            url: url.clone(),
        };
        let exists: bool = store
            .query_one("SELECT to_regclass('schema_migrations') IS NOT NULL", &[])?
            .get(0);
        let found = if exists {
            schema::current_version(&store)?
        } else {
            0
        };
        let known = schema::latest_version();
        let path = store.shown_path();
        if found > known {
            return Err(StoreError::TooNew { path, found, known });
        }
        if found < known {
            return Err(StoreError::Outdated { path, found, known });
        }
        Ok(store)
    }

    /// The database URL, without its password.
    pub fn url(&self) -> &PgUrl {
        &self.url
    }

    /// The URL (without password) as the `path` of a [`StoreError`].
    pub(crate) fn shown_path(&self) -> PathBuf {
        PathBuf::from(self.url.shown.clone())
    }

    pub(crate) fn err(&self, e: postgres::Error) -> StoreError {
        error::from_pg(&self.shown_path(), e)
    }

    /// The prepared statement for `sql` (cached).
    fn statement(&self, client: &mut Client, sql: &str) -> Result<Statement> {
        if let Some(st) = self.cache.borrow().get(sql) {
            return Ok(st.clone());
        }
        let st = client.prepare(sql).map_err(|e| self.err(e))?;
        self.cache.borrow_mut().insert(sql.to_string(), st.clone());
        Ok(st)
    }

    /// Runs one query, returning its rows.
    pub(crate) fn query(&self, sql: &str, params: &[&(dyn ToSql + Sync)]) -> Result<Vec<Row>> {
        let mut client = self.client.borrow_mut();
        let st = self.statement(&mut client, sql)?;
        client.query(&st, params).map_err(|e| self.err(e))
    }

    /// Runs one query that returns exactly one row.
    pub(crate) fn query_one(&self, sql: &str, params: &[&(dyn ToSql + Sync)]) -> Result<Row> {
        let mut client = self.client.borrow_mut();
        let st = self.statement(&mut client, sql)?;
        client.query_one(&st, params).map_err(|e| self.err(e))
    }

    /// Runs one query that returns at most one row.
    pub(crate) fn query_opt(
        &self,
        sql: &str,
        params: &[&(dyn ToSql + Sync)],
    ) -> Result<Option<Row>> {
        let mut client = self.client.borrow_mut();
        let st = self.statement(&mut client, sql)?;
        client.query_opt(&st, params).map_err(|e| self.err(e))
    }

    /// Runs `f` in a write transaction, committed when `f` succeeds and
    /// rolled back otherwise. A serialization failure or deadlock runs the
    /// whole transaction again, up to [`BUSY_RETRIES`] times, so `f` may run
    /// more than once.
    pub(crate) fn write<T>(
        &mut self,
        mut f: impl FnMut(&mut PgTx<'_>) -> std::result::Result<T, postgres::Error>,
    ) -> Result<T> {
        let shown = self.shown_path();
        let mut attempt = 0;
        loop {
            let client = self.client.get_mut();
            let cache = self.cache.get_mut();
            let once = (|| {
                let mut tx = PgTx {
                    tx: client.transaction()?,
                    cache,
                };
                let v = f(&mut tx)?;
                tx.tx.commit()?;
                Ok(v)
            })()
            .map_err(|e| error::from_pg(&shown, e));
            match once {
                Err(e) if e.is_busy() && attempt < BUSY_RETRIES => {
                    attempt += 1;
                    tracing::warn!(db = %self.url, attempt, "transaction conflict; trying the write again");
                    std::thread::sleep(Duration::from_millis(100 << attempt));
                }
                other => return other,
            }
        }
    }
}

/// Reads a JSON text column, with an empty value for bad JSON (as the
/// SQLite store reads it).
pub(crate) fn json_or_default<T: serde::de::DeserializeOwned + Default>(s: &str) -> T {
    serde_json::from_str(s).unwrap_or_default()
}

//! The adscreen store: one SQLite file (bundled SQLite, WAL mode) shared by the
//! crawler daemon and any number of review sessions.
//!
//! Readers never block the writer and write transactions are short and
//! `IMMEDIATE`, so the daemon and reviewers work on one file at once; a busy
//! timeout absorbs the moments when two writers meet. Schema changes are
//! numbered migrations recorded in `schema_migrations`. The database file and
//! its folder are created readable by the owner only (0600 / 0700).
//!
//! # Layout
//! - [`schema`]: the numbered migrations.
//! - [`ads`]: ads, their versions, phones and images.
//! - [`analysis`]: per-ad analysis results and indicator hits.
//! - [`frontier`]: the crawl frontier and fetch state (ETag, Last-Modified, failures).
//! - [`links`]: links, clusters, networks and the phone block-list.
//! - [`prints`]: persisted text fingerprints for incremental linking.
//! - [`review`]: review statuses, notes (append-only events) and watches.
//! - [`audit`]: the append-only audit log.
//! - [`export`]: read paths for the export (selection, records, census, snapshot).
//! - [`filter`]: the list/export filter and its SQL.
//! - [`query`]: read models for the review tool and the export.
//! - [`retention`]: purging ads past the retention period.
//! - [`cipher`]: encryption at rest (SQLCipher), keys, `encrypt_file`.
//! - [`erasure`]: erasure and access on request (a number, an ad, a network).
//! - [`maintenance`]: integrity check, online backup, backup checks, restore, demo marker.
//! - [`queue`]: the review queue's priority table and fast paging.
//! - [`network_list`]: networks as the unit of work, in priority order.
//! - [`places`]: each ad's normalised place (gazetteer city) beside its location.
//! - [`sites`]: persisted site settings (region, languages, site numbers).
//! - [`roles`]: the role traits (frontier with claim and lease, ads,
//!   analysis, linking, review, export reads) the SQLite store implements,
//!   as a PostgreSQL one will.
//! - [`stats`]: trend statistics per week, site, city, language, indicator.
//! - [`teamwork`]: assignments, reminders, the contact log per number, do-not-contact.
//! - [`location`]: `--db` values: a SQLite path or a `postgres://` URL.
//! - [`pg`]: the PostgreSQL backend (engine roles; issue 16).
//! - [`any`]: [`AnyStore`], either backend behind the engine's roles.
//!
//! Opening: [`Store::open`] creates and migrates; [`Store::open_existing_writable`]
//! opens an existing file and migrates; [`Store::open_existing`] is read-only
//! and never migrates. Errors are typed ([`StoreError`]), never SQLite's own;
//! busy writes are retried inside the store. No SQL runs outside this crate
//! (tests get raw access only through the non-default `test-sql` feature).
//!
//! # Example
//! ```
//! let dir = tempfile::tempdir().unwrap();
//! let store = store::Store::open(&dir.path().join("adscreen.db")).unwrap();
//! assert_eq!(store.integrity_check().unwrap(), "ok");
//! ```

pub mod ads;
pub mod analysis;
pub mod any;
pub mod audit;
pub mod changes;
pub mod cipher;
pub mod counting;
pub mod erasure;
mod error;
pub mod export;
pub mod filter;
pub mod frontier;
pub mod hostlease;
pub mod links;
pub mod location;
pub mod maintenance;
pub mod network_list;
pub mod pg;
pub mod places;
pub mod prints;
pub mod query;
pub mod queue;
pub mod retention;
pub mod review;
pub mod roles;
pub mod schema;
pub mod search;
pub mod sites;
pub mod stats;
pub mod tally;
mod tally_sums;
pub mod teamwork;
#[cfg(feature = "test-sql")]
pub mod test_sql;
pub mod thread;
mod time;

use rusqlite::{Connection, OpenFlags, TransactionBehavior};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

pub use any::AnyStore;
pub use error::{Required, Result, StoreError};
pub use location::Location;
pub use pg::PgStore;
pub use roles::{
    AdStore, AnalysisStore, AuditStore, ChangeStore, EngineStore, ExportStore, FingerprintStore,
    FrontierStore, LinkStore, QueueStore, ReviewStore, SiteStore, TallyStore, TeamworkStore,
    TrendStore,
};
pub use thread::StoreThread;

/// The role traits, for `use store::prelude::*;`: the store's methods live
/// on them.
pub mod prelude {
    pub use crate::roles::{
        AdStore, AnalysisStore, AuditStore, ChangeStore, EngineStore, ErasureStore, ExportStore,
        FingerprintStore, FrontierStore, LinkStore, QueueStore, RetentionStore, ReviewStore,
        SiteStore, TallyStore, TeamworkStore, TrendStore,
    };
}
pub use time::{now, parse_time, to_text};

/// How long a connection waits for another writer before giving up.
pub const BUSY_TIMEOUT: Duration = Duration::from_secs(30);

/// Prepared statements kept per connection (rusqlite's default is 16, fewer
/// than one import transaction uses).
const STATEMENT_CACHE: usize = 128;

/// How many more times a write transaction is tried after its connection
/// waited [`BUSY_TIMEOUT`] for another writer (a long daemon transaction),
/// with a growing pause, so a reviewer's decision is not lost to "database
/// is locked".
pub const BUSY_RETRIES: u32 = 5;

/// An open connection to the store.
pub struct Store {
    conn: Connection,
    path: PathBuf,
    /// The key the file was opened with (backups are keyed with it too).
    key: Option<std::sync::Arc<cipher::DbKey>>,
}

impl std::fmt::Debug for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Store").field("path", &self.path).finish()
    }
}

impl Store {
    /// Opens (creating if needed) the database at `path` and brings its schema
    /// up to date.
    /// Uses the process key ([`cipher::set_process_key`]), if any.
    pub fn open(path: &Path) -> Result<Store> {
        Store::open_keyed(path, cipher::process_key())
    }

    /// [`Store::open`] with an explicit key (`None`: a plain database).
    pub fn open_keyed(path: &Path, key: Option<Arc<cipher::DbKey>>) -> Result<Store> {
        prepare_location(path)?;
        create_owner_only(path)?;
        Store::open_writable(path, key)
    }

    /// Opens an existing database for reading and writing and brings its
    /// schema up to date (each migration applied is logged). Never creates
    /// a file: a missing database is [`StoreError::NotFound`]. Uses the
    /// process key, if any.
    pub fn open_existing_writable(path: &Path) -> Result<Store> {
        Store::open_existing_writable_keyed(path, cipher::process_key())
    }

    /// [`Store::open_existing_writable`] with an explicit key.
    pub fn open_existing_writable_keyed(
        path: &Path,
        key: Option<Arc<cipher::DbKey>>,
    ) -> Result<Store> {
        must_exist(path)?;
        Store::open_writable(path, key)
    }

    /// Opens an existing database read-only: nothing is written, not even a
    /// migration. A database with an older schema than this build is
    /// refused with [`StoreError::Outdated`] (upgrade it with a command that
    /// opens it writable), one with a newer schema with
    /// [`StoreError::TooNew`]. For reading tools, backup checks and benches.
    /// Uses the process key, if any.
    pub fn open_existing(path: &Path) -> Result<Store> {
        Store::open_existing_keyed(path, cipher::process_key())
    }

    /// [`Store::open_existing`] with an explicit key.
    pub fn open_existing_keyed(path: &Path, key: Option<Arc<cipher::DbKey>>) -> Result<Store> {
        let store = Store::open_read_only(path, key)?;
        let found = schema::current_version(&store)?;
        let known = schema::latest_version();
        if found > known {
            return Err(StoreError::TooNew {
                path: path.to_path_buf(),
                found,
                known,
            });
        }
        if found < known {
            return Err(StoreError::Outdated {
                path: path.to_path_buf(),
                found,
                known,
            });
        }
        Ok(store)
    }

    /// A read-only connection to an existing file, whatever its schema.
    pub(crate) fn open_read_only(path: &Path, key: Option<Arc<cipher::DbKey>>) -> Result<Store> {
        must_exist(path)?;
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(|e| error::from_sqlite(path, e))?;
        cipher::apply(&conn, path, key.as_deref())?;
        let store = Store {
            conn,
            path: path.to_path_buf(),
            key,
        };
        store
            .conn
            .busy_timeout(BUSY_TIMEOUT)
            .map_err(|e| store.err(e))?;
        store
            .conn
            .execute_batch("PRAGMA query_only = ON;")
            .map_err(|e| store.err(e))?;
        Ok(store)
    }

    fn open_writable(path: &Path, key: Option<Arc<cipher::DbKey>>) -> Result<Store> {
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_WRITE
                | OpenFlags::SQLITE_OPEN_CREATE
                | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(|e| error::from_sqlite(path, e))?;
        cipher::apply(&conn, path, key.as_deref())?;
        restrict_file(path)?;
        let mut store = Store {
            conn,
            path: path.to_path_buf(),
            key,
        };
        store.configure()?;
        schema::migrate(&mut store)?;
        places::fill_if_stale(&mut store)?;
        Ok(store)
    }

    fn configure(&mut self) -> Result<()> {
        self.conn
            .busy_timeout(BUSY_TIMEOUT)
            .map_err(|e| self.err(e))?;
        // Statements are prepared once per connection and kept: an import
        // runs a dozen per ad, and preparing one (parsing, and compiling the
        // triggers it fires) cost more than running it.
        self.conn
            .set_prepared_statement_cache_capacity(STATEMENT_CACHE);
        // WAL lets readers work while the daemon writes; NORMAL sync is
        // durable across application crashes and is SQLite's advice for WAL.
        self.conn
            .pragma_update(None, "journal_mode", "WAL")
            .map_err(|e| self.err(e))?;
        self.conn
            .execute_batch(
                "PRAGMA synchronous = NORMAL;
                 PRAGMA foreign_keys = ON;
                 PRAGMA temp_store = MEMORY;
                 PRAGMA cache_size = -65536;",
            )
            .map_err(|e| self.err(e))?;
        Ok(())
    }

    /// The database file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Whether the file is encrypted (opened with a key).
    pub fn is_encrypted(&self) -> bool {
        self.key.is_some()
    }

    /// Types a SQLite error and names the database file.
    pub(crate) fn err(&self, source: rusqlite::Error) -> StoreError {
        error::from_sqlite(&self.path, source)
    }

    /// Runs `f` in a short `BEGIN IMMEDIATE` write transaction, committed when
    /// `f` succeeds and rolled back otherwise. When another writer held the
    /// database past the busy timeout, the whole transaction is tried again
    /// up to [`BUSY_RETRIES`] times, so `f` may run more than once.
    pub(crate) fn write<T>(
        &mut self,
        mut f: impl FnMut(&rusqlite::Transaction<'_>) -> rusqlite::Result<T>,
    ) -> Result<T> {
        let mut attempt = 0;
        loop {
            match self.write_once(&mut f) {
                Err(e) if e.is_busy() && attempt < BUSY_RETRIES => {
                    attempt += 1;
                    tracing::warn!(db = %self.path.display(), attempt, "database busy; trying the write again");
                    std::thread::sleep(Duration::from_millis(100 << attempt));
                }
                other => return other,
            }
        }
    }

    fn write_once<T>(
        &mut self,
        f: &mut impl FnMut(&rusqlite::Transaction<'_>) -> rusqlite::Result<T>,
    ) -> Result<T> {
        let path = self.path.clone();
        let wrap = |e| error::from_sqlite(&path, e);
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(wrap)?;
        let value = f(&tx).map_err(wrap)?;
        tx.commit().map_err(wrap)?;
        Ok(value)
    }
}

/// Refuses a missing database with a message saying how to make one.
fn must_exist(path: &Path) -> Result<()> {
    if path.exists() {
        return Ok(());
    }
    Err(StoreError::NoDatabase(path.to_path_buf()))
}

/// Creates the parent folder (0700) if needed.
pub(crate) fn prepare_location(path: &Path) -> Result<()> {
    let io = |p: &Path, source| StoreError::Io {
        path: p.to_path_buf(),
        source,
    };
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        if !dir.exists() {
            std::fs::create_dir_all(dir).map_err(|e| io(dir, e))?;
            set_mode(dir, 0o700).map_err(|e| io(dir, e))?;
        }
    }
    Ok(())
}

/// Creates the file owner-only before SQLite opens it, so it is never
/// readable by others, not even for a moment.
pub(crate) fn create_owner_only(path: &Path) -> Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        if !path.exists() {
            std::fs::OpenOptions::new()
                .write(true)
                .create(true)
                .truncate(false)
                .mode(0o600)
                .open(path)
                .map_err(|source| StoreError::Io {
                    path: path.to_path_buf(),
                    source,
                })?;
        }
    }
    let _ = path;
    Ok(())
}

/// Makes the database file and its WAL companions owner-only.
pub(crate) fn restrict_file(path: &Path) -> Result<()> {
    set_mode(path, 0o600).map_err(|source| StoreError::Io {
        path: path.to_path_buf(),
        source,
    })
}

#[cfg(unix)]
fn set_mode(path: &Path, mode: u32) -> std::io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode))
}

#[cfg(not(unix))]
fn set_mode(_path: &Path, _mode: u32) -> std::io::Result<()> {
    Ok(())
}

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
//! - [`queue`]: the review queue's priority table and fast paging.
//! - [`places`]: each ad's normalised place (gazetteer city) beside its location.
//! - [`sites`]: persisted site settings (region, languages, site numbers).
//! - [`stats`]: trend statistics per week, site, city, language, indicator.
//!
//! # Example
//! ```
//! let dir = tempfile::tempdir().unwrap();
//! let store = store::Store::open(&dir.path().join("adscreen.db")).unwrap();
//! assert_eq!(store.integrity_check().unwrap(), "ok");
//! ```

pub mod ads;
pub mod analysis;
pub mod audit;
pub mod export;
pub mod filter;
pub mod frontier;
pub mod links;
pub mod places;
pub mod prints;
pub mod query;
pub mod queue;
pub mod retention;
pub mod review;
pub mod schema;
pub mod sites;
pub mod stats;
mod time;

use rusqlite::{Connection, OpenFlags, TransactionBehavior};
use std::path::{Path, PathBuf};
use std::time::Duration;

pub use time::{now, parse_time, to_text};

/// How long a connection waits for another writer before giving up.
pub const BUSY_TIMEOUT: Duration = Duration::from_secs(30);

/// Errors from the store. Messages name the database file.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum StoreError {
    /// Creating the folder or setting permissions failed.
    #[error("cannot prepare database location {path}: {source}")]
    Io {
        /// The file or folder.
        path: PathBuf,
        /// The cause.
        #[source]
        source: std::io::Error,
    },
    /// SQLite reported an error.
    #[error("database {path}: {source}")]
    Sqlite {
        /// The database file.
        path: PathBuf,
        /// The cause.
        #[source]
        source: rusqlite::Error,
    },
    /// The database was written by a newer adscreen.
    #[error("database {path} has schema version {found}, but this adscreen knows only up to {known}; upgrade adscreen")]
    TooNew {
        /// The database file.
        path: PathBuf,
        /// Version in the file.
        found: i64,
        /// Newest version this build knows.
        known: i64,
    },
    /// A stored value could not be read back.
    #[error("database {path}: corrupt value in {what}: {message}")]
    Corrupt {
        /// The database file.
        path: PathBuf,
        /// Where.
        what: String,
        /// What is wrong.
        message: String,
    },
    /// The caller asked for something that does not exist.
    #[error("{0}")]
    NotFound(String),
    /// The caller passed a value the store does not accept.
    #[error("{0}")]
    Invalid(String),
}

/// Result alias for store operations.
pub type Result<T, E = StoreError> = std::result::Result<T, E>;

/// An open connection to the store.
pub struct Store {
    conn: Connection,
    path: PathBuf,
}

impl std::fmt::Debug for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Store").field("path", &self.path).finish()
    }
}

impl Store {
    /// Opens (creating if needed) the database at `path` and brings its schema
    /// up to date.
    pub fn open(path: &Path) -> Result<Store> {
        prepare_location(path)?;
        create_owner_only(path)?;
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_WRITE
                | OpenFlags::SQLITE_OPEN_CREATE
                | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(|source| StoreError::Sqlite {
            path: path.to_path_buf(),
            source,
        })?;
        restrict_file(path)?;
        let mut store = Store {
            conn,
            path: path.to_path_buf(),
        };
        store.configure()?;
        schema::migrate(&mut store)?;
        places::fill_if_stale(&mut store)?;
        Ok(store)
    }

    /// Opens an existing database read-only (for backups checks and tooling).
    pub fn open_existing(path: &Path) -> Result<Store> {
        if !path.exists() {
            return Err(StoreError::NotFound(format!(
                "no database at {}: run `crawler demo`, `crawler crawl` or `crawler import` first, or pass --db",
                path.display()
            )));
        }
        Store::open(path)
    }

    fn configure(&mut self) -> Result<()> {
        self.conn
            .busy_timeout(BUSY_TIMEOUT)
            .map_err(|e| self.err(e))?;
        // WAL lets readers work while the daemon writes; NORMAL sync is
        // durable across application crashes and is SQLite's advice for WAL.
        self.conn
            .pragma_update(None, "journal_mode", "WAL")
            .map_err(|e| self.err(e))?;
        self.conn
            .execute_batch(
                "PRAGMA synchronous = NORMAL;
                 PRAGMA foreign_keys = ON;
                 PRAGMA temp_store = MEMORY;",
            )
            .map_err(|e| self.err(e))?;
        Ok(())
    }

    /// The database file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The underlying connection, for queries this API does not cover.
    pub fn conn(&self) -> &Connection {
        &self.conn
    }

    /// Wraps a SQLite error with the database path.
    pub(crate) fn err(&self, source: rusqlite::Error) -> StoreError {
        StoreError::Sqlite {
            path: self.path.clone(),
            source,
        }
    }

    /// Runs `f` in a short `BEGIN IMMEDIATE` write transaction, committed when
    /// `f` succeeds and rolled back otherwise.
    pub fn write<T>(
        &mut self,
        f: impl FnOnce(&rusqlite::Transaction<'_>) -> rusqlite::Result<T>,
    ) -> Result<T> {
        let path = self.path.clone();
        let wrap = |source| StoreError::Sqlite {
            path: path.clone(),
            source,
        };
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(wrap)?;
        let value = f(&tx).map_err(wrap)?;
        tx.commit().map_err(wrap)?;
        Ok(value)
    }

    /// `PRAGMA integrity_check`: `"ok"` when the file is sound.
    pub fn integrity_check(&self) -> Result<String> {
        let rows: Vec<String> = {
            let mut stmt = self
                .conn
                .prepare("PRAGMA integrity_check")
                .map_err(|e| self.err(e))?;
            let it = stmt
                .query_map([], |r| r.get::<_, String>(0))
                .map_err(|e| self.err(e))?;
            it.collect::<rusqlite::Result<_>>()
                .map_err(|e| self.err(e))?
        };
        Ok(rows.join("; "))
    }

    /// Copies the live database to `dest` with SQLite's online backup, safe
    /// while other processes write. The copy is created owner-only.
    pub fn backup_to(&self, dest: &Path) -> Result<()> {
        prepare_location(dest)?;
        let mut out = Connection::open(dest).map_err(|source| StoreError::Sqlite {
            path: dest.to_path_buf(),
            source,
        })?;
        restrict_file(dest)?;
        let backup =
            rusqlite::backup::Backup::new(&self.conn, &mut out).map_err(|e| self.err(e))?;
        backup
            .run_to_completion(256, Duration::from_millis(5), None)
            .map_err(|e| self.err(e))?;
        Ok(())
    }
}

/// Creates the parent folder (0700) if needed.
fn prepare_location(path: &Path) -> Result<()> {
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
fn create_owner_only(path: &Path) -> Result<()> {
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
fn restrict_file(path: &Path) -> Result<()> {
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

//! Keeping a database sound: the integrity check, online backups, checking
//! a backup file before it is used, restoring one into a live database, and
//! the demo marker (so the demo never writes into a real database).

use crate::{error, prepare_location, restrict_file, schema, Result, Store, StoreError};
use rusqlite::{Connection, OpenFlags, OptionalExtension};
use std::path::Path;
use std::time::Duration;

/// What a database file holds, as far as checking a backup needs to know.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DatabaseInfo {
    /// Schema version recorded in the file.
    pub schema_version: i64,
    /// Ads in the file.
    pub ads: i64,
    /// Audit entries in the file.
    pub audit_entries: i64,
}

/// Pages copied per step of SQLite's online backup.
const BACKUP_PAGES_PER_STEP: std::os::raw::c_int = 256;
/// Pause between backup steps, so writers get their turn.
const BACKUP_PAUSE: Duration = Duration::from_millis(5);

impl Store {
    /// `PRAGMA integrity_check`: `"ok"` when the file is sound.
    pub fn integrity_check(&self) -> Result<String> {
        let mut stmt = self
            .conn
            .prepare("PRAGMA integrity_check")
            .map_err(|e| self.err(e))?;
        let rows: Vec<String> = stmt
            .query_map([], |r| r.get::<_, String>(0))
            .and_then(|rows| rows.collect())
            .map_err(|e| self.err(e))?;
        Ok(rows.join("; "))
    }

    /// Copies the live database to `dest` with SQLite's online backup, safe
    /// while other processes write. The copy is created owner-only.
    pub fn backup_to(&self, dest: &Path) -> Result<()> {
        prepare_location(dest)?;
        crate::create_owner_only(dest)?;
        let mut out = Connection::open(dest).map_err(|e| error::from_sqlite(dest, e))?;
        restrict_file(dest)?;
        // An encrypted store's backup is encrypted with the same key.
        crate::cipher::apply(&out, dest, self.key.as_deref())?;
        let backup =
            rusqlite::backup::Backup::new(&self.conn, &mut out).map_err(|e| self.err(e))?;
        backup
            .run_to_completion(BACKUP_PAGES_PER_STEP, BACKUP_PAUSE, None)
            .map_err(|e| self.err(e))?;
        Ok(())
    }

    /// Checks that `path` is a sound adscreen database this build can use
    /// (SQLite's integrity check is `ok`, it has the adscreen tables, its
    /// schema is not newer than this build's) and says what it holds. Opens
    /// it read-only; an older schema is accepted (opening it writable
    /// upgrades it).
    pub fn inspect(path: &Path) -> Result<DatabaseInfo> {
        if !path.is_file() {
            return Err(StoreError::NotFound(format!(
                "{} does not exist or is not a file",
                path.display()
            )));
        }
        let store = Store::open_read_only(path, crate::cipher::process_key())?;
        let integrity = store.integrity_check().map_err(|e| StoreError::Corrupt {
            path: path.to_path_buf(),
            what: "file".into(),
            message: format!("not a readable SQLite database ({e})"),
        })?;
        if integrity != "ok" {
            return Err(StoreError::Corrupt {
                path: path.to_path_buf(),
                what: "file".into(),
                message: format!("fails SQLite's integrity check: {integrity}"),
            });
        }
        let tables = store.count(
            "SELECT COUNT(*) AS n FROM sqlite_master WHERE type = 'table' AND name IN ('schema_migrations', 'ads', 'audit')",
        )?;
        if tables != 3 {
            return Err(StoreError::Invalid(format!(
                "{} is a SQLite database but not an adscreen database",
                path.display()
            )));
        }
        let schema_version = schema::current_version(&store)?;
        let known = schema::latest_version();
        if schema_version > known {
            return Err(StoreError::TooNew {
                path: path.to_path_buf(),
                found: schema_version,
                known,
            });
        }
        Ok(DatabaseInfo {
            schema_version,
            ads: store.count("SELECT COUNT(*) AS n FROM ads")?,
            audit_entries: store.count("SELECT COUNT(*) AS n FROM audit")?,
        })
    }

    /// Replaces this database's contents with every page of the database
    /// file `from` (SQLite's backup API), so other connections to this
    /// database see the restored data rather than a file swapped under
    /// them. Check `from` with [`Store::inspect`] first.
    pub fn restore_from(&mut self, from: &Path) -> Result<()> {
        let src = Connection::open_with_flags(from, OpenFlags::SQLITE_OPEN_READ_ONLY)
            .map_err(|e| error::from_sqlite(from, e))?;
        crate::cipher::apply(&src, from, self.key.as_deref())?;
        let backup = rusqlite::backup::Backup::new(&src, &mut self.conn)
            .map_err(|e| error::from_sqlite(&self.path, e))?;
        backup
            .run_to_completion(BACKUP_PAGES_PER_STEP, BACKUP_PAUSE, None)
            .map_err(|e| error::from_sqlite(&self.path, e))?;
        Ok(())
    }

    /// Marks this database as the demo's (synthetic ads only).
    pub fn mark_demo(&mut self) -> Result<()> {
        self.write(|tx| {
            tx.execute(
                "INSERT OR REPLACE INTO meta (key, value) VALUES ('demo', '1')",
                [],
            )
            .map(|_| ())
        })
    }

    /// Whether the database file at `path` is one [`Store::mark_demo`]
    /// marked, read without writing to it (whatever its schema version).
    pub fn is_demo_file(path: &Path) -> Result<bool> {
        Store::open_read_only(path, crate::cipher::process_key())?.is_demo()
    }

    /// Whether [`Store::mark_demo`] marked this database.
    pub fn is_demo(&self) -> Result<bool> {
        let v: Option<String> = self
            .conn
            .query_row("SELECT value FROM meta WHERE key = 'demo'", [], |r| {
                r.get("value")
            })
            .optional()
            .map_err(|e| self.err(e))?;
        Ok(v.as_deref() == Some("1"))
    }

    /// The single count `n` a query returns.
    fn count(&self, sql: &str) -> Result<i64> {
        self.conn
            .query_row(sql, [], |r| r.get("n"))
            .map_err(|e| self.err(e))
    }
}

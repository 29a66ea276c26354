//! The store's errors: typed by what a caller can do about them (wait and
//! retry, free disk space, upgrade), never by the SQLite library's own
//! types, and each naming the database file.

use std::path::{Path, PathBuf};

/// A text the store requires, named in [`StoreError::Empty`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Required {
    /// A note.
    Note,
    /// A reviewer's name.
    Reviewer,
    /// The name of the reviewer a case is assigned to.
    Assignee,
}

impl Required {
    /// Its stable name (`note`, `reviewer`, `assignee`), for message keys.
    pub fn as_str(self) -> &'static str {
        match self {
            Required::Note => "note",
            Required::Reviewer => "reviewer",
            Required::Assignee => "assignee",
        }
    }
}

impl std::fmt::Display for Required {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Required::Note => "a note",
            Required::Reviewer => "a reviewer name",
            Required::Assignee => "the assignee's name",
        })
    }
}

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
    /// Another connection held the database for longer than the busy
    /// timeout and the store's own retries.
    #[error("database {path}: {message}")]
    Busy {
        /// The database file.
        path: PathBuf,
        /// SQLite's words.
        message: String,
    },
    /// The disk (or the database's page limit) is full.
    #[error("database {path}: {message}")]
    Full {
        /// The database file.
        path: PathBuf,
        /// SQLite's words.
        message: String,
    },
    /// The file cannot be written: opened read-only, or no permission.
    #[error("database {path}: {message}")]
    ReadOnly {
        /// The database file.
        path: PathBuf,
        /// SQLite's words.
        message: String,
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
    /// The database has an older schema and was opened read-only, so it
    /// was not upgraded.
    #[error("database {path} has schema version {found}, older than this adscreen's {known}; it is opened read-only and was not upgraded: run a command that writes to it first (`crawler analyze --db {path}` or any `review` command)")]
    Outdated {
        /// The database file.
        path: PathBuf,
        /// Version in the file.
        found: i64,
        /// Newest version this build knows.
        known: i64,
    },
    /// The file is damaged or not a database, or a stored value could not
    /// be read back.
    #[error("database {path}: corrupt {what}: {message}")]
    Corrupt {
        /// The database file.
        path: PathBuf,
        /// What is corrupt: `file`, or `value in <table.column> ...`.
        what: String,
        /// What is wrong.
        message: String,
    },
    /// The database is encrypted and no key was given.
    #[error("database {0} is encrypted (or is not a database): give its key with --db-key-file FILE, $ADSCREEN_DB_KEY_FILE or `key_file` in the config, or run on a terminal to be asked for the passphrase")]
    Encrypted(PathBuf),
    /// The key does not open the encrypted database.
    #[error("database {0}: wrong key (the key file or passphrase does not open this database; nothing was read or changed)")]
    WrongKey(PathBuf),
    /// A key was given for a database that is not encrypted.
    #[error("database {0} is not encrypted, but a key was given: encrypt it first with `review --db {0} encrypt --key-file FILE`, or open it without a key")]
    NotEncrypted(PathBuf),
    /// A key was given, but this build has no encryption.
    #[error("database {0}: this adscreen was built without encryption; build it with `cargo build --release --features store/encryption` (needs libssl-dev)")]
    EncryptionUnavailable(PathBuf),
    /// A review change was refused: the case's status changed since the
    /// caller read it (`by` is empty when the status was taken back to none).
    #[error("{target} was changed by {by} at {at} (its status is now {status}) since you read it; look at it again and repeat your change if it still holds")]
    Stale {
        /// The case, e.g. `ad 12`.
        target: String,
        /// Who changed it.
        by: String,
        /// When (RFC 3339).
        at: String,
        /// Its status now.
        status: String,
    },
    /// The caller asked for something that does not exist.
    #[error("{0}")]
    NotFound(String),
    /// No database at the path given (the existing-store opens never
    /// create one).
    #[error("no database at {0}: run `crawler demo`, `crawler crawl` or `crawler import` first, or pass --db")]
    NoDatabase(PathBuf),
    /// No ad or network with this id (`kind` is `ad` or `network`).
    #[error("no {kind} with id {id}")]
    NoSuchCase {
        /// `ad` or `network`.
        kind: String,
        /// The id asked for.
        id: i64,
    },
    /// A required text was empty.
    #[error("{0} must not be empty")]
    Empty(Required),
    /// The caller passed a value the store does not accept.
    #[error("{0}")]
    Invalid(String),
    /// A copy between stores (`review migrate`) left a table with a
    /// different number of rows on the two sides.
    #[error("table {table}: {source_rows} rows in the source, {target_rows} in the target after the copy; the target holds other data or the copy failed part-way (run it again into an empty database)")]
    CopyMismatch {
        /// The table.
        table: String,
        /// Rows in the source store.
        source_rows: i64,
        /// Rows in the target store.
        target_rows: i64,
    },
    /// The target of a copy already holds data that is not the source's
    /// (an ad id with another URL, or an ad the source does not have).
    #[error("the target database already holds other data (table {table}, id {id} is not the source's); copy into an empty database")]
    TargetDiffers {
        /// The table.
        table: String,
        /// The first differing id.
        id: i64,
    },
    /// Any other database failure, in SQLite's words.
    #[error("database {path}: {message}")]
    Other {
        /// The database file.
        path: PathBuf,
        /// SQLite's words.
        message: String,
    },
}

/// Result alias for store operations.
pub type Result<T, E = StoreError> = std::result::Result<T, E>;

impl StoreError {
    /// Whether waiting and trying again may succeed.
    pub fn is_busy(&self) -> bool {
        matches!(self, StoreError::Busy { .. })
    }
}

/// Types a SQLite error for the database at `path`.
pub(crate) fn from_sqlite(path: &Path, e: rusqlite::Error) -> StoreError {
    use rusqlite::ErrorCode as C;
    let path = path.to_path_buf();
    let message = e.to_string();
    match e.sqlite_error_code() {
        Some(C::DatabaseBusy | C::DatabaseLocked) => StoreError::Busy { path, message },
        Some(C::DiskFull) => StoreError::Full { path, message },
        Some(C::ReadOnly | C::PermissionDenied) => StoreError::ReadOnly { path, message },
        Some(C::DatabaseCorrupt | C::NotADatabase) => StoreError::Corrupt {
            path,
            what: "file".into(),
            message,
        },
        _ => StoreError::Other { path, message },
    }
}

//! Encryption at rest: SQLCipher (AES-256 in CBC mode with an HMAC-SHA512
//! per page) when the store is built with the `encryption` feature.
//!
//! A key is a passphrase, stretched by SQLCipher's own PBKDF2-HMAC-SHA512
//! (256,000 iterations) with the random 16-byte salt SQLCipher keeps in the
//! first bytes of the database file, or a raw 256-bit key (64 hex digits in
//! a key file), used as it is. The salt travels with the file, so a copy or
//! a backup never loses it, and an encrypted copy made with
//! [`Store::encrypt_file`] gets a new one.
//!
//! Every page of the main file and of the WAL is encrypted; the `-shm`
//! index holds no content. Temporary tables and indices stay in memory
//! (`temp_store = MEMORY`, SQLCipher's build default as well).
//!
//! Opening: [`apply`] runs right after SQLite opens a file. A store with no
//! key that turns out to be encrypted is [`StoreError::Encrypted`], a wrong
//! key is [`StoreError::WrongKey`], a key for a plain file is
//! [`StoreError::NotEncrypted`]. A plain store says so once per process on
//! stderr (see [`set_plain_notice`]), except the demo's (synthetic data).

use crate::{error, Result, Store, StoreError};
use rusqlite::Connection;
use std::io::Read as _;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use zeroize::Zeroizing;

/// Whether this build can encrypt (the `encryption` feature: SQLCipher).
pub const AVAILABLE: bool = cfg!(feature = "encryption");

/// The first 16 bytes of every plain SQLite database.
const PLAIN_HEADER: &[u8; 16] = b"SQLite format 3\0";

/// A database key. The secret is wiped from memory when dropped.
#[derive(Clone)]
pub struct DbKey {
    /// What `PRAGMA key` gets: the passphrase, or `x'<64 hex>'`.
    pragma: Zeroizing<String>,
    raw: bool,
}

impl std::fmt::Debug for DbKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DbKey").field("raw", &self.raw).finish()
    }
}

impl DbKey {
    /// A passphrase (stretched by SQLCipher's PBKDF2 with the file's salt).
    pub fn passphrase(text: &str) -> Result<DbKey> {
        if text.trim().is_empty() {
            return Err(StoreError::Invalid(
                "the database passphrase is empty".into(),
            ));
        }
        Ok(DbKey {
            pragma: Zeroizing::new(text.to_string()),
            raw: false,
        })
    }

    /// A raw 256-bit key as 64 hex digits.
    pub fn raw_hex(hex_key: &str) -> Result<DbKey> {
        let h = hex_key.trim();
        if h.len() != 64 || !h.chars().all(|c| c.is_ascii_hexdigit()) {
            return Err(StoreError::Invalid(
                "a raw database key is 64 hex digits (e.g. from `openssl rand -hex 32`)".into(),
            ));
        }
        Ok(DbKey {
            pragma: Zeroizing::new(format!("x'{h}'")),
            raw: true,
        })
    }

    /// Reads a key file: 64 hex digits are a raw key, anything else is a
    /// passphrase (one trailing newline is dropped). The file should be
    /// readable by its owner only; a key file others can read is refused.
    pub fn from_file(path: &Path) -> Result<DbKey> {
        let io = |source| StoreError::Io {
            path: path.to_path_buf(),
            source,
        };
        let mut f = std::fs::File::open(path).map_err(io)?;
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = f.metadata().map_err(io)?.permissions().mode();
            if mode & 0o077 != 0 {
                return Err(StoreError::Invalid(format!(
                    "key file {} can be read by other users (mode {:o}); run `chmod 600 {}`",
                    path.display(),
                    mode & 0o777,
                    path.display()
                )));
            }
        }
        let mut text = Zeroizing::new(String::new());
        f.read_to_string(&mut text).map_err(io)?;
        let body = text
            .strip_suffix("\r\n")
            .or_else(|| text.strip_suffix('\n'))
            .unwrap_or(&text);
        if body.len() == 64 && body.chars().all(|c| c.is_ascii_hexdigit()) {
            return DbKey::raw_hex(body);
        }
        DbKey::passphrase(body)
            .map_err(|_| StoreError::Invalid(format!("key file {} is empty", path.display())))
    }

    /// Whether this is a raw key (no key derivation).
    pub fn is_raw(&self) -> bool {
        self.raw
    }

    /// The text for `PRAGMA key` / `ATTACH ... KEY`.
    pub(crate) fn pragma_text(&self) -> &str {
        &self.pragma
    }
}

/// What a database file is, from its first bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    /// Missing or empty: a new database.
    New,
    /// A plain SQLite database.
    Plain,
    /// Not a plain database: encrypted (or not a database at all).
    Encrypted,
}

/// What the file at `path` is, from its first 16 bytes. Call it before
/// this process opens the database: opening and closing the file outside
/// SQLite drops the POSIX locks of the process's own open connections.
pub fn file_kind(path: &Path) -> Result<FileKind> {
    let mut f = match std::fs::File::open(path) {
        Ok(f) => f,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(FileKind::New),
        Err(source) => {
            return Err(StoreError::Io {
                path: path.to_path_buf(),
                source,
            })
        }
    };
    let mut head = [0u8; 16];
    let mut got = 0;
    while got < head.len() {
        match f.read(&mut head[got..]) {
            Ok(0) => break,
            Ok(n) => got += n,
            Err(source) => {
                return Err(StoreError::Io {
                    path: path.to_path_buf(),
                    source,
                })
            }
        }
    }
    Ok(match got {
        0 => FileKind::New,
        16 if &head == PLAIN_HEADER => FileKind::Plain,
        _ => FileKind::Encrypted,
    })
}

static PROCESS_KEY: Mutex<Option<Arc<DbKey>>> = Mutex::new(None);
static PLAIN_NOTICE: AtomicBool = AtomicBool::new(true);

/// How the binary tells the "not encrypted" notice (see
/// [`set_plain_notice_hook`]).
type NoticeHook = Box<dyn Fn(&Path) + Send + Sync>;
static PLAIN_HOOK: Mutex<Option<NoticeHook>> = Mutex::new(None);

/// Sets how the "database … is not encrypted" notice is told: `review`
/// passes one that writes it in the reader's language. Without one it goes
/// to standard error in English.
pub fn set_plain_notice_hook(hook: impl Fn(&Path) + Send + Sync + 'static) {
    *PLAIN_HOOK.lock().unwrap_or_else(|p| p.into_inner()) = Some(Box::new(hook));
}

/// Tells the "not encrypted" notice for `path` through the hook, if set.
fn tell_plain(path: &Path) {
    match PLAIN_HOOK
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .as_ref()
    {
        Some(hook) => hook(path),
        None => eprintln!(
            "note: database {} is not encrypted (see `review encrypt` and docs/data-protection.md)",
            path.display()
        ),
    }
}

/// Sets the key that [`Store::open`], [`Store::open_existing`] and
/// [`Store::open_existing_writable`] use in this process (the binaries set
/// it once from `--key-file` and the like; `None`: no key).
pub fn set_process_key(key: Option<DbKey>) {
    *PROCESS_KEY.lock().unwrap_or_else(|p| p.into_inner()) = key.map(Arc::new);
}

/// The key set with [`set_process_key`].
pub fn process_key() -> Option<Arc<DbKey>> {
    PROCESS_KEY
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .clone()
}

/// Turns the "not encrypted" notice on or off for this process (the demo,
/// whose data is synthetic, turns it off). It is printed at most once.
pub fn set_plain_notice(on: bool) {
    PLAIN_NOTICE.store(on, Ordering::SeqCst);
}

/// Keys a freshly opened connection, or refuses the file with a typed
/// error. Runs before anything else touches the database.
///
/// The file is read through SQLite only: opening and closing it with
/// `std::fs` while another connection of this process has it open would
/// drop that connection's POSIX locks. Only when SQLite already refused
/// the file with a key is its header read directly, to tell a wrong key
/// from a plain file.
pub(crate) fn apply(conn: &Connection, path: &Path, key: Option<&DbKey>) -> Result<()> {
    if key.is_some() && !AVAILABLE {
        return Err(StoreError::EncryptionUnavailable(path.to_path_buf()));
    }
    if let Some(k) = key {
        conn.pragma_update(None, "key", k.pragma_text())
            .map_err(|e| error::from_sqlite(path, e))?;
        // SQLCipher logs a failed decryption to stderr; the typed error
        // below says it once, in words. (Set after the key: keying sets
        // SQLCipher's default log level.)
        conn.query_row("PRAGMA cipher_log_level = NONE", [], |_| Ok(()))
            .map_err(|e| error::from_sqlite(path, e))?;
    }
    match conn.query_row("SELECT COUNT(*) FROM sqlite_master", [], |r| {
        r.get::<_, i64>(0)
    }) {
        Ok(_) => {
            if key.is_none() && PLAIN_NOTICE.load(Ordering::SeqCst) {
                let pages: i64 = conn
                    .query_row("PRAGMA page_count", [], |r| r.get(0))
                    .map_err(|e| error::from_sqlite(path, e))?;
                // The demo's store holds synthetic ads only: no notice.
                let demo = conn
                    .query_row("SELECT value FROM meta WHERE key = 'demo'", [], |r| {
                        r.get::<_, String>(0)
                    })
                    .is_ok_and(|v| v == "1");
                if pages > 0 && !demo && PLAIN_NOTICE.swap(false, Ordering::SeqCst) {
                    tell_plain(path);
                }
            }
            Ok(())
        }
        Err(e) if e.sqlite_error_code() == Some(rusqlite::ErrorCode::NotADatabase) => {
            match key {
                // A damaged plain file also lands here; the message says both.
                None => Err(StoreError::Encrypted(path.to_path_buf())),
                Some(_) if file_kind(path)? == FileKind::Plain => {
                    Err(StoreError::NotEncrypted(path.to_path_buf()))
                }
                Some(_) => Err(StoreError::WrongKey(path.to_path_buf())),
            }
        }
        Err(e) => Err(error::from_sqlite(path, e)),
    }
}

/// What [`Store::encrypt_file`] did.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct EncryptReport {
    /// Tables copied, with their row counts (equal in both files).
    pub tables: Vec<(String, i64)>,
    /// Size of the encrypted file in bytes.
    pub bytes: u64,
}

impl Store {
    /// Converts the plain database at `path` into an encrypted one with
    /// `key`, safely: the whole database is copied into a new encrypted file
    /// beside it (`sqlcipher_export`) while an exclusive lock keeps writers
    /// out, each table's row count is compared, the copy is opened with the
    /// key and checked, and only then renamed over the original. Until the
    /// rename the original is untouched; a failure leaves it as it was.
    /// Stop the crawler daemon and close review sessions first.
    pub fn encrypt_file(path: &Path, key: &DbKey) -> Result<EncryptReport> {
        if !AVAILABLE {
            return Err(StoreError::EncryptionUnavailable(path.to_path_buf()));
        }
        match file_kind(path)? {
            FileKind::Plain => {}
            FileKind::New => {
                return Err(StoreError::NotFound(format!(
                    "no database at {} to encrypt",
                    path.display()
                )))
            }
            FileKind::Encrypted => {
                return Err(StoreError::Invalid(format!(
                    "database {} is already encrypted (or is not a database)",
                    path.display()
                )))
            }
        }
        let tmp = sibling(path, "encrypting");
        let _ = std::fs::remove_file(&tmp);
        let result = export_encrypted(path, &tmp, key);
        let report = match result {
            Ok(r) => r,
            Err(e) => {
                let _ = std::fs::remove_file(&tmp);
                return Err(e);
            }
        };
        // The plain WAL and shm must not meet the encrypted file.
        for ext in ["-wal", "-shm"] {
            let p = sibling_raw(path, ext);
            if p.exists() {
                std::fs::remove_file(&p).map_err(|source| StoreError::Io { path: p, source })?;
            }
        }
        std::fs::rename(&tmp, path).map_err(|source| StoreError::Io {
            path: path.to_path_buf(),
            source,
        })?;
        Ok(report)
    }
}

fn export_encrypted(path: &Path, tmp: &Path, key: &DbKey) -> Result<EncryptReport> {
    let wrap = |e| error::from_sqlite(path, e);
    crate::create_owner_only(tmp)?;
    let conn = Connection::open(path).map_err(wrap)?;
    conn.busy_timeout(crate::BUSY_TIMEOUT).map_err(wrap)?;
    // Hold the database alone for the copy: no writer can slip in between
    // the copy and the rename, and no reader holds the old file open.
    conn.execute_batch(
        "PRAGMA locking_mode = EXCLUSIVE; BEGIN IMMEDIATE; COMMIT;
         PRAGMA wal_checkpoint(TRUNCATE);",
    )
    .map_err(wrap)?;
    conn.execute(
        "ATTACH DATABASE ?1 AS encrypted KEY ?2",
        rusqlite::params![tmp.to_string_lossy(), key.pragma_text()],
    )
    .map_err(wrap)?;
    conn.query_row("SELECT sqlcipher_export('encrypted')", [], |_| Ok(()))
        .map_err(wrap)?;
    let version: i64 = conn
        .query_row("PRAGMA main.user_version", [], |r| r.get(0))
        .map_err(wrap)?;
    conn.execute_batch(&format!("PRAGMA encrypted.user_version = {version};"))
        .map_err(wrap)?;
    let tables: Vec<String> = {
        let mut stmt = conn
            .prepare(
                // Plain tables: the text index (a virtual table and its
                // shadow tables) is checked by the integrity check below.
                "SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table'
                 AND name NOT LIKE 'sqlite_%' ORDER BY name",
            )
            .map_err(wrap)?;
        let rows = stmt.query_map([], |r| r.get(0)).map_err(wrap)?;
        rows.collect::<rusqlite::Result<_>>().map_err(wrap)?
    };
    let mut counts = Vec::new();
    for t in &tables {
        let count = |db: &str| -> Result<i64> {
            conn.query_row(&format!("SELECT COUNT(*) FROM {db}.\"{t}\""), [], |r| {
                r.get(0)
            })
            .map_err(wrap)
        };
        let (plain, enc) = (count("main")?, count("encrypted")?);
        if plain != enc {
            return Err(StoreError::Corrupt {
                path: tmp.to_path_buf(),
                what: format!("copy of table {t}"),
                message: format!("{plain} rows in the original, {enc} in the encrypted copy"),
            });
        }
        counts.push((t.clone(), plain));
    }
    conn.execute_batch("DETACH DATABASE encrypted;")
        .map_err(wrap)?;
    // The copy must open with the key and pass SQLite's integrity check
    // before it replaces anything.
    {
        let check = Connection::open(tmp).map_err(|e| error::from_sqlite(tmp, e))?;
        apply(&check, tmp, Some(key))?;
        let ok: String = check
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))
            .map_err(|e| error::from_sqlite(tmp, e))?;
        if ok != "ok" {
            return Err(StoreError::Corrupt {
                path: tmp.to_path_buf(),
                what: "encrypted copy".into(),
                message: ok,
            });
        }
    }
    let bytes = std::fs::metadata(tmp)
        .map(|m| m.len())
        .map_err(|source| StoreError::Io {
            path: tmp.to_path_buf(),
            source,
        })?;
    drop(conn);
    Ok(EncryptReport {
        tables: counts,
        bytes,
    })
}

/// `adscreen.db` → `adscreen.db.<what>` in the same folder.
fn sibling(path: &Path, what: &str) -> PathBuf {
    sibling_raw(path, &format!(".{what}"))
}

fn sibling_raw(path: &Path, suffix: &str) -> PathBuf {
    let mut s = path.as_os_str().to_owned();
    s.push(suffix);
    PathBuf::from(s)
}

//! Backups of a PostgreSQL store with PostgreSQL's own tools: `pg_dump
//! --format=custom` writes a consistent archive of the live database (one
//! snapshot, safe while crawlers and reviewers write), and `pg_restore
//! --clean --if-exists` puts one back, in one transaction. The programs are
//! found on `PATH` or in Debian's `/usr/lib/postgresql/*/bin` (newest
//! first: `pg_dump` must not be older than the server).

use super::PgStore;
use crate::location::{PgUrl, SslMode};
use crate::{Result, StoreError};
use std::path::{Path, PathBuf};
use std::process::Command;

/// What `pg_restore --list` found in an archive.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ArchiveInfo {
    /// The tables whose data the archive holds.
    pub tables: Vec<String>,
    /// The archive's size in bytes.
    pub bytes: u64,
}

/// Finds the PostgreSQL program `name` on `PATH` or in
/// `/usr/lib/postgresql/*/bin` (newest version first).
pub fn program(name: &str) -> Result<PathBuf> {
    let path = std::env::var_os("PATH").unwrap_or_default();
    let mut dirs: Vec<PathBuf> = std::env::split_paths(&path).collect();
    if let Ok(entries) = std::fs::read_dir("/usr/lib/postgresql") {
        let mut versions: Vec<(u32, PathBuf)> = entries
            .flatten()
            .map(|e| {
                let v = e.file_name().to_string_lossy().parse().unwrap_or(0);
                (v, e.path().join("bin"))
            })
            .collect();
        versions.sort();
        dirs.extend(versions.into_iter().rev().map(|v| v.1));
    }
    dirs.into_iter()
        .map(|d| d.join(name))
        .find(|p| p.is_file())
        .ok_or_else(|| {
            StoreError::NotFound(format!(
                "`{name}` is not on PATH nor in /usr/lib/postgresql/*/bin: install PostgreSQL's \
                 client programs (Debian: apt install postgresql-client) or put them on PATH"
            ))
        })
}

/// `program` with the connection settings of `url` in its environment.
fn tool(name: &str, url: &PgUrl) -> Result<Command> {
    let mut cmd = Command::new(program(name)?);
    let mode = match (url.ssl, &url.root_cert) {
        (SslMode::Disable, _) => "disable",
        (SslMode::Prefer, _) => "prefer",
        (SslMode::Require, Some(_)) => "verify-full",
        (SslMode::Require, None) => "require",
    };
    cmd.env("PGSSLMODE", mode);
    if let Some(ca) = &url.root_cert {
        cmd.env("PGSSLROOTCERT", ca);
    }
    Ok(cmd)
}

/// Runs `cmd`; a failure carries the program's own words.
fn run(mut cmd: Command, what: &str, url: &PgUrl) -> Result<String> {
    let out = cmd.output().map_err(|e| StoreError::Other {
        path: PathBuf::from(&url.shown),
        message: format!("cannot run {what}: {e}"),
    })?;
    if !out.status.success() {
        return Err(StoreError::Other {
            path: PathBuf::from(&url.shown),
            message: format!(
                "{what} failed ({}): {}",
                out.status,
                String::from_utf8_lossy(&out.stderr).trim()
            ),
        });
    }
    Ok(String::from_utf8_lossy(&out.stdout).into_owned())
}

/// Writes a `pg_dump --format=custom` archive of the database at `url` to
/// `dest`, a new file readable by the owner only: an existing `dest` is
/// refused (a backup never overwrites), and a failed dump removes it.
pub fn dump(url: &PgUrl, dest: &Path) -> Result<()> {
    let io = |source| StoreError::Io {
        path: dest.to_path_buf(),
        source,
    };
    let mut open = std::fs::OpenOptions::new();
    open.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut open, 0o600);
    drop(open.open(dest).map_err(io)?);
    let mut cmd = tool("pg_dump", url)?;
    cmd.arg("--format=custom")
        .arg("--file")
        .arg(dest)
        .arg("--dbname")
        .arg(&url.conn);
    if let Err(e) = run(cmd, "pg_dump", url) {
        let _ = std::fs::remove_file(dest);
        return Err(e);
    }
    Ok(())
}

/// Reads the table of contents of a `pg_dump --format=custom` archive
/// (`pg_restore --list`) and checks that it is an adscreen store's:
/// `ads`, `audit` and `schema_migrations` must be there.
pub fn check_archive(path: &Path) -> Result<ArchiveInfo> {
    let bytes = std::fs::metadata(path)
        .map_err(|source| StoreError::Io {
            path: path.to_path_buf(),
            source,
        })?
        .len();
    let out = Command::new(program("pg_restore")?)
        .arg("--list")
        .arg(path)
        .output()
        .map_err(|e| StoreError::Invalid(format!("cannot run pg_restore: {e}")))?;
    if !out.status.success() {
        return Err(StoreError::Invalid(format!(
            "{} is not a pg_dump archive (pg_restore --list: {})",
            path.display(),
            String::from_utf8_lossy(&out.stderr).trim()
        )));
    }
    // Lines like `3456; 0 16390 TABLE DATA public ads adscreen`.
    let tables: Vec<String> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter(|l| !l.starts_with(';'))
        .filter_map(|l| {
            let after = l.split_once(" TABLE DATA ")?.1;
            after.split_whitespace().nth(1).map(String::from)
        })
        .collect();
    for needed in ["ads", "audit", "schema_migrations"] {
        if !tables.iter().any(|t| t == needed) {
            return Err(StoreError::Invalid(format!(
                "{} is a pg_dump archive but not of an adscreen database (no table {needed})",
                path.display()
            )));
        }
    }
    Ok(ArchiveInfo { tables, bytes })
}

/// Restores the archive `from` into the database at `url` with
/// `pg_restore --clean --if-exists --no-owner --single-transaction
/// --exit-on-error`: the archive's objects replace those of the same name,
/// all or nothing. Check the archive with [`check_archive`] first.
pub fn restore(url: &PgUrl, from: &Path) -> Result<()> {
    let mut cmd = tool("pg_restore", url)?;
    cmd.args([
        "--clean",
        "--if-exists",
        "--no-owner",
        "--single-transaction",
        "--exit-on-error",
    ])
    .arg("--dbname")
    .arg(&url.conn)
    .arg(from);
    run(cmd, "pg_restore", url).map(|_| ())
}

/// Whether the database at `url` already holds an adscreen store (its
/// `schema_migrations` table), connecting without creating anything.
pub fn holds_store(url: &PgUrl) -> Result<bool> {
    let mut client = super::tls::connect(url)?;
    let row = client
        .query_one("SELECT to_regclass('schema_migrations') IS NOT NULL", &[])
        .map_err(|e| super::error::from_pg(Path::new(&url.shown), e))?;
    Ok(row.get(0))
}

impl PgStore {
    /// Appends an entry to the audit log (as [`crate::Store::audit`] does).
    pub fn audit(&mut self, actor: &str, action: &str, details: &serde_json::Value) -> Result<()> {
        let at = crate::to_text(&crate::now());
        let details = details.to_string();
        self.write(|tx| {
            tx.execute(
                "INSERT INTO audit (at, actor, action, details) VALUES ($1, $2, $3, $4)",
                &[&at, &actor, &action, &details],
            )
            .map(|_| ())
        })
    }
}

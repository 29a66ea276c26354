//! `review backup FILE`: a consistent copy of the live database with SQLite's
//! online backup (safe while the crawler daemon writes), checked
//! (`integrity_check`, schema version), hashed and recorded in the audit log.
//! Also the check that `review restore` runs on a backup before using it.

use crate::cli::BackupArgs;
use crate::context::Context;
use anyhow::{bail, Context as _, Result};
use serde::Serialize;
use sha2::{Digest, Sha256};
use std::io::{Read, Write};
use std::path::Path;

/// What checking a backup file found.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct BackupInfo {
    /// Schema version recorded in the file.
    pub schema_version: i64,
    /// Ads in the file.
    pub ads: i64,
    /// Audit entries in the file.
    pub audit_entries: i64,
    /// Size in bytes.
    pub bytes: u64,
    /// SHA-256 (hex) of the file.
    pub sha256: String,
}

/// Checks that `path` is a sound adscreen database this build can use
/// ([`store::Store::inspect`]: integrity `ok`, the adscreen tables, a schema
/// not newer than this build's) and hashes it. Opens it read-only.
pub fn check_backup(path: &Path) -> Result<BackupInfo> {
    let info = store::Store::inspect(path)?;
    let (bytes, sha256) = hash_file(path)?;
    Ok(BackupInfo {
        schema_version: info.schema_version,
        ads: info.ads,
        audit_entries: info.audit_entries,
        bytes,
        sha256,
    })
}

/// Size and SHA-256 (hex) of a file.
pub fn hash_file(path: &Path) -> Result<(u64, String)> {
    let mut f = std::fs::File::open(path).with_context(|| format!("reading {}", path.display()))?;
    let mut h = Sha256::new();
    let mut buf = vec![0u8; 1 << 16];
    let mut bytes = 0u64;
    loop {
        let n = f.read(&mut buf)?;
        if n == 0 {
            break;
        }
        h.update(&buf[..n]);
        bytes += n as u64;
    }
    Ok((bytes, hex::encode(h.finalize())))
}

/// Runs `review backup FILE`.
pub fn run(ctx: &mut Context, args: &BackupArgs, out: &mut dyn Write) -> Result<()> {
    let dest = &args.file;
    if dest.exists() {
        bail!(
            "{} already exists; choose a new file name (a backup never overwrites)",
            dest.display()
        );
    }
    ctx.store
        .backup_to(dest)
        .with_context(|| format!("backing up to {}", dest.display()))?;
    let info = match check_backup(dest) {
        Ok(i) => i,
        Err(e) => {
            let _ = std::fs::remove_file(dest);
            return Err(e.context("the backup failed its check and was removed"));
        }
    };
    let file = std::path::absolute(dest).unwrap_or_else(|_| dest.clone());
    ctx.store.audit(
        &ctx.reviewer,
        "backup",
        &serde_json::json!({
            "file": file.display().to_string(),
            "from": ctx.store.path().display().to_string(),
            "bytes": info.bytes,
            "sha256": info.sha256,
            "schema_version": info.schema_version,
            "ads": info.ads,
            "integrity": "ok",
        }),
    )?;
    writeln!(
        out,
        "backed up {} ads to {} ({} bytes, schema version {}, integrity ok, sha256 {}); recorded in the audit log",
        info.ads,
        dest.display(),
        info.bytes,
        info.schema_version,
        info.sha256
    )?;
    Ok(())
}

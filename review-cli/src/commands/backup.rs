//! `review backup FILE`: a consistent copy of the live database with SQLite's
//! online backup (safe while the crawler daemon writes), checked
//! (`integrity_check`, schema version), hashed and recorded in the audit log.
//! Also the check that `review restore` runs on a backup before using it.

use crate::cli::BackupArgs;
use crate::context::Context;
use crate::i18n::{num, text, Tr};
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
    check_backup_in(&Tr::default(), path)
}

/// [`check_backup`] with its messages in `tr`'s language.
pub fn check_backup_in(tr: &Tr, path: &Path) -> Result<BackupInfo> {
    if !path.is_file() {
        bail!(
            "{}",
            tr.f(
                "backup-not-a-file",
                &[("file", text(path.display().to_string()))]
            )
        );
    }
    let info = store::Store::inspect(path)?;
    let (bytes, sha256) = hash_file_in(tr, path)?;
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
    hash_file_in(&Tr::default(), path)
}

/// [`hash_file`] with its message in `tr`'s language.
pub fn hash_file_in(tr: &Tr, path: &Path) -> Result<(u64, String)> {
    let mut f = std::fs::File::open(path)
        .with_context(|| tr.f("err-reading", &[("file", text(path.display().to_string()))]))?;
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
    let tr = ctx.tr.clone();
    let dest = &args.file;
    let shown = || text(dest.display().to_string());
    if dest.exists() {
        bail!("{}", tr.f("backup-exists", &[("file", shown())]));
    }
    let reviewer = ctx.reviewer.clone();
    let store = ctx.lite_mut("backup")?;
    store
        .backup_to(dest)
        .with_context(|| tr.f("backup-writing", &[("file", shown())]))?;
    let info = match check_backup_in(&tr, dest) {
        Ok(i) => i,
        Err(e) => {
            let _ = std::fs::remove_file(dest);
            return Err(e.context(tr.t("backup-check-failed")));
        }
    };
    let file = std::path::absolute(dest).unwrap_or_else(|_| dest.clone());
    let from = store.path().display().to_string();
    store.audit(
        &reviewer,
        "backup",
        &serde_json::json!({
            "file": file.display().to_string(),
            "from": from,
            "bytes": info.bytes,
            "sha256": info.sha256,
            "schema_version": info.schema_version,
            "ads": info.ads,
            "integrity": "ok",
        }),
    )?;
    writeln!(
        out,
        "{}",
        tr.f(
            "backup-done",
            &[
                ("ads", num(info.ads)),
                ("file", shown()),
                ("bytes", num(info.bytes as i64)),
                ("schema", num(info.schema_version)),
                ("sha256", text(info.sha256.clone())),
            ]
        )
    )?;
    Ok(())
}

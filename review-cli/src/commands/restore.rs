//! `review restore FILE`: checks a backup (integrity, adscreen tables, schema
//! version) and copies it into the database at --db with SQLite's backup API,
//! so a running daemon's connections see the restored data rather than a
//! file swapped under them. An existing database is replaced only with
//! --yes, and is first saved beside itself as `<db>.before-restore-<time>`.
//! The restore is recorded in the restored database's audit log. An
//! encrypted backup is checked and restored with the database key
//! (`--db-key-file` and the like); the restored file's ads are counted
//! against the backup's.

use super::backup::check_backup;
use crate::cli::RestoreArgs;
use crate::context::resolve_reviewer;
use anyhow::{bail, Context as _, Result};
use std::io::Write;
use std::path::{Path, PathBuf};
use store::prelude::*;
use store::Store;

/// Runs `review restore FILE` (before any database is opened: --db may not exist yet).
pub fn run(
    db: Option<PathBuf>,
    reviewer: Option<String>,
    args: &RestoreArgs,
    out: &mut dyn Write,
) -> Result<()> {
    let target = crate::context::sqlite_path(db)?;
    let info = check_backup(&args.file)
        .with_context(|| format!("checking backup {}", args.file.display()))?;
    if same_file(&args.file, &target) {
        bail!("the backup and --db are the same file");
    }
    let mut saved = None;
    if target.exists() {
        if !args.yes {
            bail!(
                "{} exists; restoring would replace it. Re-run with --yes (the current database is saved beside it first)",
                target.display()
            );
        }
        let stamp = chrono::Utc::now().format("%Y%m%dT%H%M%SZ");
        let keep = PathBuf::from(format!("{}.before-restore-{stamp}", target.display()));
        Store::open_existing(&target)?
            .backup_to(&keep)
            .with_context(|| format!("saving the current database to {}", keep.display()))?;
        saved = Some(keep);
    }
    // Store::open creates the file owner-only (and its folder) when missing.
    Store::open(&target)?
        .restore_from(&args.file)
        .with_context(|| format!("copying {} into {}", args.file.display(), target.display()))?;
    let mut store = Store::open(&target)?;
    let integrity = store.integrity_check()?;
    if integrity != "ok" {
        bail!(
            "{} fails the integrity check after the restore: {integrity}",
            target.display()
        );
    }
    let restored = store.count_ads()?;
    if restored != info.ads {
        bail!(
            "{} holds {restored} ads after the restore, but the backup held {}",
            target.display(),
            info.ads
        );
    }
    let actor = resolve_reviewer(reviewer);
    let from = std::path::absolute(&args.file).unwrap_or_else(|_| args.file.clone());
    store.audit(
        &actor,
        "restore",
        &serde_json::json!({
            "from": from.display().to_string(),
            "sha256": info.sha256,
            "bytes": info.bytes,
            "schema_version": info.schema_version,
            "ads": info.ads,
            "previous_saved_to": saved.as_ref().map(|p| p.display().to_string()),
        }),
    )?;
    writeln!(
        out,
        "restored {} ads from {} into {} (schema version {}, integrity ok){}",
        info.ads,
        args.file.display(),
        target.display(),
        store::schema::current_version(&store)?,
        match &saved {
            Some(p) => format!("; the previous database is saved as {}", p.display()),
            None => String::new(),
        }
    )?;
    Ok(())
}

fn same_file(a: &Path, b: &Path) -> bool {
    match (a.canonicalize(), b.canonicalize()) {
        (Ok(x), Ok(y)) => x == y,
        _ => false,
    }
}

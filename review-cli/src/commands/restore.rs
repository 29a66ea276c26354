//! `review restore FILE`: checks a backup (integrity, adscreen tables, schema
//! version) and copies it into the database at --db with SQLite's backup API,
//! so a running daemon's connections see the restored data rather than a
//! file swapped under them. An existing database is replaced only with
//! --yes, and is first saved beside itself as `<db>.before-restore-<time>`.
//! The restore is recorded in the restored database's audit log. An
//! encrypted backup is checked and restored with the database key
//! (`--db-key-file` and the like); the restored file's ads are counted
//! against the backup's.

use super::backup::check_backup_in;
use crate::cli::RestoreArgs;
use crate::context::resolve_reviewer;
use crate::i18n::{num, text, Tr};
use anyhow::{bail, Context as _, Result};
use std::io::Write;
use std::path::{Path, PathBuf};
use store::prelude::*;
use store::Store;

/// Runs `review restore FILE` (before any database is opened: --db may not exist yet).
pub fn run(
    tr: &Tr,
    db: Option<PathBuf>,
    reviewer: Option<String>,
    args: &RestoreArgs,
    out: &mut dyn Write,
) -> Result<()> {
    let target = crate::context::sqlite_path_in(tr, db)?;
    let shown = |p: &Path| text(p.display().to_string());
    let info = check_backup_in(tr, &args.file)
        .with_context(|| tr.f("restore-checking", &[("file", shown(&args.file))]))?;
    if same_file(&args.file, &target) {
        bail!("{}", tr.t("restore-same-file"));
    }
    let mut saved = None;
    if target.exists() {
        if !args.yes {
            bail!("{}", tr.f("restore-needs-yes", &[("db", shown(&target))]));
        }
        let stamp = chrono::Utc::now().format("%Y%m%dT%H%M%SZ");
        let keep = PathBuf::from(format!("{}.before-restore-{stamp}", target.display()));
        Store::open_existing(&target)?
            .backup_to(&keep)
            .with_context(|| tr.f("restore-saving", &[("file", shown(&keep))]))?;
        saved = Some(keep);
    }
    // Store::open creates the file owner-only (and its folder) when missing.
    Store::open(&target)?
        .restore_from(&args.file)
        .with_context(|| {
            tr.f(
                "restore-copying",
                &[("from", shown(&args.file)), ("db", shown(&target))],
            )
        })?;
    let mut store = Store::open(&target)?;
    let integrity = store.integrity_check()?;
    if integrity != "ok" {
        bail!(
            "{}",
            tr.f(
                "restore-integrity",
                &[("db", shown(&target)), ("result", text(integrity))]
            )
        );
    }
    let restored = store.count_ads()?;
    if restored != info.ads {
        bail!(
            "{}",
            tr.f(
                "restore-count",
                &[
                    ("db", shown(&target)),
                    ("restored", num(restored)),
                    ("ads", num(info.ads)),
                ]
            )
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
    let mut words = vec![
        ("ads", num(info.ads)),
        ("from", shown(&args.file)),
        ("db", shown(&target)),
        ("schema", num(store::schema::current_version(&store)?)),
    ];
    let key = match &saved {
        Some(p) => {
            words.push(("saved", shown(p)));
            "restore-done-saved"
        }
        None => "restore-done",
    };
    writeln!(out, "{}", tr.f(key, &words))?;
    Ok(())
}

fn same_file(a: &Path, b: &Path) -> bool {
    match (a.canonicalize(), b.canonicalize()) {
        (Ok(x), Ok(y)) => x == y,
        _ => false,
    }
}

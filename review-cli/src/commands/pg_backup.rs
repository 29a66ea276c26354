//! `review backup FILE` and `review restore FILE` when `--db` is a
//! `postgres://` URL: an archive made with `pg_dump --format=custom` and
//! put back with `pg_restore --clean --if-exists` ([`store::pg::dump`]),
//! with the same refusals as the SQLite paths: a backup never overwrites a
//! file, and a restore over a database that holds a store needs `--yes`
//! (and first saves that database beside the backup). Both are recorded in
//! the database's audit log.

use super::backup::hash_file_in;
use crate::cli::{BackupArgs, RestoreArgs};
use crate::i18n::{num, text, Tr};
use anyhow::{bail, Context as _, Result};
use std::io::Write;
use std::path::{Path, PathBuf};
use store::location::PgUrl;
use store::pg::dump;
use store::prelude::*;
use store::PgStore;

fn shown(p: &Path) -> fluent_bundle::FluentValue<'static> {
    text(p.display().to_string())
}

/// Runs `review backup FILE` on the PostgreSQL database at `url`.
pub fn backup(
    tr: &Tr,
    url: &PgUrl,
    reviewer: &str,
    args: &BackupArgs,
    out: &mut dyn Write,
) -> Result<()> {
    let dest = &args.file;
    if dest.exists() {
        bail!("{}", tr.f("backup-exists", &[("file", shown(dest))]));
    }
    let mut store = PgStore::open_existing(url)
        .with_context(|| tr.f("err-opening-db", &[("db", text(url.to_string()))]))?;
    dump::dump(url, dest).with_context(|| tr.f("backup-writing", &[("file", shown(dest))]))?;
    let archive = match dump::check_archive(dest) {
        Ok(a) => a,
        Err(e) => {
            let _ = std::fs::remove_file(dest);
            return Err(anyhow::Error::from(e).context(tr.t("backup-check-failed")));
        }
    };
    let (bytes, sha256) = hash_file_in(tr, dest)?;
    let ads = store.count_ads()?;
    let schema = store::pg::schema::current_version(&store)?;
    let file = std::path::absolute(dest).unwrap_or_else(|_| dest.clone());
    store.audit(
        reviewer,
        "backup",
        &serde_json::json!({
            "file": file.display().to_string(),
            "from": url.to_string(),
            "format": "pg_dump custom",
            "bytes": bytes,
            "sha256": sha256,
            "schema_version": schema,
            "ads": ads,
            "tables": archive.tables.len(),
        }),
    )?;
    writeln!(
        out,
        "{}",
        tr.f(
            "backup-done-pg",
            &[
                ("ads", num(ads)),
                ("file", shown(dest)),
                ("bytes", num(bytes as i64)),
                ("schema", num(schema)),
                ("sha256", text(sha256)),
            ]
        )
    )?;
    Ok(())
}

/// Runs `review restore FILE` into the PostgreSQL database at `url`.
pub fn restore(
    tr: &Tr,
    url: &PgUrl,
    reviewer: &str,
    args: &RestoreArgs,
    out: &mut dyn Write,
) -> Result<()> {
    let db = text(url.to_string());
    if !args.file.is_file() {
        bail!(
            "{}",
            tr.f("backup-not-a-file", &[("file", shown(&args.file))])
        );
    }
    dump::check_archive(&args.file)
        .with_context(|| tr.f("restore-checking", &[("file", shown(&args.file))]))?;
    let (bytes, sha256) = hash_file_in(tr, &args.file)?;
    let mut saved = None;
    if dump::holds_store(url)? {
        if !args.yes {
            bail!("{}", tr.f("restore-needs-yes-pg", &[("db", db.clone())]));
        }
        let stamp = chrono::Utc::now().format("%Y%m%dT%H%M%SZ");
        let keep = PathBuf::from(format!("{}.before-restore-{stamp}", args.file.display()));
        dump::dump(url, &keep)
            .with_context(|| tr.f("restore-saving", &[("file", shown(&keep))]))?;
        saved = Some(keep);
    }
    dump::restore(url, &args.file).with_context(|| {
        tr.f(
            "restore-copying",
            &[("from", shown(&args.file)), ("db", db.clone())],
        )
    })?;
    // Opening brings an older archive's schema up to date.
    let mut store =
        PgStore::open(url).with_context(|| tr.f("err-opening-db", &[("db", db.clone())]))?;
    let ads = store.count_ads()?;
    let schema = store::pg::schema::current_version(&store)?;
    let from = std::path::absolute(&args.file).unwrap_or_else(|_| args.file.clone());
    store.audit(
        reviewer,
        "restore",
        &serde_json::json!({
            "from": from.display().to_string(),
            "format": "pg_dump custom",
            "sha256": sha256,
            "bytes": bytes,
            "schema_version": schema,
            "ads": ads,
            "previous_saved_to": saved.as_ref().map(|p| p.display().to_string()),
        }),
    )?;
    let mut words = vec![
        ("ads", num(ads)),
        ("from", shown(&args.file)),
        ("db", db),
        ("schema", num(schema)),
    ];
    let key = match &saved {
        Some(p) => {
            words.push(("saved", shown(p)));
            "restore-done-pg-saved"
        }
        None => "restore-done-pg",
    };
    writeln!(out, "{}", tr.f(key, &words))?;
    Ok(())
}

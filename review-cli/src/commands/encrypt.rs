//! `review encrypt`: converts a plain database into an encrypted one in
//! place, safely ([`store::Store::encrypt_file`]: an encrypted copy beside
//! it, a row count check per table, an integrity check, then a rename).

use crate::cli::EncryptArgs;
use crate::i18n::{num, text, Tr};
use anyhow::{bail, Context as _, Result};
use std::io::{IsTerminal, Write};
use std::path::Path;
use std::sync::Arc;
use store::cipher::DbKey;
use store::Store;

/// The key to encrypt with: `--key-file`, else the database key file
/// (flag, environment, config), else a passphrase typed twice.
fn key_for(tr: &Tr, args: &EncryptArgs, db_key_file: Option<&Path>) -> Result<DbKey> {
    if let Some(p) = args.key_file.as_deref().or(db_key_file) {
        return DbKey::from_file(p).with_context(|| {
            tr.f(
                "encrypt-reading-key",
                &[("file", text(p.display().to_string()))],
            )
        });
    }
    if !(std::io::stdin().is_terminal() && std::io::stderr().is_terminal()) {
        bail!("{}", tr.t("encrypt-needs-key"));
    }
    let first = crawler::dbkey::prompt(&tr.t("encrypt-passphrase"))?;
    let second = crawler::dbkey::prompt(&tr.t("encrypt-passphrase-again"))?;
    if first != second {
        bail!("{}", tr.t("encrypt-mismatch"));
    }
    Ok(DbKey::passphrase(&first)?)
}

/// Runs `review encrypt` on the database `db`.
pub fn run(
    tr: &Tr,
    db: &Path,
    reviewer: &str,
    args: &EncryptArgs,
    db_key_file: Option<&Path>,
    out: &mut dyn Write,
) -> Result<()> {
    let key = key_for(tr, args, db_key_file)?;
    let report = Store::encrypt_file(db, &key)
        .with_context(|| tr.f("encrypt-failed", &[("db", text(db.display().to_string()))]))?;
    let rows: i64 = report.tables.iter().map(|(_, n)| n).sum();
    let mut store = Store::open_existing_writable_keyed(db, Some(Arc::new(key)))?;
    store.audit(
        reviewer,
        "encrypt",
        &serde_json::json!({"tables": report.tables.len(), "rows": rows, "bytes": report.bytes}),
    )?;
    writeln!(
        out,
        "{}",
        tr.f(
            "encrypt-done",
            &[
                ("db", text(db.display().to_string())),
                ("tables", num(report.tables.len() as i64)),
                ("rows", num(rows)),
            ]
        )
    )?;
    Ok(())
}

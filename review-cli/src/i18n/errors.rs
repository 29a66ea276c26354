//! Errors in the reader's language at the review-cli boundary. The store
//! crate knows no Fluent: its typed errors ([`store::StoreError`]) are mapped
//! here to message keys, and [`error_text`] writes an `anyhow` chain with
//! every cause it can translate in `tr`'s language. Causes with no typed
//! form (SQLite's own words, `NotFound`/`Invalid` texts) stay as written.

use super::{num, text, Tr};
use store::StoreError;

/// A store error in `tr`'s language, `None` when it has no typed form worth
/// translating (`NotFound`, `Invalid`: their text is the store's own).
pub fn store_error(tr: &Tr, e: &StoreError) -> Option<String> {
    let db = |p: &std::path::Path| text(p.display().to_string());
    Some(match e {
        StoreError::Io { path, source } => tr.f(
            "err-store-io",
            &[("path", db(path)), ("error", text(source.to_string()))],
        ),
        StoreError::Busy { path, message } => tr.f(
            "err-store-busy",
            &[("db", db(path)), ("message", text(message.clone()))],
        ),
        StoreError::Full { path, message } => tr.f(
            "err-store-full",
            &[("db", db(path)), ("message", text(message.clone()))],
        ),
        StoreError::ReadOnly { path, message } => tr.f(
            "err-store-read-only",
            &[("db", db(path)), ("message", text(message.clone()))],
        ),
        StoreError::TooNew { path, found, known } => tr.f(
            "err-store-too-new",
            &[
                ("db", db(path)),
                ("found", num(*found)),
                ("known", num(*known)),
            ],
        ),
        StoreError::Outdated { path, found, known } => tr.f(
            "err-store-outdated",
            &[
                ("db", db(path)),
                ("found", num(*found)),
                ("known", num(*known)),
            ],
        ),
        StoreError::Corrupt {
            path,
            what,
            message,
        } => tr.f(
            "err-store-corrupt",
            &[
                ("db", db(path)),
                ("what", text(what.clone())),
                ("message", text(message.clone())),
            ],
        ),
        StoreError::Encrypted(path) => tr.f("err-store-encrypted", &[("db", db(path))]),
        StoreError::WrongKey(path) => tr.f("err-store-wrong-key", &[("db", db(path))]),
        StoreError::NotEncrypted(path) => tr.f("err-store-not-encrypted", &[("db", db(path))]),
        StoreError::EncryptionUnavailable(path) => {
            tr.f("err-store-no-encryption", &[("db", db(path))])
        }
        StoreError::Other { path, message } => tr.f(
            "err-store-other",
            &[("db", db(path)), ("message", text(message.clone()))],
        ),
        StoreError::Stale {
            target,
            by,
            at,
            status,
        } => tr.f(
            "err-store-stale",
            &[
                ("target", text(target.clone())),
                ("by", text(by.clone())),
                ("at", text(at.clone())),
                ("status", text(status.clone())),
            ],
        ),
        StoreError::CopyMismatch {
            table,
            source_rows,
            target_rows,
        } => tr.f(
            "err-copy-mismatch",
            &[
                ("table", text(table.clone())),
                ("source", num(*source_rows)),
                ("target", num(*target_rows)),
            ],
        ),
        StoreError::TargetDiffers { table, id } => tr.f(
            "err-copy-target-differs",
            &[("table", text(table.clone())), ("id", num(*id))],
        ),
        StoreError::NoDatabase(path) => tr.f("err-store-no-database", &[("db", db(path))]),
        StoreError::NoSuchCase { kind, id } => tr.f(
            "err-store-no-such-case",
            &[("kind", text(kind.clone())), ("id", num(*id))],
        ),
        StoreError::Empty(what) => tr.f("err-store-empty", &[("what", text(what.as_str()))]),
        // NotFound, Invalid and variants added later: the store's own words.
        _ => return None,
    })
}

/// `e` and its causes joined by `: ` (as `{e:#}` writes them), with a
/// translated store error in place of the store's English words. The causes
/// below a translated store error are left out: its message already carries
/// them.
pub fn error_text(tr: &Tr, e: &anyhow::Error) -> String {
    let mut parts: Vec<String> = Vec::new();
    for cause in e.chain() {
        if let Some(s) = cause
            .downcast_ref::<StoreError>()
            .and_then(|se| store_error(tr, se))
        {
            parts.push(s);
            break;
        }
        parts.push(cause.to_string());
    }
    parts.join(": ")
}

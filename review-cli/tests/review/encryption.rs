//! An encrypted store through the binary: `review encrypt`, then every
//! command needs the key; a wrong or missing key is a clear error (never
//! "malformed", never a panic); backups of it are encrypted. Without the
//! `encryption` feature, `review encrypt` says how to build it.

use crate::support::{fixture, LINA_TEXT};
use std::path::Path;
use std::process::{Command, Output, Stdio};

fn review(db: &Path, key: Option<&Path>, argv: &[&str]) -> Output {
    let mut c = Command::new(env!("CARGO_BIN_EXE_review"));
    c.arg("--db")
        .arg(db)
        .args(["--reviewer", "dora", "--lang", "en"])
        .env_remove("ADSCREEN_DB_KEY_FILE")
        .env_remove("ADSCREEN_CONFIG");
    if let Some(k) = key {
        c.arg("--db-key-file").arg(k);
    }
    c.args(argv).stdin(Stdio::null()).output().unwrap()
}

fn text(o: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    )
}

fn key_file(dir: &Path, name: &str, body: &str) -> std::path::PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, body).unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o600)).unwrap();
    }
    p
}

fn contains(path: &Path, needle: &str) -> bool {
    let bytes = std::fs::read(path).unwrap();
    bytes.windows(needle.len()).any(|w| w == needle.as_bytes())
}

#[test]
fn encrypt_then_every_command_needs_the_key() {
    let f = fixture();
    let dir = f._dir.path();
    let key = key_file(dir, "db.key", &format!("{}\n", "3c".repeat(32)));
    let o = review(
        &f.path,
        None,
        &["encrypt", "--key-file", key.to_str().unwrap()],
    );
    if !store::cipher::AVAILABLE {
        assert!(!o.status.success());
        assert!(
            text(&o).contains("--features store/encryption"),
            "{}",
            text(&o)
        );
        return;
    }
    assert!(o.status.success(), "{}", text(&o));
    assert!(text(&o).contains("rows checked"), "{}", text(&o));
    assert!(!contains(&f.path, "Lina"));
    assert!(!contains(&f.path, "+4520123456"));

    let o = review(&f.path, None, &["list", "--json"]);
    assert_eq!(o.status.code(), Some(1), "{}", text(&o));
    assert!(text(&o).contains("is encrypted"), "{}", text(&o));
    let wrong = key_file(dir, "wrong.key", "not the passphrase");
    let o = review(&f.path, Some(&wrong), &["list", "--json"]);
    assert_eq!(o.status.code(), Some(1), "{}", text(&o));
    let t = text(&o);
    assert!(t.contains("wrong key"), "{t}");
    assert!(!t.contains("malformed") && !t.contains("panicked"), "{t}");
    assert!(
        !t.contains("sqlite3Codec"),
        "SQLCipher's own log on stderr: {t}"
    );

    let o = review(&f.path, Some(&key), &["list", "--json"]);
    assert!(o.status.success(), "{}", text(&o));
    assert!(String::from_utf8_lossy(&o.stdout).contains("Lina"));
    let o = review(
        &f.path,
        Some(&key),
        &["audit", "--action", "encrypt", "--json"],
    );
    assert!(
        String::from_utf8_lossy(&o.stdout).contains("\"rows\""),
        "{}",
        text(&o)
    );

    // The backup of an encrypted store is encrypted, and restore checks it
    // with the key.
    let backup = dir.join("backup.db");
    let o = review(&f.path, Some(&key), &["backup", backup.to_str().unwrap()]);
    assert!(o.status.success(), "{}", text(&o));
    assert!(!contains(&backup, "Lina") && !contains(&backup, LINA_TEXT));
    let restored = dir.join("restored.db");
    let o = review(
        &restored,
        Some(&wrong),
        &["restore", backup.to_str().unwrap()],
    );
    assert!(!o.status.success());
    assert!(text(&o).contains("wrong key"), "{}", text(&o));
    let o = review(
        &restored,
        Some(&key),
        &["restore", backup.to_str().unwrap()],
    );
    assert!(o.status.success(), "{}", text(&o));
    let o = review(&restored, Some(&key), &["list", "--json"]);
    assert!(
        String::from_utf8_lossy(&o.stdout).contains("Lina"),
        "{}",
        text(&o)
    );
}

#[test]
fn a_plain_store_says_so_once_and_refuses_a_key() {
    let f = fixture();
    let o = review(&f.path, None, &["list"]);
    assert!(o.status.success(), "{}", text(&o));
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(err.matches("is not encrypted").count(), 1, "{err}");
    if !store::cipher::AVAILABLE {
        return;
    }
    let key = key_file(f._dir.path(), "k", "some passphrase");
    let o = review(&f.path, Some(&key), &["list"]);
    assert!(!o.status.success());
    assert!(text(&o).contains("review --db"), "{}", text(&o));
}

#[test]
fn a_plain_export_from_an_encrypted_store_is_warned_about() {
    if !store::cipher::AVAILABLE {
        return;
    }
    let f = fixture();
    let dir = f._dir.path();
    let key = key_file(dir, "db.key", "a passphrase for the export test");
    let o = review(
        &f.path,
        None,
        &["encrypt", "--key-file", key.to_str().unwrap()],
    );
    assert!(o.status.success(), "{}", text(&o));
    let out = dir.join("plain.json");
    let o = review(
        &f.path,
        Some(&key),
        &["export", "--all", "--yes", "--out", out.to_str().unwrap()],
    );
    assert!(o.status.success(), "{}", text(&o));
    assert!(
        text(&o).contains("WARNING: the database is encrypted"),
        "{}",
        text(&o)
    );
}

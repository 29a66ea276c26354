//! Encryption at rest: keys and key files, the typed errors for a wrong or
//! missing key, no plaintext in the main file or the WAL, `encrypt_file`
//! on a plain store, and encrypted backups. Without the `encryption`
//! feature, a key is refused with a clear error.

use chrono::Utc;
use model::Ad;
use std::path::Path;
use std::sync::Arc;
use store::cipher::{DbKey, FileKind};
use store::prelude::*;
use store::{Store, StoreError};

fn key(p: &str) -> Option<Arc<DbKey>> {
    Some(Arc::new(DbKey::passphrase(p).unwrap()))
}

/// Ads with known strings: a name, a number and a sentence each.
fn known(n: usize) -> Vec<(Ad, [String; 3])> {
    (0..n)
        .map(|i| {
            let name = format!("Navnefrida{i:04}");
            let phone = format!("+45 20 12 {:02} {:02}", i / 100, i % 100);
            let text = format!("Hemmelig tekst nummer {i:04} om Vesterbro");
            let ad = Ad {
                url: format!("https://site.invalid/ad/{i}"),
                site: "site".into(),
                name: Some(name.clone()),
                text: format!("{text}. Ring {phone}."),
                ..Ad::default()
            };
            (ad, [name, phone, text])
        })
        .collect()
}

fn fill(s: &mut Store, ads: &[(Ad, [String; 3])]) {
    let batch: Vec<(Ad, Option<serde_json::Value>)> =
        ads.iter().map(|(a, _)| (a.clone(), None)).collect();
    s.upsert_ads(&batch, "DK", Utc::now()).unwrap();
}

/// How many of `needles` occur in the file or its WAL.
fn found(path: &Path, needles: &[&str]) -> usize {
    let mut bytes = std::fs::read(path).unwrap();
    let mut wal = path.as_os_str().to_owned();
    wal.push("-wal");
    bytes.extend(std::fs::read(wal).unwrap_or_default());
    needles
        .iter()
        .filter(|n| bytes.windows(n.len()).any(|w| w == n.as_bytes()))
        .count()
}

#[test]
fn key_files_hold_a_passphrase_or_a_raw_key_and_must_be_private() {
    let dir = tempfile::tempdir().unwrap();
    let write = |name: &str, body: &str, mode: u32| {
        let p = dir.path().join(name);
        std::fs::write(&p, body).unwrap();
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(&p, std::fs::Permissions::from_mode(mode)).unwrap();
        }
        let _ = mode;
        p
    };
    let raw = write("raw", &format!("{}\n", "ab".repeat(32)), 0o600);
    assert!(DbKey::from_file(&raw).unwrap().is_raw());
    let pass = write("pass", "correct horse battery staple\n", 0o600);
    assert!(!DbKey::from_file(&pass).unwrap().is_raw());
    let empty = write("empty", "\n", 0o600);
    assert!(matches!(
        DbKey::from_file(&empty),
        Err(StoreError::Invalid(_))
    ));
    #[cfg(unix)]
    {
        let open = write("open", "a passphrase", 0o644);
        let e = DbKey::from_file(&open).unwrap_err().to_string();
        assert!(e.contains("chmod 600"), "{e}");
    }
    assert!(DbKey::raw_hex("abc").is_err());
    assert!(format!("{:?}", DbKey::passphrase("s3cret").unwrap())
        .find("s3cret")
        .is_none());
}

#[test]
fn a_key_without_encryption_in_the_build_is_refused_clearly() {
    if store::cipher::AVAILABLE {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let e = Store::open_keyed(&dir.path().join("k.db"), key("pw")).unwrap_err();
    assert!(matches!(e, StoreError::EncryptionUnavailable(_)), "{e:?}");
    assert!(e.to_string().contains("--features store/encryption"));
}

#[test]
fn an_encrypted_store_holds_no_plaintext_and_refuses_wrong_keys() {
    if !store::cipher::AVAILABLE {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("enc.db");
    let ads = known(334);
    let needles: Vec<&str> = ads
        .iter()
        .flat_map(|(_, k)| k.iter().map(String::as_str))
        .take(1000)
        .collect();
    assert_eq!(needles.len(), 1000);
    {
        let mut s = Store::open_keyed(&path, key("a long passphrase")).unwrap();
        assert!(s.is_encrypted());
        fill(&mut s, &ads);
        // While it is open the WAL holds the newest pages: encrypted too.
        assert_eq!(found(&path, &needles), 0);
        assert_eq!(s.count_ads().unwrap(), 334);
    }
    assert_eq!(
        store::cipher::file_kind(&path).unwrap(),
        FileKind::Encrypted
    );
    assert_eq!(found(&path, &needles), 0);
    let wrong = Store::open_existing_keyed(&path, key("another passphrase")).unwrap_err();
    assert!(matches!(wrong, StoreError::WrongKey(_)), "{wrong:?}");
    assert!(wrong.to_string().contains("wrong key"));
    let wrong = Store::open_existing_writable_keyed(&path, key("x")).unwrap_err();
    assert!(matches!(wrong, StoreError::WrongKey(_)), "{wrong:?}");
    let none = Store::open_existing_keyed(&path, None).unwrap_err();
    assert!(matches!(none, StoreError::Encrypted(_)), "{none:?}");
    assert!(none.to_string().contains("--db-key-file"));
    // The right key reads everything back.
    let s = Store::open_existing_keyed(&path, key("a long passphrase")).unwrap();
    assert_eq!(s.count_ads().unwrap(), 334);
    assert_eq!(s.integrity_check().unwrap(), "ok");
    // Its backup is encrypted with the same key.
    let backup = dir.path().join("backup.db");
    s.backup_to(&backup).unwrap();
    assert_eq!(found(&backup, &needles), 0);
    assert!(matches!(
        Store::open_existing_keyed(&backup, None),
        Err(StoreError::Encrypted(_))
    ));
    let b = Store::open_existing_keyed(&backup, key("a long passphrase")).unwrap();
    assert_eq!(b.count_ads().unwrap(), 334);
}

#[test]
fn encrypt_file_converts_a_plain_store_after_checking_every_table() {
    if !store::cipher::AVAILABLE {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plain.db");
    let ads = known(50);
    {
        let mut s = Store::open_keyed(&path, None).unwrap();
        fill(&mut s, &ads);
        s.audit("alice", "test", &serde_json::json!({"n": 1}))
            .unwrap();
    }
    let needles: Vec<&str> = ads.iter().map(|(_, k)| k[0].as_str()).collect();
    assert_eq!(found(&path, &needles), 50);
    // A key for a plain file says what to do.
    let e = Store::open_existing_keyed(&path, key("pw")).unwrap_err();
    assert!(matches!(e, StoreError::NotEncrypted(_)), "{e:?}");
    let k = DbKey::raw_hex(&"5a".repeat(32)).unwrap();
    let report = Store::encrypt_file(&path, &k).unwrap();
    let ads_row = report.tables.iter().find(|(t, _)| t == "ads").unwrap();
    assert_eq!(ads_row.1, 50);
    assert!(report.tables.iter().any(|(t, n)| t == "audit" && *n == 1));
    assert_eq!(found(&path, &needles), 0);
    assert!(!dir.path().join("plain.db.encrypting").exists());
    let s = Store::open_existing_writable_keyed(&path, Some(Arc::new(k.clone()))).unwrap();
    assert_eq!(s.count_ads().unwrap(), 50);
    assert_eq!(s.audit_log(Some("test"), 5).unwrap().len(), 1);
    // The text index came along and still finds the ads.
    let search = |words: &str| {
        s.list_ads(&store::query::ListFilter {
            search: Some(words.into()),
            limit: 100,
            ..Default::default()
        })
        .unwrap()
        .len()
    };
    assert_eq!(search("hemmelig vesterbro"), 50);
    assert_eq!(search("0007"), 1);
    assert_eq!(s.integrity_check().unwrap(), "ok");
    drop(s);
    // Twice is refused, and the file is left as it is.
    assert!(matches!(
        Store::encrypt_file(&path, &k),
        Err(StoreError::Invalid(_))
    ));
}

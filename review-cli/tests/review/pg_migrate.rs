//! `review migrate` and `review backup` / `restore` on PostgreSQL, against a
//! real server (`store::pg::testing`). Without PostgreSQL the server tests
//! print `SKIPPED: …` and pass; the refusals need no server.

use crate::support::fixture;
use std::path::Path;
use std::process::{Command, Output, Stdio};
use store::pg::testing::fresh_database;
use store::prelude::*;
use store::{Location, PgStore};

fn review(argv: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_review"))
        .args(["--reviewer", "dora", "--lang", "en"])
        .args(argv)
        .env_remove("ADSCREEN_DB")
        .env_remove("ADSCREEN_DB_KEY_FILE")
        .stdin(Stdio::null())
        .output()
        .unwrap()
}

fn said(o: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    )
}

fn pg(url: &str) -> PgStore {
    match Location::parse(url).unwrap() {
        Location::Postgres(u) => PgStore::open(&u).unwrap(),
        other => panic!("{other:?}"),
    }
}

fn migrate(from: &Path, to: &str) -> Output {
    let from = format!("sqlite:{}", from.display());
    review(&["migrate", "--from", &from, "--to", to])
}

#[test]
fn migrate_refuses_what_it_cannot_copy() {
    let dir = tempfile::tempdir().unwrap();
    let missing = format!("sqlite:{}", dir.path().join("none.db").display());
    let o = review(&["migrate", "--from", &missing, "--to", "postgres://a@h/db"]);
    assert!(!o.status.success());
    assert!(said(&o).contains("none.db does not exist"), "{}", said(&o));
    let f = fixture();
    let from = f.path.to_str().unwrap();
    let o = review(&["migrate", "--from", from, "--to", "sqlite:/tmp/x.db"]);
    assert!(!o.status.success());
    assert!(
        said(&o).contains("is not a PostgreSQL database"),
        "{}",
        said(&o)
    );
    let o = review(&[
        "migrate",
        "--from",
        "postgres://a@h/db",
        "--to",
        "postgres://a@h/db2",
    ]);
    assert!(!o.status.success());
    assert!(said(&o).contains("is not a SQLite store"), "{}", said(&o));
}

#[test]
fn migrate_copies_the_store_checks_counts_and_runs_again() {
    let Some(url) = fresh_database("cli_migrate") else {
        return;
    };
    let f = fixture();
    let ads = f.store().count_ads().unwrap();
    let o = migrate(&f.path, &url);
    assert!(o.status.success(), "{}", said(&o));
    let out = said(&o);
    assert!(
        out.contains(&format!(
            "ads: {ads} rows in SQLite, {ads} in PostgreSQL ({ads} copied now)"
        )),
        "{out}"
    );
    assert!(out.contains("the row counts match"), "{out}");
    assert!(
        out.contains("tally_counts"),
        "SQLite-only tables named: {out}"
    );
    assert_eq!(pg(&url).count_ads().unwrap(), ads);
    // Again: nothing new for ads, and the counts still match.
    let o = migrate(&f.path, &url);
    assert!(o.status.success(), "{}", said(&o));
    assert!(
        said(&o).contains(&format!(
            "ads: {ads} rows in SQLite, {ads} in PostgreSQL (0 copied now)"
        )),
        "{}",
        said(&o)
    );
    assert_eq!(f.store().audit_log(Some("migrate"), 10).unwrap().len(), 2);
    // JSON.
    let from = format!("sqlite:{}", f.path.display());
    let o = review(&["migrate", "--from", &from, "--to", &url, "--json"]);
    assert!(o.status.success(), "{}", said(&o));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let tables = v["tables"].as_array().unwrap();
    let audit = tables.iter().find(|t| t["table"] == "audit").unwrap();
    assert_eq!(audit["source"], audit["target"]);
    assert_eq!(
        audit["copied"], 1,
        "the previous run's audit entry: {audit}"
    );
}

#[test]
fn backup_and_restore_on_postgres_use_pg_dump_and_refuse_to_overwrite() {
    let (Some(url), Some(other)) = (fresh_database("cli_dump"), fresh_database("cli_dump_to"))
    else {
        return;
    };
    let f = fixture();
    let ads = f.store().count_ads().unwrap();
    assert!(migrate(&f.path, &url).status.success());
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("adscreen.dump");
    let file_s = file.to_str().unwrap();
    let o = review(&["--db", &url, "backup", file_s]);
    assert!(o.status.success(), "{}", said(&o));
    assert!(said(&o).contains("with pg_dump"), "{}", said(&o));
    assert!(std::fs::read(&file).unwrap().starts_with(b"PGDMP"));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&file).unwrap().permissions().mode();
        assert_eq!(mode & 0o077, 0, "{mode:o}");
    }
    let o = review(&["--db", &url, "backup", file_s]);
    assert!(!o.status.success());
    assert!(said(&o).contains("already exists"), "{}", said(&o));
    // Into an empty database: no --yes needed.
    let o = review(&["--db", &other, "restore", file_s]);
    assert!(o.status.success(), "{}", said(&o));
    let restored = pg(&other);
    assert_eq!(restored.count_ads().unwrap(), ads);
    assert_eq!(
        restored.network_ids().unwrap(),
        pg(&url).network_ids().unwrap()
    );
    // Over a database that holds a store: only with --yes, saved first.
    let o = review(&["--db", &url, "restore", file_s]);
    assert!(!o.status.success());
    assert!(said(&o).contains("--yes"), "{}", said(&o));
    let o = review(&["--db", &url, "restore", file_s, "--yes"]);
    assert!(o.status.success(), "{}", said(&o));
    assert!(
        said(&o).contains("previous database is saved as"),
        "{}",
        said(&o)
    );
    let saved = std::fs::read_dir(dir.path())
        .unwrap()
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().contains(".before-restore-"))
        .count();
    assert_eq!(saved, 1);
    assert_eq!(pg(&url).count_ads().unwrap(), ads);
    // Not an archive: refused before anything is touched.
    let junk = dir.path().join("junk.dump");
    std::fs::write(&junk, b"not an archive").unwrap();
    let o = review(&["--db", &other, "restore", junk.to_str().unwrap(), "--yes"]);
    assert!(!o.status.success());
    assert!(said(&o).contains("not a pg_dump archive"), "{}", said(&o));
}

#[test]
fn migrate_reads_an_encrypted_store_with_its_key() {
    if !store::cipher::AVAILABLE {
        println!("SKIPPED: migrate from an encrypted store: built without store/encryption");
        return;
    }
    let Some(url) = fresh_database("cli_migrate_key") else {
        return;
    };
    let f = fixture();
    let ads = f.store().count_ads().unwrap();
    let key = f._dir.path().join("db.key");
    std::fs::write(&key, format!("{}\n", "5a".repeat(32))).unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&key, std::fs::Permissions::from_mode(0o600)).unwrap();
    }
    let db = f.path.to_str().unwrap();
    let o = review(&["--db", db, "encrypt", "--key-file", key.to_str().unwrap()]);
    assert!(o.status.success(), "{}", said(&o));
    let o = migrate(&f.path, &url);
    assert!(!o.status.success());
    assert!(said(&o).contains("encrypted"), "{}", said(&o));
    let from = format!("sqlite:{db}");
    let o = review(&[
        "--db-key-file",
        key.to_str().unwrap(),
        "migrate",
        "--from",
        &from,
        "--to",
        &url,
    ]);
    assert!(o.status.success(), "{}", said(&o));
    assert_eq!(pg(&url).count_ads().unwrap(), ads);
}

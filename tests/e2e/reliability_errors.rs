//! Errors people can act on (issue 8): every failure a user can cause gives
//! a message naming the thing and the place, through the real command-line
//! code (the helper binary runs the crawler's main), and a full disk stops
//! cleanly with the database intact.

use crate::facts::store_facts;
use adscreen_tests::reliability::write_profile;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use store::prelude::*;
use store::review::{ReviewStatus, Target};
use store::Store;

fn crawler(args: &[&std::ffi::OsStr]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_adscreen-reliability"))
        .arg("crawler")
        .args(args)
        .env_remove("ADSCREEN_DB")
        .env_remove("ADSCREEN_CONFIG")
        .output()
        .expect("run the crawler")
}

fn os(s: &str) -> &std::ffi::OsStr {
    std::ffi::OsStr::new(s)
}

fn stderr_of(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn assert_names(out: &Output, code: i32, needles: &[&str]) {
    let err = stderr_of(out);
    assert_eq!(out.status.code(), Some(code), "exit code; stderr: {err}");
    for n in needles {
        assert!(err.contains(n), "stderr should name `{n}`:\n{err}");
    }
}

fn good_jsonl(dir: &Path) -> PathBuf {
    let f = dir.join("ok.jsonl");
    std::fs::write(
        &f,
        "{\"url\":\"https://e.invalid/1\",\"site\":\"e\",\"text\":\"Ring 20 12 34 56\"}\n",
    )
    .unwrap();
    f
}

#[test]
fn a_bad_profile_names_the_file_and_the_key() {
    let dir = tempfile::tempdir().unwrap();
    let profiles = dir.path().join("profiles");
    let p = write_profile(
        &profiles,
        "largeboard",
        "http://127.0.0.1:9/",
        &[("concurrency", "99")],
    )
    .unwrap();
    std::fs::write(
        profiles.join("typo.toml"),
        "name = \"t\"\nbase_urll = \"x\"\n",
    )
    .unwrap();
    let db = dir.path().join("x.db");
    let out = crawler(&[
        os("--db"),
        db.as_os_str(),
        os("crawl"),
        os("--contact"),
        os("e@example.invalid"),
        os("--profiles"),
        profiles.as_os_str(),
    ]);
    assert_names(
        &out,
        1,
        &[
            p.to_str().unwrap(),
            "concurrency",
            "typo.toml",
            "base_urll",
            "no valid site profiles",
        ],
    );
    // `crawler check` says the same and fails.
    let out = crawler(&[os("check"), profiles.as_os_str()]);
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.contains("typo.toml") && stdout.contains("concurrency"),
        "{stdout}"
    );
}

#[test]
fn a_bad_rules_file_names_the_file_and_the_key() {
    let dir = tempfile::tempdir().unwrap();
    let rules = dir.path().join("rules.toml");
    std::fs::write(
        &rules,
        "version = \"x\"\n[indicators.youth_termz]\nweight = 1\n",
    )
    .unwrap();
    let db = dir.path().join("x.db");
    let jsonl = good_jsonl(dir.path());
    let out = crawler(&[
        os("--db"),
        db.as_os_str(),
        os("--rules"),
        rules.as_os_str(),
        os("import"),
        jsonl.as_os_str(),
    ]);
    assert_names(&out, 1, &[rules.to_str().unwrap(), "youth_termz"]);
    let missing = dir.path().join("nope.toml");
    let out = crawler(&[
        os("--db"),
        db.as_os_str(),
        os("--rules"),
        missing.as_os_str(),
        os("import"),
        jsonl.as_os_str(),
    ]);
    assert_names(&out, 1, &["nope.toml", "No such file"]);
}

#[test]
fn unreadable_inputs_name_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("x.db");
    let missing = dir.path().join("missing.jsonl");
    let out = crawler(&[
        os("--db"),
        db.as_os_str(),
        os("import"),
        missing.as_os_str(),
    ]);
    assert_names(&out, 1, &["cannot open", "missing.jsonl", "No such file"]);
    // A folder given as the import file: reported with its name, not a panic.
    let out = crawler(&[
        os("--db"),
        db.as_os_str(),
        os("import"),
        dir.path().as_os_str(),
    ]);
    assert_names(
        &out,
        3,
        &[dir.path().to_str().unwrap(), "line 1", "cannot read"],
    );
    // A missing profiles folder names the folder and how to set it.
    let nowhere = dir.path().join("no-profiles");
    let out = crawler(&[
        os("--db"),
        db.as_os_str(),
        os("crawl"),
        os("--contact"),
        os("e@example.invalid"),
        os("--profiles"),
        nowhere.as_os_str(),
    ]);
    assert_names(&out, 1, &["no-profiles", "--profiles"]);
    // A config file that is not TOML.
    let cfg = dir.path().join("adscreen.toml");
    std::fs::write(&cfg, "db = \n").unwrap();
    let out = crawler(&[
        os("--config"),
        cfg.as_os_str(),
        os("import"),
        missing.as_os_str(),
    ]);
    assert_names(&out, 1, &["config file", "adscreen.toml"]);
}

#[test]
fn a_database_from_a_newer_adscreen_is_refused_by_name() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("new.db");
    {
        let s = Store::open(&db).unwrap();
        s.test_conn()
            .execute(
                "INSERT INTO schema_migrations(version, name, applied_at) VALUES (999, 'future', '2030-01-01T00:00:00Z')",
                [],
            )
            .unwrap();
    }
    let jsonl = good_jsonl(dir.path());
    let out = crawler(&[os("--db"), db.as_os_str(), os("import"), jsonl.as_os_str()]);
    assert_names(&out, 1, &[db.to_str().unwrap(), "999", "upgrade adscreen"]);
    // Refused without touching it: the file still says 999 and is intact.
    let s = Store::open(&db).map(|_| ()).unwrap_err().to_string();
    assert!(s.contains("999"), "{s}");
}

#[test]
fn a_database_path_that_cannot_be_created_is_named() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("plainfile");
    std::fs::write(&file, "x").unwrap();
    // A folder that is a file: fails for every user, root included.
    let db = file.join("sub").join("x.db");
    let jsonl = good_jsonl(dir.path());
    let out = crawler(&[os("--db"), db.as_os_str(), os("import"), jsonl.as_os_str()]);
    assert_names(&out, 1, &["plainfile", "Not a directory"]);
    // Missing permission: only meaningful when not running as root.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let locked = dir.path().join("locked");
        std::fs::create_dir(&locked).unwrap();
        std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o500)).unwrap();
        if std::fs::write(locked.join("probe"), "x").is_ok() {
            eprintln!("permission case skipped: running as root, which ignores file modes");
        } else {
            let db = locked.join("x.db");
            let out = crawler(&[os("--db"), db.as_os_str(), os("import"), jsonl.as_os_str()]);
            assert_names(&out, 1, &["locked", "ermission denied"]);
        }
        std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o700)).unwrap();
    }
}

#[test]
fn a_full_disk_stops_with_a_clear_error_and_an_intact_database() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("full.db");
    let mut store = Store::open(&db).unwrap();
    let pages: i64 = store
        .test_conn()
        .query_row("PRAGMA page_count", [], |r| r.get(0))
        .unwrap();
    // SQLite's page limit stands in for a full disk: writes past it fail
    // with SQLITE_FULL exactly as on a full file system.
    store
        .test_conn()
        .query_row(
            &format!("PRAGMA max_page_count = {}", pages + 40),
            [],
            |r| r.get::<_, i64>(0),
        )
        .unwrap();
    let mut stored = Vec::new();
    let mut error = None;
    for i in 0..100_000 {
        let ad = indicators::Ad {
            url: format!("https://full.invalid/{i}"),
            site: "full".into(),
            text: format!("Ad number {i} with some text to fill pages. ").repeat(20),
            ..indicators::Ad::default()
        };
        match store.upsert_ad(&ad, "DK", None, store::now()) {
            Ok(_) => stored.push(ad.url),
            Err(e) => {
                error = Some(e.to_string());
                break;
            }
        }
    }
    let error = error.expect("the page limit is reached");
    assert!(
        error.contains("full.db") && error.contains("full"),
        "{error}"
    );
    assert!(!stored.is_empty());
    // A review action on the full database either fits in a free slot of a
    // page or fails the same clear way; the connection still reads.
    let event = match store.set_status(Target::Ad(1), ReviewStatus::Contacted, "r", None) {
        Ok(id) => Some(id),
        Err(e) => {
            assert!(e.to_string().contains("full"), "{e}");
            None
        }
    };
    assert_eq!(store.count_ads().unwrap(), stored.len() as i64);
    drop(store);
    let facts = store_facts(&db).unwrap();
    assert_eq!(facts.integrity, "ok");
    assert_eq!(facts.ad_urls.len(), stored.len());
    assert!(stored.iter().all(|u| facts.ad_urls.contains(u)));
    if let Some(id) = event {
        assert!(facts.events.iter().any(|e| e.0 == id), "event {id} kept");
    }
    eprintln!("full disk: {} ads stored before `{error}`", stored.len());
}

//! Data protection around the export: retention purges (what goes, what an
//! open case keeps, that purges are audited) and backups / restores through
//! the `review` binary.

use chrono::{Duration as CDuration, Utc};
use model::Ad;
use std::path::Path;
use std::process::{Command, Output, Stdio};
use store::prelude::*;
use store::retention::DEFAULT_RETENTION;
use store::review::{ReviewStatus, Target};
use store::Store;

fn ad(n: u32, text: &str) -> Ad {
    Ad {
        url: format!("https://nattergal.invalid/annonce/{n}"),
        site: "nattergal".into(),
        text: text.into(),
        name: Some(format!("Navn{n}")),
        location: Some(["Aarhus", "Odense"][(n % 2) as usize].into()),
        images: vec![format!("https://nattergal.invalid/img/{n}.jpg")],
        ..Ad::default()
    }
}

/// Far-apart image hashes, so photos do not link the fixture's ads.
fn spread(i: u64) -> u64 {
    let mut z = i.wrapping_add(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

fn count(store: &Store, table: &str, ad_id: i64) -> i64 {
    store
        .test_conn()
        .query_row(
            &format!("SELECT COUNT(*) FROM {table} WHERE ad_id = ?1"),
            [ad_id],
            |r| r.get(0),
        )
        .unwrap()
}

fn analyse_and_link(store: &mut Store) {
    let rules = indicators::rules::Rules::builtin();
    crawler::engine::refresh(store, &rules, Default::default(), |_| {}).unwrap();
}

#[test]
fn purge_takes_old_ads_with_everything_derived_and_keeps_open_cases() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(&dir.path().join("r.db")).unwrap();
    let old = Utc::now() - CDuration::days(200);
    let recent = Utc::now() - CDuration::days(179);
    let id = |store: &mut Store, n: u32, text: &str, at| {
        store.upsert_ad(&ad(n, text), "DK", None, at).unwrap().ad_id
    };
    // 1: old, never reviewed, with a changed text (a version) -> purged.
    let gone = id(
        &mut store,
        1,
        "Hun er ny. Ring 20 12 34 61.",
        old - CDuration::days(5),
    );
    assert_eq!(
        gone,
        id(&mut store, 1, "Hun er ny i byen. Ring 20 12 34 61.", old)
    );
    // 2: old, dismissed -> purged.
    let dismissed = id(
        &mut store,
        2,
        "Klassisk massage på hverdage, skriv til 20 12 34 62.",
        old,
    );
    // 3-5: old with open cases -> kept.
    let outreach = id(
        &mut store,
        3,
        "Rolig aften i Aarhus med te og samtale, 20 12 34 63.",
        old,
    );
    let contacted = id(
        &mut store,
        4,
        "Fodmassage efter arbejde, tider om morgenen: 20 12 34 64.",
        old,
    );
    let referred = id(
        &mut store,
        5,
        "Wellness og sauna hele weekenden, book på 20 12 34 65.",
        old,
    );
    // 6 and 7: old, sharing a number (a network), the network's case open -> kept.
    let net_a = id(&mut store, 6, "Sød pige. Ring 20 12 34 66.", old);
    let net_b = id(&mut store, 7, "Ny pige. Ring 20 12 34 66.", old);
    // 8: 179 days: inside the default period -> kept.
    let young = id(
        &mut store,
        8,
        "Yoga og udstrækning i parken om sommeren, 20 12 34 68.",
        recent,
    );
    for i in [
        gone, dismissed, outreach, contacted, referred, net_a, net_b, young,
    ] {
        store
            .set_image_hash(
                i,
                &format!("https://nattergal.invalid/img/{}.jpg", i),
                Ok(spread(i as u64)),
            )
            .ok();
    }
    analyse_and_link(&mut store);
    let set = |store: &mut Store, t, s| store.set_status(t, s, "anna", None).unwrap();
    set(&mut store, Target::Ad(dismissed), ReviewStatus::Dismissed);
    set(
        &mut store,
        Target::Ad(outreach),
        ReviewStatus::NeedsOutreach,
    );
    set(&mut store, Target::Ad(contacted), ReviewStatus::Contacted);
    set(&mut store, Target::Ad(referred), ReviewStatus::Referred);
    let network = store
        .network_of(net_a)
        .unwrap()
        .expect("6 and 7 share a number");
    assert_eq!(store.network_of(net_b).unwrap(), Some(network));
    set(
        &mut store,
        Target::Network(network),
        ReviewStatus::NeedsOutreach,
    );
    for table in ["phones", "images", "analysis", "ad_versions"] {
        assert!(count(&store, table, gone) > 0, "fixture has {table}");
    }

    let dry = store.purge(DEFAULT_RETENTION, "crawler", true).unwrap();
    assert_eq!(dry.ad_ids, vec![gone, dismissed]);
    assert!(
        store.ad(gone).unwrap().is_some(),
        "a dry run deletes nothing"
    );
    assert!(
        store.audit_log(Some("purge"), 10).unwrap().is_empty(),
        "a dry run is not a purge"
    );

    let report = store.purge(DEFAULT_RETENTION, "crawler", false).unwrap();
    assert_eq!(report.ad_ids, vec![gone, dismissed]);
    assert_eq!(report.kept_open_cases, 5);
    for purged in [gone, dismissed] {
        assert!(store.ad(purged).unwrap().is_none());
        for table in [
            "phones",
            "images",
            "analysis",
            "ad_versions",
            "ad_indicators",
            "clusters",
            "network_members",
        ] {
            assert_eq!(
                count(&store, table, purged),
                0,
                "{table} of ad {purged} left behind"
            );
        }
        assert!(store.events_of(Target::Ad(purged)).unwrap().is_empty());
    }
    for kept in [outreach, contacted, referred, net_a, net_b, young] {
        assert!(store.ad(kept).unwrap().is_some(), "ad {kept} must be kept");
        assert!(count(&store, "phones", kept) > 0);
    }
    let audit = store.audit_log(Some("purge"), 10).unwrap();
    assert_eq!(audit.len(), 1);
    assert_eq!(audit[0].actor, "crawler");
    assert_eq!(audit[0].details["purged_ads"], 2);
    assert_eq!(audit[0].details["kept_open_cases"], 5);
    assert_eq!(audit[0].details["retention_days"], 180);
    assert_eq!(store.integrity_check().unwrap(), "ok");

    // Closing a case lets the next purge take it; a shorter period takes more.
    set(&mut store, Target::Ad(referred), ReviewStatus::Dismissed);
    let r = store.purge(DEFAULT_RETENTION, "crawler", false).unwrap();
    assert_eq!(r.ad_ids, vec![referred]);
    let r = store
        .purge(std::time::Duration::from_secs(30 * 86_400), "crawler", true)
        .unwrap();
    assert!(r.ad_ids.contains(&young));
}

fn review(db: &Path, argv: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_review"))
        .arg("--db")
        .arg(db)
        .args(["--reviewer", "dora"])
        .args(argv)
        .stdin(Stdio::null())
        .output()
        .unwrap()
}

fn text(o: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    )
}

#[test]
fn backup_while_writing_then_restore_checks_and_refuses_to_clobber() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("live.db");
    let mut store = Store::open(&db).unwrap();
    for n in 0..50 {
        store
            .upsert_ad(&ad(n, "Ring 20 12 34 70."), "DK", None, Utc::now())
            .unwrap();
    }
    // A writer keeps going while the backup runs (the daemon's situation).
    let writer_db = db.clone();
    let writer = std::thread::spawn(move || {
        let mut s = Store::open(&writer_db).unwrap();
        for n in 50..400 {
            s.upsert_ad(&ad(n, "Ring 20 12 34 71."), "DK", None, Utc::now())
                .unwrap();
        }
    });
    let backup = dir.path().join("backups/copy.db");
    std::fs::create_dir_all(backup.parent().unwrap()).unwrap();
    let b = review(&db, &["backup", backup.to_str().unwrap()]);
    writer.join().unwrap();
    assert!(b.status.success(), "{}", text(&b));
    assert!(text(&b).contains("integrity ok"));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(
            std::fs::metadata(&backup).unwrap().permissions().mode() & 0o777,
            0o600
        );
    }
    let again = review(&db, &["backup", backup.to_str().unwrap()]);
    assert!(!again.status.success(), "a backup never overwrites");
    let audited = store.audit_log(Some("backup"), 5).unwrap();
    assert_eq!(audited.len(), 1);
    assert_eq!(audited[0].actor, "dora");
    let in_backup = Store::open_existing(&backup).unwrap().count_ads().unwrap();
    assert!((50..=400).contains(&in_backup));

    // Restore into a new place.
    let fresh = dir.path().join("restored/adscreen.db");
    let r = review(&fresh, &["restore", backup.to_str().unwrap()]);
    assert!(r.status.success(), "{}", text(&r));
    let restored = Store::open_existing(&fresh).unwrap();
    assert_eq!(restored.count_ads().unwrap(), in_backup);
    let log = restored.audit_log(Some("restore"), 5).unwrap();
    assert_eq!(
        log.len(),
        1,
        "the restore is audited in the restored database"
    );
    drop(restored);

    // Over an existing database: refused without --yes, then done with the old one saved.
    let r = review(&db, &["restore", backup.to_str().unwrap()]);
    assert!(!r.status.success());
    assert!(text(&r).contains("--yes"), "{}", text(&r));
    assert_eq!(store.count_ads().unwrap(), 400, "nothing changed");
    let r = review(&db, &["restore", backup.to_str().unwrap(), "--yes"]);
    assert!(r.status.success(), "{}", text(&r));
    // The open connection sees the restored contents (no file swapped under it).
    assert_eq!(store.count_ads().unwrap(), in_backup);
    let saved: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().contains("before-restore"))
        .collect();
    assert_eq!(saved.len(), 1, "the replaced database is kept beside it");
    assert_eq!(
        Store::open_existing(&saved[0].path())
            .unwrap()
            .count_ads()
            .unwrap(),
        400
    );

    // A damaged or foreign file is refused.
    let junk = dir.path().join("junk.db");
    std::fs::write(&junk, b"not a database at all, just some bytes").unwrap();
    let r = review(&fresh, &["restore", junk.to_str().unwrap(), "--yes"]);
    assert!(!r.status.success());
    let foreign = dir.path().join("foreign.db");
    store::test_sql::rusqlite::Connection::open(&foreign)
        .unwrap()
        .execute_batch("CREATE TABLE t (x)")
        .unwrap();
    let r = review(&fresh, &["restore", foreign.to_str().unwrap(), "--yes"]);
    assert!(
        text(&r).contains("not an adscreen database"),
        "{}",
        text(&r)
    );
    // A backup from a newer adscreen is refused.
    let newer = dir.path().join("newer.db");
    std::fs::copy(&backup, &newer).unwrap();
    store::test_sql::rusqlite::Connection::open(&newer)
        .unwrap()
        .execute(
            "INSERT INTO schema_migrations VALUES (999, 'future', '2030-01-01T00:00:00Z')",
            [],
        )
        .unwrap();
    let r = review(&fresh, &["restore", newer.to_str().unwrap(), "--yes"]);
    assert!(text(&r).contains("newer"), "{}", text(&r));
}

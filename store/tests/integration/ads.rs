//! Store behaviour: concurrency, permissions, versions, append-only history, retention.

use chrono::{Duration as CDuration, Utc};
use model::Ad;
use std::time::Duration;
use store::ads::AdChange;
use store::prelude::*;
use store::review::{ReviewStatus, Target};
use store::Store;

fn ad(n: usize) -> Ad {
    Ad {
        url: format!("https://site.invalid/ad/{n}"),
        site: "site".into(),
        text: format!("Ad number {n}. Ring 20 12 34 56."),
        name: Some(format!("Name{n}")),
        ..Ad::default()
    }
}

#[test]
fn database_and_folder_are_owner_only() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("nested/case.db");
    let _store = Store::open(&path).unwrap();
    let mode = |p: &std::path::Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&path), 0o600);
    assert_eq!(mode(path.parent().unwrap()), 0o700);
}

#[test]
fn migrations_are_recorded_and_reopen_is_idempotent() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a.db");
    drop(Store::open(&path).unwrap());
    let store = Store::open(&path).unwrap();
    assert_eq!(
        store::schema::current_version(&store).unwrap(),
        store::schema::latest_version()
    );
    let mode: String = store
        .test_conn()
        .query_row("PRAGMA journal_mode", [], |r| r.get(0))
        .unwrap();
    assert_eq!(mode, "wal");
}

#[test]
fn newer_schema_is_refused_with_a_clear_message() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a.db");
    let store = Store::open(&path).unwrap();
    store
        .test_conn()
        .execute(
            "INSERT INTO schema_migrations VALUES (999, 'future', '2030-01-01T00:00:00Z')",
            [],
        )
        .unwrap();
    drop(store);
    let err = Store::open(&path).unwrap_err().to_string();
    assert!(err.contains("schema version 999"), "{err}");
    assert!(err.contains("a.db"), "{err}");
}

#[test]
fn changed_ads_keep_their_history() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(&dir.path().join("a.db")).unwrap();
    let t0 = Utc::now() - CDuration::hours(2);
    let mut a = ad(1);
    let first = store.upsert_ad(&a, "DK", None, t0).unwrap();
    assert_eq!(first.change, AdChange::New);
    let again = store
        .upsert_ad(&a, "DK", None, t0 + CDuration::hours(1))
        .unwrap();
    assert_eq!(
        (again.ad_id, again.change),
        (first.ad_id, AdChange::Unchanged)
    );
    a.text = "New text entirely".into();
    let changed = store.upsert_ad(&a, "DK", None, Utc::now()).unwrap();
    assert_eq!(changed.change, AdChange::Changed);
    let versions = store.ad_versions(first.ad_id).unwrap();
    assert_eq!(versions.len(), 1);
    assert_eq!(
        versions[0].content["text"],
        "Ad number 1. Ring 20 12 34 56."
    );
    assert_eq!(
        store.ad(first.ad_id).unwrap().unwrap().ad.text,
        "New text entirely"
    );
}

#[test]
fn review_events_and_audit_are_append_only() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(&dir.path().join("a.db")).unwrap();
    let id = store
        .upsert_ad(&ad(1), "DK", None, Utc::now())
        .unwrap()
        .ad_id;
    store
        .set_status(
            Target::Ad(id),
            ReviewStatus::NeedsOutreach,
            "anna",
            Some("call Monday"),
        )
        .unwrap();
    assert!(store
        .test_conn()
        .execute("UPDATE review_events SET note = 'x'", [])
        .is_err());
    assert!(store
        .test_conn()
        .execute("DELETE FROM review_events", [])
        .is_err());
    assert!(store.test_conn().execute("DELETE FROM audit", []).is_err());
    let events = store.events_of(Target::Ad(id)).unwrap();
    assert_eq!(events.len(), 1);
    assert_eq!(events[0].reviewer, "anna");
    assert_eq!(
        store.status_of(Target::Ad(id)).unwrap(),
        ReviewStatus::NeedsOutreach
    );
    assert_eq!(store.audit_log(Some("review.status"), 10).unwrap().len(), 1);
}

#[test]
fn purge_removes_old_ads_but_keeps_open_cases() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(&dir.path().join("a.db")).unwrap();
    let old = Utc::now() - CDuration::days(400);
    let gone = store.upsert_ad(&ad(1), "DK", None, old).unwrap().ad_id;
    let open = store.upsert_ad(&ad(2), "DK", None, old).unwrap().ad_id;
    let fresh = store
        .upsert_ad(&ad(3), "DK", None, Utc::now())
        .unwrap()
        .ad_id;
    store
        .set_status(
            Target::Ad(gone),
            ReviewStatus::Dismissed,
            "anna",
            Some("no concern"),
        )
        .unwrap();
    store
        .set_status(Target::Ad(open), ReviewStatus::Referred, "anna", None)
        .unwrap();
    let retention = Duration::from_secs(180 * 86_400);
    let dry = store.purge(retention, "test", true).unwrap();
    assert_eq!(dry.ad_ids, vec![gone]);
    assert!(store.ad(gone).unwrap().is_some(), "dry run deletes nothing");
    let report = store.purge(retention, "test", false).unwrap();
    assert_eq!(report.ad_ids, vec![gone]);
    assert_eq!(report.kept_open_cases, 1);
    assert!(store.ad(gone).unwrap().is_none());
    assert!(
        store.events_of(Target::Ad(gone)).unwrap().is_empty(),
        "notes go with the ad"
    );
    assert!(store.ad(open).unwrap().is_some());
    assert!(store.ad(fresh).unwrap().is_some());
    assert_eq!(store.audit_log(Some("purge"), 10).unwrap().len(), 1);
    assert_eq!(store.integrity_check().unwrap(), "ok");
}

/// The daemon (bulk writes) and a reviewer (reads and marks) on one file at
/// once, from separate connections: no "database is locked", nothing lost.
#[test]
fn daemon_and_reviewer_share_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("shared.db");
    let mut seed = Store::open(&path).unwrap();
    let first = seed
        .upsert_ad(&ad(0), "DK", None, Utc::now())
        .unwrap()
        .ad_id;
    drop(seed);
    let daemon_path = path.clone();
    let daemon = std::thread::spawn(move || {
        let mut store = Store::open(&daemon_path).unwrap();
        for n in 1..=400 {
            store.upsert_ad(&ad(n), "DK", None, Utc::now()).unwrap();
        }
    });
    let reviewer_path = path.clone();
    let reviewer = std::thread::spawn(move || {
        let mut store = Store::open(&reviewer_path).unwrap();
        for i in 0..100 {
            let _ = store
                .list_ads(&store::query::ListFilter::default())
                .unwrap();
            store
                .add_note(Target::Ad(first), "ben", &format!("note {i}"))
                .unwrap();
        }
    });
    daemon.join().expect("daemon thread hit an error");
    reviewer.join().expect("reviewer thread hit an error");
    let store = Store::open(&path).unwrap();
    assert_eq!(store.count_ads().unwrap(), 401);
    assert_eq!(store.events_of(Target::Ad(first)).unwrap().len(), 100);
    assert_eq!(store.integrity_check().unwrap(), "ok");
}

/// Issue 14: every ad gets its normalised place beside the raw location;
/// filters and statistics use it, so four spellings are one city.
#[test]
fn places_are_normalised_beside_the_location() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a.db");
    let mut store = Store::open(&path).unwrap();
    let spellings = ["København", "Copenhagen", "Kbh", "CPH", "Ukendt Sted"];
    let mut ids = Vec::new();
    for (n, city) in spellings.iter().enumerate() {
        let mut a = ad(n);
        a.location = Some(city.to_string());
        ids.push(store.upsert_ad(&a, "DK", None, Utc::now()).unwrap().ad_id);
    }
    let cph = store.place_of(ids[2]).unwrap().unwrap();
    assert_eq!(
        (cph.name.as_str(), cph.country.as_deref()),
        ("Copenhagen", Some("DK"))
    );
    assert!(cph.lat.is_some() && cph.lon.is_some());
    let unknown = store.place_of(ids[4]).unwrap().unwrap();
    assert_eq!(
        (unknown.name.as_str(), unknown.country),
        ("Ukendt Sted", None)
    );
    // The raw location is kept as written.
    assert_eq!(
        store.ad(ids[3]).unwrap().unwrap().ad.location.as_deref(),
        Some("CPH")
    );
    let filter = |city: &str| store::query::ListFilter {
        location: Some(city.into()),
        ..Default::default()
    };
    assert_eq!(store.export_ad_ids(&filter("kbh")).unwrap(), ids[..4]);
    assert_eq!(
        store.export_ad_ids(&filter("ukendt sted")).unwrap(),
        [ids[4]]
    );
    // Existing ads (a database from before migration 5, or an older
    // gazetteer) are filled when the store is opened.
    store
        .test_conn()
        .execute_batch(
            "UPDATE ads SET place_name = NULL, place_country = NULL;
             DELETE FROM meta WHERE key = 'places_version';",
        )
        .unwrap();
    drop(store);
    let store = Store::open(&path).unwrap();
    assert_eq!(store.place_of(ids[0]).unwrap().unwrap().name, "Copenhagen");
}

/// Migrations are applied by the versions recorded, not the highest one:
/// a database that reached 5 before 4 existed still gets 4 later.
#[test]
fn a_missing_lower_migration_is_still_applied() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a.db");
    let store = Store::open(&path).unwrap();
    store
        .test_conn()
        .execute_batch("DELETE FROM schema_migrations WHERE version = 3; DROP TABLE link_prints;")
        .unwrap();
    drop(store);
    let store = Store::open(&path).unwrap();
    let n: i64 = store
        .test_conn()
        .query_row(
            "SELECT COUNT(*) FROM schema_migrations WHERE version = 3",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(n, 1);
}

#[test]
fn open_existing_is_read_only_and_never_migrates() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.db");
    let mut store = Store::open(&path).unwrap();
    let id = store
        .upsert_ad(&ad(1), "DK", None, store::now())
        .unwrap()
        .ad_id;
    // A read-only connection reads, and refuses every write with a typed error.
    let reader = Store::open_existing(&path).unwrap();
    assert_eq!(reader.count_ads().unwrap(), 1);
    drop(reader);
    let mut reader = Store::open_existing(&path).unwrap();
    let err = reader
        .set_status(Target::Ad(id), ReviewStatus::Contacted, "anna", None)
        .unwrap_err();
    assert!(matches!(err, store::StoreError::ReadOnly { .. }), "{err:?}");
    assert!(err.to_string().contains("old.db"), "{err}");
    // A database one migration behind, as an older adscreen left it.
    let latest = store::schema::latest_version();
    let m = store::schema::MIGRATIONS;
    let previous = m[m.len() - 2].0;
    store
        .test_conn()
        .execute("DELETE FROM schema_migrations WHERE version = ?1", [latest])
        .unwrap();
    drop(store);
    let err = Store::open_existing(&path).unwrap_err();
    assert!(
        matches!(err, store::StoreError::Outdated { found, known, .. } if found == previous && known == latest),
        "{err:?}"
    );
    let text = err.to_string();
    assert!(
        text.contains("old.db") && text.contains("crawler analyze"),
        "{text}"
    );
    // Nothing was written: the version is still missing.
    let err = Store::open_existing(&path).unwrap_err();
    assert!(matches!(err, store::StoreError::Outdated { .. }), "{err:?}");
}

#[test]
fn a_missing_database_is_not_created_by_the_existing_opens() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("none.db");
    for err in [
        Store::open_existing(&path).unwrap_err(),
        Store::open_existing_writable(&path).unwrap_err(),
    ] {
        assert!(matches!(err, store::StoreError::NoDatabase(_)), "{err:?}");
        assert!(err.to_string().contains("none.db"), "{err}");
    }
    assert!(!path.exists());
}

#[test]
fn frontier_claims_hold_rows_for_their_worker_until_the_lease_ends() {
    use store::frontier::{Discovered, Lease, PageKind};
    use store::prelude::*;
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(&dir.path().join("f.db")).unwrap();
    let found: Vec<Discovered> = (1..=3)
        .map(|n| Discovered {
            url: format!("https://site.invalid/ad/{n}"),
            kind: PageKind::Ad,
            depth: 1,
        })
        .collect();
    let now = store::now();
    store.frontier_add("site", &found, now).unwrap();
    let at = now + CDuration::seconds(1);
    let lease = |worker: &str, minutes: i64| Lease {
        worker: worker.into(),
        until: at + CDuration::minutes(minutes),
    };
    let a = store
        .frontier_claim("site", at, 2, &lease("a", 10))
        .unwrap();
    assert_eq!(a.len(), 2);
    // Another worker gets only the row nobody holds; the holder gets its own back.
    let b = store
        .frontier_claim("site", at, 10, &lease("b", 10))
        .unwrap();
    assert_eq!(b.len(), 1);
    assert!(a.iter().all(|e| e.url != b[0].url));
    let again = store
        .frontier_claim("site", at, 2, &lease("a", 10))
        .unwrap();
    assert_eq!(again, a);
    // Reading does not claim: frontier_due still lists every due row.
    assert_eq!(store.frontier_due("site", at, 10).unwrap().len(), 3);
    // After the lease runs out, the rows go to whoever asks.
    let later = at + CDuration::minutes(11);
    let c = store
        .frontier_claim("site", later, 10, &lease("c", 20))
        .unwrap();
    assert_eq!(c.len(), 3);
}

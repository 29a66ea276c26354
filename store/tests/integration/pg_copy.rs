//! `store::pg::copy` on a real server: a SQLite store with every kind of
//! row copied into PostgreSQL, checked by counts, rows and the answers of
//! the store's roles, then copied again (nothing new), and the refusals.
//! Without PostgreSQL these tests print `SKIPPED: …` and pass.

use chrono::Utc;
use model::Ad;
use store::frontier::{Discovered, PageKind, RunStats};
use store::pg::copy::{copy_from_sqlite, CopyEvent, CopyReport};
use store::pg::testing::fresh_database;
use store::prelude::*;
use store::review::WatchKind;
use store::review::{ReviewStatus, Target};
use store::teamwork::{Channel, DncReason, NewContact, Outcome};
use store::{AnyStore, Location, PgStore, Store, StoreError};

fn pg_url(url: &str) -> store::location::PgUrl {
    match Location::parse(url).unwrap() {
        Location::Postgres(u) => u,
        other => panic!("not postgres: {other:?}"),
    }
}

/// A SQLite store with ads, versions, analysis, links, networks, prints,
/// the change log, sites, frontier rows, a run, review events, notes,
/// watches, assignments, reminders, contacts, do-not-contact and audit.
fn full_sqlite(dir: &tempfile::TempDir) -> std::path::PathBuf {
    let path = dir.path().join("a.db");
    let mut any = AnyStore::open(&Location::Sqlite(path.clone())).unwrap();
    super::pg::scenario(&mut any);
    let s = any.as_sqlite().unwrap();
    // The scenario ends with the change log pruned: one more ad fills it.
    let ten = Ad {
        url: "https://site.invalid/ad/10".into(),
        site: "even".into(),
        text: "Ten, ring 20 12 34 60".into(),
        phones: vec!["+45 20 12 34 60".into()],
        ..Ad::default()
    };
    s.upsert_ad(&ten, "DK", None, Utc::now()).unwrap();
    s.frontier_add(
        "odd",
        &[
            Discovered {
                url: "https://site.invalid/list".into(),
                kind: PageKind::Listing,
                depth: 0,
            },
            Discovered {
                url: "https://site.invalid/ad/1".into(),
                kind: PageKind::Ad,
                depth: 1,
            },
        ],
        Utc::now(),
    )
    .unwrap();
    let run = s.begin_run("odd").unwrap();
    s.finish_run(
        run,
        &RunStats {
            pages: 3,
            new_ads: 2,
            changed_ads: 1,
            errors: 0,
        },
        store::frontier::PassEnd::Complete,
    )
    .unwrap();
    s.set_status(
        Target::Ad(1),
        ReviewStatus::NeedsOutreach,
        "ann",
        Some("call"),
    )
    .unwrap();
    s.set_status(Target::Network(4), ReviewStatus::Agency, "bo", None)
        .unwrap();
    s.add_note(Target::Ad(2), "ann", "same photo as 5").unwrap();
    s.set_watch(WatchKind::Network, "4", "ann", true).unwrap();
    s.set_watch(WatchKind::Phone, "+4520123456", "bo", true)
        .unwrap();
    s.assign(Target::Ad(1), "bo", "ann").unwrap();
    s.remind(
        Target::Network(4),
        chrono::NaiveDate::from_ymd_opt(2026, 4, 1).unwrap(),
        "ann",
    )
    .unwrap();
    s.record_contact(
        &NewContact {
            e164: "+4520123456",
            ad_id: Some(1),
            channel: Channel::Sms,
            outcome: Outcome::Replied,
            note: Some("asked for the clinic's hours"),
        },
        "ann",
    )
    .unwrap();
    s.set_do_not_contact("+4520123457", DncReason::OptedOut, "bo", true)
        .unwrap();
    s.audit("ann", "export", &serde_json::json!({"count": 3}))
        .unwrap();
    path
}

/// What the store's roles answer, as text (reads only).
fn answers(s: &AnyStore) -> Vec<String> {
    let mut log = vec![format!("count {:?}", s.count_ads().unwrap())];
    for id in 1..=10 {
        log.push(format!("ad {id} {:?}", s.ad(id).unwrap()));
        log.push(format!("versions {id} {:?}", s.ad_versions(id).unwrap()));
        log.push(format!("analysis {id} {:?}", s.analysis(id).unwrap()));
        log.push(format!("phones {id} {:?}", s.phones_of(id).unwrap()));
        log.push(format!("links {id} {:?}", s.links_of(id).unwrap()));
        log.push(format!("clusters {id} {:?}", s.clusters_of(id).unwrap()));
        log.push(format!("network of {id} {:?}", s.network_of(id).unwrap()));
    }
    for id in s.network_ids().unwrap() {
        log.push(format!("network {id} {:?}", s.network(id).unwrap()));
    }
    log.push(format!("blocked {:?}", s.blocked_phones().unwrap()));
    log.push(format!("metas {:?}", s.link_metas().unwrap()));
    log.push(format!("changes {:?}", s.link_changes_since(0).unwrap()));
    log.push(format!("generation {:?}", s.link_generation().unwrap()));
    log.push(format!("sites {:?}", s.sites().unwrap()));
    log.push(format!("frontier {:?}", s.frontier_counts(None).unwrap()));
    log.push(format!(
        "entry {:?}",
        s.frontier_entry("https://site.invalid/list").unwrap()
    ));
    log.push(format!("runs {:?}", s.last_runs().unwrap()));
    log
}

fn pg_rows(url: &str, sql: &str) -> Vec<String> {
    let mut c = postgres::Client::connect(url, postgres::NoTls).unwrap();
    c.query(sql, &[])
        .unwrap()
        .iter()
        .map(|r| r.get::<_, String>(0))
        .collect()
}

fn lite_rows(path: &std::path::Path, sql: &str) -> Vec<String> {
    let c = rusqlite::Connection::open(path).unwrap();
    let mut st = c.prepare(sql).unwrap();
    st.query_map([], |r| r.get::<_, String>(0))
        .unwrap()
        .map(|r| r.unwrap())
        .collect()
}

fn copy(src: &Store, url: &str) -> (Result<CopyReport, StoreError>, Vec<String>) {
    let mut pg = PgStore::open(&pg_url(url)).unwrap();
    let mut events = Vec::new();
    let r = copy_from_sqlite(src, &mut pg, &mut |e| {
        if let CopyEvent::Checked(c) = e {
            events.push(format!("{} {} {}", c.table, c.source, c.target));
        }
    });
    (r, events)
}

#[test]
fn a_whole_store_is_copied_and_answers_the_same_and_again_is_safe() {
    let Some(url) = fresh_database("copy") else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let path = full_sqlite(&dir);
    let src = Store::open_existing_writable(&path).unwrap();
    let (report, checked) = copy(&src, &url);
    let report = report.unwrap();
    let by_table = |t: &str| {
        report
            .tables
            .iter()
            .find(|c| c.table == t)
            .unwrap_or_else(|| panic!("{t} not copied: {report:?}"))
    };
    for t in [
        "ads",
        "ad_versions",
        "phones",
        "images",
        "analysis",
        "ad_indicators",
        "links",
        "clusters",
        "networks",
        "network_members",
        "link_changes",
        "review_queue",
        "sites",
        "frontier",
        "crawl_runs",
        "reviews",
        "review_events",
        "watch",
        "audit",
        "assignments",
        "reminders",
        "contacts",
        "do_not_contact",
        "meta",
    ] {
        let c = by_table(t);
        assert!(c.source > 0, "{t}: the fixture has no rows: {c:?}");
        assert_eq!(c.source, c.target, "{t}");
        assert!(c.copied > 0, "{t}: {c:?}");
    }
    assert_eq!(checked.len(), report.tables.len());
    // Foreign-key order: ads before what points at them.
    let pos = |t: &str| report.tables.iter().position(|c| c.table == t).unwrap();
    assert!(pos("ads") < pos("phones") && pos("ads") < pos("network_members"));
    assert!(
        report.sqlite_only.iter().any(|t| t == "tally_counts"),
        "{report:?}"
    );
    assert!(report.sequences >= 6, "{report:?}");
    // Rows, ids included (phones.id is SQLite's rowid).
    for (lite, pg) in [
        (
            "SELECT id || ' ' || target_kind || ' ' || target_id || ' ' || reviewer || ' ' || kind || ' ' || COALESCE(status, '-') || ' ' || COALESCE(note, '-') FROM review_events ORDER BY id",
            "SELECT id || ' ' || target_kind || ' ' || target_id || ' ' || reviewer || ' ' || kind || ' ' || COALESCE(status, '-') || ' ' || COALESCE(note, '-') FROM review_events ORDER BY id",
        ),
        (
            "SELECT rowid || ' ' || ad_id || ' ' || e164 || ' ' || obfuscated FROM phones ORDER BY rowid",
            "SELECT id || ' ' || ad_id || ' ' || e164 || ' ' || obfuscated::int FROM phones ORDER BY id",
        ),
        (
            "SELECT e164 || ' ' || channel || ' ' || outcome || ' ' || at FROM contacts",
            "SELECT e164 || ' ' || channel || ' ' || outcome || ' ' || at FROM contacts",
        ),
        (
            "SELECT ad_id || ' ' || CAST(ROUND(score * 100) AS INTEGER) || ' ' || net_size FROM review_queue ORDER BY ad_id",
            "SELECT ad_id || ' ' || CAST(ROUND(score * 100) AS INTEGER) || ' ' || net_size FROM review_queue ORDER BY ad_id",
        ),
        (
            "SELECT key || '=' || value FROM meta WHERE key NOT LIKE 'places%' ORDER BY key",
            "SELECT key || '=' || value FROM meta WHERE key NOT LIKE 'places%' ORDER BY key",
        ),
    ] {
        let (a, b) = (lite_rows(&path, lite), pg_rows(&url, pg));
        assert!(!a.is_empty(), "{lite}");
        assert_eq!(a, b, "{pg}");
    }
    // The roles answer the same on both.
    let on_pg = AnyStore::open(&Location::parse(&url).unwrap()).unwrap();
    let on_lite = AnyStore::open(&Location::Sqlite(path.clone())).unwrap();
    let (a, b) = (answers(&on_lite), answers(&on_pg));
    assert_eq!(a.len(), b.len());
    for (x, y) in a.iter().zip(&b) {
        assert_eq!(x, y, "SQLite (left) and PostgreSQL (right) differ");
    }
    drop(on_pg);
    // Again: nothing new, the same counts.
    let (again, _) = copy(&src, &url);
    let again = again.unwrap();
    for c in &again.tables {
        assert_eq!(c.source, c.target, "{c:?}");
        if c.table != "meta" {
            assert_eq!(c.copied, 0, "{c:?}");
        }
    }
    // The sequences were moved on: a new ad gets the next id.
    let mut on_pg = AnyStore::open(&Location::parse(&url).unwrap()).unwrap();
    let max = by_table("ads").source;
    let ad = Ad {
        url: "https://site.invalid/after".into(),
        site: "odd".into(),
        text: "After the copy".into(),
        ..Ad::default()
    };
    let up = on_pg.upsert_ad(&ad, "DK", None, Utc::now()).unwrap();
    assert!(up.ad_id > max, "{up:?} after {max} ads");
}

#[test]
fn a_target_holding_other_ads_is_refused_before_writing() {
    let Some(url) = fresh_database("copyother") else {
        return;
    };
    let mut other = AnyStore::open(&Location::parse(&url).unwrap()).unwrap();
    let ad = Ad {
        url: "https://elsewhere.invalid/1".into(),
        site: "elsewhere".into(),
        text: "Another store's ad".into(),
        ..Ad::default()
    };
    other.upsert_ad(&ad, "DK", None, Utc::now()).unwrap();
    drop(other);
    let dir = tempfile::tempdir().unwrap();
    let src = Store::open_existing_writable(&full_sqlite(&dir)).unwrap();
    let (r, checked) = copy(&src, &url);
    match r {
        Err(StoreError::TargetDiffers { table, id }) => {
            assert_eq!((table.as_str(), id), ("ads", 1))
        }
        other => panic!("not refused: {other:?}"),
    }
    assert!(checked.is_empty());
    assert_eq!(
        pg_rows(&url, "SELECT count(*)::text FROM review_events"),
        ["0"]
    );
}

#[test]
fn a_count_that_differs_is_an_error_naming_the_table() {
    let Some(url) = fresh_database("copycount") else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let src = Store::open_existing_writable(&full_sqlite(&dir)).unwrap();
    copy(&src, &url).0.unwrap();
    let mut c = postgres::Client::connect(&url, postgres::NoTls).unwrap();
    c.batch_execute(
        "INSERT INTO do_not_contact (e164, reason, added_by, added_at)
         VALUES ('+4599999999', 'opted_out', 'cy', '2026-01-01T00:00:00Z')",
    )
    .unwrap();
    match copy(&src, &url).0 {
        Err(e @ StoreError::CopyMismatch { .. }) => {
            let StoreError::CopyMismatch {
                table,
                source_rows,
                target_rows,
            } = &e
            else {
                unreachable!()
            };
            assert_eq!(
                (table.as_str(), *source_rows + 1),
                ("do_not_contact", *target_rows)
            );
            assert!(e.to_string().contains("table do_not_contact"), "{e}");
        }
        other => panic!("no mismatch: {other:?}"),
    }
}

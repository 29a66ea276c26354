//! `review subject` and `review erase` on PostgreSQL (a real server, see
//! `store::pg::testing`): the owner's access report is SQLite's for the same
//! store, a reviewer is refused, and the owner's erasure leaves no row of
//! the number in any table and links the networks again. Without
//! PostgreSQL the test prints `SKIPPED: …` and passes.

use crate::support::{fill, fixture, LINA_TEXT};
use std::process::{Command, Output, Stdio};
use store::pg::testing::{as_role, create_role, fresh_database, postgres};
use store::prelude::*;
use store::{AnyStore, Location, PgStore};

fn review(db: &str, argv: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_review"))
        .arg("--db")
        .arg(db)
        .args(["--lang", "en"])
        .args(argv)
        .env_remove("ADSCREEN_DB")
        .env_remove("ADSCREEN_REVIEWER")
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

/// `v` with every time blanked (the stores were filled at different moments).
fn without_times(v: &mut serde_json::Value) {
    match v {
        serde_json::Value::String(s) if store::parse_time(s).is_some() => *s = "T".into(),
        serde_json::Value::Array(a) => a.iter_mut().for_each(without_times),
        serde_json::Value::Object(o) => o.values_mut().for_each(without_times),
        _ => {}
    }
}

fn report(db: &str) -> serde_json::Value {
    let o = review(db, &["subject", "--phone", "20 12 34 56", "--json"]);
    assert!(o.status.success(), "{}", text(&o));
    let mut v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    without_times(&mut v);
    // Audit entries are the backend's own (ids, actors): compared by action.
    let actions: Vec<serde_json::Value> = v["audit_mentions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m[3].clone())
        .collect();
    v["audit_mentions"] = serde_json::json!(actions);
    v
}

/// Text columns of any table holding `needle`, read as the owner.
fn rows_holding(sql: &mut postgres::Client, needle: &str) -> Vec<String> {
    let columns = sql
        .query(
            "SELECT table_name::text, column_name::text FROM information_schema.columns
             WHERE table_schema = 'public' AND data_type = 'text'",
            &[],
        )
        .unwrap();
    let mut found = Vec::new();
    for c in columns {
        let (t, col): (String, String) = (c.get(0), c.get(1));
        let n: i64 = sql
            .query_one(
                &format!("SELECT count(*) FROM \"{t}\" WHERE strpos(\"{col}\", $1) > 0"),
                &[&needle],
            )
            .unwrap()
            .get(0);
        if n > 0 {
            found.push(format!("{t}.{col}"));
        }
    }
    found
}

#[test]
fn the_owner_reports_as_sqlite_and_erases_on_postgres() {
    let Some(url) = fresh_database("reviewerase") else {
        return;
    };
    let Location::Postgres(u) = Location::parse(&url).unwrap() else {
        unreachable!()
    };
    let mut owner = PgStore::open(&u).unwrap();
    fill(&mut owner);
    owner.add_org("reden", None).unwrap();
    let anna = format!("anna_{}_reviewerase", std::process::id());
    create_role(&url, &anna);
    owner.add_reviewer(&anna, "reden").unwrap();
    drop(owner);
    let as_anna = as_role(&url, &anna);
    // A note of Anna's organisation mentions the number; the owner reaches it.
    let o = review(&as_anna, &["note", "3", "same number as +45 20 12 34 56?"]);
    assert!(o.status.success(), "{}", text(&o));

    // The access report is SQLite's for the same store.
    let lite = fixture();
    let lite_db = lite.path.to_str().unwrap().to_string();
    let o = review(
        &lite_db,
        &[
            "--reviewer",
            "x",
            "note",
            "3",
            "same number as +45 20 12 34 56?",
        ],
    );
    assert!(o.status.success(), "{}", text(&o));
    let (on_pg, on_lite) = (report(&url), report(&lite_db));
    assert_eq!(on_pg["ads"].as_array().unwrap().len(), 2);
    assert_eq!(on_pg["ads"], on_lite["ads"]);
    assert_eq!(on_pg["audit_mentions"], on_lite["audit_mentions"]);
    assert_eq!(on_pg, on_lite);

    // A reviewer may neither report nor erase.
    for argv in [
        &["subject", "--phone", "20 12 34 56"][..],
        &["erase", "--phone", "20 12 34 56", "--yes"][..],
    ] {
        let o = review(&as_anna, argv);
        assert!(!o.status.success(), "{}", text(&o));
        assert!(text(&o).contains("store's owner"), "{}", text(&o));
    }
    let s = AnyStore::open(&Location::parse(&url).unwrap()).unwrap();
    assert_eq!(s.count_ads().unwrap(), 5, "a refused erasure deleted");

    // The owner erases: no row of the number or its ads' text is left.
    let o = review(&url, &["erase", "--phone", "+45 20 12 34 56", "--yes"]);
    assert!(o.status.success(), "{}", text(&o));
    assert!(
        text(&o).contains("Erased +4520123456: 2 ads"),
        "{}",
        text(&o)
    );
    assert!(text(&o).contains("write-ahead log"), "{}", text(&o));
    assert_eq!(s.count_ads().unwrap(), 3);
    let mut sql = postgres::Client::connect(&url, postgres::NoTls).unwrap();
    for needle in ["+4520123456", "20 12 34 56", "Lina", "Sofia", LINA_TEXT] {
        assert_eq!(
            rows_holding(&mut sql, needle),
            Vec::<String>::new(),
            "`{needle}` is left"
        );
    }
    let log = s.audit_log(Some("erasure"), 5).unwrap();
    assert_eq!(log.len(), 1);
    // The store was linked again (the fixture's links were written by no
    // linker: only the erasure's re-linking records a link generation) and
    // no network keeps an erased ad.
    assert!(
        s.link_generation().unwrap().is_some(),
        "not linked again after the erasure"
    );
    for id in s.network_ids().unwrap() {
        let n = s.network(id).unwrap().unwrap();
        assert!(!n.ad_ids.contains(&1) && !n.ad_ids.contains(&2), "{n:?}");
    }
    // Anna's note stays, without the number.
    let notes = s.events_of(store::review::Target::Ad(3)).unwrap();
    assert!(
        notes
            .iter()
            .any(|e| e.note.as_deref() == Some("same number as [erased]?")),
        "{notes:?}"
    );
}

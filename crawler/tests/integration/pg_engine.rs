//! `crawler import` and `crawler analyze` on PostgreSQL (a real server, see
//! `store::pg::testing`), compared with the same commands on SQLite: the
//! same ads, analyses, phones, links, clusters, network partition and
//! block-list, read back through the store API. Without PostgreSQL the
//! tests print `SKIPPED: …` and pass.

use std::path::Path;
use std::process::{Command, Output};
use store::pg::testing::fresh_database;
use store::prelude::*;
use store::{AnyStore, Location};

fn crawler(args: &[&str], env_db: Option<&str>) -> Output {
    let mut c = Command::new(env!("CARGO_BIN_EXE_crawler"));
    c.args(args)
        .env_remove("ADSCREEN_DB")
        .env_remove("ADSCREEN_CONFIG");
    if let Some(db) = env_db {
        c.env("ADSCREEN_DB", db);
    }
    c.output().expect("run crawler")
}

fn ok(o: &Output) -> String {
    let (out, err) = (
        String::from_utf8_lossy(&o.stdout).into_owned(),
        String::from_utf8_lossy(&o.stderr).into_owned(),
    );
    assert!(o.status.success(), "crawler failed\n{out}\n{err}");
    out
}

fn corpus() -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../bench/linkeval/corpus.jsonl")
        .to_string_lossy()
        .into_owned()
}

/// Everything the engine wrote, as text, without the times of the run.
fn read_back(s: &AnyStore) -> Vec<String> {
    let mut out = Vec::new();
    let n = s.count_ads().unwrap();
    out.push(format!("ads: {n}"));
    for id in 1..=n {
        let mut ad = s.ad(id).unwrap().expect("ads are numbered from 1");
        ad.first_seen = Default::default();
        ad.last_seen = Default::default();
        out.push(format!("ad {id}: {ad:?}"));
        out.push(format!("analysis {id}: {:?}", s.analysis(id).unwrap()));
        out.push(format!("phones {id}: {:?}", s.phones_of(id).unwrap()));
        out.push(format!("links {id}: {:?}", s.links_of(id).unwrap()));
        out.push(format!("clusters {id}: {:?}", s.clusters_of(id).unwrap()));
        out.push(format!("network of {id}: {:?}", s.network_of(id).unwrap()));
    }
    for id in s.network_ids().unwrap() {
        let net = s.network(id).unwrap().unwrap();
        out.push(format!("network {id}: {:?}", net.ad_ids));
    }
    out.push(format!("blocked: {:?}", s.blocked_phones().unwrap()));
    out.push(format!("sites: {:?}", s.sites().unwrap()));
    out
}

fn compare(pg: &[String], sqlite: &[String]) {
    assert_eq!(
        pg.len(),
        sqlite.len(),
        "{:?} vs {:?}",
        pg.first(),
        sqlite.first()
    );
    for (a, b) in pg.iter().zip(sqlite) {
        assert_eq!(a, b, "PostgreSQL (left) and SQLite (right) differ");
    }
}

#[test]
fn import_and_analyze_on_postgres_give_what_sqlite_gives() {
    let Some(url) = fresh_database("engine") else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let file = corpus();
    let db = format!("sqlite:{}", dir.path().join("a.db").display());
    let on_sqlite = ok(&crawler(&["import", &file, "--db", &db], None));
    // The URL from $ADSCREEN_DB, as an operator sets it once.
    let on_pg = ok(&crawler(&["import", &file], Some(&url)));
    assert!(on_pg.contains("imported 1480 ads"), "{on_pg}");
    assert_eq!(
        on_pg.split(" into ").next(),
        on_sqlite.split(" into ").next(),
        "the summaries differ"
    );
    let pg = AnyStore::open(&Location::parse(&url).unwrap()).unwrap();
    let sq = AnyStore::open(&Location::parse(&db).unwrap()).unwrap();
    let (p, q) = (read_back(&pg), read_back(&sq));
    assert!(
        p.iter().any(|l| l.starts_with("network ")),
        "the corpus makes networks"
    );
    compare(&p, &q);
    drop((pg, sq));
    // A full re-link from the stored data, on both.
    let a = ok(&crawler(&["analyze", "--relink", "--db", &url], None));
    let b = ok(&crawler(&["analyze", "--relink", "--db", &db], None));
    assert_eq!(a, b);
    let pg = AnyStore::open(&Location::parse(&url).unwrap()).unwrap();
    let sq = AnyStore::open(&Location::parse(&db).unwrap()).unwrap();
    compare(&read_back(&pg), &read_back(&sq));
}

#[test]
fn commands_not_on_postgres_yet_say_so() {
    let url = "postgres://ann:secret@127.0.0.1:1/adscreen";
    let o = crawler(&["demo", "--db", url], None);
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(1), "{err}");
    assert!(
        err.contains("`crawler demo` does not work on PostgreSQL yet"),
        "{err}"
    );
    assert!(
        !err.contains("secret"),
        "the password is not printed: {err}"
    );
    let o = crawler(&["analyze", "--db", "mysql://h/db"], None);
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("unsupported database location scheme `mysql://`"),
        "{err}"
    );
    let o = crawler(&["analyze", "--db", "postgres://h"], None);
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("no database name"), "{err}");
}

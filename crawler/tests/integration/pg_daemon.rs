//! Two `crawler daemon` processes on one PostgreSQL store against loopback
//! fixture sites: they share the sites through host leases (every ad page
//! fetched once), store, analyse and link the ads, purge an ad past the
//! retention period, and stop cleanly on SIGTERM. Without PostgreSQL the
//! test prints `SKIPPED: …` and passes.

use crate::crawl_support::MiniSite;
use fixtures::{BlockingFixtureServer, FaultConfig};
use std::collections::HashMap;
use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};
use store::pg::testing::fresh_database;
use store::prelude::*;
use store::{AnyStore, Location};

fn write_profile(dir: &Path, name: &str, base: &str) {
    std::fs::write(
        dir.join(format!("{name}.toml")),
        format!(
            r#"name = "{name}"
base_url = "{base}"
start_urls = ["/list?page=1"]
allowed_query_params = ["page"]
requests_per_second = 20.0
concurrency = 2
recrawl_interval = "12h"
max_duration = "2m"
[selectors]
ad_links = "a.ad@href"
next_page = "a.next@href"
text = ".text"
name = ".name"
phone = ".phone"
"#
        ),
    )
    .unwrap();
}

/// A daemon on `db`, its standard error sent line by line to `tx` (tagged
/// with `n`).
fn daemon(
    config: &Path,
    db: &str,
    contact: &str,
    n: usize,
    tx: mpsc::Sender<(usize, String)>,
) -> Child {
    let mut child = Command::new(env!("CARGO_BIN_EXE_crawler"))
        .arg("--config")
        .arg(config)
        .args(["--db", db, "daemon", "--contact", contact])
        .env_remove("ADSCREEN_DB")
        .env_remove("ADSCREEN_CONFIG")
        .env_remove("ADSCREEN_WORKER")
        .env("RUST_LOG", "warn")
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start crawler daemon");
    let stderr = child.stderr.take().unwrap();
    std::thread::spawn(move || {
        for line in BufReader::new(stderr).lines().map_while(Result::ok) {
            if tx.send((n, line)).is_err() {
                break;
            }
        }
    });
    child
}

fn stop(mut child: Child) -> std::process::ExitStatus {
    let pid = child.id().to_string();
    assert!(Command::new("kill")
        .args(["-TERM", &pid])
        .status()
        .unwrap()
        .success());
    let deadline = Instant::now() + Duration::from_secs(15);
    loop {
        if let Some(s) = child.try_wait().unwrap() {
            return s;
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            panic!("daemon still running 15 s after SIGTERM");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// Every ad of the store has an analysis.
fn all_analysed(s: &AnyStore, ads: i64) -> bool {
    let mut seen = 0;
    for id in 1..=ads + 5 {
        if s.ad(id).unwrap().is_some() {
            if s.analysis(id).unwrap().is_none() {
                return false;
            }
            seen += 1;
        }
    }
    seen == ads
}

#[test]
fn two_daemons_on_postgres_share_the_sites_analyse_and_purge() {
    let Some(db) = fresh_database("daemons") else {
        return;
    };
    let n = 8u32;
    let (site_a, site_b) = (MiniSite::new(n, 4), MiniSite::new(n, 4));
    let server_a = BlockingFixtureServer::start(site_a.spec(), FaultConfig::none()).unwrap();
    let server_b = BlockingFixtureServer::start(site_b.spec(), FaultConfig::none()).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let profiles = dir.path().join("profiles");
    std::fs::create_dir(&profiles).unwrap();
    write_profile(&profiles, "mini-a", &server_a.base_url());
    write_profile(&profiles, "mini-b", &server_b.base_url());
    let config = dir.path().join("config.toml");
    std::fs::write(
        &config,
        format!(
            "profiles = \"{}\"\nretention = \"30d\"\n",
            profiles.display()
        ),
    )
    .unwrap();
    // An ad last seen long ago: the first purge takes it.
    let old = {
        let mut s = AnyStore::open(&Location::parse(&db).unwrap()).unwrap();
        let ad = indicators::Ad {
            url: "https://gone.invalid/ad/1".into(),
            site: "gone".into(),
            text: "An ad from last year".into(),
            ..indicators::Ad::default()
        };
        let seen = store::now() - chrono::Duration::days(400);
        s.upsert_ad(&ad, "DK", None, seen).unwrap().ad_id
    };

    let (tx, rx) = mpsc::channel();
    let d1 = daemon(&config, &db, "mailto:d1@example.org", 1, tx.clone());
    let d2 = daemon(&config, &db, "mailto:d2@example.org", 2, tx);
    let mut lines: Vec<(usize, String)> = Vec::new();
    let mut passes: HashMap<usize, usize> = HashMap::new();
    let s = AnyStore::open(&Location::parse(&db).unwrap()).unwrap();
    let deadline = Instant::now() + Duration::from_secs(90);
    let want = 2 * i64::from(n);
    loop {
        while let Ok(l) = rx.try_recv() {
            if l.1.starts_with("crawler: mini-") && l.1.contains(" — pass ") {
                *passes.entry(l.0).or_default() += 1;
            }
            lines.push(l);
        }
        let done = passes.get(&1).copied().unwrap_or(0) >= 2
            && passes.get(&2).copied().unwrap_or(0) >= 2
            && s.count_ads().unwrap() == want
            && all_analysed(&s, want);
        if done {
            break;
        }
        if Instant::now() > deadline {
            panic!(
                "the daemons did not crawl and analyse both sites: {} ads; stderr: {lines:#?}",
                s.count_ads().unwrap()
            );
        }
        std::thread::sleep(Duration::from_millis(200));
    }
    let (st1, st2) = (stop(d1), stop(d2));
    while let Ok(l) = rx.recv_timeout(Duration::from_secs(2)) {
        lines.push(l);
    }
    assert!(
        st1.success() && st2.success(),
        "{st1:?} {st2:?}; {lines:#?}"
    );
    for who in [1, 2] {
        assert!(
            lines
                .iter()
                .any(|(w, l)| *w == who && l.contains("daemon stopped cleanly")),
            "daemon {who} did not stop cleanly: {lines:#?}"
        );
    }
    // The purge ran (the owner's daemons), recorded in the audit log.
    assert!(s.ad(old).unwrap().is_none(), "the old ad was not purged");
    assert!(!s.audit_log(Some("purge"), 10).unwrap().is_empty());
    // Linking ran: the mini sites' ads share numbers.
    assert!(!s.network_ids().unwrap().is_empty(), "no network linked");
    // Host leases: every ad page fetched once, by one daemon or the other.
    for (site, server) in [("mini-a", &server_a), ("mini-b", &server_b)] {
        let mut counts: HashMap<String, usize> = HashMap::new();
        for r in server.requests() {
            if r.path.starts_with("/ad/") {
                *counts.entry(r.path.clone()).or_default() += 1;
            }
        }
        assert_eq!(counts.len(), n as usize + 1, "{site}: {counts:?}");
        let twice: Vec<_> = counts.iter().filter(|(_, &k)| k > 1).collect();
        assert!(
            twice.is_empty(),
            "{site}: fetched more than once: {twice:?}"
        );
    }
    drop(s);
    server_a.shutdown();
    server_b.shutdown();
}

#[test]
fn a_daemon_that_is_not_the_owner_crawls_and_skips_the_purge() {
    let Some(db) = fresh_database("daemonrole") else {
        return;
    };
    let site = MiniSite::new(4, 4);
    let server = BlockingFixtureServer::start(site.spec(), FaultConfig::none()).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let profiles = dir.path().join("profiles");
    std::fs::create_dir(&profiles).unwrap();
    write_profile(&profiles, "mini-a", &server.base_url());
    let config = dir.path().join("config.toml");
    std::fs::write(
        &config,
        format!(
            "profiles = \"{}\"\nretention = \"30d\"\n",
            profiles.display()
        ),
    )
    .unwrap();
    let old = {
        let mut s = AnyStore::open(&Location::parse(&db).unwrap()).unwrap();
        let ad = indicators::Ad {
            url: "https://gone.invalid/ad/1".into(),
            site: "gone".into(),
            text: "An ad from last year".into(),
            ..indicators::Ad::default()
        };
        let seen = store::now() - chrono::Duration::days(400);
        s.upsert_ad(&ad, "DK", None, seen).unwrap().ad_id
    };
    // The crawler's role of deploy/roles.sql: it writes, owns nothing.
    let role = format!("crawler_{}_daemonrole", std::process::id());
    store::pg::testing::create_role(&db, &role);
    let mut admin =
        store::pg::testing::postgres::Client::connect(&db, store::pg::testing::postgres::NoTls)
            .unwrap();
    admin
        .batch_execute(&format!(
            "GRANT USAGE ON SCHEMA public TO \"{role}\";
             GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO \"{role}\";
             GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO \"{role}\";
             GRANT EXECUTE ON FUNCTION adscreen_carry_network(BIGINT, BIGINT) TO \"{role}\";"
        ))
        .unwrap();
    let as_crawler = store::pg::testing::as_role(&db, &role);
    let (tx, rx) = mpsc::channel();
    let d = daemon(&config, &as_crawler, "mailto:d@example.org", 1, tx);
    let s = AnyStore::open(&Location::parse(&db).unwrap()).unwrap();
    let mut lines = Vec::new();
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        while let Ok(l) = rx.try_recv() {
            lines.push(l.1);
        }
        let passed = lines
            .iter()
            .any(|l| l.starts_with("crawler: mini-a — pass "));
        if passed && s.count_ads().unwrap() == 5 && all_analysed(&s, 5) {
            break;
        }
        if Instant::now() > deadline {
            panic!("the daemon did not crawl and analyse: {lines:#?}");
        }
        std::thread::sleep(Duration::from_millis(200));
    }
    let st = stop(d);
    while let Ok(l) = rx.recv_timeout(Duration::from_secs(2)) {
        lines.push(l.1);
    }
    assert!(st.success(), "{st:?}: {lines:#?}");
    assert!(
        lines
            .iter()
            .any(|l| l.contains("retention purge skipped") && l.contains("not the store's owner")),
        "{lines:#?}"
    );
    assert!(s.ad(old).unwrap().is_some(), "a non-owner purged");
    assert!(s.audit_log(Some("purge"), 10).unwrap().is_empty());
    drop(s);
    server.shutdown();
}

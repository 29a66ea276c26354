//! Load (issue 8): the daemon crawls the large fixture site while several
//! reviewers (each with its own connection, as separate `review` processes
//! have) list, filter, mark and note. No lock error may reach a reviewer, no
//! update may be lost, and response times are reported. Reduced form here
//! (`RELIABILITY_LOAD_SECS`, default 8); the long form is
//! `bench/reliability/load.sh`.

use adscreen_tests::reliability::{write_profile, Rng};
use fixtures::{BlockingFixtureServer, FaultConfig};
use std::collections::BTreeMap;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};
use store::prelude::*;
use store::query::ListFilter;
use store::review::{ReviewStatus, Target};
use store::Store;

#[derive(Default)]
struct Worker {
    list: Vec<Duration>,
    write: Vec<Duration>,
    errors: Vec<String>,
    /// (event id, ad id, status set) for every status change the store confirmed.
    marks: Vec<(i64, i64, ReviewStatus)>,
    notes: Vec<i64>,
}

fn reviewer(db: std::path::PathBuf, seed: u64, until: Instant) -> Worker {
    let mut w = Worker::default();
    let mut rng = Rng::new(seed);
    let name = format!("reviewer-{seed}");
    let statuses = [
        ReviewStatus::NeedsOutreach,
        ReviewStatus::Contacted,
        ReviewStatus::Dismissed,
        ReviewStatus::Referred,
    ];
    let mut store = loop {
        match Store::open(&db) {
            Ok(s) => break s,
            Err(e) if Instant::now() < until => {
                // The daemon creates the file; wait for it rather than race.
                let _ = e;
                std::thread::sleep(Duration::from_millis(50));
            }
            Err(e) => panic!("reviewer cannot open the store: {e}"),
        }
    };
    let filters = [
        ListFilter {
            limit: 50,
            ..ListFilter::default()
        },
        ListFilter {
            indicator: Some("youth_terms".into()),
            limit: 50,
            ..ListFilter::default()
        },
        ListFilter {
            location: Some("Aarhus".into()),
            min_score: Some(1.0),
            limit: 50,
            ..ListFilter::default()
        },
        ListFilter {
            status: Some(ReviewStatus::NeedsOutreach),
            limit: 50,
            ..ListFilter::default()
        },
    ];
    while Instant::now() < until {
        let f = &filters[rng.range(0, filters.len() as u64) as usize];
        let t = Instant::now();
        let ads = match store.list_ads(f) {
            Ok(a) => a,
            Err(e) => {
                w.errors.push(format!("list: {e}"));
                continue;
            }
        };
        w.list.push(t.elapsed());
        let ids: Vec<i64> = match store.list_ads(&filters[0]) {
            Ok(a) => a.iter().map(|s| s.id).collect(),
            Err(e) => {
                w.errors.push(format!("list: {e}"));
                continue;
            }
        };
        let _ = ads;
        if ids.is_empty() {
            std::thread::sleep(Duration::from_millis(20));
            continue;
        }
        let ad = ids[rng.range(0, ids.len() as u64) as usize];
        let status = statuses[rng.range(0, statuses.len() as u64) as usize];
        let t = Instant::now();
        match store.set_status(Target::Ad(ad), status, &name, None) {
            Ok(id) => w.marks.push((id, ad, status)),
            Err(e) => w.errors.push(format!("mark: {e}")),
        }
        match store.add_note(Target::Ad(ad), &name, "checked under load") {
            Ok(id) => w.notes.push(id),
            Err(e) => w.errors.push(format!("note: {e}")),
        }
        w.write.push(t.elapsed() / 2);
    }
    w
}

fn percentile(v: &mut [Duration], p: f64) -> Duration {
    if v.is_empty() {
        return Duration::ZERO;
    }
    v.sort();
    v[((v.len() - 1) as f64 * p).round() as usize]
}

#[test]
fn reviewers_work_while_the_daemon_crawls() {
    let secs: u64 = std::env::var("RELIABILITY_LOAD_SECS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(8);
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("load.db");
    let server =
        BlockingFixtureServer::start(fixtures::large_site(1000, 5), FaultConfig::none()).unwrap();
    let profiles = dir.path().join("profiles");
    write_profile(
        &profiles,
        "largeboard",
        &server.base_url(),
        &[("recrawl_interval", "\"2s\"")],
    )
    .unwrap();
    // Seed the store so reviewers have ads from the first second.
    {
        let mut s = Store::open(&db).unwrap();
        for i in 0..200 {
            let ad = indicators::Ad {
                url: format!("https://seed.invalid/{i}"),
                site: "seed".into(),
                text: format!("Young girl number {i}, new in Aarhus."),
                location: Some("Aarhus".into()),
                ..indicators::Ad::default()
            };
            s.upsert_ad(&ad, "DK", None, store::now()).unwrap();
        }
    }
    let daemon = Command::new(env!("CARGO_BIN_EXE_adscreen-reliability"))
        .arg("crawler")
        .arg("--db")
        .arg(&db)
        .args(["daemon", "--contact", "load@example.invalid", "--profiles"])
        .arg(&profiles)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let until = Instant::now() + Duration::from_secs(secs);
    let workers: Vec<_> = (0..4u64)
        .map(|i| {
            let db = db.clone();
            std::thread::spawn(move || reviewer(db, i + 1, until))
        })
        .collect();
    let results: Vec<Worker> = workers.into_iter().map(|h| h.join().unwrap()).collect();
    // Stop the daemon the way an operator does (SIGTERM) and expect a clean stop.
    let pid = daemon.id().to_string();
    let _ = Command::new("kill").args(["-TERM", &pid]).status();
    let out = daemon.wait_with_output().unwrap();
    let daemon_err = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success(),
        "daemon: {:?}\n{daemon_err}",
        out.status
    );
    assert!(daemon_err.contains("stopped cleanly"), "{daemon_err}");
    assert!(!daemon_err.contains("locked"), "{daemon_err}");
    server.shutdown();

    let errors: Vec<&String> = results.iter().flat_map(|w| &w.errors).collect();
    assert!(errors.is_empty(), "reviewers saw errors: {errors:?}");
    // No lost update: every confirmed event is stored, and each ad's status
    // is the one its last confirmed status event set.
    let store = Store::open(&db).unwrap();
    assert_eq!(store.integrity_check().unwrap(), "ok");
    let mut last: BTreeMap<i64, (i64, ReviewStatus)> = BTreeMap::new();
    let mut total = 0;
    for w in &results {
        total += w.marks.len() + w.notes.len();
        for &(id, ad, status) in &w.marks {
            let e = last.entry(ad).or_insert((id, status));
            if id > e.0 {
                *e = (id, status);
            }
        }
    }
    let stored: i64 = store
        .test_conn()
        .query_row("SELECT COUNT(*) FROM review_events", [], |r| r.get(0))
        .unwrap();
    assert_eq!(
        stored as usize, total,
        "every confirmed review event is stored"
    );
    for (ad, (_, status)) in &last {
        assert_eq!(
            store.status_of(Target::Ad(*ad)).unwrap(),
            *status,
            "ad {ad}"
        );
    }
    let crawled: i64 = store
        .test_conn()
        .query_row(
            "SELECT COUNT(*) FROM ads WHERE site = 'largeboard'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert!(crawled > 0, "the daemon stored ads meanwhile");
    let mut list: Vec<Duration> = results.iter().flat_map(|w| w.list.clone()).collect();
    let mut write: Vec<Duration> = results.iter().flat_map(|w| w.write.clone()).collect();
    eprintln!(
        "load: {secs}s, 4 reviewers, daemon stored {crawled} ads; {} lists p50 {:?} p95 {:?} max {:?}; {} writes p50 {:?} p95 {:?} max {:?}; {total} events, 0 errors",
        list.len(),
        percentile(&mut list, 0.5),
        percentile(&mut list, 0.95),
        percentile(&mut list, 1.0),
        write.len(),
        percentile(&mut write, 0.5),
        percentile(&mut write, 0.95),
        percentile(&mut write, 1.0),
    );
}

//! Crash safety (issue 8): `crawler crawl` and `crawler import` killed with
//! SIGKILL at random moments, the store checked after every kill. The long
//! form (50+ kills) is `bench/reliability/crash.sh`; this reduced form runs
//! in CI. Set `RELIABILITY_KILLS` to change the number of kills here.

use crate::facts::{compare_facts, store_facts};
use adscreen_tests::reliability::{write_jsonl, write_profile, Rng};
use fixtures::{BlockingFixtureServer, FaultConfig};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};
use store::prelude::*;
use store::review::{ReviewStatus, Target};
use store::Store;

fn helper() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_adscreen-reliability"))
}

fn kills() -> u64 {
    std::env::var("RELIABILITY_KILLS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(5)
}

/// Waits up to `after` for the child to end by itself; kills it (SIGKILL) if
/// it has not. Returns whether it was killed.
fn kill_after(child: &mut Child, after: Duration, mut during: impl FnMut()) -> bool {
    let start = Instant::now();
    let mut during_done = false;
    loop {
        if let Ok(Some(_)) = child.try_wait() {
            return false;
        }
        if !during_done && start.elapsed() >= after / 2 {
            during();
            during_done = true;
        }
        if start.elapsed() >= after {
            child.kill().expect("SIGKILL the child");
            child.wait().expect("reap the child");
            return true;
        }
        std::thread::sleep(Duration::from_millis(10));
    }
}

/// Marks one random ad and notes on another while the crawler writes;
/// returns the event ids the store said it stored.
fn review_events(db: &Path, rng: &mut Rng, round: u64) -> Vec<i64> {
    let Ok(mut store) = Store::open(db) else {
        return Vec::new();
    };
    let ids: Vec<i64> = {
        let mut stmt = store.test_conn().prepare("SELECT id FROM ads").unwrap();
        let rows = stmt.query_map([], |r| r.get(0)).unwrap();
        rows.collect::<Result<_, _>>().unwrap()
    };
    if ids.is_empty() {
        return Vec::new();
    }
    let pick = |rng: &mut Rng| ids[rng.range(0, ids.len() as u64) as usize];
    let mut out = Vec::new();
    let a = pick(rng);
    out.push(
        store
            .set_status(
                Target::Ad(a),
                ReviewStatus::NeedsOutreach,
                "crash-test",
                Some(&format!("round {round}")),
            )
            .expect("mark while the crawler runs"),
    );
    let b = pick(rng);
    out.push(
        store
            .add_note(
                Target::Ad(b),
                "crash-test",
                &format!("note in round {round}"),
            )
            .expect("note while the crawler runs"),
    );
    out
}

#[test]
fn crawl_killed_at_random_moments_resumes_and_loses_nothing() {
    const ADS: usize = 300;
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("crash.db");
    let server =
        BlockingFixtureServer::start(fixtures::large_site(ADS, 11), FaultConfig::none()).unwrap();
    let base = server.base_url();
    let profiles = dir.path().join("profiles");
    write_profile(&profiles, "largeboard", &base, &[]).unwrap();
    let crawl = || {
        Command::new(helper())
            .arg("crawler")
            .arg("--db")
            .arg(&db)
            .args(["crawl", "--contact", "crash@example.invalid", "--profiles"])
            .arg(&profiles)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start the crawler")
    };
    let mut rng = Rng::new(0xC0FFEE);
    let mut before = Default::default();
    let (mut killed, mut refetched, mut events) = (0u64, 0u64, 0u64);
    for round in 0..kills() {
        let from = server.requests().len();
        let mut child = crawl();
        let at = Duration::from_millis(rng.range(300, 3000));
        let mut stored = Vec::new();
        let was_killed = kill_after(&mut child, at, || {
            stored = review_events(&db, &mut rng, round);
        });
        killed += u64::from(was_killed);
        events += stored.len() as u64;
        let after = store_facts(&db).expect("the database opens after a kill");
        let problems = compare_facts(&before, &after);
        assert!(problems.is_empty(), "round {round}: {problems:?}");
        let ids: BTreeSet<i64> = after.events.iter().map(|e| e.0).collect();
        for id in &stored {
            assert!(ids.contains(id), "round {round}: review event {id} lost");
        }
        // Resume: an ad page fetched in an earlier run and not yet due again
        // must not be requested by this run.
        let again = refetches(&server, from, &base, &before.fetched_not_due);
        assert!(
            again.is_empty(),
            "round {round}: {} pages fetched again although not due, e.g. {:?}",
            again.len(),
            again.iter().take(3).collect::<Vec<_>>()
        );
        refetched += again.len() as u64;
        eprintln!(
            "crash round {round}: killed={was_killed} after {at:?}: {} ads, {} fetched, {} events",
            after.ad_urls.len(),
            after.fetched_not_due.len(),
            after.events.len()
        );
        before = after;
    }
    // The last run is left to finish: everything is there, and nothing
    // fetched before is fetched again.
    let from = server.requests().len();
    let status = crawl().wait().unwrap();
    assert!(status.success(), "final crawl: {status:?}");
    let done = store_facts(&db).unwrap();
    assert!(compare_facts(&before, &done).is_empty());
    assert_eq!(done.ad_urls.len(), ADS, "every ad stored after resuming");
    assert!(refetches(&server, from, &base, &before.fetched_not_due).is_empty());
    let ad_requests = server.requests()[from..]
        .iter()
        .filter(|r| r.path.starts_with("/ad"))
        .count();
    assert!(
        ad_requests <= ADS - before.fetched_not_due.len(),
        "final run fetched {ad_requests} ad pages; {} were already done",
        before.fetched_not_due.len()
    );
    eprintln!(
        "crash summary: {killed} kills of `crawler crawl`, {events} review events kept, {refetched} refetches, final {} ads",
        done.ad_urls.len()
    );
    server.shutdown();
}

/// Requests made since log entry `from` for URLs in `done`.
fn refetches(
    server: &BlockingFixtureServer,
    from: usize,
    base: &str,
    done: &BTreeSet<String>,
) -> Vec<String> {
    let origin = base.trim_end_matches('/');
    server.requests()[from..]
        .iter()
        .map(|r| format!("{origin}{}", r.target))
        .filter(|u| done.contains(u))
        .collect()
}

#[test]
fn import_killed_at_random_moments_loses_nothing_and_completes() {
    const LINES: u64 = 20_000;
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("import.db");
    let file = dir.path().join("ads.jsonl");
    let summary = {
        let mut w = std::io::BufWriter::new(std::fs::File::create(&file).unwrap());
        write_jsonl(&mut w, LINES, 3, 997, 0).unwrap()
    };
    let import = || {
        Command::new(helper())
            .arg("crawler")
            .arg("--db")
            .arg(&db)
            .arg("import")
            .arg(&file)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap()
    };
    let mut rng = Rng::new(99);
    let mut before = Default::default();
    let mut killed = 0;
    for round in 0..kills().min(4) {
        let mut child = import();
        // Later rounds run longer, so kills land in storing, analysing and linking.
        let at = Duration::from_millis(rng.range(200, 2500) + round * 1500);
        let mut stored = Vec::new();
        killed += u64::from(kill_after(&mut child, at, || {
            stored = review_events(&db, &mut rng, round);
        }));
        let after = store_facts(&db).unwrap();
        let problems = compare_facts(&before, &after);
        assert!(problems.is_empty(), "import round {round}: {problems:?}");
        let ids: BTreeSet<i64> = after.events.iter().map(|e| e.0).collect();
        assert!(
            stored.iter().all(|id| ids.contains(id)),
            "review event lost"
        );
        eprintln!(
            "import round {round}: {} ads after kill at {at:?}",
            after.ad_urls.len()
        );
        before = after;
    }
    let out = import().wait_with_output().unwrap();
    // Exit 3: finished, with the malformed lines reported and skipped.
    assert_eq!(out.status.code(), Some(3), "{out:?}");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(
        stderr.matches("skipped").count() as u64,
        summary.bad,
        "{stderr}"
    );
    assert!(stderr.contains("line 997:"), "{stderr}");
    let done = store_facts(&db).unwrap();
    assert!(compare_facts(&before, &done).is_empty());
    assert_eq!(done.ad_urls.len() as u64, summary.good);
    eprintln!(
        "import summary: {killed} kills, {} ads at the end",
        summary.good
    );
}

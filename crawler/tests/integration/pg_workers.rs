//! Several `crawler crawl` workers (processes) on one PostgreSQL store
//! against loopback fixture sites, the sites' request logs read for
//! duplicate fetches and for requests closer together than the profile's
//! rate allows, across workers. Without PostgreSQL the tests print
//! `SKIPPED: …` and pass.

use crate::crawl_support::MiniSite;
use fixtures::{BlockingFixtureServer, FaultConfig, RequestRecord};
use std::collections::HashMap;
use std::path::Path;
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};
use store::pg::testing::fresh_database;
use store::prelude::*;
use store::{AnyStore, Location};

/// Requests per second of the test profiles.
const RPS: f64 = 20.0;

fn write_profile(dir: &Path, name: &str, base: &str) {
    std::fs::write(
        dir.join(format!("{name}.toml")),
        format!(
            r#"name = "{name}"
base_url = "{base}"
start_urls = ["/list?page=1"]
allowed_query_params = ["page"]
requests_per_second = {RPS}
concurrency = 2
recrawl_interval = "12h"
max_duration = "2m"
[selectors]
ad_links = "a.ad@href"
next_page = "a.next@href"
title = "h1"
text = ".text"
name = ".name"
phone = ".phone"
images = "img.photo@src"
"#
        ),
    )
    .unwrap();
}

/// `crawler crawl` on `db` as worker `worker` (`None`: the default name).
/// Each worker's User-Agent carries `contact` (so the request logs tell
/// the workers apart).
fn worker(
    profiles: &Path,
    db: &str,
    worker: Option<&str>,
    contact: &str,
    extra: &[&str],
) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_crawler"));
    c.args(["--db", db, "crawl", "--contact", contact])
        .arg("--profiles")
        .arg(profiles)
        .args(extra)
        .env_remove("ADSCREEN_DB")
        .env_remove("ADSCREEN_CONFIG")
        .env_remove("ADSCREEN_WORKER")
        .env("RUST_LOG", "warn")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    if let Some(w) = worker {
        c.args(["--worker", w]);
    }
    c
}

/// The output of a finished worker; exit 0, or 3 for the mini site's one
/// deliberate 404 (its over-long link).
fn finished(child: Child) -> String {
    let o: Output = child.wait_with_output().unwrap();
    let (out, err) = (
        String::from_utf8_lossy(&o.stdout).into_owned(),
        String::from_utf8_lossy(&o.stderr).into_owned(),
    );
    assert!(
        matches!(o.status.code(), Some(0 | 3)),
        "crawler crawl failed ({:?})\n{out}\n{err}",
        o.status
    );
    out
}

/// How often each path (ad pages and images only: listing pages are walked
/// every pass by design) was requested.
fn fetch_counts(log: &[RequestRecord]) -> HashMap<String, usize> {
    let mut n = HashMap::new();
    for r in log {
        if r.path.starts_with("/ad/") || r.path.starts_with("/img/") {
            *n.entry(r.path.clone()).or_default() += 1;
        }
    }
    n
}

/// The shortest gap between two requests the host saw (from any worker).
fn shortest_gap(log: &[RequestRecord]) -> Duration {
    let mut at: Vec<Instant> = log.iter().map(|r| r.at).collect();
    at.sort();
    at.windows(2)
        .map(|w| w[1] - w[0])
        .min()
        .unwrap_or(Duration::MAX)
}

/// The most requests the host saw in any one-second window.
fn busiest_second(log: &[RequestRecord]) -> usize {
    let mut at: Vec<Instant> = log.iter().map(|r| r.at).collect();
    at.sort();
    (0..at.len())
        .map(|i| {
            at[i..]
                .iter()
                .take_while(|t| **t - at[i] < Duration::from_secs(1))
                .count()
        })
        .max()
        .unwrap_or(0)
}

/// The shortest gap between consecutive requests sent by different
/// workers (told apart by their User-Agent's contact address): a host
/// hand-over.
fn shortest_handover(log: &[RequestRecord]) -> Option<Duration> {
    let mut sorted: Vec<&RequestRecord> = log.iter().collect();
    sorted.sort_by_key(|r| r.at);
    sorted
        .windows(2)
        .filter(|w| w[0].user_agent != w[1].user_agent)
        .map(|w| w[1].at - w[0].at)
        .min()
}

/// How many times consecutive requests came from different workers.
fn handovers(log: &[RequestRecord]) -> usize {
    let mut sorted: Vec<&RequestRecord> = log.iter().collect();
    sorted.sort_by_key(|r| r.at);
    sorted
        .windows(2)
        .filter(|w| w[0].user_agent != w[1].user_agent)
        .count()
}

/// The rate held across workers: never more than `RPS` requests in any
/// one-second window (the host limiter's guarantee, and issue 16's
/// criterion), and no request of one worker closer to the previous
/// worker's last than the rate's interval (less 10 % for jitter). Gaps are
/// measured where the server reads each request: within one worker a
/// request read late (a loaded machine) or a new connection's set-up makes
/// the next look early, so those gaps are printed, not asserted (the host
/// limiter spaces its permits; its own tests check them).
fn assert_rate(site: &str, log: &[RequestRecord]) {
    let busiest = busiest_second(log);
    assert!(
        busiest as f64 <= RPS,
        "{site}: {busiest} requests in one second, the rate allows {RPS}"
    );
    let interval = Duration::from_secs_f64(1.0 / RPS);
    if let Some(gap) = shortest_handover(log) {
        assert!(
            gap >= interval.mul_f64(0.9),
            "{site}: a worker's request {gap:?} after another worker's, the rate of {RPS}/s allows {interval:?}"
        );
    }
}

#[test]
fn two_crawl_workers_on_postgres_fetch_each_page_once_within_the_rate() {
    let Some(db) = fresh_database("workers") else {
        return;
    };
    let n = 16u32;
    let (site_a, site_b) = (MiniSite::new(n, 4), MiniSite::new(n, 4));
    let server_a = BlockingFixtureServer::start(site_a.spec(), FaultConfig::none()).unwrap();
    let server_b = BlockingFixtureServer::start(site_b.spec(), FaultConfig::none()).unwrap();
    let dir = tempfile::tempdir().unwrap();
    write_profile(dir.path(), "mini-a", &server_a.base_url());
    write_profile(dir.path(), "mini-b", &server_b.base_url());
    let started = Instant::now();
    // Both at once, default worker names (the machine's name and the pid).
    let w1 = worker(dir.path(), &db, None, "mailto:w1@example.org", &[])
        .spawn()
        .unwrap();
    let w2 = worker(dir.path(), &db, None, "mailto:w2@example.org", &[])
        .spawn()
        .unwrap();
    let (out1, out2) = (finished(w1), finished(w2));
    let took = started.elapsed();
    println!("worker 1:\n{out1}worker 2:\n{out2}both done in {took:?}");
    let (log_a, log_b) = (server_a.requests(), server_b.requests());
    for (site, log) in [("mini-a", &log_a), ("mini-b", &log_b)] {
        let counts = fetch_counts(log);
        // Every ad page (the long link is a 404, fetched once too) and image.
        assert_eq!(
            counts.keys().filter(|p| p.starts_with("/ad/")).count(),
            n as usize + 1,
            "{site}: every ad page fetched: {counts:?}"
        );
        assert_eq!(
            counts.keys().filter(|p| p.starts_with("/img/")).count(),
            n as usize,
            "{site}: every image fetched: {counts:?}"
        );
        let twice: Vec<_> = counts.iter().filter(|(_, &k)| k > 1).collect();
        assert!(
            twice.is_empty(),
            "{site}: fetched more than once: {twice:?}"
        );
        assert_rate(site, log);
        println!(
            "{site}: {} requests, busiest second {}, shortest gap {:?}, shortest hand-over {:?}",
            log.len(),
            busiest_second(log),
            shortest_gap(log),
            shortest_handover(log)
        );
    }
    // Each site was crawled by one worker; the other skipped it, or walked
    // only its listings after the first had finished.
    let s = AnyStore::open(&Location::parse(&db).unwrap()).unwrap();
    assert_eq!(s.count_ads().unwrap(), 2 * i64::from(n), "nothing lost");
    let due = s
        .frontier_due("mini-a", store::now(), 100)
        .unwrap()
        .into_iter()
        .filter(|e| e.kind == store::frontier::PageKind::Ad)
        .count();
    assert_eq!(
        due, 0,
        "no ad page left due (all fetched, next due in 12 h)"
    );
    drop(s);
    server_a.shutdown();
    server_b.shutdown();
}

#[test]
fn a_killed_workers_site_is_taken_up_when_its_host_lease_runs_out() {
    let Some(db) = fresh_database("killed") else {
        return;
    };
    let n = 40u32;
    let site = MiniSite::new(n, 4);
    let server = BlockingFixtureServer::start(site.spec(), FaultConfig::none()).unwrap();
    let dir = tempfile::tempdir().unwrap();
    write_profile(dir.path(), "mini", &server.base_url());
    let lease = ["--host-lease", "3"];
    let mut a = worker(dir.path(), &db, Some("a"), "mailto:a@example.org", &lease)
        .spawn()
        .unwrap();
    // Kill A (SIGKILL: no release) once it has fetched some ad pages.
    let deadline = Instant::now() + Duration::from_secs(60);
    while fetch_counts(&server.requests()).len() < 10 {
        assert!(Instant::now() < deadline, "worker A fetched no ad pages");
        std::thread::sleep(Duration::from_millis(20));
    }
    a.kill().unwrap();
    let killed_at = Instant::now();
    let _ = a.wait();
    let before = server.requests().len();
    // B, at once: A's lease is live, so B leaves the site alone.
    let out = finished(
        worker(dir.path(), &db, Some("b"), "mailto:b@example.org", &lease)
            .spawn()
            .unwrap(),
    );
    assert!(
        out.contains("skipped: another worker holds the host"),
        "B while A's lease is live: {out}"
    );
    assert!(
        killed_at.elapsed() < Duration::from_secs(3),
        "B ran too slowly to test the live lease"
    );
    assert_eq!(server.requests().len(), before, "B sent nothing");
    // After the lease ran out, B takes the site and finishes A's work.
    std::thread::sleep(Duration::from_secs(3).saturating_sub(killed_at.elapsed()));
    let out = finished(
        worker(dir.path(), &db, Some("b"), "mailto:b@example.org", &lease)
            .spawn()
            .unwrap(),
    );
    assert!(out.contains("mini:") && out.contains("complete"), "{out}");
    let log = server.requests();
    let counts = fetch_counts(&log);
    assert_eq!(
        counts.keys().filter(|p| p.starts_with("/ad/")).count(),
        n as usize + 1,
        "every ad page fetched, by A or B"
    );
    // A page A had asked for but not recorded when it died is fetched
    // again: at most the fetches A had in flight (concurrency 2), each
    // twice at most.
    let twice: Vec<_> = counts.iter().filter(|(_, &k)| k > 1).collect();
    assert!(
        twice.len() <= 2 && twice.iter().all(|(_, &k)| k == 2),
        "fetched again after the kill: {twice:?}"
    );
    assert_rate("mini", &log);
    let s = AnyStore::open(&Location::parse(&db).unwrap()).unwrap();
    assert_eq!(s.count_ads().unwrap(), i64::from(n), "nothing lost");
    println!(
        "{} requests, {} pages fetched again after the kill, busiest second {}, shortest gap {:?}, shortest hand-over {:?}",
        log.len(),
        twice.len(),
        busiest_second(&log),
        shortest_gap(&log),
        shortest_handover(&log)
    );
    drop(s);
    server.shutdown();
}

/// The long run of issue 16's aim: 4 workers, each running `crawler crawl`
/// every 2 s, on one PostgreSQL store and one loopback site for
/// `$ADSCREEN_WORKERS_SECS` seconds (default 120), with a 60 s re-crawl
/// interval; the site's log is read for ad pages fetched again within the
/// interval and for the busiest second. Run with
/// `ADSCREEN_WORKERS_SECS=600 cargo test -p crawler --test integration four_workers -- --ignored --nocapture`.
#[test]
#[ignore = "a long measurement (minutes); see the doc comment"]
fn four_workers_for_minutes_fetch_nothing_twice_within_the_interval() {
    let Some(db) = fresh_database("four") else {
        return;
    };
    let secs: u64 = std::env::var("ADSCREEN_WORKERS_SECS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(120);
    let n = 120u32;
    let interval = Duration::from_secs(60);
    let site = MiniSite::new(n, 4);
    let server = BlockingFixtureServer::start(site.spec(), FaultConfig::none()).unwrap();
    let dir = tempfile::tempdir().unwrap();
    write_profile(dir.path(), "mini", &server.base_url());
    let profile = dir.path().join("mini.toml");
    let text = std::fs::read_to_string(&profile)
        .unwrap()
        .replace("recrawl_interval = \"12h\"", "recrawl_interval = \"60s\"");
    std::fs::write(&profile, text).unwrap();
    let end = Instant::now() + Duration::from_secs(secs);
    let workers: Vec<_> = (1..=4)
        .map(|i| {
            let (profiles, db) = (dir.path().to_path_buf(), db.clone());
            std::thread::spawn(move || {
                let (mut runs, mut crawled) = (0, 0);
                while Instant::now() < end {
                    let name = format!("w{i}");
                    let contact = format!("mailto:{name}@example.org");
                    let out = finished(
                        worker(&profiles, &db, Some(&name), &contact, &[])
                            .spawn()
                            .unwrap(),
                    );
                    runs += 1;
                    crawled += usize::from(out.contains("— complete"));
                    std::thread::sleep(Duration::from_secs(2));
                }
                (runs, crawled)
            })
        })
        .collect();
    let per_worker: Vec<(usize, usize)> = workers.into_iter().map(|w| w.join().unwrap()).collect();
    let log = server.requests();
    let mut times: HashMap<String, Vec<Instant>> = HashMap::new();
    for r in &log {
        if r.path.starts_with("/ad/") || r.path.starts_with("/img/") {
            times.entry(r.path.clone()).or_default().push(r.at);
        }
    }
    // Due times are whole seconds: a page is due again up to 1 s early.
    let within = interval - Duration::from_secs(1);
    let mut early = 0;
    for t in times.values_mut() {
        t.sort();
        early += t.windows(2).filter(|w| w[1] - w[0] < within).count();
    }
    let ad_fetches: usize = times
        .iter()
        .filter(|(p, _)| p.starts_with("/ad/"))
        .map(|(_, t)| t.len())
        .sum();
    println!(
        "four workers, {secs} s: (runs, passes that crawled) per worker {per_worker:?}; {} requests, \
         {ad_fetches} ad-page fetches of {} pages, {} images; fetched again within the {interval:?} \
         interval: {early}; busiest second {} (rate {RPS}/s); shortest gap {:?}; \
         hand-overs {}, the shortest {:?}",
        log.len(),
        times.keys().filter(|p| p.starts_with("/ad/")).count(),
        times.keys().filter(|p| p.starts_with("/img/")).count(),
        busiest_second(&log),
        shortest_gap(&log),
        handovers(&log),
        shortest_handover(&log)
    );
    assert_eq!(early, 0, "pages fetched again within the re-crawl interval");
    assert_rate("mini", &log);
    assert!(
        per_worker.iter().filter(|(_, c)| *c > 0).count() >= 2,
        "the work was shared: {per_worker:?}"
    );
    let s = AnyStore::open(&Location::parse(&db).unwrap()).unwrap();
    assert_eq!(s.count_ads().unwrap(), i64::from(n), "nothing lost");
    drop(s);
    server.shutdown();
}

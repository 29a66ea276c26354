//! The real `crawler daemon` binary against a loopback fixture site: it
//! crawls on schedule (re-crawl interval with jitter), prints a status line
//! per site after each pass, records runs in the store, and stops cleanly on
//! SIGTERM leaving an intact database.

use crate::crawl_support::MiniSite;
use fixtures::{FaultConfig, FixtureServer};
use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};
use store::prelude::*;

fn wait_for_line(
    rx: &mpsc::Receiver<(Instant, String)>,
    lines: &mut Vec<(Instant, String)>,
    want: impl Fn(&str) -> bool,
    limit: Duration,
) -> Option<(Instant, String)> {
    let end = Instant::now() + limit;
    loop {
        let left = end.saturating_duration_since(Instant::now());
        match rx.recv_timeout(left) {
            Ok(l) => {
                lines.push(l.clone());
                if want(&l.1) {
                    return Some(l);
                }
            }
            Err(_) => return None,
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn daemon_crawls_on_schedule_reports_each_pass_and_stops_cleanly_on_sigterm() {
    let site = MiniSite::new(6, 4);
    let server = FixtureServer::start(site.spec(), FaultConfig::none())
        .await
        .unwrap();
    let dir = tempfile::tempdir().unwrap();
    let profiles = dir.path().join("profiles");
    std::fs::create_dir(&profiles).unwrap();
    std::fs::write(
        profiles.join("mini.toml"),
        format!(
            r#"name = "mini"
base_url = "{}"
start_urls = ["/list?page=1"]
allowed_query_params = ["page"]
requests_per_second = 50.0
concurrency = 2
recrawl_interval = "2s"
max_duration = "1m"
[selectors]
ad_links = "a.ad@href"
next_page = "a.next@href"
text = ".text"
name = ".name"
phone = ".phone"
"#,
            server.base_url()
        ),
    )
    .unwrap();
    let db = dir.path().join("adscreen.db");
    let config = dir.path().join("config.toml");
    std::fs::write(
        &config,
        format!(
            "db = \"{}\"\nprofiles = \"{}\"\ncontact = \"mailto:daemon-test@example.org\"\n",
            db.display(),
            profiles.display()
        ),
    )
    .unwrap();

    let mut child = Command::new(env!("CARGO_BIN_EXE_crawler"))
        .arg("--config")
        .arg(&config)
        .arg("daemon")
        .env_remove("ADSCREEN_DB")
        .env_remove("ADSCREEN_CONFIG")
        .env("RUST_LOG", "warn")
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start crawler daemon");
    let stderr = child.stderr.take().unwrap();
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stderr).lines().map_while(Result::ok) {
            if tx.send((Instant::now(), line)).is_err() {
                break;
            }
        }
    });
    let mut lines = Vec::new();
    let is_status = |l: &str| l.starts_with("crawler: mini — pass ");
    let first = wait_for_line(&rx, &mut lines, is_status, Duration::from_secs(30));
    let Some((t1, status1)) = first else {
        let _ = child.kill();
        panic!("no status line after the first pass; stderr: {lines:#?}");
    };
    // One error: the mini site's over-long link on page 1 is a 404.
    assert!(
        status1.contains("pass complete:")
            && status1.contains("6 new ads")
            && status1.contains("1 errors"),
        "{status1}"
    );
    // The pass is recorded in the store (read while the daemon runs: WAL).
    {
        let store = store::Store::open_existing(&db).unwrap();
        let runs = store.last_runs().unwrap();
        assert_eq!(runs.len(), 1);
        assert_eq!(runs[0].0, "mini");
        assert_eq!(store.count_ads().unwrap(), 6);
    }
    // The next pass comes after the re-crawl interval, ±10 % jitter
    // (analysis after the pass runs in between, so only a lower bound is tight).
    let second = wait_for_line(&rx, &mut lines, is_status, Duration::from_secs(30));
    let Some((t2, status2)) = second else {
        let _ = child.kill();
        panic!("no second pass; stderr: {lines:#?}");
    };
    let gap = t2 - t1;
    assert!(
        gap >= Duration::from_millis(1800) && gap < Duration::from_secs(15),
        "second pass {gap:?} after the first with a 2 s interval"
    );
    assert!(status2.contains("0 new ads"), "{status2}");

    // SIGTERM: clean exit within a few seconds.
    let pid = child.id().to_string();
    let killed = Command::new("kill").args(["-TERM", &pid]).status().unwrap();
    assert!(killed.success());
    let deadline = Instant::now() + Duration::from_secs(10);
    let status = loop {
        if let Some(s) = child.try_wait().unwrap() {
            break s;
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            panic!("daemon still running 10 s after SIGTERM");
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    assert!(status.success(), "exit status {status:?}");
    let _ = wait_for_line(
        &rx,
        &mut lines,
        |l| l.contains("daemon stopped cleanly"),
        Duration::from_secs(2),
    )
    .unwrap_or_else(|| panic!("no clean-stop line; stderr: {lines:#?}"));
    let store = store::Store::open_existing(&db).unwrap();
    assert_eq!(store.integrity_check().unwrap(), "ok");
    // Every request named the operator's contact.
    assert!(server.requests().iter().all(|r| r
        .user_agent
        .as_deref()
        .is_some_and(|ua| ua.contains("daemon-test@example.org"))));
    assert!(server
        .requests()
        .iter()
        .all(|r| !r.path.starts_with("/private/")));
}

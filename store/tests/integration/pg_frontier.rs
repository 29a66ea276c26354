//! The frontier shared by several crawler workers: claims with
//! `FOR UPDATE SKIP LOCKED` on PostgreSQL (two claimers at once never get
//! the same row), row leases that run out and are claimed again, and host
//! leases (one worker per host, renewal, expiry, hand-over), the lease
//! rules on both backends. Without PostgreSQL the PostgreSQL halves print
//! `SKIPPED: …` and pass.

use chrono::{DateTime, Duration as CDuration, Utc};
use std::collections::HashMap;
use store::frontier::{Discovered, FetchRecord, FrontierState, Lease, PageKind};
use store::hostlease::HostGrant;
use store::pg::testing::fresh_database;
use store::prelude::*;
use store::{AnyStore, Location};

fn pg_url(tag: &str) -> Option<Location> {
    Some(Location::parse(&fresh_database(tag)?).unwrap())
}

fn ads(n: usize) -> Vec<Discovered> {
    (1..=n)
        .map(|i| Discovered {
            url: format!("https://site.invalid/ad/{i}"),
            kind: PageKind::Ad,
            depth: 1,
        })
        .collect()
}

fn lease(worker: &str, until: DateTime<Utc>) -> Lease {
    Lease {
        worker: worker.into(),
        until,
    }
}

#[test]
fn two_workers_claiming_at_once_never_get_the_same_row() {
    let Some(loc) = pg_url("claims") else { return };
    let n = 300;
    let now = store::now();
    AnyStore::open(&loc)
        .unwrap()
        .frontier_add("site", &ads(n), now)
        .unwrap();
    let at = now + CDuration::seconds(1);
    let workers: Vec<_> = ["w1", "w2", "w3"]
        .into_iter()
        .map(|w| {
            let loc = loc.clone();
            std::thread::spawn(move || {
                let mut s = AnyStore::open(&loc).unwrap();
                let mut got = Vec::new();
                loop {
                    // A long lease: only the row locks and the leases keep
                    // the claimers apart.
                    let rows = s
                        .frontier_claim("site", at, 7, &lease(w, at + CDuration::hours(1)))
                        .unwrap();
                    if rows.is_empty() {
                        break;
                    }
                    for r in rows {
                        // "Fetched": due again only after the re-crawl interval.
                        s.frontier_fetched(
                            &r.url,
                            &FetchRecord {
                                status: 200,
                                etag: None,
                                last_modified: None,
                                content_hash: Some("h".into()),
                                next_due: at + CDuration::hours(12),
                            },
                        )
                        .unwrap();
                        got.push(r.url);
                    }
                }
                got
            })
        })
        .collect();
    let mut times: HashMap<String, usize> = HashMap::new();
    let mut per_worker = Vec::new();
    for w in workers {
        let got = w.join().unwrap();
        per_worker.push(got.len());
        for u in got {
            *times.entry(u).or_default() += 1;
        }
    }
    assert_eq!(times.len(), n, "every row claimed: {per_worker:?}");
    let twice: Vec<_> = times.iter().filter(|(_, &k)| k > 1).collect();
    assert!(twice.is_empty(), "rows claimed twice: {twice:?}");
    println!("claims per worker: {per_worker:?}");
}

#[test]
fn an_expired_row_lease_is_claimed_again_on_postgres() {
    let Some(loc) = pg_url("rowlease") else {
        return;
    };
    let mut s = AnyStore::open(&loc).unwrap();
    let now = store::now();
    s.frontier_add("site", &ads(3), now).unwrap();
    let at = now + CDuration::seconds(1);
    let a = s
        .frontier_claim("site", at, 2, &lease("a", at + CDuration::minutes(10)))
        .unwrap();
    assert_eq!(a.len(), 2);
    let b = s
        .frontier_claim("site", at, 10, &lease("b", at + CDuration::minutes(10)))
        .unwrap();
    assert_eq!(b.len(), 1, "only the row nobody holds");
    assert!(a.iter().all(|e| e.url != b[0].url));
    // The holder gets its own rows back (a restarted worker of that name).
    let again = s
        .frontier_claim("site", at, 2, &lease("a", at + CDuration::minutes(10)))
        .unwrap();
    assert_eq!(again, a);
    // Once the leases ran out (the workers died), everything is claimable.
    let later = at + CDuration::minutes(11);
    let c = s
        .frontier_claim(
            "site",
            later,
            10,
            &lease("c", later + CDuration::minutes(10)),
        )
        .unwrap();
    assert_eq!(c.len(), 3);
    // In the frontier's order: listings first, then by depth, due time, URL.
    let urls: Vec<_> = c.iter().map(|e| e.url.clone()).collect();
    let mut sorted = urls.clone();
    sorted.sort();
    assert_eq!(urls, sorted);
}

/// The host-lease rules, on whichever backend `s` is.
fn host_lease_rules(s: &mut AnyStore) {
    let hosts = vec!["site.invalid:443".to_string()];
    // Past the due time frontier_add gives (its own clock's now).
    let t0 = store::now() + CDuration::seconds(2);
    let len = CDuration::seconds(30);
    s.frontier_add("site", &ads(4), t0).unwrap();
    // A takes the host and claims rows.
    assert_eq!(
        s.host_lease("site", &hosts, &lease("a", t0 + len), t0)
            .unwrap(),
        HostGrant::Granted { handover: None }
    );
    let claimed = s
        .frontier_claim("site", t0, 2, &lease("a", t0 + CDuration::minutes(10)))
        .unwrap();
    assert_eq!(claimed.len(), 2);
    // B is refused while A's lease is live, and told who holds it.
    let t1 = t0 + CDuration::seconds(10);
    match s
        .host_lease("site", &hosts, &lease("b", t1 + len), t1)
        .unwrap()
    {
        HostGrant::Held {
            host,
            worker,
            until,
        } => {
            assert_eq!((host.as_str(), worker.as_str()), ("site.invalid:443", "a"));
            assert_eq!(until, t0 + len);
        }
        g => panic!("B got the host A holds: {g:?}"),
    }
    // A renews; B is still refused past A's first end.
    assert_eq!(
        s.host_lease("site", &hosts, &lease("a", t1 + len), t1)
            .unwrap(),
        HostGrant::Granted { handover: None }
    );
    let t2 = t0 + len + CDuration::seconds(5);
    assert!(matches!(
        s.host_lease("site", &hosts, &lease("b", t2 + len), t2)
            .unwrap(),
        HostGrant::Held { .. }
    ));
    // A dies (no renewal): after its lease ran out B takes the host, is
    // told when A's hold ended, and gets A's claimed rows at once (their
    // own 10-minute leases notwithstanding).
    let t3 = t1 + len + CDuration::seconds(1);
    assert_eq!(
        s.host_lease("site", &hosts, &lease("b", t3 + len), t3)
            .unwrap(),
        HostGrant::Granted {
            handover: Some(t1 + len)
        }
    );
    let b_rows = s
        .frontier_claim("site", t3, 10, &lease("b", t3 + CDuration::minutes(10)))
        .unwrap();
    assert_eq!(b_rows.len(), 4, "A's rows are free once B holds the host");
    // A comes back: its renewal is refused (it must stop fetching).
    assert!(matches!(
        s.host_lease("site", &hosts, &lease("a", t3 + len), t3)
            .unwrap(),
        HostGrant::Held { worker, .. } if worker == "b"
    ));
    // A release by a worker that does not hold the host changes nothing.
    s.host_release(&hosts, "a", t3).unwrap();
    assert!(matches!(
        s.host_lease("site", &hosts, &lease("c", t3 + len), t3)
            .unwrap(),
        HostGrant::Held { worker, .. } if worker == "b"
    ));
    // B releases: C gets the host at once, spaced from B's release.
    let t4 = t3 + CDuration::seconds(2);
    s.host_release(&hosts, "b", t4).unwrap();
    assert_eq!(
        s.host_lease("site", &hosts, &lease("c", t4 + len), t4)
            .unwrap(),
        HostGrant::Granted { handover: Some(t4) }
    );
    // Several hosts: all or nothing.
    let two = vec![
        "site.invalid:443".to_string(),
        "cdn.invalid:443".to_string(),
    ];
    assert!(matches!(
        s.host_lease("site", &two, &lease("d", t4 + len), t4).unwrap(),
        HostGrant::Held { worker, .. } if worker == "c"
    ));
    assert_eq!(
        s.host_lease(
            "",
            &["cdn.invalid:443".to_string()],
            &lease("d", t4 + len),
            t4
        )
        .unwrap(),
        HostGrant::Granted { handover: None },
        "the refused request left no lease behind on the other host"
    );
}

#[test]
fn host_leases_give_each_host_to_one_worker_on_sqlite() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = AnyStore::open(&Location::Sqlite(dir.path().join("h.db"))).unwrap();
    host_lease_rules(&mut s);
}

#[test]
fn host_leases_give_each_host_to_one_worker_on_postgres() {
    let Some(loc) = pg_url("hostlease") else {
        return;
    };
    host_lease_rules(&mut AnyStore::open(&loc).unwrap());
}

#[test]
fn workers_racing_for_one_host_get_it_once() {
    let Some(loc) = pg_url("hostrace") else {
        return;
    };
    AnyStore::open(&loc).unwrap();
    let at = store::now();
    let barrier = std::sync::Arc::new(std::sync::Barrier::new(4));
    let racers: Vec<_> = (0..4)
        .map(|i| {
            let (loc, barrier) = (loc.clone(), barrier.clone());
            std::thread::spawn(move || {
                let mut s = AnyStore::open(&loc).unwrap();
                barrier.wait();
                let hosts = vec!["site.invalid:443".to_string()];
                let w = format!("w{i}");
                matches!(
                    s.host_lease("site", &hosts, &lease(&w, at + CDuration::minutes(1)), at)
                        .unwrap(),
                    HostGrant::Granted { .. }
                )
            })
        })
        .collect();
    let granted = racers
        .into_iter()
        .map(|r| r.join().unwrap())
        .filter(|&g| g)
        .count();
    assert_eq!(granted, 1, "one host, one holder");
}

/// One scenario of every frontier method from `t0`, answers as text
/// (the times the store takes from its own clock left out).
fn frontier_scenario(s: &mut AnyStore, t0: DateTime<Utc>) -> Vec<String> {
    let mut out = Vec::new();
    let mut found = ads(3);
    found.push(Discovered {
        url: "https://site.invalid/list?page=2".into(),
        kind: PageKind::Listing,
        depth: 2,
    });
    found.push(Discovered {
        url: "https://site.invalid/list?page=1".into(),
        kind: PageKind::Listing,
        depth: 1,
    });
    out.push(format!(
        "new: {}",
        s.frontier_add("site", &found, t0).unwrap()
    ));
    out.push(format!(
        "again: {}",
        s.frontier_add("site", &found, t0).unwrap()
    ));
    let at = t0 + CDuration::seconds(2);
    let order: Vec<String> = s
        .frontier_due("site", at, 10)
        .unwrap()
        .into_iter()
        .map(|e| format!("{} {:?} {}", e.url, e.kind, e.depth))
        .collect();
    out.push(format!("due: {order:?}"));
    let claimed = s
        .frontier_claim("site", at, 2, &lease("w", at + CDuration::minutes(10)))
        .unwrap();
    out.push(format!(
        "claimed: {:?}",
        claimed.iter().map(|e| &e.url).collect::<Vec<_>>()
    ));
    s.frontier_fetched(
        "https://site.invalid/ad/1",
        &FetchRecord {
            status: 200,
            etag: Some("\"e1\"".into()),
            last_modified: Some("Thu, 01 May 2025 12:00:00 GMT".into()),
            content_hash: Some("h1".into()),
            next_due: at + CDuration::hours(12),
        },
    )
    .unwrap();
    s.frontier_failed(
        "https://site.invalid/ad/2",
        Some(503),
        "busy",
        Some(at + CDuration::minutes(1)),
        FrontierState::Pending,
    )
    .unwrap();
    s.frontier_failed(
        "https://site.invalid/ad/3",
        None,
        "robots.txt: disallowed",
        None,
        FrontierState::Disallowed,
    )
    .unwrap();
    for u in ["ad/1", "ad/2", "ad/3"] {
        let mut e = s
            .frontier_entry(&format!("https://site.invalid/{u}"))
            .unwrap()
            .unwrap();
        e.last_fetched = None;
        out.push(format!("entry {u}: {e:?}"));
    }
    out.push(format!(
        "missing: {:?}",
        s.frontier_entry("https://x.invalid/").unwrap()
    ));
    let disallowed: Vec<String> = s
        .frontier_in_state("site", FrontierState::Disallowed, 10)
        .unwrap()
        .into_iter()
        .map(|e| e.url)
        .collect();
    out.push(format!("disallowed: {disallowed:?}"));
    s.frontier_reopen("https://site.invalid/ad/3", at).unwrap();
    out.push(format!(
        "counts: {:?}",
        s.frontier_counts(Some("site")).unwrap()
    ));
    out.push(format!(
        "all counts: {:?}",
        s.frontier_counts(None).unwrap()
    ));
    // A listing walked in an earlier pass is due again in the next.
    let next_pass = at + CDuration::hours(1);
    s.frontier_fetched(
        "https://site.invalid/list?page=1",
        &FetchRecord {
            status: 200,
            etag: None,
            last_modified: None,
            content_hash: Some("l1".into()),
            next_due: at + CDuration::hours(12),
        },
    )
    .unwrap();
    s.frontier_add("site", &found[4..], next_pass).unwrap();
    let l = s
        .frontier_entry("https://site.invalid/list?page=1")
        .unwrap()
        .unwrap();
    out.push(format!("listing due again: {}", l.due_at <= next_pass));
    let run = s.begin_run("site").unwrap();
    let stats = store::frontier::RunStats {
        pages: 5,
        new_ads: 3,
        changed_ads: 1,
        errors: 1,
    };
    s.finish_run(run, &stats, store::frontier::PassEnd::Complete)
        .unwrap();
    s.begin_run("other").unwrap();
    let runs: Vec<String> = s
        .last_runs()
        .unwrap()
        .into_iter()
        .map(|(site, _, st, end)| format!("{site} {st:?} {end:?}"))
        .collect();
    out.push(format!("runs: {runs:?}"));
    out
}

#[test]
fn the_frontier_answers_alike_on_both_backends() {
    let Some(loc) = pg_url("frontier") else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let t0 = store::now();
    let sqlite = frontier_scenario(
        &mut AnyStore::open(&Location::Sqlite(dir.path().join("f.db"))).unwrap(),
        t0,
    );
    let pg = frontier_scenario(&mut AnyStore::open(&loc).unwrap(), t0);
    assert_eq!(pg.len(), sqlite.len());
    for (p, q) in pg.iter().zip(&sqlite) {
        assert_eq!(p, q, "PostgreSQL (left) and SQLite (right) differ");
    }
    assert!(
        sqlite[0].ends_with(": 5") && sqlite[1].ends_with(": 0"),
        "{sqlite:?}"
    );
}

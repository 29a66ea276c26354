//! The review tool beside the crawler daemon: a writer thread upserts and
//! re-analyses ads in a loop while reviewers mark and note through the
//! script commands and through the interface's store worker. Every decision
//! must be recorded and no "database is locked" may surface.

use crate::support::fixture;
use review_cli::cli::{MarkArgs, NoteArgs};
use review_cli::commands;
use review_cli::context::Context;
use review_cli::tui::worker::{self, Request, Response};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Arc;
use store::prelude::*;
use store::review::{ReviewStatus, Target};

const ROUNDS: usize = 40;

#[test]
fn decisions_are_never_lost_while_the_daemon_writes() {
    let f = fixture();
    let stop = Arc::new(AtomicBool::new(false));
    let written = Arc::new(AtomicU64::new(0));
    let daemon = {
        let path = f.path.clone();
        let stop = stop.clone();
        let written = written.clone();
        std::thread::spawn(move || {
            let mut s = store::Store::open_existing_writable(&path).unwrap();
            let mut n = 0u64;
            let mut until_long_write = 25;
            while !stop.load(Ordering::Relaxed) {
                n += 1;
                let ad = model::Ad {
                    url: format!("https://daemon.invalid/ad/{}", n % 200),
                    site: "daemon".into(),
                    text: format!("Invented ad text, revision {n}."),
                    ..Default::default()
                };
                s.upsert_ad(&ad, "DK", None, store::now()).unwrap();
                written.store(n, Ordering::Relaxed);
                // A longer write now and then, like a linking run.
                until_long_write -= 1;
                if until_long_write == 0 {
                    until_long_write = 25;
                    s.test_conn()
                        .execute_batch(
                            "BEGIN IMMEDIATE;
                             UPDATE ads SET last_seen = last_seen WHERE site = 'daemon';
                             COMMIT;",
                        )
                        .unwrap();
                }
            }
            n
        })
    };

    // The reviewers start once the daemon is writing.
    while written.load(Ordering::Relaxed) < 10 {
        std::thread::yield_now();
    }
    let at_start = written.load(Ordering::Relaxed);

    // Reviewer 1: the script commands.
    let cli = {
        let path = f.path.clone();
        std::thread::spawn(move || {
            let mut c = Context::open(Some(path), Some("alice".into())).unwrap();
            for i in 0..ROUNDS {
                let status = ReviewStatus::ALL[i % 5].as_str().to_string();
                commands::mark::run(
                    &mut c,
                    &MarkArgs {
                        id: [1, 3, 4, 5][i % 4],
                        status,
                        note: None,
                        network: false,
                        json: true,
                    },
                    &mut Vec::new(),
                )
                .unwrap();
                commands::note::run(
                    &mut c,
                    &NoteArgs {
                        id: 1,
                        text: format!("note {i}"),
                        network: true,
                        json: true,
                    },
                    &mut Vec::new(),
                )
                .unwrap();
            }
        })
    };

    // Reviewer 2: the full-screen tool's worker.
    let (resp_tx, resp_rx) = std::sync::mpsc::channel();
    let req = worker::spawn(f.path.clone(), "bob".into(), Default::default(), resp_tx).unwrap();
    for i in 0..ROUNDS {
        req.send(Request::SetStatus {
            target: Target::Ad(2),
            status: ReviewStatus::ALL[i % 5],
            seen: None,
        })
        .unwrap();
        req.send(Request::Note {
            target: Target::Ad(3),
            text: format!("bob {i}"),
        })
        .unwrap();
    }
    let mut done = 0;
    while done < 2 * ROUNDS {
        match resp_rx
            .recv_timeout(std::time::Duration::from_secs(60))
            .expect("worker answers")
        {
            Response::Done { .. } => done += 1,
            Response::Error(e) => panic!("a reviewer saw an error: {e}"),
            _ => {}
        }
    }
    cli.join().unwrap();
    let during = written.load(Ordering::Relaxed) - at_start;
    stop.store(true, Ordering::Relaxed);
    daemon.join().unwrap();
    assert!(
        during > 0,
        "the daemon must have written while reviewers worked"
    );

    let s = f.store();
    let events = |kind: &str, reviewer: &str| -> i64 {
        s.test_conn()
            .query_row(
                "SELECT count(*) FROM review_events WHERE kind = ?1 AND reviewer = ?2",
                [kind, reviewer],
                |r| r.get(0),
            )
            .unwrap()
    };
    assert_eq!(events("status", "alice"), ROUNDS as i64);
    assert_eq!(events("note", "alice"), ROUNDS as i64);
    assert_eq!(events("status", "bob"), ROUNDS as i64);
    assert_eq!(events("note", "bob"), ROUNDS as i64);
    // The last decision wins, and the history is in order.
    assert_eq!(
        s.status_of(Target::Ad(2)).unwrap(),
        ReviewStatus::ALL[(ROUNDS - 1) % 5]
    );
    let notes: Vec<String> = s
        .events_of(Target::Ad(3))
        .unwrap()
        .into_iter()
        .filter_map(|e| e.note)
        .collect();
    assert_eq!(notes.first().map(String::as_str), Some("bob 0"));
    assert_eq!(notes.len(), ROUNDS);
    assert_eq!(s.integrity_check().unwrap(), "ok");
}

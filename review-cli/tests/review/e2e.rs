//! End to end: the real `review` binary in a tmux pseudo-terminal, driven
//! through open → filter → open an ad → mark → quit, then the status is read
//! back from the store. Skips (with a message) when tmux is not installed.

use crate::support::fixture;
use std::process::Command;
use std::time::{Duration, Instant};
use store::prelude::*;
use store::review::{ReviewStatus, Target};

struct Tmux {
    socket: String,
}

impl Tmux {
    /// Opens the review binary on the fixture in an 80×24 tmux session on a
    /// private socket, with `extra` arguments.
    fn start(f: &crate::support::Fixture, socket: &str, extra: &str) -> Tmux {
        let tmux = Tmux {
            socket: format!("{socket}-{}", std::process::id()),
        };
        let command = format!(
            "{} --db '{}' --reviewer e2e-tester{extra}",
            env!("CARGO_BIN_EXE_review"),
            f.path.display()
        );
        let out = tmux.cmd(&[
            "new-session",
            "-d",
            "-s",
            "e2e",
            "-x",
            "80",
            "-y",
            "24",
            &command,
        ]);
        assert!(
            out.status.success(),
            "tmux: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        tmux
    }

    /// Presses q and waits for the tool to exit.
    fn quit(&self) {
        self.send(&["q"]);
        let start = Instant::now();
        while self.alive() {
            assert!(
                start.elapsed() < Duration::from_secs(10),
                "review did not quit"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }
    fn cmd(&self, args: &[&str]) -> std::process::Output {
        Command::new("tmux")
            .arg("-L")
            .arg(&self.socket)
            .args(args)
            .env_remove("TMUX")
            .output()
            .expect("run tmux")
    }

    fn screen(&self) -> String {
        String::from_utf8_lossy(&self.cmd(&["capture-pane", "-p", "-t", "e2e"]).stdout).into_owned()
    }

    fn wait_for(&self, what: &str) -> String {
        let start = Instant::now();
        loop {
            let s = self.screen();
            if s.contains(what) {
                return s;
            }
            if start.elapsed() > Duration::from_secs(20) {
                panic!("`{what}` did not appear; the screen is:\n{s}");
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    fn send(&self, keys: &[&str]) {
        let mut args = vec!["send-keys", "-t", "e2e"];
        args.extend_from_slice(keys);
        assert!(self.cmd(&args).status.success());
    }

    fn alive(&self) -> bool {
        self.cmd(&["has-session", "-t", "e2e"]).status.success()
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        // Our own server only (a private socket), never the user's.
        let _ = self.cmd(&["kill-server"]);
    }
}

#[test]
fn open_filter_open_ad_mark_quit_in_a_real_terminal() {
    if Command::new("tmux").arg("-V").output().is_err() {
        eprintln!("SKIPPED: tmux is not installed (apt-get install -y tmux); the end-to-end terminal test did not run");
        return;
    }
    let f = fixture();
    let tmux = Tmux::start(&f, "review-e2e", "");
    let first = tmux.wait_for("5 ads");
    assert!(first.contains("Queue — all ads by priority"), "{first}");
    assert!(first.contains("Sofia"), "{first}");

    tmux.send(&["f", "Tab", "Tab"]);
    tmux.wait_for("Filters");
    tmux.send(&["-l", "Odense"]);
    tmux.send(&["Enter"]);
    let filtered = tmux.wait_for("city=Odense");
    tmux.wait_for("2 ads");
    assert!(!filtered.contains("Sofia"), "{filtered}");

    tmux.send(&["Enter"]);
    let ad = tmux.wait_for("── Text");
    assert!(ad.contains("Ad #2") && ad.contains("Lina"), "{ad}");

    tmux.send(&["m"]);
    tmux.wait_for("Status of ad #2");
    tmux.send(&["5"]);
    tmux.wait_for("marked dismissed by e2e-tester");

    tmux.quit();

    let s = f.store();
    assert_eq!(s.status_of(Target::Ad(2)).unwrap(), ReviewStatus::Dismissed);
    let ev = s.events_of(Target::Ad(2)).unwrap();
    assert_eq!(ev.len(), 1);
    assert_eq!(ev[0].reviewer, "e2e-tester");
}

/// The same binary with `--lang da`: Danish words on the queue, Tab to the
/// Networks screen, Enter into a network, `A` to give it to a colleague.
#[test]
fn danish_queue_networks_and_assign_in_a_real_terminal() {
    if Command::new("tmux").arg("-V").output().is_err() {
        eprintln!("SKIPPED: tmux is not installed (apt-get install -y tmux); the Danish end-to-end test did not run");
        return;
    }
    let f = fixture();
    let tmux = Tmux::start(&f, "review-e2e-da", " --lang da");
    let first = tmux.wait_for("5 annoncer");
    assert!(
        first.contains("Kø — alle annoncer efter prioritet"),
        "{first}"
    );
    assert!(
        first.contains("navn") && first.contains("indikatorer"),
        "{first}"
    );

    tmux.send(&["Tab"]);
    let nets = tmux.wait_for("Aarhus, Odense");
    assert!(nets.contains("Netværk — efter prioritet"), "{nets}");
    assert!(
        nets.contains("ansvarlig") && nets.contains("Aarhus, Odense"),
        "{nets}"
    );

    tmux.send(&["Enter"]);
    let net = tmux.wait_for("hvorfor forbundet");
    assert!(net.contains("Netværk #1"), "{net}");

    tmux.send(&["A"]);
    tmux.wait_for("Giv netværk #1 til");
    for _ in 0.."e2e-tester".len() {
        tmux.send(&["BSpace"]);
    }
    tmux.send(&["-l", "bob"]);
    tmux.send(&["Enter"]);
    tmux.wait_for("netværk #1 er givet til bob");

    tmux.quit();
    let s = f.store();
    assert_eq!(
        s.assignee_of(Target::Network(1)).unwrap().as_deref(),
        Some("bob")
    );
}

//! The `review` binary on PostgreSQL (a real server, see
//! `store::pg::testing`): two reviewers of two organisations list, show,
//! mark and note the same ads; each sees only their organisation's work,
//! the role is the reviewer, and commands for the owner only (erasure, the
//! access report) are refused to a reviewer with a clear message. Without PostgreSQL the test prints `SKIPPED: …` and passes.

use model::Ad;
use std::process::{Command, Output};
use store::pg::testing::{as_role, create_role, fresh_database};
use store::prelude::*;
use store::{Location, PgStore};

fn review(url: &str, argv: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_review"))
        .arg("--db")
        .arg(url)
        .args(argv)
        .env_remove("ADSCREEN_DB")
        .env_remove("ADSCREEN_REVIEWER")
        .output()
        .unwrap()
}

fn ok(o: &Output) -> String {
    assert!(
        o.status.success(),
        "stdout: {}\nstderr: {}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    );
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn refused(o: &Output) -> String {
    assert!(
        !o.status.success(),
        "{}",
        String::from_utf8_lossy(&o.stdout)
    );
    String::from_utf8_lossy(&o.stderr).into_owned()
}

#[test]
fn two_organisations_review_one_postgres_store() {
    let Some(url) = fresh_database("reviewcli") else {
        return;
    };
    let Location::Postgres(u) = Location::parse(&url).unwrap() else {
        unreachable!()
    };
    let mut owner = PgStore::open(&u).unwrap();
    for n in 0..3 {
        let ad = Ad {
            url: format!("https://site.invalid/ad/{n}"),
            site: "s".into(),
            title: Some(format!("Ad {n}")),
            text: format!("Invented ad number {n}, ring 20 12 34 5{n}"),
            phones: vec![format!("+452012345{n}")],
            ..Ad::default()
        };
        let id = owner
            .upsert_ad(&ad, "DK", None, store::now())
            .unwrap()
            .ad_id;
        let text = ad.text.clone();
        let raw = format!("20 12 34 5{n}");
        let start = text.find(&raw).unwrap();
        let found = model::AdAnalysis {
            language: Some("en".into()),
            phones: vec![model::PhoneMatch {
                e164: format!("+452012345{n}"),
                raw: raw.clone(),
                field: model::AdField::Text,
                start,
                end: start + raw.len(),
                obfuscated: false,
            }],
            hits: vec![],
            score: 0.0,
            rules_version: "test".into(),
        };
        owner
            .save_analysis(id, &found, &store::ads::content_hash(&ad), |_, _| 0.0)
            .unwrap();
    }
    // The owner sets up the organisations and registers the reviewers' roles.
    ok(&review(
        &url,
        &["orgs", "add", "reden", "--title", "Reden International"],
    ));
    ok(&review(&url, &["orgs", "add", "amiami"]));
    let (anna, bo) = (
        format!("anna_{}_cli", std::process::id()),
        format!("bo_{}_cli", std::process::id()),
    );
    for (role, org) in [(&anna, "reden"), (&bo, "amiami")] {
        create_role(&url, role);
        ok(&review(&url, &["orgs", "reviewer", role, "--org", org]));
    }
    let listed: serde_json::Value =
        serde_json::from_str(&ok(&review(&url, &["orgs", "--json"]))).unwrap();
    assert_eq!(listed[1]["name"], "reden");
    assert_eq!(listed[1]["title"], "Reden International");
    assert_eq!(listed[1]["reviewers"][0], anna.as_str());
    let (as_anna, as_bo) = (as_role(&url, &anna), as_role(&url, &bo));
    // A reviewer cannot add organisations or move herself.
    refused(&review(&as_anna, &["orgs", "add", "mine"]));
    refused(&review(
        &as_anna,
        &["orgs", "reviewer", &anna, "--org", "amiami"],
    ));
    let d = tempfile::tempdir().unwrap();
    let lite = d.path().join("x.db");
    store::Store::open(&lite).unwrap();
    let err = refused(&review(lite.to_str().unwrap(), &["orgs"]));
    assert!(err.contains("one SQLite file is one organisation"), "{err}");
    let id = owner
        .ad_by_url("https://site.invalid/ad/1")
        .unwrap()
        .unwrap()
        .id
        .to_string();

    let list = ok(&review(&as_anna, &["list", "--json"]));
    let rows: serde_json::Value = serde_json::from_str(&list).unwrap();
    assert_eq!(rows.as_array().unwrap().len(), 3, "{list}");

    ok(&review(
        &as_anna,
        &[
            "mark",
            &id,
            "needs_outreach",
            "--note",
            "same number as ad 2",
        ],
    ));
    ok(&review(&as_anna, &["note", &id, "called, no answer"]));
    // Anna's organisation sees it; Bo's does not.
    let shown = ok(&review(&as_anna, &["show", &id, "--json"]));
    let d: serde_json::Value = serde_json::from_str(&shown).unwrap();
    assert_eq!(d["status"], "needs_outreach");
    assert_eq!(d["events"].as_array().unwrap().len(), 2);
    assert_eq!(d["events"][0]["reviewer"], anna.as_str());
    let shown = ok(&review(&as_bo, &["show", &id, "--json"]));
    let d: serde_json::Value = serde_json::from_str(&shown).unwrap();
    assert_eq!(d["status"], "new");
    assert!(d["events"].as_array().unwrap().is_empty(), "{shown}");
    let new_for_bo = ok(&review(&as_bo, &["list", "--status", "new", "--json"]));
    let rows: serde_json::Value = serde_json::from_str(&new_for_bo).unwrap();
    assert_eq!(rows.as_array().unwrap().len(), 3);
    let mine = ok(&review(
        &as_anna,
        &["list", "--status", "needs_outreach", "--json"],
    ));
    let rows: serde_json::Value = serde_json::from_str(&mine).unwrap();
    assert_eq!(rows.as_array().unwrap().len(), 1);

    // The role is the reviewer.
    let err = refused(&review(
        &as_bo,
        &["--reviewer", &anna, "note", &id, "as anna"],
    ));
    assert!(err.contains(&bo) && err.contains("--reviewer"), "{err}");
    // Access reports and erasure reach every organisation: the owner's only.
    let err = refused(&review(&as_anna, &["subject", "--phone", "+4520123451"]));
    assert!(
        err.contains("review subject") && err.contains("store's owner"),
        "{err}"
    );
    // Teamwork within the organisation; the do-not-contact list and the gap
    // between contacts across organisations.
    ok(&review(&as_anna, &["assign", &id, &anna]));
    let due = ok(&review(&as_anna, &["list", "--assignee", &anna, "--json"]));
    assert_eq!(
        serde_json::from_str::<serde_json::Value>(&due)
            .unwrap()
            .as_array()
            .unwrap()
            .len(),
        1
    );
    let none = ok(&review(&as_bo, &["list", "--assignee", &anna, "--json"]));
    assert_eq!(
        none.trim(),
        "[]",
        "an assignment leaks to another organisation"
    );
    ok(&review(
        &as_anna,
        &[
            "contact",
            &id,
            "--phone",
            "+4520123451",
            "--channel",
            "sms",
            "--outcome",
            "no_reply",
        ],
    ));
    let err = refused(&review(
        &as_bo,
        &[
            "contact",
            &id,
            "--phone",
            "+4520123451",
            "--channel",
            "sms",
            "--outcome",
            "no_reply",
        ],
    ));
    assert!(err.contains("another organisation"), "{err}");
    ok(&review(
        &as_bo,
        &[
            "do-not-contact",
            "+4520123451",
            "--reason",
            "partner_request",
        ],
    ));
    let err = refused(&review(
        &as_anna,
        &[
            "contact",
            &id,
            "--phone",
            "+4520123451",
            "--channel",
            "call",
            "--outcome",
            "no_reply",
            "--yes",
        ],
    ));
    assert!(
        err.contains("do-not-contact") || err.contains("partner"),
        "{err}"
    );
    let stats = ok(&review(&as_anna, &["stats", "--json"]));
    let v: serde_json::Value = serde_json::from_str(&stats).unwrap();
    let ads: i64 = v["weeks"]
        .as_array()
        .map(|w| w.iter().map(|w| w["ads"].as_i64().unwrap()).sum())
        .unwrap_or(-1);
    assert_eq!(ads, 3, "{stats}");
    let err = refused(&review(
        &as_anna,
        &["--lang", "da", "erase", "--phone", "+4520123451"],
    ));
    assert!(err.contains("skal køre som lagerets ejer"), "{err}");
    let nets = ok(&review(&as_anna, &["networks", "--json"]));
    assert_eq!(nets.trim(), "[]");
}

/// `v` with the clock's values (`generated_at`, event times) blanked.
fn without_clock(v: &mut serde_json::Value) {
    match v {
        serde_json::Value::Object(m) => {
            for (k, x) in m.iter_mut() {
                if k == "generated_at" || k == "at" {
                    *x = serde_json::Value::Null;
                } else {
                    without_clock(x);
                }
            }
        }
        serde_json::Value::Array(a) => a.iter_mut().for_each(without_clock),
        _ => {}
    }
}

#[test]
fn both_backends_export_the_same_file_for_the_same_store() {
    let Some(url) = fresh_database("reviewexport") else {
        return;
    };
    let Location::Postgres(u) = Location::parse(&url).unwrap() else {
        unreachable!()
    };
    let mut pg = PgStore::open(&u).unwrap();
    crate::support::fill(&mut pg);
    let me = pg.identity().unwrap().role;
    drop(pg);
    let f = crate::support::fixture();
    let lite = f.path.display().to_string();
    let dir = tempfile::tempdir().unwrap();
    let mut files = Vec::new();
    for (db, name) in [(&url, "pg.json"), (&lite, "sqlite.json")] {
        ok(&review(
            db,
            &[
                "--reviewer",
                &me,
                "mark",
                "1",
                "referred",
                "--note",
                "sent to CMM",
            ],
        ));
        ok(&review(
            db,
            &["--reviewer", &me, "note", "--network", "1", "same number"],
        ));
        let out = dir.path().join(name);
        ok(&review(
            db,
            &[
                "--reviewer",
                &me,
                "export",
                "--all",
                "--yes",
                "--out",
                out.to_str().unwrap(),
            ],
        ));
        let mut v: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(&out).unwrap()).unwrap();
        without_clock(&mut v);
        files.push(v);
    }
    assert_eq!(files[0]["ads"].as_array().unwrap().len(), 5);
    assert_eq!(
        files[0], files[1],
        "PostgreSQL's export (left) differs from SQLite's"
    );
    // The audit log of each records the export.
    for db in [&url, &lite] {
        let log = ok(&review(db, &["audit", "--action", "export", "--json"]));
        let v: serde_json::Value = serde_json::from_str(&log).unwrap();
        assert_eq!(v.as_array().unwrap().len(), 1, "{log}");
    }
}

#[test]
fn the_full_screen_tools_worker_answers_on_postgres() {
    use review_cli::tui::worker::{respond_in, Request, Response};
    use store::query::ListFilter;
    use store::review::{ReviewStatus, Target};
    let Some(url) = fresh_database("reviewtui") else {
        return;
    };
    let loc = Location::parse(&url).unwrap();
    let mut pg = store::AnyStore::open(&loc).unwrap();
    crate::support::fill(&mut pg);
    let tr = review_cli::i18n::Tr::default();
    let ask = |s: &mut store::AnyStore, r: Request| respond_in(s, "adscreen", &tr, r);
    let page = ask(
        &mut pg,
        Request::Page {
            generation: 1,
            filter: Box::default(),
            offset: 0,
            limit: 10,
        },
    );
    let Response::Page { rows, .. } = page else {
        panic!("{page:?}")
    };
    assert_eq!(rows.len(), 5);
    let Response::Ad(d) = ask(&mut pg, Request::Ad(1)) else {
        panic!()
    };
    assert_eq!(d.network_id, Some(1));
    let Response::Network(n) = ask(&mut pg, Request::Network(1)) else {
        panic!()
    };
    assert_eq!(n.members.len(), 2);
    // A status change from the ad as shown goes through; a second one from
    // the same, now stale, view is refused with who changed it.
    let seen = Some(d.events.iter().map(|e| e.id).max());
    let set = |seen| Request::SetStatus {
        target: Target::Ad(1),
        status: ReviewStatus::Referred,
        seen,
    };
    assert!(matches!(ask(&mut pg, set(seen)), Response::Done { .. }));
    let Response::Error(e) = ask(&mut pg, set(seen)) else {
        panic!("a stale change went through")
    };
    assert!(e.contains("since you read it"), "{e}");
    let Response::StatusCounts(c) = ask(&mut pg, Request::StatusCounts) else {
        panic!()
    };
    assert!(c.contains(&(ReviewStatus::Referred, 1)), "{c:?}");
    assert!(c.contains(&(ReviewStatus::New, 4)), "{c:?}");
    // The Trends screen counts from the ads.
    let Response::Trends(t) = ask(
        &mut pg,
        Request::Trends {
            filter: Box::new(ListFilter::default()),
            weeks: 8,
        },
    ) else {
        panic!()
    };
    assert_eq!(t.weeks.iter().map(|w| w.ads).sum::<i64>(), 5);
    // Teamwork: the assignee shows in the ad's panel.
    let done = ask(
        &mut pg,
        Request::Assign {
            target: Target::Ad(1),
            assignee: "bo".into(),
        },
    );
    assert!(matches!(done, Response::Done { .. }), "{done:?}");
    let Response::Teamwork { panel, .. } = ask(&mut pg, Request::Teamwork(1)) else {
        panic!()
    };
    assert_eq!(panel.assignee.as_deref(), Some("bo"));
}

//! The PostgreSQL backend on a real server (see `store::pg::testing`): the
//! schema, and the engine's roles giving the same answers as the SQLite
//! store for the same calls. Without PostgreSQL these tests print
//! `SKIPPED: …` and pass.

use chrono::{DateTime, Utc};
use model::{Ad, AdAnalysis, IndicatorHit, PhoneMatch};
use std::collections::BTreeMap;
use store::analysis::NewAnalysis;
use store::links::{BlockedPhone, LinkRow, LinkingResult, NetworkRow};
use store::pg::testing::fresh_database;
use store::prelude::*;
use store::review::WatchKind;
use store::sites::SiteSettings;
use store::{AnyStore, Location, PgStore, Store, StoreError};

fn t(s: &str) -> DateTime<Utc> {
    store::parse_time(s).unwrap()
}

fn pg(tag: &str) -> Option<AnyStore> {
    let url = fresh_database(tag)?;
    Some(AnyStore::open(&Location::parse(&url).unwrap()).unwrap())
}

fn sqlite(dir: &tempfile::TempDir) -> AnyStore {
    AnyStore::open(&Location::Sqlite(dir.path().join("a.db"))).unwrap()
}

fn ad(n: usize, text: &str, phone: &str) -> Ad {
    Ad {
        url: format!("https://site.invalid/ad/{n}"),
        site: if n.is_multiple_of(2) { "even" } else { "odd" }.into(),
        text: text.into(),
        title: Some(format!("Title {n}")),
        name: Some(format!("Name{n}")),
        age: Some(20 + n as u32),
        location: Some(if n.is_multiple_of(3) { "Kbh" } else { "Aarhus" }.into()),
        price: Some(format!("{} kr", 1000 + n * 100)),
        phones: vec![phone.into()],
        images: vec![
            format!("https://img.invalid/{n}.jpg"),
            format!("https://img.invalid/{}.jpg", n + 100),
        ],
        posted_at: Some(t("2026-01-02T03:04:05Z")),
        ..Ad::default()
    }
}

fn hit(code: &str, weight: f64) -> IndicatorHit {
    serde_json::from_value(serde_json::json!({
        "code": code, "weight": weight, "explanation": format!("because {code}"), "evidence": []
    }))
    .unwrap()
}

fn analysis(n: usize) -> AdAnalysis {
    AdAnalysis {
        language: Some("da".into()),
        phones: vec![
            PhoneMatch {
                e164: format!("+452012345{}", n % 3),
                raw: "20 12 34 5x".into(),
                field: model::AdField::Text,
                start: 3,
                end: 14,
                obfuscated: n.is_multiple_of(2),
            },
            PhoneMatch {
                e164: "+4520000000".into(),
                raw: "20 00 00 00".into(),
                field: model::AdField::Name,
                start: 0,
                end: 11,
                obfuscated: false,
            },
        ],
        hits: vec![hit("third_person", 1.5), hit("youth_terms", 0.5 * n as f64)],
        score: 0.0,
        rules_version: "r1".into(),
    }
}

fn score(own: &[IndicatorHit], links: &[IndicatorHit]) -> f64 {
    own.iter().chain(links).map(|h| h.weight).sum()
}

/// The same calls on a store; everything it answers, as text.
pub(crate) fn scenario(s: &mut AnyStore) -> Vec<String> {
    let mut log = Vec::new();
    let mut say = |what: &str, v: String| log.push(format!("{what}: {v}"));
    let at = t("2026-03-01T10:00:00Z");
    let batch: Vec<(Ad, Option<serde_json::Value>)> = (1..=6)
        .map(|n| {
            (
                ad(
                    n,
                    &format!("Text {n} ring 20 12 34 5{n}"),
                    "+45 20 12 34 56",
                ),
                (n == 2).then(|| serde_json::json!({"mood": "kept"})),
            )
        })
        .collect();
    say(
        "upsert",
        format!("{:?}", s.upsert_ads(&batch, "DK", at).unwrap()),
    );
    // Same content, changed content, a repeat inside one batch.
    let again = vec![
        batch[0].clone(),
        (ad(2, "Text 2, now changed", "+45 20 12 34 57"), None),
        (ad(7, "Seven", "+45 20 12 34 58"), None),
        (
            ad(7, "Seven, changed in the same batch", "+45 20 12 34 58"),
            None,
        ),
    ];
    say(
        "upsert again",
        format!(
            "{:?}",
            s.upsert_ads(&again, "DK", t("2026-03-02T10:00:00Z"))
                .unwrap()
        ),
    );
    // Distinct URLs, mixed: unchanged, changed, new (the batched path).
    let mixed = vec![
        batch[2].clone(),
        (ad(4, "Text 4, changed", "+45 20 12 34 54"), None),
        (ad(8, "Eight", "+45 20 12 34 58"), None),
    ];
    say(
        "upsert mixed",
        format!(
            "{:?}",
            s.upsert_ads(&mixed, "DK", t("2026-03-03T10:00:00Z"))
                .unwrap()
        ),
    );
    say(
        "bad ad",
        format!(
            "{:?}",
            s.upsert_ad(&Ad::default(), "DK", None, at)
                .map_err(|e| matches!(e, StoreError::Invalid(_)))
        ),
    );
    say(
        "touch",
        format!(
            "{:?} {:?}",
            s.touch_ad("https://site.invalid/ad/3", t("2026-03-05T00:00:00Z")),
            s.touch_ad("https://nowhere.invalid/", at)
        ),
    );
    say(
        "removed",
        format!(
            "{:?}",
            s.mark_removed("odd", t("2026-03-04T00:00:00Z")).unwrap()
        ),
    );
    say("count", format!("{:?}", s.count_ads().unwrap()));
    for id in 1..=8 {
        let a = s.ad(id).unwrap().map(|mut a| {
            let removed = a.removed_at.take().is_some();
            (a, removed)
        });
        say(&format!("ad {id}"), format!("{a:?}"));
        say(
            &format!("versions {id}"),
            format!("{:?}", s.ad_versions(id).unwrap()),
        );
    }
    say(
        "by url",
        format!(
            "{:?}",
            s.ad_by_url("https://site.invalid/ad/2")
                .unwrap()
                .map(|a| a.id)
        ),
    );
    say(
        "by ids",
        format!(
            "{:?}",
            s.ads_by_ids(&[5, 1, 99, 3])
                .unwrap()
                .iter()
                .map(|a| a.id)
                .collect::<Vec<_>>()
        ),
    );
    let mut prices = s.current_prices().unwrap();
    prices.sort();
    say("prices", format!("{prices:?}"));
    let images = s.images_to_hash(100).unwrap();
    say("images", format!("{images:?}"));
    for (i, (id, url)) in images.iter().enumerate() {
        let h = if i % 4 == 3 {
            Err("not an image".to_string())
        } else {
            Ok(0xF0F0_0000_0000_0000u64 + i as u64)
        };
        s.set_image_hash(*id, url, h).unwrap();
    }
    say(
        "images left",
        format!("{:?}", s.images_to_hash(100).unwrap()),
    );
    // Sites and analysis.
    let site = |name: &str, langs: &[&str]| SiteSettings {
        name: name.into(),
        default_region: "DK".into(),
        languages: langs.iter().map(|l| l.to_string()).collect(),
        site_phones: vec!["+4520000000".into()],
    };
    say(
        "sites",
        format!(
            "{:?}",
            s.save_sites(&[site("odd", &["da"]), site("even", &[])])
                .unwrap()
        ),
    );
    say(
        "sites again",
        format!(
            "{:?}",
            s.save_sites(&[site("odd", &["da"]), site("even", &["en"])])
                .unwrap()
        ),
    );
    say("sites read", format!("{:?}", s.sites().unwrap()));
    say(
        "needing",
        format!("{:?}", s.ads_needing_analysis("r1").unwrap()),
    );
    let even_version = site("even", &["en"]).version();
    let items: Vec<NewAnalysis> = (1..=7)
        .map(|n| NewAnalysis {
            ad_id: n,
            analysis: analysis(n as usize),
            content_hash: s.ad(n).unwrap().unwrap().content_hash,
            site_version: if n % 2 == 0 {
                even_version.clone()
            } else {
                String::new()
            },
        })
        .collect();
    s.save_analyses(&items, score).unwrap();
    s.save_analysis(7, &analysis(8), "stale hash", score)
        .unwrap();
    say(
        "needing after",
        format!("{:?}", s.ads_needing_analysis("r1").unwrap()),
    );
    say(
        "needing r2",
        format!("{:?}", s.ads_needing_analysis("r2").unwrap().len()),
    );
    let mut links = BTreeMap::new();
    links.insert(1, vec![hit("shared_phone", 2.0)]);
    links.insert(
        2,
        vec![hit("shared_phone", 2.0), hit("phone_multi_city", 1.0)],
    );
    s.replace_link_hits(&links, score).unwrap();
    let only3 = [hit("shared_phone", 3.0)];
    s.update_link_hits(&[(3, &only3[..]), (1, &[][..]), (99, &only3[..])], score)
        .unwrap();
    // A new analysis keeps the link hits.
    s.save_analysis(2, &analysis(12), &items[1].content_hash, score)
        .unwrap();
    for id in 1..=8 {
        say(
            &format!("analysis {id}"),
            format!("{:?}", s.analysis(id).unwrap()),
        );
        say(
            &format!("phones {id}"),
            format!("{:?}", s.phones_of(id).unwrap()),
        );
    }
    // Linking, twice: the second run merges two networks and splits one.
    let link = |a, b, kind: &str| LinkRow {
        a,
        b,
        kind: model::LinkKind::parse(kind).unwrap(),
        evidence: format!("{kind} {a}-{b}"),
        score: 0.5,
    };
    let net = |id, ad_ids: Vec<i64>| NetworkRow {
        id,
        ad_ids,
        first_seen: Some(t("2026-01-01T00:00:00Z")),
        last_seen: None,
        summary: serde_json::json!({"id": id}),
    };
    let first = LinkingResult {
        links: vec![link(1, 2, "phone"), link(3, 2, "text"), link(4, 5, "image")],
        clusters: vec![
            (1, "text".into(), 1),
            (2, "text".into(), 1),
            (4, "image".into(), 4),
        ],
        networks: vec![
            net(1, vec![1, 2, 3]),
            net(4, vec![4, 5]),
            net(6, vec![6, 7]),
        ],
        blocked: vec![BlockedPhone {
            e164: "+4520000000".into(),
            reason: "site number".into(),
            source: "config".into(),
        }],
    };
    say(
        "link 1",
        format!("{:?}", s.replace_linking(&first).unwrap()),
    );
    let second = LinkingResult {
        links: vec![link(1, 2, "phone"), link(4, 6, "phone")],
        clusters: vec![(1, "text".into(), 1), (2, "text".into(), 7)],
        networks: vec![
            net(1, vec![1, 2]),
            net(3, vec![3]),
            net(4, vec![4, 5, 6, 7]),
        ],
        blocked: vec![],
    };
    let mut changes = s.replace_linking(&second).unwrap();
    changes.split.sort();
    changes.merged.sort();
    say("link 2", format!("{changes:?}"));
    for id in 1..=8 {
        say(
            &format!("links {id}"),
            format!("{:?}", s.links_of(id).unwrap()),
        );
        say(
            &format!("clusters {id}"),
            format!("{:?}", s.clusters_of(id).unwrap()),
        );
        say(
            &format!("network of {id}"),
            format!("{:?}", s.network_of(id).unwrap()),
        );
    }
    for id in s.network_ids().unwrap() {
        say(
            &format!("network {id}"),
            format!("{:?}", s.network(id).unwrap()),
        );
    }
    say("no network", format!("{:?}", s.network(99).unwrap()));
    say("blocked", format!("{:?}", s.blocked_phones().unwrap()));
    // Fingerprints and the change log.
    say("metas", format!("{:?}", s.link_metas().unwrap()));
    say(
        "metas of",
        format!("{:?}", s.link_metas_of(&[3, 1, 99, 1]).unwrap()),
    );
    let mut texts: Vec<_> = s.link_texts(&[1, 2, 99]).unwrap().into_iter().collect();
    texts.sort();
    say("texts", format!("{texts:?}"));
    let h1 = s.ad(1).unwrap().unwrap().content_hash;
    s.save_link_prints(
        "p1",
        &[
            (1, h1.clone(), Some(vec![1, 2, 3])),
            (2, "old".into(), None),
            (99, h1, None),
        ],
    )
    .unwrap();
    say("prints", format!("{:?}", s.link_prints("p1").unwrap()));
    say(
        "prints of",
        format!("{:?}", s.link_prints_of("p1", &[2, 1]).unwrap()),
    );
    say(
        "prints other version",
        format!("{:?}", s.link_prints("p2").unwrap()),
    );
    s.clear_link_prints().unwrap();
    say(
        "prints cleared",
        format!("{:?}", s.link_prints("p1").unwrap()),
    );
    let seq = s.link_change_seq().unwrap();
    let (ids, _) = s.link_changes_since(0).unwrap();
    say("changed", format!("{ids:?}"));
    s.upsert_ad(&ad(9, "Nine", "+45 20 12 34 59"), "DK", None, at)
        .unwrap();
    let (ids, seq2) = s.link_changes_since(seq).unwrap();
    say("changed since", format!("{ids:?} {}", seq2 > seq));
    s.prune_link_changes(seq2).unwrap();
    say(
        "after prune",
        format!("{:?}", s.link_changes_since(0).unwrap().0),
    );
    say("generation", format!("{:?}", s.link_generation().unwrap()));
    s.set_link_generation("g1").unwrap();
    s.set_link_generation("g2").unwrap();
    say(
        "generation set",
        format!("{:?}", s.link_generation().unwrap()),
    );
    log
}

#[test]
fn the_engine_roles_answer_as_on_sqlite() {
    let Some(mut p) = pg("roles") else { return };
    let dir = tempfile::tempdir().unwrap();
    let mut q = sqlite(&dir);
    let (on_pg, on_sqlite) = (scenario(&mut p), scenario(&mut q));
    if std::env::var_os("SHOW_SCENARIO").is_some() {
        println!("{}", on_sqlite.join("\n"));
    }
    assert_eq!(on_pg.len(), on_sqlite.len());
    for (a, b) in on_pg.iter().zip(&on_sqlite) {
        assert_eq!(a, b, "PostgreSQL (left) and SQLite (right) differ");
    }
}

#[test]
fn the_schema_is_migrated_once_and_numbered_as_sqlite() {
    let Some(url) = fresh_database("schema") else {
        return;
    };
    let loc = Location::parse(&url).unwrap();
    let Location::Postgres(u) = &loc else {
        panic!("{loc:?}")
    };
    // Two openers at once: each migration runs once.
    let threads: Vec<_> = (0..2)
        .map(|_| {
            let u = u.clone();
            std::thread::spawn(move || PgStore::open(&u).map(|_| ()))
        })
        .collect();
    for th in threads {
        th.join().unwrap().unwrap();
    }
    let s = PgStore::open_existing(u).unwrap();
    assert_eq!(
        store::pg::schema::current_version(&s).unwrap(),
        store::pg::schema::latest_version()
    );
    let numbers =
        |m: &[(i64, &str, &str)]| m.iter().map(|x| (x.0, x.1.to_string())).collect::<Vec<_>>();
    // One number is one change on both backends: every PostgreSQL migration
    // SQLite also has is named alike; 9, 11 and 15 (kept trend counts) are
    // SQLite's only, 12 (organisations) PostgreSQL's only.
    let pg = numbers(store::pg::schema::MIGRATIONS);
    let lite = numbers(store::schema::MIGRATIONS);
    for m in &pg {
        if let Some(l) = lite.iter().find(|l| l.0 == m.0) {
            assert_eq!(l, m);
        }
    }
    let only_pg: Vec<i64> = pg
        .iter()
        .filter(|m| !lite.iter().any(|l| l.0 == m.0))
        .map(|m| m.0)
        .collect();
    let only_lite: Vec<i64> = lite
        .iter()
        .filter(|l| !pg.iter().any(|m| m.0 == l.0))
        .map(|l| l.0)
        .collect();
    assert_eq!((only_pg, only_lite), (vec![12], vec![9, 11, 15]));
    // An empty database is not a store to open read-only.
    let Some(empty) = fresh_database("empty") else {
        return;
    };
    let Location::Postgres(e) = Location::parse(&empty).unwrap() else {
        unreachable!()
    };
    let err = PgStore::open_existing(&e).unwrap_err();
    assert!(
        matches!(err, StoreError::Outdated { found: 0, .. }),
        "{err}"
    );
    assert!(!err.to_string().is_empty());
}

#[test]
fn errors_name_the_database_and_are_typed() {
    let Some(url) = fresh_database("errors") else {
        return;
    };
    // A database that does not exist: a clear message naming it.
    let missing = url.replace("adscreen_t", "nosuchdb_");
    let Location::Postgres(m) = Location::parse(&missing).unwrap() else {
        unreachable!()
    };
    let err = PgStore::open(&m).unwrap_err().to_string();
    assert!(
        err.contains("nosuchdb_") && err.contains("does not exist"),
        "{err}"
    );
    // Nothing listens: "cannot connect", with the cause.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let Location::Postgres(d) =
        Location::parse(&format!("postgres://x@127.0.0.1:{port}/db?sslmode=disable")).unwrap()
    else {
        unreachable!()
    };
    let err = PgStore::open(&d).unwrap_err().to_string();
    assert!(err.contains("cannot connect"), "{err}");
    // sslmode=require against a server without TLS is refused.
    let Location::Postgres(r) =
        Location::parse(&url.replace("sslmode=disable", "sslmode=require")).unwrap()
    else {
        unreachable!()
    };
    assert!(PgStore::open(&r).is_err());
    // Inside an async runtime the store refuses instead of panicking.
    let rt = tokio_runtime();
    let Location::Postgres(u) = Location::parse(&url).unwrap() else {
        unreachable!()
    };
    let err = rt
        .block_on(async { PgStore::open(&u).map(|_| ()) })
        .unwrap_err();
    assert!(err.to_string().contains("a thread of its own"), "{err}");
    drop(Store::open(&tempfile::tempdir().unwrap().path().join("x.db")).unwrap());
}

fn tokio_runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .build()
        .unwrap()
}

/// The review reads after [`scenario`] and a few review changes: queue
/// pages under filters, counts, details, statuses and watches (times of
/// review events left out: they are the clock's).
fn review_scenario(s: &mut AnyStore) -> Vec<String> {
    use store::query::ListFilter;
    use store::review::{ReviewStatus, Target};
    let mut log = scenario(s);
    let ids: Vec<i64> = (1..=8)
        .filter_map(|n| {
            s.ad_by_url(&format!("https://site.invalid/ad/{n}"))
                .unwrap()
                .map(|a| a.id)
        })
        .collect();
    s.set_status(
        Target::Ad(ids[0]),
        ReviewStatus::NeedsOutreach,
        "anna",
        None,
    )
    .unwrap();
    s.add_note(Target::Ad(ids[0]), "anna", "two names, one number")
        .unwrap();
    let seen = s
        .last_status_event(Target::Ad(ids[1]))
        .unwrap()
        .map(|e| e.id);
    s.set_status_if(
        Target::Ad(ids[1]),
        ReviewStatus::Dismissed,
        "bo",
        Some("fine"),
        seen,
    )
    .unwrap();
    let stale = s.set_status_if(Target::Ad(ids[1]), ReviewStatus::Agency, "anna", None, seen);
    log.push(format!(
        "stale: {}",
        matches!(stale, Err(StoreError::Stale { .. }))
    ));
    s.set_watch(WatchKind::Phone, "+4520123456", "anna", true)
        .unwrap();
    let filters = [
        ListFilter::default(),
        ListFilter {
            site: Some("even".into()),
            ..ListFilter::default()
        },
        ListFilter {
            location: Some("København".into()),
            ..ListFilter::default()
        },
        ListFilter {
            language: Some("da".into()),
            ..ListFilter::default()
        },
        ListFilter {
            indicator: Some("youth_terms".into()),
            ..ListFilter::default()
        },
        ListFilter {
            status: Some(ReviewStatus::New),
            ..ListFilter::default()
        },
        ListFilter {
            status: Some(ReviewStatus::Dismissed),
            ..ListFilter::default()
        },
        ListFilter {
            min_score: Some(1.0),
            ..ListFilter::default()
        },
        ListFilter {
            search: Some("TEXT changed".into()),
            ..ListFilter::default()
        },
        // Word beginnings in any (ASCII) case, through each backend's index.
        ListFilter {
            search: Some("CHANG".into()),
            ..ListFilter::default()
        },
        ListFilter {
            search: Some("ad-numb".into()),
            include_removed: true,
            ..ListFilter::default()
        },
        ListFilter {
            include_removed: true,
            limit: 3,
            offset: 1,
            ..ListFilter::default()
        },
        ListFilter {
            ids: ids[..3].to_vec(),
            ..ListFilter::default()
        },
    ];
    for f in &filters {
        let rows: Vec<String> = s
            .list_ads(f)
            .unwrap()
            .iter()
            .map(|r| format!("{} {:?} {:?} {}", r.url, r.status, r.indicators, r.score))
            .collect();
        let page: Vec<String> = s
            .queue_page(f)
            .unwrap()
            .iter()
            .map(|r| r.url.clone())
            .collect();
        log.push(format!(
            "list {f:?}: {rows:?} page {page:?} count {}",
            s.queue_count(f).unwrap()
        ));
    }
    for &id in &ids {
        let d = s.ad_detail(id).unwrap().unwrap();
        let events: Vec<_> = d
            .events
            .iter()
            .map(|e| (&e.reviewer, &e.kind, e.status, &e.note))
            .collect();
        log.push(format!(
            "detail {}: {:?} {:?} {:?} {:?} {:?} {events:?}",
            d.stored.ad.url,
            d.status,
            d.images,
            d.phones,
            d.network_id,
            d.analysis.map(|a| a.score)
        ));
    }
    let nets = s.network_ids().unwrap();
    assert!(!nets.is_empty());
    s.set_status(
        Target::Network(nets[0]),
        ReviewStatus::Referred,
        "anna",
        None,
    )
    .unwrap();
    for f in [
        store::network_list::NetworkFilter::default(),
        store::network_list::NetworkFilter {
            status: Some(ReviewStatus::Referred),
            ..Default::default()
        },
        store::network_list::NetworkFilter {
            limit: 1,
            offset: 1,
            ..Default::default()
        },
    ] {
        log.push(format!("networks {f:?}: {:?}", s.network_list(&f).unwrap()));
    }
    log.push(format!("status counts: {:?}", s.status_counts().unwrap()));
    for f in &filters {
        log.push(format!(
            "trends {f:?}: {:?}",
            s.trends_recount(f, 3).unwrap()
        ));
    }
    log.push(format!(
        "trends: {:?}",
        s.trends(&ListFilter::default(), 2).unwrap()
    ));
    log.push(format!("outreach: {:?}", s.outreach_per_month().unwrap()));
    let watches: Vec<_> = s
        .watches("anna")
        .unwrap()
        .into_iter()
        .map(|w| (w.kind, w.target))
        .collect();
    log.push(format!("watches: {watches:?}"));
    log
}

#[test]
fn the_review_reads_answer_as_on_sqlite() {
    let Some(mut p) = pg("reviewreads") else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let mut q = sqlite(&dir);
    let (on_pg, on_sqlite) = (review_scenario(&mut p), review_scenario(&mut q));
    if std::env::var_os("SHOW_SCENARIO").is_some() {
        println!("{}", on_sqlite.join("\n"));
    }
    assert!(on_sqlite.iter().any(|l| l == "stale: true"));
    assert_eq!(on_pg.len(), on_sqlite.len());
    for (a, b) in on_pg.iter().zip(&on_sqlite) {
        assert_eq!(a, b, "PostgreSQL (left) and SQLite (right) differ");
    }
}

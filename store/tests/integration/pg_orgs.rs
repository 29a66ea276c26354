//! Organisations on a real PostgreSQL server (see `store::pg::testing`):
//! each reviewer is a database role in one organisation; review rows are
//! visible within it only (row-level security), the role is the identity,
//! a stale status change is refused, and several reviewers at once lose no
//! event. Without PostgreSQL these tests print `SKIPPED: …` and pass.

use model::Ad;
use store::pg::testing::{as_role, create_role, fresh_database};
use store::prelude::*;
use store::review::WatchKind;
use store::review::{ReviewStatus, Target};
use store::{Location, PgStore, StoreError};

/// A fresh database with two ads, organisations `reden` and `amiami`, and
/// one reviewer role per name given (`org/name`), unique to this test.
/// Returns the owner's store, the URL, and the reviewers' role names.
fn setup(tag: &str, reviewers: &[(&str, &str)]) -> Option<(PgStore, String, Vec<String>)> {
    let url = fresh_database(tag)?;
    let Location::Postgres(u) = Location::parse(&url).unwrap() else {
        unreachable!()
    };
    let mut owner = PgStore::open(&u).unwrap();
    for n in 0..2 {
        let ad = Ad {
            url: format!("https://site.invalid/ad/{n}"),
            site: "s".into(),
            text: format!("Ad number {n}"),
            phones: vec!["+4520123456".into()],
            ..Ad::default()
        };
        owner.upsert_ad(&ad, "DK", None, store::now()).unwrap();
    }
    owner.add_org("reden", Some("Reden International")).unwrap();
    owner.add_org("amiami", None).unwrap();
    let mut roles = Vec::new();
    for (org, name) in reviewers {
        let role = format!("{name}_{}_{tag}", std::process::id());
        create_role(&url, &role);
        owner.add_reviewer(&role, org).unwrap();
        roles.push(role);
    }
    Some((owner, url, roles))
}

fn open_as(url: &str, role: &str) -> PgStore {
    let Location::Postgres(u) = Location::parse(&as_role(url, role)).unwrap() else {
        unreachable!()
    };
    PgStore::open(&u).unwrap()
}

fn raw(url: &str, role: &str) -> postgres::Client {
    postgres::Client::connect(&as_role(url, role), postgres::NoTls).unwrap()
}

#[test]
fn a_reviewer_sees_only_their_organisations_review_rows() {
    let Some((owner, url, roles)) = setup("orgsrls", &[("reden", "anna"), ("amiami", "bo")]) else {
        return;
    };
    let ad = Target::Ad(
        owner
            .ad_by_url("https://site.invalid/ad/0")
            .unwrap()
            .unwrap()
            .id,
    );
    let mut anna = open_as(&url, &roles[0]);
    let mut bo = open_as(&url, &roles[1]);
    assert_eq!(anna.identity().unwrap().org.as_deref(), Some("reden"));
    assert_eq!(bo.identity().unwrap().org.as_deref(), Some("amiami"));

    anna.add_note(ad, &roles[0], "called, no answer").unwrap();
    anna.set_status(
        ad,
        ReviewStatus::NeedsOutreach,
        &roles[0],
        Some("two names, one number"),
    )
    .unwrap();
    anna.set_watch(WatchKind::Phone, "+4520123456", &roles[0], true)
        .unwrap();

    // Anna's organisation sees her work; Bo's does not, by the API or by SQL.
    assert_eq!(anna.events_of(ad).unwrap().len(), 2);
    assert_eq!(anna.status_of(ad).unwrap(), ReviewStatus::NeedsOutreach);
    assert!(bo.events_of(ad).unwrap().is_empty());
    assert_eq!(bo.status_of(ad).unwrap(), ReviewStatus::New);
    assert!(bo.watches(&roles[0]).unwrap().is_empty());
    let mut bo_sql = raw(&url, &roles[1]);
    for table in ["review_events", "reviews", "watch"] {
        let n: i64 = bo_sql
            .query_one(&format!("SELECT count(*) FROM {table}"), &[])
            .unwrap()
            .get(0);
        assert_eq!(n, 0, "{table} leaks to another organisation");
    }
    let notes: i64 = bo_sql
        .query_one(
            "SELECT count(*) FROM audit WHERE action LIKE 'review.%'",
            &[],
        )
        .unwrap()
        .get(0);
    assert_eq!(notes, 0, "the audit log leaks to another organisation");

    // Bo's own status is his organisation's, beside Anna's.
    bo.set_status(ad, ReviewStatus::Contacted, &roles[1], None)
        .unwrap();
    assert_eq!(bo.status_of(ad).unwrap(), ReviewStatus::Contacted);
    assert_eq!(anna.status_of(ad).unwrap(), ReviewStatus::NeedsOutreach);

    // Bo cannot write into Anna's organisation, nor as Anna.
    bo_sql
        .execute(
            "INSERT INTO review_events (target_kind, target_id, at, reviewer, kind, note, org)
             VALUES ('ad', $1, '2026-01-01T00:00:00Z', $2, 'note', 'forged', 'reden')",
            &[&ad.parts().1, &roles[0]],
        )
        .unwrap();
    let forged = anna
        .events_of(ad)
        .unwrap()
        .into_iter()
        .any(|e| e.note.as_deref() == Some("forged"));
    assert!(!forged, "a forged note reached another organisation");
    let mine = bo.events_of(ad).unwrap();
    let f = mine
        .iter()
        .find(|e| e.note.as_deref() == Some("forged"))
        .unwrap();
    assert_eq!(f.reviewer, roles[1], "the role is the identity");

    // The owner sees both organisations, each row labelled with its own.
    let mut own = postgres::Client::connect(&url, postgres::NoTls).unwrap();
    let orgs: Vec<String> = own
        .query("SELECT DISTINCT org FROM reviews ORDER BY org", &[])
        .unwrap()
        .iter()
        .map(|r| r.get(0))
        .collect();
    assert_eq!(orgs, ["amiami", "reden"]);
}

#[test]
fn the_role_is_the_reviewer_and_the_audit_log_records_the_organisation() {
    let Some((owner, url, roles)) = setup("orgsident", &[("reden", "cara")]) else {
        return;
    };
    let ad = Target::Ad(
        owner
            .ad_by_url("https://site.invalid/ad/1")
            .unwrap()
            .unwrap()
            .id,
    );
    let mut cara = open_as(&url, &roles[0]);
    // Claiming another reviewer's name is overruled by the role.
    cara.add_note(ad, "somebody_else", "note").unwrap();
    let ev = cara.events_of(ad).unwrap();
    assert_eq!(ev[0].reviewer, roles[0]);
    let mut sql = raw(&url, &roles[0]);
    let row = sql
        .query_one(
            "SELECT actor, org FROM audit WHERE action = 'review.note'",
            &[],
        )
        .unwrap();
    assert_eq!(row.get::<_, String>(0), roles[0]);
    assert_eq!(row.get::<_, String>(1), "reden");
    // A reviewer cannot register itself elsewhere.
    let err = sql
        .execute(
            "UPDATE reviewers SET org = 'amiami' WHERE role = $1",
            &[&roles[0]],
        )
        .unwrap_err();
    assert_eq!(
        err.code(),
        Some(&postgres::error::SqlState::INSUFFICIENT_PRIVILEGE),
        "{err:?}"
    );
}

#[test]
fn a_stale_status_change_is_refused_with_who_changed_it() {
    let Some((owner, url, roles)) = setup("orgsstale", &[("reden", "dan"), ("reden", "eva")])
    else {
        return;
    };
    let ad = Target::Ad(
        owner
            .ad_by_url("https://site.invalid/ad/0")
            .unwrap()
            .unwrap()
            .id,
    );
    let mut dan = open_as(&url, &roles[0]);
    let mut eva = open_as(&url, &roles[1]);
    // Both read the case with no status yet.
    let seen_d = dan.last_status_event(ad).unwrap().map(|e| e.id);
    let seen_e = eva.last_status_event(ad).unwrap().map(|e| e.id);
    assert_eq!((seen_d, seen_e), (None, None));
    dan.set_status_if(ad, ReviewStatus::NeedsOutreach, &roles[0], None, seen_d)
        .unwrap();
    let err = eva
        .set_status_if(ad, ReviewStatus::Dismissed, &roles[1], None, seen_e)
        .unwrap_err();
    match &err {
        StoreError::Stale { by, status, .. } => {
            assert_eq!(by, &roles[0]);
            assert_eq!(status, "needs_outreach");
        }
        other => panic!("expected a stale refusal, got {other}"),
    }
    assert!(err.to_string().contains(&roles[0]), "{err}");
    assert_eq!(eva.status_of(ad).unwrap(), ReviewStatus::NeedsOutreach);
    // Having looked again, Eva's change goes through.
    let seen = eva.last_status_event(ad).unwrap().map(|e| e.id);
    eva.set_status_if(ad, ReviewStatus::Dismissed, &roles[1], None, seen)
        .unwrap();
    assert_eq!(dan.status_of(ad).unwrap(), ReviewStatus::Dismissed);
}

#[test]
fn six_reviewers_at_once_lose_no_event() {
    let names = [
        ("reden", "r1"),
        ("reden", "r2"),
        ("reden", "r3"),
        ("amiami", "a1"),
        ("amiami", "a2"),
        ("amiami", "a3"),
    ];
    let Some((owner, url, roles)) = setup("orgssix", &names) else {
        return;
    };
    let ads: Vec<i64> = (0..2)
        .map(|n| {
            owner
                .ad_by_url(&format!("https://site.invalid/ad/{n}"))
                .unwrap()
                .unwrap()
                .id
        })
        .collect();
    const EACH: usize = 30;
    let threads: Vec<_> = roles
        .iter()
        .cloned()
        .map(|role| {
            let (url, ads) = (url.clone(), ads.clone());
            std::thread::spawn(move || {
                let mut s = open_as(&url, &role);
                let mut refused = 0;
                for i in 0..EACH {
                    let ad = Target::Ad(ads[i % 2]);
                    s.add_note(ad, &role, &format!("{role} note {i}")).unwrap();
                    // A status change from the view just read: a colleague may
                    // have changed it in between; then read again and retry.
                    loop {
                        let seen = s.last_status_event(ad).unwrap().map(|e| e.id);
                        let st = if i % 2 == 0 {
                            ReviewStatus::Contacted
                        } else {
                            ReviewStatus::NeedsOutreach
                        };
                        match s.set_status_if(ad, st, &role, None, seen) {
                            Ok(_) => break,
                            Err(StoreError::Stale { .. }) => refused += 1,
                            Err(e) => panic!("{role}: {e}"),
                        }
                    }
                }
                refused
            })
        })
        .collect();
    let refused: usize = threads.into_iter().map(|t| t.join().unwrap()).sum();
    println!("stale refusals retried: {refused}");
    // Every note and every status change is there, in its organisation.
    let mut sql = postgres::Client::connect(&url, postgres::NoTls).unwrap();
    for org in ["reden", "amiami"] {
        let row = sql
            .query_one(
                "SELECT count(*) FILTER (WHERE kind = 'note'), count(*) FILTER (WHERE kind = 'status')
                 FROM review_events WHERE org = $1",
                &[&org],
            )
            .unwrap();
        assert_eq!(row.get::<_, i64>(0), 3 * EACH as i64, "{org} notes");
        assert_eq!(row.get::<_, i64>(1), 3 * EACH as i64, "{org} status events");
        // The current status is the newest status event's, per case.
        for &ad in &ads {
            let newest: String = sql
                .query_one(
                    "SELECT status FROM review_events WHERE org = $1 AND target_id = $2 AND kind = 'status' ORDER BY id DESC LIMIT 1",
                    &[&org, &ad],
                )
                .unwrap()
                .get(0);
            let current: String = sql
                .query_one(
                    "SELECT status FROM reviews WHERE org = $1 AND target_kind = 'ad' AND target_id = $2",
                    &[&org, &ad],
                )
                .unwrap()
                .get(0);
            assert_eq!(newest, current, "{org} ad {ad}");
        }
    }
}

#[test]
fn a_network_merge_by_the_crawlers_role_carries_every_organisations_status_and_watch() {
    use store::links::{LinkingResult, NetworkRow};
    let Some((mut owner, url, roles)) = setup("orgsmerge", &[("reden", "fia")]) else {
        return;
    };
    let ids: Vec<i64> = (0..2)
        .map(|n| {
            owner
                .ad_by_url(&format!("https://site.invalid/ad/{n}"))
                .unwrap()
                .unwrap()
                .id
        })
        .collect();
    let net = |id: i64, ads: Vec<i64>| NetworkRow {
        id,
        ad_ids: ads,
        first_seen: None,
        last_seen: None,
        summary: serde_json::json!({}),
    };
    let linking = |networks| LinkingResult {
        links: vec![],
        clusters: vec![],
        networks,
        blocked: vec![],
    };
    owner
        .replace_linking(&linking(vec![net(1, vec![ids[0]]), net(2, vec![ids[1]])]))
        .unwrap();
    let mut fia = open_as(&url, &roles[0]);
    fia.set_status(
        Target::Network(2),
        ReviewStatus::NeedsOutreach,
        &roles[0],
        None,
    )
    .unwrap();
    fia.set_watch(WatchKind::Network, "2", &roles[0], true)
        .unwrap();

    // The crawler's role as deploy/roles.sql makes it: the engine's tables,
    // review events and audit entries of no organisation, and the carry-over.
    let crawler = format!("crawler_{}_orgsmerge", std::process::id());
    create_role(&url, &crawler);
    let mut admin = postgres::Client::connect(&url, postgres::NoTls).unwrap();
    admin
        .batch_execute(&format!(
            "GRANT SELECT, INSERT, UPDATE, DELETE ON ads, ad_versions, phones, images, analysis,
                 ad_indicators, link_state, links, clusters, networks, network_members,
                 blocked_phones, frontier, crawl_runs, review_queue, link_prints, sites,
                 link_changes, meta TO \"{crawler}\";
             GRANT SELECT ON schema_migrations TO \"{crawler}\";
             GRANT INSERT ON review_events, audit TO \"{crawler}\";
             GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO \"{crawler}\";
             GRANT EXECUTE ON FUNCTION adscreen_carry_network(BIGINT, BIGINT) TO \"{crawler}\";"
        ))
        .unwrap();
    let mut c = open_as(&url, &crawler);
    let changes = c
        .replace_linking(&linking(vec![net(1, vec![ids[0], ids[1]])]))
        .unwrap();
    assert_eq!(changes.merged, vec![(2, 1)]);
    // Fia's organisation's status and watch followed the merge; the merge
    // events are visible to her.
    assert_eq!(
        fia.status_of(Target::Network(1)).unwrap(),
        ReviewStatus::NeedsOutreach
    );
    let w: Vec<String> = fia
        .watches(&roles[0])
        .unwrap()
        .into_iter()
        .map(|w| w.target)
        .collect();
    assert_eq!(w, ["1"]);
    assert!(fia
        .events_of(Target::Network(1))
        .unwrap()
        .iter()
        .any(|e| e.kind == "merged"));
    // The crawler itself reads none of it, and may not call the carry-over
    // as a reviewer.
    assert!(matches!(
        c.events_of(Target::Network(2)),
        Err(StoreError::ReadOnly { .. })
    ));
    let mut fia_sql = raw(&url, &roles[0]);
    let err = fia_sql
        .execute("SELECT adscreen_carry_network(1, 2)", &[])
        .unwrap_err();
    assert_eq!(
        err.code(),
        Some(&postgres::error::SqlState::INSUFFICIENT_PRIVILEGE),
        "{err:?}"
    );
}

#[test]
fn a_purge_keeps_every_organisations_open_cases_and_only_the_owner_may_run_it() {
    use std::time::Duration;
    let Some((mut owner, url, roles)) = setup("orgspurge", &[("amiami", "gry")]) else {
        return;
    };
    let ad = |n: usize| {
        owner
            .ad_by_url(&format!("https://site.invalid/ad/{n}"))
            .unwrap()
            .unwrap()
            .id
    };
    let (kept, gone) = (ad(0), ad(1));
    let mut gry = open_as(&url, &roles[0]);
    gry.set_status(Target::Ad(kept), ReviewStatus::Contacted, &roles[0], None)
        .unwrap();
    gry.add_note(Target::Ad(gone), &roles[0], "closed").unwrap();
    // A reviewer cannot see other organisations' open cases: refused.
    let err = gry.purge(Duration::ZERO, "gry", true).unwrap_err();
    assert!(err.to_string().contains("owner"), "{err}");
    // Times are kept to the second.
    std::thread::sleep(Duration::from_millis(1100));
    let dry = owner.purge(Duration::ZERO, "it", true).unwrap();
    assert_eq!((dry.ad_ids.clone(), dry.kept_open_cases), (vec![gone], 1));
    assert!(
        owner.ad(gone).unwrap().is_some(),
        "a dry run deletes nothing"
    );
    let done = owner.purge(Duration::ZERO, "it", false).unwrap();
    assert_eq!(done.ad_ids, vec![gone]);
    assert!(owner.ad(gone).unwrap().is_none());
    assert!(owner.ad(kept).unwrap().is_some());
    // The purged ad's history went with it; the audit log says so.
    assert!(gry.events_of(Target::Ad(gone)).unwrap().is_empty());
    let log = owner.audit_log(Some("purge"), 10).unwrap();
    assert_eq!(log[0].details["purged_ads"], 1);
}

//! Erasure and access on request on a real PostgreSQL server (see
//! `store::pg::testing`): the access report answers as SQLite's for the same
//! data, an erasure run by the owner leaves no row of the subject in any
//! table of any organisation (checked through SQL), and a reviewer's role
//! is refused. Without PostgreSQL these tests print `SKIPPED: …` and pass.

use crate::erasure::{ad, analysis_of, E164, NORMALIZE, OLD_TEXT, SECRET_TEXT, WRITTEN};
use chrono::{DateTime, Utc};
use store::erasure::Subject;
use store::links::{LinkingResult, NetworkRow};
use store::pg::testing::{as_role, create_role, fresh_database};
use store::prelude::*;
use store::review::Target;
use store::teamwork::{Channel, DncReason, NewContact, Outcome};
use store::{AnyStore, Location, PgStore, StoreError};

fn at() -> DateTime<Utc> {
    store::parse_time("2026-03-01T10:00:00Z").unwrap()
}

fn analysed(s: &mut AnyStore, a: &model::Ad) -> i64 {
    let id = s.upsert_ad(a, "DK", None, at()).unwrap().ad_id;
    s.save_analysis(id, &analysis_of(a), &store::ads::content_hash(a), |o, _| {
        o.iter().map(|h| h.weight).sum::<f64>().max(0.0)
    })
    .unwrap();
    id
}

/// The SQLite erasure tests' data (`erasure::subject_store`), on any
/// backend: three ads, two with the number (one with an earlier version),
/// one network, notes, a watch, a contact and a do-not-contact entry.
fn fill(s: &mut AnyStore) -> [i64; 3] {
    analysed(s, &ad(1, &format!("{OLD_TEXT}. Ring {WRITTEN}.")));
    let a = analysed(s, &ad(1, &format!("{SECRET_TEXT}. Ring {WRITTEN}.")));
    let b = analysed(s, &ad(2, &format!("Ny pige, sms {WRITTEN} nu.")));
    let c = analysed(s, &ad(3, "Massage i Odense, ring 30 12 34 56."));
    s.replace_linking(&LinkingResult {
        networks: vec![NetworkRow {
            id: a,
            ad_ids: vec![a, b, c],
            first_seen: Some(at()),
            last_seen: Some(at()),
            summary: serde_json::json!({"phones": [E164, "+4530123456"], "names": ["Zorbalina"]}),
        }],
        ..LinkingResult::default()
    })
    .unwrap();
    s.add_note(Target::Ad(a), "alice", "talked to her").unwrap();
    s.add_note(Target::Ad(c), "alice", &format!("same woman as {WRITTEN}?"))
        .unwrap();
    s.add_note(Target::Ad(c), "alice", "or call 0045 2012-3456 first")
        .unwrap();
    s.set_watch(store::review::WatchKind::Phone, E164, "alice", true)
        .unwrap();
    s.record_contact(
        &NewContact {
            e164: E164,
            ad_id: Some(b),
            channel: Channel::Sms,
            outcome: Outcome::OptedOut,
            note: Some("asked to be left alone"),
        },
        "alice",
    )
    .unwrap();
    s.set_do_not_contact(E164, DncReason::OptedOut, "alice", true)
        .unwrap();
    [a, b, c]
}

fn pg_url(tag: &str) -> Option<(String, store::location::PgUrl)> {
    let url = fresh_database(tag)?;
    let Location::Postgres(u) = Location::parse(&url).unwrap() else {
        unreachable!()
    };
    Some((url, u))
}

fn open_as(url: &str, role: &str) -> PgStore {
    let Location::Postgres(u) = Location::parse(&as_role(url, role)).unwrap() else {
        unreachable!()
    };
    PgStore::open(&u).unwrap()
}

/// The report as JSON with every time blanked (the two stores were filled
/// at different moments) and the audit mentions as their actions.
fn comparable(report: &store::erasure::SubjectReport) -> serde_json::Value {
    fn walk(v: &mut serde_json::Value) {
        match v {
            serde_json::Value::String(s) if store::parse_time(s).is_some() => *s = "T".into(),
            serde_json::Value::Array(a) => a.iter_mut().for_each(walk),
            serde_json::Value::Object(o) => o.values_mut().for_each(walk),
            _ => {}
        }
    }
    let mut v = serde_json::to_value(report).unwrap();
    walk(&mut v);
    let actions: Vec<String> = report.audit_mentions.iter().map(|m| m.3.clone()).collect();
    v["audit_mentions"] = serde_json::json!(actions);
    v
}

/// (table, column, rows) of every text column of every table that holds
/// `needle`, read as the owner (who bypasses row-level security).
fn rows_holding(sql: &mut postgres::Client, needle: &str) -> Vec<(String, String, i64)> {
    let columns = sql
        .query(
            "SELECT table_name::text, column_name::text FROM information_schema.columns
             WHERE table_schema = 'public' AND data_type = 'text' ORDER BY 1, 2",
            &[],
        )
        .unwrap();
    let mut found = Vec::new();
    for c in columns {
        let (table, column): (String, String) = (c.get(0), c.get(1));
        let n: i64 = sql
            .query_one(
                &format!("SELECT count(*) FROM \"{table}\" WHERE strpos(lower(\"{column}\"), lower($1)) > 0"),
                &[&needle],
            )
            .unwrap()
            .get(0);
        if n > 0 {
            found.push((table, column, n));
        }
    }
    found
}

#[test]
fn the_access_report_answers_as_on_sqlite() {
    let Some((_url, u)) = pg_url("erasesubject") else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let mut lite = AnyStore::open(&Location::Sqlite(dir.path().join("e.db"))).unwrap();
    let mut pg = AnyStore::Postgres(Box::new(PgStore::open(&u).unwrap()));
    assert_eq!(fill(&mut lite), fill(&mut pg));
    let want = lite.subject_report(E164, NORMALIZE).unwrap();
    let got = pg.subject_report(E164, NORMALIZE).unwrap();
    assert_eq!(got.ads.len(), 2);
    assert_eq!(got.contacts.len(), 1);
    assert!(got.do_not_contact.is_some());
    assert!(!got.audit_mentions.is_empty());
    assert_eq!(comparable(&got), comparable(&want));
    // The plans agree too.
    let subject = Subject::Phone(E164.into());
    assert_eq!(
        pg.erasure_plan(&subject, NORMALIZE).unwrap(),
        lite.erasure_plan(&subject, NORMALIZE).unwrap()
    );
}

#[test]
fn erasing_a_number_leaves_no_row_of_it_in_any_organisation() {
    let Some((url, u)) = pg_url("erasephone") else {
        return;
    };
    let mut s = AnyStore::Postgres(Box::new(PgStore::open(&u).unwrap()));
    let [a, b, c] = fill(&mut s);
    // Two organisations' reviewers hold notes, contacts and watches on the
    // number, which the owner's erasure must reach through row-level security.
    let AnyStore::Postgres(owner) = &mut s else {
        unreachable!()
    };
    owner.add_org("reden", None).unwrap();
    owner.add_org("amiami", None).unwrap();
    let mut roles = Vec::new();
    for (org, name) in [("reden", "anna"), ("amiami", "bo")] {
        let role = format!("{name}_{}_erase", std::process::id());
        create_role(&url, &role);
        owner.add_reviewer(&role, org).unwrap();
        let mut r = open_as(&url, &role);
        r.add_note(Target::Ad(b), &role, &format!("{org}: called {WRITTEN}"))
            .unwrap();
        r.add_note(
            Target::Ad(c),
            &role,
            &format!("{org} thinks {E164} runs her"),
        )
        .unwrap();
        // A form no ad writes: found in the note itself.
        r.add_note(Target::Ad(c), &role, &format!("{org}: also 2012.3456"))
            .unwrap();
        r.set_watch(store::review::WatchKind::Phone, E164, &role, true)
            .unwrap();
        r.set_status(
            Target::Ad(a),
            store::review::ReviewStatus::NeedsOutreach,
            &role,
            None,
        )
        .unwrap();
        roles.push(role);
    }
    let mut sql = postgres::Client::connect(&url, postgres::NoTls).unwrap();
    assert!(!rows_holding(&mut sql, E164).is_empty());
    assert!(!rows_holding(&mut sql, SECRET_TEXT).is_empty());

    let plan = s
        .erasure_plan(&Subject::Phone(E164.into()), NORMALIZE)
        .unwrap();
    assert_eq!(plan.ads, [a, b]);
    assert_eq!(plan.watches, 3, "every organisation's watch: {plan:?}");
    let done = s.erase(&plan, "admin").unwrap();
    assert!(done.wal_checkpointed, "VACUUM ran");

    for needle in [
        E164,
        WRITTEN,
        "20123456",
        "2012.3456",
        SECRET_TEXT,
        OLD_TEXT,
        "Zorbalina",
        "Quennelope",
    ] {
        assert_eq!(
            rows_holding(&mut sql, needle),
            [],
            "`{needle}` is still in the database"
        );
    }
    // No row of the erased ads is left in any table with an ad column.
    let ad_columns = sql
        .query(
            "SELECT table_name::text, column_name::text FROM information_schema.columns
             WHERE table_schema = 'public' AND column_name IN ('ad_id', 'a', 'b')
               AND table_name <> 'link_changes'",
            &[],
        )
        .unwrap();
    for col in ad_columns {
        let (table, column): (String, String) = (col.get(0), col.get(1));
        let n: i64 = sql
            .query_one(
                &format!("SELECT count(*) FROM \"{table}\" WHERE \"{column}\" = ANY($1)"),
                &[&vec![a, b]],
            )
            .unwrap()
            .get(0);
        assert_eq!(n, 0, "{table}.{column} keeps an erased ad");
    }
    let left: i64 = sql
        .query_one(
            "SELECT count(*) FROM review_events WHERE target_kind = 'ad' AND target_id = ANY($1)",
            &[&vec![a, b]],
        )
        .unwrap()
        .get(0);
    assert_eq!(left, 0);
    // The search index finds nothing of it.
    let f = store::query::ListFilter {
        search: Some("Zorbalina".into()),
        include_removed: true,
        ..Default::default()
    };
    assert_eq!(s.queue_count(&f).unwrap(), 0);
    // What stays is readable; the notes that stay lost the number.
    assert_eq!(s.count_ads().unwrap(), 1);
    let notes: Vec<String> = sql
        .query(
            "SELECT note FROM review_events WHERE target_kind = 'ad' AND target_id = $1 ORDER BY id",
            &[&c],
        )
        .unwrap()
        .iter()
        .map(|r| r.get(0))
        .collect();
    assert!(
        notes.contains(&"same woman as [erased]?".to_string()),
        "{notes:?}"
    );
    assert!(
        notes.contains(&"reden thinks [erased] runs her".to_string())
            && notes.contains(&"reden: also [erased]".to_string()),
        "{notes:?}"
    );
    // The audit log records it, with counts only.
    let log = s.audit_log(Some("erasure"), 10).unwrap();
    assert_eq!(log.len(), 1);
    assert_eq!(log[0].details["ads"], 2);
    assert_eq!(log[0].actor, "admin");
    // The append-only guards are back.
    let err = sql
        .execute("UPDATE review_events SET note = 'x'", &[])
        .unwrap_err();
    assert!(format!("{err:?}").contains("append-only"), "{err:?}");
    let err = sql.execute("DELETE FROM audit", &[]).unwrap_err();
    assert!(format!("{err:?}").contains("append-only"), "{err:?}");
    let mut anna = open_as(&url, &roles[0]);
    anna.add_note(Target::Ad(c), &roles[0], "still works")
        .unwrap();
    // Nothing is left to report.
    let again = s.subject_report(E164, NORMALIZE).unwrap();
    assert!(again.ads.is_empty() && again.contacts.is_empty() && again.watches.is_empty());
    assert!(again.audit_mentions.is_empty());
}

#[test]
fn a_reviewer_may_neither_erase_nor_report() {
    let Some((url, u)) = pg_url("eraserefused") else {
        return;
    };
    let mut s = AnyStore::Postgres(Box::new(PgStore::open(&u).unwrap()));
    let [a, ..] = fill(&mut s);
    let AnyStore::Postgres(owner) = &mut s else {
        unreachable!()
    };
    owner.add_org("reden", None).unwrap();
    let role = format!("cara_{}_erase", std::process::id());
    create_role(&url, &role);
    owner.add_reviewer(&role, "reden").unwrap();
    assert!(owner.may_erase().unwrap());
    let plan = owner.erasure_plan(&Subject::Ad(a), NORMALIZE).unwrap();

    let mut cara = open_as(&url, &role);
    assert!(!cara.may_erase().unwrap());
    let refused = |r: StoreError| matches!(r, StoreError::Invalid(m) if m.contains("owner"));
    assert!(refused(
        cara.erasure_plan(&Subject::Ad(a), NORMALIZE).unwrap_err()
    ));
    assert!(refused(cara.subject_report(E164, NORMALIZE).unwrap_err()));
    assert!(refused(cara.erase(&plan, &role).unwrap_err()));
    assert!(s.ad(a).unwrap().is_some(), "a refused erasure deleted");
    assert!(s.audit_log(Some("erasure"), 10).unwrap().is_empty());
}

#[test]
fn erasing_a_network_on_postgres() {
    let Some((_url, u)) = pg_url("erasenet") else {
        return;
    };
    let mut s = AnyStore::Postgres(Box::new(PgStore::open(&u).unwrap()));
    let [a, b, c] = fill(&mut s);
    s.add_note(Target::Network(a), "alice", "a network note")
        .unwrap();
    let plan = s.erasure_plan(&Subject::Network(a), NORMALIZE).unwrap();
    assert_eq!(plan.ads, [a, b, c]);
    assert!(plan.notes >= 3, "{plan:?}");
    s.erase(&plan, "alice").unwrap();
    assert_eq!(s.count_ads().unwrap(), 0);
    assert!(s.network(a).unwrap().is_none());
    assert!(s.events_of(Target::Network(a)).unwrap().is_empty());
    assert!(matches!(
        s.erasure_plan(&Subject::Network(a), NORMALIZE),
        Err(StoreError::NoSuchCase { .. })
    ));
}

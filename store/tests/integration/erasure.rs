//! Erasure and access on request: the plan, the deletion in one
//! transaction, the redaction of notes and audit entries that stay, and the
//! bytes of the database file and its WAL afterwards.

use chrono::Utc;
use model::{Ad, AdAnalysis, AdField, PhoneMatch};
use store::erasure::Subject;
use store::links::{LinkingResult, NetworkRow};
use store::prelude::*;
use store::review::Target;
use store::review::WatchKind;
use store::teamwork::{Channel, DncReason, NewContact, Outcome};
use store::Store;

/// The subject's number (a fake Danish mobile number) as written in ads.
pub(crate) const WRITTEN: &str = "20 12 34 56";
pub(crate) const E164: &str = "+4520123456";
/// Text only the subject's ads hold.
pub(crate) const SECRET_TEXT: &str = "Zorbalina venter i Vesterbro";
pub(crate) const OLD_TEXT: &str = "Tidligere tekst fra Quennelope";
/// The phone normaliser `review erase` passes (`indicators::phone::normalize`),
/// reduced to what these ads hold: Danish numbers written `DD DD DD DD`.
pub(crate) const NORMALIZE: store::erasure::NormalizePhone = normalize_dk;

fn normalize_dk(raw: &str, region: &str) -> Option<String> {
    let digits: String = raw.chars().filter(|c| !c.is_whitespace()).collect();
    let ok = region == "DK" && digits.len() == 8 && digits.bytes().all(|b| b.is_ascii_digit());
    ok.then(|| format!("+45{digits}"))
}

/// What the analysis stores of these ads: the numbers written `DD DD DD
/// DD` in the text (the store's tests do not depend on the indicators).
pub(crate) fn analysis_of(ad: &Ad) -> AdAnalysis {
    let b = ad.text.as_bytes();
    let form = |i: usize| {
        (0..11).all(|j| {
            let c = b[i + j];
            if j % 3 == 2 {
                c == b' '
            } else {
                c.is_ascii_digit()
            }
        })
    };
    let phones = (0..b.len().saturating_sub(10))
        .filter(|&i| (i == 0 || !b[i - 1].is_ascii_digit()) && form(i))
        .map(|i| {
            let raw = ad.text[i..i + 11].to_string();
            PhoneMatch {
                e164: normalize_dk(&raw, "DK").expect("a Danish number"),
                raw,
                field: AdField::Text,
                start: i,
                end: i + 11,
                obfuscated: false,
            }
        })
        .collect();
    AdAnalysis {
        language: Some("da".into()),
        phones,
        hits: Vec::new(),
        score: 0.0,
        rules_version: "test".into(),
    }
}

fn analysed(s: &mut Store, ad: &Ad) -> i64 {
    let id = s.upsert_ad(ad, "DK", None, Utc::now()).unwrap().ad_id;
    let analysis = analysis_of(ad);
    s.save_analysis(id, &analysis, &store::ads::content_hash(ad), |o, _| {
        o.iter().map(|h| h.weight).sum::<f64>().max(0.0)
    })
    .unwrap();
    id
}

pub(crate) fn ad(n: usize, text: &str) -> Ad {
    Ad {
        url: format!("https://site.invalid/ad/{n}"),
        site: "site".into(),
        text: text.into(),
        ..Ad::default()
    }
}

/// Three ads: two with the subject's number (one of them with an earlier
/// version holding other text), one without; all in one network; notes,
/// a watch, a contact and a do-not-contact entry on the number.
fn subject_store() -> (tempfile::TempDir, std::path::PathBuf, Store, [i64; 3]) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("e.db");
    let mut s = Store::open(&path).unwrap();
    let a = analysed(&mut s, &ad(1, &format!("{OLD_TEXT}. Ring {WRITTEN}.")));
    let a = {
        let _ = a;
        analysed(&mut s, &ad(1, &format!("{SECRET_TEXT}. Ring {WRITTEN}.")))
    };
    let b = analysed(&mut s, &ad(2, &format!("Ny pige, sms {WRITTEN} nu.")));
    let c = analysed(&mut s, &ad(3, "Massage i Odense, ring 30 12 34 56."));
    s.replace_linking(&LinkingResult {
        networks: vec![NetworkRow {
            id: a,
            ad_ids: vec![a, b, c],
            first_seen: Some(Utc::now()),
            last_seen: Some(Utc::now()),
            summary: serde_json::json!({"phones": [E164, "+4530123456"], "names": ["Zorbalina"]}),
        }],
        ..LinkingResult::default()
    })
    .unwrap();
    s.add_note(Target::Ad(a), "alice", "talked to her").unwrap();
    s.add_note(Target::Ad(c), "alice", &format!("same woman as {WRITTEN}?"))
        .unwrap();
    // Written as no ad writes it: found in the note itself.
    s.add_note(Target::Ad(c), "alice", "or call 0045 2012-3456 first")
        .unwrap();
    s.set_watch(WatchKind::Phone, E164, "alice", true).unwrap();
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
    (dir, path, s, [a, b, c])
}

fn occurrences(path: &std::path::Path, needle: &str) -> usize {
    let mut n = 0;
    for p in [path.to_path_buf(), path.with_extension("db-wal")] {
        let Ok(bytes) = std::fs::read(&p) else {
            continue;
        };
        n += bytes
            .windows(needle.len())
            .filter(|w| *w == needle.as_bytes())
            .count();
    }
    n
}

#[test]
fn the_plan_lists_what_goes_and_touches_nothing() {
    let (_d, _p, s, [a, b, c]) = subject_store();
    let plan = s
        .erasure_plan(&Subject::Phone(E164.into()), NORMALIZE)
        .unwrap();
    assert_eq!(plan.ads, [a, b]);
    assert_eq!(plan.versions, 1);
    assert_eq!(plan.analyses, 2);
    assert_eq!(plan.contacts, 1);
    assert_eq!(plan.do_not_contact, 1);
    assert_eq!(plan.watches, 1);
    assert_eq!(plan.networks, [a]);
    // The note on the other ad and the audit entries of the watch and the
    // contact mention the number.
    assert!(plan.redactions >= 2, "{plan:?}");
    assert!(plan.notes >= 2, "{plan:?}");
    assert_eq!(s.count_ads().unwrap(), 3);
    assert!(s.ad(c).unwrap().is_some());
    let plain = serde_json::to_string(&plan).unwrap();
    assert!(
        !plain.contains(WRITTEN),
        "the plan spreads the number: {plain}"
    );
}

#[test]
fn erasing_a_number_leaves_no_byte_of_it() {
    let (_d, path, mut s, [a, b, c]) = subject_store();
    // The data is there before.
    s.checkpoint_truncate().unwrap();
    assert!(occurrences(&path, E164) > 0);
    assert!(occurrences(&path, SECRET_TEXT) > 0);
    // The text index holds the words, lowercased.
    assert!(occurrences(&path, "zorbalina") > 0);
    let report = s.subject_report(E164, NORMALIZE).unwrap();
    assert_eq!(report.ads.len(), 2);
    assert_eq!(report.contacts.len(), 1);
    assert!(report.do_not_contact.is_some());
    assert_eq!(report.watches.len(), 1);
    assert!(!report.audit_mentions.is_empty());

    let plan = s
        .erasure_plan(&Subject::Phone(E164.into()), NORMALIZE)
        .unwrap();
    let done = s.erase(&plan, "alice").unwrap();
    assert!(done.wal_checkpointed);
    assert!(s.ad(a).unwrap().is_none() && s.ad(b).unwrap().is_none());
    assert!(s.ad(c).unwrap().is_some());
    assert!(s.contacts_of(E164).unwrap().is_empty());
    assert!(s.do_not_contact_entry(E164).unwrap().is_none());
    let notes: Vec<Option<String>> = s
        .events_of(Target::Ad(c))
        .unwrap()
        .into_iter()
        .map(|e| e.note)
        .collect();
    assert!(
        notes.contains(&Some("same woman as [erased]?".into()))
            && notes.contains(&Some("or call [erased] first".into())),
        "{notes:?}"
    );
    let log = s.audit_log(Some("erasure"), 10).unwrap();
    assert_eq!(log.len(), 1);
    assert_eq!(log[0].details["ads"], 2);
    assert_eq!(log[0].details["subject"], "phone");
    // The append-only guards are back.
    assert!(s.add_note(Target::Ad(c), "bob", "still works").is_ok());
    let again = s.subject_report(E164, NORMALIZE).unwrap();
    assert!(again.ads.is_empty() && again.contacts.is_empty() && again.audit_mentions.is_empty());
    drop(s);
    for needle in [
        E164,
        WRITTEN,
        "20123456",
        SECRET_TEXT,
        OLD_TEXT,
        "Zorbalina",
        "zorbalina",
        "quennelope",
    ] {
        assert_eq!(
            occurrences(&path, needle),
            0,
            "`{needle}` is still in the file"
        );
    }
    // What was not erased is still readable.
    let s = Store::open(&path).unwrap();
    assert_eq!(s.count_ads().unwrap(), 1);
    assert_eq!(s.integrity_check().unwrap(), "ok");
}

#[test]
fn erasing_a_network_or_an_ad() {
    let (_d, _p, mut s, [a, b, c]) = subject_store();
    assert!(matches!(
        s.erasure_plan(&Subject::Ad(9999), NORMALIZE),
        Err(store::StoreError::NoSuchCase { id: 9999, .. })
    ));
    let plan = s.erasure_plan(&Subject::Ad(c), NORMALIZE).unwrap();
    assert_eq!(plan.ads, [c]);
    assert_eq!(plan.contacts, 0);
    s.erase(&plan, "alice").unwrap();
    assert_eq!(s.count_ads().unwrap(), 2);
    s.add_note(Target::Network(a), "alice", "a network note")
        .unwrap();
    let plan = s.erasure_plan(&Subject::Network(a), NORMALIZE).unwrap();
    assert_eq!(plan.ads, [a, b]);
    assert!(plan.notes >= 2);
    s.erase(&plan, "alice").unwrap();
    assert_eq!(s.count_ads().unwrap(), 0);
    assert!(s.network(a).unwrap().is_none());
    assert!(s.events_of(Target::Network(a)).unwrap().is_empty());
    assert!(matches!(
        s.erasure_plan(&Subject::Network(a), NORMALIZE),
        Err(store::StoreError::NoSuchCase { .. })
    ));
}

#[test]
fn erasing_a_number_in_many_ads_leaves_nothing_in_the_pages_free_space() {
    // Enough rows that tables and indices split pages: the free space of a
    // split page keeps copies of cells written before the erasure.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("many.db");
    let mut s = Store::open(&path).unwrap();
    for n in 0..400 {
        let text = if n % 2 == 0 {
            format!("Annonce {n}. Ring {WRITTEN}.")
        } else {
            format!("Annonce {n}. Ring 30 12 {:02} {:02}.", n / 100, n % 100)
        };
        analysed(&mut s, &ad(n, &text));
    }
    s.checkpoint_truncate().unwrap();
    assert!(occurrences(&path, E164) >= 200);
    let plan = s
        .erasure_plan(&Subject::Phone(E164.into()), NORMALIZE)
        .unwrap();
    assert_eq!(plan.ads.len(), 200);
    assert!(s.erase(&plan, "alice").unwrap().wal_checkpointed);
    drop(s);
    assert_eq!(occurrences(&path, E164), 0);
    assert_eq!(occurrences(&path, WRITTEN), 0);
    let s = Store::open(&path).unwrap();
    assert_eq!(s.count_ads().unwrap(), 200);
}

//! Teamwork in the store: assignments, reminders, the contact log per
//! number with its minimum gap, and the do-not-contact list.

use chrono::{Duration, NaiveDate, Utc};
use model::Ad;
use store::prelude::*;
use store::review::Target;
use store::teamwork::{Channel, ContactCheck, DncReason, NewContact, Outcome};
use store::Store;

fn store_with_ads(n: usize) -> (tempfile::TempDir, Store, Vec<i64>) {
    let dir = tempfile::tempdir().unwrap();
    let mut s = Store::open(&dir.path().join("t.db")).unwrap();
    let ids = (0..n)
        .map(|i| {
            let a = Ad {
                url: format!("https://site.invalid/ad/{i}"),
                site: "site".into(),
                text: format!("Invented ad {i}."),
                ..Ad::default()
            };
            s.upsert_ad(&a, "DK", None, Utc::now()).unwrap().ad_id
        })
        .collect();
    (dir, s, ids)
}

fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

#[test]
fn assignments_replace_and_are_events() {
    let (_d, mut s, ids) = store_with_ads(3);
    s.assign(Target::Ad(ids[0]), "bob", "alice").unwrap();
    s.assign(Target::Ad(ids[1]), "bob", "alice").unwrap();
    s.assign(Target::Ad(ids[1]), "carol", "bob").unwrap();
    assert_eq!(s.assigned_ids("bob", false).unwrap(), [ids[0]]);
    assert_eq!(s.assigned_ids("carol", false).unwrap(), [ids[1]]);
    assert_eq!(s.assignee_of(Target::Ad(ids[2])).unwrap(), None);
    let ev = s.events_of(Target::Ad(ids[1])).unwrap();
    assert_eq!(
        ev.iter()
            .map(|e| (e.kind.as_str(), e.note.as_deref().unwrap()))
            .collect::<Vec<_>>(),
        [("assign", "bob"), ("assign", "carol")]
    );
    assert!(s.assign(Target::Ad(9999), "bob", "alice").is_err());
    assert!(s.assign(Target::Ad(ids[0]), "  ", "alice").is_err());
    assert_eq!(s.audit_log(Some("review.assign"), 10).unwrap().len(), 3);
}

#[test]
fn due_lists_what_is_due_by_the_day_earliest_first() {
    let (_d, mut s, ids) = store_with_ads(3);
    s.remind(Target::Ad(ids[0]), day("2026-06-03"), "alice")
        .unwrap();
    s.remind(Target::Ad(ids[1]), day("2026-06-01"), "alice")
        .unwrap();
    s.remind(Target::Ad(ids[2]), day("2026-06-10"), "alice")
        .unwrap();
    s.assign(Target::Ad(ids[0]), "bob", "alice").unwrap();
    let due = s.due(day("2026-06-05"), None).unwrap();
    assert_eq!(
        due.iter().map(|r| r.target).collect::<Vec<_>>(),
        [Target::Ad(ids[1]), Target::Ad(ids[0])]
    );
    assert_eq!(due[1].assignee.as_deref(), Some("bob"));
    let bobs = s.due(day("2026-06-05"), Some("bob")).unwrap();
    assert_eq!(bobs.len(), 1);
    // A new date replaces the old one.
    s.remind(Target::Ad(ids[1]), day("2026-07-01"), "alice")
        .unwrap();
    assert_eq!(s.due(day("2026-06-05"), None).unwrap().len(), 1);
}

#[test]
fn contacts_are_per_number_with_a_gap_and_a_do_not_contact_list() {
    let (_d, mut s, ids) = store_with_ads(2);
    let n = "+4520123456";
    assert_eq!(
        s.contact_check(n, Utc::now(), 14).unwrap(),
        ContactCheck::Clear
    );
    let c = |ad, outcome| NewContact {
        e164: n,
        ad_id: Some(ad),
        channel: Channel::Sms,
        outcome,
        note: None,
    };
    s.record_contact(&c(ids[0], Outcome::NoReply), "alice")
        .unwrap();
    // The same number from another ad: one log.
    match s.contact_check(n, Utc::now(), 14).unwrap() {
        ContactCheck::TooSoon(last) => assert_eq!(last.ad_id, Some(ids[0])),
        other => panic!("{other:?}"),
    }
    assert_eq!(
        s.contact_check(n, Utc::now() + Duration::days(15), 14)
            .unwrap(),
        ContactCheck::Clear
    );
    s.record_contact(&c(ids[1], Outcome::OptedOut), "bob")
        .unwrap();
    let log = s.contacts_of(n).unwrap();
    assert_eq!(log.len(), 2);
    assert_eq!(log[1].outcome, Outcome::OptedOut);
    // Opting out puts the number on the list, and the list is enforced.
    let entry = s.do_not_contact_entry(n).unwrap().unwrap();
    assert_eq!(entry.reason, DncReason::OptedOut);
    assert!(matches!(
        s.contact_check(n, Utc::now() + Duration::days(99), 14)
            .unwrap(),
        ContactCheck::DoNotContact(_)
    ));
    assert!(s
        .record_contact(&c(ids[1], Outcome::Replied), "bob")
        .is_err());
    // The contact is in the history of the ad it was made from.
    let ev = s.events_of(Target::Ad(ids[1])).unwrap();
    assert_eq!(ev[0].kind, "contact");
    assert_eq!(ev[0].note.as_deref(), Some("+4520123456 sms opted_out"));
    // Taken off the list by hand (a partner's request ended).
    s.set_do_not_contact(n, DncReason::OptedOut, "alice", false)
        .unwrap();
    assert!(s.do_not_contact_list().unwrap().is_empty());
    s.set_do_not_contact("+4520123499", DncReason::PartnerRequest, "alice", true)
        .unwrap();
    assert_eq!(
        s.do_not_contact_list().unwrap()[0].reason,
        DncReason::PartnerRequest
    );
}

#[test]
fn outcome_codes_read_back_and_count_as_conversations_and_referrals() {
    for o in Outcome::ALL {
        assert_eq!(Outcome::parse(o.as_str()), Some(*o));
    }
    assert_eq!(Outcome::parse("referred-cmm"), Some(Outcome::ReferredCmm));
    assert!(Outcome::ReferredCmm.is_conversation() && Outcome::ReferredCmm.is_referral());
    assert!(Outcome::Replied.is_conversation() && !Outcome::Replied.is_referral());
    assert!(!Outcome::NoReply.is_conversation());
    assert_eq!(Outcome::Landline.blocks(), Some(DncReason::Landline));
    assert_eq!(Channel::parse("visit"), Some(Channel::Visit));
    assert_eq!(Channel::parse("fax"), None);
}

/// Retention purges a contact-log entry once it is older than the cutoff
/// and no kept ad carries its number; the do-not-contact list stays.
#[test]
fn purge_takes_old_contacts_of_numbers_no_kept_ad_carries() {
    let (_d, mut s, ids) = store_with_ads(2);
    let (gone, kept) = ("+4520123401", "+4520123402");
    // Ad 0 carries the number that goes, ad 1 the one that stays.
    s.test_conn()
        .execute_batch(&format!(
            "INSERT INTO phones (ad_id, e164, raw, field, start, end, obfuscated) VALUES
               ({a}, '{gone}', '20 12 34 01', 'text', 0, 11, 0),
               ({b}, '{kept}', '20 12 34 02', 'text', 0, 11, 0);
             UPDATE ads SET last_seen = '2020-01-01T00:00:00Z' WHERE id = {a};",
            a = ids[0],
            b = ids[1]
        ))
        .unwrap();
    for (n, ad) in [(gone, ids[0]), (kept, ids[1])] {
        let c = NewContact {
            e164: n,
            ad_id: Some(ad),
            channel: Channel::Call,
            outcome: Outcome::NoReply,
            note: None,
        };
        s.record_contact(&c, "alice").unwrap();
    }
    s.set_do_not_contact(gone, DncReason::OptedOut, "alice", true)
        .unwrap();
    // Contacts from long ago (the log is append-only: planted).
    s.test_conn()
        .execute_batch(
            "DROP TRIGGER contacts_no_update;
             UPDATE contacts SET at = '2020-01-02T00:00:00Z';",
        )
        .unwrap();
    let dry = s
        .purge(std::time::Duration::from_secs(86_400), "tester", true)
        .unwrap();
    assert_eq!((dry.ad_ids.clone(), dry.contacts), (vec![ids[0]], 1));
    assert_eq!(
        s.contacts_of(gone).unwrap().len(),
        1,
        "a dry run deletes nothing"
    );
    let done = s
        .purge(std::time::Duration::from_secs(86_400), "tester", false)
        .unwrap();
    assert_eq!(done.contacts, 1);
    assert!(s.contacts_of(gone).unwrap().is_empty());
    assert_eq!(s.contacts_of(kept).unwrap().len(), 1);
    assert!(s.do_not_contact_entry(gone).unwrap().is_some());
}

//! Linking through the store: incremental passes equal a rebuild, and
//! networks keep their ids, with merges recorded and followed.

use chrono::Utc;
use fixtures::synth_edited::{self, EditedConfig};
use indicators::rules::Rules;
use indicators::Ad;
use store::prelude::*;
use store::review::WatchKind;
use store::review::{ReviewStatus, Target};
use store::Store;

fn store_ad(a: &indicators::linking::LinkAd) -> Ad {
    Ad {
        url: format!("https://synth.invalid/ad/{}", a.ad_id),
        site: a.site.clone(),
        text: a.text.clone(),
        name: a.name.clone(),
        age: a.age,
        location: a.location.clone(),
        posted_at: Some(a.seen_at),
        phones: a.phones.clone(),
        ..Ad::default()
    }
}

/// Everything linking wrote, comparable across stores.
fn linking_state(store: &Store, n: i64) -> Vec<String> {
    let mut out = Vec::new();
    for id in 1..=n {
        out.push(format!(
            "{id}: links {:?} clusters {:?} network {:?} hits {:?}",
            store.links_of(id).unwrap(),
            store.clusters_of(id).unwrap(),
            store.network_of(id).unwrap(),
            store.analysis(id).unwrap().map(|a| a.link_hits),
        ));
    }
    out
}

fn pass(store: &mut Store, ads: &[Ad]) -> crawler::pipeline::LinkReport {
    let rules = Rules::builtin();
    store
        .upsert_ads(
            &ads.iter().map(|a| (a.clone(), None)).collect::<Vec<_>>(),
            "DK",
            Utc::now(),
        )
        .unwrap();
    crawler::engine::refresh(store, &rules, Default::default(), |_| {})
        .unwrap()
        .linking
}

#[test]
fn incremental_passes_equal_one_import() {
    let ads: Vec<Ad> = synth_edited::corpus(&EditedConfig {
        ads: 1_200,
        seed: 4,
        ..EditedConfig::default()
    })
    .iter()
    .map(|a| store_ad(&a.ad))
    .collect();
    let dir = tempfile::tempdir().unwrap();
    let mut inc = Store::open(&dir.path().join("inc.db")).unwrap();
    let first = pass(&mut inc, &ads[..700]);
    assert_eq!(first.fingerprinted, 700);
    let second = pass(&mut inc, &ads[700..1_150]);
    assert_eq!(
        second.fingerprinted, 450,
        "only the new ads are fingerprinted"
    );
    // Ten ads change: only they are fingerprinted again.
    let mut changed = ads.clone();
    for a in changed.iter_mut().take(300).step_by(30) {
        a.text
            .push_str(" Nyt nummer, ring hellere om aftenen efter klokken otte.");
    }
    let third = pass(&mut inc, &changed[..300]);
    assert_eq!(third.fingerprinted, 10);
    let fourth = pass(&mut inc, &changed[1_150..]);
    assert_eq!(fourth.fingerprinted, 50);

    let mut all = changed[..300].to_vec();
    all.extend_from_slice(&ads[300..]);
    let mut full = Store::open(&dir.path().join("full.db")).unwrap();
    pass(&mut full, &all);
    let a = linking_state(&inc, 1_200);
    assert!(
        a.iter().any(|s| s.contains("Text")),
        "text links were found"
    );
    assert_eq!(a, linking_state(&full, 1_200));
}

#[test]
fn merged_network_keeps_the_older_id_and_takes_watches_and_status() {
    let body = "Sød og rolig pige med lange ben, ny i byen og klar til en hyggelig aften. \
                Jeg taler engelsk og lidt dansk, og jeg glæder mig til at møde dig snart";
    let ad = |n: u32, name: &str, phone: &str, text: &str| Ad {
        url: format!("https://synth.invalid/m/{n}"),
        site: "synth".into(),
        text: text.into(),
        name: Some(name.into()),
        location: Some("Odense".into()),
        phones: vec![phone.into()],
        ..Ad::default()
    };
    let other = "Helt anderledes tekst om en kvinde der elsker musik, kunst og lange gåture \
                 ved havnen om søndagen, skriv gerne først hvis du vil mødes i weekenden";
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(&dir.path().join("m.db")).unwrap();
    // Two networks: 1-2 by number A, 3-4 by number B.
    pass(
        &mut store,
        &[
            ad(1, "Anna", "+4532123401", body),
            ad(2, "Bea", "+4532123401", other),
            ad(3, "Cia", "+4532123402", "kort tekst tre"),
            ad(4, "Dina", "+4532123402", "kort tekst fire"),
        ],
    );
    assert_eq!(store.network_of(2).unwrap(), Some(1));
    assert_eq!(store.network_of(4).unwrap(), Some(3));
    store
        .set_watch(WatchKind::Network, "3", "mette", true)
        .unwrap();
    store
        .set_status(
            Target::Network(3),
            ReviewStatus::NeedsOutreach,
            "mette",
            None,
        )
        .unwrap();
    // Growth keeps the id.
    let grown = pass(&mut store, &[ad(5, "Eva", "+4532123402", "kort tekst fem")]);
    assert!(grown.changes.merged.is_empty());
    assert_eq!(store.network_of(5).unwrap(), Some(3));
    // Ad 6 carries both numbers: the networks merge into the older id, 1.
    let merged = pass(
        &mut store,
        &[{
            let mut a = ad(6, "Fie", "+4532123401", "kort tekst seks");
            a.phones.push("+4532123402".into());
            a
        }],
    );
    assert_eq!(merged.changes.merged, vec![(3, 1)]);
    for id in 1..=6 {
        assert_eq!(store.network_of(id).unwrap(), Some(1), "ad {id}");
    }
    let watches = store.watches("mette").unwrap();
    assert_eq!(watches.len(), 1);
    assert_eq!(watches[0].target, "1", "the watch followed the merge");
    assert_eq!(
        store.status_of(Target::Network(1)).unwrap(),
        ReviewStatus::NeedsOutreach,
        "the status followed the merge"
    );
    let events = store.events_of(Target::Network(1)).unwrap();
    assert!(
        events
            .iter()
            .any(|e| e.kind == "merged" && e.note.as_deref().is_some_and(|n| n.contains("#3"))),
        "{events:?}"
    );
    let gone = store.events_of(Target::Network(3)).unwrap();
    assert!(gone.iter().any(|e| e.kind == "merged"), "{gone:?}");
    let audit = store.audit_log(Some("network_merged"), 10).unwrap();
    assert_eq!(audit.len(), 1);
    // Ad 6 changes to a number of its own: the bridge is gone, network 1
    // splits back into 1 and 3, and the split is recorded on network 1.
    let split = pass(
        &mut store,
        &[ad(6, "Fie", "+4532123409", "kort tekst seks")],
    );
    assert_eq!(split.changes.split, vec![(1, vec![1, 3])], "{split:?}");
    assert_eq!(store.network_of(2).unwrap(), Some(1));
    assert_eq!(store.network_of(5).unwrap(), Some(3));
    assert_eq!(store.network_of(6).unwrap(), None);
    let events = store.events_of(Target::Network(1)).unwrap();
    assert!(events.iter().any(|e| e.kind == "split"), "{events:?}");
    assert_eq!(store.audit_log(Some("network_split"), 10).unwrap().len(), 1);
}

/// One pass through a kept linker, as the daemon runs it.
fn warm_pass(
    store: &mut Store,
    cache: &mut crawler::pipeline::LinkCache,
    ads: &[Ad],
    seen: chrono::DateTime<Utc>,
) -> crawler::pipeline::LinkReport {
    let rules = Rules::builtin();
    store
        .upsert_ads(
            &ads.iter().map(|a| (a.clone(), None)).collect::<Vec<_>>(),
            "DK",
            seen,
        )
        .unwrap();
    crawler::engine::refresh_cached(store, &rules, Default::default(), cache, |_| {})
        .unwrap()
        .linking
}

#[test]
fn a_kept_linker_gives_what_a_rebuild_gives() {
    let ads: Vec<Ad> = synth_edited::corpus(&EditedConfig {
        ads: 1_200,
        seed: 7,
        ..EditedConfig::default()
    })
    .iter()
    .map(|a| store_ad(&a.ad))
    .collect();
    let old = Utc::now() - chrono::Duration::days(400);
    let now = Utc::now();
    let mut changed = ads.clone();
    for a in changed.iter_mut().skip(100).take(300).step_by(30) {
        a.text
            .push_str(" Nyt nummer, ring hellere om aftenen efter klokken otte.");
    }
    let retention = std::time::Duration::from_secs(180 * 86_400);
    let dir = tempfile::tempdir().unwrap();

    let mut inc = Store::open(&dir.path().join("warm.db")).unwrap();
    let mut cache = crawler::pipeline::LinkCache::default();
    let first = warm_pass(&mut inc, &mut cache, &ads[..40], old);
    assert!(!first.incremental, "the first pass builds the linker");
    let second = warm_pass(&mut inc, &mut cache, &ads[40..700], now);
    assert!(second.incremental);
    assert_eq!(
        second.fingerprinted, 660,
        "only the new ads are fingerprinted"
    );
    let third = warm_pass(&mut inc, &mut cache, &ads[700..1_150], now);
    assert!(third.incremental);
    // Ten ads change, and the 40 old ones are purged.
    let fourth = warm_pass(&mut inc, &mut cache, &changed[100..400], now);
    assert!(fourth.incremental);
    assert_eq!(fourth.fingerprinted, 10);
    assert_eq!(
        inc.purge(retention, "test", false).unwrap().ad_ids.len(),
        40
    );
    // Another process links the store in between: the kept linker is not
    // trusted any more, and the next pass builds it again.
    crawler::engine::refresh(&mut inc, &Rules::builtin(), Default::default(), |_| {}).unwrap();
    let fifth = warm_pass(&mut inc, &mut cache, &ads[1_150..], now);
    assert!(
        !fifth.incremental,
        "a store linked by someone else is re-read"
    );
    let sixth = warm_pass(&mut inc, &mut cache, &ads[..0], now);
    assert!(sixth.incremental);

    // The same ads, the same purge, one import.
    let mut full = Store::open(&dir.path().join("full.db")).unwrap();
    let mut all = ads[..100].to_vec();
    all.extend_from_slice(&changed[100..400]);
    all.extend_from_slice(&ads[400..]);
    let rows = |v: &[Ad]| v.iter().map(|a| (a.clone(), None)).collect::<Vec<_>>();
    full.upsert_ads(&rows(&all[..40]), "DK", old).unwrap();
    full.upsert_ads(&rows(&all[40..]), "DK", now).unwrap();
    full.purge(retention, "test", false).unwrap();
    crawler::engine::refresh(&mut full, &Rules::builtin(), Default::default(), |_| {}).unwrap();

    let a = linking_state(&inc, 1_200);
    assert!(
        a.iter().any(|s| s.contains("Text")),
        "text links were found"
    );
    assert_eq!(a, linking_state(&full, 1_200));
    assert_eq!(inc.network_ids().unwrap(), full.network_ids().unwrap());
}

#[test]
fn a_kept_linker_follows_a_pass_that_removes_links() {
    // Two ads share a number; the second one's number changes: the link and
    // its hits go in the warm pass as in a rebuild.
    let mk = |url: &str, phone: &str| Ad {
        url: url.into(),
        site: "s".into(),
        text: format!("Annonce {url}: ring {phone}"),
        ..Ad::default()
    };
    let dir = tempfile::tempdir().unwrap();
    let mut s = Store::open(&dir.path().join("w.db")).unwrap();
    let mut cache = crawler::pipeline::LinkCache::default();
    let a = warm_pass(
        &mut s,
        &mut cache,
        &[
            mk("https://x.invalid/1", "+45 20 12 34 56"),
            mk("https://x.invalid/2", "+45 20 12 34 56"),
        ],
        Utc::now(),
    );
    assert_eq!(a.links.get("phone"), Some(&1), "{a:?}");
    let b = warm_pass(
        &mut s,
        &mut cache,
        &[mk("https://x.invalid/2", "+45 20 99 88 77")],
        Utc::now(),
    );
    assert!(b.incremental);
    assert_eq!(b.links.get("phone"), None, "{b:?}");
    assert!(s.links_of(1).unwrap().is_empty());
    assert!(s.analysis(1).unwrap().unwrap().link_hits.is_empty());
    assert_eq!(s.network_of(1).unwrap(), None);
}

//! Linking: planted networks, templates and photos with hard negatives,
//! incremental runs against rebuilds, block-list and cross-ad hits.

use chrono::{Duration, TimeZone, Utc};
use fixtures::synth::{self, pairwise_scores, SynthConfig, SITE_NUMBER};
use fixtures::synth_edited::{self, EditedConfig};
use indicators::linking::{
    fill_passages, link_all, BlockSource, LinkAd, LinkConfig, LinkKind, LinkOutcome, Linker,
    PreparedAd, SiteNumber,
};
use indicators::rules::Rules;
use indicators::IndicatorCode;
use std::collections::HashMap;

const BODY: &str = "Sweet and friendly lady visiting for a few days only, relaxing massage in a \
    calm and clean apartment near the central station, text me first and I will answer quickly";

fn ad(id: i64, name: &str, city: &str, day: i64, phones: &[&str], text: &str) -> LinkAd {
    LinkAd {
        ad_id: id,
        site: "example".into(),
        name: Some(name.into()),
        age: Some(25),
        location: Some(city.into()),
        seen_at: Utc.with_ymd_and_hms(2024, 3, 1, 12, 0, 0).unwrap() + Duration::days(day),
        phones: phones.iter().map(|p| p.to_string()).collect(),
        text: text.into(),
        image_hashes: Vec::new(),
    }
}

fn has(out: &LinkOutcome, id: i64, code: IndicatorCode) -> bool {
    out.hits
        .get(&id)
        .is_some_and(|h| h.iter().any(|h| h.code == code))
}

/// A linker's outcome with the shared passages quoted (as `link_all` does).
fn outcome_of(linker: &Linker, rules: &Rules, ads: &[LinkAd]) -> LinkOutcome {
    let mut out = linker.outcome(rules);
    let texts: HashMap<i64, &str> = ads.iter().map(|a| (a.ad_id, a.text.as_str())).collect();
    fill_passages(&mut out.hits, |id| texts.get(&id).copied());
    out
}

fn setup() -> (LinkConfig, Rules) {
    let rules = Rules::builtin();
    (LinkConfig::from_rules(&rules), rules)
}

fn truth_of(
    corpus: &[synth::SynthAd],
    f: impl Fn(&synth::SynthAd) -> Option<u64>,
) -> Vec<(i64, Option<u64>)> {
    corpus.iter().map(|a| (a.ad.ad_id, f(a))).collect()
}

#[test]
fn planted_corpus_is_recovered_pairwise() {
    let corpus = synth::corpus(&SynthConfig {
        ads: 6_000,
        seed: 42,
        ..SynthConfig::default()
    });
    let ads: Vec<LinkAd> = corpus.iter().map(|a| a.ad.clone()).collect();
    let (cfg, rules) = setup();
    // The support number is *not* configured: the automatic block-list must catch it.
    let out = link_all(&ads, &cfg, &rules);
    let text = pairwise_scores(&truth_of(&corpus, |a| a.template), &out.text_cluster);
    let image = pairwise_scores(&truth_of(&corpus, |a| a.photo), &out.image_cluster);
    let nets = pairwise_scores(&truth_of(&corpus, |a| a.network), &out.network_of);
    println!("text {text:?}\nimage {image:?}\nnetworks {nets:?}");
    assert!(text.f1 >= 0.95, "text clusters {text:?}");
    assert!(image.f1 >= 0.95, "image clusters {image:?}");
    assert!(nets.f1 >= 0.9, "networks {nets:?}");
    let site = out
        .blocked_phones
        .iter()
        .find(|b| b.e164 == SITE_NUMBER)
        .expect("support number blocked");
    assert_eq!(site.source, BlockSource::Auto);
    assert!(site.reason.contains("ads"), "{}", site.reason);
    assert!(!out.links.iter().any(|l| l.evidence == SITE_NUMBER));
}

#[test]
fn incremental_equals_rebuild() {
    let corpus = synth::corpus(&SynthConfig {
        ads: 3_000,
        seed: 7,
        ..SynthConfig::default()
    });
    let ads: Vec<LinkAd> = corpus.iter().map(|a| a.ad.clone()).collect();
    let (cfg, rules) = setup();
    let full = link_all(&ads, &cfg, &rules);
    assert!(!full.networks.is_empty());

    // Day by day: a first batch, then new ads one at a time.
    let mut linker = Linker::new(cfg.clone());
    assert_eq!(linker.add_batch(&ads[..2_000]), 2_000);
    let early = linker.outcome(&rules);
    for a in &ads[2_000..] {
        linker.add(a).expect("new ad");
    }
    assert_eq!(outcome_of(&linker, &rules, &ads), full);
    assert!(linker.add(&ads[0]).is_err(), "a duplicate id is refused");

    // Network ids stay put as networks grow: the new ads have larger ids,
    // so every earlier network keeps its id inside the later one.
    for n in &early.networks {
        assert!(
            n.ad_ids.iter().all(|a| full.network_of[a] == n.network_id),
            "network {}",
            n.network_id
        );
    }

    // Rebuilt from persisted fingerprints (as the store will), through JSON.
    let mut restored = Linker::new(cfg.clone());
    for a in &ads {
        let p = linker.prepare(a);
        let json = serde_json::to_string(&p.text).expect("serialise");
        let text = serde_json::from_str(&json).expect("deserialise");
        restored
            .add_prepared(PreparedAd { ad: p.ad, text })
            .expect("add");
    }
    assert_eq!(outcome_of(&restored, &rules, &ads), full);
}

#[test]
fn arrival_order_does_not_change_clusters_or_networks() {
    let corpus = synth::corpus(&SynthConfig {
        ads: 2_000,
        seed: 9,
        ..SynthConfig::default()
    });
    let mut ads: Vec<LinkAd> = corpus.iter().map(|a| a.ad.clone()).collect();
    let (cfg, rules) = setup();
    let a = link_all(&ads, &cfg, &rules);
    ads.reverse();
    let b = link_all(&ads, &cfg, &rules);
    assert_eq!(a.text_cluster, b.text_cluster);
    assert_eq!(a.image_cluster, b.image_cluster);
    assert_eq!(a.networks, b.networks);
    assert_eq!(a.hits, b.hits);
}

#[test]
fn template_under_other_names_links_and_flags() {
    let (cfg, rules) = setup();
    let ads = [
        ad(
            1,
            "Anna",
            "Odense",
            0,
            &["+4520123456"],
            &format!("Hi I am Anna from Odense. {BODY}. Call 20 12 34 56"),
        ),
        ad(
            2,
            "Maria",
            "Aarhus",
            1,
            &["+4520123457"],
            &format!("Hi I am Maria from Aarhus. {BODY}. Call 20123457"),
        ),
        ad(
            3,
            "Sofia",
            "Aalborg",
            2,
            &["+4520123458"],
            &format!("Hi I am Sofia from Aalborg. {BODY}! Ring +45 20 12 34 58"),
        ),
    ];
    let out = link_all(&ads, &cfg, &rules);
    for id in 1..=3 {
        assert_eq!(out.text_cluster.get(&id), Some(&1), "ad {id}");
        assert!(has(&out, id, IndicatorCode::TextTemplate), "ad {id}");
    }
    let text_links: Vec<_> = out
        .links
        .iter()
        .filter(|l| l.kind == LinkKind::Text)
        .collect();
    assert!(!text_links.is_empty());
    assert!(text_links.iter().all(|l| l.score >= cfg.text_jaccard));
    let hit = &out.hits[&2]
        .iter()
        .find(|h| h.code == IndicatorCode::TextTemplate)
        .unwrap();
    let all: Vec<&str> = hit.evidence.iter().map(|e| e.excerpt.as_str()).collect();
    assert!(all.iter().any(|e| e.contains("Anna")), "{all:?}");
    assert!(
        !all.iter().any(|e| e.contains("Maria")),
        "own name is not 'other': {all:?}"
    );
    assert!(
        all[0].contains("with ad #1"),
        "the closest other ad: {all:?}"
    );
    assert_eq!(out.networks.len(), 1);
    assert_eq!(out.networks[0].network_id, 1);
    assert_eq!(out.networks[0].link_counts.phone, 0);
}

#[test]
fn reposts_by_one_person_cluster_without_template_hit() {
    let (cfg, rules) = setup();
    let t = format!("Hi I am Anna. {BODY}");
    let ads = [
        ad(1, "Anna", "Odense", 0, &["+4520123456"], &t),
        ad(2, "anna", "Odense", 3, &["+4520123456"], &t),
    ];
    let out = link_all(&ads, &cfg, &rules);
    assert_eq!(out.text_cluster.get(&2), Some(&1));
    assert!(!has(&out, 1, IndicatorCode::TextTemplate));
    assert!(!has(&out, 1, IndicatorCode::SharedPhone));
}

#[test]
fn shared_boilerplate_is_not_a_template() {
    let (cfg, rules) = setup();
    let boiler = "Discreet and friendly meeting in a clean private apartment, please book ahead.";
    let own = [
        "Tall blonde with green eyes who loves long walks by the harbour and good red wine in the evening",
        "Petite brunette student enjoys jazz concerts, cooking spicy food and travelling to small islands",
        "Sporty woman who runs marathons, reads crime novels and dances salsa every Thursday night downtown",
    ];
    let ads: Vec<LinkAd> = own
        .iter()
        .enumerate()
        .map(|(i, t)| {
            let phone = format!("+452012345{i}");
            ad(
                i as i64 + 1,
                &format!("N{i}"),
                "Odense",
                0,
                &[phone.as_str()],
                &format!("{t}. {boiler}"),
            )
        })
        .collect();
    let out = link_all(&ads, &cfg, &rules);
    assert!(out.text_cluster.is_empty(), "{:?}", out.links);
    assert!(out.networks.is_empty());
}

#[test]
fn configured_site_number_does_not_weld_unrelated_ads() {
    let (mut cfg, rules) = setup();
    cfg.site_numbers.push(SiteNumber {
        e164: "+4570000000".into(),
        site: Some("example".into()),
        note: "the site's customer service".into(),
    });
    let texts = ["alpha", "bravo", "charlie", "delta"];
    let ads: Vec<LinkAd> = texts
        .iter()
        .enumerate()
        .map(|(i, w)| {
            ad(
                i as i64 + 1,
                w,
                "Odense",
                i as i64,
                &["+4570000000"],
                &format!("{w} own words here"),
            )
        })
        .collect();
    let out = link_all(&ads, &cfg, &rules);
    assert!(out.networks.is_empty(), "{:?}", out.networks);
    assert!(out.links.is_empty());
    assert!(out.hits.is_empty(), "{:?}", out.hits);
    assert_eq!(out.blocked_phones.len(), 1);
    let b = &out.blocked_phones[0];
    assert_eq!((b.source, b.ads), (BlockSource::Config, 4));
    assert!(
        b.reason.contains("customer service") && b.reason.contains("example"),
        "{}",
        b.reason
    );
}

#[test]
fn number_in_many_unrelated_ads_is_blocked_automatically() {
    let (cfg, rules) = setup();
    // 25 ads with different names, texts and photos, one number only.
    let ads: Vec<LinkAd> = (0..25)
        .map(|i| {
            let mut a = ad(
                i + 1,
                &format!("Name{i}"),
                "Odense",
                i,
                &["+4570000001"],
                &format!("text number {i}"),
            );
            a.image_hashes =
                vec![0x0123_4567_89ab_cdef_u64.rotate_left(i as u32 * 7) ^ (i as u64 * 0x1111)];
            a
        })
        .collect();
    let out = link_all(&ads, &cfg, &rules);
    assert!(
        out.networks.is_empty() || out.networks.iter().all(|n| n.ad_ids.len() < 5),
        "{:?}",
        out.networks
    );
    let b = out
        .blocked_phones
        .iter()
        .find(|b| b.e164 == "+4570000001")
        .expect("blocked");
    assert_eq!(b.source, BlockSource::Auto);
    assert!(b.reason.contains("unrelated"), "{}", b.reason);
}

#[test]
fn circuit_number_links_and_flags_cities() {
    let (cfg, rules) = setup();
    let p = "+4520999999";
    let ads = [
        ad(10, "Lina", "Odense", 0, &[p], "short one"),
        ad(11, "Mia", "Aarhus", 2, &[p], "short two"),
        ad(12, "Ida", "Aalborg", 4, &[p], "short three"),
        ad(13, "Eva", "Vejle", 60, &[p], "short four"),
        ad(14, "Solo", "Vejle", 60, &["+4520888888"], "short five"),
    ];
    let out = link_all(&ads, &cfg, &rules);
    assert_eq!(out.networks.len(), 1);
    let n = &out.networks[0];
    assert_eq!(n.network_id, 10);
    assert_eq!(n.ad_ids, vec![10, 11, 12, 13]);
    assert_eq!(n.phones, vec![p.to_string()]);
    assert_eq!(n.link_counts.phone, 3);
    let cities: Vec<&str> = n.timeline.iter().map(|(_, c)| c.as_str()).collect();
    assert_eq!(cities, ["Odense", "Aarhus", "Aalborg", "Vejle"]);
    assert_eq!(n.first_seen, ads[0].seen_at);
    assert_eq!(n.last_seen, ads[3].seen_at);
    for id in 10..=13 {
        assert!(has(&out, id, IndicatorCode::SharedPhone), "ad {id}");
    }
    // Three cities within the 14-day window; the Vejle ad is two months later.
    for id in 10..=12 {
        assert!(has(&out, id, IndicatorCode::PhoneMultiCity), "ad {id}");
    }
    assert!(!has(&out, 13, IndicatorCode::PhoneMultiCity));
    assert!(!out.network_of.contains_key(&14));
    assert!(out
        .links
        .iter()
        .all(|l| l.kind == LinkKind::Phone && l.evidence == p && l.a < l.b));
}

/// Issue 14: one city in several spellings is one place, and a city with
/// its suburb (within 30 km) is no circuit; two cities far apart are.
#[test]
fn phone_multi_city_needs_genuinely_different_places() {
    let (cfg, rules) = setup();
    let p = "+4520777777";
    let spellings = [
        ad(20, "Lina", "København", 0, &[p], "short one"),
        ad(21, "Mia", "Copenhagen", 0, &[p], "short two"),
        ad(22, "Ida", "Kbh", 0, &[p], "short three"),
        ad(23, "Eva", "CPH", 0, &[p], "short four"),
        ad(24, "Ann", "Greve", 1, &[p], "short five"),
    ];
    let out = link_all(&spellings, &cfg, &rules);
    for id in 20..=24 {
        assert!(!has(&out, id, IndicatorCode::PhoneMultiCity), "ad {id}");
    }
    let n = &out.networks[0];
    let cities: Vec<&str> = n.timeline.iter().map(|(_, c)| c.as_str()).collect();
    // Greve is a town of its own, 20 km from the centre: too close for a circuit.
    assert_eq!(cities, ["Copenhagen", "Greve"]);
    // Copenhagen, Aarhus and Aalborg within days: a circuit.
    let circuit = [
        ad(30, "Lina", "Kbh K", 0, &[p], "short one"),
        ad(31, "Mia", "Århus", 1, &[p], "short two"),
        ad(32, "Ida", "Ålborg", 2, &[p], "short three"),
    ];
    let out = link_all(&circuit, &cfg, &rules);
    for id in 30..=32 {
        assert!(has(&out, id, IndicatorCode::PhoneMultiCity), "ad {id}");
    }
    let n = &out.networks[0];
    let cities: Vec<&str> = n.timeline.iter().map(|(_, c)| c.as_str()).collect();
    assert_eq!(cities, ["Copenhagen", "Aarhus", "Aalborg"]);
}

#[test]
fn reused_photo_links_within_hamming_and_placeholders_do_not() {
    let (mut cfg, rules) = setup();
    cfg.image_max_ads = 3;
    cfg.image_max_hamming = 6;
    let photo = 0xf0e1_d2c3_b4a5_9687_u64;
    let mut ads: Vec<LinkAd> = (1..=3)
        .map(|i| {
            ad(
                i,
                &format!("N{i}"),
                "Odense",
                i,
                &[&format!("+45201000{i:02}")],
                "x",
            )
        })
        .collect();
    ads[0].image_hashes = vec![photo];
    ads[1].image_hashes = vec![photo ^ 0b101]; // re-encoded: 2 bits
    ads[2].image_hashes = vec![photo ^ 0xfff00]; // 12 bits: another photo
    let placeholder = 0x1234_5678_9abc_def0_u64;
    for i in 4..=7 {
        let mut a = ad(
            i,
            &format!("P{i}"),
            "Aarhus",
            i,
            &[&format!("+45202000{i:02}")],
            "y",
        );
        a.image_hashes = vec![placeholder];
        ads.push(a);
    }
    let out = link_all(&ads, &cfg, &rules);
    assert_eq!(out.image_cluster.get(&1), Some(&1));
    assert_eq!(out.image_cluster.get(&2), Some(&1));
    assert!(!out.image_cluster.contains_key(&3));
    let l = out
        .links
        .iter()
        .find(|l| l.kind == LinkKind::Image)
        .unwrap();
    assert_eq!((l.a, l.b, l.evidence.as_str()), (1, 2, "hamming 2"));
    assert!(has(&out, 1, IndicatorCode::ImageReuse));
    assert_eq!(out.blocked_images.len(), 1);
    assert_eq!(out.blocked_images[0].ads, 4);
    assert!((4..=7).all(|i| !out.network_of.contains_key(&i)));
}

#[test]
fn disabled_rules_give_no_hits_but_still_link() {
    let (cfg, mut rules) = setup();
    for r in rules.rules.values_mut() {
        r.enabled = false;
    }
    let ads = [
        ad(1, "A", "Odense", 0, &["+4520123456"], "a"),
        ad(2, "B", "Aarhus", 1, &["+4520123456"], "b"),
    ];
    let out = link_all(&ads, &cfg, &rules);
    assert!(out.hits.is_empty());
    assert_eq!(out.networks.len(), 1);
}

fn edited(ads: usize, seed: u64) -> (Vec<synth_edited::EditedAd>, Vec<LinkAd>) {
    let corpus = synth_edited::corpus(&EditedConfig {
        ads,
        seed,
        ..EditedConfig::default()
    });
    let ads = corpus.iter().map(|a| a.ad.clone()).collect();
    (corpus, ads)
}

#[test]
fn edited_templates_link_and_site_boilerplate_does_not() {
    let (corpus, ads) = edited(6_000, 3);
    let (cfg, rules) = setup();
    let out = link_all(&ads, &cfg, &rules);
    let truth: Vec<(i64, Option<u64>)> = corpus.iter().map(|a| (a.ad.ad_id, a.family)).collect();
    let text = pairwise_scores(&truth, &out.text_cluster);
    let nets = pairwise_scores(&truth, &out.network_of);
    println!("edited corpus: text {text:?}\nnetworks {nets:?}");
    assert!(text.precision >= 0.97 && text.f1 >= 0.95, "text {text:?}");
    assert!(
        nets.precision >= 0.97 && nets.f1 >= 0.95,
        "networks {nets:?}"
    );
    let largest = out
        .networks
        .iter()
        .map(|n| n.ad_ids.len())
        .max()
        .unwrap_or(0);
    assert!(
        largest <= 12,
        "largest network {largest}: no giant component"
    );
}

#[test]
fn template_evidence_names_the_closest_ad_and_the_shared_passage() {
    let (corpus, ads) = edited(3_000, 5);
    let (cfg, rules) = setup();
    let out = link_all(&ads, &cfg, &rules);
    let (id, hit) = out
        .hits
        .iter()
        .find_map(|(id, hs)| {
            hs.iter()
                .find(|h| h.code == IndicatorCode::TextTemplate)
                .map(|h| (*id, h))
        })
        .expect("a template hit");
    let first = &hit.evidence[0].excerpt;
    assert!(
        first.starts_with("shares ") && first.contains(" sentences with ad #"),
        "{first}"
    );
    let other: i64 = first
        .split("ad #")
        .nth(1)
        .and_then(|s| s.split(|c: char| !c.is_ascii_digit()).next())
        .and_then(|s| s.parse().ok())
        .expect("an ad id");
    let fam = |a: i64| corpus[a as usize - 1].family;
    assert!(
        fam(id).is_some() && fam(id) == fam(other),
        "{id} and {other} are one family"
    );
    let passage = hit
        .evidence
        .iter()
        .find(|e| e.excerpt.starts_with("shared passage: "))
        .expect("a quoted passage");
    let quoted = passage
        .excerpt
        .trim_start_matches("shared passage: \u{ab}")
        .trim_end_matches('\u{bb}');
    assert!(ads[id as usize - 1].text.contains(quoted), "{quoted}");
    assert!(
        ads[other as usize - 1]
            .text
            .contains(quoted.trim_end_matches('…')),
        "{quoted}"
    );
    // The site footer is boilerplate: never the shared passage.
    let text_links = out
        .links
        .iter()
        .filter(|l| l.kind == LinkKind::Text)
        .count();
    assert!(text_links > 0);
}

#[test]
fn incremental_with_changes_and_removals_equals_rebuild() {
    let (_, mut ads) = edited(4_000, 11);
    let (cfg, rules) = setup();
    let mut linker = Linker::new(cfg.clone());
    // Import in three passes, the last one ad at a time.
    linker.add_batch(&ads[..1_500]);
    linker.add_batch(&ads[1_500..3_900]);
    linker.check_invariants().expect("after two batches");
    for a in &ads[3_900..] {
        linker.add(a).expect("new");
    }
    linker.check_invariants().expect("after single adds");
    // 40 ads change (a sentence cut off, a new name) and 30 are taken down.
    for a in ads.iter_mut().step_by(97).take(40) {
        let cut = a.text.len() / 2;
        let cut = (cut..a.text.len())
            .find(|&i| a.text.is_char_boundary(i))
            .unwrap();
        a.text.truncate(cut);
        a.name = Some("Changed".into());
        assert!(linker.remove(a.ad_id));
        linker.check_invariants().expect("after a removal");
        linker.add(a).expect("changed ad re-added");
        linker.check_invariants().expect("after a change");
    }
    let gone: Vec<i64> = ads
        .iter()
        .skip(5)
        .step_by(131)
        .take(30)
        .map(|a| a.ad_id)
        .collect();
    assert_eq!(linker.remove_many(&gone), 30);
    ads.retain(|a| !gone.contains(&a.ad_id));
    let full = link_all(&ads, &cfg, &rules);
    assert!(!full.networks.is_empty());
    let inc = outcome_of(&linker, &rules, &ads);
    let only = |x: &LinkOutcome, y: &LinkOutcome| -> Vec<String> {
        x.links
            .iter()
            .filter(|l| !y.links.contains(l))
            .map(|l| format!("{l:?}"))
            .collect()
    };
    assert!(
        only(&inc, &full).is_empty(),
        "only incremental: {:?}",
        only(&inc, &full)
    );
    assert!(
        only(&full, &inc).is_empty(),
        "only rebuild: {:?}",
        only(&full, &inc)
    );
    assert_eq!(inc, full);
    assert_eq!(linker.len(), ads.len());
}

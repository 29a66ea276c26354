//! The network list: priority order (size, strongest member score, last
//! seen), status, normalised cities and the strongest indicators.

use chrono::{TimeZone, Utc};
use model::{Ad, AdAnalysis, IndicatorCode, IndicatorHit};
use store::links::{LinkingResult, NetworkRow};
use store::network_list::NetworkFilter;
use store::prelude::*;
use store::review::{ReviewStatus, Target};
use store::Store;

fn ad(n: usize, city: &str) -> Ad {
    Ad {
        url: format!("https://site.invalid/ad/{n}"),
        site: "site".into(),
        text: format!("Invented ad number {n}."),
        location: Some(city.into()),
        ..Ad::default()
    }
}

fn hit(code: IndicatorCode, weight: f64) -> IndicatorHit {
    IndicatorHit {
        code,
        weight,
        explanation: "x".into(),
        evidence: vec![],
    }
}

/// Seven ads in three networks: #10 of three ads, #20 and #30 of two each,
/// #20 holding the stronger ad; one ad in no network.
pub fn store_with_networks() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let mut s = Store::open(&dir.path().join("n.db")).unwrap();
    let cities = [
        "Kbh",
        "Odense",
        "Aarhus",
        "København",
        "Vejle",
        "Aalborg",
        "Aalborg",
    ];
    let mut ids = Vec::new();
    for (n, c) in cities.iter().enumerate() {
        let a = ad(n, c);
        let id = s.upsert_ad(&a, "DK", None, Utc::now()).unwrap().ad_id;
        let hits = match n {
            3 => vec![
                hit(IndicatorCode::ThirdPerson, 2.0),
                hit(IndicatorCode::YouthTerms, 1.0),
            ],
            4 => vec![hit(IndicatorCode::MovementTerms, -0.5)],
            _ => vec![hit(IndicatorCode::SharedPhone, 0.5)],
        };
        let analysis = AdAnalysis {
            language: Some("da".into()),
            score: hits.iter().map(|h| h.weight).sum::<f64>().max(0.0),
            hits,
            phones: vec![],
            rules_version: "t".into(),
        };
        s.save_analysis(id, &analysis, &store::ads::content_hash(&a), |o, _| {
            o.iter().map(|h| h.weight).sum::<f64>().max(0.0)
        })
        .unwrap();
        ids.push(id);
    }
    let day = |d| Utc.with_ymd_and_hms(2026, 5, d, 12, 0, 0).unwrap();
    let net = |id, members: &[i64], last| NetworkRow {
        id,
        ad_ids: members.to_vec(),
        first_seen: Some(day(1)),
        last_seen: Some(day(last)),
        summary: serde_json::json!({}),
    };
    s.replace_linking(&LinkingResult {
        links: vec![],
        clusters: vec![],
        networks: vec![
            net(30, &[ids[4], ids[5]], 9),
            net(20, &[ids[3], ids[6]], 2),
            net(10, &[ids[0], ids[1], ids[2]], 3),
        ],
        blocked: vec![],
    })
    .unwrap();
    (dir, s)
}

#[test]
fn networks_come_largest_then_strongest_then_most_recent() {
    let (_d, mut s) = store_with_networks();
    let all = s.network_list(&NetworkFilter::default()).unwrap();
    let order: Vec<i64> = all.iter().map(|n| n.network_id).collect();
    assert_eq!(order, [10, 20, 30]);
    assert_eq!(all[0].size, 3);
    assert_eq!(all[1].max_score, 3.0);
    // Normalised: "Kbh" is Copenhagen.
    assert_eq!(all[0].cities, ["Aarhus", "Copenhagen", "Odense"]);
    assert_eq!(all[2].cities, ["Aalborg", "Vejle"]);
    // Strongest positive indicators first; the negative one is left out.
    assert_eq!(
        all[1].indicators,
        ["third_person", "youth_terms", "shared_phone"]
    );
    assert_eq!(all[2].indicators, ["shared_phone"]);
    assert_eq!(all[0].status, ReviewStatus::New);

    s.set_status(
        Target::Network(30),
        ReviewStatus::NeedsOutreach,
        "alice",
        None,
    )
    .unwrap();
    let open = s
        .network_list(&NetworkFilter {
            status: Some(ReviewStatus::NeedsOutreach),
            ..NetworkFilter::default()
        })
        .unwrap();
    assert_eq!(open.len(), 1);
    assert_eq!(open[0].network_id, 30);
    let page = s
        .network_list(&NetworkFilter {
            limit: 1,
            offset: 1,
            ..NetworkFilter::default()
        })
        .unwrap();
    assert_eq!(page.iter().map(|n| n.network_id).collect::<Vec<_>>(), [20]);
}

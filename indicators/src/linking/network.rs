//! From the linker's verified pairs to the outcome: links with evidence,
//! text and image clusters, the block-lists, networks with their summaries,
//! and the cross-ad indicator hits.
//!
//! Everything here is a function of the *sets* of ads, groups and verified
//! pairs, never of the order they arrived in: group representatives are the
//! smallest ad id, components are labelled by their smallest ad id, and every
//! list is sorted. That is what makes an incremental run equal a rebuild.

use crate::linking::linker::{Linker, NONE};
use crate::linking::phones::{block_list, list, phone_evidence};
use crate::linking::unionfind::UnionFind;
use crate::linking::{BlockedImage, Link, LinkCounts, LinkKind, LinkOutcome, NetworkSummary};
use crate::model::{AdField, Evidence, IndicatorCode};
use crate::rules::Rules;
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// Builds the outcome of everything `linker` holds.
pub(crate) fn build(linker: &Linker, rules: &Rules) -> LinkOutcome {
    let cfg = &linker.cfg;
    let ads = &linker.ads;
    let n = ads.len();
    let id = |a: u32| ads[a as usize].ad_id;
    let rep = |members: &[u32]| members.iter().copied().min_by_key(|&a| id(a)).unwrap_or(0);

    // Text links: each group as a star around its smallest ad, and one link
    // between the representatives of every verified pair of groups.
    // (ad, ad, similarity, text group of the first, text group of the second)
    let mut text_links: Vec<(u32, u32, f64, u32, u32)> = Vec::new();
    for (gi, g) in linker.text.groups.iter().enumerate() {
        if !g.indexed() {
            continue;
        }
        let r = rep(&g.members);
        let gi = gi as u32;
        text_links.extend(
            g.members
                .iter()
                .filter(|&&m| m != r)
                .map(|&m| (r, m, 1.0, gi, gi)),
        );
    }
    let mut pairs: Vec<(&(u32, u32), &f64)> = linker.text.pairs.iter().collect();
    pairs.sort_unstable_by_key(|(k, _)| **k);
    for (&(a, b), &j) in pairs {
        let (ra, rb) = (
            rep(&linker.text.groups[a as usize].members),
            rep(&linker.text.groups[b as usize].members),
        );
        text_links.push((ra, rb, j, a, b));
    }

    // Image links, leaving out placeholder photos in too many ads.
    let mut blocked_images = Vec::new();
    let image_ok: Vec<bool> = linker
        .image_groups
        .iter()
        .map(|g| {
            let ok = g.members.len() <= cfg.image_max_ads;
            if !ok {
                blocked_images.push(BlockedImage {
                    phash: g.hash,
                    reason: format!(
                        "the same photo is in {} ads (limit {}): probably a site placeholder or stock photo; it does not link ads",
                        g.members.len(),
                        cfg.image_max_ads
                    ),
                    ads: g.members.len(),
                });
            }
            ok
        })
        .collect();
    blocked_images.sort_by_key(|b| b.phash);
    let mut image_links: Vec<(u32, u32, u32)> = Vec::new();
    for (g, ok) in linker.image_groups.iter().zip(&image_ok) {
        if *ok {
            let r = rep(&g.members);
            image_links.extend(g.members.iter().filter(|&&m| m != r).map(|&m| (r, m, 0)));
        }
    }
    for &(a, b, d) in &linker.image_pairs {
        let live = |g: u32| !linker.image_groups[g as usize].members.is_empty();
        if image_ok[a as usize] && image_ok[b as usize] && live(a) && live(b) {
            let (ra, rb) = (
                rep(&linker.image_groups[a as usize].members),
                rep(&linker.image_groups[b as usize].members),
            );
            if ra != rb {
                image_links.push((ra, rb, d));
            }
        }
    }

    // Clusters.
    let text_cluster = components(n, text_links.iter().map(|&(a, b, ..)| (a, b)), &id);
    let image_cluster = components(n, image_links.iter().map(|&(a, b, _)| (a, b)), &id);
    let mut content = UnionFind::new(n);
    for &(a, b, ..) in &text_links {
        content.union(a, b);
    }
    for &(a, b, _) in &image_links {
        content.union(a, b);
    }
    let content_comp: Vec<u32> = (0..n as u32).map(|a| content.find(a)).collect();

    // Phones.
    let blocked = block_list(linker, &content_comp);
    let mut phone_links: Vec<(u32, u32, &str)> = Vec::new();
    for (e164, members) in &linker.phones {
        if members.len() < 2 || blocked.contains_key(e164) {
            continue;
        }
        let r = rep(members);
        phone_links.extend(
            members
                .iter()
                .filter(|&&m| m != r)
                .map(|&m| (r, m, e164.as_str())),
        );
    }

    // All links with evidence, deduplicated per (pair, kind, evidence).
    let mut links: Vec<Link> =
        Vec::with_capacity(text_links.len() + image_links.len() + phone_links.len());
    let mut push = |a: u32, b: u32, kind: LinkKind, evidence: String, score: f64| {
        let (x, y) = (id(a).min(id(b)), id(a).max(id(b)));
        links.push(Link {
            a: x,
            b: y,
            kind,
            evidence,
            score,
        });
    };
    for &(a, b, j, ga, gb) in &text_links {
        let evidence = if ga == gb {
            "same text (after masking names, numbers and places)".to_string()
        } else {
            // Counted from the side of the smaller ad id, as the link is.
            let (ga, gb) = if id(a) <= id(b) { (ga, gb) } else { (gb, ga) };
            let (shared, total) = shared_sentences(linker, ga, gb);
            format!("similarity {j:.2}; shares {shared} of {total} sentences")
        };
        push(a, b, LinkKind::Text, evidence, j);
    }
    for &(a, b, d) in &image_links {
        push(
            a,
            b,
            LinkKind::Image,
            format!("hamming {d}"),
            1.0 - f64::from(d) / 64.0,
        );
    }
    for &(a, b, p) in &phone_links {
        push(a, b, LinkKind::Phone, p.to_string(), 1.0);
    }
    // Keep the strongest link per pair and kind for text and image (an ad
    // pair can meet through several photos); every number for phones.
    links.sort_by(|x, y| {
        (x.a, x.b, x.kind)
            .cmp(&(y.a, y.b, y.kind))
            .then(y.score.total_cmp(&x.score))
            .then(x.evidence.cmp(&y.evidence))
    });
    links.dedup_by(|later, kept| {
        later.a == kept.a
            && later.b == kept.b
            && later.kind == kept.kind
            && (later.kind != LinkKind::Phone || later.evidence == kept.evidence)
    });
    links.sort_by(|x, y| (x.a, x.b, x.kind, &x.evidence).cmp(&(y.a, y.b, y.kind, &y.evidence)));

    // Networks.
    let index_of = &linker.index_of;
    let mut uf = UnionFind::new(n);
    for l in &links {
        uf.union(index_of[&l.a], index_of[&l.b]);
    }
    let mut groups: HashMap<u32, Vec<u32>> = HashMap::new();
    for a in 0..n as u32 {
        if uf.set_size(a) > 1 {
            let r = uf.find(a);
            groups.entry(r).or_default().push(a);
        }
    }
    let mut counts: HashMap<u32, LinkCounts> = HashMap::new();
    for l in &links {
        let c = counts.entry(uf.find(index_of[&l.a])).or_default();
        match l.kind {
            LinkKind::Phone => c.phone += 1,
            LinkKind::Text => c.text += 1,
            LinkKind::Image => c.image += 1,
        }
    }
    let mut networks: Vec<NetworkSummary> = groups
        .into_iter()
        .map(|(root, members)| {
            summary(
                linker,
                members,
                &blocked,
                counts.get(&root).copied().unwrap_or_default(),
            )
        })
        .collect();
    networks.sort_by_key(|s| s.network_id);
    let network_of = networks
        .iter()
        .flat_map(|s| s.ad_ids.iter().map(move |&a| (a, s.network_id)))
        .collect();

    // Cross-ad hits.
    let photo_set: Vec<Option<i64>> = (0..n)
        .map(|a| {
            (!ads[a].images.is_empty()).then(|| {
                image_cluster
                    .get(&ads[a].ad_id)
                    .copied()
                    .unwrap_or(ads[a].ad_id)
            })
        })
        .collect();
    let mut shared = HashMap::new();
    let mut multi = HashMap::new();
    phone_evidence(linker, &blocked, &photo_set, &mut shared, &mut multi);
    let mut text_ev = cluster_evidence(linker, &text_cluster, &blocked, false, index_of);
    template_evidence(linker, &mut text_ev);
    let image_ev = cluster_evidence(linker, &image_cluster, &blocked, true, index_of);
    let mut hits: BTreeMap<i64, Vec<crate::model::IndicatorHit>> = BTreeMap::new();
    for (code, evs) in [
        (IndicatorCode::SharedPhone, shared),
        (IndicatorCode::PhoneMultiCity, multi),
        (IndicatorCode::TextTemplate, text_ev),
        (IndicatorCode::ImageReuse, image_ev),
    ] {
        for (a, ev) in evs {
            if let Some(hit) = rules.hit(code, ev) {
                hits.entry(id(a)).or_default().push(hit);
            }
        }
    }
    for h in hits.values_mut() {
        h.sort_by_key(|h| h.code);
    }

    LinkOutcome {
        links,
        text_cluster,
        image_cluster,
        networks,
        network_of,
        blocked_phones: blocked.into_values().collect(),
        blocked_images,
        hits,
    }
}

/// Ad id -> component id (its smallest ad id), for components of two or more.
fn components(
    n: usize,
    edges: impl Iterator<Item = (u32, u32)>,
    id: &impl Fn(u32) -> i64,
) -> BTreeMap<i64, i64> {
    let mut uf = UnionFind::new(n);
    for (a, b) in edges {
        uf.union(a, b);
    }
    let mut min_of: HashMap<u32, i64> = HashMap::new();
    for a in 0..n as u32 {
        if uf.set_size(a) > 1 {
            let r = uf.find(a);
            let m = min_of.entry(r).or_insert(i64::MAX);
            *m = (*m).min(id(a));
        }
    }
    (0..n as u32)
        .filter_map(|a| {
            let r = uf.find(a);
            min_of.get(&r).map(|&m| (id(a), m))
        })
        .collect()
}

/// `text_template` / `image_reuse` evidence: every ad of a cluster that spans
/// two or more names or numbers (or, for photos, cities).
fn cluster_evidence(
    linker: &Linker,
    cluster: &BTreeMap<i64, i64>,
    blocked: &BTreeMap<String, crate::linking::BlockedPhone>,
    images: bool,
    index_of: &HashMap<i64, u32>,
) -> HashMap<u32, Vec<Evidence>> {
    let cfg = &linker.cfg;
    let mut members: BTreeMap<i64, Vec<u32>> = BTreeMap::new();
    for (&ad, &c) in cluster {
        members.entry(c).or_default().push(index_of[&ad]);
    }
    let mut out = HashMap::new();
    for (c, ms) in members {
        let mut names: BTreeMap<String, &str> = BTreeMap::new();
        let mut phones: BTreeSet<&str> = BTreeSet::new();
        let mut cities: BTreeMap<String, &str> = BTreeMap::new();
        for &m in &ms {
            let a = &linker.ads[m as usize];
            if let Some(n) = &a.name {
                names.entry(n.to_lowercase()).or_insert(n);
            }
            phones.extend(
                a.phones
                    .iter()
                    .map(String::as_str)
                    .filter(|p| !blocked.contains_key(*p)),
            );
            if let Some(l) = &a.location {
                cities.entry(l.to_lowercase()).or_insert(l);
            }
        }
        let varies = names.len() >= 2 || phones.len() >= 2 || (images && cities.len() >= 2);
        if !varies {
            continue;
        }
        for &m in &ms {
            let a = &linker.ads[m as usize];
            let own_name = a.name.as_ref().map(|n| n.to_lowercase());
            let other_names: Vec<&str> = names
                .iter()
                .filter(|(k, _)| Some(*k) != own_name.as_ref())
                .map(|(_, v)| *v)
                .collect();
            let other_phones: Vec<&str> = phones
                .iter()
                .copied()
                .filter(|p| !a.phones.iter().any(|q| q == p))
                .collect();
            let own_city = a.location.as_ref().map(|l| l.to_lowercase());
            let other_cities: Vec<&str> = cities
                .iter()
                .filter(|(k, _)| Some(*k) != own_city.as_ref())
                .map(|(_, v)| *v)
                .collect();
            let mut what = Vec::new();
            if !other_names.is_empty() {
                what.push(format!(
                    "names {}",
                    list(&other_names, cfg.evidence_max_ads)
                ));
            }
            if !other_phones.is_empty() {
                what.push(format!(
                    "numbers {}",
                    list(&other_phones, cfg.evidence_max_ads)
                ));
            }
            if images && !other_cities.is_empty() {
                what.push(format!(
                    "cities {}",
                    list(&other_cities, cfg.evidence_max_ads)
                ));
            }
            if what.is_empty() {
                continue;
            }
            let excerpt = if images {
                format!(
                    "the same photo (near duplicate, Hamming distance <= {}) is in {} other ad(s) (image cluster {c}) with {}",
                    cfg.image_max_hamming,
                    ms.len() - 1,
                    what.join("; ")
                )
            } else {
                format!(
                    "the same text (near duplicate: at least {:.0} % of its wording that is not site boilerplate or a stock phrase) is in {} other ad(s) (text cluster {c}) with {}",
                    cfg.text_jaccard * 100.0,
                    ms.len() - 1,
                    what.join("; ")
                )
            };
            let field = if images {
                AdField::Images
            } else {
                AdField::Text
            };
            out.insert(
                m,
                vec![Evidence {
                    field,
                    start: 0,
                    end: 0,
                    excerpt,
                }],
            );
        }
    }
    out
}

/// The sentences of group `a` that are not boilerplate, and how many of them
/// group `b` has too.
fn shared_sentences(linker: &Linker, a: u32, b: u32) -> (usize, usize) {
    let sa = &linker.text.groups[a as usize].sentences;
    let sb = &linker.text.groups[b as usize].sentences;
    let mut own: Vec<u32> = sa
        .iter()
        .copied()
        .filter(|&s| !linker.text.common_sentence(a, s))
        .collect();
    own.sort_unstable();
    own.dedup();
    let shared = own.iter().filter(|s| sb.contains(s)).count();
    (shared, own.len())
}

/// Adds to each `text_template` hit the closest other ad and the passage
/// they share: "shares 9 of 11 sentences with ad #123", then the first
/// shared sentence (its excerpt is filled in by [`super::fill_passages`],
/// which has the texts).
fn template_evidence(linker: &Linker, ev: &mut HashMap<u32, Vec<Evidence>>) {
    let ads = &linker.ads;
    for (&m, evs) in ev.iter_mut() {
        let a = &ads[m as usize];
        let g = a.text_group;
        if g == NONE {
            continue;
        }
        let group = &linker.text.groups[g as usize];
        // The closest other ad: a copy of the same text, else the best pair.
        let differs = |o: u32| {
            let b = &ads[o as usize];
            b.name.as_deref().map(str::to_lowercase) != a.name.as_deref().map(str::to_lowercase)
                || b.phones != a.phones
        };
        // (similarity, ad, its group)
        let mut cands: Vec<(f64, u32, u32)> = group
            .members
            .iter()
            .filter(|&&o| o != m && differs(o))
            .map(|&o| (1.0, o, g))
            .collect();
        if cands.is_empty() {
            for &p in &group.partners {
                let key = (g.min(p), g.max(p));
                if let Some(&sim) = linker.text.pairs.get(&key) {
                    let pg = &linker.text.groups[p as usize];
                    if let Some(&o) = pg.members.iter().min_by_key(|&&o| ads[o as usize].ad_id) {
                        cands.push((sim, o, p));
                    }
                }
            }
        }
        // The most similar, then the smallest id.
        let best = cands.into_iter().max_by(|x, y| {
            x.0.total_cmp(&y.0)
                .then(ads[y.1 as usize].ad_id.cmp(&ads[x.1 as usize].ad_id))
        });
        let Some((sim, other, og)) = best else {
            continue;
        };
        let other_id = ads[other as usize].ad_id;
        let mut distinct: Vec<u32> = group.sentences.to_vec();
        distinct.sort_unstable();
        distinct.dedup();
        let own = distinct
            .iter()
            .filter(|&&s| !linker.text.common_sentence(g, s))
            .count();
        let boiler = distinct.len() - own;
        let (shared, total) = if og == g {
            (own, own)
        } else {
            shared_sentences(linker, g, og)
        };
        let boiler_note = if boiler > 0 {
            format!(" ({boiler} boilerplate sentence(s) not counted)")
        } else {
            String::new()
        };
        evs.insert(
            0,
            Evidence {
                field: AdField::Text,
                start: 0,
                end: 0,
                excerpt: format!(
                    "shares {shared} of {total} sentences with ad #{other_id}{boiler_note}; similarity {sim:.2}"
                ),
            },
        );
        let other_sentences = &linker.text.groups[og as usize].sentences;
        if let Some(s) = a
            .sentences
            .iter()
            .filter(|s| {
                !linker.text.common_sentence(g, s.hash) && other_sentences.contains(&s.hash)
            })
            .max_by_key(|s| (s.end - s.start, std::cmp::Reverse(s.start)))
        {
            evs.push(Evidence {
                field: AdField::Text,
                start: s.start as usize,
                end: s.end as usize,
                excerpt: String::new(),
            });
        }
    }
}

/// The summary of one network.
fn summary(
    linker: &Linker,
    mut members: Vec<u32>,
    blocked: &BTreeMap<String, crate::linking::BlockedPhone>,
    link_counts: LinkCounts,
) -> NetworkSummary {
    let ads = &linker.ads;
    members.sort_by_key(|&a| ads[a as usize].ad_id);
    let mut phones = BTreeSet::new();
    let mut names: BTreeMap<String, String> = BTreeMap::new();
    let mut locations: BTreeMap<String, String> = BTreeMap::new();
    for &m in &members {
        let a = &ads[m as usize];
        phones.extend(
            a.phones
                .iter()
                .filter(|p| !blocked.contains_key(*p))
                .cloned(),
        );
        if let Some(n) = &a.name {
            names.entry(n.to_lowercase()).or_insert_with(|| n.clone());
        }
        if let Some(l) = &a.location {
            locations
                .entry(l.to_lowercase())
                .or_insert_with(|| l.clone());
        }
    }
    let mut by_time: Vec<&crate::linking::linker::AdMeta> =
        members.iter().map(|&m| &ads[m as usize]).collect();
    by_time.sort_by_key(|a| (a.seen_at, a.ad_id));
    let mut timeline: Vec<(chrono::DateTime<chrono::Utc>, String)> = Vec::new();
    for a in &by_time {
        if let Some(l) = &a.location {
            if timeline.last().is_none_or(|(_, c)| {
                !c.eq_ignore_ascii_case(l) && c.to_lowercase() != l.to_lowercase()
            }) {
                timeline.push((a.seen_at, l.clone()));
            }
        }
    }
    let mut names: Vec<String> = names.into_values().collect();
    names.sort();
    let mut locations: Vec<String> = locations.into_values().collect();
    locations.sort();
    NetworkSummary {
        network_id: ads[members[0] as usize].ad_id,
        ad_ids: members.iter().map(|&m| ads[m as usize].ad_id).collect(),
        phones: phones.into_iter().collect(),
        names,
        locations,
        first_seen: by_time.first().map(|a| a.seen_at).unwrap_or_default(),
        last_seen: by_time.last().map(|a| a.seen_at).unwrap_or_default(),
        timeline,
        link_counts,
    }
}

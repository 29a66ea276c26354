//! A deterministic synthetic corpus with ground truth, for tests and
//! benchmarks of linking (invented words, names and numbers; nothing explicit).
//!
//! Planted structure, one kind per network of 3 to 12 ads:
//! - *full*: one template, one or two numbers, one photo reused with a few
//!   bits of re-encoding noise, several names, moving through cities;
//! - *circuit*: one number only; every ad has its own text and photo;
//! - *template*: one template under different names and numbers;
//! - *photo*: one photo under different names, numbers and texts.
//!
//! Everything else is an independent ad with its own text, number and photo.
//! Hard negatives: many independent ads share one boilerplate sentence, and a
//! share of them also print the site's support number beside their own.
//! Template copies differ by their masked slots (name, age, city, number) and
//! sometimes one substituted word.

use crate::linking::LinkAd;
use chrono::{DateTime, Duration, TimeZone, Utc};
use std::collections::{BTreeMap, HashMap};

/// The site-wide support number printed in some independent ads.
pub const SITE_NUMBER: &str = "+4570000000";

/// What to generate.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct SynthConfig {
    /// Number of ads.
    pub ads: usize,
    /// Seed; the same seed gives the same corpus.
    pub seed: u64,
    /// Share of ads inside planted networks.
    pub network_share: f64,
    /// Share of independent ads that print [`SITE_NUMBER`] too.
    pub site_number_share: f64,
}

impl Default for SynthConfig {
    fn default() -> Self {
        SynthConfig {
            ads: 10_000,
            seed: 1,
            network_share: 0.3,
            site_number_share: 0.05,
        }
    }
}

/// One generated ad with its ground truth.
#[derive(Debug, Clone, PartialEq)]
pub struct SynthAd {
    /// The ad.
    pub ad: LinkAd,
    /// Planted network, if any.
    pub network: Option<u64>,
    /// Planted shared template, if any.
    pub template: Option<u64>,
    /// Planted reused photo, if any.
    pub photo: Option<u64>,
}

/// A small, fast, seedable generator (SplitMix64).
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    /// A generator from a seed.
    pub fn new(seed: u64) -> Rng {
        Rng(seed ^ 0x853c_49e6_748f_ea9b)
    }
    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        crate::linking::text::fmix64(self.0)
    }
    /// Uniform in `0..n` (`n > 0`).
    pub fn below(&mut self, n: usize) -> usize {
        (((self.next_u64() >> 32) * n as u64) >> 32) as usize
    }
    /// True with probability `p`.
    pub fn chance(&mut self, p: f64) -> bool {
        ((self.next_u64() >> 11) as f64 / (1u64 << 53) as f64) < p
    }
}

const CITIES: [&str; 16] = [
    "København",
    "Aarhus",
    "Odense",
    "Aalborg",
    "Esbjerg",
    "Randers",
    "Kolding",
    "Horsens",
    "Vejle",
    "Roskilde",
    "Herning",
    "Silkeborg",
    "Næstved",
    "Fredericia",
    "Viborg",
    "Køge",
];
const SYLLABLES: [&str; 24] = [
    "ka", "lo", "mi", "ren", "sa", "to", "vel", "ni", "dor", "pa", "li", "sun", "ber", "ta", "mo",
    "gen", "fa", "ri", "ol", "que", "da", "zu", "em", "an",
];
const BOILERPLATE: &str =
    "Discreet and friendly meeting in a clean private apartment, please book ahead.";

struct Words {
    vocab: Vec<String>,
    names: Vec<String>,
}

impl Words {
    fn new(rng: &mut Rng) -> Words {
        let word = |rng: &mut Rng, n: usize| -> String {
            (0..n)
                .map(|_| SYLLABLES[rng.below(SYLLABLES.len())])
                .collect()
        };
        let vocab = (0..4000)
            .map(|_| {
                let n = 1 + rng.below(3);
                word(rng, n)
            })
            .collect();
        let names = (0..400)
            .map(|_| {
                let len = 2 + rng.below(2);
                let w = word(rng, len);
                let mut c = w.chars();
                c.next()
                    .map(|f| f.to_uppercase().chain(c).collect())
                    .unwrap_or_default()
            })
            .collect();
        Words { vocab, names }
    }

    fn body(&self, rng: &mut Rng) -> Vec<String> {
        let n = 45 + rng.below(40);
        (0..n)
            .map(|_| self.vocab[rng.below(self.vocab.len())].clone())
            .collect()
    }

    fn name(&self, rng: &mut Rng) -> String {
        self.names[rng.below(self.names.len())].clone()
    }
}

/// A fresh number: the n-th of a fixed permutation of 10 million numbers
/// (unique, so two unrelated ads never share one by chance).
fn phone(n: &mut u64) -> String {
    *n += 1;
    // 7,654,321 is coprime to 10^7, so n -> n * 7,654,321 mod 10^7 is a bijection.
    format!("+452{:07}", (*n * 7_654_321) % 10_000_000)
}

fn render(body: &[String], name: &str, age: u32, city: &str, phone: &str, boiler: bool) -> String {
    let local = phone.trim_start_matches("+45");
    let spaced: String = local
        .as_bytes()
        .chunks(2)
        .map(|c| std::str::from_utf8(c).unwrap_or_default())
        .collect::<Vec<_>>()
        .join(" ");
    let mut s = format!("Hi, I am {name}, {age} years, now in {city}. ");
    for (i, w) in body.iter().enumerate() {
        s.push_str(w);
        s.push(if i % 9 == 8 { '.' } else { ' ' });
        if i % 9 == 8 {
            s.push(' ');
        }
    }
    if boiler {
        s.push_str(BOILERPLATE);
        s.push(' ');
    }
    s.push_str(&format!("Call {spaced}."));
    s
}

fn noisy(hash: u64, rng: &mut Rng, max_bits: usize) -> u64 {
    let mut h = hash;
    for _ in 0..rng.below(max_bits + 1) {
        h ^= 1 << rng.below(64);
    }
    h
}

/// Generates the corpus; ad ids are `1..=ads`, in time-independent order.
pub fn corpus(cfg: &SynthConfig) -> Vec<SynthAd> {
    let mut rng = Rng::new(cfg.seed);
    let words = Words::new(&mut rng);
    let start: DateTime<Utc> = Utc
        .with_ymd_and_hms(2024, 1, 1, 0, 0, 0)
        .single()
        .unwrap_or_default();
    let mut out: Vec<SynthAd> = Vec::with_capacity(cfg.ads);
    let in_networks = (cfg.ads as f64 * cfg.network_share) as usize;
    let mut net = 0u64;
    let mut numbers = cfg.seed.wrapping_mul(1_000_003) % 1_000_000;
    while out.len() < in_networks {
        net += 1;
        let size = (3 + rng.below(10)).min(in_networks - out.len()).max(1);
        let kind = rng.below(100);
        let (full, circuit, template) = (
            kind < 40,
            (40..70).contains(&kind),
            (70..85).contains(&kind),
        );
        let photo_kind = !circuit && !template;
        let body = words.body(&mut rng);
        let phones = [phone(&mut numbers), phone(&mut numbers)];
        let photo = rng.next_u64();
        let mut city = rng.below(CITIES.len());
        let mut t = start + Duration::hours(rng.below(365 * 24) as i64);
        let one_name = circuit && rng.chance(0.3);
        let fixed_name = words.name(&mut rng);
        for _ in 0..size {
            let name = if one_name {
                fixed_name.clone()
            } else {
                words.name(&mut rng)
            };
            let age = 19 + rng.below(15) as u32;
            let p = if circuit || (full && rng.chance(0.7)) {
                phones[0].clone()
            } else if full {
                phones[1].clone()
            } else {
                phone(&mut numbers)
            };
            let shared_text = full || template;
            let text_body = if shared_text {
                let mut b = body.clone();
                if rng.chance(0.4) {
                    let i = rng.below(b.len());
                    b[i] = words.vocab[rng.below(words.vocab.len())].clone();
                }
                b
            } else {
                words.body(&mut rng)
            };
            let images = if full || photo_kind {
                vec![noisy(photo, &mut rng, 3)]
            } else {
                vec![rng.next_u64()]
            };
            let id = out.len() as i64 + 1;
            out.push(SynthAd {
                ad: LinkAd {
                    ad_id: id,
                    site: "synth".into(),
                    text: render(&text_body, &name, age, CITIES[city], &p, false),
                    name: Some(name),
                    age: Some(age),
                    location: Some(CITIES[city].to_string()),
                    seen_at: t,
                    phones: vec![p],
                    image_hashes: images,
                },
                network: Some(net),
                template: shared_text.then_some(net),
                photo: (full || photo_kind).then_some(net),
            });
            if rng.chance(0.6) {
                city = rng.below(CITIES.len());
            }
            t += Duration::hours(12 + rng.below(72) as i64);
        }
    }
    while out.len() < cfg.ads {
        let name = words.name(&mut rng);
        let age = 19 + rng.below(25) as u32;
        let city = CITIES[rng.below(CITIES.len())];
        let p = phone(&mut numbers);
        let boiler = rng.chance(0.3);
        let mut phones = vec![p.clone()];
        if rng.chance(cfg.site_number_share) {
            phones.push(SITE_NUMBER.to_string());
        }
        let id = out.len() as i64 + 1;
        out.push(SynthAd {
            ad: LinkAd {
                ad_id: id,
                site: "synth".into(),
                text: render(&words.body(&mut rng), &name, age, city, &p, boiler),
                name: Some(name),
                age: Some(age),
                location: Some(city.to_string()),
                seen_at: start + Duration::hours(rng.below(365 * 24) as i64),
                phones,
                image_hashes: vec![rng.next_u64()],
            },
            network: None,
            template: None,
            photo: None,
        });
    }
    // Interleave networks and independent ads the way a crawl would meet
    // them (ids stay 1..=n in the new order).
    for i in (1..out.len()).rev() {
        let j = rng.below(i + 1);
        out.swap(i, j);
    }
    for (i, a) in out.iter_mut().enumerate() {
        a.ad.ad_id = i as i64 + 1;
    }
    out
}

/// Pairwise precision, recall and F1 of a clustering against ground truth.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PairScores {
    /// Predicted pairs that are true pairs.
    pub precision: f64,
    /// True pairs that were predicted.
    pub recall: f64,
    /// Harmonic mean of the two.
    pub f1: f64,
}

/// Scores `predicted` (ad -> cluster; absent = alone) against `truth`
/// (ad, its true cluster or `None` = alone), counting pairs of ads.
pub fn pairwise_scores(truth: &[(i64, Option<u64>)], predicted: &BTreeMap<i64, i64>) -> PairScores {
    let pairs = |n: u64| n * n.saturating_sub(1) / 2;
    let mut t: HashMap<u64, u64> = HashMap::new();
    let mut p: HashMap<i64, u64> = HashMap::new();
    let mut both: HashMap<(u64, i64), u64> = HashMap::new();
    for &(ad, tc) in truth {
        let pc = predicted.get(&ad).copied();
        if let Some(tc) = tc {
            *t.entry(tc).or_default() += 1;
        }
        if let Some(pc) = pc {
            *p.entry(pc).or_default() += 1;
        }
        if let (Some(tc), Some(pc)) = (tc, pc) {
            *both.entry((tc, pc)).or_default() += 1;
        }
    }
    let tp: u64 = both.values().map(|&n| pairs(n)).sum();
    let tpairs: u64 = t.values().map(|&n| pairs(n)).sum();
    let ppairs: u64 = p.values().map(|&n| pairs(n)).sum();
    let precision = if ppairs == 0 {
        1.0
    } else {
        tp as f64 / ppairs as f64
    };
    let recall = if tpairs == 0 {
        1.0
    } else {
        tp as f64 / tpairs as f64
    };
    let f1 = if precision + recall == 0.0 {
        0.0
    } else {
        2.0 * precision * recall / (precision + recall)
    };
    PairScores {
        precision,
        recall,
        f1,
    }
}

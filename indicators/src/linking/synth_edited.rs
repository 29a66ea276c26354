//! A deterministic synthetic corpus of *edited* templates on boilerplate-heavy
//! sites, with ground truth (tests and benchmarks of text linking; invented
//! words, names and numbers, nothing explicit).
//!
//! As on real sites:
//! - every site prints a footer of three sentences under most of its ads;
//! - a pool of stock sentences ("only serious inquiries") is drawn from by
//!   every advertiser, popular ones far more often (Zipf-like);
//! - a *family* is one writer's template copied with edits: sentences
//!   dropped, added or swapped, words changed, emojis and line breaks
//!   changed, and name, age, city, price and number always new;
//! - everything else is an independent ad with its own sentences among the
//!   stock ones.

use crate::linking::synth::Rng;
use crate::linking::LinkAd;
use chrono::{Duration, TimeZone, Utc};

/// What to generate.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct EditedConfig {
    /// Number of ads.
    pub ads: usize,
    /// Seed; the same seed gives the same corpus.
    pub seed: u64,
    /// Share of ads in template families.
    pub family_share: f64,
    /// Share of ads that carry their site's footer.
    pub footer_share: f64,
    /// Sites (each with its own footer).
    pub sites: usize,
}

impl Default for EditedConfig {
    fn default() -> Self {
        EditedConfig {
            ads: 5_000,
            seed: 1,
            family_share: 0.15,
            footer_share: 0.6,
            sites: 8,
        }
    }
}

/// One generated ad with its family (one writer's template), if any.
#[derive(Debug, Clone, PartialEq)]
pub struct EditedAd {
    /// The ad.
    pub ad: LinkAd,
    /// Planted family.
    pub family: Option<u64>,
}

const SYLLABLES: [&str; 30] = [
    "ka", "lo", "mi", "ren", "sa", "to", "vel", "ni", "dor", "pa", "li", "sun", "ber", "ta", "mo",
    "gen", "fa", "ri", "ol", "que", "da", "zu", "em", "an", "ske", "hu", "jor", "ip", "wa", "ek",
];
const CITIES: [&str; 8] = [
    "København",
    "Copenhagen",
    "Kbh",
    "Aarhus",
    "Århus",
    "Odense",
    "Aalborg",
    "Esbjerg",
];
const EMOJI: [&str; 5] = ["💋", "🌹", "✨", "😘", "❤"];

struct Lexicon {
    words: Vec<String>,
    names: Vec<String>,
    stock: Vec<String>,
    footers: Vec<String>,
}

fn word(rng: &mut Rng, syllables: usize) -> String {
    (0..syllables)
        .map(|_| SYLLABLES[rng.below(SYLLABLES.len())])
        .collect()
}

impl Lexicon {
    fn new(rng: &mut Rng, sites: usize) -> Lexicon {
        let words: Vec<String> = (0..6000)
            .map(|_| {
                let n = 1 + rng.below(3);
                word(rng, n)
            })
            .collect();
        let names = (0..500)
            .map(|_| {
                let len = 2 + rng.below(2);
                let mut w = word(rng, len);
                w[..1].make_ascii_uppercase();
                w
            })
            .collect();
        let mut lex = Lexicon {
            words,
            names,
            stock: Vec::new(),
            footers: Vec::new(),
        };
        lex.stock = (0..300)
            .map(|_| {
                let n = 4 + rng.below(5);
                lex.sentence(rng, n)
            })
            .collect();
        lex.footers = (0..sites.max(1))
            .map(|_| {
                (0..3)
                    .map(|_| {
                        let n = 8 + rng.below(6);
                        lex.sentence(rng, n)
                    })
                    .collect::<Vec<_>>()
                    .join(". ")
            })
            .collect();
        lex
    }

    fn sentence(&self, rng: &mut Rng, n: usize) -> String {
        (0..n)
            .map(|_| self.words[rng.below(self.words.len())].as_str())
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// A stock sentence, popular ones more often (index ~ 1/rank).
    fn stock(&self, rng: &mut Rng) -> String {
        let r = rng.below(1_000_000) as f64 / 1_000_000.0;
        let i = ((self.stock.len() as f64).powf(r) as usize).saturating_sub(1);
        self.stock[i.min(self.stock.len() - 1)].clone()
    }

    /// A sentence of an ad's own, or a stock one.
    fn body(&self, rng: &mut Rng) -> Vec<String> {
        let n = 5 + rng.below(7);
        let mut out: Vec<String> = (0..n)
            .map(|_| {
                let len = 6 + rng.below(7);
                self.sentence(rng, len)
            })
            .collect();
        for _ in 0..2 + rng.below(3) {
            let at = rng.below(out.len() + 1);
            out.insert(at, self.stock(rng));
        }
        out
    }
}

/// One writer's edit of a template.
fn edit(lex: &Lexicon, rng: &mut Rng, base: &[String]) -> Vec<String> {
    let mut s: Vec<String> = base.to_vec();
    if s.len() > 4 && rng.chance(0.5) {
        s.remove(rng.below(s.len()));
    }
    if s.len() > 4 && rng.chance(0.25) {
        s.remove(rng.below(s.len()));
    }
    if rng.chance(0.4) {
        let len = 6 + rng.below(6);
        let at = rng.below(s.len() + 1);
        s.insert(at, lex.sentence(rng, len));
    }
    if s.len() > 2 && rng.chance(0.4) {
        let i = rng.below(s.len() - 1);
        s.swap(i, i + 1);
    }
    for sent in s.iter_mut() {
        if rng.chance(0.3) {
            let mut words: Vec<String> = sent.split(' ').map(str::to_string).collect();
            let i = rng.below(words.len());
            words[i] = lex.words[rng.below(lex.words.len())].clone();
            *sent = words.join(" ");
        }
    }
    s
}

fn render(rng: &mut Rng, sentences: &[String], ad: &(String, u32, &str, String, u32)) -> String {
    let (name, age, city, phone, price) = ad;
    let mut out = format!("Hej, I am {name}, {age}, in {city}. ");
    for (i, s) in sentences.iter().enumerate() {
        out.push_str(s);
        out.push_str(if rng.chance(0.3) { ".\n" } else { ". " });
        if i == 1 && rng.chance(0.5) {
            out.push_str(EMOJI[rng.below(EMOJI.len())]);
            out.push(' ');
        }
    }
    out.push_str(&format!("{price} kr. Ring {phone}. "));
    out
}

/// Generates the corpus; ad ids are `1..=ads`, families interleaved.
pub fn corpus(cfg: &EditedConfig) -> Vec<EditedAd> {
    let mut rng = Rng::new(cfg.seed ^ 0xed17);
    let lex = Lexicon::new(&mut rng, cfg.sites);
    let start = Utc
        .with_ymd_and_hms(2025, 1, 1, 0, 0, 0)
        .single()
        .unwrap_or_default();
    let mut numbers = 0u64;
    let mut phone = || {
        numbers += 1;
        let n = (numbers * 7_654_321 + cfg.seed * 13) % 10_000_000;
        format!("2{:07}", n)
    };
    let in_families = (cfg.ads as f64 * cfg.family_share) as usize;
    let mut raw: Vec<(Vec<String>, Option<u64>)> = Vec::with_capacity(cfg.ads);
    let mut family = 0u64;
    while raw.len() < in_families {
        family += 1;
        let size = (2 + rng.below(11)).min(in_families - raw.len()).max(1);
        let base = lex.body(&mut rng);
        for _ in 0..size {
            raw.push((edit(&lex, &mut rng, &base), Some(family)));
        }
    }
    while raw.len() < cfg.ads {
        raw.push((lex.body(&mut rng), None));
    }
    for i in (1..raw.len()).rev() {
        let j = rng.below(i + 1);
        raw.swap(i, j);
    }
    let mut out = Vec::with_capacity(raw.len());
    for (i, (sentences, family)) in raw.into_iter().enumerate() {
        let site = rng.below(cfg.sites.max(1));
        let name = lex.names[rng.below(lex.names.len())].clone();
        let age = 20 + rng.below(20) as u32;
        let city = CITIES[rng.below(CITIES.len())];
        let p = phone();
        let spaced = format!("{} {} {} {}", &p[0..2], &p[2..4], &p[4..6], &p[6..8]);
        let price = 500 + 100 * rng.below(20) as u32;
        let mut text = render(
            &mut rng,
            &sentences,
            &(name.clone(), age, city, spaced, price),
        );
        if rng.chance(cfg.footer_share) {
            text.push_str(&lex.footers[site]);
            text.push('.');
        }
        out.push(EditedAd {
            ad: LinkAd {
                ad_id: i as i64 + 1,
                site: format!("site{site}"),
                name: Some(name),
                age: Some(age),
                location: Some(city.to_string()),
                seen_at: start + Duration::hours(rng.below(24 * 200) as i64),
                phones: vec![format!("+45{p}")],
                text,
                image_hashes: Vec::new(),
            },
            family,
        });
    }
    out
}

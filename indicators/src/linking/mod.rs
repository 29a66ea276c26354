//! Linking ads into text clusters, image clusters and possible networks.
//!
//! Three kinds of link join two ads, each with its evidence:
//! - **phone**: both ads list the same E.164 number (evidence: the number).
//!   Numbers on the block-list (configured site-wide lines, and numbers in
//!   implausibly many unrelated ads) never link, so a site's support line
//!   cannot weld unrelated ads into one giant network; the block-list is
//!   returned with a reason for every number.
//! - **text**: the normalised texts (numbers, the ad's own name and city
//!   masked) are near duplicates. Candidates come from MinHash over word
//!   shingles with LSH banding; every candidate pair is then verified by the
//!   *exact* Jaccard similarity of the shingle sets, so no link rests on an
//!   LSH collision alone (evidence: `jaccard 0.83`).
//! - **image**: two ads carry photos whose 64-bit perceptual hashes are within
//!   a Hamming distance, found with a multi-index (split-block) search, never
//!   all pairs (evidence: `hamming 3`). Photos in implausibly many ads (a
//!   site's placeholder) do not link.
//!
//! Text clusters, image clusters and networks are the connected components
//! of the respective links; every id is the smallest member ad id, so ids are
//! stable across runs while membership is unchanged (and a network that grows
//! keeps its id unless it merges with an older one).
//!
//! # Incremental use
//! [`Linker`] keeps the expensive state (shingle sets, LSH buckets, the image
//! multi-index, phone postings) and [`Linker::add`] links one new ad against
//! it without touching the rest; [`Linker::outcome`] derives components,
//! summaries and indicator hits from the links (linear in their number).
//! [`link_all`] is a full rebuild and gives the same outcome as adding the same
//! ads in the same order (and the same clusters and networks in any order,
//! unless an LSH bucket overflows [`LinkConfig::max_bucket_scan`]).
//! For persistence, [`TextFingerprint`] (shingle set and MinHash signature)
//! and image hashes are plain serialisable data; [`Linker::add_prepared`]
//! rebuilds the index from them without re-reading texts.
//!
//! # Example
//! ```
//! use indicators::linking::{link_all, LinkAd, LinkConfig};
//! use indicators::rules::Rules;
//! let text = "Sweet and friendly lady, new photos, visiting for a few days only, \
//!             call or text me for an appointment, discreet apartment near the station";
//! let ad = |id: i64, name: &str, phone: &str| LinkAd {
//!     ad_id: id, name: Some(name.into()), phones: vec![phone.into()],
//!     text: format!("Hi I am {name}. {text}"), ..LinkAd::default()
//! };
//! let ads = [ad(1, "Anna", "+4520123456"), ad(2, "Maria", "+4520123457")];
//! let rules = Rules::builtin();
//! let out = link_all(&ads, &LinkConfig::from_rules(&rules), &rules);
//! assert_eq!(out.text_cluster.get(&2), Some(&1));
//! assert!(out.hits[&2].iter().any(|h| h.code.as_str() == "text_template"));
//! ```
//!
//! # Layout
//! - [`text`]: normalisation, shingles, MinHash signatures, exact Jaccard.
//! - `lsh`: the banded LSH bucket index.
//! - `counts`: the boilerplate counts, sharded so that a large batch is
//!   counted on every core.
//! - [`phash`]: perceptual hashing of image bytes with decompression-bomb caps.
//! - `mih`: the multi-index Hamming search over 64-bit hashes.
//! - `phones`: the phone block-list and the phone indicators.
//! - `network`: components, network summaries and cross-ad hits.
//! - `linker`: the incremental [`Linker`].

mod counts;
mod linker;
mod lsh;
mod mih;
mod network;
pub mod phash;
mod phones;
pub mod text;
mod textindex;
mod unionfind;

pub use linker::{LinkError, Linker, PreparedAd};
pub use phash::{hash_image, ImageError, ImageLimits};
pub use text::{SentencePrint, TextFingerprint};

use crate::model::IndicatorHit;
use crate::rules::Rules;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap};
use std::time::Duration;

/// A number configured as not linking (a site's own support line).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SiteNumber {
    /// E.164 number.
    pub e164: String,
    /// Site it belongs to (documentation only: it is blocked everywhere).
    pub site: Option<String>,
    /// Why it is configured, shown to reviewers.
    pub note: String,
}

/// Chance, at the verification threshold, that a pair becomes an LSH
/// candidate when the banding is derived from the threshold
/// ([`text::lsh_params`]).
pub const LSH_RECALL: f64 = 0.99;

/// Thresholds and limits of linking. Defaults come from the `[linking]`
/// section of the built-in rules ([`LinkConfig::from_rules`]).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LinkConfig {
    /// Words per shingle.
    pub shingle_words: usize,
    /// Texts with fewer (normalised) words are not text-linked.
    pub min_text_words: usize,
    /// LSH bands.
    pub lsh_bands: usize,
    /// MinHash values per band (signature length = bands x rows).
    pub lsh_rows: usize,
    /// Exact Jaccard similarity of the non-boilerplate shingles at or above
    /// which two texts link.
    pub text_jaccard: f64,
    /// A shingle in at least this share of all texts is boilerplate ...
    pub boilerplate_share: f64,
    /// ... or in at least this share of the texts of a site the text is on ...
    pub boilerplate_site_share: f64,
    /// ... but never one in fewer texts than this ...
    pub boilerplate_min_texts: usize,
    /// ... and always one in at least this many texts.
    pub boilerplate_max_texts: usize,
    /// At most this many bucket members are checked per band and new text
    /// (newest first): bounds the cost of a bucket shared by thousands of
    /// near-identical texts, which are already joined to each other.
    pub max_bucket_scan: usize,
    /// Hamming distance at or below which two image hashes are one photo.
    pub image_max_hamming: u32,
    /// A photo in more ads than this is a placeholder and does not link.
    pub image_max_ads: usize,
    /// Numbers that never link (site support lines).
    pub site_numbers: Vec<SiteNumber>,
    /// A number in more ads than this ...
    pub phone_max_ads: usize,
    /// ... under at least this many distinct names is block-listed.
    pub phone_max_ads_min_names: usize,
    /// A number in at least this many ads ...
    pub service_line_min_ads: usize,
    /// ... where at least this share of the ads also list a number of their
    /// own (not shared with another ad of the number) is a service line.
    pub service_line_share: f64,
    /// `shared_phone`: distinct names (or ages, or photo sets) needed.
    pub shared_phone_min_names: usize,
    /// `phone_multi_city`: window in which cities are counted.
    pub multi_city_window: Duration,
    /// `phone_multi_city`: distinct cities needed within the window.
    pub multi_city_min_cities: usize,
    /// `phone_multi_city`: two known places count as different cities only
    /// when further apart than this (km): a city and its suburb are one.
    pub multi_city_min_km: f64,
    /// At most this many other ads named in one piece of evidence.
    pub evidence_max_ads: usize,
}

impl LinkConfig {
    /// The linking thresholds of a rule set (`[linking]`), with the limits the
    /// rules file does not carry at their defaults.
    pub fn from_rules(rules: &Rules) -> LinkConfig {
        let l = &rules.linking;
        let perms = (l.text_minhash_permutations as usize).max(1);
        let (bands, rows) = if l.text_lsh_bands == 0 {
            text::lsh_params(l.text_jaccard_threshold, perms, LSH_RECALL)
        } else {
            let bands = (l.text_lsh_bands as usize).max(1);
            (bands, (perms / bands).max(1))
        };
        LinkConfig {
            shingle_words: (l.text_shingle_words as usize).max(1),
            min_text_words: l.text_min_words as usize,
            lsh_bands: bands,
            lsh_rows: rows,
            text_jaccard: l.text_jaccard_threshold,
            boilerplate_share: l.text_boilerplate_share,
            boilerplate_site_share: l.text_boilerplate_site_share,
            boilerplate_min_texts: l.text_boilerplate_min_texts as usize,
            boilerplate_max_texts: l.text_boilerplate_max_texts as usize,
            max_bucket_scan: 2048,
            image_max_hamming: l.image_hamming_threshold.min(64),
            image_max_ads: 100,
            site_numbers: Vec::new(),
            phone_max_ads: l.blocklist_max_ads as usize,
            phone_max_ads_min_names: l.blocklist_min_names as usize,
            service_line_min_ads: 5,
            service_line_share: 0.6,
            shared_phone_min_names: (l.shared_phone_min_names as usize).max(2),
            multi_city_window: l.phone_multi_city_window(),
            multi_city_min_cities: (l.phone_multi_city_min_cities as usize).max(2),
            multi_city_min_km: 30.0,
            evidence_max_ads: 5,
        }
    }

    /// MinHash signature length.
    pub fn num_perm(&self) -> usize {
        self.lsh_bands * self.lsh_rows
    }

    /// Texts with fewer non-boilerplate shingles are not compared: what is
    /// left of them is too little to say two ads share a writer.
    pub fn min_distinctive_shingles(&self) -> usize {
        (self.min_text_words + 1)
            .saturating_sub(self.shingle_words)
            .max(1)
    }
}

impl Default for LinkConfig {
    fn default() -> Self {
        LinkConfig::from_rules(&Rules::builtin())
    }
}

pub use model::{LinkAd, LinkCounts, LinkKind, NetworkSummary};

/// One link between two ads (`a < b`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Link {
    /// The smaller ad id.
    pub a: i64,
    /// The larger ad id.
    pub b: i64,
    /// What joins them.
    pub kind: LinkKind,
    /// Why: `+4520123456`, `jaccard 0.83` or `hamming 3`.
    pub evidence: String,
    /// Strength in 0..=1 (1 for a phone, the Jaccard, 1 - distance/64).
    pub score: f64,
}

/// Where a block-list entry comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BlockSource {
    /// Configured as a site's own number.
    Config,
    /// Found automatically (in implausibly many unrelated ads).
    Auto,
}

impl BlockSource {
    /// `config` or `auto`, as stored.
    pub fn as_str(self) -> &'static str {
        match self {
            BlockSource::Config => "config",
            BlockSource::Auto => "auto",
        }
    }
}

/// A number kept out of linking, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BlockedPhone {
    /// E.164 number.
    pub e164: String,
    /// Plain-words reason shown to reviewers.
    pub reason: String,
    /// Configured or automatic.
    pub source: BlockSource,
    /// Ads that list it.
    pub ads: usize,
}

/// A photo kept out of linking (a placeholder in many ads), and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BlockedImage {
    /// The perceptual hash.
    pub phash: u64,
    /// Plain-words reason shown to reviewers.
    pub reason: String,
    /// Ads that carry it.
    pub ads: usize,
}

/// Everything linking says about a set of ads.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct LinkOutcome {
    /// Every link, sorted by (a, b, kind, evidence).
    pub links: Vec<Link>,
    /// Text cluster of each ad that has one (cluster id = smallest member).
    pub text_cluster: BTreeMap<i64, i64>,
    /// Image cluster of each ad that has one (cluster id = smallest member).
    pub image_cluster: BTreeMap<i64, i64>,
    /// Networks of two or more ads, by id.
    pub networks: Vec<NetworkSummary>,
    /// Network of each ad that is in one.
    pub network_of: BTreeMap<i64, i64>,
    /// Numbers that do not link, with reasons.
    pub blocked_phones: Vec<BlockedPhone>,
    /// Photos that do not link, with reasons.
    pub blocked_images: Vec<BlockedImage>,
    /// Cross-ad indicator hits (`shared_phone`, `phone_multi_city`,
    /// `text_template`, `image_reuse`) per ad.
    pub hits: BTreeMap<i64, Vec<IndicatorHit>>,
}

/// Links all `ads` from scratch (a full rebuild). Ads with an id seen before
/// in `ads` are ignored (the first one counts).
pub fn link_all(ads: &[LinkAd], cfg: &LinkConfig, rules: &Rules) -> LinkOutcome {
    let mut linker = Linker::new(cfg.clone());
    linker.add_batch(ads);
    let mut out = linker.outcome(rules);
    let texts: HashMap<i64, &str> = ads.iter().map(|a| (a.ad_id, a.text.as_str())).collect();
    fill_passages(&mut out.hits, |id| texts.get(&id).copied());
    out
}

/// Longest quoted passage, in characters.
const PASSAGE_MAX_CHARS: usize = 160;

/// Fills in the shared passage of `text_template` hits: the linker knows
/// where the shared sentence is in each ad's text (the evidence span, in the
/// `text` given to it), not its words. `text_of` gives an ad's linked text.
/// The quoted passage replaces the span (spans index the linked text, which
/// is the title and the body together, not one field).
pub fn fill_passages<'a>(
    hits: &mut BTreeMap<i64, Vec<IndicatorHit>>,
    text_of: impl Fn(i64) -> Option<&'a str>,
) {
    for (&ad, hs) in hits.iter_mut() {
        for h in hs.iter_mut() {
            if h.code != crate::model::IndicatorCode::TextTemplate {
                continue;
            }
            for e in h.evidence.iter_mut() {
                if e.end <= e.start || !e.excerpt.is_empty() {
                    continue;
                }
                let passage = text_of(ad).and_then(|t| t.get(e.start..e.end));
                e.excerpt = match passage {
                    Some(p) => {
                        let mut q: String = p.chars().take(PASSAGE_MAX_CHARS).collect();
                        if q.len() < p.len() {
                            q.push('…');
                        }
                        format!("shared passage: \u{ab}{q}\u{bb}")
                    }
                    None => "shared passage: (text not available)".to_string(),
                };
                e.start = 0;
                e.end = 0;
            }
        }
    }
}

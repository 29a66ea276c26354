//! The incremental linker: per-ad state, the text and image indexes, and
//! the links found so far.
//!
//! Texts identical after normalisation share one *text group* and photos
//! with the same hash one *image group*; only groups go into the LSH and
//! multi-index, so a template copied ten thousand times costs one index
//! entry, and its copies are joined through the group (a star, not all
//! pairs). Near-duplicate pairs are found between groups when the second
//! group arrives, verified, and kept; everything else (components,
//! block-lists, summaries, hits) is derived from them in [`Linker::outcome`].

use crate::linking::lsh::{LshIndex, PremixedMap};
use crate::linking::mih::MultiIndex;
use crate::linking::text::{fingerprint, fmix64, jaccard, set_key, MinHasher, TextFingerprint};
use crate::linking::{LinkAd, LinkConfig, LinkOutcome};
use crate::rules::Rules;
use chrono::{DateTime, Utc};
use std::collections::HashMap;

/// Ads fingerprinted together by [`Linker::add_batch`].
const BATCH: usize = 16_384;

/// Why an ad could not be added.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum LinkError {
    /// An ad with this id was added before (a changed ad needs a rebuild).
    #[error("ad {0} is already linked; re-link from scratch to take a changed ad into account")]
    DuplicateAd(i64),
    /// A prepared fingerprint does not fit this linker's configuration.
    #[error("ad {ad_id}: text signature has {got} values, this linker uses {want}")]
    SignatureLength {
        /// The ad.
        ad_id: i64,
        /// Values in the given signature.
        got: usize,
        /// Values the configuration needs.
        want: usize,
    },
}

/// An ad with its text already fingerprinted: what the store persists and
/// feeds back on start ([`Linker::add_prepared`]). `ad.text` may be empty.
#[derive(Debug, Clone, PartialEq)]
pub struct PreparedAd {
    /// The ad (its text is not needed any more).
    pub ad: LinkAd,
    /// Its text fingerprint, or `None` when the text is too short to compare.
    pub text: Option<TextFingerprint>,
}

/// What the linker keeps per ad.
#[derive(Debug, Clone)]
pub(crate) struct AdMeta {
    pub(crate) ad_id: i64,
    pub(crate) name: Option<String>,
    pub(crate) age: Option<u32>,
    pub(crate) location: Option<String>,
    pub(crate) seen_at: DateTime<Utc>,
    pub(crate) phones: Vec<String>,
    pub(crate) images: Vec<u32>,
}

/// Ads whose texts are identical after normalisation.
#[derive(Debug)]
pub(crate) struct TextGroup {
    pub(crate) shingles: Box<[u32]>,
    pub(crate) members: Vec<u32>,
}

/// Ads carrying a photo with one exact hash.
#[derive(Debug)]
pub(crate) struct ImageGroup {
    pub(crate) hash: u64,
    pub(crate) members: Vec<u32>,
}

/// Incremental linking state (see the module docs of `linking`).
#[derive(Debug)]
pub struct Linker {
    pub(crate) cfg: LinkConfig,
    hasher: MinHasher,
    pub(crate) ads: Vec<AdMeta>,
    index_of: HashMap<i64, u32>,
    pub(crate) text_groups: Vec<TextGroup>,
    text_key: PremixedMap<u32>,
    lsh: LshIndex,
    /// Verified near-duplicate text groups (earlier group, later group, Jaccard).
    pub(crate) text_pairs: Vec<(u32, u32, f64)>,
    pub(crate) image_groups: Vec<ImageGroup>,
    image_key: PremixedMap<u32>,
    mih: MultiIndex,
    /// Near-duplicate image groups (earlier group, later group, distance).
    pub(crate) image_pairs: Vec<(u32, u32, u32)>,
    /// Ads (indexes) per number, in insertion order.
    pub(crate) phones: HashMap<String, Vec<u32>>,
    candidates: Vec<u32>,
}

impl Linker {
    /// An empty linker.
    pub fn new(cfg: LinkConfig) -> Linker {
        let hasher = MinHasher::new(cfg.num_perm());
        let lsh = LshIndex::new(cfg.lsh_bands, cfg.lsh_rows);
        let mih = MultiIndex::new(cfg.image_max_hamming);
        Linker {
            cfg,
            hasher,
            ads: Vec::new(),
            index_of: HashMap::new(),
            text_groups: Vec::new(),
            text_key: PremixedMap::default(),
            lsh,
            text_pairs: Vec::new(),
            image_groups: Vec::new(),
            image_key: PremixedMap::default(),
            mih,
            image_pairs: Vec::new(),
            phones: HashMap::new(),
            candidates: Vec::new(),
        }
    }

    /// The configuration.
    pub fn config(&self) -> &LinkConfig {
        &self.cfg
    }

    /// Ads added so far.
    pub fn len(&self) -> usize {
        self.ads.len()
    }

    /// Whether no ad was added.
    pub fn is_empty(&self) -> bool {
        self.ads.is_empty()
    }

    /// Whether an ad with this id was added.
    pub fn contains(&self, ad_id: i64) -> bool {
        self.index_of.contains_key(&ad_id)
    }

    /// Fingerprints an ad's text (pure; safe to run on many threads).
    pub fn prepare(&self, ad: &LinkAd) -> PreparedAd {
        PreparedAd {
            text: self.fingerprint(ad),
            ad: LinkAd {
                text: String::new(),
                ..ad.clone()
            },
        }
    }

    /// The text fingerprint this linker computes for `ad` (for persisting).
    pub fn fingerprint(&self, ad: &LinkAd) -> Option<TextFingerprint> {
        fingerprint(
            &ad.text,
            ad.name.as_deref(),
            ad.location.as_deref(),
            self.cfg.shingle_words,
            self.cfg.min_text_words,
            &self.hasher,
        )
    }

    /// Links one new ad against everything added before.
    pub fn add(&mut self, ad: &LinkAd) -> Result<(), LinkError> {
        if self.contains(ad.ad_id) {
            return Err(LinkError::DuplicateAd(ad.ad_id));
        }
        let text = self.fingerprint(ad);
        self.insert(ad, text)
    }

    /// Links an ad whose fingerprint was computed (and perhaps stored) before.
    pub fn add_prepared(&mut self, prepared: PreparedAd) -> Result<(), LinkError> {
        if self.contains(prepared.ad.ad_id) {
            return Err(LinkError::DuplicateAd(prepared.ad.ad_id));
        }
        if let Some(fp) = &prepared.text {
            if fp.signature.len() != self.cfg.num_perm() {
                return Err(LinkError::SignatureLength {
                    ad_id: prepared.ad.ad_id,
                    got: fp.signature.len(),
                    want: self.cfg.num_perm(),
                });
            }
        }
        self.insert(&prepared.ad, prepared.text)
    }

    /// Adds many ads in order, fingerprinting on all cores; ads whose id was
    /// added before are skipped. Returns how many were added.
    pub fn add_batch(&mut self, ads: &[LinkAd]) -> usize {
        let threads = std::thread::available_parallelism()
            .map_or(1, |n| n.get())
            .min(16);
        let mut added = 0;
        // Fingerprints of one slice at a time, so that their signatures never
        // all sit in memory at once.
        for slice in ads.chunks(BATCH) {
            let this = &*self;
            let prints: Vec<Option<TextFingerprint>> = if threads > 1 && slice.len() > 256 {
                let chunk = slice.len().div_ceil(threads);
                std::thread::scope(|s| {
                    let handles: Vec<_> = slice
                        .chunks(chunk)
                        .map(|part| {
                            s.spawn(move || {
                                part.iter().map(|a| this.fingerprint(a)).collect::<Vec<_>>()
                            })
                        })
                        .collect();
                    handles
                        .into_iter()
                        .flat_map(|h| h.join().unwrap_or_else(|p| std::panic::resume_unwind(p)))
                        .collect()
                })
            } else {
                slice.iter().map(|a| this.fingerprint(a)).collect()
            };
            for (ad, fp) in slice.iter().zip(prints) {
                if !self.contains(ad.ad_id) && self.insert(ad, fp).is_ok() {
                    added += 1;
                }
            }
        }
        added
    }

    fn insert(&mut self, ad: &LinkAd, text: Option<TextFingerprint>) -> Result<(), LinkError> {
        let idx = self.ads.len() as u32;
        self.index_of.insert(ad.ad_id, idx);
        if let Some(fp) = text {
            self.insert_text(idx, fp);
        }
        let mut images: Vec<u32> = Vec::with_capacity(ad.image_hashes.len());
        for &h in &ad.image_hashes {
            let g = self.insert_image(idx, h);
            if !images.contains(&g) {
                images.push(g);
            }
        }
        let mut phones: Vec<String> = Vec::with_capacity(ad.phones.len());
        for p in &ad.phones {
            let p = p.trim();
            if p.is_empty() || phones.iter().any(|q| q == p) {
                continue;
            }
            phones.push(p.to_string());
            self.phones.entry(p.to_string()).or_default().push(idx);
        }
        let clean = |s: &Option<String>| {
            s.as_deref()
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(str::to_string)
        };
        self.ads.push(AdMeta {
            ad_id: ad.ad_id,
            name: clean(&ad.name),
            age: ad.age,
            location: clean(&ad.location),
            seen_at: ad.seen_at,
            phones,
            images,
        });
        Ok(())
    }

    fn insert_text(&mut self, idx: u32, fp: TextFingerprint) {
        let key = set_key(&fp.shingles);
        if let Some(&g) = self.text_key.get(&key) {
            // Same normalised text as an earlier ad (a 64-bit key collision
            // between different sets is checked for, however unlikely).
            if *self.text_groups[g as usize].shingles == *fp.shingles {
                self.text_groups[g as usize].members.push(idx);
                return;
            }
        }
        let g = self.text_groups.len() as u32;
        let mut cands = std::mem::take(&mut self.candidates);
        cands.clear();
        self.lsh
            .query(&fp.signature, self.cfg.max_bucket_scan, &mut cands);
        cands.sort_unstable();
        cands.dedup();
        for &c in &cands {
            let j = jaccard(&self.text_groups[c as usize].shingles, &fp.shingles);
            if j >= self.cfg.text_jaccard - 1e-12 {
                self.text_pairs.push((c, g, j));
            }
        }
        self.candidates = cands;
        self.lsh.insert(g, &fp.signature);
        self.text_key.entry(key).or_insert(g);
        self.text_groups.push(TextGroup {
            shingles: fp.shingles.into_boxed_slice(),
            members: vec![idx],
        });
    }

    fn insert_image(&mut self, idx: u32, hash: u64) -> u32 {
        if let Some(&g) = self.image_key.get(&fmix64(hash)) {
            let members = &mut self.image_groups[g as usize].members;
            if members.last() != Some(&idx) {
                members.push(idx);
            }
            return g;
        }
        let g = self.image_groups.len() as u32;
        for (c, d) in self.mih.query(hash) {
            self.image_pairs.push((c, g, d));
        }
        self.mih.insert(g, hash);
        self.image_key.insert(fmix64(hash), g);
        self.image_groups.push(ImageGroup {
            hash,
            members: vec![idx],
        });
        g
    }

    /// Clusters, networks, block-lists and cross-ad hits of everything added.
    pub fn outcome(&self, rules: &Rules) -> LinkOutcome {
        crate::linking::network::build(self, rules)
    }
}

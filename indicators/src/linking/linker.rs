//! The incremental linker: per-ad state, the text index (see `textindex`),
//! the image multi-index and phone postings, and the links found so far.
//! Photos with the same hash share one *image group*; near-duplicate image
//! groups are found when the second arrives. Everything else (components,
//! block-lists, summaries, hits) is derived in [`Linker::outcome`].

use crate::linking::lsh::PremixedMap;
use crate::linking::mih::MultiIndex;
use crate::linking::text::{fingerprint, fmix64, SentencePrint, TextFingerprint};
use crate::linking::textindex::TextIndex;
pub(crate) use crate::linking::textindex::NONE;
use crate::linking::{LinkAd, LinkConfig, LinkOutcome};
use crate::rules::Rules;
use chrono::{DateTime, Utc};
use std::collections::{HashMap, HashSet};

/// Ads fingerprinted together by [`Linker::add_batch`].
const BATCH: usize = 16_384;

/// Why an ad could not be added.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum LinkError {
    /// An ad with this id is linked already (remove it first to re-link a changed ad).
    #[error("ad {0} is already linked; remove it first to link a changed version")]
    DuplicateAd(i64),
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
    /// The normalised place ([`crate::place`]): the canonical city, or the
    /// location as written when unknown.
    pub(crate) location: Option<String>,
    /// The place's coordinates (lat, lon) when the gazetteer knows it.
    pub(crate) coords: Option<(f32, f32)>,
    pub(crate) seen_at: DateTime<Utc>,
    pub(crate) phones: Vec<String>,
    pub(crate) images: Vec<u32>,
    /// Its site (interned).
    pub(crate) site: u16,
    /// Its text group, or [`NONE`].
    pub(crate) text_group: u32,
    /// Its sentences with their spans in its text.
    pub(crate) sentences: Box<[SentencePrint]>,
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
    pub(crate) ads: Vec<AdMeta>,
    /// Index of each linked ad (removed ads keep their slot in `ads` but
    /// are not here).
    pub(crate) index_of: HashMap<i64, u32>,
    /// Sites by name (interned, in order of first use).
    sites: HashMap<String, u16>,
    pub(crate) text: TextIndex,
    pub(crate) image_groups: Vec<ImageGroup>,
    image_key: PremixedMap<u32>,
    mih: MultiIndex,
    /// Near-duplicate image groups (earlier group, later group, distance).
    pub(crate) image_pairs: Vec<(u32, u32, u32)>,
    /// Ads (indexes) per number, in insertion order.
    pub(crate) phones: HashMap<String, Vec<u32>>,
}

impl Linker {
    /// An empty linker.
    pub fn new(cfg: LinkConfig) -> Linker {
        let mih = MultiIndex::new(cfg.image_max_hamming);
        Linker {
            text: TextIndex::new(&cfg),
            cfg,
            ads: Vec::new(),
            index_of: HashMap::new(),
            sites: HashMap::new(),
            image_groups: Vec::new(),
            image_key: PremixedMap::default(),
            mih,
            image_pairs: Vec::new(),
            phones: HashMap::new(),
        }
    }

    /// The configuration.
    pub fn config(&self) -> &LinkConfig {
        &self.cfg
    }

    /// Ads linked now (added and not removed).
    pub fn len(&self) -> usize {
        self.index_of.len()
    }

    /// Whether no ad is linked.
    pub fn is_empty(&self) -> bool {
        self.index_of.is_empty()
    }

    /// A shingle (or sentence) held by at least this many texts is
    /// boilerplate: a share of all texts, between the configured floor and cap.
    pub fn common_threshold(&self) -> u32 {
        self.text.common_threshold()
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
        )
    }

    /// Links one new ad against everything added before.
    pub fn add(&mut self, ad: &LinkAd) -> Result<(), LinkError> {
        if self.contains(ad.ad_id) {
            return Err(LinkError::DuplicateAd(ad.ad_id));
        }
        let text = self.fingerprint(ad);
        self.insert_all(vec![(ad, text)]);
        Ok(())
    }

    /// Links an ad whose fingerprint was computed (and perhaps stored) before.
    pub fn add_prepared(&mut self, prepared: PreparedAd) -> Result<(), LinkError> {
        self.add_prepared_batch(vec![prepared]).map(|_| ())
    }

    /// Links many prepared ads at once (one boilerplate update for all of
    /// them: much cheaper than one at a time). Ads whose id is linked
    /// already are refused before anything is added.
    pub fn add_prepared_batch(&mut self, prepared: Vec<PreparedAd>) -> Result<usize, LinkError> {
        let mut seen = HashSet::new();
        for p in &prepared {
            if self.contains(p.ad.ad_id) || !seen.insert(p.ad.ad_id) {
                return Err(LinkError::DuplicateAd(p.ad.ad_id));
            }
        }
        let n = prepared.len();
        let (ads, texts): (Vec<LinkAd>, Vec<Option<TextFingerprint>>) =
            prepared.into_iter().map(|p| (p.ad, p.text)).unzip();
        self.insert_all(ads.iter().zip(texts).collect());
        Ok(n)
    }

    /// Takes an ad out (it was removed, or changed and will be added again
    /// with [`Linker::add`]): its links go, the boilerplate counts are
    /// updated, and the texts that shared its shingles are re-indexed.
    /// Returns whether it was linked.
    pub fn remove(&mut self, ad_id: i64) -> bool {
        self.remove_many(&[ad_id]) == 1
    }

    /// [`Linker::remove`] for many ads at once; returns how many were linked.
    pub fn remove_many(&mut self, ad_ids: &[i64]) -> usize {
        let mut removed = 0;
        for &id in ad_ids {
            let Some(idx) = self.index_of.remove(&id) else {
                continue;
            };
            removed += 1;
            let meta = &mut self.ads[idx as usize];
            let g = std::mem::replace(&mut meta.text_group, NONE);
            let images = std::mem::take(&mut meta.images);
            let phones = std::mem::take(&mut meta.phones);
            let site = meta.site;
            meta.sentences = Box::new([]);
            for p in phones {
                if let Some(v) = self.phones.get_mut(&p) {
                    v.retain(|&m| m != idx);
                    if v.is_empty() {
                        self.phones.remove(&p);
                    }
                }
            }
            for ig in images {
                self.image_groups[ig as usize].members.retain(|&m| m != idx);
            }
            if g != NONE {
                self.text.remove(idx, site, g);
            }
        }
        self.text.refresh();
        removed
    }

    /// The fingerprints of many ads, in order, on all cores (pure).
    pub fn fingerprints(&self, ads: &[LinkAd]) -> Vec<Option<TextFingerprint>> {
        par_map(ads, |a| self.fingerprint(a))
    }

    /// Adds many ads in order, fingerprinting on all cores; ads whose id was
    /// added before are skipped. Returns how many were added.
    pub fn add_batch(&mut self, ads: &[LinkAd]) -> usize {
        let mut added = 0;
        // Fingerprints of one slice at a time, so that they never all sit in
        // memory at once.
        for slice in ads.chunks(BATCH) {
            let prints = self.fingerprints(slice);
            let mut seen = HashSet::new();
            let batch: Vec<(&LinkAd, Option<TextFingerprint>)> = slice
                .iter()
                .zip(prints)
                .filter(|(ad, _)| !self.contains(ad.ad_id) && seen.insert(ad.ad_id))
                .collect();
            added += batch.len();
            self.insert_all(batch);
        }
        added
    }

    /// Adds a batch of new ads (ids not linked yet, distinct) and re-links.
    fn insert_all(&mut self, batch: Vec<(&LinkAd, Option<TextFingerprint>)>) {
        for (ad, text) in batch {
            let idx = self.ads.len() as u32;
            self.insert_meta(idx, ad);
            if let Some(fp) = text {
                let site = self.ads[idx as usize].site;
                let g = self.text.add(idx, site, &fp);
                let meta = &mut self.ads[idx as usize];
                meta.text_group = g;
                meta.sentences = fp.sentences.into_boxed_slice();
            }
        }
        // Counts what was added, then re-indexes.
        self.text.refresh();
    }

    /// Checks the invariants of the text index against a recomputation from
    /// scratch (for tests): every indexed group's band keys are those of its
    /// current signature, every pair is still verified, the thresholds are
    /// current. Returns the first problem found.
    #[doc(hidden)]
    pub fn check_invariants(&self) -> Result<(), String> {
        self.text.check_invariants()
    }

    fn insert_meta(&mut self, idx: u32, ad: &LinkAd) {
        self.index_of.insert(ad.ad_id, idx);
        let next = self.sites.len().min(u16::MAX as usize) as u16;
        let site = *self.sites.entry(ad.site.clone()).or_insert(next);
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
        let place = ad.location.as_deref().and_then(crate::place::normalise);
        let coords = place
            .as_ref()
            .and_then(|p| Some((p.lat? as f32, p.lon? as f32)));
        self.ads.push(AdMeta {
            ad_id: ad.ad_id,
            name: clean(&ad.name),
            age: ad.age,
            location: place.map(|p| p.name),
            coords,
            seen_at: ad.seen_at,
            phones,
            images,
            site,
            text_group: NONE,
            sentences: Box::new([]),
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

/// Threads for work spread over every core (up to 16).
pub(crate) fn threads() -> usize {
    std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(16)
}

/// `f` over `items` on every core (up to 16 threads), results in order.
pub(crate) fn par_map<T: Sync, R: Send>(items: &[T], f: impl Fn(&T) -> R + Sync) -> Vec<R> {
    let threads = threads();
    if threads <= 1 || items.len() < 256 {
        return items.iter().map(&f).collect();
    }
    let chunk = items.len().div_ceil(threads);
    let f = &f;
    std::thread::scope(|s| {
        let handles: Vec<_> = items
            .chunks(chunk)
            .map(|part| s.spawn(move || part.iter().map(f).collect::<Vec<_>>()))
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap_or_else(|p| std::panic::resume_unwind(p)))
            .collect()
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use fixtures::synth_edited::{corpus, EditedConfig};

    #[test]
    fn incremental_state_equals_rebuild_state() {
        let mut ads: Vec<LinkAd> = corpus(&EditedConfig {
            ads: 3_000,
            seed: 11,
            ..EditedConfig::default()
        })
        .into_iter()
        .map(|a| a.ad)
        .collect();
        let cfg = LinkConfig::default();
        let mut inc = Linker::new(cfg.clone());
        inc.add_batch(&ads[..300]);
        inc.add_batch(&ads[300..]);
        for a in ads.iter_mut().step_by(97).take(30) {
            let cut = a.text.len() / 2;
            let cut = (cut..a.text.len())
                .find(|&i| a.text.is_char_boundary(i))
                .unwrap();
            a.text.truncate(cut);
            a.name = Some("Changed".into());
            assert!(inc.remove(a.ad_id));
            inc.add(a).unwrap();
        }
        let gone: Vec<i64> = ads
            .iter()
            .skip(5)
            .step_by(131)
            .take(20)
            .map(|a| a.ad_id)
            .collect();
        assert_eq!(inc.remove_many(&gone), 20);
        ads.retain(|a| !gone.contains(&a.ad_id));
        inc.check_invariants().unwrap();
        let mut full = Linker::new(cfg);
        full.add_batch(&ads);
        full.check_invariants().unwrap();
        let pairs = |l: &Linker| {
            let rep = |g: u32| {
                l.text.groups[g as usize]
                    .members
                    .iter()
                    .map(|&m| l.ads[m as usize].ad_id)
                    .min()
                    .unwrap()
            };
            let mut v: Vec<(i64, i64)> = l
                .text
                .pairs
                .keys()
                .map(|&(x, y)| (rep(x).min(rep(y)), rep(x).max(rep(y))))
                .collect();
            v.sort_unstable();
            v
        };
        assert_eq!(pairs(&inc), pairs(&full));
        assert!(!pairs(&full).is_empty());
    }
}

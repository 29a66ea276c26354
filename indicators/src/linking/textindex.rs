//! The incremental text index: text groups, boilerplate counts (global and
//! per site), the LSH index over the non-boilerplate shingles, and the
//! verified pairs.
//!
//! Texts identical after normalisation share one *group*; only groups go
//! into the LSH index, so a template copied ten thousand times costs one
//! entry and its copies are joined through the group (a star, not all pairs).
//!
//! # Boilerplate
//! A shingle held by many groups (a site's footer, a stock phrase: "only
//! serious inquiries", "kun seriøse henvendelser") says nothing about who
//! wrote an ad, so it is left out of the MinHash signature and of the
//! similarity. It is boilerplate when it is common among all texts (a share
//! of them, between a floor and a cap: `LinkConfig::boilerplate_*`) or among
//! the texts of one site the group is on (a larger share of that site's
//! texts, same floor and cap). When a change makes a shingle common (or no
//! longer common) every group holding it is *dirty*: its signature is taken
//! again, it leaves its LSH buckets and joins new ones, and its pairs are
//! found again. So the verified pairs are always those that collide in one
//! band of the current signatures and reach the similarity threshold on the
//! current non-boilerplate shingles: a function of the set of ads, not of
//! their order, which is what makes incremental linking equal a rebuild (up
//! to `LinkConfig::max_bucket_scan`).

use crate::linking::counts::{self, Counts, Job};
use crate::linking::linker::par_map;
use crate::linking::lsh::{LshIndex, PremixedMap};
use crate::linking::text::{jaccard, set_key, MinHasher, TextFingerprint};
use crate::linking::LinkConfig;
use std::collections::{HashMap, HashSet};

/// No group, no LSH item.
pub(crate) const NONE: u32 = u32::MAX;

/// Ads whose texts are identical after normalisation.
#[derive(Debug)]
pub(crate) struct TextGroup {
    pub(crate) shingles: Box<[u32]>,
    /// Sentence hashes, in text order.
    pub(crate) sentences: Box<[u32]>,
    /// Member ads (linker indexes).
    pub(crate) members: Vec<u32>,
    /// Sites with members, and how many members each.
    sites: Vec<(u16, u32)>,
    /// Current LSH item, or [`NONE`] when the group is not indexed (too
    /// little non-boilerplate text, or no members left).
    item: u32,
    /// Band keys of the current signature (empty when not indexed).
    keys: Box<[u32]>,
    /// Which of `shingles` are distinctive (not boilerplate), one bit each,
    /// as of the last indexing: current while the group is indexed, since a
    /// change to any of its shingles' counts makes it dirty.
    distinct: Box<[u64]>,
    /// Groups this one has verified pairs with.
    pub(crate) partners: Vec<u32>,
}

impl TextGroup {
    /// Whether the group is in the LSH index (it has members and enough
    /// non-boilerplate text); only such groups link.
    pub(crate) fn indexed(&self) -> bool {
        self.item != NONE
    }

    /// The sites the group is on.
    pub(crate) fn sites(&self) -> impl Iterator<Item = u16> + '_ {
        self.sites.iter().map(|&(s, _)| s)
    }
}

/// What indexing a group yields: its band keys, and which of its shingles
/// are distinctive (one bit each).
type Indexing = (Vec<u32>, Box<[u64]>);

/// Key of a (site, hash) count; global counts use the bare 32-bit hash.
fn site_key(site: u16, h: u32) -> u64 {
    counts::key(Some(site), h)
}

/// Which bucket of [`Crossed::bits`] a hash falls in.
fn bit(h: u32) -> usize {
    (h & 0xffff) as usize
}

/// Counts that passed a threshold since the last refresh, with a bitmap of
/// their low hash bits so that most shingles are ruled out without a lookup.
#[derive(Debug, Default)]
struct Crossed {
    keys: HashSet<u64>,
    bits: Vec<u64>,
}

impl Crossed {
    fn insert(&mut self, key: u64) {
        if self.bits.is_empty() {
            self.bits = vec![0; 1024];
        }
        let b = bit(key as u32);
        self.bits[b / 64] |= 1 << (b % 64);
        self.keys.insert(key);
    }

    fn maybe(&self, h: u32) -> bool {
        let b = bit(h);
        self.bits[b / 64] & (1 << (b % 64)) != 0
    }

    fn touches(&self, g: &TextGroup) -> bool {
        g.shingles.iter().any(|&h| {
            self.maybe(h)
                && (self.keys.contains(&u64::from(h))
                    || g.sites().any(|s| self.keys.contains(&site_key(s, h))))
        })
    }
}

/// See the module docs.
#[derive(Debug)]
pub(crate) struct TextIndex {
    cfg: LinkConfig,
    hasher: MinHasher,
    pub(crate) groups: Vec<TextGroup>,
    key_of: PremixedMap<u32>,
    /// Groups with members.
    live: usize,
    /// Shingle (global key) or (site, shingle) -> groups holding it.
    df: Counts,
    /// Sentence hash (global key) or (site, sentence) -> groups holding it.
    sentence_df: Counts,
    /// Live groups with a member on each site.
    site_groups: Vec<usize>,
    /// Thresholds the current signatures were taken with.
    common_at: u32,
    site_at: Vec<u32>,
    lsh: LshIndex,
    /// LSH item -> group.
    item_group: Vec<u32>,
    /// Verified near-duplicate groups (smaller, larger) -> similarity.
    pub(crate) pairs: HashMap<(u32, u32), f64>,
    crossed: Crossed,
    dirty: HashSet<u32>,
    /// Groups added since the last refresh whose shingles are not counted
    /// yet: globally (`None`) or on a site.
    uncounted: Vec<(u32, Option<u16>)>,
}

impl TextIndex {
    pub(crate) fn new(cfg: &LinkConfig) -> TextIndex {
        TextIndex {
            hasher: MinHasher::new(cfg.num_perm()),
            lsh: LshIndex::new(cfg.lsh_bands, cfg.lsh_rows),
            common_at: threshold(cfg, cfg.boilerplate_share, 0),
            cfg: cfg.clone(),
            groups: Vec::new(),
            key_of: PremixedMap::default(),
            live: 0,
            df: Counts::default(),
            sentence_df: Counts::default(),
            site_groups: Vec::new(),
            site_at: Vec::new(),
            item_group: Vec::new(),
            pairs: HashMap::new(),
            crossed: Crossed::default(),
            dirty: HashSet::new(),
            uncounted: Vec::new(),
        }
    }

    /// The global boilerplate threshold for the texts linked now.
    pub(crate) fn common_threshold(&self) -> u32 {
        threshold(&self.cfg, self.cfg.boilerplate_share, self.live)
    }

    fn site_threshold(&self, site: u16) -> u32 {
        let n = self.site_groups.get(site as usize).copied().unwrap_or(0);
        threshold(&self.cfg, self.cfg.boilerplate_site_share, n)
    }

    fn ensure_site(&mut self, site: u16) {
        while self.site_groups.len() <= site as usize {
            self.site_groups.push(0);
            self.site_at
                .push(threshold(&self.cfg, self.cfg.boilerplate_site_share, 0));
        }
    }

    /// Adds +1 or -1 to a count, noting when it passes `at`.
    fn count(&mut self, key: u64, up: bool, at: u32) {
        if self.df.bump(key, up, at) {
            self.crossed.insert(key);
        }
    }

    fn count_sentences(&mut self, g: u32, site: Option<u16>, up: bool) {
        for i in 0..self.groups[g as usize].sentences.len() {
            let h = self.groups[g as usize].sentences[i];
            // Nothing waits for a sentence count to pass a threshold.
            self.sentence_df.bump(counts::key(site, h), up, u32::MAX);
        }
    }

    /// Counts group `g` on (or off) `site`, and in (or out of) the corpus
    /// when it gains its first or loses its last member.
    fn attach(&mut self, g: u32, site: u16, up: bool) {
        let (first_or_last, site_change) = self.attach_members(g, site, up);
        let n = self.groups[g as usize].shingles.len();
        if first_or_last {
            self.count_sentences(g, None, up);
            let at = self.common_at;
            for i in 0..n {
                let h = self.groups[g as usize].shingles[i];
                self.count(u64::from(h), up, at);
            }
        }
        if site_change {
            self.count_sentences(g, Some(site), up);
            let at = self.site_at[site as usize];
            for i in 0..n {
                let h = self.groups[g as usize].shingles[i];
                self.count(site_key(site, h), up, at);
            }
        }
    }

    /// What [`TextIndex::attach`] does except counting the shingles and sentences:
    /// returns whether the group gained its first or lost its last member,
    /// and whether it came onto or left `site`.
    fn attach_members(&mut self, g: u32, site: u16, up: bool) -> (bool, bool) {
        self.ensure_site(site);
        let group = &mut self.groups[g as usize];
        let first_or_last = if up {
            group.members.len() == 1
        } else {
            group.members.is_empty()
        };
        let pos = group.sites.iter().position(|&(s, _)| s == site);
        let site_change = match (pos, up) {
            (Some(i), true) => {
                group.sites[i].1 += 1;
                false
            }
            (None, true) => {
                group.sites.push((site, 1));
                group.sites.sort_unstable();
                true
            }
            (Some(i), false) => {
                group.sites[i].1 -= 1;
                if group.sites[i].1 == 0 {
                    group.sites.remove(i);
                    true
                } else {
                    false
                }
            }
            (None, false) => false,
        };
        if first_or_last {
            if up {
                self.live += 1;
            } else {
                self.live -= 1;
            }
        }
        if site_change {
            if up {
                self.site_groups[site as usize] += 1;
            } else {
                self.site_groups[site as usize] -= 1;
            }
        }
        if first_or_last || site_change {
            self.dirty.insert(g);
        }
        (first_or_last, site_change)
    }

    /// Puts ad `ad` (on `site`) into the group of its text; returns the
    /// group. Its shingles are counted at the next [`TextIndex::refresh`],
    /// with those of every other ad added before it, on all cores.
    pub(crate) fn add(&mut self, ad: u32, site: u16, fp: &TextFingerprint) -> u32 {
        let g = self.group_for(fp);
        self.groups[g as usize].members.push(ad);
        let (first, site_change) = self.attach_members(g, site, true);
        if first {
            self.uncounted.push((g, None));
        }
        if site_change {
            self.uncounted.push((g, Some(site)));
        }
        g
    }

    /// Counts the shingles and sentences [`TextIndex::add`] left for later.
    /// The thresholds stay put until the refresh, so the counts (and which
    /// of them reach a threshold) do not depend on the order.
    fn count_added(&mut self) {
        let uncounted = std::mem::take(&mut self.uncounted);
        let jobs: Vec<Job<'_>> = uncounted
            .iter()
            .map(|&(g, site)| Job {
                hashes: &self.groups[g as usize].shingles,
                site,
                at: site.map_or(self.common_at, |s| self.site_at[s as usize]),
            })
            .collect();
        for key in self.df.add_all(&jobs) {
            self.crossed.insert(key);
        }
        // Nothing waits for a sentence count to pass a threshold.
        let jobs: Vec<Job<'_>> = uncounted
            .iter()
            .map(|&(g, site)| Job {
                hashes: &self.groups[g as usize].sentences,
                site,
                at: u32::MAX,
            })
            .collect();
        self.sentence_df.add_all(&jobs);
    }

    /// The group of a text, made when it is the first of its kind.
    fn group_for(&mut self, fp: &TextFingerprint) -> u32 {
        let key = set_key(&fp.shingles);
        match self.key_of.get(&key) {
            // Same normalised text as an earlier ad (a 64-bit key collision
            // between different sets is checked for, however unlikely).
            Some(&g) if *self.groups[g as usize].shingles == *fp.shingles => g,
            _ => {
                let g = self.groups.len() as u32;
                self.key_of.entry(key).or_insert(g);
                self.groups.push(TextGroup {
                    shingles: fp.shingles.clone().into_boxed_slice(),
                    sentences: fp.sentences.iter().map(|s| s.hash).collect(),
                    members: Vec::new(),
                    sites: Vec::new(),
                    item: NONE,
                    keys: Box::new([]),
                    distinct: Box::new([]),
                    partners: Vec::new(),
                });
                g
            }
        }
    }

    /// Takes ad `ad` (on `site`) out of group `g`.
    pub(crate) fn remove(&mut self, ad: u32, site: u16, g: u32) {
        self.groups[g as usize].members.retain(|&m| m != ad);
        self.attach(g, site, false);
    }

    /// Re-indexes what the changes since the last refresh made dirty: the
    /// groups that gained their first or lost their last member or a site,
    /// and every group holding a shingle whose count passed a threshold, or
    /// now lies on the other side of a threshold that moved.
    pub(crate) fn refresh(&mut self) {
        self.count_added();
        let common = self.common_threshold();
        if common != self.common_at {
            let (lo, hi) = (common.min(self.common_at), common.max(self.common_at));
            let moved: Vec<u64> = self
                .df
                .iter()
                .filter(|&(k, c)| k >> 32 == 0 && c >= lo && c < hi)
                .map(|(k, _)| k)
                .collect();
            moved.into_iter().for_each(|k| self.crossed.insert(k));
            self.common_at = common;
        }
        let moved_sites: Vec<(u64, u32, u32)> = (0..self.site_at.len() as u16)
            .filter_map(|s| {
                let (now, was) = (self.site_threshold(s), self.site_at[s as usize]);
                (now != was).then_some((u64::from(s) + 1, now.min(was), now.max(was)))
            })
            .collect();
        if !moved_sites.is_empty() {
            let moved: Vec<u64> = self
                .df
                .iter()
                .filter(|&(k, c)| {
                    moved_sites
                        .iter()
                        .any(|&(s, lo, hi)| k >> 32 == s && c >= lo && c < hi)
                })
                .map(|(k, _)| k)
                .collect();
            moved.into_iter().for_each(|k| self.crossed.insert(k));
            for s in 0..self.site_at.len() as u16 {
                self.site_at[s as usize] = self.site_threshold(s);
            }
        }
        let mut dirty: Vec<u32> = self.dirty.drain().collect();
        if !self.crossed.keys.is_empty() {
            let is_dirty: HashSet<u32> = dirty.iter().copied().collect();
            let crossed = &self.crossed;
            dirty.extend(
                self.groups
                    .iter()
                    .enumerate()
                    .filter(|(g, group)| {
                        !group.members.is_empty()
                            && !is_dirty.contains(&(*g as u32))
                            && crossed.touches(group)
                    })
                    .map(|(g, _)| g as u32),
            );
        }
        self.crossed = Crossed::default();
        if dirty.is_empty() {
            return;
        }
        dirty.sort_unstable();
        let this = &*self;
        let keys: Vec<Option<Indexing>> = par_map(&dirty, |&g| this.index_of(g));
        for (&g, k) in dirty.iter().zip(keys) {
            self.unindex(g);
            if let Some((k, distinct)) = k {
                let item = self.item_group.len() as u32;
                self.lsh.insert(item, &k);
                self.item_group.push(g);
                let group = &mut self.groups[g as usize];
                group.item = item;
                group.keys = k.into_boxed_slice();
                group.distinct = distinct;
            }
        }
        // Candidates and verification after every dirty group is indexed,
        // so the pairs do not depend on the order within the batch.
        let this = &*self;
        let found: Vec<Vec<(u32, f64)>> = par_map(&dirty, |&g| this.verified_pairs(g));
        for (&g, pairs) in dirty.iter().zip(found) {
            for (c, sim) in pairs {
                let key = (g.min(c), g.max(c));
                if self.pairs.insert(key, sim).is_none() {
                    self.groups[g as usize].partners.push(c);
                    self.groups[c as usize].partners.push(g);
                }
            }
        }
    }

    /// Takes a group out of the LSH index and drops its pairs.
    fn unindex(&mut self, g: u32) {
        let group = &mut self.groups[g as usize];
        group.item = NONE;
        group.keys = Box::new([]);
        group.distinct = Box::new([]);
        for p in std::mem::take(&mut group.partners) {
            self.pairs.remove(&(g.min(p), g.max(p)));
            self.groups[p as usize].partners.retain(|&x| x != g);
        }
    }

    /// Whether a shingle (or, with `sentences`, a sentence hash) of group
    /// `g` is boilerplate, globally or on one of the group's sites.
    fn common(&self, g: &TextGroup, h: u32, sentences: bool) -> bool {
        let map = if sentences {
            &self.sentence_df
        } else {
            &self.df
        };
        let at = |key: u64| map.get(key);
        at(u64::from(h)) >= self.common_at
            || g.sites()
                .any(|s| at(site_key(s, h)) >= self.site_at[s as usize])
    }

    /// The non-boilerplate shingles of a group, sorted.
    pub(crate) fn distinctive(&self, g: u32) -> Vec<u32> {
        let group = &self.groups[g as usize];
        group
            .shingles
            .iter()
            .copied()
            .filter(|&h| !self.common(group, h, false))
            .collect()
    }

    /// Whether a sentence of group `g` is boilerplate.
    pub(crate) fn common_sentence(&self, g: u32, h: u32) -> bool {
        self.common(&self.groups[g as usize], h, true)
    }

    /// Band keys of a group's current signature, or `None` when it has too
    /// little non-boilerplate text to be compared.
    fn band_keys_of(&self, g: u32) -> Option<Vec<u32>> {
        self.index_of(g).map(|(keys, _)| keys)
    }

    /// What indexing a group keeps: the band keys of its current signature
    /// and which of its shingles are distinctive; `None` when it has too
    /// little non-boilerplate text to be compared.
    fn index_of(&self, g: u32) -> Option<Indexing> {
        let group = &self.groups[g as usize];
        if group.members.is_empty() {
            return None;
        }
        let mut distinct = vec![0u64; group.shingles.len().div_ceil(64)].into_boxed_slice();
        let mut set = Vec::with_capacity(group.shingles.len());
        for (i, &h) in group.shingles.iter().enumerate() {
            if !self.common(group, h, false) {
                distinct[i / 64] |= 1 << (i % 64);
                set.push(h);
            }
        }
        if set.len() < self.cfg.min_distinctive_shingles() {
            return None;
        }
        let mut sig = Vec::new();
        self.hasher.signature32(set.iter().copied(), &mut sig);
        let mut keys = Vec::new();
        self.lsh.band_keys(&sig, &mut keys);
        Some((keys, distinct))
    }

    /// The distinctive shingles of an indexed group as of its indexing
    /// (equal to [`TextIndex::distinctive`] while it stays indexed), sorted.
    fn indexed_distinctive(&self, g: u32) -> impl Iterator<Item = u32> + '_ {
        let group = &self.groups[g as usize];
        group
            .shingles
            .iter()
            .enumerate()
            .filter(|(i, _)| group.distinct[i / 64] & (1 << (i % 64)) != 0)
            .map(|(_, &h)| h)
    }

    /// Similarity of two groups: the Jaccard similarity of their
    /// non-boilerplate shingles.
    pub(crate) fn similarity(&self, a: u32, b: u32) -> f64 {
        jaccard(&self.distinctive(a), &self.distinctive(b))
    }

    /// LSH candidates of an indexed group, verified.
    fn verified_pairs(&self, g: u32) -> Vec<(u32, f64)> {
        let group = &self.groups[g as usize];
        if group.item == NONE {
            return Vec::new();
        }
        let mut cands = Vec::new();
        let live = |item: u32| self.groups[self.item_group[item as usize] as usize].item == item;
        self.lsh
            .query(&group.keys, self.cfg.max_bucket_scan, live, &mut cands);
        let mut cands: Vec<u32> = cands
            .into_iter()
            .map(|i| self.item_group[i as usize])
            .filter(|&c| c != g)
            .collect();
        cands.sort_unstable();
        cands.dedup();
        let mine: Vec<u32> = self.indexed_distinctive(g).collect();
        let mut theirs = Vec::new();
        cands
            .into_iter()
            .filter_map(|c| {
                // Indexed groups keep at least one distinctive shingle, so
                // the Jaccard of two empty sets (1) never arises here. The
                // candidates' sets were kept when they were indexed: taking
                // them again (a count lookup per shingle) was the linker's
                // largest cost on boilerplate-heavy text.
                theirs.clear();
                theirs.extend(self.indexed_distinctive(c));
                let sim = jaccard(&mine, &theirs);
                (sim >= self.cfg.text_jaccard - 1e-12).then_some((c, sim))
            })
            .collect()
    }

    /// Checks the invariants against a recomputation from scratch (tests).
    pub(crate) fn check_invariants(&self) -> Result<(), String> {
        if self.common_at != self.common_threshold() {
            return Err(format!("threshold {} is stale", self.common_at));
        }
        for s in 0..self.site_at.len() as u16 {
            if self.site_at[s as usize] != self.site_threshold(s) {
                return Err(format!("site {s}: threshold is stale"));
            }
        }
        let live = self.groups.iter().filter(|g| !g.members.is_empty()).count();
        if live != self.live {
            return Err(format!("{live} live groups counted as {}", self.live));
        }
        for g in 0..self.groups.len() as u32 {
            let group = &self.groups[g as usize];
            if self.band_keys_of(g) != group.indexed().then(|| group.keys.to_vec()) {
                return Err(format!("group {g}: band keys are stale"));
            }
            if group.indexed()
                && self.indexed_distinctive(g).collect::<Vec<_>>() != self.distinctive(g)
            {
                return Err(format!("group {g}: kept distinctive shingles are stale"));
            }
        }
        for (&(a, b), &sim) in &self.pairs {
            let now = self.similarity(a, b);
            if (now - sim).abs() > 1e-12 || now < self.cfg.text_jaccard - 1e-12 {
                return Err(format!("pair {a}-{b}: similarity {sim} is now {now}"));
            }
            let (ka, kb) = (&self.groups[a as usize].keys, &self.groups[b as usize].keys);
            if !ka.iter().zip(kb.iter()).any(|(x, y)| x == y) {
                return Err(format!("pair {a}-{b} no longer collides"));
            }
        }
        Ok(())
    }
}

/// A boilerplate threshold: `share` of `texts`, between the floor and the cap.
fn threshold(cfg: &LinkConfig, share: f64, texts: usize) -> u32 {
    let lo = cfg.boilerplate_min_texts.max(2);
    let hi = cfg.boilerplate_max_texts.max(lo);
    ((share * texts as f64).ceil() as usize).clamp(lo, hi) as u32
}

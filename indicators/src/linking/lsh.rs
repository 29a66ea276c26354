//! The banded LSH index: texts whose MinHash signatures agree on every value
//! of at least one band become candidates.
//!
//! Buckets are intrusive linked lists: one map from band key to the newest
//! entry, and one `next` array with an entry per (item, band). That is 12
//! bytes per entry and no allocation per bucket, which matters at millions of
//! texts. Walking a list visits the newest items first.

use crate::linking::text::fmix64;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

const END: u32 = u32::MAX;

/// A hasher for keys that are already well-mixed in their low 32 bits
/// (one multiply spreads them over the high bits).
#[derive(Default)]
pub(crate) struct PremixedHasher(u64);

impl Hasher for PremixedHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0.rotate_left(8) ^ b as u64).wrapping_mul(0x517c_c1b7_2722_0a95);
        }
    }
    fn write_u64(&mut self, v: u64) {
        // The table takes its control bytes from the top 7 bits. The
        // boilerplate counts' keys are 32-bit hashes (with a site tag above
        // them), whose top bits are all alike: unmixed, every slot of a probed
        // group matched and lookups compared up to 16 keys each.
        self.0 ^= v.wrapping_mul(0x9e37_79b9_7f4a_7c15);
    }
    fn write_u32(&mut self, v: u32) {
        // One multiply spreads a (random) 32-bit key over the high bits,
        // which the table uses for its control bytes.
        self.0 ^= u64::from(v).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    }
}

/// A `HashMap` keyed by pre-mixed 64-bit hashes.
pub(crate) type PremixedMap<V> = HashMap<u64, V, BuildHasherDefault<PremixedHasher>>;

/// The LSH index over items `0..len` (text groups).
#[derive(Debug, Default)]
pub(crate) struct LshIndex {
    bands: usize,
    rows: usize,
    /// Band key (32 bits: a rare truncation collision only adds a candidate,
    /// which Jaccard verification then rejects) -> newest item.
    heads: HashMap<u32, u32, BuildHasherDefault<PremixedHasher>>,
    /// `next[item * bands + band]`: the previous item in that band's bucket.
    next: Vec<u32>,
}

impl std::fmt::Debug for PremixedHasher {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("PremixedHasher")
    }
}

impl LshIndex {
    pub(crate) fn new(bands: usize, rows: usize) -> LshIndex {
        LshIndex {
            bands,
            rows,
            heads: HashMap::default(),
            next: Vec::new(),
        }
    }

    /// The band keys of a signature (`bands x rows` values).
    pub(crate) fn band_keys(&self, sig: &[u32], out: &mut Vec<u32>) {
        out.clear();
        for band in 0..self.bands {
            let mut h = band as u64 + 1;
            for &v in &sig[band * self.rows..(band + 1) * self.rows] {
                h = (h.rotate_left(29) ^ v as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15);
            }
            out.push((fmix64(h) >> 32) as u32);
        }
    }

    /// Items sharing a band key with `keys`, for which `live` is true (at
    /// most `max_scan` live ones per band, newest first), appended to `out`
    /// unsorted and possibly repeated.
    pub(crate) fn query(
        &self,
        keys: &[u32],
        max_scan: usize,
        live: impl Fn(u32) -> bool,
        out: &mut Vec<u32>,
    ) {
        for (band, key) in keys.iter().enumerate() {
            let Some(&head) = self.heads.get(key) else {
                continue;
            };
            let mut item = head;
            let mut seen = 0;
            while item != END && seen < max_scan {
                if live(item) {
                    out.push(item);
                    seen += 1;
                }
                item = self.next[item as usize * self.bands + band];
            }
        }
    }

    /// Adds the next item (its id must be the number of items added so far).
    pub(crate) fn insert(&mut self, item: u32, keys: &[u32]) {
        debug_assert_eq!(self.next.len(), item as usize * self.bands);
        for &key in keys {
            let prev = self.heads.insert(key, item).unwrap_or(END);
            self.next.push(prev);
        }
    }
}

//! Text fingerprints: normalisation, word shingles, MinHash, exact Jaccard.
//!
//! Normalisation lower-cases, splits on anything that is not a letter or
//! digit, and masks what varies between copies of one template: every token
//! with a digit (numbers, prices, ages, phone groups; a run of them becomes
//! one mask, so "20 12 34 56" and "20123456" agree), the ad's own name and its
//! own city. Shingles are `k` consecutive tokens, hashed without allocating
//! (an FxHash-style mix per character and a 64-bit finaliser per shingle).
//! The fingerprint keeps the sorted set of 32-bit shingle hashes (for exact
//! Jaccard) and the MinHash signature (for LSH candidates).

use serde::{Deserialize, Serialize};

/// Mask tokens; arbitrary distinct constants.
const NUMBER_TOKEN: u64 = 0x6e75_6d62_6572_2323;
const NAME_TOKEN: u64 = 0x6e61_6d65_2323_2323;
const CITY_TOKEN: u64 = 0x6369_7479_2323_2323;

const FX: u64 = 0x517c_c1b7_2722_0a95;

/// What one ad's text contributes to text linking; plain data, so the store
/// can persist it and rebuild the index without re-reading texts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TextFingerprint {
    /// Sorted, distinct 32-bit shingle hashes.
    pub shingles: Vec<u32>,
    /// MinHash signature (`bands x rows` values).
    pub signature: Vec<u32>,
}

/// MinHash hash functions `h_i(x) = (a_i * x + b_i) >> 32` over 64-bit
/// shingle hashes: a multiply-shift family, fine here because the shingle
/// hashes are already uniformly mixed.
#[derive(Debug, Clone)]
pub struct MinHasher {
    a: Vec<u64>,
    b: Vec<u64>,
}

impl MinHasher {
    /// `num_perm` hash functions from a fixed seed (signatures must be
    /// comparable across runs and machines, so the seed never changes).
    pub fn new(num_perm: usize) -> MinHasher {
        let mut state = 0x5eed_ad5c_2ee7_0001_u64;
        let mut next = || {
            state = state.wrapping_add(0x9e37_79b9_7f4a_7c15);
            fmix64(state)
        };
        let mut a = Vec::with_capacity(num_perm);
        let mut b = Vec::with_capacity(num_perm);
        for _ in 0..num_perm {
            a.push(next() | 1);
            b.push(next());
        }
        MinHasher { a, b }
    }

    /// Signature length.
    pub fn len(&self) -> usize {
        self.a.len()
    }

    /// Whether the signature is empty.
    pub fn is_empty(&self) -> bool {
        self.a.is_empty()
    }

    /// The signature of a set of 64-bit shingle hashes.
    pub fn signature(&self, shingles: &[u64]) -> Vec<u32> {
        let mut sig = vec![u32::MAX; self.a.len()];
        for &x in shingles {
            // Inner loop over the hash functions: independent lanes, so the
            // compiler can unroll and vectorise it.
            for ((s, &a), &b) in sig.iter_mut().zip(&self.a).zip(&self.b) {
                let v = (a.wrapping_mul(x).wrapping_add(b) >> 32) as u32;
                *s = (*s).min(v);
            }
        }
        sig
    }
}

/// The MurmurHash3 64-bit finaliser: spreads every input bit over the output.
#[inline]
pub(crate) fn fmix64(mut h: u64) -> u64 {
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    h ^= h >> 33;
    h
}

#[inline]
fn fx_add(h: u64, v: u64) -> u64 {
    (h.rotate_left(5) ^ v).wrapping_mul(FX)
}

/// Calls `f(hash, has_digit)` for every token of `text`, lower-cased.
fn for_each_token(text: &str, mut f: impl FnMut(u64, bool)) {
    let mut h = 0u64;
    let mut len = 0usize;
    let mut digit = false;
    for c in text.chars() {
        if c.is_alphanumeric() {
            digit |= c.is_numeric();
            if c.is_ascii() {
                h = fx_add(h, c.to_ascii_lowercase() as u64);
            } else {
                for l in c.to_lowercase() {
                    h = fx_add(h, l as u64);
                }
            }
            len += 1;
        } else if len > 0 {
            f(fmix64(h ^ len as u64), digit);
            h = 0;
            len = 0;
            digit = false;
        }
    }
    if len > 0 {
        f(fmix64(h ^ len as u64), digit);
    }
}

fn token_hashes(text: Option<&str>) -> Vec<u64> {
    let mut out = Vec::new();
    if let Some(t) = text {
        for_each_token(t, |h, digit| {
            if !digit {
                out.push(h)
            }
        });
    }
    out
}

/// The normalised token hashes of an ad's text (see the module docs).
pub fn normalised_tokens(text: &str, name: Option<&str>, city: Option<&str>) -> Vec<u64> {
    let names = token_hashes(name);
    let cities = token_hashes(city);
    let mut out: Vec<u64> = Vec::with_capacity(text.len() / 5 + 1);
    for_each_token(text, |h, digit| {
        let t = if digit {
            NUMBER_TOKEN
        } else if names.contains(&h) {
            NAME_TOKEN
        } else if cities.contains(&h) {
            CITY_TOKEN
        } else {
            h
        };
        // A run of number groups is one number however it is spaced.
        if !(t == NUMBER_TOKEN && out.last() == Some(&NUMBER_TOKEN)) {
            out.push(t);
        }
    });
    out
}

/// 64-bit hashes of the `k`-word shingles of `tokens` (one shingle of all
/// tokens when there are fewer than `k`), in text order, with repeats.
pub fn shingles(tokens: &[u64], k: usize) -> Vec<u64> {
    let k = k.max(1);
    if tokens.is_empty() {
        return Vec::new();
    }
    let k = k.min(tokens.len());
    tokens
        .windows(k)
        .map(|w| {
            let mut h = k as u64;
            for &t in w {
                h = (h.rotate_left(23) ^ t).wrapping_mul(FX);
            }
            fmix64(h)
        })
        .collect()
}

/// The fingerprint of an ad's text, or `None` when it has fewer than
/// `min_words` normalised words (too little to say two texts are one template).
pub fn fingerprint(
    text: &str,
    name: Option<&str>,
    city: Option<&str>,
    shingle_words: usize,
    min_words: usize,
    hasher: &MinHasher,
) -> Option<TextFingerprint> {
    let tokens = normalised_tokens(text, name, city);
    if tokens.len() < min_words.max(1) {
        return None;
    }
    let sh = shingles(&tokens, shingle_words);
    let signature = hasher.signature(&sh);
    let mut set: Vec<u32> = sh.iter().map(|&h| (h >> 32) as u32).collect();
    set.sort_unstable();
    set.dedup();
    Some(TextFingerprint {
        shingles: set,
        signature,
    })
}

/// Exact Jaccard similarity of two sorted, distinct sets.
pub fn jaccard(a: &[u32], b: &[u32]) -> f64 {
    if a.is_empty() && b.is_empty() {
        return 1.0;
    }
    let (mut i, mut j, mut inter) = (0, 0, 0usize);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                inter += 1;
                i += 1;
                j += 1;
            }
        }
    }
    inter as f64 / (a.len() + b.len() - inter) as f64
}

/// A hash of a whole shingle set: equal sets (texts identical after
/// normalisation) share one index entry.
pub fn set_key(set: &[u32]) -> u64 {
    let mut h = set.len() as u64;
    for &s in set {
        h = fx_add(h, s as u64);
    }
    fmix64(h)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn masks_numbers_names_and_cities() {
        let a = normalised_tokens(
            "Hi, I am Anna in Odense. Call 20 12 34 56 now",
            Some("Anna"),
            Some("Odense"),
        );
        let b = normalised_tokens(
            "Hi, I am MARIA in Aarhus. Call 20123457 now",
            Some("Maria"),
            Some("Aarhus"),
        );
        assert_eq!(a, b);
        let c = normalised_tokens("Hi, I am Anna in Odense. Call 20 12 34 56 now", None, None);
        assert_ne!(a, c);
    }

    #[test]
    fn jaccard_is_exact() {
        assert_eq!(jaccard(&[1, 2, 3, 4], &[3, 4, 5, 6]), 2.0 / 6.0);
        assert_eq!(jaccard(&[1, 2], &[1, 2]), 1.0);
        assert_eq!(jaccard(&[1], &[2]), 0.0);
    }

    #[test]
    fn minhash_agreement_tracks_jaccard() {
        let h = MinHasher::new(256);
        let a: Vec<u64> = (0..200u64).map(fmix64).collect();
        let b: Vec<u64> = (100..300u64).map(fmix64).collect(); // J = 100/300
        let (sa, sb) = (h.signature(&a), h.signature(&b));
        let agree = sa.iter().zip(&sb).filter(|(x, y)| x == y).count() as f64 / 256.0;
        assert!((agree - 1.0 / 3.0).abs() < 0.1, "agreement {agree}");
    }

    #[test]
    fn short_texts_have_no_fingerprint() {
        let h = MinHasher::new(8);
        assert!(fingerprint("call me", None, None, 3, 5, &h).is_none());
        assert!(fingerprint("one two three four five", None, None, 3, 5, &h).is_some());
    }
}

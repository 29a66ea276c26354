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
/// can persist it and rebuild the index without re-reading texts. The MinHash
/// signature is not part of it: it is taken over the shingles that are not
/// boilerplate, which depends on the other texts (see `linker`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TextFingerprint {
    /// Sorted, distinct 32-bit shingle hashes.
    pub shingles: Vec<u32>,
    /// The sentences of the text, in order (those of at least
    /// [`MIN_SENTENCE_WORDS`] words).
    #[serde(default)]
    pub sentences: Vec<SentencePrint>,
}

/// Version of the normalisation and of [`TextFingerprint::to_bytes`]:
/// stored prints of another version are made again.
pub const PRINT_FORMAT: u32 = 1;

impl TextFingerprint {
    /// A compact encoding (little-endian u32s) for the store.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(8 + 4 * self.shingles.len() + 12 * self.sentences.len());
        out.extend((self.shingles.len() as u32).to_le_bytes());
        for s in &self.shingles {
            out.extend(s.to_le_bytes());
        }
        out.extend((self.sentences.len() as u32).to_le_bytes());
        for s in &self.sentences {
            out.extend(s.hash.to_le_bytes());
            out.extend(s.start.to_le_bytes());
            out.extend(s.end.to_le_bytes());
        }
        out
    }

    /// Decodes [`TextFingerprint::to_bytes`]; `None` when the bytes are not
    /// a fingerprint (truncated, or shingles not sorted and distinct).
    pub fn from_bytes(b: &[u8]) -> Option<TextFingerprint> {
        let mut words = b
            .chunks_exact(4)
            .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]));
        if !b.len().is_multiple_of(4) {
            return None;
        }
        let n = words.next()? as usize;
        let shingles: Vec<u32> = words.by_ref().take(n).collect();
        if shingles.len() != n || shingles.windows(2).any(|w| w[0] >= w[1]) {
            return None;
        }
        let m = words.next()? as usize;
        let mut sentences = Vec::with_capacity(m.min(4096));
        for _ in 0..m {
            let (hash, start, end) = (words.next()?, words.next()?, words.next()?);
            sentences.push(SentencePrint { hash, start, end });
        }
        words.next().is_none().then_some(TextFingerprint {
            shingles,
            sentences,
        })
    }
}

/// One sentence of an ad's text: the hash of its normalised words and where
/// it is in the text (so evidence can quote the shared passage).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct SentencePrint {
    /// 32-bit hash of the normalised words.
    pub hash: u32,
    /// Byte offset of the sentence's first word.
    pub start: u32,
    /// Byte offset just after its last word.
    pub end: u32,
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
        self.update(&mut sig, shingles.iter().copied());
        sig
    }

    /// The signature of a set of 32-bit shingle hashes (as fingerprints keep
    /// them), written into `sig`.
    pub fn signature32(&self, shingles: impl Iterator<Item = u32>, sig: &mut Vec<u32>) {
        sig.clear();
        sig.resize(self.a.len(), u32::MAX);
        self.update(sig, shingles.map(|s| fmix64(u64::from(s))));
    }

    fn update(&self, sig: &mut [u32], shingles: impl Iterator<Item = u64>) {
        for x in shingles {
            // Inner loop over the hash functions: independent lanes, so the
            // compiler can unroll and vectorise it.
            for ((s, &a), &b) in sig.iter_mut().zip(&self.a).zip(&self.b) {
                let v = (a.wrapping_mul(x).wrapping_add(b) >> 32) as u32;
                *s = (*s).min(v);
            }
        }
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

/// Whether `c` ends a sentence (for sentence fingerprints; `next` is the
/// character after it, so "22.20.08.46" and "1.500" stay one token run).
fn ends_sentence(c: char, next: Option<char>) -> bool {
    match c {
        '.' | '!' | '?' | ';' | '…' => !next.is_some_and(|n| n.is_alphanumeric()),
        '\n' | '\r' | '•' | '·' | '|' | '★' | '♥' | '❤' => true,
        // Emoji and pictographs often stand between an ad's sentences.
        c => matches!(c as u32, 0x1F000..=0x1FAFF | 0x2600..=0x27BF),
    }
}

/// One token of a text: its hash, whether it has a digit, and its byte span.
#[derive(Debug, Clone, Copy)]
struct Token {
    hash: u64,
    digit: bool,
    start: u32,
    end: u32,
    /// A sentence ends before this token.
    breaks: bool,
}

/// Calls `f` for every token of `text`, lower-cased.
fn for_each_token(text: &str, mut f: impl FnMut(Token)) {
    let mut h = 0u64;
    let mut len = 0usize;
    let mut digit = false;
    let mut start = 0usize;
    let mut brk = false;
    let mut it = text.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        if c.is_alphanumeric() {
            if len == 0 {
                start = i;
            }
            digit |= c.is_numeric();
            if c.is_ascii() {
                h = fx_add(h, c.to_ascii_lowercase() as u64);
            } else {
                for l in c.to_lowercase() {
                    h = fx_add(h, l as u64);
                }
            }
            len += 1;
            continue;
        }
        if len > 0 {
            f(Token {
                hash: fmix64(h ^ len as u64),
                digit,
                start: start as u32,
                end: i as u32,
                breaks: brk,
            });
            brk = false;
            h = 0;
            len = 0;
            digit = false;
        }
        if ends_sentence(c, it.peek().map(|&(_, n)| n)) {
            brk = true;
        }
    }
    if len > 0 {
        f(Token {
            hash: fmix64(h ^ len as u64),
            digit,
            start: start as u32,
            end: text.len() as u32,
            breaks: brk,
        });
    }
}

fn token_hashes(text: Option<&str>) -> Vec<u64> {
    let mut out = Vec::new();
    if let Some(t) = text {
        for_each_token(t, |t| {
            if !t.digit {
                out.push(t.hash)
            }
        });
    }
    out
}

/// An ad's text after normalisation: the token hashes with numbers, name and
/// city masked, and its sentences as token ranges with their byte spans.
#[derive(Debug, Clone, Default)]
pub struct Normalised {
    /// Token hashes (see [`normalised_tokens`]).
    pub tokens: Vec<u64>,
    /// Sentences: (first token, end token, byte start, byte end).
    pub sentences: Vec<(u32, u32, u32, u32)>,
}

/// Normalises an ad's text (see the module docs), keeping sentence bounds.
pub fn normalise(text: &str, name: Option<&str>, city: Option<&str>) -> Normalised {
    let names = token_hashes(name);
    let cities = token_hashes(city);
    let mut out = Normalised {
        tokens: Vec::with_capacity(text.len() / 5 + 1),
        sentences: Vec::new(),
    };
    let mut sent_start = 0u32;
    let mut byte_start = 0u32;
    let mut byte_end = 0u32;
    for_each_token(text, |tok| {
        if tok.breaks && out.tokens.len() as u32 > sent_start {
            out.sentences
                .push((sent_start, out.tokens.len() as u32, byte_start, byte_end));
            sent_start = out.tokens.len() as u32;
        }
        if out.tokens.len() as u32 == sent_start {
            byte_start = tok.start;
        }
        let t = if tok.digit {
            NUMBER_TOKEN
        } else if names.contains(&tok.hash) {
            NAME_TOKEN
        } else if cities.contains(&tok.hash) {
            CITY_TOKEN
        } else {
            tok.hash
        };
        // A run of number groups is one number however it is spaced.
        if !(t == NUMBER_TOKEN && out.tokens.last() == Some(&NUMBER_TOKEN)) {
            out.tokens.push(t);
        }
        byte_end = tok.end;
    });
    if out.tokens.len() as u32 > sent_start {
        out.sentences
            .push((sent_start, out.tokens.len() as u32, byte_start, byte_end));
    }
    out
}

/// The normalised token hashes of an ad's text (see the module docs).
pub fn normalised_tokens(text: &str, name: Option<&str>, city: Option<&str>) -> Vec<u64> {
    normalise(text, name, city).tokens
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

/// Sentences with fewer normalised words are not fingerprinted ("Hi!").
pub const MIN_SENTENCE_WORDS: u32 = 3;

/// The fingerprint of an ad's text, or `None` when it has fewer than
/// `min_words` normalised words (too little to say two texts are one template).
pub fn fingerprint(
    text: &str,
    name: Option<&str>,
    city: Option<&str>,
    shingle_words: usize,
    min_words: usize,
) -> Option<TextFingerprint> {
    let norm = normalise(text, name, city);
    if norm.tokens.len() < min_words.max(1) {
        return None;
    }
    let sh = shingles(&norm.tokens, shingle_words);
    let mut set: Vec<u32> = sh.iter().map(|&h| (h >> 32) as u32).collect();
    set.sort_unstable();
    set.dedup();
    let sentences = norm
        .sentences
        .iter()
        .filter(|s| s.1 - s.0 >= MIN_SENTENCE_WORDS)
        .map(|&(a, b, start, end)| {
            let mut h = 0x5e47_u64;
            for &t in &norm.tokens[a as usize..b as usize] {
                h = fx_add(h, t);
            }
            SentencePrint {
                hash: (fmix64(h) >> 32) as u32,
                start,
                end,
            }
        })
        .collect();
    Some(TextFingerprint {
        shingles: set,
        sentences,
    })
}

/// Exact Jaccard similarity of two sorted, distinct sets.
pub fn jaccard(a: &[u32], b: &[u32]) -> f64 {
    if a.is_empty() && b.is_empty() {
        return 1.0;
    }
    let inter = intersection(a, b);
    inter as f64 / (a.len() + b.len() - inter) as f64
}

/// Size of the intersection of two sorted, distinct sets.
fn intersection(a: &[u32], b: &[u32]) -> usize {
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
    inter
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

/// The LSH banding for a verification threshold: the most selective split of
/// at most `num_perm` MinHash values into `bands x rows` whose chance of
/// making a pair at exactly `threshold` a candidate, `1 - (1 - t^rows)^bands`
/// (the S-curve), is at least `recall`. More rows push the curve's knee up and
/// cut the candidates among dissimilar pairs; the recall bound keeps pairs at
/// the threshold. Returns (bands, rows).
pub fn lsh_params(threshold: f64, num_perm: usize, recall: f64) -> (usize, usize) {
    let t = threshold.clamp(0.01, 1.0);
    let mut best = (num_perm.max(1), 1);
    for rows in 1..=num_perm.max(1) {
        let bands = num_perm / rows;
        if bands == 0 {
            break;
        }
        if candidate_probability(t, bands, rows) >= recall {
            best = (bands, rows);
        }
    }
    best
}

/// The LSH S-curve: the chance that a pair of Jaccard similarity `s` shares
/// at least one of `bands` bands of `rows` MinHash values.
pub fn candidate_probability(s: f64, bands: usize, rows: usize) -> f64 {
    1.0 - (1.0 - s.powi(rows as i32)).powi(bands as i32)
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
        assert!(fingerprint("call me", None, None, 3, 5).is_none());
        assert!(fingerprint("one two three four five", None, None, 3, 5).is_some());
    }

    #[test]
    fn sentences_keep_their_spans() {
        let text = "Hi, I am Anna. Call 22.20.08.46 now!\nDiscreet and clean flat";
        let fp = fingerprint(text, Some("Anna"), None, 3, 3).unwrap();
        let spans: Vec<&str> = fp
            .sentences
            .iter()
            .map(|s| &text[s.start as usize..s.end as usize])
            .collect();
        assert_eq!(
            spans,
            [
                "Hi, I am Anna",
                "Call 22.20.08.46 now",
                "Discreet and clean flat"
            ]
        );
        let other = fingerprint(
            "Hi, I am Maria. Call 20 12 34 56 now!",
            Some("Maria"),
            None,
            3,
            3,
        )
        .unwrap();
        assert_eq!(fp.sentences[0].hash, other.sentences[0].hash);
        assert_eq!(fp.sentences[1].hash, other.sentences[1].hash);
    }

    #[test]
    fn prints_round_trip_and_garbage_is_refused() {
        let fp = fingerprint(
            "Hi, I am Anna. Call me now! Discreet and clean flat",
            None,
            None,
            3,
            3,
        )
        .unwrap();
        assert_eq!(
            TextFingerprint::from_bytes(&fp.to_bytes()),
            Some(fp.clone())
        );
        let b = fp.to_bytes();
        assert_eq!(TextFingerprint::from_bytes(&b[..b.len() - 4]), None);
        assert_eq!(TextFingerprint::from_bytes(&[1, 2, 3]), None);
    }

    #[test]
    fn banding_follows_the_threshold() {
        let (b, r) = lsh_params(0.5, 128, 0.99);
        assert!(candidate_probability(0.5, b, r) >= 0.99);
        assert!(b * r <= 128);
        // One more row would lose recall at the threshold.
        assert!(candidate_probability(0.5, 128 / (r + 1), r + 1) < 0.99);
        let (b8, r8) = lsh_params(0.8, 128, 0.99);
        assert!(r8 > r, "a higher threshold allows more rows ({b8}x{r8})");
        assert!(candidate_probability(0.15, b, r) < 0.2);
    }
}

//! A fast trigram scorer over lingua's language models, for texts long enough
//! that lingua itself would use trigrams only (at least [`MIN_CHARS`]
//! letters).
//!
//! lingua's high-accuracy mode scores a text of 120 letters or more by the
//! summed log-probabilities of its distinct trigrams, backing off to the
//! bigram and then the unigram prefix where a language's model lacks the
//! trigram. It looks each n-gram up once per language in a shared map behind
//! a lock, about 0.4 µs per letter for four languages. This module keeps the
//! same arithmetic but holds the unigrams, bigrams and trigrams of every
//! bundled language in one table (one lookup gives the row of all
//! languages), so an ad of 1 KB costs tens of microseconds. Texts shorter
//! than [`MIN_CHARS`] go to lingua itself, which uses all orders from 1 to 5.
//!
//! The table is built from the model crates' `ngrams.fst` files the first
//! time it is needed (26 models: about half a second of one core),
//! each row already backed off to its prefixes.

use once_cell::sync::Lazy;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// Letters needed before the trigram scorer applies (lingua's own cut-off).
pub const MIN_CHARS: usize = 120;

/// The bundled models: the code each reports and lingua's language.
pub const MODELS: [(&str, lingua::Language); 26] = [
    ("da", lingua::Language::Danish),
    ("nb", lingua::Language::Bokmal),
    // Nynorsk is reported as Norwegian (nb): sites do not separate the two,
    // and a Nynorsk column keeps Nynorsk ads from being called Danish.
    ("nb", lingua::Language::Nynorsk),
    ("sv", lingua::Language::Swedish),
    ("en", lingua::Language::English),
    ("de", lingua::Language::German),
    ("ro", lingua::Language::Romanian),
    ("pl", lingua::Language::Polish),
    ("es", lingua::Language::Spanish),
    // Not lexicon languages, but the ones whatlang mistakes Spanish,
    // Romanian and English for: with their models the mistake is undone.
    ("pt", lingua::Language::Portuguese),
    ("fr", lingua::Language::French),
    ("it", lingua::Language::Italian),
    // From here on (column [`CORE_MODELS`] and up), for the trigram scorer
    // only: the other Latin-script languages of `lang::DEFAULT_ALLOW`. With
    // every Latin-script candidate modelled, whatlang is not needed for long
    // Latin text on a site without an allow-list.
    ("nl", lingua::Language::Dutch),
    ("cs", lingua::Language::Czech),
    ("hu", lingua::Language::Hungarian),
    ("fi", lingua::Language::Finnish),
    ("sk", lingua::Language::Slovak),
    ("lt", lingua::Language::Lithuanian),
    ("lv", lingua::Language::Latvian),
    ("et", lingua::Language::Estonian),
    ("sl", lingua::Language::Slovene),
    ("hr", lingua::Language::Croatian),
    ("tr", lingua::Language::Turkish),
    ("id", lingua::Language::Indonesian),
    ("vi", lingua::Language::Vietnamese),
    ("tl", lingua::Language::Tagalog),
];

const LANGS: usize = MODELS.len();

/// The core models: the columns of [`MODELS`] below this one. They alone
/// decide short texts (with lingua itself), and long ones unless the
/// trigram scorer over all models names another (see `lang::detect`). On
/// texts under [`MIN_CHARS`] letters the other languages cost more than
/// they bring: with all of them, lingua names Dutch, Tagalog or Indonesian
/// for 3 % of the word pairs of the nine conformance languages that whatlang
/// and the core models get right.
pub const CORE_MODELS: usize = 12;

fn model_bytes(column: usize) -> &'static [u8] {
    let dir = match column {
        0 => &lingua_danish_language_model::DANISH_MODELS_DIRECTORY,
        1 => &lingua_bokmal_language_model::BOKMAL_MODELS_DIRECTORY,
        2 => &lingua_nynorsk_language_model::NYNORSK_MODELS_DIRECTORY,
        3 => &lingua_swedish_language_model::SWEDISH_MODELS_DIRECTORY,
        4 => &lingua_english_language_model::ENGLISH_MODELS_DIRECTORY,
        5 => &lingua_german_language_model::GERMAN_MODELS_DIRECTORY,
        6 => &lingua_romanian_language_model::ROMANIAN_MODELS_DIRECTORY,
        7 => &lingua_polish_language_model::POLISH_MODELS_DIRECTORY,
        8 => &lingua_spanish_language_model::SPANISH_MODELS_DIRECTORY,
        9 => &lingua_portuguese_language_model::PORTUGUESE_MODELS_DIRECTORY,
        10 => &lingua_french_language_model::FRENCH_MODELS_DIRECTORY,
        11 => &lingua_italian_language_model::ITALIAN_MODELS_DIRECTORY,
        12 => &lingua_dutch_language_model::DUTCH_MODELS_DIRECTORY,
        13 => &lingua_czech_language_model::CZECH_MODELS_DIRECTORY,
        14 => &lingua_hungarian_language_model::HUNGARIAN_MODELS_DIRECTORY,
        15 => &lingua_finnish_language_model::FINNISH_MODELS_DIRECTORY,
        16 => &lingua_slovak_language_model::SLOVAK_MODELS_DIRECTORY,
        17 => &lingua_lithuanian_language_model::LITHUANIAN_MODELS_DIRECTORY,
        18 => &lingua_latvian_language_model::LATVIAN_MODELS_DIRECTORY,
        19 => &lingua_estonian_language_model::ESTONIAN_MODELS_DIRECTORY,
        20 => &lingua_slovene_language_model::SLOVENE_MODELS_DIRECTORY,
        21 => &lingua_croatian_language_model::CROATIAN_MODELS_DIRECTORY,
        22 => &lingua_turkish_language_model::TURKISH_MODELS_DIRECTORY,
        23 => &lingua_indonesian_language_model::INDONESIAN_MODELS_DIRECTORY,
        24 => &lingua_vietnamese_language_model::VIETNAMESE_MODELS_DIRECTORY,
        _ => &lingua_tagalog_language_model::TAGALOG_MODELS_DIRECTORY,
    };
    dir.get_file("ngrams.fst").map_or(&[], |f| f.contents())
}

/// A multiplicative hasher for the packed n-gram keys (they are already
/// well mixed; SipHash would cost more than the rest of the lookup).
#[derive(Default)]
struct KeyHasher(u64);

impl Hasher for KeyHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 = (self.0 ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3);
        }
    }
    fn write_u64(&mut self, x: u64) {
        let x = (x ^ (x >> 31)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        self.0 = x ^ (x >> 29);
    }
}

/// Up to three characters packed into one key (21 bits each; a missing
/// character is 0, which no letter is).
fn key(chars: &[char]) -> u64 {
    chars
        .iter()
        .take(3)
        .fold(0u64, |k, c| (k << 21) | u64::from(u32::from(*c)))
}

/// Log-probabilities of each language for every known n-gram of 1–3 letters,
/// each language's already backed off to the n-gram's prefixes where its
/// model lacks the n-gram itself (as the scorer would); 0.0 where the model
/// lacks them all (log-probabilities are < 0).
struct Table {
    index: HashMap<u64, u32, BuildHasherDefault<KeyHasher>>,
    rows: Vec<[f32; LANGS]>,
}

static TABLE: Lazy<Table> = Lazy::new(|| {
    use fst::Streamer;
    let mut table = Table {
        index: HashMap::default(),
        rows: Vec::new(),
    };
    let mut chars = Vec::with_capacity(8);
    for column in 0..LANGS {
        let Ok(map) = fst::Map::new(model_bytes(column)) else {
            continue;
        };
        let mut stream = map.stream();
        while let Some((k, v)) = stream.next() {
            let Ok(s) = std::str::from_utf8(k) else {
                continue;
            };
            chars.clear();
            chars.extend(s.chars().take(4));
            if chars.len() > 3 {
                continue;
            }
            let next = table.rows.len() as u32;
            let row = *table.index.entry(key(&chars)).or_insert(next);
            if row == next {
                table.rows.push([0.0; LANGS]);
            }
            table.rows[row as usize][column] = f64::from_bits(v) as f32;
        }
    }
    // Back off once here rather than per lookup: each row takes, per
    // language, the first log-probability of itself, its bigram prefix and
    // its unigram prefix.
    let raw = table.rows.clone();
    for (k, row) in &table.index {
        let prefixes = [*k >> 21, *k >> 42].map(|p| {
            (p != 0)
                .then(|| table.index.get(&p))
                .flatten()
                .map(|i| &raw[*i as usize])
        });
        let own = &mut table.rows[*row as usize];
        for (c, p) in own.iter_mut().enumerate() {
            if *p >= 0.0 {
                if let Some(q) = prefixes.iter().flatten().map(|r| r[c]).find(|q| *q < 0.0) {
                    *p = q;
                }
            }
        }
    }
    table
});

/// The distinct trigram keys of `text`'s words.
fn trigrams(text: &str) -> Vec<u64> {
    let mut keys = Vec::with_capacity(text.len());
    let mut word: Vec<char> = Vec::with_capacity(32);
    let flush = |word: &mut Vec<char>, keys: &mut Vec<u64>| {
        for w in word.windows(3) {
            keys.push(key(w));
        }
        word.clear();
    };
    for c in text.chars() {
        if c.is_alphabetic() {
            word.extend(c.to_lowercase());
        } else if !word.is_empty() {
            flush(&mut word, &mut keys);
        }
    }
    flush(&mut word, &mut keys);
    keys.sort_unstable();
    keys.dedup();
    keys
}

/// The letters of `text`, as [`MIN_CHARS`] counts them.
pub fn letters(text: &str) -> usize {
    text.chars().filter(|c| c.is_alphabetic()).count()
}

/// Per [`MODELS`] column, the summed log-probabilities of `text`'s distinct
/// trigrams (each backing off to its bigram and unigram prefix), for the
/// `columns` asked; 0.0 for a column with no evidence or not asked.
pub fn sums(text: &str, columns: &[usize]) -> [f64; LANGS] {
    let keys = trigrams(text);
    weighted_sums(keys.into_iter().map(|k| (k, 1.0)), columns)
}

/// As [`sums`], but the trigrams of `text` that `kept` lacks (the words
/// blanked out of it) count half: the average of the sums of `text` and of
/// `kept`, in one pass.
pub fn sums_with_half(text: &str, kept: &str, columns: &[usize]) -> [f64; LANGS] {
    let keys = trigrams(text);
    let whole = trigrams(kept);
    let weight = |k: &u64| {
        if whole.binary_search(k).is_ok() {
            1.0
        } else {
            0.5
        }
    };
    weighted_sums(keys.into_iter().map(|k| (k, weight(&k))), columns)
}

/// [`sums_with_half`] of `text` and `text` without its names (see
/// `lang::without_names`), in one pass over the words; [`sums`] of `text`
/// when fewer than `min_kept` letters lie outside the names.
pub(crate) fn sums_names_half(text: &str, min_kept: usize, columns: &[usize]) -> [f64; LANGS] {
    // Keys shifted left by one, the low bit set for a trigram of a name.
    let mut keys: Vec<u64> = Vec::with_capacity(text.len());
    let mut kept = 0;
    let mut chars: Vec<char> = Vec::with_capacity(32);
    super::for_each_word(text, |_, word, name| {
        chars.clear();
        for c in word.chars() {
            chars.extend(c.to_lowercase());
        }
        if !name {
            kept += word.chars().count();
        }
        keys.extend(chars.windows(3).map(|w| key(w) << 1 | u64::from(name)));
    });
    // Sorted, a key's occurrence outside a name (if any) comes first.
    keys.sort_unstable();
    keys.dedup_by_key(|k| *k >> 1);
    let half = kept >= min_kept;
    let weight = move |k: u64| if half && k & 1 == 1 { 0.5 } else { 1.0 };
    weighted_sums(keys.into_iter().map(|k| (k >> 1, weight(k))), columns)
}

/// Per [`MODELS`] column, the sums of the weighted log-probabilities of the
/// trigram `keys` (distinct, in ascending order), for the `columns` asked.
fn weighted_sums(keys: impl Iterator<Item = (u64, f64)>, columns: &[usize]) -> [f64; LANGS] {
    let t = &*TABLE;
    let row = |k: u64| t.index.get(&k).map(|i| &t.rows[*i as usize]);
    let mut sums = [0.0f64; LANGS];
    for (k, w) in keys {
        // The lower orders are the trigram's prefixes: drop the last letter.
        // A row already holds its prefixes' values where it lacks its own.
        let Some(r) = row(k).or_else(|| row(k >> 21)).or_else(|| row(k >> 42)) else {
            continue;
        };
        // Every column: adding 0.0 (no evidence) leaves a sum as it is.
        for (s, p) in sums.iter_mut().zip(r) {
            *s += w * f64::from(*p);
        }
    }
    let mut asked = [0.0f64; LANGS];
    for &c in columns {
        asked[c] = sums[c];
    }
    asked
}

/// The column of `columns` with the highest sum; lingua keeps only
/// languages with some evidence (a sum below zero).
pub fn argmax(sums: &[f64; LANGS], columns: &[usize]) -> Option<usize> {
    let mut best: Option<(usize, f64)> = None;
    for &c in columns {
        let s = sums[c];
        if s < 0.0 && best.is_none_or(|(_, b)| s > b) {
            best = Some((c, s));
        }
    }
    best.map(|(c, _)| c)
}

/// The best of `columns` (indexes into [`MODELS`]) for `text`, as lingua's
/// high-accuracy mode would choose it; `None` when the text has fewer than
/// [`MIN_CHARS`] letters or no language scores.
pub fn best(text: &str, columns: &[usize]) -> Option<usize> {
    if letters(text) < MIN_CHARS {
        return None;
    }
    argmax(&sums(text, columns), columns)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_keep_prefixes() {
        let k = key(&['a', 'b', 'c']);
        assert_eq!(k >> 21, key(&['a', 'b']));
        assert_eq!(k >> 42, key(&['a']));
    }

    #[test]
    fn every_model_is_bundled() {
        for (c, (code, _)) in MODELS.iter().enumerate() {
            assert!(
                fst::Map::new(model_bytes(c)).is_ok_and(|m| m.len() > 1000),
                "model {code} missing"
            );
        }
    }

    #[test]
    fn short_text_is_left_to_lingua() {
        assert_eq!(best("hej med dig", &[0, 1, 3]), None);
    }

    #[test]
    fn long_texts_get_their_language() {
        let da = "Jeg er en sød og glad pige, som elsker at møde nye mennesker. \
                  Skriv til mig, hvis du har lyst til at få en hyggelig aften sammen med mig i min lejlighed. Jeg glæder mig til at høre fra dig.";
        let nb = "Jeg er en søt og glad jente som elsker å møte nye mennesker. \
                  Skriv til meg hvis du har lyst til å få en koselig kveld sammen med meg i leiligheten min. Jeg gleder meg til å høre fra deg.";
        let sv = "Jag är en söt och glad tjej som älskar att träffa nya människor. \
                  Skriv till mig om du vill ha en mysig kväll tillsammans med mig i min lägenhet. Jag ser fram emot att höra från dig.";
        let cols: Vec<usize> = (0..LANGS).collect();
        assert_eq!(best(da, &cols).map(|c| MODELS[c].0), Some("da"));
        assert_eq!(best(nb, &cols).map(|c| MODELS[c].0), Some("nb"));
        assert_eq!(best(sv, &cols).map(|c| MODELS[c].0), Some("sv"));
    }
}

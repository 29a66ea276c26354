//! Short texts (under [`super::ngram::MIN_CHARS`] letters): lingua's own
//! high-accuracy detector, which scores n-grams of every order from 1 to 5.
//! One detector is built per set of allowed languages and kept; the models
//! themselves are loaded once per process and shared by all detectors.

use lingua::{LanguageDetector, LanguageDetectorBuilder};
use once_cell::sync::Lazy;
use std::collections::HashMap;
use std::sync::{Arc, Mutex};

/// Detectors by the bit set of their [`super::ngram::MODELS`] columns.
static DETECTORS: Lazy<Mutex<HashMap<u32, Arc<LanguageDetector>>>> =
    Lazy::new(|| Mutex::new(HashMap::new()));

fn detector(columns: &[usize]) -> Arc<LanguageDetector> {
    let mask = columns.iter().fold(0u32, |m, c| m | (1 << c));
    // A std Mutex: held only to find or insert, never across detection.
    let mut map = DETECTORS.lock().unwrap_or_else(|e| e.into_inner());
    map.entry(mask)
        .or_insert_with(|| {
            let langs: Vec<lingua::Language> =
                columns.iter().map(|c| super::ngram::MODELS[*c].1).collect();
            Arc::new(LanguageDetectorBuilder::from_languages(&langs).build())
        })
        .clone()
}

/// The language lingua finds among `columns` (at least two), as an ISO
/// 639-1 code, from the average of its confidence values for `text` and for
/// `also` (the same text with names blanked); `None` when lingua cannot
/// tell.
pub(super) fn detect(text: &str, also: Option<&str>, columns: &[usize]) -> Option<&'static str> {
    let d = detector(columns);
    let mut conf: Vec<(lingua::Language, f64)> = d.compute_language_confidence_values(text);
    if let Some(other) = also {
        for (l, v) in d.compute_language_confidence_values(other) {
            if let Some(e) = conf.iter_mut().find(|(k, _)| *k == l) {
                e.1 = (e.1 + v) / 2.0;
            }
        }
    }
    // The highest confidence wins; a tie, or no confidence at all, is
    // "cannot tell", as in lingua.
    conf.sort_by(|a, b| b.1.total_cmp(&a.1));
    let found = match conf.as_slice() {
        [(l, v), rest @ ..] if *v > 0.0 && rest.first().is_none_or(|(_, w)| w < v) => *l,
        _ => return None,
    };
    super::ngram::MODELS
        .iter()
        .find(|(_, l)| *l == found)
        .map(|(c, _)| *c)
}

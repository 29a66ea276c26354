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
/// 639-1 code; `None` when lingua cannot tell.
pub(super) fn detect(text: &str, columns: &[usize]) -> Option<&'static str> {
    let found = detector(columns).detect_language_of(text)?;
    super::ngram::MODELS
        .iter()
        .find(|(_, l)| *l == found)
        .map(|(c, _)| *c)
}

//! What per-ad analysis says about an ad: its language, phone numbers and
//! the indicators that fired, each with the words behind it; and the site
//! facts analysis takes.

use crate::{AdField, IndicatorCode};
use serde::{Deserialize, Serialize};

/// The words of an ad that made an indicator fire.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Evidence {
    /// The field the words are in.
    pub field: AdField,
    /// Byte offset of the start in that field's text.
    pub start: usize,
    /// Byte offset one past the end in that field's text.
    pub end: usize,
    /// The exact words (`field_text[start..end]`), or for cross-ad indicators a
    /// short description of the link (e.g. the shared number).
    pub excerpt: String,
}

/// One indicator that fired on one ad, with why.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct IndicatorHit {
    /// Stable code.
    pub code: IndicatorCode,
    /// Weight from the rules file, as applied to the score.
    pub weight: f64,
    /// Plain-words explanation for a social worker.
    pub explanation: String,
    /// The words that triggered it.
    pub evidence: Vec<Evidence>,
}

/// A phone number found in an ad.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PhoneMatch {
    /// Normalised E.164 form, e.g. `+4520123456`.
    pub e164: String,
    /// The number as written.
    pub raw: String,
    /// Where it was found.
    pub field: AdField,
    /// Byte offset of the start of `raw` in the field.
    pub start: usize,
    /// Byte offset one past the end of `raw` in the field.
    pub end: usize,
    /// Whether it was written to evade filters (words, letters, emoji, split digits).
    pub obfuscated: bool,
}

/// Everything per-ad analysis says about one ad.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AdAnalysis {
    /// ISO 639-1 code of the main language (`nb` for Norwegian Bokmål), if known.
    pub language: Option<String>,
    /// Phone numbers found in the text and structured fields.
    pub phones: Vec<PhoneMatch>,
    /// Indicators that fired.
    pub hits: Vec<IndicatorHit>,
    /// Explainable combination of the hits' weights (see `rules`).
    pub score: f64,
    /// Version of the rules file used.
    pub rules_version: String,
}

/// Site-level facts that per-ad analysis needs.
#[derive(Debug, Clone, PartialEq)]
pub struct SiteContext {
    /// ISO 3166 region for numbers written without a country code, e.g. `DK`.
    pub default_region: String,
    /// Languages the site's ads are expected in (empty: any supported language).
    pub languages: Vec<String>,
    /// Median price on the site, for `low_price`, if known.
    pub median_price: Option<f64>,
}

impl Default for SiteContext {
    fn default() -> Self {
        SiteContext {
            default_region: "DK".to_string(),
            languages: Vec::new(),
            median_price: None,
        }
    }
}

//! Screening indicators for adscreen: pure, synchronous, explainable.
//!
//! This crate knows nothing of networks, databases or async runtimes. It takes
//! an [`Ad`] and site facts and says what signs of third-party control it
//! shows, each with the exact words that triggered it; and it links many ads
//! into clusters and possible networks.
//!
//! # Layout
//! - [`model`]: the shared data types (ad, evidence, hits, analysis), from
//!   the `model` crate, re-exported here.
//! - [`rules`]: the versioned rules file (weights, thresholds, citations) and scoring.
//! - [`phone`]: finding phone numbers, including disguised ones, and E.164 normalisation.
//! - [`place`]: the gazetteer (GeoNames, CC BY 4.0) and place normalisation,
//!   the `places` crate re-exported.
//! - [`lang`]: language identification: whatlang with per-site allow-lists,
//!   lingua's n-gram models deciding between the languages they cover.
//! - [`text`]: lexicon-driven text indicators, one lexicon file per language.
//! - [`analyze`]: per-ad analysis, putting the above together.
//! - [`linking`]: MinHash text near-duplicates, perceptual-hash image
//!   near-duplicates, phone links with a block-list, and networks.
//!
//! # Example
//! ```
//! use indicators::{analyze::analyze, model::{Ad, SiteContext}, rules::Rules};
//! let ad = Ad { url: "https://example.invalid/ad/1".into(), site: "example".into(),
//!               text: "Hun er ny i byen. Ring 20 12 34 56".into(), ..Ad::default() };
//! let analysis = analyze(&ad, &SiteContext::default(), &Rules::builtin());
//! assert_eq!(analysis.rules_version, Rules::builtin().version);
//! ```

pub mod analyze;
pub mod lang;
pub mod linking;
pub mod phone;
pub mod rules;
pub mod text;

/// The shared data types (the `model` crate).
pub use model;
/// The gazetteer and place normalisation (the `places` crate).
pub use places as place;

pub use model::*;

/// The longest prefix of `s` of at most `max` bytes that ends on a character
/// boundary: how every outside text is capped before work on it.
pub(crate) fn cut(s: &str, max: usize) -> &str {
    if s.len() <= max {
        return s;
    }
    let mut i = max;
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    &s[..i]
}

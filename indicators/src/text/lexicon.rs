//! Lexicon files: one TOML file per language in `indicators/lexicons/`, all
//! embedded at build time (see `build.rs`), so adding a language is adding a
//! file. `common.toml` (language `*`) holds language-free terms such as emoji
//! codes and is applied to every ad.
//!
//! Terms are phrases of words. In a phrase, a word ending in `*` matches any
//! word starting with it (`młod*`), a lone `?` matches any one word and a
//! lone `#` any number written in digits (`# år ung`: "45 år ung", not the
//! Swedish "är ung" that folds into the same letters). A
//! phrase starting with `^` matches only at the start of a sentence: for
//! languages that drop the pronoun, a sentence-initial third-person verb
//! (`"^ es"`: "Es rubia") says "she" where "es" inside a sentence would not.
//! Matching ignores case and diacritics (`fata` matches `fată`), so a
//! first-person form that folds into a third-person one (Polish `oferuję` →
//! `oferuje`) must not be listed as a first-person marker.

use crate::model::IndicatorCode;
use serde::Deserialize;
use std::collections::BTreeMap;

include!(concat!(env!("OUT_DIR"), "/lexicons.rs"));

/// Errors reading a lexicon.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum LexiconError {
    /// The TOML is malformed or has wrong keys.
    #[error("lexicon {origin}: {message}")]
    Invalid {
        /// File name.
        origin: String,
        /// What is wrong, naming the key.
        message: String,
    },
}

/// Terms for one indicator in one language.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TermSet {
    /// Phrases that count as a match on their own.
    #[serde(default)]
    pub phrases: Vec<String>,
    /// Pairs: any `left` phrase followed by any `right` phrase (with at most
    /// `max_gap` words, and no punctuation, between) is a match, e.g. pronoun
    /// + verb with adverbs between ("she really loves").
    #[serde(default)]
    pub pairs: Vec<PairSpec>,
    /// Phrases that cancel any match lying inside them ("young at heart").
    #[serde(default)]
    pub exclude: Vec<String>,
    /// Words that cancel a match when they occur in the few words before it
    /// ("speaks" before "English": a language, not a selling point).
    #[serde(default)]
    pub exclude_before: Vec<String>,
    /// Words that cancel a match they directly follow ("Polnische
    /// Straße", "Thai number", "Brazilian wax": a place or a thing, not a
    /// person's origin).
    #[serde(default)]
    pub exclude_after: Vec<String>,
    /// `third_person` only: first-person markers; third-person matches must
    /// outnumber them.
    #[serde(default)]
    pub first_person: Vec<String>,
    /// `third_person` only: verbs that, right after the ad's own name, say the
    /// ad is written about her ("Anna is", "Anna har"). An entry starting
    /// with an apostrophe is a suffix glued to the name ("'s": "Anna's").
    #[serde(default)]
    pub name_verbs: Vec<String>,
    /// `third_person` only: words of a house, agency or controller voice
    /// ("booking via our office", "her driver", "wir präsentieren"): each
    /// counts for third-party reference in the voice balance. `exclude`
    /// cancels them too ("no agency").
    #[serde(default)]
    pub house: Vec<String>,
    /// `third_person` only: women speaking for themselves as a group ("vi
    /// er to", "wir sind", "jesteśmy"): each counts for the ad's own voice,
    /// so a duo's ad is not taken for a house voice.
    #[serde(default)]
    pub self_plural: Vec<String>,
}

/// A left/right phrase pair (see [`TermSet::pairs`]).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PairSpec {
    /// Left phrases.
    pub left: Vec<String>,
    /// Right phrases.
    pub right: Vec<String>,
    /// Words allowed between left and right.
    #[serde(default)]
    pub max_gap: usize,
}

/// Number words for finding disguised phone numbers.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NumberWords {
    /// Word → value: 0..=99, or whole hundreds 100..=900 ("trzysta" = 300,
    /// "hundrede" = 100). A hundreds word is followed by a tens or unit word
    /// to form one three-digit group; 100 after a unit word multiplies it
    /// ("tre hundrede" = 300).
    #[serde(default)]
    pub words: BTreeMap<String, u16>,
    /// Number words that are also everyday words ("to", "en"): used only next
    /// to another number word.
    #[serde(default)]
    pub weak: Vec<String>,
    /// How a tens word `{t}` and a unit word `{u}` form one word, e.g.
    /// `"{u}og{t}"` (Danish enogtyve) or `"{t}{u}"` (Swedish tjugoett).
    #[serde(default)]
    pub compounds: Vec<String>,
    /// Words joining a tens and a unit word written apart ("og", "und", "y").
    #[serde(default)]
    pub connectors: Vec<String>,
    /// Words after a number that make it a quantity, not part of a phone
    /// number (currencies, years of age, minutes, hours).
    #[serde(default)]
    pub units: Vec<String>,
}

/// One language's lexicon file.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Lexicon {
    /// ISO 639-1 code, or `*` for language-free terms.
    pub language: String,
    /// Language name in English.
    #[serde(default)]
    pub name: String,
    /// Number words.
    #[serde(default)]
    pub numbers: NumberWords,
    /// Terms per indicator code (`third_person`, `youth_terms`, ...).
    #[serde(default)]
    pub indicators: BTreeMap<String, TermSet>,
}

impl Lexicon {
    /// Parses a lexicon; `origin` names the file in errors.
    pub fn from_toml_str(text: &str, origin: &str) -> Result<Lexicon, LexiconError> {
        let invalid = |message: String| LexiconError::Invalid {
            origin: origin.to_string(),
            message,
        };
        let lex: Lexicon = toml::from_str(text).map_err(|e| invalid(e.to_string()))?;
        for key in lex.indicators.keys() {
            if IndicatorCode::parse(key).is_none() {
                return Err(invalid(format!("unknown indicator `indicators.{key}`")));
            }
        }
        if let Some((w, v)) = lex
            .numbers
            .words
            .iter()
            .find(|(_, v)| **v > 99 && (**v % 100 != 0 || **v > 900))
        {
            return Err(invalid(format!(
                "`numbers.words.{w}` = {v}: values must be 0..=99 or whole hundreds up to 900"
            )));
        }
        Ok(lex)
    }

    /// The terms for `code`, if this lexicon has any.
    pub fn terms(&self, code: IndicatorCode) -> Option<&TermSet> {
        self.indicators.get(code.as_str())
    }
}

/// The generated nationality tables (`indicators/data/nationalities.tsv`,
/// made by `indicators/data/make_nationalities.py` from Unicode CLDR data):
/// per language, nationality adjectives with their inflections and country
/// names.
const NATIONALITIES: &str = include_str!("../../data/nationalities.tsv");

/// In a lexicon's `nationality_stated` pairs, a right side of this word
/// stands for every generated country name of the lexicon's language.
pub const COUNTRIES: &str = "@countries";

/// Adds the generated nationality tables to `lex`: the adjectives as
/// `nationality_stated` phrases, the country names in place of
/// [`COUNTRIES`] in its pairs.
pub fn add_nationalities(lex: &mut Lexicon) {
    let mut adjectives: Vec<String> = Vec::new();
    let mut countries: Vec<String> = Vec::new();
    for line in NATIONALITIES.lines().filter(|l| !l.starts_with('#')) {
        let mut parts = line.splitn(3, '\t');
        let (Some(lang), Some(kind), Some(terms)) = (parts.next(), parts.next(), parts.next())
        else {
            continue;
        };
        if lang != lex.language {
            continue;
        }
        let terms = terms.split('|').filter(|t| !t.is_empty()).map(String::from);
        match kind {
            "adj" => adjectives.extend(terms),
            "country" => countries.extend(terms),
            _ => {}
        }
    }
    if adjectives.is_empty() && countries.is_empty() {
        return;
    }
    let set = lex
        .indicators
        .entry(IndicatorCode::NationalityStated.as_str().to_string())
        .or_default();
    set.phrases.extend(adjectives);
    for pair in &mut set.pairs {
        if let Some(i) = pair.right.iter().position(|r| r == COUNTRIES) {
            pair.right.remove(i);
            pair.right.extend(countries.iter().cloned());
        }
    }
}

/// Parses every built-in lexicon file, with the generated nationality
/// tables added. A malformed built-in file is reported by the test suite; at
/// run time it is skipped rather than taking the analysis down.
pub fn builtin() -> Vec<Lexicon> {
    BUILTIN_LEXICONS
        .iter()
        .filter_map(|(stem, text)| Lexicon::from_toml_str(text, &format!("{stem}.toml")).ok())
        .map(|mut l| {
            add_nationalities(&mut l);
            l
        })
        .collect()
}

/// Parses every built-in lexicon file, failing on the first bad one.
pub fn builtin_checked() -> Result<Vec<Lexicon>, LexiconError> {
    BUILTIN_LEXICONS
        .iter()
        .map(|(stem, text)| Lexicon::from_toml_str(text, &format!("{stem}.toml")))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_builtin_lexicon_parses() {
        let all = builtin_checked().unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(all.len(), BUILTIN_LEXICONS.len());
        for code in ["da", "en", "sv", "nb", "de", "ro", "es", "pl"] {
            let lex = all.iter().find(|l| l.language == code).expect(code);
            for ind in [
                "third_person",
                "multiple_persons",
                "youth_terms",
                "nationality_stated",
            ] {
                assert!(lex.indicators.contains_key(ind), "{code} lacks {ind}");
            }
            assert!(lex.numbers.words.len() >= 20, "{code} number words");
        }
    }
}

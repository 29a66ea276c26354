//! The rules file: indicator weights, thresholds and citations, linking
//! thresholds, and scoring.
//!
//! Rules live in a versioned TOML file (the default is `indicators/rules/default.toml`,
//! embedded in the binary). Every indicator has a weight, a threshold, a plain
//! explanation and a citation of its evidence. The score of an ad is the sum of
//! the weights of the indicators that fired: simple on purpose, so that a
//! reviewer can see exactly why an ad ranks where it does. Every analysis
//! stores [`Rules::version`].

use crate::model::{Evidence, IndicatorCode, IndicatorHit};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::Path;
use std::time::Duration;

/// The default rules file, embedded at build time.
/// Largest MinHash signature a rules file may ask for.
pub const MAX_MINHASH_PERMUTATIONS: u32 = 4096;

const BUILTIN_RULES: &str = include_str!("../rules/default.toml");

/// The origin name of the embedded rules file in errors.
const BUILTIN_ORIGIN: &str = "<builtin>";

/// Errors loading a rules file.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum RulesError {
    /// The file could not be read.
    #[error("cannot read rules file {path}: {source}")]
    Io {
        /// The path.
        path: String,
        /// The cause.
        #[source]
        source: std::io::Error,
    },
    /// The TOML is malformed or has wrong keys.
    #[error("rules file {path}: {message}")]
    Invalid {
        /// The path (or `<builtin>`).
        path: String,
        /// What is wrong, naming the key.
        message: String,
    },
}

/// One indicator's rule.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rule {
    /// Added to the score when the indicator fires (may be zero or negative).
    pub weight: f64,
    /// What "fires" means for this indicator: a minimum count of matches for
    /// most indicators, a fraction of the site median for `low_price`.
    #[serde(default = "one")]
    pub threshold: f64,
    /// Plain-words explanation shown to reviewers.
    pub explanation: String,
    /// Where the evidence for this rule comes from.
    pub citation: String,
    /// Whether the indicator is evaluated at all.
    #[serde(default = "yes")]
    pub enabled: bool,
}

fn yes() -> bool {
    true
}

fn one() -> f64 {
    1.0
}

fn default_boilerplate_share() -> f64 {
    0.05
}

fn default_boilerplate_site_share() -> f64 {
    0.2
}

fn default_boilerplate_min() -> u32 {
    8
}

fn default_boilerplate_max() -> u32 {
    40
}

/// Thresholds for the cross-ad indicators (`shared_phone`, `phone_multi_city`,
/// `text_template`, `image_reuse`) and the phone block-list, read by the
/// linking code. The `[linking]` section of the rules file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LinkingRules {
    /// A number links ads only when seen with at least this many distinct names.
    pub shared_phone_min_names: u32,
    /// Window for counting cities of one number, in days.
    pub phone_multi_city_window_days: u32,
    /// Distinct cities within the window needed for `phone_multi_city`.
    pub phone_multi_city_min_cities: u32,
    /// Words per shingle for text MinHash.
    pub text_shingle_words: u32,
    /// MinHash signature length.
    pub text_minhash_permutations: u32,
    /// LSH bands (must divide `text_minhash_permutations`); 0 or absent:
    /// derived from the threshold (the most selective banding that still
    /// makes 99 % of pairs at the threshold candidates).
    #[serde(default)]
    pub text_lsh_bands: u32,
    /// Jaccard similarity (of the non-boilerplate shingles) at or above which
    /// two texts are a template match.
    pub text_jaccard_threshold: f64,
    /// A shingle in at least this share of all texts is boilerplate (site
    /// footers, stock phrases) and left out of text linking ...
    #[serde(default = "default_boilerplate_share")]
    pub text_boilerplate_share: f64,
    /// ... or in at least this share of one site's texts (a site footer) ...
    #[serde(default = "default_boilerplate_site_share")]
    pub text_boilerplate_site_share: f64,
    /// ... but only when it is in at least this many texts ...
    #[serde(default = "default_boilerplate_min")]
    pub text_boilerplate_min_texts: u32,
    /// ... and always when it is in at least this many.
    #[serde(default = "default_boilerplate_max")]
    pub text_boilerplate_max_texts: u32,
    /// Texts with fewer words are not compared.
    pub text_min_words: u32,
    /// Hamming distance (of 64-bit perceptual hashes) at or below which two
    /// images are the same photo.
    pub image_hamming_threshold: u32,
    /// A number in more than this many ads ...
    pub blocklist_max_ads: u32,
    /// ... with at least this many distinct names is block-listed.
    pub blocklist_min_names: u32,
}

impl LinkingRules {
    /// The `phone_multi_city` window as a duration.
    pub fn phone_multi_city_window(&self) -> Duration {
        Duration::from_secs(u64::from(self.phone_multi_city_window_days) * 86_400)
    }
}

/// A versioned set of rules.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Rules {
    /// Version string stored with every result.
    pub version: String,
    /// One line saying what this rule set is.
    pub description: String,
    /// Rules by indicator code.
    pub rules: BTreeMap<IndicatorCode, Rule>,
    /// Thresholds for the linking (cross-ad) indicators.
    pub linking: LinkingRules,
    /// What loading the file noted without failing, e.g. indicators the file
    /// lacks (a rules file from an earlier release) that were given the
    /// built-in rule. See [`Rules::notes`].
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<String>,
}

/// The file as written: indicators keyed by their string code.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RulesFile {
    version: String,
    #[serde(default)]
    description: String,
    indicators: BTreeMap<String, Rule>,
    linking: LinkingRules,
}

impl Rules {
    /// The rules shipped with adscreen (`indicators/rules/default.toml`).
    pub fn builtin() -> Rules {
        // The embedded file is checked by the test suite; a broken one cannot ship.
        static BUILTIN: once_cell::sync::Lazy<Rules> = once_cell::sync::Lazy::new(|| {
            Rules::from_toml_str(BUILTIN_RULES, BUILTIN_ORIGIN)
                .unwrap_or_else(|e| panic!("built-in rules are invalid: {e}"))
        });
        BUILTIN.clone()
    }

    /// Reads a rules file.
    pub fn load(path: &Path) -> Result<Rules, RulesError> {
        let text = std::fs::read_to_string(path).map_err(|source| RulesError::Io {
            path: path.display().to_string(),
            source,
        })?;
        Rules::from_toml_str(&text, &path.display().to_string())
    }

    /// Parses rules from TOML text; `origin` names the file in errors.
    pub fn from_toml_str(text: &str, origin: &str) -> Result<Rules, RulesError> {
        let invalid = |message: String| RulesError::Invalid {
            path: origin.to_string(),
            message,
        };
        let file: RulesFile = toml::from_str(text).map_err(|e| invalid(e.to_string()))?;
        if file.version.trim().is_empty() {
            return Err(invalid("key `version` must not be empty".into()));
        }
        let mut rules = BTreeMap::new();
        for (key, rule) in file.indicators {
            let code = IndicatorCode::parse(&key)
                .ok_or_else(|| invalid(format!("unknown indicator `indicators.{key}`")))?;
            if !rule.weight.is_finite() {
                return Err(invalid(format!(
                    "`indicators.{key}.weight` must be a finite number"
                )));
            }
            if !rule.threshold.is_finite() || rule.threshold < 0.0 {
                return Err(invalid(format!(
                    "`indicators.{key}.threshold` must be a finite number >= 0"
                )));
            }
            if rule.explanation.trim().is_empty() {
                return Err(invalid(format!(
                    "`indicators.{key}.explanation` must not be empty"
                )));
            }
            if rule.citation.trim().is_empty() {
                return Err(invalid(format!(
                    "`indicators.{key}.citation` must not be empty: every rule cites its evidence"
                )));
            }
            rules.insert(code, rule);
        }
        // An indicator the file lacks (a custom rules file written before
        // the indicator existed) gets the built-in rule, with a note; the
        // built-in file itself must name every indicator.
        let mut notes = Vec::new();
        let missing: Vec<IndicatorCode> = IndicatorCode::ALL
            .into_iter()
            .filter(|c| !rules.contains_key(c))
            .collect();
        if !missing.is_empty() {
            if origin == BUILTIN_ORIGIN {
                return Err(invalid(format!(
                    "missing `[indicators.{}]` (set `enabled = false` to switch it off)",
                    missing[0]
                )));
            }
            let builtin = Rules::builtin();
            for code in &missing {
                if let Some(rule) = builtin.rules.get(code) {
                    rules.insert(*code, rule.clone());
                }
            }
            let names: Vec<&str> = missing.iter().map(|c| c.as_str()).collect();
            notes.push(format!(
                "{origin}: no rule for {} (newer than this rules file): using the built-in rule of {}; add `[indicators.<code>]` with `enabled = false` to switch it off",
                names.join(", "),
                builtin.version
            ));
        }
        let l = &file.linking;
        if !(0.0..=1.0).contains(&l.text_jaccard_threshold) {
            return Err(invalid(
                "`linking.text_jaccard_threshold` must be within 0..=1".into(),
            ));
        }
        // The signature is stored per ad and compared band by band: zero
        // permutations would put every text in one bucket, and billions would
        // exhaust memory.
        if !(1..=MAX_MINHASH_PERMUTATIONS).contains(&l.text_minhash_permutations) {
            return Err(invalid(format!(
                "`linking.text_minhash_permutations` must be between 1 and {MAX_MINHASH_PERMUTATIONS}"
            )));
        }
        if !(0.0..=1.0).contains(&l.text_boilerplate_share) {
            return Err(invalid(
                "`linking.text_boilerplate_share` must be within 0..=1".into(),
            ));
        }
        if !(0.0..=1.0).contains(&l.text_boilerplate_site_share) {
            return Err(invalid(
                "`linking.text_boilerplate_site_share` must be within 0..=1".into(),
            ));
        }
        if l.text_boilerplate_min_texts > l.text_boilerplate_max_texts {
            return Err(invalid(
                "`linking.text_boilerplate_min_texts` must not exceed `text_boilerplate_max_texts`"
                    .into(),
            ));
        }
        // Zero bands means: derived from the threshold.
        if l.text_lsh_bands != 0 && !l.text_minhash_permutations.is_multiple_of(l.text_lsh_bands) {
            return Err(invalid(
                "`linking.text_lsh_bands` must divide `linking.text_minhash_permutations` (or be 0: derived from the threshold)"
                    .into(),
            ));
        }
        if l.image_hamming_threshold > 64 {
            return Err(invalid(
                "`linking.image_hamming_threshold` must be <= 64".into(),
            ));
        }
        if l.text_shingle_words == 0 {
            return Err(invalid("`linking.text_shingle_words` must be > 0".into()));
        }
        Ok(Rules {
            version: file.version,
            description: file.description,
            rules,
            linking: file.linking,
            notes,
        })
    }

    /// What loading noted without failing: indicators the file lacks and
    /// that were given the built-in rule (a rules file from an earlier
    /// release). Callers show these to the operator.
    pub fn notes(&self) -> &[String] {
        &self.notes
    }

    /// The rule for `code`, if the rule set has it enabled.
    pub fn rule(&self, code: IndicatorCode) -> Option<&Rule> {
        self.rules.get(&code).filter(|r| r.enabled)
    }

    /// Whether `code` is evaluated at all.
    pub fn enabled(&self, code: IndicatorCode) -> bool {
        self.rule(code).is_some()
    }

    /// The threshold of `code` (its rule's, or `default` when the rule is absent).
    pub fn threshold(&self, code: IndicatorCode, default: f64) -> f64 {
        self.rules.get(&code).map_or(default, |r| r.threshold)
    }

    /// Builds a hit for `code` with its weight and explanation, or `None` when
    /// the rule is disabled.
    pub fn hit(&self, code: IndicatorCode, evidence: Vec<Evidence>) -> Option<IndicatorHit> {
        let rule = self.rule(code)?;
        Some(IndicatorHit {
            code,
            weight: rule.weight,
            explanation: rule.explanation.clone(),
            evidence,
        })
    }

    /// The score of a set of hits: the sum of their weights, each code counted
    /// once (so repeating the same sign many times does not inflate the score).
    pub fn score(&self, hits: &[IndicatorHit]) -> f64 {
        let mut seen = Vec::with_capacity(hits.len());
        let mut total = 0.0;
        for h in hits {
            if !seen.contains(&h.code) {
                seen.push(h.code);
                total += h.weight;
            }
        }
        total
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_parses_and_covers_every_code() {
        let r = Rules::builtin();
        assert!(!r.version.is_empty());
        for c in IndicatorCode::ALL {
            assert!(r.rules.contains_key(&c), "{c} missing");
        }
        assert!(r.rules[&IndicatorCode::MovementTerms].weight <= 0.0);
        assert!(r.rules[&IndicatorCode::ObfuscatedPhone].weight > 0.0);
    }

    /// The shipped rules file restates the catalog's defaults for people to
    /// read and copy; the catalog (`model::CATALOG`) is the source.
    #[test]
    fn builtin_rules_file_follows_the_catalog() {
        let r = Rules::builtin();
        for info in model::CATALOG {
            let rule = &r.rules[&info.code];
            let c = info.code;
            assert_eq!(rule.weight, info.default_weight, "{c}: weight");
            assert_eq!(rule.threshold, info.threshold, "{c}: threshold");
            assert_eq!(rule.citation, info.citation, "{c}: citation");
            assert!(rule.enabled, "{c}: enabled");
        }
    }

    #[test]
    fn errors_name_the_file_and_key() {
        let bad = BUILTIN_RULES.replace("[indicators.youth_terms]", "[indicators.youth_termz]");
        let e = Rules::from_toml_str(&bad, "my.toml")
            .unwrap_err()
            .to_string();
        assert!(e.contains("my.toml") && e.contains("youth_termz"), "{e}");
        let bad = BUILTIN_RULES.replace(
            "weight = 1.5\nthreshold = 1\nexplanation = \"One ad",
            "weight = \"x\"\nthreshold = 1\nexplanation = \"One ad",
        );
        let e = Rules::from_toml_str(&bad, "w.toml")
            .unwrap_err()
            .to_string();
        assert!(e.contains("w.toml") && e.contains("weight"), "{e}");
    }

    /// The default rules file of the previous release (2026.2, before
    /// `trustworthy_language`), as an operator's custom copy would be.
    const OLD_RULES: &str = include_str!("../tests/data/rules-2026.2-default.toml");

    #[test]
    fn a_rules_file_from_the_previous_release_still_loads() {
        let r = Rules::from_toml_str(OLD_RULES, "custom.toml").expect("old rules load");
        assert_eq!(r.version, "2026.2-default");
        // Its own rules are kept ...
        assert_eq!(r.rules[&IndicatorCode::ThirdPerson].weight, 2.0);
        // ... and the indicator it lacks gets the built-in rule, with a note
        // naming it.
        let builtin = Rules::builtin();
        assert_eq!(
            r.rules[&IndicatorCode::TrustworthyLanguage],
            builtin.rules[&IndicatorCode::TrustworthyLanguage]
        );
        assert_eq!(r.notes().len(), 1, "{:?}", r.notes());
        assert!(
            r.notes()[0].contains("trustworthy_language") && r.notes()[0].contains("custom.toml"),
            "{:?}",
            r.notes()
        );
        assert!(builtin.notes().is_empty(), "{:?}", builtin.notes());
        // Switching it off in the old file is still possible.
        let mut doc: toml::Table = toml::from_str(OLD_RULES).unwrap();
        let ind = doc["indicators"].as_table_mut().unwrap();
        ind.insert(
            "trustworthy_language".into(),
            toml::Value::Table(
                toml::from_str(
                    "weight = 0.5\nexplanation = \"x\"\ncitation = \"y\"\nenabled = false",
                )
                .unwrap(),
            ),
        );
        let r = Rules::from_toml_str(&toml::to_string(&doc).unwrap(), "off.toml").unwrap();
        assert!(!r.enabled(IndicatorCode::TrustworthyLanguage));
        assert!(r.notes().is_empty());
    }

    #[test]
    fn the_builtin_file_must_name_every_indicator() {
        let mut doc: toml::Table = toml::from_str(BUILTIN_RULES).unwrap();
        doc["indicators"]
            .as_table_mut()
            .unwrap()
            .remove("emoji_codes");
        let text = toml::to_string(&doc).unwrap();
        let e = Rules::from_toml_str(&text, BUILTIN_ORIGIN).unwrap_err();
        assert!(e.to_string().contains("emoji_codes"), "{e}");
        // Any other file gets the built-in rule for it.
        let r = Rules::from_toml_str(&text, "mine.toml").unwrap();
        assert!(r.enabled(IndicatorCode::EmojiCodes));
    }

    #[test]
    fn score_counts_each_code_once_and_disabled_rules_do_not_hit() {
        let mut r = Rules::builtin();
        let h = r.hit(IndicatorCode::ThirdPerson, vec![]).unwrap();
        assert_eq!(r.score(&[h.clone(), h.clone()]), h.weight);
        r.rules
            .get_mut(&IndicatorCode::ThirdPerson)
            .unwrap()
            .enabled = false;
        assert!(r.hit(IndicatorCode::ThirdPerson, vec![]).is_none());
    }
}

//! The rules file: indicator weights, thresholds and citations, and scoring.
//! (Skeleton: the indicators work replaces this with the full, versioned rules file.)

use crate::model::{Evidence, IndicatorCode, IndicatorHit};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Errors loading a rules file.
#[derive(Debug, thiserror::Error)]
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
        /// What is wrong.
        message: String,
    },
}

/// One indicator's rule.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Rule {
    /// Added to the score when the indicator fires (may be zero or negative).
    pub weight: f64,
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

/// A versioned set of rules.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Rules {
    /// Version string stored with every result.
    pub version: String,
    /// Rules by indicator code.
    pub rules: BTreeMap<IndicatorCode, Rule>,
}

impl Rules {
    /// The rules shipped with adscreen.
    pub fn builtin() -> Rules {
        let rules = IndicatorCode::ALL
            .into_iter()
            .map(|c| {
                (
                    c,
                    Rule {
                        weight: 1.0,
                        explanation: c.as_str().to_string(),
                        citation: String::new(),
                        enabled: true,
                    },
                )
            })
            .collect();
        Rules {
            version: "skeleton-0".into(),
            rules,
        }
    }

    /// Builds a hit for `code` with its weight and explanation, or `None` when
    /// the rule is disabled.
    pub fn hit(&self, code: IndicatorCode, evidence: Vec<Evidence>) -> Option<IndicatorHit> {
        let rule = self.rules.get(&code)?;
        rule.enabled.then(|| IndicatorHit {
            code,
            weight: rule.weight,
            explanation: rule.explanation.clone(),
            evidence,
        })
    }

    /// The score of a set of hits.
    pub fn score(&self, hits: &[IndicatorHit]) -> f64 {
        hits.iter().map(|h| h.weight).sum()
    }
}

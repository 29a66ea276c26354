//! Per-ad analysis. (Skeleton: replaced by the indicators work.)

use crate::model::{Ad, AdAnalysis, SiteContext};
use crate::rules::Rules;

/// Analyses one ad: language, phones, per-ad indicators and score.
pub fn analyze(_ad: &Ad, _ctx: &SiteContext, rules: &Rules) -> AdAnalysis {
    AdAnalysis {
        language: None,
        phones: Vec::new(),
        hits: Vec::new(),
        score: 0.0,
        rules_version: rules.version.clone(),
    }
}

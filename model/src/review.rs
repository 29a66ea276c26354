//! Where a case stands in review, and what a review action is about.

use serde::{Deserialize, Serialize};

/// Where a case stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReviewStatus {
    /// Not looked at yet.
    New,
    /// Someone should reach out.
    NeedsOutreach,
    /// Outreach made contact.
    Contacted,
    /// Referred to the national centre (CMM).
    Referred,
    /// Looked at; no concern.
    Dismissed,
    /// A person working on her own, as far as outreach can tell.
    Independent,
    /// An agency or escort service advertises.
    Agency,
    /// Spam or a scam, not a person's ad.
    SpamOrScam,
    /// A duplicate of another ad or case.
    Duplicate,
}

impl ReviewStatus {
    /// Every status, in workflow order.
    pub const ALL: [ReviewStatus; 9] = [
        ReviewStatus::New,
        ReviewStatus::NeedsOutreach,
        ReviewStatus::Contacted,
        ReviewStatus::Referred,
        ReviewStatus::Dismissed,
        ReviewStatus::Independent,
        ReviewStatus::Agency,
        ReviewStatus::SpamOrScam,
        ReviewStatus::Duplicate,
    ];

    /// The stable name.
    pub fn as_str(self) -> &'static str {
        match self {
            ReviewStatus::New => "new",
            ReviewStatus::NeedsOutreach => "needs_outreach",
            ReviewStatus::Contacted => "contacted",
            ReviewStatus::Referred => "referred",
            ReviewStatus::Dismissed => "dismissed",
            ReviewStatus::Independent => "independent",
            ReviewStatus::Agency => "agency",
            ReviewStatus::SpamOrScam => "spam_or_scam",
            ReviewStatus::Duplicate => "duplicate",
        }
    }

    /// Parses a stable name (also accepts `-` for `_`).
    pub fn parse(s: &str) -> Option<ReviewStatus> {
        let s = s.trim().to_ascii_lowercase().replace('-', "_");
        ReviewStatus::ALL.into_iter().find(|st| st.as_str() == s)
    }

    /// Whether retention must keep the case (open outreach work).
    pub fn keeps_data(self) -> bool {
        matches!(
            self,
            ReviewStatus::NeedsOutreach | ReviewStatus::Contacted | ReviewStatus::Referred
        )
    }
}

impl std::fmt::Display for ReviewStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// What a review action is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", content = "id", rename_all = "snake_case")]
pub enum Target {
    /// One ad.
    Ad(i64),
    /// One network.
    Network(i64),
}

impl Target {
    /// The stored kind (`ad` or `network`) and the id.
    pub fn parts(self) -> (&'static str, i64) {
        match self {
            Target::Ad(id) => ("ad", id),
            Target::Network(id) => ("network", id),
        }
    }
}

//! Links between ads and the possible networks they form, as the linking
//! code finds them and the store and review tool keep and show them.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// What linking needs to know about one ad.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct LinkAd {
    /// The store's id of the ad; the key of every result.
    pub ad_id: i64,
    /// Site the ad is on (for site-wide numbers configured per site).
    #[serde(default)]
    pub site: String,
    /// Name the ad advertises under.
    #[serde(default)]
    pub name: Option<String>,
    /// Stated age.
    #[serde(default)]
    pub age: Option<u32>,
    /// City or area as written.
    #[serde(default)]
    pub location: Option<String>,
    /// When the ad was posted or last seen.
    #[serde(default)]
    pub seen_at: DateTime<Utc>,
    /// Normalised numbers (E.164).
    #[serde(default)]
    pub phones: Vec<String>,
    /// Title and body text.
    #[serde(default)]
    pub text: String,
    /// 64-bit perceptual hashes of its images (`indicators::linking::hash_image`).
    #[serde(default)]
    pub image_hashes: Vec<u64>,
}

/// What joins two linked ads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LinkKind {
    /// The same phone number.
    Phone,
    /// Near-duplicate text.
    Text,
    /// Near-duplicate photo.
    Image,
}

impl LinkKind {
    /// The stable name used in the store and the export.
    pub fn as_str(self) -> &'static str {
        match self {
            LinkKind::Phone => "phone",
            LinkKind::Text => "text",
            LinkKind::Image => "image",
        }
    }

    /// The kind a stored name (from [`LinkKind::as_str`]) names, if any.
    pub fn parse(s: &str) -> Option<LinkKind> {
        [LinkKind::Phone, LinkKind::Text, LinkKind::Image]
            .into_iter()
            .find(|k| k.as_str() == s)
    }
}

/// Links of each kind inside a network.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct LinkCounts {
    /// Phone links.
    pub phone: usize,
    /// Text links.
    pub text: usize,
    /// Image links.
    pub image: usize,
}

/// A possible network: ads joined by any chain of links.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NetworkSummary {
    /// Stable id: the smallest member ad id.
    pub network_id: i64,
    /// Member ads, ascending.
    pub ad_ids: Vec<i64>,
    /// Numbers of the members (block-listed ones left out), sorted.
    pub phones: Vec<String>,
    /// Names as first written, sorted, distinct ignoring case.
    pub names: Vec<String>,
    /// Cities as first written, sorted, distinct ignoring case.
    pub locations: Vec<String>,
    /// Earliest `seen_at` of a member.
    pub first_seen: DateTime<Utc>,
    /// Latest `seen_at` of a member.
    pub last_seen: DateTime<Utc>,
    /// Cities over time: each time the network is seen in a new city.
    pub timeline: Vec<(DateTime<Utc>, String)>,
    /// Links of each kind among the members.
    pub link_counts: LinkCounts,
}

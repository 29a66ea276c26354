//! An ad as it enters analysis, and the names of its fields.
//!
//! Field names follow DESIGN.md's ad input format and export contract.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// One ad, as extracted from a page or read from an import line.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Ad {
    /// Canonical URL of the ad; the unique key.
    pub url: String,
    /// Site name (the profile's `name`, or the import's `site`).
    pub site: String,
    /// The ad's body text.
    pub text: String,
    /// Headline.
    #[serde(default)]
    pub title: Option<String>,
    /// Name the ad advertises under.
    #[serde(default)]
    pub name: Option<String>,
    /// Stated age.
    #[serde(default)]
    pub age: Option<u32>,
    /// City or area as written.
    #[serde(default)]
    pub location: Option<String>,
    /// When the site says the ad was posted.
    #[serde(default)]
    pub posted_at: Option<DateTime<Utc>>,
    /// Raw phone strings from a structured field (not the text).
    #[serde(default)]
    pub phones: Vec<String>,
    /// Image URLs (http/https) or local file paths.
    #[serde(default)]
    pub images: Vec<String>,
    /// The site's own id for the ad.
    #[serde(default)]
    pub external_id: Option<String>,
    /// The site's id for the poster's account.
    #[serde(default)]
    pub poster_id: Option<String>,
    /// Price as written (an adscreen extension of the input format).
    #[serde(default)]
    pub price: Option<String>,
}

/// Which field of an ad a piece of evidence or a phone number came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AdField {
    /// [`Ad::title`].
    Title,
    /// [`Ad::text`].
    Text,
    /// [`Ad::name`].
    Name,
    /// [`Ad::age`].
    Age,
    /// [`Ad::location`].
    Location,
    /// One of [`Ad::phones`] (structured phone field).
    Phone,
    /// [`Ad::price`].
    Price,
    /// [`Ad::images`] (used by image-reuse evidence).
    Images,
}

impl AdField {
    /// The stable name used in the store and the export.
    pub fn as_str(self) -> &'static str {
        match self {
            AdField::Title => "title",
            AdField::Text => "text",
            AdField::Name => "name",
            AdField::Age => "age",
            AdField::Location => "location",
            AdField::Phone => "phone",
            AdField::Price => "price",
            AdField::Images => "images",
        }
    }
}

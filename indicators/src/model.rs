//! Shared data types: an ad as it enters analysis, and what analysis says about it.
//!
//! These types are the contract between the crawler (which produces [`Ad`]s),
//! the store (which persists them and their [`AdAnalysis`]) and the review tool
//! and export (which show them). Field names follow DESIGN.md's ad input format
//! and export contract.

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

/// The stable indicator codes of DESIGN.md. Other tools rely on these names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum IndicatorCode {
    /// A phone number written to evade filters.
    ObfuscatedPhone,
    /// The same number appears in ads for different names, ages or photos.
    SharedPhone,
    /// The same number advertises in several cities within a short period.
    PhoneMultiCity,
    /// The ad is written about the woman by someone else.
    ThirdPerson,
    /// One ad offers several women.
    MultiplePersons,
    /// Youth language.
    YouthTerms,
    /// Ethnicity or nationality stated as a selling point.
    NationalityStated,
    /// The text is a near duplicate of ads with other names or numbers.
    TextTemplate,
    /// A photo appears in ads with other names, numbers or cities.
    ImageReuse,
    /// "New in town" wording (informational).
    MovementTerms,
    /// Always available.
    #[serde(rename = "available_24_7")]
    Available247,
    /// Services without protection offered.
    RiskyServices,
    /// Price far below the site's median.
    LowPrice,
    /// Emoji used as known codes.
    EmojiCodes,
    /// "Trustworthy / professional" self-presentation (discreet, genuine,
    /// verified, safe).
    TrustworthyLanguage,
}

impl IndicatorCode {
    /// Every code, in DESIGN.md's order.
    pub const ALL: [IndicatorCode; 15] = [
        IndicatorCode::ObfuscatedPhone,
        IndicatorCode::SharedPhone,
        IndicatorCode::PhoneMultiCity,
        IndicatorCode::ThirdPerson,
        IndicatorCode::MultiplePersons,
        IndicatorCode::YouthTerms,
        IndicatorCode::NationalityStated,
        IndicatorCode::TextTemplate,
        IndicatorCode::ImageReuse,
        IndicatorCode::MovementTerms,
        IndicatorCode::Available247,
        IndicatorCode::RiskyServices,
        IndicatorCode::LowPrice,
        IndicatorCode::EmojiCodes,
        IndicatorCode::TrustworthyLanguage,
    ];

    /// The stable string code (as in DESIGN.md and the export).
    pub fn as_str(self) -> &'static str {
        match self {
            IndicatorCode::ObfuscatedPhone => "obfuscated_phone",
            IndicatorCode::SharedPhone => "shared_phone",
            IndicatorCode::PhoneMultiCity => "phone_multi_city",
            IndicatorCode::ThirdPerson => "third_person",
            IndicatorCode::MultiplePersons => "multiple_persons",
            IndicatorCode::YouthTerms => "youth_terms",
            IndicatorCode::NationalityStated => "nationality_stated",
            IndicatorCode::TextTemplate => "text_template",
            IndicatorCode::ImageReuse => "image_reuse",
            IndicatorCode::MovementTerms => "movement_terms",
            IndicatorCode::Available247 => "available_24_7",
            IndicatorCode::RiskyServices => "risky_services",
            IndicatorCode::LowPrice => "low_price",
            IndicatorCode::EmojiCodes => "emoji_codes",
            IndicatorCode::TrustworthyLanguage => "trustworthy_language",
        }
    }

    /// Parses a stable string code.
    pub fn parse(code: &str) -> Option<IndicatorCode> {
        IndicatorCode::ALL.into_iter().find(|c| c.as_str() == code)
    }
}

impl std::fmt::Display for IndicatorCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

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
